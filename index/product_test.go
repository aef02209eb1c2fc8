package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// productArticles give two shares of one company, each of a product of its
// own: the newer of its chatbot, the older of its cloud, each sentence
// naming the product and neither the market's full name.
var productArticles = []corpus.Article{
	dated(article("chatbot", "Copilot slips to 1.1% of chatbot visits",
		"Microsoft's Copilot fell to 1.1% of chatbot visits in January, Similarweb said."), "2026-02-02"),
	dated(article("cloud", "Cloud spending rises again in the second quarter",
		"Microsoft Azure held 22% of cloud spending in the second quarter, Canalys said."), "2025-08-01"),
}

// quarterArticles give a company's share beside a quarter, written as
// if the quarter were a product of it.
var quarterArticles = []corpus.Article{
	dated(article("q2", "Cloud spending rises again",
		"Microsoft's Q2 share of cloud spending was 22%, Canalys said."), "2025-08-01"),
	dated(article("old", "Cloud spending rose in the first quarter",
		"Microsoft held 21% of cloud spending in the first quarter, Canalys said."), "2025-05-01"),
}

// TestShareOfTheProductAsked asks for a company's share by the name of
// one of its products: the share whose sentence names that product
// answers before a newer share of another of its products. A question
// naming the company alone asks for no product: the newest share answers.
func TestShareOfTheProductAsked(t *testing.T) {
	ix := testIndex(t, productArticles)
	tests := []struct {
		query string
		first want
	}{
		{"microsoft azure market share", want{corpus.MarketShare, 22, "", []string{"Microsoft"}, 1}},
		{"azure market share", want{corpus.MarketShare, 22, "", []string{"Microsoft"}, 1}},
		// Near miss: no product named, so the newest share answers.
		{"microsoft market share", want{corpus.MarketShare, 1.1, "", []string{"Microsoft"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
	// Near miss: "Microsoft's Q2" names a quarter, not another product,
	// so the newest share answers "azure market share".
	firstIs(t, testIndex(t, quarterArticles), "azure market share", want{corpus.MarketShare, 22, "", []string{"Microsoft"}, 1})
}
