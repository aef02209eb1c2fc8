package index

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestNearFigure reads which of a question's words stand beside a figure:
// within its clause, not across a comma that ends it nor a word that joins
// the next figure's clause, and a comma inside a number ends nothing.
func TestNearFigure(t *testing.T) {
	sentence := "The council gave Copilot Chat to its workforce of more than 5,000, and Microsoft 365 Copilot to about 4,500 officers, after a pilot with 500 staff."
	rounds := "It took part in Lambda's $320 million series C in 2024 and its $480 million series D in 2025."
	tests := []struct {
		sentence, figure string
		asked            []string
		want             []string
	}{
		{sentence, "more than 5,000", []string{"365", "copilot", "pilot"}, nil},
		{sentence, "about 4,500", []string{"365", "copilot", "pilot"}, []string{"365", "copilot"}},
		{sentence, "500", []string{"365", "copilot", "pilot"}, []string{"pilot"}},
		{rounds, "$320 million", []string{"series", "c", "d"}, []string{"series", "c"}},
		{rounds, "$480 million", []string{"series", "c", "d"}, []string{"series", "d"}},
		{rounds, "$1 billion", []string{"series"}, nil},
		// A quarter asked for as "q4" is said beside a figure as the
		// fourth or by its months.
		{"Its share rose to 31.8% in the fourth, after 30.1% in the third quarter.", "31.8%", []string{"q3", "q4"}, []string{"q4"}},
		{"Its share rose to 31.8% in the fourth, after 30.1% in the third quarter.", "30.1%", []string{"q3", "q4"}, []string{"q3"}},
		{"In the December quarter, it held 12% of the market.", "12%", []string{"q4"}, nil},
		{"It took 12% in the December quarter.", "12%", []string{"q4", "h2"}, []string{"q4"}},
	}
	for _, tt := range tests {
		set := nearFigure(tt.asked, tt.sentence, tt.figure)
		var got []string
		for i, w := range tt.asked {
			if set&(1<<i) != 0 {
				got = append(got, w)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q in %q: near %q, want %q", tt.figure, tt.sentence, got, tt.want)
		}
	}
}

// TestFitsAskedWords reads a fact's details in the words a sales person
// asks with: a status by how news reports it ("called off", "weighing"),
// a stage by its verbs ("testing", "deploying"), a deal type by the verbs
// of raising, backing, awarding and partnering, and a ceiling by the
// "potential" value of a deal.
func TestFitsAskedWords(t *testing.T) {
	d := newDetailWords()
	fact := func(f corpus.Fact) FactAnswer { return FactAnswer{Fact: f} }
	tests := []struct {
		fact  FactAnswer
		asked string
		want  bool
	}{
		{fact(corpus.Fact{Status: corpus.StatusCancelled}), "abandoned", true},
		{fact(corpus.Fact{Status: corpus.StatusCancelled}), "terminated", true},
		{fact(corpus.Fact{Status: corpus.StatusCancelled}), "talks", false},
		{fact(corpus.Fact{Status: corpus.StatusBlocked}), "vetoed", true},
		{fact(corpus.Fact{Status: corpus.StatusInTalks}), "weighing", true},
		{fact(corpus.Fact{Status: corpus.StatusInTalks}), "rumoured", true},
		{fact(corpus.Fact{Status: corpus.StatusInTalks}), "finalised", false},
		{fact(corpus.Fact{Status: corpus.StatusCompleted}), "finalized", true},
		{fact(corpus.Fact{Status: corpus.StatusAgreed}), "signed", true},
		{fact(corpus.Fact{Stage: corpus.StagePilot}), "testing", true},
		{fact(corpus.Fact{Stage: corpus.StagePilot}), "deploying", false},
		{fact(corpus.Fact{Stage: corpus.StageRollout}), "deploying", true},
		{fact(corpus.Fact{Stage: corpus.StagePlan}), "target", true},
		{fact(corpus.Fact{DealType: corpus.DealFundingRound}), "raising", true},
		{fact(corpus.Fact{DealType: corpus.DealFundingRound}), "financing", true},
		{fact(corpus.Fact{DealType: corpus.DealInvestment}), "backing", true},
		{fact(corpus.Fact{DealType: corpus.DealInvestment}), "raising", false},
		{fact(corpus.Fact{DealType: corpus.DealAcquisition}), "purchase", true},
		{fact(corpus.Fact{DealType: corpus.DealGovernmentContract}), "awarded", true},
		{fact(corpus.Fact{DealType: corpus.DealPartnership}), "venture", true},
		{fact(corpus.Fact{Qualifier: corpus.UpTo}), "potential", true},
		{fact(corpus.Fact{Qualifier: corpus.AtLeast}), "potential", false},
		{fact(corpus.Fact{Region: "EMEA"}), "europe", true},
	}
	for _, tt := range tests {
		if got := d.fits([]string{tt.asked}, tt.fact) != 0; got != tt.want {
			t.Errorf("%q of a fact with status %q, stage %q, type %q, qualifier %q, region %q: fits %v, want %v",
				tt.asked, tt.fact.Status, tt.fact.Stage, tt.fact.DealType, tt.fact.Qualifier, tt.fact.Region, got, tt.want)
		}
	}
}

// TestWasFigure tells the figure a sentence gives as what it was before
// the news from the news itself.
func TestWasFigure(t *testing.T) {
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{"Its market share fell from 21.1 percent in the fourth quarter of 2016 to 18.4 percent.", "21.1 percent", true},
		{"Its market share fell from 21.1 percent in the fourth quarter of 2016 to 18.4 percent.", "18.4 percent", false},
		{"Amazon led with a 40% share, up from 38.1% in 2021.", "38.1%", true},
		{"Amazon led with a 40% share, up from 38.1% in 2021.", "40%", false},
		{"Microsoft took 21.5%, against 20.6% a year before.", "20.6%", true},
		{"Revenue reached $9bn compared with $7bn a year earlier.", "$7bn", true},
		{"Contoso's share came to 15.1% against 18.9% for Fabrikam.", "18.9%", false},
		{"Anthropic received $4 billion from Amazon.", "$4 billion", false},
	}
	for _, tt := range tests {
		if got := wasFigure(tt.sentence, tt.figure); got != tt.want {
			t.Errorf("%q in %q: was %v, want %v", tt.figure, tt.sentence, got, tt.want)
		}
	}
}

// TestOnTopOf reads what "on top of" sets the news on: the figure right
// after the phrase came before the news, however the phrase is joined to
// the sentence, unless a company came out on top of it, which it won.
func TestOnTopOf(t *testing.T) {
	tests := []struct {
		sentence, figure string
		told             bool
	}{
		{"The new money comes on top of the $6 billion Litware already pays Fabrikam.", "$6 billion", true},
		{"Litware will pay Fabrikam $2 billion more, on top of the $6 billion it already pays.", "$6 billion", true},
		{"On top of the $9 billion it already pays Adatum, Tailspin will pay $7 billion more.", "$9 billion", true},
		{"On top of the $9 billion it already pays Adatum, Tailspin will pay $7 billion more.", "$7 billion", false},
		{"Northwind came out on top of a $4 billion bidding war to buy Proseware.", "$4 billion", false},
		{"Contoso emerged on top of a $2 billion auction for Woodgrove.", "$2 billion", false},
	}
	for _, tt := range tests {
		if got := toldBefore(tt.sentence, tt.figure); got != tt.told {
			t.Errorf("toldBefore(%q, %q) = %v, want %v", tt.sentence, tt.figure, got, tt.told)
		}
	}
}
