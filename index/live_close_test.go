package index

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// fakeGenerations hands out fakeEngines, counting what it opened, so a test
// can tell whether Live opened a generation and whether it closed it.
type fakeGenerations struct {
	mu     sync.Mutex
	stamp  string
	opened []*fakeEngine
	// builtBy is the fingerprint the engines say built them.
	builtBy string
	// When block is set, Open says so on entered and waits for block to
	// close, as an open held up by a lock or a slow cluster does.
	block, entered chan struct{}
}

var _ Generations = (*fakeGenerations)(nil)

func (g *fakeGenerations) String() string { return "fake" }

func (g *fakeGenerations) Current(ctx context.Context) (Generation, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return Generation{Name: g.stamp, Stamp: g.stamp}, nil
}

func (g *fakeGenerations) Open(ctx context.Context) (Engine, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%w: opening the fake: %w", ErrUnavailable, err)
	}
	g.mu.Lock()
	block, entered := g.block, g.entered
	g.mu.Unlock()
	if block != nil {
		entered <- struct{}{}
		<-block
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	e := &fakeEngine{builtBy: g.builtBy}
	g.opened = append(g.opened, e)
	return e, nil
}

// swap makes a new generation current.
func (g *fakeGenerations) swap() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.stamp = fmt.Sprintf("gen-%d", len(g.opened)+1)
}

// state returns how many engines were opened and how many of them are
// still open.
func (g *fakeGenerations) state() (opened, open int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, e := range g.opened {
		if !e.isClosed() {
			open++
		}
	}
	return len(g.opened), open
}

// fakeEngine finds nothing; its Search fails when failing is set, as an
// index whose files broke under it does.
type fakeEngine struct {
	mu      sync.Mutex
	closed  bool
	failing bool
	builtBy string
}

var _ Engine = (*fakeEngine)(nil)

func (e *fakeEngine) Search(ctx context.Context, r Request) (Result, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.failing {
		return Result{}, fmt.Errorf("%w: the fake's files broke", ErrUnavailable)
	}
	return Result{}, nil
}

func (e *fakeEngine) Documents(ctx context.Context) (int, error) { return 0, nil }

func (e *fakeEngine) Organisations() []corpus.Organisation { return nil }
func (e *fakeEngine) ExtractorFingerprint() string         { return e.builtBy }

func (e *fakeEngine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return errors.New("closed twice")
	}
	e.closed = true
	return nil
}

func (e *fakeEngine) isClosed() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.closed
}

// Close is final: once it returns, no path that reloads (Reload, a Watch
// tick, a query failing on a broken generation) opens a generation again,
// and every generation opened is closed.
func TestLiveCloseIsFinal(t *testing.T) {
	ctx := context.Background()
	gens := &fakeGenerations{stamp: "gen-1"}
	live, err := OpenLive(ctx, gens, extract.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// A query failing on the served generation starts a reload in the
	// background; Close must wait for it.
	live.cur.ix.e.(*fakeEngine).failing = true
	if _, err := live.Ask(ctx, "amazon"); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Ask on a failing engine: want ErrUnavailable, got %v", err)
	}
	gens.swap()
	if err := live.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	openedAtClose, open := gens.state()
	if open != 0 {
		t.Fatalf("after Close, %d of %d generations are still open", open, openedAtClose)
	}

	gens.swap() // a new generation appears after Close
	if swapped, err := live.Reload(ctx); swapped || !errors.Is(err, ErrUnavailable) {
		t.Errorf("Reload after Close: swapped=%v err=%v; want ErrUnavailable and no swap", swapped, err)
	}
	watched := make(chan struct{})
	go func() {
		live.Watch(ctx, time.Millisecond)
		close(watched)
	}()
	select {
	case <-watched:
	case <-time.After(5 * time.Second):
		t.Fatal("Watch after Close did not return")
	}
	if _, err := live.Ask(ctx, "amazon"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Ask after Close: want ErrUnavailable, got %v", err)
	}
	if _, err := live.Coverage(ctx); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Coverage after Close: want ErrUnavailable, got %v", err)
	}
	if opened, open := gens.state(); opened != openedAtClose || open != 0 {
		t.Errorf("after Close: %d generations opened (%d at Close), %d left open; want none opened and none open", opened, openedAtClose, open)
	}
}

// A reload interrupted by its context is not a broken index: what is
// served stays served.
func TestLiveReloadInterruptedKeepsServing(t *testing.T) {
	gens := &fakeGenerations{stamp: "gen-1"}
	live, err := OpenLive(context.Background(), gens, extract.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	gens.swap()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if swapped, err := live.Reload(ctx); swapped || err == nil {
		t.Errorf("Reload with a cancelled context: swapped=%v err=%v; want an error and no swap", swapped, err)
	}
	if _, err := live.Ask(context.Background(), "amazon"); err != nil {
		t.Errorf("Ask after an interrupted reload: %v; want the old generation to answer", err)
	}
	if swapped, err := live.Reload(context.Background()); !swapped || err != nil {
		t.Errorf("Reload: swapped=%v err=%v; want the new generation", swapped, err)
	}
}

// Close waits for a reload that is opening a generation, and closes what it
// opened: nothing is left open, and nothing opens once Close returns.
func TestLiveCloseWaitsForAReloadUnderWay(t *testing.T) {
	ctx := context.Background()
	gens := &fakeGenerations{stamp: "gen-1"}
	live, err := OpenLive(ctx, gens, extract.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	gens.swap()
	gens.mu.Lock()
	gens.block, gens.entered = make(chan struct{}), make(chan struct{}, 1)
	gens.mu.Unlock()
	reloaded := make(chan error, 1)
	go func() {
		_, err := live.Reload(ctx)
		reloaded <- err
	}()
	<-gens.entered
	closed := make(chan error, 1)
	go func() { closed <- live.Close() }()
	select {
	case <-closed:
		t.Fatal("Close returned while a reload was opening a generation")
	case <-time.After(50 * time.Millisecond):
	}
	close(gens.block)
	if err := <-reloaded; err != nil {
		t.Errorf("the reload under way: %v", err)
	}
	if err := <-closed; err != nil {
		t.Errorf("Close: %v", err)
	}
	if opened, open := gens.state(); opened != 2 || open != 0 {
		t.Errorf("%d generations opened, %d left open; want 2 opened and none open", opened, open)
	}
}
