package extract

import (
	"path/filepath"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/internal/facttest"
)

// TestCalendarPeriodNeedsAnchor checks what mayStateCalendarPeriod
// promises articlePeriodIn: in every sentence of the shipped articles and
// the class cases that holds none of its tokens, no stretch states a
// period read against a calendarOnly ref, dated or not.
func TestCalendarPeriodNeedsAnchor(t *testing.T) {
	ex := classExtractor(t)
	arts := shippedArticles(t)
	for _, c := range facttest.ReadJSONL[classCase](t, filepath.Join("testdata", "classes.jsonl")) {
		arts = append(arts, corpus.Article{ID: c.Name, Title: c.Title, Body: c.Text})
	}
	refs := []when{{calendarOnly: true}, {year: 2025, month: 6, published: 2025, calendarOnly: true}}
	skipped := 0
	for _, a := range arts {
		for _, s := range ex.analyse(a, newSentenceArena(0)) {
			if mayStateCalendarPeriod(s.toks) {
				continue
			}
			skipped++
			for k := range s.toks {
				for _, ref := range refs {
					if p := periodIn(s.toks[k:], ref); p != "" {
						t.Errorf("%s: %q states %s from token %d, with none of the tokens a calendar period needs", a.ID, s.text, p, k)
					}
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("no sentence was without the tokens a calendar period needs")
	}
}
