package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/dealbot/dealbot/corpus/extract"
)

// Generations is where an engine keeps the generations of an index, one of
// which is current: a directory of generations with a link to the current
// one, or a cluster's indexes behind an alias. Live serves the current one
// and moves to the next when it changes.
type Generations interface {
	// Current identifies the generation current now. It returns an error
	// wrapping ErrUnavailable when there is none usable.
	Current(ctx context.Context) (Generation, error)
	// Open opens the generation current now. Errors wrap ErrUnavailable.
	Open(ctx context.Context) (Engine, error)
	// String names the index in messages.
	String() string
}

// Generation identifies one generation of an index.
type Generation struct {
	// Name names it in the log.
	Name string
	// Stamp changes whenever what the generation holds may have, also when
	// it is rewritten in place under the same name.
	Stamp string
}

// Live answers from the current generation of an index, and moves to a new
// generation when one is swapped in, without a restart and without failing
// a query: queries in flight finish on the generation they started on,
// which is closed only after the last of them returns.
//
// When the index disappears or breaks under it, Live answers ErrUnavailable
// until a good generation is swapped in again. Close is final: after it,
// nothing opens a generation again.
type Live struct {
	gens Generations
	// x read the articles of every generation: questions name its
	// companies.
	x *extract.Extractor
	// bare are the names of x alone, for questions read while there is no
	// generation.
	bare *names
	log  *slog.Logger

	reloading sync.Mutex // one Reload at a time

	mu   sync.RWMutex
	cur  *served // nil while the index is unavailable
	why  error   // why cur is nil
	stop chan struct{}
	// ctx is done when Close is called, so that a reload started by a
	// failing query stops opening a generation no one will serve.
	ctx    context.Context
	cancel context.CancelFunc
	done   sync.WaitGroup
}

// served is one open generation and the queries running on it.
type served struct {
	ix       *Index
	gen      Generation
	inFlight sync.WaitGroup
}

// OpenLive opens the current generation of gens for live serving, each
// generation answering as New(e, x) does: x must be the extractor its
// articles are read with. It fails, wrapping ErrUnavailable, when there is
// no usable generation to start from, and panics when x is nil, as New
// does.
func OpenLive(ctx context.Context, gens Generations, x *extract.Extractor, log *slog.Logger) (*Live, error) {
	needExtractor("OpenLive", x)
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s, err := openServed(ctx, gens, x)
	if err != nil {
		return nil, err
	}
	// Reloads a failing query starts outlive the call that opened Live:
	// they keep ctx's values but stop only at Close.
	lctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l := &Live{gens: gens, x: x, bare: newNames(x, nil), log: log, cur: s, stop: make(chan struct{}), ctx: lctx, cancel: cancel}
	l.warnOutdated(s)
	return l, nil
}

// warnOutdated logs that the generation s serves was read by another
// extractor than this dealbot's, so whoever runs it knows its facts lag
// the rules and knowledge it ships with.
func (l *Live) warnOutdated(s *served) {
	if s.ix.Outdated() {
		l.log.Warn("the index was built by another version of dealbot, which reads articles differently: answers come from its facts until `dealbot index` rebuilds it",
			"index", l.gens.String(), "generation", s.gen.Name)
	}
}

func openServed(ctx context.Context, gens Generations, x *extract.Extractor) (*served, error) {
	g, err := gens.Current(ctx)
	if err != nil {
		return nil, err
	}
	e, err := gens.Open(ctx)
	if err != nil {
		return nil, err
	}
	return &served{ix: New(e, x), gen: g}, nil
}

// Ask answers from the generation current when it is called. See
// Index.AskN for what it returns; it also returns ErrUnavailable (wrapped)
// while there is no usable index.
func (l *Live) Ask(ctx context.Context, query string) (Answer, error) {
	return l.AskN(ctx, query, DefaultLimit)
}

// use returns the current generation counted as in use, or why there is
// none. The caller calls inFlight.Done on it when finished.
func (l *Live) use() (*served, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.cur == nil {
		return nil, l.why
	}
	// Counted under the read lock, so a swap (which holds the write lock)
	// cannot start waiting on this generation before it is counted.
	l.cur.inFlight.Add(1)
	return l.cur, nil
}

// Understand reads a query as AskN would now: as Index.Understand does on
// the current generation or, while there is none, knowing only the
// companies and research firms of the extractor Live was opened with. It
// returns ErrEmptyQuery or ErrQueryTooLong (wrapped) for queries it cannot
// take, never ErrUnavailable.
func (l *Live) Understand(ctx context.Context, text string) (Question, error) {
	s, err := l.use()
	if err != nil {
		return understand(text, l.bare, nil)
	}
	defer s.inFlight.Done()
	return s.ix.Understand(ctx, text)
}

// AskN is Ask with a limit on facts and articles.
func (l *Live) AskN(ctx context.Context, query string, limit int) (Answer, error) {
	s, err := l.use()
	if err != nil {
		return Answer{}, err
	}
	defer s.inFlight.Done()
	ans, err := s.ix.AskN(ctx, query, limit)
	if err != nil && !errors.Is(err, ErrEmptyQuery) && !errors.Is(err, ErrQueryTooLong) && ctx.Err() == nil {
		// A search that fails on an open index means its files went bad
		// under it: look again now rather than at the next poll.
		l.goReload()
		if !errors.Is(err, ErrUnavailable) {
			err = fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
		return Answer{}, err
	}
	return ans, err
}

// Reload looks at the index's generations and, when the current one is not
// the one being served, opens it and moves new queries to it. It reports
// whether it swapped. When the index is missing or broken, Live stops
// serving the old generation and answers ErrUnavailable until a good one
// appears: files deleted or rewritten under an open index cannot be
// trusted. After Close it opens nothing and returns ErrUnavailable.
func (l *Live) Reload(ctx context.Context) (bool, error) {
	l.reloading.Lock()
	defer l.reloading.Unlock()
	return l.reload(ctx)
}

// goReload starts reloadUnlessBusy on its own goroutine, counted in l.done
// so that Close waits for it; after Close it starts nothing.
func (l *Live) goReload() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed() {
		return
	}
	l.done.Go(l.reloadUnlessBusy)
}

// reloadUnlessBusy reloads unless a reload is already under way, so a burst
// of failing queries starts one reload, not one each.
func (l *Live) reloadUnlessBusy() {
	if l.reloading.TryLock() {
		defer l.reloading.Unlock()
		_, _ = l.reload(l.ctx)
	}
}

func (l *Live) reload(ctx context.Context) (bool, error) {
	l.mu.RLock()
	closed, why := l.closed(), l.why
	l.mu.RUnlock()
	if closed {
		return false, why
	}
	g, err := l.gens.Current(ctx)
	l.mu.RLock()
	same := l.cur != nil && err == nil && l.cur.gen == g
	l.mu.RUnlock()
	if same {
		return false, nil
	}
	var next *served
	if err == nil {
		next, err = openServed(ctx, l.gens, l.x)
	}
	if err != nil && ctx.Err() != nil {
		// Interrupted, not broken: what is served stays served.
		return false, err
	}
	l.mu.Lock()
	if l.closed() {
		// Close ran meanwhile: nothing may be served after it.
		why := l.why
		l.mu.Unlock()
		if next != nil {
			_ = next.ix.Close()
		}
		return false, why
	}
	old := l.cur
	l.cur, l.why = next, err
	l.mu.Unlock()
	if old != nil {
		l.retire(old)
	}
	if err != nil {
		if old != nil {
			l.log.Error("index unavailable; answering with an apology until it is rebuilt", "index", l.gens.String(), "err", err)
		}
		return false, err
	}
	l.log.Info("serving a new index generation", "index", l.gens.String(), "generation", next.gen.Name)
	l.warnOutdated(next)
	return true, nil
}

// retire closes a generation once the queries running on it finish.
func (l *Live) retire(s *served) {
	l.done.Go(func() {
		s.inFlight.Wait()
		if err := s.ix.Close(); err != nil {
			l.log.Warn("closing an old index generation", "err", err)
		}
	})
}

// Watch calls Reload every interval until ctx is done or Live is closed, so
// that a `dealbot index` run by another process is picked up.
func (l *Live) Watch(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-l.stop:
			return
		case <-t.C:
			_, _ = l.Reload(ctx)
		}
	}
}

// closed reports whether Close was called.
func (l *Live) closed() bool {
	select {
	case <-l.stop:
		return true
	default:
		return false
	}
}

// Close stops serving, waits for queries in flight and closes the index. It
// returns the error closing the generation it was serving, if any; older
// generations closing in the background log theirs.
func (l *Live) Close() error {
	// A reload under way finishes first (told to stop when it started from
	// a failing query), so that none opens a generation once Close returns.
	l.cancel()
	l.reloading.Lock()
	l.mu.Lock()
	old := l.cur
	l.cur, l.why = nil, fmt.Errorf("%w: dealbot is shutting down", ErrUnavailable)
	if !l.closed() {
		close(l.stop)
	}
	l.mu.Unlock()
	l.reloading.Unlock()
	l.done.Wait()
	if old == nil {
		return nil
	}
	old.inFlight.Wait()
	if err := old.ix.Close(); err != nil {
		return fmt.Errorf("closing the index at %s: %w", l.gens, err)
	}
	return nil
}
