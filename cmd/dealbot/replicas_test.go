package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/state"
	"github.com/dealbot/dealbot/corpus/state/pgtest"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// socketSlack is just enough of Slack on 127.0.0.1 for serve to connect
// over Socket Mode (auth.test, apps.connections.open and a websocket that
// says hello and pings) and post alerts; it keeps what was posted.
type socketSlack struct {
	*httptest.Server
	mu    sync.Mutex
	posts []slackPost
}

func newSocketSlack(t *testing.T) *socketSlack {
	s := &socketSlack{}
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/socket" {
			c, err := upgrader.Upgrade(w, r, nil)
			if err != nil {
				return
			}
			defer c.Close()
			if c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}}) != nil {
				return
			}
			done := make(chan struct{})
			defer close(done)
			go func() {
				tick := time.NewTicker(200 * time.Millisecond)
				defer tick.Stop()
				for {
					select {
					case <-done:
						return
					case <-tick.C:
						c.WriteControl(websocket.PingMessage, nil, time.Now().Add(time.Second))
					}
				}
			}()
			for {
				if _, _, err := c.ReadMessage(); err != nil {
					return
				}
			}
		}
		r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		reply := map[string]any{"ok": true}
		switch strings.TrimPrefix(r.URL.Path, "/api/") {
		case "auth.test":
			reply["user_id"], reply["bot_id"], reply["team"] = "UDEALBOT", "BDEALBOT", "Test"
		case "apps.connections.open":
			reply["url"] = "ws" + strings.TrimPrefix(s.URL, "http") + "/socket"
		case "chat.postMessage":
			s.mu.Lock()
			s.posts = append(s.posts, slackPost{r.PostForm.Get("channel"), r.PostForm.Get("text"), r.PostForm.Get("blocks")})
			s.mu.Unlock()
			reply["channel"], reply["ts"] = r.PostForm.Get("channel"), "1.000001"
		case "conversations.info":
			reply["channel"] = map[string]any{"id": r.PostForm.Get("channel"), "is_member": true}
		default:
			reply = map[string]any{"ok": false, "error": "unknown_method"}
		}
		json.NewEncoder(w).Encode(reply)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *socketSlack) all() []slackPost {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]slackPost(nil), s.posts...)
}

// logBuffer is a goroutine-safe log sink that can be waited on.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitCount waits until s has been logged n times, failing the test after
// timeout.
func (b *logBuffer) waitCount(t *testing.T, s string, n int, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for strings.Count(b.String(), s) < n {
		if time.Now().After(deadline) {
			t.Fatalf("%q logged %d times after %v, want %d; logs:\n%s", s, strings.Count(b.String(), s), timeout, n, b.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// unresigning is a state store that cannot give up the leader lease, as a
// killed process cannot.
type unresigning struct{ state.Store }

func (unresigning) Resign(context.Context, string) error { return nil }

// replica is one `dealbot serve --watch DIR` process.
type replica struct {
	path   string // its index
	logs   *logBuffer
	cancel context.CancelFunc
	done   chan error
}

// testLease hands the leader lease over within about two seconds.
var testLease = leaseTiming{ttl: 1500 * time.Millisecond, renew: 250 * time.Millisecond, prune: 250 * time.Millisecond}

// startReplica runs serve on its own index of the articles in dir, watching
// dir, with store, against slack, and waits until it is connected and
// watching.
func startReplica(t *testing.T, slack *socketSlack, dir string, spec string, store state.Store) *replica {
	t.Helper()
	return startServe(t, slack, dir, spec, store, nil, nil, nil)
}

// startServe is startReplica with feeds to poll, pages to save and
// articles to share, each of which may be nil.
func startServe(t *testing.T, slack *socketSlack, dir string, spec string, store state.Store, poller *feedPoller, pages *slackPages, share func(*slog.Logger) *articleShare) *replica {
	t.Helper()
	path := filepath.Join(t.TempDir(), "deals.bleve")
	ctx := context.Background()
	loaded, err := corpus.LoadDir(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bleveindex.Build(ctx, extract.New(), path, loaded.Articles, nil); err != nil {
		t.Fatal(err)
	}
	r := &replica{path: path, logs: &logBuffer{}, done: make(chan error, 1)}
	cfg := config{AppToken: "xapp-1-A111-222-abc", BotToken: "xoxb-111-222-abc", APIURL: slack.URL + "/api/", State: spec}
	log, err := config{LogFormat: "json", LogLevel: "info"}.logger(r.logs)
	if err != nil {
		t.Fatal(err)
	}
	var sh *articleShare
	if share != nil {
		sh = share(log)
	}
	if poller != nil {
		poller.log = log
	}
	ctx, r.cancel = context.WithCancel(ctx)
	go func() {
		r.done <- runServe(ctx, cfg, log, extract.New(), path, dir, false, poller, store, pages, sh, testLease)
	}()
	t.Cleanup(func() {
		r.stop(t)
		if t.Failed() {
			t.Logf("replica logs:\n%s", r.logs.String())
		}
	})
	r.logs.waitCount(t, "dealbot is connected to Slack and ready", 1, 15*time.Second)
	r.logs.waitCount(t, "watching for article changes", 1, 15*time.Second)
	return r
}

// stop ends the replica and waits for serve to return.
func (r *replica) stop(t *testing.T) {
	t.Helper()
	r.cancel()
	select {
	case err := <-r.done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
		r.done <- nil
	case <-time.After(15 * time.Second):
		t.Error("serve did not return within 15s of being stopped")
	}
}

// TestReplicasPostEachAlertOnce runs two `serve --watch` replicas on one
// article folder and one PostgreSQL state store, with a watch: a new
// article is announced once, by the leader. The leader is then killed
// (it cannot give up its lease): the other takes the lease over when it
// lapses and announces the next article, once, without announcing the
// first again.
func TestReplicasPostEachAlertOnce(t *testing.T) {
	srv := pgtest.Start(t)
	spec := srv.Database(t)
	ctx := context.Background()
	open := func() state.Store {
		st, err := state.Open(ctx, spec)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	storeA, storeB := open(), open()
	if _, err := storeA.AddWatch(ctx, state.Watch{Channel: "CDEALS", Query: "amazon openai"}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("oracle-openai.md", string(good))
	slack := newSocketSlack(t)

	a := startReplica(t, slack, dir, spec, unresigning{storeA})
	b := startReplica(t, slack, dir, spec, storeB)
	for name, want := range map[*replica]string{a: `"leader":true`, b: `"leader":false`} {
		if logs := name.logs.String(); !strings.Contains(logs, want) {
			t.Errorf("serve's start line does not say %s:\n%s", want, logs)
		}
	}
	for _, r := range []*replica{a, b} {
		logs := r.logs.String()
		if !strings.Contains(logs, `"state":"postgres://127.0.0.1:`) || strings.Contains(logs, srv.Password()) {
			t.Errorf("serve should name the store without its password:\n%s", logs)
		}
	}

	write("amazon-openai.md", amazonOpenAI)
	a.logs.waitCount(t, "watches checked after the rebuild", 1, 15*time.Second)
	b.logs.waitCount(t, "watches checked after the rebuild", 1, 15*time.Second)
	if posts := slack.all(); len(posts) != 1 || !strings.Contains(posts[0].blocks, "$38 billion") {
		t.Fatalf("%d posts after a new article with two replicas, want one alert with $38 billion: %+v", len(posts), posts)
	}
	if !strings.Contains(b.logs.String(), `"announced_by":"the leader replica"`) {
		t.Error("the replica without the lease did not leave the alert to the leader")
	}

	a.stop(t)
	killed := time.Now()
	b.logs.waitCount(t, "leader lease: this replica leads now", 1, 10*time.Second)
	took := time.Since(killed)
	t.Logf("the other replica took the lease over %v after the leader was killed (lease %v, renewed every %v)", took.Round(10*time.Millisecond), testLease.ttl, testLease.renew)
	if took > testLease.ttl+2*testLease.renew {
		t.Errorf("took the lease over after %v, want within the lease's %v and a renewal", took, testLease.ttl)
	}

	write("amazon-openai-2.md", amazonOpenAI2)
	b.logs.waitCount(t, "watches checked after the rebuild", 2, 15*time.Second)
	posts := slack.all()
	if len(posts) != 2 {
		t.Fatalf("%d posts after the takeover and a second article, want 2", len(posts))
	}
	if got := posts[1].blocks; !strings.Contains(got, "$12 billion") || strings.Contains(got, "$38 billion") {
		t.Errorf("the new leader's alert should hold the new $12 billion only:\n%s", got)
	}
}

// TestServeStartsWithPostgreSQLDown starts serve while its PostgreSQL
// state store is down: it serves anyway (without the lease, saying why,
// never with the password), and once the database is up it opens the
// store, takes the lease and claims questions in it.
func TestServeStartsWithPostgreSQLDown(t *testing.T) {
	srv := pgtest.Start(t)
	spec := srv.Database(t)
	srv.Stop(t)
	ctx := context.Background()
	logs := &logBuffer{}
	log, err := config{LogFormat: "json", LogLevel: "info"}.logger(logs)
	if err != nil {
		t.Fatal(err)
	}
	store, err := openServeStore(ctx, spec, 100*time.Millisecond, log)
	if err != nil {
		t.Fatalf("serve does not start with its PostgreSQL store down: %v", err)
	}
	t.Cleanup(func() { store.Close() })
	if _, err := store.Claim(ctx, "event:1", "a", time.Second); !errors.Is(err, state.ErrUnavailable) {
		t.Errorf("a claim before the store is open: %v, want an error wrapping state.ErrUnavailable", err)
	}

	dir := t.TempDir()
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "oracle-openai.md"), good, 0o644); err != nil {
		t.Fatal(err)
	}
	r := startReplica(t, newSocketSlack(t), dir, spec, store)
	if l := r.logs.String(); !strings.Contains(l, `"leader":false`) || !strings.Contains(l, "the state store cannot be reached") {
		t.Errorf("serve's start with the store down does not say it leads nothing and why:\n%s", l)
	}

	srv.Start(t)
	logs.waitCount(t, "opened the state store", 1, 10*time.Second)
	r.logs.waitCount(t, "leader lease: this replica leads now", 1, 10*time.Second)
	if got, err := store.Claim(ctx, "event:1", "a", time.Second); err != nil || got != state.ClaimTaken {
		t.Errorf("a claim once the store is open: %v %v, want it taken", got, err)
	}
	for _, l := range []string{logs.String(), r.logs.String()} {
		if strings.Contains(l, srv.Password()) {
			t.Errorf("the password is in the logs:\n%s", l)
		}
	}
}
