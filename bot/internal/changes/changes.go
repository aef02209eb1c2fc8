// Package changes lets a goroutine wait until a condition on shared state
// holds, woken each time the state changes rather than polling it. The fake
// Slack and the tests' log sinks use it to wait on what the bot does.
package changes

import (
	"context"
	"sync"
)

// Signal wakes the goroutines waiting on some state guarded by a lock. The
// zero Signal is ready to use; Changed must be called with that lock held.
type Signal struct {
	ch chan struct{} // closed and replaced on each change; nil until waited on
}

// Changed wakes every goroutine waiting in Wait.
func (s *Signal) Changed() {
	if s.ch != nil {
		close(s.ch)
		s.ch = nil
	}
}

// Wait blocks until cond, called with mu held, is true, or ctx is done.
func (s *Signal) Wait(ctx context.Context, mu sync.Locker, cond func() bool) error {
	for {
		mu.Lock()
		ok := cond()
		if s.ch == nil {
			s.ch = make(chan struct{})
		}
		ch := s.ch
		mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
