package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/index"
)

func TestSlashCommandAnswersInTheAck(t *testing.T) {
	queries := &syncList{}
	h := start(t, answering(queries), nil)

	id := h.fake.SlashCommand("/deal", "amazon microsoft")
	ack := h.fake.WaitAck(id)
	if ack.Empty() {
		t.Fatal("ack carries no answer; want the answer as the ack's payload")
	}
	r := ack.Reply()
	if r.ResponseType != "ephemeral" {
		t.Errorf("response_type = %q, want ephemeral", r.ResponseType)
	}
	mustContain(t, "ack", r.AllText(), "Amazon · Microsoft", "over $1.2B", "Nov 8, 2023",
		"<https://news.example.com/a1?x=1&amp;y=2|Amazon &amp; Microsoft sign cloud pact>", "4 articles mention Amazon or Microsoft",
		"Share in channel", "amazon microsoft")
	if r.Text == "" {
		t.Error("ack has no fallback text")
	}
	if got := queries.all(); len(got) != 1 || got[0] != "amazon microsoft" {
		t.Errorf("asker got %q, want [amazon microsoft]", got)
	}
	if p := h.fake.Posts(); len(p) != 0 {
		t.Errorf("bot posted %d messages besides the ack", len(p))
	}
}

func TestSlashCommandSlowAnswerGoesToResponseURL(t *testing.T) {
	release := make(chan struct{})
	h := start(t, answeringAfter(release), nil)

	start := time.Now()
	id := h.fake.SlashCommand("/deal", "amazon microsoft")
	ack := h.fake.WaitAck(id)
	if !ack.Empty() {
		t.Errorf("ack of a slow answer carries a payload: %s", ack.Payload)
	}
	close(release) // the answer comes after AckWait (400ms)
	if d := ack.At.Sub(start); d > 2*time.Second {
		t.Errorf("ack took %v; Slack wants it within 3s", d)
	}
	posts := h.fake.WaitPosts(1)
	p := posts[0]
	if p.Method != "response_url" || p.EnvelopeID != id {
		t.Fatalf("answer went to %s (envelope %q), want the command's response_url", p.Method, p.EnvelopeID)
	}
	if p.ResponseType != "ephemeral" {
		t.Errorf("response_type = %q, want ephemeral", p.ResponseType)
	}
	mustContain(t, "answer", p.AllText(), "over $1.2B", "Share in channel")
}

func TestSlashCommandPublicAnswersInChannel(t *testing.T) {
	h := start(t, answering(nil), func(c *Config) { c.Public = true })
	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "amazon microsoft")).Reply()
	if r.ResponseType != "in_channel" {
		t.Errorf("response_type = %q, want in_channel", r.ResponseType)
	}
	mustNotContain(t, "public answer", r.AllText(), "Share in channel")
}

func TestShareButtonPostsInChannel(t *testing.T) {
	queries := &syncList{}
	h := start(t, answering(queries), nil)

	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "amazon microsoft")).Reply()
	var value string
	for _, b := range r.BlockList() {
		if b["type"] == "actions" {
			el := b["elements"].([]any)[0].(map[string]any)
			if el["action_id"] == shareActionID {
				value, _ = el["value"].(string)
			}
		}
	}
	if v := decodeButton(value); v.Query != "amazon microsoft" || v.Mode != modeAnswer {
		t.Fatalf("share button value = %q, want the query and the answer's view", value)
	}

	id := h.fake.Click(shareActionID, value)
	if ack := h.fake.WaitAck(id); !ack.Empty() {
		t.Errorf("interaction ack has a payload: %s", ack.Payload)
	}
	posts := h.fake.WaitPosts(2)
	shared, deleted := posts[0], posts[1]
	if shared.Method != "response_url" || shared.ResponseType != "in_channel" || shared.ReplaceOriginal || shared.DeleteOriginal {
		t.Errorf("share post = %+v, want an in_channel response_url post that keeps the original", shared)
	}
	mustContain(t, "shared answer", shared.AllText(), "over $1.2B", "Shared by <@"+slackfake.DefaultUser+">")
	mustNotContain(t, "shared answer", shared.AllText(), "Share in channel")
	if !deleted.DeleteOriginal || deleted.Method != "response_url" {
		t.Errorf("second post = %+v, want delete_original on the response_url", deleted)
	}
	if got := queries.all(); len(got) != 2 || got[1] != "amazon microsoft" {
		t.Errorf("queries = %q; want the shared query asked again", got)
	}
}

func TestHelp(t *testing.T) {
	asked := &syncList{}
	h := start(t, answering(asked), nil)
	for _, text := range []string{"", "help", "  HELP "} {
		r := h.fake.WaitAck(h.fake.SlashCommand("/deal", text)).Reply()
		mustContain(t, fmt.Sprintf("reply to /deal %q", text), r.AllText(), "`/deal amazon microsoft`", "market share", "direct message")
		if r.ResponseType != "ephemeral" {
			t.Errorf("help response_type = %q, want ephemeral", r.ResponseType)
		}
	}
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + ">")
	mustContain(t, "help by mention", h.fake.WaitPosts(1)[0].AllText(), "`@dealbot amazon microsoft`")
	if n := len(asked.all()); n != 0 {
		t.Errorf("help asked the index %d times", n)
	}
}

func TestNoMatchIsKind(t *testing.T) {
	h := start(t, &fakeAsker{ask: func(_ context.Context, q string) (index.Answer, error) {
		return index.Answer{Query: q}, nil
	}}, nil)
	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "zzyzx")).Reply()
	mustContain(t, "no-match reply", r.AllText(), "Nothing in the articles matches", "zzyzx", "`/deal amazon microsoft`")
	mustNotContain(t, "no-match reply", r.AllText(), "Share in channel")
}

func TestQueryErrorsSayWhatToChange(t *testing.T) {
	errs := map[string]error{
		"empty":       index.ErrEmptyQuery,
		"long":        fmt.Errorf("ask: %w", index.ErrQueryTooLong),
		"unavailable": fmt.Errorf("%w: no index at /var/dealbot; run dealbot index", index.ErrUnavailable),
		"boom":        errors.New("disk on fire"),
	}
	h := start(t, &fakeAsker{ask: func(_ context.Context, q string) (index.Answer, error) {
		return index.Answer{}, errs[q]
	}}, nil)
	for q, want := range map[string]string{
		"empty":       "Ask me about a company or a deal",
		"long":        "keep it to 500 characters or fewer",
		"unavailable": "deal index is unavailable right now",
		"boom":        "Sorry, something went wrong",
	} {
		r := h.fake.WaitAck(h.fake.SlashCommand("/deal", q)).Reply()
		mustContain(t, "reply to "+q, r.AllText(), want)
		mustNotContain(t, "reply to "+q, r.AllText(), "disk on fire", "/var/dealbot")
	}
	h.waitLog(t, "disk on fire")
}

func TestMentionOutsideThreadAnswersInNewThread(t *testing.T) {
	queries := &syncList{}
	h := start(t, answering(queries), nil)
	h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> amazon microsoft", slackfake.TS("1700000000.000100"))
	p := h.fake.WaitPosts(1)[0]
	if p.Method != "chat.postMessage" || p.Channel != slackfake.DefaultChannel || p.ThreadTS != "1700000000.000100" {
		t.Errorf("post = %s to %s thread %q; want chat.postMessage in %s thread 1700000000.000100", p.Method, p.Channel, p.ThreadTS, slackfake.DefaultChannel)
	}
	mustContain(t, "answer", p.AllText(), "over $1.2B")
	mustNotContain(t, "answer", p.AllText(), "Share in channel")
	if got := queries.all(); len(got) != 1 || got[0] != "amazon microsoft" {
		t.Errorf("asker got %q; want the mention stripped", got)
	}
}

func TestMentionInThreadAnswersInThatThread(t *testing.T) {
	h := start(t, answering(nil), nil)
	h.fake.Mention("what about <@"+slackfake.DefaultBotUserID+"|dealbot> amazon?",
		slackfake.TS("1700000000.000200"), slackfake.InThread("1700000000.000100"))
	if p := h.fake.WaitPosts(1)[0]; p.ThreadTS != "1700000000.000100" {
		t.Errorf("thread_ts = %q, want the parent 1700000000.000100", p.ThreadTS)
	}
}

func TestDirectMessageAnsweredInDM(t *testing.T) {
	h := start(t, answering(nil), nil)
	h.fake.DirectMessage("amazon microsoft")
	p := h.fake.WaitPosts(1)[0]
	if p.Channel != slackfake.DefaultDM || p.ThreadTS != "" {
		t.Errorf("post in %s thread %q; want %s, not threaded", p.Channel, p.ThreadTS, slackfake.DefaultDM)
	}
	mustContain(t, "DM answer", p.AllText(), "over $1.2B")
}

func TestHostileQueryIsEchoedEscaped(t *testing.T) {
	queries := &syncList{}
	h := start(t, &fakeAsker{ask: func(_ context.Context, q string) (index.Answer, error) {
		queries.add(q)
		return index.Answer{Query: q}, nil
	}}, nil)
	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "<!channel> <@U999> &lt;!here&gt; amazon")).Reply()
	mustContain(t, "reply", r.AllText(), "&lt;!channel&gt;", "&lt;@U999&gt;", "&lt;!here&gt;")
	mustNotContain(t, "reply", r.AllText(), "<!channel>", "<@U999>", "<!here>")
	if got := queries.all(); got[0] != "<!channel> <@U999> <!here> amazon" {
		t.Errorf("asker got %q; want the text as typed", got[0])
	}

	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> <!everyone> amazon")
	p := h.fake.WaitPosts(1)[0]
	mustContain(t, "mention reply", p.AllText(), "&lt;!everyone&gt;")
	mustNotContain(t, "mention reply", p.AllText(), "<!everyone>")
}

func TestArticleTextCannotPing(t *testing.T) {
	h := start(t, &fakeAsker{ask: func(_ context.Context, q string) (index.Answer, error) {
		a := dealAnswer(q)
		a.Companies = []string{"<!here> Corp"}
		f := &a.Facts[0]
		f.Sentence = "Hey <!channel>, <@U123> and <#C123|general> look: a > b & c"
		f.Market = "<!subteam^S1> cloud"
		f.Sources[0].Title = "<!channel> big deal"
		f.Sources[0].Publication = "<@U0EVIL>"
		f.Sources[0].URL = "https://evil.example/|<!channel>>"
		a.Articles = append(a.Articles, index.ArticleHit{Source: index.Source{
			ArticleID: "a2", Title: "<#C999> news", URL: "javascript:alert(1)",
		}})
		return a, nil
	}}, nil)
	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "amazon")).Reply()
	all := r.AllText()
	mustNotContain(t, "reply", all, "<!", "<@", "<#", "javascript:")
	mustContain(t, "reply", all, "&lt;!channel&gt;", "a &gt; b &amp; c", "<https://evil.example/%7C%3C%21channel%3E%3E|&lt;!channel&gt; big deal>")
}

func TestRetriedEventIsAnsweredOnce(t *testing.T) {
	h := start(t, answering(nil), nil)
	id := h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> amazon", slackfake.EventID("EvSAME"))
	h.fake.WaitAck(id)
	h.fake.WaitPosts(1)

	// Slack did not see the ack and sends the envelope again, then the same
	// event in a new envelope.
	h.fake.Redeliver(id)
	h.fake.WaitAck(id)
	again := h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> amazon", slackfake.EventID("EvSAME"), slackfake.Retry(2))
	h.fake.WaitAck(again)

	// A later event is answered; by then the retries have been handled.
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> microsoft")
	h.fake.WaitPosts(2)
	if n := len(h.fake.Posts()); n != 2 {
		t.Errorf("%d posts, want 2: the retries must not be answered again", n)
	}
}

func TestFirstTimeRetryIsAnswered(t *testing.T) {
	h := start(t, answering(nil), nil)
	id := h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> amazon", slackfake.Retry(3))
	h.fake.WaitAck(id)
	mustContain(t, "answer", h.fake.WaitPosts(1)[0].AllText(), "over $1.2B")
}

func TestEventSentWhileDisconnectedIsAnsweredOnce(t *testing.T) {
	h := start(t, answering(nil), nil)
	h.fake.HoldConnections()
	h.fake.DropConnection()
	h.fake.WaitClosed()
	id := h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	h.fake.ReleaseConnections()
	h.fake.WaitHello(2)
	h.fake.WaitAck(id)
	h.fake.WaitPosts(1)
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> barrier")
	if n := len(h.fake.WaitPosts(2)); n != 2 {
		t.Errorf("%d posts, want 2", n)
	}
}

func TestIgnoresBotsEditsAndJoins(t *testing.T) {
	queries := &syncList{}
	h := start(t, answering(queries), nil)
	ignored := []string{
		h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> self", slackfake.User(slackfake.DefaultBotUserID)),
		h.fake.DirectMessage("self by bot id", slackfake.Bot(slackfake.DefaultBotID)),
		h.fake.DirectMessage("other bot", slackfake.Bot("BOTHER")),
		h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> other bot", slackfake.Bot("BOTHER"), slackfake.User("UOTHERBOT")),
		h.fake.DirectMessage("bot message", slackfake.Subtype("bot_message")),
		h.fake.DirectMessage("edited", slackfake.Subtype("message_changed")),
		h.fake.DirectMessage("", slackfake.Subtype("message_deleted")),
		h.fake.DirectMessage("joined", slackfake.Subtype("channel_join")),
		h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> edited", slackfake.Field("edited", map[string]any{"user": "UALICE", "ts": "1.2"})),
	}
	for _, id := range ignored {
		h.fake.WaitAck(id)
	}
	h.fake.DirectMessage("barrier")
	h.fake.WaitPosts(1)
	if got := queries.all(); len(got) != 1 || got[0] != "barrier" {
		t.Errorf("asked %q; want only the barrier", got)
	}
	if n := len(h.fake.Posts()); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
}

func TestRateLimitHonoursRetryAfter(t *testing.T) {
	h := start(t, answering(nil), nil)
	h.fake.Fail("chat.postMessage", 1, slackfake.RateLimited(time.Second))
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	h.fake.WaitPosts(1)
	calls := h.fake.Calls("chat.postMessage")
	if len(calls) != 2 {
		t.Fatalf("%d calls to chat.postMessage, want 2", len(calls))
	}
	if gap := calls[1].At.Sub(calls[0].At); gap < 950*time.Millisecond {
		t.Errorf("retried after %v; Retry-After asked for 1s", gap)
	}
}

func TestServerErrorsRetriedThenGivenUp(t *testing.T) {
	h := start(t, answering(nil), nil)
	h.fake.Fail("chat.postMessage", 4, slackfake.ServerError())
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	h.fake.WaitCalls("chat.postMessage", 4)

	// One failed answer does not block the next.
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> microsoft")
	h.fake.WaitPosts(1)
	if n := len(h.fake.Calls("chat.postMessage")); n != 5 {
		t.Errorf("%d calls, want 4 for the failed answer (1 + 3 retries) and 1 for the next", n)
	}
	h.waitLog(t, `"msg":"could not post an answer"`, `"method":"chat.postMessage"`, `"slack_error":"http_500"`)
}

func TestSlackErrorCodeIsLoggedNotRetried(t *testing.T) {
	h := start(t, answering(nil), nil)
	h.fake.Fail("chat.postMessage", 1, slackfake.SlackError("channel_not_found"))
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	h.fake.WaitCalls("chat.postMessage", 1)
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> microsoft")
	h.fake.WaitPosts(1)
	if n := len(h.fake.Calls("chat.postMessage")); n != 2 {
		t.Errorf("%d calls, want 2: channel_not_found is not worth retrying", n)
	}
	h.waitLog(t, `"slack_error":"channel_not_found"`)
}

func TestReconnectsAfterDisconnectAndDroppedSocket(t *testing.T) {
	h := start(t, answering(nil), nil)
	h.fake.WaitPong(1) // pings are answered

	h.fake.Disconnect()
	h.fake.WaitHello(2)
	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "amazon")).Reply()
	mustContain(t, "answer after disconnect", r.AllText(), "over $1.2B")

	h.fake.DropConnection()
	h.fake.WaitHello(3)
	r = h.fake.WaitAck(h.fake.SlashCommand("/deal", "amazon")).Reply()
	mustContain(t, "answer after a dropped socket", r.AllText(), "over $1.2B")
	h.waitLog(t, "disconnected from Slack; reconnecting", "reconnected to Slack")
}

func TestSeveralConnectionsWarn(t *testing.T) {
	fake := slackfake.New(t)
	fake.SetNumConnections(2)
	h := startWith(t, fake, answering(nil), nil)
	h.waitLog(t, "dealbot is connected to Slack and ready", "events are being split between several dealbot processes")
}

func TestPanicBecomesApology(t *testing.T) {
	h := start(t, &fakeAsker{ask: func(context.Context, string) (index.Answer, error) {
		panic("index exploded")
	}}, nil)
	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "amazon")).Reply()
	mustContain(t, "slash reply", r.AllText(), "Sorry, something went wrong")
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	mustContain(t, "mention reply", h.fake.WaitPosts(1)[0].AllText(), "Sorry, something went wrong")
	h.waitLog(t, "index exploded")

	// The bot keeps working.
	h.fake.Click(shareActionID, "amazon")
	mustContain(t, "share reply", h.fake.WaitPosts(2)[1].AllText(), "Sorry, something went wrong")
}

func TestGracefulShutdownFinishesAnswersInFlight(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	var calls atomic.Int32
	h := start(t, &fakeAsker{ask: func(ctx context.Context, q string) (index.Answer, error) {
		if calls.Add(1) == 1 {
			close(started)
		}
		<-release
		return dealAnswer(q), nil
	}}, nil)
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	<-started
	h.cancel()
	h.waitLog(t, "dealbot is stopping: finishing answers in flight")
	close(release) // the answer is ready only once the bot is stopping
	if err := h.stop(t); err != nil {
		t.Fatalf("Run returned %v, want nil", err)
	}
	if p := h.fake.Posts(); len(p) != 1 {
		t.Fatalf("%d posts after shutdown, want the answer in flight posted", len(p))
	}
	h.fake.WaitClosed()
}

func TestSlashAnswerDuringShutdownGoesToResponseURL(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	h := start(t, &fakeAsker{ask: func(ctx context.Context, q string) (index.Answer, error) {
		close(started)
		<-release
		return dealAnswer(q), nil
	}}, func(c *Config) { c.AckWait = 2 * time.Second })
	h.fake.SlashCommand("/deal", "amazon")
	<-started
	h.cancel()
	h.waitLog(t, "dealbot is stopping: finishing answers in flight")
	close(release) // answered while the socket is closing, within AckWait
	if err := h.stop(t); err != nil {
		t.Fatalf("Run returned %v, want nil", err)
	}
	p := h.fake.Posts()
	if len(p) != 1 || p[0].Method != "response_url" {
		t.Fatalf("posts = %+v; want the answer on the response_url once the socket is closing", p)
	}
}

func TestTokensNeverLogged(t *testing.T) {
	h := start(t, answering(nil), nil)
	h.fake.Fail("chat.postMessage", 2, slackfake.ServerError())
	h.fake.Fail("response_url", 1, slackfake.RateLimited(time.Second))
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	h.fake.WaitPosts(1)
	h.fake.WaitAck(h.fake.SlashCommand("/deal", "amazon"))
	h.fake.Disconnect()
	h.fake.WaitHello(2)
	h.fake.DropConnection()
	h.fake.WaitHello(3)
	h.bot.log.Info("a careless line", "token", h.fake.BotToken, "err", errors.New("bad "+h.fake.AppToken))
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}
	logs := h.logs.String()
	if len(logs) == 0 {
		t.Fatal("no logs")
	}
	mustNotContain(t, "logs", logs, h.fake.AppToken, h.fake.BotToken, "xoxb-", "xapp-")
}

func TestHugeAnswerStaysWithinSlackLimits(t *testing.T) {
	h := start(t, &fakeAsker{ask: func(_ context.Context, q string) (index.Answer, error) {
		return hugeAnswer(q), nil
	}}, nil)
	// Under -race on a busy machine this answer takes seconds to build and
	// post; what is tested is its shape, not its speed.
	h.fake.Timeout = time.Minute
	id := h.fake.SlashCommand("/deal", "amazon")
	// A compact answer to a huge question, in the acknowledgement or on the
	// response_url.
	p := h.fake.WaitAck(id).Reply()
	if len(p.BlockList()) == 0 {
		p = h.fake.WaitPosts(1)[0]
	}
	if n := len(p.BlockList()); n > maxAnswerBlocks {
		t.Errorf("%d blocks, over %d", n, maxAnswerBlocks)
	}
	mustContain(t, "answer", p.AllText(), "Show all (200)", "Articles (1500)")

	before := len(h.fake.Posts())
	h.fake.Mention("<@" + slackfake.DefaultBotUserID + "> amazon")
	m := h.fake.WaitPosts(before + 1)[before]
	if len(m.Text) > maxFallbackText || len(m.BlockList()) > maxBlocks {
		t.Errorf("posted message over limits: text %d bytes, %d blocks", len(m.Text), len(m.BlockList()))
	}
}

func TestStartupFailsWithBadBotToken(t *testing.T) {
	fake := slackfake.New(t)
	b, err := New(Config{AppToken: fake.AppToken, BotToken: "xoxb-wrong-but-well-formed", APIURL: fake.URL}, answering(nil))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = b.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "auth.test") || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("Run = %v; want an auth.test invalid_auth error", err)
	}
	if strings.Contains(fmt.Sprint(err), "xoxb-wrong") {
		t.Error("error contains the token")
	}
}

func TestStartupFailsWithRefusedAppToken(t *testing.T) {
	fake := slackfake.New(t)
	b, err := New(Config{AppToken: "xapp-1-wrong-but-well-formed", BotToken: fake.BotToken, APIURL: fake.URL}, answering(nil))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := b.Run(ctx); err == nil || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("Run = %v; want the refused app token reported", err)
	}
}

func TestAppHomeShowsTheLatestDealsAndWhatToAsk(t *testing.T) {
	queries := &syncList{}
	h := start(t, answering(queries), nil)
	h.fake.OpenHome(slackfake.User("UHOME"))
	p := h.fake.WaitPosts(1)[0]
	if p.Method != "views.publish" || p.User != "UHOME" {
		t.Fatalf("App Home went by %s to %q, want views.publish for UHOME", p.Method, p.User)
	}
	mustContain(t, "App Home", p.AllText(), "Latest cloud deals", "over $1.2B", "What to ask", "`/deal compare aws azure google`")
	if got := queries.all(); len(got) != 1 || got[0] != "latest" {
		t.Errorf("App Home asked %q, want the latest deals", got)
	}
}

func TestFeedbackIsLoggedWithTheQueryAndFacts(t *testing.T) {
	h := start(t, answering(nil), nil)
	r := h.fake.WaitAck(h.fake.SlashCommand("/deal", "amazon microsoft")).Reply()
	value := ""
	for _, b := range r.BlockList() {
		if b["type"] != "actions" {
			continue
		}
		for _, e := range b["elements"].([]any) {
			if el := e.(map[string]any); el["action_id"] == downActionID {
				value, _ = el["value"].(string)
			}
		}
	}
	v := decodeButton(value)
	if v.Query != "amazon microsoft" || len(v.Facts) == 0 {
		t.Fatalf("👎 button value = %q, want the query and the facts shown", value)
	}
	h.fake.Click(downActionID, value)
	h.waitLog(t, `"msg":"answer feedback"`, `"vote":"down"`, `"query":"amazon microsoft"`, `"fact_ids":"f:a1:0"`, `"facts_shown":1`)
	p := h.fake.WaitPosts(1)[0]
	if p.Method != "response_url" || p.ResponseType != "ephemeral" {
		t.Errorf("thanks went by %s as %q, want a private response_url post", p.Method, p.ResponseType)
	}
}

func TestShowAllAnswersPrivatelyBesideTheAnswer(t *testing.T) {
	queries := &syncList{}
	h := start(t, answering(queries), nil)
	h.fake.Click(allActionID, buttonValue{Query: "amazon microsoft", Mode: modeAll}.encode())
	p := h.fake.WaitPosts(1)[0]
	if p.Method != "response_url" || p.ResponseType != "ephemeral" || p.ReplaceOriginal {
		t.Errorf("Show all = %+v, want a private response_url post beside the answer", p)
	}
	mustContain(t, "Show all", p.AllText(), "over $1.2B", "Share in channel")
	if got := queries.all(); len(got) != 1 || got[0] != "amazon microsoft" {
		t.Errorf("queries = %q, want the question asked again", got)
	}
}
