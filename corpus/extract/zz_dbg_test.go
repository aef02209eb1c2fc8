package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

func TestZZDbg(t *testing.T) {
	e := New()
	text := os.Getenv("DBG")
	a := corpus.Article{Body: text}
	ar := e.arena(len(text))
	sents := e.analyse(a, ar)
	for _, s := range sents {
		var f, k []string
		for _, m := range s.found {
			f = append(f, m.name)
		}
		for _, m := range s.companies {
			k = append(k, m.name)
		}
		var p []string
		for _, m := range s.places {
			p = append(p, m.name)
		}
		t.Logf("%s\n  found=%s\n  companies=%s\n  places=%s", s.text, strings.Join(f, "|"), strings.Join(k, "|"), strings.Join(p, "|"))
	}
}
