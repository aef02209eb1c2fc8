package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// governmentArticles hold a deal a country's government made, named as the
// press names that government, beside the company's pledge to the
// country.
var governmentArticles = []corpus.Article{
	dated(article("ottawa", "Ottawa backs Fabrikam's data centre",
		"The Canadian government will invest up to C$240 million in Fabrikam to build a data centre, the minister said."), "2025-03-03"),
	dated(article("office", "Fabrikam to invest in Canada",
		"Fabrikam will invest C$900 million in Canada over five years, it said."), "2025-05-05"),
	dated(article("london", "Contoso wins British cloud work",
		"The UK government has awarded Contoso a £90 million cloud contract, the Cabinet Office said."), "2025-04-04"),
	dated(article("pledge", "Contoso to invest in Britain",
		"Contoso will invest £2 billion in the UK over five years, it said."), "2025-06-06"),
}

// TestCountryAsksForItsGovernment asks about a country and a company: the
// deal the country's government made with the company ("the Canadian
// government", "the UK government") is the country's deal, and answers
// before the company's pledge to the country, unless that is asked for.
func TestCountryAsksForItsGovernment(t *testing.T) {
	ix := testIndex(t, governmentArticles)
	tests := []struct {
		query string
		first want
	}{
		{"canada fabrikam data centre", want{corpus.DealValue, 240e6, "", []string{"Canadian government", "Fabrikam"}, 1}},
		{"uk contoso contract", want{corpus.DealValue, 90e6, "", []string{"UK government", "Contoso"}, 1}},
		// Near misses: asked for the investment in the country, that answers.
		{"fabrikam investment in canada", want{corpus.DealValue, 900e6, "", []string{"Fabrikam", "Canada"}, 1}},
		{"contoso uk investment", want{corpus.DealValue, 2e9, "", []string{"Contoso", "United Kingdom"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestCountryNamedByItsGovernment asks about a country that an article
// names only by its government ("The Malaysian government will give ..."):
// that article is one naming the country, so the words it says beside its
// figure pick it before an article that names the country but not them.
func TestCountryNamedByItsGovernment(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("officers", "Civil service gets an AI assistant",
			"The Malaysian government will give 300,000 public officers Fabrikam Assist, the minister said."), "2025-02-05"),
		dated(article("pledge", "Contoso to build a cloud region",
			"Contoso will invest $400 million in Malaysia over four years, it said."), "2025-05-05"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"malaysia public officers", want{corpus.Seats, 300000, "", []string{"Malaysian government"}, 1}},
		{"how many officers in malaysia", want{corpus.Seats, 300000, "", []string{"Malaysian government"}, 1}},
		// Near miss: the pledge its article names the country for.
		{"contoso malaysia investment", want{corpus.DealValue, 400e6, "", []string{"Contoso", "Malaysia"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
