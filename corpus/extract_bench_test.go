package corpus

import (
	"context"
	"strings"
	"testing"
	"time"
)

func shippedArticles(tb testing.TB) []Article {
	tb.Helper()
	loaded, err := LoadFS(context.Background(), Embedded())
	if err != nil {
		tb.Fatal(err)
	}
	return loaded.Articles
}

// BenchmarkExtract measures throughput over the shipped corpus in MB/s.
func BenchmarkExtract(b *testing.B) {
	arts := shippedArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Title) + len(a.Body)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			Extract(a)
		}
	}
}

// TestExtractLinear guards against quadratic behaviour: a 1 MB article
// must take about as long per byte as a small one, not seconds.
func TestExtractLinear(t *testing.T) {
	unit := "Amazon signed a $1 billion deal with Microsoft covering 100,000 seats. AWS held a 32 percent share, followed by Microsoft at 22 percent and Google with 11%. "
	for _, body := range []string{
		strings.Repeat(unit, 1<<20/len(unit)),
		strings.Repeat(unit+"\n\n", 1<<20/len(unit)),
		strings.Repeat("A", 1<<20),
		strings.Repeat("1,", 1<<19),
		strings.Repeat("$1 ", 1<<18),
		strings.Repeat("Acme Corp ", 1<<17),
	} {
		start := time.Now()
		Extract(Article{Body: body})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Extract on %d bytes took %v", len(body), d)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Amazon Commits Over $1 Billion to Microsoft for Cloud Services",
		"AWS holds 32 percent, followed by Microsoft at 22 percent.",
		"Nvidia will invest $1.5bn to $2bn in xAI.",
		"US$4bn, €2.5 billion, ¥3, Rs 1,500 crore, 1M users, one and a half billion dollars",
		"Acme Inc. signed a deal with Globex Corp. Globex's contract with Acme",
		"$", "1,", "a", "half a", "U.S.$", "10-", "31%, 25% and",
	} {
		f.Add("Title", s)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		for _, fact := range Extract(Article{ID: "fuzz", Title: title, Body: body}) {
			if !strings.Contains(fact.Sentence, fact.Text) {
				t.Fatalf("fact text %q not in sentence %q", fact.Text, fact.Sentence)
			}
		}
	})
}
