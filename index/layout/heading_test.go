package layout

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// deal is a deal value between companies, from one article.
func deal(value float64, article string, companies ...string) index.FactAnswer {
	return index.FactAnswer{
		ID: "f:" + article,
		Fact: corpus.Fact{Kind: corpus.DealValue, Value: value, Unit: "USD", Text: "$x",
			Companies: companies},
		Sources: []index.Source{{ArticleID: article, Title: "Deal " + article}},
	}
}

// TestOtherDealsHeading holds the heading over an answer's further deals
// to what they are: "naming both" only when every one names both companies
// asked about.
func TestOtherDealsHeading(t *testing.T) {
	tests := []struct {
		name  string
		facts []index.FactAnswer
		want  string
	}{
		{"every deal names both", []index.FactAnswer{
			deal(10e9, "a", "Microsoft", "US Department of Defense"),
			deal(9e9, "b", "Microsoft", "US Department of Defense", "Amazon"),
		}, "Other deals naming both"},
		{"a deal names one", []index.FactAnswer{
			deal(10e9, "a", "Microsoft", "US Department of Defense"),
			deal(19.4e9, "c", "Microsoft", "Nebius"),
		}, "Other deals"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := index.Answer{Query: "microsoft pentagon", Kind: corpus.DealValue,
				Companies: []string{"Microsoft", "US Department of Defense"}, Facts: tt.facts}
			if got := Lay(a, Options{}).Heading; got != tt.want {
				t.Errorf("heading %q, want %q", got, tt.want)
			}
		})
	}
}
