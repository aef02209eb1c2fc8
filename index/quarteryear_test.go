package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// quarterYearArticles give a company's share at the end of one year and in
// the fourth quarter of the next, in one sentence.
var quarterYearArticles = []corpus.Article{
	dated(article("litware", "Litware loses share of the router market",
		"Litware's share slipped from 15.9% in 2021 to 15.6% in the last three months of 2022, IDC said."), "2023-03-01"),
}

// TestQuarterOfAnotherYearDoesNotFit asks for a quarter of one year: a
// figure for that quarter of another year fits the question's quarter no
// better than its year, so the figure of the year asked answers first.
func TestQuarterOfAnotherYearDoesNotFit(t *testing.T) {
	ix := testIndex(t, quarterYearArticles)
	tests := []struct {
		query string
		first want
	}{
		{"litware router share q4 2021", want{corpus.MarketShare, 15.9, "", []string{"Litware"}, 1}},
		{"litware router share 2021", want{corpus.MarketShare, 15.9, "", []string{"Litware"}, 1}},
		// Near misses: the quarter asked with its own year, and the
		// quarter alone.
		{"litware router share q4 2022", want{corpus.MarketShare, 15.6, "", []string{"Litware"}, 1}},
		{"litware router share q4", want{corpus.MarketShare, 15.6, "", []string{"Litware"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
