package extract

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/internal/facttest"
)

// classCase is a sentence of one class of real news phrasing, written for
// this test, with every deal value, seat count and market share it must
// yield and what must be said of each.
type classCase struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	Text  string `json:"text"`
	// Published is the article's date (2006-01-02), when the case needs
	// one: periods stated without a year are read against it.
	Published string `json:"published"`
	// URL and Publication are where the article ran, when the case
	// needs them: an outlet's country says which dollar "$" is.
	URL         string      `json:"url"`
	Publication string      `json:"publication"`
	Want        []classWant `json:"want"`
}

// classWant is a fact a class case must yield. Fields left empty are not
// checked; parties must each be among the fact's with the role given.
type classWant struct {
	Kind      corpus.Kind      `json:"kind"`
	Value     float64          `json:"value"`
	Unit      string           `json:"unit"`
	Qualifier corpus.Qualifier `json:"qualifier"`
	High      float64          `json:"high"`
	Converted *struct {
		Value float64 `json:"value"`
		Unit  string  `json:"unit"`
	} `json:"converted"`
	Total    bool            `json:"total"`
	Group    bool            `json:"group"`
	Parties  []corpus.Party  `json:"parties"`
	DealType corpus.DealType `json:"deal_type"`
	Status   corpus.Status   `json:"status"`
	Product  string          `json:"product"`
	Stage    corpus.Stage    `json:"stage"`
	Period   corpus.Period   `json:"period"`
	Measurer string          `json:"measurer"`
	// Market asks for the market a share is of; NoMarket for none.
	Market   string `json:"market"`
	NoMarket bool   `json:"no_market"`
	// Region asks for where a share is measured; NoRegion for none.
	Region   string `json:"region"`
	NoRegion bool   `json:"no_region"`
	// OnlyParties asks for no parties beyond those listed: a company the
	// sentence names in passing must take no role.
	OnlyParties bool `json:"only_parties"`
	// NoPeriod asks for no period at all: a figure that spans several
	// periods must not be dated to one of them.
	NoPeriod bool `json:"no_period"`
	// NoStatus asks for no status at all: an empty Status is not
	// checked, so a figure the sentence says nothing of how far it has
	// got asks for none this way.
	NoStatus bool `json:"no_status"`
	// What asks for what the deal bought ("a stake"); NoWhat for
	// nothing named.
	What   string `json:"what"`
	NoWhat bool   `json:"no_what"`
	// Rule asks for the rule that made the fact, where two rules give the
	// same fields: an instalment is read apart from the deal it pays.
	Rule string `json:"rule"`
}

func (w classWant) matches(f corpus.Fact) bool {
	if f.Kind != w.Kind || !corpus.SameFigure(f.Value, w.Value) || w.Unit != "" && f.Unit != w.Unit ||
		w.Qualifier != "" && f.Qualifier != w.Qualifier || w.High != 0 && !corpus.SameFigure(f.Range.High, w.High) ||
		w.Total != f.Total || w.Group != f.Group() || w.DealType != "" && f.DealType != w.DealType ||
		w.Status != "" && f.Status != w.Status || w.NoStatus && f.Status != "" || w.Product != "" && f.Product != w.Product || w.Stage != "" && f.Stage != w.Stage ||
		w.Period != "" && f.Period != w.Period || w.NoPeriod && f.Period != "" || w.Measurer != "" && f.Measurer != w.Measurer || w.Market != "" && f.Market != w.Market || w.NoMarket && f.Market != "" ||
		w.Region != "" && f.Region != w.Region || w.NoRegion && f.Region != "" ||
		w.What != "" && f.What != w.What || w.NoWhat && f.What != "" ||
		w.Rule != "" && f.Rule != w.Rule {
		return false
	}
	if w.Converted != nil && (f.Converted.Unit != w.Converted.Unit || !corpus.SameFigure(f.Converted.Value, w.Converted.Value)) {
		return false
	}
	for _, p := range w.Parties {
		if !slices.Contains(f.Parties, p) {
			return false
		}
	}
	return !w.OnlyParties || len(f.Parties) == len(w.Parties)
}

// classExtractor knows the made-up companies the class cases use, passed
// in as a caller would add companies the built-in list lacks.
func classExtractor(t *testing.T) *Extractor {
	t.Helper()
	k := DefaultKnowledge()
	for _, name := range []string{"Contoso", "Fabrikam", "Northwind"} {
		k.Companies = append(k.Companies, Company{Name: name})
	}
	ex, err := NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestExtractClasses checks each class of phrasing real reporting uses:
// one-company commitments, figures that are no deals, several figures in
// a sentence, ranges, totals, seats without a rollout verb and currency
// notation, with parties, roles and what the article says of each figure.
func TestExtractClasses(t *testing.T) {
	ex := classExtractor(t)
	for _, c := range facttest.ReadJSONL[classCase](t, filepath.Join("testdata", "classes.jsonl")) {
		t.Run(c.Name, func(t *testing.T) {
			a := corpus.Article{ID: "x", Title: c.Title, Body: c.Text, URL: c.URL, Publication: c.Publication}
			if c.Published != "" {
				var err error
				if a.Published, err = time.Parse(time.DateOnly, c.Published); err != nil {
					t.Fatal(err)
				}
			}
			var got []corpus.Fact
			for _, f := range ex.Extract(a) {
				if isScored(f.Kind) {
					got = append(got, f)
				}
			}
			for _, w := range c.Want {
				if !slices.ContainsFunc(got, w.matches) {
					t.Errorf("missing %+v\ngot %s", w, describeFull(got))
				}
			}
			if len(got) != len(c.Want) {
				t.Errorf("got %d facts, want %d:%s", len(got), len(c.Want), describeFull(got))
			}
		})
	}
}

func describeFull(facts []corpus.Fact) string {
	var b strings.Builder
	for _, f := range facts {
		fmt.Fprintf(&b, "\n  %s %g %s %q range=%v conv=%v total=%v parties=%v type=%s status=%s product=%s stage=%s period=%s measurer=%s rule=%s",
			f.Kind, f.Value, f.Unit, f.Qualifier, f.Range, f.Converted, f.Total, f.Parties, f.DealType, f.Status, f.Product, f.Stage, f.Period, f.Measurer, f.Rule)
	}
	return b.String()
}
