package index

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"runtime/debug"
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
// one of its keys. Every candidate costs a stored-document load, the most
// expensive part of answering.
const candidates = 100

// articleSlack is how many articles beyond those shown are read, so that
// articles tying with the last one shown are ordered by ID rather than by
// where bleve keeps them.
const articleSlack = 5

// Index is an open dealbot index. It is safe for concurrent use.
type Index struct {
	b     bleve.Index
	names *names // the companies and organisations questions may name
	path  string
	gen   string // the generation directory; empty in memory
	close sync.Once
	err   error
}

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
	names := ix.names
	if names == nil {
		names = builtinNames
	}
	q, err := understand(text, names, func(w string) bool { return ix.usesWord(ctx, w) })
	if err != nil {
		return Answer{}, err
	}
	ans := Answer{Query: text, Companies: q.Companies, Kind: q.Kind, Guesses: q.Guesses, Ignored: q.Ignored}

	// The articles an answer lists do not depend on its facts: find them
	// meanwhile.
	type articles struct {
		hits  []ArticleHit
		total int
		err   error
	}
	found := make(chan articles, 1)
	go func() {
		// A panic here would end the process: no caller can recover it.
		defer func() {
			if r := recover(); r != nil {
				found <- articles{err: fmt.Errorf("searching articles failed unexpectedly: %v", r)}
			}
		}()
		hits, total, err := ix.searchArticles(ctx, q, limit)
		found <- articles{hits, total, err}
	}()

	var steer map[string]float64
	if len(q.Steering) > 0 {
		if steer, err = ix.steeringRelevance(ctx, q); err != nil {
			<-found
			return Answer{}, err
		}
	}
	ranked, err := ix.searchFacts(ctx, q, steer, limit)
	arts := <-found
	if err != nil {
		return Answer{}, err
	}
	if arts.err != nil {
		return Answer{}, arts.err
	}
	if ans.Facts, err = ix.load(ctx, ranked, arts.hits); err != nil {
		return Answer{}, err
	}
	ans.Articles = arts.hits
	ans.MoreArticles = max(0, arts.total-len(arts.hits))
	return ans, nil
}

// search runs a request and wraps failures for the person reading the error.
//
// bleve reads its segments through memory-mapped files. When a file is
// truncated or rewritten in place under an open index, reading it faults
// (SIGBUS), which would otherwise crash the whole process; here it becomes
// an error wrapping ErrUnavailable. The guard is per goroutine, so every
// search goes through this function. Other panics are left alone.
func (ix *Index) search(ctx context.Context, q query.Query, size int, fields []string) (res *bleve.SearchResult, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, fault := r.(interface{ Addr() uintptr }); !fault {
			panic(r)
		}
		res, err = nil, fmt.Errorf("%w: the files of the index at %s changed under it (%v); run `dealbot index` to rebuild it", ErrUnavailable, ix.path, r)
	}()
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.Fields = fields
	res, err = ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("searching the index at %s: %w", ix.path, err)
	}
	return res, nil
}

// usesWord reports whether any indexed article uses a word, as the
// articles' text is analysed. A word the index cannot be asked about counts
// as used, so that it is never taken for a misspelling on a guess.
func (ix *Index) usesWord(ctx context.Context, w string) bool {
	res, err := ix.search(ctx, bleve.NewDisjunctionQuery(match(fBody, w, 1), match(fTitle, w, 1)), 0, nil)
	return err != nil || res.Total > 0
}

// searchTop returns the n best hits of a query, the same ones in every
// build of the same articles unless more than n-need of them tie at the
// edge.
//
// bleve breaks ties by where documents sit in the index, which depends on
// how a build's batches interleaved, so the hits tying with the last one
// kept may differ from build to build. One more hit is read: when it ties
// with the last, the whole tied group is left out, unless that leaves fewer
// than need hits. Ordering such a group by ID instead would cost a look-up
// of every matching document's ID, tens of milliseconds when thousands of
// facts tie.
func (ix *Index) searchTop(ctx context.Context, q query.Query, n, need int, fields []string) ([]*search.DocumentMatch, uint64, error) {
	res, err := ix.search(ctx, q, n+1, fields)
	if err != nil {
		return nil, 0, err
	}
	hits := res.Hits
	if len(hits) <= n {
		return hits, res.Total, nil
	}
	edge := hits[n].Score
	if hits[n-1].Score != edge {
		return hits[:n], res.Total, nil
	}
	cut := n - 1
	for cut > 0 && hits[cut-1].Score == edge {
		cut--
	}
	if cut >= need {
		return hits[:cut], res.Total, nil
	}
	return hits[:n], res.Total, nil
}

var sourceFields = []string{fArticle, fTitle, fPath, fURL, fPublication, fPublished}

// searchArticles finds the articles that best match the question, with
// only their IDs and scores: load reads the rest. When it
// names companies, only articles that mention one of them are candidates,
// and the question's words rank them; otherwise any word may match.
func (ix *Index) searchArticles(ctx context.Context, q Question, limit int) ([]ArticleHit, int, error) {
	var rank []query.Query
	if words := strings.Join(q.Words, " "); words != "" {
		rank = append(rank, match(fTitle, words, 2), match(fBody, words, 1))
	}
	if len(q.Steering) > 0 {
		rank = append(rank, match(fDateline, strings.Join(q.Steering, " "), 1))
	}
	var find query.Query = bleve.NewDisjunctionQuery(rank...)
	if len(q.Companies) > 0 {
		bq := bleve.NewBooleanQuery()
		bq.AddMust(mentionsAny(q.Companies))
		bq.AddShould(rank...)
		find = bq
	}
	// A few more hits than shown, ordered by ID among equals, make the
	// list the same for every limit.
	found, total, err := ix.searchTop(ctx, find, max(limit, DefaultLimit)+articleSlack, limit, nil)
	if err != nil {
		return nil, 0, err
	}
	slices.SortStableFunc(found, func(a, b *search.DocumentMatch) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	hits := make([]ArticleHit, 0, min(limit, len(found)))
	for _, h := range found[:min(limit, len(found))] {
		hits = append(hits, ArticleHit{Source: Source{ArticleID: strings.TrimPrefix(h.ID, articlePrefix)}, Score: h.Score})
	}
	return hits, int(total), nil
}

// mentionsAny matches articles that name any of the companies, scoring
// those that name more of them higher.
func mentionsAny(companies []string) query.Query {
	terms := make([]query.Query, 0, len(companies))
	for _, c := range companies {
		terms = append(terms, term(fMentions, strings.ToLower(c), 3))
	}
	return bleve.NewDisjunctionQuery(terms...)
}

// steeringRelevance scores articles by the words of a question that name
// neither a company nor a kind, normalised so the best article scores 1.
// Only articles that could hold the answer score: with companies asked for,
// those that mention one of them; without, those that contain every
// steering word, so "how many seats did Zyxwv buy" is not answered with
// somebody else's seats.
func (ix *Index) steeringRelevance(ctx context.Context, q Question) (map[string]float64, error) {
	anyField := func(words string) query.Query {
		return bleve.NewDisjunctionQuery(match(fTitle, words, 2), match(fBody, words, 1), match(fDateline, words, 1))
	}
	var find query.Query
	if len(q.Companies) > 0 {
		find = bleve.NewConjunctionQuery(mentionsAny(q.Companies), anyField(strings.Join(q.Steering, " ")))
	} else {
		each := make([]query.Query, 0, len(q.Steering))
		for _, w := range q.Steering {
			each = append(each, anyField(w))
		}
		find = bleve.NewConjunctionQuery(each...)
	}
	hits, _, err := ix.searchTop(ctx, find, candidates, 1, nil)
	if err != nil {
		return nil, err
	}
	rel := make(map[string]float64, len(hits))
	for _, h := range hits {
		if best := hits[0].Score; best > 0 {
			rel[strings.TrimPrefix(h.ID, articlePrefix)] = h.Score / best
		}
	}
	return rel, nil
}

// rankedFact is a fact with the keys it is ranked by.
type rankedFact struct {
	FactAnswer
	docs  []string // the fact documents behind Sources, in the same order
	ref   factRef  // of docs[0]
	all   bool     // about every company asked for
	kind  bool     // of the kind asked for, or a headline kind when none was
	score float64
}

// Weights of the signals added to bleve's relevance score. bleve's scores
// for a good match run from about 1 to 4, so each of these moves a fact past
// a similar one without overruling a clearly better match.
const (
	// headlineBonus favours the figure an article was written about over
	// background figures it repeats.
	headlineBonus = 0.5
	// corroborationBonus favours a figure several articles report, per
	// doubling of its sources.
	corroborationBonus = 0.5
	// extraCompanyPenalty divides the score by 1 + this per company the
	// fact is about beyond those asked for: a fact about exactly Amazon and
	// Microsoft answers "amazon microsoft" better than a five-party contract.
	extraCompanyPenalty = 0.15
)

// headlineKinds are the kinds people ask dealbot about; when a query names
// no kind, they come before contract lengths, revenue and growth.
func headlineKind(k corpus.Kind) bool {
	return k == corpus.DealValue || k == corpus.Seats || k == corpus.MarketShare
}

// rankFields are the stored fields ranking and merging read. The rest of
// a fact (its sentence, its article's title and link) is loaded afterwards
// for the few facts shown: bleve loads a whole document to return any of its
// fields, and ranking reads many candidates.
var rankFields = []string{fHeadline, fKind, fCompanies, fValue, fUnit, fArticle, fPublished}

// showFields are the stored fields read for the facts an answer shows, from
// the fact's document and from its article's.
var showFields = append([]string{fKind, fCompanies, fValue, fUnit, fQualifier, fText, fMarket, fSentence, fPeriod, fRegion, fMeasurer, fDetail}, sourceFields...)

// enoughFacts is how many facts searchFacts ranks together before it
// stops widening its search. It does not depend on the limit asked for, so
// an answer of three facts is the first three of an answer of ten.
const enoughFacts = DefaultLimit

// searchFacts returns up to limit facts, best first, with what ranking
// read of them: load reads the rest.
//
// It searches with each of factFilters in turn, ranking what each finds,
// until one finds enoughFacts facts. Past that, each wider search only adds
// its new facts after those already ranked, so a longer answer never
// reorders the facts a shorter one shows.
func (ix *Index) searchFacts(ctx context.Context, q Question, steer map[string]float64, limit int) ([]rankedFact, error) {
	var ranked *ranking
	var seen map[string]bool
	for _, filter := range factFilters(q, steer) {
		// The filter only selects; the same should-clauses score in every
		// round, so a fact ranks the same whichever round finds it.
		filter.SetBoost(0)
		bq := bleve.NewBooleanQuery()
		bq.AddMust(filter)
		for _, c := range q.Companies {
			bq.AddShould(term(fCompanies, strings.ToLower(c), 1))
		}
		if len(q.Words) > 0 {
			bq.AddShould(match(fSentence, strings.Join(q.Words, " "), 1))
		}
		if q.Kind != "" {
			// Ranking puts the kind asked for first; scoring it too keeps
			// those facts among the candidates.
			bq.AddShould(term(fKind, string(q.Kind), 2))
		}
		hits, _, err := ix.searchTop(ctx, bq, candidates, candidates/2, rankFields)
		if err != nil {
			return nil, err
		}
		if ranked == nil || len(ranked.facts) < enoughFacts {
			ranked, seen = newRanking(q, steer), map[string]bool{}
		}
		fresh := make([]*search.DocumentMatch, 0, len(hits))
		for _, h := range hits {
			if !seen[h.ID] {
				seen[h.ID] = true
				fresh = append(fresh, h)
			}
		}
		ranked.add(fresh)
		if len(ranked.facts) >= max(limit, enoughFacts) {
			break
		}
	}
	if ranked == nil {
		return nil, nil
	}
	return ranked.facts[:min(limit, len(ranked.facts))], nil
}

// factFilters returns the queries a fact must match to answer q, narrowest
// first; searchFacts tries the next only when one yields too few facts.
// They follow the ranking's first keys (about every company asked for, then
// of the kind asked for), so looking among the narrowest first gives the
// same answer at a fraction of the cost: a single company can have tens of
// thousands of facts.
func factFilters(q Question, steer map[string]float64) []query.BoostableQuery {
	switch {
	case len(q.Companies) > 0:
		about := make([]query.Query, 0, len(q.Companies))
		for _, c := range q.Companies {
			about = append(about, term(fCompanies, strings.ToLower(c), 1))
		}
		// A fact about every party asked for is about each company named
		// and a member of each group named.
		sets := q.partySets()
		every := make([]query.Query, 0, len(sets))
		for _, set := range sets {
			alts := make([]query.Query, 0, len(set))
			for _, c := range set {
				alts = append(alts, term(fCompanies, strings.ToLower(c), 1))
			}
			if len(alts) == 1 {
				every = append(every, alts[0])
			} else {
				every = append(every, bleve.NewDisjunctionQuery(alts...))
			}
		}
		var filters [][]query.Query
		if q.Kind != "" {
			filters = append(filters, append(slices.Clip(every), term(fKind, string(q.Kind), 1)))
		}
		if len(every) > 1 {
			filters = append(filters, every)
		}
		var out []query.BoostableQuery
		for _, f := range filters {
			// When the question's other words pick out articles ("cloud
			// revenue 2022"), the answer is looked for in them first.
			if len(steer) > 0 {
				out = append(out, bleve.NewConjunctionQuery(append(slices.Clip(f), fromArticles(steer))...))
			}
			out = append(out, bleve.NewConjunctionQuery(f...))
		}
		if len(steer) > 0 {
			out = append(out, bleve.NewConjunctionQuery(bleve.NewDisjunctionQuery(about...), fromArticles(steer)))
		}
		out = append(out, bleve.NewDisjunctionQuery(about...))
		if q.steered && len(steer) > 0 {
			// An organisation known from the articles may be no fact's
			// party: the facts of the articles that name it answer too.
			out = append(out, fromArticles(steer))
		}
		return out
	case len(q.Steering) > 0:
		// Without a company, a fact must say every steering word itself or
		// come from an article that does; "tesla market share" must not
		// answer with every market share there is.
		sentence := bleve.NewMatchQuery(strings.Join(q.Steering, " "))
		sentence.SetField(fSentence)
		sentence.SetOperator(query.MatchQueryOperatorAnd)
		return []query.BoostableQuery{bleve.NewDisjunctionQuery(sentence, fromArticles(steer))}
	case q.Kind != "":
		return []query.BoostableQuery{bleve.NewConjunctionQuery(term(fKind, string(q.Kind), 1))}
	default:
		return nil
	}
}

// fromArticles matches the facts of the articles in steer.
func fromArticles(steer map[string]float64) *query.DisjunctionQuery {
	ids := make([]query.Query, 0, len(steer))
	for _, id := range slices.Sorted(maps.Keys(steer)) {
		ids = append(ids, term(fArticle, id, 1))
	}
	return bleve.NewDisjunctionQuery(ids...)
}

// ranking orders candidate facts: see AskN. Facts stating the same figure
// are merged, so corroboration counts.
type ranking struct {
	q     Question
	steer map[string]float64
	facts []rankedFact
	at    map[string]int // merge keys (sameKey, sameFigure in an article) to facts
}

func newRanking(q Question, steer map[string]float64) *ranking {
	return &ranking{q: q, steer: steer, at: map[string]int{}}
}

// add ranks a batch of hits among themselves, after the facts ranked
// before. A hit stating a figure ranked before is left out rather than made
// a further source of it: the facts an answer shows keep the sources they
// had in a shorter answer. Every tie is broken by the facts' documents, so the
// order depends on nothing but the articles and the question.
func (r *ranking) add(hits []*search.DocumentMatch) {
	batch := make([]rankedFact, 0, len(hits))
	for _, h := range hits {
		f := factOf(h.Fields)
		score := h.Score + r.steer[f.ArticleID]
		if headline, _ := h.Fields[fHeadline].(float64); headline == 1 {
			score += headlineBonus
		}
		batch = append(batch, rankedFact{
			FactAnswer: f,
			docs:       []string{h.ID},
			ref:        refOf(h.ID),
			all:        coversAll(f.Companies, r.q.partySets()),
			kind:       f.Kind == r.q.Kind || (r.q.Kind == "" && headlineKind(f.Kind)),
			score:      score,
		})
	}
	slices.SortFunc(batch, func(a, b rankedFact) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return a.ref.compare(b.ref)
	})
	from := len(r.facts)
	for _, f := range batch {
		r.merge(f, from)
	}
	for i := from; i < len(r.facts); i++ {
		f := &r.facts[i]
		f.score += corroborationBonus * math.Log2(float64(len(f.Sources)))
		f.score /= 1 + extraCompanyPenalty*float64(extraCompanies(f.Companies, r.q.Companies))
	}
	slices.SortFunc(r.facts[from:], compareRanked)
}

// merge folds a fact that states the same figure about the same companies
// as one already ranked into it, as a further source when that fact is of
// the batch that starts at from; otherwise it appends it.
func (r *ranking) merge(f rankedFact, from int) {
	// Within one article the same figure twice is one fact even when its
	// sentences name different companies: a headline and the body restating
	// it.
	key, inArticle := sameKey(f.Fact), sameFigure(f.Fact)+"|"+f.ArticleID
	i, seen := r.at[key]
	if !seen {
		i, seen = r.at[inArticle]
	}
	if !seen {
		r.at[key], r.at[inArticle] = len(r.facts), len(r.facts)
		r.facts = append(r.facts, f)
		return
	}
	r.at[key], r.at[inArticle] = i, i
	if i < from {
		return
	}
	src := f.Sources[0]
	if !slices.ContainsFunc(r.facts[i].Sources, func(s Source) bool { return s.ArticleID == src.ArticleID }) {
		r.facts[i].Sources = append(r.facts[i].Sources, src)
		r.facts[i].docs = append(r.facts[i].docs, f.docs[0])
	}
}

// factRef is where a fact document comes from: its article and its place
// among the article's facts. It orders facts that tie on everything else
// the same way in every build of the same articles.
type factRef struct {
	article string
	n       int
}

// refOf reads a fact document's ID, "f:ARTICLE:N".
func refOf(docID string) factRef {
	rest := strings.TrimPrefix(docID, factPrefix)
	i := strings.LastIndexByte(rest, ':')
	if i < 0 {
		return factRef{article: rest}
	}
	n, _ := strconv.Atoi(rest[i+1:])
	return factRef{article: rest[:i], n: n}
}

// compare puts the fact stated earlier in its article first, as the one
// more likely to be the news; then orders by article.
func (a factRef) compare(b factRef) int {
	if c := cmp.Compare(a.n, b.n); c != 0 {
		return c
	}
	return strings.Compare(a.article, b.article)
}

// load reads what an answer shows of each ranked fact and its sources, and
// of the articles it lists: the facts' documents and the articles', in one
// request. It fills in the articles' sources.
func (ix *Index) load(ctx context.Context, ranked []rankedFact, articles []ArticleHit) ([]FactAnswer, error) {
	var ids []string
	for _, r := range ranked {
		ids = append(ids, r.docs...)
		for _, s := range r.Sources {
			ids = append(ids, articleDocID(s.ArticleID))
		}
	}
	for _, h := range articles {
		ids = append(ids, articleDocID(h.ArticleID))
	}
	if len(ids) == 0 {
		return nil, nil
	}
	res, err := ix.search(ctx, bleve.NewDocIDQuery(ids), len(ids), showFields)
	if err != nil {
		return nil, err
	}
	fields := make(map[string]map[string]any, len(res.Hits))
	for _, h := range res.Hits {
		fields[h.ID] = h.Fields
	}
	out := make([]FactAnswer, 0, len(ranked))
	for _, r := range ranked {
		f := factOf(fields[r.docs[0]])
		f.Sources = f.Sources[:0]
		for _, s := range r.Sources {
			f.Sources = append(f.Sources, sourceOf(fields[articleDocID(s.ArticleID)]))
		}
		out = append(out, f)
	}
	for i := range articles {
		articles[i].Source = sourceOf(fields[articleDocID(articles[i].ArticleID)])
	}
	return out, nil
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
	if c := newest(b.Sources).Compare(newest(a.Sources)); c != 0 {
		return c
	}
	return a.ref.compare(b.ref)
}

func newest(sources []Source) time.Time {
	var t time.Time
	for _, s := range sources {
		if s.Published.After(t) {
			t = s.Published
		}
	}
	return t
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

// extraCompanies counts the companies of a fact that the query did not ask
// about.
func extraCompanies(have, asked []string) int {
	n := 0
	for _, h := range have {
		if !slices.ContainsFunc(asked, func(a string) bool { return strings.EqualFold(a, h) }) {
			n++
		}
	}
	return n
}

// sameKey identifies a figure about a set of companies, whichever article
// states it.
func sameKey(f corpus.Fact) string {
	cs := make([]string, len(f.Companies))
	for i, c := range f.Companies {
		cs[i] = strings.ToLower(c)
	}
	slices.Sort(cs)
	return sameFigure(f) + "|" + strings.Join(cs, ",")
}

func sameFigure(f corpus.Fact) string {
	return fmt.Sprintf("%s|%g|%s", f.Kind, f.Value, f.Unit)
}

// coversAll reports whether a fact's companies hold one of each set of
// parties asked for.
func coversAll(have []string, want [][]string) bool {
	if len(want) == 0 {
		return false
	}
	for _, set := range want {
		if !slices.ContainsFunc(have, func(h string) bool {
			return slices.ContainsFunc(set, func(w string) bool { return strings.EqualFold(h, w) })
		}) {
			return false
		}
	}
	return true
}

func factOf(f map[string]any) FactAnswer {
	value, _ := f[fValue].(float64)
	src := sourceOf(f)
	fa := FactAnswer{
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
		Sources: []Source{src},
	}
	decodeDetail(str(f[fDetail]), &fa.Fact)
	return fa
}

func sourceOf(f map[string]any) Source {
	s := Source{
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
