package index_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// shipped is the index of the articles built into dealbot, built once for
// every test that asks it questions.
var shipped = sync.OnceValues(func() (*index.Index, error) {
	l, err := corpus.LoadFS(context.Background(), corpus.Embedded())
	if err != nil {
		return nil, err
	}
	ix, _, err := memoryIndex(context.Background(), l.Articles)
	return ix, err
})

func askShipped(t *testing.T, q string) index.Answer {
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

func (w want) matches(f index.FactAnswer) bool {
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
		{"what is AWS market share", []want{{corpus.MarketShare, 28, "", []string{"Amazon"}, 1}}},
		{"amazon microsoft market share", []want{{corpus.MarketShare, 28, "", []string{"Amazon"}, 2}, {corpus.MarketShare, 21, "", []string{"Microsoft"}, 2}}},
		{"google cloud market share", []want{{corpus.MarketShare, 15, "", []string{"Google"}, 1}}},
		{"what did microsoft pay for openai", []want{{corpus.DealValue, 10e9, "", []string{"Microsoft", "OpenAI"}, 3}}},
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
		{"azure market share", []want{{corpus.MarketShare, 21, "", []string{"Microsoft"}, 1}}},
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

func describe(facts []index.FactAnswer) string {
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
	ix, err := shipped()
	if err != nil {
		t.Fatal(err)
	}
	a, err := ix.AskN(context.Background(), "what is AWS market share", 20)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range a.Facts {
		// The same figure: kind, value, unit and period, about the same
		// companies.
		companies := make([]string, len(f.Companies))
		for i, c := range f.Companies {
			companies[i] = strings.ToLower(c)
		}
		slices.Sort(companies)
		key := fmt.Sprintf("%s|%g|%s|%s|%q", f.Kind, f.Value, f.Unit, f.Period, companies)
		if seen[key] {
			t.Errorf("%s %g for %q is listed twice", f.Kind, f.Value, f.Companies)
		}
		seen[key] = true
	}
	i := slices.IndexFunc(a.Facts, func(f index.FactAnswer) bool { return f.Value == 40.8 })
	if i < 0 || len(a.Facts[i].Sources) < 2 {
		t.Errorf("AWS's 40.8%% share of 2020 is reported by two articles; want both as sources of one fact, got %+v", a.Facts)
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
			if err != nil && !errors.Is(err, index.ErrEmptyQuery) {
				t.Errorf("Ask(%q) = %v; want an answer or ErrEmptyQuery", q, err)
			}
		})
	}
	if _, err := ix.Ask(context.Background(), strings.Repeat("amazon ", 100)); !errors.Is(err, index.ErrQueryTooLong) {
		t.Errorf("a 700-character query: want ErrQueryTooLong, got %v", err)
	}
	if _, err := ix.Ask(context.Background(), ""); !errors.Is(err, index.ErrEmptyQuery) {
		t.Errorf("an empty query: want ErrEmptyQuery, got %v", err)
	}
}

// TestAskKeepsTiedSharesOfOneArticle checks that two companies an article
// gives the same share are two facts: a ranking where Oracle and
// Salesforce both hold 3% lists both, while a headline restating the
// body's deal value stays one fact.
func TestAskKeepsTiedSharesOfOneArticle(t *testing.T) {
	arts := []corpus.Article{{
		ID: "ranking", Path: "ranking.md", Title: "Cloud infrastructure market shares, third quarter", Published: time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC),
		Body: "In the third quarter of 2025 Amazon held 30% of the cloud infrastructure market, Microsoft 20% and Google 13%. " +
			"Oracle and Salesforce each had 3%, and IBM and Alibaba 2% each, Synergy Research Group said.",
	}}
	ix, _, err := memoryIndex(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	a, err := ix.AskN(context.Background(), "cloud market share q3 2025", 20)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct {
		company string
		value   float64
	}{{"Oracle", 3}, {"Salesforce", 3}, {"IBM", 2}, {"Alibaba", 2}} {
		if !slices.ContainsFunc(a.Facts, func(f index.FactAnswer) bool {
			return f.Value == want.value && slices.Contains(f.Companies, want.company)
		}) {
			t.Errorf("%s's %g%% share is missing from the answer:\n%s", want.company, want.value, describeAll(a.Facts))
		}
	}
}
