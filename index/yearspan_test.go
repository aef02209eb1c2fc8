package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestYearThePledgeRunsTo asks for pledges by a year they run to, or a
// year in a programme's name: that year is no year of the figure, and a
// pledge its article dates to the year it was made still answers first.
func TestYearThePledgeRunsTo(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("india", "Amazon steps up its India cloud plans",
			"In 2023, Amazon committed $12.7 billion to India by 2030. Amazon has invested $3.7 billion in India between 2016 and 2022."), "2023-05-18"),
		dated(article("saudi", "Microsoft backs Saudi Vision 2030",
			"Microsoft will invest $2.1 billion in Saudi Arabia under a deal signed in March 2024, backing Vision 2030. Microsoft already spent $300 million on a Riyadh office."), "2024-03-05"),
	})
	for _, tc := range []struct {
		q string
		w want
	}{
		{"amazon india investment to 2030", want{corpus.DealValue, 12.7e9, "", []string{"Amazon"}, 1}},
		{"amazon india investment up to 2030", want{corpus.DealValue, 12.7e9, "", []string{"Amazon"}, 1}},
		{"amazon india investment by the end of 2030", want{corpus.DealValue, 12.7e9, "", []string{"Amazon"}, 1}},
		{"amazon india 2030 investment", want{corpus.DealValue, 12.7e9, "", []string{"Amazon"}, 1}},
		{"microsoft saudi vision 2030 investment", want{corpus.DealValue, 2.1e9, "", []string{"Microsoft"}, 1}},
		{"amazon india investment by 2030", want{corpus.DealValue, 12.7e9, "", []string{"Amazon"}, 1}},
		{"amazon india investment through 2030", want{corpus.DealValue, 12.7e9, "", []string{"Amazon"}, 1}},
	} {
		t.Run(tc.q, func(t *testing.T) { firstIs(t, ix, tc.q, tc.w) })
	}
}
