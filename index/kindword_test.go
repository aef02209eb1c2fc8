package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestKindOfBodyNamesNone asks for a vendor's licences at universities
// the world over: a university's own seat count answers it no better for
// the word "University" in that university's name, and the count whose
// sentence says "worldwide" and "licences" comes first. Near miss: the
// question naming the university gets its count.
func TestKindOfBodyNamesNone(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("campus", "Contoso sells its assistant to campuses",
			"The Tailspin State University system agreed to pay $15 million a year to make Contoso's assistant available to about 500,000 people. "+
				"Worldwide, Contoso says it has sold well over 700,000 licences to colleges."), "2025-06-01"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"contoso university licences worldwide", want{corpus.Seats, 700000, "", []string{"Contoso"}, 1}},
		// Near miss: the university named.
		{"tailspin state university contoso licences", want{corpus.Seats, 500000, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
