package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/dealbot/dealbot/corpus"
)

// DefaultLimit is how many facts and articles an answer lists by default.
const DefaultLimit = 5

// candidates is how many facts and articles are read from bleve before
// ranking; ranking needs more than it shows because bleve's score is only
// one of its keys.
const candidates = 200

// Index is an open dealbot index. It is safe for concurrent use.
type Index struct {
	b     bleve.Index
	path  string
	gen   string // the generation directory; empty in memory
	close sync.Once
	err   error
}

// Path is where the index lives: a directory, or "(memory)".
func (ix *Index) Path() string { return ix.path }

// Generation is the generation directory being read; empty for an index in
// memory.
func (ix *Index) Generation() string { return ix.gen }

// Close releases the index. Closing twice is harmless: bleve itself panics
// on a second close.
func (ix *Index) Close() error {
	ix.close.Do(func() { ix.err = ix.b.Close() })
	return ix.err
}

// Ask answers a query with up to DefaultLimit facts and articles. See AskN.
func (ix *Index) Ask(ctx context.Context, text string) (Answer, error) {
	return ix.AskN(ctx, text, DefaultLimit)
}

// AskN answers a query with up to limit facts and limit articles.
//
// Facts about every company asked for come first, then facts of the kind
// asked for, then the more relevant (by the query's words in the fact's
// sentence and in its article), then the more recent. A figure reported by
// several articles is one fact with all of them as sources.
//
// It returns ErrEmptyQuery or ErrQueryTooLong (wrapped) for queries it
// cannot take, and a wrapped error when the index cannot be searched. A
// query that matches nothing is an Answer with no facts and no articles, not
// an error.
func (ix *Index) AskN(ctx context.Context, text string, limit int) (Answer, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	q, err := Understand(text)
	if err != nil {
		return Answer{}, err
	}
	ans := Answer{Query: text, Companies: q.Companies, Kind: q.Kind}

	arts, total, err := ix.searchArticles(ctx, q, limit)
	if err != nil {
		return Answer{}, err
	}
	ans.Articles = arts
	ans.MoreArticles = max(0, total-len(arts))

	var steer map[string]float64
	if len(q.Steering) > 0 {
		if steer, err = ix.steeringRelevance(ctx, q.Steering); err != nil {
			return Answer{}, err
		}
	}
	facts, err := ix.searchFacts(ctx, q, steer)
	if err != nil {
		return Answer{}, err
	}
	ans.Facts = facts[:min(limit, len(facts))]
	return ans, nil
}

// search runs a request and wraps failures for the person reading the error.
func (ix *Index) search(ctx context.Context, q query.Query, size int, fields []string) (*bleve.SearchResult, error) {
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.Fields = fields
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("searching the index at %s: %w", ix.path, err)
	}
	return res, nil
}

var sourceFields = []string{fArticle, fTitle, fPath, fURL, fSource, fPublished}

func (ix *Index) searchArticles(ctx context.Context, q Question, limit int) ([]ArticleHit, int, error) {
	words := strings.Join(q.Words, " ")
	var anyOf []query.Query
	if words != "" {
		anyOf = append(anyOf, match(fTitle, words, 2), match(fBody, words, 1))
	}
	if len(q.Steering) > 0 {
		anyOf = append(anyOf, match(fDateline, strings.Join(q.Steering, " "), 1))
	}
	for _, c := range q.Companies {
		anyOf = append(anyOf, term(fMentions, strings.ToLower(c), 3))
	}
	res, err := ix.search(ctx, bleve.NewDisjunctionQuery(anyOf...), limit, sourceFields)
	if err != nil {
		return nil, 0, err
	}
	hits := make([]ArticleHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		hits = append(hits, ArticleHit{Source: sourceOf(h.Fields), Score: h.Score})
	}
	return hits, int(res.Total), nil
}

// steeringRelevance scores articles by the words of a question that name
// neither a company nor a kind, normalised so the best article scores 1.
func (ix *Index) steeringRelevance(ctx context.Context, steering []string) (map[string]float64, error) {
	words := strings.Join(steering, " ")
	q := bleve.NewDisjunctionQuery(match(fTitle, words, 2), match(fBody, words, 1), match(fDateline, words, 1))
	res, err := ix.search(ctx, q, candidates, []string{fArticle})
	if err != nil {
		return nil, err
	}
	rel := make(map[string]float64, len(res.Hits))
	for _, h := range res.Hits {
		if res.MaxScore > 0 {
			rel[str(h.Fields[fArticle])] = h.Score / res.MaxScore
		}
	}
	return rel, nil
}

// rankedFact is a fact with the keys it is ranked by.
type rankedFact struct {
	FactAnswer
	all   bool // about every company asked for
	kind  bool // of the kind asked for
	score float64
}

func (ix *Index) searchFacts(ctx context.Context, q Question, steer map[string]float64) ([]FactAnswer, error) {
	var must query.Query
	switch {
	case len(q.Companies) > 0:
		var about []query.Query
		for _, c := range q.Companies {
			about = append(about, term(fCompanies, strings.ToLower(c), 1))
		}
		must = bleve.NewDisjunctionQuery(about...)
	case len(q.Steering) > 0:
		// Without a company, a fact must say a steering word itself or come
		// from an article that does; "tesla market share" must not answer
		// with every market share there is.
		anyOf := []query.Query{match(fSentence, strings.Join(q.Steering, " "), 1)}
		var ids []query.Query
		for id := range steer {
			ids = append(ids, term(fArticle, id, 1))
		}
		anyOf = append(anyOf, ids...)
		must = bleve.NewDisjunctionQuery(anyOf...)
	case q.Kind != "":
		must = term(fKind, string(q.Kind), 1)
	default:
		return nil, nil
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(must)
	if len(q.Words) > 0 {
		bq.AddShould(match(fSentence, strings.Join(q.Words, " "), 1))
	}
	fields := append([]string{fKind, fCompanies, fValue, fUnit, fQualifier, fText, fMarket, fSentence}, sourceFields...)
	res, err := ix.search(ctx, bq, candidates, fields)
	if err != nil {
		return nil, err
	}

	ranked := make([]rankedFact, 0, len(res.Hits))
	for _, h := range res.Hits {
		f := factOf(h)
		ranked = append(ranked, rankedFact{
			FactAnswer: f,
			all:        coversAll(f.Companies, q.Companies),
			kind:       q.Kind != "" && f.Kind == q.Kind,
			score:      h.Score + steer[f.ArticleID],
		})
	}
	slices.SortStableFunc(ranked, compareRanked)
	return mergeSame(ranked), nil
}

func compareRanked(a, b rankedFact) int {
	if c := compareBool(a.all, b.all); c != 0 {
		return c
	}
	if c := compareBool(a.kind, b.kind); c != 0 {
		return c
	}
	if c := cmp.Compare(b.score, a.score); c != 0 {
		return c
	}
	return b.Sources[0].Published.Compare(a.Sources[0].Published)
}

// compareBool orders true before false.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	default:
		return 1
	}
}

// mergeSame folds facts that state the same figure about the same companies
// into the best-ranked of them, which gains the others' sources.
func mergeSame(ranked []rankedFact) []FactAnswer {
	var out []FactAnswer
	at := map[string]int{}
	for _, r := range ranked {
		key := sameKey(r.Fact)
		i, seen := at[key]
		if !seen {
			at[key] = len(out)
			out = append(out, r.FactAnswer)
			continue
		}
		if !slices.ContainsFunc(out[i].Sources, func(s Source) bool { return s.ArticleID == r.Sources[0].ArticleID }) {
			out[i].Sources = append(out[i].Sources, r.Sources[0])
		}
	}
	return out
}

func sameKey(f corpus.Fact) string {
	cs := make([]string, len(f.Companies))
	for i, c := range f.Companies {
		cs[i] = strings.ToLower(c)
	}
	slices.Sort(cs)
	return fmt.Sprintf("%s|%g|%s|%s", f.Kind, f.Value, f.Unit, strings.Join(cs, ","))
}

func coversAll(have, want []string) bool {
	if len(want) == 0 {
		return false
	}
	for _, w := range want {
		if !slices.ContainsFunc(have, func(h string) bool { return strings.EqualFold(h, w) }) {
			return false
		}
	}
	return true
}

func factOf(h *search.DocumentMatch) FactAnswer {
	f := h.Fields
	value, _ := f[fValue].(float64)
	src := sourceOf(f)
	return FactAnswer{
		Fact: corpus.Fact{
			Kind:      corpus.Kind(str(f[fKind])),
			Value:     value,
			Unit:      str(f[fUnit]),
			Qualifier: corpus.Qualifier(str(f[fQualifier])),
			Text:      str(f[fText]),
			Companies: strs(f[fCompanies]),
			Market:    str(f[fMarket]),
			Sentence:  str(f[fSentence]),
			ArticleID: src.ArticleID,
		},
		Sources: []Source{src},
	}
}

func sourceOf(f map[string]any) Source {
	s := Source{
		ArticleID:   str(f[fArticle]),
		Title:       str(f[fTitle]),
		Path:        str(f[fPath]),
		URL:         str(f[fURL]),
		Publication: str(f[fSource]),
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
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			out = append(out, str(e))
		}
		return out
	}
	return nil
}

func match(field, text string, boost float64) query.Query {
	m := bleve.NewMatchQuery(text)
	m.SetField(field)
	m.SetBoost(boost)
	return m
}

func term(field, value string, boost float64) query.Query {
	t := bleve.NewTermQuery(value)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}
