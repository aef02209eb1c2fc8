package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestTheYearsLatestShare asks for a company's share in a year that
// reports give only by quarter: the year's latest quarter answers, as the
// newest share does when the question names no time, before an earlier
// quarter's that a headline of its own scores higher. A question naming
// the quarter, or another year, still gets that one.
func TestTheYearsLatestShare(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("q2", "Microsoft gains ground in the second quarter",
			"Microsoft held 22% of the cloud infrastructure market in the second quarter of 2025, Canalys said. "+
				"Microsoft's cloud business grew 39%."), "2025-08-05"),
		dated(article("q3", "Cloud spending keeps rising",
			"Microsoft held 20% of the cloud infrastructure market in the third quarter of 2025, behind Amazon, Synergy Research Group said."), "2025-10-30"),
		dated(article("y24", "Microsoft ends 2024 strong",
			"Microsoft took 21% of the cloud infrastructure market in 2024, Synergy Research Group said."), "2025-02-10"),
		dated(article("h1", "Dell leads servers in the first half",
			"Dell held 19.5% of the server market in the first half of 2023, IDC said, and Dell's server revenue rose 8%."), "2023-09-01"),
		dated(article("h2", "Server market closes the year",
			"Dell had 18.2% of the server market in the second half of 2023, ahead of HPE, according to IDC."), "2024-03-01"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"microsoft share of cloud infrastructure market 2025", want{corpus.MarketShare, 20, "", []string{"Microsoft"}, 1}},
		{"microsoft cloud infrastructure share in 2025", want{corpus.MarketShare, 20, "", []string{"Microsoft"}, 1}},
		{"dell server market share 2023", want{corpus.MarketShare, 18.2, "", []string{"Dell"}, 1}},
		// Near misses: the quarter or the half named, another year.
		{"microsoft cloud infrastructure share q2 2025", want{corpus.MarketShare, 22, "", []string{"Microsoft"}, 1}},
		{"dell server share h1 2023", want{corpus.MarketShare, 19.5, "", []string{"Dell"}, 1}},
		{"microsoft cloud infrastructure share 2024", want{corpus.MarketShare, 21, "", []string{"Microsoft"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
