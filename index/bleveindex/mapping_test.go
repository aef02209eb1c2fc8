package bleveindex

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// A fact's date is indexed as one term, not bleve's sixteen, and sorting by
// date still orders facts newest or oldest first, including dates before
// 1970 and in one day.
func TestFactDatesSortAsOneTerm(t *testing.T) {
	days := []time.Time{
		time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 7, 20, 20, 17, 0, 0, time.UTC),
		time.Date(2025, 1, 2, 9, 30, 0, 0, time.UTC),
		time.Date(2025, 1, 2, 9, 29, 59, 0, time.UTC),
		time.Date(2019, 11, 5, 0, 0, 0, 0, time.UTC),
	}
	var arts []corpus.Article
	for i, d := range days {
		a := article(fmt.Sprintf("d%d", i), fmt.Sprintf("Deal number %d", i),
			fmt.Sprintf("Contoso signed a $%d million contract with Fabrikam.", i+1))
		a.Published = d
		arts = append(arts, a)
	}
	ctx := context.Background()
	e, _, err := Memory(ctx, extract.New(), arts)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()

	dict, err := e.b.FieldDict(fPublished)
	if err != nil {
		t.Fatal(err)
	}
	terms := 0
	for entry, err := dict.Next(); entry != nil && err == nil; entry, err = dict.Next() {
		terms++
	}
	dict.Close()
	if terms != len(days) {
		t.Errorf("the facts' dates are indexed as %d terms, want one per date, %d", terms, len(days))
	}

	byDate := slices.Clone(arts)
	slices.SortFunc(byDate, func(a, b corpus.Article) int { return a.Published.Compare(b.Published) })
	var oldest []string
	for _, a := range byDate {
		oldest = append(oldest, index.FactID(a.ID, 0))
	}
	newest := slices.Clone(oldest)
	slices.Reverse(newest)
	deals := index.Term{Field: index.FieldKind, Value: string(corpus.DealValue)}
	for _, c := range []struct {
		sort index.Sort
		want []string
	}{{index.NewestFirst, newest}, {index.OldestFirst, oldest}} {
		res, err := e.Search(ctx, index.Request{Query: deals, Size: 10, Sort: c.sort})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("sort %v: got %v, want %v", c.sort, got, c.want)
		}
	}
}
