package index_test

import (
	"fmt"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestDealBetweenTheCompaniesAskedBeyondTheWordsArticles asks about two
// companies with a word ("annually") that picks out articles about either
// one alone: the deal between the two, in an article that never says the
// word, answers first, though those articles hold many facts about one
// of them. Near miss: asked about one of them, the word's articles answer.
func TestDealBetweenTheCompaniesAskedBeyondTheWordsArticles(t *testing.T) {
	arts := []corpus.Article{
		dated(article("pair", "Salesforce signs a cloud contract with Oracle",
			"Salesforce signed a cloud contract with Oracle worth about $3 billion a year, the companies said."), "2025-02-03"),
	}
	// Articles that say "annually" and name one of the two, each with a
	// figure of its own: together more than a round of the search keeps.
	for i := range 12 {
		arts = append(arts, dated(article(fmt.Sprintf("alone%d", i), fmt.Sprintf("Oracle wins a deal from buyer %d", i),
			fmt.Sprintf("Oracle will supply Northwind with software worth $%d million annually, Northwind said.", 10+i)), "2025-03-03"))
	}
	ix := testIndex(t, arts)
	firstIs(t, ix, "how much is salesforce paying oracle annually", want{corpus.DealValue, 3e9, "", []string{"Salesforce", "Oracle"}, 1})
	// Near miss: one company asked for, the articles the word picks answer.
	a := askOf(t, ix, "oracle northwind annually")
	if len(a.Facts) == 0 || a.Facts[0].Value == 3e9 {
		t.Errorf("oracle northwind annually: want a Northwind deal first, got:\n%s", describeAll(a.Facts))
	}
}

// TestOneCompanysOwnFigureBeforeTheSumItShares asks about one company's
// pledge in a place where an article gives both the sum several
// companies pledge together, in its headline, and the company's own part:
// the company's own figure answers first. Near miss: asked about both
// companies, the sum they pledge together answers.
func TestOneCompanysOwnFigureBeforeTheSumItShares(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("sum", "Contoso and Fabrikam to invest more than $9 billion in Ruritania",
			"Contoso and Fabrikam will invest more than $9 billion in Ruritania, the government said. "+
				"Contoso will invest $2.1 billion in Ruritania to build a cloud region."), "2025-02-03"),
	})
	firstIs(t, ix, "contoso ruritania investment", want{corpus.DealValue, 2.1e9, "", []string{"Contoso"}, 1})
	firstIs(t, ix, "contoso fabrikam ruritania investment", want{corpus.DealValue, 9e9, "", []string{"Contoso", "Fabrikam"}, 1})
}

// TestTitleFigureOfOneYearRoundsNoOtherYears asks for a company's share
// of a year its title gives, beside last year's share in the same
// sentence: the title's figure is the year's own, not a rounding of the
// other year's more precise one. Near miss: asked for last year, last
// year's share answers.
func TestTitleFigureOfOneYearRoundsNoOtherYears(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("iaas", "Contoso kept 40% of the widget market in 2024",
			"Contoso led the widget market with a 40% market share in 2024, up from 38.1% in 2023, according to Gartner."), "2025-05-03"),
	})
	firstIs(t, ix, "contoso widget share 2024", want{corpus.MarketShare, 40, "", []string{"Contoso"}, 1})
	firstIs(t, ix, "contoso widget share 2023", want{corpus.MarketShare, 38.1, "", []string{"Contoso"}, 1})
}

// TestOneDealToldByTwoArticlesNamingASideDifferently asks about a pledge
// two articles report with the same figure, each naming the government
// body on the other side by another name: it is one deal, shown once with
// both articles as its sources. Near miss: two loans of one size from the
// same bank to different borrowers share one company only and stay two
// deals.
func TestOneDealToldByTwoArticlesNamingASideDifferently(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("one", "Amazon pledges cloud money in Ruritania",
			"Amazon will invest more than $5.3 billion in Ruritania under an agreement with Contoso, the state data authority."), "2025-03-03"),
		dated(article("two", "Amazon signs Ruritania cloud pact",
			"Amazon will invest more than $5.3 billion in Ruritania under an agreement with Fabrikam, the investment ministry said."), "2025-03-04"),
		dated(article("loan1", "Northwind lends to Tailspin",
			"Northwind provided a $2.3 billion loan to Tailspin for a data centre campus."), "2025-03-05"),
		dated(article("loan2", "Northwind lends to Woodgrove",
			"Northwind provided a $2.3 billion loan to Woodgrove for a data centre campus."), "2025-03-06"),
	})
	a := askOf(t, ix, "amazon ruritania investment")
	if len(a.Facts) == 0 || a.Facts[0].Value != 5.3e9 || len(a.Facts[0].Sources) != 2 {
		t.Errorf("amazon ruritania investment: want one $5.3 billion from both articles first, got:\n%s", describeAll(a.Facts))
	}
	a = askOf(t, ix, "northwind loan")
	n := 0
	for _, f := range a.Facts {
		if f.Value == 2.3e9 {
			n++
		}
	}
	if n != 2 {
		t.Errorf("northwind loan: want the two $2.3 billion loans apart, got:\n%s", describeAll(a.Facts))
	}
}
