package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestMarketLeaders checks that a group share the article leaves unnamed
// is named from the table passed in, not from knowledge kept in code: a
// market the table adds is read, one it drops is not, and a group of
// another size than the table's stays unnamed.
func TestMarketLeaders(t *testing.T) {
	crm := MarketLeaders{Market: "crm", Leaders: []string{"Salesforce", "Microsoft", "Oracle"}}
	tests := []struct {
		name    string
		leaders []MarketLeaders
		text    string
		want    []string // the group's members; nil for no group share
	}{
		{"built-in cloud", DefaultMarketLeaders(), "The top three cloud providers control 63% of the market.", []string{"Amazon", "Microsoft", "Google"}},
		{"cloud dropped from the table", nil, "The top three cloud providers control 63% of the market.", nil},
		{"market added to the table", []MarketLeaders{crm}, "The top three CRM vendors held 41% of the market.", []string{"Salesforce", "Microsoft", "Oracle"}},
		{"market the table lacks", DefaultMarketLeaders(), "The top three CRM vendors held 41% of the market.", nil},
		{"group of another size", DefaultMarketLeaders(), "The top five cloud providers control 80% of the market.", nil},
		{"the article names them later", DefaultMarketLeaders(), "The top three cloud providers control 60% of the market. Oracle had 25%, IBM 20% and Alibaba 15%.", []string{"Oracle", "IBM", "Alibaba"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := DefaultKnowledge()
			k.MarketLeaders = tt.leaders
			ex, err := NewWith(k)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range ex.Extract(corpus.Article{ID: "x", Body: tt.text}) {
				if f.Kind == corpus.MarketShare && f.Group() {
					got = f.Companies
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("group members %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMarketLeadersRejects checks that a table row that could never match,
// or that would credit a share to a name no company has, is refused with a
// message saying which row and why.
func TestMarketLeadersRejects(t *testing.T) {
	tests := []struct {
		name string
		row  MarketLeaders
		want string
	}{
		{"unknown company", MarketLeaders{Market: "cloud", Leaders: []string{"Amazon Web Services", "Microsoft"}}, `"Amazon Web Services" is no company's canonical name`},
		{"upper case", MarketLeaders{Market: "CRM", Leaders: []string{"Salesforce", "Oracle"}}, `market "CRM" must be lower-case words`},
		{"symbol", MarketLeaders{Market: "cloud/saas", Leaders: []string{"Salesforce", "Oracle"}}, `market "cloud/saas" must be lower-case words`},
		{"no market", MarketLeaders{Leaders: []string{"Salesforce", "Oracle"}}, "no market named"},
		{"one leader", MarketLeaders{Market: "search", Leaders: []string{"Google"}}, "name two leaders or more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := DefaultKnowledge()
			k.MarketLeaders = append(k.MarketLeaders, tt.row)
			_, err := NewWith(k)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %s", err, tt.want)
			}
		})
	}
}
