package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// spelledArticles tell of a company's rounds: an older article whose
// sentence calls its figure the latest round, and a newer one about a
// round without saying which; and two rounds of another company, neither
// called the latest.
var spelledArticles = []corpus.Article{
	dated(article("latest", "Contoso raises $6 billion",
		"Contoso raised $6 billion in its latest funding round, investors said."), "2024-12-02"),
	dated(article("newer", "Contoso's funding, in brief",
		"Contoso raised $2 billion from Fabrikam in a funding round, the companies said."), "2025-03-03"),
	dated(article("initial", "Northwind and Tailspin commit $100 billion to data centres",
		"Northwind and Tailspin will commit an initial $20 billion to the data centres, the two said."), "2025-04-01"),
	dated(article("older", "Fabrikam raises $1 billion",
		"Fabrikam raised $1 billion in a funding round led by Litware."), "2024-05-06"),
	dated(article("newest", "Fabrikam raises $3 billion",
		"Fabrikam raised $3 billion in a funding round led by Litware."), "2025-05-06"),
}

// TestFigureItsSentenceCallsTheOrderAsked asks for the latest or the first
// figure: one whose own sentence calls it so, beside the figure, answers
// before one dated later (or earlier) whose sentence does not. Without
// the order word, the newest answers.
func TestFigureItsSentenceCallsTheOrderAsked(t *testing.T) {
	ix := testIndex(t, spelledArticles)
	tests := []struct {
		query string
		first want
	}{
		{"how much did contoso raise in its latest round", want{corpus.DealValue, 6e9, "", []string{"Contoso"}, 1}},
		{"northwind tailspin initial commitment", want{corpus.DealValue, 20e9, "", []string{"Northwind"}, 1}},
		// Near miss: no sentence calls a figure the latest, so the
		// newest answers.
		{"how much did fabrikam raise in its latest round", want{corpus.DealValue, 3e9, "", []string{"Fabrikam"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
