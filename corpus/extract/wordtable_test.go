package extract

import (
	"strings"
	"testing"
)

// TestWordTableAnswersAsTheMap asks the built-in lexicon's table for every
// word it holds, for each word cut short and lengthened by a byte, and for
// words of every length up to past the longest packed: it must answer as
// the lexicon's map does.
func TestWordTableAnswersAsTheMap(t *testing.T) {
	x := defaultExtractor.lex
	if x.table.tags == nil {
		t.Fatal("the built-in lexicon has no table")
	}
	check := func(w string) {
		t.Helper()
		if got, want := x.table.get(w), x.words[w]; got != want {
			t.Fatalf("table gives %q %+v, map %+v", w, got, want)
		}
	}
	for w := range x.words {
		check(w)
		check(w[:len(w)-1])
		check(w + "s")
		check("x" + w)
	}
	for n := 0; n <= maxPacked+2; n++ {
		check(strings.Repeat("a", n))
		check(strings.Repeat("é", n))
	}
}
