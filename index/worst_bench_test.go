package index_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/internal/synth"
)

// worstQuestions are questions built to be slow: the commonest words of
// the articles, repeated or strung together up to MaxQueryLen.
var worstQuestions = []struct{ name, q string }{
	{"repeated-word", strings.TrimSpace(strings.Repeat("said ", index.MaxQueryLen/5))},
	{"repeated-company", strings.TrimSpace(strings.Repeat("microsoft ", index.MaxQueryLen/10))},
	{"many-words", fitQuery("said billion cloud company million deal year percent market contract services amazon microsoft google oracle according reported statement agreement customers data centers capacity revenue quarter growth share investment technology computing infrastructure enterprise software licences seats employees staff users partnership announced signed expected plans spending companies business news")},
	{"normal", "amazon microsoft"},
}

// fitQuery cuts q to the longest run of whole words within MaxQueryLen.
func fitQuery(q string) string {
	for len(q) > index.MaxQueryLen {
		q = q[:strings.LastIndexByte(q, ' ')]
	}
	return q
}

// BenchmarkAskWorst measures the slowest questions one can type against
// the synthetic index, beside a normal one, so that one person's question
// cannot make everyone wait.
//
//	DEALBOT_BENCH_LARGE=1 go test ./index -run XXX -bench AskWorst -benchtime 20x -count 5
func BenchmarkAskWorst(b *testing.B) {
	for _, n := range synth.BenchSizes() {
		ix := askIndexOf(b, n)
		for _, w := range worstQuestions {
			b.Run(synth.SizeName(n)+"/"+w.name, func(b *testing.B) {
				ctx := context.Background()
				for b.Loop() {
					if _, err := ix.Ask(ctx, w.q); err != nil {
						b.Fatalf("Ask(%q): %v", w.q, err)
					}
				}
			})
		}
	}
}
