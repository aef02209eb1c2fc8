package bot

import (
	"context"
	"sync"
)

// userSlots bounds how many of one person's questions are answered at once,
// so that a burst from one person waits on itself and leaves the shared
// handler slots to everyone else.
type userSlots struct {
	per int
	mu  sync.Mutex
	m   map[string]*userSlot
}

// userSlot is one person's slots and how many handlers hold or wait for
// them, so that the entry is dropped when no one does.
type userSlot struct {
	sem   chan struct{}
	users int
}

func newUserSlots(per int) *userSlots {
	return &userSlots{per: per, m: map[string]*userSlot{}}
}

// acquire waits for one of user's slots; it reports false when ctx is done
// first. The returned release must be called once the slot is held.
func (u *userSlots) acquire(ctx context.Context, user string) (release func(), ok bool) {
	u.mu.Lock()
	s := u.m[user]
	if s == nil {
		s = &userSlot{sem: make(chan struct{}, u.per)}
		u.m[user] = s
	}
	s.users++
	u.mu.Unlock()
	done := func() {
		u.mu.Lock()
		if s.users--; s.users == 0 {
			delete(u.m, user)
		}
		u.mu.Unlock()
	}
	select {
	case s.sem <- struct{}{}:
		return func() { <-s.sem; done() }, true
	case <-ctx.Done():
		done()
		return nil, false
	}
}

// slot waits for one of user's slots and then a shared handler slot, and
// returns the function that frees both; false when ctx is done first.
func (b *Bot) slot(ctx context.Context, user string) (release func(), ok bool) {
	releaseUser, ok := b.users.acquire(ctx, user)
	if !ok {
		return nil, false
	}
	select {
	case b.sem <- struct{}{}:
		return func() { <-b.sem; releaseUser() }, true
	case <-ctx.Done():
		releaseUser()
		return nil, false
	}
}
