package index

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestOwnFigureBeforeASumOthersShare ranks two figures of one article
// alike in all the question says: the one about only the companies asked
// for comes first, though the sum it shares with others scores higher
// (a headline adds to its score). Near miss: of two figures about only
// the companies asked for, the score decides.
func TestOwnFigureBeforeASumOthersShare(t *testing.T) {
	at := func(v, score float64, alone bool, doc string) rankedFact {
		r := rankedFact{docs: []string{doc}, kind: true, all: true, named: true, live: true, score: score, alone: alone}
		r.Kind, r.Value, r.Unit = corpus.DealValue, v, "USD"
		return r
	}
	sum, own := at(9e9, 3.0, false, "f1"), at(2.1e9, 2.5, true, "f2")
	if compareRanked(own, sum) >= 0 {
		t.Errorf("want the company's own $2.1 billion before the $9 billion it shares")
	}
	sum.alone = true
	if compareRanked(sum, own) >= 0 {
		t.Errorf("of two figures about only the companies asked for, want the better scored first")
	}
}

// TestTitleSpellsTheBodysFigure marks as headline news a figure the
// title spells as a body sentence gives it, headlines shortening the
// magnitude ("$10bn", "£10B", "$10 billion"), though no fact is read from
// the title: such a figure is retold, not a title's rounding. Near
// misses: a figure the title holds only inside a longer one ("$1 billion"
// in "$11bn", "$1.5 billion" in "$1.55bn") or with another magnitude
// ("$24 million" for "$24bn") is not in the title.
func TestTitleSpellsTheBodysFigure(t *testing.T) {
	fact := func(text string, v float64, sentence string) corpus.Fact {
		return corpus.Fact{Kind: corpus.DealValue, Value: v, Text: text, Sentence: sentence}
	}
	tests := []struct {
		title string
		fact  corpus.Fact
		in    bool // in the title
		read  bool // read from the title itself
	}{
		{"Blackstone to spend £10B on a campus", fact("£10B", 10e9, "It will spend £10B."), true, false},
		{"Contoso to invest $10bn in Ruritania", fact("more than US$10 billion", 10e9, "Contoso will invest more than US$10 billion."), true, false},
		{"Contoso takes 31% of widgets", corpus.Fact{Kind: corpus.MarketShare, Value: 31, Unit: "percent", Text: "31%", Sentence: "It took 31%."}, true, false},
		{"Contoso hires 21,000 staff", corpus.Fact{Kind: corpus.Seats, Value: 21000, Text: "21,000", Sentence: "It gave 21,000 staff seats."}, true, false},
		{"Contoso signs a $8B contract", fact("$8B", 8e9, "Contoso signs a $8B contract"), true, true},
		// Near misses.
		{"Contoso to invest $11bn in Ruritania", fact("$1 billion", 1e9, "It invests $1 billion."), false, false},
		{"Contoso to invest $1.55bn in Ruritania", fact("$1.5 billion", 1.5e9, "It invests $1.5 billion."), false, false},
		{"Contoso raises $24bn", fact("$24 million", 24e6, "It raised $24 million."), false, false},
		{"Contoso raises money", fact("three billion dollars", 3e9, "It raised three billion dollars."), false, false},
		{"Contoso cuts 40 jobs", corpus.Fact{Kind: corpus.MarketShare, Value: 40, Unit: "percent", Text: "40 per cent", Sentence: "It holds 40 per cent."}, false, false},
		{"Contoso turns 500 days old", corpus.Fact{Kind: corpus.Seats, Value: 500, Text: "500", Sentence: "It gave 500 staff seats."}, false, false},
		{"Contoso raises $2bn", fact("R2 billion", 2e9, "It raised R2 billion."), false, false},
	}
	for _, tt := range tests {
		got := titleFigures(tt.title, []corpus.Fact{tt.fact})
		read, in := got[figure{tt.fact.Kind, tt.fact.Value}]
		if in != tt.in || read != tt.read {
			t.Errorf("%q with %q: in the title %t, read from it %t; want %t, %t", tt.title, tt.fact.Text, in, read, tt.in, tt.read)
		}
	}
}

// TestSameDealCountsEachCompanyInCommonOnce: two articles' deals of one
// figure and type are one deal when they share two companies, and a
// company named twice on one side ("Amazon", "Amazon Web Services") is
// one company in common, not two. Near miss: two real companies in
// common make one deal.
func TestSameDealCountsEachCompanyInCommonOnce(t *testing.T) {
	deal := func(companies ...string) corpus.Fact {
		return corpus.Fact{Kind: corpus.DealValue, Value: 2.3e9, Unit: "USD", DealType: corpus.DealInvestment, Companies: companies}
	}
	if sameAcross(deal("Amazon", "Amazon Web Services", "Contoso"), deal("Amazon", "Fabrikam")) {
		t.Errorf("Amazon named twice on one side made two companies in common with a deal of Amazon and Fabrikam")
	}
	if !sameAcross(deal("Amazon", "Contoso", "Northwind"), deal("Amazon", "Contoso", "Fabrikam")) {
		t.Errorf("two companies in common: want one deal")
	}
}
