package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
)

// storySite serves a feed listing one story, and the story's page.
func storySite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Newswire</title>
<item><title>Oracle agrees five-year cloud contract with OpenAI</title><link>http://%s/story?utm_source=rss</link></item>
</channel></rss>`, r.Host)
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(dealPage))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestFeedAndSyncWriteAStoryOnce has a story reach a replica's folder
// from its feed poll and, saved with "Add to articles" on another replica
// (a file with other bytes: the page names its site differently from the
// feed), through the article sync, in either order and at once: the
// folder gets one file.
func TestFeedAndSyncWriteAStoryOnce(t *testing.T) {
	ctx := context.Background()
	site := storySite(t)
	log := slog.New(slog.DiscardHandler)
	fetchOpts, err := fetchGuard("127.0.0.1", log)
	if err != nil {
		t.Fatal(err)
	}
	// The other replica saves the page and stores it.
	store := &memArticles{}
	there := t.TempDir()
	pages := newSlackPages(extract.New(), fetchOpts, there, false, nil, log)
	pages.share = newArticleShare(store, there, nil, false, time.Hour, log)
	if _, err := pages.SaveArticle(ctx, site.URL+"/story"); err != nil {
		t.Fatal(err)
	}
	if stored, _ := store.ArticlesAfter(ctx, 0, 10); len(stored) != 1 {
		t.Fatalf("the other replica stored %d articles, want 1", len(stored))
	}

	orders := map[string]func(poll, settle func()){
		"feed first": func(poll, settle func()) { poll(); settle() },
		"sync first": func(poll, settle func()) { settle(); poll() },
		"at once": func(poll, settle func()) {
			var wg sync.WaitGroup
			wg.Go(poll)
			wg.Go(settle)
			wg.Wait()
		},
	}
	var feedFile []byte
	for name, order := range orders {
		t.Run(name, func(t *testing.T) {
			tmp := t.TempDir()
			dir := filepath.Join(tmp, "articles")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			feeds := filepath.Join(tmp, "feeds.txt")
			if err := os.WriteFile(feeds, []byte(site.URL+"/rss\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			db, err := state.Open(ctx, filepath.Join(tmp, "state.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			lock := ingest.NewFolderLock()
			poller, _ := folderWriters(extract.New(), feeds, dir, time.Hour, false, db, fetchOpts, lock, log)
			share := newArticleShare(store, dir, lock, false, time.Hour, log)
			poller.share = share
			order(func() { poller.poll(ctx, poller.ingester()) }, func() { share.sync(ctx) })

			files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
			if len(files) != 1 {
				t.Fatalf("the folder holds %d article files %v, want one", len(files), files)
			}
			if name == "feed first" {
				feedFile, _ = os.ReadFile(files[0])
			}
		})
	}
	stored, _ := store.ArticlesAfter(ctx, 0, 1)
	if feedFile != nil && bytes.Equal(feedFile, stored[0].Body) {
		t.Error("the feed wrote the same bytes as the page saved: the test tells nothing of ingest's duplicate test")
	}
}

// TestArticleShareWaitsForTheFolderLock syncs while an ingester holds the
// folder's lock: nothing is written until it lets go.
func TestArticleShareWaitsForTheFolderLock(t *testing.T) {
	dir := t.TempDir()
	store := &memArticles{}
	body := ingest.Markdown(corpus.Article{Title: "Oracle agrees cloud contract", URL: "https://news.example/oracle", Body: "Oracle signs a contract."})
	if _, err := store.PutArticle(context.Background(), "2025-09-10-oracle-agrees-cloud-contract.md", body); err != nil {
		t.Fatal(err)
	}
	lock := ingest.NewFolderLock()
	s := newArticleShare(store, dir, lock, false, time.Hour, slog.New(slog.DiscardHandler))

	if err := lock.Lock(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	s.sync(ctx)
	cancel()
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("the sync wrote %v while the folder was locked", got)
	}
	if s.after != 0 {
		t.Errorf("the sync settled up to %d while the folder was locked, want nothing", s.after)
	}

	lock.Unlock()
	s.sync(context.Background())
	if got := names(t, dir); len(got) != 1 {
		t.Errorf("once the lock is free the folder holds %v, want the stored article", got)
	}
	// The sync let go of the lock.
	ctx, cancel = context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := lock.Lock(ctx); err != nil {
		t.Errorf("the sync kept the folder locked: %v", err)
	}
}

// TestArticleShareKeepsAnotherOutletAsASource settles, from the store,
// another outlet's copy of a story the folder holds and an article of
// the same address with other bytes: the copy is written as another of
// the story's sources, as ingest writes one, so that the folder loads as
// one article; the other is not written.
func TestArticleShareKeepsAnotherOutletAsASource(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	day := time.Date(2025, 9, 10, 0, 0, 0, 0, time.UTC)
	story := strings.Repeat("OpenAI agreed to buy computing power from Oracle over five years, people familiar with the contract said on Wednesday. ", 2) +
		"The purchases start in 2027 and run to the end of the decade, making it one of the largest cloud contracts signed so far. " +
		"Oracle named no customer in its filing this week, though its order book grew by hundreds of billions of dollars in a quarter."
	mine := corpus.Article{Title: "Oracle agrees cloud contract with OpenAI", Published: day, Publication: "Newswire", URL: "https://newswire.example/oracle-openai", Body: story}
	if err := os.WriteFile(filepath.Join(dir, ingest.FileName(mine, day)), ingest.Markdown(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	theirs := corpus.Article{Title: "OpenAI to buy Oracle computing power", Published: day, Publication: "Daily Ledger", URL: "https://ledger.example/openai-oracle",
		Body: story + "\n\nShares of Oracle rose in trading after the close."}
	retitled := mine
	retitled.Title, retitled.URL = "Oracle and OpenAI agree five-year contract", "https://www.newswire.example/oracle-openai?utm_source=rss"
	store := &memArticles{}
	for _, a := range []corpus.Article{theirs, retitled} {
		if _, err := store.PutArticle(ctx, ingest.FileName(a, day), ingest.Markdown(a)); err != nil {
			t.Fatal(err)
		}
	}
	newArticleShare(store, dir, ingest.NewFolderLock(), false, time.Hour, slog.New(slog.DiscardHandler)).sync(ctx)

	if got := names(t, dir); len(got) != 2 {
		t.Errorf("the folder holds %v, want its article and the other outlet's copy", got)
	}
	loaded, err := corpus.LoadDir(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Articles) != 1 {
		t.Fatalf("the folder loads as %d articles, want the story once: %+v", len(loaded.Articles), loaded.Articles)
	}
	want := corpus.Outlet{Publication: "Daily Ledger", URL: "https://ledger.example/openai-oracle"}
	if got := loaded.Articles[0].OtherOutlets; len(got) != 1 || got[0] != want {
		t.Errorf("the story's other sources are %+v, want %+v", got, want)
	}
	if p := loaded.Errors(); len(p) > 0 {
		t.Errorf("loading the folder: %v", p)
	}
}
