package ingest

import (
	"hash/fnv"
	"strings"
	"unicode"
)

// Syndicated copies of a story differ in their headline, a credit line or a
// paragraph; their sentences are the same. Two texts are one story when
// most of the word sequences of the shorter one occur in the longer one.
const (
	shingleWords = 5
	// sampleMod keeps one shingle hash in sampleMod, so the comparison
	// table stays small; the share of shared shingles is estimated on the
	// sample.
	sampleMod = 4
	// sameStory is the share of the shorter text's sampled shingles the
	// longer one must hold.
	sameStory = 0.8
	// minSample is the fewest sampled shingles a text needs to be compared
	// this way; shorter texts are one story only when their words are the
	// same.
	minSample = 8
	// boilerplate is how many stories may share a word run before it is
	// taken for a publisher's standing text and ignored.
	boilerplate = 20
)

// fingerprint is the sampled shingle hashes of one text.
type fingerprint struct {
	hashes map[uint64]struct{}
	words  string // the text's words, for short texts
}

func fingerprintOf(text string) fingerprint {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	fp := fingerprint{hashes: map[uint64]struct{}{}}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		if s := h.Sum64(); s%sampleMod == 0 {
			fp.hashes[s] = struct{}{}
		}
	}
	if len(fp.hashes) < minSample {
		fp.words = strings.Join(words, " ")
	}
	return fp
}

// stories finds which known story a text is a copy of.
type stories struct {
	fps    []fingerprint
	owners map[uint64][]int // shingle hash -> indexes into fps
	short  map[string]int   // words of short texts -> index into fps
}

func newStories() *stories {
	return &stories{owners: map[uint64][]int{}, short: map[string]int{}}
}

// add records a text and returns its number, which match returns.
func (s *stories) add(text string) int {
	fp := fingerprintOf(text)
	n := len(s.fps)
	s.fps = append(s.fps, fp)
	if fp.words != "" {
		if _, ok := s.short[fp.words]; !ok {
			s.short[fp.words] = n
		}
		return n
	}
	for h := range fp.hashes {
		s.owners[h] = append(s.owners[h], n)
	}
	return n
}

// match returns the number of a recorded text that tells the same story
// as text, or -1.
func (s *stories) match(text string) int {
	fp := fingerprintOf(text)
	if fp.words != "" {
		if n, ok := s.short[fp.words]; ok {
			return n
		}
		return -1
	}
	shared := map[int]int{}
	for h := range fp.hashes {
		owners := s.owners[h]
		if len(owners) > boilerplate {
			// A word run in many stories ("reporting by ... editing
			// by") says nothing about which story this is.
			continue
		}
		for _, n := range owners {
			shared[n]++
		}
	}
	best, bestScore := -1, 0.0
	for n, c := range shared {
		smaller := min(len(fp.hashes), len(s.fps[n].hashes))
		if score := float64(c) / float64(smaller); score >= sameStory && (score > bestScore || score == bestScore && n < best) {
			best, bestScore = n, score
		}
	}
	return best
}
