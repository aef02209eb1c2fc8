package changes

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

func TestWaitWakesOnAChange(t *testing.T) {
	var (
		mu  sync.Mutex
		sig Signal
		n   int
	)
	done := make(chan error, 1)
	go func() {
		done <- sig.Wait(context.Background(), &mu, func() bool { return n == 3 })
	}()
	for range 3 {
		mu.Lock()
		n++
		sig.Changed()
		mu.Unlock()
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Wait: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Wait did not return once the condition held")
	}
}

func TestWaitGivesUpWithTheContext(t *testing.T) {
	var (
		mu  sync.Mutex
		sig Signal
	)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := sig.Wait(ctx, &mu, func() bool { return false }); !errors.Is(err, context.Canceled) {
		t.Errorf("Wait with a cancelled context = %v, want context.Canceled", err)
	}
}
