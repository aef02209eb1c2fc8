package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestSharesOfTwoCompaniesKeepTheirOrder asks for the shares of two
// companies that no share is about together: an older share from an
// article that names the other company does not answer before the
// newer shares, nor before the quarter asked for.
func TestSharesOfTwoCompaniesKeepTheirOrder(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("q2", "AWS keeps its lead",
			"AWS held 30% of the cloud infrastructure market in the second quarter of 2025, Synergy Research said."), "2025-08-01"),
		dated(article("q1", "Cloud market grows",
			"AWS held 29% of the cloud infrastructure market in the first quarter of 2025, Synergy Research said. Microsoft Azure was second."), "2025-05-01"),
		dated(article("azure", "Azure gains",
			"Microsoft Azure held 22% of the cloud infrastructure market in the second quarter of 2025, Synergy Research said."), "2025-08-02"),
	})
	for _, query := range []string{"aws azure share q2 2025", "aws azure cloud market share", "aws vs azure share"} {
		t.Run(query, func(t *testing.T) {
			for _, limit := range []int{1, 3, 10} {
				a, err := ix.AskN(context.Background(), query, limit)
				if err != nil {
					t.Fatal(err)
				}
				if len(a.Facts) == 0 || a.Facts[0].Period == "2025-Q1" {
					t.Errorf("limit %d: want a 2025-Q2 share first, got:\n%s", limit, describeAll(a.Facts))
				}
			}
		})
	}
}

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
