package bot

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/layout"
)

// maxAckPayload keeps an acknowledgement with its envelope under Slack's
// 20 KB Socket Mode limit; bigger answers go to the response_url.
const maxAckPayload = 19 * 1024

// ackState is what a /deal envelope was acknowledged with, kept in Bot.acks
// for a redelivery of it.
type ackState struct {
	// pending is set while the first delivery is still being answered.
	pending bool
	// reply is the answer the ack carried; nil for an empty ack (the answer
	// went to the response_url).
	reply *responsePayload
}

// ackReplyTTL is how long an answer sent in an ack is kept to send again if
// Slack redelivers the envelope (its ack was lost with a dropped socket).
const ackReplyTTL = 2 * time.Minute

// responsePayload is a message sent as a slash command's ack payload or to a
// response_url.
type responsePayload struct {
	ResponseType    string        `json:"response_type,omitempty"`
	Text            string        `json:"text"`
	Blocks          []slack.Block `json:"blocks,omitempty"`
	ReplaceOriginal bool          `json:"replace_original,omitempty"`
	DeleteOriginal  bool          `json:"delete_original,omitempty"`
	UnfurlLinks     bool          `json:"unfurl_links"`
	UnfurlMedia     bool          `json:"unfurl_media"`
}

func payloadFor(m message, public bool) responsePayload {
	p := responsePayload{ResponseType: "ephemeral", Text: m.Text, Blocks: m.Blocks}
	if public {
		p.ResponseType = "in_channel"
	}
	return p
}

// reply is what respond makes of a question.
type reply struct {
	msg message
	// query is the question as the user meant it, set when msg is an answer
	// with something in it (rather than help, no match, an error or an
	// apology): only such answers are worth sharing.
	query string
	// mode is the view of the answer msg shows.
	mode mode
	// public says a /deal answer goes to the whole channel.
	public bool
}

func (r reply) answered() bool { return r.query != "" }

// How many facts each view of an answer asks for: the answer shows its
// first deal and four more (a deal's value and seats are two facts), "Show
// all" everything a question found, "Articles" a page of articles.
const (
	answerLimit   = 10
	allLimit      = 40
	articlesLimit = 20
)

// respond answers raw (command or message text as Slack delivers it) for
// surface s. A panic in the Asker or the renderer becomes an apology.
func (b *Bot) respond(ctx context.Context, raw string, s surface) reply {
	q := queryText(raw)
	if q == "" || strings.EqualFold(q, "help") || strings.EqualFold(q, "-h") || strings.EqualFold(q, "--help") {
		return reply{msg: b.withNewsHelp(b.help(ctx, s), s)}
	}
	if strings.EqualFold(q, "feeds") {
		return b.listFeeds(ctx)
	}
	if greeting, thanks := isGreeting(q); greeting && s != onCommand {
		return reply{msg: renderGreeting(thanks, s)}
	}
	return b.respondMode(ctx, q, modeAnswer, s)
}

// respondMode answers q in view md: the answer, all its facts, or its
// articles.
func (b *Bot) respondMode(ctx context.Context, q string, md mode, s surface) (r reply) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("answering a question panicked; the user gets an apology", "panic", p, "stack", stack())
			r = reply{msg: renderApology()}
		}
	}()
	actx, cancel := context.WithTimeout(ctx, b.askTimeout)
	defer cancel()
	limit := map[mode]int{modeAnswer: answerLimit, modeAll: allLimit, modeArticles: articlesLimit}[md]
	a, err := b.asker.AskN(actx, q, limit)
	if err != nil {
		m, unexpected := renderError(err, q, s)
		switch {
		case unexpected:
			b.log.Error("answering a question failed", "error", err, "query_bytes", len(q))
		case errors.Is(err, index.ErrUnavailable):
			b.log.Warn("the deal index is unavailable", "error", err)
		default:
			b.log.Debug("question refused", "error", err)
		}
		return reply{msg: m}
	}
	if len(a.Facts) == 0 && len(a.Articles) == 0 {
		return reply{msg: renderNoMatch(q, s, layout.Lay(a, layout.Options{}).Notes)}
	}
	var m message
	switch md {
	case modeAll:
		m = renderReply(layout.Lay(a, layout.Options{MaxLines: allLimit, All: true}))
	case modeArticles:
		m = renderArticles(layout.LayArticles(a), nil)
	default:
		m = renderAnswer(a, s)
	}
	return reply{msg: m, query: q, mode: md}
}

// help renders help, naming what the articles cover when the Asker can say.
func (b *Bot) help(ctx context.Context, s surface) message {
	var cov index.Coverage
	if c, ok := b.asker.(Coverer); ok {
		cctx, cancel := context.WithTimeout(ctx, b.askTimeout)
		defer cancel()
		var err error
		if cov, err = c.Coverage(cctx); err != nil {
			b.log.Warn("could not read what the articles cover; help leaves it out", "error", err)
		}
	}
	return renderHelp(s, cov)
}

// fit returns m when it is within Slack's limits, and otherwise logs the
// broken limit loudly and returns a short text-only message saying so.
func (b *Bot) fit(m message) message {
	err := checkLimits(m)
	if err == nil {
		return m
	}
	b.log.Error("a rendered reply breaks Slack's limits; sending a short notice instead", "error", err)
	text := "That answer is too large to show in Slack. Please ask a narrower question."
	if t := truncate(m.Text, maxFallbackText-len(text)-1); strings.TrimSpace(t) != "" {
		text = text + "\n" + t
	}
	return message{Text: text, Blocks: []slack.Block{section(truncate(text, maxSectionText))}}
}

// onEventsAPI acknowledges an Events API envelope and answers mentions and
// direct messages, once per event_id.
func (b *Bot) onEventsAPI(ctx context.Context, evt socketmode.Event) {
	if evt.Request != nil {
		b.ackSoon(evt.Request.EnvelopeID, nil)
	}
	ev, ok := evt.Data.(slackevents.EventsAPIEvent)
	if !ok {
		return
	}
	key := ""
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok && cb.EventID != "" {
		key = "event:" + cb.EventID
	} else if evt.Request != nil {
		key = "envelope:" + evt.Request.EnvelopeID
	}
	retry := 0
	if evt.Request != nil {
		retry = evt.Request.RetryAttempt
	}
	if key != "" && !b.claims.first(key) {
		b.log.Debug("ignoring a redelivered event already handled", "key", key, "retry_attempt", retry)
		return
	}
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if why := b.ignoreAuthor(e.User, e.BotID, ""); why != "" {
			b.log.Debug("ignoring a mention", "reason", why)
			return
		}
		if e.Edited != nil {
			b.log.Debug("ignoring a mention in an edited message")
			return
		}
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		text, channel := stripMention(e.Text, b.userID), e.Channel
		b.spawnClaimed(ctx, key, e.User, func(ctx context.Context) {
			b.answerInConversation(ctx, channel, thread, text, onMention)
		})
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" {
			return
		}
		if e.SubType != "" {
			b.log.Debug("ignoring a message subtype", "subtype", e.SubType)
			return
		}
		if why := b.ignoreAuthor(e.User, e.BotID, e.SubType); why != "" {
			b.log.Debug("ignoring a direct message", "reason", why)
			return
		}
		text, channel, thread := stripMention(e.Text, b.userID), e.Channel, e.ThreadTimeStamp
		b.spawnClaimed(ctx, key, e.User, func(ctx context.Context) {
			b.answerInConversation(ctx, channel, thread, text, onDM)
		})
	case *slackevents.AppHomeOpenedEvent:
		if e.Tab != "home" || e.User == "" {
			return
		}
		user := e.User
		b.spawnClaimed(ctx, key, user, func(ctx context.Context) { b.publishHome(ctx, user) })
	default:
		b.log.Debug("ignoring an event", "type", ev.InnerEvent.Type, "retry_attempt", retry)
	}
}

// ignoreAuthor says why a message by user/botID should not be answered, or
// "" when it should: the bot's own messages and other bots' are ignored.
func (b *Bot) ignoreAuthor(user, botID, subtype string) string {
	switch {
	case (user != "" && user == b.userID) || (botID != "" && botID == b.botID):
		return "written by dealbot itself"
	case botID != "" || subtype == "bot_message":
		return "written by another bot"
	case user == "":
		return "no author"
	}
	return ""
}

// answerInConversation answers text in channel, in thread when thread is set.
func (b *Bot) answerInConversation(ctx context.Context, channel, thread, text string, s surface) {
	defer b.recoverPanic("message", func() {
		b.postMessage(ctx, channel, thread, renderApology())
	})
	b.postMessage(ctx, channel, thread, b.conversationMessage(ctx, text, s))
}

// conversationMessage is the reply to a mention or a direct message: public
// where it is asked, so it carries no share button.
func (b *Bot) conversationMessage(ctx context.Context, text string, s surface) message {
	r := b.respond(ctx, text, s)
	if r.answered() {
		return withButtons(r.msg, r.query, r.mode, false)
	}
	return r.msg
}

// commandMessage is the reply to /deal, and whether it goes to the channel.
func (b *Bot) commandMessage(ctx context.Context, text string) (message, bool) {
	r := b.respond(ctx, text, onCommand)
	if !r.answered() {
		return r.msg, false
	}
	return withButtons(r.msg, r.query, r.mode, !b.cfg.Public), b.cfg.Public
}

// postMessage posts m with chat.postMessage, retrying per retry, and logs
// when it gives up.
func (b *Bot) postMessage(ctx context.Context, channel, thread string, m message) {
	m = b.fit(m)
	opts := []slack.MsgOption{
		slack.MsgOptionText(m.Text, false),
		slack.MsgOptionBlocks(m.Blocks...),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	err := b.retry(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := b.api.PostMessageContext(ctx, channel, opts...)
		return err
	})
	if err != nil {
		b.log.Error("could not post an answer", "method", "chat.postMessage", "slack_error", slackCode(err), "channel", channel, "error", err)
	}
}

// onSlashCommand handles /deal on its own goroutine: it acknowledges the
// envelope with the answer when that is ready within AckWait, and otherwise
// acknowledges at once and posts the answer to the response_url. With
// Config.Claims it always acknowledges at once and answers on the
// response_url, once the command is claimed.
func (b *Bot) onSlashCommand(ctx context.Context, evt socketmode.Event) {
	cmd, ok := evt.Data.(slack.SlashCommand)
	if !ok || evt.Request == nil {
		return
	}
	req := *evt.Request
	key := "envelope:" + req.EnvelopeID
	if !b.claims.first(key) {
		b.log.Debug("ignoring a redelivered slash command already handled", "envelope_id", req.EnvelopeID, "retry_attempt", req.RetryAttempt)
		// Slack redelivers only what it saw no ack for. While the first
		// delivery is still being answered, its handler acks (on the
		// current socket); when the answer went in a lost ack, send it
		// again.
		var payload any
		switch st, _ := b.acks.get(req.EnvelopeID); {
		case st.pending:
			return
		case st.reply != nil:
			payload = *st.reply
		}
		b.ackSoon(req.EnvelopeID, payload)
		return
	}
	if b.claims.shared != nil {
		b.acks.add(req.EnvelopeID, ackState{})
		b.ackSoon(req.EnvelopeID, nil)
		b.spawnClaimed(ctx, key, cmd.UserID, func(ctx context.Context) { b.answerOnResponseURL(ctx, cmd) })
		return
	}
	b.acks.add(req.EnvelopeID, ackState{pending: true})
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		b.handleSlashCommand(ctx, req, cmd)
	}()
}

func (b *Bot) handleSlashCommand(ctx context.Context, req socketmode.Request, cmd slack.SlashCommand) {
	acked := false
	ackEmpty := func() {
		if !acked {
			acked = true
			b.acks.set(req.EnvelopeID, ackState{})
			b.ack(req.EnvelopeID, nil)
		}
	}
	deliver := func(m message, public bool) {
		p := payloadFor(b.fit(m), public)
		if !acked && !b.isStopping() && req.AcceptsResponsePayload {
			if js, err := json.Marshal(p); err == nil && len(js) <= maxAckPayload {
				b.acks.set(req.EnvelopeID, ackState{reply: &p})
				if b.ack(req.EnvelopeID, p) == nil {
					acked = true
					return
				}
			} else if err == nil {
				b.log.Debug("answer too large for the acknowledgement; sending it to the response_url", "bytes", len(js))
			}
		}
		ackEmpty()
		b.postResponse(ctx, cmd.ResponseURL, p)
	}
	defer b.recoverPanic("slash command", func() { deliver(renderApology(), false) })

	timer := time.NewTimer(b.cfg.AckWait)
	defer timer.Stop()
	done := make(chan reply, 1)
	go func() {
		release, ok := b.slot(ctx, cmd.UserID)
		if !ok {
			done <- reply{msg: renderApology()}
			return
		}
		defer release()
		if r, ok := b.watchCommand(ctx, cmd); ok {
			done <- r
			return
		}
		m, public := b.commandMessage(ctx, cmd.Text)
		done <- reply{msg: m, public: public}
	}()
	var r reply
	select {
	case r = <-done:
	case <-timer.C:
		ackEmpty()
		r = <-done
	}
	deliver(r.msg, r.public)
}

// answerOnResponseURL answers a /deal command already acknowledged, on its
// response_url.
func (b *Bot) answerOnResponseURL(ctx context.Context, cmd slack.SlashCommand) {
	defer b.recoverPanic("slash command", func() {
		b.postResponse(ctx, cmd.ResponseURL, payloadFor(renderApology(), false))
	})
	r, ok := b.watchCommand(ctx, cmd)
	if !ok {
		r.msg, r.public = b.commandMessage(ctx, cmd.Text)
	}
	b.postResponse(ctx, cmd.ResponseURL, payloadFor(b.fit(r.msg), r.public))
}

// onInteractive acknowledges an interaction and handles the buttons under
// an answer, and the "Extract deal facts" message shortcut (shortcut.go)
// with its "Add to articles" button.
//
// "Share in channel" answers the button's question again in the view the
// user saw and posts it to the interaction's response_url as an in_channel
// message, "Shared by" on top, then deletes the ephemeral original with a
// second post (delete_original true). The response_url is used rather than
// chat.postMessage because it works in every conversation where /deal works,
// including channels the bot is not a member of; when the in_channel post
// fails, the ephemeral answer is left in place. "Show all" and "Articles"
// answer privately, beside the original. 👍 and 👎 are logged, one event
// each, with the question and the facts shown.
func (b *Bot) onInteractive(ctx context.Context, evt socketmode.Event) {
	key := ""
	if evt.Request != nil {
		b.ackSoon(evt.Request.EnvelopeID, nil)
		key = "envelope:" + evt.Request.EnvelopeID
		if !b.claims.first(key) {
			b.log.Debug("ignoring a redelivered interaction already handled", "envelope_id", evt.Request.EnvelopeID)
			return
		}
	}
	cb, ok := evt.Data.(slack.InteractionCallback)
	if ok && cb.Type == slack.InteractionTypeMessageAction {
		b.onShortcut(ctx, key, cb)
		return
	}
	if !ok || cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, a := range cb.ActionCallback.BlockActions {
		if a == nil {
			continue
		}
		v, responseURL, user := decodeButton(a.Value), cb.ResponseURL, cb.User.ID
		switch a.ActionID {
		case shareActionID:
			b.spawnClaimed(ctx, key, user, func(ctx context.Context) { b.share(ctx, v, responseURL, user) })
		case allActionID, articlesActionID:
			b.spawnClaimed(ctx, key, user, func(ctx context.Context) { b.showMore(ctx, v, responseURL) })
		case addArticleActionID:
			b.spawnClaimed(ctx, key, user, func(ctx context.Context) { b.addArticle(ctx, a.Value, user, responseURL) })
		case upActionID, downActionID:
			up, channel := a.ActionID == upActionID, cb.Channel.ID
			b.spawnClaimed(ctx, key, user, func(ctx context.Context) { b.feedback(ctx, up, v, user, channel, responseURL) })
		default:
			continue
		}
		return
	}
}

// showMore answers a "Show all" or "Articles" press privately, beside the
// answer.
func (b *Bot) showMore(ctx context.Context, v buttonValue, responseURL string) {
	defer b.recoverPanic("show more", func() {
		b.postResponse(ctx, responseURL, payloadFor(renderApology(), false))
	})
	b.postResponse(ctx, responseURL, payloadFor(b.fit(b.moreMessage(ctx, v)), false))
}

// moreMessage is the private reply to "Show all" or "Articles".
func (b *Bot) moreMessage(ctx context.Context, v buttonValue) message {
	r := b.respondMode(ctx, v.Query, v.Mode, onCommand)
	if r.answered() {
		return withButtons(r.msg, r.query, r.mode, true)
	}
	return r.msg
}

// feedback logs a 👍 or 👎 on an answer as one event naming the question and
// the facts it showed, so a wrong fact can be found and fixed, and thanks
// the user privately.
func (b *Bot) feedback(ctx context.Context, up bool, v buttonValue, user, channel, responseURL string) {
	vote := "down"
	if up {
		vote = "up"
	}
	// The fact IDs are one space-separated field, so every log format keeps
	// them together and in the order shown.
	b.log.Info("answer feedback", "vote", vote, "query", v.Query, "view", string(v.Mode),
		"fact_ids", strings.Join(v.Facts, " "), "facts_shown", len(v.Facts), "user", user, "channel", channel)
	text := "Thanks: noted that this answer was wrong or unhelpful. Whoever runs dealbot can find the facts it showed in the log."
	if up {
		text = "Thanks: noted that this answer helped."
	}
	b.postResponse(ctx, responseURL, responsePayload{ResponseType: "ephemeral", Text: text, Blocks: []slack.Block{contextLine(text)}})
}

// sharedMessage is what "Share in channel" posts: the answer in the view
// the user saw, without buttons, "Shared by" on top. ok is false when the
// question no longer has an answer.
func (b *Bot) sharedMessage(ctx context.Context, v buttonValue, user string) (message, bool) {
	r := b.respondMode(ctx, v.Query, v.Mode, onCommand)
	if !r.answered() {
		return r.msg, false
	}
	return withSharedBy(r.msg, user), true
}

func (b *Bot) share(ctx context.Context, v buttonValue, responseURL, user string) {
	defer b.recoverPanic("share", func() {
		b.postResponse(ctx, responseURL, payloadFor(renderApology(), false))
	})
	m, ok := b.sharedMessage(ctx, v, user)
	if !ok {
		// The index may have gone away since; tell only the sharer.
		b.postResponse(ctx, responseURL, payloadFor(b.fit(m), false))
		return
	}
	p := payloadFor(b.fit(m), true)
	if !b.postResponse(ctx, responseURL, p) {
		return
	}
	b.postResponse(ctx, responseURL, responsePayload{Text: "Shared in the channel.", DeleteOriginal: true})
}
