package index_test

// BenchmarkAsk measures answering on a synthetic corpus of 1k articles by
// default and of 10k and 50k articles with DEALBOT_BENCH_LARGE=1, built
// into a bleve index on disk as `dealbot index` builds it. The build
// benchmarks are in index/bleveindex.
//
//	go test -run '^$' -bench Ask ./index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
	"github.com/dealbot/dealbot/index/internal/synth"
)

// corpora holds each synthetic corpus once per test process.
var corpora synth.Corpora

// askIndexes holds the index built for each size, on disk, so that repeated
// runs (-count) of BenchmarkAsk build it once. TestMain removes them.
var askIndexes = struct {
	sync.Mutex
	dir string
	m   map[int]*index.Index
}{m: map[int]*index.Index{}}

func askIndexOf(b *testing.B, n int) *index.Index {
	askIndexes.Lock()
	defer askIndexes.Unlock()
	if ix, ok := askIndexes.m[n]; ok {
		return ix
	}
	if askIndexes.dir == "" {
		dir, err := os.MkdirTemp("", "dealbot-bench-")
		if err != nil {
			b.Fatal(err)
		}
		askIndexes.dir = dir
	}
	path := filepath.Join(askIndexes.dir, synth.SizeName(n))
	if _, err := bleveindex.Build(context.Background(), extract.New(), path, corpora.Of(n), nil); err != nil {
		b.Fatal(err)
	}
	ix, err := openIndex(path)
	if err != nil {
		b.Fatal(err)
	}
	askIndexes.m[n] = ix
	return ix
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, ix := range askIndexes.m {
		ix.Close()
	}
	if askIndexes.dir != "" {
		os.RemoveAll(askIndexes.dir)
	}
	os.Exit(code)
}

// askQueries is how many different questions BenchmarkAsk asks; one op is
// asking all of them once, one after another.
const askQueries = 1000

// BenchmarkAsk measures the latency of Ask on an index on disk, opened as
// `dealbot serve` opens it, over a thousand varied questions: company pairs,
// questions with intent words, single companies and misses. It reports the
// median and 99th percentile of single questions (target: p99 < 10 ms at
// 50k articles on 2 cores).
func BenchmarkAsk(b *testing.B) {
	queries := synth.Queries(synth.Seed, askQueries)
	for _, n := range synth.BenchSizes() {
		b.Run(synth.SizeName(n), func(b *testing.B) {
			ix := askIndexOf(b, n)
			ctx := context.Background()
			ask := func(q string) {
				if _, err := ix.Ask(ctx, q); err != nil {
					b.Fatalf("Ask(%q): %v", q, err)
				}
			}
			// Warm the page cache and bleve's caches, as a server that
			// has been up a while has them.
			for _, q := range queries {
				ask(q)
			}
			lat := make([]time.Duration, 0, askQueries)
			for b.Loop() {
				for _, q := range queries {
					start := time.Now()
					ask(q)
					lat = append(lat, time.Since(start))
				}
			}
			slices.Sort(lat)
			pct := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
			b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
		})
	}
}
