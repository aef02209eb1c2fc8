package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// wordedArticles each give a headline figure and, in a longer sentence of
// the text, a part of it that the question's rarer words describe a few
// words away from the figure.
var wordedArticles = []corpus.Article{
	dated(article("deposit", "Contoso signs $2 billion cloud deal with Northwind",
		"Contoso will pay about $300 million of it this month, which the two companies, in a joint statement sent to customers, partners and investors on Monday morning, called a deposit on the capacity. "+
			"The payments rise over the term: Contoso pays $100 million at signing and $150 million on delivery."), "2025-05-12"),
	dated(article("shift", "Fabrikam gives Copilot to 5,000 staff",
		"About 600 of the licences, the company said, go to workers on the night shift at its warehouses."), "2025-04-02"),
}

// TestFigureWhoseSentenceSaysTheQuestion asks with words that only the
// sentence of a part of a headline figure says, away from the figure: that
// part answers before the headline, which matches the company's name in
// fewer words. Words heading a list after a colon describe no one part.
func TestFigureWhoseSentenceSaysTheQuestion(t *testing.T) {
	ix := testIndex(t, wordedArticles)
	tests := []struct {
		query string
		first want
	}{
		{"contoso northwind deposit", want{corpus.DealValue, 300e6, "", []string{"Contoso"}, 1}},
		{"fabrikam copilot night shift", want{corpus.Seats, 600, "", nil, 1}},
		// Near misses: the question's words head a colon's list of
		// parts, and no word of the question narrows.
		{"contoso northwind payments", want{corpus.DealValue, 2e9, "", []string{"Contoso", "Northwind"}, 1}},
		{"fabrikam copilot", want{corpus.Seats, 5000, "", nil, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
