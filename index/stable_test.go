package index_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// stableQuestions are asked of two builds of the same articles; with the
// dev questions of the real-reporting set when it is there (a third of
// them) and the questions of testdata/asked.
var stableQuestions = []string{
	"amazon microsoft", "aws", "microsoft", "what is AWS market share", "azure market share",
	"how many licenses did amazon buy", "oracle openai", "coreweave", "openai",
	"google", "market share", "seats", "billion", "cloud contract 2024", "nvidia",
	"the Pentagon JWCC contract", "Barclays copilot seats", "gartner share",
	// Views read more facts than an answer shows, and orders rank by
	// other keys than relevance.
	"compare aws azure google", "timeline microsoft openai", "latest", "latest amazon deals",
	"top deals", "microsoft openai first deal", "biggest anthropic investment",
}

// TestSameArticlesSameAnswers builds the same articles twice, on one core
// and on several, in opposite orders and at different paths, and asks both
// the same questions with several limits, below, at and past the facts a
// round of ranking reads and past the most a view asks for: every answer must
// be the same, a shorter answer the start of a longer one, and the counts
// of what was found the same whatever the limit.
func TestSameArticlesSameAnswers(t *testing.T) {
	loaded, err := corpus.LoadFS(context.Background(), corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	arts := loaded.Articles
	questions := slices.Clone(stableQuestions)
	for _, dir := range []string{filepath.Join(realDir, "dev"), "testdata/asked"} {
		if more, qs, ok := askedIn(t, dir); ok {
			arts = append(arts, more...)
			for i, q := range qs {
				// Every third dev question keeps the package's run within
				// go test's default ten minutes on two cores; the shapes
				// of question that tie are spread over the whole file.
				if dir == "testdata/asked" || i%3 == 0 {
					questions = append(questions, q.Q)
				}
			}
		}
	}
	reversed := slices.Clone(arts)
	slices.Reverse(reversed)

	build := func(name string, procs int, arts []corpus.Article) *index.Index {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		path := filepath.Join(t.TempDir(), name)
		if _, err := bleveindex.Build(context.Background(), extract.New(), path, arts, nil); err != nil {
			t.Fatal(err)
		}
		ix, err := openIndex(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	}
	one := build("one", 1, arts)
	many := build("many", max(4, runtime.NumCPU()), reversed)

	// Past 10 (enoughFacts), an answer is drawn from the same candidates
	// as a short one; 40 is the most any view reads (viewLimit) and what
	// "Show all" asks for, 50 more than that.
	limits := []int{1, 2, 3, 5, 10, 20, 40, 50}
	for _, q := range questions {
		var longest []string
		var found string
		for _, limit := range slices.Backward(limits) {
			a := summary(t, one, q, limit)
			if b := summary(t, many, q, limit); !slices.Equal(a, b) {
				t.Errorf("%q, limit %d: the two builds answer differently:\n%s\nand\n%s", q, limit, strings.Join(a, "\n"), strings.Join(b, "\n"))
			}
			// The counts of what was found come from every candidate,
			// so they do not depend on how many facts are shown.
			if f := a[0]; found == "" {
				found = f
			} else if f != found {
				t.Errorf("%q: with limit %d the answer found %s, with limit %d %s", q, limit, f, limits[len(limits)-1], found)
			}
			if longest == nil {
				longest = a
				continue
			}
			if !isStartOf(a, longest) {
				t.Errorf("%q: with limit %d the answer is not the start of the one with limit %d:\n%s\nand\n%s", q, limit, limits[len(limits)-1], strings.Join(a, "\n"), strings.Join(longest, "\n"))
			}
		}
	}
}

// summary is an answer as lines, facts then articles, each tagged so that
// facts and articles compare apart.
func summary(t *testing.T, ix *index.Index, q string, limit int) []string {
	t.Helper()
	a, err := ix.AskN(context.Background(), q, limit)
	if err != nil {
		t.Fatalf("AskN(%q, %d): %v", q, limit, err)
	}
	out := []string{fmt.Sprintf("found %v", a.Found)}
	for _, f := range a.Facts {
		var srcs []string
		for _, s := range f.Sources {
			srcs = append(srcs, filepath.Base(s.Path))
		}
		out = append(out, fmt.Sprintf("fact %s %g %s %q %s", f.Kind, f.Value, f.Unit, f.Companies, strings.Join(srcs, ",")))
	}
	for _, h := range a.Articles {
		out = append(out, "article "+filepath.Base(h.Path))
	}
	return out
}

// isStartOf reports whether short's facts begin long's facts and short's
// articles begin long's articles.
func isStartOf(short, long []string) bool {
	part := func(lines []string, tag string) []string {
		var out []string
		for _, l := range lines {
			if strings.HasPrefix(l, tag) {
				out = append(out, l)
			}
		}
		return out
	}
	for _, tag := range []string{"fact ", "article "} {
		s, l := part(short, tag), part(long, tag)
		if len(s) > len(l) || !slices.Equal(s, l[:len(s)]) {
			return false
		}
	}
	return true
}
