package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestMoneyAddedToADeal asks for money added to an earlier deal in one of
// the words people use for it ("additional", "further", "another",
// "extra"): the article that reports the top-up in another of those words
// answers, not a deal elsewhere that happens to use the question's word.
func TestMoneyAddedToADeal(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		article("mistral-topup", "Microsoft puts another $2 billion into Mistral",
			"Microsoft is investing a further $2 billion in Mistral, the French startup said on Tuesday."),
		article("mistral-compute", "Mistral books more computing capacity",
			"Mistral signed an additional $5 billion cloud contract with Microsoft and CoreWeave for computing capacity in Europe."),
		article("anthropic-topup", "Amazon adds $3 billion to its Anthropic stake",
			"Amazon will invest an extra $3 billion in Anthropic, the companies said."),
		article("anthropic-chips", "Anthropic widens its chip deal",
			"Anthropic agreed a further $6 billion cloud contract with Amazon and Nvidia for chips and capacity."),
	})
	tests := []struct {
		query string
		first want
	}{
		{"microsoft mistral additional investment", want{corpus.DealValue, 2e9, "", []string{"Microsoft", "Mistral"}, 1}},
		{"microsoft mistral extra investment", want{corpus.DealValue, 2e9, "", []string{"Microsoft", "Mistral"}, 1}},
		{"amazon anthropic further investment", want{corpus.DealValue, 3e9, "", []string{"Amazon", "Anthropic"}, 1}},
		{"amazon anthropic additional investment", want{corpus.DealValue, 3e9, "", []string{"Amazon", "Anthropic"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestARoundNamedByItsLetter asks for a funding round by its letter
// ("series d") when the article names that round in one sentence and gives
// its amount in the next, beside a sentence that names an earlier round
// with its own amount: the round asked for answers, not the one whose
// sentence merely says "Series".
func TestARoundNamedByItsLetter(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("wayve", "Wayve raises $900 million",
			"SoftBank is leading Wayve's Series D, the company said on Monday. "+
				"The new round brings Wayve $900 million from SoftBank and others. "+
				"Last year Wayve raised $700 million in its Series C round."), "2025-06-02"),
		dated(article("helsing", "Helsing lands €600 million",
			"General Catalyst is leading Helsing's Series E, the start-up said. "+
				"Helsing is getting €600 million in the round. "+
				"In 2023 it raised €400 million in a Series D."), "2025-07-01"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"wayve series d", want{corpus.DealValue, 900e6, "", []string{"Wayve"}, 1}},
		{"wayve series c", want{corpus.DealValue, 700e6, "", []string{"Wayve"}, 1}},
		{"helsing series e", want{corpus.DealValue, 600e6, "", []string{"Helsing"}, 1}},
		{"how much did helsing raise in its series d", want{corpus.DealValue, 400e6, "", []string{"Helsing"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestHowMuchMore asks how much more a company adds to what it has put in
// already, of a sentence giving both amounts: "more", "add" or "extra" in
// the question is answered by the amount the article adds with "another"
// or "a further", not by the amount already spent.
func TestHowMuchMore(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		article("poland", "Microsoft's Polish cloud spending",
			"Microsoft says it invested €2 billion in its Polish cloud region between 2020 and 2024, and that it will put another €3 billion into Poland over the next five years."),
		article("kenya", "Oracle's Kenyan data centres",
			"Oracle spent $1 billion on data centres in Kenya by 2024 and will spend a further $2.5 billion there by 2030."),
	})
	tests := []struct {
		query string
		first want
	}{
		{"how much more will microsoft invest in poland", want{corpus.DealValue, 3e9, "", []string{"Microsoft"}, 1}},
		{"how much extra is microsoft putting into poland", want{corpus.DealValue, 3e9, "", []string{"Microsoft"}, 1}},
		{"how much will oracle add in kenya", want{corpus.DealValue, 2.5e9, "", []string{"Oracle"}, 1}},
		{"how much more is oracle spending in kenya", want{corpus.DealValue, 2.5e9, "", []string{"Oracle"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestOrderWordBesideTheFigure asks for the latest or the first of two
// figures one sentence gives for the same day's news: the one the
// sentence itself calls the latest, the initial or the first answers,
// not the running total or the ceiling beside it.
func TestOrderWordBesideTheFigure(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		article("databricks", "Databricks raises $12 billion in total",
			"Databricks has raised $2 billion in its latest funding round, taking what it has raised so far to $12 billion."),
		article("leidos", "Navy awards Leidos cloud deal",
			"The Navy awarded Leidos a cloud contract worth up to $900 million, with an initial order of $45 million."),
	})
	tests := []struct {
		query string
		first want
	}{
		{"how much did databricks raise in its latest round", want{corpus.DealValue, 2e9, "", []string{"Databricks"}, 1}},
		{"databricks newest funding", want{corpus.DealValue, 2e9, "", []string{"Databricks"}, 1}},
		{"first leidos navy order", want{corpus.DealValue, 45e6, "", []string{"Leidos"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
