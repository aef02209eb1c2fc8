package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is the bytes [start, end) of a text.
type span struct{ start, end int }

// appendParagraphs appends to dst where text's paragraphs are: text split
// at blank lines, without empty paragraphs.
func appendParagraphs(dst []span, text string) []span {
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		var p span
		if end < 0 {
			p, start = span{start, len(text)}, len(text)
		} else {
			p, start = span{start, start + end}, start+end+2
		}
		if p = trimSpan(text, p); p.start < p.end {
			dst = append(dst, p)
		}
	}
	return dst
}

// trimSpan is sp without the white space strings.TrimSpace drops. Every
// paragraph and sentence is trimmed at both ends: ASCII bytes, nearly all
// a text's, are told apart by class a byte at a time, and only a byte past
// ASCII is left to unicode's white space, where decoding runes cost more
// than splitting the text did.
func trimSpan(text string, sp span) span {
	for sp.start < sp.end {
		c := text[sp.start]
		if c >= utf8.RuneSelf {
			t := text[sp.start:sp.end]
			sp.start += len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
			break
		}
		if asciiClasses[c] != asciiSpace {
			break
		}
		sp.start++
	}
	for sp.end > sp.start {
		c := text[sp.end-1]
		if c >= utf8.RuneSelf {
			sp.end = sp.start + len(strings.TrimRightFunc(text[sp.start:sp.end], unicode.IsSpace))
			break
		}
		if asciiClasses[c] != asciiSpace {
			break
		}
		sp.end--
	}
	return sp
}

// appendSentences appends to dst where par's sentences are, in one pass.
// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets)
// followed by space and a character that can start a sentence; a period
// after an abbreviation ("Inc.", "U.S.", "No.") or inside a number ("$1.5")
// does not end one. A line that starts a list item or heading starts a new
// sentence.
func appendSentences(dst []span, par string) []span {
	start := 0
	emit := func(end int) {
		if sp := trimSpan(par, span{start, end}); sp.start < sp.end {
			dst = append(dst, sp)
		}
		start = end
	}
	for i := 0; i < len(par); i++ {
		// Eight bytes at once while none ends a line or may end a
		// sentence, as most do not; then straight to the first that may.
		for i+8 <= len(par) {
			if m := sentenceEnds(binary.LittleEndian.Uint64([]byte(par[i : i+8]))); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i == len(par) {
			break
		}
		c := par[i]
		if c == '\n' {
			if startsListItem(par[i+1:]) {
				emit(i)
			}
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(par) {
			r, n := utf8.DecodeRuneInString(par[j:])
			if !strings.ContainsRune("\"'”’)]»", r) {
				break
			}
			j += n
		}
		if j < len(par) && par[j] != ' ' && par[j] != '\n' && par[j] != '\t' {
			continue
		}
		if c == '.' && (isAbbreviation(par[:i]) || isCellRank(par[:i])) {
			continue
		}
		if !startsSentence(strings.TrimLeft(par[j:], " \t\n")) {
			continue
		}
		emit(j)
		i = j - 1
	}
	emit(len(par))
	return dst
}

// sentenceEnds returns a mask of the eight bytes of x whose lowest set
// bit is the high bit of the first byte that is a line break or a mark
// that may end a sentence ('.', '!' or '?'), 0 when none is.
func sentenceEnds(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	// hasZero is exact in whether some byte is zero and in which is the
	// first: a borrow runs only into the bytes after it.
	hasZero := func(v uint64) uint64 { return (v - ones) &^ v & high }
	return hasZero(x^('\n'*ones)) | hasZero(x^('.'*ones)) | hasZero(x^('!'*ones)) | hasZero(x^('?'*ones))
}

// startsSentence reports whether s can begin a sentence: anything but a
// lower-case letter ("e.g. a deal") qualifies, as do quotes, digits and
// currency symbols.
func startsSentence(s string) bool {
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLower(r)
}

func startsListItem(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "• ") ||
		strings.HasPrefix(s, "#") || strings.HasPrefix(s, "|") || strings.HasPrefix(s, "> ")
}

// isCellRank reports a number that opens a table's cell, before the
// period that ranks it: the "1" of "| 1. SAP |" ends no sentence.
func isCellRank(before string) bool {
	k := len(before)
	for k > 0 && before[k-1] >= '0' && before[k-1] <= '9' {
		k--
	}
	if k == len(before) {
		return false
	}
	rest := strings.TrimRight(before[:k], " ")
	return strings.HasSuffix(rest, "|")
}

// isAbbreviation reports whether the text before a period ends in a word
// that is written with a period but rarely ends a sentence.
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		// Most words are ASCII letters, read a byte at a time; a rune
		// past ASCII is decoded.
		if c := before[k-1]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				break
			}
			k--
		} else {
			r, n := utf8.DecodeLastRuneInString(before[:k])
			if !unicode.IsLetter(r) {
				break
			}
			k -= n
		}
		if len(before)-k > len("approx") {
			// Longer than any abbreviation, and than any one rune:
			// the word before the period is none, however far back
			// it starts.
			return false
		}
	}
	word := before[k:]
	if word == "" {
		return false
	}
	// Single letters are initials or parts of "U.S.", unless they scale a
	// number: "to $22.4B." ends a sentence.
	if utf8.RuneCountInString(word) == 1 {
		if r, _ := utf8.DecodeLastRuneInString(before[:k]); k > 0 && unicode.IsDigit(r) {
			return false
		}
		return true
	}
	return abbreviation(word)
}

// abbreviation reports whether word, of letters alone, is one that is
// written with a period but rarely ends a sentence, whatever its case.
// The usual ASCII word is lower-cased on the stack, not allocated.
func abbreviation(word string) bool {
	if len(word) > len("approx") {
		return false // longer than any below, lower-cased or not
	}
	var buf [len("approx")]byte
	for i := range len(word) {
		c := word[i]
		if c >= utf8.RuneSelf {
			return knownAbbreviation(strings.ToLower(word))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return knownAbbreviation(string(buf[:len(word)]))
}

func knownAbbreviation(w string) bool {
	switch w {
	case "inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "st", "no", "vs", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "jr", "sr", "bros", "e.g", "i.e", "etc",
		// "Rs. 500 crore": the rupee sign, written with a period before the
		// amount.
		"rs":
		return true
	}
	return false
}
