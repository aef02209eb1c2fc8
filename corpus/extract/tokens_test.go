package extract

import (
	"strings"
	"testing"
)

func TestTokenLowerMatchesText(t *testing.T) {
	for _, s := range []string{
		"Amazon Signed A $1 Billion Deal",
		"İş Bankası picks Microsoft Ⱥ for its cloud",
		"KELVIN \u212a and İSTANBUL İZMIR sign",
		"broken \xff byte, then Azure",
		"Über’s Straße deal with ÇA — “Oracle” says",
		"all lower case, no capitals",
	} {
		for _, tok := range tokenize(s) {
			if want := strings.ToLower(tok.text); tok.lower != want {
				t.Errorf("in %q, token %q is lower-cased %q, want %q", s, tok.text, tok.lower, want)
			}
		}
	}
}

// lowerText lower-cases a whole text as strings.ToLower does, or gives ""
// when a rune's lower case is longer or shorter in bytes.
func TestLowerText(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Amazon Signed A $1 Billion Deal", "amazon signed a $1 billion deal"},
		{"all lower case", "all lower case"},
		{"Über’s Straße deal with ÇA — “Oracle”", "über’s straße deal with ça — “oracle”"},
		{"", ""},
		{"İstanbul", ""},
		{"KELVIN \u212a", ""},
		{"broken \xff byte", ""},
		{"Ⱥ grows", ""},
	} {
		if got := lowerText(tt.text); got != tt.want {
			t.Errorf("lowerText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
