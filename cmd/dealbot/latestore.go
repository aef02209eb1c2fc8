package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
)

// reopenEvery is how often serve tries again to open a PostgreSQL state
// store that could not be reached when it started.
const reopenEvery = 5 * time.Second

// openServeStore opens the state store serve uses. A PostgreSQL store that
// cannot be reached is not a reason to leave Slack unanswered: serve starts
// anyway, on its own memory, with a store that fails every call (with
// state.ErrUnavailable) until a retry every reopen opens it. Any other
// failure (a bad URL, a schema newer than this dealbot, a damaged file) is
// returned.
func openServeStore(ctx context.Context, spec string, reopen time.Duration, log *slog.Logger) (state.Store, error) {
	st, err := state.Open(ctx, spec)
	if err == nil || !state.IsPostgres(spec) || !errors.Is(err, state.ErrUnavailable) {
		return st, err
	}
	log.Warn("the state store cannot be reached: serving anyway, each question on this replica's memory, without watches, feeds or alerts until it can be opened",
		"state", state.Redact(spec), "retry_every", reopen.String(), "err", err)
	octx, cancel := context.WithCancel(ctx)
	l := &lateStore{desc: state.Redact(spec), cause: err, cancel: cancel, done: make(chan struct{})}
	go l.open(octx, spec, reopen, log)
	return l, nil
}

// lateStore is a PostgreSQL store still being opened: every call fails,
// as an unreachable database's do, until open succeeds; then it is that
// store.
type lateStore struct {
	desc   string
	cancel context.CancelFunc // stops open
	done   chan struct{}      // closed when open returns
	closed sync.Once

	mu    sync.Mutex
	st    state.Store // nil until opened
	cause error       // why it is not open yet
}

var _ state.Store = (*lateStore)(nil)

// open tries to open spec every reopen until it succeeds or ctx is done.
func (l *lateStore) open(ctx context.Context, spec string, reopen time.Duration, log *slog.Logger) {
	defer close(l.done)
	t := time.NewTicker(reopen)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		st, err := state.Open(ctx, spec)
		if err != nil && ctx.Err() != nil {
			return
		}
		if err != nil {
			l.mu.Lock()
			l.cause = err
			l.mu.Unlock()
			log.Debug("the state store still cannot be opened", "state", l.desc, "err", err)
			continue
		}
		l.mu.Lock()
		l.st = st
		l.mu.Unlock()
		log.Info("opened the state store: watches, feeds, alerts and shared claims work again", "state", st.Describe())
		return
	}
}

// store returns the opened store, or an error saying it is not open yet.
func (l *lateStore) store() (state.Store, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.st != nil {
		return l.st, nil
	}
	if errors.Is(l.cause, state.ErrUnavailable) {
		return nil, l.cause
	}
	return nil, fmt.Errorf("the state store %s is not open yet (%w): %w", l.desc, state.ErrUnavailable, l.cause)
}

func (l *lateStore) FeedState(ctx context.Context, u string) (ingest.FeedState, bool, error) {
	st, err := l.store()
	if err != nil {
		return ingest.FeedState{}, false, err
	}
	return st.FeedState(ctx, u)
}

func (l *lateStore) SaveFeedState(ctx context.Context, fs ingest.FeedState) error {
	st, err := l.store()
	if err != nil {
		return err
	}
	return st.SaveFeedState(ctx, fs)
}

func (l *lateStore) FeedStates(ctx context.Context) ([]ingest.FeedState, error) {
	st, err := l.store()
	if err != nil {
		return nil, err
	}
	return st.FeedStates(ctx)
}

func (l *lateStore) AddWatch(ctx context.Context, w state.Watch) (state.Watch, error) {
	st, err := l.store()
	if err != nil {
		return state.Watch{}, err
	}
	return st.AddWatch(ctx, w)
}

func (l *lateStore) Watches(ctx context.Context, channel string) ([]state.Watch, error) {
	st, err := l.store()
	if err != nil {
		return nil, err
	}
	return st.Watches(ctx, channel)
}

func (l *lateStore) RemoveWatch(ctx context.Context, channel string, id uint64) (bool, error) {
	st, err := l.store()
	if err != nil {
		return false, err
	}
	return st.RemoveWatch(ctx, channel, id)
}

func (l *lateStore) AddToDigest(ctx context.Context, id uint64, items [][]byte) error {
	st, err := l.store()
	if err != nil {
		return err
	}
	return st.AddToDigest(ctx, id, items)
}

func (l *lateStore) TakeDigest(ctx context.Context, id uint64, at time.Time) ([][]byte, error) {
	st, err := l.store()
	if err != nil {
		return nil, err
	}
	return st.TakeDigest(ctx, id, at)
}

func (l *lateStore) LastDigest(ctx context.Context, id uint64) (time.Time, error) {
	st, err := l.store()
	if err != nil {
		return time.Time{}, err
	}
	return st.LastDigest(ctx, id)
}

func (l *lateStore) Announce(ctx context.Context, channel string, keys []string, at time.Time) ([]string, error) {
	st, err := l.store()
	if err != nil {
		return nil, err
	}
	return st.Announce(ctx, channel, keys, at)
}

func (l *lateStore) Claim(ctx context.Context, id, owner string, lease time.Duration) (state.ClaimResult, error) {
	st, err := l.store()
	if err != nil {
		return state.ClaimHeld, err
	}
	return st.Claim(ctx, id, owner, lease)
}

func (l *lateStore) Answered(ctx context.Context, id, owner string) error {
	st, err := l.store()
	if err != nil {
		return err
	}
	return st.Answered(ctx, id, owner)
}

func (l *lateStore) PruneClaims(ctx context.Context) (int, error) {
	st, err := l.store()
	if err != nil {
		return 0, err
	}
	return st.PruneClaims(ctx)
}

func (l *lateStore) Lead(ctx context.Context, owner string, ttl time.Duration) (bool, error) {
	st, err := l.store()
	if err != nil {
		return false, err
	}
	return st.Lead(ctx, owner, ttl)
}

func (l *lateStore) Resign(ctx context.Context, owner string) error {
	st, err := l.store()
	if err != nil {
		return err
	}
	return st.Resign(ctx, owner)
}

// Describe names the database, opened or not.
func (l *lateStore) Describe() string { return l.desc }

func (l *lateStore) SchemaVersion(ctx context.Context) (int, error) {
	st, err := l.store()
	if err != nil {
		return 0, err
	}
	return st.SchemaVersion(ctx)
}

// Close stops trying to open the store and closes it if it was opened.
func (l *lateStore) Close() error {
	var err error
	l.closed.Do(func() {
		l.cancel()
		<-l.done
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.st != nil {
			err = l.st.Close()
		}
	})
	return err
}

func (l *lateStore) PutArticle(ctx context.Context, name string, body []byte) (bool, error) {
	st, err := l.store()
	if err != nil {
		return false, err
	}
	return st.PutArticle(ctx, name, body)
}

func (l *lateStore) ArticlesAfter(ctx context.Context, seq int64, limit int) ([]state.StoredArticle, error) {
	st, err := l.store()
	if err != nil {
		return nil, err
	}
	return st.ArticlesAfter(ctx, seq, limit)
}
