package index

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// DefaultLimit is how many facts and articles an answer lists by default.
const DefaultLimit = 5

// candidates is how many facts and articles are read from the engine
// before ranking; ranking needs more than it shows because the engine's
// score is only one of its keys. Every candidate costs a stored-document
// load, the most expensive part of answering.
const candidates = 100

// Index answers questions from one Engine: it understands a question, asks
// the engine for candidate facts and articles, and ranks them into an
// Answer. It is safe for concurrent use.
type Index struct {
	e Engine
	// x read the articles: questions and coverage name its companies.
	x *extract.Extractor
	// names are the companies and organisations questions may name.
	names *names
	words *detailWords
	close sync.Once
	err   error
}

// New returns an Index answering from e, whose articles x read: questions
// name the companies x knows and the organisations e holds, and coverage
// counts the companies x knows. It panics when x is nil (see
// needExtractor). The Index owns e: closing the Index closes it.
func New(e Engine, x *extract.Extractor) *Index {
	needExtractor("New", x)
	return &Index{e: e, x: x, names: newNames(x, e.Organisations()), words: newDetailWords()}
}

// Outdated reports whether the index's articles were read by another
// extractor than ix's: one of an earlier or later dealbot, whose rules or
// knowledge differ, so the facts on file are not those this dealbot would
// find. Answers still come, from the facts on file; `dealbot index`
// rebuilds them.
func (ix *Index) Outdated() bool { return ix.e.ExtractorFingerprint() != ix.x.Fingerprint() }

// Understand reads a query as AskN does: knowing the companies and research
// firms of the extractor ix was made with, the organisations its articles
// name, and which words its articles use (a word they use is never taken
// for a misspelled company). It returns ErrEmptyQuery or ErrQueryTooLong
// (wrapped) for queries it cannot take.
func (ix *Index) Understand(ctx context.Context, text string) (Question, error) {
	return understand(text, ix.names, func(w string) bool { return ix.usesWord(ctx, w) })
}

// needExtractor panics when x is nil. New, OpenLive and Understand panic
// rather than fail: no question can be read without the companies of an
// extractor, and a nil one is a mistake of the wiring, not of the input.
func needExtractor(fn string, x *extract.Extractor) {
	if x == nil {
		panic("index: " + fn + " needs the extractor the articles were read with, got nil")
	}
}

// Close releases the index and its engine. Closing twice is harmless.
func (ix *Index) Close() error {
	ix.close.Do(func() { ix.err = ix.e.Close() })
	return ix.err
}

// Ask answers a query with up to DefaultLimit facts and articles. See AskN.
func (ix *Index) Ask(ctx context.Context, text string) (Answer, error) {
	return ix.AskN(ctx, text, DefaultLimit)
}

// AskN answers a query with up to limit facts and limit articles.
//
// Facts of the kind asked for come first, then those about every company
// asked for, then those for the very quarter, half or month asked for,
// then those narrowed the most by the question's other words in
// their article or their own details, then the amount per period or the
// total asked for, live deals before cancelled ones,
// then those narrowed by the other words in their own details, then the
// news before a deal told as what came before it and a deal whole before
// its parts ("Of the total, $662 million is for Chile"), then those
// for a period as long as the one asked for, then as names in their own
// sentence, then in
// the order asked for (of one date, the first figure is the smaller and no
// running total), then with those words beside the figure, then the news
// before background, then with more of the question's rarer words in
// the figure's own sentence, then the more relevant (by the query's words in the
// fact's sentence and in its article), then the more recent. A figure
// reported by several articles is one fact with all of them as sources,
// even when one of them leaves out the deal's year or one of its parties,
// unless each reports it as its news long apart ("a further $4 billion");
// a rounded figure, or a conversion, is one with the precise figure its
// article gives.
//
// It returns ErrEmptyQuery or ErrQueryTooLong (wrapped) for queries it
// cannot take, and a wrapped error when the index cannot be searched. A
// query that matches nothing is an Answer with no facts and no articles, not
// an error.
func (ix *Index) AskN(ctx context.Context, text string, limit int) (Answer, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	q, err := ix.Understand(ctx, text)
	if err != nil {
		return Answer{}, err
	}
	if q.View == ViewCompare || q.View == ViewTimeline {
		// A comparison or a timeline is read whole: every period, every deal.
		limit = max(limit, viewLimit)
	}
	ans := Answer{Query: text, Companies: q.Companies, Kind: q.Kind, View: q.View, Order: q.Order, Steering: q.Steering, Guesses: q.Guesses, Ignored: q.Ignored}

	// The articles an answer lists do not depend on its facts: find them
	// meanwhile.
	type articles struct {
		hits  []ArticleHit
		total int
		err   error
	}
	found := make(chan articles, 1)
	// A failure below ends the answer: the articles' search stops with it
	// rather than running on to a result no one reads.
	searchCtx, stopSearch := context.WithCancel(ctx)
	defer stopSearch()
	// The search takes its own copy of the question: what the facts'
	// search adds to q below is not the articles' business.
	go func(q Question) {
		// A panic here would end the process: no caller can recover it.
		defer func() {
			if r := recover(); r != nil {
				found <- articles{err: fmt.Errorf("searching articles failed unexpectedly: %v", r)}
			}
		}()
		hits, total, err := ix.searchArticles(searchCtx, q, limit)
		found <- articles{hits, total, err}
	}(q)

	if len(q.fromArticles) > 0 {
		if q.namedIn, err = ix.namedIn(ctx, q); err != nil {
			stopSearch()
			<-found
			return Answer{}, err
		}
	}
	for maker, words := range q.productWords {
		if _, looked := q.namedIn[maker]; looked {
			continue
		}
		ids, err := ix.articlesSaying(ctx, words)
		if err != nil {
			stopSearch()
			<-found
			return Answer{}, err
		}
		if q.namedIn == nil {
			q.namedIn = map[string]map[string]bool{}
		}
		q.namedIn[maker] = ids
	}
	var steer map[string]float64
	if len(q.Steering) > 0 {
		if ans.Unmatched, q.says, q.narrows, err = ix.unmatched(ctx, q); err == nil {
			for i, w := range q.Steering {
				if slices.Contains(ans.Unmatched, w) {
					q.unsaid = q.unsaid.with(i)
				}
			}
			steer, err = ix.steeringRelevance(ctx, q)
		}
		if err != nil {
			stopSearch()
			<-found
			return Answer{}, err
		}
	}
	res, err := ix.searchFacts(ctx, q, steer, limit)
	if err == nil && len(res.facts) == 0 && slices.ContainsFunc(q.Companies, q.unlooked) {
		// No fact names the companies asked for: an article naming them
		// may still hold the deal with no fact carrying them as a party
		// ("angola national cloud presight", where Angola's government is
		// the party and Presight only the article's), so the facts of
		// the articles naming them answer, as for an organisation known
		// only from the articles. Only an empty answer pays for it.
		before := q.namedIn
		if q.namedIn, err = ix.namedInAll(ctx, q); err == nil {
			res, err = ix.searchFacts(ctx, q, steer, limit)
		}
		for _, c := range q.Companies {
			if _, was := before[c]; !was && len(q.namedIn[c]) > 0 && len(res.facts) > 0 {
				ans.MentionedOnly = append(ans.MentionedOnly, c)
			}
		}
	}
	if err != nil {
		stopSearch()
	}
	arts := <-found
	if err != nil {
		return Answer{}, err
	}
	if arts.err != nil {
		return Answer{}, arts.err
	}
	ans.Facts, ans.Found, ans.Widened = res.facts, res.found, res.widened
	ans.Articles = arts.hits
	ans.MoreArticles = max(0, arts.total-len(arts.hits))
	return ans, nil
}

// viewLimit is how many facts a comparison or a timeline reads.
const viewLimit = 40

// usesWord reports whether any indexed article uses a word, as the
// articles' text is analysed. A word the index cannot be asked about counts
// as used, so that it is never taken for a misspelling on a guess.
func (ix *Index) usesWord(ctx context.Context, w string) bool {
	res, err := ix.e.Search(ctx, Request{Query: AnyOf{Match{Field: FieldBody, Text: w, Boost: 1}, Match{Field: FieldTitle, Text: w, Boost: 1}}})
	return err != nil || res.Total > 0
}

// searchArticles finds the articles that best match the question. When it
// names companies, only articles that mention one of them are candidates,
// and the question's words rank them; otherwise any word may match.
func (ix *Index) searchArticles(ctx context.Context, q Question, limit int) ([]ArticleHit, int, error) {
	var rank []Query
	if words := strings.Join(q.Words, " "); words != "" {
		rank = append(rank, Match{Field: FieldTitle, Text: words, Boost: 2}, Match{Field: FieldBody, Text: words, Boost: 1})
	}
	if len(q.Steering) > 0 {
		rank = append(rank, Match{Field: FieldDateline, Text: strings.Join(q.Steering, " "), Boost: 1})
	}
	var find Query = AnyOf(rank)
	if len(q.Companies) > 0 {
		find = Boolean{Must: q.mentionsAny(), Should: rank}
	}
	// An engine may break equal scores by where a build put the
	// documents, so a few more are read and ties among them ordered by
	// ID: two builds of the same articles then list them alike. (Sorting
	// the search itself by ID reads every matching document's ID, which
	// costs far more.)
	read := limit + articleSlack
	res, err := ix.e.Search(ctx, Request{Query: find, Size: read, Read: ReadArticle})
	if err != nil {
		return nil, 0, err
	}
	slices.SortStableFunc(res.Hits, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.ID, b.ID))
	})
	shown := res.Hits[:min(limit, len(res.Hits))]
	if len(res.Hits) == read && len(shown) > 0 && res.Total > read {
		// The articles tied with the last one read may go on past it, and
		// which of them the engine read depends on the build: when that
		// group reaches into those shown, it is left out of them (it
		// counts among the more articles), unless it is all there is.
		last := res.Hits[read-1].Score
		if shown[len(shown)-1].Score == last {
			if cut := slices.IndexFunc(shown, func(h Hit) bool { return h.Score == last }); cut > 0 {
				shown = shown[:cut]
			}
		}
	}
	hits := make([]ArticleHit, 0, len(shown))
	for _, h := range shown {
		hits = append(hits, ArticleHit{Source: h.Source, Score: h.Score})
	}
	return hits, res.Total, nil
}

// articleSlack is how many articles beyond those shown are read, so that
// articles tying with the last one shown are ordered by ID rather than by
// where the engine keeps them; a tied group longer than that is left out.
const articleSlack = 5

// best runs r for its n best hits, the same whichever build of the same
// articles the engine holds. Which of a group tied in score at the edge an
// engine returns may depend on how a build's batches interleaved, so the
// group is left out. Only when every hit read ties is there nothing left:
// then the newest of them (by date, then ID: an order every build agrees
// on) are read in a second search. It returns the hits and the best score
// of any.
func (ix *Index) best(ctx context.Context, r Request, n int) ([]Hit, float64, error) {
	r.Size = n + 1
	res, err := ix.e.Search(ctx, r)
	if err != nil {
		return nil, 0, err
	}
	if len(res.Hits) <= n {
		return res.Hits, res.MaxScore, nil
	}
	edge := res.Hits[n].Score
	cut := n
	for cut > 0 && res.Hits[cut-1].Score == edge {
		cut--
	}
	if cut > 0 {
		return res.Hits[:cut], res.MaxScore, nil
	}
	r.Sort, r.Size = NewestFirst, n
	newest, err := ix.e.Search(ctx, r)
	if err != nil {
		return nil, 0, err
	}
	return newest.Hits, res.MaxScore, nil
}

// namedIn finds the articles that name each organisation q knows only
// from the articles (see mentions), up to
// candidates of them each, leaving out a group tied at the edge so that
// two builds agree.
func (ix *Index) namedIn(ctx context.Context, q Question) (map[string]map[string]bool, error) {
	out := make(map[string]map[string]bool, len(q.fromArticles))
	for _, c := range q.fromArticles {
		ids, err := ix.articlesNaming(ctx, q, c)
		if err != nil {
			return nil, err
		}
		out[c] = ids
	}
	return out, nil
}

// articlesNaming returns the IDs of the best articles that mention
// company c, up to candidates of them.
func (ix *Index) articlesNaming(ctx context.Context, q Question, c string) (map[string]bool, error) {
	return ix.bestIDs(ctx, q.mentions(c, 1))
}

// bestIDs returns the IDs of the best articles for query, up to candidates
// of them.
func (ix *Index) bestIDs(ctx context.Context, query Query) (map[string]bool, error) {
	hits, _, err := ix.best(ctx, Request{Query: query}, candidates)
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, len(hits))
	for _, h := range hits {
		ids[h.ID] = true
	}
	return ids, nil
}

// articlesSaying returns the IDs of the best articles whose title or text
// says one of words, up to candidates of them: those naming a product the
// question names its maker by.
func (ix *Index) articlesSaying(ctx context.Context, words []string) (map[string]bool, error) {
	any := AnyOf{}
	for _, w := range words {
		any = append(any, Match{Field: FieldTitle, Text: w, Boost: 1}, Match{Field: FieldBody, Text: w, Boost: 1})
	}
	return ix.bestIDs(ctx, any)
}

// unlooked reports a company asked for, not a place, whose articles
// namedIn has not looked for: see namedInAll.
func (q Question) unlooked(c string) bool {
	_, looked := q.namedIn[c]
	return !looked && !slices.Contains(q.places, c)
}

// namedInAll is namedIn for every company q names that is not a place,
// each found by the articles that mention it.
func (ix *Index) namedInAll(ctx context.Context, q Question) (map[string]map[string]bool, error) {
	out := maps.Clone(q.namedIn)
	if out == nil {
		out = make(map[string]map[string]bool, len(q.Companies))
	}
	for _, c := range q.Companies {
		if !q.unlooked(c) {
			continue
		}
		ids, err := ix.articlesNaming(ctx, q, c)
		if err != nil {
			return nil, err
		}
		out[c] = ids
	}
	return out, nil
}

// about matches the facts about company c: those naming it, and for an
// organisation known only from the articles' text, those of the articles
// naming it. A country is not widened so: "microsoft uk" must not answer
// with every deal of an article that mentions the UK; a fact naming
// Microsoft in such an article still counts as about both in ranking. Only
// a question naming nothing but places widens them (see onlyPlaces).
func (q Question) about(c string) Query {
	var named Query = Term{Field: FieldCompanies, Value: strings.ToLower(c), Boost: 1}
	if as := q.aliases[c]; len(as) > 0 {
		// "github" names Microsoft, but a fact may name GitHub itself.
		any := AnyOf{named}
		for _, a := range as {
			any = append(any, Term{Field: FieldCompanies, Value: a, Boost: 1})
		}
		named = any
	}
	if g := q.governments[c]; g != "" {
		// "uk aws contracts": the UK government's contracts are the
		// country's.
		named = AnyOf{named, Term{Field: FieldCompanies, Value: g, Boost: 1}}
	}
	if ids := q.namedIn[c]; len(ids) > 0 && (!slices.Contains(q.places, c) || q.onlyPlaces()) {
		named = AnyOf{named, fromArticles(ids)}
	}
	return named
}

// otherSegment reports a market share of another segment than the one
// the question names: the question and the share's market put different
// words before the same one ("desktop cpu" and "server CPU"), and the
// fact's sentence does not say the question's. "amd server cpu share" is
// not of another segment than "x86 server": the question puts nothing of
// its own before "server".
func (q Question) otherSegment(f corpus.Fact) bool {
	if f.Kind != corpus.MarketShare || f.Market == "" {
		return false
	}
	market := tokenize(f.Market)
	var said []string
	for j := 1; j < len(market); j++ {
		k := slices.IndexFunc(q.Words, func(w string) bool { return sameWord(w, market[j]) })
		if k < 1 {
			continue
		}
		asked := q.Words[k-1]
		if sameWord(asked, market[j-1]) || !slices.Contains(q.Steering, asked) {
			continue
		}
		if said == nil {
			said = tokenize(f.Sentence)
		}
		if !slices.ContainsFunc(said, func(t string) bool { return sameWord(t, asked) }) {
			return true
		}
	}
	return false
}

// otherProduct reports a market share whose sentence gives it to another
// product of the company than the one the question names it by: "azure
// market share" asks for Azure's share, not the one "Microsoft's Copilot"
// holds of chatbot traffic. A question naming the company by its own name
// asks for no product, and a sentence that names the product asked for
// ("Microsoft's Azure") is of it.
func (q Question) otherProduct(f corpus.Fact) bool {
	return q.productsAsked().otherProduct(f)
}

// productsAsked are the products a question names companies by, each
// as the words of the alias left once the company's own are taken out,
// with the last word of the company owning it.
type productsAsked struct {
	asked  [][]string
	owners []string
	// extended is true when a name the question gives a company is the
	// company's own name with words added ("nhs wales", "google cloud"),
	// not another name for it ("aws"): the words added narrow.
	extended bool
}

// productsAsked returns the products the question names companies by,
// worked out once for all the facts rank weighs rather than for each.
func (q Question) productsAsked() productsAsked {
	var p productsAsked
	for c, as := range q.aliases {
		own := tokenize(c)
		for _, a := range as {
			// Of "microsoft azure", "azure" names the product; of
			// "rentokil", which only shortens Rentokil Initial, nothing
			// does. A name of no letters or digits ("&") has no word to
			// own a product by.
			if run := slices.DeleteFunc(strings.Fields(a), func(t string) bool { return slices.Contains(own, t) }); len(run) > 0 && len(own) > 0 {
				p.asked = append(p.asked, run)
				p.owners = append(p.owners, own[len(own)-1])
				p.extended = p.extended || len(run) < len(strings.Fields(a))
			}
		}
	}
	return p
}

// otherProduct is Question.otherProduct for the products p it names.
func (p productsAsked) otherProduct(f corpus.Fact) bool {
	if f.Kind != corpus.MarketShare || len(p.asked) == 0 || f.Sentence == "" {
		return false
	}
	asked, owners := p.asked, p.owners
	tokens := tokenize(f.Sentence)
	if slices.ContainsFunc(asked, func(run []string) bool { return containsRun(tokens, run) }) {
		return false
	}
	words := strings.Fields(f.Sentence)
	for i := 0; i+1 < len(words); i++ {
		owner, ok := possessive(words[i])
		if !ok || !slices.Contains(owners, strings.ToLower(owner)) {
			continue
		}
		next := words[i+1]
		// "Microsoft's Q2 share" names a quarter, not a product.
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) && !isPeriodWord(strings.ToLower(strings.TrimRight(next, ",.;:"))) {
			return true
		}
	}
	return false
}

// sayIn reports a fact whose sentence or companies say one of the
// products p names, whatever the kind of fact: "nhs wales" is NHS Wales's
// deal, "github copilot seats" GitHub's.
func (p productsAsked) sayIn(f corpus.Fact) bool {
	// A share's product is otherProduct's to weigh: "google cloud share"
	// names the market as much as the company.
	if !p.extended || f.Kind == corpus.MarketShare {
		return false
	}
	says := func(text string) bool {
		tokens := tokenize(text)
		return slices.ContainsFunc(p.asked, func(run []string) bool { return containsRun(tokens, run) })
	}
	return says(f.Sentence) || slices.ContainsFunc(f.Companies, says)
}

// possessive returns the name a word makes possessive ("Microsoft" of
// "Microsoft's"), and whether it does.
func possessive(w string) (string, bool) {
	for _, s := range []string{"'s", "’s"} {
		if n, ok := strings.CutSuffix(w, s); ok && n != "" {
			return n, true
		}
	}
	return "", false
}

// containsRun reports whether run appears in tokens as consecutive tokens.
func containsRun(tokens, run []string) bool {
	if len(run) == 0 {
		return false
	}
	for i := 0; i+len(run) <= len(tokens); i++ {
		if slices.Equal(tokens[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// onlyPlaces reports a question whose every company is a country or a
// region ("kazakhstan chatgpt edu teachers"): with nobody else to name,
// the articles naming the place answer, though their facts credit a
// ministry or nobody.
func (q Question) onlyPlaces() bool {
	return len(q.places) == len(q.Companies)
}

// coversAll reports whether f is about every company q asks for; see about.
// A company that measured a share is one the share is about: "openai
// share of enterprise llm spend a16z" names the investor whose survey
// gives OpenAI's share, not a holder of one.
func (q Question) coversAll(f corpus.Fact) bool {
	if len(q.Companies) == 0 {
		return false
	}
	for _, w := range q.Companies {
		if !slices.ContainsFunc(f.Companies, func(h string) bool { return q.names(w, h) }) && !q.namedIn[w][f.ArticleID] && !q.measured(w, f) {
			return false
		}
	}
	return true
}

// measured reports whether company c asked for is the research firm that
// measured f, a share, by any name the question gave it.
func (q Question) measured(c string, f corpus.Fact) bool {
	return f.Kind == corpus.MarketShare && f.Measurer != "" && q.names(c, f.Measurer)
}

// names reports whether a fact's company h is the company c asked for, by
// its name or by the other name the question gave it.
func (q Question) names(c, h string) bool {
	return strings.EqualFold(h, c) || slices.ContainsFunc(q.aliases[c], func(a string) bool { return strings.EqualFold(a, h) }) ||
		q.governments[c] != "" && strings.EqualFold(q.governments[c], h)
}

// namesEach reports a fact each of whose companies the question named:
// "amazon microsoft google share" asks for what the three hold together.
func (q Question) namesEach(f corpus.Fact) bool {
	for _, h := range f.Companies {
		if !slices.ContainsFunc(q.Companies, func(c string) bool { return q.names(c, h) }) {
			return false
		}
	}
	return len(f.Companies) > 0
}

// paysIn reports a fact in which the company the question says paid is
// the paying side: buyer, investor or customer.
func (q Question) paysIn(f corpus.Fact) bool {
	for _, p := range f.Parties {
		if p.Role.Pays() && slices.ContainsFunc(q.payer, func(c string) bool { return q.names(c, p.Name) }) {
			return true
		}
	}
	return false
}

// paidIn reports a fact in which the company the question says was paid
// (see Question.payee) is on the paid side: the startup that raised, the
// company sold.
func (q Question) paidIn(f corpus.Fact) bool {
	for _, p := range f.Parties {
		if p.Role.Paid() && slices.ContainsFunc(q.payee, func(c string) bool { return q.names(c, p.Name) }) {
			return true
		}
	}
	return false
}

// namesOtherSide reports, for a question asking who paid the company it
// names or whom that company paid ("who invested in xai", "who did
// microsoft buy"), a fact naming a party on the other side of the deal
// that the question did not name: the round with its investors says who,
// the running total raised from nobody named does not.
func (q Question) namesOtherSide(f corpus.Fact) bool {
	if !q.who || len(q.payer) == 0 && len(q.payee) == 0 {
		return false
	}
	// The company asked about must be on its side of this deal: a
	// contract xAI sells into names customers, not its investors.
	payee := len(q.payee) > 0
	if payee && !q.paidIn(f) || !payee && !q.paysIn(f) {
		return false
	}
	for _, p := range f.Parties {
		if slices.ContainsFunc(q.Companies, func(c string) bool { return q.names(c, p.Name) }) {
			continue
		}
		if payee && p.Role.Pays() || !payee && p.Role.Paid() {
			return true
		}
	}
	return false
}

// namesAll reports a fact whose own companies include every company
// asked for, at least two: the question is about that deal itself.
func (q Question) namesAll(f corpus.Fact) bool {
	if len(q.Companies) < 2 {
		return false
	}
	for _, w := range q.Companies {
		if !slices.ContainsFunc(f.Companies, func(h string) bool { return q.names(w, h) }) {
			return false
		}
	}
	return true
}

// mentionsAny matches articles that name any of the companies asked for,
// scoring those that name more of them higher.
func (q Question) mentionsAny() Query {
	terms := make(AnyOf, 0, len(q.Companies))
	for _, c := range q.Companies {
		terms = append(terms, q.mentions(c, 3))
	}
	return terms
}

// mentions matches the articles that name company c. An organisation
// known only from the articles' text was recognised where some article
// introduced it ("Telstra, Australia's largest telco"), not in every
// article that names it ("Telstra to buy 21,000 Copilot licences"): an
// article whose text holds its name, or the short name the question gave
// it ("jedi"), names it too. Only a name of one word is looked for so: the
// words of a longer one may stand apart ("at home and in the office" is
// not the Home Office), and the index keeps no word positions to tell.
// A country is named by its government too ("The Malaysian government
// will give 445,000 public officers ..."), as about reads it.
func (q Question) mentions(c string, boost float64) Query {
	var named Query = Term{Field: FieldMentions, Value: strings.ToLower(c), Boost: boost}
	if g := q.governments[c]; g != "" {
		// "malaysia gemini public officers" is answered by an article
		// that says only "the Malaysian government".
		named = AnyOf{named, Term{Field: FieldMentions, Value: g, Boost: boost}}
	}
	if words := q.productWords[c]; len(words) > 0 {
		// "gemini users": an article saying "Gemini" is Google's, whether
		// or not it names Google.
		any := AnyOf{named}
		for _, w := range words {
			any = append(any, Match{Field: FieldTitle, Text: w, Boost: boost}, Match{Field: FieldBody, Text: w, Boost: boost})
		}
		return any
	}
	if !slices.Contains(q.fromArticles, c) {
		return named
	}
	any := AnyOf{named}
	for _, n := range append([]string{c}, q.aliases[c]...) {
		if !strings.ContainsFunc(n, unicode.IsSpace) {
			any = append(any, Match{Field: FieldTitle, Text: n, Boost: boost}, Match{Field: FieldBody, Text: n, Boost: boost})
		}
	}
	return any
}

// steeringRelevance scores articles by the words of a question that name
// neither a company nor a kind, normalised so the best article scores 1.
// Only articles that could hold the answer score: with companies asked for,
// those that mention one of them; without, those that contain every
// steering word, so "how many seats did Zyxwv buy" is not answered with
// somebody else's seats.
func (ix *Index) steeringRelevance(ctx context.Context, q Question) (map[string]float64, error) {
	anyField := func(words string) Query {
		return AnyOf{Match{Field: FieldTitle, Text: words, Boost: 2}, Match{Field: FieldBody, Text: words, Boost: 1}, Match{Field: FieldDateline, Text: words, Boost: 1}}
	}
	var find Query
	var most Query // without companies, every word said but one
	if len(q.Companies) > 0 {
		find = AllOf{q.mentionsAny(), anyField(steeringWords(q.Steering))}
	} else {
		said := q.said()
		if len(said) == 0 {
			return nil, nil
		}
		each := make(AllOf, 0, len(said))
		for _, w := range said {
			each = append(each, anyField(steeringText(w)))
		}
		find = each
		if len(each) >= minLeaveOne {
			// A question's word the right article puts otherwise
			// ("providers" for "players") must not leave it unanswered.
			var alts AnyOf
			for i := range each {
				alts = append(alts, append(slices.Clip(each[:i]), each[i+1:]...))
			}
			most = alts
		}
	}
	hits, maxScore, err := ix.best(ctx, Request{Query: find}, candidates)
	if err == nil && len(hits) == 0 && most != nil {
		hits, maxScore, err = ix.best(ctx, Request{Query: most}, candidates)
	}
	if err != nil {
		return nil, err
	}
	rel := make(map[string]float64, len(hits))
	for _, h := range hits {
		if maxScore > 0 {
			rel[h.ID] = h.Score / maxScore
		}
	}
	return rel, nil
}

// minLeaveOne is the fewest words a question naming no company must say
// for an article saying all but one of them to answer it: of two words,
// one is too little to go on.
const minLeaveOne = 3

// said returns the Steering words some article says.
func (q Question) said() []string {
	out := make([]string, 0, len(q.Steering))
	for i, w := range q.Steering {
		if q.unsaid&(1<<i) == 0 {
			out = append(out, w)
		}
	}
	return out
}

// steeringWords joins steering words for a match query, each in every
// spelling.
func steeringWords(words []string) string {
	texts := make([]string, len(words))
	for i, w := range words {
		texts[i] = steeringText(w)
	}
	return strings.Join(texts, " ")
}

// unmatched returns the steering words of q that no article matches (among
// those mentioning a company asked for, when it names any), so an answer can
// say what it could not find instead of silently dropping it; which of the
// words each article says, counting only words that narrow; and which words
// narrow.
func (ix *Index) unmatched(ctx context.Context, q Question) ([]string, map[string]wordSet, wordSet, error) {
	var out []string
	var narrows wordSet
	says := map[string]wordSet{}
	for i, w := range q.Steering {
		t := steeringText(w)
		var find Query = AnyOf{Match{Field: FieldTitle, Text: t, Boost: 1}, Match{Field: FieldBody, Text: t, Boost: 1}, Match{Field: FieldDateline, Text: t, Boost: 1}}
		if len(q.Companies) > 0 {
			find = AllOf{q.mentionsAny(), find}
		}
		res, err := ix.e.Search(ctx, Request{Query: find, Size: narrowing})
		if err != nil {
			return nil, nil, 0, err
		}
		if res.Total == 0 {
			out = append(out, w)
		}
		if res.Total <= narrowing {
			narrows = narrows.with(i)
			for _, h := range res.Hits {
				says[h.ID] = says[h.ID].with(i)
			}
		}
	}
	return out, says, narrows, nil
}

// narrowing is the most articles a steering word may be in and still
// narrow an answer by the articles that say it. A word more articles say
// picks out little, and every article counted costs a read of its ID.
const narrowing = 20

// rankedFact is a fact with the keys it is ranked by.
type rankedFact struct {
	FactAnswer
	docs []string // the fact documents behind Sources, in the same order
	all  bool     // about every company asked for
	// quoted is a figure the question quotes ("microsoft g42 1.5bn").
	quoted bool
	// shared is a figure several companies hold together when the
	// question did not ask for one: background to each one's own. A
	// comparison sets each company's share beside the others', so there
	// it is background even when the question names every holder. When
	// the question asks for a share held together, one company's own
	// share is the background.
	shared bool
	kind   bool // of the kind asked for, or a headline kind when none was, or what was paid for licences counted (see licenceBought)
	// aliased is a fact whose sentence or companies say the words the
	// name the question gives a company adds to the company's own
	// ("wales" of "nhs wales" for the NHS): see productsAsked.sayIn.
	aliased bool
	// exact is of the very kind asked for: a licence purchase answers
	// "harrow microsoft licences" when nothing counts Harrow's licences,
	// not before a count of them.
	exact bool
	score float64
	order Order
	// implied is an order the question did not ask for (shares newest
	// first): a figure its words stand beside comes before it.
	implied bool
	live    bool      // not cancelled, blocked or lost, or that status was asked for
	named   bool      // its own companies are every company asked for, not only its article's
	fits    int       // steering words the fact's own details match: period, firm, region, status
	near    int       // steering words said next to the fact's figure in its sentence
	said    int       // steering words the fact's own sentence writes as names
	says    int       // steering words the fact answers: its article says them or its own details match them
	past    bool      // a deal for a period over before its article appeared, or a running total: background, not the news
	when    time.Time // the end of the period the figure is for, else its newest source's date
	// measure grades how well the figure is the measure the question
	// asks for: an amount per the period it names, or a total (see
	// measureOf).
	measure int
	// span is a figure for a period as long as the one the question
	// names: "2021" asks for the year's share before a quarter's.
	span bool
	// period is a figure for the very quarter, half or month the question
	// names with its year, or for a month of the quarter it names: "q4
	// 2024" is not answered by the third quarter's share, whatever else
	// the figure's details match, and is by a monthly tracker's November.
	period bool
	// was is a figure its sentence gives as what it was before the news
	// ("fell from 21.1% to 18.4%", "up from 38.1%"), or a seat count
	// it says then grew or was cut to another ("scaled to 20,000"), in
	// every sentence that gives it, when the question asks neither what
	// it was nor for its very period.
	was bool
	// elsewhere is a market share measured in a country or region the
	// question does not name: "amazon cloud share in 2021" asks for the
	// world's share, not Korea's, which a question names when it wants it.
	elsewhere bool
	// told is a deal value its sentence tells as earlier than
	// the news it reports ("follows last week's $1bn plan", "had bought
	// QTS for $10bn"), in every sentence that gives it, when the question
	// asks neither what was before nor for the first: see toldBefore.
	told bool
	// part is a deal value its sentence gives as a part of a bigger one
	// ("Of the total, $662 million is for Chile", "including $1,725 for
	// licences"), or as the sum due in one year of several ("$50 million
	// in 2025 and $80 million in 2026") when the question names no
	// period, in every sentence that gives it, unless its sentence says
	// it is for a place or a company the question names; or, when the question asks
	// for a part ("how much of"), a deal value given as no part: see
	// partOf and instalment.
	part bool
	// worded counts the steering words that narrow the answer which the
	// fact's own sentence says, in the stretch that holds its figure:
	// see sentenceWords.
	worded int
	// spelled is a figure its sentence calls what the question's order
	// word asks for, beside the figure ("its latest round", "an initial
	// $100B"): see orderSpellings.
	spelled bool
	// offMarket is a share of a market the question names only in part
	// ("desktop browser" for "browser"): see Question.offMarket.
	offMarket bool
	// otherProduct is a share some sentence giving it credits to
	// another product of the company than the question names it by
	// ("Microsoft's Copilot" for "azure"): see Question.otherProduct.
	otherProduct bool
	// otherSegment is a share some sentence giving it says is of
	// another segment than the question names ("server CPU" for "desktop
	// cpu"): see Question.otherSegment.
	otherSegment bool
	// segment grades a market share by the segment of its market its
	// sentence gives it for, against those the question names: see
	// segmentFit.
	segment int
	// tells is a deal naming the party a "who" question asks for: see
	// Question.namesOtherSide.
	tells bool
	// running is a running total the question did not ask for ("lifts
	// the total it has raised to $1.3 billion"): background to the money
	// it adds up.
	running bool
	// headline is a figure from its article's title, which rounds
	// ("$8B contract" for the $7.6 billion the text gives).
	headline bool
	// retold is a headline figure the title spells as a body sentence
	// gives it, no fact read from the title: it rounds nothing.
	retold bool
	// mentioned is a fact about every company asked for, or one whose
	// article names those it is not about: see Index.mentionedAll.
	mentioned bool
	// alone is a fact about none but the companies the question names:
	// "microsoft saudi arabia investment" asks for Microsoft's own
	// pledge before the sum it makes with Oracle's.
	alone bool
	// placed counts the places the question names that the fact's
	// sentence says beside its figure, less its other companies said
	// there: see Question.placesBeside.
	placed int
	// news is when its article was published when the figure is undated
	// news of its own, in its article's title; zero otherwise. Two such
	// reports of one amount long apart are two deals ("a further $4
	// billion"), however alike: see newsOf.
	news time.Time
}

// Weights of the signals added to the engine's relevance score. They are
// tuned to bleve's scores, which for a good match run from about 1 to 4, so
// each moves a fact past a similar one without overruling a clearly better
// match; an engine scoring on another scale needs them retuned.
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

// licenceBought reports a question whose kind, seats, only its word for
// licences says ("harrow microsoft licences"): a deal selling the
// licences of the companies it names answers it before a count of some
// other buyer's, as a licence is both a seat and a thing bought.
func licenceBought(q Question) bool {
	return q.Kind == corpus.Seats && slices.ContainsFunc(q.intentWords, func(w string) bool { return licenceWords[w] })
}

// headlineKinds are the kinds people ask dealbot about; when a query names
// no kind, they come before contract lengths, revenue and growth.
func headlineKind(k corpus.Kind) bool {
	return k == corpus.DealValue || k == corpus.Seats || k == corpus.MarketShare
}

// factResult is what searchFacts found.
type factResult struct {
	facts   []FactAnswer
	found   []Count
	widened bool // steering words picked articles, but the facts come from others
}

// enoughFacts is how many facts a round of searchFacts must rank for the
// search to stop widening. It does not depend on the limit asked for, so an
// answer of three facts is the first three of an answer of ten, and "Show
// all" lists the same candidates the answer was drawn from.
const enoughFacts = 10

// searchFacts returns up to limit facts, best first, with counts of all it
// found. When the question's steering words pick out articles, the facts
// are taken from those articles only; it widens to the companies' other
// facts when those articles hold none, or none about every company asked
// for, and says so when the best fact is from another article.
func (ix *Index) searchFacts(ctx context.Context, q Question, steer map[string]float64, limit int) (factResult, error) {
	var ranked []rankedFact
	var out factResult
	// Only the engine's score picks the candidates: breaking its ties by
	// document ID as well made Ask two to five times slower with bleve, as
	// every hit's ID is then read. Ties among the candidates are broken by
	// document ID in ranking instead.
	sortBy := ByScore
	switch q.Order {
	case Newest:
		sortBy = NewestFirst
	case Oldest:
		sortBy = OldestFirst
	}
	// Each round keeps what the narrower ones found: a wider round's
	// candidates, read by date, need not hold them.
	var found []Hit
	seen := map[string]bool{}
	filters := factFilters(q, steer)
	for i := 0; i < len(filters); i++ {
		f := filters[i]
		if !f.steered && len(steer) > 0 && len(ranked) > 0 {
			// The articles the other words pick out answered, but maybe
			// not about every company asked for: a fact that is, from
			// another article, ranks first ("google anthropic additional
			// investment" when only an Amazon article says "additional").
			if best := ranked[0]; !f.all || (best.kind && best.all) {
				break
			}
		}
		// The filter only selects; the same should-clauses score in every
		// round, so a fact ranks the same whichever round finds it.
		bq := Boolean{Filter: f.q}
		for _, c := range q.Companies {
			bq.Should = append(bq.Should, Term{Field: FieldCompanies, Value: strings.ToLower(c), Boost: 1})
		}
		if len(q.Words) > 0 {
			bq.Should = append(bq.Should, Match{Field: FieldSentence, Text: strings.Join(q.Words, " "), Boost: 1})
		}
		if q.Kind != "" {
			// Ranking puts the kind asked for first; scoring it too keeps
			// those facts among the candidates.
			bq.Should = append(bq.Should, Term{Field: FieldKind, Value: string(q.Kind), Boost: 2})
		}
		req := Request{Query: bq, Sort: sortBy, Read: ReadRanking}
		var hits []Hit
		var err error
		if sortBy == ByScore {
			hits, _, err = ix.best(ctx, req, candidates)
		} else {
			// By date, ties go by score and then by ID: every build
			// agrees.
			req.Size = candidates
			var res Result
			res, err = ix.e.Search(ctx, req)
			hits = res.Hits
		}
		if err != nil {
			return factResult{}, err
		}
		for _, h := range hits {
			if !seen[h.ID] {
				seen[h.ID] = true
				found = append(found, h)
			}
		}
		ranked = rank(q, found, steer, ix.words)
		// Widened when the best fact is not from the articles the other
		// words pick out.
		out.widened = len(steer) > 0 && len(ranked) > 0 && !inSteer(steer, ranked[0].ArticleID)
		if !f.first && answering(ranked, f.all) >= enoughFacts && (len(steer) == 0 || f.steered) && (!f.kind || ranked[0].kind) {
			// Facts about only some of the companies asked for, from the
			// articles the other words pick, do not end the search while
			// none is about them all: "how much is softbank paying openai
			// annually" asks for the deal between the two, which no
			// article the word "annually" picks holds. One more round,
			// the first over every article of facts about them all, finds
			// it; the rounds between would cost time and add nothing.
			if f.steered && len(q.Companies) > 1 && !ranked[0].all {
				if j := slices.IndexFunc(filters[i+1:], func(g filter) bool { return !g.steered && g.all }); j >= 0 {
					filters = filters[:i+j+2]
					i += j
					continue
				}
			}
			break
		}
	}
	out.widened = out.widened && len(ranked) > 0
	if len(ranked) > 0 && !ranked[0].all {
		if err := ix.mentionedAll(ctx, q, ranked); err != nil {
			return factResult{}, err
		}
	}
	out.found = countRanked(ranked)
	facts, err := ix.loadFacts(ctx, ranked[:min(limit, len(ranked))])
	out.facts = facts
	return out, err
}

// mentionedAll marks the ranked facts about only some of the companies
// asked for whose articles name the others, and ranks them again: when no
// fact is about every company, "openai gsa chatgpt enterprise seats" is
// answered by the seats OpenAI sold the US government in the article
// naming the GSA, before another customer's. A market share is never so
// marked: it is one company's, and the share its article sets beside
// another company's is no nearer the question than a newer one.
func (ix *Index) mentionedAll(ctx context.Context, q Question, ranked []rankedFact) error {
	if len(q.Companies) < 2 {
		return nil
	}
	var ids []string
	seen := make(map[string]bool)
	for _, r := range ranked {
		// A share is one company's whatever others its article names:
		// "aws azure share" asks for the newest of each, not an older
		// one from an article naming both.
		if !r.all && r.Kind != corpus.MarketShare && !seen[r.ArticleID] {
			seen[r.ArticleID] = true
			ids = append(ids, r.ArticleID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	naming := make(map[string]map[string]bool, len(q.Companies))
	for _, c := range q.Companies {
		res, err := ix.e.Search(ctx, Request{Query: AllOf{IDs{Articles: ids}, q.mentions(c, 1)}, Size: len(ids)})
		if err != nil {
			return err
		}
		naming[c] = make(map[string]bool, len(res.Hits))
		for _, h := range res.Hits {
			naming[c][h.ID] = true
		}
	}
	for i := range ranked {
		r := &ranked[i]
		r.mentioned = r.all || r.Kind != corpus.MarketShare && !slices.ContainsFunc(q.Companies, func(c string) bool {
			return !naming[c][r.ArticleID] && !slices.ContainsFunc(r.Companies, func(h string) bool { return q.names(c, h) })
		})
	}
	slices.SortStableFunc(ranked, compareRanked)
	return nil
}

// inSteer reports an article among those the question's other words pick
// out, whatever its weight there.
func inSteer(steer map[string]float64, id string) bool {
	_, ok := steer[id]
	return ok
}

// answering counts the ranked facts a round can stop on. A round among
// facts naming every company asked for does not count figures held
// together with companies not asked for: a share the three leaders hold
// together names Amazon and Microsoft but answers neither's share, and
// enough of those must not end the search before their own are found.
func answering(ranked []rankedFact, all bool) int {
	if !all {
		return len(ranked)
	}
	n := 0
	for _, r := range ranked {
		if !r.shared {
			n++
		}
	}
	return n
}

// countRanked counts ranked facts by kind and by whether they are about
// every company asked for, most first.
func countRanked(ranked []rankedFact) []Count {
	var out []Count
	for _, r := range ranked {
		i := slices.IndexFunc(out, func(c Count) bool { return c.Kind == r.Kind && c.AboutAll == r.all })
		if i < 0 {
			out = append(out, Count{Kind: r.Kind, AboutAll: r.all})
			i = len(out) - 1
		}
		out[i].N++
	}
	return out
}

// filter is one round of searchFacts: the query a fact must match, and
// whether it keeps to the articles the steering words pick out.
type filter struct {
	q       Query
	steered bool
	all     bool // only facts about every company asked for match
	kind    bool // only facts of the kind asked for match
	// first is a round that only makes sure of some candidates: the
	// search goes on after it however many it found.
	first bool
}

// factFilters returns the queries a fact must match to answer q, narrowest
// first; searchFacts tries the next only when one yields too few facts.
// They follow the ranking's first keys (of the kind asked for, then about
// every company asked for), so looking among the narrowest first gives the
// same answer at a fraction of the cost: a single company can have tens of
// thousands of facts. When the question's other words pick out articles
// ("cloud revenue 2022"), every filter is first tried within them.
func factFilters(q Question, steer map[string]float64) []filter {
	// plain are the filters before steering, each with whether it keeps
	// to facts about every company asked for.
	var plain []filter
	kind := func() Query { return Term{Field: FieldKind, Value: string(q.Kind), Boost: 1} }
	switch {
	case len(q.Companies) > 0:
		about := make([]Query, 0, len(q.Companies))
		for _, c := range q.Companies {
			about = append(about, q.about(c))
		}
		anyOf := func() Query { return AnyOf(about) }
		all := func() Query { return AllOf(about) }
		one := len(about) == 1 // any of one company is all of them
		if q.View == ViewCompare || q.View == ViewLatest {
			// A comparison and the latest deals are about any of the
			// companies, never all of them at once.
			plain = append(plain, filter{q: AllOf{anyOf(), kind()}, kind: true})
			break
		}
		if q.Kind != "" {
			plain = append(plain, filter{q: AllOf{all(), kind()}, all: true, kind: true})
			if q.View == ViewTimeline && len(about) > 1 {
				// A timeline of two companies is their deals together.
				break
			}
			if len(about) > 1 {
				plain = append(plain, filter{q: AllOf{anyOf(), kind()}, kind: true})
			}
		}
		if q.View == ViewTimeline {
			break
		}
		if len(about) > 1 {
			plain = append(plain, filter{q: all(), all: true})
		}
		plain = append(plain, filter{q: anyOf(), all: one})
	case len(q.Steering) > 0:
		// Without a company, a fact must say every steering word itself or
		// come from an article that does; "tesla market share" must not
		// answer with every market share there is.
		said := q.said()
		if len(said) == 0 {
			return nil
		}
		sentence := Match{Field: FieldSentence, Text: steeringWords(said), All: true}
		var find Query = AnyOf{sentence, fromArticles(steer)}
		if q.Kind != "" && q.View != ViewAnswer {
			find = AllOf{find, kind()}
		}
		return []filter{{q: AllOf{find}, steered: true}}
	case q.Kind != "":
		return []filter{{q: AllOf{kind()}}}
	default:
		return nil
	}
	var out []filter
	if len(steer) > bestSteered && len(plain) > 0 {
		// The articles that say the most of the question may hold few
		// facts that score well with the engine ("asd aws top secret
		// cloud": the directorate's $2bn sentence says only "cloud"):
		// their facts about any company asked for are candidates before
		// the facts of a hundred articles that say "cloud" compete.
		widest := plain[len(plain)-1]
		var best Query = fromArticles(topSteered(steer, bestSteered))
		if p := askedPeriod(q.Steering); p != "" {
			// So are the facts for the period asked for, wherever
			// their article ranks: of a hundred articles saying "cloud
			// q2 2022", the one giving Amazon's share for that quarter
			// may say the words less often than others.
			best = AnyOf{best, Term{Field: FieldPeriod, Value: strings.ToLower(string(p)), Boost: 1}}
		}
		out = append(out, filter{q: AllOf{widest.q, best}, steered: true, all: widest.all, kind: widest.kind, first: true})
	}
	if len(steer) > 0 {
		for _, f := range plain {
			out = append(out, filter{q: AllOf{f.q, fromArticles(steer)}, steered: true, all: f.all, kind: f.kind})
		}
	}
	for _, f := range plain {
		out = append(out, filter{q: AllOf{f.q}, all: f.all, kind: f.kind})
	}
	return out
}

// bestSteered is how many of the articles the question's other words pick
// out have all their facts about the companies asked for read first.
const bestSteered = 5

// topSteered returns the n articles of steer that say the most of the
// question, ties broken by ID so every build agrees.
func topSteered(steer map[string]float64, n int) map[string]float64 {
	ids := slices.Sorted(maps.Keys(steer))
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Compare(steer[b], steer[a]) })
	out := make(map[string]float64, n)
	for _, id := range ids[:min(n, len(ids))] {
		out[id] = steer[id]
	}
	return out
}

// fromArticles matches the facts of the articles in steer.
func fromArticles[V any](steer map[string]V) Query {
	ids := make(AnyOf, 0, len(steer))
	// In the same order every time: an engine may add up the scores of
	// the clauses a document matches in their order, and floating point
	// sums in another order can differ in their last digit.
	for _, id := range slices.Sorted(maps.Keys(steer)) {
		ids = append(ids, Term{Field: FieldArticle, Value: id, Boost: 1})
	}
	return ids
}

// rank orders candidate facts: see AskN. Facts stating the same figure are
// merged first, so corroboration counts. words are what questions call
// facts' details.
func rank(q Question, found []Hit, steer map[string]float64, words *detailWords) []rankedFact {
	ranked := make([]rankedFact, 0, len(found))
	together := asksTogether(q)
	bought := licenceBought(q)
	asked := askedSpan(q.Steering)
	within := askedPeriod(q.Steering)
	// A span is the question's only of a year it names: "amazon india
	// pledge by 2030" is not answered by the plan an article dates to
	// 2023 before one it leaves undated.
	var years []int
	for _, w := range q.Steering {
		if isYear(w) {
			y, _ := strconv.Atoi(w)
			years = append(years, y)
		}
	}
	askedTotal := words.asksTotal(q.Steering) || q.cumulative
	// A question naming no period nor rate asks for a deal whole, not
	// the sum due in one year of it.
	schedule := len(years) == 0 && within == "" && asked == "" && q.rate == ""
	// "palantir's existing ice contracts" asks for what the news is set
	// beside, as "previous" and "first" do; "harvey series a" names the
	// round it asks for, which its article may tell as what came before
	// ("earlier this year it raised $21m in a series A round").
	askedBefore := q.earlier || q.Order == Oldest || q.round != "" || slices.ContainsFunc(q.Steering, func(w string) bool { return heldWords[w] })
	products := q.productsAsked()
	segments := segmentsAsked(q.Steering)
	var holders []string
	for _, w := range q.intentWords {
		if holderWords[w] {
			holders = append(holders, w)
		}
	}
	for _, c := range found {
		// A group of one party ("European cloud providers held 16%
		// between them") is that party's own figure, about it as any is.
		f := c.Fact
		score := c.Score + steer[f.ArticleID]
		if c.Headline {
			score += headlineBonus
		}
		ranked = append(ranked, rankedFact{
			FactAnswer: f,
			docs:       []string{c.ID},
			all:        q.coversAll(f.Fact) && (!f.Group() || together || len(f.Companies) == 1),
			shared:     f.Group() && !together && (q.View == ViewCompare || !q.namesEach(f.Fact)) || soloShare(q, together, f.Fact),
			kind:       f.Kind == q.Kind || (q.Kind == "" && headlineKind(f.Kind)) || bought && f.Kind == corpus.DealValue && f.DealType == corpus.DealLicencePurchase,
			exact:      f.Kind == q.Kind || q.Kind == "",
			score:      score,
			order:      orderOf(q, q.Kind),
			implied:    q.Order == ByRelevance,
			live:       f.Status.Live() || words.asksStatus(q.Steering, f.Status),
			named:      q.namesAll(f.Fact),
			headline:   c.Headline,
			retold:     c.Retold,
		})
		r := &ranked[len(ranked)-1]
		r.mentioned = r.all
		r.quoted = quotes(q.figures, f.Fact)
		if c.Headline && f.Period == "" && len(f.Sources) > 0 && !f.Sources[0].Published.IsZero() {
			r.news = f.Sources[0].Published
		}
		fits := words.fits(q.Steering, f)
		r.fits = fits.count() + words.typeFits(q.intentWords, f.Fact)
		r.span = asked != "" && f.Period.Year() > 0 && spanOf(f.Period) == asked && (len(years) == 0 || slices.Contains(years, f.Period.Year()))
		r.period = within != "" && (f.Period == within || monthOf(f.Period, within))
		r.measure = measureOf(q, askedTotal, f.Fact)
		r.elsewhere = words.elsewhere(q, f.Fact)
		if q.paysIn(f.Fact) || q.paidIn(f.Fact) {
			r.fits++
		}
		r.tells = q.namesOtherSide(f.Fact)
		if q.cumulative && f.Total {
			r.fits++ // "so far" asks for the total as "total" does
		}
		if q.cumulative && f.Status == corpus.StatusCompleted {
			// "how much has amazon invested" asks for money already
			// in, not a plan the same article announces.
			r.fits++
		}
		if q.seeking && f.Status == corpus.StatusInTalks {
			// "how much is xai raising" asks for the round being
			// raised, not one closed before.
			r.fits++
		}
		if f.Group() && q.together {
			r.fits++ // "combined", as a share held together is asked for
		}
		if f.Group() && q.groupSize == len(f.Companies) {
			r.fits++ // "the top four" holding it together
		}
		// A figure's own period or firm answers a word its article need
		// not say: an undated report of "Q2" figures answers "q2 2024".
		// As in its article, a word that narrows nothing ("cloud") is not
		// counted.
		r.says = (q.says[f.ArticleID] | fits&q.narrows).count()
		// A name the fact's details already answer is not counted twice,
		// nor "series" in a sentence about another round than the one
		// asked for.
		other := otherRound(q.Steering, q.round, f.Sentence)
		r.said = (sentenceNames(q.Steering, f.Sentence, q.Companies) &^ fits &^ other).count()
		r.near = (nearFigure(q.Steering, f.Sentence, f.Text) &^ fits &^ other).count()
		// Only words that narrow count: nearly every sentence says
		// "cloud".
		if want := q.narrows &^ fits &^ other; want != 0 {
			r.worded = (sentenceWords(q.Steering, f.Sentence, f.Text) & want).count()
		}
		r.offMarket = q.offMarket(f.Fact)
		r.otherProduct = products.otherProduct(f.Fact)
		r.aliased = products.sayIn(f.Fact)
		r.otherSegment = q.otherSegment(f.Fact)
		if f.Kind == corpus.MarketShare {
			r.segment = segmentFit(segments, f.Sentence, f.Text)
		}
		r.was = wasFigure(f.Sentence, f.Text) || f.Kind == corpus.Seats && grownFrom(f.Sentence, f.Text)
		r.told = f.Kind == corpus.DealValue && !askedBefore && toldBefore(f.Sentence, f.Text)
		if f.Kind == corpus.DealValue {
			// A question asking "how much of" a deal asks for a part
			// before the whole.
			// A part the question names, by a place or company it is
			// for or by its own name beside the figure ("nextdc
			// revolving credit facility" of "$300 million – Revolving
			// Credit Facility"), is what it asks for; two ordinary words
			// beside it ("data centres") do not name it.
			isPart := partOf(f.Sentence, f.Text) || schedule && instalment(f.Sentence, f.Text)
			r.part = isPart != q.part && (q.part || !partNamed(q.Companies, f.Sentence, f.Text) && !partCalled(r.near, r.said))
		}
		r.placed = q.placesBeside(f.Fact)
		if f.Kind == corpus.Seats {
			// Of "21,000 students and 4,000 staff", "staff" asks for
			// the staff's seats.
			r.near += nearFigure(holders, f.Sentence, f.Text).count()
			r.near += (countedWord(q.Steering, f.Sentence, f.Text) &^ fits).count()
		}
		if q.ordered && nearFigure(orderSpellings[q.Order], f.Sentence, f.Text) != 0 {
			// Of "raised $6 billion in its latest round, bringing its
			// total to $12 billion", the latest round is the $6 billion.
			r.near++
			r.spelled = true
		}
	}
	if len(segments) == 0 {
		wholeOnly(ranked)
	}
	// Words added to a company's name that most candidates say narrow
	// nothing: of "alibaba cloud", nearly every figure says "cloud".
	if n := countTrue(ranked, func(r rankedFact) bool { return r.aliased }); 2*n > len(ranked) {
		for i := range ranked {
			ranked[i].aliased = false
		}
	}
	ranked = foldRounded(mergeAcross(mergeSame(ranked)))
	total := words.asksTotal(q.Steering) || q.cumulative
	for i := range ranked {
		r := &ranked[i]
		r.when = periodEnd(r.Period)
		if r.when.IsZero() {
			r.when = newest(r.Sources)
		} else if r.Kind != corpus.MarketShare {
			// A figure dated before its article is background, unless
			// the question asks what it was ("zoom licences before").
			r.past = before(r.when, r.Sources[0].Published) && !q.earlier
			// A deal running "through April 2032" is news of the day it
			// was reported: no figure is newer than its newest article.
			if latest := newest(r.Sources); !latest.IsZero() && latest.Before(r.when) {
				r.when = latest
			}
		}
		// A running total is background to the money it adds ("a
		// further $3bn, bringing its total to $8bn"), unless asked for,
		// and so is what a figure was before the news, unless the
		// question asks what it was or names its very period.
		r.was = r.was && !q.earlier && !r.period
		r.past = r.past || (r.Total && !total) || r.was
		r.running = r.Total && !total
		r.score += corroborationBonus * math.Log2(float64(len(r.Sources)))
		extra := extraCompanies(q, r.Companies)
		// Only among figures about every company asked: a share of
		// Oracle's alone answers "oracle wiz" no better than Google's
		// purchase of Wiz.
		r.alone = extra == 0 && r.all
		r.score /= 1 + extraCompanyPenalty*float64(extra)
	}
	slices.SortStableFunc(ranked, compareRanked)
	return ranked
}

// partCalled reports a part of a deal the question calls by its name:
// two or more of its words beside the figure (near) that the sentence
// writes as a name (said).
func partCalled(near, said int) bool {
	return near >= 2 && said >= 2
}

// placesBeside counts the places the question names that a fact's
// sentence says beside its figure, less the fact's other companies said
// there: of "Oracle would spend $2 billion in Germany and $1 billion in
// the Netherlands", "oracle netherlands" asks for the $1 billion, and of
// a title's "$3 billion in Germany and the Netherlands", "oracle germany"
// asks for the $2 billion said of Germany alone. Before the figure only
// its clause counts, as for nearFigure; after it, the clause up to the
// next figure, so that places listed with "and" stay together.
func (q Question) placesBeside(f corpus.Fact) int {
	if len(q.places) == 0 || len(f.Companies) < 2 {
		return 0
	}
	at := findFigure(f.Sentence, f.Text)
	if at < 0 {
		return 0
	}
	beside := clauseWords(f.Sentence[:at], true)
	for _, t := range tokenize(clauseText(f.Sentence[at+len(f.Text):])) {
		if isDigitByte(t[0]) {
			break
		}
		beside = append(beside, t)
	}
	says := func(name string) bool {
		toks := tokenize(name)
		return len(toks) > 0 && !slices.ContainsFunc(toks, func(t string) bool { return !slices.Contains(beside, t) })
	}
	n := 0
	for _, c := range f.Companies {
		if !says(c) {
			continue
		}
		switch {
		case slices.ContainsFunc(q.places, func(p string) bool { return q.names(p, c) }):
			n++
		case !slices.ContainsFunc(q.Companies, func(w string) bool { return q.names(w, c) }):
			n--
		}
	}
	return n
}

// countTrue counts the ranked facts for which is holds.
func countTrue(ranked []rankedFact, is func(rankedFact) bool) int {
	n := 0
	for _, r := range ranked {
		if is(r) {
			n++
		}
	}
	return n
}

// loadFacts reads what an answer shows of each ranked fact and its sources:
// the facts' documents and their articles', in one request.
func (ix *Index) loadFacts(ctx context.Context, ranked []rankedFact) ([]FactAnswer, error) {
	var ids IDs
	for _, r := range ranked {
		ids.Facts = append(ids.Facts, r.docs...)
		for _, s := range r.Sources {
			ids.Articles = append(ids.Articles, s.ArticleID)
		}
	}
	n := len(ids.Facts) + len(ids.Articles)
	if n == 0 {
		return nil, nil
	}
	res, err := ix.e.Search(ctx, Request{Query: ids, Size: n, Read: ReadShown})
	if err != nil {
		return nil, err
	}
	// Articles are named by a hex digest (corpus.ArticleID) and facts by
	// FactID, which holds a colon, so one map holds both.
	byID := make(map[string]*Hit, len(res.Hits))
	for i := range res.Hits {
		byID[res.Hits[i].ID] = &res.Hits[i]
	}
	var none Hit
	out := make([]FactAnswer, 0, len(ranked))
	for _, r := range ranked {
		f := cmp.Or(byID[r.docs[0]], &none).Fact
		f.ID = r.docs[0]
		f.Sources = f.Sources[:0]
		for _, s := range r.Sources {
			f.Sources = append(f.Sources, cmp.Or(byID[s.ArticleID], &none).Source)
		}
		out = append(out, f)
	}
	return out, nil
}

// compareRanked orders facts: of the kind asked for first (or, of a
// question counting licences, what was paid for them), then about every
// company asked for, then from an article naming those it is not about
// (see Index.mentionedAll), then a company's own figure before one it holds
// together with companies not asked for, then those for the very
// quarter, half or month asked for with its year, then by how many of the
// question's other words the fact's article says or its own details
// match, then of the very kind asked for, then the measure asked for (the amount per the period a
// question names; for "total", the running total, then the whole deal),
// then those whose own companies are every company asked for (a deal
// between them answers even when it fell through), then live deals
// (or those of a status asked for), then a share of the world or of a
// place the question names before one its sentence says is of another
// place, then a share of the segment asked for before one of another
// segment ("server CPU" for "desktop cpu"), then one its sentence calls what the question's order word asks
// for ("its latest round", "an initial $100B"), then by the other words
// its details alone match, then a share its sentence gives for the
// segment asked for ("On the desktop, ...") before one it gives for none,
// and that before one it gives for another segment, or for any when the
// question names none and the article gives the whole market's share
// too, then a deal or seats whose sentence or parties
// say what a question adds to a company's name ("wales" of "nhs wales"),
// then a share of the market the question names
// before one of a segment it does not ("desktop browser"), then a share
// of the product the question names the company by before one its
// sentence credits to another of its products ("Microsoft's Copilot" for
// "azure"), then a deal
// before one its sentence tells as what came before the news ("follows
// last week's $1bn plan"), then those for a period as long as the one asked for (the
// year's figure for "2021", not a quarter's), then, of figures the
// question's words stand beside alike, the money a running total adds up
// before the total not asked for, then by the words its
// sentence writes as names, then in the order the question asked for (market
// shares newest first when it asked for none: an old share is history, but
// not before a share the question's words stand beside or its sentence
// says),
// then by how many of those words stand beside its figure, then the news
// before background deals, then by how many of the question's narrowing
// words its own sentence says, then by relevance, then newest first.
func compareRanked(a, b rankedFact) int {
	if c := compareBool(a.kind, b.kind); c != 0 {
		return c
	}
	if c := compareBool(a.all, b.all); c != 0 {
		return c
	}
	if c := compareBool(a.mentioned, b.mentioned); c != 0 {
		return c
	}
	if c := compareBool(!a.shared, !b.shared); c != 0 {
		return c
	}
	// A figure the question quotes is the one it asks about: "blackstone
	// airtrunk a$24bn" asks about the takeover, not the debt raised since.
	if c := compareBool(a.quoted, b.quoted); c != 0 {
		return c
	}
	// The period asked for comes before what else the question says: a
	// share of another quarter is another figure.
	if c := compareBool(a.period, b.period); c != 0 {
		return c
	}
	// The article that says what the question asks about answers before a
	// deal elsewhere that happens to name exactly the companies asked
	// ("microsoft activision blocked uk" is not Microsoft's UK investment).
	if c := cmp.Compare(b.says, a.says); c != 0 {
		return c
	}
	// Of those, a count of licences before what was paid for them, when
	// the question counts them ("harrow microsoft licences"); but what
	// Harrow paid for its licences answers before another council's count.
	if c := compareBool(a.exact, b.exact); c != 0 {
		return c
	}
	// "each year" asks for the yearly amount and "in total" for the whole
	// deal, whichever companies the figure names.
	if c := cmp.Compare(b.measure, a.measure); c != 0 {
		return c
	}
	// Of those, a deal between the companies asked for answers the
	// question even when it fell through; a live one that names only some
	// of them, its article naming the rest, does not ("intel tower" asks
	// about the takeover Intel dropped, not the factory it builds).
	if c := compareBool(a.named, b.named); c != 0 {
		return c
	}
	if c := compareBool(a.live, b.live); c != 0 {
		return c
	}
	// A question naming no place asks for the world's share: a country's,
	// however well its article matches, answers another question.
	if c := compareBool(!a.elsewhere, !b.elsewhere); c != 0 {
		return c
	}
	// Nor does a share of another segment than the one it names ("server
	// CPU" for "desktop cpu"), however many of its words that matches.
	if c := compareBool(!a.otherSegment, !b.otherSegment); c != 0 {
		return c
	}
	// A figure its own sentence calls the latest or the first, as the
	// question asks, answers before a figure dated later or earlier, or
	// one whose details match more words: a newer article's background
	// figure ("sold X at $33 billion") is not the latest round, nor a
	// venture's whole size ("$500 billion in Stargate") its initial
	// commitment.
	if !a.implied {
		if c := compareBool(a.spelled, b.spelled); c != 0 {
			return c
		}
	}
	// "who invested in xai" is answered by a round naming its investors
	// before a larger sum raised from nobody named.
	if c := compareBool(a.tells, b.tells); c != 0 {
		return c
	}
	if c := cmp.Compare(b.fits, a.fits); c != 0 {
		return c
	}
	// Of shares whose details match as many words, one its sentence
	// gives for the segment asked for ("In desktop chips, AMD's share
	// rose to 36%") answers before one given for no segment ("across all
	// x86 CPUs"), and that before one given for another ("Jio's
	// broadband share" for "jio wireless share"), or for a segment at all
	// when the question names none (see wholeOnly).
	if c := cmp.Compare(b.segment, a.segment); c != 0 {
		return c
	}
	// "nhs wales microsoft deal" asks for the deal NHS Wales made, which
	// the question names the NHS by: a figure whose sentence or parties
	// say Wales answers before the NHS's others, as a word its
	// details matched would.
	if c := compareBool(a.aliased, b.aliased); c != 0 {
		return c
	}
	// Of shares matching as many words, one of the market the question
	// names before one of a segment it does not ("desktop browser").
	if c := compareBool(!a.offMarket, !b.offMarket); c != 0 {
		return c
	}
	// Nor is a share of another of the company's products than the one
	// the question names it by ("microsoft's copilot" for "azure").
	if c := compareBool(!a.otherProduct, !b.otherProduct); c != 0 {
		return c
	}
	// A deal the sentence tells as what came before its news ("follows
	// last week's $1bn plan", "had bought QTS for $10bn") is background:
	// a question naming the companies asks for the news, unless the
	// background fits more of its words.
	if c := compareBool(!a.told, !b.told); c != 0 {
		return c
	}
	// So is a part of a deal its sentence sets beside the whole ("Of the
	// total, $662 million is for Chile"): a question naming the deal asks
	// for the whole, unless the part fits more of its words.
	if c := compareBool(!a.part, !b.part); c != 0 {
		return c
	}
	if c := compareBool(a.span, b.span); c != 0 {
		return c
	}
	// A running total is background to the round the question names,
	// though its sentence names the round too ("the Series C, which lifts
	// the total raised to $1.3 billion"); unless the question's words
	// stand beside it ("a total of $1.8 billion on the three systems").
	// Each fact says alone whether it is such background, so the order
	// stays transitive: a rule weighing two facts' words against each
	// other is not.
	if c := compareBool(!a.backgroundTotal(), !b.backgroundTotal()); c != 0 {
		return c
	}
	if c := cmp.Compare(b.said, a.said); c != 0 {
		return c
	}
	order := a.order // the question's, the same for every fact
	if order != ByRelevance && a.implied {
		// "amd desktop share" asks for the share said to be the
		// desktop's, however old, before the newest share of AMD; but
		// of "its share in servers fell from 7.9% to 6.4%", the words
		// before the old figure are about the new one too.
		if c := compareBool(!a.was, !b.was); c != 0 {
			return c
		}
		if c := cmp.Compare(b.near, a.near); c != 0 {
			return c
		}
		// Nor is it before a share whose own sentence says the
		// question's narrowing words a clause from the figure ("on
		// mobile, ... Samsung Internet (3.33%)"): that older share is of
		// the segment asked for, the newer one of the whole market.
		if c := cmp.Compare(b.worded, a.worded); c != 0 {
			return c
		}
	}
	switch order {
	case Newest:
		if c := b.when.Compare(a.when); c != 0 {
			return c
		}
	case Oldest:
		// An undated figure is not the first one: nothing says when.
		if c := compareBool(!a.when.IsZero(), !b.when.IsZero()); c != 0 {
			return c
		}
		if c := a.when.Compare(b.when); c != 0 {
			return c
		}
		if c := compareFirst(a, b); c != 0 {
			return c
		}
	case Biggest:
		// Of one kind the bigger first; kinds keep one order, so that a
		// question asking for none still ranks transitively.
		if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
			return c
		}
		if c := compareSize(b.Fact, a.Fact); c != 0 {
			return c
		}
	}
	// Of figures alike so far, the one the question's words stand beside;
	// an order asked for ("first") comes before it.
	if c := cmp.Compare(b.near, a.near); c != 0 {
		return c
	}
	if c := compareBool(!a.past, !b.past); c != 0 {
		return c
	}
	// Of figures alike in all else, the one whose own sentence says the
	// question's rarer words ("down payment", "preferential allotment")
	// answers before the engine's score, which a short headline wins on
	// the company's name alone.
	if c := cmp.Compare(b.worded, a.worded); c != 0 {
		return c
	}
	// Of figures alike in all the question says, one about only the
	// companies it names answers before a sum others share in, whatever
	// a headline adds to that sum's score.
	if c := compareBool(a.alone, b.alone); c != 0 {
		return c
	}
	// Of figures one sentence gives for several places, the one said of
	// the place the question names ("oracle netherlands" of "$2 billion
	// in Germany and $1 billion in the Netherlands"), before the score
	// a headline's sum of both wins on.
	if c := cmp.Compare(b.placed, a.placed); c != 0 {
		return c
	}
	if c := cmp.Compare(b.score, a.score); c != 0 {
		return c
	}
	if c := newest(b.Sources).Compare(newest(a.Sources)); c != 0 {
		return c
	}
	// Equal in every way a reader would notice: the document ID decides,
	// so the same question always gets the same answer.
	return strings.Compare(a.docs[0], b.docs[0])
}

// backgroundTotal reports a running total the question did not ask for
// and whose words do not stand beside it: background to the money it adds
// up.
func (r rankedFact) backgroundTotal() bool {
	return r.running && r.near == 0
}

// quotes reports whether f gives one of the figures a question quotes,
// as the question rounds it: "1.5bn" for $1.5 billion, "100k" for
// 100,000 seats, "24bn" for "A$24+ billion", either bound of a range or
// the conversion its article gives; "31%" for a percentage of 30.6 or
// 31.4, not 30.
func quotes(figures []quotedFigure, f corpus.Fact) bool {
	for _, x := range figures {
		if x.percent != (f.Unit == "percent") {
			continue
		}
		for _, v := range []float64{f.Value, f.Range.High, f.Converted.Value} {
			gap := quoteGap * v
			if x.percent {
				gap = 0.5
			}
			if v > 0 && math.Abs(v-x.value) <= gap {
				return true
			}
		}
	}
	return false
}

// quoteGap is how far, relative to an amount, the amount a question
// quotes for it may be: people round "$1.47 billion" to "1.5bn".
const quoteGap = 0.05

// compareFirst orders two figures of one date the earlier first: of one
// kind, a running total after what it adds up, and the smaller first (see
// compareSize), as commitments grow and a ceiling is above what is paid first
// ("began with 3,300 accounts", "widened to 11,000").
func compareFirst(a, b rankedFact) int {
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	if c := compareBool(!a.Total, !b.Total); c != 0 {
		return c
	}
	return compareSize(a.Fact, b.Fact)
}

// compareSize orders two figures by size, the smaller first: of one kind,
// amounts by their worth in dollars at roughly the going rate (so "¥2
// trillion" is smaller than "$15 billion"), those of a currency without a
// rate after them, by currency; and figures of different kinds by kind.
// Each figure has its place, so the order is transitive: comparing values
// only when two figures share a unit is not.
func compareSize(a, b corpus.Fact) int {
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	ra, known := roughDollars[a.Unit]
	rb, knownB := roughDollars[b.Unit]
	if c := compareBool(!known, !knownB); c != 0 {
		return c
	}
	if known {
		return cmp.Compare(a.Value*ra, b.Value*rb)
	}
	return cmp.Or(strings.Compare(a.Unit, b.Unit), cmp.Compare(a.Value, b.Value))
}

// roughDollars is roughly what one unit of each currency is worth in US
// dollars: enough to tell which of two deals is the bigger, never to
// convert a figure shown.
var roughDollars = map[string]float64{
	"USD": 1, "EUR": 1.1, "GBP": 1.3, "CHF": 1.15, "JPY": 0.0068, "CNY": 0.14, "INR": 0.012, "KRW": 0.00072,
	"AUD": 0.66, "CAD": 0.73, "NZD": 0.6, "SGD": 0.75, "HKD": 0.128, "TWD": 0.031, "BRL": 0.18, "MXN": 0.055,
	"SEK": 0.095, "NOK": 0.094, "DKK": 0.147, "PLN": 0.25, "ZAR": 0.055, "NGN": 0.00065, "KES": 0.0077,
	"SAR": 0.27, "AED": 0.27, "QAR": 0.27, "ILS": 0.27, "THB": 0.029, "MYR": 0.22, "IDR": 0.000062,
	"PHP": 0.018, "VND": 0.00004, "PKR": 0.0036, "TRY": 0.03,
}

// orderSpellings are the words an article puts beside a figure to say it
// is the latest, the first or the biggest, as a question's order word asks
// ("latest round", "initial order"). "last" is not one: "last year" is
// not the latest.
var orderSpellings = map[Order][]string{
	Newest:  {"latest", "newest", "recent"},
	Oldest:  {"first", "initial", "initially", "original", "originally", "earliest"},
	Biggest: {"biggest", "largest"},
}

// togetherWords ask for a share companies hold together.
var togetherWords = []string{"combined", "together", "total", "joint", "jointly", "collectively"}

// asksTogether reports whether q asks for what its companies hold together
// ("combined share aws azure google"); otherwise a share held together
// answers none of them alone.
func asksTogether(q Question) bool {
	return q.together || slices.ContainsFunc(q.Steering, func(w string) bool { return slices.Contains(togetherWords, w) })
}

// offMarket reports a market share of a market the question names only in
// part: "chrome browser share" asks for the share of the browser market,
// not of its "desktop browser" segment. A share whose market is unnamed,
// named wholly in the question's words or in none of them is not off the
// market: "chrome share" asks for no market.
func (q Question) offMarket(f corpus.Fact) bool {
	if f.Kind != corpus.MarketShare || f.Market == "" {
		return false
	}
	said, unsaid := false, false
	for _, t := range tokenize(f.Market) {
		if slices.ContainsFunc(q.Words, func(w string) bool { return sameWord(w, t) }) {
			said = true
		} else {
			unsaid = true
		}
	}
	return said && unsaid
}

// soloShare reports one company's share when q asks for a share held
// together: "combined share of the top five" is not any one's.
func soloShare(q Question, together bool, f corpus.Fact) bool {
	return together && q.View != ViewCompare && f.Kind == corpus.MarketShare && !f.Group()
}

// periodEnd is the last day of a period ("2025-Q3" ends on September 30,
// 2025); zero for the zero Period or one it cannot read.
func periodEnd(p corpus.Period) time.Time {
	y := p.Year()
	if y == 0 {
		return time.Time{}
	}
	rest := strings.TrimPrefix(string(p)[4:], "-")
	month := 12
	switch {
	case rest == "":
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		month = 3 * int(rest[1]-'0')
	case len(rest) == 2 && rest[0] == 'H' && rest[1] >= '1' && rest[1] <= '2':
		month = 6 * int(rest[1]-'0')
	default:
		m, err := strconv.Atoi(rest)
		if err != nil || m < 1 || m > 12 {
			return time.Time{}
		}
		month = m
	}
	return time.Date(y, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC)
}

// before reports whether a period that ended at end was over before the
// month ahead of the one an article published at t: "Aligned, which
// raised $12 billion in January" in an October article is background to
// the news, but a deal signed in February and reported early in March is
// the news. An undated article says nothing.
func before(end, t time.Time) bool {
	if t.IsZero() {
		return false
	}
	return end.Before(time.Date(t.Year(), t.Month()-1, 1, 0, 0, 0, 0, time.UTC))
}

// holderWords are the words of a question asking how many seats that say
// who holds them.
var holderWords = setOf("users employees staff workers people personnel")

// askedSpan is how long a period the question's words name: "year" for
// "2021", "quarter" for "q3 2021", "month" for "july 2020"; empty when
// they name none.
func askedSpan(steering []string) string {
	span := ""
	for _, w := range steering {
		switch {
		case quarters[w] != nil:
			return "quarter"
		case w == "h1" || w == "h2":
			return "half"
		case months[w]:
			return "month"
		case isYear(w):
			span = "year"
		}
	}
	return span
}

// askedPeriod is the quarter, half or month the question's words name
// with its year, as a Period ("2024-Q4" for "q4 2024"); empty when they
// name none of them, no year, or more than one year.
func askedPeriod(steering []string) corpus.Period {
	year, part := "", ""
	for _, w := range steering {
		switch {
		case isYear(w):
			if year != "" && year != w {
				return ""
			}
			year = w
		case quarters[w] != nil, halves[w] != nil:
			part = strings.ToUpper(w)
		case months[w]:
			for m := time.January; m <= time.December; m++ {
				if strings.EqualFold(m.String(), w) {
					part = fmt.Sprintf("%02d", int(m))
				}
			}
		}
	}
	if year == "" || part == "" {
		return ""
	}
	return corpus.Period(year + "-" + part)
}

// monthOf reports whether p is a month of quarter q ("2022-08" of
// "2022-Q3"): a monthly tracker's figure for a month of the quarter asked
// for is a figure for that quarter as a reader asks it.
func monthOf(p, q corpus.Period) bool {
	ps, qs := string(p), string(q)
	if len(ps) != 7 || len(qs) != 7 || ps[:5] != qs[:5] || qs[5] != 'Q' || qs[6] < '1' || qs[6] > '4' {
		return false
	}
	m, err := strconv.Atoi(ps[5:])
	if err != nil {
		return false
	}
	return (m-1)/3 == int(qs[6]-'1')
}

// spanOf is how long a period p is, in askedSpan's words.
func spanOf(p corpus.Period) string {
	switch rest := strings.TrimPrefix(string(p)[4:], "-"); {
	case rest == "":
		return "year"
	case rest[0] == 'Q':
		return "quarter"
	case rest[0] == 'H':
		return "half"
	default:
		return "month"
	}
}

// orderOf is the order the facts answering q are ranked in, when it asks
// for facts of kind k: the order it asked for, else market shares newest
// first (an old share is history), and so the money a question asks is
// being raised ("how much is openai trying to raise"): of two rounds in
// talks years apart, the newer is the one under way. A question that says when still gets
// the newest of the figures for that time: its words pick the period's
// figures first ("gartner 2021" asks for that one), and of a year reported
// by quarter, "microsoft cloud share 2025" asks for the latest quarter, not
// the one a headline scores higher. Every fact of one answer is ranked in
// the same order, whatever its own kind: an order for some facts only
// would leave the ranking without a consistent order among three.
func orderOf(q Question, k corpus.Kind) Order {
	if q.Order == ByRelevance && (k == corpus.MarketShare || q.seeking) {
		return Newest
	}
	return q.Order
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

// mergeSame folds facts that state the same figure about the same companies
// into one, which keeps the best score and gains the others' sources, best
// first. Within one article, a figure that is a bound of a range the
// article gives ("up to $2.7bn" in a headline, "$2.2bn to $2.7bn" in the
// text) is that range, shown once with both bounds, and a figure that is
// the conversion another gives ("£1.8bn" in a headline, "2.4 billion
// dollars (£1.8 billion)" in the text) is that figure, shown once as the
// article gives it.
func mergeSame(ranked []rankedFact) []rankedFact {
	slices.SortStableFunc(ranked, func(a, b rankedFact) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return strings.Compare(a.docs[0], b.docs[0])
	})
	deal := newsOf(ranked)
	var out []rankedFact
	at := map[string]int{}
	for n, r := range ranked {
		// Within one article the same figure twice is one fact even when
		// its sentences name different companies: a headline and the body
		// restating it. Not a share: two companies an article gives the
		// same share ("Oracle and Salesforce each had 3%") are two facts.
		keys := []string{deal[n]}
		if r.Kind != corpus.MarketShare {
			keys = append(keys, sameFigure(r.Fact)+"|"+r.ArticleID)
		}
		if hi := r.Range.High; hi > 0 && hi != r.Value {
			bound := r.Fact
			bound.Value = hi
			keys = append(keys, sameFigure(bound)+"|"+r.ArticleID)
		}
		if c := r.Converted; !c.IsZero() {
			// "2.4 billion dollars (£1.8 billion)" in the text and
			// "£1.8bn" in the headline are one price.
			conv := r.Fact
			conv.Value, conv.Unit = c.Value, c.Unit
			keys = append(keys, sameFigure(conv)+"|"+r.ArticleID)
		}
		i, seen := -1, false
		for _, k := range keys {
			if i, seen = at[k]; seen {
				break
			}
		}
		if !seen {
			i = len(out)
			out = append(out, r)
		}
		for _, k := range keys {
			at[k] = i
		}
		if !seen {
			continue
		}
		// The figure is in each of its sentences: the one saying most of
		// the question counts.
		out[i].news = later(out[i].news, r.news)
		out[i].quoted = out[i].quoted || r.quoted
		out[i].was = out[i].was && r.was
		out[i].told = out[i].told && r.told
		out[i].part = out[i].part && r.part
		out[i].worded = max(out[i].worded, r.worded)
		out[i].spelled = out[i].spelled || r.spelled
		out[i].offMarket = out[i].offMarket && r.offMarket
		// One report naming the product whose share it is says what
		// the others leave out.
		out[i].otherProduct = out[i].otherProduct || r.otherProduct
		out[i].otherSegment = out[i].otherSegment || r.otherSegment
		out[i].segment = max(out[i].segment, r.segment)
		out[i].said = max(out[i].said, r.said)
		out[i].near = max(out[i].near, r.near)
		out[i].measure = max(out[i].measure, r.measure)
		if r.ArticleID == out[i].ArticleID && (r.Range.High > 0 && out[i].Range.High == 0 || !r.Converted.IsZero() && out[i].Converted.IsZero()) {
			// The range says more than its bound, and the amount as the
			// article gives it, with its conversion, more than the
			// conversion alone: it is what is shown, with the other's
			// score and sources.
			kept := out[i]
			out[i].FactAnswer, out[i].docs = r.FactAnswer, append([]string{r.docs[0]}, kept.docs...)
			out[i].Sources = kept.Sources
			continue
		}
		src := r.Sources[0]
		if !slices.ContainsFunc(out[i].Sources, func(s Source) bool { return s.ArticleID == src.ArticleID }) {
			out[i].Sources = append(out[i].Sources, src)
			out[i].docs = append(out[i].docs, r.docs[0])
		}
	}
	return out
}

// newsOf returns the key that folds each of ranked (sorted best first)
// with the reports of the same deal in other articles: sameKey, and when
// articles long apart each report the figure as their news (see
// rankedFact.news), which of those deals it is. "Amazon invests $4
// billion in Anthropic" in 2023 and "Amazon invests a further $4 billion"
// in 2024 are two deals; an article that only mentions the amount in
// passing ("adding to its existing €15.7 billion commitment") restates
// the newest of them reported by then, or the first one when it is older
// than them all.
func newsOf(ranked []rankedFact) []string {
	keys := make([]string, len(ranked))
	dates := map[string][]time.Time{}
	for i, r := range ranked {
		keys[i] = sameKey(r.Fact)
		if !r.news.IsZero() {
			dates[keys[i]] = append(dates[keys[i]], r.news)
		}
	}
	// starts holds, for each figure reported as news long apart, when
	// each of its deals was first reported, oldest first.
	starts := map[string][]time.Time{}
	for k, ds := range dates {
		slices.SortFunc(ds, time.Time.Compare)
		st := ds[:1]
		for i := 1; i < len(ds); i++ {
			if apart(ds[i-1], ds[i]) {
				st = append(st, ds[i])
			}
		}
		if len(st) > 1 {
			starts[k] = st
		}
	}
	for i, r := range ranked {
		st := starts[keys[i]]
		if st == nil {
			continue
		}
		at := cmp.Or(r.news, r.Sources[0].Published)
		deal := st[0]
		for _, t := range st {
			if !at.IsZero() && !t.After(at) {
				deal = t
			}
		}
		keys[i] += "|" + deal.Format(time.DateOnly)
	}
	return keys
}

// newsGap is how far apart two reports of one amount, each its article's
// news, must be to be two deals rather than two days' news of one: a deal
// is announced, signed and closed over months, and topped up a year on.
const newsGap = 300 * 24 * time.Hour

// apart reports whether two reports of news were published more than
// newsGap apart; never when either date is unknown.
func apart(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	d := a.Sub(b)
	return d > newsGap || d < -newsGap
}

// later returns the later of two times.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// mergeAcross folds a deal or a seat count one article reports into the
// same figure another reports, when the articles tell it apart only by
// what one of them leaves out: a period ("$13 billion" in 2019 and "$13
// billion" undated) or a party ("Microsoft and the Pentagon" and
// "Microsoft, Amazon and the Pentagon" for the same $10 billion contract).
// The figures must be the same kind, value and unit, both live or both
// fallen through, and one's companies, at least two of them, must all be
// among the other's, a company named longer in one ("MainOne Cable") being
// the one the other names ("MainOne"). One company's figure folds only
// into one for the very same period ("Groq raised $640 million" in August
// 2024 in two articles, one naming the round's leaders). Market shares
// are never folded so: a share of another period is another figure.
func mergeAcross(ranked []rankedFact) []rankedFact {
	type figure struct {
		kind  corpus.Kind
		value float64
		unit  string
	}
	byFigure := map[figure][]int{}
	folded := make([]bool, len(ranked))
	for i := range ranked {
		r := &ranked[i]
		if r.Kind == corpus.MarketShare || len(r.Companies) < 2 && r.Period == "" {
			continue
		}
		key := figure{r.Kind, r.Value, r.Unit}
		for _, j := range byFigure[key] {
			p := &ranked[j]
			if folded[j] || !sameAcross(p.Fact, r.Fact) || slices.ContainsFunc(p.Sources, func(s Source) bool { return s.ArticleID == r.ArticleID }) {
				continue
			}
			if (len(p.Companies) < 2 || len(r.Companies) < 2) && p.Period != r.Period {
				continue
			}
			if apart(p.news, r.news) {
				continue // news long apart: see newsOf
			}
			// ranked is best first: the earlier figure is kept and shown.
			p.says, p.fits, p.said, p.near = max(p.says, r.says), max(p.fits, r.fits), max(p.said, r.said), max(p.near, r.near)
			p.measure = max(p.measure, r.measure)
			p.all, p.named, p.live = p.all || r.all, p.named || r.named, p.live || r.live
			p.quoted = p.quoted || r.quoted
			p.was = p.was && r.was
			p.told = p.told && r.told
			p.part = p.part && r.part
			p.worded = max(p.worded, r.worded)
			p.spelled = p.spelled || r.spelled
			p.offMarket = p.offMarket && r.offMarket
			p.otherProduct = p.otherProduct || r.otherProduct
			p.otherSegment = p.otherSegment || r.otherSegment
			p.news = later(p.news, r.news)
			for k, src := range r.Sources {
				if !slices.ContainsFunc(p.Sources, func(s Source) bool { return s.ArticleID == src.ArticleID }) {
					p.Sources = append(p.Sources, src)
					p.docs = append(p.docs, r.docs[k])
				}
			}
			folded[i] = true
			break
		}
		if !folded[i] {
			byFigure[key] = append(byFigure[key], i)
		}
	}
	out := ranked[:0]
	for i, r := range ranked {
		if !folded[i] {
			out = append(out, r)
		}
	}
	return out
}

// sameAcross reports whether two facts of one figure from different
// articles are one deal: see mergeAcross.
func sameAcross(a, b corpus.Fact) bool {
	if a.Period != b.Period && a.Period != "" && b.Period != "" {
		return false
	}
	if a.Status.Live() != b.Status.Live() {
		// The award and the report that it was scrapped are two facts:
		// folded, the one shown would hide the other's news.
		return false
	}
	if a.DealType != "" && b.DealType != "" && a.DealType != b.DealType {
		// "Anthropic will spend $3 billion on Google Cloud" and "Google
		// has invested $3 billion in Anthropic" are two deals.
		return false
	}
	if paysOpposite(a.Parties, b.Parties) {
		return false
	}
	within := func(small, big []string) bool {
		return !slices.ContainsFunc(small, func(c string) bool {
			return !slices.ContainsFunc(big, func(d string) bool { return sameCompany(c, d) })
		})
	}
	if within(a.Companies, b.Companies) || within(b.Companies, a.Companies) {
		return true
	}
	// Two articles may name one side of a deal differently ("SDAIA" and
	// "Saudi MIS" beside Amazon and Saudi Arabia for the same $5.3
	// billion): two companies in common, of a deal of one type, make it
	// one deal, as one in common does not ("JPMorgan lends $2.3 billion"
	// to two borrowers).
	// Each company of either side counts once: "Amazon" and "Amazon Web
	// Services" on one side are one company in common with "Amazon" on
	// the other, not two.
	common := 0
	used := make([]bool, len(b.Companies))
	for _, c := range a.Companies {
		for j, d := range b.Companies {
			if !used[j] && sameCompany(c, d) {
				used[j] = true
				common++
				break
			}
		}
	}
	return common >= 2 && a.DealType != "" && a.DealType == b.DealType
}

// sameCompany reports whether two articles' names for a party are one
// company: the same name, or one the first words of the other ("MainOne"
// and "MainOne Cable").
func sameCompany(c, d string) bool {
	if len(c) > len(d) {
		c, d = d, c
	}
	return strings.EqualFold(c, d) || len(d) > len(c) && d[len(c)] == ' ' && strings.EqualFold(c, d[:len(c)])
}

// payers lists, sorted and lower-cased, the parties that pay in a deal.
func payers(ps []corpus.Party) string {
	var out []string
	for _, p := range ps {
		if p.Role.Pays() {
			out = append(out, strings.ToLower(p.Name))
		}
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}

// paysOpposite reports a party that pays in one fact and is paid in the
// other: the money goes the other way, so the deals are not one.
func paysOpposite(a, b []corpus.Party) bool {
	for _, p := range a {
		for _, q := range b {
			if strings.EqualFold(p.Name, q.Name) && (p.Role.Pays() && q.Role.Paid() || p.Role.Paid() && q.Role.Pays()) {
				return true
			}
		}
	}
	return false
}

// foldRounded folds a rounded figure into the precise one its article
// gives for the same thing: "nearly $3B" in the lead and "approximately
// $2.9 billion" in the filing it quotes are one contract, shown as the
// precise figure with the better score of the two. A figure is a rounding
// of another of the same kind and unit, or of the conversion the other
// billion)"), when it says "nearly", "about" or "more than", or stands
// unqualified in a headline ("$8B contract" for "a $7.6 billion
// contract"), has fewer significant digits, lies within roundingGap of it
// (above it for "nearly", below it for "more than") and names one of its
// companies.
func foldRounded(ranked []rankedFact) []rankedFact {
	folded := make([]bool, len(ranked))
	for i := range ranked {
		r := &ranked[i]
		if r.Qualifier != corpus.Nearly && r.Qualifier != corpus.About && r.Qualifier != corpus.Over && (r.Qualifier != corpus.Exact || !r.headline || r.retold) {
			continue
		}
		for j := range ranked {
			p := &ranked[j]
			if i == j || folded[j] || !roundingOf(r.Fact, p.Fact) {
				continue
			}
			p.score = max(p.score, r.score)
			p.says, p.fits, p.said, p.near = max(p.says, r.says), max(p.fits, r.fits), max(p.said, r.said), max(p.near, r.near)
			p.measure = max(p.measure, r.measure)
			// Each of the rounded figure's articles is a source of the
			// precise one, docs kept beside their Sources.
			for k, src := range r.Sources {
				if !slices.ContainsFunc(p.Sources, func(s Source) bool { return s.ArticleID == src.ArticleID }) {
					p.Sources = append(p.Sources, src)
					p.docs = append(p.docs, r.docs[k])
				}
			}
			p.all, p.named, p.live = p.all || r.all, p.named || r.named, p.live || r.live
			p.quoted = p.quoted || r.quoted
			p.was = p.was && r.was
			p.told = p.told && r.told
			p.part = p.part && r.part
			p.worded = max(p.worded, r.worded)
			p.spelled = p.spelled || r.spelled
			p.offMarket = p.offMarket && r.offMarket
			p.otherProduct = p.otherProduct || r.otherProduct
			p.otherSegment = p.otherSegment || r.otherSegment
			p.segment = max(p.segment, r.segment)
			folded[i] = true
			break
		}
	}
	out := ranked[:0]
	for i, r := range ranked {
		if !folded[i] {
			out = append(out, r)
		}
	}
	return out
}

// roundingGap is how far, relative to the precise figure, a rounded one
// may be: "almost £2bn" for £1.9bn is 5% off.
const roundingGap = 0.06

// roundingOf reports whether r is p rounded: see foldRounded.
func roundingOf(r, p corpus.Fact) bool {
	if r.ArticleID != p.ArticleID || r.Kind != p.Kind {
		return false
	}
	// A figure of one period rounds none of another: of "Amazon kept 40%
	// in 2022, up from 38.1% in 2021", the 40% is its own year's share.
	if r.Period != "" && p.Period != "" && r.Period != p.Period {
		return false
	}
	rounds := func(v float64, unit string) bool {
		return unit == r.Unit && v > 0 && significantDigits(r.Value) < significantDigits(v) &&
			math.Abs(r.Value-v) <= roundingGap*v &&
			(r.Qualifier != corpus.Nearly || v <= r.Value) && (r.Qualifier != corpus.Over || v >= r.Value)
	}
	if !rounds(p.Value, p.Unit) && (p.Converted.IsZero() || !rounds(p.Converted.Value, p.Converted.Unit)) {
		return false
	}
	return slices.ContainsFunc(r.Companies, func(c string) bool {
		return slices.ContainsFunc(p.Companies, func(d string) bool { return strings.EqualFold(c, d) })
	})
}

// significantDigits counts the digits a figure is given to: 2 for 2.9e9,
// 3 for 8.88e9.
func significantDigits(v float64) int {
	m := strconv.FormatFloat(v, 'e', -1, 64)
	m = m[:strings.IndexByte(m, 'e')]
	return len(strings.ReplaceAll(strings.TrimPrefix(m, "-"), ".", ""))
}

// extraCompanies counts the companies of a fact that the query did not ask
// about.
func extraCompanies(q Question, have []string) int {
	n := 0
	for _, h := range have {
		if !slices.ContainsFunc(q.Companies, func(c string) bool { return q.names(c, h) }) {
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
	key := sameFigure(f) + "|" + strings.Join(cs, ",")
	if f.Kind == corpus.DealValue {
		// Of one amount between the same companies, a cloud contract the
		// startup pays for and an investment in it are two deals.
		key += "|" + string(f.DealType) + "|" + payers(f.Parties)
	}
	if !f.Status.Live() {
		// The report that a deal was scrapped is news of its own, not
		// one more source of the award.
		key += "|" + string(f.Status)
	}
	return key
}

func sameFigure(f corpus.Fact) string {
	// A share of another period is another figure, however alike.
	return fmt.Sprintf("%s|%g|%s|%s", f.Kind, f.Value, f.Unit, f.Period)
}
