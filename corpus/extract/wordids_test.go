package extract

import "testing"

// TestWordIDsNumberTokens checks that tokenize gives each word and symbol
// the rules ask for by number that number, and every other token none,
// so that isN answers as is does from the text.
func TestWordIDsNumberTokens(t *testing.T) {
	for i, w := range idWords[1:] {
		toks := tokenize(w)
		if len(toks) != 1 || toks[0].id != wordID(i+1) {
			t.Errorf("%q: tokens %v, want one numbered %d", w, toks, i+1)
		}
	}
	text := `Contoso's CEO said: "We AGREED to buy Fabrikam — for $1.2bn (£950m) – in 2025; the deal, it's 30% more." Straße Ünïcode’s 3rd-quarter…`
	for _, tok := range tokenize(text) {
		for i, w := range idWords[1:] {
			if (tok.lower == w) != (tok.id == wordID(i+1)) {
				t.Errorf("token %q has number %d; %q is %d", tok.text, tok.id, w, i+1)
			}
		}
		if tok.id != wdNone && wordIDs.words[tok.id] != tok.lower {
			t.Errorf("token %q numbered as %q", tok.text, wordIDs.words[tok.id])
		}
	}
}
