package index_test

import (
	"context"
	"testing"
)

// TestAskedAsSalesPeopleAsk asks the questions of testdata/asked, worded as
// a sales person words them (the size of a trial, what was spent on
// licences, what a company started with, an initial commitment against
// its ceiling, a running total against the round that reached it), and
// wants each one's labelled figure first. Each question's "why" says what
// it checks.
func TestAskedAsSalesPeopleAsk(t *testing.T) {
	arts, qs, ok := askedIn(t, "testdata/asked")
	if !ok {
		t.Fatal("no questions in testdata/asked/questions.jsonl")
	}
	ix, _, err := memoryIndex(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range qs {
		t.Run(q.Q, func(t *testing.T) {
			a, err := ix.Ask(context.Background(), q.Q)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Facts) == 0 || !q.answers(a.Facts[0]) {
				t.Errorf("%s: want %s %g (%s) first, got:\n%s", q.Why, q.Kind, q.Value, q.Article, describeAll(a.Facts))
			}
		})
	}
}
