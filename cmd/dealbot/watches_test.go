package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/state"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

const (
	amazonOpenAI = "---\ntitle: OpenAI signs cloud contract with Amazon\ndate: 2025-11-03\nsource: Test Wire\nurl: https://example.com/amazon-openai\n---\nOpenAI agreed to buy cloud computing services from Amazon worth $38 billion over seven years.\n"
	// The same figure, as another outlet wrote it.
	amazonOpenAIElsewhere = "---\ntitle: Amazon wins OpenAI as a cloud customer\ndate: 2025-11-03\nsource: Other Wire\nurl: https://other.example/amazon-openai\n---\nAmazon will sell OpenAI cloud computing services worth $38 billion over seven years, the companies said.\n"
	oracleMeta            = "---\ntitle: Oracle signs Meta cloud deal\ndate: 2025-10-01\nsource: Test Wire\nurl: https://example.com/oracle-meta\n---\nMeta agreed to buy cloud computing capacity from Oracle worth $20 billion over several years.\n"
	amazonOpenAI2         = "---\ntitle: OpenAI widens its Amazon contract\ndate: 2026-01-10\nsource: Test Wire\nurl: https://example.com/amazon-openai-2\n---\nOpenAI agreed to buy further cloud computing services from Amazon worth $12 billion over three years.\n"
)

// slackPosts is a Slack Web API on 127.0.0.1 that takes chat.postMessage
// and says the bot is in every channel; it keeps what was posted.
type slackPosts struct {
	*httptest.Server
	mu    sync.Mutex
	posts []slackPost
}

type slackPost struct{ channel, text, blocks string }

func newSlackPosts(t *testing.T) *slackPosts {
	s := &slackPosts{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		switch strings.TrimPrefix(r.URL.Path, "/api/") {
		case "chat.postMessage":
			s.mu.Lock()
			s.posts = append(s.posts, slackPost{r.PostForm.Get("channel"), r.PostForm.Get("text"), r.PostForm.Get("blocks")})
			s.mu.Unlock()
			json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": r.PostForm.Get("channel"), "ts": "1.000001"})
		case "conversations.info":
			json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": map[string]any{"id": r.PostForm.Get("channel"), "is_member": true}})
		default:
			json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": "unknown_method"})
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *slackPosts) all() []slackPost {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]slackPost(nil), s.posts...)
}

// watching runs what serve --watch DIR runs for watches: the folder watch
// with its new-figures tracker, and a bot (not connected to Socket Mode)
// that posts to slack. stop ends it and waits.
func watching(t *testing.T, dir, path string, live *index.Live, db state.Store, slack *slackPosts, logged records) (stop func()) {
	t.Helper()
	log := slog.New(logged)
	b, err := bot.New(bot.Config{
		AppToken: "xapp-1-A111-222-abc", BotToken: "xoxb-111-222-abc", APIURL: slack.URL + "/api/",
		Logger: log, Watches: watchStore{db: db, now: time.Now},
	}, live)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		x := extract.New()
		watchCorpus(ctx, x, dir, false, path, live, log, ready, &newFacts{x: x, ann: b.Announcer(), log: log})
	}()
	<-ready
	return func() { cancel(); <-done }
}

// change writes files into dir (and removes those mapped to "") and waits
// until the rebuild has checked the watches.
func change(t *testing.T, dir string, logged records, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if data == "" {
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	logged.waitFor(t, "watches checked after the rebuild")
}

// TestNewFiguresAnnouncedOnce: a watch posts a new matching figure once;
// the same figure again, from a copy, from another outlet, after a restart,
// or after its article left and came back, is not posted again; a watch
// made after a figure was indexed does not announce it; a removed watch
// posts nothing.
func TestNewFiguresAnnouncedOnce(t *testing.T) {
	ctx := context.Background()
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "articles")
	os.MkdirAll(dir, 0o755)
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "oracle-openai.md"), good, 0o644)
	loaded, err := corpus.LoadDir(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(tmp, "deals.bleve")
	if _, err := bleveindex.Build(ctx, extract.New(), path, loaded.Articles, nil); err != nil {
		t.Fatal(err)
	}
	logged := make(records, 10_000)
	live, err := index.OpenLive(ctx, bleveindex.Dir(path), extract.New(), slog.New(logged))
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	db, err := state.Open(ctx, filepath.Join(tmp, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	store := watchStore{db: db, now: time.Now}
	oracle, _ := store.AddWatch(ctx, bot.Watch{Channel: "CDEALS", Query: "oracle"})
	amazon, _ := store.AddWatch(ctx, bot.Watch{Channel: "CDEALS", Query: "amazon openai"})
	slack := newSlackPosts(t)

	stop := watching(t, dir, path, live, db, slack, logged)
	change(t, dir, logged, map[string]string{"amazon-openai.md": amazonOpenAI})
	posts := slack.all()
	if len(posts) != 1 || posts[0].channel != "CDEALS" {
		t.Fatalf("%d posts after the new article, want 1 to CDEALS: %+v", len(posts), posts)
	}
	for _, want := range []string{"New for watch 2", "$38 billion", "OpenAI signs cloud contract with Amazon", "https://example.com/amazon-openai"} {
		if !strings.Contains(posts[0].blocks, want) {
			t.Errorf("the announcement does not say %q:\n%s", want, posts[0].blocks)
		}
	}
	if strings.Contains(posts[0].blocks, "$300 billion") || strings.Contains(posts[0].blocks, "watch 1") {
		t.Errorf("the announcement has a figure indexed before its watch was made:\n%s", posts[0].blocks)
	}

	// The same article saved again, and the figure from another outlet.
	change(t, dir, logged, map[string]string{"amazon-openai-copy.md": amazonOpenAI, "amazon-openai-other.md": amazonOpenAIElsewhere})
	// A restart; then the figure leaves the folder and comes back: new to
	// the index, but announced in this channel already.
	stop()
	stop = watching(t, dir, path, live, db, slack, logged)
	change(t, dir, logged, map[string]string{"amazon-openai.md": "", "amazon-openai-copy.md": "", "amazon-openai-other.md": ""})
	change(t, dir, logged, map[string]string{"amazon-openai.md": amazonOpenAI})
	if posts := slack.all(); len(posts) != 1 {
		t.Fatalf("%d posts, want still 1: the same figure was announced again:\n%s", len(posts), posts[len(posts)-1].blocks)
	}

	// The amazon watch removed, then new figures for both watches: only
	// the oracle watch posts.
	if ok, err := store.RemoveWatch(ctx, "CDEALS", amazon.ID); !ok || err != nil {
		t.Fatalf("RemoveWatch: %v %v", ok, err)
	}
	change(t, dir, logged, map[string]string{"oracle-meta.md": oracleMeta, "amazon-openai-2.md": amazonOpenAI2})
	stop()
	posts = slack.all()
	if len(posts) != 2 {
		t.Fatalf("%d posts, want 2", len(posts))
	}
	if got := posts[1].blocks; !strings.Contains(got, "New for watch 1") || !strings.Contains(got, "$20 billion") || strings.Contains(got, "$12 billion") {
		t.Errorf("the second announcement should be watch %d's $20 billion only:\n%s", oracle.ID, got)
	}
}
