package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// grownArticles each give a company's seats twice in one sentence: the
// count it started with or held, then the one it grew or cut to.
var grownArticles = []corpus.Article{
	dated(article("scaled", "Fabrikam's Copilot rollout",
		"Fabrikam first gave Microsoft 365 Copilot to 400 employees in 2024 and quickly scaled to 12,000 users this year."), "2025-06-01"),
	dated(article("cut", "Tailspin trims its Zoom bill",
		"The council held 80 Zoom licences last year but has cut that to 30 for this year."), "2025-04-01"),
	// Two groups given seats side by side: neither count is what the
	// other was.
	dated(article("side", "Woodgrove gives Copilot to its analysts",
		"Woodgrove gave Microsoft 365 Copilot to 600 analysts and to 150 traders."), "2025-05-01"),
}

// TestSeatsGrownTo asks for a company's seats: the count its sentence says
// the seats grew or were cut to answers before the one they started from,
// unless the question asks what it was or what came first.
func TestSeatsGrownTo(t *testing.T) {
	ix := testIndex(t, grownArticles)
	tests := []struct {
		query string
		first want
	}{
		{"fabrikam copilot licences", want{corpus.Seats, 12000, "", []string{"Microsoft"}, 1}},
		{"how many zoom licences does tailspin have", want{corpus.Seats, 30, "", []string{"Zoom"}, 1}},
		// Near misses: what the seats were, asked for, and two counts
		// of one sentence that no change joins.
		{"how many copilot licences did fabrikam start with", want{corpus.Seats, 400, "", []string{"Microsoft"}, 1}},
		{"tailspin zoom licences before", want{corpus.Seats, 80, "", []string{"Zoom"}, 1}},
		{"woodgrove copilot analysts", want{corpus.Seats, 600, "", []string{"Microsoft"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
