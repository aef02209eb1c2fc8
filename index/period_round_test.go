package index_test

import (
	"fmt"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestTheQuarterAskedForAmongManyShares asks for a company's share in one
// quarter when a hundred articles say the question's words more often
// than the one that gives that quarter's share: the share for the quarter
// asked for must still be a candidate and come first.
func TestTheQuarterAskedForAmongManyShares(t *testing.T) {
	arts := []corpus.Article{
		article("europe", "European cloud providers keep losing ground",
			"European providers grew revenue but lost share, Synergy Research Group said. "+
				"In July Synergy said Oracle reached nearly 9% of the market in the second quarter of 2022."),
	}
	for i := range 110 {
		year := 2010 + i%12
		if year == 2022 {
			year = 2009
		}
		arts = append(arts, article(fmt.Sprintf("share-%d", i), fmt.Sprintf("Oracle global cloud share report %d", i),
			fmt.Sprintf("Oracle held %d%% of the global cloud market in the second quarter of %d, Synergy Research Group said. "+
				"Global cloud spending in Q2 was compared with Q2 2022 global cloud levels.", 1+i%8, year)))
	}
	ix := testIndex(t, arts)
	firstIs(t, ix, "oracle global cloud share q2 2022", want{corpus.MarketShare, 9, "", []string{"Oracle"}, 1})
}
