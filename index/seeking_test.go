package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// seekingArticles give Mistral AI a round it closed and, earlier, one it
// was in talks to raise.
var seekingArticles = []corpus.Article{
	dated(article("talks", "French AI start-ups draw investors",
		"Paris start-ups are drawing investors again. Mistral AI is in talks to raise $1 billion from investors, people familiar with the matter said."), "2024-09-02"),
	dated(article("closed", "Mistral AI raises €600 million",
		"Mistral AI raised €600 million in a funding round, it said on Friday."), "2025-01-10"),
}

// TestMoneyBeingRaised asks how much a company is raising: the round it
// is in talks to raise answers before the one it has closed, however
// newer. A question asking what it raised gets the closed round.
func TestMoneyBeingRaised(t *testing.T) {
	ix := testIndex(t, seekingArticles)
	tests := []struct {
		query string
		first want
	}{
		{"how much is mistral raising", want{corpus.DealValue, 1e9, "", []string{"Mistral"}, 1}},
		{"how much is mistral trying to raise", want{corpus.DealValue, 1e9, "", []string{"Mistral"}, 1}},
		// Near miss: a round it closed, named by its lead.
		{"mistral general catalyst round", want{corpus.DealValue, 600e6, "", []string{"Mistral"}, 1}},
		// Near miss: what it raised, not what it is raising.
		{"how much did mistral raise", want{corpus.DealValue, 600e6, "", []string{"Mistral"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestNewestMoneyBeingRaised asks how much a company is raising when its
// articles tell of two rounds in talks years apart: the newer is the one
// it is raising, though the older article's headline gives its figure.
func TestNewestMoneyBeingRaised(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("old", "Mistral AI in talks to raise $300 million",
			"Mistral AI is in talks to raise $300 million from investors, people familiar with the matter said."), "2023-03-01"),
		dated(article("new", "A bigger round for Mistral AI",
			"Mistral AI is in talks to raise $2 billion from investors, people familiar with the matter said."), "2026-02-10"),
		dated(article("closed", "Mistral AI closes its round",
			"Mistral AI raised €600 million in a funding round led by General Catalyst, it said."), "2024-06-01"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"how much is mistral raising", want{corpus.DealValue, 2e9, "", []string{"Mistral"}, 1}},
		{"how much is mistral trying to raise", want{corpus.DealValue, 2e9, "", []string{"Mistral"}, 1}},
		// Near miss: a round it closed, named by its lead.
		{"mistral general catalyst round", want{corpus.DealValue, 600e6, "", []string{"Mistral"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
