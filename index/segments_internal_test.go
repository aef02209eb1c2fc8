package index

import "testing"

// TestSegmentOf reads the segment a sentence gives a share for: the
// segment word right after the figure in its clause, else the last one
// before it heading the share or closing an "in", "on" or "across"
// phrase, up to a "while", "whereas", "but", "as" or "after" that sets
// another segment or matter beside it. Near misses: a segment said only
// past such a word, or after another figure of the clause, or in a name
// ("T-Mobile") or an aside ("the server maker"), and a sentence naming
// none.
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
		{"Contoso's desktop market share rose to 30%.", "30%", "desktop"},
		{"Contoso held 27% of the global desktop market.", "27%", "desktop"},
		// Near misses.
		{"Contoso held 24.1% of all x86 CPUs, while its mobile share grew.", "24.1%", ""},
		{"Contoso took 23.7% of units and 21.6% of notebook revenue.", "23.7%", ""},
		{"Northwind holds a 31.4 per cent market share, followed by Tailspin.", "31.4 per cent", ""},
		// A segment word in a clause on another matter, in a name, or in
		// an aside about the company rather than its share.
		{"Northwind's market share rose to 33.5 per cent in March as mobile data use grew, the regulator said.", "33.5 per cent", ""},
		{"T-Mobile's market share rose to 30.2%.", "30.2%", ""},
		{"Sprint's share fell to 28.1% as T-Mobile gained.", "28.1%", ""},
		{"Contoso, the server maker, holds 30% of the PC market.", "30%", ""},
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
