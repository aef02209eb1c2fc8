package index

import (
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/dealbot/dealbot/corpus"
)

// Coverage says what an index covers, for help text: how many articles,
// the companies with the most figures, and the span of their dates.
type Coverage struct {
	Articles int
	// Companies are those with the most deal values, seat counts and
	// market shares, most first.
	Companies []string
	// From and To are the dates of the oldest and newest dated facts; zero
	// when none is dated.
	From, To time.Time
}

// coverageCompanies is how many companies Coverage names.
const coverageCompanies = 8

// Coverage reports what the index covers. It returns a wrapped error when
// the index cannot be searched.
func (ix *Index) Coverage(ctx context.Context) (Coverage, error) {
	var c Coverage
	kinds := []corpus.Kind{corpus.DealValue, corpus.Seats, corpus.MarketShare, corpus.ContractLength, corpus.Revenue, corpus.Growth}
	all := make([]query.Query, len(kinds))
	for i, k := range kinds {
		all[i] = term(fKind, string(k), 1)
	}
	facts := bleve.NewDisjunctionQuery(all...)
	docs, err := ix.b.DocCount()
	if err != nil {
		return c, fmt.Errorf("counting the documents of the index at %s: %w", ix.path, err)
	}

	req := bleve.NewSearchRequestOptions(facts, 0, 0, false)
	req.AddFacet("companies", bleve.NewFacetRequest(fCompanies, coverageCompanies*2))
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return c, fmt.Errorf("searching the index at %s: %w", ix.path, err)
	}
	c.Articles = max(0, int(docs)-int(res.Total))
	if f := res.Facets["companies"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			if name, ok := corpus.Canonical(t.Term); ok && len(c.Companies) < coverageCompanies {
				c.Companies = append(c.Companies, name)
			}
		}
	}
	for _, sortBy := range []string{fPublished, "-" + fPublished} {
		res, err := ix.search(ctx, facts, 1, []string{fPublished}, sortBy)
		if err != nil {
			return c, err
		}
		for _, h := range res.Hits {
			if t, err := time.Parse(time.RFC3339, str(h.Fields[fPublished])); err == nil {
				if sortBy == fPublished {
					c.From = t
				} else {
					c.To = t
				}
			}
		}
	}
	return c, nil
}

// Coverage reports what the current generation covers; see Index.Coverage.
func (l *Live) Coverage(ctx context.Context) (Coverage, error) {
	s, err := l.use()
	if err != nil {
		return Coverage{}, err
	}
	defer s.inFlight.Done()
	return s.ix.Coverage(ctx)
}
