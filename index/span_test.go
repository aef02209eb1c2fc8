package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// spanArticles hold a company's pledge to a country by a target year, told
// as news, and the smaller plan it made the year before, which a later
// article dates to that year.
var spanArticles = []corpus.Article{
	dated(article("news", "Contoso commits $35 billion to India",
		"Contoso will invest $35 billion in India by 2030, the company said on Wednesday."), "2025-12-10"),
	dated(article("taiwan", "Contoso plans Taiwan cloud region",
		"Contoso will spend $5 billion on a cloud region in Taiwan. Last year Contoso said it planned to invest $13 billion in India by 2030."), "2024-06-12"),
	dated(article("share", "Contoso's cloud share",
		"Contoso held 12% of the cloud market in 2023 and 14% in the fourth quarter of 2024, Canalys said."), "2025-02-01"),
}

// TestYearAskedIsNoSpanOfAnotherYear asks for a pledge "by 2030": a
// figure dated to another year is not the year's figure the question
// asks for, so the undated news answers before the plan an article dates
// to the year before. Asked for a year's share, the year's figure still
// answers before a quarter's.
func TestYearAskedIsNoSpanOfAnotherYear(t *testing.T) {
	ix := testIndex(t, spanArticles)
	tests := []struct {
		query string
		first want
	}{
		{"contoso india pledge by 2030", want{corpus.DealValue, 35e9, "", []string{"Contoso", "India"}, 1}},
		// Near misses: the year asked is the figure's own.
		{"contoso india plan 2023", want{corpus.DealValue, 13e9, "", []string{"Contoso", "India"}, 1}},
		{"contoso cloud share 2023", want{corpus.MarketShare, 12, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
