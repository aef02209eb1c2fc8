package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// peopleArticles give a company's own rollout, and seats it holds each
// beside other customers in an article that happens to say "people".
var peopleArticles = []corpus.Article{
	dated(article("own", "Contoso rolls out Copilot",
		"Contoso will give Copilot to 40,000 employees this year, the company said."), "2025-03-03"),
	dated(article("each", "Copilot's biggest customers",
		"Contoso, Fabrikam and Tailspin each bought more than 10,000 Copilot seats, putting the assistant in front of many people."), "2025-04-04"),
}

// TestPeopleAsksForSeats reads "people" and "personnel" as "staff" and
// "users" are read: they ask how many seats, and the word is looked for
// beside the figure rather than anywhere in an article, so the company's
// own rollout answers before seats it holds with others in an article
// that says "people".
func TestPeopleAsksForSeats(t *testing.T) {
	ix := testIndex(t, peopleArticles)
	tests := []struct {
		query string
		first want
	}{
		{"how many contoso people get copilot", want{corpus.Seats, 40000, "", []string{"Contoso"}, 1}},
		{"contoso copilot personnel", want{corpus.Seats, 40000, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
	// Near miss: "how much" asks for money, whoever the people are.
	q, err := ix.Understand(context.Background(), "how much did contoso pay for copilot for its people")
	if err != nil || q.Kind != corpus.DealValue {
		t.Errorf("how much ... for its people: want a question about money, got %q (%v)", q.Kind, err)
	}
}
