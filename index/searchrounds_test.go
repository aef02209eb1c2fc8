package index_test

import (
	"fmt"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// roundsArticles are cloud market reports that say "cloud" in every
// sentence and name both Contoso and Fabrikam, each giving many shares,
// and one longer report of a government contract with Contoso alone under
// a project name: the reports outscore it on the question's commonest
// words, so they are read first, but they hold no contract.
func roundsArticles() []corpus.Article {
	var arts []corpus.Article
	for i, q := range []string{"Q1", "Q2", "Q3", "Q4"} {
		for j, year := range []string{"2022", "2023"} {
			arts = append(arts, article(fmt.Sprintf("share-%d-%d", i, j), "Cloud market shares in "+q+" "+year,
				fmt.Sprintf("In the cloud market, Contoso held %d%% of cloud spending in %s %s. "+
					"Fabrikam held %d%% of the cloud market. Cloud growth was %d%%. "+
					"Contoso's cloud revenue grew %d%% and Fabrikam's cloud revenue grew %d%%.",
					30+i, q, year, 20+j, 40+i, 10+j, 12+i)))
		}
	}
	arts = append(arts, article("cirrus", "Ruritania picks a supplier",
		"The Ruritanian government signed a $900 million contract with Contoso to run Cirrus, its cloud programme, over seven years. "+
			"The ministry said the programme would move its tax, health and pension systems to new data centres. "+
			"Officials expect the first systems to move next spring, with the rest following over the next three years. "+
			"Unions asked for guarantees on jobs, and the ministry said no staff would be let go as a result."))
	return arts
}

// TestAKindAskedForIsLookedForPastOtherKinds asks for a contract in words
// that the market reports say more often than the contract's own report:
// the many shares they hold are not enough candidates to stop looking,
// as none is a contract, and the contract answers. A near miss asks for
// a share in the same words and gets the reports' share.
func TestAKindAskedForIsLookedForPastOtherKinds(t *testing.T) {
	ix := testIndex(t, roundsArticles())
	tests := []struct {
		query string
		first want
	}{
		{"ruritania cirrus cloud contract contoso fabrikam", want{corpus.DealValue, 900e6, "", []string{"Contoso"}, 1}},
		{"contoso fabrikam cloud contract", want{corpus.DealValue, 900e6, "", []string{"Contoso"}, 1}},
		// Near miss: a share asked for in the same words is the reports'.
		{"contoso cloud market share q3 2023", want{corpus.MarketShare, 32, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
