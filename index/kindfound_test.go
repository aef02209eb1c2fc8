package index_test

import (
	"fmt"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestOtherKindsEndNoSearch asks for a contract between a country and two
// providers when the articles saying most of the question's words hold
// only the providers' market shares and growth: those figures, however
// many, answer no question about a contract, so the search goes on to the
// deal that names one of the providers in an article the question's words
// pick out less.
func TestOtherKindsEndNoSearch(t *testing.T) {
	var arts []corpus.Article
	for i, q := range []string{"first", "second", "third", "fourth"} {
		for _, y := range []int{2021, 2022} {
			arts = append(arts, dated(article(fmt.Sprintf("canalys-%d-%d", y, i+1),
				fmt.Sprintf("Cloud spending rises again in the %s quarter of %d", q, y),
				fmt.Sprintf("Amazon held %d%% of the cloud market in the %s quarter of %d, Canalys said. "+
					"Google took %d%% of the cloud market. Amazon's cloud revenue grew %d%% and Google's cloud revenue grew %d%%. "+
					"Cloud demand stayed strong across the cloud market as cloud migrations went on.", 30+i, q, y, 8+i, 30+i, 40+i)),
				fmt.Sprintf("%d-%02d-15", y+i/3, 3*(i%3)+4)))
		}
	}
	arts = append(arts, dated(article("nimbus", "Israel picks its IT providers",
		"The Israeli government chose two providers to move its IT to the cloud. "+
			"Amazon will set up data centers there, at an initial investment of NIS 4 billion. Google was picked too."), "2021-04-26"))
	ix := testIndex(t, arts)
	firstIs(t, ix, "israel nimbus cloud contract aws google", want{corpus.DealValue, 4e9, "", []string{"Amazon"}, 1})
}
