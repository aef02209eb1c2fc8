package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// placedArticles hold one company's market shares of one year measured
// in a country, in a region and worldwide; the country's share is the
// news of its article's title, the world's a line of a longer report.
var placedArticles = []corpus.Article{
	dated(article("korea", "Northwind holds 62% of South Korea's cloud market",
		"Northwind held a 62% share of the cloud market in South Korea in 2023, the Korea Fair Trade Commission said in its study of the sector."), "2024-02-01"),
	dated(article("europe", "Cloud spending in Europe rises again",
		"Northwind took 27% of the European cloud market in 2023, according to Synergy Research Group."), "2024-03-01"),
	dated(article("world", "Cloud spending rose 20% last year",
		"Spending on cloud infrastructure services rose 20% in 2023. "+
			"Northwind had a 31% share of the worldwide cloud market in 2023, according to Synergy Research Group."), "2024-02-10"),
}

// TestShareOfThePlaceAsked asks for a company's share: a question naming
// no place gets the world's share before a country's, however much better
// the country's article matches, and one naming a place gets that place's.
func TestShareOfThePlaceAsked(t *testing.T) {
	ix := testIndex(t, placedArticles)
	tests := []struct {
		query string
		first want
	}{
		{"northwind cloud share 2023", want{corpus.MarketShare, 31, "", []string{"Northwind"}, 1}},
		{"northwind market share", want{corpus.MarketShare, 31, "", []string{"Northwind"}, 1}},
		// Near misses: the place asked for, by its name or its adjective.
		{"northwind korea cloud share 2023", want{corpus.MarketShare, 62, "", []string{"Northwind"}, 1}},
		{"northwind south korea market share", want{corpus.MarketShare, 62, "", []string{"Northwind"}, 1}},
		{"northwind european cloud share", want{corpus.MarketShare, 27, "", []string{"Northwind"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
