package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// trancheArticles give Equinix a debt package whose body lists the
// tranches it is split into after a colon.
var trancheArticles = []corpus.Article{
	dated(article("equinix-debt", "Equinix agrees $900 million debt package",
		"Equinix has agreed a $900 million debt package with a group of lenders. "+
			"The facilities are split across three tranches, each for five years: $500 million – Term Loan Facility; $250 million – Capital Expenditure Facility; $150 million – Revolving Credit Facility."), "2025-02-11"),
	dated(article("equinix-sale", "Equinix sells Peruvian campus for $480 million",
		"Equinix sold its Peruvian campus to a group of pension funds for $480 million. Of the total, $400 million is for two data centres in Lima and $80 million for an office block."), "2025-04-02"),
}

// TestTranchesAfterASplitArePartsOfTheWhole: the figures listed after a
// clause saying the sum is split ("split across three tranches:") are
// its parts, so a question naming the deal gets the whole. A question
// naming a tranche by its name gets that tranche. Near misses: one word
// every tranche says ("facility") names none of them, and ordinary words
// beside a part ("data centres") do not name it.
func TestTranchesAfterASplitArePartsOfTheWhole(t *testing.T) {
	ix := testIndex(t, trancheArticles)
	tests := []struct {
		query string
		first want
	}{
		{"equinix debt package", want{corpus.DealValue, 900e6, "", []string{"Equinix"}, 1}},
		{"equinix revolving credit facility", want{corpus.DealValue, 150e6, "", []string{"Equinix"}, 1}},
		{"equinix capital expenditure facility", want{corpus.DealValue, 250e6, "", []string{"Equinix"}, 1}},
		// Near miss.
		{"equinix debt facility", want{corpus.DealValue, 900e6, "", []string{"Equinix"}, 1}},
		{"equinix peruvian data centres sale", want{corpus.DealValue, 480e6, "", []string{"Equinix"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
