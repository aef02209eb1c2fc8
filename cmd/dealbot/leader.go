package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"
)

// leaseTiming is how the leader lease is held: renewed every renew, for
// ttl. A replica that stops renewing (killed, cut off) loses the lease
// within ttl, and another takes it at its next try: within ttl+renew.
// The leader forgets old claims every prune.
type leaseTiming struct {
	ttl, renew, prune time.Duration
}

// serve's lease hands over within 25 seconds of its holder's death, for
// one small write every 5 seconds.
const (
	leaseTTL   = 20 * time.Second
	leaseRenew = 5 * time.Second
)

// leaseStore is the part of the state store the leader lease needs.
type leaseStore interface {
	// Lead takes the lease for owner when it is free or has lapsed, renews
	// it when owner holds it, and reports whether owner holds it now.
	Lead(ctx context.Context, owner string, ttl time.Duration) (bool, error)
	// Resign frees the lease if owner holds it.
	Resign(ctx context.Context, owner string) error
}

// leader keeps trying to hold the leader lease for this replica and says
// whether it does. Its methods are safe for concurrent use.
type leader struct {
	store leaseStore
	owner string
	ttl   time.Duration
	every time.Duration
	log   *slog.Logger

	mu      sync.Mutex
	held    bool
	until   time.Time // when the lease held lapses unless renewed
	failing bool      // the last try could not reach the store
	gained  chan struct{}
}

func newLeader(store leaseStore, owner string, timing leaseTiming, log *slog.Logger) *leader {
	return &leader{store: store, owner: owner, ttl: timing.ttl, every: timing.renew, log: log, gained: make(chan struct{}, 1)}
}

// leading reports whether this replica holds the lease.
func (l *leader) leading() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held && time.Now().After(l.until) {
		// Not renewed in time (the store is away): another replica may
		// hold it by now.
		l.held = false
		l.log.Warn("leader lease: could not renew it in time; this replica stops polling feeds, running digests and posting alerts until it holds it again")
	}
	return l.held
}

// gainedLease delivers when this replica takes the lease, so that work
// waiting for it starts at once.
func (l *leader) gainedLease() <-chan struct{} { return l.gained }

// try takes or renews the lease once, logging when this replica gains or
// loses it, and reports whether it holds it.
func (l *leader) try(ctx context.Context) bool {
	start := time.Now()
	cctx, cancel := context.WithTimeout(ctx, l.every)
	defer cancel()
	held, err := l.store.Lead(cctx, l.owner, l.ttl)
	if ctx.Err() != nil {
		return l.leading()
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err != nil {
		if !l.failing {
			l.failing = true
			l.log.Warn("leader lease: the state store cannot be reached; trying again", "every", l.every.String(), "err", err)
		}
		// Keep what is held until it would lapse: no other replica can
		// take it before then.
		return l.held && time.Now().Before(l.until)
	}
	if l.failing {
		l.failing = false
		l.log.Info("leader lease: the state store is reachable again")
	}
	switch {
	case held && !l.held:
		l.log.Info("leader lease: this replica leads now: it polls feeds, runs digests and posts alerts", "replica", l.owner)
		select {
		case l.gained <- struct{}{}:
		default:
		}
	case !held && l.held:
		l.log.Info("leader lease: another replica leads now; this one answers questions only", "replica", l.owner)
	}
	l.held = held
	if held {
		l.until = start.Add(l.ttl)
	}
	return held
}

// run renews or tries to take the lease every l.every until ctx is done,
// then resigns it so that another replica takes over at once.
func (l *leader) run(ctx context.Context) {
	t := time.NewTicker(l.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			l.resign(ctx)
			return
		case <-t.C:
			l.try(ctx)
		}
	}
}

// resign gives up the lease if held. ctx is usually done by then, so the
// call to the store gets a short time of its own, keeping ctx's values.
func (l *leader) resign(ctx context.Context) {
	l.mu.Lock()
	held := l.held
	l.held = false
	l.mu.Unlock()
	if !held {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	if err := l.store.Resign(ctx, l.owner); err != nil {
		l.log.Warn("leader lease: could not give it up; another replica takes it over when it lapses", "ttl", l.ttl.String(), "err", err)
		return
	}
	l.log.Info("leader lease: given up on shutdown", "replica", l.owner)
}

// whileLeading passes on the ticks of in that come while leading() is
// true, until ctx is done. Its goroutine is counted in loops, so that serve
// waits for it on shutdown.
func whileLeading(ctx context.Context, in <-chan time.Time, leading func() bool, loops *sync.WaitGroup) <-chan time.Time {
	out := make(chan time.Time)
	loops.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case tick := <-in:
				if !leading() {
					continue
				}
				select {
				case out <- tick:
				case <-ctx.Done():
					return
				}
			}
		}
	})
	return out
}

// replicaID names this serve process among the replicas: host, process
// and a random part, as two containers may share a host name and a pid.
func replicaID() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "unknown-host"
	}
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b))
}
