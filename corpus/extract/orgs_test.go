package extract

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus/internal/facttest"
)

// TestDiscoverOrgsSkipsNoCase checks that the organisation scan, which
// skips the tokens no case starts at, finds what trying every case at
// every token finds, on every sentence of the shipped articles, the dev
// split and the phrasing classes: a case added without its words in the
// skip list fails here.
func TestDiscoverOrgsSkipsNoCase(t *testing.T) {
	var texts []string
	for _, a := range shippedArticles(t) {
		texts = append(texts, a.Title, a.Body)
	}
	for _, a := range facttest.RealArticles(t, filepath.Join("..", "testdata", "real", "dev")) {
		texts = append(texts, a.Title, a.Body)
	}
	for _, c := range facttest.ReadJSONL[classCase](t, filepath.Join("testdata", "classes.jsonl")) {
		texts = append(texts, c.Title, c.Text)
	}
	x := defaultExtractor.lex
	n := 0
	for _, text := range texts {
		for _, p := range paragraphs(text) {
			for _, s := range sentences(p) {
				toks := tokenize(s)
				cues, bits, marks, _ := x.sentenceCues(toks)
				for _, shares := range []bool{false, true} {
					skipping, every := x.findOrgs(toks, bits, marks, cues, nil, nil, shares, true, true), x.findOrgs(toks, bits, marks, cues, nil, nil, shares, true, false)
					if !slices.Equal(skipping, every) {
						t.Errorf("in %q (shares %v) the scan finds %v, every case at every token %v", s, shares, skipping, every)
					}
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d sentences read", n)
	}
}
