package index

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// articleOrgs are the organisations of one article that x, which read it,
// does not know for companies: those the article names (named, as
// extract.Reading has them) and those its facts are about.
func articleOrgs(x *extract.Extractor, named []corpus.Organisation, facts []corpus.Fact) []corpus.Organisation {
	orgs := named
	for _, f := range facts {
		for _, c := range f.Companies {
			if _, known := x.Canonical(c); known {
				continue
			}
			if !slices.ContainsFunc(orgs, func(o corpus.Organisation) bool { return strings.EqualFold(o.Name, c) }) {
				orgs = append(orgs, corpus.Organisation{Name: c})
			}
		}
	}
	return orgs
}

// OrgTally counts the organisations of a build's articles, so that a
// loader can keep them with the index (see Engine.Organisations). The zero
// value is not ready: use NewOrgTally.
type OrgTally struct {
	byKey map[string]*orgCount
}

type orgCount struct {
	corpus.Organisation
	articles  int
	aliases   map[string]int // alias to how many articles give it
	spellings map[string]int // name as written to how many articles write it so
}

// NewOrgTally returns an empty tally.
func NewOrgTally() *OrgTally { return &OrgTally{byKey: map[string]*orgCount{}} }

// Add counts one article's organisations (Entry.Organisations). The
// tally does not depend on the order articles are added in, so builds of
// the same articles agree however their work was split.
func (t *OrgTally) Add(orgs []corpus.Organisation) {
	for _, o := range orgs {
		key := strings.ToLower(o.Name)
		c, ok := t.byKey[key]
		if !ok {
			c = &orgCount{aliases: map[string]int{}, spellings: map[string]int{}}
			t.byKey[key] = c
		}
		c.articles++
		c.spellings[o.Name]++
		// One article that knows it for a country is enough: others may
		// name it only in passing.
		c.Country = c.Country || o.Country
		for _, a := range o.Aliases {
			c.aliases[a]++
		}
	}
}

// Organisations returns the organisations, those named by most articles
// first, so that an alias two of them share goes to the better known; ties
// by name.
func (t *OrgTally) Organisations() []corpus.Organisation {
	counts := make([]*orgCount, 0, len(t.byKey))
	for _, c := range t.byKey {
		// The spelling most articles use names it; of equally used
		// ones, the first in byte order.
		c.Name = ""
		for sp, n := range c.spellings {
			if best := c.spellings[c.Name]; c.Name == "" || n > best || (n == best && sp < c.Name) {
				c.Name = sp
			}
		}
		counts = append(counts, c)
	}
	slices.SortFunc(counts, func(a, b *orgCount) int {
		if c := cmp.Compare(b.articles, a.articles); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	out := make([]corpus.Organisation, 0, len(counts))
	for _, c := range counts {
		n := c.Organisation
		for a := range c.aliases {
			n.Aliases = append(n.Aliases, a)
		}
		slices.SortFunc(n.Aliases, func(a, b string) int {
			if d := cmp.Compare(c.aliases[b], c.aliases[a]); d != 0 {
				return d
			}
			return strings.Compare(a, b)
		})
		out = append(out, n)
	}
	return out
}
