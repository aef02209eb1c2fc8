package bleveindex

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
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
	// Warnings name the articles indexed only in part, in article order.
	Warnings []corpus.Problem
}

// ArticlesPerSecond is the build's throughput in articles per second.
func (s Stats) ArticlesPerSecond() float64 {
	if s.Duration <= 0 {
		return 0
	}
	return float64(s.Articles) / s.Duration.Seconds()
}

// Progress is told how many of total articles are indexed so far. It is
// called from the building goroutine and must be quick.
type Progress func(done, total int)

// Build indexes articles, with the facts x extracts from them, into a new
// generation at path and makes it current.
// If the build fails or ctx is cancelled, the generation is removed and the
// index that was current before is untouched and still serves. Older
// generations that no reader holds open are removed after a success.
//
// It returns ErrLocked when another process is building at path, and
// ErrNothingToIndex when articles is empty.
func Build(ctx context.Context, x *extract.Extractor, path string, articles []corpus.Article, progress Progress) (Stats, error) {
	if len(articles) == 0 {
		return Stats{}, ErrNothingToIndex
	}
	gen, err := beginGeneration(path, time.Now())
	if err != nil {
		return Stats{}, err
	}
	defer gen.release()
	previous := currentName(path)
	// Leftovers of a killed build take space this build may need.
	_ = cleanup(path, previous, "")
	if err := checkSpace(path, articles); err != nil {
		return Stats{}, err
	}

	b, err := createBleve(gen.dir())
	if err != nil {
		gen.abort()
		return Stats{}, diskFull(err)
	}
	stats, orgs, err := fill(ctx, x, b, articles, progress)
	if err == nil {
		err = seal(ctx, b, x, orgs)
	} else {
		_ = guard("closing the new index", b.Close)
	}
	if err != nil {
		gen.abort()
		return Stats{}, diskFull(err)
	}
	if err := guard("tidying the new index", func() error { return dropMergedSegments(gen.dir()) }); err != nil {
		gen.abort()
		return Stats{}, diskFull(err)
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

// seal compacts a filled index, records the organisations of its articles
// and the extractor that read them, and closes it.
func seal(ctx context.Context, b bleve.Index, x *extract.Extractor, orgs []corpus.Organisation) error {
	err := guard("compacting the new index", func() error { return compact(ctx, b) })
	// The records come after compaction on purpose: bleve returns from a
	// merge once the merged segment serves, before it records it on disk,
	// and closing at once could leave the generation uncompacted. Each
	// record waits until bleve has written a state that includes the merge.
	if err == nil {
		err = storeNames(b, orgs)
	}
	if err == nil {
		err = storeExtractor(b, x)
	}
	if cerr := guard("closing the new index", b.Close); err == nil && cerr != nil {
		err = fmt.Errorf("closing the new index: %w", cerr)
	}
	return err
}

// ErrBleveFault is a panic inside bleve while building, turned into an
// error. It has been seen after a write failed (a full disk): bleve's
// segment caches are left half torn down and the next batch panics.
var ErrBleveFault = errors.New("the index library failed unexpectedly")

// guard runs f, turning a panic inside it into an error wrapping
// ErrBleveFault, so that a build that fails never takes the process (and
// under serve --watch, the bot) down with it.
func guard(what string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w while %s: %v", ErrBleveFault, what, r)
		}
	}()
	return f()
}

// spacePerByte is how many bytes of disk a build may take at its peak for
// each byte of article text: the finished index is about twice the text,
// and before compaction its segments hold it twice over.
const spacePerByte = 4

// checkSpace returns an error saying how much is needed when the device
// holding path has too little free space for a build of articles. A build
// that runs out of space midway can leave bleve's background merge in a
// state that panics outside any goroutine of ours, so it is refused up
// front; the estimate errs on the generous side.
func checkSpace(path string, articles []corpus.Article) error {
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return nil // cannot tell; the build reports a full disk if it meets one
	}
	free := st.Bavail * uint64(st.Bsize)
	var text uint64
	for _, a := range articles {
		text += uint64(len(a.Title) + len(a.Body))
	}
	need := spacePerByte*text + 1<<20
	if free < need {
		return fmt.Errorf("no space left on the device: a build of %d articles needs about %.1f MB, and %.1f MB are free; free some space and build again (the index that was current is unchanged and still serves): %w",
			len(articles), float64(need)/(1<<20), float64(free)/(1<<20), syscall.ENOSPC)
	}
	return nil
}

// diskFull rewords a build error caused by a full disk, so that it says
// what to do; other errors come back as they are.
func diskFull(err error) error {
	if errors.Is(err, syscall.ENOSPC) && !strings.HasPrefix(err.Error(), "no space left") {
		return fmt.Errorf("no space left on the device: free some space and build again; the index that was current is unchanged and still serves (%w)", err)
	}
	return err
}

// compact merges the index into one segment. A build leaves dozens of
// segments, and every query looks each of its terms up in every segment; a
// generation is written once and read for a long time, so the merge pays
// for itself at once.
func compact(ctx context.Context, b bleve.Index) error {
	adv, err := b.Advanced()
	if err != nil {
		return fmt.Errorf("compacting the new index: %w", err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	// bleve's single-segment plan merges ten segments per task and stops
	// after one round, which leaves several segments when a build makes
	// more than ten; every segment is merged in one task instead.
	mo := mergeplan.SingleSegmentMergePlanOptions
	mo.SegmentsPerMergeTask = math.MaxInt32
	if err := s.ForceMerge(ctx, &mo); err != nil {
		return fmt.Errorf("compacting the new index: %w", err)
	}
	return nil
}

// dropMergedSegments removes the segment files compaction replaced. bleve
// deletes them lazily, from a background loop that closing the index stops,
// and otherwise only when it next opens the index for writing; readers open
// it read-only, so it is done here, where the generation would else keep
// twice its size on disk.
//
// bleve deletes them from its persister's loop some time after opening, so
// closing at once can leave them; it waits, up to tidyWait, until the store
// holds no more segment files than the index reads.
func dropMergedSegments(dir string) error {
	b, err := bleve.Open(dir)
	if err != nil {
		return fmt.Errorf("reopening the new index to tidy it: %w", err)
	}
	if adv, err := b.Advanced(); err == nil {
		if s, ok := adv.(*scorch.Scorch); ok {
			waitForTidy(s, filepath.Join(dir, "store"), time.Now().Add(tidyWait))
		}
	}
	return b.Close()
}

// tidyWait bounds how long dropMergedSegments waits for bleve to delete
// the replaced segment files; a generation left untidy costs disk, not
// answers.
const tidyWait = 2 * time.Second

// waitForTidy waits until the segment files in store are no more than the
// segments s reads, or until the deadline.
func waitForTidy(s *scorch.Scorch, store string, deadline time.Time) {
	for {
		live, ok := s.StatsMap()["num_root_filesegments"].(uint64)
		if !ok {
			// A bleve that reports its segments otherwise cannot be
			// waited for; the files it leaves cost disk, not answers.
			return
		}
		files, err := filepath.Glob(filepath.Join(store, "*.zap"))
		if err != nil || uint64(len(files)) <= live || time.Now().After(deadline) {
			return
		}
		// Each look lists the directory; bleve's deleter runs on a loop
		// of its own, so a look every 20 ms finds it done soon enough.
		time.Sleep(20 * time.Millisecond)
	}
}

// Memory builds an index in memory, extracting facts with x, for answering
// without an index on disk. It returns ErrNothingToIndex when articles is
// empty.
func Memory(ctx context.Context, x *extract.Extractor, articles []corpus.Article) (*Engine, Stats, error) {
	if len(articles) == 0 {
		return nil, Stats{}, ErrNothingToIndex
	}
	b, err := createBleve("")
	if err != nil {
		return nil, Stats{}, err
	}
	stats, orgs, err := fill(ctx, x, b, articles, nil)
	if err != nil {
		b.Close()
		return nil, Stats{}, err
	}
	return &Engine{b: b, path: "(memory)", orgs: orgs, readBy: x}, stats, nil
}

// fill extracts the facts of every article and indexes articles and facts
// in batches. It returns the organisations the articles name beyond the
// companies x knows.
//
// Extraction and making the documents run on a pool of workers, one per
// CPU, while two writers hand full batches to bleve: one batch is analysed
// and made into a segment while the other waits for bleve to persist its
// own. Batches are filled in article order, and a corpus that fits in one
// batch is written as one.
func fill(ctx context.Context, x *extract.Extractor, b bleve.Index, articles []corpus.Article, progress Progress) (Stats, []corpus.Organisation, error) {
	start := time.Now()
	dm, err := newDocMaker(b.Mapping())
	if err != nil {
		return Stats{}, nil, err
	}
	parent := ctx
	// A failing worker or writer cancels ctx with its error as the cause.
	ctx, cancel := context.WithCancelCause(parent)

	chunks, workers := prepare(ctx, x, dm, articles)
	w := startWriters(b, cancel)
	defer func() {
		cancel(nil)
		w.stop()
		workers.Wait()
	}()

	stats := Stats{Facts: map[corpus.Kind]int{}}
	orgs := index.NewOrgTally()
	reported := 0
	report := func() {
		if n := int(w.articles.Load()); progress != nil && n > reported {
			reported = n
			progress(n, len(articles))
		}
	}
	batch, inBatch := w.take(ctx), 0
	send := func() bool {
		ok := w.send(ctx, batch, inBatch)
		report()
		batch, inBatch = w.take(ctx), 0
		return ok && batch != nil
	}
chunks:
	for c := range chunks {
		select {
		case <-c.done:
		case <-ctx.Done():
		}
		if ctx.Err() != nil || batch == nil {
			break
		}
		for i, docs := range c.docs {
			for _, d := range docs {
				if err := batch.IndexAdvanced(d); err != nil {
					cancel(fmt.Errorf("indexing %s: %w", articles[c.lo+i].Path, err))
					break chunks
				}
			}
			inBatch++
			if batch.Size() >= batchSize && !send() {
				break chunks
			}
		}
		for k, n := range c.facts {
			stats.Facts[k] += n
		}
		for _, o := range c.orgs {
			orgs.Add(o)
		}
		stats.Warnings = append(stats.Warnings, c.warns...)
		stats.Articles += c.hi - c.lo
	}
	if ctx.Err() == nil && batch.Size() > 0 {
		send()
	}
	w.stop()
	if err := parent.Err(); err != nil {
		return Stats{}, nil, fmt.Errorf("build interrupted: %w", err)
	}
	if err := context.Cause(ctx); err != nil {
		return Stats{}, nil, err
	}
	report()
	stats.Duration = time.Since(start)
	return stats, orgs.Organisations(), nil
}

// Sizes of the build pipeline.
const (
	// writers is how many batches are written to bleve at once. Two keep
	// it busy while one waits for its segment to be persisted; more only
	// add segments to merge.
	writers = 2
	// chunkSize is how many articles a worker prepares at a time: enough
	// to make handing them over cheap, few enough to keep batches flowing.
	chunkSize = 16
)

// chunk is a run of articles, articles[lo:hi], prepared by a worker: their
// documents mapped and ready for a batch. done is closed when it is ready.
type chunk struct {
	lo, hi int
	docs   [][]*document.Document  // per article: the article, then its facts
	orgs   [][]corpus.Organisation // per article: those beyond the extractor's companies
	facts  map[corpus.Kind]int
	warns  []corpus.Problem
	done   chan struct{}
}

// prepare starts one worker per CPU extracting and mapping chunks of
// articles, and returns the chunks in article order. The channel is closed
// when every chunk is queued or ctx is done; the WaitGroup is done when the
// workers have stopped.
func prepare(ctx context.Context, x *extract.Extractor, dm *docMaker, articles []corpus.Article) (<-chan *chunk, *sync.WaitGroup) {
	n := runtime.GOMAXPROCS(0)
	jobs := make(chan *chunk)
	ordered := make(chan *chunk, 2*n)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for c := range jobs {
				c.prepare(ctx, x, dm, articles)
				close(c.done)
			}
		})
	}
	wg.Go(func() {
		defer close(ordered)
		defer close(jobs)
		for lo := 0; lo < len(articles); lo += chunkSize {
			c := &chunk{lo: lo, hi: min(lo+chunkSize, len(articles)), done: make(chan struct{})}
			select {
			case jobs <- c:
			case <-ctx.Done():
				return
			}
			select {
			case ordered <- c:
			case <-ctx.Done():
				return
			}
		}
	})
	return ordered, &wg
}

func (c *chunk) prepare(ctx context.Context, x *extract.Extractor, dm *docMaker, articles []corpus.Article) {
	c.facts = map[corpus.Kind]int{}
	c.docs = make([][]*document.Document, 0, c.hi-c.lo)
	for _, a := range articles[c.lo:c.hi] {
		if ctx.Err() != nil {
			return
		}
		docs, orgs, warn := documents(x, dm, a, c.facts)
		if warn != "" {
			c.warns = append(c.warns, corpus.Problem{Path: a.Path, Reason: warn, Warning: true})
		}
		c.docs = append(c.docs, docs)
		c.orgs = append(c.orgs, orgs)
	}
}

// documents makes the bleve documents of an article and its facts,
// counting the facts by kind. It also returns the organisations the article
// names beyond the companies x knows. warn says why the article was indexed
// only in part, or is "".
func documents(x *extract.Extractor, dm *docMaker, a corpus.Article, kinds map[corpus.Kind]int) (docs []*document.Document, orgs []corpus.Organisation, warn string) {
	e := index.NewEntry(x, a)
	docs = make([]*document.Document, 0, 1+len(e.Facts))
	docs = append(docs, dm.article(a, e.Mentions))
	for _, f := range e.Facts {
		docs = append(docs, dm.fact(f.ID, f.Fact, a, f.Headline, f.Retold))
		kinds[f.Fact.Kind]++
	}
	return docs, e.Organisations, e.Warning
}

// batchWriters write full batches to bleve, several at once.
type batchWriters struct {
	full     chan filled
	free     chan *bleve.Batch
	articles atomic.Int64 // articles written so far
	wg       sync.WaitGroup
	stopped  bool
}

// filled is a full batch and how many articles it holds.
type filled struct {
	batch    *bleve.Batch
	articles int
}

// startWriters starts the writers. A writer that fails cancels the build
// with the error.
func startWriters(b bleve.Index, fail context.CancelCauseFunc) *batchWriters {
	w := &batchWriters{full: make(chan filled), free: make(chan *bleve.Batch, writers+1)}
	for range writers + 1 {
		w.free <- b.NewBatch()
	}
	for range writers {
		w.wg.Go(func() {
			for f := range w.full {
				if err := guard("writing a batch to the index", func() error { return b.Batch(f.batch) }); err != nil {
					fail(fmt.Errorf("writing a batch to the index: %w", err))
				}
				w.articles.Add(int64(f.articles))
				f.batch.Reset()
				w.free <- f.batch
			}
		})
	}
	return w
}

// take returns an empty batch, or nil when ctx is done first.
func (w *batchWriters) take(ctx context.Context) *bleve.Batch {
	select {
	case b := <-w.free:
		return b
	case <-ctx.Done():
		return nil
	}
}

// send queues a batch for writing; it reports false when ctx is done first.
func (w *batchWriters) send(ctx context.Context, b *bleve.Batch, articles int) bool {
	select {
	case w.full <- filled{b, articles}:
		return true
	case <-ctx.Done():
		return false
	}
}

// stop waits for the batches sent so far to be written. It is safe to call
// twice.
func (w *batchWriters) stop() {
	if !w.stopped {
		w.stopped = true
		close(w.full)
	}
	w.wg.Wait()
}
