package index

import (
	"context"
	"time"

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
	facts := make(AnyOf, len(kinds))
	for i, k := range kinds {
		facts[i] = Term{Field: FieldKind, Value: string(k), Boost: 1}
	}
	docs, err := ix.e.Documents(ctx)
	if err != nil {
		return c, err
	}
	res, err := ix.e.Search(ctx, Request{Query: facts, TopCompanies: coverageCompanies * 2})
	if err != nil {
		return c, err
	}
	c.Articles = max(0, docs-res.Total)
	for _, t := range res.Companies {
		if name, ok := ix.x.Canonical(t); ok && len(c.Companies) < coverageCompanies {
			c.Companies = append(c.Companies, name)
		}
	}
	for _, sortBy := range []Sort{OldestFirst, NewestFirst} {
		res, err := ix.e.Search(ctx, Request{Query: facts, Size: 1, Sort: sortBy, Read: ReadRanking})
		if err != nil {
			return c, err
		}
		for _, h := range res.Hits {
			if t := h.Fact.Sources[0].Published; !t.IsZero() {
				if sortBy == OldestFirst {
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
