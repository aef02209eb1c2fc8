package bleveindex

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// liveIndex builds an index of the Amazon–Anthropic article and serves it
// live; it is closed when the test ends.
func liveIndex(t *testing.T) (string, *index.Live) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	live, err := index.OpenLive(context.Background(), Dir(path), extract.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { live.Close() })
	return path, live
}

func TestLiveMovesToARebuiltIndexWithoutFailingAQuery(t *testing.T) {
	path, live := liveIndex(t)

	ctx, cancel := context.WithCancel(context.Background())
	var asked, failed atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				if _, err := live.Ask(context.Background(), "anthropic oracle"); err != nil {
					failed.Add(1)
					t.Errorf("a query failed during a swap: %v", err)
				}
				asked.Add(1)
			}
		}()
	}
	swaps := 0
	for i := range 6 {
		arts := []corpus.Article{amazonAnthropic}
		if i%2 == 0 {
			arts = []corpus.Article{oracleOpenAI}
		}
		mustBuild(t, path, arts...)
		swapped, err := live.Reload(context.Background())
		if err != nil || !swapped {
			t.Fatalf("Reload after rebuild %d: swapped=%v err=%v", i, swapped, err)
		}
		swaps++
	}
	cancel()
	wg.Wait()
	if asked.Load() == 0 {
		t.Fatal("no queries ran")
	}
	t.Logf("%d queries over %d swaps, %d failed", asked.Load(), swaps, failed.Load())

	// The last build holds only Amazon–Anthropic.
	a, err := live.Ask(context.Background(), "anthropic")
	if err != nil || len(a.Articles) != 1 {
		t.Errorf("after the swaps: %v %+v", err, a.Articles)
	}
	if swapped, _ := live.Reload(context.Background()); swapped {
		t.Error("Reload swapped with nothing new on disk")
	}
}

// logged is a slog.Handler that hands each record's message to a channel,
// for a test to wait on what a goroutine logs.
type logged chan string

func (l logged) Enabled(context.Context, slog.Level) bool { return true }
func (l logged) Handle(_ context.Context, r slog.Record) error {
	l <- r.Message
	return nil
}
func (l logged) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l logged) WithGroup(string) slog.Handler      { return l }

func TestLiveReportsAMissingIndexAndRecovers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	messages := make(logged, 10)
	live, err := index.OpenLive(context.Background(), Dir(path), extract.New(), slog.New(messages))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { live.Close() })

	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
	if _, err := live.Reload(context.Background()); !errors.Is(err, index.ErrUnavailable) {
		t.Fatalf("Reload of a deleted index: want ErrUnavailable, got %v", err)
	}
	if _, err := live.Ask(context.Background(), "anthropic"); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Ask with the index deleted: want ErrUnavailable, got %v", err)
	}

	mustBuild(t, path, oracleOpenAI)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	go live.Watch(ctx, 10*time.Millisecond)
	for msg := ""; msg != "serving a new index generation"; {
		select {
		case msg = <-messages:
		case <-ctx.Done():
			t.Fatal("Watch did not pick up the rebuilt index within 5s")
		}
	}
	if a, err := live.Ask(context.Background(), "oracle"); err != nil || len(a.Articles) != 1 {
		t.Errorf("after Watch picked up the rebuilt index: %v %+v", err, a.Articles)
	}
}

func TestLiveNoticesAGenerationRewrittenInPlace(t *testing.T) {
	path, live := liveIndex(t)
	gen, _ := currentGeneration(path)
	if err := os.WriteFile(filepath.Join(gen, "index_meta.json"), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := live.Reload(context.Background()); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Reload of a corrupted generation: want ErrUnavailable, got %v", err)
	}
	if _, err := live.Ask(context.Background(), "anthropic"); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Ask on a corrupted index: want ErrUnavailable, got %v", err)
	}
}

// Nothing is served after Close, whatever is on disk: a Reload racing it
// must not open a generation no one will close.
func TestLiveServesNothingAfterClose(t *testing.T) {
	path, live := liveIndex(t)
	if err := live.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	mustBuild(t, path, oracleOpenAI)
	if swapped, err := live.Reload(context.Background()); swapped || !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Reload after Close: swapped=%v err=%v; want ErrUnavailable and no swap", swapped, err)
	}
	if _, err := live.Ask(context.Background(), "oracle"); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Ask after Close: want ErrUnavailable, got %v", err)
	}
	if err := live.Close(); err != nil {
		t.Errorf("a second Close: %v", err)
	}
}

func TestOpenLiveWithoutAnIndexFails(t *testing.T) {
	_, err := index.OpenLive(context.Background(), Dir(filepath.Join(t.TempDir(), "none")), extract.New(), nil)
	if !errors.Is(err, ErrNotBuilt) {
		t.Errorf("want ErrNotBuilt, got %v", err)
	}
}

// A segment file truncated under an open index makes bleve's reads fault;
// the process must survive it and say the index is unavailable.
func TestAskSurvivesSegmentFilesTruncatedUnderIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic, oracleOpenAI)
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	segments, err := filepath.Glob(filepath.Join(ix.Generation(), "store", "*.zap"))
	if err != nil || len(segments) == 0 {
		t.Fatalf("no segment files to truncate: %v", err)
	}
	for _, seg := range segments {
		if err := os.Truncate(seg, 0); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := index.New(ix, extract.New()).Ask(context.Background(), "anthropic oracle"); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Ask on truncated segments: want ErrUnavailable, got %v", err)
	}
}
