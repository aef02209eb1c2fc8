package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// salesDatedArticles give seat counts and rounds whose sentences date them:
// a count of the year before beside the count of the day, a count of the
// day beside a pilot's year, and an earlier round beside the round of the
// news.
var salesDatedArticles = []corpus.Article{
	dated(article("northwind-seats", "Northwind widens its Copilot rollout",
		"Northwind had 2,000 Microsoft 365 Copilot seats in 2024. Northwind is now giving Copilot to 9,000 employees."), "2025-09-01"),
	dated(article("fabrikam-round", "Northwind leads Fabrikam's Series B",
		"Fabrikam raised $20 million in a Series A in 2023. Northwind is leading a $60 million Series B in Fabrikam, the start-up said on Monday."), "2025-09-01"),
	dated(article("litware-seats", "Litware widens its Copilot rollout",
		"Litware had 400 Microsoft 365 Copilot seats in May. Litware is now giving Copilot to 7,000 employees after a pilot in 2024."), "2025-09-01"),
}

// TestSalesQuestionsOfDatedFigures asks what a sales person types about a
// customer's seats and a prospect's funding: the figure of the day answers
// a plain question, the dated one a question asking what it was or its year.
func TestSalesQuestionsOfDatedFigures(t *testing.T) {
	ix := testIndex(t, salesDatedArticles)
	tests := []struct {
		query string
		first want
	}{
		{"northwind copilot seats", want{corpus.Seats, 9000, "", []string{"Northwind"}, 1}},
		{"northwind copilot seats now", want{corpus.Seats, 9000, "", []string{"Northwind"}, 1}},
		{"northwind copilot seats 2024", want{corpus.Seats, 2000, "", []string{"Northwind"}, 1}},
		{"how many copilot seats did northwind have before", want{corpus.Seats, 2000, "", []string{"Northwind"}, 1}},
		{"northwind copilot seats prior to the expansion", want{corpus.Seats, 2000, "", []string{"Northwind"}, 1}},
		// A pilot's year said after the rollout dates the pilot: the
		// rollout is the count of the day.
		{"litware copilot seats", want{corpus.Seats, 7000, "", []string{"Litware"}, 1}},
		{"litware copilot licenses before", want{corpus.Seats, 400, "", []string{"Litware"}, 1}},
		{"fabrikam funding", want{corpus.DealValue, 60000000, "", []string{"Fabrikam"}, 1}},
		{"fabrikam series b", want{corpus.DealValue, 60000000, "", []string{"Fabrikam"}, 1}},
		{"fabrikam series a 2023", want{corpus.DealValue, 20000000, "", []string{"Fabrikam"}, 1}},
		{"fabrikam previous round", want{corpus.DealValue, 20000000, "", []string{"Fabrikam"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// lastYearQuarterArticles give a share in a quarter of "last year" beside
// the share of the year before that.
var lastYearQuarterArticles = []corpus.Article{
	dated(article("litware-router", "Litware gains in routers",
		"Litware held 17.2% of the router market in the first quarter of last year, up from 15% in 2023, IDC said."), "2025-05-01"),
}

// TestSalesQuestionsOfAQuarterOfLastYear asks for a share by the quarter
// and year a sales person types: "last year" is the year before the
// article's, and a quarter asked with another year wants that year's.
func TestSalesQuestionsOfAQuarterOfLastYear(t *testing.T) {
	ix := testIndex(t, lastYearQuarterArticles)
	tests := []struct {
		query string
		first want
	}{
		{"litware router share q1 2024", want{corpus.MarketShare, 17.2, "", []string{"Litware"}, 1}},
		{"litware router market share first quarter 2024", want{corpus.MarketShare, 17.2, "", []string{"Litware"}, 1}},
		{"litware router share 2024", want{corpus.MarketShare, 17.2, "", []string{"Litware"}, 1}},
		{"litware router share 2023", want{corpus.MarketShare, 15, "", []string{"Litware"}, 1}},
		{"litware router share q1 2023", want{corpus.MarketShare, 15, "", []string{"Litware"}, 1}},
		{"what was litware's router share in q1", want{corpus.MarketShare, 17.2, "", []string{"Litware"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
