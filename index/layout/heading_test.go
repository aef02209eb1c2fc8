package layout

import (
	"slices"
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

// TestOneCompanyDealsHeading names the company asked about over the further
// deals only when each of them names it: a company guessed from a product
// ("gemini" for Google) leads to articles that only mention the product.
func TestOneCompanyDealsHeading(t *testing.T) {
	tests := []struct {
		name  string
		facts []index.FactAnswer
		want  string
	}{
		{"every deal names it", []index.FactAnswer{
			deal(2e9, "a", "Google", "Contoso"),
			deal(1e9, "b", "Fabrikam", "Google"),
		}, "Other Google deals"},
		{"a deal leaves it out", []index.FactAnswer{
			deal(2e9, "a", "Google", "Contoso"),
			deal(1e9, "b", "PwC", "OpenAI"),
		}, "Other deals"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := index.Answer{Query: "gemini deals", Kind: corpus.DealValue,
				Companies: []string{"Google"}, Facts: tt.facts}
			if got := Lay(a, Options{}).Heading; got != tt.want {
				t.Errorf("heading %q, want %q", got, tt.want)
			}
		})
	}
}

// periodShare is a market share of one company for a period, from one article.
func periodShare(value float64, period corpus.Period, article string) index.FactAnswer {
	return index.FactAnswer{
		ID: "f:" + article,
		Fact: corpus.Fact{Kind: corpus.MarketShare, Value: value, Unit: "percent", Text: "x%",
			Companies: []string{"Alibaba"}, Period: period},
		Sources: []index.Source{{ArticleID: article, Title: "Shares " + article}},
	}
}

// unnamed is f said of no company.
func unnamed(f index.FactAnswer) index.FactAnswer {
	f.Companies = nil
	return f
}

// TestFurtherSharesHeading says "Earlier" over a company's further shares
// only when they all held before the one shown first: a question narrowed
// to 2021 leads with 2021, and 2023 is not earlier than that.
func TestFurtherSharesHeading(t *testing.T) {
	tests := []struct {
		name  string
		facts []index.FactAnswer
		want  string
	}{
		{"all before the lead", []index.FactAnswer{
			periodShare(9.5, "2021", "a"), periodShare(9.5, "2020", "b"), periodShare(7.1, "2019-Q4", "c"),
		}, "Earlier"},
		{"one after the lead", []index.FactAnswer{
			periodShare(9.5, "2021", "a"), periodShare(7.9, "2023", "b"), periodShare(9.5, "2020", "c"),
		}, "Other Alibaba shares"},
		{"one for the same period", []index.FactAnswer{
			periodShare(9.5, "2021", "a"), periodShare(9.1, "2021", "b"),
		}, "Other Alibaba shares"},
		{"shares of no company", []index.FactAnswer{
			unnamed(periodShare(72, "2021", "a")), unnamed(periodShare(70, "2023", "b")),
		}, "Other shares"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := index.Answer{Query: "alibaba share", Kind: corpus.MarketShare,
				Companies: []string{"Alibaba"}, Facts: tt.facts}
			if got := Lay(a, Options{}).Heading; got != tt.want {
				t.Errorf("heading %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNoteWhenNoFigureNamesEveryCompany says so before the answer when the
// question names two companies and no deal names both: the lead is one
// company's deal, not theirs.
func TestNoteWhenNoFigureNamesEveryCompany(t *testing.T) {
	const note = "No figure names Oracle and Wiz together; figures for Oracle or Wiz instead."
	tests := []struct {
		name  string
		facts []index.FactAnswer
		want  bool
	}{
		{"no deal names both", []index.FactAnswer{deal(32e9, "a", "Google", "Wiz"), deal(300e9, "b", "OpenAI", "Oracle")}, true},
		{"a deal names both", []index.FactAnswer{deal(1e9, "a", "Oracle", "Wiz"), deal(32e9, "b", "Google", "Wiz")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := index.Answer{Query: "oracle wiz", Companies: []string{"Oracle", "Wiz"}, Facts: tt.facts}
			r := Lay(a, Options{})
			if got := slices.Contains(r.Notes, note); got != tt.want {
				t.Errorf("notes %q: saying %q is %v, want %v", r.Notes, note, got, tt.want)
			}
		})
	}
}

// TestUnmatchedWordsSayWhereTheyWereLookedFor keeps the note on words no
// article matched true: with companies asked for, the words were looked
// for only in those companies' articles, and another article may say them.
func TestUnmatchedWordsSayWhereTheyWereLookedFor(t *testing.T) {
	tests := []struct {
		name      string
		companies []string
		unmatched []string
		want      string
	}{
		{"no company asked", nil, []string{"zzyzx", "quux"},
			"No article mentions “zzyzx” and “quux”, so they were left out."},
		{"one company asked", []string{"Arizona State University"}, []string{"gmail"},
			"No article about Arizona State University mentions “gmail”, so it was left out."},
		{"two companies asked", []string{"Amazon", "Microsoft"}, []string{"gmail", "accounts"},
			"No article about Amazon or Microsoft mentions “gmail” and “accounts”, so they were left out."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := index.Answer{Query: "q", Companies: tt.companies, Unmatched: tt.unmatched,
				Facts: []index.FactAnswer{deal(1e9, "a", "Amazon", "Microsoft")}}
			r := Lay(a, Options{})
			if !slices.Contains(r.Notes, tt.want) {
				t.Errorf("notes %q, want one saying %q", r.Notes, tt.want)
			}
		})
	}
}

// TestNoteWhenTheFiguresOnlyComeFromArticlesMentioningACompany says so
// before the answer when no fact names a company asked about and the
// figures are those of articles that merely mention it: the lead may be
// anybody's deal.
func TestNoteWhenTheFiguresOnlyComeFromArticlesMentioningACompany(t *testing.T) {
	const note = "No figure names Salesforce; figures from articles that mention it instead."
	tests := []struct {
		name      string
		mentioned []string
		want      bool
	}{
		{"no fact names it", []string{"Salesforce"}, true},
		{"a fact names it", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := index.Answer{Query: "salesforce acquisition", Companies: []string{"Salesforce"}, MentionedOnly: tt.mentioned,
				Facts: []index.FactAnswer{deal(2e9, "a", "Fabrikam", "Northwind")}}
			r := Lay(a, Options{})
			if got := slices.Contains(r.Notes, note); got != tt.want {
				t.Errorf("notes %q: saying %q is %v, want %v", r.Notes, note, got, tt.want)
			}
		})
	}
}
