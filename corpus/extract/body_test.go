package extract

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestBodyTense checks that a headline's takeover takes the status and
// the sides of the body's first restatement of it, and that a contract a
// headline says was won keeps its status.
func TestBodyTense(t *testing.T) {
	const title = "Contoso buys Fabrikam in $2 billion deal"
	buyer := corpus.Party{Name: "Contoso", Role: corpus.RoleBuyer}
	target := corpus.Party{Name: "Fabrikam", Role: corpus.RoleTarget}
	seller := corpus.Party{Name: "Northwind", Role: corpus.RoleSeller}
	deal := func(sentence string, st corpus.Status, typ corpus.DealType, ps ...corpus.Party) corpus.Fact {
		return corpus.Fact{Kind: corpus.DealValue, Value: 2e9, Unit: "USD", Sentence: sentence, Status: st, DealType: typ, Parties: ps}
	}
	for _, c := range []struct {
		name  string
		facts []corpus.Fact
		want  corpus.Fact
	}{
		{"a takeover done in the body is done", []corpus.Fact{
			deal(title, corpus.StatusAgreed, corpus.DealAcquisition, buyer, target),
			deal("Contoso has acquired Fabrikam from Northwind.", corpus.StatusCompleted, corpus.DealAcquisition, buyer, target, seller),
		}, deal(title, corpus.StatusCompleted, corpus.DealAcquisition, buyer, target, seller)},
		{"a takeover only agreed in the body is agreed", []corpus.Fact{
			deal(title, corpus.StatusCompleted, corpus.DealAcquisition, buyer, target),
			deal("Contoso has agreed to buy Fabrikam.", corpus.StatusAgreed, corpus.DealAcquisition, buyer, target),
		}, deal(title, corpus.StatusAgreed, corpus.DealAcquisition, buyer, target)},
		{"a side the headline names shorter is the same side", []corpus.Fact{
			deal(title, corpus.StatusAgreed, corpus.DealAcquisition, buyer),
			deal("Contoso has agreed to buy Fabrikam from Contoso Group's rival.", corpus.StatusAgreed, corpus.DealAcquisition, buyer, target, corpus.Party{Name: "Contoso Group", Role: corpus.RoleSeller}),
		}, deal(title, corpus.StatusAgreed, corpus.DealAcquisition, buyer, target)},
		{"a contract won keeps its status and sides", []corpus.Fact{
			deal(title, corpus.StatusAgreed, corpus.DealCloudContract, buyer),
			deal("Contoso has been awarded the contract by Northwind.", corpus.StatusCompleted, corpus.DealCloudContract, buyer, seller),
		}, deal(title, corpus.StatusAgreed, corpus.DealCloudContract, buyer)},
		{"another deal's figure in the body is no restatement", []corpus.Fact{
			deal(title, corpus.StatusAgreed, corpus.DealAcquisition, buyer, target),
			deal("Northwind bought Tailspin for $2 billion in 2019.", corpus.StatusCompleted, corpus.DealAcquisition, corpus.Party{Name: "Northwind", Role: corpus.RoleBuyer}, corpus.Party{Name: "Tailspin", Role: corpus.RoleTarget}),
		}, deal(title, corpus.StatusAgreed, corpus.DealAcquisition, buyer, target)},
	} {
		t.Run(c.name, func(t *testing.T) {
			bodyTense(c.facts, title)
			got := c.facts[0]
			if got.Status != c.want.Status || !slices.Equal(got.Parties, c.want.Parties) {
				t.Errorf("got %s %v, want %s %v", got.Status, got.Parties, c.want.Status, c.want.Parties)
			}
		})
	}
}
