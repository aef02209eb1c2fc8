package bleveindex

import (
	"context"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// Engine is one open generation of a bleve index, or an index in memory:
// an index.Engine. It is safe for concurrent use.
type Engine struct {
	b    bleve.Index
	path string // the index path, for messages
	gen  string // the generation directory; empty in memory
	orgs []corpus.Organisation
	// builtBy is the Fingerprint of the extractor that read the
	// articles; empty for an index built before it was recorded.
	builtBy string
	// readBy is the extractor that read the articles of an index in
	// memory, whose Fingerprint is worked out only when asked for.
	readBy *extract.Extractor
	close  sync.Once
	err    error
}

var _ index.Engine = (*Engine)(nil)

// Organisations returns the organisations the generation stores.
func (e *Engine) Organisations() []corpus.Organisation { return e.orgs }

// Extractor returns the Fingerprint of the extractor that read the indexed
// articles, or "" when the index does not record it.
func (e *Engine) ExtractorFingerprint() string {
	if e.readBy != nil {
		return e.readBy.Fingerprint()
	}
	return e.builtBy
}

// Close closes the bleve index. Closing twice is harmless: bleve itself
// panics on a second close.
func (e *Engine) Close() error {
	e.close.Do(func() { e.err = e.b.Close() })
	return e.err
}

// Generation is the generation directory being read; empty for an index in
// memory.
func (e *Engine) Generation() string { return e.gen }

// Documents counts the documents of the index.
func (e *Engine) Documents(ctx context.Context) (int, error) {
	n, err := e.b.DocCount()
	if err != nil {
		return 0, fmt.Errorf("counting the documents of the index at %s: %w", e.path, err)
	}
	return int(n), nil
}

// Search runs a request and wraps failures for the person reading the
// error.
//
// bleve reads its segments through memory-mapped files. When a file is
// truncated or rewritten in place under an open index, reading it faults
// (SIGBUS), which would otherwise crash the whole process; here it becomes
// an error wrapping ErrUnavailable. The guard is per goroutine, so every
// search goes through this function. Other panics are left alone.
func (e *Engine) Search(ctx context.Context, r index.Request) (out index.Result, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		rec := recover()
		if rec == nil {
			return
		}
		if _, fault := rec.(interface{ Addr() uintptr }); !fault {
			panic(rec)
		}
		out, err = index.Result{}, fmt.Errorf("%w: the files of the index at %s changed under it (%v); run `dealbot index` to rebuild it", index.ErrUnavailable, e.path, rec)
	}()
	req := bleve.NewSearchRequestOptions(bleveQuery(r.Query), r.Size, 0, false)
	req.Fields = readFields[r.Read]
	switch r.Sort {
	case index.NewestFirst:
		req.SortBy([]string{"-" + fPublished, "-_score", "_id"})
	case index.OldestFirst:
		req.SortBy([]string{fPublished, "-_score", "_id"})
	}
	if r.TopCompanies > 0 {
		req.AddFacet(fCompanies, bleve.NewFacetRequest(fCompanies, r.TopCompanies))
	}
	res, err := e.b.SearchInContext(ctx, req)
	if err != nil {
		return index.Result{}, fmt.Errorf("searching the index at %s: %w", e.path, err)
	}
	out = index.Result{Total: int(res.Total), MaxScore: res.MaxScore, Hits: make([]index.Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, hitOf(h, r.Read))
	}
	if f := res.Facets[fCompanies]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			out.Companies = append(out.Companies, t.Term)
		}
	}
	return out, nil
}

// readFields are the stored fields each Read loads. bleve loads a whole
// document to return any of its fields, so they matter for decoding only.
var readFields = map[index.Read][]string{
	index.ReadArticle: sourceFields,
	index.ReadRanking: rankFields,
	index.ReadShown:   showFields,
}

var sourceFields = []string{fArticle, fTitle, fPath, fURL, fPublication, fPublished}

// rankFields are the stored fields ranking and merging read, the
// sentence among them: the question's words in it pick one figure of an
// article over another. The rest of a fact (its article's title and link)
// is loaded afterwards for the few facts shown.
var rankFields = []string{fHeadline, fKind, fCompanies, fValue, fUnit, fQualifier, fArticle, fPublished, fPeriod, fDetail, fMeasurer, fRegion, fMarket, fSentence, fText}

// showFields are the stored fields read for the facts an answer shows, from
// the fact's document and from its article's.
var showFields = append([]string{fKind, fCompanies, fValue, fUnit, fQualifier, fText, fMarket, fSentence, fPeriod, fRegion, fMeasurer, fDetail}, sourceFields...)

// hitOf turns a bleve hit into an engine-neutral one; it is the only place
// the answering core's results meet bleve's types.
func hitOf(h *search.DocumentMatch, read index.Read) index.Hit {
	if id, ok := strings.CutPrefix(h.ID, articlePrefix); ok {
		hit := index.Hit{ID: id, Score: h.Score}
		if read != index.ReadNothing {
			hit.Source = sourceOf(h.Fields)
		}
		return hit
	}
	hit := index.Hit{ID: h.ID, Score: h.Score}
	if read == index.ReadRanking || read == index.ReadShown {
		headline, _ := h.Fields[fHeadline].(float64)
		hit.Headline = headline >= 1
		hit.Retold = headline == 2
		hit.Fact = factOf(h.Fields)
	}
	return hit
}

// fieldNames are the bleve fields of each Field.
var fieldNames = map[index.Field]string{
	index.FieldTitle:     fTitle,
	index.FieldBody:      fBody,
	index.FieldDateline:  fDateline,
	index.FieldMentions:  fMentions,
	index.FieldKind:      fKind,
	index.FieldCompanies: fCompanies,
	index.FieldArticle:   fArticle,
	index.FieldSentence:  fSentence,
	index.FieldPeriod:    fPeriod,
}

// bleveQuery builds the bleve query of q, clause for clause, so that bleve
// scores it as the core designed it. Only match, term, conjunction,
// disjunction, boolean and document ID queries are built: no text becomes
// bleve's query-string syntax.
func bleveQuery(q index.Query) query.Query {
	switch q := q.(type) {
	case index.Match:
		m := bleve.NewMatchQuery(q.Text)
		m.SetField(fieldNames[q.Field])
		m.SetBoost(boost(q.Boost))
		if q.All {
			m.SetOperator(query.MatchQueryOperatorAnd)
		}
		return m
	case index.Term:
		t := bleve.NewTermQuery(q.Value)
		t.SetField(fieldNames[q.Field])
		t.SetBoost(boost(q.Boost))
		return t
	case index.AnyOf:
		return bleve.NewDisjunctionQuery(bleveQueries(q)...)
	case index.AllOf:
		return bleve.NewConjunctionQuery(bleveQueries(q)...)
	case index.Boolean:
		bq := bleve.NewBooleanQuery()
		if q.Filter != nil {
			f := bleveQuery(q.Filter)
			if b, ok := f.(query.BoostableQuery); ok {
				b.SetBoost(0)
			}
			bq.AddMust(f)
		}
		if q.Must != nil {
			bq.AddMust(bleveQuery(q.Must))
		}
		if len(q.Should) > 0 {
			bq.AddShould(bleveQueries(q.Should)...)
		}
		return bq
	case index.IDs:
		ids := make([]string, 0, len(q.Facts)+len(q.Articles))
		ids = append(ids, q.Facts...)
		for _, a := range q.Articles {
			ids = append(ids, articleDocID(a))
		}
		return bleve.NewDocIDQuery(ids)
	}
	return bleve.NewMatchNoneQuery()
}

func bleveQueries(qs []index.Query) []query.Query {
	out := make([]query.Query, len(qs))
	for i, q := range qs {
		out[i] = bleveQuery(q)
	}
	return out
}

func boost(b float64) float64 {
	if b == 0 {
		return 1
	}
	return b
}

func factOf(f map[string]any) index.FactAnswer {
	value, _ := f[fValue].(float64)
	src := sourceOf(f)
	fa := index.FactAnswer{
		Fact: corpus.Fact{
			Kind:      corpus.Kind(str(f[fKind])),
			Value:     value,
			Unit:      str(f[fUnit]),
			Qualifier: corpus.Qualifier(str(f[fQualifier])),
			Text:      str(f[fText]),
			Companies: strs(f[fCompanies]),
			Market:    str(f[fMarket]),
			Sentence:  str(f[fSentence]),
			Period:    corpus.Period(str(f[fPeriod])),
			Region:    str(f[fRegion]),
			Measurer:  str(f[fMeasurer]),
			ArticleID: src.ArticleID,
		},
		Sources: []index.Source{src},
	}
	decodeDetail(str(f[fDetail]), &fa.Fact)
	return fa
}

func sourceOf(f map[string]any) index.Source {
	s := index.Source{
		ArticleID:   str(f[fArticle]),
		Title:       str(f[fTitle]),
		Path:        str(f[fPath]),
		URL:         str(f[fURL]),
		Publication: str(f[fPublication]),
	}
	if p := str(f[fPublished]); p != "" {
		if t, err := time.Parse(time.RFC3339, p); err == nil {
			s.Published = t
		}
	}
	return s
}

// str reads a stored field; bleve returns a field stored with several values
// as a slice, and this takes the first.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return ""
}

func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []string:
		return x
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			out = append(out, str(e))
		}
		return out
	}
	return nil
}
