package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// earlierArticles each give a company's figure of the day beside the one
// it had in a year before the article: the dated one is background, unless
// the question asks what the figure was.
var earlierArticles = []corpus.Article{
	dated(article("seats", "Northwind widens its Copilot rollout",
		"Northwind had 2,000 Microsoft 365 Copilot seats in 2024. Northwind is now giving Copilot to 9,000 employees."), "2025-09-01"),
}

// TestEarlierAsksForTheDatedFigure asks for a figure now and as it was.
func TestEarlierAsksForTheDatedFigure(t *testing.T) {
	ix := testIndex(t, earlierArticles)
	tests := []struct {
		query string
		first want
	}{
		{"northwind copilot seats", want{corpus.Seats, 9000, "", []string{"Microsoft"}, 1}},
		{"northwind copilot seats before", want{corpus.Seats, 2000, "", []string{"Microsoft"}, 1}},
		{"northwind previous copilot seats", want{corpus.Seats, 2000, "", []string{"Microsoft"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
