package index_test

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestCompanyAskedWhereItsArmWorks asks for the share of a company in a
// region where it works through an arm of another name: the question
// names Airtel, the regulator's figures credit Airtel Africa, as the
// extractor reads them, and the answer says whom it shows.
func TestCompanyAskedWhereItsArmWorks(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("lagos", "Airtel gains ground in Nigeria",
			"Airtel held 27.1% of Nigeria's mobile subscriptions at the end of June, the Nigerian Communications Commission said."), "2025-08-01"),
		dated(article("delhi", "Bharti Airtel adds subscribers",
			"Bharti Airtel held 33.5% of India's wireless subscribers at the end of June, TRAI data showed."), "2025-08-20"),
	})
	tests := []struct {
		query string
		first want
		guess string // the company the answer says it shows, if any
	}{
		{"airtel nigeria share", want{corpus.MarketShare, 27.1, "", []string{"Airtel Africa"}, 1}, "Airtel Africa"},
		{"bharti airtel market share in nigeria", want{corpus.MarketShare, 27.1, "", []string{"Airtel Africa"}, 1}, "Airtel Africa"},
		// Near misses: a region the company works in under its own name,
		// and none.
		{"airtel india share", want{corpus.MarketShare, 33.5, "", []string{"Bharti Airtel"}, 1}, ""},
		{"airtel market share", want{corpus.MarketShare, 33.5, "", []string{"Bharti Airtel"}, 1}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
			a := askOf(t, ix, tt.query)
			guessed := slices.ContainsFunc(a.Guesses, func(g index.Guess) bool { return slices.Contains(g.Companies, tt.guess) })
			if guessed != (tt.guess != "") {
				t.Errorf("guesses %v, want one showing %q", a.Guesses, tt.guess)
			}
		})
	}
}
