package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/index"
)

// Action IDs of the buttons under an answer.
const (
	shareActionID    = "dealbot_share"
	allActionID      = "dealbot_all"
	articlesActionID = "dealbot_articles"
	upActionID       = "dealbot_up"
	downActionID     = "dealbot_down"
)

// mode is which view of an answer a message shows.
type mode string

const (
	modeAnswer   mode = ""
	modeAll      mode = "all"
	modeArticles mode = "articles"
)

// buttonValue is what a button under an answer carries: the question, the
// view of it the message showed, and for feedback the facts it showed.
type buttonValue struct {
	Query string   `json:"q"`
	Mode  mode     `json:"m,omitempty"`
	Facts []string `json:"f,omitempty"`
}

func (v buttonValue) encode() string {
	b, _ := json.Marshal(v) // strings only: cannot fail
	for len(b) > maxButtonValue && len(v.Facts) > 0 {
		v.Facts = v.Facts[:len(v.Facts)-1]
		b, _ = json.Marshal(v)
	}
	return string(b)
}

// decodeButton reads a button's value. Values written before buttons
// carried JSON are the bare query.
func decodeButton(s string) buttonValue {
	var v buttonValue
	if strings.HasPrefix(s, "{") && json.Unmarshal([]byte(s), &v) == nil {
		return v
	}
	return buttonValue{Query: s}
}

// surface is where a question was asked; it decides how examples are written.
type surface int

const (
	onCommand surface = iota
	onMention
	onDM
)

// ask writes query q as the user would ask it on s, without markup.
func (s surface) ask(q string) string {
	switch s {
	case onMention:
		return "@dealbot " + q
	case onDM:
		return q
	default:
		return "/deal " + q
	}
}

// example writes query q as the user would ask it on s, as code.
func (s surface) example(q string) string { return "`" + s.ask(q) + "`" }

// suggested are the questions offered when a question could not be
// answered: one of each kind of figure, each answering over the shipped
// articles (TestEveryExampleAnswers asks them).
var suggested = []string{"amazon microsoft", "google cloud market share", "microsoft seats"}

func (s surface) examples() string {
	return s.example(suggested[0]) + ", " + s.example(suggested[1]) + " or " + s.example(suggested[2])
}

func (s surface) plainExamples() string {
	return s.ask(suggested[0]) + ", " + s.ask(suggested[1]) + " or " + s.ask(suggested[2])
}

// mrkdwnMessage is a one-section reply whose fallback is the same words
// without mrkdwn markers.
func mrkdwnMessage(mrkdwnText, plainText string) message {
	return message{Text: plainText, Blocks: []slack.Block{section(mrkdwnText)}}
}

// greetings are messages that say hello or thanks rather than ask.
var greetings = setOfWords(`hi hello hey hiya yo howdy morning afternoon evening good hallo
thanks thank thx ty cheers you dealbot there all`)

func setOfWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isGreeting reports whether text only greets or thanks: "hi", "thanks!",
// "good morning dealbot".
func isGreeting(text string) (greeting, thanks bool) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	if len(words) == 0 || len(words) > 4 {
		return false, false
	}
	for _, w := range words {
		if !greetings[w] {
			return false, false
		}
		if w == "thanks" || w == "thank" || w == "thx" || w == "ty" || w == "cheers" {
			thanks = true
		}
	}
	return true, thanks
}

// renderGreeting answers a hello or a thank-you in one line with two
// examples.
func renderGreeting(thanks bool, s surface) message {
	hello := "Hi! Ask me about a cloud deal, for example "
	if thanks {
		hello = "You're welcome! Ask again any time, for example "
	}
	return mrkdwnMessage(
		hello+s.example("amazon microsoft")+" or "+s.example("google cloud market share")+".",
		hello+s.ask("amazon microsoft")+" or "+s.ask("google cloud market share")+".")
}

// renderHelp explains how to ask, and what the articles cover when cov is
// known.
func renderHelp(s surface, cov index.Coverage) message {
	covers, coversPlain := "the news articles it has read", "the news articles it has read"
	if cov.Articles > 0 {
		covers = fmt.Sprintf("%s from %s", count(cov.Articles, "news article", "news articles"), years(cov))
		if len(cov.Companies) > 0 {
			covers += " about " + escapeLine(strings.Join(cov.Companies, ", ")) + " and others"
		}
		coversPlain = covers
	}
	var b strings.Builder
	b.WriteString("*dealbot* answers questions about cloud deals from " + covers + ": deal values, seat counts and market shares, each with its source.\n")
	for _, ex := range helpExamples {
		b.WriteString("• " + s.example(ex[0]) + ": " + ex[1] + "\n")
	}
	b.WriteString("`/deal` answers are visible only to you until you press *Share in channel*. Mention @dealbot in a channel (it answers in a thread) or send it a direct message.")
	plainText := "dealbot answers questions about cloud deals from " + coversPlain + ". For example " +
		s.ask("amazon microsoft") + " or " + s.ask("google cloud market share") + ". /deal answers are visible only to you until you share them."
	return mrkdwnMessage(b.String(), plainText)
}

// helpExamples are the questions help shows, with what each shows; each
// answers over the shipped articles (TestEveryExampleAnswers asks them).
var helpExamples = [][2]string{
	{"amazon microsoft", "deals between two companies"},
	{"what did microsoft pay for openai", "what a deal was worth"},
	{"google cloud market share", "the newest share, earlier ones under it"},
	{"microsoft seats", "seat and licence counts"},
	{"compare aws azure google", "market shares side by side"},
	{"timeline microsoft openai", "their deals in date order"},
	{"latest", "the newest deals"},
}

// years writes the years the articles span: "2019–2026".
func years(cov index.Coverage) string {
	if cov.From.IsZero() {
		return "recent years"
	}
	a, b := cov.From.Year(), cov.To.Year()
	if a == b {
		return strconv.Itoa(a)
	}
	return strconv.Itoa(a) + "–" + strconv.Itoa(b)
}

// renderError tells the user what went wrong and what to change. It returns
// true when err is unexpected and worth logging as an error.
func renderError(err error, query string, s surface) (message, bool) {
	switch {
	case errors.Is(err, index.ErrEmptyQuery):
		return mrkdwnMessage("Ask me about a company or a deal, for example "+s.examples()+".",
			"Ask me about a company or a deal, for example "+s.plainExamples()+"."), false
	case errors.Is(err, index.ErrQueryTooLong):
		f := "That question is too long (%d characters): keep it to %d characters or fewer. A company name or two works best, for example %s."
		n := utf8.RuneCountInString(query)
		return mrkdwnMessage(fmt.Sprintf(f, n, index.MaxQueryLen, s.example("amazon microsoft")),
			fmt.Sprintf(f, n, index.MaxQueryLen, s.ask("amazon microsoft"))), false
	case errors.Is(err, index.ErrUnavailable):
		text := "The deal index is unavailable right now, so I can't answer. Please try again later; if it keeps happening, let whoever runs dealbot know (its log says why)."
		return mrkdwnMessage(text, text), false
	default:
		return renderApology(), true
	}
}

// apologyText is the reply when something unexpected went wrong.
const apologyText = "Sorry, something went wrong while looking that up. Please try again in a moment."

func renderApology() message { return mrkdwnMessage(apologyText, apologyText) }

// withButtons adds the buttons under an answer: share it (for a private
// answer), show what it leaves out, list its articles, and say whether it
// was right.
func withButtons(m message, q string, md mode, share bool) message {
	if q == "" || len(q) > maxButtonValue/2 {
		return m
	}
	var els []slack.BlockElement
	add := func(id, label string, v buttonValue) {
		els = append(els, slack.NewButtonBlockElement(id, v.encode(), plain(label)))
	}
	if share {
		add(shareActionID, "Share in channel", buttonValue{Query: q, Mode: md})
	}
	if md == modeAnswer {
		if n := m.reply.More; n > 0 {
			add(allActionID, "Show all ("+strconv.Itoa(n+len(m.reply.FactIDs))+")", buttonValue{Query: q, Mode: modeAll})
		}
		if n := m.reply.Articles; n > 0 {
			add(articlesActionID, "Articles ("+strconv.Itoa(n)+")", buttonValue{Query: q, Mode: modeArticles})
		}
	}
	if len(m.reply.FactIDs) > 0 {
		v := buttonValue{Query: q, Mode: md, Facts: m.reply.FactIDs}
		add(upActionID, "👍", v)
		add(downActionID, "👎", v)
	}
	if len(els) == 0 {
		return m
	}
	out := m
	out.Blocks = append(append([]slack.Block(nil), m.Blocks...), slack.NewActionBlock("dealbot_actions", els...))
	return out
}

// withSharedBy puts who shared an answer at the top of it.
func withSharedBy(m message, userID string) message {
	if !isSlackID(userID) {
		return m
	}
	out := m
	out.Blocks = append([]slack.Block{contextLine("Shared by <@" + userID + ">")}, m.Blocks...)
	return out
}
