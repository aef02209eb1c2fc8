package bot

import (
	"log/slog"
	"testing"
	"time"
)

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func TestSeenCache(t *testing.T) {
	now := time.Unix(0, 0)
	c := newSeenCache(3, 10*time.Minute, func() time.Time { return now })
	if !c.firstTime("a") || c.firstTime("a") {
		t.Fatal("a: want first time then seen")
	}
	now = now.Add(9 * time.Minute)
	if c.firstTime("a") {
		t.Error("a forgotten before its ttl")
	}
	c.firstTime("b")
	c.firstTime("c")
	c.firstTime("d") // full: forgets a, the oldest
	if c.len() > 3 {
		t.Errorf("cache holds %d keys, bound is 3", c.len())
	}
	if !c.firstTime("a") {
		t.Error("a should have been evicted when the cache was full")
	}
	now = now.Add(11 * time.Minute)
	if !c.firstTime("b") {
		t.Error("b should have expired after the ttl")
	}
}

func TestSeenCacheBoundedUnderLoad(t *testing.T) {
	now := time.Unix(0, 0)
	c := newSeenCache(dedupeEntries, dedupeTTL, func() time.Time { return now })
	for i := range 50_000 {
		c.firstTime(string(rune(i)) + "-key")
	}
	if c.len() > dedupeEntries {
		t.Errorf("cache holds %d keys, bound is %d", c.len(), dedupeEntries)
	}
	if len(c.order)-c.head > dedupeEntries {
		t.Errorf("order slice holds %d live keys", len(c.order)-c.head)
	}
}
