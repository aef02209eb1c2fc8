package index

import (
	"reflect"
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
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

// TestMarketWordsAreNoOrganisation gives the names of markets and products
// that articles wrote as if they named an organisation ("DRAM makers'
// sales", "Foundry revenue"), and parties they described rather than named
// ("cloud providers"): a question using them means the market or the kind
// of party, so they name no company and still steer to the articles about
// it.
func TestMarketWordsAreNoOrganisation(t *testing.T) {
	n := newNames(extract.New(), []corpus.Organisation{{Name: "DRAM"}, {Name: "Foundry"}, {Name: "Powerchip"},
		{Name: "cloud providers"}, {Name: "European service providers"}, {Name: "Cloud Software Group"}})
	tests := []struct {
		query     string
		companies []string
		steering  []string
	}{
		{"samsung dram share q3 2021", []string{"Samsung"}, []string{"dram", "q3", "2021"}},
		{"tsmc foundry share", []string{"TSMC"}, []string{"foundry"}},
		{"powerchip nand share", []string{"Powerchip"}, []string{"powerchip", "nand"}},
		// A party an article described rather than named is no name;
		// a name of plain words alone is. Of a share, the noun for the
		// kind of party says whose share, as the facts' companies do,
		// and does not steer; in a name, it is the name's.
		{"top five cloud providers share 2018", nil, []string{"cloud", "2018"}},
		{"cloud providers investment 2018", nil, []string{"cloud", "providers", "2018"}},
		{"european service providers share", []string{"European service providers"}, []string{"european", "service", "providers"}},
		{"cloud software group deal", []string{"Cloud Software Group"}, []string{"cloud", "software", "group"}},
	}
	for _, tt := range tests {
		q, err := understand(tt.query, n, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(q.Companies, tt.companies) || !slices.Equal(q.Steering, tt.steering) {
			t.Errorf("%q: companies %q, steering %q; want %q, %q", tt.query, q.Companies, q.Steering, tt.companies, tt.steering)
		}
	}
}
