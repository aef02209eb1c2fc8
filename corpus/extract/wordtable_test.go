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
	check := func(w string) { t.Helper(); answersAsMap(t, &x.table, x.words, w) }
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

// TestStepTableAnswersAsTheMap asks the built-in gazetteers' step tables
// for every key and prefix they hold, and for each cut short and
// lengthened: they must answer as the maps they were made from.
func TestStepTableAnswersAsTheMap(t *testing.T) {
	for _, g := range []gazetteer{defaultExtractor.gaz, defaultExtractor.names} {
		check := func(w string) { t.Helper(); answersAsMap(t, &g.stepTable, g.steps, w) }
		for w := range g.steps {
			check(w)
			check(w[:len(w)-1])
			check(w + " inc")
		}
	}
}

// answersAsMap fails the test when table and the map it was made from
// answer w differently.
func answersAsMap[V comparable](t *testing.T, table *wordTable[V], m map[string]V, w string) {
	t.Helper()
	got, ok := table.get(w)
	want, wantOK := m[w]
	if got != want || ok != wantOK {
		t.Fatalf("table gives %q %+v %v, map %+v %v", w, got, ok, want, wantOK)
	}
}
