package bot

import (
	"slices"
	"sync"
	"time"
)

// Limits on "Add to articles". Every press that reaches the page counts,
// whether it adds an article or finds it known or unreadable, since each
// one fetches a page and may write a file. They are kept in memory by
// each replica: with several replicas, a person may add up to this many
// through each.
const (
	// AddsPerUser is how many presses of "Add to articles" one person gets
	// in AddWindow.
	AddsPerUser = 20
	// AddsPerWorkspace is how many presses everyone together gets in
	// AddWindow.
	AddsPerWorkspace = 200
	// AddWindow is the sliding window both limits count over.
	AddWindow = time.Hour
)

// addLimiter counts "Add to articles" presses over a sliding window, per
// person and in all. It is safe for concurrent use.
type addLimiter struct {
	perUser, total int
	window         time.Duration
	now            func() time.Time

	mu    sync.Mutex
	users map[string][]time.Time // each person's presses in the window, oldest first
	all   []time.Time            // everyone's, oldest first
}

func newAddLimiter(perUser, total int, window time.Duration, now func() time.Time) *addLimiter {
	return &addLimiter{perUser: perUser, total: total, window: window, now: now, users: map[string][]time.Time{}}
}

// addRefusal says why a press was refused and when it will be taken.
type addRefusal struct {
	// workspace is true when the workspace's limit was reached, false
	// when the person's own.
	workspace bool
	// count is how many presses the limit reached counts.
	count int
	// retryAt is when the oldest of them leaves the window.
	retryAt time.Time
}

// take counts a press by user and returns nil, or says why it is refused;
// a refused press is not counted.
func (l *addLimiter) take(user string) *addRefusal {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	cutoff := now.Add(-l.window)
	l.all = expire(l.all, cutoff)
	for u, ts := range l.users {
		// Everyone's old presses go, so the map holds only the people
		// who pressed in the window: at most total of them.
		if ts = expire(ts, cutoff); len(ts) == 0 {
			delete(l.users, u)
		} else {
			l.users[u] = ts
		}
	}
	mine := l.users[user]
	switch {
	case len(mine) >= l.perUser:
		return &addRefusal{count: len(mine), retryAt: mine[len(mine)-l.perUser].Add(l.window)}
	case len(l.all) >= l.total:
		return &addRefusal{workspace: true, count: len(l.all), retryAt: l.all[len(l.all)-l.total].Add(l.window)}
	}
	l.users[user] = append(mine, now)
	l.all = append(l.all, now)
	return nil
}

// expire drops the times at or before cutoff from ts, oldest first.
func expire(ts []time.Time, cutoff time.Time) []time.Time {
	i := 0
	for i < len(ts) && !ts[i].After(cutoff) {
		i++
	}
	return slices.Delete(ts, 0, i)
}
