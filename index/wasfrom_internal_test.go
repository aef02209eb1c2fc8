package index

import "testing"

// TestWasFigureAfterFromAndItsWords tells the figure a sentence starts a
// change from when a word or two saying how it stood come between "from"
// and the figure ("from an initial", "from its previous", "from just").
// Near misses: a determiner alone says where money came from ("from a
// $10bn fund"), and a word of another kind ends the run.
func TestWasFigureAfterFromAndItsWords(t *testing.T) {
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{"Its cost has tripled from an initial R670 million to R1.9 billion.", "R670 million", true},
		{"Its cost has tripled from an initial R670 million to R1.9 billion.", "R1.9 billion", false},
		{"The contract grew from its original $4 million to $8.2 million.", "$4 million", true},
		{"Contoso's share climbed from just 3% to 9% in two years.", "3%", true},
		{"Seats rose to 9,000, up from a previous 6,500.", "6,500", true},
		// Near misses.
		{"Tailspin drew $1bn from a $10bn fund.", "$10bn fund", false},
		{"Tailspin drew $1bn from the $10bn fund set up in 2023.", "$10bn", false},
		{"Litware took a loan from Contoso's $2 billion facility.", "$2 billion", false},
	}
	for _, tt := range tests {
		if got := wasFigure(tt.sentence, tt.figure); got != tt.want {
			t.Errorf("wasFigure(%q, %q) = %v, want %v", tt.sentence, tt.figure, got, tt.want)
		}
	}
}

// TestGrownThenTo reads a count that grew in steps: each count the
// sentence then takes on to another ("raised to 6,000 and then to
// 9,500") is what the seats were; the last is the news. Near miss: two
// groups given seats, which no change joins.
func TestGrownThenTo(t *testing.T) {
	const steps = "Tailspin first bought 2,000 licences, a number later raised to 6,000 and then to 9,500."
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{steps, "2,000", true},
		{steps, "6,000", true},
		{steps, "9,500", false},
		{"Contoso rolled Copilot out to 300 staff and then to 4,000 more in the spring.", "300", true},
		// Near miss.
		{"Woodgrove gave Copilot to 600 analysts and to 150 traders.", "600", false},
	}
	for _, tt := range tests {
		if got := grownFrom(tt.sentence, tt.figure); got != tt.want {
			t.Errorf("grownFrom(%q, %q) = %v, want %v", tt.sentence, tt.figure, got, tt.want)
		}
	}
}
