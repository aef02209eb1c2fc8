package corpus

import (
	"slices"
	"strings"
)

// sentence is one sentence of an article, analysed once: its tokens, the
// companies it names and the figures in it.
type sentence struct {
	text      string
	toks      []token
	companies []mention // gazetteer and discovered names, in order
	qty       []quantity
	paragraph int
	cues      uint16 // bit c set when the sentence has a word of cueSets[c] (see sentenceCues for cueShareWord)
}

// Extract returns the facts stated in a's title and body, in order of
// appearance. It never panics and runs in time linear in the text's size:
// each sentence is tokenised and scanned a bounded number of times.
func Extract(a Article) []Fact {
	sents := analyse(a)
	parties := mainParties(sents)
	var facts []Fact
	var prevCompanies []string
	prevPara := -1
	shareContext := false
	for _, s := range sents {
		if s.paragraph != prevPara {
			prevCompanies, prevPara, shareContext = nil, s.paragraph, false
		}
		names := mentionNames(s.companies)
		nearby := names
		if len(nearby) == 0 {
			nearby = prevCompanies
		}
		if len(nearby) == 0 {
			nearby = parties
		}
		x := extractor{s: s, context: nearby, main: parties, shareContext: shareContext, articleID: a.ID}
		got := x.facts()
		for _, f := range got {
			if f.Kind == MarketShare {
				shareContext = true
			}
		}
		facts = append(facts, got...)
		if len(names) > 0 {
			prevCompanies = names
		}
	}
	return facts
}

// analyse splits an article into sentences, the title being a paragraph of
// its own, and analyses each.
func analyse(a Article) []sentence {
	var out []sentence
	paras := []string{}
	titled := strings.TrimSpace(a.Title) != ""
	if titled {
		paras = append(paras, strings.TrimSpace(a.Title))
	}
	paras = append(paras, paragraphs(a.Body)...)
	for pi, p := range paras {
		for _, text := range sentences(p) {
			for _, piece := range boundedSentence(text) {
				out = append(out, analyseSentence(piece.text, piece.toks, pi, pi == 0 && titled))
			}
		}
	}
	return out
}

// analyseSentence finds the companies, figures and cue words of a sentence.
func analyseSentence(text string, toks []token, paragraph int, isTitle bool) sentence {
	known := companies.mentions(toks)
	var found []mention
	if !(isTitle && titleCase(toks)) {
		found = discoverOrgs(toks, known)
	}
	return sentence{
		text:      text,
		toks:      toks,
		companies: mergeMentions(known, found),
		qty:       quantities(toks),
		paragraph: paragraph,
		cues:      sentenceCues(toks),
	}
}

// maxSentenceTokens caps a sentence's length. Real sentences are far
// shorter; the cap keeps the per-figure look-arounds, which may scan the
// whole sentence, from making run-on text (a table, a list without
// punctuation) quadratic.
const maxSentenceTokens = 200

// sentencePiece is a sentence, or a piece of an overlong one, with its
// tokens.
type sentencePiece struct {
	text string
	toks []token
}

// boundedSentence tokenises a sentence, splitting it into pieces of at most
// maxSentenceTokens tokens.
func boundedSentence(s string) []sentencePiece {
	toks := tokenize(s)
	if len(toks) <= maxSentenceTokens {
		return []sentencePiece{{s, toks}}
	}
	var out []sentencePiece
	for i := 0; i < len(toks); i += maxSentenceTokens {
		j := min(i+maxSentenceTokens, len(toks))
		text := s[toks[i].start:toks[j-1].end]
		out = append(out, sentencePiece{text, tokenize(text)})
	}
	return out
}

// titleCase reports whether most words are capitalised, as in headlines,
// where capitals say nothing about names.
func titleCase(toks []token) bool {
	words, upper := 0, 0
	for _, t := range toks {
		if t.kind == tokWord && len(t.text) > 3 {
			words++
			if t.startsUpper() {
				upper++
			}
		}
	}
	return words > 0 && upper*3 > words*2
}

// mergeMentions merges two position-sorted mention lists.
func mergeMentions(a, b []mention) []mention {
	if len(b) == 0 {
		return a
	}
	out := make([]mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || (i < len(a) && a[i].start <= b[j].start) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// mainParties are the companies an article is about: those of its title,
// else of its first sentence that names any.
func mainParties(sents []sentence) []string {
	for _, s := range sents {
		if names := mentionNames(s.companies); len(names) > 0 {
			return names
		}
	}
	return nil
}

// extractor turns one sentence's quantities into facts.
type extractor struct {
	s            sentence
	context      []string // companies to attribute to when the sentence names none
	main         []string // the article's main parties (mainParties)
	shareContext bool     // an earlier sentence of the paragraph stated a market share
	articleID    string
}

func (x extractor) facts() []Fact {
	var out []Fact
	shares := x.shareCompanies()
	for qi, q := range x.s.qty {
		var f Fact
		var ok bool
		switch q.kind {
		case qtyMoney:
			f, ok = x.money(q)
		case qtyPercent:
			f, ok = x.percent(q, shares[qi])
		case qtyCount:
			f, ok = x.count(q)
		}
		if !ok {
			continue
		}
		f.Qualifier = q.qualifier
		f.Text = x.s.text[x.s.toks[q.start].start:x.s.toks[q.end-1].end]
		f.Sentence = x.s.text
		f.ArticleID = x.articleID
		out = append(out, f)
	}
	return out
}

// parties lists the companies of a deal: those the sentence names, then the
// article's main parties when the sentence names fewer than two, since a
// deal has two sides.
func (x extractor) parties() []string {
	names := append([]string(nil), x.context...)
	if len(names) < 2 {
		for _, m := range x.main {
			if !slices.Contains(names, m) {
				names = append(names, m)
			}
		}
	}
	return names
}

// money classifies a money amount as a deal value or revenue, or drops it.
func (x extractor) money(q quantity) (Fact, bool) {
	f := Fact{Value: q.value, Unit: q.unit}
	switch {
	case x.isRevenue(q):
		f.Kind, f.Companies = Revenue, x.context
		return f, true
	case x.isOtherMoney(q):
		return Fact{}, false
	case x.isDeal(q):
		f.Kind, f.Companies = DealValue, x.parties()
		return f, true
	}
	return Fact{}, false
}

// window returns the lower-case words within n tokens before q (stopping
// at another figure or a clause break) and within m tokens after it.
func (x extractor) window(q quantity, n, m int) (before, after []string) {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-n; k-- {
		if toks[k].text == ";" || toks[k].text == "$" || toks[k].kind == tokNum {
			break
		}
		if toks[k].kind == tokWord {
			before = append(before, toks[k].lower)
		}
	}
	for k := q.end; k < len(toks) && k < q.end+m; k++ {
		if toks[k].text == ";" || toks[k].text == "," || toks[k].text == "." || toks[k].kind == tokNum {
			break
		}
		if toks[k].kind == tokWord {
			after = append(after, toks[k].lower)
		}
	}
	return before, after
}

var revenueWords = wordSet("revenue", "revenues", "sales", "earnings", "profit", "profits", "income", "turnover", "bookings")

// isRevenue reports money written as a company's takings: "$25 billion in
// quarterly revenue", "revenue of $25 billion".
func (x extractor) isRevenue(q quantity) bool {
	before, after := x.window(q, 4, 4)
	for i, w := range after {
		if dealNouns[w] {
			break
		}
		if revenueWords[w] && i < 4 {
			return true
		}
	}
	for i, w := range before {
		if i < 3 && revenueWords[w] {
			return true
		}
	}
	return false
}

var (
	otherMoneyAfter = wordSet("valuation", "market", "backlog", "budget", "capex", "industry", "economy", "opportunity",
		"fine", "penalty", "loss", "losses", "debt", "bond", "bonds", "buyback", "dividend", "cap", "capitalization",
		"capitalisation", "run", "fund", "salary", "pay", "package", "per", "ebitda")
	// otherMoneyOf are what "$8 billion of ..." can be that is no deal.
	otherMoneyOf = wordSet("debt", "ebitda", "cash", "revenue", "revenues", "sales", "earnings", "profit", "losses",
		"capital", "spending", "capex")
	otherMoneyBefore = wordSet("capex", "expenditure", "expenditures", "spending", "budget", "fined", "fine", "cap",
		"capitalization", "capitalisation", "backlog", "obligations", "rpo", "price", "priced", "costs", "cost",
		"valuation", "premium")
	// dealValueNouns are what "valued at" may qualify without the figure
	// being a company's valuation.
	dealValueNouns = wordSet("deal", "contract", "agreement", "transaction", "acquisition", "takeover", "purchase",
		"buyout", "merger", "offer", "bid", "pact", "order")
)

// isOtherMoney reports money that is clearly not a deal between companies:
// valuations, market sizes, capital spending, fines, debt, unit prices.
func (x extractor) isOtherMoney(q quantity) bool {
	before, after := x.window(q, 7, 4)
	toks := x.s.toks
	if q.end+1 < len(toks) && toks[q.end].text == "-" && (toks[q.end+1].lower == "per" ||
		q.end+2 < len(toks) && toks[q.end+1].lower == "a" && toks[q.end+2].is("month", "user", "seat", "share", "head")) {
		return true // "$30-per-user", "$30-a-month": a price
	}
	if len(after) > 0 && otherMoneyAfter[after[0]] {
		return true
	}
	if len(after) > 1 && after[0] == "a" && (after[1] == "share" || after[1] == "month" || after[1] == "user" || after[1] == "seat" || after[1] == "head") {
		return true
	}
	if len(after) > 1 && after[0] == "in" && (after[1] == "capital" || after[1] == "capex" || after[1] == "market" || after[1] == "fines" || after[1] == "damages" || after[1] == "debt") {
		return true
	}
	if len(after) > 1 && after[0] == "of" {
		for _, w := range after[1:] {
			if otherMoneyOf[w] {
				return true
			}
		}
	}
	dealNear := false
	for _, w := range before {
		dealNear = dealNear || dealValueNouns[w]
	}
	for i, w := range before {
		switch {
		case otherMoneyBefore[w] && i < 4:
			return true
		case (w == "valued" || w == "valuing" || w == "values" || w == "worth") && !dealNear && i+1 < len(before) && isMarketOrCompanyWorth(before[i+1:]):
			return true
		case w == "valued" || w == "valuing" || w == "values":
			if !dealNear {
				return true
			}
		case w == "reach" || w == "hit" || w == "exceed" || w == "surpass" || w == "top":
			if slices.Contains(before, "market") || slices.Contains(before, "spending") || slices.Contains(before, "industry") {
				return true
			}
		}
	}
	return false
}

// isMarketOrCompanyWorth reports whether the words before "worth" or
// "valued" name a market or a company's own value rather than a deal.
func isMarketOrCompanyWorth(rest []string) bool {
	for i, w := range rest {
		if i > 3 {
			break
		}
		if w == "market" || w == "industry" || w == "which" || w == "now" || w == "startup" || w == "company" || w == "itself" || w == "firm" {
			return true
		}
	}
	return false
}

// sentenceHas reports whether the sentence holds a word of cue set c.
func (x extractor) sentenceHas(c cue) bool { return x.s.cues&(1<<c) != 0 }

// cue names a set of words whose presence anywhere in a sentence matters.
type cue uint8

const (
	cueStrongDeal cue = iota
	cueWeakDeal
	cueRollout
	cueStock
	cueShare
	cueMarket
	cuePronoun
	cueShareWord
)

// cueSets are indexed by cue. cueShareWord has no set: whether "shares"
// counts depends on the word before it, so sentenceCues sets it.
var cueSets = [...]map[string]bool{
	cueStrongDeal: strongDealWords,
	cueWeakDeal:   weakDealWords,
	cueRollout:    rolloutWords,
	cueStock:      stockWords,
	cueShare:      shareCues,
	cueMarket:     wordSet("market"),
	cuePronoun:    wordSet("its", "it", "it's"),
}

// cueIndex maps each cue word to the bits of the sets holding it, so a
// sentence's cues cost one lookup a word.
var cueIndex = buildCueIndex()

func buildCueIndex() map[string]uint16 {
	idx := map[string]uint16{}
	for c, set := range cueSets {
		for w := range set {
			idx[w] |= 1 << c
		}
	}
	return idx
}

// sentenceCues computes, in one pass, which cue sets a sentence's words
// hit, so that classifying each figure costs no rescan of the sentence.
func sentenceCues(toks []token) uint16 {
	var cues uint16
	for i, t := range toks {
		if t.kind != tokWord {
			continue
		}
		cues |= cueIndex[t.lower]
		if t.lower == "share" || (t.lower == "shares" && i > 0 && toks[i-1].lower == "market") {
			cues |= 1 << cueShareWord
		}
	}
	return cues
}

var (
	strongDealWords = wordSet("deal", "deals", "contract", "contracts", "agreement", "agreements", "pact", "acquisition",
		"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchases",
		"purchased", "purchasing", "takeover", "buyout", "merger", "transaction", "awarded", "award", "licenses",
		"licences", "licensing", "partnership", "signed", "signs", "inked", "struck", "tie-up", "alliance")
	weakDealWords = wordSet("invest", "invests", "invested", "investing", "investment", "investments", "stake", "funding",
		"raise", "raised", "raises", "backing", "backed", "spend", "spending", "pay", "paid", "pays", "worth",
		"commit", "commits", "committed", "commitment", "commitments", "order", "orders", "ordered", "sell", "sold",
		"sells", "selling", "supply", "provide", "lease", "leasing", "rent", "rents", "use", "using", "committing",
		"put", "puts", "putting", "pump", "pumps", "pumped", "sink", "sinks", "sank", "splash", "splashing", "splashes",
		"pour", "pours", "poured", "inject", "injects", "injected", "plough", "ploughs", "plow", "bankroll", "bankrolls",
		"pledge", "pledged", "pledges", "fund", "funds", "funded", "back", "backs")
)

// isDeal reports money in a sentence about a deal: a strong deal word
// anywhere in it, or a weaker one ("invest", "commit") when the sentence
// names two parties.
func (x extractor) isDeal(q quantity) bool {
	if x.sentenceHas(cueStrongDeal) {
		return true
	}
	if !x.sentenceHas(cueWeakDeal) {
		return false
	}
	start, end := x.clause(q)
	var names []string
	for _, m := range x.s.companies {
		if m.start >= start && m.end <= end && !slices.Contains(names, m.name) {
			names = append(names, m.name)
		}
	}
	// "put $500 million into the company": the other party is named earlier.
	for k := start; k+1 < end; k++ {
		if x.s.toks[k].is("the", "its") && x.s.toks[k+1].is("company", "startup", "firm", "lab", "developer", "maker") {
			return len(names) >= 1
		}
	}
	return len(names) >= 2
}

// clause returns the token bounds of the clause holding q: up to a
// semicolon, colon, dash, or a comma that joins another clause ("..., and
// Accenture pledged ..."), so that two companies each investing on their
// own are not read as a deal between them.
func (x extractor) clause(q quantity) (start, end int) {
	toks := x.s.toks
	isBreak := func(k int) bool {
		t := toks[k]
		if t.text == ";" || t.text == ":" || t.text == "—" || t.text == "–" {
			return true
		}
		return t.text == "," && k+1 < len(toks) && toks[k+1].is("and", "but", "while", "whereas", "although", "though")
	}
	start = q.start
	for start > 0 && !isBreak(start-1) {
		start--
	}
	end = q.end
	for end < len(toks) && !isBreak(end) {
		end++
	}
	return start, end
}
