package index_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// FuzzUnderstand checks that no query, however hostile, panics the parser,
// and that what reaches bleve is only plain words.
func FuzzUnderstand(f *testing.F) {
	for _, s := range []string{
		"amazon microsoft", "how many licenses did amazon buy", "AND OR NOT (((", "*", "~", "/regex/",
		"field:value", "title:amazon^3", `"unterminated`, "\x00\xff", "aws aws aws", "amazon web services",
		strings.Repeat("x ", 250), "microsoft g42 1.5bn", "6,500 % 3 m $", "4q21 1 ,2",
	} {
		f.Add(s)
	}
	ix, x := fuzzIndex(f), extract.New()
	f.Fuzz(func(t *testing.T, text string) {
		q, err := index.Understand(x, text)
		if err != nil {
			if !errors.Is(err, index.ErrEmptyQuery) && !errors.Is(err, index.ErrQueryTooLong) {
				t.Fatalf("Understand(%q): unexpected error %v", text, err)
			}
			return
		}
		for _, w := range q.Words {
			if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) >= 0 {
				t.Fatalf("Understand(%q): word %q is not plain letters and digits", text, w)
			}
		}
		if _, err := ix.Ask(context.Background(), text); err != nil {
			t.Fatalf("Ask(%q) failed where Understand succeeded: %v", text, err)
		}
	})
}

func fuzzIndex(f *testing.F) *index.Index {
	ix, _, err := memoryIndex(context.Background(), append(many(20), amazonAnthropic, oracleOpenAI))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { ix.Close() })
	return ix
}
