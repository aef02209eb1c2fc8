package bot

import (
	"log/slog"
	"testing"
	"time"
)

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func TestSeenCache(t *testing.T) {
	now := time.Unix(0, 0)
	c := newTTLCache[struct{}](3, 10*time.Minute, func() time.Time { return now })
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
	c := newTTLCache[struct{}](dedupeEntries, dedupeTTL, func() time.Time { return now })
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

func TestTTLCacheKeepsAValuePerKey(t *testing.T) {
	now := time.Unix(0, 0)
	c := newTTLCache[ackState](10, 2*time.Minute, func() time.Time { return now })
	c.add("e1", ackState{pending: true})
	if c.add("e1", ackState{}) {
		t.Error("a key added twice counts as new")
	}
	if st, ok := c.get("e1"); !ok || !st.pending {
		t.Errorf("get(e1) = %+v, %v; want the pending state first added", st, ok)
	}
	reply := &responsePayload{Text: "over $1 billion"}
	c.set("e1", ackState{reply: reply})
	if st, _ := c.get("e1"); st.pending || st.reply != reply {
		t.Errorf("get(e1) = %+v after set; want the reply", st)
	}
	c.set("e2", ackState{pending: true})
	if _, ok := c.get("e2"); ok {
		t.Error("set recorded a key that was never added")
	}
	now = now.Add(2 * time.Minute)
	if _, ok := c.get("e1"); ok {
		t.Error("get returns a value older than the ttl")
	}
}
