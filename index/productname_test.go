package index_test

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// TestUnderstandProductsAsTheirMakers reads a product's name as its maker,
// said as a guess, and keeps the product's words steering: a question may
// ask for the product's figures alone. A question that names the maker
// too guesses nothing, and a product named with its maker's name ("github
// copilot") or only capitalised in articles ("cursor") is read as before.
func TestUnderstandProductsAsTheirMakers(t *testing.T) {
	tests := []struct {
		query     string
		companies []string
		steering  []string
		guessed   []string
	}{
		{"gemini users", []string{"Google"}, []string{"gemini"}, []string{"gemini"}},
		{"chatgpt enterprise seats", []string{"OpenAI"}, []string{"chatgpt", "enterprise"}, []string{"chatgpt enterprise"}},
		{"claude licences fabrikam", []string{"Anthropic"}, []string{"claude", "fabrikam"}, []string{"claude"}},
		{"bedrock deal", []string{"Amazon"}, []string{"bedrock"}, []string{"bedrock"}},
		{"vertex ai contract", []string{"Google"}, []string{"vertex", "ai"}, []string{"vertex ai"}},
		{"m365 copilot seats", []string{"Microsoft"}, []string{"m365", "copilot"}, []string{"m365 copilot"}},
		// Near misses: the maker named by its own name, a product whose
		// name holds its maker's, a product's name that is a word.
		{"google gemini users", []string{"Google"}, []string{"gemini"}, nil},
		{"gemini google users", []string{"Google"}, []string{"gemini"}, nil},
		{"github copilot seats", []string{"Microsoft"}, []string{"copilot"}, nil},
		{"cursor seats", nil, []string{"cursor"}, nil},
		{"vertex ventures fund", []string{"Vertex Ventures"}, []string{"fund"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := index.Understand(extract.New(), tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.Companies, tt.companies) {
				t.Errorf("companies = %q, want %q", q.Companies, tt.companies)
			}
			if !slices.Equal(q.Steering, tt.steering) {
				t.Errorf("steering = %q, want %q", q.Steering, tt.steering)
			}
			var typed []string
			for _, g := range q.Guesses {
				typed = append(typed, g.Typed)
				if g.Group {
					t.Errorf("guess %q is a group", g.Typed)
				}
			}
			if !slices.Equal(typed, tt.guessed) {
				t.Errorf("guessed %q, want %q", typed, tt.guessed)
			}
		})
	}
}

// productMakerArticles give a product's seats with no party but the
// customer, beside the maker's other figures.
var productMakerArticles = []corpus.Article{
	dated(article("tailspin", "Tailspin gives its staff an AI assistant",
		"Tailspin Toys has given 9,000 staff access to the assistant, it said on Monday. "+
			"The Gemini rollout is its first of an AI tool."), "2025-05-02"),
	dated(article("pledge", "Google pledges more for Fabrikam's region",
		"Google will invest $2 billion in data centres in Northwind, it said."), "2025-06-01"),
	dated(article("seats", "Google signs up a council",
		"Wingtip Council bought 4,000 Google Workspace licences from Google."), "2025-06-03"),
}

// TestProductQuestionFindsItsArticles asks for a product's figures by the
// product's name: the article that says the product answers, even where
// its figure names no maker (the rollout's), before the maker's other
// figures. The maker's name with another product asks for that one.
func TestProductQuestionFindsItsArticles(t *testing.T) {
	ix := testIndex(t, productMakerArticles)
	tests := []struct {
		query string
		first want
	}{
		{"gemini users", want{corpus.Seats, 9000, "", nil, 1}},
		{"gemini rollout seats", want{corpus.Seats, 9000, "", nil, 1}},
		// Near miss: no product named, so Google's own seats answer.
		{"google workspace licences", want{corpus.Seats, 4000, "", []string{"Google"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
	a := askOf(t, ix, "gemini users")
	if len(a.Guesses) != 1 || a.Guesses[0].String() != "Showing Google for “gemini”" {
		t.Errorf("guesses = %v, want Google for gemini", a.Guesses)
	}
}
