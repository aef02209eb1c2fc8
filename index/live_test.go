package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// liveIndex builds an index of the Amazon–Anthropic article and serves it
// live; it is closed when the test ends.
func liveIndex(t *testing.T) (string, *Live) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	live, err := OpenLive(path, nil)
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
		swapped, err := live.Reload()
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
	if swapped, _ := live.Reload(); swapped {
		t.Error("Reload swapped with nothing new on disk")
	}
}

func TestLiveReportsAMissingIndexAndRecovers(t *testing.T) {
	path, live := liveIndex(t)

	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
	if _, err := live.Reload(); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Reload of a deleted index: want ErrUnavailable, got %v", err)
	}
	if _, err := live.Ask(context.Background(), "anthropic"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Ask with the index deleted: want ErrUnavailable, got %v", err)
	}

	mustBuild(t, path, oracleOpenAI)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	go live.Watch(ctx, 10*time.Millisecond)
	for {
		a, err := live.Ask(context.Background(), "oracle")
		if err == nil && len(a.Articles) == 1 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("Watch did not pick up the rebuilt index: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestLiveNoticesAGenerationRewrittenInPlace(t *testing.T) {
	path, live := liveIndex(t)
	gen, _ := currentGeneration(path)
	if err := os.WriteFile(filepath.Join(gen, "index_meta.json"), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := live.Reload(); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Reload of a corrupted generation: want ErrUnavailable, got %v", err)
	}
	if _, err := live.Ask(context.Background(), "anthropic"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Ask on a corrupted index: want ErrUnavailable, got %v", err)
	}
}

func TestOpenLiveWithoutAnIndexFails(t *testing.T) {
	_, err := OpenLive(filepath.Join(t.TempDir(), "none"), nil)
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
	if _, err := ix.Ask(context.Background(), "anthropic oracle"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Ask on truncated segments: want ErrUnavailable, got %v", err)
	}
}

func TestLiveCloseIsFinal(t *testing.T) {
	path, l := liveIndex(t)
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	// A rebuild after Close must not be picked up: nothing would close it.
	mustBuild(t, path, oracleOpenAI)
	if swapped, err := l.Reload(); swapped || !errors.Is(err, ErrUnavailable) {
		t.Errorf("Reload after Close = %v, %v; want no swap and ErrUnavailable", swapped, err)
	}
	if _, err := l.AskN(context.Background(), "amazon", 5); !errors.Is(err, ErrUnavailable) {
		t.Errorf("AskN after Close = %v, want ErrUnavailable", err)
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.cur != nil {
		t.Error("a generation is open after Close")
	}
}
