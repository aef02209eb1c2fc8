package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// toldArticles each report a deal as news and set an earlier deal of the
// same companies beside it, in the news's article or in another one that
// matches the question's words better.
var toldArticles = []corpus.Article{
	dated(article("expand", "Contoso expands its cloud deal with Northwind",
		"Contoso will pay Northwind $3 billion over five years for computing capacity, the companies said on Monday."), "2025-05-12"),
	dated(article("campus", "Northwind opens a cloud campus in Ohio",
		"The opening comes soon after Contoso signed an $800 million cloud contract with Northwind, the largest the campus will serve."), "2025-05-20"),
	dated(article("buy", "Tailspin agrees to buy Woodgrove",
		"Tailspin will pay $1.5 billion in cash for Woodgrove, the two companies said."), "2025-03-03"),
	dated(article("chips", "Tailspin's Woodgrove acquisition, explained",
		"Tailspin had agreed an acquisition of Woodgrove for $900 million before regulators objected to the acquisition."), "2025-03-10"),
	// The past perfect of what a company says is the news itself.
	dated(article("raise", "Fabrikam raises money for data centres",
		"Fabrikam said it had raised $500 million from Adatum to build data centres. "+
			"Adatum has also lent Fabrikam $100 million for equipment."), "2025-04-01"),
	// Two turns of the clause before the figure: only the words after
	// the last one count.
	dated(article("turns", "Fabrikam buys Woodgrove",
		"Contoso backed out but Fabrikam while expanding paid $5 billion for Woodgrove."), "2025-06-02"),
	// What the news comes on top of, right after the phrase, came before
	// it; a figure further on, or one a company comes out on top of, is
	// the news.
	dated(article("ontop", "Litware widens its cloud contract with Fabrikam",
		"Litware will pay Fabrikam $2 billion more for cloud capacity. "+
			"The new money comes on top of the $6 billion Litware already pays Fabrikam."), "2025-07-01"),
	dated(article("bidding", "Northwind wins the bidding for Proseware",
		"Northwind came out on top of a $4 billion bidding war to buy Proseware."), "2025-08-04"),
	dated(article("bidding-before", "Proseware's owners weigh a sale",
		"Northwind will pay $3 billion for Proseware, its owners said."), "2025-07-14"),
}

// TestNewsBeforeWhatItFollows asks about two companies: a deal a
// sentence tells as what came before the news ("comes after", "had
// bought") is background, and the news answers, unless the question asks
// for what the companies already had.
func TestNewsBeforeWhatItFollows(t *testing.T) {
	ix := testIndex(t, toldArticles)
	tests := []struct {
		query string
		first want
	}{
		{"contoso northwind cloud contract", want{corpus.DealValue, 3e9, "", []string{"Contoso", "Northwind"}, 1}},
		{"tailspin woodgrove acquisition", want{corpus.DealValue, 1.5e9, "", []string{"Tailspin", "Woodgrove"}, 1}},
		// Near misses: the background asked for, and a company reporting
		// its own news in the past perfect.
		{"contoso northwind existing cloud contract", want{corpus.DealValue, 800e6, "", []string{"Contoso", "Northwind"}, 1}},
		{"fabrikam adatum raise", want{corpus.DealValue, 500e6, "", []string{"Fabrikam"}, 1}},
		{"fabrikam woodgrove", want{corpus.DealValue, 5e9, "", []string{"Fabrikam", "Woodgrove"}, 1}},
		{"litware fabrikam new money", want{corpus.DealValue, 2e9, "", []string{"Litware", "Fabrikam"}, 1}},
		{"northwind proseware", want{corpus.DealValue, 4e9, "", []string{"Northwind", "Proseware"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
