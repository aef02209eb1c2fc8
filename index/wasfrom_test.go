package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// wasFromArticles each give a figure and what it was before, in one
// sentence: a contract's cost grown "from an initial" sum, and licences
// raised in steps ("later raised to 6,000 and then to 9,500").
var wasFromArticles = []corpus.Article{
	dated(article("cost", "Contoso contract cost doubles",
		"Adatum's IT contract with Contoso has more than doubled from an initial $4 million to $8.2 million, auditors said."), "2025-03-03"),
	dated(article("steps", "Contoso widens its Zoom rollout",
		"Contoso first bought 2,000 Zoom licences, a number later raised to 6,000 and then to 9,500."), "2025-04-04"),
}

// TestWhatAFigureWasBefore asks about a contract and a licence count
// whose sentences also give what they were before: the figure the change
// went to answers, unless the question asks what it was.
func TestWhatAFigureWasBefore(t *testing.T) {
	ix := testIndex(t, wasFromArticles)
	tests := []struct {
		query string
		first want
	}{
		{"adatum contoso contract cost", want{corpus.DealValue, 8.2e6, "", []string{"Contoso"}, 1}},
		{"how many zoom licences are paid for", want{corpus.Seats, 9500, "", []string{"Zoom"}, 1}},
		// Near miss: what it was, asked for.
		{"adatum contoso contract cost before", want{corpus.DealValue, 4e6, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
