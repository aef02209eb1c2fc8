package bot

// BenchmarkServeMemory measures the resident memory of `dealbot serve`, run
// as a child process against the fake Slack, answering from a synthetic
// index of 1k articles and, with DEALBOT_BENCH_LARGE=1, of 50k articles
// (target: under 250 MB):
//
//	go test -run '^$' -bench ServeMemory -benchtime 1x -count 5 ./bot
//	DEALBOT_BENCH_LARGE=1 go test -run '^$' -bench ServeMemory -benchtime 1x -count 5 -timeout 1h ./bot
//
// One op builds nothing: it starts the binary, waits until it is connected,
// reads VmRSS when idle (rss-idle-MB), sends a thousand varied /deal
// commands, at most serveWindow unanswered at a time so that every handler
// slot is busy, waits for every answer, and reads VmRSS and VmHWM again
// (rss-after-MB, hwm-MB). The binary is built once per run with go build;
// the index is built once per seed, size and corpus, from the articles
// index/internal/synth/synthcorpus writes, with `dealbot index`, and kept in
// the OS's temporary directory, so reruns reuse it (remove
// $TMPDIR/dealbot-bench-serve-* to rebuild it, after changing the mapping).

import (
	"bytes"
	"cmp"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/index/bleveindex"
)

const (
	// serveSeed fixes the synthetic articles of the served index.
	serveSeed = 1
	// serveQueries is how many /deal commands one op sends.
	serveQueries = 1000
	// serveWindow is how many commands may await their answer at once:
	// the bot's default MaxInFlight, so every handler slot is busy.
	serveWindow = 32
	// Tokens shaped as bot.CheckTokens wants them.
	serveAppToken = "xapp-1-bench-0000000000"
	serveBotToken = "xoxb-bench-0000000000"
)

func serveSizes() []int {
	if os.Getenv("DEALBOT_BENCH_LARGE") == "1" {
		return []int{1_000, 50_000}
	}
	return []int{1_000}
}

func BenchmarkServeMemory(b *testing.B) {
	bin := buildBinary(b, "github.com/dealbot/dealbot/cmd/dealbot")
	gen := buildBinary(b, "github.com/dealbot/dealbot/index/internal/synth/synthcorpus")
	for _, n := range serveSizes() {
		b.Run(strconv.Itoa(n/1000)+"k", func(b *testing.B) {
			path, queries := cachedIndex(b, bin, gen, serveSeed, n)
			var idle, after []procMemory
			for b.Loop() {
				i, a := serveOnce(b, bin, path, queries)
				idle, after = append(idle, i), append(after, a)
			}
			// Several ops (without -benchtime 1x): report the worst.
			worst := func(ms []procMemory, f func(procMemory) float64) float64 {
				return f(slices.MaxFunc(ms, func(x, y procMemory) int { return cmp.Compare(f(x), f(y)) }))
			}
			b.ReportMetric(worst(idle, func(m procMemory) float64 { return m.rss }), "rss-idle-MB")
			b.ReportMetric(worst(after, func(m procMemory) float64 { return m.rss }), "rss-after-MB")
			b.ReportMetric(worst(after, func(m procMemory) float64 { return m.hwm }), "hwm-MB")
			// VmRSS is anonymous memory (the Go heap, stacks) plus pages of
			// files mapped in: bleve maps the index's segments.
			b.ReportMetric(worst(after, func(m procMemory) float64 { return m.anon }), "rss-anon-after-MB")
			b.ReportMetric(worst(after, func(m procMemory) float64 { return m.file }), "rss-file-after-MB")
		})
	}
}

// buildBinary builds the main package pkg into a temporary directory, as
// `go build -o DIR pkg` does, and returns the binary's path.
func buildBinary(b *testing.B, pkg string) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), filepath.Base(pkg))
	out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput()
	if err != nil {
		b.Fatalf("go build %s: %v\n%s", pkg, err, out)
	}
	return bin
}

// cachedIndex returns the path of an index of the n synthetic articles of
// seed in the OS's temporary directory, and the queries to ask of it,
// building it with dealbot (bin) from the articles gen writes when it is
// missing or no longer opens (built by another version of dealbot). The
// directory name holds gen's digest of the articles' IDs, which derive from
// their content, so a change to the generator builds a new index instead of
// reusing a stale one.
func cachedIndex(b *testing.B, bin, gen string, seed int64, n int) (string, []string) {
	b.Helper()
	synth := func(args ...string) string {
		b.Helper()
		args = append([]string{"-seed", strconv.FormatInt(seed, 10), "-n", strconv.Itoa(n)}, args...)
		out, err := exec.Command(gen, args...).Output()
		if err != nil {
			b.Fatalf("synthcorpus %s: %v", strings.Join(args, " "), err)
		}
		return strings.TrimSpace(string(out))
	}
	queriesFile := filepath.Join(b.TempDir(), "queries.txt")
	digest := synth("-queries", strconv.Itoa(serveQueries), "-queries-to", queriesFile)
	data, err := os.ReadFile(queriesFile)
	if err != nil {
		b.Fatal(err)
	}
	queries := strings.Split(strings.TrimSpace(string(data)), "\n")
	path := filepath.Join(os.TempDir(), fmt.Sprintf("dealbot-bench-serve-seed%d-n%d-%s", seed, n, digest))
	if e, err := bleveindex.Open(path); err == nil {
		e.Close()
		return path, queries
	}
	b.Logf("building the index of %d synthetic articles at %s (once; later runs reuse it)", n, path)
	start := time.Now()
	dir := b.TempDir()
	synth("-dir", dir)
	if out, err := exec.Command(bin, "index", "--corpus", dir, "--index", path).CombinedOutput(); err != nil {
		b.Fatalf("building the benchmark index: %v\n%s", err, out)
	}
	b.Logf("built in %v", time.Since(start).Round(time.Second))
	return path, queries
}

// serveOnce runs `dealbot serve` against a fresh fake Slack, asks it every
// query and returns its memory when idle and after the queries. With
// DEALBOT_BENCH_GCTRACE=1 the child runs with GODEBUG=gctrace=1 and the
// benchmark logs its last garbage collection (the Go heap's size).
func serveOnce(b *testing.B, bin, path string, queries []string) (idle, after procMemory) {
	b.Helper()
	fake := slackfake.New(b)
	fake.AppToken, fake.BotToken = serveAppToken, serveBotToken
	fake.Timeout = 5 * time.Minute

	var stderr bytes.Buffer
	cmd := exec.Command(bin, "serve")
	cmd.Dir = b.TempDir() // no .env
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"SLACK_APP_TOKEN=" + serveAppToken,
		"SLACK_BOT_TOKEN=" + serveBotToken,
		"SLACK_API_URL=" + fake.URL,
		"DEALBOT_INDEX=" + path,
	}
	gctrace := os.Getenv("DEALBOT_BENCH_GCTRACE") == "1"
	if gctrace {
		cmd.Env = append(cmd.Env, "GODEBUG=gctrace=1")
	}
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Start(); err != nil {
		b.Fatalf("starting dealbot serve: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
		if b.Failed() {
			b.Logf("dealbot serve output:\n%s", stderr.String())
		} else if gctrace {
			lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			for _, l := range slices.Backward(lines) {
				if strings.HasPrefix(l, "gc ") {
					b.Logf("last GC of dealbot serve: %s", l)
					break
				}
			}
		}
	}()

	b.StopTimer()
	fake.WaitHello(1)
	fake.WaitPong(1) // start-up is over once the bot answers a ping
	idle = procStatus(b, cmd.Process.Pid)
	b.StartTimer()

	ids := make([]string, len(queries))
	answered := func(id string) {
		if fake.WaitAck(id).Empty() {
			fake.WaitResponse(id)
		}
	}
	for i, q := range queries {
		if i >= serveWindow {
			answered(ids[i-serveWindow])
		}
		ids[i], _ = fake.SlashCommandAt("/deal", q)
	}
	for _, id := range ids[max(0, len(ids)-serveWindow):] {
		answered(id)
	}

	b.StopTimer()
	after = procStatus(b, cmd.Process.Pid)
	b.StartTimer()
	if b.Failed() {
		return
	}
	select {
	case err := <-exited:
		b.Fatalf("dealbot serve exited early: %v", err)
	default:
	}
	return idle, after
}

// procMemory is a process's memory in MB, from /proc/PID/status.
type procMemory struct {
	rss, hwm   float64 // VmRSS, VmHWM
	anon, file float64 // RssAnon, RssFile
}

// procStatus reads the memory of process pid.
func procStatus(b *testing.B, pid int) procMemory {
	b.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatalf("reading the memory of dealbot serve: %v", err)
	}
	var m procMemory
	fields := map[string]*float64{"VmRSS": &m.rss, "VmHWM": &m.hwm, "RssAnon": &m.anon, "RssFile": &m.file}
	for line := range strings.Lines(string(data)) {
		name, value, _ := strings.Cut(line, ":")
		dst, ok := fields[name]
		if !ok {
			continue
		}
		kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 64)
		if err != nil {
			b.Fatalf("reading %s from /proc/%d/status: %v", name, pid, err)
		}
		*dst = kb / 1024
	}
	return m
}
