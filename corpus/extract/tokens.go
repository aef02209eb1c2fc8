package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokenKind tells words, numbers and single symbols apart.
type tokenKind uint8

const (
	tokNone tokenKind = iota
	tokWord
	tokNum
	tokSym
)

// token is one word, number or symbol of a text, with its byte offsets so
// that a fact can quote the text exactly as written.
type token struct {
	text  string
	lower string
	// start and end are byte offsets in the sentence, which is far
	// shorter than 2 GB; 32 bits keep a token at 48 bytes, and tokens
	// are most of what extraction allocates.
	start, end int32
	kind       tokenKind
	// flags and key are what rules ask of nearly every token, worked out
	// once as it is made: they fill bytes the struct would pad, so a
	// token stays 48 bytes.
	flags tokenFlags
	// id is the word's number for the isN methods (see wordID), wdNone
	// for any other token; it too fills bytes the struct would pad.
	id wordID
	// key is the lower-case text's length and first byte as is compares
	// them (len<<8 | first byte), 0 for no text.
	key uint32
}

// tokenFlags are the shapes of a token that tokenize records.
type tokenFlags uint8

const (
	// flagUpper marks a word that starts with an upper-case letter.
	flagUpper tokenFlags = 1 << iota
	// flagName marks a token isNameToken accepts.
	flagName
)

// maxKeyLen is the longest lower-case text a key holds the length of: a
// longer one keeps this length, which no word a rule asks for has.
const maxKeyLen = 1<<24 - 1

func (t *token) isWordOrNum() bool { return t.kind == tokWord || t.kind == tokNum }

// joins reports whether n follows t with no space between ("10" "B" in
// "$10B", "Amazon" "'" in "Amazon's").
func (t *token) joins(n *token) bool {
	return t.kind != tokNone && n.kind != tokNone && t.end == n.start
}

// is reports whether the token's lower-case text is one of words. A rule
// that asks for one word compares t.lower with it instead: the compiler
// reads a constant of a few bytes in place, where is builds its list of
// words and calls the runtime to compare each, and rules ask this of
// nearly every token. By pointer: a token is 48 bytes, which a call on a
// value copied out of the sentence's tokens each time. A call with
// literal words is quicker still as isN (wordids_gen.go), which compares
// the token's number with the words'; the isids tool turns the one into
// the other.
func (t *token) is(words ...string) bool {
	// Most calls match none of the words. A word's length and first byte
	// in one number rule them all out without a branch per word, which
	// the processor would often mispredict: min is a conditional move.
	// The token's number is made with it, sparing a load of its text.
	// Every word has a byte, as the lexicon checks of its own words and
	// every rule writes, so the first is read without a bounds check.
	key := uint(t.key)
	if key == 0 {
		return false
	}
	l := t.lower
	miss := ^uint(0)
	for _, w := range words {
		miss = min(miss, (uint(len(w))<<8|uint(*unsafe.StringData(w)))^key)
	}
	if miss != 0 {
		return false
	}
	for _, w := range words {
		if l == w {
			return true
		}
	}
	return false
}

// tokenize splits s into words (letters, then letters or digits), numbers
// (digits with thousands commas and a decimal point) and single-rune
// symbols. It makes one pass over s.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/5+1), s, lowerText(s))
}

// lowerText is s lower-cased when that changes no rune's length in bytes,
// so that a word of s sits at the same offsets in it; "" otherwise. It is
// strings.ToLower in one pass over one copy of s, lowered in place: an
// article is lowered at once, and most of it is lower case already.
func lowerText(s string) string {
	var b []byte // a copy of s, lowered in place once a letter needs it
	for i := 0; i < len(s); {
		// Eight bytes at once while they hold no byte past ASCII, as
		// most of a text does: their capitals are lowered together, so
		// a capital costs no byte-by-byte walk up to it.
		if i+8 <= len(s) {
			x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
			if up := asciiCapitals(x); up == 0 {
				i += 8
				continue
			} else if up != notASCII {
				if b == nil {
					b = []byte(s)
				}
				// A capital's byte gains 0x20, its lower case.
				binary.LittleEndian.PutUint64(b[i:i+8], x|up>>2)
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(l) != size {
			return ""
		}
		if l != r {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	if b == nil {
		return s // nothing to lower
	}
	// b is never written again, so the string may share it, as
	// strings.Builder's does, rather than copy an article a second time.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// notASCII is what asciiCapitals returns for eight bytes not all ASCII.
const notASCII = ^uint64(0)

// asciiCapitals returns, for eight ASCII bytes x, the high bit of each
// byte that is a capital letter, 0 for none; notASCII when a byte is past
// ASCII, which lowerText decodes as a rune.
func asciiCapitals(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	if x&high != 0 {
		return notASCII
	}
	// With every byte below 0x80 no sum carries into the next: a byte
	// from 'A' on gains its high bit from the first, one past 'Z' from
	// the second as well.
	return (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & high
}

// asciiLetters is how many of the eight bytes of x, from the first in
// memory, are ASCII letters before one that is not.
func asciiLetters(x uint64) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	// Below 0x80, a byte or'ed with 0x20 is a letter from 'a' to 'z'
	// exactly when it is one in either case; no sum carries into the
	// next byte. A byte past ASCII is no letter here.
	y := x | 0x20*ones
	letters := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & high
	return bits.TrailingZeros64(^letters&high) / 8
}

// The classes of ASCII bytes appendTokens tells apart: letters open a
// word, digits a number, white space separates tokens, and any other
// byte is a symbol of its own.
const (
	asciiLetter = iota
	asciiDigit
	asciiSpace
	asciiSymbol
)

// asciiClasses is the class of each ASCII byte, read once per token
// rather than compared with each white space byte and range in turn.
var asciiClasses = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		switch {
		case b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\v' || b == '\f':
			c[b] = asciiSpace
		case '0' <= b && b <= '9':
			c[b] = asciiDigit
		case 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z':
			c[b] = asciiLetter
		default:
			c[b] = asciiSymbol
		}
	}
	return c
}()

// appendTokens appends the tokens of s to dst, as tokenize splits them.
// Callers that tokenise many sentences share one dst, so an article costs
// a few allocations rather than one per sentence. lower is lowerText(s),
// or a slice of a longer text's lowerText, which spares lower-casing each
// sentence in turn; when it is "", each word is lowered on its own, since
// a rune whose lower case is longer ("İ") shifts offsets.
func appendTokens(dst []token, s, lower string) []token {
	if lower != "" {
		return appendTokensLowered(dst, s, lower)
	}
	first := len(dst)
	for i := 0; i < len(s); {
		dst, i = appendToken(dst, s, lower, i)
	}
	// Words are numbered once all are read, so that reading them calls
	// nothing which would make the loop above keep its variables in
	// memory. Numbers and symbols never are, or are as they are read: every
	// word the rules ask for starts with a letter.
	for k := first; k < len(dst); k++ {
		if t := &dst[k]; t.kind == tokWord {
			t.id = wordIDs.at(t.lower, 0, len(t.lower))
		}
	}
	return dst
}

// appendTokensLowered is appendTokens of a text whose lowerText is lower.
// Most of a text is words of ASCII letters, each after one space: they are
// read and numbered here, and every other token by appendNumberedToken.
// A word of fewer than eight bytes, most of them, is numbered in place as
// wordIDTable.at does, its key all of it: a call a word, or a second pass
// over the words to number them, cost more.
func appendTokensLowered(dst []token, s, lower string) []token {
	ids := wordIDs
	mask := uint64(len(ids.slots) - 1)
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			dst, i = appendNumberedToken(dst, s, lower, i)
			continue
		}
		switch asciiClasses[c] {
		case asciiSymbol:
			// Punctuation, the commonest token after words, as
			// appendToken reads it.
			if len(dst) == cap(dst) {
				dst = append(dst, token{})
			} else {
				dst = dst[:len(dst)+1]
			}
			t := &dst[len(dst)-1]
			t.text, t.lower, t.start, t.end, t.kind, t.id = s[i:i+1], lower[i:i+1], int32(i), int32(i+1), tokSym, wordIDs.ascii[c]
			t.key = 1<<8 | uint32(lower[i])
			t.flags = 0
			if c == '&' {
				t.flags = flagName
			}
			i++
			continue
		case asciiLetter:
		default:
			dst, i = appendNumberedToken(dst, s, lower, i)
			continue
		}
		// The word's letters, eight at once: they run to the first byte
		// of the eight that is none.
		j := i + 1
		for {
			if j+8 > len(s) {
				// Or'ed with 0x20, a letter is lower case; a byte past
				// ASCII stays past 'z'.
				for j < len(s) && 'a' <= s[j]|0x20 && s[j]|0x20 <= 'z' {
					j++
				}
				break
			}
			n := asciiLetters(binary.LittleEndian.Uint64([]byte(s[j : j+8])))
			j += n
			if n < 8 {
				break
			}
		}
		if j < len(s) && (s[j] >= utf8.RuneSelf || isDigit(s[j])) {
			// A word that goes on with digits or a letter past ASCII.
			dst, i = appendNumberedToken(dst, s, lower, i)
			continue
		}
		if len(dst) == cap(dst) {
			dst = append(dst, token{})
		} else {
			dst = dst[:len(dst)+1]
		}
		// Each field written in place, as pushToken does.
		t := &dst[len(dst)-1]
		t.text, t.lower, t.start, t.end, t.kind, t.id = s[i:j], lower[i:j], int32(i), int32(j), tokWord, wdNone
		if j-i >= 8 {
			t.id = ids.long(lower, i, j)
		} else {
			key := wordKey(lower, i, j)
			for k := ids.slot(key); ; k = (k + 1) & mask {
				if sl := &ids.slots[k]; sl.key == key || sl.id == wdNone {
					t.id = sl.id
					break
				}
			}
		}
		t.key = uint32(min(j-i, maxKeyLen))<<8 | uint32(lower[i])
		switch {
		case c-'A' < 26:
			t.flags = flagUpper | flagName
		case j-i > 1 && s[i+1]-'A' < 26:
			t.flags = flagName
		default:
			t.flags = 0
		}
		i = j
		if i < len(s) && s[i] == ' ' {
			// The space most words end at, passed here rather than
			// by a turn of the loop of its own.
			i++
		}
	}
	return dst
}

// appendNumberedToken is appendToken in a lowered text, numbering the
// word it appends, if any.
func appendNumberedToken(dst []token, s, lower string, i int) ([]token, int) {
	n := len(dst)
	dst, i = appendToken(dst, s, lower, i)
	for k := n; k < len(dst); k++ {
		if t := &dst[k]; t.kind == tokWord {
			t.id = wordIDs.at(lower, int(t.start), int(t.end))
		}
	}
	return dst, i
}

// appendToken appends the token at s[i] to dst, or none for white space,
// and returns where the next starts; a word is left for appendTokens to
// number. appendTokensLowered reads the common words itself; this reads
// any token.
func appendToken(dst []token, s, lower string, i int) ([]token, int) {
	// An ASCII byte, most of any text, is told apart without decoding a
	// rune; the rest take unicode's word.
	c := s[i]
	r, size := rune(c), 1
	if c < utf8.RuneSelf {
		switch asciiClasses[c] {
		case asciiSpace:
			return dst, i + 1
		case asciiDigit:
			j := scanNumber(s, i)
			dst, _ = pushToken(dst, s, lower, tokNum, i, j)
			return dst, j
		case asciiSymbol:
			dst, t := pushToken(dst, s, lower, tokSym, i, i+1)
			t.id = wordIDs.ascii[c]
			if t.text == "&" {
				t.flags = flagName
			}
			return dst, i + 1
		}
	} else {
		r, size = utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			return dst, i + size
		case !unicode.IsLetter(r):
			dst, t := pushToken(dst, s, lower, tokSym, i, i+size)
			t.id = wordIDs.at(t.lower, 0, len(t.lower))
			return dst, i + size
		}
	}
	// A word: letters, then letters or digits.
	j := i + size
	digits := false
	for j < len(s) {
		// Eight letters at once: the word's letters run to the first
		// byte of the eight that is none, which is read below without
		// reading the eight from it again.
		if j+8 <= len(s) {
			n := asciiLetters(binary.LittleEndian.Uint64([]byte(s[j : j+8])))
			j += n
			if n == 8 {
				continue
			}
		}
		// ASCII, most of any text, without decoding a rune.
		if c := s[j]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				j++
				continue
			}
			if '0' <= c && c <= '9' {
				digits = true
				j++
				continue
			}
			break
		}
		r2, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
			break
		}
		j += n
	}
	// A currency sign glued to its amount is two tokens, so the number
	// parser sees the number.
	if digits {
		if k := currencySignEnd(s, i, j); k > 0 {
			j = k
		}
	}
	// appendTokens numbers the word.
	dst, t := pushToken(dst, s, lower, tokWord, i, j)
	if c-'A' < 26 || c >= utf8.RuneSelf && unicode.IsUpper(r) {
		t.flags = flagUpper | flagName
	} else if j-i > 1 && s[i+1]-'A' < 26 {
		t.flags = flagName
	}
	return dst, j
}

// pushToken appends the token s[i:j] of kind k to dst and returns it,
// writing each field in place: a token copied whole into the array, while
// the collector marks, costs a call to record its pointers, where a field
// costs a few instructions. It sets every field, as the place may hold a
// token of an earlier sentence.
func pushToken(dst []token, s, lower string, k tokenKind, i, j int) ([]token, *token) {
	if len(dst) == cap(dst) {
		dst = append(dst, token{})
	} else {
		dst = dst[:len(dst)+1]
	}
	t := &dst[len(dst)-1]
	t.text, t.start, t.end, t.kind, t.flags, t.id = s[i:j], int32(i), int32(j), k, 0, wdNone
	if lower != "" {
		t.lower = lower[i:j]
	} else {
		t.lower = strings.ToLower(t.text)
	}
	t.key = 0
	if l := t.lower; l != "" {
		t.key = uint32(min(len(l), maxKeyLen))<<8 | uint32(l[0])
	}
	return dst, t
}

// currencySignEnd is where a currency sign glued to an amount ends in the
// word s[i:j] ("RM9.4bn", "Rs500", "R5.4bn"); 0 when the word starts with
// none.
func currencySignEnd(s string, i, j int) int {
	if i > 0 && s[i-1] == '$' {
		// "$US5 billion", "$A2bn": the dollar's country after its sign.
		for _, sign := range [...]string{"US", "AU", "A", "NZ", "CA", "C", "SG", "S", "HK"} {
			if k := i + len(sign); j > k && s[i:k] == sign && isDigit(s[k]) {
				return k
			}
		}
	}
	for _, sign := range [...]string{"RM", "Rs", "Rp", "R"} {
		if k := i + len(sign); j > k && s[i:k] == sign && isDigit(s[k]) {
			return k
		}
	}
	// The Gulf's "Dh5 billion", Nigeria's "N50bn", the Philippines'
	// "P766 million": these signs are also initials and model names
	// ("N95"), so they part from the number only before a scale (see
	// localSigns).
	for _, sign := range [...]string{"Dhs", "Dh", "SR", "N", "Kshs", "KSh", "Ksh", "Sh", "Tk", "Php", "LE", "BD", "KD", "P"} {
		if k := i + len(sign); j > k && s[i:k] == sign && isDigit(s[k]) && scaleFollows(s, k) {
			return k
		}
	}
	// Any currency code glued to its amount: "EUR2.5bn", "CNY380 billion".
	if k := i + 3; j > k && isDigit(s[k]) && isUpperASCII(s[i:k]) && currencyCodes[strings.ToLower(s[i:k])] != "" {
		return k
	}
	return 0
}

// scaleFollows reports an amount from s[k] that a scale word ends or
// follows: "50bn", "3.5 billion", "500 crore". The word holding the sign
// may end before the number does ("Dh3.5").
func scaleFollows(s string, k int) bool {
	for k < len(s) && (isDigit(s[k]) || s[k] == '.' || s[k] == ',') {
		k++
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	j := k
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	// Headlines capitalise the scale: "Kshs1.5 Billion".
	switch strings.ToLower(s[k:j]) {
	case "bn", "billion", "mn", "m", "million", "trillion", "tn", "crore", "lakh", "b":
		return true
	}
	return false
}

// scanNumber returns the end of the number starting at s[i]: digits, with
// commas only before groups of exactly three digits and at most one decimal
// point followed by a digit; or a percentage or scaled amount written with
// a decimal comma ("17,1%", "€2,5 billion"); or a number grouped the Indian
// way ("1,00,000", "12,34,567").
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if k := decimalCommaEnd(s, j); k > 0 {
		return k
	}
	if j-i <= 2 {
		if k := indianGroupsEnd(s, j); k > 0 {
			j = k
		}
	}
	if k := dottedDateEnd(s, i, j); k > 0 {
		return k
	}
	if j-i <= 3 && s[i] != '0' && (i == 0 || !isURLByte(s[i-1])) {
		if k := groupsEnd(s, j); k > 0 {
			return k
		}
	}
	for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 == len(s) || !isDigit(s[j+4])) {
		j += 4
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}

// groupsEnd is where the thousands groups of a number end when s[j]
// starts them with a separator other than the comma, as much of Europe
// writes them: two or more dots ("1.200.000"), or a space, no-break or
// thin space or apostrophe before each group ("3 400 licences", "CHF
// 1'200 million"); 0 when it does not. One dot and three digits
// ("12.000") is left to parseNumber, as it may be a decimal
// ("$1.125 billion"). A space grouping must end the number at a space or
// punctuation, so "5 100MW" and "20 200-seat deals" stay two numbers;
// a grouping followed by '/' is a web address ("64.166.146.245/").
func groupsEnd(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	sep, n := groupSeparator(s, j)
	if n == 0 {
		return 0
	}
	k, groups := j, 0
	for {
		d := k + n
		if !(d+3 <= len(s) && isDigit(s[d]) && isDigit(s[d+1]) && isDigit(s[d+2]) && (d+3 == len(s) || !isDigit(s[d+3]))) {
			break
		}
		k, groups = d+3, groups+1
		if s2, n2 := groupSeparator(s, k); n2 != n || s2 != sep {
			break
		}
	}
	if groups == 0 || sep == '.' && groups < 2 {
		return 0
	}
	if k < len(s) {
		switch c := s[k]; {
		case c == '/' || sep == '.' && c == '.' && k+1 < len(s) && isDigit(s[k+1]):
			return 0
		case sep == ' ' && (c == '-' || c == '.' && k+1 < len(s) && isDigit(s[k+1]) || c == ',' && k+1 < len(s) && isDigit(s[k+1]) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
			return 0
		}
	}
	return k
}

// dottedDateEnd is where a date written with dots ends when s[i:j], its
// first digits, starts one: "12.03.2024", "1.9.2025", as much of Europe
// writes the day, month and year; 0 when it does not. It is one token,
// which is no number, so "on 12.03.2024" counts nothing.
func dottedDateEnd(s string, i, j int) int {
	if j-i > 2 || j >= len(s) || s[j] != '.' {
		return 0
	}
	k := j + 1 // one or two digits of the month
	for k < len(s) && k-j <= 2 && isDigit(s[k]) {
		k++
	}
	if k == j+1 || k >= len(s) || s[k] != '.' {
		return 0
	}
	e := k + 1
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-k-1 != 4 {
		return 0
	}
	return e
}

// groupSeparator is the thousands separator at s[j] and its length in
// bytes: a dot, a space or an apostrophe (the no-break, narrow no-break
// and thin spaces count as a space, the right single quote as an
// apostrophe); 0 when s[j] starts none.
func groupSeparator(s string, j int) (byte, int) {
	if j >= len(s) {
		return 0, 0
	}
	switch c := s[j]; c {
	case '.', ' ', '\'':
		return c, 1
	case 0xc2: // U+00A0 no-break space
		if j+1 < len(s) && s[j+1] == 0xa0 {
			return ' ', 2
		}
	case 0xe2: // U+2009 thin space, U+202F narrow no-break space, U+2019 ’
		if j+2 < len(s) && s[j+1] == 0x80 {
			switch s[j+2] {
			case 0x89, 0xaf:
				return ' ', 3
			case 0x99:
				return '\'', 3
			}
		}
	}
	return 0, 0
}

// isURLByte reports a byte that a number inside a web address or a time
// follows ("/64.166", "10:30").
func isURLByte(c byte) bool { return c == '/' || c == ':' || c == '.' }

// indianGroupsEnd is where the groups of a number written the Indian way
// end when s[j] starts them: pairs of digits after commas, then a last
// group of three ("1,00,000" is one lakh); 0 when it does not.
func indianGroupsEnd(s string, j int) int {
	k, pairs := j, 0
	for k+3 < len(s) && s[k] == ',' && isDigit(s[k+1]) && isDigit(s[k+2]) && s[k+3] == ',' {
		k += 3
		pairs++
	}
	if pairs == 0 || !(k+3 < len(s) && s[k] == ',' && isDigit(s[k+1]) && isDigit(s[k+2]) && isDigit(s[k+3]) && (k+4 == len(s) || !isDigit(s[k+4]))) {
		return 0
	}
	return k + 4
}

// decimalCommaEnd is where a decimal comma's digits end when s[j] is one:
// a comma, one or two digits and a percent sign or word or a scale
// ("17,1%", "8,5 per cent", "€2,5 billion", "$1,5bn", "$655,9-billion"),
// as much of Europe and South Africa writes them. Thousands come in threes, and a comma before a list's next
// number or a word ("in 2019,20 firms") is no decimal comma, so only a
// percentage or a scaled amount is read this way.
func decimalCommaEnd(s string, j int) int {
	if j+1 >= len(s) || s[j] != ',' || !isDigit(s[j+1]) {
		return 0
	}
	k := j + 2
	if k < len(s) && isDigit(s[k]) {
		k++
	}
	rest := s[k:]
	// "R7,5-billion", hyphened as South African papers write it.
	for _, after := range [...]string{"%", " %", " per cent", " percent", " billion", " million", " trillion", " bn", " m ", "bn", "m ", "-billion", "-million", "-trillion"} {
		if strings.HasPrefix(rest, after) {
			return k
		}
	}
	return 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// startsUpper reports whether the token is a word that begins with an
// upper-case letter. Rules ask it of most tokens, so tokenize records it.
func (t *token) startsUpper() bool { return t.flags&flagUpper != 0 }
