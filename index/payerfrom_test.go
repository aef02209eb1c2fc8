package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestMoneyFromAPartyIsPaidByIt asks for money one company got from
// another, naming the payer after "from" right after the noun of money:
// of two deals between the same companies, the one the payer paid
// answers. The near miss turns the companies round and gets the other.
func TestMoneyFromAPartyIsPaidByIt(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("invest", "Google deepens its Anthropic ties",
			"Google will invest $2 billion in Anthropic, the companies said."), "2024-10-01"),
		dated(article("cloud", "Anthropic signs a cloud deal with Google",
			"Anthropic will pay Google $3 billion for cloud computing over four years."), "2024-10-02"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"anthropic money from google", want{corpus.DealValue, 2e9, "", []string{"Google", "Anthropic"}, 1}},
		{"money from google to anthropic", want{corpus.DealValue, 2e9, "", []string{"Google", "Anthropic"}, 1}},
		// Near miss: the other way round, the cloud deal.
		{"google money from anthropic", want{corpus.DealValue, 3e9, "", []string{"Google", "Anthropic"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
