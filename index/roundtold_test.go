package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// roundToldArticles give Contoso a new round and, told in the same
// sentence as what came before it, the Series A it raised earlier.
var roundToldArticles = []corpus.Article{
	dated(article("contoso-b", "Contoso raises $40 million",
		"Contoso raised $40 million in a funding round led by Fabrikam Ventures, and earlier this year it raised $12 million in a Series A round led by Northwind Capital."), "2025-06-02"),
}

// TestRoundNamedByItsLetterIsNoBackground asks for a round by its letter:
// the round its article tells as what came before the news ("earlier this
// year it raised $12 million in a Series A round") answers, as the
// question names it. Near misses: a question naming no round gets the
// news, and one naming another letter is not answered by the Series A.
func TestRoundNamedByItsLetterIsNoBackground(t *testing.T) {
	ix := testIndex(t, roundToldArticles)
	tests := []struct {
		query string
		first want
	}{
		{"contoso series a", want{corpus.DealValue, 12e6, "", []string{"Contoso"}, 1}},
		{"how much did contoso raise in its series a", want{corpus.DealValue, 12e6, "", []string{"Contoso"}, 1}},
		// Near misses.
		{"contoso funding round", want{corpus.DealValue, 40e6, "", []string{"Contoso"}, 1}},
		{"how much did contoso raise", want{corpus.DealValue, 40e6, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
