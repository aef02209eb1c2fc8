package synth

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Queries returns n questions of the kinds people ask dealbot, generated
// from seed: company pairs ("aws anthropic"), questions with intent words
// ("how many seats did Northwind Bank buy"), single companies, and misses
// that name nothing the corpus holds. The same seed gives the same queries.
func Queries(seed int64, n int) []string {
	r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	g := gen{r: r}
	out := make([]string, n)
	for i := range out {
		a := vendors[r.IntN(len(vendors))]
		b := vendors[r.IntN(len(vendors))]
		c := g.customerParty()
		name := func(p party) string {
			s := g.call(p)
			if r.IntN(2) == 0 {
				s = strings.ToLower(s)
			}
			return s
		}
		var q string
		switch k := r.IntN(20); {
		case k < 6: // a pair of companies
			q = name(a) + " " + name(b)
		case k < 8:
			q = name(a) + " " + name(c)
		case k < 14: // a question with an intent word
			q = strings.NewReplacer("{A}", name(a), "{B}", name(b), "{C}", c.name,
				"{P}", g.pick(products), "{K}", g.pick(markets), "{Y}", strconv.Itoa(2018+r.IntN(8))).
				Replace(g.pick(questionTemplates))
		case k < 16: // one company
			q = name(a)
		default: // a miss
			q = g.pick(misses)
		}
		out[i] = q
	}
	return out
}

var questionTemplates = []string{
	"how much did {A} pay {B}",
	"how much is the {A} {B} deal worth",
	"how many seats did {C} buy",
	"how many {P} licenses did {C} buy",
	"what is {A} market share",
	"{A} share of the {K} market",
	"{A} {B} deal value {Y}",
	"{A} cloud revenue {Y}",
	"how many users does {C} have on {P}",
	"what did {C} sign with {A}",
	"{A} {B} contract {Y}",
	"value of {C} deal with {A}",
	"{K} market share {Y}",
	"how much did {A} invest in {B} in {Y}",
}

var misses = []string{
	"zyxwv frobnicate",
	"tesla quantum teleport",
	"weather in paris tomorrow",
	"how many seats did Zyxwv buy",
	"recipe for banana bread",
	"qwerty market share",
	"who won the football",
	"lorem ipsum dolor",
	"how much is a flight to tokyo",
	"xylophone orchestra contract",
}
