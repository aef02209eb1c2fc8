package synth

import (
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/dealbot/dealbot/corpus"
)

// Seed fixes the synthetic corpus and queries benchmarks use, so every run
// measures the same documents.
const Seed = 20240327

// BenchSizes are the corpus sizes benchmarked: 1k always, the larger ones
// only with DEALBOT_BENCH_LARGE=1 so that the default run stays quick.
// DEALBOT_BENCH_SIZES (article counts separated by commas, such as
// "5000,10000") picks the sizes instead, so that one size can be measured
// without building the others. A malformed list panics: a benchmark run
// has no one to return an error to, and measuring the wrong size silently
// would be worse.
func BenchSizes() []int {
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

// SizeName names a corpus size in a benchmark's name: "10k".
func SizeName(n int) string { return strconv.Itoa(n/1000) + "k" }

// Corpora generates each size of corpus once (from Seed) and keeps it, as
// generating 50k articles costs more than most benchmarks that use them.
// The zero value is ready to use; it is safe for concurrent use.
type Corpora struct {
	mu sync.Mutex
	m  map[int][]corpus.Article
}

// Of returns the corpus of n articles.
func (c *Corpora) Of(n int) []corpus.Article {
	c.mu.Lock()
	defer c.mu.Unlock()
	if a, ok := c.m[n]; ok {
		return a
	}
	if c.m == nil {
		c.m = map[int][]corpus.Article{}
	}
	a := Articles(Seed, n)
	c.m[n] = a
	return a
}
