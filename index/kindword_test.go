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

// TestGovernmentInAPartysNameFitsNone asks for a subsidy a company gets as
// a "government cloud" provider: the sum whose party is the Japanese
// government answers it no better for the word in that party's name than
// the subsidy the title and its sentence say beside "government".
func TestGovernmentInAPartysNameFitsNone(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("subsidy", "Contoso to get ¥600 million subsidy as government cloud provider",
			"The Economy, Trade and Industry Ministry will give Contoso a ¥600 million subsidy to build a government cloud. "+
				"Contoso gets the largest share, 50.1 billion yen, of the Japanese government's AI computing aid."), "2025-06-01"),
	})
	firstIs(t, ix, "contoso government cloud subsidy", want{corpus.DealValue, 600e6, "", []string{"Contoso"}, 1})
}
