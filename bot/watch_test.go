package bot

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// memWatches is Watches in memory.
type memWatches struct {
	mu        sync.Mutex
	next      uint64
	watches   []Watch
	announced map[string]bool
	digests   map[uint64][][]byte
	last      map[uint64]time.Time
}

var _ Watches = (*memWatches)(nil)

func newMemWatches() *memWatches {
	return &memWatches{announced: map[string]bool{}, digests: map[uint64][][]byte{}, last: map[uint64]time.Time{}}
}

func (m *memWatches) AddWatch(_ context.Context, w Watch) (Watch, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next++
	w.ID = m.next
	m.watches = append(m.watches, w)
	return w, nil
}

func (m *memWatches) ListWatches(_ context.Context, channel string) ([]Watch, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Watch
	for _, w := range m.watches {
		if channel == "" || w.Channel == channel {
			out = append(out, w)
		}
	}
	return out, nil
}

func (m *memWatches) RemoveWatch(_ context.Context, channel string, id uint64) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	i := slices.IndexFunc(m.watches, func(w Watch) bool { return w.ID == id && w.Channel == channel })
	if i < 0 {
		return false, nil
	}
	m.watches = slices.Delete(m.watches, i, i+1)
	delete(m.digests, id)
	return true, nil
}

func (m *memWatches) Announce(_ context.Context, channel string, keys []string) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var fresh []string
	for _, k := range keys {
		if !m.announced[channel+"\x00"+k] {
			m.announced[channel+"\x00"+k] = true
			fresh = append(fresh, k)
		}
	}
	return fresh, nil
}

func (m *memWatches) AddToDigest(_ context.Context, id uint64, items [][]byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.digests[id] = append(m.digests[id], items...)
	return nil
}

func (m *memWatches) TakeDigest(_ context.Context, id uint64, at time.Time) ([][]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	items := m.digests[id]
	delete(m.digests, id)
	m.last[id] = at
	return items, nil
}

func (m *memWatches) LastDigest(_ context.Context, id uint64) (time.Time, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.last[id], nil
}

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

// figures answers every query with the facts in its list.
type figures struct {
	mu    sync.Mutex
	facts []index.FactAnswer
}

func (f *figures) AskN(_ context.Context, q string, _ int) (index.Answer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return index.Answer{Query: q, Facts: slices.Clone(f.facts)}, nil
}

// Understand reads a question with the built-in companies, as an index
// built with extract.New would.
func (f *figures) Understand(_ context.Context, q string) (index.Question, error) {
	return index.Understand(extract.New(), q)
}

var (
	_ Understander = (*figures)(nil)
	_ Understander = (*index.Live)(nil)
	_ Understander = (*index.Index)(nil)
)

func (f *figures) add(fact index.FactAnswer) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.facts = append(f.facts, fact)
}

func openAIFact(value float64, text, title string) index.FactAnswer {
	return index.FactAnswer{
		Fact: corpus.Fact{Kind: corpus.DealValue, Value: value, Unit: "USD", Text: text, Companies: []string{"OpenAI", "Amazon"}, Sentence: title + "."},
		Sources: []index.Source{{ArticleID: title, Title: title, URL: "https://news.example/" + strings.ReplaceAll(title, " ", "-"),
			Publication: "Newswire", Published: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}},
	}
}

func TestDigestPostsOnceAtItsTime(t *testing.T) {
	clock := &fakeClock{now: time.Date(2025, 12, 1, 8, 0, 0, 0, time.UTC)} // a Monday
	store := newMemWatches()
	asker := &figures{}
	h := start(t, asker, func(c *Config) {
		c.Watches, c.Now, c.Location = store, clock.Now, time.UTC
	})
	id := h.fake.SlashCommand("/deal", "watch amazon openai daily")
	mustContain(t, "the watch reply", h.fake.WaitAck(id).Reply().AllText(), "(watch 1)", "every day at 09:00 (UTC)")
	id = h.fake.SlashCommand("/deal", "watches")
	mustContain(t, "watches", h.fake.WaitAck(id).Reply().AllText(), "1. “amazon openai”", "daily digest")

	ann := h.bot.Announcer()
	ticks := make(chan time.Time)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go ann.RunDigests(ctx, ticks)
	tick := func(at time.Time) {
		clock.set(at)
		ticks <- at
		ticks <- at // the second send returns once the first tick is handled
	}
	posts := func() []slackfake.Post {
		var out []slackfake.Post
		for _, p := range h.fake.Posts() {
			if p.Method == "chat.postMessage" {
				out = append(out, p)
			}
		}
		return out
	}

	first := openAIFact(38e9, "$38B", "OpenAI signs with Amazon")
	asker.add(first)
	ann.AnnounceNew(ctx, map[string]bool{corpus.FactKey(first.Fact): true})
	tick(time.Date(2025, 12, 1, 8, 30, 0, 0, time.UTC))
	if n := len(posts()); n != 0 {
		t.Fatalf("%d posts before the digest's time, want none", n)
	}
	tick(time.Date(2025, 12, 1, 9, 0, 30, 0, time.UTC))
	got := posts()
	if len(got) != 1 {
		t.Fatalf("%d posts at the digest's time, want 1", len(got))
	}
	mustContain(t, "the digest", got[0].AllText(), "Daily digest for watch 1", "$38B", "OpenAI signs with Amazon")
	tick(time.Date(2025, 12, 1, 9, 1, 30, 0, time.UTC))
	tick(time.Date(2025, 12, 1, 15, 0, 0, 0, time.UTC))
	if n := len(posts()); n != 1 {
		t.Fatalf("%d posts later the same day, want still 1", n)
	}

	// A new figure waits for the next day's digest; the old one, though
	// still in the answer, is not posted again.
	second := openAIFact(12e9, "$12B", "OpenAI widens its Amazon deal")
	asker.add(second)
	ann.AnnounceNew(ctx, map[string]bool{corpus.FactKey(first.Fact): true, corpus.FactKey(second.Fact): true})
	tick(time.Date(2025, 12, 1, 18, 0, 0, 0, time.UTC))
	if n := len(posts()); n != 1 {
		t.Fatalf("%d posts before the next digest, want still 1", n)
	}
	tick(time.Date(2025, 12, 2, 9, 0, 0, 0, time.UTC))
	got = posts()
	if len(got) != 2 {
		t.Fatalf("%d posts after the second day's digest time, want 2", len(got))
	}
	mustContain(t, "the second digest", got[1].AllText(), "$12B")
	mustNotContain(t, "the second digest", got[1].AllText(), "$38B")
	// A day with nothing new posts nothing.
	tick(time.Date(2025, 12, 3, 9, 0, 0, 0, time.UTC))
	if n := len(posts()); n != 2 {
		t.Fatalf("%d posts after an empty day, want still 2", n)
	}
}

func TestLastSlot(t *testing.T) {
	at := func(d, h, m int) time.Time { return time.Date(2025, 12, d, h, m, 0, 0, time.UTC) } // Dec 1 2025 is a Monday
	tests := []struct {
		kind string
		now  time.Time
		want time.Time
	}{
		{"daily", at(3, 9, 0), at(3, 9, 0)},
		{"daily", at(3, 8, 59), at(2, 9, 0)},
		{"weekly", at(3, 10, 0), at(1, 9, 0)},
		{"weekly", at(1, 8, 0), time.Date(2025, 11, 24, 9, 0, 0, 0, time.UTC)},
		{"weekly", at(8, 9, 0), at(8, 9, 0)},
	}
	for _, tt := range tests {
		if got := lastSlot(tt.kind, tt.now); !got.Equal(tt.want) {
			t.Errorf("lastSlot(%s, %v) = %v, want %v", tt.kind, tt.now, got, tt.want)
		}
	}
}

func TestWatchCommands(t *testing.T) {
	store := newMemWatches()
	asker := &figures{}
	h := start(t, asker, func(c *Config) { c.Watches = store })
	say := func(text string, opts ...slackfake.Option) string {
		t.Helper()
		id := h.fake.SlashCommand("/deal", text, opts...)
		ack := h.fake.WaitAck(id)
		if ack.Empty() {
			return h.fake.WaitResponse(id).AllText()
		}
		return ack.Reply().AllText()
	}

	h.fake.LeaveChannel("CSECRET")
	mustContain(t, "a watch where the bot is not", say("watch openai", slackfake.Channel("CSECRET")), "/invite <@"+h.fake.BotUserID+">")
	h.fake.Fail("conversations.info", 1, slackfake.Failure{Status: 200, Error: "missing_scope"})
	mustContain(t, "a scope missing", say("watch openai"), "dealbot manifest", "channels:read")
	h.fake.Fail("conversations.info", 1, slackfake.Failure{Status: 429, RetryAfter: time.Second})
	mustContain(t, "watch, after a 429", say("watch openai"), "Watching for “openai”", "(watch 1)", "`/deal unwatch 1`")
	mustContain(t, "watch <escaped>", say("watch <!channel> *amazon*"), "(watch 2)", "&lt;!channel&gt;")
	mustContain(t, "an empty watch", say("watch"), "What should I watch for?")
	mustContain(t, "watches", say("watches"), "1. “openai”", "2. “&lt;!channel&gt;")
	mustContain(t, "watches elsewhere", say("watches", slackfake.Channel("COTHER")), "no watches")
	mustContain(t, "unwatch from another channel", say("unwatch 1", slackfake.Channel("COTHER")), "no watch 1")
	mustContain(t, "unwatch", say("unwatch 1"), "Stopped watch 1")
	mustContain(t, "unwatch again", say("unwatch 1"), "no watch 1")
	mustContain(t, "unwatch what", say("unwatch first"), "Which watch?")
	if ws, _ := store.ListWatches(context.Background(), ""); len(ws) != 1 || ws[0].ID != 2 {
		t.Errorf("watches left: %+v, want only watch 2", ws)
	}

	off := start(t, asker, nil)
	id := off.fake.SlashCommand("/deal", "watch openai")
	mustContain(t, "watches off", off.fake.WaitAck(id).Reply().AllText(), "Watches are off", "--watch DIR")
	id = off.fake.SlashCommand("/deal", "help")
	mustNotContain(t, "help with watches off", off.fake.WaitAck(id).Reply().AllText(), "/deal watch")
	mustContain(t, "help with watches on", say("help"), "`/deal watch openai`", "`/deal unwatch N`")
}

func TestAnnounceNewOncePerChannel(t *testing.T) {
	store := newMemWatches()
	asker := &figures{}
	h := start(t, asker, func(c *Config) { c.Watches = store })
	ctx := context.Background()
	w1, _ := store.AddWatch(ctx, Watch{Channel: "CDEALS", Query: "amazon openai"})
	store.AddWatch(ctx, Watch{Channel: "CDEALS", Query: "openai"})
	store.AddWatch(ctx, Watch{Channel: "CSALES", Query: "amazon"})
	store.AddWatch(ctx, Watch{Channel: "CMSFT", Query: "microsoft"})
	fact := openAIFact(38e9, "$38B", "OpenAI signs with Amazon")
	asker.add(fact)
	key := corpus.FactKey(fact.Fact)
	ann := h.bot.Announcer()

	ann.AnnounceNew(ctx, map[string]bool{key: true})
	posts := map[string][]string{}
	for _, p := range h.fake.Posts() {
		if p.Method == "chat.postMessage" {
			posts[p.Channel] = append(posts[p.Channel], p.AllText())
		}
	}
	if len(posts["CDEALS"]) != 1 || len(posts["CSALES"]) != 1 || len(posts["CMSFT"]) != 0 {
		t.Fatalf("posts by channel: %d CDEALS, %d CSALES, %d CMSFT; want one each to the first two", len(posts["CDEALS"]), len(posts["CSALES"]), len(posts["CMSFT"]))
	}
	// Two watches in one channel match: one message, the figure once.
	if got := posts["CDEALS"][0]; strings.Count(got, "$38B*\n") != 1 || !strings.Contains(got, "New for watch 1") {
		t.Errorf("CDEALS post:\n%s", got)
	}

	ann.AnnounceNew(ctx, map[string]bool{key: true})
	store.RemoveWatch(ctx, "CDEALS", w1.ID)
	ann.AnnounceNew(ctx, map[string]bool{key: true})
	n := 0
	for _, p := range h.fake.Posts() {
		if p.Method == "chat.postMessage" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d posts after announcing the same figure again, want still 2", n)
	}
}
