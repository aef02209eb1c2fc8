package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
)

// TestFeedAndButtonWriteAStoryOnce races a feed poll and an "Add to
// articles" press on the same story, both fetching it at once, as serve
// wires them: the folder gets one file.
func TestFeedAndButtonWriteAStoryOnce(t *testing.T) {
	// Both fetches of the story are held until both have arrived, so that
	// each has read the folder, and found the story new, before either
	// writes.
	var mu sync.Mutex
	arrived := 0
	both := make(chan struct{})
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Newswire</title>
<item><title>Oracle agrees five-year cloud contract with OpenAI</title><link>http://%s/story</link></item>
</channel></rss>`, r.Host)
		case "/story":
			mu.Lock()
			if arrived++; arrived == 2 {
				close(both)
			}
			mu.Unlock()
			select {
			case <-both:
			case <-time.After(5 * time.Second):
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(dealPage))
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()

	tmp := t.TempDir()
	dir := filepath.Join(tmp, "articles")
	feeds := filepath.Join(tmp, "feeds.txt")
	if err := os.WriteFile(feeds, []byte(site.URL+"/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := state.Open(ctx, filepath.Join(tmp, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	log := slog.New(slog.DiscardHandler)
	fetchOpts, err := fetchGuard("127.0.0.1", log)
	if err != nil {
		t.Fatal(err)
	}
	poller, pages := folderWriters(extract.New(), feeds, dir, time.Hour, false, db, fetchOpts, ingest.NewFolderLock(), log)

	var wg sync.WaitGroup
	wg.Go(func() { poller.poll(ctx, poller.ingester()) })
	var saveErr error
	wg.Go(func() { _, saveErr = pages.SaveArticle(ctx, site.URL+"/story") })
	wg.Wait()
	if saveErr != nil {
		t.Fatalf("Add to articles: %v", saveErr)
	}
	mu.Lock()
	defer mu.Unlock()
	if arrived != 2 {
		t.Fatalf("the story was fetched %d times, want twice: the race did not happen", arrived)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) != 1 {
		t.Errorf("the folder holds %d article files %v, want one", len(files), files)
	}
}
