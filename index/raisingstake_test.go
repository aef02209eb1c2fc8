package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestRaisingAStakeIsNoRoundBeingRaised asks how much a company is
// raising its stake in another by: the stake deal answers, not the newer
// investment a question asking what it is raising would take first.
func TestRaisingAStakeIsNoRoundBeingRaised(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("stake", "Contoso lifts its Fabrikam stake",
			"Contoso will pay $500 million to raise its stake in Fabrikam to 30%, it said."), "2024-03-01"),
		dated(article("further", "Contoso invests in Fabrikam again",
			"Contoso invested a further $50 million in Fabrikam, its filing showed."), "2025-06-01"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"how much is contoso raising its stake in fabrikam", want{corpus.DealValue, 500e6, "", []string{"Contoso", "Fabrikam"}, 1}},
		{"contoso raising stake fabrikam", want{corpus.DealValue, 500e6, "", []string{"Contoso", "Fabrikam"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestRaisingItsRound asks what a company is raising in words that name
// its round: the newer round in talks answers, as for "how much is
// mistral raising".
func TestRaisingItsRound(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("old", "Mistral AI in talks to raise $300 million",
			"Mistral AI is in talks to raise $300 million from investors, people familiar with the matter said."), "2023-03-01"),
		dated(article("new", "A bigger round for Mistral AI",
			"Mistral AI is in talks to raise $2 billion from investors, people familiar with the matter said."), "2026-02-10"),
	})
	firstIs(t, ix, "how much is mistral raising its round", want{corpus.DealValue, 2e9, "", []string{"Mistral"}, 1})
}
