package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// mentionedArts hold three companies' ChatGPT Enterprise seats, one in an
// article that names the GSA in passing, no figure's party.
var mentionedArts = []corpus.Article{
	dated(article("federal", "OpenAI to give federal staff ChatGPT Enterprise",
		"OpenAI will give 2 million US government workers ChatGPT Enterprise for a year.\n\n"+
			"Separately, the General Services Administration said it would publish a review of its software buying in the autumn."), "2025-08-06"),
	dated(article("drugmaker", "Moderna gives 3,000 staff ChatGPT Enterprise",
		"Moderna has rolled out ChatGPT Enterprise from OpenAI to 3,000 employees."), "2025-04-24"),
	dated(article("bank", "Contoso Bank takes ChatGPT Enterprise to its branches",
		"Contoso Bank will deploy ChatGPT Enterprise from OpenAI to 12,000 employees, it said."), "2025-05-02"),
}

// TestArticleNamesTheOtherCompany asks about two companies no fact is
// about together: a figure about one of them whose article names the
// other answers before the first company's figures elsewhere, however
// well those match the question's other words.
func TestArticleNamesTheOtherCompany(t *testing.T) {
	ix := testIndex(t, mentionedArts)
	tests := []struct {
		query string
		first want
	}{
		{"openai gsa chatgpt enterprise seats", want{corpus.Seats, 2e6, "", []string{"OpenAI"}, 1}},
		{"gsa openai seats", want{corpus.Seats, 2e6, "", []string{"OpenAI"}, 1}},
		// Near miss: a company the other figure is about.
		{"openai moderna chatgpt enterprise seats", want{corpus.Seats, 3000, "", []string{"Moderna", "OpenAI"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
