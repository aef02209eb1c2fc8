package bleveindex

import (
	"reflect"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestFactDetailSurvivesTheIndex checks that what Extract says of a fact
// beyond its figure (parties, rule, period, range) is what an answer shows.
func TestFactDetailSurvivesTheIndex(t *testing.T) {
	f := corpus.Fact{
		Kind: corpus.DealValue, Value: 4e7, Unit: "EUR", Text: "between €40m and €55m", Rule: "money-deal",
		Range:     corpus.Range{Low: 4e7, High: 5.5e7},
		Converted: corpus.Amount{Value: 4.3e7, Unit: "USD", Text: "$43m"},
		Parties:   []corpus.Party{{Name: "Contoso", Role: corpus.RoleBuyer}, {Name: "Fabrikam", Role: corpus.RoleTarget}},
		Companies: []string{"Contoso", "Fabrikam"}, DealType: corpus.DealAcquisition, Status: corpus.StatusAgreed,
		Period: corpus.Quarter(2025, 3), Region: "Europe", Measurer: "Canalys", Sentence: "s",
	}
	stored := factDoc(f, corpus.Article{ID: "a1"}, false, false)
	got := factOf(stored).Fact
	f.ArticleID = "a1"
	if !reflect.DeepEqual(got, f) {
		t.Errorf("stored and loaded fact differ:\ngot  %+v\nwant %+v", got, f)
	}
}
