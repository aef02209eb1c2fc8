package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestTheRoundAskedForByItsLetter asks for a funding round by its letter,
// "a" among them, which is also a word every question drops: the round's
// figure answers before a later round's whose sentence says "series" too.
// The near miss asks for the later round.
func TestTheRoundAskedForByItsLetter(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("early", "Anthropic's early backers",
			"Anthropic raised $124 million in a Series A led by Jaan Tallinn. "+
				"Anthropic raised $580 million in a Series B a year later."), "2022-05-01"),
		dated(article("late", "Anthropic raises again",
			"Anthropic raised $450 million in a Series C led by Spark Capital."), "2023-05-23"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"anthropic series a", want{corpus.DealValue, 124e6, "", []string{"Anthropic"}, 1}},
		{"how much did anthropic raise in its series a", want{corpus.DealValue, 124e6, "", []string{"Anthropic"}, 1}},
		// Near misses: the other rounds.
		{"anthropic series b", want{corpus.DealValue, 580e6, "", []string{"Anthropic"}, 1}},
		{"anthropic series c", want{corpus.DealValue, 450e6, "", []string{"Anthropic"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
