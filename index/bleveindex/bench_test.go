package bleveindex

// Benchmarks of building, on synthetic corpora of 1k articles by default
// and of 10k and 50k articles with DEALBOT_BENCH_LARGE=1 (asking is
// benchmarked in package index, with this engine behind it):
//
//	go test -run '^$' -bench . ./index/bleveindex
//	DEALBOT_BENCH_LARGE=1 go test -run '^$' -bench . -timeout 2h ./index/bleveindex
//
// Build benchmarks report docs/s (articles per second) and the peak memory
// of one build: peak-heap-MB is the Go heap in use above what it held when
// the build began, sampled every few milliseconds, and peak-rss-MB is the
// process's resident high-water mark (VmHWM, reset before each run);
// docs/cpu-s is articles per second of CPU time (user and system, all
// goroutines), which other load on a shared machine disturbs less than
// docs/s.

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index/internal/synth"
)

// corpora holds each synthetic corpus once per test process.
var corpora synth.Corpora

// BenchmarkBuild measures building an index of n articles three ways on the
// same documents: dealbot's whole pipeline (load .md files, extract facts,
// index articles and facts), and raw bleve batch indexing of title and body
// alone, with bleve's default mapping (English analyzer) and with dealbot's
// lean mapping.
func BenchmarkBuild(b *testing.B) {
	for _, n := range synth.BenchSizes() {
		b.Run(synth.SizeName(n), func(b *testing.B) {
			for _, w := range builders {
				b.Run(w.name, func(b *testing.B) {
					run := w.setup(b, corpora.Of(n))
					var peak peakMemory
					var cpu time.Duration
					for b.Loop() {
						b.StopTimer()
						dir := b.TempDir()
						peak.start()
						cpu0 := cpuTime()
						b.StartTimer()
						run(b, filepath.Join(dir, "ix"))
						b.StopTimer()
						cpu += cpuTime() - cpu0
						peak.stop()
						os.RemoveAll(dir)
						b.StartTimer()
					}
					b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
					b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "docs/cpu-s")
					peak.report(b)
				})
			}
		})
	}
}

// BenchmarkBuildRatio builds with the pipeline and both raw bleve variants
// in turn within each iteration, so the machine's noise falls on all three
// alike, and reports the pipeline's throughput as a multiple of each:
// x-default (target ≥ 1.0) and x-lean (target ≥ 0.8).
func BenchmarkBuildRatio(b *testing.B) {
	for _, n := range synth.BenchSizes() {
		b.Run(synth.SizeName(n), func(b *testing.B) {
			arts := corpora.Of(n)
			runs := make([]func(*testing.B, string), len(builders))
			for i, w := range builders {
				runs[i] = w.setup(b, arts)
			}
			took := make([]time.Duration, len(builders))
			cpu := make([]time.Duration, len(builders))
			iter := 0
			for b.Loop() {
				// Rotate the order so none always runs on a warmer or
				// colder machine.
				for k := range builders {
					i := (k + iter) % len(builders)
					b.StopTimer()
					dir := b.TempDir()
					runtime.GC()
					b.StartTimer()
					start, cpu0 := time.Now(), cpuTime()
					runs[i](b, filepath.Join(dir, "ix"))
					took[i] += time.Since(start)
					cpu[i] += cpuTime() - cpu0
					b.StopTimer()
					os.RemoveAll(dir)
					b.StartTimer()
				}
				iter++
			}
			rate := func(i int) float64 { return float64(n*b.N) / took[i].Seconds() }
			b.ReportMetric(rate(0), "docs/s")
			b.ReportMetric(rate(1), "default-docs/s")
			b.ReportMetric(rate(2), "lean-docs/s")
			b.ReportMetric(rate(0)/rate(1), "x-default")
			b.ReportMetric(rate(0)/rate(2), "x-lean")
			// The same ratios in CPU time, which other processes on a
			// shared machine disturb less.
			b.ReportMetric(cpu[1].Seconds()/cpu[0].Seconds(), "x-default-cpu")
			b.ReportMetric(cpu[2].Seconds()/cpu[0].Seconds(), "x-lean-cpu")
		})
	}
}

// builder is one way of building an index: setup prepares what it reads
// outside the timer and returns the timed build into a fresh path.
type builder struct {
	name  string
	setup func(b *testing.B, arts []corpus.Article) func(b *testing.B, path string)
}

// builders are in the order BenchmarkBuildRatio reports them.
var builders = []builder{
	{"pipeline", setupPipeline},
	{"bleve-default", setupRawBleve(defaultBleveMapping, rawDefaultDoc)},
	{"bleve-lean", setupRawBleve(newMapping, rawLeanDoc)},
}

// setupPipeline writes the articles as Markdown files; each run loads them
// with corpus.LoadDir and builds with Build, as `dealbot index` does.
func setupPipeline(b *testing.B, arts []corpus.Article) func(*testing.B, string) {
	src := b.TempDir()
	if err := synth.WriteDir(src, arts); err != nil {
		b.Fatal(err)
	}
	return func(b *testing.B, path string) {
		ctx := context.Background()
		loaded, err := corpus.LoadDir(ctx, src)
		if err != nil {
			b.Fatal(err)
		}
		if len(loaded.Articles) != len(arts) {
			b.Fatalf("loaded %d of %d articles: %v", len(loaded.Articles), len(arts), loaded.Problems)
		}
		if _, err := Build(ctx, extract.New(), path, loaded.Articles, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// defaultBleveMapping is bleve's default mapping with the English analyzer:
// dynamic fields, stored, with term vectors, doc values and _all.
func defaultBleveMapping() (mapping.IndexMapping, error) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = en.AnalyzerName
	return m, nil
}

func rawDefaultDoc(a corpus.Article) any {
	return map[string]any{fTitle: a.Title, fBody: a.Body}
}

func rawLeanDoc(a corpus.Article) any {
	return map[string]any{fType: typeArticle, fTitle: a.Title, fBody: a.Body}
}

// rawBatchSize is the articles per batch of the raw bleve builds: the size
// Build's batches had when the ratios were first taken, kept so that a
// change to Build's batches does not move the baselines too.
const rawBatchSize = 500

// setupRawBleve returns a builder that batch-indexes title and body only,
// with one writer and batches of rawBatchSize, into scorch on disk.
func setupRawBleve(newMapping func() (mapping.IndexMapping, error), doc func(corpus.Article) any) func(*testing.B, []corpus.Article) func(*testing.B, string) {
	return func(b *testing.B, arts []corpus.Article) func(*testing.B, string) {
		return func(b *testing.B, path string) {
			m, err := newMapping()
			if err != nil {
				b.Fatal(err)
			}
			ix, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, nil)
			if err != nil {
				b.Fatal(err)
			}
			batch := ix.NewBatch()
			for _, a := range arts {
				if err := batch.Index(a.ID, doc(a)); err != nil {
					b.Fatal(err)
				}
				if batch.Size() >= rawBatchSize {
					if err := ix.Batch(batch); err != nil {
						b.Fatal(err)
					}
					batch.Reset()
				}
			}
			if err := ix.Batch(batch); err != nil {
				b.Fatal(err)
			}
			if err := ix.Close(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// peakMemory samples the heap while a build runs.
type peakMemory struct {
	done    chan struct{}
	wg      sync.WaitGroup
	base    uint64
	maxHeap atomic.Uint64 // the largest heap in use above base, over all runs
	maxRSS  uint64
}

var heapSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/unused:bytes"},
}

// heapInUse is runtime.MemStats.HeapInuse, read without stopping the world.
func heapInUse() uint64 {
	s := slices.Clone(heapSamples)
	metrics.Read(s)
	return s[0].Value.Uint64() + s[1].Value.Uint64()
}

func (p *peakMemory) start() {
	runtime.GC()
	debug.FreeOSMemory()
	resetHWM()
	p.base = heapInUse()
	p.done = make(chan struct{})
	p.wg.Go(func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			if h := heapInUse(); h > p.base && h-p.base > p.maxHeap.Load() {
				p.maxHeap.Store(h - p.base)
			}
			select {
			case <-p.done:
				return
			case <-t.C:
			}
		}
	})
}

func (p *peakMemory) stop() {
	close(p.done)
	p.wg.Wait()
	p.maxRSS = max(p.maxRSS, readHWM())
}

func (p *peakMemory) report(b *testing.B) {
	b.ReportMetric(float64(p.maxHeap.Load())/(1<<20), "peak-heap-MB")
	if p.maxRSS > 0 {
		b.ReportMetric(float64(p.maxRSS)/(1<<20), "peak-rss-MB")
	}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// resetHWM resets the process's resident high-water mark (Linux only; a
// no-op elsewhere).
func resetHWM() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// readHWM returns VmHWM in bytes, or 0 where /proc is not available.
func readHWM() uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// TestBuildIndexesEveryDocument checks the parallel build against a plain
// count: every article and every fact extracted from it is in the index,
// whatever order the workers and writers finished in.
func TestBuildIndexesEveryDocument(t *testing.T) {
	arts := synth.Articles(synth.Seed, 3*batchSize/chunkSize+5) // several batches and a partial chunk
	want := map[corpus.Kind]int{}
	docs := uint64(len(arts))
	for _, a := range arts {
		for _, f := range extract.New().Extract(a) {
			want[f.Kind]++
			docs++
		}
	}
	ix, stats, err := Memory(context.Background(), extract.New(), arts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if stats.Articles != len(arts) || !maps.Equal(stats.Facts, want) {
		t.Errorf("stats = %d articles, facts %v; want %d, %v", stats.Articles, stats.Facts, len(arts), want)
	}
	if n, err := ix.Documents(context.Background()); err != nil || uint64(n) != docs {
		t.Errorf("index holds %d documents (%v), want %d", n, err, docs)
	}
}
