package index

import "testing"

// TestR17ReviewCSplitNeedsASplitSum: the figures after a colon are a
// sum's parts only when the clause before it says the sum is split
// ("split across three tranches:", "broken down as follows:"), not when
// a word of splitting speaks of something else: opinions divided, talks
// broken down.
func TestR17ReviewCSplitNeedsASplitSum(t *testing.T) {
	tests := []struct {
		sentence, figure string
		part             bool
	}{
		{"The facilities are split across three tranches: $500 million – Term Loan Facility; $250 million – Revolving Credit Facility.", "$250 million", true},
		{"The award is divided into two parts: $40 million for hardware and $12 million for support.", "$40 million", true},
		{"The loans are broken down as follows: $600 million for the campus and $250 million for working capital.", "$600 million", true},
		{"Fabrikam gave a breakdown of the award: $40 million for hardware and $12 million for support.", "$12 million", true},
		// Near misses.
		{"Analysts were divided: Litware signed a $2 billion cloud deal with Fabrikam.", "$2 billion", false},
		{"Opinion is divided over the price: Contoso will pay $3 billion for Fabrikam.", "$3 billion", false},
		{"After talks had broken down in May, the companies said on Monday: Proseware will buy Wingtip for $3 billion.", "$3 billion", false},
	}
	for _, tt := range tests {
		if got := partOf(tt.sentence, tt.figure); got != tt.part {
			t.Errorf("partOf(%q, %q) = %t, want %t", tt.sentence, tt.figure, got, tt.part)
		}
	}
}
