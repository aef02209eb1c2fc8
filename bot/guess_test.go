package bot

import (
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// An answer says which names it guessed, with the user's text escaped.
func TestAnswerSaysWhatItGuessed(t *testing.T) {
	a := index.Answer{
		Query:     "micorsoft <!channel> hyperscalers",
		Companies: []string{"Microsoft"},
		Guesses: []index.Guess{
			{Typed: "micorsoft", Companies: []string{"Microsoft"}},
			{Typed: "<!channel>", Companies: []string{"Amazon", "Google"}, Group: true},
		},
		Facts: []index.FactAnswer{{
			Fact:    corpus.Fact{Kind: corpus.DealValue, Value: 1e9, Unit: "USD", Text: "$1 billion", Companies: []string{"Microsoft"}},
			Sources: []index.Source{{ArticleID: "a", Title: "A deal"}},
		}},
	}
	blocks := renderAnswer(a, onCommand).Blocks
	var context []string
	for _, b := range blocks {
		if c, ok := b.(*slack.ContextBlock); ok {
			for _, e := range c.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					context = append(context, t.Text)
				}
			}
		}
	}
	all := strings.Join(context, "\n")
	if !strings.Contains(all, "Showing Microsoft for “micorsoft”") {
		t.Errorf("want the guess of Microsoft shown, got:\n%s", all)
	}
	if !strings.Contains(all, "Showing Amazon and Google for") || strings.Contains(all, "<!channel>") {
		t.Errorf("want the group guess shown with the typed text escaped, got:\n%s", all)
	}
}
