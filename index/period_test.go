package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestTheQuarterAskedFor asks for a share in a quarter, a half or a month
// of a year: the figure for that very period answers, before another
// period's of the same year whose article also speaks of the one asked
// for and whose details match the question's other words as well.
func TestTheQuarterAskedFor(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("q3", "TSMC widens its foundry lead over Samsung",
			"TSMC held 64.9% of the foundry market in the third quarter of 2024, TrendForce said. "+
				"TrendForce expects the gap to widen again in the fourth quarter."), "2024-12-06"),
		dated(article("q4", "Samsung falls further behind TSMC in Q4 2024",
			"TSMC's share rose to 67.1% in the fourth quarter of 2024, TrendForce data shows."), "2025-03-10"),
		dated(article("h1", "Dell leads the server market",
			"Dell held 19.5% of the server market in the first half of 2023, IDC said. "+
				"IDC expects Dell to hold its lead in the second half."), "2023-09-01"),
		dated(article("h2", "Dell holds its server lead",
			"Dell had 18.2% of servers sold in the second half of 2023, according to IDC."), "2024-03-01"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"tsmc foundry share q4 2024", want{corpus.MarketShare, 67.1, "", []string{"TSMC"}, 1}},
		{"tsmc foundry share fourth quarter 2024", want{corpus.MarketShare, 67.1, "", []string{"TSMC"}, 1}},
		{"tsmc foundry share q3 2024", want{corpus.MarketShare, 64.9, "", []string{"TSMC"}, 1}},
		{"dell server share h2 2023", want{corpus.MarketShare, 18.2, "", []string{"Dell"}, 1}},
		{"dell server share first half 2023", want{corpus.MarketShare, 19.5, "", []string{"Dell"}, 1}},
		// The quarter typed as people type it: in figures, short, or by
		// its months.
		{"tsmc foundry share 4th qtr 2024", want{corpus.MarketShare, 67.1, "", []string{"TSMC"}, 1}},
		{"tsmc foundry share oct-dec 2024", want{corpus.MarketShare, 67.1, "", []string{"TSMC"}, 1}},
		{"tsmc foundry share july to september quarter 2024", want{corpus.MarketShare, 64.9, "", []string{"TSMC"}, 1}},
		{"dell server share 2nd half 2023", want{corpus.MarketShare, 18.2, "", []string{"Dell"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestAMonthOfTheQuarterAskedFor asks for a share in a quarter that a
// monthly tracker gives for one of its months: that month's figure is
// the quarter's as a reader asks for it, before a figure for another
// quarter whose article names the one asked for and the research firm
// asked for, which the month's does not. The near miss asks for the
// other quarter.
func TestAMonthOfTheQuarterAskedFor(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("feb", "Edge edges up on the desktop",
			"Microsoft Edge had a 9.5% share of the desktop browser market in February 2022, web traffic data shows."), "2022-03-05"),
		dated(article("q4", "Edge ends 2022 ahead",
			"Edge closed the fourth quarter of 2022 with 11.0% of desktop browsers, StatCounter said. "+
				"In the first quarter of 2022 it had trailed Safari."), "2023-01-10"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"edge desktop browser share q1 2022 statcounter", want{corpus.MarketShare, 9.5, "", []string{"Microsoft"}, 1}},
		// Near miss: the quarter the other report gives.
		{"edge desktop browser share q4 2022 statcounter", want{corpus.MarketShare, 11, "", []string{"Microsoft"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
