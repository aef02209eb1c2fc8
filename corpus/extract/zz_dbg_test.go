package extract

import (
	"github.com/dealbot/dealbot/corpus"
	"os"
	"strings"
	"testing"
)

func TestZZDbg(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	e := defaultExtractor
	for _, line := range strings.Split(s, "|") {
		sents := e.analyse(corpus.Article{ID: "x", Title: "x", Body: line}, e.arena(len(line)))
		for _, st := range sents {
			var names []string
			for _, m := range st.companies {
				names = append(names, m.name)
			}
			var f []string
			for _, m := range st.found {
				f = append(f, m.name)
			}
			t.Logf("%q\n companies=%v\n found=%v", st.text, names, f)
		}
	}
}
