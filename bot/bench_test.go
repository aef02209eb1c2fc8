package bot_test

// BenchmarkSlashCommand measures /deal round trips through the fake Slack on
// loopback, one command at a time, for dealbot answering from the index of
// the shipped articles and, side by side, for a do-nothing Socket Mode bot
// that acknowledges every slash command with a fixed text:
//
//	go test -run '^$' -bench SlashCommand -benchtime 1000x -count 5 ./bot
//
// A third run, dealbot-precomputed, serves the same answers from a map: it
// is what the bot costs apart from the index.
//
// One op is one command. Ack latency runs from the fake sending the
// envelope to the fake reading the acknowledgement; answer
// latency to the fake receiving the answer, in the ack's payload or, when
// the ack is empty, in the post to the command's response_url. Targets:
// ack-p99-ms under 20, and dealbot's answer latency within 2× of the
// do-nothing bot's.

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// benchQueries are what people ask about the shipped articles: company
// pairs, aliases, intent words, steering words, single companies, misses
// and help. The benchmark cycles through them.
var benchQueries = []string{
	"amazon microsoft",
	"how many licenses did amazon buy",
	"aws anthropic",
	"how much did google invest in anthropic",
	"oracle openai",
	"Gartner 2021 Alibaba share",
	"the Pentagon JWCC contract",
	"microsoft openai 10 billion",
	"coreweave meta",
	"barclays copilot seats",
	"cloud market share 2024",
	"nvidia",
	"how many seats did the NHS buy",
	"salesforce slack",
	"azure market share",
	"google wiz deal value",
	"recipe for banana bread",
	"zyxwv frobnicate",
	"help",
	"broadcom vmware",
}

// shippedAsker builds the index of the shipped articles in dir and opens
// it as `dealbot serve` does.
func shippedAsker(b *testing.B, dir string) bot.Asker {
	b.Helper()
	ctx := context.Background()
	loaded, err := corpus.LoadFS(ctx, corpus.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "deals.bleve")
	if _, err := bleveindex.Build(ctx, extract.New(), path, loaded.Articles, nil); err != nil {
		b.Fatal(err)
	}
	live, err := index.OpenLive(ctx, bleveindex.Dir(path), extract.New(), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { live.Close() })
	return live
}

// latencies collects round-trip times and reports their percentiles.
type latencies struct {
	ack, answer []time.Duration
	inAck       int // answers that came in the ack's payload
}

func (l *latencies) report(b *testing.B) {
	b.Helper()
	if len(l.ack) == 0 {
		return
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	pct := func(ds []time.Duration, p float64) float64 {
		s := slices.Clone(ds)
		slices.Sort(s)
		return ms(s[min(len(s)-1, int(p*float64(len(s))))])
	}
	b.ReportMetric(pct(l.ack, 0.50), "ack-p50-ms")
	b.ReportMetric(pct(l.ack, 0.99), "ack-p99-ms")
	b.ReportMetric(pct(l.answer, 0.50), "answer-p50-ms")
	b.ReportMetric(pct(l.answer, 0.99), "answer-p99-ms")
	b.ReportMetric(float64(l.inAck)/float64(len(l.answer))*100, "%in-ack")
}

// roundTrips sends /deal commands one at a time, b.N of them after a warm-up,
// and records each one's latencies.
func roundTrips(b *testing.B, fake *slackfake.Server) {
	b.Helper()
	one := func(q string, l *latencies) {
		id, sent := fake.SlashCommandAt("/deal", q)
		ack := fake.WaitAck(id)
		answered := ack.At
		if ack.Empty() {
			answered = fake.WaitResponse(id).At
		} else if l != nil {
			l.inAck++
		}
		if l != nil {
			l.ack = append(l.ack, ack.At.Sub(sent))
			l.answer = append(l.answer, answered.Sub(sent))
		}
	}
	// Warm the connection, the index's caches and the scheduler.
	for i := range 2 * len(benchQueries) {
		one(benchQueries[i%len(benchQueries)], nil)
	}
	l := &latencies{}
	i := 0
	for b.Loop() {
		one(benchQueries[i%len(benchQueries)], l)
		i++
	}
	l.report(b)
}

func BenchmarkSlashCommand(b *testing.B) {
	asker := shippedAsker(b, b.TempDir())
	b.Run("dealbot", func(b *testing.B) {
		fake := startDealbot(b, asker)
		roundTrips(b, fake)
	})
	// The same answers, looked up in a map instead of searched for: what
	// the bot itself costs, apart from the index.
	b.Run("dealbot-precomputed", func(b *testing.B) {
		answers := precomputed{}
		for _, q := range benchQueries {
			a, err := asker.AskN(context.Background(), q, 10)
			answers[q] = answerOrError{a, err}
		}
		fake := startDealbot(b, answers)
		roundTrips(b, fake)
	})
	b.Run("donothing", func(b *testing.B) {
		fake := slackfake.New(b)
		fake.Timeout = time.Minute
		runUntilCleanup(b, func(ctx context.Context) error { return doNothingBot(ctx, fake) })
		fake.WaitHello(1)
		roundTrips(b, fake)
	})
}

// startDealbot runs dealbot answering with asker against a new fake Slack,
// configured as `dealbot serve` configures it, and waits until it is
// connected.
func startDealbot(b *testing.B, asker bot.Asker) *slackfake.Server {
	b.Helper()
	fake := slackfake.New(b)
	fake.Timeout = time.Minute
	bt, err := bot.New(bot.Config{
		AppToken: fake.AppToken,
		BotToken: fake.BotToken,
		APIURL:   fake.URL,
		// As `dealbot serve` logs by default, but to nowhere.
		Logger: slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}, asker)
	if err != nil {
		b.Fatal(err)
	}
	runUntilCleanup(b, bt.Run)
	fake.WaitHello(1)
	return fake
}

// precomputed answers from a map what another Asker answered; it finds no
// match for questions not in it.
type precomputed map[string]answerOrError

type answerOrError struct {
	a   index.Answer
	err error
}

var _ bot.Asker = precomputed(nil)

func (p precomputed) AskN(_ context.Context, q string, _ int) (index.Answer, error) {
	r := p[q]
	return r.a, r.err
}

// runUntilCleanup runs run on its own goroutine until the benchmark ends.
func runUntilCleanup(b *testing.B, run func(context.Context) error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	b.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			b.Error("the bot did not stop within 10s")
		}
	})
}

// doNothingBot is the floor for a Socket Mode bot written with slack-go: it
// acknowledges every slash command at once with a fixed text, and reads
// nothing else.
func doNothingBot(ctx context.Context, fake *slackfake.Server) error {
	api := slack.New(fake.BotToken, slack.OptionAppLevelToken(fake.AppToken), slack.OptionAPIURL(fake.URL))
	sm := socketmode.New(api)
	done := make(chan error, 1)
	go func() { done <- sm.RunContext(ctx) }()
	reply := map[string]any{"response_type": "ephemeral", "text": "Nothing to see here."}
	for {
		select {
		case <-ctx.Done():
			<-done
			return nil
		case err := <-done:
			return err
		case evt := <-sm.Events:
			if evt.Type == socketmode.EventTypeSlashCommand && evt.Request != nil {
				_ = sm.Ack(*evt.Request, reply)
			}
		}
	}
}
