package bot

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// An answer says which names it guessed, before the answer, with the
// user's text escaped.
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
	m := renderAnswer(a, onCommand)
	js, err := json.Marshal(m.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	all := string(js)
	if !strings.Contains(all, "Showing Microsoft for “micorsoft”") {
		t.Errorf("want the guess of Microsoft shown, got:\n%s", all)
	}
	if !strings.Contains(all, "Showing Amazon and Google for") || strings.Contains(all, "<!channel>") {
		t.Errorf("want the group guess shown with the typed text escaped, got:\n%s", all)
	}
	if !strings.Contains(m.Text, "Showing Microsoft") {
		t.Errorf("the fallback text does not say what was guessed: %q", m.Text)
	}
}
