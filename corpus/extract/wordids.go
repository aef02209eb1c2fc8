package extract

//go:generate go run ./internal/isids -dir .

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
)

// wordID is the number of a word or symbol rules ask tokens about with
// the isN methods, wdNone for any other. The words and their numbers are
// generated from the rules' calls (wordids_gen.go, by `go generate`, whose
// tool, internal/isids, also turns a call is("a", "b") into is2(wdA,
// wdB)). tokenize numbers each word and symbol token once, so that asking
// whether a token is one of a few words compares small integers the compiler
// writes into the code, rather than the token's text with each word's:
// rules ask it of nearly every token, at hundreds of places.
type wordID uint16

// wordIDTable numbers the words of idWords. Every word token is looked up
// as it is made, so the lookup is lean: a word's first eight bytes,
// loaded at once from the text it is in, are its key, and the key's
// product with a constant its slot. Words hold no zero byte, so a key
// tells apart every word of up to seven bytes, and no key is 0, which
// marks an empty slot; a word of eight or more shares its key with the
// longer words it starts, and its text decides.
type wordIDTable struct {
	// words are the numbered words, by number: idWords, then the words
	// the built-in lexicon adds (withWords).
	words []string
	slots []wordIDSlot
	// shift takes a product's top bits as a slot's index.
	shift uint
	// longest is the length of the longest word: a longer token is none.
	longest int
	// ascii numbers the one-byte symbols, which tokenize meets at
	// every comma and full stop, without a lookup.
	ascii [128]wordID
}

// wordIDSlot is one word of a wordIDTable: its key and number, and for a
// word of eight bytes or more its length and tail, which tell it apart
// from the other words its key starts. The two fill what would be the
// slot's padding.
type wordIDSlot struct {
	key uint64
	// tail is tailKey of the word: with the key and the length it tells
	// apart every word of up to twelve bytes, most long words, without
	// reading the word's text, which lies elsewhere in memory.
	tail uint32
	id   wordID
	n    uint8
}

// tailKey is the ninth to twelfth bytes of the word s[i:j] of eight bytes
// or more, the first lowest, zero past the word's end.
func tailKey(s string, i, j int) uint32 {
	i += 8
	if i+4 <= j {
		return binary.LittleEndian.Uint32([]byte(s[i : i+4]))
	}
	var tail uint32
	for k := j - 1; k >= i; k-- {
		tail = tail<<8 | uint32(s[k])
	}
	return tail
}

// wordIDs numbers the words of idWords. It is made once, at start, and
// only read.
var wordIDs = newWordIDTable(idWords[:])

// newWordIDTable numbers words[i] i, leaving out words[0], which is ""
// for wdNone. The table is at most a quarter full, so a word the table
// lacks meets an empty slot soon.
func newWordIDTable(words []string) *wordIDTable {
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	t := &wordIDTable{words: words, slots: make([]wordIDSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for i, w := range words[1:] {
		id := wordID(i + 1)
		if len(w) == 1 && w[0] < 128 {
			t.ascii[w[0]] = id
		}
		t.longest = max(t.longest, len(w))
		key := wordKey(w, 0, len(w))
		s := t.slot(key)
		for t.slots[s].id != wdNone {
			s = (s + 1) & uint64(size-1)
		}
		t.slots[s] = wordIDSlot{key: key, id: id}
		if len(w) >= 8 {
			// A word of 255 bytes or more, were there one, is told by
			// its text.
			t.slots[s].tail, t.slots[s].n = tailKey(w, 0, len(w)), uint8(min(len(w), 255))
		}
	}
	return t
}

// wordKey is the first eight bytes of the word s[i:j], the first lowest,
// zero past the word's end.
func wordKey(s string, i, j int) uint64 {
	var key uint64
	if i+8 <= len(s) {
		key = binary.LittleEndian.Uint64([]byte(s[i : i+8]))
	} else {
		// Near the end of the text: the bytes there are, one by one.
		for k := min(j, i+8) - 1; k >= i; k-- {
			key = key<<8 | uint64(s[k])
		}
	}
	if n := j - i; n < 8 {
		// n is below 8, so the shift needs no check for 64 and more.
		key &= 1<<((8*n)&63) - 1
	}
	return key
}

// withWords returns a table that numbers t's words as t does and each of
// words it lacks after them, in sorted order. The numbers past idWords are
// asked of by no rule (asked); they let the built-in lexicon read every
// word it holds by number, and pass every word without one unread.
func (t *wordIDTable) withWords(words []string) *wordIDTable {
	all := slices.Clone(t.words)
	for _, w := range slices.Compact(slices.Sorted(slices.Values(words))) {
		if w != "" && t.at(w, 0, len(w)) == wdNone && len(all) <= math.MaxUint16 {
			all = append(all, w)
		}
	}
	return newWordIDTable(all)
}

// asked reports a number a rule asks tokens about: one of idWords, not
// one withWords added.
func (id wordID) asked() bool { return id != wdNone && int(id) < len(idWords) }

// slot is where a key's word sits, or its probe starts.
func (t *wordIDTable) slot(key uint64) uint64 { return (key * 0x9e3779b97f4a7c15) >> (t.shift & 63) }

// at is the number of the word s[i:j], a non-empty token's lower-case
// text in the text s; wdNone for a word no isN call asks about.
func (t *wordIDTable) at(s string, i, j int) wordID {
	if j-i >= 8 {
		return t.long(s, i, j)
	}
	key := wordKey(s, i, j)
	mask := uint64(len(t.slots) - 1)
	for k := t.slot(key); ; k = (k + 1) & mask {
		sl := &t.slots[k]
		if sl.key == key {
			return sl.id
		}
		if sl.id == wdNone {
			return wdNone
		}
	}
}

// long is at for a word of eight bytes or more, which its length and tail
// tell apart from the others its key starts, and past twelve bytes the
// text of the slot's word.
func (t *wordIDTable) long(s string, i, j int) wordID {
	n := j - i
	if n > t.longest {
		return wdNone
	}
	key, tail := wordKey(s, i, j), tailKey(s, i, j)
	mask := uint64(len(t.slots) - 1)
	for k := t.slot(key); ; k = (k + 1) & mask {
		sl := &t.slots[k]
		if sl.key == key && sl.n == uint8(min(n, 255)) && sl.tail == tail && (n <= 12 || t.words[sl.id] == s[i:j]) {
			return sl.id
		}
		if sl.id == wdNone {
			return wdNone
		}
	}
}
