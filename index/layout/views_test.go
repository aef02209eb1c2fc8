package layout

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// share is a market share of company in period, from one article.
func share(company string, pct float64, period corpus.Period, article string) index.FactAnswer {
	return index.FactAnswer{
		ID: "f:" + article + ":" + company,
		Fact: corpus.Fact{Kind: corpus.MarketShare, Value: pct, Unit: "percent", Text: "x%",
			Companies: []string{company}, Period: period, Measurer: "Synergy Research Group"},
		Sources: []index.Source{{ArticleID: article, Title: "Cloud shares " + string(period)}},
	}
}

// TestCompareExplainsTheDash holds a comparison to saying what "–" means
// whenever a row it shows has one, and to saying nothing when none does.
func TestCompareExplainsTheDash(t *testing.T) {
	tests := []struct {
		name     string
		asked    []string
		facts    []index.FactAnswer
		footnote bool
	}{
		{"every share given", []string{"Amazon", "Microsoft"}, []index.FactAnswer{
			share("Amazon", 28, "2025-Q4", "a"), share("Microsoft", 21, "2025-Q4", "a"),
			share("Amazon", 29, "2025-Q3", "b"), share("Microsoft", 20, "2025-Q3", "b"),
		}, false},
		{"a share missing in an earlier report", []string{"Amazon", "Microsoft", "Google"}, []index.FactAnswer{
			share("Amazon", 28, "2025-Q4", "a"), share("Microsoft", 21, "2025-Q4", "a"),
			share("Amazon", 30, "2024-Q4", "b"), share("Google", 12, "2024-Q4", "b"),
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := index.Answer{Query: "compare", View: index.ViewCompare, Kind: corpus.MarketShare,
				Companies: tt.asked, Facts: tt.facts}
			r := Lay(a, Options{})
			var b strings.Builder
			if err := WriteText(&b, r); err != nil {
				t.Fatal(err)
			}
			dash := strings.Contains(b.String(), " –")
			if dash != tt.footnote {
				t.Fatalf("a dash shown: %v, want %v:\n%s", dash, tt.footnote, b.String())
			}
			if got := slices.Contains(r.Footnotes, NoShareNote); got != tt.footnote {
				t.Errorf("footnote %v, want %v:\n%s", got, tt.footnote, b.String())
			}
			if tt.footnote && !strings.Contains(b.String(), NoShareNote) {
				t.Errorf("the text does not explain the dash:\n%s", b.String())
			}
		})
	}
}
