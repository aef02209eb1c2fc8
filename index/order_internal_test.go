package index

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// TestRankingIsAStrictWeakOrder ranks facts that differ in every key the
// ranking weighs, drawn at random from a few values each, and checks that
// compareRanked is a strict weak order: no fact before itself, never
// both a before b and b before a, and a before b before c puts a before
// c, with ties transitive too. Without that, a sort may order the same
// facts differently by the order they came in, and the same question
// gets different answers. Rules that weigh two facts against each other
// only when they agree on something else ("the round before the running
// total, when the question's words stand as near to both"; "of the same
// currency, the bigger first") break it; each fact must carry its own key.
func TestRankingIsAStrictWeakOrder(t *testing.T) {
	tests := []struct {
		order   Order
		implied bool // shares newest first, no order asked
	}{{ByRelevance, true}, {Newest, true}, {Newest, false}, {Oldest, false}, {Biggest, false}}
	for n, tt := range tests {
		t.Run(fmt.Sprintf("order %q implied %t", tt.order, tt.implied), func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(n)))
			facts := make([]rankedFact, 60)
			for i := range facts {
				facts[i] = randomRanked(r, i)
				facts[i].order, facts[i].implied = tt.order, tt.implied
			}
			for _, a := range facts {
				if compareRanked(a, a) != 0 {
					t.Fatalf("a fact compares unequal to itself: %+v", a)
				}
				for _, b := range facts {
					ab, ba := compareRanked(a, b), compareRanked(b, a)
					if ab != -ba {
						t.Fatalf("compare(a, b) = %d but compare(b, a) = %d\na %+v\nb %+v", ab, ba, a, b)
					}
					for _, c := range facts {
						bc, ac := compareRanked(b, c), compareRanked(a, c)
						if ab <= 0 && bc <= 0 && ac > 0 || ab == 0 && bc == 0 && ac != 0 {
							t.Fatalf("not transitive: a?b %d, b?c %d, a?c %d\na %+v\nb %+v\nc %+v", ab, bc, ac, a, b, c)
						}
					}
				}
			}
		})
	}
}

// randomRanked draws a ranked fact whose keys take a few values each, so
// that many pairs tie on most keys and differ on the rest.
func randomRanked(r *rand.Rand, i int) rankedFact {
	// Most keys mostly hold their usual value, so that pairs reach the
	// later keys too.
	b := func() bool { return r.IntN(8) == 0 }
	n := func(k int) int {
		if r.IntN(8) == 0 {
			return r.IntN(k)
		}
		return 0
	}
	kinds := []corpus.Kind{corpus.DealValue, corpus.Seats, corpus.MarketShare}
	units := map[corpus.Kind][]string{corpus.DealValue: {"USD", "EUR", "JPY"}, corpus.Seats: {"seats"}, corpus.MarketShare: {"percent"}}
	k := kinds[r.IntN(len(kinds))]
	f := rankedFact{docs: []string{fmt.Sprintf("f%02d", i)}}
	f.Kind, f.Unit, f.Value = k, units[k][r.IntN(len(units[k]))], float64(1+r.IntN(3))
	f.Total = r.IntN(2) == 0
	day := time.Date(2024, 1, 1+r.IntN(3), 0, 0, 0, 0, time.UTC)
	f.Sources = []Source{{Published: day}}
	f.kind, f.all, f.shared, f.period = b(), b(), b(), b()
	f.says, f.measure, f.fits, f.said, f.near, f.worded = n(2), n(2), n(2), n(2), r.IntN(3), n(2)
	f.named, f.live, f.elsewhere, f.otherSegment, f.spelled, f.tells = b(), b(), b(), b(), b(), b()
	f.offMarket, f.otherProduct, f.told, f.span, f.running, f.past, f.was = b(), b(), b(), b(), b(), b(), b()
	f.alone = b()
	f.score = float64(n(3))
	if r.IntN(2) == 0 {
		f.when = day
	}
	return f
}
