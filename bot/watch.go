package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// Watch is a channel's standing question; see corpus.Watch.
type Watch = corpus.Watch

// Watches stores watches and the ledger of figures announced in each
// channel. Implementations must be safe for concurrent use and keep both
// across restarts.
type Watches interface {
	// AddWatch stores w under a new ID and returns it.
	AddWatch(ctx context.Context, w Watch) (Watch, error)
	// ListWatches returns the watches of channel, or of every channel for
	// "", oldest first.
	ListWatches(ctx context.Context, channel string) ([]Watch, error)
	// RemoveWatch deletes watch id if it belongs to channel, reporting
	// whether it did.
	RemoveWatch(ctx context.Context, channel string, id uint64) (bool, error)
	// Announce records fact keys (corpus.FactKey) as announced in channel,
	// committed before it returns, and returns those that were not
	// already.
	Announce(ctx context.Context, channel string, keys []string) ([]string, error)
	// AddToDigest keeps items for watch id's next digest.
	AddToDigest(ctx context.Context, id uint64, items [][]byte) error
	// TakeDigest returns and removes the items kept for watch id, and
	// records at as the time of its last digest, in one commit.
	TakeDigest(ctx context.Context, id uint64, at time.Time) ([][]byte, error)
	// LastDigest returns when watch id's last digest was taken; zero when
	// never.
	LastDigest(ctx context.Context, id uint64) (time.Time, error)
}

// digestHour is when digests are posted, in Config.Location: daily ones
// every day, weekly ones on Mondays.
const digestHour = 9

// watchFacts is how many facts a watch's question is asked for after a
// rebuild: new figures must be among them to be seen.
const watchFacts = 200

// maxWatchesPerChannel keeps one channel from making the work after each
// rebuild unbounded.
const maxWatchesPerChannel = 25

// watchCommand handles /deal watch, watches and unwatch. ok is false when
// text is not one of them.
func (b *Bot) watchCommand(ctx context.Context, cmd slack.SlashCommand) (r reply, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("a watch command panicked; the user gets an apology", "panic", p, "stack", stack())
			r, ok = reply{msg: renderApology()}, true
		}
	}()
	verb, rest, _ := strings.Cut(strings.TrimSpace(queryText(cmd.Text)), " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(verb) {
	case "watch", "watches", "unwatch":
	default:
		return reply{}, false
	}
	if b.cfg.Watches == nil {
		return reply{msg: textMessage("Watches are off: whoever runs dealbot can turn them on by starting it with `dealbot serve --watch DIR`, so that it sees new articles arrive.")}, true
	}
	var err error
	switch strings.ToLower(verb) {
	case "watch":
		r, err = b.addWatch(ctx, cmd, rest)
	case "watches":
		r, err = b.listWatches(ctx, cmd.ChannelID)
	case "unwatch":
		r, err = b.unwatch(ctx, cmd.ChannelID, rest)
	}
	if err != nil {
		b.log.Error("a watch command failed", "command", strings.ToLower(verb), "error", err)
		return reply{msg: renderApology()}, true
	}
	return r, true
}

// textMessage is a one-section reply written in mrkdwn; its fallback is
// the same words with the markers taken out, as notifications show them.
func textMessage(text string) message {
	return mrkdwnMessage(text, plainOf(text))
}

// mrkdwnMarkers are the bold, italic and code markers of text dealbot
// writes itself; text from articles and users is escaped, never marked.
var mrkdwnMarkers = strings.NewReplacer("*", "", "`", "", " _", " ", "_ ", " ", "\n_", "\n")

// plainOf takes the mrkdwn markers out of text dealbot wrote.
func plainOf(text string) string {
	t := mrkdwnMarkers.Replace(text)
	t = strings.TrimPrefix(strings.TrimSuffix(t, "_"), "_")
	return t
}

func (b *Bot) addWatch(ctx context.Context, cmd slack.SlashCommand, query string) (reply, error) {
	digest := ""
	if i := strings.LastIndex(query, " "); i > 0 {
		switch last := strings.ToLower(query[i+1:]); last {
		case "daily", "weekly":
			digest, query = last, strings.TrimSpace(query[:i])
		}
	}
	if query == "" {
		return reply{msg: textMessage("What should I watch for? For example `/deal watch openai`, `/deal watch amazon microsoft` or `/deal watch google market share`; add `daily` or `weekly` for a digest.")}, nil
	}
	if _, err := b.understand(ctx, query); err != nil {
		m, _ := renderError(err, query, onCommand)
		return reply{msg: m}, nil
	}
	in, err := b.inChannel(ctx, cmd.ChannelID)
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok && se.Err == "missing_scope" {
		b.log.Warn("conversations.info needs a scope the app lacks; update the app from dealbot manifest", "error", err)
		return reply{msg: textMessage("I can't tell whether I'm in this channel: whoever runs dealbot needs to update the Slack app from `dealbot manifest` (watches need the channels:read and groups:read scopes) and reinstall it.")}, nil
	}
	if err != nil {
		return reply{}, err
	}
	if !in {
		return reply{msg: textMessage("I'm not in this channel, so I could not post what I find here. Invite me with `/invite " + b.botMention() + "`, then make the watch again.")}, nil
	}
	existing, err := b.cfg.Watches.ListWatches(ctx, cmd.ChannelID)
	if err != nil {
		return reply{}, err
	}
	if len(existing) >= maxWatchesPerChannel {
		return reply{msg: textMessage(fmt.Sprintf("This channel has %d watches, the most it can have. Remove one with `/deal unwatch N` (`/deal watches` lists them).", len(existing)))}, nil
	}
	w, err := b.cfg.Watches.AddWatch(ctx, Watch{Channel: cmd.ChannelID, Query: query, User: cmd.UserID, Created: b.cfg.Now(), Digest: digest})
	if err != nil {
		return reply{}, err
	}
	b.log.Info("watch added", "watch", w.ID, "channel", w.Channel, "digest", w.Digest)
	q := truncate(escapeLine(query), 300)
	when := "When new articles bring figures that match, I'll post them here, each figure once."
	switch digest {
	case "daily":
		when = fmt.Sprintf("I'll collect new figures that match and post them here in one digest every day at %02d:00 (%s), each figure once.", digestHour, b.location())
	case "weekly":
		when = fmt.Sprintf("I'll collect new figures that match and post them here in one digest every Monday at %02d:00 (%s), each figure once.", digestHour, b.location())
	}
	return reply{msg: textMessage(fmt.Sprintf("Watching for “%s” in this channel (watch %d). %s `/deal watches` lists this channel's watches; `/deal unwatch %d` stops this one.", q, w.ID, when, w.ID))}, nil
}

func (b *Bot) listWatches(ctx context.Context, channel string) (reply, error) {
	ws, err := b.cfg.Watches.ListWatches(ctx, channel)
	if err != nil {
		return reply{}, err
	}
	if len(ws) == 0 {
		return reply{msg: textMessage("This channel has no watches. Make one with `/deal watch QUERY`, for example `/deal watch openai`.")}, nil
	}
	lines := []string{fmt.Sprintf("*Watches in this channel* (%d):", len(ws))}
	for _, w := range ws {
		kind := ""
		if w.Digest != "" {
			kind = ", " + w.Digest + " digest"
		}
		lines = append(lines, fmt.Sprintf("%d. “%s” — since %s%s", w.ID, truncate(escapeLine(w.Query), 200), w.Created.UTC().Format("Jan 2, 2006"), kind))
	}
	lines = append(lines, "`/deal unwatch N` stops watch N.")
	return reply{msg: message{Text: fmt.Sprintf("This channel has %d watches.", len(ws)), Blocks: sections(lines)}}, nil
}

func (b *Bot) unwatch(ctx context.Context, channel, arg string) (reply, error) {
	id, err := strconv.ParseUint(strings.TrimPrefix(arg, "#"), 10, 64)
	if err != nil || id == 0 {
		return reply{msg: textMessage("Which watch? Give its number, for example `/deal unwatch 3`; `/deal watches` lists them.")}, nil
	}
	removed, err := b.cfg.Watches.RemoveWatch(ctx, channel, id)
	if err != nil {
		return reply{}, err
	}
	if !removed {
		return reply{msg: textMessage(fmt.Sprintf("This channel has no watch %d; `/deal watches` lists its watches.", id))}, nil
	}
	b.log.Info("watch removed", "watch", id, "channel", channel)
	return reply{msg: textMessage(fmt.Sprintf("Stopped watch %d.", id))}, nil
}

// inChannel reports whether the bot can post in channel: it is a member, or
// the channel is a direct message with it.
func (b *Bot) inChannel(ctx context.Context, channel string) (bool, error) {
	var ch *slack.Channel
	err := b.retry(ctx, "conversations.info", func(ctx context.Context) error {
		var err error
		ch, err = b.api.GetConversationInfoContext(ctx, &slack.GetConversationInfoInput{ChannelID: channel})
		return err
	})
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok && se.Err == "channel_not_found" {
		// A private channel the bot was not invited to.
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return ch.IsMember || ch.IsIM, nil
}

// botMention is the bot as a Slack mention, which shows its name as the
// workspace knows it.
func (b *Bot) botMention() string {
	if b.userID == "" {
		return "@dealbot"
	}
	return "<@" + b.userID + ">"
}

// Announcer posts new figures to the channels watching for them. Make one
// with Bot.Announcer.
type Announcer struct {
	b *Bot

	mu       sync.Mutex
	lastPost map[string]time.Time // per channel, for one message a second
}

// Announcer returns the Bot's announcer, or nil when watches are off.
func (b *Bot) Announcer() *Announcer {
	if b.cfg.Watches == nil {
		return nil
	}
	return &Announcer{b: b, lastPost: map[string]time.Time{}}
}

// AnnounceNew posts, to each channel with a watch, the figures among
// newKeys (corpus.FactKey values of figures that were not in the index
// before the last rebuild) that match one of its watches and were never
// announced there: one message per channel, grouped by watch. Call it once
// the rebuilt index is being served. Failures are logged; it returns when
// every channel has been posted to or ctx is done.
func (a *Announcer) AnnounceNew(ctx context.Context, newKeys map[string]bool) {
	if len(newKeys) == 0 {
		return
	}
	b := a.b
	ws, err := b.cfg.Watches.ListWatches(ctx, "")
	if err != nil {
		b.log.Error("cannot read the watches; new figures are not announced", "error", err)
		return
	}
	type found struct {
		w     Watch
		facts []index.FactAnswer
	}
	byChannel := map[string][]found{}
	var channels []string
	for _, w := range ws {
		facts, err := a.matching(ctx, w, newKeys)
		if err != nil {
			b.log.Error("cannot answer a watch's question; its new figures are not announced", "watch", w.ID, "error", err)
			continue
		}
		if len(facts) == 0 {
			continue
		}
		if _, ok := byChannel[w.Channel]; !ok {
			channels = append(channels, w.Channel)
		}
		byChannel[w.Channel] = append(byChannel[w.Channel], found{w, facts})
	}
	for _, ch := range channels {
		var keys []string
		for _, f := range byChannel[ch] {
			for _, fact := range f.facts {
				keys = append(keys, corpus.FactKey(fact.Fact))
			}
		}
		fresh, err := b.cfg.Watches.Announce(ctx, ch, keys)
		if err != nil {
			b.log.Error("cannot record announcements; not posting, so nothing is posted twice", "channel", ch, "error", err)
			continue
		}
		isFresh := map[string]bool{}
		for _, k := range fresh {
			isFresh[k] = true
		}
		var groups []found
		for _, f := range byChannel[ch] {
			var keep []index.FactAnswer
			for _, fact := range f.facts {
				if k := corpus.FactKey(fact.Fact); isFresh[k] {
					keep = append(keep, fact)
					delete(isFresh, k) // once per message, under its first watch
				}
			}
			if len(keep) > 0 {
				groups = append(groups, found{f.w, keep})
			}
		}
		var parts []watchNews
		for _, g := range groups {
			if g.w.Digest != "" {
				a.keepForDigest(ctx, g.w, g.facts)
				continue
			}
			parts = append(parts, watchNews{watch: g.w, facts: g.facts})
		}
		if len(parts) == 0 {
			continue
		}
		a.wait(ctx, ch)
		b.postMessage(ctx, ch, "", renderWatchNews("New for watch", parts))
		b.log.Info("announced new figures", "channel", ch, "watches", len(parts))
	}
}

// keepForDigest stores facts for w's next digest. They are in the ledger
// already: if storing fails they are lost, never posted twice.
func (a *Announcer) keepForDigest(ctx context.Context, w Watch, facts []index.FactAnswer) {
	items := make([][]byte, 0, len(facts))
	for _, f := range facts {
		js, err := json.Marshal(f)
		if err != nil {
			a.b.log.Error("cannot keep a figure for a digest", "watch", w.ID, "error", err)
			continue
		}
		items = append(items, js)
	}
	if err := a.b.cfg.Watches.AddToDigest(ctx, w.ID, items); err != nil {
		a.b.log.Error("cannot keep figures for a digest; they will not be posted", "watch", w.ID, "figures", len(items), "error", err)
	}
}

// RunDigests posts the digests that are due whenever ticks delivers, until
// ctx is done. A digest is due when its watch's last scheduled time
// (digestHour daily, or Mondays for weekly) has passed since its last
// digest, or since it was made; one with no figures posts nothing.
func (a *Announcer) RunDigests(ctx context.Context, ticks <-chan time.Time) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticks:
			a.postDueDigests(ctx)
		}
	}
}

func (a *Announcer) postDueDigests(ctx context.Context) {
	b := a.b
	now := b.cfg.Now()
	ws, err := b.cfg.Watches.ListWatches(ctx, "")
	if err != nil {
		b.log.Error("cannot read the watches; digests wait for the next check", "error", err)
		return
	}
	for _, w := range ws {
		if w.Digest == "" {
			continue
		}
		last, err := b.cfg.Watches.LastDigest(ctx, w.ID)
		if err != nil {
			b.log.Error("cannot read when a digest was last posted", "watch", w.ID, "error", err)
			continue
		}
		if last.IsZero() {
			last = w.Created
		}
		if !lastSlot(w.Digest, now.In(b.location())).After(last) {
			continue
		}
		items, err := b.cfg.Watches.TakeDigest(ctx, w.ID, now)
		if err != nil {
			b.log.Error("cannot take a digest's figures", "watch", w.ID, "error", err)
			continue
		}
		var facts []index.FactAnswer
		for _, it := range items {
			var f index.FactAnswer
			if err := json.Unmarshal(it, &f); err != nil {
				b.log.Error("a digest figure cannot be read; left out", "watch", w.ID, "error", err)
				continue
			}
			facts = append(facts, f)
		}
		if len(facts) == 0 {
			continue
		}
		title := "Daily digest for watch"
		if w.Digest == "weekly" {
			title = "Weekly digest for watch"
		}
		a.wait(ctx, w.Channel)
		b.postMessage(ctx, w.Channel, "", renderWatchNews(title, []watchNews{{watch: w, facts: facts}}))
		b.log.Info("posted a digest", "watch", w.ID, "channel", w.Channel, "figures", len(facts))
	}
}

// lastSlot is the latest time at or before now when a digest of kind is
// scheduled: digestHour today or the day before, or on the last Monday.
func lastSlot(kind string, now time.Time) time.Time {
	slot := time.Date(now.Year(), now.Month(), now.Day(), digestHour, 0, 0, 0, now.Location())
	if slot.After(now) {
		slot = slot.AddDate(0, 0, -1)
	}
	if kind == "weekly" {
		back := (int(slot.Weekday()) - int(time.Monday) + 7) % 7
		slot = slot.AddDate(0, 0, -back)
	}
	return slot
}

func (b *Bot) location() *time.Location {
	if b.cfg.Location != nil {
		return b.cfg.Location
	}
	return time.Local
}

// matching returns the facts of w's question that are among newKeys.
func (a *Announcer) matching(ctx context.Context, w Watch, newKeys map[string]bool) ([]index.FactAnswer, error) {
	q, err := a.b.understand(ctx, w.Query)
	if err != nil {
		return nil, err
	}
	ans, err := a.b.asker.AskN(ctx, w.Query, watchFacts)
	if err != nil {
		return nil, err
	}
	var out []index.FactAnswer
	for _, f := range ans.Facts {
		if !newKeys[corpus.FactKey(f.Fact)] {
			continue
		}
		// The answer ranks facts about the companies asked first but may
		// go on to others; a watch wants only those it names.
		if q.Kind != "" && f.Kind != q.Kind {
			continue
		}
		if !slices.ContainsFunc(q.Companies, func(c string) bool { return !slices.Contains(f.Companies, c) }) {
			out = append(out, f)
		}
	}
	return out, nil
}

// wait keeps posts to one channel at least a second apart.
func (a *Announcer) wait(ctx context.Context, channel string) {
	a.mu.Lock()
	next := a.lastPost[channel].Add(time.Second)
	now := time.Now()
	if next.Before(now) {
		next = now
	}
	a.lastPost[channel] = next
	a.mu.Unlock()
	if d := time.Until(next); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
		}
	}
}

// watchNews is one watch's new figures.
type watchNews struct {
	watch Watch
	facts []index.FactAnswer
}

// maxWatchBlocks leaves room under Slack's 50 blocks for the last group's
// trailer.
const maxWatchBlocks = 45

// renderWatchNews renders new figures for a channel's watches in the
// answer layout, one group per watch.
func renderWatchNews(title string, parts []watchNews) message {
	var blocks []slack.Block
	var texts []string
	for i, p := range parts {
		ans := renderAnswer(index.Answer{Query: p.watch.Query, Facts: p.facts}, onCommand)
		intro := section(fmt.Sprintf("*%s %d* (“%s”):", title, p.watch.ID, truncate(escapeLine(p.watch.Query), 200)))
		if len(blocks)+1+len(ans.Blocks) > maxWatchBlocks {
			blocks = append(blocks, contextLine(fmt.Sprintf("and new figures for %d more watches — ask `/deal` to see them", len(parts)-i)))
			break
		}
		blocks = append(blocks, intro)
		blocks = append(blocks, ans.Blocks...)
		texts = append(texts, ans.Text)
	}
	text := fmt.Sprintf("New figures for your watches: %s", strings.Join(texts, " · "))
	return message{Text: truncate(text, 3000), Blocks: blocks}
}

// withNewsHelp adds to the help what this dealbot offers beyond questions:
// watches and the feeds it polls, when they are on. They are /deal
// commands, so they are shown for /deal help only.
func (b *Bot) withNewsHelp(m message, s surface) message {
	if s != onCommand || (b.cfg.Watches == nil && b.cfg.Feeds == nil) {
		return m
	}
	var lines []string
	if b.cfg.Watches != nil {
		lines = append(lines,
			"• `/deal watch openai` — post new figures about OpenAI in this channel as articles arrive (add `daily` or `weekly` for a digest)",
			"• `/deal watches` — this channel's watches; `/deal unwatch N` stops one")
	}
	if b.cfg.Feeds != nil {
		lines = append(lines, "• `/deal feeds` — the news feeds dealbot reads, and when each was last fetched")
	}
	m.Blocks = append(append([]slack.Block(nil), m.Blocks...), section(strings.Join(lines, "\n")))
	m.Text += "\n" + strings.Join(lines, "\n")
	return m
}

// understand reads a watch's question as the asker answers it. New made
// sure the asker can when watches are on.
func (b *Bot) understand(ctx context.Context, query string) (index.Question, error) {
	u, ok := b.asker.(Understander)
	if !ok {
		return index.Question{}, fmt.Errorf("bot: %T cannot Understand a watch's question", b.asker)
	}
	return u.Understand(ctx, query)
}
