package bot

import (
	"sync"
	"time"
)

// seenCache remembers keys (event IDs, envelope IDs) it has been shown, so a
// retried delivery is not answered twice. It holds at most max keys and
// forgets a key after ttl; when full it forgets the oldest first.
type seenCache struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	now   func() time.Time
	at    map[string]time.Time
	order []string // insertion order, oldest first; a ring would save copying, but max is small
	head  int      // index of the oldest live entry in order
}

func newSeenCache(max int, ttl time.Duration, now func() time.Time) *seenCache {
	return &seenCache{max: max, ttl: ttl, now: now, at: make(map[string]time.Time)}
}

// firstTime records key and reports whether it was not already recorded.
func (c *seenCache) firstTime(key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	// Forget expired and, when full, the oldest entries.
	for c.head < len(c.order) {
		oldest := c.order[c.head]
		if now.Sub(c.at[oldest]) < c.ttl && len(c.at) < c.max {
			break
		}
		delete(c.at, oldest)
		c.order[c.head] = ""
		c.head++
	}
	if c.head > len(c.order)/2 && c.head > 1024 {
		c.order = append([]string(nil), c.order[c.head:]...)
		c.head = 0
	}
	if _, ok := c.at[key]; ok {
		return false
	}
	c.at[key] = now
	c.order = append(c.order, key)
	return true
}

// len reports how many keys are remembered.
func (c *seenCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.at)
}
