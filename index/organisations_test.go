package index

import (
	"reflect"
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestOrgTallyOrderFree counts the same articles' organisations in two
// orders: the organisations, their spelling, whether they are countries and
// their aliases must come out the same, since builds that split their work
// differently add articles in different orders.
func TestOrgTallyOrderFree(t *testing.T) {
	articles := [][]corpus.Organisation{
		{{Name: "France"}, {Name: "Home Office", Aliases: []string{"HO"}}},
		{{Name: "France", Country: true}},
		{{Name: "HOME OFFICE"}},
		{{Name: "Home Office", Aliases: []string{"HO"}}},
		{{Name: "Cabinet Office"}},
	}
	tally := func(order [][]corpus.Organisation) []corpus.Organisation {
		t := NewOrgTally()
		for _, orgs := range order {
			t.Add(orgs)
		}
		return t.Organisations()
	}
	forward := tally(articles)
	backward := slices.Clone(articles)
	slices.Reverse(backward)
	reversed := tally(backward)
	if !reflect.DeepEqual(forward, reversed) {
		t.Errorf("the order articles are counted in changes the organisations:\n%+v\n%+v", forward, reversed)
	}
	want := []corpus.Organisation{
		{Name: "Home Office", Aliases: []string{"HO"}},
		{Name: "France", Country: true},
		{Name: "Cabinet Office"},
	}
	if !reflect.DeepEqual(forward, want) {
		t.Errorf("organisations = %+v, want %+v", forward, want)
	}
}
