package index

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// shipped is the index of the articles built into dealbot, built once for
// every test that asks it questions.
var shipped = sync.OnceValues(func() (*Index, error) {
	l, err := corpus.LoadFS(context.Background(), corpus.Embedded())
	if err != nil {
		return nil, err
	}
	ix, _, err := Memory(context.Background(), l.Articles)
	return ix, err
})

func askShipped(t *testing.T, q string) Answer {
	t.Helper()
	ix, err := shipped()
	if err != nil {
		t.Fatalf("indexing the shipped articles: %v", err)
	}
	a, err := ix.Ask(context.Background(), q)
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	return a
}

// want describes a fact an answer must hold within its first `within` facts.
type want struct {
	kind      corpus.Kind
	value     float64
	qualifier corpus.Qualifier // checked when not empty
	companies []string         // each must be among the fact's companies
	within    int
}

func (w want) matches(f FactAnswer) bool {
	if f.Kind != w.kind || f.Value != w.value {
		return false
	}
	if w.qualifier != "" && f.Qualifier != w.qualifier {
		return false
	}
	for _, c := range w.companies {
		if !slices.Contains(f.Companies, c) {
			return false
		}
	}
	return true
}

func TestAskShippedArticles(t *testing.T) {
	tests := []struct {
		query string
		wants []want
	}{
		{"amazon microsoft", []want{
			{corpus.DealValue, 1e9, corpus.Over, []string{"Amazon", "Microsoft"}, 3},
			{corpus.Seats, 1e6, "", []string{"Amazon"}, 3},
		}},
		{"what is AWS market share", []want{{corpus.MarketShare, 32, "", []string{"Amazon"}, 1}}},
		{"how many licenses did amazon buy", []want{{corpus.Seats, 1e6, "", []string{"Amazon"}, 1}}},
		{"How many Microsoft 365 licenses did Amazon buy?", []want{{corpus.Seats, 1e6, "", []string{"Amazon"}, 1}}},
		{"amazon microsoft 365 deal worth", []want{{corpus.DealValue, 1e9, corpus.Over, []string{"Amazon", "Microsoft"}, 1}}},
		{"oracle openai", []want{{corpus.DealValue, 300e9, "", []string{"Oracle", "OpenAI"}, 1}}},
		{"how much is OpenAI's contract with Oracle worth", []want{{corpus.DealValue, 300e9, "", []string{"Oracle", "OpenAI"}, 1}}},
		{"coreweave openai", []want{{corpus.DealValue, 11.9e9, "", []string{"CoreWeave", "OpenAI"}, 2}}},
		{"coreweave meta", []want{{corpus.DealValue, 14.2e9, "", []string{"CoreWeave", "Meta"}, 1}}},
		{"broadcom vmware price", []want{{corpus.DealValue, 61e9, "", []string{"Broadcom", "VMware"}, 2}}},
		{"salesforce slack", []want{{corpus.DealValue, 27.7e9, "", []string{"Salesforce", "Slack"}, 1}}},
		{"ibm hashicorp", []want{{corpus.DealValue, 6.4e9, "", []string{"IBM", "HashiCorp"}, 1}}},
		{"google wiz", []want{{corpus.DealValue, 32e9, "", []string{"Google", "Wiz"}, 1}}},
		{"how much did Amazon put into Anthropic in March 2024", []want{{corpus.DealValue, 2.75e9, "", []string{"Amazon", "Anthropic"}, 3}}},
		{"openai aws", []want{{corpus.DealValue, 38e9, "", []string{"OpenAI", "Amazon"}, 1}}},
		{"Barclays copilot seats", []want{{corpus.Seats, 100000, "", nil, 2}}},
		{"microsoft openai investment", []want{{corpus.DealValue, 10e9, "", []string{"Microsoft", "OpenAI"}, 3}}},
		{"Gartner 2021 Alibaba share", []want{{corpus.MarketShare, 9.5, "", []string{"Alibaba"}, 1}}},
		{"azure market share", []want{{corpus.MarketShare, 22, "", []string{"Microsoft"}, 5}}},
		{"the Pentagon JWCC contract", []want{{corpus.DealValue, 9e9, "", []string{"US Department of Defense"}, 2}}},
		{"JEDI", []want{{corpus.DealValue, 10e9, "", []string{"Microsoft"}, 2}}},
		{"cisco splunk", []want{{corpus.DealValue, 28e9, "", []string{"Cisco"}, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			a := askShipped(t, tt.query)
			for _, w := range tt.wants {
				top := a.Facts[:min(w.within, len(a.Facts))]
				if !slices.ContainsFunc(top, w.matches) {
					t.Errorf("want %s %g %q about %q in the top %d, got:\n%s", w.kind, w.value, w.qualifier, w.companies, w.within, describe(a.Facts))
				}
			}
		})
	}
}

func describe(facts []FactAnswer) string {
	var b strings.Builder
	for _, f := range facts {
		b.WriteString("  " + string(f.Kind) + " " + f.Text + " " + strings.Join(f.Companies, ",") + " — " + f.Sources[0].Path + "\n")
	}
	return b.String()
}

// A company no article mentions gets no facts about other companies; asked
// together with one that has articles, the facts are about that one.
func TestAskAboutACompanyWithNoArticles(t *testing.T) {
	tests := []struct {
		query string
		about string // the company every fact must name; "" for no facts at all
	}{
		{"tesla", ""},
		{"how many seats did Zyxwv buy", ""},
		{"snowflake tesla market share", "Snowflake"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			a := askShipped(t, tt.query)
			if tt.about == "" {
				for _, f := range a.Facts {
					t.Errorf("a fact about none of the companies asked: %s %s %q", f.Kind, f.Text, f.Companies)
				}
				return
			}
			if len(a.Facts) == 0 {
				t.Fatalf("no facts; want the ones about %s", tt.about)
			}
			for _, f := range a.Facts {
				if !slices.Contains(f.Companies, tt.about) {
					t.Errorf("a fact not about %s: %s %s %q", tt.about, f.Kind, f.Text, f.Companies)
				}
			}
		})
	}
}

func TestAskListsArticlesWithoutFacts(t *testing.T) {
	a := askShipped(t, "frontline workers Teams Chime WorkDocs")
	if len(a.Articles) == 0 || !strings.Contains(a.Articles[0].Path, "amazon-microsoft-365") {
		t.Errorf("want the Amazon–Microsoft 365 article first, got %+v", a.Articles)
	}
}

func TestAskMergesTheSameFigureFromSeveralArticles(t *testing.T) {
	a := askShipped(t, "what is AWS market share")
	seen := map[string]bool{}
	for _, f := range a.Facts {
		key := sameKey(f.Fact)
		if seen[key] {
			t.Errorf("%s %g for %q is listed twice", f.Kind, f.Value, f.Companies)
		}
		seen[key] = true
	}
	if len(a.Facts) == 0 || len(a.Facts[0].Sources) < 2 {
		t.Errorf("AWS's 32%% share is reported by several articles; want them all as sources of one fact, got %+v", a.Facts)
	}
}

func TestAskHostileQueries(t *testing.T) {
	ix, err := shipped()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"AND OR NOT (((", "*", "~", "/regex/", "field:value", "title:amazon", "amazon^100 microsoft~2",
		`"unterminated`, "+kind:seats -companies:amazon", "\x00\xff\xfe", "<!channel> amazon",
		strings.Repeat("(", 400),
	} {
		t.Run(q, func(t *testing.T) {
			_, err := ix.Ask(context.Background(), q)
			if err != nil && !errors.Is(err, ErrEmptyQuery) {
				t.Errorf("Ask(%q) = %v; want an answer or ErrEmptyQuery", q, err)
			}
		})
	}
	if _, err := ix.Ask(context.Background(), strings.Repeat("amazon ", 100)); !errors.Is(err, ErrQueryTooLong) {
		t.Errorf("a 700-character query: want ErrQueryTooLong, got %v", err)
	}
	if _, err := ix.Ask(context.Background(), ""); !errors.Is(err, ErrEmptyQuery) {
		t.Errorf("an empty query: want ErrEmptyQuery, got %v", err)
	}
}

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
	stored := factDoc(f, corpus.Article{ID: "a1"}, false)
	got := factOf(stored).Fact
	f.ArticleID = "a1"
	if !reflect.DeepEqual(got, f) {
		t.Errorf("stored and loaded fact differ:\ngot  %+v\nwant %+v", got, f)
	}
}
