package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/ingest"
)

const dealPage = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Oracle agrees five-year cloud contract with OpenAI</title>
<meta property="og:site_name" content="Newswire">
<meta property="article:published_time" content="2025-09-10T14:00:00Z">
</head><body><article><h1>Oracle agrees five-year cloud contract with OpenAI</h1>
<p>OpenAI has signed a contract to buy about $300 billion of computing power from Oracle over roughly five years, according to people familiar with the agreement.</p>
<p>The purchases are due to start in 2027, and Oracle disclosed several large contracts in a filing this week without naming the customers.</p>
</article></body></html>`

func pagesServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/deal":
			w.Write([]byte(dealPage))
		case "/empty":
			w.Write([]byte(`<html><body><nav>Home</nav></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// DEALBOT_FETCH_PRIVATE decides which addresses links from Slack may reach;
// the loopback test server stands for the operator's own network.
func TestFetchGuard(t *testing.T) {
	srv := pagesServer(t)
	tests := []struct {
		setting string
		allowed bool
		err     string
	}{
		{"", false, ""},
		{"0", false, ""},
		{"10.0.0.0/8", false, ""},
		{"1", true, ""},
		{"all", true, ""},
		{"127.0.0.1", true, ""},
		{"10.0.0.0/8, 127.0.0.0/8", true, ""},
		{"intranet", false, "DEALBOT_FETCH_PRIVATE"},
	}
	for _, tt := range tests {
		opts, err := fetchGuard(tt.setting, slog.New(slog.DiscardHandler))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%q: err = %v, want one naming %s", tt.setting, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.setting, err)
			continue
		}
		_, err = newSlackPages(extract.New(), opts, "", false, nil, slog.New(slog.DiscardHandler)).ReadPage(context.Background(), srv.URL+"/deal")
		if got := err == nil; got != tt.allowed {
			t.Errorf("%q: fetching from loopback gave %v, want allowed = %v", tt.setting, err, tt.allowed)
		}
		if !tt.allowed && (err == nil || !strings.Contains(err.Error(), "only public addresses")) {
			t.Errorf("%q: refusal %v does not say why", tt.setting, err)
		}
	}
}

func TestSlackPages(t *testing.T) {
	srv := pagesServer(t)
	ctx := context.Background()
	opts, err := fetchGuard("127.0.0.1", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}

	unwatched := newSlackPages(extract.New(), opts, "", false, nil, slog.New(slog.DiscardHandler))
	p, err := unwatched.ReadPage(ctx, srv.URL+"/deal")
	if err != nil {
		t.Fatal(err)
	}
	deal := slices.ContainsFunc(p.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.DealValue && f.Value == 300e9 })
	// The page names itself Newswire, but it is served from 127.0.0.1.
	if !deal || p.Article.Publication != "127.0.0.1" {
		t.Errorf("read %q from %q with facts %+v, want the $300B deal from 127.0.0.1", p.Article.Title, p.Article.Publication, p.Facts)
	}
	if _, err := unwatched.ReadPage(ctx, srv.URL+"/empty"); !errors.Is(err, bot.ErrNoArticle) {
		t.Errorf("a page without text: err = %v, want bot.ErrNoArticle", err)
	}
	if _, err := unwatched.ReadPage(ctx, srv.URL+"/gone"); err == nil || errors.Is(err, bot.ErrNoArticle) || !strings.Contains(err.Error(), "404") {
		t.Errorf("a missing page: err = %v, want a fetch failure naming the status", err)
	}
	if _, err := unwatched.SaveArticle(ctx, srv.URL+"/deal"); !errors.Is(err, bot.ErrNotSaved) {
		t.Errorf("saving without --watch: err = %v, want bot.ErrNotSaved", err)
	}

	dir := t.TempDir()
	lock := ingest.NewFolderLock()
	watched := newSlackPages(extract.New(), opts, dir, false, lock, slog.New(slog.DiscardHandler))
	saved, err := watched.SaveArticle(ctx, srv.URL+"/deal")
	if err != nil || saved.Known || saved.Title != "Oracle agrees five-year cloud contract with OpenAI" {
		t.Fatalf("saved %+v, %v; want the new article with its title", saved, err)
	}
	if _, err := os.Stat(dir + "/" + ingest.FileName(p.Article, p.Article.Published)); err != nil {
		t.Errorf("the article file is not in the folder: %v", err)
	}
	if again, err := watched.SaveArticle(ctx, srv.URL+"/deal#comments"); err != nil || !again.Known {
		t.Errorf("saving it again: %+v, %v; want Known", again, err)
	}

	// A press that runs out of time, here waiting behind another save,
	// says so; it does not blame the folder, which is fine.
	if err := lock.Lock(ctx); err != nil { // another save in progress
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = watched.SaveArticle(short, srv.URL+"/deal")
	lock.Unlock()
	if err == nil || errors.Is(err, bot.ErrNotSaved) || !strings.Contains(err.Error(), "too long") {
		t.Errorf("a save out of time: err = %v, want one saying it took too long, not bot.ErrNotSaved", err)
	}
}
