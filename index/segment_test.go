package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// segmentShareArticles give a chipmaker's shares of two segments of one
// market: the newer of server processors, its market named beside the
// figure; the older of desktops, whose sentence names the segment but no
// market.
var segmentShareArticles = []corpus.Article{
	dated(article("server", "Fabrikam gains in data centres",
		"Fabrikam reached a record 35.5% of server CPU revenue in the fourth quarter, Mercury Research said."), "2025-02-14"),
	dated(article("desktop", "Fabrikam slips on desktops",
		"On the desktop, Fabrikam's unit share eased to 27.1% in the third quarter, Mercury Research said."), "2024-11-10"),
}

// TestShareOfTheSegmentAsked asks for a share of one segment of a market:
// a share of another segment, whose market shares a word with the
// question ("server CPU" for "desktop cpu"), does not answer it, however
// new; the share whose sentence names the segment asked for does. A
// question naming the other segment, or none, gets the newer share.
func TestShareOfTheSegmentAsked(t *testing.T) {
	ix := testIndex(t, segmentShareArticles)
	tests := []struct {
		query string
		first want
	}{
		{"fabrikam desktop cpu share", want{corpus.MarketShare, 27.1, "", []string{"Fabrikam"}, 1}},
		// Near misses: the segment of the newer share, or no segment.
		{"fabrikam server cpu share", want{corpus.MarketShare, 35.5, "", []string{"Fabrikam"}, 1}},
		{"fabrikam cpu share", want{corpus.MarketShare, 35.5, "", []string{"Fabrikam"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
