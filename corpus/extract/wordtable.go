package extract

import (
	"encoding/binary"
	"math/bits"
)

// wordTable maps words to values of V for the lookups every token of every
// sentence makes: the lexicon's entries, the gazetteers' steps. A word of up to 16 bytes is kept as two numbers in its
// slot, so a lookup hashes and compares a few registers instead of calling
// the runtime's string hash and comparison, and reads one slot rather than
// a map's control word, slot and the key's bytes elsewhere. A 16-bit tag
// per slot, in an array of its own that stays in the nearest cache, turns
// most words the lexicon lacks away before any slot is read. Longer words
// are rare and stay in a map.
type wordTable[V any] struct {
	// tags are the slots' tags, 0 for an empty slot.
	tags  []uint16
	slots []wordSlot[V]
	// shift takes a hash's top bits as a slot's index.
	shift uint
	long  map[string]V
}

// wordSlot is one word of a wordTable and its value.
type wordSlot[V any] struct {
	lo, hi uint64 // the word's bytes, first one lowest, zero past its end
	value  V
	n      uint32 // the word's length in bytes
}

// maxPacked is the longest word a slot holds.
const maxPacked = 16

// packWord returns the bytes of s, 1 to 16 of them, as two numbers, first
// byte lowest and zero past the end. Loads that overlap (the last eight
// bytes, the last four) read no byte outside s.
func packWord(s string) (lo, hi uint64) {
	n := len(s)
	switch {
	case n >= 8:
		lo = binary.LittleEndian.Uint64([]byte(s[:8]))
		if n > 8 {
			hi = binary.LittleEndian.Uint64([]byte(s[n-8:])) >> ((16 - n) * 8)
		}
	case n >= 4:
		// The bytes both loads read are the same, so or keeps them.
		lo = uint64(binary.LittleEndian.Uint32([]byte(s[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(s[n-4:])))<<((n-4)*8)
	default:
		lo = uint64(s[0]) | uint64(s[n/2])<<(n/2*8) | uint64(s[n-1])<<((n-1)*8)
	}
	return lo, hi
}

// hashWord mixes a packed word and its length into 64 bits, whose top
// bits index a slot and whose low 16 are its tag.
func hashWord(lo, hi uint64, n int) uint64 {
	h := lo*0x9e3779b97f4a7c15 ^ bits.RotateLeft64(hi*0xc2b2ae3d27d4eb4f, 31) ^ uint64(n)
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>32
}

// tagOf is the tag a hash gives its word's slot: never 0, which marks an
// empty slot.
func tagOf(h uint64) uint16 { return uint16(h) | 1 }

// newWordTable holds words in a table at most half full, so a probe for a
// word it lacks meets an empty slot soon.
func newWordTable[V any](words map[string]V) wordTable[V] {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := wordTable[V]{tags: make([]uint16, size), slots: make([]wordSlot[V], size), shift: uint(64 - bits.TrailingZeros(uint(size))), long: map[string]V{}}
	for w, v := range words {
		if len(w) == 0 || len(w) > maxPacked {
			t.long[w] = v
			continue
		}
		lo, hi := packWord(w)
		h := hashWord(lo, hi, len(w))
		i := h >> t.shift
		for t.tags[i] != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.tags[i] = tagOf(h)
		t.slots[i] = wordSlot[V]{lo: lo, hi: hi, value: v, n: uint32(len(w))}
	}
	return t
}

// get returns the value of word w, and whether the table holds w.
func (t *wordTable[V]) get(w string) (V, bool) {
	n := len(w)
	if n == 0 || n > maxPacked {
		v, ok := t.long[w]
		return v, ok
	}
	// packWord, written out: every token's lookup comes here, and the
	// call cost a quarter of a lookup.
	var lo, hi uint64
	switch {
	case n >= 8:
		lo = binary.LittleEndian.Uint64([]byte(w[:8]))
		if n > 8 {
			hi = binary.LittleEndian.Uint64([]byte(w[n-8:])) >> ((16 - n) * 8)
		}
	case n >= 4:
		lo = uint64(binary.LittleEndian.Uint32([]byte(w[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))<<((n-4)*8)
	default:
		lo = uint64(w[0]) | uint64(w[n/2])<<(n/2*8) | uint64(w[n-1])<<((n-1)*8)
	}
	h := hashWord(lo, hi, n)
	tag, mask := tagOf(h), uint64(len(t.tags)-1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch t.tags[i] {
		case 0:
			var none V
			return none, false
		case tag:
			if s := &t.slots[i]; s.lo == lo && s.hi == hi && s.n == uint32(n) {
				return s.value, true
			}
		}
	}
}
