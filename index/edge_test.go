package index

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// tiedEngine holds articles of distinct scores followed by a group tied at
// one score, and returns, of the tied group, those a build happened to put
// first: order lists the group's members in that build's order.
type tiedEngine struct {
	distinct int
	order    []string
}

var _ Engine = tiedEngine{}

func (e tiedEngine) Search(ctx context.Context, r Request) (Result, error) {
	var hits []Hit
	for i := range e.distinct {
		id := fmt.Sprintf("a%03d", i)
		hits = append(hits, Hit{ID: id, Score: float64(1000 - i), Source: Source{ArticleID: id}})
	}
	for _, id := range e.order {
		hits = append(hits, Hit{ID: id, Score: 1, Source: Source{ArticleID: id}})
	}
	if r.Sort != ByScore {
		// By date, ties by score and ID: an order every build agrees on
		// (these hits are of one date).
		slices.SortFunc(hits, func(a, b Hit) int { return strings.Compare(a.ID, b.ID) })
	}
	res := Result{Total: len(hits), MaxScore: 1000}
	res.Hits = hits[:min(r.Size, len(hits))]
	return res, nil
}

func (tiedEngine) Documents(ctx context.Context) (int, error) { return 0, nil }
func (tiedEngine) Organisations() []corpus.Organisation       { return nil }
func (tiedEngine) ExtractorFingerprint() string               { return "" }
func (tiedEngine) Close() error                               { return nil }

// TestTiedEdgeSameAnswer asks two builds that differ only in where they
// keep articles of equal score: the articles the steering words pick and
// the articles an answer lists must not depend on it, at the candidates'
// edge and at the edge of what is shown.
func TestTiedEdgeSameAnswer(t *testing.T) {
	tied := []string{"t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9"}
	reversed := slices.Clone(tied)
	slices.Reverse(reversed)
	q, err := Understand(extract.New(), "amazon cloud 2024")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("steering", func(t *testing.T) {
		steer := func(order []string) []string {
			ix := New(tiedEngine{distinct: candidates - 3, order: order}, extract.New())
			rel, err := ix.steeringRelevance(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			return slices.Sorted(maps.Keys(rel))
		}
		if a, b := steer(tied), steer(reversed); !slices.Equal(a, b) {
			t.Errorf("the steering words pick different articles in two builds:\n%q\n%q", a, b)
		}
	})
	t.Run("all tied", func(t *testing.T) {
		var many []string
		for i := range 3 * candidates {
			many = append(many, fmt.Sprintf("t%03d", i))
		}
		manyReversed := slices.Clone(many)
		slices.Reverse(manyReversed)
		read := func(order []string) []string {
			ix := New(tiedEngine{order: order}, extract.New())
			hits, _, err := ix.best(context.Background(), Request{Query: Term{Field: FieldKind, Value: "seats"}}, candidates)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, h := range hits {
				ids = append(ids, h.ID)
			}
			return ids
		}
		a, b := read(many), read(manyReversed)
		if !slices.Equal(a, b) {
			t.Errorf("two builds give different candidates:\n%q\n%q", a, b)
		}
		if len(a) != candidates {
			t.Errorf("%d candidates, want %d: when every hit ties, the newest still fill the candidates", len(a), candidates)
		}
	})
	t.Run("articles", func(t *testing.T) {
		for _, limit := range []int{3, 5, 10} {
			list := func(order []string) []string {
				ix := New(tiedEngine{distinct: limit - 1, order: order}, extract.New())
				hits, _, err := ix.searchArticles(context.Background(), q, limit)
				if err != nil {
					t.Fatal(err)
				}
				if len(hits) == 0 {
					t.Fatalf("limit %d: no articles listed", limit)
				}
				var ids []string
				for _, h := range hits {
					ids = append(ids, h.Source.ArticleID)
				}
				return ids
			}
			if a, b := list(tied), list(reversed); !slices.Equal(a, b) {
				t.Errorf("limit %d: two builds list different articles:\n%q\n%q", limit, a, b)
			}
		}
	})
}
