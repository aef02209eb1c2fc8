package bot

import (
	"sync"
	"time"
)

// ttlCache remembers keys (event IDs, envelope IDs) it has been shown, each
// with a value, so a retried delivery is recognised and, for /deal, answered
// as the first was. It holds at most max keys and forgets a key after ttl;
// when full it forgets the oldest first.
type ttlCache[V any] struct {
	mu      sync.Mutex
	max     int
	ttl     time.Duration
	now     func() time.Time
	entries map[string]cacheEntry[V]
	order   []string // insertion order, oldest first; a ring would save copying, but max is small
	head    int      // index of the oldest live entry in order
}

type cacheEntry[V any] struct {
	at    time.Time
	value V
}

func newTTLCache[V any](max int, ttl time.Duration, now func() time.Time) *ttlCache[V] {
	return &ttlCache[V]{max: max, ttl: ttl, now: now, entries: make(map[string]cacheEntry[V])}
}

// add records key with value and reports whether key was not already
// recorded; a key already there keeps its value.
func (c *ttlCache[V]) add(key string, value V) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	// Forget expired and, when full, the oldest entries.
	for c.head < len(c.order) {
		oldest := c.order[c.head]
		if now.Sub(c.entries[oldest].at) < c.ttl && len(c.entries) < c.max {
			break
		}
		delete(c.entries, oldest)
		c.order[c.head] = ""
		c.head++
	}
	if c.head > len(c.order)/2 && c.head > 1024 {
		c.order = append([]string(nil), c.order[c.head:]...)
		c.head = 0
	}
	if _, ok := c.entries[key]; ok {
		return false
	}
	c.entries[key] = cacheEntry[V]{at: now, value: value}
	c.order = append(c.order, key)
	return true
}

// firstTime records key and reports whether it was not already recorded.
func (c *ttlCache[V]) firstTime(key string) bool {
	var zero V
	return c.add(key, zero)
}

// get returns the value recorded with key, if key is recorded and younger
// than the ttl.
func (c *ttlCache[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || c.now().Sub(e.at) >= c.ttl {
		var zero V
		return zero, false
	}
	return e.value, true
}

// set changes the value recorded with key, keeping its age; a key not
// recorded (or forgotten) stays so.
func (c *ttlCache[V]) set(key string, value V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok {
		e.value = value
		c.entries[key] = e
	}
}

// len reports how many keys are remembered.
func (c *ttlCache[V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
