package bot

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/internal/changes"
	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// fakeAsker answers with its ask func.
type fakeAsker struct {
	ask func(ctx context.Context, query string) (index.Answer, error)
}

var _ Asker = (*fakeAsker)(nil)

func (f *fakeAsker) AskN(ctx context.Context, query string, _ int) (index.Answer, error) {
	return f.ask(ctx, query)
}

// answering returns an Asker that answers every query with dealAnswer and
// records the queries.
func answering(queries *syncList) *fakeAsker {
	return &fakeAsker{ask: func(_ context.Context, q string) (index.Answer, error) {
		if queries != nil {
			queries.add(q)
		}
		return dealAnswer(q), nil
	}}
}

// answeringAfter returns an Asker that answers with dealAnswer once release
// is closed, as a slow index would, or fails when the bot gives up first.
func answeringAfter(release <-chan struct{}) *fakeAsker {
	return &fakeAsker{ask: func(ctx context.Context, q string) (index.Answer, error) {
		select {
		case <-release:
			return dealAnswer(q), nil
		case <-ctx.Done():
			return index.Answer{}, ctx.Err()
		}
	}}
}

// dealAnswer is a typical answer: one deal value from one article.
func dealAnswer(q string) index.Answer {
	src := index.Source{
		ArticleID: "a1", Title: "Amazon & Microsoft sign cloud pact", URL: "https://news.example.com/a1?x=1&y=2",
		Publication: "Reuters", Published: time.Date(2023, 11, 8, 9, 0, 0, 0, time.UTC),
	}
	return index.Answer{
		Query:     q,
		Companies: []string{"Amazon", "Microsoft"},
		Kind:      corpus.DealValue,
		Facts: []index.FactAnswer{{
			ID: "f:a1:0",
			Fact: corpus.Fact{
				Kind: corpus.DealValue, Value: 1.2e9, Unit: "USD", Qualifier: corpus.Over,
				Text: "more than $1.2 billion", Companies: []string{"Amazon", "Microsoft"},
				Sentence: "The deal is worth more than $1.2 billion.", ArticleID: "a1",
			},
			Sources: []index.Source{src},
		}},
		Articles:     []index.ArticleHit{{Source: src, Score: 2}},
		MoreArticles: 3,
	}
}

// syncList is a goroutine-safe list of strings.
type syncList struct {
	mu    sync.Mutex
	items []string
}

func (l *syncList) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.items = append(l.items, s)
}

func (l *syncList) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.items...)
}

// syncBuffer is a goroutine-safe log sink that can be waited on.
type syncBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changes changes.Signal
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.changes.Changed()
	return b.buf.Write(p)
}

// waitFor blocks until cond is true of what was written so far, or ctx is
// done.
func (b *syncBuffer) waitFor(ctx context.Context, cond func(logs string) bool) error {
	return b.changes.Wait(ctx, &b.mu, func() bool { return cond(b.buf.String()) })
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// count returns how many times s was logged.
func (b *syncBuffer) count(s string) int { return strings.Count(b.String(), s) }

// harness is a Bot running against a fake Slack.
type harness struct {
	fake   *slackfake.Server
	bot    *Bot
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error
}

// start runs a Bot answering with asker against a fresh fake Slack, waiting
// until it is connected. configure, when not nil, adjusts the Config.
func start(t *testing.T, asker Asker, configure func(*Config)) *harness {
	t.Helper()
	fake := slackfake.New(t)
	return startWith(t, fake, asker, configure)
}

func startWith(t *testing.T, fake *slackfake.Server, asker Asker, configure func(*Config)) *harness {
	t.Helper()
	return startTuned(t, fake, asker, configure, nil)
}

// startTuned is startWith with tune, when not nil, called on the Bot before
// it runs, to change what Config does not reach.
func startTuned(t *testing.T, fake *slackfake.Server, asker Asker, configure func(*Config), tune func(*Bot)) *harness {
	t.Helper()
	logs := &syncBuffer{}
	cfg := Config{
		AppToken:      fake.AppToken,
		BotToken:      fake.BotToken,
		APIURL:        strings.TrimSuffix(fake.URL, "/"), // New adds the "/"
		Logger:        slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		AckWait:       400 * time.Millisecond,
		ShutdownGrace: 3 * time.Second,
	}
	if configure != nil {
		configure(&cfg)
	}
	b, err := New(cfg, asker)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	b.retryBase = 5 * time.Millisecond
	if tune != nil {
		tune(b)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	h := &harness{fake: fake, bot: b, logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-h.done:
		case <-time.After(10 * time.Second):
			t.Error("Run did not return within 10s of cancellation")
		}
		if t.Failed() {
			t.Logf("bot logs:\n%s", logs.String())
		}
	})
	fake.WaitHello(1)
	return h
}

// stop cancels Run and returns its result.
func (h *harness) stop(t *testing.T) error {
	t.Helper()
	h.cancel()
	select {
	case err := <-h.done:
		h.done <- err // for Cleanup
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return within 10s of cancellation")
		return nil
	}
}

func mustContain(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s does not contain %q; got:\n%s", what, w, got)
		}
	}
}

func mustNotContain(t *testing.T, what, got string, bads ...string) {
	t.Helper()
	for _, w := range bads {
		if strings.Contains(got, w) {
			t.Errorf("%s contains %q; got:\n%s", what, w, got)
		}
	}
}

// waitLog waits until the logs contain each of wants.
func (h *harness) waitLog(t *testing.T, wants ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	missing := ""
	err := h.logs.waitFor(ctx, func(logs string) bool {
		missing = ""
		for _, w := range wants {
			if !strings.Contains(logs, w) {
				missing = w
				return false
			}
		}
		return true
	})
	if err != nil {
		t.Fatalf("logs do not contain %q after 5s; got:\n%s", missing, h.logs.String())
	}
}
