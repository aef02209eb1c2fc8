package bot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/index"
)

// Slack's Block Kit limits. Lengths are counted in bytes, which is never
// fewer than the characters Slack counts, so anything within them fits.
const (
	maxBlocks          = 50
	maxHeaderText      = 150
	maxSectionText     = 3000
	maxFields          = 10
	maxFieldText       = 2000
	maxContextElements = 10
	maxContextText     = 2000
	maxButtonValue     = 2000
	maxButtonText      = 75
	// maxFallbackText keeps the notification text short; chat.postMessage
	// itself truncates text beyond 40,000 characters.
	maxFallbackText = 3000
)

// How much of an answer a message shows; the rest is counted ("and N more").
const (
	maxFactsShown    = 10
	maxSourcesShown  = 3
	maxArticlesShown = 10
	maxTitle         = 200
	maxSentence      = 600
)

// shareActionID is the action_id of the "Share in channel" button; its value
// is the query to answer again.
const shareActionID = "dealbot_share"

// message is a rendered reply: Block Kit blocks and the plain-text fallback
// Slack shows in notifications and where blocks cannot be shown.
type message struct {
	Text   string
	Blocks []slack.Block
}

// surface is where a question was asked; it decides how examples are written.
type surface int

const (
	onCommand surface = iota
	onMention
	onDM
)

// example writes query q as the user would ask it on s.
func (s surface) example(q string) string {
	switch s {
	case onMention:
		return "`@dealbot " + q + "`"
	case onDM:
		return "`" + q + "`"
	default:
		return "`/deal " + q + "`"
	}
}

func (s surface) examples() string {
	return s.example("amazon microsoft") + ", " + s.example("google cloud market share") + " or " + s.example("salesforce seats")
}

func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, true)
}

func plain(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, false, false)
}

func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(mrkdwn(truncate(text, maxSectionText)), nil, nil)
}

func contextLine(texts ...string) *slack.ContextBlock {
	els := make([]slack.MixedElement, 0, len(texts))
	for _, t := range texts {
		els = append(els, mrkdwn(truncate(t, maxContextText)))
	}
	return slack.NewContextBlock("", els...)
}

// renderAnswer renders a as Block Kit blocks with the plain-text fallback
// that must accompany them, with examples written for surface s. Every piece
// of corpus and user text in the result is escaped for mrkdwn, and the result
// stays within Slack's limits: long answers are trimmed with "and N more"
// rather than lost. An answer with no facts and no articles renders as a
// short reply with example queries.
func renderAnswer(a index.Answer, s surface) message {
	if len(a.Facts) == 0 && len(a.Articles) == 0 {
		return renderNoMatch(a.Query, s)
	}
	var blocks []slack.Block
	blocks = append(blocks, slack.NewHeaderBlock(plain(truncate(headerText(a), maxHeaderText))))
	if q := strings.TrimSpace(a.Query); q != "" {
		blocks = append(blocks, contextLine("Results for “"+truncate(escapeLine(q), 300)+"”"))
	}
	if len(a.Guesses) > 0 {
		blocks = append(blocks, contextLine(guessesLine(a.Guesses)))
	}

	cited := map[string]bool{}
	shown := min(len(a.Facts), maxFactsShown)
	for _, f := range a.Facts[:shown] {
		blocks = append(blocks, factSection(f))
		if c := sourcesContext(f.Sources); c != nil {
			blocks = append(blocks, c)
		}
		for _, src := range f.Sources {
			cited[src.ArticleID] = true
		}
	}
	if n := len(a.Facts) - shown; n > 0 {
		blocks = append(blocks, contextLine(fmt.Sprintf("and %s — ask a narrower question to see them", count(n, "more fact", "more facts"))))
	}

	var articles []index.ArticleHit
	for _, h := range a.Articles {
		if len(a.Facts) == 0 || !cited[h.ArticleID] || h.ArticleID == "" {
			articles = append(articles, h)
		}
	}
	omitted := 0
	if len(articles) > 0 {
		heading := "*Related articles*"
		if len(a.Facts) == 0 {
			heading = "I found no figures for that, but these articles come closest:"
		}
		var text string
		text, omitted = articleList(heading, articles)
		blocks = append(blocks, slack.NewDividerBlock(), section(text))
	}
	if n := a.MoreArticles + omitted; n > 0 {
		blocks = append(blocks, contextLine(count(n, "more article", "more articles")))
	}
	return message{Text: fallbackText(a), Blocks: blocks}
}

// guessesLine says which names of the query were read as something else,
// so that a wrong guess is seen at once.
func guessesLine(gs []index.Guess) string {
	parts := make([]string, 0, len(gs))
	for _, g := range gs {
		parts = append(parts, truncate(escapeLine(g.String()), 200))
	}
	return strings.Join(parts, " · ")
}

// headerText names the companies the answer is about.
func headerText(a index.Answer) string {
	companies := a.Companies
	if len(companies) == 0 && len(a.Facts) > 0 {
		companies = a.Facts[0].Companies
	}
	if len(companies) == 0 {
		if len(a.Facts) == 0 {
			return "Closest articles"
		}
		return "Cloud deals"
	}
	return escapeLine(strings.Join(companies, " · "))
}

// factSection renders one fact: its figure and companies as fields, with the
// sentence it came from quoted.
func factSection(f index.FactAnswer) *slack.SectionBlock {
	value := Escape(FormatValue(f.Fact))
	if value == "" {
		value = "(figure not stated)"
	}
	if f.Market != "" {
		value += " of " + escapeLine(f.Market)
	}
	fields := []*slack.TextBlockObject{
		mrkdwn(truncate("*"+kindLabel(f.Kind)+"*\n"+value, maxFieldText/2)),
	}
	if len(f.Companies) > 0 {
		label := "*Companies*\n"
		if len(f.Companies) == 1 {
			label = "*Company*\n"
		}
		fields = append(fields, mrkdwn(truncate(label+escapeLine(strings.Join(f.Companies, ", ")), maxFieldText/2)))
	}
	var text *slack.TextBlockObject
	if s := strings.TrimSpace(f.Sentence); s != "" {
		text = mrkdwn("> " + truncate(escapeLine(s), maxSentence))
	}
	return slack.NewSectionBlock(text, fields, nil)
}

// sourcesContext lists a fact's sources, best first, as links with
// publication and date.
func sourcesContext(sources []index.Source) *slack.ContextBlock {
	if len(sources) == 0 {
		return nil
	}
	shown := min(len(sources), maxSourcesShown)
	texts := make([]string, 0, shown+1)
	for _, s := range sources[:shown] {
		texts = append(texts, sourceLine(s))
	}
	if n := len(sources) - shown; n > 0 {
		texts = append(texts, "and "+count(n, "more source", "more sources"))
	}
	return contextLine(texts...)
}

// sourceLine writes "<url|Title> · Publication · Nov 8, 2023".
func sourceLine(s index.Source) string {
	line := link(s.URL, s.Title, maxTitle)
	if b := truncate(escapeLine(Byline(s)), 120); b != "" {
		line += " · " + b
	}
	return line
}

// articleList writes a bulleted list of articles under heading, within one
// section's limit, and reports how many did not fit.
func articleList(heading string, hits []index.ArticleHit) (string, int) {
	lines := make([]string, 0, len(hits))
	for _, h := range hits {
		lines = append(lines, "• "+sourceLine(h.Source))
	}
	return joinLines(heading, lines, maxArticlesShown, maxSectionText, "more article", "more articles")
}

// joinLines writes heading and then as many lines as fit in budget bytes and
// limit lines, reporting how many were left out. The room for a closing line
// "and N more …" is kept; the caller adds it (so counts can merge) only when
// the lines are part of a larger tally, so joinLines itself adds nothing.
func joinLines(heading string, lines []string, limit, budget int, one, many string) (string, int) {
	const reserve = 40 // room for "and N more articles" written by the caller
	var b strings.Builder
	b.WriteString(heading)
	n := 0
	for _, l := range lines {
		if n == limit || b.Len()+1+len(l) > budget-reserve {
			break
		}
		b.WriteString("\n" + l)
		n++
	}
	return b.String(), len(lines) - n
}

// count writes n with the singular or plural noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// fallbackText is the plain-text version of an answer.
func fallbackText(a index.Answer) string {
	lines := []string{truncate(headerText(a), maxHeaderText)}
	for _, f := range a.Facts {
		l := kindLabel(f.Kind) + ": " + Escape(FormatValue(f.Fact))
		if len(f.Companies) > 0 {
			l += " (" + escapeLine(strings.Join(f.Companies, ", ")) + ")"
		}
		if len(f.Sources) > 0 {
			src := f.Sources[0]
			l += " — " + truncate(escapeLine(src.Title), maxTitle)
			if d := formatDate(src.Published); d != "" {
				l += ", " + d
			}
		}
		lines = append(lines, l)
	}
	if len(a.Facts) == 0 {
		for _, h := range a.Articles {
			lines = append(lines, "• "+truncate(escapeLine(h.Title), maxTitle))
		}
	}
	text, left := joinLines(lines[0], lines[1:], len(lines), maxFallbackText, "", "")
	if left > 0 {
		text += "\nand " + strconv.Itoa(left) + " more"
	}
	return text
}

// renderNoMatch is the kind reply when nothing matched.
func renderNoMatch(query string, s surface) message {
	text := "I couldn't find any deals matching “" + truncate(escapeLine(query), 300) + "”. " +
		"Try naming one or two companies, for example " + s.examples() + "."
	return message{Text: text, Blocks: []slack.Block{section(text)}}
}

// renderHelp explains how to ask.
func renderHelp(s surface) message {
	text := "*dealbot* answers questions about cloud deals from the news articles it has read: deal values, seats and market shares, with the articles they came from.\n" +
		"Ask with a company name or two, or a question:\n" +
		"• " + s.example("amazon microsoft") + " — deals between two companies\n" +
		"• " + s.example("oracle deal size") + " — what a deal was worth\n" +
		"• " + s.example("google cloud market share") + " — market shares\n" +
		"• " + s.example("salesforce seats") + " — seat counts\n" +
		"Use `/deal` anywhere, mention @dealbot in a channel (it answers in a thread), or send it a direct message."
	return message{Text: text, Blocks: []slack.Block{section(text)}}
}

// renderError tells the user what went wrong and what to change. It returns
// true when err is unexpected and worth logging as an error.
func renderError(err error, query string, s surface) (message, bool) {
	var text string
	unexpected := false
	switch {
	case errors.Is(err, index.ErrEmptyQuery):
		text = "Ask me about a company or a deal, for example " + s.examples() + "."
	case errors.Is(err, index.ErrQueryTooLong):
		text = fmt.Sprintf("That question is too long (%d characters): keep it to %d characters or fewer. A company name or two works best, for example %s.",
			utf8.RuneCountInString(query), index.MaxQueryLen, s.example("amazon microsoft"))
	case errors.Is(err, index.ErrUnavailable):
		text = "The deal index is unavailable right now, so I can't answer. Please try again later; if it keeps happening, let whoever runs dealbot know (its log says why)."
	default:
		text = apologyText
		unexpected = true
	}
	return message{Text: text, Blocks: []slack.Block{section(text)}}, unexpected
}

// apologyText is the reply when something unexpected went wrong.
const apologyText = "Sorry, something went wrong while looking that up. Please try again in a moment."

func renderApology() message {
	return message{Text: apologyText, Blocks: []slack.Block{section(apologyText)}}
}

// withShareButton adds a "Share in channel" button that answers query again
// in the channel. Queries too long for a button value get no button.
func withShareButton(m message, query string) message {
	if query == "" || len(query) > maxButtonValue {
		return m
	}
	btn := slack.NewButtonBlockElement(shareActionID, query, plain("Share in channel"))
	blocks := append(append([]slack.Block(nil), m.Blocks...), slack.NewActionBlock("dealbot_actions", btn))
	return message{Text: m.Text, Blocks: blocks}
}

// withSharedBy notes who shared an answer in the channel.
func withSharedBy(m message, userID string) message {
	if !isSlackID(userID) {
		return m
	}
	blocks := append(append([]slack.Block(nil), m.Blocks...), contextLine("Shared by <@"+userID+">"))
	return message{Text: m.Text, Blocks: blocks}
}

// isSlackID reports whether s looks like a Slack user ID ("U0123ABC").
func isSlackID(s string) bool {
	if len(s) < 2 || len(s) > 32 || (s[0] != 'U' && s[0] != 'W') {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// errLimit reports a message over one of Slack's limits.
var errLimit = errors.New("message is over Slack's limits")

// checkLimits returns an error wrapping errLimit naming the first Slack limit
// m breaks; Slack would reject or silently cut such a message.
func checkLimits(m message) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", errLimit, fmt.Sprintf(format, args...))
	}
	if strings.TrimSpace(m.Text) == "" {
		return fail("no fallback text")
	}
	if len(m.Text) > maxFallbackText {
		return fail("fallback text is %d bytes, over %d", len(m.Text), maxFallbackText)
	}
	if len(m.Blocks) > maxBlocks {
		return fail("%d blocks, over %d", len(m.Blocks), maxBlocks)
	}
	for i, b := range m.Blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			if b.Text == nil || len(b.Text.Text) > maxHeaderText {
				return fail("block %d: header text missing or over %d", i, maxHeaderText)
			}
		case *slack.SectionBlock:
			if b.Text == nil && len(b.Fields) == 0 {
				return fail("block %d: section with neither text nor fields", i)
			}
			if b.Text != nil && len(b.Text.Text) > maxSectionText {
				return fail("block %d: section text is %d bytes, over %d", i, len(b.Text.Text), maxSectionText)
			}
			if len(b.Fields) > maxFields {
				return fail("block %d: %d fields, over %d", i, len(b.Fields), maxFields)
			}
			for _, f := range b.Fields {
				if len(f.Text) > maxFieldText {
					return fail("block %d: field is %d bytes, over %d", i, len(f.Text), maxFieldText)
				}
			}
		case *slack.ContextBlock:
			els := b.ContextElements.Elements
			if len(els) == 0 || len(els) > maxContextElements {
				return fail("block %d: %d context elements, want 1 to %d", i, len(els), maxContextElements)
			}
			for _, e := range els {
				if t, ok := e.(*slack.TextBlockObject); ok && len(t.Text) > maxContextText {
					return fail("block %d: context text is %d bytes, over %d", i, len(t.Text), maxContextText)
				}
			}
		case *slack.ActionBlock:
			for _, e := range b.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok && (len(btn.Value) > maxButtonValue || len(btn.Text.Text) > maxButtonText) {
					return fail("block %d: button value or text too long", i)
				}
			}
		}
	}
	return nil
}
