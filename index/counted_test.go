package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestWhoTheSeatsAreFor asks how many seats one group of a sentence that
// counts several gets ("680,000 students and 28,000 teachers"): the count
// the question's word names, written right after its figure, answers,
// though a rarer word of the question stands nearer the other count. The
// near misses ask for the other group.
func TestWhoTheSeatsAreFor(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("schools", "Oregon brings Gemini to its schools",
			"The Oregon Department of Education is opening Gemini classroom accounts to roughly 550,000 students and 30,000 teachers this autumn."), "2025-07-01"),
		dated(article("campus", "Arizona State University signs up for ChatGPT Edu",
			"Arizona State University will offer ChatGPT Edu through its campuswide licence to 180,000 students and 20,000 faculty, OpenAI said."), "2024-10-02"),
		dated(article("nhs", "Copilot for hospital staff",
			"Leeds Teaching Hospitals will give Microsoft 365 Copilot under its new scheme to about 9,000 nurses and 2,000 doctors next year."), "2024-04-09"),
	})
	tests := []struct {
		query string
		first want
	}{
		{"how many oregon teachers get gemini classroom", want{corpus.Seats, 30000, "", nil, 1}},
		{"arizona state chatgpt edu campuswide faculty", want{corpus.Seats, 20000, "", nil, 1}},
		{"leeds copilot scheme doctors", want{corpus.Seats, 2000, "", nil, 1}},
		// Near misses: the other group of each sentence.
		{"how many oregon students get gemini classroom", want{corpus.Seats, 550000, "", nil, 1}},
		{"arizona state chatgpt edu campuswide students", want{corpus.Seats, 180000, "", nil, 1}},
		{"leeds copilot scheme nurses", want{corpus.Seats, 9000, "", nil, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
