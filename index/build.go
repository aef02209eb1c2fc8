package index

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/dealbot/dealbot/corpus"
)

// batchSize is the number of documents per bleve batch: a few hundred to a
// thousand is where bleve is fastest; larger batches cost memory and gain
// nothing.
const batchSize = 500

// ErrNothingToIndex means a build was given no articles.
var ErrNothingToIndex = errors.New("no articles to index: check the corpus folder and the files it skipped")

// Stats summarises a build.
type Stats struct {
	Articles int
	// Facts counts facts by kind.
	Facts    map[corpus.Kind]int
	Duration time.Duration
}

// DocsPerSecond is the build's throughput in articles per second.
func (s Stats) DocsPerSecond() float64 {
	if s.Duration <= 0 {
		return 0
	}
	return float64(s.Articles) / s.Duration.Seconds()
}

// Progress is told how many of total articles are indexed so far. It is
// called from the building goroutine and must be quick.
type Progress func(done, total int)

// Build indexes articles into a new generation at path and makes it current.
// If the build fails or ctx is cancelled, the generation is removed and the
// index that was current before is untouched and still serves. Older
// generations that no reader holds open are removed after a success.
//
// It returns ErrLocked when another process is building at path, and
// ErrNothingToIndex when articles is empty.
func Build(ctx context.Context, path string, articles []corpus.Article, progress Progress) (Stats, error) {
	if len(articles) == 0 {
		return Stats{}, ErrNothingToIndex
	}
	gen, err := beginGeneration(path, time.Now())
	if err != nil {
		return Stats{}, err
	}
	defer gen.release()
	previous := currentName(path)

	b, err := createBleve(gen.dir())
	if err != nil {
		gen.abort()
		return Stats{}, err
	}
	stats, err := fill(ctx, b, articles, progress)
	if cerr := b.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("closing the new index: %w", cerr)
	}
	if err != nil {
		gen.abort()
		return Stats{}, err
	}
	if err := gen.commit(); err != nil {
		gen.abort()
		return Stats{}, err
	}
	// Failing to remove an old generation costs disk, not correctness; the
	// next build tries again.
	_ = cleanup(path, gen.name, previous)
	return stats, nil
}

// Memory builds an index in memory, for answering without an index on disk.
func Memory(ctx context.Context, articles []corpus.Article) (*Index, Stats, error) {
	if len(articles) == 0 {
		return nil, Stats{}, ErrNothingToIndex
	}
	b, err := createBleve("")
	if err != nil {
		return nil, Stats{}, err
	}
	stats, err := fill(ctx, b, articles, nil)
	if err != nil {
		b.Close()
		return nil, Stats{}, err
	}
	return &Index{b: b, path: "(memory)"}, stats, nil
}

// fill extracts the facts of every article and indexes articles and facts
// in batches.
func fill(ctx context.Context, b bleve.Index, articles []corpus.Article, progress Progress) (Stats, error) {
	start := time.Now()
	stats := Stats{Facts: map[corpus.Kind]int{}}
	batch := b.NewBatch()
	flush := func() error {
		if batch.Size() == 0 {
			return nil
		}
		if err := b.Batch(batch); err != nil {
			return fmt.Errorf("writing a batch to the index: %w", err)
		}
		batch.Reset()
		return nil
	}
	for i, a := range articles {
		if err := ctx.Err(); err != nil {
			return Stats{}, fmt.Errorf("build interrupted: %w", err)
		}
		facts := corpus.Extract(a)
		if err := batch.Index("a:"+a.ID, articleDoc(a, articleCompanies(a, facts))); err != nil {
			return Stats{}, fmt.Errorf("indexing %s: %w", a.Path, err)
		}
		for n, f := range facts {
			doc := factDoc(f, a, inTitle(f, a.Title, facts))
			if err := batch.Index(fmt.Sprintf("f:%s:%d", a.ID, n), doc); err != nil {
				return Stats{}, fmt.Errorf("indexing a fact of %s: %w", a.Path, err)
			}
			stats.Facts[f.Kind]++
		}
		stats.Articles++
		if batch.Size() >= batchSize {
			if err := flush(); err != nil {
				return Stats{}, err
			}
			if progress != nil {
				progress(i+1, len(articles))
			}
		}
	}
	if err := flush(); err != nil {
		return Stats{}, err
	}
	if progress != nil {
		progress(len(articles), len(articles))
	}
	stats.Duration = time.Since(start)
	return stats, nil
}

// inTitle reports whether the article's title states f's figure.
func inTitle(f corpus.Fact, title string, facts []corpus.Fact) bool {
	for _, g := range facts {
		if g.Sentence == title && g.Kind == f.Kind && g.Value == f.Value {
			return true
		}
	}
	return false
}

// articleCompanies is every company an article names or its facts are about,
// so a question about a company finds articles that call it by any alias.
func articleCompanies(a corpus.Article, facts []corpus.Fact) []string {
	seen := map[string]bool{}
	var out []string
	add := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, c := range corpus.CompaniesIn(a.Title + "\n" + a.Body) {
		add(c)
	}
	for _, f := range facts {
		for _, c := range f.Companies {
			add(c)
		}
	}
	return out
}
