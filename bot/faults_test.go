package bot

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/index"
)

// startTimingOut runs a Bot like start, with HTTP clients that give up on
// Slack after timeout instead of 15s, so hung calls are tested quickly.
func startTimingOut(t *testing.T, asker Asker, timeout time.Duration) *harness {
	t.Helper()
	return startTuned(t, slackfake.New(t), asker, nil, func(b *Bot) {
		b.api = slack.New(b.cfg.BotToken, slack.OptionAppLevelToken(b.cfg.AppToken), slack.OptionAPIURL(b.cfg.APIURL),
			slack.OptionHTTPClient(&http.Client{Timeout: timeout}))
		b.web = &http.Client{Timeout: timeout}
	})
}

// TestDroppedSocketMidStream closes the websocket abruptly while mentions
// and /deal commands stream in; the fake redelivers what was not
// acknowledged on the next connection, and every question is answered once.
func TestDroppedSocketMidStream(t *testing.T) {
	var asked atomic.Int64
	h := start(t, &fakeAsker{ask: func(_ context.Context, q string) (index.Answer, error) {
		asked.Add(1)
		return dealAnswer(q), nil
	}}, nil)
	const n = 120
	type sent struct{ id, ts string }
	var mentions, commands []sent
	drops := 0
	for i := range n {
		if i > 0 && i%40 == 0 {
			h.fake.WaitHello(drops + 1) // reconnected since the last drop
			h.fake.DropConnection()     // mid-stream, with envelopes unacked
			drops++
		}
		ts := fmt.Sprintf("1700000003.%06d", i)
		if i%2 == 0 {
			mentions = append(mentions, sent{h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> amazon", slackfake.TS(ts)), ts})
		} else {
			commands = append(commands, sent{id: h.fake.SlashCommand("/deal", "amazon")})
		}
	}
	h.fake.WaitHello(drops + 1)
	for _, m := range append(mentions, commands...) {
		h.fake.WaitAck(m.id)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = h.fake.Await(ctx, func(posts []slackfake.Post, _ map[string]slackfake.Ack) bool {
		threads := map[string]bool{}
		for _, p := range posts {
			threads[p.ThreadTS] = true
		}
		for _, m := range mentions {
			if !threads[m.ts] {
				return false
			}
		}
		return true
	})
	// A late duplicate could only come from work still in flight: stop the
	// bot, which finishes it, and count.
	if err := h.stop(t); err != nil {
		t.Fatalf("Run: %v", err)
	}
	h.fake.WaitIdle()

	posts := h.fake.Posts()
	perThread := map[string]int{}
	perEnvelope := map[string]int{}
	for _, p := range posts {
		switch p.Method {
		case "chat.postMessage":
			perThread[p.ThreadTS]++
		case "response_url":
			perEnvelope[p.EnvelopeID]++
		}
	}
	lost, doubled := 0, 0
	for _, m := range mentions {
		switch perThread[m.ts] {
		case 0:
			lost++
			t.Logf("lost mention %s: acks %d", m.id, len(h.fake.AcksOf(m.id)))
		case 1:
		default:
			doubled++
		}
	}
	for _, c := range commands {
		answers := perEnvelope[c.id]
		for _, a := range h.fake.AcksOf(c.id) {
			if !a.Empty() && !a.Late {
				answers++
			}
		}
		switch answers {
		case 0:
			lost++
			t.Logf("lost /deal %s: %d acks, unacked %v", c.id, len(h.fake.AcksOf(c.id)), slices.Contains(h.fake.Unacked(), c.id))
		case 1:
		default:
			doubled++
		}
	}
	redelivered := 0
	for _, d := range h.fake.Delivered() {
		redelivered += d
	}
	redelivered -= n
	t.Logf("dropped socket: %d questions over %d drops, %d redeliveries, %d asked, %d lost, %d doubled", n, drops, redelivered, asked.Load(), lost, doubled)
	if lost > 0 || doubled > 0 {
		t.Errorf("%d lost and %d answered twice over %d dropped sockets; want every question answered once", lost, doubled, drops)
	}
	if redelivered == 0 {
		t.Errorf("nothing was redelivered: the drops caught no envelope unacknowledged, so they tested nothing")
	}
}

// TestPostMessageTimeoutsRetriedThenGivenUp makes chat.postMessage hang
// past the client's timeout: the bot retries with backoff, gives up with a
// log line, and other answers are not held up meanwhile.
func TestPostMessageTimeoutsRetriedThenGivenUp(t *testing.T) {
	const timeout = 150 * time.Millisecond
	h := startTimingOut(t, answering(nil), timeout)
	h.fake.FailIn("chat.postMessage", slackfake.DefaultChannel, 4, slackfake.Hang())
	h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> amazon", slackfake.TS("1700000004.000001"))
	h.fake.WaitCalls("chat.postMessage", 1)

	// While that answer hangs, another is posted and a /deal is answered.
	h.fake.DirectMessage("microsoft")
	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "google")).Reply()
	mustContain(t, "/deal while a post hangs", r.AllText(), "over $1.2 billion")

	h.waitLog(t, `"msg":"could not post an answer"`, `"slack_error":"timeout"`, "chat.postMessage failed after 4 attempt(s)")
	posts := h.fake.Posts()
	if len(posts) != 1 || posts[0].Channel != slackfake.DefaultDM {
		t.Errorf("posts = %+v; want only the DM answer (the hung one is given up)", posts)
	}
	if n := len(h.fake.Calls("chat.postMessage")); n != 5 {
		t.Errorf("%d calls to chat.postMessage; want 4 for the hung answer (1 + 3 retries) and 1 for the DM", n)
	}
}

// TestResponseURLTimeoutAndServerErrorsRetried makes a /deal answer that
// missed the ack go to a response_url that first hangs, then answers 500,
// then works: the answer arrives once.
func TestResponseURLTimeoutAndServerErrorsRetried(t *testing.T) {
	release := make(chan struct{})
	h := startTimingOut(t, answeringAfter(release), 150*time.Millisecond)
	h.fake.Fail("response_url", 1, slackfake.Hang())
	h.fake.Fail("response_url", 1, slackfake.ServerError())
	id := h.fake.SlashCommand("/deal", "amazon")
	if ack := h.fake.WaitAck(id); !ack.Empty() {
		t.Fatalf("slow answer in the ack: %s", ack.Payload)
	}
	close(release) // answered after the ack: the answer goes to the response_url
	p := h.fake.WaitResponse(id)
	mustContain(t, "answer", p.AllText(), "over $1.2 billion")
	if err := h.stop(t); err != nil {
		t.Fatalf("Run: %v", err)
	}
	h.fake.WaitIdle()
	if n := len(h.fake.Posts()); n != 1 {
		t.Errorf("%d posts, want the answer once", n)
	}
	if n := len(h.fake.Calls("response_url")); n != 3 {
		t.Errorf("%d response_url calls, want 3 (hang, 500, success)", n)
	}
}

// TestSlowSlackAnswerIsNotPostedTwice: a chat.postMessage Slack answers
// after the client gave up is not recorded, so the retry posts it once.
func TestSlowSlackAnswerIsNotPostedTwice(t *testing.T) {
	h := startTimingOut(t, answering(nil), 150*time.Millisecond)
	h.fake.Fail("chat.postMessage", 1, slackfake.Slow(400*time.Millisecond))
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	h.fake.WaitPosts(1)
	if err := h.stop(t); err != nil {
		t.Fatalf("Run: %v", err)
	}
	h.fake.WaitIdle() // the slow call is answered or abandoned by now
	if n := len(h.fake.Posts()); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
	if n := len(h.fake.Calls("chat.postMessage")); n != 2 {
		t.Errorf("%d calls, want 2 (the slow one given up, then the retry)", n)
	}
	if !strings.Contains(h.logs.String(), `"msg":"Slack call failed; retrying"`) {
		t.Error("the retry is not logged")
	}
}
