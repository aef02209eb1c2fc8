package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestTheYearAskedFor asks for a share in a year: the figure for that
// year answers before one for another year whose details match more of
// the question's other words (its region and market said where the
// asked-for year's sentence says them only in passing). The near miss
// asks for the other year; a year the question gives as the end of a
// span ("by 2026") names no year of the figure.
func TestTheYearAskedFor(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("2026", "Hyperscalers tighten their hold on Europe",
			"Amazon holds 35% of the cloud infrastructure services market in Europe, according to a survey published in April 2026. Its lead has grown every year since 2020."), "2026-05-04"),
		dated(article("2020", "Local players slip in European cloud infrastructure services",
			"Amazon took 32% of the market in 2020, Synergy Research Group said."), "2021-02-10"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"amazon infrastructure services share europe 2020", want{corpus.MarketShare, 32, "", []string{"Amazon"}, 1}},
		// Near miss: the year the other report gives.
		{"amazon infrastructure services share europe 2026", want{corpus.MarketShare, 35, "", []string{"Amazon"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
