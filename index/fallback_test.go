package index_test

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestLicencesOfABuyerNoArticleCountsAreWhatItPaid asks about the
// licences of a buyer no article counts seats for, only the price of the
// licences it buys: that price answers, before the seats other buyers of
// the same vendor counted. Near miss: a buyer whose article counts its
// licences gets the count, not the price beside it.
func TestLicencesOfABuyerNoArticleCountsAreWhatItPaid(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("ruritown", "Ruritown council renews its Microsoft licences",
			"Ruritown Council will spend up to £3m renewing its Microsoft licences over the next three years."), "2024-02-03"),
		dated(article("otherton", "Otherton Council gives Microsoft licences to 400 staff",
			"Otherton Council bought 400 Microsoft licences for its staff."), "2024-03-03"),
		dated(article("northwind", "Northwind buys 2,500 Microsoft licences",
			"Northwind bought 2,500 Microsoft licences for its staff. "+
				"Northwind will spend £1m on the Microsoft licences over two years."), "2024-04-03"),
	})
	firstIs(t, ix, "ruritown microsoft licences", want{corpus.DealValue, 3e6, "", []string{"Microsoft"}, 1})
	firstIs(t, ix, "ruritown council microsoft licences", want{corpus.DealValue, 3e6, "", []string{"Microsoft"}, 1})
	// Near miss: the count answers when there is one.
	firstIs(t, ix, "northwind microsoft licences", want{corpus.Seats, 2500, "", []string{"Northwind"}, 1})
	firstIs(t, ix, "otherton microsoft licences", want{corpus.Seats, 400, "", []string{"Otherton Council"}, 1})
}

// TestWordsAQuestionAddsToACompanysNameNarrow asks about the NHS by a
// name that adds a place to it ("nhs wales"), which reads as the NHS: the
// deal whose sentence says Wales answers before a bigger NHS deal in
// England. Near miss: asked about the NHS alone, the bigger deal is not
// pushed down for saying no place: it still answers first.
func TestWordsAQuestionAddsToACompanysNameNarrow(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("england", "NHS signs £700 million Microsoft deal",
			"The NHS in England has signed a £700 million contract with Microsoft for Office 365."), "2024-02-03"),
		dated(article("wales", "Health board picks Microsoft reseller",
			"NHS Wales has awarded a £90 million contract for Microsoft licences to a reseller."), "2024-03-03"),
	})
	firstIs(t, ix, "nhs wales microsoft deal", want{corpus.DealValue, 90e6, "", []string{"Microsoft"}, 1})
	// Near miss: no word added, no figure narrowed to.
	firstIs(t, ix, "nhs microsoft deal", want{corpus.DealValue, 700e6, "", []string{"Microsoft"}, 1})
}

// TestACompanyNoFactNamesIsAnsweredByTheArticlesNamingIt asks about a
// vendor that no fact carries as a party, only its article's text names
// beside a government's spending on the project: the article's figure
// answers rather than nothing. Near miss: once a fact names the vendor,
// that fact answers and the article merely naming it does not.
func TestACompanyNoFactNamesIsAnsweredByTheArticlesNamingIt(t *testing.T) {
	only := []corpus.Article{
		dated(article("cloud", "Namibia to build a national cloud",
			"Namibia's government will spend $40 million building the country's national cloud. "+
				"The project stems from a memorandum of understanding signed in December 2021 with the multinational Presight."), "2024-02-03"),
	}
	ix := testIndex(t, only)
	firstIs(t, ix, "national cloud presight", want{corpus.DealValue, 40e6, "", nil, 1})
	// The answer says its figures only come from articles mentioning
	// Presight, which may be anybody's deal.
	if got := askOf(t, ix, "national cloud presight").MentionedOnly; !slices.Equal(got, []string{"Presight"}) {
		t.Errorf("MentionedOnly = %q, want [Presight]", got)
	}
	// Near miss: a fact naming Presight answers first.
	ix = testIndex(t, append(only,
		dated(article("own", "Presight wins a Fabrikam contract",
			"Fabrikam signed a $7 million contract with Presight for data analytics."), "2024-03-03")))
	firstIs(t, ix, "national cloud presight", want{corpus.DealValue, 7e6, "", []string{"Presight"}, 1})
	if got := askOf(t, ix, "national cloud presight").MentionedOnly; len(got) != 0 {
		t.Errorf("with a fact naming Presight, MentionedOnly = %q, want none", got)
	}
}
