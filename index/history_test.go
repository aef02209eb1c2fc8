package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// segmentArticles give a company's share twice: a newer month's share of
// its whole market, and an older report whose sentence names, away from
// the figure, the segment a question asks about. Both articles say the
// segment somewhere; a third article does not.
var segmentArticles = []corpus.Article{
	dated(article("whole", "Fabrikam gains browser share, says StatCounter",
		"Fabrikam held 6.4% of the browser market in March 2025, StatCounter said. "+
			"Tablets are still a small part of its traffic, the company added."), "2025-04-03"),
	dated(article("tablets", "Browser rankings, by StatCounter",
		"On tablets, where its browser comes installed on nearly every device the makers sell, Fabrikam is third with 3.3% of the market, StatCounter said. "+
			"Fabrikam is the default on Tailspin tablets."), "2024-06-10"),
	dated(article("cloud", "Contoso takes 12% of the cloud market",
		"Contoso held 12% of cloud infrastructure spending in the first quarter, Synergy said."), "2025-05-02"),
}

// TestOlderShareWhoseSentenceSaysTheSegment asks for a company's share in
// a segment. With no order asked, shares go newest first; but an older
// share whose own sentence names the segment asked for, even a clause
// away from the figure, comes before a newer share whose sentence does
// not. A question naming no segment still gets the newest share.
func TestOlderShareWhoseSentenceSaysTheSegment(t *testing.T) {
	ix := testIndex(t, segmentArticles)
	tests := []struct {
		query string
		first want
	}{
		{"fabrikam share on tablets", want{corpus.MarketShare, 3.3, "", []string{"Fabrikam"}, 1}},
		// Near miss: nothing narrows, so the newest share answers.
		{"fabrikam share", want{corpus.MarketShare, 6.4, "", []string{"Fabrikam"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
