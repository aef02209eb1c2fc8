package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestMonthOfAnotherYear asks for a month of a year: an undated figure of
// an article published in that month of another year does not fit the
// month, so of two articles saying the question's words the figure its
// own sentence dates answers. A question for the
// month the article appeared, with its year, still gets that article's.
func TestMonthOfAnotherYear(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("rollout", "Fabrikam's assistant reaches its whole staff",
			"Fabrikam has deployed Microsoft Copilot to more than 20,000 employees in 30 countries. "+
				"Its paid trial began in 2024."), "2026-01-20"),
		dated(article("paid", "Copilot passes a milestone",
			"Microsoft says Copilot has reached 15 million paid seats. "+
				"According to the report, paid seats stood at 1.3 million in January 2024."), "2025-09-01"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"microsoft copilot paid seats january 2024", want{corpus.Seats, 1.3e6, "", []string{"Microsoft"}, 1}},
		// Near miss: the month and year the rollout's article appeared.
		{"microsoft copilot seats january 2026", want{corpus.Seats, 20000, "", []string{"Microsoft"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
