package index

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/dealbot/dealbot/corpus"
)

// namesKey is where a generation keeps the organisations of its articles,
// in bleve's internal storage, so they are swapped in with the generation.
var namesKey = []byte("dealbot.names")

// storedName is an organisation of the indexed articles as a generation
// stores it.
type storedName struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Country bool     `json:"country,omitempty"`
}

// articleOrgs are the organisations of one article the built-in list does
// not know: those the article names and those its facts are about.
func articleOrgs(a corpus.Article, facts []corpus.Fact) []corpus.Organisation {
	orgs := corpus.OrganisationsIn(a.Body)
	for _, f := range facts {
		for _, c := range f.Companies {
			if _, builtin := corpus.Canonical(c); builtin {
				continue
			}
			if !slices.ContainsFunc(orgs, func(o corpus.Organisation) bool { return strings.EqualFold(o.Name, c) }) {
				orgs = append(orgs, corpus.Organisation{Name: c})
			}
		}
	}
	return orgs
}

// orgTally counts the organisations of a build's articles.
type orgTally struct {
	byKey map[string]*orgCount
}

type orgCount struct {
	storedName
	articles int
	aliases  map[string]int // alias to how many articles give it
}

func newOrgTally() *orgTally { return &orgTally{byKey: map[string]*orgCount{}} }

// add counts one article's organisations.
func (t *orgTally) add(orgs []corpus.Organisation) {
	for _, o := range orgs {
		key := strings.ToLower(o.Name)
		c, ok := t.byKey[key]
		if !ok {
			// The first spelling met names it; articles come in order, so
			// every build of the same articles picks the same one.
			c = &orgCount{storedName: storedName{Name: o.Name, Country: o.Country}, aliases: map[string]int{}}
			t.byKey[key] = c
		}
		c.articles++
		for _, a := range o.Aliases {
			c.aliases[a]++
		}
	}
}

// names returns the organisations, those named by most articles first, so
// that an alias two of them share goes to the better known; ties by name.
func (t *orgTally) names() []storedName {
	counts := make([]*orgCount, 0, len(t.byKey))
	for _, c := range t.byKey {
		counts = append(counts, c)
	}
	slices.SortFunc(counts, func(a, b *orgCount) int {
		if c := cmp.Compare(b.articles, a.articles); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	out := make([]storedName, 0, len(counts))
	for _, c := range counts {
		n := c.storedName
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

// storeNames keeps the organisations in the index being built.
func storeNames(b bleve.Index, orgs []storedName) error {
	data, err := json.Marshal(orgs)
	if err != nil {
		return fmt.Errorf("recording the organisations of the articles: %w", err)
	}
	if err := b.SetInternal(namesKey, data); err != nil {
		return fmt.Errorf("recording the organisations of the articles: %w", err)
	}
	return nil
}

// loadNames reads the organisations an index stores.
func loadNames(b bleve.Index, path string) ([]corpus.Organisation, error) {
	data, err := b.GetInternal(namesKey)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot read the organisations stored in %s (%v); run `dealbot index` to rebuild it", ErrUnavailable, path, err)
	}
	var orgs []storedName
	if len(data) > 0 {
		if err := json.Unmarshal(data, &orgs); err != nil {
			return nil, fmt.Errorf("%w: the organisations stored in %s are unreadable (%v); run `dealbot index` to rebuild it", ErrUnavailable, path, err)
		}
	}
	return organisations(orgs), nil
}

// organisations turns stored names into the organisations an Engine gives.
func organisations(names []storedName) []corpus.Organisation {
	out := make([]corpus.Organisation, len(names))
	for i, n := range names {
		out[i] = corpus.Organisation{Name: n.Name, Aliases: n.Aliases, Country: n.Country}
	}
	return out
}
