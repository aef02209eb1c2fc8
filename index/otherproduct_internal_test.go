package index

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestOtherProductOfAWordlessName checks that a company whose name has
// no letter or digit, given an alias, neither crashes otherProduct nor
// makes a share another product's.
func TestOtherProductOfAWordlessName(t *testing.T) {
	q := Question{aliases: map[string][]string{"&": {"azure"}}}
	f := corpus.Fact{Kind: corpus.MarketShare, Value: 22, Sentence: "Contoso's Copilot held 22% of chatbot visits."}
	if q.otherProduct(f) {
		t.Errorf("a share is another product's for a name with no words")
	}
}
