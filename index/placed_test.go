package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestFigureOfThePlaceAsked asks for what a company spends in one of two
// places an article gives a figure for each of, its title the sum of
// both: the figure said beside the place asked for comes first, not the
// headline sum nor the other place's. Near miss: a question naming both
// places gets the sum its title says of both.
func TestFigureOfThePlaceAsked(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		article("split", "Contoso to invest $3 billion in AI and cloud in Germany and the Netherlands",
			"Contoso will invest $3 billion in Germany and the Netherlands over the next five years to build up its cloud. "+
				"Contoso would spend $2 billion in Germany and $1 billion in the Netherlands, it said in separate statements."),
	})
	tests := []struct {
		query string
		first want
	}{
		{"contoso netherlands", want{corpus.DealValue, 1e9, "", []string{"Contoso", "Netherlands"}, 1}},
		{"contoso germany investment", want{corpus.DealValue, 2e9, "", []string{"Contoso", "Germany"}, 1}},
		// Near miss: both places.
		{"how much is contoso investing in the netherlands and germany", want{corpus.DealValue, 3e9, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
