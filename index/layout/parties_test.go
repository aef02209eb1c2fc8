package layout

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestPartiesNameEachCompanyOnOneSide writes who paid whom with no company
// on both sides: when one figure of a deal says who was paid and another
// lists the same company among those paying, it was paid.
func TestPartiesNameEachCompanyOnOneSide(t *testing.T) {
	role := func(name string, r corpus.Role) corpus.Party { return corpus.Party{Name: name, Role: r} }
	tests := []struct {
		name    string
		parties [][]corpus.Party
		want    string
	}{
		{"one figure says who paid", [][]corpus.Party{
			{role("Contoso", corpus.RoleBuyer), role("Fabrikam", corpus.RoleTarget)},
		}, "Contoso → Fabrikam"},
		{"the seller also read as a buyer elsewhere", [][]corpus.Party{
			{role("Contoso", corpus.RoleCustomer), role("Fabrikam", corpus.RoleVendor)},
			{role("Contoso", corpus.RoleBuyer), role("Fabrikam", corpus.RoleBuyer)},
		}, "Contoso → Fabrikam"},
		{"nobody said who paid", [][]corpus.Party{
			{role("Contoso", corpus.RolePartner), role("Fabrikam", corpus.RolePartner)},
		}, "Contoso · Fabrikam"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g group
			for i, ps := range tt.parties {
				f := deal(1e9, string(rune('a'+i)), "Contoso", "Fabrikam")
				f.Parties = ps
				g.facts = append(g.facts, f)
			}
			if got := parties(g); got != tt.want {
				t.Errorf("parties = %q, want %q", got, tt.want)
			}
		})
	}
}
