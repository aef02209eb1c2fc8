package index

import (
	"slices"
	"testing"
)

// TestNearFigure reads which of a question's words stand beside a figure:
// within its clause, not across a comma that ends it nor a word that joins
// the next figure's clause, and a comma inside a number ends nothing.
func TestNearFigure(t *testing.T) {
	sentence := "The council gave Copilot Chat to its workforce of more than 5,000, and Microsoft 365 Copilot to about 4,500 officers, after a pilot with 500 staff."
	rounds := "It took part in Lambda's $320 million series C in 2024 and its $480 million series D in 2025."
	tests := []struct {
		sentence, figure string
		asked            []string
		want             []string
	}{
		{sentence, "more than 5,000", []string{"365", "copilot", "pilot"}, nil},
		{sentence, "about 4,500", []string{"365", "copilot", "pilot"}, []string{"365", "copilot"}},
		{sentence, "500", []string{"365", "copilot", "pilot"}, []string{"pilot"}},
		{rounds, "$320 million", []string{"series", "c", "d"}, []string{"series", "c"}},
		{rounds, "$480 million", []string{"series", "c", "d"}, []string{"series", "d"}},
		{rounds, "$1 billion", []string{"series"}, nil},
	}
	for _, tt := range tests {
		set := nearFigure(tt.asked, tt.sentence, tt.figure)
		var got []string
		for i, w := range tt.asked {
			if set&(1<<i) != 0 {
				got = append(got, w)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q in %q: near %q, want %q", tt.figure, tt.sentence, got, tt.want)
		}
	}
}
