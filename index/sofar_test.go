package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestWhatHasBeenPutInSoFar asks how much a company has invested or
// spent so far: the money its article says is already in answers, before
// a plan announced in the same article that a headline scores higher.
// Asked what the company will invest, the plan answers.
func TestWhatHasBeenPutInSoFar(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("chile", "Amazon Web Services to invest $4 billion in Chile data centres",
			"Amazon Web Services said it will invest $4 billion in Chile data centres. "+
				"Amazon has invested more than $1.2 billion in Chile since it arrived in 2018."), "2025-06-10"),
		dated(article("brazil", "Microsoft plans $2.7 billion Brazil cloud investment",
			"Microsoft plans to invest $2.7 billion in Brazil over three years. "+
				"To date Microsoft has spent $900 million on its Brazil data centres."), "2024-09-26"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"how much has amazon invested in chile", want{corpus.DealValue, 1.2e9, "", []string{"Amazon"}, 1}},
		{"how much has microsoft spent in brazil", want{corpus.DealValue, 900e6, "", []string{"Microsoft"}, 1}},
		{"microsoft brazil investment to date", want{corpus.DealValue, 900e6, "", []string{"Microsoft"}, 1}},
		// Near misses: what the company will invest.
		{"how much will amazon invest in chile", want{corpus.DealValue, 4e9, "", []string{"Amazon"}, 1}},
		{"microsoft brazil investment plan", want{corpus.DealValue, 2.7e9, "", []string{"Microsoft"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
