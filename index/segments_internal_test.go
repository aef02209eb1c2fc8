package index

import "testing"

// TestSegmentOf reads the segment a sentence gives a share for: the
// segment word right after the figure in its clause, else the last one
// before it, up to a "while", "whereas" or "but" that sets another
// segment beside it. Near misses: a segment said only past such a word,
// or after another figure of the clause, and a sentence naming none.
func TestSegmentOf(t *testing.T) {
	tests := []struct {
		sentence, figure, want string
	}{
		{"In desktop chips, Contoso's share has risen to 36%, while its mobile and server shares climbed.", "36%", "desktop"},
		{"On the desktop, Contoso's unit share eased to 27.1%.", "27.1%", "desktop"},
		{"Contoso held a 19.8% share of notebook processors.", "19.8%", "notebook"},
		{"Northwind's broadband market share was 48.2 per cent, Tailspin's 30.1 per cent.", "30.1 per cent", "broadband"},
		{"Fabrikam leads on mobile with a 69.2% share, followed by Litware (20.3%).", "20.3%", "mobile"},
		{"Adatum took 3.3% on tablets.", "3.3%", "tablets"},
		{"Contoso's desktop share fell to 30%, but Fabrikam's server share rose to 35%.", "35%", "server"},
		// Near misses.
		{"Contoso held 24.1% of all x86 CPUs, while its mobile share grew.", "24.1%", ""},
		{"Contoso took 23.7% of units and 21.6% of notebook revenue.", "23.7%", ""},
		{"Northwind holds a 31.4 per cent market share, followed by Tailspin.", "31.4 per cent", ""},
	}
	for _, tt := range tests {
		if got := segmentOf(tt.sentence, tt.figure); got != tt.want {
			t.Errorf("segmentOf(%q, %q) = %q, want %q", tt.sentence, tt.figure, got, tt.want)
		}
	}
}

// TestSegmentFit grades a share's segment against the question's: the
// segment asked for, none, another, or any when none is asked for.
func TestSegmentFit(t *testing.T) {
	const (
		broadband = "Northwind's broadband market share was 48.2 per cent."
		whole     = "Northwind holds a 31.4 per cent market share."
	)
	tests := []struct {
		asked            []string
		sentence, figure string
		want             int
	}{
		{[]string{"broadband"}, broadband, "48.2 per cent", 1},
		{[]string{"broadband"}, whole, "31.4 per cent", 0},
		{[]string{"wireless"}, broadband, "48.2 per cent", -1},
		{nil, broadband, "48.2 per cent", -1},
		{nil, whole, "31.4 per cent", 0},
		{[]string{"desktops"}, "On the desktop, Contoso's share eased to 27.1%.", "27.1%", 1},
	}
	for _, tt := range tests {
		if got := segmentFit(tt.asked, tt.sentence, tt.figure); got != tt.want {
			t.Errorf("segmentFit(%q, %q) = %d, want %d", tt.asked, tt.sentence, got, tt.want)
		}
	}
}
