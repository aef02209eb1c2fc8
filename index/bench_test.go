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
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
	"github.com/dealbot/dealbot/index/internal/synth"
)

// benchSeed fixes the synthetic corpus and queries, so every run measures
// the same documents.
const benchSeed = 20240327

// benchSizes are the corpus sizes benchmarked: 1k always, the larger ones
// only with DEALBOT_BENCH_LARGE=1 so that the default run stays quick.
// DEALBOT_BENCH_SIZES (article counts separated by commas, such as
// "5000,10000") picks the sizes instead, so that one size can be measured
// without building the others.
func benchSizes() []int {
	if s := os.Getenv("DEALBOT_BENCH_SIZES"); s != "" {
		var sizes []int
		for f := range strings.SplitSeq(s, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 1000 {
				panic("DEALBOT_BENCH_SIZES: want article counts of at least 1000 separated by commas, got " + strconv.Quote(s))
			}
			sizes = append(sizes, n)
		}
		return sizes
	}
	if os.Getenv("DEALBOT_BENCH_LARGE") == "1" {
		return []int{1_000, 10_000, 50_000}
	}
	return []int{1_000}
}

func sizeName(n int) string { return strconv.Itoa(n/1000) + "k" }

// synthArticles generates each corpus once per process.
var synthArticles = struct {
	sync.Mutex
	m map[int][]corpus.Article
}{m: map[int][]corpus.Article{}}

func articlesOf(n int) []corpus.Article {
	synthArticles.Lock()
	defer synthArticles.Unlock()
	if a, ok := synthArticles.m[n]; ok {
		return a
	}
	a := synth.Articles(benchSeed, n)
	synthArticles.m[n] = a
	return a
}

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
	path := filepath.Join(askIndexes.dir, sizeName(n))
	if _, err := bleveindex.Build(context.Background(), path, articlesOf(n), nil); err != nil {
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
	queries := synth.Queries(benchSeed, askQueries)
	for _, n := range benchSizes() {
		b.Run(sizeName(n), func(b *testing.B) {
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
