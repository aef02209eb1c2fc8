package index

import (
	"testing"

	"github.com/dealbot/dealbot/corpus/extract"
)

// TestPhrasesAskWhatTheirTableSays reads the phrases of the tables a
// question's flags come from: a phrase counts only with its words one
// after another. Near misses: "raised" is what was raised, not what is
// being raised, and "raise" apart from "trying to" asks for neither.
func TestPhrasesAskWhatTheirTableSays(t *testing.T) {
	x := extract.New()
	tests := []struct {
		query               string
		seeking, cumulative bool
	}{
		{"how much is xai raising", true, false},
		{"how much is mistral trying to raise", true, false},
		{"how much is northwind seeking to raise", true, false},
		{"how much has amazon invested so far", false, true},
		{"contoso funding to date", false, true},
		// Near misses.
		{"how much did xai raise", false, false},
		{"how much mistral raised", false, false},
		{"mistral trying to find investors to raise capital", false, false},
		{"contoso date of funding", false, false},
	}
	for _, tt := range tests {
		q, err := Understand(x, tt.query)
		if err != nil {
			t.Fatalf("Understand(%q): %v", tt.query, err)
		}
		if q.seeking != tt.seeking || q.cumulative != tt.cumulative {
			t.Errorf("%q: seeking %t, cumulative %t; want %t, %t", tt.query, q.seeking, q.cumulative, tt.seeking, tt.cumulative)
		}
	}
}
