package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// seekingReviewArticles give Mistral AI a round it closed and, earlier, a
// takeover and an investment it was in talks on; and Microsoft a share of
// its own beside a share of AWS's that Microsoft measured.
var seekingReviewArticles = []corpus.Article{
	dated(article("closed", "Mistral AI raises €600 million",
		"Mistral AI raised €600 million in a funding round, it said on Friday."), "2025-01-10"),
	dated(article("acq", "Mistral AI eyes Fabrikam",
		"Mistral AI is in talks to acquire Fabrikam for $200 million, people familiar with the matter said."), "2024-09-01"),
	dated(article("inv", "Mistral AI to back Northwind",
		"Mistral AI is in talks to invest $300 million in Northwind, people familiar with the matter said."), "2024-10-01"),
	dated(article("own", "Microsoft holds 22% of cloud market",
		"Microsoft held 22% of the cloud infrastructure market in the second quarter, Synergy Research Group said."), "2025-08-01"),
	dated(article("survey", "AWS leads cloud market, Microsoft research finds",
		"Amazon Web Services held 35% of the cloud infrastructure market in the third quarter, Microsoft research found."), "2025-09-01"),
}

// TestRaisingIsNoOtherDealInTalks asks what a company is raising when the
// deals it is in talks on are a takeover and an investment of its own:
// neither is money it raises, so the round it closed answers. A share a
// company asked for measured does not answer before its own.
func TestRaisingIsNoOtherDealInTalks(t *testing.T) {
	ix := testIndex(t, seekingReviewArticles)
	tests := []struct {
		query string
		first want
	}{
		{"how much is mistral raising", want{corpus.DealValue, 600e6, "", []string{"Mistral"}, 1}},
		{"is mistral raising money", want{corpus.DealValue, 600e6, "", []string{"Mistral"}, 1}},
		{"microsoft share of cloud infrastructure market", want{corpus.MarketShare, 22, "", []string{"Microsoft"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
