package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// segmentSaidArticles give a company's shares of a market and of its
// segments, each segment said in the sentence beside or before the
// figure, in the ways reporters write it: a clause opening on the segment
// ("On the desktop"), the segment after the figure ("of notebook
// processors"), a list the segment heads ("Northwind's broadband market
// share was ..., Tailspin's ..."), and the whole market with no segment
// at all.
var segmentSaidArticles = []corpus.Article{
	dated(article("chips", "Fabrikam ends the year on 24.1% of x86 processors",
		"Across all x86 CPUs, Fabrikam's share ended the fourth quarter at 24.1%, Mercury Research said. "+
			"On the desktop, Fabrikam's unit share eased to 26.3% in the fourth quarter. "+
			"Fabrikam held a 19.8% share of notebook processors in the fourth quarter."), "2025-02-10"),
	dated(article("lines", "Regulator counts the operators' subscribers",
		"Northwind's broadband market share was 48.2 per cent, Tailspin's 30.1 per cent, the regulator said. "+
			"Northwind holds a 31.4 per cent market share, followed by Tailspin with 28.9 per cent."), "2024-11-20"),
	// An operator's whole share now and in December, the newer said
	// beside a clause on mobile data that gives it no segment.
	dated(article("march", "Litware gains as data use grows",
		"Litware's market share rose to 33.5 per cent in March as mobile data use grew, the regulator said. "+
			"Litware held a 31.4 per cent market share in December."), "2024-04-20"),
	// One operator's whole share, and a newer article giving only its
	// broadband share.
	dated(article("june", "Woodgrove holds steady",
		"Woodgrove held a 12.2 per cent market share in June, the regulator said."), "2024-07-15"),
	dated(article("september", "Woodgrove gains in broadband",
		"Woodgrove's broadband market share was 15.5 per cent in September, the regulator said."), "2024-10-15"),
}

// TestShareOfTheSegmentSaid asks for a company's share with and without
// a segment of its market. The share its sentence gives for the segment
// asked for answers first, before the whole market's share whose sentence
// says the question's other word ("x86 CPUs"); a question naming another
// segment than the article's sentences give ("wireless") gets the share
// given for no segment, not the broadband one; and a question naming no
// segment gets the whole market's share of an article that gives it
// beside a segment's.
func TestShareOfTheSegmentSaid(t *testing.T) {
	ix := testIndex(t, segmentSaidArticles)
	tests := []struct {
		query string
		first want
	}{
		{"fabrikam desktop cpu share", want{corpus.MarketShare, 26.3, "", []string{"Fabrikam"}, 1}},
		{"fabrikam notebook cpu share", want{corpus.MarketShare, 19.8, "", []string{"Fabrikam"}, 1}},
		{"northwind broadband share", want{corpus.MarketShare, 48.2, "", []string{"Northwind"}, 1}},
		{"northwind wireless market share", want{corpus.MarketShare, 31.4, "", []string{"Northwind"}, 1}},
		{"northwind market share", want{corpus.MarketShare, 31.4, "", []string{"Northwind"}, 1}},
		{"tailspin market share", want{corpus.MarketShare, 28.9, "", []string{"Tailspin"}, 1}},
		// Near miss: "mobile" in the clause after the figure ("as mobile
		// data use grew") is no segment of the share.
		{"litware market share", want{corpus.MarketShare, 33.5, "", []string{"Litware"}, 1}},
		// Near miss: an article giving only a segment's share is not set
		// below an older article's whole share; the newer answers.
		{"woodgrove market share", want{corpus.MarketShare, 15.5, "", []string{"Woodgrove"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
