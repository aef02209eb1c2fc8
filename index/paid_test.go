package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// paidArticles give a software maker's paid seats and, later, what a
// customer paid it: a count and an amount, both beside the word "paid".
var paidArticles = []corpus.Article{
	dated(article("seats", "Contoso assistant wins more paying customers",
		"Contoso said its assistant had 1.3 million paid seats in January, up from 400,000 a year before."), "2024-02-01"),
	dated(article("deal", "Fabrikam signs $40 million Contoso deal",
		"Fabrikam paid Contoso $40 million for its assistant under a three-year agreement."), "2024-06-01"),
}

// TestPaidSeatsAskForSeats asks for "paid seats" or "paying users": the
// word before the noun says which seats are counted, so the answer is a
// count of seats, not the money paid. A question in which "paid" is the
// verb asks for the money.
func TestPaidSeatsAskForSeats(t *testing.T) {
	ix := testIndex(t, paidArticles)
	tests := []struct {
		query string
		first want
	}{
		{"contoso paid seats", want{corpus.Seats, 1.3e6, "", []string{"Contoso"}, 1}},
		{"contoso assistant paid seats january", want{corpus.Seats, 1.3e6, "", []string{"Contoso"}, 1}},
		{"contoso paying users", want{corpus.Seats, 1.3e6, "", []string{"Contoso"}, 1}},
		// Near miss: "paid" is what Fabrikam did, and the question
		// asks for the amount.
		{"what fabrikam paid contoso", want{corpus.DealValue, 40e6, "", []string{"Fabrikam"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
