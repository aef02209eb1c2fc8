package bot

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// shippedIndex builds the index of the articles built into dealbot the
// way `dealbot index` builds it: compacted to one segment, so relevance
// scores, and the answers, are the same every run.
func shippedIndex(t *testing.T) *index.Index {
	t.Helper()
	l, err := corpus.LoadFS(context.Background(), corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "deals.bleve")
	if _, err := bleveindex.Build(context.Background(), extract.New(), path, l.Articles, nil); err != nil {
		t.Fatal(err)
	}
	e, err := bleveindex.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ix := index.New(e, extract.New())
	t.Cleanup(func() { ix.Close() })
	return ix
}

// goldenCase is one question and how it is asked.
type goldenCase struct {
	name    string
	surface string // slash, mention, dm, share (as slack-preview draws them), shortcut
	input   string // what the user typed or pressed
	// reply makes the message the bot sends.
	reply func(ctx context.Context, b *Bot) message
	// answer says the reply is an answer: its first line has a figure, it
	// takes at most maxAnswerBlocks blocks, and what it hides is counted.
	answer bool
}

func goldenCases() []goldenCase {
	slash := func(q string) func(context.Context, *Bot) message {
		return func(ctx context.Context, b *Bot) message { m, _ := b.commandMessage(ctx, q); return m }
	}
	conv := func(q string, s surface) func(context.Context, *Bot) message {
		return func(ctx context.Context, b *Bot) message { return b.conversationMessage(ctx, q, s) }
	}
	return []goldenCase{
		{"01_amazon_microsoft", "slash", "/deal amazon microsoft", slash("amazon microsoft"), true},
		{"02_salesforce_seats_missing_kind", "slash", "/deal salesforce seats", slash("salesforce seats"), true},
		{"03_google_cloud_market_share", "slash", "/deal google cloud market share", slash("google cloud market share"), true},
		{"04_amazon_microsoft_market_share", "slash", "/deal amazon microsoft market share", slash("amazon microsoft market share"), true},
		{"05_microsoft_pay_activision_steered", "mention", "@dealbot what did microsoft pay for activision", conv("what did microsoft pay for activision", onMention), true},
		{"06_gartner_2021_alibaba_steered", "slash", "/deal gartner 2021 alibaba share", slash("gartner 2021 alibaba share"), true},
		{"07_jedi_cancelled", "slash", "/deal microsoft pentagon contract", slash("microsoft pentagon contract"), true},
		{"08_compare_aws_azure_google", "slash", "/deal compare aws azure google", slash("compare aws azure google"), true},
		{"09_timeline_microsoft_openai", "slash", "/deal timeline microsoft openai", slash("timeline microsoft openai"), true},
		{"10_latest", "slash", "/deal latest", slash("latest"), true},
		{"11_help", "slash", "/deal help", slash("help"), false},
		{"12_no_match", "slash", "/deal zzyzx quux", slash("zzyzx quux"), false},
		{"13_greeting_dm", "dm", "hi", conv("hi", onDM), false},
		{"14_thanks_dm", "dm", "thanks!", conv("thanks!", onDM), false},
		{"15_shared_amazon_microsoft", "share", "Share in channel on /deal amazon microsoft", func(ctx context.Context, b *Bot) message {
			m, _ := b.sharedMessage(ctx, buttonValue{Query: "amazon microsoft"}, "U0SHARER")
			return m
		}, true},
		{"16_show_all_oracle_openai", "slash", "Show all on /deal oracle openai", func(ctx context.Context, b *Bot) message {
			return b.moreMessage(ctx, buttonValue{Query: "oracle openai", Mode: modeAll})
		}, false},
		{"17_articles_amazon_microsoft", "slash", "Articles on /deal amazon microsoft", func(ctx context.Context, b *Bot) message {
			return b.moreMessage(ctx, buttonValue{Query: "amazon microsoft", Mode: modeArticles})
		}, false},
		{"18_too_long", "slash", "/deal amazon ×100", slash(strings.Repeat("amazon ", 100)), false},
		{"19_extract_deal_facts", "shortcut", "Extract deal facts on a message linking to a news article", func(ctx context.Context, b *Bot) message {
			return withAddButton(renderPage(goldenPage()), goldenPageURL)
		}, true},
		{"20_oracle_wiz_no_shared_deal", "slash", "/deal oracle wiz", slash("oracle wiz"), true},
	}
}

// goldenPageURL is where the shortcut's golden answer says its page came
// from.
const goldenPageURL = "https://news.example/news/oracle-openai?utm_source=slack"

// goldenPage is a page as the shortcut reads it, from testdata.
func goldenPage() Page {
	data, err := os.ReadFile(filepath.Join("testdata", "shortcut", "oracle-openai.html"))
	if err != nil {
		panic(err)
	}
	arts, _ := corpus.ParsePage(goldenPageURL, data)
	if len(arts) == 0 {
		panic("testdata/shortcut/oracle-openai.html holds no article")
	}
	a := arts[0]
	a.URL = "https://news.example/news/oracle-openai"
	a.ID = corpus.ArticleID(a.Title, a.Body)
	return Page{Article: a, Facts: extract.New().Extract(a)}
}

// previewPayload is a reply as ../shared/tools/slack-preview reads it.
type previewPayload struct {
	Name         string        `json:"name"`
	Surface      string        `json:"surface"`
	Input        string        `json:"input"`
	Method       string        `json:"method"`
	ResponseType string        `json:"response_type,omitempty"`
	Text         string        `json:"text"`
	Blocks       []slack.Block `json:"blocks"`
}

// figure matches a figure a reader came for: "$1B", "15%", "1M seats".
var figure = regexp.MustCompile(`(\$|€|£|¥)\d|\d%|\d(M|B|K)? seats|\d+ (deal|deals)\b`)

// TestGoldenReplies renders representative questions over the shipped
// articles and compares the Block Kit and fallback text with the files
// under testdata/golden (go test ./bot -run Golden -update rewrites them;
// draw them with slack-preview to look at them). It also holds every answer
// to the limits a reader notices: the figure in the first line and first in
// the notification, a phone screen of blocks, and a count of what is left
// out.
func TestGoldenReplies(t *testing.T) {
	ix := shippedIndex(t)
	b, err := New(Config{AppToken: "xapp-1-A01-123-abcdef0123", BotToken: "xoxb-123-456-abcdef0123", Logger: discardLogger()}, ix)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, c := range goldenCases() {
		t.Run(c.name, func(t *testing.T) {
			m := b.fit(c.reply(ctx, b))
			if err := checkLimits(m); err != nil {
				t.Fatal(err)
			}
			p := previewPayload{Name: c.name, Surface: c.surface, Input: c.input, Method: "ack", ResponseType: "ephemeral", Text: m.Text, Blocks: m.Blocks}
			switch c.surface {
			case "mention", "dm":
				p.Method, p.ResponseType = "chat.postMessage", ""
			case "share":
				p.Method, p.ResponseType = "response_url", "in_channel"
			case "shortcut":
				// Drawn as what it is: a private reply in the channel,
				// as /deal's, but through the response_url.
				p.Surface, p.Method = "slash", "response_url"
			}
			got, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", c.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./bot -run Golden -update to write it)", err)
			}
			if string(got) != string(want) {
				gotPath := filepath.Join(os.TempDir(), "dealbot-"+c.name+".got.json")
				_ = os.WriteFile(gotPath, got, 0o644)
				t.Errorf("%s differs from the reply rendered now, written to %s (go test ./bot -run Golden -update, then look at it with slack-preview)", path, gotPath)
			}
			checkPlainFallback(t, m.Text)
			if c.answer {
				checkAnswer(t, m, string(got), c.surface != "share")
			}
		})
	}
}

// strayPunctuation is two marks where a sentence has one (". :", "..",
// ": ;"), or a mark after a space: what a missing part of a sentence
// leaves behind.
var strayPunctuation = regexp.MustCompile(`[.,;:] *[.,;:]|\s[.,;:]`)

// checkPlainFallback fails when a fallback text carries mrkdwn markers,
// which a notification shows as typed, or stray punctuation, which a
// screen reader reads out.
func checkPlainFallback(t *testing.T, text string) {
	t.Helper()
	for _, marker := range []string{"*", "`", "_", "<http", "|"} {
		if strings.Contains(text, marker) {
			t.Errorf("fallback text has the mrkdwn marker %q: %q", marker, text)
		}
	}
	if m := strayPunctuation.FindStringIndex(text); m != nil {
		t.Errorf("fallback text has stray punctuation %q: …%s…", text[m[0]:m[1]], text[max(0, m[0]-40):min(len(text), m[1]+40)])
	}
}

// checkAnswer holds an answer to what a reader notices first.
func checkAnswer(t *testing.T, m message, payload string, buttons bool) {
	t.Helper()
	if len(m.Blocks) > maxAnswerBlocks {
		t.Errorf("%d blocks, over the %d of a typical answer", len(m.Blocks), maxAnswerBlocks)
	}
	first := firstLine(m)
	if !figure.MatchString(first) {
		t.Errorf("the first line has no figure: %q", first)
	}
	if lead := strings.SplitN(m.Text, ".", 2)[0]; !figure.MatchString(lead) && !figure.MatchString(strings.SplitN(m.Text, "\n", 2)[0]) {
		t.Errorf("the fallback text does not start with the figure: %q", m.Text)
	}
	if m.reply.More > 0 {
		if !regexp.MustCompile(`\d+ of \d+|\d+ other figures?`).MatchString(payload) {
			t.Errorf("%d facts are left out without a count", m.reply.More)
		}
		if buttons && !strings.Contains(payload, "Show all (") {
			t.Errorf("%d facts are left out without a Show all button", m.reply.More)
		}
	}
}

// firstLine is the first line a reader sees under "Shared by", if any:
// notes about what was not found come first, in italics, then the answer.
func firstLine(m message) string {
	for _, bl := range m.Blocks {
		s, ok := bl.(*slack.SectionBlock)
		if !ok || s.Text == nil {
			continue
		}
		for _, l := range strings.Split(s.Text.Text, "\n") {
			if !strings.HasPrefix(l, "_") {
				return l
			}
		}
	}
	return ""
}
