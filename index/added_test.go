package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestMoneyAddedToADeal asks for money added to an earlier deal in one of
// the words people use for it ("additional", "further", "another",
// "extra"): the article that reports the top-up in another of those words
// answers, not a deal elsewhere that happens to use the question's word.
func TestMoneyAddedToADeal(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		article("mistral-topup", "Microsoft puts another $2 billion into Mistral",
			"Microsoft is investing a further $2 billion in Mistral, the French startup said on Tuesday."),
		article("mistral-compute", "Mistral books more computing capacity",
			"Mistral signed an additional $5 billion cloud contract with Microsoft and CoreWeave for computing capacity in Europe."),
		article("anthropic-topup", "Amazon adds $3 billion to its Anthropic stake",
			"Amazon will invest an extra $3 billion in Anthropic, the companies said."),
		article("anthropic-chips", "Anthropic widens its chip deal",
			"Anthropic agreed a further $6 billion cloud contract with Amazon and Nvidia for chips and capacity."),
	})
	tests := []struct {
		query string
		first want
	}{
		{"microsoft mistral additional investment", want{corpus.DealValue, 2e9, "", []string{"Microsoft", "Mistral"}, 1}},
		{"microsoft mistral extra investment", want{corpus.DealValue, 2e9, "", []string{"Microsoft", "Mistral"}, 1}},
		{"amazon anthropic further investment", want{corpus.DealValue, 3e9, "", []string{"Amazon", "Anthropic"}, 1}},
		{"amazon anthropic additional investment", want{corpus.DealValue, 3e9, "", []string{"Amazon", "Anthropic"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			a := askOf(t, ix, tt.query)
			if len(a.Facts) == 0 || !tt.first.matches(a.Facts[0]) {
				t.Errorf("want %s %g about %q first, got:\n%s", tt.first.kind, tt.first.value, tt.first.companies, describeAll(a.Facts))
			}
		})
	}
}
