package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// marketArticles give a browser's share twice, by the same firm: of the
// desktop segment, and of the whole browser market.
var marketArticles = []corpus.Article{
	dated(article("desktop", "Fabrikam holds 12.4% of desktop browsers, StatCounter says",
		"Fabrikam held 12.4% of the desktop browser market in May, StatCounter said."), "2025-06-02"),
	dated(article("whole", "Fabrikam holds 9.1% of the browser market, StatCounter says",
		"Fabrikam held 9.1% of the browser market in April, StatCounter said."), "2025-05-02"),
}

// TestShareOfTheMarketAsked asks for a share of a market: the share of
// that market answers before a newer share of a segment of it that the
// question does not name, and a question naming the segment gets the
// segment's. A question naming no market at all is not asking for the
// whole one: the newest share answers it.
func TestShareOfTheMarketAsked(t *testing.T) {
	ix := testIndex(t, marketArticles)
	tests := []struct {
		query string
		first want
	}{
		{"fabrikam browser market share statcounter", want{corpus.MarketShare, 9.1, "", []string{"Fabrikam"}, 1}},
		// Near misses: the question names the segment, or no market at
		// all, when the newest share answers.
		{"fabrikam desktop browser market share statcounter", want{corpus.MarketShare, 12.4, "", []string{"Fabrikam"}, 1}},
		{"fabrikam share statcounter", want{corpus.MarketShare, 12.4, "", []string{"Fabrikam"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
