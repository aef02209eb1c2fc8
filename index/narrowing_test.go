package index_test

import (
	"fmt"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// tabletArticles give Contoso's share of tablets and, newer, of phones,
// among many more articles about Contoso's tablets that give no share: a
// word a few dozen of a company's articles say still says which of its
// figures is asked for.
func tabletArticles() []corpus.Article {
	arts := []corpus.Article{
		dated(article("tablets", "Contoso leads in tablets",
			"Contoso held 31% of the market in the first quarter, IDC said."), "2025-04-02"),
		dated(article("phones", "Contoso gains in phones",
			"Contoso held 18% of smartphone shipments in the second quarter, IDC said."), "2025-07-02"),
	}
	for i := range 30 {
		arts = append(arts, dated(article(fmt.Sprintf("review-%d", i), fmt.Sprintf("Contoso tablet review %d", i),
			"Contoso's new tablet has a brighter screen and a longer battery."), fmt.Sprintf("2025-03-%02d", 1+i%28)))
	}
	return arts
}

// TestWordSomeArticlesSayNarrows asks for a company's share of a market
// that more than twenty of its articles name: the share of that market
// answers before the company's newer share of another. A question naming
// no market gets the newest.
func TestWordSomeArticlesSayNarrows(t *testing.T) {
	ix := testIndex(t, tabletArticles())
	tests := []struct {
		query string
		first want
	}{
		{"contoso tablet share", want{corpus.MarketShare, 31, "", []string{"Contoso"}, 1}},
		// Near miss: no market asked.
		{"contoso share", want{corpus.MarketShare, 18, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
