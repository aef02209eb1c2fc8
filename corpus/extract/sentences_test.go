package extract

import (
	"slices"
	"testing"
)

// paragraphs is text's paragraphs as strings, for tests.
func paragraphs(text string) []string {
	var out []string
	for _, sp := range appendParagraphs(nil, text) {
		out = append(out, text[sp.start:sp.end])
	}
	return out
}

// sentences is a paragraph's sentences as strings, for tests.
func sentences(par string) []string {
	var out []string
	for _, sp := range appendSentences(nil, par) {
		out = append(out, par[sp.start:sp.end])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"initials stay inside", "The U.S. Defense Department cancelled it. Amazon sued.",
			[]string{"The U.S. Defense Department cancelled it.", "Amazon sued."}},
		{"a scaled figure ends a sentence", "It raised total spending with CoreWeave to $22.4B. That followed a $6.3B commitment.",
			[]string{"It raised total spending with CoreWeave to $22.4B.", "That followed a $6.3B commitment."}},
		{"a company's suffix stays inside", "Amazon.com Inc. filed a lawsuit. It lost.",
			[]string{"Amazon.com Inc. filed a lawsuit.", "It lost."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestAbbreviationIgnoresCase(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"Inc", true}, {"CORP", true}, {"approx", true}, {"Approx", true}, {"Sept", true},
		{"Microsoft", false}, {"AWS", false}, {"Éco", false}, {"", false},
	} {
		if got := abbreviation(tt.word); got != tt.want {
			t.Errorf("abbreviation(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
