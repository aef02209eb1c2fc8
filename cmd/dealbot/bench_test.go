package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkColdStartAsk times `dealbot ask amazon microsoft` as a whole
// process with no index on disk, so that it loads and indexes the built-in
// articles in memory before answering: what a first-time user waits for.
// Target: under 1 s. The binary is built once, outside the timer.
//
//	go test -run '^$' -bench ColdStart ./cmd/dealbot
//
// It reports the median and slowest run in milliseconds and the process's
// peak resident memory.
func BenchmarkColdStartAsk(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "dealbot")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	// No .env in the working directory, and an index path that does not
	// exist, whatever the caller's environment says.
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "DEALBOT_") })
	env = append(env, "DEALBOT_INDEX="+filepath.Join(dir, "no-index-here"))

	var runs []time.Duration
	var maxRSS int64
	for b.Loop() {
		cmd := exec.Command(bin, "ask", "amazon", "microsoft")
		cmd.Dir = dir
		cmd.Env = env
		start := time.Now()
		out, err := cmd.Output()
		runs = append(runs, time.Since(start))
		if err != nil {
			b.Fatalf("dealbot ask: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "Amazon") {
			b.Fatalf("dealbot ask gave no answer about Amazon:\n%s", out)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			maxRSS = max(maxRSS, ru.Maxrss) // kilobytes on Linux
		}
	}
	slices.Sort(runs)
	b.ReportMetric(float64(runs[len(runs)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(runs[len(runs)-1].Microseconds())/1000, "max-ms")
	if maxRSS > 0 {
		b.ReportMetric(float64(maxRSS)/1024, "peak-rss-MB")
	}
}
