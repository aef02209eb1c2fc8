package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
)

// TestFeedPoller polls a feeds file against a news site on 127.0.0.1: the
// feed's article is written into the folder, and the status /deal feeds
// shows says what each fetch gave.
func TestFeedPoller(t *testing.T) {
	ctx := context.Background()
	site := newsSite(t)
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "articles")
	feedsFile := filepath.Join(tmp, "feeds.txt")
	if err := os.WriteFile(feedsFile, []byte("# cloud news\n"+site.URL+"/rss\n"+site.URL+"/missing-feed\nnot a url\n"+site.URL+"/later\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := state.Open(ctx, filepath.Join(tmp, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	p := &feedPoller{file: feedsFile, dir: dir, db: db, log: slog.New(slog.DiscardHandler)}
	before, err := p.Feeds(ctx)
	if err != nil || len(before) != 3 || !before[0].LastFetch.IsZero() {
		t.Fatalf("before a poll: %+v, %v; want 3 feeds never fetched", before, err)
	}

	in := ingest.New(ingest.Options{Dir: dir, Fetcher: ingest.NewFetcher(ingest.FetchOptions{}), Store: db})
	p.poll(ctx, in)
	if _, err := os.Stat(filepath.Join(dir, "2025-11-03-openai-signs-38-billion-cloud-deal-with-amazon.md")); err != nil {
		t.Errorf("the feed's article is not in the folder: %v", err)
	}
	feeds, err := p.Feeds(ctx)
	if err != nil || len(feeds) != 3 {
		t.Fatalf("Feeds = %+v, %v", feeds, err)
	}
	if f := feeds[0]; f.URL != site.URL+"/rss" || f.LastFetch.IsZero() || f.New != 1 || f.Error != "" {
		t.Errorf("the feed: %+v, want fetched with 1 new", f)
	}
	if f := feeds[1]; !strings.Contains(f.Error, "404 Not Found") {
		t.Errorf("the missing feed: %+v, want its 404", f)
	}

	// The next poll finds the article known.
	p.poll(ctx, in)
	if feeds, _ := p.Feeds(ctx); feeds[0].New != 0 || feeds[0].Known != 1 {
		t.Errorf("the feed at the second poll: %+v, want its article known", feeds[0])
	}
}

func TestServeFeedsFlags(t *testing.T) {
	tmp := t.TempDir()
	env := map[string]string{
		"SLACK_APP_TOKEN": "xapp-1-A111-222-abc",
		"SLACK_BOT_TOKEN": "xoxb-111-222-abc",
		"DEALBOT_STATE":   filepath.Join(tmp, "state.db"),
	}
	feedsFile := filepath.Join(tmp, "feeds.txt")
	os.WriteFile(feedsFile, []byte("https://news.example/rss\n"), 0o644)
	damaged := filepath.Join(tmp, "damaged.db")
	junk := strings.Repeat("junk", 2048)
	os.WriteFile(damaged, []byte(junk), 0o600)

	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		code   int
		stderr string
	}{
		{"feeds without watch", env, []string{"serve", "--feeds", feedsFile}, exitUsage, "--feeds needs --watch DIR"},
		{"too often", env, []string{"serve", "--watch", tmp, "--feeds", feedsFile, "--every", "10s"}, exitUsage, "too often"},
		{"missing feeds file", env, []string{"serve", "--watch", tmp, "--feeds", filepath.Join(tmp, "none.txt")}, exitFail, "none.txt"},
		{"damaged state", map[string]string{
			"SLACK_APP_TOKEN": env["SLACK_APP_TOKEN"], "SLACK_BOT_TOKEN": env["SLACK_BOT_TOKEN"], "DEALBOT_STATE": damaged,
		}, []string{"serve", "--watch", tmp}, exitFail, "move it aside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := dealbot(t, tt.env, "", tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit %d, want %d; stderr should say %q:\n%s", r.code, tt.code, tt.stderr, r.stderr)
			}
		})
	}
	if data, _ := os.ReadFile(damaged); string(data) != junk {
		t.Error("serve changed the damaged state file")
	}
}

// TestLeaderPollsOnceOnTakingTheLease: a replica that takes the lease as
// it starts polls the feeds once, not once for starting and again for the
// lease it took.
func TestLeaderPollsOnceOnTakingTheLease(t *testing.T) {
	var fetches atomic.Int32
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetches.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Newswire</title></channel></rss>`)
	}))
	defer site.Close()
	tmp := t.TempDir()
	feedsFile := filepath.Join(tmp, "feeds.txt")
	if err := os.WriteFile(feedsFile, []byte(site.URL+"/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	db, err := state.Open(ctx, filepath.Join(tmp, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	gained := make(chan struct{}, 1)
	gained <- struct{}{} // the lease was taken just before the poller started
	p := &feedPoller{
		file: feedsFile, dir: filepath.Join(tmp, "articles"), db: db, every: time.Hour,
		log: slog.New(slog.DiscardHandler), leading: func() bool { return true }, gained: gained,
	}
	done := make(chan struct{})
	go func() { defer close(done); p.run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for fetches.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // room for a second poll, were there one
	cancel()
	<-done
	if n := fetches.Load(); n != 1 {
		t.Errorf("the feed was fetched %d times at start; want once", n)
	}
}
