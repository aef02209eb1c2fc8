package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// measuredArticles give Anthropic's share of enterprise LLM spend twice:
// from a survey Andreessen Horowitz ran, and a newer one from Gartner.
var measuredArticles = []corpus.Article{
	dated(article("survey", "Anthropic takes 41% of enterprise LLM spend, Andreessen Horowitz survey finds",
		"Anthropic took 41% of enterprise LLM spend in 2025, according to a survey by Andreessen Horowitz."), "2025-06-02"),
	dated(article("newer", "Anthropic holds 37% of enterprise LLM spend, Gartner says",
		"Anthropic held 37% of enterprise LLM spend in the first quarter of 2026, Gartner said."), "2026-05-02"),
}

// TestShareByTheFirmNamedAsCompany asks for a share naming the company
// that measured it, which the question reads as a company: the share it
// measured is about every company asked for, and answers before a newer
// share measured by another. A question naming no firm gets the newest.
func TestShareByTheFirmNamedAsCompany(t *testing.T) {
	ix := testIndex(t, measuredArticles)
	tests := []struct {
		query string
		first want
	}{
		{"anthropic share of enterprise llm spend a16z", want{corpus.MarketShare, 41, "", []string{"Anthropic"}, 1}},
		{"anthropic andreessen horowitz enterprise llm share", want{corpus.MarketShare, 41, "", []string{"Anthropic"}, 1}},
		// Near miss: no firm named, so the newest share answers.
		{"anthropic share of enterprise llm spend", want{corpus.MarketShare, 37, "", []string{"Anthropic"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
