package index_test

// TestAnswerQuality asks the questions of the real-reporting set the way a
// sales person asks them and counts how often the labelled figure is the
// first fact of the answer and among the first three, for the dev and the
// test split apart:
//
//	go test ./index -run AnswerQuality -v
//
// Each split is indexed on its own, as `dealbot index` would index a folder,
// so a test article never decides a dev answer. Only the dev split has a
// floor; the test split is printed, never tuned against.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// realDir holds the real-reporting set: one folder per split, each with its
// articles and a questions.jsonl.
const realDir = "../corpus/testdata/real"

// devFloor is the least share of dev questions that must be answered with
// the labelled figure first and in the top three. It was recorded from a
// run and sits a little below it, so that a change that makes answers worse
// fails here.
var devFloor = struct{ first, top3 float64 }{0.80, 0.90}

// realQuestion is one line of questions.jsonl: a question and the labelled
// figure that answers it.
type realQuestion struct {
	Q       string  `json:"q"`
	Article string  `json:"article"`
	Kind    string  `json:"kind"`
	Value   float64 `json:"value"`
	Unit    string  `json:"unit"`
	// Why says what the question checks; optional.
	Why  string `json:"why"`
	line int
}

// answers reports whether f is the figure q expects: same kind and value,
// the same unit when both say, and reported by the labelled article.
func (q realQuestion) answers(f index.FactAnswer) bool {
	if string(f.Kind) != q.Kind || !sameValue(f.Value, q.Value) {
		return false
	}
	if q.Unit != "" && f.Unit != "" && !strings.EqualFold(q.Unit, f.Unit) {
		return false
	}
	for _, s := range f.Sources {
		if filepath.Base(s.Path) == q.Article {
			return true
		}
	}
	return false
}

func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// realSplit loads a split's articles (its .md files) and questions. ok is
// false when the split has no questions yet.
func realSplit(t *testing.T, split string) (arts []corpus.Article, qs []realQuestion, ok bool) {
	t.Helper()
	return askedIn(t, filepath.Join(realDir, split))
}

// askedIn loads a folder's articles (its .md files) and the questions of
// its questions.jsonl. ok is false when it has no questions.
func askedIn(t *testing.T, dir string) (arts []corpus.Article, qs []realQuestion, ok bool) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "questions.jsonl"))
	if os.IsNotExist(err) {
		return nil, nil, false
	}
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q realQuestion
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("%s/questions.jsonl:%d: %v", dir, n, err)
		}
		q.line = n
		qs = append(qs, q)
	}
	loaded, err := corpus.LoadDir(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range loaded.Articles {
		if strings.HasSuffix(a.Path, ".md") {
			arts = append(arts, a)
		}
	}
	return arts, qs, len(qs) > 0
}

// quality counts the questions answered right, and of those whose figure
// is not first, how many had it extracted from the labelled article: those
// are ranking's to win, the others extraction's.
type quality struct {
	asked, first, top3 int
	extracted          int
}

func (q quality) String() string {
	pct := func(n int) float64 { return 100 * float64(n) / float64(max(q.asked, 1)) }
	return fmt.Sprintf("%d questions: right figure first %d (%.0f%%), in the top 3 %d (%.0f%%); not first but extracted %d",
		q.asked, q.first, pct(q.first), q.top3, pct(q.top3), q.extracted)
}

// rankOf says where the figure q wants stands among everything ix ranks
// for the question, and whether its article's facts hold it at all, so a
// dev miss points at ranking or at extraction.
func rankOf(ctx context.Context, t *testing.T, ix *index.Index, q realQuestion, facts map[string][]corpus.Fact) (string, bool) {
	t.Helper()
	held := slices.ContainsFunc(facts[q.Article], func(f corpus.Fact) bool {
		return string(f.Kind) == q.Kind && sameValue(f.Value, q.Value)
	})
	if !held {
		return "not extracted", false
	}
	a, err := ix.AskN(ctx, q.Q, 100)
	if err != nil {
		t.Fatalf("AskN(%q): %v", q.Q, err)
	}
	if i := slices.IndexFunc(a.Facts, q.answers); i >= 0 {
		return fmt.Sprintf("extracted, ranked %d", i+1), true
	}
	return "extracted, not among those ranked", true
}

func TestAnswerQuality(t *testing.T) {
	for _, split := range []string{"dev", "test"} {
		t.Run(split, func(t *testing.T) {
			arts, qs, ok := realSplit(t, split)
			if !ok {
				t.Skipf("no questions in %s/%s yet", realDir, split)
			}
			path := filepath.Join(t.TempDir(), "index")
			if _, err := bleveindex.Build(context.Background(), extract.New(), path, arts, nil); err != nil {
				t.Fatalf("indexing %d articles of %s: %v", len(arts), split, err)
			}
			ix, err := openIndex(path)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			x := extract.New()
			facts := make(map[string][]corpus.Fact, len(arts))
			for _, a := range arts {
				facts[filepath.Base(a.Path)] = x.Extract(a)
			}
			var got quality
			// Only dev items are shown one by one: the held-out test split
			// is reported as totals, so no change is made to pass an item.
			logf := t.Logf
			if split != "dev" {
				logf = func(string, ...any) {}
			}
			for _, q := range qs {
				a, err := ix.Ask(context.Background(), q.Q)
				if err != nil {
					t.Fatalf("questions.jsonl:%d: Ask(%q): %v", q.line, q.Q, err)
				}
				got.asked++
				if len(a.Facts) > 0 && q.answers(a.Facts[0]) {
					got.first++
					got.top3++
					logf("first: %q", q.Q)
					continue
				}
				where, extracted := rankOf(context.Background(), t, ix, q, facts)
				if extracted {
					got.extracted++
				}
				if slices.ContainsFunc(a.Facts[:min(3, len(a.Facts))], q.answers) {
					got.top3++
					logf("second or third: %q wants %s %g (%s; %s)\n%s", q.Q, q.Kind, q.Value, q.Article, where, describe(a.Facts))
				} else {
					logf("missed: %q wants %s %g (%s; %s)\n%s", q.Q, q.Kind, q.Value, q.Article, where, describe(a.Facts))
				}
			}
			t.Logf("%s: %d articles, %s", split, len(arts), got)
			if split != "dev" {
				return
			}
			if first := float64(got.first) / float64(got.asked); first < devFloor.first {
				t.Errorf("dev: right figure first for %.2f of questions, below the floor of %.2f", first, devFloor.first)
			}
			if top3 := float64(got.top3) / float64(got.asked); top3 < devFloor.top3 {
				t.Errorf("dev: right figure in the top 3 for %.2f of questions, below the floor of %.2f", top3, devFloor.top3)
			}
		})
	}
}
