package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
		// Capitals fill whole eight-byte steps, and a rune past ASCII
		// breaks one.
		{"CONTOSO AND FABRIKAM SIGNED A DEAL WITH ÇA, WORTH $1 BILLION", "contoso and fabrikam signed a deal with ça, worth $1 billion"},
	} {
		if got := lowerText(tt.text); got != tt.want {
			t.Errorf("lowerText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTokenFlagsMatchText checks what tokenize records of each token
// against the token's text: the rules read startsUpper, isNameToken and
// is from the flags and key, never from the text again.
func TestTokenFlagsMatchText(t *testing.T) {
	for _, s := range []string{
		"Amazon Signed A $1 Billion Deal with eBay and iRobot",
		"İş Bankası picks Microsoft Ⱥ for its cloud, Émile says",
		"US$5bn, S$1.2 billion, A&P and AT&T\tsigned\va\fdeal\r\n",
		"broken \xff byte, then Azure; x2 Q3 3M",
		"Über’s Straße deal with ÇA — “Oracle” says; ø Ø ǅ",
		"averyveryverylongwordofletters ANOTHERLONGWORDINCAPITALS mixedCaseWordHere",
	} {
		for _, tok := range tokenize(s) {
			r, _ := utf8.DecodeRuneInString(tok.text)
			upper := tok.kind == tokWord && unicode.IsUpper(r)
			name := upper || tok.kind == tokSym && tok.text == "&" ||
				tok.kind == tokWord && len(tok.text) > 1 && tok.text[1] >= 'A' && tok.text[1] <= 'Z'
			key := uint32(0)
			if tok.lower != "" {
				key = uint32(len(tok.lower))<<8 | uint32(tok.lower[0])
			}
			if tok.startsUpper() != upper || isNameToken(&tok) != name || tok.key != key {
				t.Errorf("in %q, token %q: startsUpper %v, isNameToken %v, key %#x; want %v, %v, %#x",
					s, tok.text, tok.startsUpper(), isNameToken(&tok), tok.key, upper, name, key)
			}
		}
	}
}

// TestWordAtATimeScans puts every byte at every place of eight and checks
// the scans that read eight bytes at once against the byte-at-a-time
// tests they stand for.
func TestWordAtATimeScans(t *testing.T) {
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	for _, fill := range []byte{'a', 'Z', ' ', 0x80, 0xff} {
		for at := range 8 {
			for c := range 256 {
				b := []byte(strings.Repeat(string([]byte{fill}), 8))
				b[at] = byte(c)
				x := binary.LittleEndian.Uint64(b)
				letters, ascii, capitals, ends, firstEnd := 0, true, uint64(0), false, 8
				for i, c := range b {
					if isLetter(c) && letters == i {
						letters++
					}
					ascii = ascii && c < utf8.RuneSelf
					if 'A' <= c && c <= 'Z' {
						capitals |= 0x80 << (8 * i)
					}
					if c == '\n' || c == '.' || c == '!' || c == '?' {
						ends, firstEnd = true, min(firstEnd, i)
					}
				}
				if !ascii {
					capitals = notASCII
				}
				if got := asciiLetters(x); got != letters {
					t.Fatalf("asciiLetters(%q) = %d, want %d", b, got, letters)
				}
				if got := asciiCapitals(x); got != capitals {
					t.Fatalf("asciiCapitals(%q) = %#x, want %#x", b, got, capitals)
				}
				if got := sentenceEnds(x); (got != 0) != ends || ends && bits.TrailingZeros64(got)/8 != firstEnd {
					t.Fatalf("sentenceEnds(%q) = %#x, want the first end at byte %d", b, got, firstEnd)
				}
			}
		}
	}
}
