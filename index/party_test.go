package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestKindOfPartyNounDoesNotNarrowAShare asks for the share the top
// three clouds (Amazon, Microsoft and Google, as the extractor knows "the
// three leaders") hold together in a quarter, calling them "providers":
// the report of that quarter calls them "the three leaders", and another
// quarter's report says "providers" and names the quarter asked for as
// where its growth began. The noun says whose share is asked
// for, as the facts' companies do, so the quarter's report answers; the
// near miss asks for the other quarter and gets the other report's share.
func TestKindOfPartyNounDoesNotNarrowAShare(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("leaders", "Cloud spending jumps in the second quarter of 2021",
			"Cloud infrastructure spending rose 36% in Q2 2021, Canalys said. Contoso and Fabrikam trail far behind. "+
				"Together the three leaders account for 61% of all cloud infrastructure spending as of the second quarter of 2021."), "2021-07-23"),
		dated(article("providers", "Cloud providers grow in Q4 2021",
			"The top three cloud providers have kept gaining since Q2 2021. The three leaders held 64% of cloud infrastructure spending in Q4 2021, according to Canalys."), "2022-02-03"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"top three cloud providers share q2 2021", want{corpus.MarketShare, 61, "", []string{"Amazon", "Microsoft", "Google"}, 1}},
		{"top 3 cloud vendors combined share second quarter 2021", want{corpus.MarketShare, 61, "", []string{"Amazon", "Microsoft", "Google"}, 1}},
		// Near miss: the other quarter is the other report's.
		{"top three cloud providers share q4 2021", want{corpus.MarketShare, 64, "", []string{"Amazon", "Microsoft", "Google"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
