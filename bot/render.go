package bot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/layout"
)

// Slack's Block Kit limits. Lengths are counted in bytes, which is never
// fewer than the characters Slack counts, so anything within them fits.
const (
	maxBlocks = 50
	// maxAnswerBlocks is the most blocks a typical answer takes, buttons
	// included: it fits on a phone screen.
	maxAnswerBlocks    = 6
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
	// maxFallbackLines is how many further lines the fallback text gives.
	maxFallbackLines = 4
)

// How much of an answer a message shows; the rest is counted ("and N more").
const (
	maxArticlesShown = 10
	maxTitle         = 200
	maxSentence      = 600
	// maxDetail bounds the source sentence under an answer, in characters:
	// it supports the answer, it is not the answer.
	maxDetail = 220
)

// message is a rendered reply: Block Kit blocks and the plain-text fallback
// Slack shows in notifications and where blocks cannot be shown.
type message struct {
	Text   string
	Blocks []slack.Block
	// reply is what an answer was drawn from; empty for help, errors and
	// other replies that are not answers.
	reply layout.Reply
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
// stays within Slack's limits. An answer with no facts and no articles
// renders as a short reply with example queries.
func renderAnswer(a index.Answer, s surface) message {
	r := layout.Lay(a, layout.Options{})
	if r.Empty() && r.Articles == 0 {
		return renderNoMatch(a.Query, s, r.Notes)
	}
	if r.Empty() {
		return renderArticles(layout.LayArticles(a), r.Notes)
	}
	return renderReply(r)
}

// renderReply draws a laid-out answer: the answer and its source, the
// further lines, and a count of what is not shown. It is at most four
// blocks; buttons are added by the caller.
func renderReply(r layout.Reply) message {
	var blocks []slack.Block
	var top []string
	for _, n := range r.Notes {
		top = append(top, "_"+escapeLine(n)+"_")
	}
	top = append(top, lineMrkdwn(r.Lead))
	if d := strings.TrimSpace(r.Detail); d != "" {
		top = append(top, truncate(escapeLine(layout.Shorten(d, maxDetail)), maxSentence))
	}
	blocks = append(blocks, section(strings.Join(top, "\n")))
	if len(r.Source) > 0 {
		blocks = append(blocks, contextLine(lineMrkdwn(r.Source)))
	}
	if len(r.Lines) > 0 {
		lines := make([]string, 0, len(r.Lines))
		for _, l := range r.Lines {
			lines = append(lines, "• "+lineMrkdwn(l))
		}
		text, left := joinLines("*"+escapeLine(r.Heading)+"*", lines, len(lines), maxSectionText, "", "")
		if left > 0 {
			text += "\nand " + strconv.Itoa(left) + " more"
		}
		blocks = append(blocks, section(text))
	}
	if foot := footer(r); foot != "" {
		blocks = append(blocks, contextLine(foot))
	}
	return message{Text: fallback(r), Blocks: blocks, reply: r}
}

// footer explains the answer's marks, counts what it does not show and
// says what was asked.
func footer(r layout.Reply) string {
	var parts []string
	for _, n := range r.Footnotes {
		parts = append(parts, escapeLine(n))
	}
	if r.Hidden != "" {
		parts = append(parts, escapeLine(r.Hidden))
	}
	if r.Articles > 0 && r.ArticlesAbout != "" {
		parts = append(parts, escapeLine(r.ArticlesLine()))
	}
	if q := strings.TrimSpace(r.Query); q != "" {
		parts = append(parts, "results for “"+truncate(escapeLine(q), 300)+"”")
	}
	return strings.Join(parts, " · ")
}

// renderArticles lists the articles that matched, for the "Articles" button
// and for questions that found articles but no figures.
func renderArticles(r layout.Reply, notes []string) message {
	var b strings.Builder
	for _, n := range notes {
		b.WriteString("_" + escapeLine(n) + "_\n")
	}
	if len(r.Lines) == 0 {
		b.WriteString(lineMrkdwn(r.Lead))
		return message{Text: fallback(r), Blocks: []slack.Block{section(b.String())}, reply: r}
	}
	lines := make([]string, 0, len(r.Lines))
	for _, l := range r.Lines {
		lines = append(lines, "• "+lineMrkdwn(l))
	}
	heading := b.String() + lineMrkdwn(r.Lead)
	if len(notes) == 0 && r.Query != "" {
		heading = b.String() + "No figures for that, but these articles come closest:"
		if r.Hidden != "" || r.Articles > 0 {
			heading = b.String() + lineMrkdwn(r.Lead)
		}
	}
	text, left := joinLines(heading, lines, maxArticlesShown, maxSectionText, "", "")
	blocks := []slack.Block{section(text)}
	if n := r.More + left; n > 0 {
		blocks = append(blocks, contextLine(count(n, "more article", "more articles")))
	}
	return message{Text: fallback(r), Blocks: blocks, reply: r}
}

// lineMrkdwn writes a laid-out line as mrkdwn: figures bold, titles linked,
// everything from the corpus or the user escaped.
func lineMrkdwn(l layout.Line) string {
	var b strings.Builder
	for _, sp := range l {
		// Keep the spaces around a span: they separate it from the next.
		core := strings.TrimSpace(sp.Text)
		i := strings.Index(sp.Text, core)
		text := sp.Text[:i] + escapeLine(core) + sp.Text[i+len(core):]
		if core == "" {
			text = " "
		}
		switch {
		case sp.URL != "":
			b.WriteString(link(sp.URL, sp.Text, maxTitle))
		case sp.Strong && strings.TrimSpace(text) != "":
			// Bold only around words: Slack shows "* x*" as typed.
			lead := text[:len(text)-len(strings.TrimLeft(text, " "))]
			trail := text[len(strings.TrimRight(text, " ")):]
			b.WriteString(lead + "*" + strings.TrimSpace(text) + "*" + trail)
		default:
			b.WriteString(text)
		}
	}
	return b.String()
}

// fallback is the plain-text version of a reply, figure first: what a
// notification or a screen reader says.
func fallback(r layout.Reply) string {
	var parts []string
	if len(r.Lead) > 0 {
		lead := r.Lead.Plain()
		if len(r.Source) > 0 {
			lead += " (" + sourceMeta(r.Source) + ")"
		}
		parts = append(parts, lead+".")
	}
	parts = append(parts, r.Notes...)
	if len(r.Lines) > 0 {
		// A notification shows a few lines: the first further ones say
		// enough, "Show all" has the rest.
		lines := make([]string, 0, maxFallbackLines)
		for _, l := range r.Lines[:min(len(r.Lines), maxFallbackLines)] {
			lines = append(lines, l.Plain())
		}
		list := strings.Join(lines, "; ") + "."
		// A list under the lead itself (the articles) has no heading.
		if r.Heading != "" {
			list = r.Heading + ": " + list
		}
		parts = append(parts, list)
	}
	for _, n := range r.Footnotes {
		parts = append(parts, n+".")
	}
	if r.Hidden != "" {
		parts = append(parts, r.Hidden+".")
	}
	return truncate(Escape(strings.Join(strings.Fields(strings.Join(parts, " ")), " ")), maxFallbackText)
}

// sourceMeta is a source line without its title: "Business Insider, Oct
// 17, 2023".
func sourceMeta(l layout.Line) string {
	var parts []string
	for i, sp := range l {
		if sp.Text == " · " || (i == 0 && len(l) > 1) {
			continue
		}
		parts = append(parts, sp.Text)
	}
	if len(parts) == 0 {
		return l.Plain()
	}
	return strings.Join(parts, ", ")
}

// count writes n with the singular or plural noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// joinLines writes heading and then as many lines as fit in budget bytes and
// limit lines, reporting how many were left out. The room for a closing line
// "and N more …" is kept; the caller adds it.
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

// renderNoMatch is the kind reply when nothing matched.
func renderNoMatch(query string, s surface, notes []string) message {
	text := "Nothing in the articles matches “" + truncate(escapeLine(query), 300) + "”. " +
		"Try naming one or two companies, for example " + s.examples() + "."
	plainText := "Nothing in the articles matches “" + truncate(escapeLine(query), 300) + "”. " +
		"Try naming one or two companies, for example " + s.plainExamples() + "."
	if len(notes) > 0 {
		text = "_" + escapeLine(strings.Join(notes, " ")) + "_\n" + text
	}
	return message{Text: plainText, Blocks: []slack.Block{section(text)}}
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
