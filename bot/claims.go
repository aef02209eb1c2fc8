package bot

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Claim is what a replica learns when it claims a question (an event or an
// envelope) in the store the replicas share.
type Claim int

const (
	// ClaimMine means the question is this replica's to answer; it calls
	// Claims.Answered once the answer is sent.
	ClaimMine Claim = iota
	// ClaimHeld means another replica is answering it now. Its claim
	// lapses after a short lease unless marked answered, so a question
	// whose replica died is not lost: ask again later.
	ClaimHeld
	// ClaimDone means some replica has answered it already.
	ClaimDone
)

// Claims is the memory the replicas of one app share, so that each
// question is answered once however often Slack delivers it, and to
// whichever connection. Keys are "event:<event_id>" or
// "envelope:<envelope_id>".
type Claims interface {
	// Claim claims the question with key id for this replica. An error
	// means the shared store could not be asked; the bot then decides on
	// its own memory.
	Claim(ctx context.Context, id string) (Claim, error)
	// Answered records that this replica has answered id.
	Answered(ctx context.Context, id string) error
}

// Timings of claiming; tests shorten them.
const (
	// claimTimeout bounds one question to the shared store: one round
	// trip, so anything near this means the store is in trouble.
	claimTimeout = 2 * time.Second
	// heldPoll is how often a question held by another replica is looked
	// at again, until it is answered or its lease lapses.
	heldPoll = 250 * time.Millisecond
	// claimRenew is how often a replica renews its claim on a question it
	// is answering; well within the store's lease (about 10s).
	claimRenew = 3 * time.Second
	// storeRetry is how long the bot decides on its own memory after the
	// shared store failed, before asking it again.
	storeRetry = 3 * time.Second
)

// claimer decides which questions this replica answers: with no shared
// store, those its own memory has not seen; with one, those the store
// gives it. When the store cannot be reached it falls back on its own
// memory, says so once, and says again when the store is back.
type claimer struct {
	shared Claims // nil: memory only
	seen   *ttlCache[struct{}]
	log    *slog.Logger
	now    func() time.Time

	mu       sync.Mutex
	down     bool      // the last question to the store failed
	failedAt time.Time // when it failed; the store is not asked for retry after
	poll     time.Duration
	renew    time.Duration
	retry    time.Duration
}

// first reports whether this replica has not seen key before, and records
// it. A key seen before is a redelivery to this replica, which it has
// handled or is handling.
func (c *claimer) first(key string) bool { return c.seen.firstTime(key) }

// claim waits until key is this replica's to answer (true) or answered
// elsewhere (false). Call it only after first(key) returned true. It waits
// while another replica holds the question, so that a redelivery is not
// lost if that replica dies before answering; ctx bounds the wait.
func (c *claimer) claim(ctx context.Context, key string) bool {
	if c.shared == nil || key == "" {
		return true
	}
	for {
		switch got, ok := c.ask(ctx, key); {
		case !ok:
			// On memory alone: first(key) said this replica has not
			// seen it, so answer rather than risk losing it (unless
			// the bot is giving up on its work).
			return ctx.Err() == nil
		case got == ClaimMine:
			return true
		case got == ClaimDone:
			c.log.Debug("another replica has answered this already; dropping it", "key", key)
			return false
		}
		t := time.NewTimer(c.poll)
		select {
		case <-ctx.Done():
			t.Stop()
			c.log.Debug("stopped waiting for another replica to answer", "key", key)
			return false
		case <-t.C:
		}
	}
}

// ask asks the shared store for key; ok is false when the store is down
// (or was down moments ago) and the caller should decide on its own.
func (c *claimer) ask(ctx context.Context, key string) (Claim, bool) {
	c.mu.Lock()
	skip := c.down && c.now().Before(c.failedAt.Add(c.retry))
	c.mu.Unlock()
	if skip {
		return 0, false
	}
	started := c.now()
	var got Claim
	err := c.tries(ctx, func(ctx context.Context) (err error) {
		got, err = c.shared.Claim(ctx, key)
		return err
	})
	if ctx.Err() != nil {
		return 0, false
	}
	c.health(err, started)
	return got, err == nil
}

// hold renews this replica's claim on key every renew until stop is
// called: claiming again what one holds extends its lease.
func (c *claimer) hold(ctx context.Context, key string) (stop func()) {
	if c.shared == nil || key == "" {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(c.renew)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				c.ask(ctx, key)
			}
		}
	}()
	return func() { cancel(); <-done }
}

// answered tells the shared store key is answered. Failing that, the
// claim lapses after its lease; the answer is sent already, so this is
// only worth a debug line.
func (c *claimer) answered(ctx context.Context, key string) {
	if c.shared == nil || key == "" {
		return
	}
	started := c.now()
	err := c.tries(context.WithoutCancel(ctx), func(ctx context.Context) error {
		return c.shared.Answered(ctx, key)
	})
	if err != nil {
		c.log.Debug("could not mark a question answered in the shared store", "key", key, "error", err)
	}
	c.health(err, started)
}

// storeTries is how many times one question to the shared store is tried
// within claimTimeout.
const storeTries = 3

// tries calls call until it succeeds, storeTries times at most, within
// claimTimeout. Connections a database dropped while it restarted each fail
// once, quickly, when next used; a store that is really down fails every
// time (also quickly, when refused).
func (c *claimer) tries(ctx context.Context, call func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, claimTimeout)
	defer cancel()
	var err error
	for range storeTries {
		if err = call(ctx); err == nil || ctx.Err() != nil {
			break
		}
	}
	return err
}

// health records the outcome of a question to the shared store asked at
// started, logging when the store goes away and when it comes back: once
// each, not once per question.
func (c *claimer) health(err error, started time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err == nil && c.down && started.Before(c.failedAt) {
		// Asked before the failure was seen: says nothing of now.
		return
	}
	switch {
	case err != nil && !c.down:
		c.down = true
		c.log.Warn("the shared store cannot be reached: answering on this replica's memory alone until it is back (a question redelivered to another replica meanwhile may be answered twice)", "error", err)
	case err == nil && c.down:
		c.down = false
		c.log.Info("the shared store is reachable again: questions are claimed in it again")
	}
	if err != nil {
		c.failedAt = c.now()
	}
}
