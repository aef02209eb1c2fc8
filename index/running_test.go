package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// runningArticles tell a round and the running total it brings the
// startup to; the total's sentence names the round by its name, the
// round's own sentence does not.
var runningArticles = []corpus.Article{
	dated(article("round", "Tailspin raises $200 million",
		"Tailspin has raised $200 million in a new round of funding led by Northwind. Contoso also took part in the Series B round, which lifts the total Tailspin has raised to more than $350 million."), "2025-05-07"),
	dated(article("systems", "Litware orders its first exascale system",
		"Litware signed a $600 million contract with Fabrikam for the first of its exascale systems. Litware plans to spend a total of $1.8 billion on the three systems."), "2024-08-14"),
}

// TestRoundBeforeTheRunningTotal asks for what a round raised: the money
// of the round answers before the running total it lifts, though the
// total's sentence names the round. A question asking for the total gets
// the total, and so does one whose words stand beside the total rather
// than beside the part ("on the three systems").
func TestRoundBeforeTheRunningTotal(t *testing.T) {
	ix := testIndex(t, runningArticles)
	tests := []struct {
		query string
		first want
	}{
		{"how much did tailspin raise in its series b", want{corpus.DealValue, 200e6, "", []string{"Tailspin"}, 1}},
		{"tailspin series b", want{corpus.DealValue, 200e6, "", []string{"Tailspin"}, 1}},
		// Near misses: the total is asked for, or the question's words
		// stand beside the total and not beside the part.
		{"how much has tailspin raised in total", want{corpus.DealValue, 350e6, "", []string{"Tailspin"}, 1}},
		{"how much is litware spending on the three exascale systems", want{corpus.DealValue, 1.8e9, "", []string{"Litware"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
