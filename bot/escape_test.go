package bot

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"<!channel>", "&lt;!channel&gt;"},
		{"<!here|here>", "&lt;!here|here&gt;"},
		{"<@U123>", "&lt;@U123&gt;"},
		{"<#C123|general>", "&lt;#C123|general&gt;"},
		{"AT&T", "AT&amp;T"},
		{"&lt; already", "&amp;lt; already"},
		{"a > b", "a &gt; b"},
		{"*bold* _it_ ~gone~ `code`", "\u2217bold\u2217 \u02cdit\u02cd \u223cgone\u223c \u02cbcode\u02cb"},
		{"Amazon \u202egnp.exe", "Amazon gnp.exe"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"bell\a esc\x1b[31m", "bell esc[31m"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeURLAndLink(t *testing.T) {
	tests := []struct {
		url, title, want string
	}{
		{"https://example.com/a", "Title", "<https://example.com/a|Title>"},
		{"http://example.com/a?x=1&y=2", "A & B", "<http://example.com/a?x=1&amp;y=2|A &amp; B>"},
		{"https://example.com/a|b", "T", "<https://example.com/a%7Cb|T>"},
		{"https://example.com/<!channel>", "T", "<https://example.com/%3C%21channel%3E|T>"},
		{"javascript:alert(1)", "<!channel>", "&lt;!channel&gt;"},
		{"ftp://example.com/x", "T", "T"},
		{"/relative", "T", "T"},
		{"", "T", "T"},
		{"https://user:pw@example.com/", "T", "T"},
		{"https://exa mple.com/", "T", "T"},
		{"https://example.com/\n<!here>", "T", "T"},
		{"https://example.com/", "", "<https://example.com/|untitled article>"},
		{"https://example.com/", "multi\nline   title", "<https://example.com/|multi line title>"},
	}
	for _, tt := range tests {
		if got := link(tt.url, tt.title, 100); got != tt.want {
			t.Errorf("link(%q, %q) = %q, want %q", tt.url, tt.title, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"abcdefghijkl", 10, "abcdefg…"},
		{"abcd &amp; efgh", 10, "abcd…"}, // never cut inside an entity
		{"ab&lt;cdefgh", 9, "ab&lt;…"},   // a whole entity stays
		{"ab&lt;cdefgh", 7, "ab…"},       // a cut one goes
		{"ééééééé", 10, "ééé…"},          // rune boundary
		{"abc", 2, ""},
	}
	for _, tt := range tests {
		got := truncate(tt.in, tt.max)
		if len(got) > tt.max || !utf8.ValidString(got) {
			t.Errorf("truncate(%q, %d) = %q: over the limit or invalid UTF-8", tt.in, tt.max, got)
		}
		if got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestQueryText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"amazon microsoft", "amazon microsoft"},
		{"  AT&amp;T deal ", "AT&T deal"},
		{"&lt;!channel&gt; amazon", "<!channel> amazon"},
		{"<!channel> amazon", "<!channel> amazon"},
		{"see <https://example.com|example> now", "see example now"},
		{"see <https://example.com>", "see https://example.com"},
		{"in <#C123|general>", "in #general"},
		{"unclosed <tag", "unclosed <tag"},
	}
	for _, tt := range tests {
		if got := queryText(tt.in); got != tt.want {
			t.Errorf("queryText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@UBOT> amazon", "amazon"},
		{"amazon <@UBOT>", "amazon"},
		{"hey <@UBOT|dealbot> amazon <@UBOT>", "hey   amazon"},
		{"<@UOTHER> amazon", "<@UOTHER> amazon"},
		{"<@UBOT|broken", ""},
	}
	for _, tt := range tests {
		if got := stripMention(tt.in, "UBOT"); got != tt.want {
			t.Errorf("stripMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileAnswer puts s in every piece of text an answer carries.
func hostileAnswer(s string) index.Answer {
	src := index.Source{ArticleID: s, Title: s, URL: s, Publication: s, Path: s,
		Published: time.Date(2023, 11, 8, 0, 0, 0, 0, time.UTC)}
	urlSrc := src
	urlSrc.URL = "https://example.com/" + s
	return index.Answer{
		Query:     s,
		Companies: []string{s},
		Facts: []index.FactAnswer{{
			Fact: corpus.Fact{Kind: corpus.Kind(s + "x"), Unit: s, Text: s, Companies: []string{s}, Market: s, Sentence: s,
				Qualifier: corpus.Qualifier(s)},
			Sources: []index.Source{src, urlSrc},
		}},
		Articles: []index.ArticleHit{{Source: src}, {Source: urlSrc}},
	}
}

// renderedTexts returns every text of m a user could see.
func renderedTexts(t testing.TB, m message) []string {
	t.Helper()
	js, err := json.Marshal(m.Blocks)
	if err != nil {
		t.Fatalf("marshalling blocks: %v", err)
	}
	var v any
	if err := json.Unmarshal(js, &v); err != nil {
		t.Fatal(err)
	}
	texts := []string{m.Text}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "text" {
					texts = append(texts, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	return texts
}

// assertNoPings fails when any text contains a Slack special sequence.
func assertNoPings(t testing.TB, what string, texts []string) {
	t.Helper()
	for _, s := range texts {
		for _, bad := range []string{"<!", "<@", "<#"} {
			if strings.Contains(s, bad) {
				t.Fatalf("%s: output contains an unescaped %q: %q", what, bad, s)
			}
		}
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"<!channel>", "<@U123>", "<#C1|x>", "<<!here>>", "&lt;!channel&gt;", "<https://x|<!here>>", "a|b>", "<!subteam^S1>", "\x00<\n!", "&<", "<!here"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if e := Escape(s); strings.ContainsAny(e, "<>") {
			t.Fatalf("Escape(%q) = %q still has angle brackets", s, e)
		}
		a := hostileAnswer(s)
		assertNoPings(t, "answer", renderedTexts(t, renderAnswer(a, onCommand)))
		assertNoPings(t, "no match", renderedTexts(t, renderNoMatch(s, onMention)))
		assertNoPings(t, "too long", renderedTexts(t, func() message { m, _ := renderError(index.ErrQueryTooLong, s, onDM); return m }()))
		assertNoPings(t, "shared", renderedTexts(t, withShareButton(renderAnswer(a, onCommand), s)))
		m := renderAnswer(a, onCommand)
		if err := checkLimits(m); err != nil {
			t.Fatalf("rendering %q: %v", s, err)
		}
	})
}

func TestHugeAnswerWithinLimits(t *testing.T) {
	m := withShareButton(renderAnswer(hugeAnswer("amazon"), onCommand), "amazon")
	if err := checkLimits(m); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(renderedTexts(t, m), "\n")
	for _, want := range []string{"and 190 more facts", "and 17 more sources", "more articles"} {
		if !strings.Contains(all, want) {
			t.Errorf("huge answer lacks %q", want)
		}
	}
	js, _ := json.Marshal(payloadFor(m, false))
	if len(js) <= maxAckPayload {
		t.Logf("huge answer is %d bytes; it would fit an ack", len(js))
	}
}

func TestCheckLimitsFailsLoudly(t *testing.T) {
	tooMany := make([]slack.Block, maxBlocks+1)
	for i := range tooMany {
		tooMany[i] = section("x")
	}
	long := strings.Repeat("x", maxSectionText+1)
	fields := make([]*slack.TextBlockObject, maxFields+1)
	for i := range fields {
		fields[i] = mrkdwn("f")
	}
	tests := map[string]message{
		"no text":       {Blocks: []slack.Block{section("x")}},
		"too many":      {Text: "t", Blocks: tooMany},
		"long section":  {Text: "t", Blocks: []slack.Block{slack.NewSectionBlock(mrkdwn(long), nil, nil)}},
		"long header":   {Text: "t", Blocks: []slack.Block{slack.NewHeaderBlock(plain(strings.Repeat("h", 151)))}},
		"many fields":   {Text: "t", Blocks: []slack.Block{slack.NewSectionBlock(nil, fields, nil)}},
		"long field":    {Text: "t", Blocks: []slack.Block{slack.NewSectionBlock(nil, []*slack.TextBlockObject{mrkdwn(strings.Repeat("f", 2001))}, nil)}},
		"long fallback": {Text: long, Blocks: nil},
	}
	for name, m := range tests {
		if err := checkLimits(m); err == nil {
			t.Errorf("%s: checkLimits = nil, want an error", name)
		}
	}
	b := &Bot{log: discardLogger()}
	if got := b.fit(tests["too many"]); checkLimits(got) != nil || !strings.Contains(got.Text, "too large") {
		t.Errorf("fit did not replace an oversized message with a notice: %+v", got.Text)
	}
}
