package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestWhatLicencesCost asks what licences cost and how many were bought,
// of articles giving both: "licence cost" or "licences purchase" is
// answered by the money, "how many licences" and "licences" alone by the
// count.
func TestWhatLicencesCost(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		article("kent", "Kent council renews Zoom",
			"Kent County Council will pay Zoom $186,000 for 2,400 licences for the coming year."),
		article("leeds", "Leeds moves staff to Microsoft 365",
			"Leeds City Council will buy 9,000 Microsoft 365 licences for £1.2 million over three years."),
	})
	tests := []struct {
		query string
		first want
	}{
		{"kent county council zoom licence cost", want{corpus.DealValue, 186000, "", nil, 1}},
		{"kent county council zoom licences", want{corpus.Seats, 2400, "", nil, 1}},
		{"leeds city council microsoft 365 licences purchase", want{corpus.DealValue, 1.2e6, "", nil, 1}},
		{"how many microsoft licences did leeds city council buy", want{corpus.Seats, 9000, "", nil, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
