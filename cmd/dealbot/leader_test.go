package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeLease is a leader lease in memory with the store's rules; down makes
// every call fail as an unreachable store does.
type fakeLease struct {
	mu      sync.Mutex
	owner   string
	expires time.Time
	down    bool
}

var _ leaseStore = (*fakeLease)(nil)

func (f *fakeLease) Lead(_ context.Context, owner string, ttl time.Duration) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return false, errors.New("connection refused")
	}
	if f.owner == owner || f.owner == "" || time.Now().After(f.expires) {
		f.owner, f.expires = owner, time.Now().Add(ttl)
		return true, nil
	}
	return false, nil
}

func (f *fakeLease) Resign(_ context.Context, owner string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return errors.New("connection refused")
	}
	if f.owner == owner {
		f.owner = ""
	}
	return nil
}

func (f *fakeLease) setDown(down bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.down = down
}

// TestLeaderLease: the first replica takes the lease and the second does
// not; the first resigning hands it over at the second's next try; with
// the store unreachable, the holder keeps leading until its lease would
// have lapsed, then stops, saying so once each.
func TestLeaderLease(t *testing.T) {
	ctx := context.Background()
	store := &fakeLease{}
	timing := leaseTiming{ttl: 200 * time.Millisecond, renew: 20 * time.Millisecond}
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	a, b := newLeader(store, "a", timing, log), newLeader(store, "b", timing, log)

	if !a.try(ctx) || !a.leading() {
		t.Fatal("the first replica does not take a free lease")
	}
	if b.try(ctx) || b.leading() {
		t.Fatal("the second replica takes a lease the first holds")
	}
	select {
	case <-a.gainedLease():
	default:
		t.Error("taking the lease is not signalled")
	}
	a.resign(t.Context())
	if a.leading() || !b.try(ctx) {
		t.Fatal("the lease is not handed over when its holder gives it up")
	}

	store.setDown(true)
	if !b.try(ctx) {
		t.Error("the holder stops leading at the first failed renewal, while its lease still stands")
	}
	b.try(ctx)
	time.Sleep(timing.ttl)
	if b.try(ctx) || b.leading() {
		t.Error("the holder still leads after its lease would have lapsed unrenewed")
	}
	store.setDown(false)
	if !b.try(ctx) {
		t.Error("the lease is not taken again once the store is back")
	}
	for msg, want := range map[string]int{
		"the state store cannot be reached":  1,
		"could not renew it in time":         1,
		"the state store is reachable again": 1,
		"this replica leads now":             3,
	} {
		if got := strings.Count(logs.String(), msg); got != want {
			t.Errorf("%q logged %d times, want %d:\n%s", msg, got, want, logs.String())
		}
	}
}

// TestWhileLeading passes ticks on only while leading.
func TestWhileLeading(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var loops sync.WaitGroup
	defer func() { cancel(); loops.Wait() }()
	in := make(chan time.Time)
	var mu sync.Mutex
	leading := false
	out := whileLeading(ctx, in, func() bool { mu.Lock(); defer mu.Unlock(); return leading }, &loops)
	in <- time.Now()
	select {
	case <-out:
		t.Fatal("a tick passed while not leading")
	case <-time.After(20 * time.Millisecond):
	}
	mu.Lock()
	leading = true
	mu.Unlock()
	in <- time.Now()
	select {
	case <-out:
	case <-time.After(time.Second):
		t.Fatal("a tick did not pass while leading")
	}
}
