package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// sentence is one sentence of an article, analysed once: its tokens, the
// companies it names and the figures in it.
type sentence struct {
	text      string
	toks      []token
	companies []mention // gazetteer and discovered names, in order
	found     []mention // the discovered names alone
	qty       []quantity
	paragraph int
	// places, products and measurers are the countries and regions,
	// products and research firms the sentence names.
	places, products, measurers []mention
	// cues holds list l when the sentence holds a word of lexicon list l.
	cues listSet
	// saysShare is true when the sentence says "share" or "market
	// shares" of a market, not of stock.
	saysShare bool
	// title is true for a sentence of the article's title.
	title bool
	// bits are, for each token, the lexicon lists it is in.
	bits []listSet
	// marks are, for each token, what it may start.
	marks []wordMark
	// vague holds the nouns of epithets ("the Santa Clara chipmaker")
	// that fit none or several of the companies named before: they
	// stand for no company a reader could tell.
	vague []int
}

// wordMark says what a word may start or do besides being in lexicon
// lists, so that the name and number matchers look up only those words.
// The marks a lexicon gives are word lists too (markLists); they are kept
// apart from the lists so that a list set stays one machine word. A mark
// suits a list read at one token, never a whole sentence's cue.
type wordMark uint64

const (
	// startsCompany marks the first word of a company's alias.
	startsCompany wordMark = 1 << iota
	// startsName marks the first word of a place's, product's or
	// research firm's name.
	startsName
	// startsQuantity marks words a quantity can start at: number words,
	// and the lexicon's quantity-starts ("a", "half", "Rs", "US").
	startsQuantity
	// startsOrg marks the words besides lexicon lists that a case of the
	// organisation scan (findOrgs) starts at: the lexicon's org-cues.
	startsOrg
	// leadsRound marks a verb for leading a funding round.
	leadsRound
	// holdsPart marks a verb that holds a part of a market: "control
	// three quarters".
	holdsPart
	// namesNoKind marks a word that links, points or counts, and so never
	// says what kind of licence follows: "those", "of", "each".
	namesNoKind
	// takesPart marks a word that says people take part in a programme,
	// whatever its stage: "taking part", "signed up".
	takesPart
	// startsTrial marks a verb that starts, runs or sets up a trial when
	// a pilot word follows: "began a pilot", "ran an internal test".
	startsTrial
	// paysMoney marks a verb of paying: "pay", "paid".
	paysMoney
	// sumsTo marks a verb that gives an amount's sum or restates it, before
	// "to" or the amount: "came to", "amounted to", "was worth".
	sumsTo
	// namesSite marks a noun for a site or a project built with money:
	// "campus", "data centre", "construction".
	namesSite
	// namesSites marks a noun for several sites: "campuses", "centres".
	namesSites
	// namesBuild marks a noun for building a site: "construction".
	namesBuild
	// namesProject marks a noun for a project or a programme, which may be
	// valued at its cost: "the project, valued at $2bn".
	namesProject
	// commitsMoney marks a verb of committing money: "pledged".
	commitsMoney
	// spendsMoney marks a verb of spending: "spent".
	spendsMoney
	// namesTakeover marks a noun for one company buying another: "takeover".
	namesTakeover
	// leadsMarket marks a verb of leading a market: "tops", "dominated".
	leadsMarket
	// namesGrowth marks a noun for growth: "gains", "expansion".
	namesGrowth
	// accountsFor marks the verb of "accounts for".
	accountsFor
	// includesNames marks a verb that opens a list of members: "including".
	includesNames
	// perEach marks a word that makes an amount a rate: "a" or "per" month.
	perEach
	// namesPeriod marks the periods a payment or budget recurs over: "year", "month".
	namesPeriod
	// overtakesRival marks a verb of passing or trailing a rival: "overtook", "trails".
	overtakesRival
	// comparesWith marks a word that sets a figure against another: "versus", "than".
	comparesWith
	// definite marks "the" and the possessives "its" and "their".
	definite
	// beVerbs marks the forms of "to be".
	beVerbs
	// haveVerbs marks "has", "have" and "had".
	haveVerbs
	// opensRelative marks a word opening a relative clause: "which", "who".
	opensRelative
	// namesEarlier marks a word for an earlier one of its kind: "previous", "prior".
	namesEarlier
	// namesContract marks a noun for a contract between two sides: "deal", "pact".
	namesContract
	// namesFirm marks a noun that stands for a company: "the company", "the startup".
	namesFirm
	// namesFirms marks a plural noun for companies of a market: "providers", "hyperscalers".
	namesFirms
	// namesBiggest marks a word that ranks companies first: "top", "largest".
	namesBiggest
	// contrasts marks a conjunction that sets one clause against another: "while", "whereas".
	contrasts
	// namesMarket marks a noun for a market as a whole: "industry", "sector".
	namesMarket
	// namesInvestment marks a noun for money invested: "stake", "backing".
	namesInvestment
	// holdsAt marks a word that gives a company the part that follows: "with a quarter", "held a third".
	holdsAt
	// notNewDebt marks a word before debt that is not new borrowing: "repaid", "outstanding".
	notNewDebt
	// describesDebt marks a word describing a loan: "revolving", "senior".
	describesDebt
	// namesDebt marks a noun for borrowed money: "loan", "bonds".
	namesDebt
	// namesFacility marks a noun after a debt word that makes it a facility: "credit line".
	namesFacility
	// namesCustomers marks a plural noun for buyers or the people a survey asks: "enterprises", "respondents".
	namesCustomers
	// irregularParticiple marks a past participle not ending in -ed: "bought", "won".
	irregularParticiple
	// growsTo marks a verb of growth before "to" and a ceiling: "grow to".
	growsTo
	// givesFigure marks a preposition that gives a company the figure after it: "Contoso at 28%".
	givesFigure
	// namesLater marks a word for a later step: "then", "eventually".
	namesLater
	// modal marks a modal verb of what is to come: "will", "could".
	modal
	// intoPlace marks a preposition that puts money into a place or a thing: "into", "for".
	intoPlace
	// namesRange marks a word that makes "from N to M" a span one figure
	// lies in, not a change: "worth from $1.5 to $2 billion".
	namesRange
	// endsOrgName marks a word that is no name alone but, capitalised,
	// ends one after a name: "Dimension Data", "Naver Cloud".
	endsOrgName
	// namesOffer marks a noun for an offer to buy: "bid", "approach".
	namesOffer
	// answersSurvey marks a verb people asked answer with, right after
	// the part of them that did: "39.7% said no", "60% plan to".
	answersSurvey
	// suppliesPart marks a verb of making or selling a product, which
	// gives its subject the part of all of it that follows: "TSMC makes
	// about 90% of the world's advanced chips".
	suppliesPart
	// boundsValue marks a word that makes the value after it a contract's
	// bound or estimate: "a minimum value of $10 million", "the estimated
	// value of the framework".
	boundsValue
	// namesTender marks a word for what a public buyer puts out to bid.
	namesTender
	// namesRunningCost marks a noun for what running a deal or a business
	// costs or saves: "$300 million in integration expenses".
	namesRunningCost
	// needsMoney marks a verb of needing, before money a sector must find:
	// "the build-out requires $2 trillion".
	needsMoney
	// namesHolding marks a noun for a stake a company holds.
	namesHolding
	// estimatesValue marks a verb that puts a value on a holding:
	// "estimated G42's stake at $100 million".
	estimatesValue
	// movesPeople marks a verb that moves people somewhere: "1,500 staff
	// will move to HCLTech".
	movesPeople
	// lendsMoney marks a verb of lending: "agreed to lend $2 billion".
	lendsMoney
	// takesOver marks a verb that, with "over" or "up" and a company or a
	// business after, takes it over: "taking over the Ethernet business",
	// "picked up the audio division".
	takesOver
)

// listSet is a set of lexicon lists. It is as many uint64 words as they
// need, so a new list widens it instead of falling off its end; past 64
// lists every set is two words, and extraction is slower.
type listSet [(int(numWordLists) + 63) / 64]uint64

func (s listSet) has(l wordList) bool { return s[l/64]&(1<<(l%64)) != 0 }

func (s *listSet) add(l wordList) { s[l/64] |= 1 << (l % 64) }

// meets reports whether s and o share a list.
func (s listSet) meets(o listSet) bool {
	// While one word holds every list, the test is one AND wherever it
	// inlines: the compiler keeps no loop for a constant length.
	if len(s) == 1 {
		return s[0]&o[0] != 0
	}
	for i := range s {
		if s[i]&o[i] != 0 {
			return true
		}
	}
	return false
}

// addAll adds the lists of o.
func (s *listSet) addAll(o listSet) {
	if len(s) == 1 {
		s[0] |= o[0] // as in meets
		return
	}
	for i := range s {
		s[i] |= o[i]
	}
}

// Extract returns the facts stated in a's title and body, in order of
// appearance, each with the name of the rule that found it. It never panics
// and runs in time linear in the text's size: each sentence is tokenised
// and scanned a bounded number of times.
func (e *Extractor) Extract(a corpus.Article) []corpus.Fact {
	arena := e.arena(len(a.Title) + len(a.Body))
	defer e.release(arena)
	return e.extractIn(a, arena)
}

// Reading is what Read finds in one article.
type Reading struct {
	// Facts are Extract's.
	Facts []corpus.Fact
	// Companies are CompaniesIn's of the title, then those of the body
	// it has not named.
	Companies []string
	// Organisations are OrganisationsIn's of the body.
	Organisations []corpus.Organisation
}

// Read returns what Extract, CompaniesIn (of the title, then of the body)
// and OrganisationsIn (of the body) find in a, reading its title and body
// once for the first two: an index build needs all three of every
// article.
func (e *Extractor) Read(a corpus.Article) Reading {
	arena := e.arena(len(a.Title) + len(a.Body))
	defer e.release(arena)
	arena.wantCompanies = true
	r := Reading{Facts: e.extractIn(a, arena)}
	if len(arena.companies) > 0 {
		r.Companies = slices.Clone(arena.companies)
	}
	r.Organisations, arena.orgWords = e.organisationsIn(a.Body, arena.orgWords)
	return r
}

// extractIn is Extract, working in arena.
func (e *Extractor) extractIn(a corpus.Article, arena *sentenceArena) []corpus.Fact {
	sents := e.analyse(a, arena)
	notPublishers(sents, a)
	shortForms(sents)
	main := mainParties(sents)
	gov := e.theGovernment(sents, main)
	e.theCountry(sents)
	e.theState(sents)
	var pub when
	if !a.Published.IsZero() {
		pub = when{year: a.Published.Year(), month: int(a.Published.Month()), published: a.Published.Year()}
	}
	// ref is what periods are read against: the publication date, or for
	// an undated article the month after the latest period it names.
	ref, leadRef := pub, pub
	if pub.year == 0 {
		ref, leadRef = undatedRef(sents)
	}
	// The article's first period stands for every share it states without
	// one of its own: later periods are usually comparisons ("up from 31%
	// in Q3 2019"). A period not over when the article appeared is an
	// outlook, not what a share was measured for. Its first research firm
	// stands until a sentence names another.
	// "Late 2025" stands for the article's period only when no sentence
	// states one more precisely.
	var period, vague corpus.Period
	periodPara := 0 // the paragraph period is stated in
	measurer := ""
	// rivals are the research firms named as a rival's ("Rival research
	// firm IDC estimated"), which no later sentence makes the article's.
	var rivals []string
	for si := range sents {
		for _, m := range sents[si].measurers {
			if rivalFirm(sents[si].toks, m) && !slices.Contains(rivals, m.name) {
				rivals = append(rivals, m.name)
			}
		}
	}
	scan := ref
	scan.calendarOnly, scan.skipVague = true, true
	// Sentences are read in place, here and in the other passes over an
	// article's sentences: a sentence is some 300 bytes, and a copy of
	// each in every pass cost more than some passes' work. No pass that
	// reads them so writes to them.
	for si := range sents {
		s := &sents[si]
		if period == "" {
			periodPara = s.paragraph
			sc := scan
			if ref.inferred {
				// An undated article states its newest figures in its
				// lead: a month or quarter there without a year is the
				// first of that name to end no earlier than the latest
				// period the article names ("as of March 10" after "in
				// 2024" is March 2025). Further on ("reported its 2018
				// sales in January") it is no guide to the article's
				// period.
				sc.year, sc.month = leadRef.year, leadRef.month
				if s.paragraph > 1 {
					sc.year, sc.month = 0, 0
				}
			}
			// An undated article's guessed date may fall before a
			// period it states ("to 15% by the third quarter of 2022"
			// is past, but no guide to the date).
			if p := articlePeriodIn(s, sc); (ref.inferred || ref.ended(p)) && !s.periodOnlyInAside(p, sc) {
				period = p
			}
		}
		if period == "" && vague == "" && saysEarlyOrLate(s) {
			if p := articlePeriodIn(s, when{year: ref.year, month: ref.month, published: ref.published, calendarOnly: true}); ref.ended(p) {
				vague = p
			}
		}
		if measurer == "" && len(s.measurers) > 0 {
			measurer = creditedFirm(s, rivals)
		}
		if period != "" && measurer != "" {
			break
		}
	}
	if measurer == "" {
		measurer = e.publicationMeasurer(a.Publication)
	}
	if measurer == "" {
		// Only an article that gives a percentage has shares to credit;
		// its sentences are read in place, as everywhere.
		for si := range sents {
			if slices.ContainsFunc(sents[si].qty, func(q quantity) bool { return q.kind == qtyPercent }) {
				measurer = e.lex.studyAuthor(sents)
				break
			}
		}
	}
	if period == "" {
		period = vague
	}
	if lm := e.latestMonthly(sents, pub); lm != "" && (period == "" || periodPara > 1 || len(period) == 4 && period.Year() == lm.Year()) {
		// "according to the latest StatCounter figures", in an article
		// of February 2022, are January's: they stand for the article's
		// period over a year that holds that month ("Edge gained less
		// than 2 points in 2022") or one stated only past the lead
		// ("Microsoft launched Edge in 2015").
		period = lm
	}
	leadSt, leadParties := leadStatus(sents)
	takeover, takeoverSt := leadTakeover(sents)
	// story is the article's first deal value: the deal its lead's status
	// is about, and whose later restatements take that status.
	var story float64
	var storyUnit string
	var storyStatus corpus.Status
	var storyParties []corpus.Party
	var storyType corpus.DealType
	// named keeps the first maxNamed names only: each name is looked up
	// among those kept, and definiteMain reads them all for each seat
	// count, so an article naming thousands of companies would cost the
	// square of their number. An article's own parties come early.
	// The sentences' names are counted first, so that named is made once.
	total := 0
	for i := range sents {
		total += len(sents[i].companies)
	}
	// named, nameBuf and members are the arena's, kept from article to
	// article: no fact keeps them (its lists of names are its own).
	var named []string
	if total > 0 {
		named = slices.Grow(arena.named[:0], min(total, maxNamed))
	}
names:
	for si := range sents {
		for _, m := range sents[si].companies {
			if !slices.Contains(named, m.name) {
				if len(named) == maxNamed {
					break names
				}
				named = append(named, m.name)
			}
		}
	}
	region, product, place := "", "", ""
	stage := corpus.StageUnknown
	home, written, usWritten := e.homeDollar(a, sents)
	shared := e.sharedCurrencies(a.URL, sents)
	// The facts are gathered in the arena's buffer, which outlives the
	// article, and copied out once at their number: a fact is big, and
	// a slice grown to hold them would be copied as it grew.
	facts := arena.facts[:0]
	var prevCompanies []string
	// One extractor, kept with the arena, serves the article's sentences.
	x := &arena.x
	arena.cmp = comparisons{}
	// leaders are the companies the article has credited a share to, for
	// "the top three" of a later sentence.
	var leaders []shareLeader
	// lastGroup are the members of the last group share, who are "the top
	// three" when no shares of their own were given.
	var lastGroup []string
	// ranks are the companies the article placed in their market, by
	// place less one, for "the top six" when no shares were given.
	ranks := arena.ranks[:0]
	// members are the companies, research firms left out, the article has
	// named so far, each time named: "the three" of a later sentence are
	// the last three of them. Made below, at the number of names.
	var members []string
	// pending are the group shares of leaders no sentence had named yet
	// ("the four leading providers took 72%"), with the companies named
	// in the sentences after theirs, for fillLeaders when the article
	// gives none of them a share.
	var pending []pendingGroup
	var prevSpan *sentence
	prevPara := -1
	shareContext := false
	lastPilot := -1
	for si := range sents {
		s := &sents[si]
		if s.cues.has(wPilot) {
			lastPilot = si
		}
	}
	placesNamed := arena.placesNamed[:0]
	for si := range sents {
		s := &sents[si]
		for _, m := range s.places {
			if !slices.Contains(placesNamed, m.name) {
				placesNamed = append(placesNamed, m.name)
			}
		}
	}
	// leadRegion is the market the headline or the first paragraph names.
	// The lead is the headline and the body's first sentence; what later
	// sentences name is often only a cause ("held back by a tightly
	// restricted Chinese market").
	leadRegion, leadEnd := "", len(sents)-1
	for si := range sents {
		s := &sents[si]
		if s.paragraph > 0 {
			leadEnd = si
			break
		}
	}
	// The sentences' company names share one array, made for the
	// article rather than one for each sentence; each sentence's names
	// outlive it as the next ones' context, so the array is never reused.
	nameBuf := slices.Grow(arena.nameBuf[:0], total)
	// members holds at most every name once more: made at that size, it
	// is never copied as it grows.
	members = slices.Grow(arena.members[:0], total)
	var cols []tableColumn
	// rolloutList is true while the article lists items after a lead-in
	// that ends in a colon and says a product is rolled out: "deployed
	// Claude to their workforces:", then "KPMG: 276,000 employees".
	rolloutList := false
	for si := range sents {
		s := &sents[si]
		item := len(s.companies) > 0 && s.companies[0].start == 0 && s.companies[0].end < len(s.toks) && s.toks[s.companies[0].end].text == ":"
		rolloutList = rolloutList && item
		switch {
		case si > 0 && s.dashRow():
			// "| Vendor | 2024 share |" on one line, "|---|---|" on the
			// next: the line before is the heading of the rows after.
			cols = sents[si-1].tableHeading(sents[si-1].barCells(), when{year: pub.year, published: pub.published})
		case len(s.toks) == 0 || s.toks[0].text != "|":
			cols = nil
		}
		if s.paragraph != prevPara {
			// A paragraph that names no place of its own measures the
			// market the headline or lead named: "China's cloud market"
			// in the lead makes a later "Huawei held 19%" China's.
			prevCompanies, prevPara, region = nil, s.paragraph, leadRegion
			prevSpan = nil
		}
		start := len(nameBuf)
		nameBuf = appendMentionNames(nameBuf, s.companies)
		var names []string
		if len(nameBuf) > start {
			names = nameBuf[start:len(nameBuf):len(nameBuf)]
		}
		context := names
		if len(context) == 0 {
			context = prevCompanies
		}
		if len(context) == 0 {
			context = main
		}
		made := len(facts)
		if len(s.qty) > 0 {
			// One extractor serves the article; each sentence with figures
			// sets it afresh.
			// The window buffers outlive the sentence.
			before, after, beforeAt, afterAt := x.before[:0], x.after[:0], x.beforeAt[:0], x.afterAt[:0]
			// Cleared in place, then set: a composite literal is built in a
			// temporary as large as the extractor (1.7 KB) and copied over.
			*x = extractor{}
			x.before, x.after, x.s, x.e = before, after, *s, e
			x.beforeAt, x.afterAt = beforeAt, afterAt
			x.lex, x.rules, x.context, x.main = e.lex, e.rules, context, main
			x.prev, x.shareContext, x.articleID, x.pub = prevCompanies, shareContext, a.ID, ref
			x.earlier, x.cmp, x.slab = sents[:si], &arena.cmp, &arena.slab
			x.prevSent, x.ctxPeriod, x.ctxMeasurer, x.ctxRegion = prevSentence(sents, si), period, measurer, region
			x.ctxProduct, x.ctxStage, x.rolloutItem, x.pilotAhead = product, stage, rolloutList, si < lastPilot
			x.ctxPlace, x.placesNamed, x.homeDollar, x.homeWritten = place, placesNamed, home, written
			x.usWritten, x.shared, x.leaders, x.lastGroup = usWritten, shared, leaders, lastGroup
			x.leadStatus, x.leadParties, x.leadTakeover, x.leadTakeoverStatus = leadSt, leadParties, takeover, takeoverSt
			x.story, x.storyUnit, x.storyStatus, x.storyParties, x.storyType, x.named = story, storyUnit, storyStatus, storyParties, storyType, named
			x.cols, x.ranks, x.gov, x.members = cols, ranks, gov, members
			x.prevSpan = prevSpan
			facts = x.facts(facts)
			if len(s.toks) > 0 && s.toks[0].text == "|" {
				cols = x.cols
			}
		}
		got := facts[made:]
		if i := slices.IndexFunc(got, func(f corpus.Fact) bool {
			// A deal done in a year gone by ("its $28 billion purchase of
			// Slack in 2021") is one the article recalls, not its story.
			return f.Kind == corpus.DealValue && !(f.Status == corpus.StatusCompleted && f.Period.Year() != 0 && pub.year != 0 && f.Period.Year() < pub.year)
		}); story == 0 && i >= 0 {
			story, storyStatus, storyParties, storyType = got[i].Value, got[i].Status, got[i].Parties, got[i].DealType
			if bareDollarText(got[i].Text) {
				storyUnit = got[i].Unit
			}
		}
		if i := slices.IndexFunc(got, func(f corpus.Fact) bool { return f.Kind == corpus.Seats && f.Stage != corpus.StageUnknown }); i >= 0 {
			stage = got[i].Stage
		} else if s.cues.has(wPilot) {
			stage = corpus.StagePilot
		}
		// A sentence that names the firm already credited keeps it
		// ("Canalys said Apple took 17%, while IDC put it at 16.6%"); a
		// rival's firm or one named in a comparison never takes over.
		if len(s.measurers) > 0 && !slices.ContainsFunc(s.measurers, func(m mention) bool { return m.name == measurer }) {
			if f := creditedFirm(s, rivals); f != "" {
				measurer = f
			}
		}
		// "Samsung opened two plants in Ohio": a place where a company
		// does something, and nothing of a market is said, is no region
		// the paragraph's shares are of; "Seen worldwide, the picture is
		// much the same" is.
		if r := regionOf(s); r != "" && (len(s.companies) == 0 || s.saysShare || s.cues.has(wMarket) || slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyPercent }) || s.title && (placeModifiesNoun(s) || ranksWithin(s)) || r == "worldwide" && worldRank(s)) {
			region = r
			if si <= leadEnd {
				leadRegion = r
			}
		}
		if si == leadEnd && leadRegion != "" {
			// A headline's share is of the market its first sentence
			// names: "Azure reaches a record 25%", then "global cloud
			// spending rose".
			for i := range facts {
				if facts[i].Kind == corpus.MarketShare && facts[i].Region == "" {
					facts[i].Region = leadRegion
				}
			}
		}
		if p := productOf(s); p != "" {
			product = p
		}
		if n := len(s.toks); n > 0 && s.toks[n-1].text == ":" {
			rolloutList = product != "" && (s.cues.has(wDeploy) || s.cues.has(wRollout) || s.cues.has(wRolledOut))
		}
		for _, m := range s.places {
			// "a partnership with the UK" names a partner, not where
			// the article's money goes.
			k := m.start - 1
			if k > 0 && s.toks[k].lower == "the" {
				k--
			}
			if m.name != "worldwide" && !namesCompany(s, m) && !(k >= 0 && s.toks[k].is2(wdFrom, wdWith)) {
				place = m.name
				break
			}
		}
		// "Smartphone market shares moved little. Apple held 18%": a
		// paragraph that speaks of market shares makes its figures shares.
		// So does a research firm's count of a market, or a market's
		// growth: "Cloud spending rose 20% in Q3, Canalys said. Amazon
		// held 31%".
		shareContext = shareContext || s.saysShare || len(s.measurers) > 0 && (len(s.qty) > 0 || s.cues.has(wMarket) || s.cues.has(wShareCues)) || s.cues.has(wMarket) && slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyPercent })
		// By pointer here and below: a fact is too large to copy for a look.
		for i := range got {
			f := &got[i]
			if f.Kind == corpus.MarketShare {
				shareContext = true
				if len(f.Parties) == 1 && f.Parties[0].Role == corpus.RoleSubject {
					leaders = addLeader(leaders, f.Parties[0].Name, f.Value)
				}
				if f.Group() {
					lastGroup = f.Companies
				}
			}
		}
		if len(names) > 0 {
			prevCompanies = names
			ranks = rankedIn(s, ranks)
		}
		for i := range pending {
			pending[i].named = appendMembers(pending[i].named, s, pending[i].n)
		}
		for i := range got {
			f := &got[i]
			if f.Group() && len(f.Parties) > 0 && f.Parties[0].Name == "" && len(pending) < maxUnnamedGroups {
				pending = append(pending, pendingGroup{fact: made + i, n: len(f.Parties)})
			}
		}
		for _, m := range s.companies {
			if !slices.ContainsFunc(s.measurers, func(r mention) bool { return r.start < m.end && m.start < r.end }) {
				members = append(members, m.name)
			}
		}
		prevSpan = nil
		if len(s.toks) > 0 && s.toks[0].is2(wdFrom, wdBetween) {
			prevSpan = &sents[si]
		}
	}
	facts = fillLeaders(facts, e.leaders, pending)
	regionalArms(facts)
	e.addLeadInvestors(facts, sents, pub)
	addTakeoverSellers(facts, sents)
	e.addContractVendors(facts, sents)
	e.addAwardVendors(facts, sents)
	e.shareAward(facts, sents)
	ceilings(facts, strings.TrimSpace(a.Title))
	alignRestatements(facts)
	shareRestatedSides(facts)
	facts = truncatedTitle(facts, strings.TrimSpace(a.Title), lede(sents))
	bodyTense(facts, strings.TrimSpace(a.Title))
	arena.facts = facts
	arena.named, arena.nameBuf, arena.members = named, nameBuf, members
	arena.placesNamed, arena.ranks = placesNamed, ranks
	return append(make([]corpus.Fact, 0, len(facts)), facts...)
}

// comparisons is what the article's sentences before a figure last
// compared a market's figures with: the year before or the quarter before.
type comparisons struct {
	read int  // sentences read so far
	year bool // the last of them that compared did so with the year before
}

// yearBack reports that the nearest earlier sentence comparing a market's
// figures over time compared them with the year before: "Its share fell
// from 14.0% to 12.5%" after "the market contracted by 5% over the year"
// starts a year back, but not after "slipping from the 25 percent it had
// three months earlier", which compares with the quarter before. Only a
// sentence about a market, its shares or a research firm's count compares
// with the year before the figures a share sits among; "Apple's services
// revenue grew 10% year-on-year" says nothing of them, and ends an earlier
// sentence's comparison as a nearer one would. Each sentence is read once
// for the article, as the figures asking come in order.
func (c *comparisons) yearBack(earlier []sentence) bool {
	for ; c.read < len(earlier); c.read++ {
		s := &earlier[c.read]
		switch year, quarter := comparison(s); {
		case quarter:
			c.year = false
		case year:
			c.year = s.saysShare || len(s.measurers) > 0 || s.cues.has(wMarket)
		}
	}
	return c.year
}

// comparison reports what a sentence sets its figures against: the year
// before ("over the year", "year-on-year", "yoy") or the quarter before
// ("three months earlier", "a quarter earlier", "the previous quarter",
// "quarter-on-quarter", "sequentially"). A sentence with no figure of its
// own counts too: "Rivals gained ground over the year."
func comparison(s *sentence) (year, quarter bool) {
	toks := s.toks
	for k := range toks {
		t := &toks[k]
		switch t.id {
		case wdYear, wdQuarter:
			same := t.id
			switch {
			case t.id == wdYear && k >= 2 && toks[k-1].is1(wdThe) && toks[k-2].is1(wdOver):
				year = true // "over the year"
			case k+2 < len(toks) && toks[k+1].is2(wdOn, wdOver) && toks[k+2].id == same,
				k+4 < len(toks) && toks[k+1].text == "-" && toks[k+2].is2(wdOn, wdOver) && toks[k+4].id == same:
				// "year on year", "quarter-over-quarter"
				year, quarter = year || same == wdYear, quarter || same == wdQuarter
			case t.id == wdQuarter && k > 0 && toks[k-1].is3(wdPrevious, wdPrior, wdPreceding):
				quarter = true
			}
		case wdEarlier, wdBefore:
			if k >= 2 && (toks[k-1].is1(wdMonths) && (toks[k-2].is1(wdThree) || toks[k-2].text == "3") || toks[k-1].is1(wdQuarter) && toks[k-2].is2(wdA, wdOne)) {
				quarter = true
			}
		default:
			year = year || t.is1(wdYoy)
			quarter = quarter || t.is2(wdSequentially, wdQoq)
		}
	}
	return year, quarter
}

// worldRank reports a sentence that ranks a company in the world, "to
// become the world's second-largest smartphone maker": the world is the
// market the paragraph's shares are of, as "Samsung opened two plants in
// Ohio" makes no market of Ohio.
func worldRank(s *sentence) bool {
	toks := s.toks
	for _, m := range s.places {
		// "the world's": the world possessed, then the rank within a few
		// words ("second-largest", "biggest").
		k := m.end
		if m.name != "worldwide" || toks[m.start].lower != "world" || k+1 >= len(toks) || toks[k].text != "'" && toks[k].text != "’" || toks[k+1].lower != "s" {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+5; j++ {
			if s.marks[j]&namesBiggest != 0 && toks[j].lower != "big" {
				return true
			}
		}
	}
	return false
}

// ranksWithin reports a headline that ranks a company within a place:
// "Samsung is No. 1 in India, followed by Xiaomi", "Xiaomi leads in
// Indonesia". The place is the market the article measures, though its
// sentences may not name it again; "Contoso opens a plant in India" ranks
// nothing, and names no market. Only a word that ranks or a share will
// do: "to invest $2 billion in cloud data centres in India" names a
// market ("cloud") but ranks no one in the place.
func ranksWithin(s *sentence) bool {
	if !s.saysShare && !ranksCompany(s) {
		return false
	}
	for _, m := range s.places {
		if m.start > 0 && s.toks[m.start-1].is2(wdIn, wdAcross) && regionWord(s, m) {
			return true
		}
	}
	return false
}

// ranksCompany reports a word of a sentence that ranks a company: "leads",
// "tops", "No. 1", "first", "ranks", "top".
func ranksCompany(s *sentence) bool {
	for k := range s.toks {
		t := &s.toks[k]
		// "first" ranks only as a place ("regains first place in
		// India"); "opens its first cloud region in India" ranks nothing.
		if s.marks[k]&leadsMarket != 0 || t.is3(wdTop, wdRanks, wdRanked) || t.is1(wdFirst) && firstPlace(s.toks, k) ||
			t.lower == "no" && k+1 < len(s.toks) && s.toks[k+1].text == "1" ||
			t.lower == "no" && k+2 < len(s.toks) && s.toks[k+1].text == "." && s.toks[k+2].text == "1" {
			return true
		}
	}
	return false
}

// firstPlace reports whether "first" at k names a rank: "first place",
// "first spot", "first position".
func firstPlace(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "place", "spot", "position":
		return true
	}
	return false
}

// placeModifiesNoun reports a place a sentence sets before a noun as its
// modifier, "Xiaomi widens India smartphone lead", "Indian smartphone
// shipments": in a headline that names the market the article measures,
// where "opens plant in Ohio" only says where something happened.
func placeModifiesNoun(s *sentence) bool {
	for _, m := range s.places {
		if m.end < len(s.toks) && s.toks[m.end].kind == tokWord && (m.start == 0 || !s.toks[m.start-1].is2(wdIn, wdAt)) && regionWord(s, m) {
			return true
		}
	}
	return false
}

// bodySides adds to a headline's takeover the sides its body restatement
// names and it does not: "Intel sells majority of Altera chip business"
// is a sale to Silver Lake when the body says "to technology investor
// Silver Lake"; a side the headline names shorter ("Bain" for "Bain
// Capital") is the same side. A side the headline left without a role takes the
// body's. A side both give a role keeps the headline's: a body sentence
// that restates the figure may be about something else of the deal
// ("IBM was looking for more than $1 billion").
func bodySides(head, body []corpus.Party) []corpus.Party {
	out := slices.Clone(head)
	for _, p := range body {
		switch i := slices.IndexFunc(out, func(o corpus.Party) bool { return sameCompany(o.Name, p.Name) }); {
		case i < 0:
			out = append(out, p)
		case out[i].Role == corpus.RoleUnknown:
			out[i].Role = p.Role
		}
	}
	return out
}

// truncatedTitle drops a headline's deal figure that cuts short a figure
// the body gives in full, in the same currency, when the body never gives
// the headline's own: "Workday wins fresh £10m council ERP deal" over
// "a £10.7 million contract". The body's figure is the deal's; the
// headline's rounding is no second deal. lede is the body's first
// sentence, where the story's deal is told.
func truncatedTitle(facts []corpus.Fact, title, lede string) []corpus.Fact {
	if title == "" {
		return facts
	}
	out := facts[:0]
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.DealValue || f.Sentence != title || !cutsShort(facts, f, title, lede) {
			if len(out) == i {
				// Nothing dropped yet: the fact is in its place, and a
				// fact is too large to copy onto itself.
				out = facts[:i+1]
				continue
			}
			out = append(out, *f)
		}
	}
	return out
}

// cutsShort reports a body deal figure in f's currency whose leading
// digits, cut to as many as f's value has, give f's value, and no body
// figure equal to f's. The body figure must be of the headline's deal:
// told in the lede, or with sides that agree with the headline's. A
// figure of another deal that only starts with the same digits ("$1bn
// Pentagon deal" over a later "$1.9 billion award from NASA") is no
// fuller telling of the headline's.
func cutsShort(facts []corpus.Fact, f *corpus.Fact, title, lede string) bool {
	cut := false
	p := precision(f.Value)
	for j := range facts {
		g := &facts[j]
		if g.Kind != corpus.DealValue || g.Sentence == title || g.Unit != f.Unit {
			continue
		}
		if corpus.SameFigure(g.Value, f.Value) {
			return false
		}
		if g.Sentence != lede && !sidesAgree(f.Parties, g.Parties) {
			continue
		}
		if precision(g.Value) > p && g.Value > f.Value {
			scale := math.Pow(10, float64(p)-1-math.Floor(math.Log10(g.Value)))
			cut = cut || corpus.SameFigure(math.Floor(g.Value*scale)/scale, f.Value)
		}
	}
	return cut
}

// lede is the text of an article's first body sentence, "" for none.
func lede(sents []sentence) string {
	for i := range sents {
		if !sents[i].title {
			return sents[i].text
		}
	}
	return ""
}

// sidesAgree reports two non-empty sets of parties one of which holds
// every company of the other, a company named shorter being the same.
func sidesAgree(a, b []corpus.Party) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	sub := func(x, y []corpus.Party) bool {
		for _, p := range x {
			if !slices.ContainsFunc(y, func(q corpus.Party) bool { return sameCompany(p.Name, q.Name) }) {
				return false
			}
		}
		return true
	}
	return sub(a, b) || sub(b, a)
}

// bodyTense gives a headline's takeover the status the body's first
// restatement of it has, when each reads its status from its verb's
// tense: headlines tell of takeovers in the present ("xAI buys X"), and
// the body says whether that is done ("has acquired") or agreed ("has
// agreed to buy"). A contract a headline says is won is agreed however
// the body puts it ("has been awarded"); a headline that says nothing of
// how far a deal has got takes what the body says.
func bodyTense(facts []corpus.Fact, title string) {
	tensed := func(st corpus.Status) bool {
		return st == corpus.StatusAgreed || st == corpus.StatusCompleted
	}
	// By pointer: a fact is too large to copy for a look. Only the
	// headline's fact is written, after its last read but for its type and
	// parties, which are read before they are written.
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.DealValue || f.Sentence != title || !(tensed(f.Status) && f.DealType == corpus.DealAcquisition || f.Status == corpus.StatusUnknown) {
			continue
		}
		for j := i + 1; j < len(facts); j++ {
			g := &facts[j]
			if g.Kind != corpus.DealValue || g.Sentence == title || g.Unit != f.Unit || !restates(f.Value, g.Value) || !corpus.SameSides(f.Parties, g.Parties) {
				continue
			}
			if tensed(g.Status) {
				facts[i].Status = g.Status
			}
			if f.DealType == corpus.DealAcquisition && g.DealType == corpus.DealAcquisition {
				facts[i].Parties = bodySides(f.Parties, g.Parties)
			}
			break
		}
	}
}

// addLeadInvestors names, as investors in the article's round, the
// companies a sentence says led it or took part in it: "Anthropic raises
// $30bn" and, further on, "GIC and Coatue Management led the round". Only
// the article's first deal, when it is a funding round, takes them, with
// the facts restating it; a sentence about an earlier round ("last year's
// round was led by BlackRock") names no lead of this one. A sentence that
// states another round's figure and names who put it up ("The $350
// million came from banks including Barclays") gives that round its
// backers instead.
func (e *Extractor) addLeadInvestors(facts []corpus.Fact, sents []sentence, pub when) {
	story := slices.IndexFunc(facts, func(f corpus.Fact) bool { return f.Kind == corpus.DealValue })
	if story < 0 || !backedType(facts[story].DealType) {
		return
	}
	first := facts[story]
	// The round's stage is the one any sentence stating it names: a
	// headline says "raises $1.1B", its body "led the Series B round".
	// Each sentence is checked against them, so they are kept to their
	// first maxStatedRound bytes: an article restating its round in
	// every sentence would otherwise cost the square of its length.
	var stated strings.Builder
	// rounds are the article's funding rounds, each value once, that a
	// sentence's other figure may state (see roundFigure); roundText
	// holds, for each, the start of its first sentence, whose stage a
	// sentence about that round is checked against.
	var rounds []roundValue
	var roundText, roundTaker []string
	for _, f := range facts {
		if f.Kind != corpus.DealValue {
			continue
		}
		if f.Unit == first.Unit && restates(first.Value, f.Value) && stated.Len() < maxStatedRound {
			stated.WriteString(strings.ToLower(f.Sentence[:min(len(f.Sentence), maxStatedRound-stated.Len())]))
			stated.WriteByte(' ')
		}
		if r := (roundValue{f.Value, f.Unit}); f.DealType == corpus.DealFundingRound && len(rounds) < maxArticleRounds && !slices.Contains(rounds, r) {
			rounds = append(rounds, r)
			roundText = append(roundText, strings.ToLower(f.Sentence[:min(len(f.Sentence), maxStatedRound/maxArticleRounds)]))
			roundTaker = append(roundTaker, recipientOf(f.Parties))
		}
	}
	firstTaker := recipientOf(first.Parties)
	stage := newRoundStage(stated.String())
	// A sentence that names backers but no figure is about the round the
	// sentences before it told of: in a roundup of several companies'
	// rounds ("Fabrikam raised $1 million led by Tailspin. Litware also
	// participated."), the last company's, not the article's first. The
	// same company's other figures (its debt, an earlier round, what it
	// has raised in all) leave its story's round the one told of: "The
	// new financing is being led by Disruptive".
	cur := roundValue{first.Value, first.Unit}
	// Leads and backers may be named over several sentences ("Alibaba
	// co-leads $1 billion round", "... with existing backer Monolith");
	// a sentence with a figure that is not the round's is about another
	// deal, unless that figure is a round of the article's own.
	type backers struct {
		value float64
		unit  string
		names []string
	}
	// found holds a value roundFigure gave, so no more than the rounds
	// and the first.
	var found []backers
	// about is true when the sentence before was about the round, so
	// that "Nvidia and Dell are also taking part" after it is too.
	about := false
	for si := range sents {
		s := &sents[si]
		value, unit, stated, ok := s.roundFigure(rounds, first, cur)
		// Another round is checked against its own stage: "raised $1
		// million in a pre-Series A round" after a seed round is a round
		// of its own, not a stage of the first that is not the first's.
		st, other := stage, -1
		if unit != first.Unit || !restates(first.Value, value) {
			if other = slices.IndexFunc(rounds, func(r roundValue) bool { return r.unit == unit && restates(r.value, value) }); other >= 0 {
				st = newRoundStage(roundText[other])
			}
		}
		if !ok || s.anotherRound(st, pub) {
			about = false
			continue
		}
		// An investment is one backer's ("Google agrees to invest up to
		// $2 billion in Anthropic"): only a sentence saying the money was
		// raised names others who put it up with it, not "Anthropic's
		// other backers include Spark Capital".
		names := []string(nil)
		backs := first.DealType == corpus.DealFundingRound || s.cues.has(wRaise)
		if backs {
			names = s.leadInvestors(about)
		}
		switch {
		case stated && other >= 0 && roundTaker[other] != "" && roundTaker[other] != firstTaker && len(names) > 0:
			// Only a round told with its own backers ("Fabrikam raised
			// $1 million led by Tailspin") is one the next sentence's
			// backers may join; "Rival Fabrikam raised $30 million in
			// March", told in passing, leaves the story's round the one
			// "Litware also participated" is about.
			cur = rounds[other]
		case stated && other < 0:
			// Backers named after a return to the story's own figure
			// ("Contoso's $20 million round ...") are its round's again.
			cur = roundValue{first.Value, first.Unit}
		case !stated && firstTaker != "" && slices.ContainsFunc(s.companies, func(m mention) bool { return m.name == firstTaker }):
			// "This second round, led by Andreessen Horowitz, values
			// Mistral at 2 billion euros", after another company's
			// figure: the sentence names whose round it is.
			cur = roundValue{first.Value, first.Unit}
			value, unit = first.Value, first.Unit
		}
		if !backs {
			about = false
			continue
		}
		// "General Catalyst led the investment" names no round word
		// but its backers: the next sentence may name more.
		about = s.cues.has(wRaise) || len(names) > 0 || slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyMoney })
		if len(names) == 0 {
			continue
		}
		i := slices.IndexFunc(found, func(b backers) bool { return b.unit == unit && restates(b.value, value) })
		if i < 0 {
			found = append(found, backers{value: value, unit: unit})
			i = len(found) - 1
		}
		for _, n := range names {
			if len(found[i].names) < maxRoundBackers && !slices.Contains(found[i].names, n) {
				found[i].names = append(found[i].names, n)
			}
		}
	}
	for _, b := range found {
		// The companies taking the round in its own unit: a figure in
		// another unit whose conversion restates it is the same round
		// only when it goes to one of them, not "Northwind raised CNY1
		// billion (USD150 million)" in an article on Contoso's.
		var takers []string
		for _, f := range facts {
			if f.Kind == corpus.DealValue && f.Unit == b.unit && restates(b.value, f.Value) {
				if r := recipientOf(f.Parties); r != "" {
					takers = append(takers, r)
				}
			}
		}
		for i := range facts {
			f := &facts[i]
			// "MetaX Raises USD153.8 Million" in the headline and "a
			// CNY1 billion (USD153.8 million) Series A" in the body are
			// one round: the backers named with either are both's.
			converted := f.Converted.Unit == b.unit && restates(b.value, f.Converted.Value) &&
				(len(takers) == 0 || slices.Contains(takers, recipientOf(f.Parties)))
			same := f.Unit == b.unit && restates(b.value, f.Value) || converted
			if f.Kind != corpus.DealValue || !backedType(f.DealType) || !same {
				continue
			}
			ps := slices.Clone(f.Parties)
			for _, n := range b.names {
				if j := slices.IndexFunc(ps, func(p corpus.Party) bool { return p.Name == n }); j >= 0 {
					ps[j].Role = corpus.RoleInvestor
				} else {
					ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleInvestor})
				}
			}
			*f = f.WithParties(ps)
		}
	}
}

// recipientOf is the name of the party that takes the money, or "".
func recipientOf(ps []corpus.Party) string {
	for _, p := range ps {
		if p.Role == corpus.RoleRecipient {
			return p.Name
		}
	}
	return ""
}

// backedType reports a deal type whose backers an article may name over
// several sentences: a funding round, or an investment a headline tells
// as money "from" a backer ("Contoso secures $120 million from Fabrikam")
// whose body names the round and its other backers.
func backedType(t corpus.DealType) bool {
	return t == corpus.DealFundingRound || t == corpus.DealInvestment
}

// maxNamed bounds the names the article is known to name that
// definiteMain reads (see extractor.named).
const maxNamed = 64

// maxSoldTargets bounds the companies bought whose seller
// addTakeoverSellers looks for, each over every sentence, so that an
// article listing many takeovers stays linear.
const maxSoldTargets = 8

// addTakeoverSellers gives a takeover whose sentence names its buyer and
// target but not who sells the seller another sentence of the article
// names: the target's owner ("Data4's majority owner, Axa Investment
// Managers", "SoftBank-owned Arm", "Arm's parent SoftBank"), who it is
// bought from ("agreed to buy Kokusai Electric from KKR") or who sells it
// ("SoftBank agreed to sell Arm"). A former owner is no seller.
func addTakeoverSellers(facts []corpus.Fact, sents []sentence) {
	var targets []string
	for i := range facts {
		f := &facts[i] // by pointer: a fact is too large to copy for a look
		if f.Kind != corpus.DealValue || slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return p.Role == corpus.RoleSeller }) ||
			!slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return p.Role == corpus.RoleBuyer }) {
			continue
		}
		for _, p := range f.Parties {
			if p.Role == corpus.RoleTarget && !slices.Contains(targets, p.Name) && len(targets) < maxSoldTargets {
				targets = append(targets, p.Name)
			}
		}
	}
	for _, t := range targets {
		var sellers []string
		for si := range sents {
			if sellers = sents[si].sellerOf(t); len(sellers) > 0 {
				break
			}
		}
		if len(sellers) == 0 {
			continue
		}
		for i := range facts {
			f := &facts[i]
			if !lacksSeller(f, t, sellers) {
				continue
			}
			ps := slices.Clone(f.Parties)
			for _, seller := range sellers {
				if j := slices.IndexFunc(ps, func(p corpus.Party) bool { return p.Name == seller }); j >= 0 {
					ps[j].Role = corpus.RoleSeller
				} else {
					ps = append(ps, corpus.Party{Name: seller, Role: corpus.RoleSeller})
				}
			}
			*f = f.WithParties(ps)
		}
	}
}

// vendorLookahead is how many sentences after a contract's figure may
// name who it went to: a report names the supplier in the lead's next
// sentences or not at all.
const vendorLookahead = 3

// addContractVendors gives a contract whose sentence names the buyer but
// not the supplier the company one of the next sentences names in charge
// of it: "The Ministry of Interior has signed a Dh250 million contract.
// The ministry picked Presight to build it", "The project stems from a
// memorandum signed with Presight". The later sentence must refer back to
// a deal ("it", "the project") and state no money of its own, which would
// be another deal or a part of this one; the search stops at a sentence
// that does. A company it names after "beat" or as a rival is no
// supplier: only the company right after a choosing verb, or after
// "with" past a signing verb, is taken.
func (e *Extractor) addContractVendors(facts []corpus.Fact, sents []sentence) {
	for i := range facts {
		f := &facts[i] // by pointer: a fact is too large to copy for a look
		if f.Kind != corpus.DealValue || f.DealType != corpus.DealGovernmentContract && f.DealType != corpus.DealCloudContract ||
			slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return p.Role == corpus.RoleVendor }) ||
			!slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return p.Role == corpus.RoleCustomer }) {
			continue
		}
		si := slices.IndexFunc(sents, func(s sentence) bool { return s.text == f.Sentence })
		if si < 0 {
			continue
		}
		for sj := si + 1; sj < len(sents) && sj <= si+vendorLookahead; sj++ {
			s := &sents[sj]
			if slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyMoney }) {
				break
			}
			v := e.lex.vendorNamed(s, f.Period)
			if v == "" {
				continue
			}
			if !slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return p.Name == v }) {
				*f = f.WithParties(append(slices.Clone(f.Parties), corpus.Party{Name: v, Role: corpus.RoleVendor}))
			}
			break
		}
	}
}

// leadAwardLimit bounds the words between an award verb and the "to"
// that names who the contract went to: "awarded the contract for its new
// finance and procurement system to Northwind".
const leadAwardLimit = 14

// leadAward returns the buyer and supplier of a contract the article's
// lead (its title and first paragraph) says was awarded, with or without
// a price: "Salford City Council has awarded the contract for its new
// finance system to Northwind", "Two councils have awarded reseller
// Northwind a six-year contract", "The Home Office has chosen Northwind
// to run its records system". The supplier is the company after "to",
// or right after the verb past words describing it; the buyer, when
// named, the company last named before the verb. A contract handed "to a
// private company" names no supplier: the award is then its buyer's
// alone, for the sentence that names who won it. nil when the lead
// tells of no award so.
func (x *lexicon) leadAward(sents []sentence) []corpus.Party {
	for si := range sents {
		s := &sents[si]
		if s.paragraph > 1 {
			break
		}
		toks := s.toks
		for k := range toks {
			if k > 0 && toks[k-1].is3(wdWhich, wdThat, wdWho) {
				continue
			}
			if x.tokIn(lChoseVendor, &toks[k]) && !toks[k].startsUpper() {
				if vendor := chosenToWork(s, k); vendor != "" {
					return append(buyerBefore(s, k, vendor), corpus.Party{Name: vendor, Role: corpus.RoleVendor})
				}
				continue
			}
			if !s.bits[k].has(wSigned) || !x.tokIn(lAwardVerbs, &toks[k]) {
				continue
			}
			if unnamedFirmAfter(s, k) {
				if ps := buyerBefore(s, k, ""); ps != nil {
					return ps
				}
				continue
			}
			vendor, noun := "", false
			for j := k + 1; j < len(toks) && j <= k+leadAwardLimit; j++ {
				if toks[j].text == "," || toks[j].text == ";" {
					break
				}
				if j == k+1 || toks[j].lower == "to" {
					// Past lower-case words describing the company:
					// "awarded reseller Northwind", "to Northwind".
					from := j
					if toks[j].lower == "to" {
						from = j + 1
					}
					for i := from; i < len(toks) && i <= from+3; i++ {
						if m, ok := s.companyAt(i); ok {
							vendor = m.name
							break
						}
						if toks[i].kind != tokWord || toks[i].startsUpper() {
							vendor = legalName(toks, i)
							break
						}
					}
					if vendor != "" && toks[j].lower == "to" {
						break
					}
				}
				noun = noun || toks[j].lower != "it" && x.tokIn(lDealBack, &toks[j])
				if vendor != "" && noun {
					break
				}
			}
			if vendor == "" || !noun {
				continue
			}
			return append(buyerBefore(s, k, vendor), corpus.Party{Name: vendor, Role: corpus.RoleVendor})
		}
	}
	return nil
}

// buyerBefore returns, as the customer, the company other than vendor
// that sentence s names last before the award verb at k; nil for none.
// A state's or city's government, which keeps its place's name ("The
// Kerala government has handed"), buys as that place when the sentence
// names no company before the verb.
func buyerBefore(s *sentence, k int, vendor string) []corpus.Party {
	var ps []corpus.Party
	for _, m := range s.companies {
		if m.end <= k && m.name != vendor {
			ps = []corpus.Party{{Name: m.name, Role: corpus.RoleCustomer}}
		}
	}
	if ps == nil {
		for _, m := range s.places {
			if m.end < k && s.toks[m.end].lower == "government" {
				ps = []corpus.Party{{Name: m.name, Role: corpus.RoleCustomer}}
			}
		}
	}
	return ps
}

// chosenToWork returns the company a choosing verb at k picks to do the
// work, named right after the verb past words describing it and followed
// by "to" and a verb: "has chosen Northwind to run its records system",
// "picked cloud firm Northwind to host". "" when no such company follows:
// "appointed Northwind chief executive Jane Doe" picks a person, and
// "chose Northwind over Fabrikam" says no more than that.
func chosenToWork(s *sentence, k int) string {
	toks := s.toks
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if m, ok := s.companyAt(j); ok {
			e := m.end
			if e+1 < len(toks) && toks[e].lower == "to" && toks[e+1].kind == tokWord && !toks[e+1].startsUpper() &&
				!toks[e+1].is5(wdThe, wdA, wdAn, wdIts, wdTheir) {
				return m.name
			}
			return ""
		}
		if toks[j].kind != tokWord || toks[j].startsUpper() {
			return ""
		}
	}
	return ""
}

// unnamedFirmAfter reports an award verb at k that hands the work "to a
// private company", "to an Indian firm": to a company the sentence does
// not name.
func unnamedFirmAfter(s *sentence, k int) bool {
	toks := s.toks
	for j := k + 1; j+1 < len(toks) && j <= k+leadAwardLimit; j++ {
		if toks[j].text == "," || toks[j].text == ";" {
			return false
		}
		if toks[j].lower != "to" || !toks[j+1].is2(wdA, wdAn) {
			continue
		}
		for i := j + 2; i < len(toks) && i <= j+5; i++ {
			if s.marks[i]&namesFirm != 0 && !toks[i].startsUpper() {
				return i+1 == len(toks) || toks[i+1].kind != tokWord || toks[i+1].is2(wdFor, wdTo)
			}
			if toks[i].kind != tokWord || toks[i].startsUpper() {
				return false
			}
		}
		return false
	}
	return false
}

// legalName returns the capitalised words from token k that end in a
// legal form, a company's registered name the article may know by no
// other ("Northwind Software UK Limited"), or "".
func legalName(toks []token, k int) string {
	e := runAfter(toks, k)
	if e-k < 2 || !isLegalSuffix(toks[e-1].lower) {
		return ""
	}
	words := make([]string, 0, e-k)
	for _, t := range toks[k:e] {
		words = append(words, t.text)
	}
	return strings.Join(words, " ")
}

// addAwardVendors gives a contract figure the sides the lead says the
// contract was awarded to and by (see leadAward): "Salford City Council
// has awarded the contract to Northwind", then "The contract is worth
// £255,890 per annum"; "The Home Office has chosen Northwind to run its
// records system", then "The contract is worth £40m". The figure's
// sentence must call it "the contract" (or "the deal", "the project") and
// name no company but the award's sides, whose roles there are then the
// award's; "another contract" or "a similar deal" is a deal of its own.
// A lead that hands the work to a company it does not name ("has handed
// its data centres to a private company") gives its buyer to the figure
// of the one company that sentence names as the supplier: "Northwind,
// which won the Rs 64 crore deal".
func (e *Extractor) addAwardVendors(facts []corpus.Fact, sents []sentence) {
	award := e.lex.leadAward(sents)
	if award == nil {
		return
	}
	side := func(name string) int {
		return slices.IndexFunc(award, func(p corpus.Party) bool { return sameCompany(p.Name, name) })
	}
	unnamed := !slices.ContainsFunc(award, func(p corpus.Party) bool { return p.Role == corpus.RoleVendor })
	for i := range facts {
		f := &facts[i] // by pointer: a fact is too large to copy for a look
		if f.Kind != corpus.DealValue || f.DealType != corpus.DealGovernmentContract && f.DealType != corpus.DealCloudContract {
			continue
		}
		// winner is the one company an award with no supplier named may
		// take as its supplier: the fact's vendor, or its only party.
		winner := ""
		if unnamed {
			for _, p := range f.Parties {
				if side(p.Name) < 0 {
					if winner != "" || p.Role != corpus.RoleVendor && p.Role != corpus.RoleUnknown {
						winner = "-"
						break
					}
					winner = p.Name
				}
			}
			if winner == "" || winner == "-" {
				continue
			}
		} else if slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return side(p.Name) < 0 && p.Role != corpus.RoleUnknown }) {
			continue
		}
		si := slices.IndexFunc(sents, func(s sentence) bool { return s.text == f.Sentence })
		if si < 0 || slices.ContainsFunc(sents[si].companies, func(m mention) bool { return side(m.name) < 0 && m.name != winner }) || !e.lex.refersToDeal(&sents[si]) {
			continue
		}
		ps := slices.Clone(f.Parties)
		for j := range ps {
			if k := side(ps[j].Name); k >= 0 {
				ps[j].Role = award[k].Role
			} else if ps[j].Name == winner {
				ps[j].Role = corpus.RoleVendor
			}
		}
		for _, p := range award {
			if !slices.ContainsFunc(ps, func(q corpus.Party) bool { return sameCompany(q.Name, p.Name) }) {
				ps = append(ps, p)
			}
		}
		*f = f.WithParties(ps)
	}
}

// refersToDeal reports a sentence that calls its deal "the contract",
// "the deal" or "this project", and no other deal "another" or "a
// similar" one.
func (x *lexicon) refersToDeal(s *sentence) bool {
	toks := s.toks
	back := false
	for k := range toks {
		if x.tokIn(lOtherDeal, &toks[k]) && x.otherDealNoun(toks, k) {
			return false
		}
		if toks[k].is2(wdThe, wdThis) {
			// "the Rs 64 crore deal": past a figure the article states.
			from := k + 1
			for _, q := range s.qty {
				if q.start == from {
					from = q.end
				}
			}
			for j := from; j < len(toks) && j <= from+1; j++ {
				if toks[j].lower != "it" && x.tokIn(lDealBack, &toks[j]) {
					back = true
				}
			}
		}
	}
	return back
}

// otherDealNoun reports whether a deal noun follows the other-deal word
// at k within two words ("a similar deal", "another cloud contract").
func (x *lexicon) otherDealNoun(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if toks[j].lower != "it" && x.tokIn(lDealBack, &toks[j]) {
			return true
		}
	}
	return false
}

// vendorNamed returns the company sentence s puts in charge of a deal of
// the given period it refers back to (see addContractVendors), or "".
func (x *lexicon) vendorNamed(s *sentence, period corpus.Period) string {
	toks := s.toks
	back, signed := false, false
	for k := range toks {
		back = back || x.tokIn(lDealBack, &toks[k])
		// "It signed a similar deal with Northwind in 2020": a deal of
		// another kind or time is not the one before. The word must
		// describe a deal: "picked Northwind over other bidders" and
		// "earlier this year" still refer back.
		if x.tokIn(lOtherDeal, &toks[k]) && x.otherDealNoun(toks, k) {
			return ""
		}
	}
	if !back {
		return ""
	}
	// "The project stems from a memorandum signed in 2021" may date
	// the deal's start; a year other than the deal's own is another deal.
	if p := lastPeriodIn(toks, s.marks, when{}); p != "" && period != "" && p.Year() != period.Year() {
		return ""
	}
	for k := range toks {
		t := &toks[k]
		chose := x.tokIn(lChoseVendor, t) && !t.startsUpper()
		with := t.lower == "with" && signed
		signed = signed || s.bits[k].has(wSigned)
		if !chose && !with {
			continue
		}
		// Past an article and lower-case words describing the company:
		// "with the multinational Presight".
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if m, ok := s.companyAt(j); ok {
				if slices.ContainsFunc(s.places, func(p mention) bool { return p.start < m.end && m.start < p.end }) ||
					slices.ContainsFunc(s.measurers, func(p mention) bool { return p.start < m.end && m.start < p.end }) {
					return ""
				}
				// "appointed Northwind chief executive Jane Doe" picks a
				// person the company employs, not the company.
				if m.end < len(toks) && x.tokIn(lStaffAfterName, &toks[m.end]) {
					break
				}
				return m.name
			}
			if toks[j].kind != tokWord || toks[j].startsUpper() {
				break
			}
		}
	}
	return ""
}

// companyAt returns the company whose name starts at token k.
func (s *sentence) companyAt(k int) (mention, bool) {
	for _, m := range s.companies {
		if m.start == k {
			return m, true
		}
	}
	return mention{}, false
}

// lacksSeller reports a takeover of target with a buyer and no seller,
// in which none of sellers plays another part.
func lacksSeller(f *corpus.Fact, target string, sellers []string) bool {
	buyer, bought := false, false
	for _, p := range f.Parties {
		switch {
		case p.Role == corpus.RoleSeller || p.Role != "" && slices.Contains(sellers, p.Name):
			return false
		case p.Role == corpus.RoleBuyer:
			buyer = true
		case p.Role == corpus.RoleTarget && p.Name == target:
			bought = true
		}
	}
	return f.Kind == corpus.DealValue && buyer && bought
}

// sellerOf returns the companies the sentence names as the owners or
// seller of the company target (see addTakeoverSellers), or nil.
func (s *sentence) sellerOf(target string) []string {
	toks := s.toks
	for ti, m := range s.companies {
		if m.name != target {
			continue
		}
		// "Gates Global": the name may run on past what the article
		// knows of it.
		end := max(m.end, runAfter(toks, m.start))
		// "Data4's majority owner, Axa", "Gates's owners, Onex and CPP
		// Investments", "Arm's parent SoftBank"
		if possessiveAt(toks, end) {
			k := end + 2
			for k < len(toks) && k < end+4 && toks[k].is6(wdMajority, wdMain, wdLargest, wdBiggest, wdControlling, wdCurrent) {
				k++
			}
			if k < len(toks) && toks[k].is3(wdOwner, wdOwners, wdParent) {
				k++
				if k < len(toks) && toks[k].text == "," {
					k++
				}
				if ns := s.companiesFrom(k, ti); len(ns) > 0 {
					return ns
				}
			}
		}
		// "SoftBank-owned Arm", "KKR-controlled chipmaker Kokusai"
		for _, c := range s.companies {
			if e := c.end; c.name != target && e+2 < len(toks) && toks[e].text == "-" && toks[e-1].joins(&toks[e]) && toks[e+1].is2(wdOwned, wdControlled) && e+2 <= m.start && describedFrom(s, e+2, m.start) {
				return []string{c.name}
			}
		}
		// "buy Kokusai Electric from KKR"
		if end < len(toks) && toks[end].lower == "from" && s.boughtBefore(m.start) {
			if ns := s.companiesFrom(end+1, ti); len(ns) > 0 {
				return ns
			}
		}
		// "Gates Global, which is currently owned by Onex and CPP
		// Investments"; not "which was owned by", a former owner.
		if k := ownedByAfter(toks, end); k > 0 {
			if ns := s.companiesFrom(k, ti); len(ns) > 0 {
				return ns
			}
		}
		// "SoftBank agreed to sell Arm", "KKR is selling Kokusai"
		for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
			if !toks[k].is4(wdSell, wdSells, wdSelling, wdSold) {
				continue
			}
			if k > 0 && toks[k-1].is5(wdBe, wdWas, wdWere, wdIs, wdBeen) {
				// "Arm was sold to SoftBank": the passive's subject is
				// the company sold.
				break
			}
			if b, a := sidesAround(s, k, k+1); a == ti && b >= 0 && s.verbWordsBetween(s.companies[b].end, k) {
				return []string{s.companies[b].name}
			}
			break
		}
	}
	return nil
}

// ownedByAfter returns where the owners' names start after "which is
// owned by", "is currently owned by" or ", owned by" from token k; 0 when
// the words do not follow.
func ownedByAfter(toks []token, k int) int {
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) && toks[k].is2(wdWhich, wdThat) {
		k++
	}
	if k < len(toks) && toks[k].is2(wdIs, wdAre) {
		k++
	}
	for k < len(toks) && toks[k].is6(wdCurrently, wdNow, wdJointly, wdMajority, wdWholly, wdStill) {
		k++
	}
	if k+2 < len(toks) && toks[k].is2(wdOwned, wdControlled) && toks[k+1].lower == "by" {
		return k + 2
	}
	return 0
}

// verbWordsBetween reports only a few lower-case words from..to, those
// of a verb's tense or intent: "agreed to", "would have", "is".
func (s *sentence) verbWordsBetween(from, to int) bool {
	if to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		if t := &s.toks[k]; t.kind != tokWord || t.startsUpper() {
			return false
		}
	}
	return true
}

// companiesFrom returns the companies the sentence lists from token k,
// past words saying what each is ("private equity companies Bain Capital
// and Golden Gate Capital", "Onex Corp. and the Canada Pension Plan
// Investment Board"), without the company at index not; nil for none.
func (s *sentence) companiesFrom(k, not int) []string {
	var out []string
	pos := k
	for _, c := range s.companies {
		if c.start < pos {
			continue
		}
		if len(out) > 0 {
			// The next name of the list follows a comma or "and".
			j := pos
			if j < c.start && s.toks[j].text == "," {
				j++
			}
			if j < c.start && s.toks[j].is2(wdAnd, symAmpersand) {
				j++
			}
			if j == pos {
				break
			}
			pos = j
		}
		if !describedFrom(s, pos, c.start) || c.name == s.companies[not].name {
			break
		}
		out = append(out, c.name)
		pos = max(c.end, runAfter(s.toks, c.start))
		if len(out) == 8 {
			break
		}
	}
	return out
}

// boughtBefore reports a verb of buying in the few words before token k:
// "agreed to buy", "its purchase of".
func (s *sentence) boughtBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.toks[j].text == "," || s.toks[j].text == ";" {
			return false
		}
		if bitIn(s.bits, j, wAcquire) {
			return true
		}
	}
	return false
}

// roundValue is the figure of one funding round an article states.
type roundValue struct {
	value float64
	unit  string
}

// Bounds on what addLeadInvestors holds of an article, which it reads
// once for every sentence, so that hostile text (a round restated in
// every sentence, a new round or backer in each) stays linear: no real
// article states more rounds, names more backers of one, or needs more
// of its sentences stating the round to name its stage.
const (
	maxArticleRounds = 32
	maxRoundBackers  = 48
	maxStatedRound   = 4096
)

// roundFigure is the round a sentence's backers put money into: the
// round the sentences before told of (cur), when the sentence states no
// figure; the article's first (first), when it states it; else the one
// other round the sentence states, as the article reads it there or
// elsewhere ("The USD 350 million came from banks including Barclays"
// after "PDG has closed a USD 350 million debt financing"). A
// valuation or a running total beside the round ("values Mistral at 2
// billion euros", "lifts the total it has raised to $1.3 billion") is no
// figure of another deal. ok is false for a sentence about another deal.
func (s *sentence) roundFigure(rounds []roundValue, first corpus.Fact, cur roundValue) (value float64, unit string, stated, ok bool) {
	// own counts the figures of the sentence's own deals; other is the
	// first of them.
	own, other := 0, quantity{}
	for _, q := range s.qty {
		if q.kind != qtyMoney || s.sizesOrTotals(&q) {
			continue
		}
		if q.unit == first.Unit && restates(first.Value, q.value) {
			return first.Value, first.Unit, true, true
		}
		if own == 0 {
			other = q
		}
		own++
	}
	switch own {
	case 0:
		return cur.value, cur.unit, false, true
	case 1:
		q := other
		if i := slices.IndexFunc(rounds, func(r roundValue) bool { return r.unit == q.unit && restates(r.value, q.value) }); i >= 0 {
			return rounds[i].value, rounds[i].unit, true, true
		}
	}
	return 0, "", true, false
}

// sizesOrTotals reports a money figure that values a company or totals
// what it has raised: "at a $2.8 billion valuation", "values it at $2
// billion", "lifts the total to $1.3 billion".
func (s *sentence) sizesOrTotals(q *quantity) bool {
	toks := s.toks
	if q.end < len(toks) && toks[q.end].is3(wdValuation, wdPost, wdPre) {
		return true
	}
	for k := q.start - 1; k >= 0 && k >= q.start-8; k-- {
		t := &toks[k]
		if t.text == "," || t.text == ";" {
			return false
		}
		if strings.HasPrefix(t.lower, "valu") || t.is5(wdTotal, wdTotals, wdTotalling, wdTotaling, wdCumulative) {
			return true
		}
	}
	return false
}

// leadInvestors returns the companies a sentence says led a round or
// took part in it, in a sentence about a round that is not an earlier one:
// named after "led by", before "led", "leads" or "is set to lead", after
// the lead verb as co-leads ("together with Valor", "with existing backer
// Monolith", "joined by Nvidia and Dell"), in a list of backers ("from 97
// investors including Nvidia, AMD and Fidelity", "with Alibaba and
// HongShan among the investors"), and after the money they put up ("got
// the financing from Maybank and UOB"). about says the sentence before
// was about the round, so that one naming no round of its own ("Microsoft
// is also set to take part") is about it too. nil for none.
func (s *sentence) leadInvestors(about bool) []string {
	toks := s.toks
	round, money, own := about, false, false
	for k := range toks {
		t := &toks[k]
		// "Accel is said to be leading it": the round, named before.
		if bitIn(s.bits, k, wRaise) || t.lower == "investment" || s.marks[k]&leadsRound != 0 && k+1 < len(toks) && toks[k+1].lower == "it" {
			round, own = true, true
		}
		// "The money came from investors including ...": the round's.
		money = money || t.is3(wdMoney, wdCash, wdCapital)
		if s.marks[k]&namesEarlier != 0 && s.roundWithin(k+1, 4) {
			// "Last year's round was led by BlackRock", "its previous
			// funding round"; but "Bloomberg reported earlier" names no
			// other round.
			return nil
		}
	}
	var out []string
	addName := func(n string) {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	addAfter := func(k int) {
		for _, n := range s.listAt(k + 1) {
			addName(n)
		}
	}
	for k := range toks {
		if s.marks[k]&(includesNames|leadsRound) == 0 && !namesBackersAt(toks[k].lower) {
			continue
		}
		switch {
		case s.marks[k]&includesNames != 0 && ((own || money) && investorsBefore(toks, k) || k > 0 && toks[k-1].is2(wdBanks, wdLenders) || about && s.roundBackersBefore(k)):
			// "Contoso's backers include Northwind", in a sentence that
			// speaks of no round, are its backers of any round; but
			// only debt has lenders ("a consortium of banks including
			// Barclays").
			addAfter(k)
		case toks[k].text == ":" && k > 0 && toks[k-1].is3(wdLenders, wdBanks, wdArrangers) && !slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyMoney }):
			// "agreements were signed with eight international lenders:
			// ING Bank, Intesa Sanpaolo and Natixis": only debt has
			// lenders, so the words say whose money it is.
			addAfter(k)
		case toks[k].is2(wdWere, wdAre) && s.lendersBefore(k) && !slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyMoney }):
			// "The lenders behind the facilities are HSBC and Natixis",
			// after a sentence of the facilities' tranches: as above.
			addAfter(k)
		case !round:
			// A sentence that does not say it is about a round names
			// no lead and no backer of it: "Microsoft leads the
			// market", "its backers include Microsoft".
		case backersNamed(toks, k):
			// "along with existing backers Avenir Growth and Tiger
			// Global", "with existing investor Apax also taking part":
			// the round's backers, named after the word for them.
			addAfter(k)
		case toks[k].lower == "part" && k > 0 && s.marks[k]&takesPart != 0 && s.marks[k-1]&holdsPart != 0 && (own || s.joinsRound(k)):
			// In a sentence that names no round, only taking part that
			// ends there or names the round ("also took part.", "took
			// part in the round") is in the round before; "took part in
			// the talks" is not.
			// "Nvidia and Microsoft also took part", "with Conviction
			// Partners also taking part": backers of the round.
			for _, n := range s.subjectsBefore(k - 1) {
				addName(n)
			}
			if j := s.asDidAfter(k); j > 0 {
				// "Accel took part, as did new investor Salesforce
				// Ventures"
				addAfter(j)
			}
		case round && toks[k].is4(wdReinvested, wdReinvests, wdReinvest, wdReinvesting) && s.joinsRound(k):
			// "SVB Capital reinvested in the extension, as did existing
			// investors Deciens and Ribbit": a backer of an earlier round
			// who put money into this one; "reinvested its profits" and
			// "reinvested in its data centres" put none in.
			for _, n := range s.subjectsBefore(k) {
				addName(n)
			}
			if j := s.asDidAfter(k); j > 0 {
				addAfter(j)
			}
		case (toks[k].is9(wdParticipated, wdParticipate, wdParticipates, wdParticipating, wdJoined, wdJoin, wdJoins, wdJoining, wdInvested) || toks[k].is2(wdBacked, wdBacks)) && s.joinsRound(k):
			// "Existing investors Accel and Index also participated",
			// "Microsoft and Google joined the round", "Tailspin and
			// Litware backed the round"
			for _, n := range s.subjectsBefore(k) {
				addName(n)
			}
			if j := s.asDidAfter(k); j > 0 {
				addAfter(j)
			}
		case round && toks[k].is3(wdFollowed, wdFollowing, wdFollow) && s.followsOn(k):
			// "Thrive led the round, with Alphabet and GV following
			// on", "Oracle led, and Nvidia and Intel followed": backers
			// who follow the lead put money in too.
			for _, n := range s.subjectsBefore(k) {
				addName(n)
			}
		case round && s.isBackerAt(k) > 0:
			// "Kakao is a major backer": the subject of "is" and a word
			// for a backer, in a sentence about the round.
			for _, n := range s.subjectsBefore(s.isBackerAt(k)) {
				addName(n)
			}
		case round && s.asBackersAt(k) > 0:
			// "Northwind and Tailspin also came in as new investors",
			// "Adatum returned as an existing backer": the subject of
			// a verb that makes it one of the round's backers.
			for _, n := range s.subjectsBefore(s.asBackersAt(k)) {
				addName(n)
			}
		case toks[k].is6(wdProvided, wdProvides, wdProvide, wdSupplied, wdSupplies, wdExtended) && s.financingAfter(k):
			// "Lendable and Norsad provided the debt financing": the
			// round's lenders.
			for _, n := range s.subjectsBefore(k) {
				addName(n)
			}
		case toks[k].is5(wdIncluded, wdInclude, wdIncludes, wdWere, wdAre) && s.backersBefore(k, about):
			// "Investors in the round included Nvidia and Intel", "Other
			// participants were Index and Atomico"
			addAfter(k)
		case toks[k].is4(wdDrew, wdDraws, wdAttracted, wdAttracts) && k > 0 && s.roundWithin(max(0, k-3), 3):
			// "The round also drew Quillmont and Brackwater": the round
			// draws its backers.
			addAfter(k)
		case toks[k].lower == "of" && k > 0 && toks[k-1].is2(wdBacking, wdSupport):
			// "It has the backing of Quillmont and Brackwater"
			addAfter(k)
		case toks[k].lower == "among" && s.amongBackers(k):
			// "with Alibaba and HongShan among the investors"
			for _, n := range s.listedBefore(k) {
				addName(n)
			}
		case toks[k].lower == "from" && k > 1 && toks[k-1].is4(wdParticipation, wdContributions, wdContribution, wdCommitments):
			// "The round drew participation from Index and Atomico"
			addAfter(k)
		case toks[k].lower == "from" && k > 1 && s.moneyBefore(k):
			// "got the financing from Maybank, Standard Chartered and
			// UOB"
			addAfter(k)
		case s.marks[k]&leadsRound != 0 && !own && !(k+1 < len(toks) && (toks[k+1].is5(wdBy, wdIt, symPeriod, wdArranger, wdArrangers) || about && toks[k+1].text == ",")):
			// "Fabrikam led the market in 2024", after a round's
			// sentence, leads something else; "Fabrikam led it", "led
			// by" and a loan's "lead arrangers" may lead the round told
			// of.
		case s.marks[k]&leadsRound != 0:
			if k+1 < len(toks) && toks[k+1].lower == "by" {
				// "led by TWG Global", "led by Thrive Capital and
				// Microsoft", "led by Lightspeed with contributions from
				// Amazon and Google"
				before := len(out)
				addAfter(k + 1)
				if len(out) > before {
					for _, n := range s.coLeads(k) {
						addName(n)
					}
				}
				continue
			}
			// "GIC and Coatue Management led the round", "Thrive
			// Capital is slated to lead the round", "Prima Materia, Ek's
			// investment firm, is leading the round"
			before := len(out)
			for _, n := range s.subjectsBefore(k) {
				addName(n)
			}
			if len(out) > before {
				for _, n := range s.coLeads(k) {
					addName(n)
				}
			}
		}
	}
	return out
}

// asDidAfter returns where "as did" ends after the verb at k, in the
// same clause: "..., as did new investor Salesforce Ventures"; "joined
// the round, which valued Contoso at $3bn, as did Litware": a clause
// between the verb and "as did" leaves the verb the same. 0 for none.
func (s *sentence) asDidAfter(k int) int {
	toks := s.toks
	for j := k + 1; j+2 < len(toks) && j < k+24 && toks[j].text != ";" && toks[j].text != "."; j++ {
		if toks[j].text == "," && toks[j+1].lower == "as" && toks[j+2].lower == "did" {
			return j + 2
		}
	}
	return 0
}

// namesBackersAt reports a word at which one of leadInvestors' readings
// may start, besides the marked verbs. Most words of a round's article are
// none of them, and one switch rules a word out where the readings' own
// checks would each compare it again.
func namesBackersAt(w string) bool {
	switch w {
	case ":", "investors", "backers", "investor", "backer", "lender", "lenders", "provided", "provides", "provide", "supplied", "supplies", "extended", "followed", "following", "follow", "part",
		"participated", "participate", "participates", "participating", "joined", "join", "joins", "joining", "invested",
		"reinvested", "reinvests", "reinvest", "reinvesting", "backed", "backs", "included", "include", "includes", "were", "are", "drew", "draws", "attracted", "attracts", "of", "among", "from":
		return true
	}
	return false
}

// subjectsBefore returns the companies that are the subject of the verb
// at k: those listed right before it, past words saying when or how surely
// ("Nvidia and Microsoft also", "Thrive Capital is slated to"), or the
// first company of the sentence past an aside that describes it ("Prima
// Materia, Ek's investment firm, is"). The companies an aside names are
// not the subject: "Lightspeed, an early investor in Snap, is leading".
func (s *sentence) subjectsBefore(k int) []string {
	toks := s.toks
	j := k
	for j > 0 && k-j < 4 && (bitIn(s.bits, j-1, wAux) || toks[j-1].is8(wdSlated, wdSet, wdExpected, wdPoised, wdLikely, wdBe, wdCo, symHyphen)) {
		j--
	}
	var out []string
	if j > 1 && toks[j-1].text == "," {
		// The aside runs from the comma right after the sentence's first
		// company, which starts the sentence, to the comma before the
		// verb.
		if len(s.companies) > 0 {
			m := s.companies[0]
			// "Intel Capital, the investment arm": the name may run on
			// past what the article knows of it.
			e := max(m.end, runAfter(toks, m.start))
			var second []string
			if e+1 < j-1 && toks[e].is2(wdAnd, symAmpersand) && toks[e+1].startsUpper() {
				// "Stonebridge Ventures and Lotte Homeshopping, the
				// shopping arm of Lotte, also took part": the aside
				// describes the second of two subjects.
				if i := slices.IndexFunc(s.companies, func(c mention) bool { return c.start == e+1 }); i >= 0 {
					second = append(second, s.companies[i].name)
				}
				e = runAfter(toks, e+1)
			}
			// An aside that states money is a clause of its own ("Tide,
			// a fintech, has raised $120 million led by TPG, with
			// investor Apax also taking part"), whose subject is no
			// backer.
			if e < j-1 && toks[e].text == "," && (m.start == 0 || describedOrg(toks, s.bits, 0) == m.start) && !s.stopsBetween(e+1, j-1) && !slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyMoney && q.start > e && q.start < j }) {
				return append(append(out, m.name), second...)
			}
		}
	}
	for _, m := range s.companies {
		// "Oracle and Nvidia co-led": the list ends where "co-" starts;
		// not "closed a SoftBank-led round", whose hyphen names the lead.
		if m.end <= k && (s.listedFrom(m.end, k) || j < k && toks[j].lower == "co" && s.listedFrom(m.end, j) || s.auxBefore(m.end, k)) {
			out = append(out, m.name)
		}
	}
	return out
}

// listAt returns the companies of the list that starts at token k, each
// past the words that say what it is: "Nvidia, Dell Technologies and
// Nokia", "Californian fund Andreessen Horowitz", "as Barclays, BNP
// Paribas and HSBC". A name the article does not know keeps its place in
// the list; the list ends at the first word that is neither a name, a
// description nor a joining comma or "and".
func (s *sentence) listAt(k int) []string {
	toks := s.toks
	if k < len(toks) && toks[k].lower == "as" {
		// "such as"
		k++
	}
	var out []string
	for n := 0; n < 16 && k < len(toks); n++ {
		if i := slices.IndexFunc(s.places, func(m mention) bool { return m.start == k }); i >= 0 && possessiveAt(toks, s.places[i].end) {
			// "Abu Dhabi's MGX, Singapore's Temasek": a place's
			// possessive says where the name after it is from.
			k = s.places[i].end + 2
			if k >= len(toks) {
				break // a headline that stops on the possessive
			}
		}
		j := describedOrg(toks, s.bits, k)
		if (j < 0 || j > k && !s.namesWhatFollows(j-1)) && toks[k].startsUpper() {
			// "Two Sigma Ventures", found as "Sigma Ventures": a
			// capitalised word the name found leaves out keeps the list
			// going.
			j = s.companyWithin(k)
		}
		if j < 0 || j > k && !s.namesWhatFollows(j-1) && !toks[k].startsUpper() {
			break
		}
		end := runAfter(toks, j)
		if possessiveAt(toks, end) {
			if n > 0 {
				// "led by Fabrikam, Contoso's biggest shareholder": an
				// owner's word after a comma describes the name before.
				break
			}
			// "The winners are Accenture's federal subsidiary, CGI":
			// the owner stands for its unit, up to the comma.
			if i := slices.IndexFunc(s.companies, func(m mention) bool { return m.start == j }); i >= 0 {
				out = append(out, s.companies[i].name)
			}
			for end < len(toks) && end < j+8 && toks[end].text != "," {
				end++
			}
			k = end
			if k < len(toks) && toks[k].text == "," {
				k++
			}
			continue
		}
		if i := slices.IndexFunc(s.companies, func(m mention) bool { return m.start == j }); i >= 0 {
			m := s.companies[i]
			// "Californian fund Andreessen Horowitz": the first name
			// only describes the next.
			if d := describedName(toks, s.bits, m.end); d > m.end {
				if i := slices.IndexFunc(s.companies, func(c mention) bool { return c.start == d }); i >= 0 {
					m = s.companies[i]
				}
			}
			out = append(out, m.name)
			// "Standard Chartered Plc": the name runs on past what the
			// article knows of it.
			end = max(m.end, runAfter(toks, m.start))
		}
		for end < len(toks) && end < j+8 && (toks[end].text == "." || isNameToken(&toks[end])) {
			// "ING Bank N.V.,": the registered form, dots and all.
			end++
		}
		if end <= j {
			break
		}
		k = end
		if k+1 < len(toks) && toks[k].text == "(" {
			// "the Emerging Africa Infrastructure Fund (EAIF)"
			for k < len(toks) && k < end+6 && toks[k].text != ")" {
				k++
			}
			k++
		}
		start := k
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k < len(toks) && toks[k].is2(wdAnd, symAmpersand) {
			k++
		} else if k+2 < len(toks) && toks[k].lower == "as" && toks[k+1].lower == "well" && toks[k+2].lower == "as" {
			// "existing investors such as EQT Ventures, as well as new
			// investor Giant Ventures": the list goes on.
			k += 3
		}
		if k == start {
			break
		}
	}
	return out
}

// companyWithin returns where a company starts one or two capitalised
// words after token k, or -1.
func (s *sentence) companyWithin(k int) int {
	for _, c := range s.companies {
		if c.start > k && c.start <= k+2 {
			for j := k; j < c.start; j++ {
				if !s.toks[j].startsUpper() {
					return -1
				}
			}
			return c.start
		}
	}
	return -1
}

// possessiveAt reports "'s" at token k.
func possessiveAt(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k].text == "'" || toks[k].text == "’") && toks[k+1].lower == "s"
}

// namesWhatFollows reports a lower-case word at k that says what the
// name after it is: "fund", "investor", "bank", "software publisher";
// not a verb ("values Mistral").
func (s *sentence) namesWhatFollows(k int) bool {
	t := &s.toks[k]
	if bitIn(s.bits, k, wDescriptor) || bitIn(s.bits, k, wBusiness) || t.is13(wdFund, wdFunds, wdInvestor, wdInvestors, wdBacker, wdBackers, wdBanks, wdPartner, wdPartners, wdOffice, wdArm, wdHouse, wdVehicle) {
		return true
	}
	w := strings.TrimSuffix(t.lower, "s")
	return len(w) > 4 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or"))
}

// stopsBetween reports the end of a sentence or clause (".", ";") among
// tokens from..to.
func (s *sentence) stopsBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].text == ";" || s.toks[k].text == "." {
			return true
		}
	}
	return false
}

// amongBackers reports "among the investors", "among the other backers"
// at k.
func (s *sentence) amongBackers(k int) bool {
	toks := s.toks
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].is4(wdInvestors, wdBackers, wdLenders, wdParticipants) {
			return true
		}
		if !toks[j].is6(wdThe, wdIts, wdTheir, wdOther, wdNew, wdExisting) {
			return false
		}
	}
	return false
}

// listedBefore returns the companies listed right before token k, back
// to the "with" or clause start that opens the list: "with Alibaba and
// HongShan, formerly known as Sequoia China," before "among".
func (s *sentence) listedBefore(k int) []string {
	toks := s.toks
	from := k
	for from > 0 && k-from < 24 && !toks[from-1].is3(wdWith, wdAnd, wdWhile) && toks[from-1].text != ";" {
		from--
	}
	if from > 0 && toks[from-1].lower == "and" {
		// "A and B among the investors": "and" joins the list; look on
		// for the "with" that opens it.
		for from > 0 && k-from < 24 && !toks[from-1].is2(wdWith, wdWhile) && toks[from-1].text != ";" {
			from--
		}
	}
	if from == 0 || !toks[from-1].is2(wdWith, wdWhile) {
		return nil
	}
	var out []string
	for _, m := range s.companies {
		if m.start >= from && m.end <= k && s.listedFrom(from, m.start) {
			out = append(out, m.name)
		}
	}
	return out
}

// joinsRound reports that the verb of joining at k joins the round: it
// ends its clause ("Nvidia also participated.") or names the round or the
// backers soon after ("joined the round", "participated as an
// investor"); "joined the board" and "joined by" do not.
func (s *sentence) joinsRound(k int) bool {
	toks := s.toks
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := &toks[j]
		switch {
		case j == k+1 && (t.text == "." || t.text == "," || t.text == ";"):
			return true
		case toks[j-1].is2(wdAgain, wdToo) && (t.text == "." || t.text == ";" ||
			t.text == "," && (j+1 >= len(toks) || !toks[j+1].is3(wdIn, wdInto, wdFor))):
			// "Accel invested again.", "Index participated too.": the
			// verb ends the clause, so it is the round's; "invested
			// too, in a separate company" says where the money went.
			return true
		case bitIn(s.bits, j, wRaise) || t.is7(wdInvestor, wdInvestors, wdBacker, wdBackers, wdLender, wdLenders, wdExtension):
			// "reinvested in the extension": a round's extension is
			// more of the round.
			return true
		case !t.is12(wdIn, wdThe, wdThis, wdIts, wdAs, wdAn, wdA, wdNew, wdLatest, wdAlso, wdToo, wdAgain):
			return false
		}
	}
	return false
}

// backersBefore reports a word for a round's backers a few words before
// the verb at k, past words that say it is a round's: "Investors in the
// round included", "Backers of the latest funding include", or "Other
// investors included" when the sentence before (about) was about the
// round, or "The investors were" opening a sentence after it; not "its
// backers include", who may have backed any round.
func (s *sentence) backersBefore(k int, about bool) bool {
	toks := s.toks
	round := false
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch {
		case toks[j].is4(wdInvestors, wdBackers, wdParticipants, wdLenders):
			// "Other investors included Nvidia", after the round's lead:
			// the round's other backers. "The investors were Northwind
			// and Tailspin" opening the sentence after a round's names
			// that round's: the definite article points back to it.
			return round || about && j > 0 && (toks[j-1].is3(wdOther, wdNew, wdExisting) || j == 1 && toks[0].is1(wdThe))
		case bitIn(s.bits, j, wRaise):
			round = true
		case toks[j].is7(wdIn, wdOf, wdThe, wdThis, wdLatest, wdNew, wdIts):
		default:
			return false
		}
	}
	return false
}

// lendersBefore reports the lenders of a loan as the subject of the verb
// at k, past words saying which loan: "The lenders are", "The lenders
// behind the facilities were", "The lenders of the new loan are".
func (s *sentence) lendersBefore(k int) bool {
	toks := s.toks
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch {
		case toks[j].is1(wdLenders):
			return true
		case s.marks[j]&namesFacility != 0 || toks[j].is12(wdThe, wdBehind, wdOf, wdTo, wdFor, wdIn, wdThis, wdIts, wdNew, wdLoan, wdLoans, wdDebt):
		default:
			return false
		}
	}
	return false
}

// roundBackersBefore reports, right before the word for a list at k,
// backers named as the round's by what they are to it: "along with
// existing backers including LGT", "new investors such as Temasek". In a
// sentence after one about the round, they are its backers; "its backers
// include" may be of any round.
func (s *sentence) roundBackersBefore(k int) bool {
	toks := s.toks
	return k > 1 && toks[k-1].is4(wdInvestors, wdBackers, wdInvestor, wdBacker) && toks[k-2].is4(wdExisting, wdOther, wdNew, wdReturning)
}

// asBackersAt returns where the verb is whose subject "as" and the word
// for backers at k make one of a round's backers: "came in as new
// investors", "returned as an existing investor", "signed on as a
// backer"; 0 when the words do not read so. A name right before "as" is
// the verb's object ("counts Contoso as an investor"), and "known as",
// "such as" and "as well as" make no backer.
func (s *sentence) asBackersAt(k int) int {
	toks := s.toks
	if !toks[k].is6(wdInvestors, wdBackers, wdInvestor, wdBacker, wdLender, wdLenders) {
		return 0
	}
	j := k - 1
	for j > 0 && k-j <= 4 && toks[j].lower != "as" {
		if toks[j].kind != tokWord || toks[j].startsUpper() {
			return 0
		}
		j--
	}
	if j < 2 || toks[j].lower != "as" {
		return 0
	}
	v := j - 1
	if toks[v].is5(wdIn, wdOn, wdAboard, wdBack, wdBoard) {
		// "came in as", "came on board as"
		v--
		if v > 0 && toks[v].lower == "on" {
			v--
		}
	}
	if v < 1 || toks[v].kind != tokWord || toks[v].startsUpper() || toks[v].is10(wdKnown, wdSuch, wdWell, wdSame, wdSeen, wdDescribed, wdRegarded, wdNamed, wdListed, wdRanked) {
		return 0
	}
	return v
}

// followsOn reports "follow" at k ending its clause, or followed by
// "on" or "suit" that end it: backers following a round's lead, not
// "followed the announcement".
func (s *sentence) followsOn(k int) bool {
	toks := s.toks
	j := k + 1
	if j < len(toks) && toks[j].is2(wdOn, wdSuit) {
		j++
	}
	return j >= len(toks) || toks[j].text == "." || toks[j].text == "," || toks[j].text == ";"
}

// isBackerAt returns where "is" or "was" stands before the word for a
// backer at k, only an article and words describing the backer between:
// "is a major backer", "was the lead investor", "remains an existing
// investor"; 0 when the words do not read so, or when the backer is
// named as another company's ("is an investor in Fabrikam").
func (s *sentence) isBackerAt(k int) int {
	toks := s.toks
	if !toks[k].is4(wdInvestor, wdBacker, wdInvestors, wdBackers) {
		return 0
	}
	if k+2 < len(toks) && toks[k+1].is3(wdIn, wdOf, wdTo) && toks[k+2].startsUpper() {
		return 0
	}
	j := k - 1
	for j > 0 && k-j <= 4 && toks[j].kind == tokWord && !toks[j].startsUpper() && !toks[j].is8(wdIs, wdWas, wdAre, wdWere, wdRemains, wdRemain, wdBecame, wdBecomes) {
		j--
	}
	if j < 1 || k-j < 2 || !toks[j].is8(wdIs, wdWas, wdAre, wdWere, wdRemains, wdRemain, wdBecame, wdBecomes) || !toks[j+1].is3(wdA, wdAn, wdThe) {
		return 0
	}
	return j
}

// financingAfter reports the money of a round named right after the verb
// at k: "provided the debt financing", "supplied a $20m loan",
// "extended the credit facility".
func (s *sentence) financingAfter(k int) bool {
	toks := s.toks
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		t := &toks[j]
		if t.is9(wdFinancing, wdFunding, wdLoan, wdLoans, wdDebt, wdFacility, wdCapital, wdMoney, wdCredit) {
			return true
		}
		if t.kind != tokWord && t.kind != tokNum && t.text != "$" || t.startsUpper() {
			return false
		}
	}
	return false
}

// moneyBefore reports a word for the money raised, named as the one
// already told of, right before "from" at k: "the financing from", "the
// money came from", "the loan from"; not "a loan from HSBC", another
// deal.
func (s *sentence) moneyBefore(k int) bool {
	toks := s.toks
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if toks[j].is8(wdFinancing, wdFunding, wdMoney, wdLoan, wdLoans, wdCapital, wdCash, wdFunds) {
			return toks[j-1].is3(wdThe, wdThis, wdThat)
		}
		if !toks[j].is4(wdCame, wdComes, wdCome, wdAlso) {
			return false
		}
	}
	return false
}

// roundStage is what the sentences stating an article's round say of its
// stage, worked out once for the article rather than for each sentence.
type roundStage struct {
	stated       string // those sentences, in lower case
	staged, seed bool   // they name a stage; the stage is seed
}

// newRoundStage reads the stage the sentences stated (in lower case)
// name.
func newRoundStage(stated string) roundStage {
	seed := strings.Contains(stated, "seed")
	return roundStage{stated: stated, seed: seed, staged: seed || strings.Contains(stated, "series ")}
}

// series reports "series " and w in the stated sentences, as "series b"
// is in "led the series b round", without making the string it seeks.
func (r roundStage) series(w string) bool {
	for rest := r.stated; ; {
		i := strings.Index(rest, "series ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("series "):]
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
}

// anotherRound reports a sentence about a round other than the one the
// sentences stating it (st) tell of: one dated to a year before the
// article's ("Microsoft led its seed round in 2023"), or one naming a
// stage other than theirs ("seed", "Series A" beside a Series C). When
// they name no stage, a stage names the round.
func (s *sentence) anotherRound(st roundStage, pub when) bool {
	// It reads every token of every sentence about a round: by pointer,
	// and yearOf only for a number, since a token is 48 bytes to copy.
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind == tokNum && pub.year != 0 {
			if y := yearOf(*t); y != 0 && y < pub.year && !s.foundedIn(k) {
				return true
			}
		}
		switch t.lower {
		case "seed":
			if st.staged && !st.seed {
				return true
			}
		case "series":
			if st.staged && k+1 < len(s.toks) && !st.series(s.toks[k+1].lower) {
				return true
			}
		}
	}
	return false
}

// foundedIn reports the year at k as the one a company was founded in:
// "Skelter Labs, set up in 2015 by ..., said it has raised" dates the
// company, not the round.
func (s *sentence) foundedIn(k int) bool {
	toks := s.toks
	if k < 2 || !toks[k-1].is2(wdIn, wdSince) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if toks[j].is9(wdFounded, wdEstablished, wdLaunched, wdStarted, wdCreated, wdFormed, wdIncorporated, wdSet, wdSpun) {
			return true
		}
	}
	return false
}

// yearOf is the year a token writes ("2023"), or 0.
func yearOf(t token) int {
	if t.kind != tokNum || len(t.text) != 4 {
		return 0
	}
	// The digits read by hand: Atoi would allocate an error for each
	// four-character number that is not all digits ("2.75").
	y := 0
	for i := 0; i < 4; i++ {
		c := t.text[i]
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int(c-'0')
	}
	if y < 1990 || y > 2100 {
		return 0
	}
	return y
}

// roundWithin reports a word for a round among the n tokens from k.
func (s *sentence) roundWithin(k, n int) bool {
	for j := k; j < len(s.toks) && j < k+n; j++ {
		if bitIn(s.bits, j, wRaise) {
			return true
		}
	}
	return false
}

// auxBefore reports that tokens from..to, before a lead verb, only say
// when or how surely: "is slated to", "will also".
func (s *sentence) auxBefore(from, to int) bool {
	if to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		// "co-led" is three tokens.
		if !bitIn(s.bits, k, wAux) && !s.toks[k].is8(wdSlated, wdSet, wdExpected, wdPoised, wdLikely, wdBe, wdCo, symHyphen) {
			return false
		}
	}
	return true
}

// coLeads returns the companies named as leading a round with the one
// before the lead verb at k, or as joining it, in its clause: "together
// with Valor Equity Partners", "alongside Thrive", "with existing backer
// Monolith Management", "joined by Nvidia and Dell", "with participation
// from Nvidia".
func (s *sentence) coLeads(k int) []string {
	var out []string
	toks := s.toks
	for j := k + 1; j < len(toks) && j < k+20; j++ {
		if toks[j].text == ";" || toks[j].text == "." {
			break
		}
		switch {
		case toks[j].is2(wdWith, wdAlongside):
		case toks[j].is2(wdJoined, wdBacked) && j+1 < len(toks) && toks[j+1].lower == "by":
			j++
		default:
			continue
		}
		if f := s.fromAfter(j + 1); f > 0 {
			// "with large contributions from Amazon and Google"
			j = f
		}
		at := describedOrg(toks, s.bits, j+1)
		for _, m := range s.companies {
			if m.start == at {
				out = append(out, m.name)
				for _, n := range s.companies {
					if n.start > m.end && s.listedFrom(m.end, n.start) {
						out = append(out, n.name)
					}
				}
			}
		}
		break
	}
	return out
}

// fromAfter returns where "from" closes a few lower-case words from k
// that say what was given ("participation from", "large contributions
// from", "support from"), or -1.
func (s *sentence) fromAfter(k int) int {
	for j := k; j < len(s.toks) && j < k+4; j++ {
		t := &s.toks[j]
		switch {
		case t.lower == "from":
			if j == k {
				return -1
			}
			return j
		case t.kind != tokWord || t.startsUpper() || t.is6(wdAnd, wdThe, wdA, wdAn, wdIts, wdTheir):
			return -1
		}
	}
	return -1
}

// listedFrom reports that tokens from..to hold only what joins or
// describes names in a list: "and", commas, lower-case words saying what a
// company is ("the hedge fund"), names themselves.
func (s *sentence) listedFrom(from, to int) bool {
	for k := from; k < to; k++ {
		t := &s.toks[k]
		switch {
		case t.text == ",", t.kind == tokWord:
			if t.is13(wdWhich, wdThat, wdWho, wdAfter, wdWhile, wdBut, wdWith, wdIn, wdFor, wdOf, wdAt, wdTo, wdFrom) {
				return false
			}
		case digitsOpenName(s.toks, k):
			// "Fabrikam, 4DX and Litware": the digits open a listed name.
		case t.text == "-" && k > from && k+1 < to && s.toks[k-1].joins(t) && t.joins(&s.toks[k+1]) && s.toks[k+1].startsUpper():
			// "Northwind, Via-ID and Litware": a hyphen inside a listed
			// name, between two capitalised words, joins the name; a
			// lower-case word after it ("a Contoso-led round") describes.
		default:
			return false
		}
	}
	return true
}

// leadStatus is the status the article's lead (its title and first
// paragraph) states when it ends a deal's story, with the parties it
// names: "Pentagon scraps JEDI" makes the contract "budgeted at as much as
// $10 billion" two sentences on a cancelled one.
func leadStatus(sents []sentence) (corpus.Status, []corpus.Party) {
	for si := range sents {
		s := &sents[si]
		if s.paragraph > 1 {
			break
		}
		// Companies first: reading a status costs a pass over the words.
		if len(s.companies) == 0 {
			continue
		}
		if st := statusOf(s); st.Final() {
			var parties []corpus.Party
			for _, n := range mentionNames(s.companies) {
				parties = append(parties, corpus.Party{Name: n})
			}
			return st, parties
		}
	}
	return corpus.StatusUnknown, nil
}

// leadTakeover returns the buyer, target and any seller of a takeover the
// article's lead (its title and first paragraph) reports, with or without
// a price: "Databricks has agreed to buy database firm Neon", "Skyworks
// Solutions will buy its smaller rival Qorvo", "it will buy the business
// chat app Slack from Slack Technologies". The buyer is the company named
// last before the verb, the target the company right after it past words
// saying what it is. Its status is what the lead's words say, else agreed:
// a takeover reported is one the sides have agreed ("has bought ... in a
// multibillion-dollar deal" is announced, not yet closed). It returns nil
// when the lead reports no takeover so.
func leadTakeover(sents []sentence) ([]corpus.Party, corpus.Status) {
	for si := range sents {
		s := &sents[si]
		if s.paragraph > 1 {
			break
		}
		var noun []corpus.Party
		for k := range s.toks {
			// Every token of the lead comes here: the noun's number
			// spares the others the call.
			if s.toks[k].is1(wdSale) {
				if ps := leadSale(s, k); ps != nil {
					return ps, statusOf(s)
				}
			}
			if s.marks[k]&namesTakeover != 0 && noun == nil {
				// A verb of the sentence says its news before a noun
				// does: "Contoso, fresh from its acquisition of
				// Northwind, agreed to buy Fabrikam". "purchase" is a
				// verb too: "Contoso will purchase Fabrikam's chip
				// unit" is read below.
				noun = leadTakeoverNoun(s, k)
			}
			if s.marks[k]&takesOver != 0 && k+1 < len(s.toks) && s.toks[k+1].lower == "over" {
				k++ // "will not take over German chip supplier Siltronic"
			} else if !s.bits[k].has(wObjectVerbs) {
				continue
			}
			if k > 0 && s.toks[k-1].is3(wdWhich, wdThat, wdWho) {
				// "Contoso, which bought Fabrikam in 2021, signed a
				// deal": a purchase recalled is not the lead's news.
				continue
			}
			buyer, target := sidesAround(s, k, k+1)
			if k > 0 && s.marks[k-1]&beVerbs != 0 && k+1 < len(s.toks) && s.toks[k+1].lower == "by" {
				// "Wiz said it would be acquired by Google": the passive's
				// subject is bought, the company after "by" buys.
				target, buyer = sidesAround(s, k, k+2)
			}
			if buyer < 0 {
				continue
			}
			ps := []corpus.Party{
				{Name: s.companies[buyer].name, Role: corpus.RoleBuyer},
				{Name: s.companies[target].name, Role: corpus.RoleTarget},
			}
			if t := s.companies[target].end; t+1 < len(s.toks) && s.toks[t].lower == "from" {
				for _, m := range s.companies {
					if m.start == t+1 && m.name != ps[0].Name && m.name != ps[1].Name {
						ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleSeller})
					}
				}
			}
			return ps, takeoverStatus(s)
		}
		if noun != nil {
			return noun, takeoverStatus(s)
		}
	}
	return nil, corpus.StatusUnknown
}

// takeoverStatus is how far the lead's sentence s says its takeover has
// got, agreed when it says nothing further.
func takeoverStatus(s *sentence) corpus.Status {
	st := statusOf(s)
	if st == corpus.StatusUnknown || st == corpus.StatusAnnounced {
		st = corpus.StatusAgreed
	}
	return st
}

// leadTakeoverNoun returns the buyer and target of a takeover the lead
// names with a noun at k: "Contoso launched a takeover bid for Fabrikam",
// "Contoso completes its acquisition of Fabrikam". The buyer is the company
// named last before the noun, the target the one right after "of", or
// after "for" past "bid" or "offer"; nil when k is no such takeover ("a
// bid for a Pentagon contract" has no takeover noun).
func leadTakeoverNoun(s *sentence, k int) []corpus.Party {
	from := k + 2
	bid := false
	switch {
	case from < len(s.toks) && s.toks[k+1].lower == "of":
	case from+1 < len(s.toks) && s.toks[k+1].is2(wdBid, wdOffer) && s.toks[k+2].lower == "for":
		from++
		bid = true
	default:
		return nil
	}
	buyer, target := sidesAround(s, k, from)
	if t, by := passiveSides(s, from, bid); t >= 0 {
		// "Contoso said the acquisition of Fabrikam by Northwind would
		// hurt competition", "Fabrikam rejected a takeover offer for
		// Northwind from Contoso": the company after "by", or after
		// "from" past a bid, buys, not the one named before the noun.
		buyer, target = by, t
	}
	if buyer < 0 {
		return nil
	}
	return []corpus.Party{
		{Name: s.companies[buyer].name, Role: corpus.RoleBuyer},
		{Name: s.companies[target].name, Role: corpus.RoleTarget},
	}
}

// passiveSides returns the target named from token from and the buyer
// named right after "by" past it, or after "from" past a bid: "the
// acquisition of Fabrikam by Contoso", "a bid for Fabrikam from Contoso"
// ("the acquisition of Fabrikam from Contoso" names its seller); both -1
// when the words say no buyer so.
func passiveSides(s *sentence, from int, bid bool) (target, buyer int) {
	for i, m := range s.companies {
		if m.start < from || !describedFrom(s, from, m.start) {
			continue
		}
		if m.end+1 >= len(s.toks) || !s.toks[m.end].is1(wdBy) && !(bid && s.toks[m.end].is1(wdFrom)) {
			break
		}
		for j, b := range s.companies {
			if b.start == m.end+1 && b.name != m.name {
				return i, j
			}
		}
		break
	}
	return -1, -1
}

// sidesAround returns the companies on either side of a deal word at k:
// the last named before it, and the first after it that the words from
// token from describe; both -1 when either is missing or they are one.
func sidesAround(s *sentence, k, from int) (before, after int) {
	before, after = -1, -1
	for i, m := range s.companies {
		if m.end+1 < len(s.toks) && s.toks[m.end].text == "-" && s.toks[m.end-1].joins(&s.toks[m.end]) && !s.toks[m.end+1].startsUpper() {
			// "BlackRock-owned GIP", "Macquarie-backed Aligned": a name
			// hyphened to a word describes the side that follows.
			continue
		}
		if m.end <= k {
			before = i
		} else if after < 0 && describedFrom(s, from, m.start) {
			after = i
		}
	}
	if before < 0 || after < 0 || s.companies[before].name == s.companies[after].name {
		return -1, -1
	}
	return before, after
}

// leadSale returns the seller and target of a sale the lead says a
// company weighs, at the noun "sale" at k: "DigitalBridge Group is
// exploring a sale of Brazil's Scala Data Centers", "weighs sale of its
// CDC Data Centres stake". The seller is the company named last before
// the noun; nil when k is no such sale.
func leadSale(s *sentence, k int) []corpus.Party {
	if k+2 >= len(s.toks) || s.toks[k].lower != "sale" || s.toks[k+1].lower != "of" {
		return nil
	}
	seller, target := sidesAround(s, k, k+2)
	if seller < 0 {
		return nil
	}
	return []corpus.Party{
		{Name: s.companies[seller].name, Role: corpus.RoleSeller},
		{Name: s.companies[target].name, Role: corpus.RoleTarget},
	}
}

// describedFrom reports tokens from..to that only say what the company
// at "to" is, a few lower-case words or places: "database firm", "its
// smaller rival", "German data centre company", "US cloud-service
// provider".
func describedFrom(s *sentence, from, to int) bool {
	if to-from > 6 {
		return false
	}
	inPlace := func(k int) bool {
		return slices.ContainsFunc(s.places, func(m mention) bool { return m.start <= k && k < m.end })
	}
	for k := from; k < to; k++ {
		t := &s.toks[k]
		switch {
		case t.text == "-":
		case (t.text == "'" || t.text == "’") && k > from && inPlace(k-1) && k+1 < to && s.toks[k+1].lower == "s":
			k++ // "Brazil's Scala Data Centers"
		case t.kind != tokWord:
			return false
		case t.startsUpper():
			if !inPlace(k) {
				return false
			}
		case t.is10(wdFor, wdFrom, wdTo, wdIn, wdWith, wdAnd, wdOr, wdThat, wdWhich, wdBy):
			return false
		}
	}
	return true
}

// alignRestatements makes each figure an article restates (a headline's
// "$2bn" and the body's "$2 billion ... in July 2023") carry the same
// value and period every time, the most precise value and the first
// period stated: they are one figure, and whoever folds an article's facts
// by figure must see it once, not as "$2B, $2B".
func alignRestatements(facts []corpus.Fact) {
	// Two amounts of money in one sentence are two figures, however near:
	// "Huawei (R$ 23 million), Microsoft (R$ 22.6 million)".
	same := func(a, b *corpus.Fact) bool {
		return a.Kind == b.Kind && a.Unit == b.Unit && a.Total == b.Total && restates(a.Value, b.Value) &&
			(a.Value == b.Value || a.Sentence != b.Sentence || a.Kind != corpus.DealValue)
	}

	// first holds, for each distinct figure, the index of its first fact.
	var first []int
	of := make([]int, len(facts)) // 1 + the index in first of each fact's figure
	// By pointer: a fact is too large to copy for each comparison.
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.DealValue && f.Kind != corpus.Seats {
			continue
		}
		j := slices.IndexFunc(first, func(k int) bool { return same(&facts[k], f) })
		if j < 0 {
			first = append(first, i)
			of[i] = len(first)
			continue
		}
		of[i] = j + 1
		g := &facts[first[j]]
		if precision(f.Value) > precision(g.Value) {
			g.Value = f.Value
		}
		if g.Period == "" {
			g.Period = f.Period
		}
	}
	for i := range facts {
		if of[i] == 0 {
			continue
		}
		g := facts[first[of[i]-1]]
		facts[i].Value = g.Value
		if facts[i].Period == "" {
			facts[i].Period = g.Period
		}
	}
}

// shareRestatedSides gives each telling of one deal the sides another
// telling names. A report introduces a deal's sides across its sentences:
// the headline names the vendor ("Canberra signs $39m AWS deal"), the lead
// the agency that signed, a later sentence restating the figure the
// country an investment goes to. Two facts are tellings of one deal when
// they restate one figure (see restates), are of one kind of deal, and
// give one side the same role; a side only the other names joins with its
// role, and a side named without a role takes the role the other gives
// it. A side the two give different roles keeps each its own: which
// telling is right is no business of this pass. A figure restated about
// other sides (a rival's lost bid of the same size, "$9 billion each") shares
// none of its sides, so none moves.
//
// Each telling is compared with the article's first tellings (the
// headline's and the lead's) and with those near it, at most
// restatedWindow of each: no article of the labelled sets has more than
// 16 deal figures with sides, so there all meet all, while a megabyte of
// one deal retold stays linear instead of comparing every telling with
// every other.
func shareRestatedSides(facts []corpus.Fact) {
	var deals []int
	for i := range facts {
		if facts[i].Kind == corpus.DealValue && len(facts[i].Parties) > 0 {
			deals = append(deals, i)
		}
	}
	if len(deals) < 2 {
		return
	}
	for r, i := range deals {
		f := &facts[i] // by pointer: a fact is too large to copy for a look
		if !sidedDeal(f.DealType) {
			continue
		}
		var ps []corpus.Party
		for _, j := range restatedNear(deals, r) {
			g := &facts[j]
			if j == i || g.DealType != f.DealType || g.Unit != f.Unit || g.Total != f.Total ||
				!restates(f.Value, g.Value) || (f.Sentence == g.Sentence && f.Value != g.Value) || !shareASide(f.Parties, g.Parties) ||
				f.Period != "" && g.Period != "" && f.Period != g.Period || ownSidesDiffer(f.Parties, g.Parties) || otherRound(f, g) {
				continue
			}
			for _, p := range g.Parties {
				if p.Role == corpus.RoleUnknown || p.Name == "" {
					continue
				}
				have := ps
				if have == nil {
					have = f.Parties
				}
				k := slices.IndexFunc(have, func(q corpus.Party) bool { return q.Name == p.Name })
				switch {
				case k < 0:
					// A side the fact already has someone in takes no one
					// more: "Microsoft beats Amazon to the $10 billion
					// contract" keeps its vendor, however another telling
					// reads the rival.
					// A round has as many backers as tellings name.
					if !slices.ContainsFunc(have, func(q corpus.Party) bool { return q.Role == p.Role }) || f.DealType == corpus.DealFundingRound && p.Role == corpus.RoleInvestor {
						ps = append(slices.Clone(have), p)
					}
				case have[k].Role == corpus.RoleUnknown:
					ps = slices.Clone(have)
					ps[k].Role = p.Role
				}
			}
		}
		if ps != nil {
			*f = f.WithParties(ps)
		}
	}
}

// restatedWindow is how many of an article's first deal tellings, and of
// those either side of it, shareRestatedSides compares a telling with.
const restatedWindow = 32

// restatedNear is the tellings shareRestatedSides compares the r-th of
// deals with: the first restatedWindow, then those within restatedWindow
// of it, each once and in article order.
func restatedNear(deals []int, r int) []int {
	first := min(len(deals), restatedWindow)
	lo, hi := max(first, r-restatedWindow), min(len(deals), r+restatedWindow+1)
	if lo >= hi {
		return deals[:first]
	}
	return append(deals[:first:first], deals[lo:hi]...)
}

// otherRound reports two rounds of one size a company raised at different
// times: "raised $50 million in 2021" and a new round that "could get
// between $50 million and $75 million" are two rounds, told apart by
// one's being done and the other's not, by one's being a range, or by
// the stages their sentences name.
func otherRound(f, g *corpus.Fact) bool {
	if f.DealType != corpus.DealFundingRound {
		return false
	}
	if f.Status != g.Status && f.Status != corpus.StatusUnknown && g.Status != corpus.StatusUnknown || f.Range.High != g.Range.High {
		return true
	}
	// "raised $10 million in seed funding" and "a $10 million Series A"
	// are two rounds: a stage each telling names apart.
	a, b := statedStage(f.Sentence), statedStage(g.Sentence)
	return a != "" && b != "" && a != b
}

// statedStage is the one round stage a sentence names ("seed", "series
// a"), or "" when it names none or more than one: "which raised a seed
// round, now raises a Series A" tells which of its rounds a figure is of
// no better than a sentence naming none.
func statedStage(sent string) string {
	low := strings.ToLower(sent)
	stage := ""
	if i := strings.Index(low, "seed "); i >= 0 && (i == 0 || low[i-1] == ' ' || low[i-1] == '-') {
		stage = "seed"
	}
	for rest := low; ; {
		i := strings.Index(rest, "series ")
		if i < 0 {
			return stage
		}
		rest = rest[i+len("series "):]
		w, _, _ := strings.Cut(rest, " ")
		w = strings.TrimRight(w, ",.;:")
		if len(w) != 1 || w[0] < 'a' || w[0] > 'k' {
			continue // "a series of data centres" names no round
		}
		if stage != "" && stage != "series "+w {
			return ""
		}
		stage = "series " + w
	}
}

// sidedDeal reports a kind of deal whose sides a report names apart:
// a contract's buyer and supplier, a takeover's buyer, target and seller,
// an investment's backer and where the money goes, a round's raiser and
// its backers ("Litware raises $13M", then who it came from).
func sidedDeal(t corpus.DealType) bool {
	switch t {
	case corpus.DealGovernmentContract, corpus.DealCloudContract, corpus.DealLicencePurchase, corpus.DealAcquisition, corpus.DealInvestmentPledge, corpus.DealInvestment, corpus.DealFundingRound:
		return true
	}
	return false
}

// ownSidesDiffer reports a and b each naming what a deal is of (its
// target, recipient or vendor) and no such side in common: one buyer
// paying one price for two companies in two years is two deals, "Contoso
// bought Fabrikam from Litware for $1.2 billion. Contoso also bought
// Northwind for $1.2 billion."
func ownSidesDiffer(a, b []corpus.Party) bool {
	for _, r := range []corpus.Role{corpus.RoleTarget, corpus.RoleRecipient, corpus.RoleVendor} {
		inA, inB, both := false, false, false
		for _, p := range a {
			if p.Role == r {
				inA = true
				both = both || slices.Contains(b, p)
			}
		}
		for _, p := range b {
			inB = inB || p.Role == r
		}
		if inA && inB && !both {
			return true
		}
	}
	return false
}

// shareASide reports a party a and b both name with the same role.
func shareASide(a, b []corpus.Party) bool {
	for _, p := range a {
		if p.Role != corpus.RoleUnknown && slices.ContainsFunc(b, func(q corpus.Party) bool { return q.Name == p.Name && q.Role == p.Role }) {
			return true
		}
	}
	return false
}

// ceilings makes a ceiling the headline states as the top of a range the
// body gives ("sets IPO terms to raise up to $2.7 billion" over "would
// raise $2.2 billion to $2.7 billion") that range: one figure, not a second
// deal. A ceiling the body states is a statement of its own.
func ceilings(facts []corpus.Fact, title string) {
	if title == "" {
		return
	}
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.DealValue || f.Range.High != 0 || f.Qualifier != corpus.UpTo || f.Sentence != title {
			continue
		}
		for _, g := range facts {
			if g.Kind == f.Kind && g.Unit == f.Unit && g.Range.High != 0 && corpus.SameFigure(g.Range.High, f.Value) {
				f.Value, f.Range = g.Value, g.Range
				break
			}
		}
	}
}

// restates reports two figures that are one: equal within corpus.SameFigure, or
// the less precise, of two digits or more, rounding the other ("$2.8bn"
// for "$2.75 billion").
func restates(a, b float64) bool {
	if corpus.SameFigure(a, b) {
		return true
	}
	if a == 0 || b == 0 {
		return false
	}
	// Each figure's digits are counted once: counting writes it out.
	pa, pb := precision(a), precision(b)
	if pa > pb {
		a, b, pa = b, a, pb
	}
	if pa < 2 {
		// "$2bn" beside "$2.4bn" is as likely another figure.
		return false
	}
	// Round b, the more precise, to as many digits as a gives.
	scale := math.Pow(10, float64(pa)-1-math.Floor(math.Log10(math.Abs(b))))
	return corpus.SameFigure(math.Round(b*scale)/scale, a)
}

// precision counts the significant digits of v: 2.75e9 has three, 2.8e9
// two.
func precision(v float64) int {
	// A whole number below 10^15, as most amounts are, is exact in a
	// float64 and no shorter decimal rounds to it: its digits are its
	// own, counted without writing it out.
	if a := math.Abs(v); a < 1e15 && a == math.Trunc(a) {
		n := uint64(a)
		if n == 0 {
			return 0
		}
		for n%10 == 0 {
			n /= 10
		}
		digits := 0
		for ; n > 0; n /= 10 {
			digits++
		}
		return digits
	}
	// Written into a buffer on the stack, not a string of its own.
	var buf [32]byte
	n, digits := 0, 0
	for _, c := range strconv.AppendFloat(buf[:0], math.Abs(v), 'e', -1, 64) { // "2.75e+09"
		if c == 'e' {
			break
		}
		if c != '.' {
			// The digits up to the last that is not 0.
			digits++
			if c != '0' {
				n = digits
			}
		}
	}
	return n
}

// analyse splits an article into sentences, the title being a paragraph of
// its own, and analyses each into arena.
func (e *Extractor) analyse(a corpus.Article, arena *sentenceArena) []sentence {
	out := arena.sents
	pi := 0
	// Each text is lower-cased once, not a sentence at a time.
	read := func(text string, isTitle bool) {
		lower := lowerText(text)
		if isTitle {
			// The title is one paragraph, whatever blank lines it holds.
			arena.paras = append(arena.paras[:0], span{0, len(text)})
		} else {
			arena.paras = appendParagraphs(arena.paras[:0], text)
		}
		for _, p := range arena.paras {
			arena.spans = appendSentences(arena.spans[:0], text[p.start:p.end])
			for _, sp := range arena.spans {
				sp = span{p.start + sp.start, p.start + sp.end}
				sl := ""
				if lower != "" {
					sl = lower[sp.start:sp.end]
				} else {
					// A rune whose lower case is longer somewhere in
					// the text leaves the others a sentence at a time.
					sl = lowerText(text[sp.start:sp.end])
				}
				for _, piece := range boundedSentence(arena, text[sp.start:sp.end], sl) {
					out = append(out, sentence{text: piece.text, toks: piece.toks, paragraph: pi, title: isTitle})
				}
			}
			pi++
		}
	}
	if title := strings.TrimSpace(a.Title); title != "" {
		read(title, true)
	}
	read(a.Body, false)
	arena.sents = out
	e.analyseSentences(arena, out)
	shortKnownNames(out)
	knownEverywhere(out)
	e.resolveEpithets(out)
	elidedCurrencies(out)
	return out
}

// elidedCurrencies makes money of the amounts a list writes without their
// currency once the first has given it: "Supernap will invest 3 billion
// baht, Telehouse 2.7 billion and One Asia 2 billion", or, in the
// paragraph's next sentence, "STT GDC has pledged 4.5 billion". Only an
// amount with a scale word that no noun follows is read so: "1.5 billion
// users" is a count.
func elidedCurrencies(sents []sentence) {
	unit, para := "", -1
	for i := range sents {
		s := &sents[i]
		if s.paragraph != para {
			unit, para = "", s.paragraph
		}
		sentenceUnit := ""
		for j := range s.qty {
			q := &s.qty[j]
			if q.kind == qtyMoney {
				unit, sentenceUnit = q.unit, q.unit
				continue
			}
			if q.kind != qtyCount || !q.scaled || unit == "" || !elidedAt(s, q.end) {
				continue
			}
			if sentenceUnit == "" && !(q.start > 0 && (bitIn(s.bits, q.start-1, wPledge) || bitIn(s.bits, q.start-1, wInvest) || bitIn(s.bits, q.start-1, wRaise))) {
				// From an earlier sentence, only an amount a money verb
				// takes: "has pledged 4.5 billion".
				continue
			}
			q.kind, q.unit = qtyMoney, unit
		}
	}
}

// elidedAt reports that the words from token k on end an amount with no
// noun of its own: a clause break, a list's "and", or a preposition.
func elidedAt(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return true
	}
	t := &s.toks[k]
	return t.text == "," || t.text == "." || t.text == ";" || t.text == ")" ||
		t.is12(wdAnd, wdOr, wdAs, wdIn, wdInto, wdFor, wdTo, wdFrom, wdOver, wdBy, wdEach, wdRespectively)
}

// shortKnownNames gives a one-word name found by its role the company the
// article names in full elsewhere with that first word: "E2E's revenue
// rose" is E2E Networks' once the article has named it, as "Velmora's
// chief executive" is Velmora Telecom's. A name the list knows comes
// before one found by its role ("Ssangyong Information &
// Communications").
func shortKnownNames(sents []sentence) {
	single := false
	for si := range sents {
		s := &sents[si]
		single = single || slices.ContainsFunc(s.found, func(m mention) bool { return m.end-m.start == 1 })
	}
	if !single {
		return // most articles find no one-word name to give a longer one
	}
	// The longer names, by first word, in the order the passes meet them:
	// an article names a few, so a look along them costs less than a map.
	type longer struct{ first, name string }
	var full []longer
	for _, pass := range []bool{false, true} {
		for si := range sents {
			s := &sents[si]
			for _, m := range s.companies {
				if m.end-m.start < 2 || !s.toks[m.start].startsUpper() || slices.Contains(s.found, m) != pass {
					continue
				}
				if first := s.toks[m.start].text; !slices.ContainsFunc(full, func(l longer) bool { return l.first == first }) {
					full = append(full, longer{first, m.name})
				}
			}
		}
	}
	for i := range sents {
		s := &sents[i]
		cloned := false
		for j, m := range s.found {
			if m.end-m.start != 1 {
				continue
			}
			k := slices.IndexFunc(full, func(l longer) bool { return l.first == s.toks[m.start].text })
			if k < 0 {
				continue
			}
			// The sentence's slices may be the arena's own, which other
			// readers share, so a sentence with a renamed one gets its
			// own, once.
			if !cloned {
				s.companies, s.found, cloned = slices.Clone(s.companies), slices.Clone(s.found), true
			}
			if c := slices.Index(s.companies, m); c >= 0 {
				s.companies[c].name = full[k].name
			}
			s.found[j].name = full[k].name
		}
	}
}

// knownEverywhere finds, in every sentence, the organisations the gazetteer
// lacks that some sentence of the article revealed by the role they play:
// "a deal with data center operator IREN" makes "IREN shares jumped" name
// IREN too. A name the article describes as a programme or an event
// ("InvestAI, a €200 billion initiative") it drops everywhere, and a name
// right after a company's is that company's product ("Amazon CloudFront").
func knownEverywhere(sents []sentence) {
	type name struct {
		name  string
		words []string
	}
	var names map[string][]name // first word: the names starting with it
	// "InvestAI, a €200 billion initiative": a name the article describes
	// as a programme, an event or a product names no organisation, in
	// that sentence or another.
	var notOrgs []string
	for si := range sents {
		s := &sents[si]
		for _, m := range s.found {
			if describedAsNoOrg(s.toks, s.marks, m.end) && !slices.Contains(notOrgs, m.name) {
				notOrgs = append(notOrgs, m.name)
			}
		}
	}
	if len(notOrgs) > 0 {
		for i := range sents {
			s := &sents[i]
			notListed := func(m mention) bool {
				return slices.Contains(notOrgs, m.name) && slices.ContainsFunc(s.found, func(f mention) bool { return f.start == m.start })
			}
			// The sentence's slices may be the arena's own, which other
			// readers share, so the filtered ones are new.
			s.companies = slices.DeleteFunc(slices.Clone(s.companies), notListed)
			s.found = slices.DeleteFunc(slices.Clone(s.found), func(m mention) bool { return slices.Contains(notOrgs, m.name) })
		}
	}
	for si := range sents {
		s := &sents[si]
		for _, m := range s.found {
			if names == nil {
				names = map[string][]name{}
			}
			// A name met before is looked up by its first word before its
			// words are gathered: most names recur.
			if first := s.toks[m.start].text; !slices.ContainsFunc(names[first], func(n name) bool { return n.name == m.name }) {
				words := make([]string, 0, m.end-m.start)
				for _, t := range s.toks[m.start:m.end] {
					words = append(words, t.text)
				}
				names[words[0]] = append(names[words[0]], name{m.name, words})
				if len(words) > 1 && orgSuffixes[strings.ToLower(words[len(words)-1])] {
					// "investment company Adani Group" is "Adani" in the
					// headline; longer names are tried first.
					names[words[0]] = append(names[words[0]], name{m.name, words[:len(words)-1]})
				}
				if w := withoutLegalForm(words); len(w) > 1 && shortFormSuffixes[strings.ToLower(w[len(w)-1])] {
					names[w[0]] = append(names[w[0]], name{m.name, w[:len(w)-1]})
				}
				if short := institutionPlace(words); short != nil {
					// "The University of Leicester" is "Leicester" once
					// named in full.
					names[short[0]] = append(names[short[0]], name{m.name, short})
				}
			}
		}
	}
	if names == nil {
		return
	}
	for i := range sents {
		s := &sents[i]
		for j, m := range s.companies {
			// A short name found on its own is the institution's.
			for _, n := range names[s.toks[m.start].text] {
				if len(n.words) == m.end-m.start && n.name != m.name && m.name == strings.Join(n.words, " ") {
					s.companies[j].name = n.name
				}
			}
		}
		var add []mention
		for k := 0; k < len(s.toks); k++ {
			if !s.toks[k].startsUpper() {
				continue // names are capitalised; most words need no lookup
			}
			if k > 0 && slices.ContainsFunc(s.companies, func(m mention) bool { return m.end == k }) {
				// "Amazon CloudFront": a name right after a company's is
				// that company's product, whatever it was elsewhere.
				continue
			}
			for _, n := range names[s.toks[k].text] {
				if m, ok := s.nameAt(k, n.name, n.words); ok {
					add = append(add, m)
					k = m.end - 1
					break
				}
			}
		}
		if len(add) > 0 {
			s.companies = mergeMentions(s.companies, add)
		}
	}
}

// institutionPlace returns the place an institution is named after, the
// short name the press gives it: "Leicester" of "University of Leicester",
// "Stanford" of "Stanford University"; nil for other names.
func institutionPlace(words []string) []string {
	n := len(words)
	switch {
	case n >= 3 && strings.EqualFold(words[n-3], "university") && words[n-2] == "of":
		return words[n-1:]
	case n == 2 && strings.EqualFold(words[1], "university"):
		return words[:1]
	}
	return nil
}

// orgSuffixes are last words of a company's name that the press drops
// once it has named the company in full.
var orgSuffixes = nameSet("group", "holdings")

// withoutLegalForm returns a name's words without the legal form that
// ends them: "Acacia Communications Inc" is "Acacia Communications".
func withoutLegalForm(words []string) []string {
	for len(words) > 1 && isLegalSuffix(strings.ToLower(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	return words
}

// shortFormSuffixes are last words of a company's name found by its role
// that the press drops after naming it in full: "Acacia Communications
// Inc" is "Acacia" in the next sentence, "Gurnet Point Capital" "Gurnet
// Point". A public body's last word ("Council", "Ministry") is kept: what
// is left names a place.
var shortFormSuffixes = nameSet("capital", "partners", "ventures", "technologies", "technology", "systems", "labs", "networks",
	"communications", "solutions", "software", "electronics", "robotics", "industries", "pharmaceuticals", "semiconductor",
	"computing", "corporation", "therapeutics", "biosciences", "motors", "airlines")

// nameAt returns a mention of name, written as words, at token k, unless
// its tokens differ or a company the sentence names already covers them.
func (s *sentence) nameAt(k int, name string, words []string) (mention, bool) {
	end := k + len(words)
	if end > len(s.toks) {
		return mention{}, false
	}
	for j, w := range words {
		if s.toks[k+j].text != w {
			return mention{}, false
		}
	}
	for _, m := range s.companies {
		if m.start < end && k < m.end {
			return mention{}, false
		}
	}
	return mention{name: name, start: k, end: end}, true
}

// analyseSentences finds the companies, figures and cue words of an
// article's sentences, each of which holds its text, tokens, paragraph and
// whether it is of the title. Each step runs over every sentence before
// the next starts, rather than every step over one sentence: a sentence's
// steps together run through more code than the processor keeps at hand,
// and each sentence would fetch it all again, where one step's code
// serves the whole article while its sentences' data stays near. No step
// reads another sentence, so the order changes nothing they find.
func (e *Extractor) analyseSentences(arena *sentenceArena, sents []sentence) {
	work := slices.Grow(arena.work[:0], len(sents))[:len(sents)]
	arena.work = work
	for i := range sents {
		s := &sents[i]
		s.bits, s.marks = arena.lists(len(s.toks))
		work[i] = sentenceWork{}
		s.cues, s.saysShare, work[i].brands = e.lex.cuesInto(s.toks, s.bits, s.marks)
		// "Amazon Picks Azure In $1 Billion Deal": in a headline in
		// title case every word is capitalised, so a verb before an
		// alias looks like the head of a name, and any word one.
		work[i].byCase = !(s.title && titleCase(s.toks))
	}
	// The gazetteer's companies wait in companies until finishSentence.
	for i := range sents {
		s := &sents[i]
		if arena.wantCompanies {
			// Before boughtByParent, which may respell a name.
			ms := arena.mentions(e.gaz, s.toks, s.marks, startsCompany)
			for _, m := range ms {
				// An article names a few dozen companies at most: a
				// look along them costs less than a set.
				if !slices.Contains(arena.companies, m.name) {
					arena.companies = append(arena.companies, m.name)
				}
			}
			s.companies = boughtByParent(s.toks, s.bits, ms)
			continue
		}
		s.companies = boughtByParent(s.toks, s.bits, arena.mentions(e.gaz, s.toks, s.marks, startsCompany))
	}
	for i := range sents {
		s := &sents[i]
		s.places, s.products, s.measurers = arena.splitNames(arena.mentions(e.names, s.toks, s.marks, startsName))
	}
	for i := range sents {
		s := &sents[i]
		s.qty = sharedPercent(s.toks, splitChanges(s.toks, s.bits, s.marks, arena.quantities(s.toks, s.marks)))
	}
	for i := range sents {
		e.knownNames(arena, &sents[i], &work[i])
	}
	for i := range sents {
		s, w := &sents[i], &work[i]
		if w.byCase {
			seats := (s.cues.has(wPeopleNouns) || s.cues.has(wSeatNouns)) && slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyCount })
			s.found = e.lex.discoverOrgs(s.toks, s.bits, s.marks, s.cues, w.named, s.products, w.shares, seats)
		}
	}
	for i := range sents {
		e.finishSentence(arena, &sents[i], &work[i])
	}
	clear(work) // named lists would keep the article's names
}

// sentenceWork is what analyseSentences works out of a sentence for its
// later steps.
type sentenceWork struct {
	// brands reports a word with a brand's shape; byCase that capitals
	// tell names, which a title in title case does not; shares that the
	// sentence is about market shares.
	brands, byCase, shares bool
	// named are the companies the gazetteer knows and the products: no
	// organisation found by its role is one of them.
	named []mention
}

// knownNames settles which of the gazetteer's names in s.companies are
// companies and which of s.places are places, and fills in w what
// discoverOrgs needs.
func (e *Extractor) knownNames(arena *sentenceArena, s *sentence, w *sentenceWork) {
	known := foreignBodies(s.companies, s.places, s.toks)
	if w.byCase {
		known = aliasInName(known, s.places, s.products, s.toks, s.bits)
	}
	s.places = notCompanies(placesIn(s.places, s.toks), known)
	s.companies = known
	if w.byCase {
		// A product's name is no organisation's: "for ChatGPT Edu"; nor is
		// a research firm's that measured a share.
		w.named = arena.merge(known, s.products)
		w.shares = s.saysShare || s.cues.has(wShareCues) || s.cues.has(wRespectively) || bracketedShares(s.toks, s.qty)
	}
}

// finishSentence settles the organisations a sentence names, its companies
// and places, once analyseSentences has read its cue words, the gazetteers'
// names (the companies in s.companies) and its figures, and discoverOrgs
// has found the organisations in s.found.
func (e *Extractor) finishSentence(arena *sentenceArena, s *sentence, w *sentenceWork) {
	toks, bits, marks, cues, saysShare, isTitle := s.toks, s.bits, s.marks, s.cues, s.saysShare, s.title
	known, places, measurers, qty := s.companies, s.places, s.measurers, s.qty
	found, brands, named, shares := s.found, w.brands, w.named, w.shares
	if w.byCase {
		found = notInAmounts(found, qty)
		if len(measurers) > 0 {
			// "StatCounter CEO Aodhan Cullen said": a research firm
			// found by a company's cue is still the firm that measures.
			found = notOverlapping(found, measurers)
		}
		// A brand's shape names an organisation in the body; a title
		// also names awards and events so ("wins StateScoop 50 award"),
		// and the body names the parties it is about again.
		if !isTitle && brands {
			found = arena.merge(found, shapeOrgs(toks, bits, marks, named, measurers, found))
		}
		if holders := e.lex.discoverShareHolders(toks, bits, marks, cues, saysShare, qty, arena.merge(named, measurers)); len(holders) > 0 {
			found = arena.merge(found, notOverlapping(holders, found))
		}
		found = e.lex.notPlaces(found, places, toks, bits)
		found = slices.DeleteFunc(found, func(m mention) bool {
			if !e.placesOnly(m, toks) {
				return false
			}
			// Nor is the first place of it one the deal is in or for.
			places = slices.DeleteFunc(places, func(p mention) bool { return p.start < m.end && m.start < p.end })
			return true
		})
		found = e.notTowns(found, places, toks)
		found = e.lex.notPeople(found, known, toks, bits)
		if shares && len(found) > 0 {
			found, measurers = researchFirms(found, measurers, toks)
		}
		if len(measurers) == 0 {
			// Only a sentence that gives a percentage takes a body that
			// says or finds as its source: "cloud" makes a sentence about
			// a contract look like one about shares.
			percents := shares && slices.ContainsFunc(qty, func(q quantity) bool { return q.kind == qtyPercent })
			// "Fabrikam won a $300 million contract from the ministry":
			// money in the sentence makes a body cited the party to it.
			money := slices.ContainsFunc(qty, func(q quantity) bool { return q.kind == qtyMoney })
			if m, ok := e.lex.sourceNamed(toks, known, found, places, percents, money); ok {
				measurers = append(measurers, m)
				found = slices.DeleteFunc(found, func(f mention) bool { return f.start < m.end && f.end > m.start })
				known = slices.DeleteFunc(known, func(f mention) bool { return f.start < m.end && f.end > m.start })
			}
		}
		// "..., according to Deltek.": a name the sentence closes on, set
		// off as its source and not read as a research firm, tells where
		// the figure comes from and takes no part in the deal.
		found = slices.DeleteFunc(found, func(m mention) bool { return closingSource(m, toks) })
		if owned := e.lex.placeOwnedOrgs(toks, bits, marks, places, arena.merge(named, found)); len(owned) > 0 {
			found = arena.merge(found, owned)
		}
		// "University of Maine System": the place is part of the name.
		places = notCompanies(places, found)
		found = notBareOrgNouns(found, toks)
		found = formAfterComma(found, toks)
	}
	// A name found by its role that runs into a name the list knows
	// ("Contoso-Fabrikam" past a known "Contoso") yields to it: the two
	// may not overlap, as every reader of a sentence's names assumes.
	found = notOverlapping(found, known)
	countryBodies(toks, places, found)
	if govs := e.placeGovernments(toks, places, arena.merge(known, found)); len(govs) > 0 {
		// The country stays a place too: money its government spends at
		// home is pledged to it.
		found = arena.merge(found, govs)
	}
	s.found, s.companies = found, arena.merge(known, found)
	s.places, s.measurers = places, measurers
	if w.byCase {
		e.formerNames(s)
	}
}

// formerNames drops from s the companies said as another's former name
// ("Granite Asia, formerly GGV Capital Asia,", "(formerly known as
// Fabrikam)", "previously called Contoso"), which are no parties of their
// own, and makes the name they follow an organisation when no rule found
// it: a name that had another before is a company's.
func (e *Extractor) formerNames(s *sentence) {
	toks := s.toks
	for i := 0; i < len(s.companies); i++ {
		m := s.companies[i]
		c := formerNameCue(toks, m.start)
		if c < 0 {
			continue
		}
		start := runBefore(toks, c)
		if start > 0 && toks[start-1].is3(wdCalled, wdNamed, wdDubbed) {
			// "a programme called Vantage, formerly known as Army Leader
			// Dashboard": what is called so is mostly no company.
			continue
		}
		drop := func(ms []mention) []mention {
			return slices.DeleteFunc(slices.Clone(ms), func(f mention) bool { return f.start == m.start && f.end == m.end })
		}
		s.companies, s.found = drop(s.companies), drop(s.found)
		i--
		if slices.ContainsFunc(s.companies, func(f mention) bool { return f.end == c }) {
			continue
		}
		if start < c {
			if cur, ok := e.lex.orgName(toks, s.bits, s.marks, start, c, coveredBy(len(toks), s.companies)); ok {
				s.found = mergeMentions(s.found, []mention{cur})
				s.companies = mergeMentions(s.companies, []mention{cur})
			}
		}
	}
}

// formerNameCue returns the comma or bracket that sets off the former
// name starting at token start after the current one ("Granite Asia,
// formerly GGV", "Quillmont (formerly known as Fabrikam)", ", previously
// called Contoso"), or -1. "Previously" alone is no cue: "previously
// Contoso invested" says when.
func formerNameCue(toks []token, start int) int {
	j := start
	switch {
	case j > 1 && toks[j-1].id == wdAs && toks[j-2].id == wdKnown:
		j -= 2
	case j > 0 && toks[j-1].is2(wdCalled, wdNamed):
		j--
	}
	if j == 0 || !(toks[j-1].is1(wdFormerly) || j < start && toks[j-1].id == wdPreviously) {
		return -1
	}
	j--
	if j == 0 || toks[j-1].text != "," && toks[j-1].text != "(" {
		return -1
	}
	return j - 1
}

// researchFirms moves the discovered names of a sentence about shares
// that end as a research institute's do ("MM Research Institute", "the
// Lindqvist Institute") from its organisations to its measurers: the firm
// that measured holds no share of the market. (A list of its own would
// cost every word a second word of list bits.)
func researchFirms(found, measurers []mention, toks []token) ([]mention, []mention) {
	out := found[:0]
	for _, m := range found {
		if m.end-m.start >= 2 && toks[m.end-1].lower == "institute" && toks[m.end-1].startsUpper() {
			measurers = append(measurers, m)
			continue
		}
		out = append(out, m)
	}
	if len(measurers) > 1 {
		slices.SortFunc(measurers, func(a, b mention) int { return a.start - b.start })
	}
	return out, measurers
}

// sourceNamed finds the name a sentence about shares gives as the source
// of its figures, by its trade ("research firm Tallow Metrics", "Korean
// consultancy Brightline", "industry tracker Quillon") or as whose data
// it is ("according to new data from Tallow Metrics", "figures released
// by the Statistics Board of Ruritania"), when no firm the lexicon knows
// is named. The name runs over capitalised words (with "of" or "&"
// between two) and may not be a place's; it may lengthen a known name
// ("Bloomberg Second Measure"), which it then replaces. A firm that
// measures a market holds no share of it, so discovered names inside it
// are dropped. A statistics or communications body cited with "according
// to" is a source only in a sentence that holds no money (money tells of
// a deal it may be party to).
func (x *lexicon) sourceNamed(toks []token, known, found, places []mention, percents, money bool) (m mention, ok bool) {
	for k := 1; k+1 < len(toks); k++ {
		// Every sentence comes here and few words are a source's cue:
		// their keys rule the rest out, in a loop of their own, before
		// the words after are read.
		if k = nextCueSource(toks, k); k+1 >= len(toks) {
			break
		}
		// A body that says or finds, or that a figure is according to,
		// is a source only of shares: "the Department of Energy said it
		// will move 6,000 staff" names the buyer.
		if toks[k].is5(wdSaid, wdSays, wdFound, wdFinds, wdReported) {
			if percents {
				if m, ok := bodySaid(toks, k, known); ok {
					return m, true
				}
			}
			continue
		}
		if !percents && toks[k].lower == "to" && (money || !statisticsBodyAfter(toks, k+1)) {
			continue
		}
		start := k + 1
		if toks[start].text == "the" && start+1 < len(toks) {
			start++ // "data from the Statistics Board"
		}
		// In a sentence of shares, a report is its firm's as data are:
		// "Alipay led with 54.1%, a report by market research service
		// Quillon shows".
		cued := sourceCue(toks, k) || percents && toks[k].is2(wdBy, wdFrom) && toks[k-1].is2(wdReport, wdReports)
		if percents && toks[start].kind == tokWord && !toks[start].startsUpper() {
			start = x.sourceNameAfter(toks, k, start)
		}
		if !toks[start].startsUpper() || !cued {
			continue
		}
		end := start
		for end < len(toks) && end-start < 6 {
			if isNameToken(&toks[end]) || toks[end].kind == tokNum && end > start && toks[end-1].joins(&toks[end]) {
				end++
				continue
			}
			if end > start && end+1 < len(toks) && toks[end].is3(wdOf, symAmpersand, wdAnd) && toks[end+1].startsUpper() {
				end += 2
				continue
			}
			break
		}
		if end == start {
			continue
		}
		m = mention{start: start, end: end}
		// A known company credited with data is no source ("data from
		// Contoso"), but a public body is: "statistics from the Ministry
		// of Science and ICT".
		body := publicBody(toks[start:end])
		// "according to ACEA data": a name credited with data by
		// "according to" must be a public body or have the data noun
		// after it; "according to Contoso" may quote a party.
		// "according to Woodgrove Research": a name that ends in what a
		// source publishes says itself that it is one.
		docName := end-start >= 2 && x.tokIn(lSourceDocs, &toks[end-1])
		if toks[k].lower == "to" && !body && !docName && !(end < len(toks) && (dataNoun(toks[end]) || x.tokIn(lSourceDocs, &toks[end]))) {
			continue
		}
		// "figures from the Pakistan Telecommunication Authority": a
		// place inside a public body's name is part of it.
		if !body && slices.ContainsFunc(places, func(p mention) bool { return p.start < end && p.end > start }) ||
			slices.ContainsFunc(known, func(c mention) bool {
				return c.start < end && c.end > start && (c.start != start || c.end > end || c.end == end && !body)
			}) {
			continue
		}
		m.name = spanText(toks, start, end)
		if docName && toks[end-1].is2(wdReport, wdReports) {
			// "according to the Woodgrove Report": the firm is the one
			// whose report it is.
			m.name = spanText(toks, start, end-1)
		}
		return m, true
	}
	return mention{}, false
}

// sourceNameAfter returns where the name of a source starts when words in
// lower case stand between the word that credits it (at k) and the name,
// else start: a firm's trade after "by" or "from" ("a report by market
// research service Quillon", "data from the streaming guide Tallow"), or,
// after "according to", an article and what the name's document is
// ("according to a Quillon report", "according to the latest Tallow
// Metrics figures"), which the caller then asks to follow the name.
func (x *lexicon) sourceNameAfter(toks []token, k, start int) int {
	if toks[k].lower == "to" {
		if !toks[start].is3(wdA, wdAn, wdThe) && toks[start-1].text != "the" {
			return start
		}
		if !toks[start].startsUpper() && toks[start].is3(wdA, wdAn, wdThe) {
			start++
		}
		// "the latest", "a new quarterly": at most two words say which.
		for n := 0; n < 2 && start < len(toks) && toks[start].kind == tokWord && !toks[start].startsUpper() && !dataNoun(toks[start]); n++ {
			start++
		}
		if start < len(toks) {
			return start
		}
		return k + 1
	}
	// "market research service", "the streaming search engine": at most
	// four words in lower case, the last a trade.
	for j := start; j < len(toks) && j < start+4; j++ {
		if toks[j].kind != tokWord || toks[j].startsUpper() {
			break
		}
		if x.tokIn(lSourceTrades, &toks[j]) && j+1 < len(toks) && toks[j+1].startsUpper() {
			return j + 1
		}
	}
	return start
}

// statisticsBodyAfter reports a statistics or communications body named
// from token k: "According to the National Bureau of Statistics (NBS),
// total telephone subscribers stood at 154.52 million" names the source of
// the figures after it though it gives no percentage; a body that buys or
// regulates ("according to the Department of Defense") may be a party.
func statisticsBodyAfter(toks []token, k int) bool {
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	body, measures := false, false
	for ; k < len(toks) && isNameToken(&toks[k]) || k < len(toks) && toks[k].is2(wdOf, symAmpersand) && k+1 < len(toks) && toks[k+1].startsUpper(); k++ {
		body = body || publicBody(toks[k:k+1])
		measures = measures || toks[k].is5(wdStatistics, wdStatistical, wdCommunications, wdTelecommunication, wdTelecommunications)
	}
	return body && measures
}

// publicBody reports a name that holds the noun of a public body or a
// trade body: "Ministry of Internal Affairs", "Competition and Markets
// Authority", "Society of Motor Manufacturers and Traders", "Norwegian
// Road Federation".
func publicBody(name []token) bool {
	return slices.ContainsFunc(name, func(t token) bool {
		return t.is11(wdMinistry, wdCommission, wdAuthority, wdAgency, wdOffice, wdDepartment, wdBureau, wdInstitute, wdRegulator, wdCouncil, wdBoard) ||
			t.is3(wdSociety, wdAssociation, wdFederation)
	})
}

// bodySaid reads a public body named as the subject of a verb of saying
// or finding at k: "the Competition and Markets Authority (CMA) found
// that AWS holds 40-50%", "the Tanzania Communications Regulatory
// Authority said". Only a body's name qualifies: "Contoso said" quotes a
// party. A short form in brackets may stand between name and verb. The
// caller has seen the verb.
func bodySaid(toks []token, k int, known []mention) (mention, bool) {
	if !toks[k].is5(wdSaid, wdSays, wdFound, wdFinds, wdReported) {
		return mention{}, false
	}
	end := k
	if end >= 3 && toks[end-1].text == ")" && toks[end-3].text == "(" && isNameToken(&toks[end-2]) {
		end -= 3
	}
	start := end
	for start > 0 && end-start < 8 {
		if isNameToken(&toks[start-1]) && toks[start-1].lower != "the" {
			start--
			continue
		}
		if start-1 > 0 && start < end && toks[start-1].is3(wdOf, symAmpersand, wdAnd) && isNameToken(&toks[start-2]) {
			start -= 2
			continue
		}
		break
	}
	if start == end || !toks[end-1].startsUpper() || !publicBody(toks[start:end]) {
		return mention{}, false
	}
	// A body the gazetteer knows is a party ("the Department of Energy
	// said it will move 6,000 staff"), not a source.
	if slices.ContainsFunc(known, func(c mention) bool { return c.start < end && c.end > start }) {
		return mention{}, false
	}
	return mention{name: spanText(toks, start, end), start: start, end: end}, true
}

// nextCueSource returns the first token from k on, short of the last,
// that may be a source's cue (mayCueSource), or len(toks) for none. Its
// loop is small enough to keep its variables in registers, which
// sourceNamed's is not.
func nextCueSource(toks []token, k int) int {
	for ; k+1 < len(toks); k++ {
		if mayCueSource(toks[k].key) {
			return k
		}
	}
	return len(toks)
}

// mayCueSource reports whether a token's key (its lower-case length and
// first byte) is one of sourceCue's words': a bit of a small table, where
// sourceCue compares strings. Keys may collide ("form" with "from"),
// so sourceCue still decides.
func mayCueSource(key uint32) bool {
	// A bit for each first letter, in an array by length: every token of
	// every sentence asks, and a switch's comparisons, taken one way or
	// the other as the words come, cost the processor a mispredicted
	// branch a word or so.
	n, c := key>>8, key&0xff-'a'
	return n < uint32(len(sourceCueKeys)) && c < 32 && sourceCueKeys[n]>>c&1 != 0
}

// sourceCueKeys holds, for each length, a bit for the first letter of each
// of sourceCue's words of that length (see mayCueSource).
var sourceCueKeys = func() (keys [12]uint32) {
	for _, w := range [...]string{"consultancy", "researcher", "tracker", "company", "firm", "from", "house", "agency", "provider", "by", "to", "said", "says", "found", "finds", "reported"} {
		keys[len(w)] |= 1 << (w[0] - 'a')
	}
	return keys
}()

// sourceCue reports token k as the word before a source's name:
// "consultancy", "tracker", "research firm", "data from", "figures
// released by".
func sourceCue(toks []token, k int) bool {
	t := toks[k]
	if t.kind != tokWord {
		return false
	}
	switch t.lower {
	case "consultancy", "researcher", "tracker":
		return true
	case "to":
		return toks[k-1].lower == "according"
	case "firm", "company", "house", "agency", "provider":
		// Not "data company" nor "intelligence company": an AI or data
		// company is as often a party.
		return toks[k-1].is6(wdResearch, wdAnalytics, wdAnalyst, wdConsulting, wdMeasurement, wdTracking)
	case "from", "by":
		j := k - 1
		if j > 0 && toks[j].is5(wdReleased, wdPublished, wdCompiled, wdProvided, wdCollected) {
			j--
		}
		if dataNoun(toks[j]) {
			return true
		}
		// "a quarterly sector statistics report for the financial year
		// 2014/15 released by the Communications Authority": a report
		// released by a body is its, whatever the report is for.
		if j < k-1 {
			for i := j; i >= 1 && i >= k-10; i-- {
				if toks[i].is2(wdReport, wdReports) {
					return true
				}
			}
		}
		// "statistics on the wireless service market from the
		// Ministry": what the data are on may stand between.
		for i := k - 1; i >= 1 && i >= k-6; i-- {
			if toks[i].kind != tokWord || toks[i].startsUpper() && !dataNoun(toks[i]) {
				return false
			}
			if toks[i].is3(wdOn, wdOf, wdAbout) {
				return dataNoun(toks[i-1])
			}
		}
	}
	return false
}

// dataNoun reports a word for the figures a source publishes: "data",
// "statistics", "estimates".
func dataNoun(t token) bool {
	return t.is9(wdData, wdFigures, wdStatistics, wdNumbers, wdEstimates, wdSurvey, wdResearch, wdStudy, wdAnalysis)
}

// notPeople drops discovered names that are people's, who speak for a
// party or own it but are none: a name after a title ("chief executive
// Marcos Peigo") or with one in an aside after it ("Carlos Mendes, finance
// minister of Brazil"), a source ("according to Ruth Porat,"), and an
// owner named before the company it owns ("Elon Musk's xAI", "Xavier
// Niel's telecom group Iliad"), which is the party.
func (x *lexicon) notPeople(found, known []mention, toks []token, bits []listSet) []mention {
	out := found[:0]
	for _, m := range found {
		if !x.personAt(m, found, known, toks, bits) {
			out = append(out, m)
		}
	}
	return out
}

// personAt reports the discovered name m as a person's, as notPeople
// reads it.
func (x *lexicon) personAt(m mention, found, known []mention, toks []token, bits []listSet) bool {
	if m.start > 0 && x.tokIn(lPersonTitles, &toks[m.start-1]) {
		return true
	}
	if m.end < len(toks) && toks[m.end].text == "," && m.end-m.start == 2 && m.start > 1 && toks[m.start-1].lower == "to" && toks[m.start-2].lower == "according" &&
		!bitIn(bits, m.start+1, wInstitution) && !bitIn(bits, m.start+1, wPublicBody) {
		// "According to Ruth Porat, Alphabet will": a first name and a
		// last, set off as the source of what follows.
		return true
	}
	if m.end < len(toks) && toks[m.end].text == "," {
		// "Anna Jordan, chief executive of", "Tom Keane, its cloud head,",
		// "Marta Ruiz, Telefonica's chief digital officer,"; not "a deal
		// with Pinecrest Energy, chief executive Mara Holt said", whose
		// title is the next name's, nor "the Government Estates
		// Directorate, a spokesperson said".
		for k := m.end + 1; k < len(toks) && k <= m.end+6; k++ {
			if x.tokIn(lPersonTitles, &toks[k]) && !toks[k].startsUpper() {
				return k+1 == len(toks) || toks[k+1].is3(wdOf, wdAt, wdFor) || toks[k+1].text == "," || toks[k+1].text == "."
			}
			if k+2 < len(toks) && toks[k].startsUpper() && (toks[k+1].text == "'" || toks[k+1].text == "’") && toks[k+2].lower == "s" {
				k += 2 // the employer's possessive
				continue
			}
			if toks[k].kind != tokWord || toks[k].startsUpper() && !initialism(toks[k]) {
				break
			}
		}
	}
	if m.end+2 < len(toks) && (toks[m.end].text == "'" || toks[m.end].text == "’") && toks[m.end+1].lower == "s" {
		// The owner before the company it owns, past lower-case words
		// describing it ("telecom group").
		for k := m.end + 2; k < len(toks) && k < m.end+6; k++ {
			starts := func(c mention) bool { return c.start == k }
			if (k == m.end+2 || bitIn(bits, k-1, wDescriptor)) && (slices.ContainsFunc(known, starts) || slices.ContainsFunc(found, starts)) {
				// Right after it or after a word for what it is: not
				// "Silver Lake's buyout of Software AG".
				return true
			}
			if toks[k].kind != tokWord || toks[k].startsUpper() {
				return false
			}
		}
	}
	return false
}

// notPlaces drops discovered names that are places: "a deal in
// Hyderabad" names no company. A name that only starts with a place and
// is joined to it by a hyphen ("Toronto-Dominion Bank") is kept.
//
// "Global" inside a name ("Apollo Global Management", "Tiger Global
// Management") is a word of it, not the place "worldwide".
func (x *lexicon) notPlaces(found, places []mention, toks []token, bits []listSet) []mention {
	if len(places) == 0 {
		return found
	}
	out := found[:0]
	for _, m := range found {
		overlaps := false
		for _, p := range places {
			overlaps = overlaps || p.start < m.end && m.start < p.end && !(p.start == m.start && p.end < m.end && (isNameHyphen(toks, p.end) || placeThenName(toks, bits, m, p))) &&
				!bodyAround(m, p, toks, bits) && !(toks[p.start].lower == "global" && m.start < p.start && p.end < m.end) && !x.placeInsideFirm(toks, m, p)
		}
		if !overlaps {
			out = append(out, m)
		}
	}
	return out
}

// placeInsideFirm reports a place standing between the words of a firm's
// name that ends in what kind of firm it is: "the Emerging Africa
// Infrastructure Fund", "Standard Asia Capital". The place is where the
// firm works, not the name; a name the place opens is placeThenName's,
// and one it ends ("Velmora Kenya") no firm's head closes.
func (x *lexicon) placeInsideFirm(toks []token, m, p mention) bool {
	return m.start < p.start && p.end < m.end && m.end-m.start >= 3 && toks[m.start].startsUpper() && x.tokIn(lFirmHeads, &toks[m.end-1])
}

// closingSource reports a name that closes its sentence after ", according
// to".
func closingSource(m mention, toks []token) bool {
	return m.end+1 == len(toks) && toks[m.end].text == "." && m.start > 2 && toks[m.start-1].lower == "to" && toks[m.start-2].lower == "according" && toks[m.start-3].text == ","
}

// placesOnly reports a name made of places and the hyphens between them
// alone: "Chinese-Australian" in "Chinese-Australian tower firm Kestrel"
// says where a firm is from, as "UK-based" does, and names none. A place
// after a hyphen is not read as a place, so each word is looked up alone.
func (e *Extractor) placesOnly(m mention, toks []token) bool {
	if m.end-m.start < 3 {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if toks[k].text == "-" && k > m.start && k+1 < m.end {
			continue
		}
		info, ok := e.names.byKey[toks[k].lower]
		if !ok || !strings.HasPrefix(info.canonical, "p:") {
			return false
		}
	}
	return true
}

// aliasInName drops from known a one-word name the gazetteer knows as
// another's alias ("Chrome" for Google) when an unknown capitalised word
// right before it, inside the sentence, makes it the tail of a name of
// its own: "a stake in Unicorn Chrome" names a chrome miner. A word that
// opens the sentence may be any capitalised word, and one the sentence
// knows as a name, a place or a product names the alias's owner beside
// it ("Microsoft Azure").
func aliasInName(known, places, products []mention, toks []token, bits []listSet) []mention {
	// Most sentences drop none: until the first dropped, known is its
	// own result and nothing need be copied. Each name is judged against
	// all the names found, so those kept then go to a new slice rather
	// than over the ones still to be judged.
	for i := range known {
		// A capitalised word before a one-word name is rare: asked here,
		// it spares most names the call.
		if m := &known[i]; m.end-m.start != 1 || m.start < 2 || !isNameToken(&toks[m.start-1]) {
			continue
		}
		if aliasTail(&known[i], known, places, products, toks, bits) {
			out := slices.Clone(known[:i])
			for _, m := range known[i+1:] {
				if !aliasTail(&m, known, places, products, toks, bits) {
					out = append(out, m)
				}
			}
			return out
		}
	}
	return known
}

// aliasTail reports a mention aliasInName drops: a one-word alias after
// an unknown capitalised word (see there).
func aliasTail(m *mention, known, places, products []mention, toks []token, bits []listSet) bool {
	p := m.start - 1
	return m.end-m.start == 1 && p > 0 && isNameToken(&toks[p]) && m.name != toks[m.start].text && toks[p].kind == tokWord && !initialism(toks[m.start]) &&
		!bitIn(bits, p, wNotNames) && !slices.ContainsFunc(known, func(o mention) bool { return o.start <= p && p < o.end }) &&
		!slices.ContainsFunc(places, func(o mention) bool { return o.start <= p && p < o.end }) &&
		!slices.ContainsFunc(products, func(o mention) bool { return o.start <= p && p < o.end })
}

// foreignBodies drops from known the US bodies the gazetteer names by a
// bare alias ("Navy", "Department of Education") when another country
// is named right before it ("the Indian Navy", "Kenya's Department of
// Education"): that country's own body, which the sentence's body rule
// then names as written. known is filtered in place.
func foreignBodies(known, places []mention, toks []token) []mention {
	if len(places) == 0 || len(known) == 0 {
		return known
	}
	out := known[:0]
	for _, m := range known {
		if !foreignBody(m, places, toks) {
			out = append(out, m)
		}
	}
	return out
}

// foreignBody reports a US body's bare alias after another country's
// name or possessive, as foreignBodies reads it.
func foreignBody(m mention, places []mention, toks []token) bool {
	if !strings.HasPrefix(m.name, "US ") || m.start == 0 || toks[m.start].is2(wdUs, wdUnited) || toks[m.start].text == "U" {
		return false
	}
	k := m.start
	if k >= 3 && toks[k-1].lower == "s" && (toks[k-2].text == "'" || toks[k-2].text == "’") {
		k -= 2 // "Kenya's Navy"
	}
	for _, p := range places {
		if p.end == k && p.name != "United States" {
			return true
		}
	}
	return false
}

// notTowns drops discovered names that the place after them shows to be
// towns: "in Dayton, Ohio,", "in Ikeja, Nigeria." and "Red Bluff,
// California-based Orrin" write a town with its state or country after a
// comma. A firm is written so only in a list ("Velmora, Nigeria and
// Kenya"), which goes on past the place, or with the country's
// possessive ("Velmora, Nigeria's largest bank"); and a list of firms may
// describe one by its city ("Brackwater, London-based Orrin"), which is why
// the "-based" form asks for a state or region.
func (e *Extractor) notTowns(found, places []mention, toks []token) []mention {
	if len(found) == 0 || len(places) == 0 {
		return found
	}
	out := found[:0]
	for _, m := range found {
		if !e.townBefore(m, places, toks) {
			out = append(out, m)
		}
	}
	return out
}

// townBefore reports the name m as a town, by the state, region or
// country after it, as notTowns reads them.
func (e *Extractor) townBefore(m mention, places []mention, toks []token) bool {
	c := m.end
	if c+1 >= len(toks) || toks[c].text != "," {
		return false
	}
	k := slices.IndexFunc(places, func(p mention) bool { return p.start == c+1 })
	if k < 0 {
		return false
	}
	p := places[k]
	region := e.within[p.name] != ""
	if p.end+1 < len(toks) && toks[p.end].text == "-" && toks[p.end+1].lower == "based" {
		return region
	}
	if m.start == 0 || !toks[m.start-1].is1(wdIn) || !region && countries[strings.ToLower(p.name)] == "" {
		return false
	}
	return p.end == len(toks) || toks[p.end].text == "," || toks[p.end].text == "." || toks[p.end].text == ";" || toks[p.end].text == ")"
}

// placeThenName reports a name m that opens with the place p and goes on
// with a capitalised word that is no other place, title or body's word:
// "Texas Instruments", "Singapore Airlines". "Texas Governor Greg
// Abbott" goes on with a title.
func placeThenName(toks []token, bits []listSet, m, p mention) bool {
	k := p.end
	// "Global Infrastructure Partners": "global" reads as the place
	// "worldwide" in a market's reach, and opens many a company's name
	// as a plain word; a name ending as a company's does is one.
	return (p.name != "worldwide" || orgNouns[toks[m.end-1].lower]) && k < m.end && toks[k].startsUpper() && !bitIn(bits, k, wNotNames) && !bitIn(bits, k, wPublicBody) && !bitIn(bits, k, wInstitution) && !bitIn(bits, k, wDescriptor)
}

// bodyAround reports an institution or public body whose name holds a
// place: "University of Maine System", "Bank of Ireland".
func bodyAround(m, p mention, toks []token, bits []listSet) bool {
	if !(m.start <= p.start && p.end <= m.end && m.end-m.start > p.end-p.start) {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if toks[k].startsUpper() && (bitIn(bits, k, wInstitution) || bitIn(bits, k, wPublicBody)) {
			return true
		}
	}
	return false
}

// notCompanies drops the places inside a company's name: "China Telecom"
// is no share measured in China.
func notCompanies(places, known []mention) []mention {
	if len(known) == 0 {
		return places
	}
	out := places[:0]
	for _, p := range places {
		inside := false
		for _, m := range known {
			inside = inside || m.start <= p.start && p.end <= m.end && m.end-m.start > p.end-p.start
		}
		if !inside {
			out = append(out, p)
		}
	}
	return out
}

// placesIn drops the places that are part of a currency ("US$", "A$"),
// written with a space too when the place is a code and an amount follows
// ("a US $5 billion investment"): the money is in dollars, not going to
// the country.
func placesIn(ms []mention, toks []token) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.end < len(toks) && toks[m.end].text == "$" && (toks[m.end-1].joins(&toks[m.end]) || spacedCurrencyCode(toks, m)) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// spacedCurrencyCode reports a place written as a one-word code in capitals
// ("US", "NZ") before a dollar sign and an amount: "US $5 billion".
func spacedCurrencyCode(toks []token, m mention) bool {
	t := toks[m.start]
	return m.end == m.start+1 && len(t.text) <= 3 && t.text == strings.ToUpper(t.text) && m.end+1 < len(toks) && toks[m.end+1].kind == tokNum
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

// boundedSentence tokenises a sentence, whose lowerText is lower, into
// arena, splitting it into pieces of at most maxSentenceTokens tokens. Each
// piece's tokens are a slice of the arena capped at its own end, so later
// appends never write into them. The pieces are the arena's, until the next
// call.
func boundedSentence(arena *sentenceArena, s, lower string) []sentencePiece {
	all := arena.tokenize(s, lower)
	if len(all) <= maxSentenceTokens {
		arena.pieces = append(arena.pieces[:0], sentencePiece{s, all})
		return arena.pieces
	}
	out := arena.pieces[:0]
	for i := 0; i < len(all); {
		j := min(i+maxSentenceTokens, len(all))
		// A table is cut between two rows ("| |"), so that each piece
		// holds whole rows.
		for k := j - 1; j < len(all) && k > i+maxSentenceTokens/2; k-- {
			if all[k].text == "|" && all[k-1].text == "|" {
				j = k
				break
			}
		}
		from, to := all[i].start, all[j-1].end
		pl := ""
		if lower != "" {
			pl = lower[from:to]
		}
		text := s[from:to]
		out = append(out, sentencePiece{text, arena.tokenize(text, pl)})
		i = j
	}
	arena.pieces = out
	return out
}

// sentenceArena holds the sentences of one article, and their tokens,
// lexicon lists, marks, quantities and the names the gazetteers find, in
// a few large arrays instead of
// several per sentence: they are most of what extraction allocates. An
// Extractor keeps the arenas of finished articles for the next ones.
type sentenceArena struct {
	// cmp is how far the article's sentences have been read for what
	// they compare with, so each is read once however many figures ask.
	cmp comparisons
	// paras, spans and pieces are where analyse is in the article.
	paras, spans []span
	pieces       []sentencePiece
	buf          []token
	bits         []listSet
	marks        []wordMark
	qty          []quantity
	sents        []sentence
	ments        []mention
	// work is what analyseSentences keeps of each sentence between steps.
	work []sentenceWork
	// named, nameBuf and members are Extract's lists of the article's
	// company names.
	named, nameBuf, members []string
	// placesNamed and ranks are Extract's lists of the places the article
	// names and the companies it ranks: the extractor reads them, and
	// what it keeps it copies.
	placesNamed, ranks []string
	// x reads the figures of one sentence after another; kept here, it
	// and its word buffers are made once for many articles.
	x extractor
	// facts gathers an article's facts before they are copied out.
	facts []corpus.Fact
	// slab holds the article's lists of names; see stringSlab.
	slab stringSlab
	// wantCompanies asks analyse to gather in companies the names of the
	// companies the article mentions, for Read.
	wantCompanies bool
	companies     []string
	// orgWords is where Read splits the body into words for its
	// organisations.
	orgWords []orgWord
}

// stringSlab hands out the short lists of names an article's facts and
// figures keep from a few large arrays, rather than one small array each:
// they were the most of what reading figures allocated. An array is never
// reused, as the facts keep their lists.
type stringSlab struct {
	free []string // the room left, at length 0
}

// take returns an empty list with room for n names: appends within it
// write only this list's room, and past it copy the list as any append.
func (s *stringSlab) take(n int) []string {
	if cap(s.free) < n {
		s.free = make([]string, 0, max(n, 32))
	}
	out := s.free[:0:n]
	s.free = s.free[n:cap(s.free)][:0]
	return out
}

// takeNames returns an empty list with room for n names, from x's slab
// when it has one.
func (x *extractor) takeNames(n int) []string {
	if x.slab == nil {
		return make([]string, 0, n)
	}
	return x.slab.take(n)
}

// partyNames is corpus.PartyNames of ps, its list taken from x's slab.
func (x *extractor) partyNames(ps []corpus.Party) []string {
	if len(ps) == 0 {
		return nil
	}
	out := x.takeNames(len(ps))
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func newSentenceArena(textLen int) *sentenceArena {
	a := &sentenceArena{}
	a.reset(textLen)
	return a
}

// reset empties the arena for an article of textLen bytes, making room
// for about as much as it will hold. About a word in five is a token, a
// sentence is about a hundred bytes and names a company or place or so,
// and a sentence in two has a figure; appends past these grow the arrays
// as usual.
func (a *sentenceArena) reset(textLen int) {
	toks := textLen/5 + 16
	if cap(a.buf) < toks {
		a.buf = make([]token, 0, toks)
	}
	if cap(a.bits) < toks {
		a.bits = make([]listSet, 0, toks)
		a.marks = make([]wordMark, 0, toks)
	}
	if n := textLen/300 + 4; cap(a.qty) < n {
		a.qty = make([]quantity, 0, n)
	}
	if n := textLen/100 + 2; cap(a.sents) < n {
		a.sents = make([]sentence, 0, n)
	}
	if n := textLen/100 + 8; cap(a.ments) < n {
		a.ments = make([]mention, 0, n)
	}
	a.buf, a.bits, a.marks, a.qty, a.sents, a.ments = a.buf[:0], a.bits[:0], a.marks[:0], a.qty[:0], a.sents[:0], a.ments[:0]
}

// maxKeptTokens bounds the arenas an Extractor keeps: one for the longest
// article would hold memory long after it was read.
const maxKeptTokens = 1 << 15

// arena returns an empty arena for an article of textLen bytes, one a
// finished article left when there is one.
func (e *Extractor) arena(textLen int) *sentenceArena {
	a, _ := e.arenas.Get().(*sentenceArena)
	if a == nil {
		return newSentenceArena(textLen)
	}
	a.reset(textLen)
	return a
}

// release keeps a for a later article, once nothing refers to what it holds.
func (e *Extractor) release(a *sentenceArena) {
	// A kept sentence would keep its article's text from being collected.
	clear(a.sents)
	before, after := a.x.before[:0], a.x.after[:0]
	clear(before[:cap(before)])
	clear(after[:cap(after)])
	// The words' places hold no pointers and are kept as they are.
	a.x = extractor{before: before, after: after, beforeAt: a.x.beforeAt[:0], afterAt: a.x.afterAt[:0]}
	clear(a.facts)
	a.facts = a.facts[:0]
	clear(a.named)
	clear(a.nameBuf)
	clear(a.members)
	clear(a.placesNamed)
	clear(a.ranks)
	clear(a.companies)
	a.companies, a.wantCompanies = a.companies[:0], false
	// The facts handed out keep the slab's arrays.
	a.slab = stringSlab{}
	if cap(a.orgWords) > maxKeptTokens {
		a.orgWords = nil
	}
	if cap(a.buf) <= maxKeptTokens && cap(a.bits) <= maxKeptTokens {
		e.arenas.Put(a)
	}
}

// mentions returns the mentions g.mentionsAt finds, stored in the arena.
func (a *sentenceArena) mentions(g gazetteer, toks []token, marks []wordMark, starts wordMark) []mention {
	start := len(a.ments)
	a.ments = g.appendMentionsAt(a.ments, toks, marks, starts)
	if len(a.ments) == start {
		return nil
	}
	return a.ments[start:len(a.ments):len(a.ments)]
}

// splitNames is splitNames of ms, each kind stored in the arena: most
// sentences name a place or a product, and three slices each would cost
// more than the rest of their analysis allocates.
func (a *sentenceArena) splitNames(ms []mention) (places, products, measurers []mention) {
	of := func(kind string) []mention {
		start := len(a.ments)
		for _, m := range ms {
			if m.name[:2] == kind {
				m.name = m.name[2:]
				a.ments = append(a.ments, m)
			}
		}
		if len(a.ments) == start {
			return nil
		}
		return a.ments[start:len(a.ments):len(a.ments)]
	}
	return of(kindPlace), of(kindProduct), of(kindMeasurer)
}

// lists returns a sentence's n lexicon-list sets and marks, stored in the
// arena; cuesInto fills them.
func (a *sentenceArena) lists(n int) ([]listSet, []wordMark) {
	if cap(a.bits)-len(a.bits) < n {
		// A fresh array, as tokenize takes.
		a.bits = make([]listSet, 0, max(cap(a.bits)/2, n))
		a.marks = make([]wordMark, 0, max(cap(a.marks)/2, n))
	}
	i, j := len(a.bits), len(a.bits)+n
	a.bits, a.marks = a.bits[:j], a.marks[:j]
	return a.bits[i:j:j], a.marks[i:j:j]
}

// tokenize returns the tokens of s, whose lowerText is lower, stored in
// the arena.
func (a *sentenceArena) tokenize(s, lower string) []token {
	if cap(a.buf)-len(a.buf) < len(s)/5+1 {
		// A fresh array rather than growing this one, which would copy
		// every earlier sentence's tokens.
		a.buf = make([]token, 0, max(cap(a.buf)/2, len(s)/4+1))
	}
	start := len(a.buf)
	a.buf = appendTokens(a.buf, s, lower)
	return a.buf[start:len(a.buf):len(a.buf)]
}

// quantities returns the quantities of a sentence's tokens, stored in the
// arena.
func (a *sentenceArena) quantities(toks []token, marks []wordMark) []quantity {
	start := len(a.qty)
	a.qty = appendQuantities(a.qty, toks, marks)
	return a.qty[start:len(a.qty):len(a.qty)]
}

// titleCase reports whether most words are capitalised, as in headlines,
// where capitals say nothing about names.
func titleCase(toks []token) bool {
	words, upper := 0, 0
	for i := range toks {
		t := &toks[i]
		// The first word is capitalised in any case.
		if i > 0 && t.kind == tokWord && len(t.text) > 3 {
			words++
			if t.startsUpper() {
				upper++
			}
		}
	}
	return words > 0 && upper*3 > words*2
}

// notInAmounts drops the names found inside an amount: in "raises ₹4 Cr
// led by BioAngels" or "$4 Mn led by", the scale written short and
// capitalised is part of the figure, no organisation. Both lists are in
// order of position, so one pass over each serves.
func notInAmounts(found []mention, qty []quantity) []mention {
	if len(found) == 0 || len(qty) == 0 {
		return found
	}
	j := 0
	return slices.DeleteFunc(found, func(m mention) bool {
		for j < len(qty) && qty[j].end <= m.start {
			j++
		}
		return j < len(qty) && qty[j].start <= m.start && m.end <= qty[j].end
	})
}

// mergeMentions merges two position-sorted mention lists.
func mergeMentions(a, b []mention) []mention {
	if len(b) == 0 {
		return a
	}
	return appendMerged(make([]mention, 0, len(a)+len(b)), a, b)
}

// appendMerged appends to out the merge of two position-sorted mention
// lists.
func appendMerged(out, a, b []mention) []mention {
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

// merge is mergeMentions of x and y, stored in the arena: sentence
// analysis merges its lists of names several times a sentence, and the
// merged lists live no longer than the article's sentences.
func (a *sentenceArena) merge(x, y []mention) []mention {
	if len(y) == 0 {
		return x
	}
	start := len(a.ments)
	a.ments = appendMerged(a.ments, x, y)
	return a.ments[start:len(a.ments):len(a.ments)]
}

// mainParties are the companies an article is about: those of its title,
// else of its first sentence that names any.
func mainParties(sents []sentence) []string {
	for si := range sents {
		s := &sents[si]
		if names := mentionNames(s.companies); len(names) > 0 {
			return names
		}
	}
	return nil
}

// extractor turns one sentence's quantities into facts.

// extractor turns one sentence's quantities into facts.
type extractor struct {
	s sentence
	// sentStatus is s's status once statusRead: each of its deals asks.
	sentStatus corpus.Status
	statusRead bool
	// asides is 1 when the sentence has a part that may be an aside
	// (see asidePart), -1 when not, 0 before it is worked out: most have
	// none, and the rules that read asides ask first.
	asides  int8
	e       *Extractor
	lex     *lexicon
	rules   rulesByKind
	context []string // companies to attribute to when the sentence names none
	main    []string
	// prev are the companies the paragraph's last sentence naming any
	// named: "the company" of this one is the first of them.
	prev         []string
	shareContext bool // an earlier sentence of the paragraph stated a market share
	// earlier are the article's sentences before this one, read only when
	// a figure needs what they compared with (cmp.yearBack).
	earlier []sentence
	cmp     *comparisons
	// slab holds the name lists of the article's facts and figures.
	slab      *stringSlab
	articleID string
	pub       when // when the article appeared, zero when unknown
	// ctxPeriod, ctxMeasurer and ctxRegion are what earlier sentences (or
	// the article as a whole) said of the shares they stated.
	ctxPeriod corpus.Period
	// bracket is the period a note says the sentence's bracketed figures
	// are of, and bracketAt where the note opens, once bracketRead.
	bracket     corpus.Period
	bracketAt   int
	bracketRead bool
	ctxMeasurer string
	ctxRegion   string
	// ctxProduct is the product the article last named, for seat counts
	// in sentences that name none.
	ctxProduct string
	// homeDollar is the currency a bare "$" means in this article: its
	// own dollar for an article from Australia, Canada, New Zealand,
	// Singapore or Hong Kong; empty for the US dollar.
	homeDollar string
	// homeWritten are the amounts the article writes in its own dollar
	// with that dollar's prefix ("S$12 billion"); when there are any, a
	// bare "$" is the US dollar unless it restates one of them.
	homeWritten []float64
	// usWritten are the amounts the article writes as US dollars in so
	// many words ("US$ 1 billion"): a bare "$" restating one of them is
	// the US dollar, whatever the article's own dollar.
	usWritten []float64
	// shared gives, for a currency name several countries use ("pesos"),
	// the currency of the article's country that uses it; nil when the
	// article writes no such name.
	shared map[string]string
	// ctxStage is the stage of the seats the article last counted, or of
	// the pilot it last spoke of, for a sentence that only says people
	// take part.
	ctxStage corpus.Stage
	// rolloutItem is true for an item of a list whose lead-in says a
	// product is rolled out: "KPMG: 276,000 employees across 138
	// countries".
	rolloutItem bool
	// pilotAhead is true when a later sentence of the article speaks of
	// a pilot: people said to take part before it is named are in it.
	pilotAhead bool
	// ctxPlace is the country or region the article last named, for
	// money invested in sentences that name none.
	ctxPlace string
	// placesNamed are the places any sentence of the article names.
	placesNamed []string
	// leaders are the companies earlier sentences credited a share to.
	leaders   []shareLeader
	lastGroup []string
	ranks     []string // see rankedIn
	// members are the companies earlier sentences named, research firms
	// left out, each time named (see lastMembers).
	members []string
	// prevSpan is the sentence before in the paragraph, when it opens
	// with a span ("From February to April 2016 ..."); nil otherwise.
	prevSpan *sentence
	// leadStatus is the status the article's lead gives the deal between
	// leadParties, for figures whose sentences state none.
	leadStatus  corpus.Status
	leadParties []corpus.Party
	// gov is the public body "the government" of the article stands
	// for (see theGovernment); "" when none.
	gov string
	// leadTakeover are the sides of the takeover the article's lead
	// reports, priced or not; see leadTakeover.
	leadTakeover []corpus.Party
	// leadTakeoverStatus is how far the lead says that takeover has got.
	leadTakeoverStatus corpus.Status
	// story is the article's first deal value, 0 before it; see Extract.
	// storyUnit is its currency when written with a bare "$", storyStatus
	// how far it has got, storyParties its parties with their roles.
	story        float64
	storyUnit    string
	storyStatus  corpus.Status
	storyParties []corpus.Party
	storyType    corpus.DealType
	// named are the companies the whole article names, in the order it
	// first names them, the first maxNamed of them.
	named []string
	// listed gives, by quantity index, the company a respectively-list
	// pairs with a percentage.
	listed map[int]string
	// groups gives, by quantity index, the companies that hold a
	// percentage together or each.
	groups map[int]shareGroup
	// table gives, by the token a percentage starts at, what the cell of
	// a table written as text says of it; nil for a sentence that is no
	// table.
	table map[int]tableCell
	// cols are the columns of the table whose heading earlier lines gave,
	// for a table written a row a line; nil outside one.
	cols []tableColumn
	// lead is the period the sentence opens with, once leadRead (see
	// leadPeriod).
	lead     corpus.Period
	leadRead bool
	// noShare has bit i set once quantity i of the sentence was read and
	// made no market share (the first 64 quantities).
	noShare uint64
	// qProduct is the product the figure being read is about, when the
	// sentence names several; "" when it names one or none.
	qProduct string
	// changed has bit i set once quantity i of the sentence was read as a
	// change (the first 64 quantities): a list of changes goes on it.
	changed uint64
	// shareCue is 1 when the sentence has a share cue (see hasShareCue),
	// -1 when not, 0 before it is worked out.
	shareCue int8
	// othersAt is one past where the sentence first says "other" or
	// "others", -1 when it never does, 0 until asked.
	othersAt int
	// before and after are window's buffers, and beforeAt and afterAt
	// the tokens their words are.
	before, after     []string
	beforeAt, afterAt []int32
	// prevSent is the sentence before this one in its paragraph, nil for
	// the first: "over the same stretch" names the span it stated.
	prevSent *sentence
	// rel holds the first relN phrases that open the sentence or a clause
	// by going back from the article's period, once relRead.
	rel     [4]relLead
	relN    int
	relRead bool
	// trigFor is one past the start of the quantity whose deal word
	// trig, at trigAt, was last found; rules and roles ask for it often.
	trigFor, trigAt int
	// trigLo to trigHi are the tokens that may say a deal, once
	// trigSpanRead (see triggerSpan).
	trigLo, trigHi int
	trigSpanRead   bool
	// seatFor is one past the start of the quantity seatRead was worked
	// out for: the seat rules each ask it of the same count.
	seatFor  int
	seatRead seatReading
	// companiesFor is one past the start of the quantity companies, its
	// clause's companies, were last found for: rules and parties ask for
	// them of the same figure many times. Every caller shares companies,
	// so none may write into it; it has no room to grow, so one that
	// appends gets a copy.
	companiesFor, companiesEnd int
	companies                  []string
	trig                       trigger
	// countedNouns is 0 before manyDealsMoney first looks at the sentence,
	// 1 once it found no plural noun a count of deals ends in, 2 once it
	// found one.
	countedNouns int8
	// clauseFor is one past the start of the quantity whose clause,
	// clauseStart to clauseEnd, was last found.
	clauseFor, clauseStart, clauseEnd int
	// partFor is one past the start of the quantity whose part of the
	// sentence, partFrom to partTo, was last found (see part).
	partFor, partFrom, partTo int
	// periodFor is one past the start of the quantity whose deal period,
	// periodOf, was last read: status and period ask it several times.
	periodFor int
	periodOf  corpus.Period
	// founded is 1 once the sentence's founding year, foundedY, and the
	// token after it, foundedEnd, are read.
	founded              int8
	foundedY, foundedEnd int
	// dealAt is one past the index of the sentence's last quantity read
	// as a deal value, 0 before one; dealFact is that fact's deal.
	dealAt   int
	dealFact dealSeen
	// lastDeal is the deal of the value the sentence's last money figure
	// made, lastDealAt that figure's index, -1 when it made none.
	lastDeal   dealSeen
	lastDealAt int
}

// dealSeen is what a later figure of a sentence takes from a deal value
// before it. It holds only that, not the whole fact, because the extractor
// is made once an article and a fact is large.
type dealSeen struct {
	dealType corpus.DealType
	status   corpus.Status
	parties  []corpus.Party
}

// seen returns what later figures take from the deal value f.
func seen(f corpus.Fact) dealSeen {
	return dealSeen{dealType: f.DealType, status: f.Status, parties: f.Parties}
}

// facts runs the rules over each quantity of the sentence, first match
// wins, and appends to out the facts the matching rules make, completed.
func (x *extractor) facts(out []corpus.Fact) []corpus.Fact {
	x.listed, x.groups = nil, nil
	x.dealAt = 0
	if slices.ContainsFunc(x.s.qty, func(q quantity) bool { return q.kind == qtyPercent }) {
		// Only percentages are listed or held by groups; most sentences
		// with figures have money or counts alone.
		x.listed = x.shareCompanies()
		x.groups = x.shareGroups()
	}
	if len(x.s.toks) > 0 && x.s.toks[0].text == "|" {
		// A table's share column may hold bare numbers under a heading
		// that says they are percentages.
		x.table = x.tableCells()
	}
	x.lastDealAt = -1
	several := x.severalProducts()
	for qi := range x.s.qty {
		q := &x.s.qty[qi]
		made := len(out)
		if several {
			x.qProduct = x.productNear(q)
		}
		out = x.apply(out, qi, q)
		if qi < 64 && !slices.ContainsFunc(out[made:], func(f corpus.Fact) bool { return f.Kind == corpus.MarketShare }) {
			x.noShare |= 1 << qi
			if made < len(out) && out[made].Kind == corpus.Growth {
				x.changed |= 1 << qi
			}
		}
		for i := made; i < len(out); i++ {
			// In place: a fact is too large to copy out, through describe
			// and back.
			f := &out[i]
			f.Value, f.Unit = q.value, q.unit
			restated := func(v float64) bool { return restates(v, q.value) }
			if q.bareDollar && x.homeDollar != "" && (len(x.homeWritten) == 0 && !slices.ContainsFunc(x.usWritten, restated) || slices.ContainsFunc(x.homeWritten, restated) || inQuotation(x.s.toks, q.start) || q.conv.unit == q.unit || f.Rule == "money-story-part" && x.storyUnit == x.homeDollar) {
				// "Our $240 million investment" in an article that wrote
				// "C$240m" is the same Canadian dollars; and a speaker
				// quoted says "$" of his own dollar; and "$8bn (US$5bn)"
				// sets the bare one apart from the US dollar. A part of
				// the article's deal ("$800 million – Term Loan
				// Facility") is in the dollar its bare "$" was.
				f.Unit = x.homeDollar
			}
			if u := x.shared[q.shared]; q.shared != "" && u != "" {
				f.Unit = u
			}
			if f.Unit == "" {
				f.Unit = unitOf(f.Kind)
			}
			f.Qualifier = q.qualifier
			if q.high > 0 {
				f.Range = corpus.Range{Low: q.value, High: q.high, LowQualifier: q.qualifier, HighQualifier: q.highQualifier}
			}
			if cu := q.conv.unit; cu != "" {
				if q.conv.bare && x.homeDollar != "" {
					cu = x.homeDollar
				}
				if cu != f.Unit {
					f.Converted = corpus.Amount{Value: q.conv.value, Unit: cu, Text: x.s.text[x.s.toks[q.conv.start].start:x.s.toks[q.conv.end-1].end]}
				}
			}
			f.Text = x.s.text[x.s.toks[q.start].start:x.s.toks[q.textEnd()-1].end]
			f.Total = f.Total || f.Rule == "money-total"
			f.Sentence = x.s.text
			f.ArticleID = x.articleID
			x.describe(f, q)
			if f.Rule == "money-coordinated" {
				// More of the same deal is the same kind of deal.
				f.DealType, f.Status = x.dealFact.dealType, x.dealFact.status
			}
			if f.Rule == "money-story-part" && f.Status == corpus.StatusUnknown {
				// A part of the article's deal has got as far as the
				// deal, when its own sentence says nothing of it.
				f.Status = x.storyStatus
			}
			if f.Kind == corpus.DealValue {
				x.lastDeal, x.lastDealAt = seen(out[i]), qi
			}
		}
		if made < len(out) && out[made].Kind == corpus.DealValue {
			x.dealAt, x.dealFact = qi+1, seen(out[made])
		}
	}
	return out
}

// apply runs the rules for q's kind in order and appends to dst the facts
// the first matching rule makes: none when no rule matches or the first
// match drops the figure, one a party for a rule that credits each party
// alone. Appending spares a slice per figure.
func (x *extractor) apply(dst []corpus.Fact, qi int, q *quantity) []corpus.Fact {
	rules := x.rules[q.kind]
	for i := range rules {
		// By pointer: a rule is too big to copy for each figure it is
		// tried on.
		r := &rules[i]
		if !r.match(x, qi, q) {
			continue
		}
		if r.kind == "" {
			return dst
		}
		f := corpus.Fact{Kind: r.kind, Rule: r.name, DealType: r.dealType}
		if r.likeLast {
			f.DealType = x.lastDeal.dealType
		}
		if r.likeStory {
			f.DealType = x.storyType
		}
		ps := r.parties(x, qi, q)
		if r.kind == corpus.DealValue {
			ps = x.countriesReceiving(x.joinedPartners(q, x.outsideAsides(q, x.notPlacesInNames(ps))))
		}
		if !r.each {
			// Set in place: a fact is large, and WithParties would copy
			// it twice more on its way into dst.
			dst = append(dst, f)
			last := &dst[len(dst)-1]
			last.Parties, last.Companies = ps, x.partyNames(ps)
			return dst
		}
		for _, p := range ps {
			dst = append(dst, f.WithParties([]corpus.Party{p}))
		}
		return dst
	}
	return dst
}

// notPlacesInNames drops from ps a place the sentence only names as the
// start of a company's name it does not know: "with Swiss Re", "Korea
// Zinc's data centre business" name no country that takes money. A
// headline in title case ("Amazon Pledges $5bn For Mexico Expansion")
// capitalises every word, so there a place keeps its party.
func (x *extractor) notPlacesInNames(ps []corpus.Party) []corpus.Party {
	s := &x.s
	if len(s.places) == 0 {
		return ps
	}
	inName := func(p corpus.Party) bool {
		named := false
		for _, m := range s.places {
			if m.name != p.Name {
				continue
			}
			k := m.end
			if !(k+1 < len(s.toks) && s.toks[k].startsUpper() && isNameToken(&s.toks[k]) && placeThenName(s.toks, s.bits, mention{start: m.start, end: k + 1}, m) && !x.lex.tokIn(lPersonTitles, &s.toks[k])) {
				return false
			}
			named = true
		}
		return named && !titleCase(s.toks)
	}
	if !slices.ContainsFunc(ps, inName) {
		return ps
	}
	out := make([]corpus.Party, 0, len(ps))
	for _, p := range ps {
		if !inName(p) {
			out = append(out, p)
		}
	}
	return out
}

// outsideAsides drops from ps the companies the sentence names only in
// an aside that does not hold figure q and tells of a deal of its own: "Snowflake, which bought
// Streamlit for $800 million in 2022, agreed to acquire Crunchy Data for
// $250 million" makes Streamlit no side of the $250 million.
func (x *extractor) outsideAsides(q *quantity, ps []corpus.Party) []corpus.Party {
	// A lone party stays: a figure keeps some side.
	if len(ps) < 2 || !x.hasAsides() {
		return ps
	}
	from, to := x.part(q)
	aside := func(m mention) bool {
		if m.start >= from && m.end <= to {
			return false
		}
		a, b := x.partAt(m.start)
		if m.end > b || !x.asidePart(a) {
			return false
		}
		// The aside tells of a deal of its own done, with its own figure:
		// not "which values Corvid Labs at $2 billion".
		done := false
		for k := a; k < b && !done; k++ {
			done = x.dealVerbDone(k)
		}
		return done && slices.ContainsFunc(x.s.qty, func(o quantity) bool {
			return o.kind == qtyMoney && o.start >= a && o.end <= b
		})
	}
	out := ps[:0:0]
	for _, p := range ps {
		named, onlyAside := false, true
		for _, m := range x.s.companies {
			if m.name == p.Name {
				named = true
				onlyAside = onlyAside && aside(m)
			}
		}
		if named && onlyAside {
			continue
		}
		out = append(out, p)
	}
	return out
}

// countriesReceiving adds, for a state or province that receives money,
// the country it is in as a recipient too, when the article names that
// country: "Google to invest $15bn in India" and then "an AI hub in
// Andhra Pradesh" pledge the money to both. An article that never names
// the country is about the state alone.
func (x *extractor) countriesReceiving(ps []corpus.Party) []corpus.Party {
	for _, p := range ps {
		c := x.e.within[p.Name]
		if c == "" || p.Role != corpus.RoleRecipient || !slices.Contains(x.placesNamed, c) || slices.ContainsFunc(ps, func(o corpus.Party) bool { return o.Name == c }) {
			continue
		}
		ps = append(ps, corpus.Party{Name: c, Role: corpus.RoleRecipient})
	}
	return ps
}

func unitOf(k corpus.Kind) string {
	switch k {
	case corpus.Seats:
		return "seats"
	case corpus.MarketShare, corpus.Growth:
		return "percent"
	case corpus.ContractLength:
		return "years"
	}
	return ""
}

// parties lists the companies of a deal: those the sentence names, then the
// article's main parties when the sentence names fewer than two, since a
// deal has two sides.
func (x *extractor) parties(q *quantity) []string {
	if own, others, ok := x.listOwner(q); ok {
		// One company's figure of a list: a round it raised or money it
		// puts in a place is its alone; other money, a seat count or a
		// contract has its other side among the article's companies that
		// own no other figure of the list.
		names := []string{own}
		for _, n := range x.clauseCompanies(q) {
			if n != own && !contains(others, n) {
				names = append(names, n)
			}
		}
		trig, _ := x.triggerNear(q)
		if len(names) > 1 || q.kind == qtyMoney && (trig == trigRaise || (trig == trigInvest || trig == trigPledge) && x.placeFor(q) != "") {
			return names
		}
		for _, m := range x.main {
			if m != own && !contains(others, m) && !x.namedInPassing(m) {
				return append(names, m)
			}
		}
		return names
	}
	names := x.clauseCompanies(q)
	if c, ok := x.bracketedFor(q); ok {
		// "deals with Oracle ($300 billion), Microsoft ($250 billion)":
		// each amount is the deal with the company it follows.
		var kept []string // names is clauseCompanies', shared
		for _, n := range names {
			if n == c.name || !x.listedWithAmount(n) && !x.ownAmountAfter(n, q) {
				kept = append(kept, n)
			}
		}
		names = kept
	}
	if c, ok := x.amountWith(q); ok {
		// "contracts included $14.2B with Meta and $6.5B with OpenAI",
		// "one valued at £350m with HMRC and another worth £94m with the
		// DWP": each amount is the deal with the company it is "with";
		// the companies of the other amounts are no side of it.
		var kept []string // names is clauseCompanies', shared
		for _, n := range names {
			if n == c.name || !slices.ContainsFunc(x.s.qty, func(p quantity) bool {
				o, ok := x.amountWith(&p)
				return ok && p.start != q.start && o.name == n
			}) {
				kept = append(kept, n)
			}
		}
		names = kept
	}
	if q.kind == qtyMoney {
		if others := x.gappedElsewhere(q); len(others) > 0 {
			var kept []string // names is clauseCompanies', shared
			for _, n := range names {
				if !contains(others, n) {
					kept = append(kept, n)
				}
			}
			names = kept
		}
	}
	if r := x.storyRecipient(); r != "" && !contains(names, r) && x.intoTheCompany(q) {
		// "Google puts $1 billion into Anthropic. ... Amazon has
		// invested some $8 billion in the company": the company money
		// goes into is the one the article's deal funds.
		names = append(names, r)
	} else if r := x.itSubject(q); r != "" && !contains(names, r) {
		// "A deal would be Broadcom's second software purchase: it bought
		// CA for $18.9 billion"; "The startup, which has filed to go
		// public, signed a $2 billion contract with Google": the subject
		// is the company named last before.
		names = append([]string{r}, names...)
	} else if len(x.prev) > 0 && !contains(names, x.prev[0]) && x.saysTheCompany(q) {
		// "IREN shares jumped. The company also agreed to buy chips from
		// Dell": the company is the one the sentence before was about.
		c := x.prev[0]
		if cs := x.chainSubject(); cs != "" && !contains(names, cs) {
			c = cs
		}
		names = append([]string{c}, names...)
	}
	if len(names) == 0 {
		switch {
		case len(x.s.companies) == 0:
			names = append(names, x.context...)
		case len(x.prev) > 0:
			// The sentence names companies only in passing: the deal is
			// the one the paragraph was about.
			names = append(names, x.prev...)
		}
	}
	if len(names) == 1 && !x.investsInPlace(q, names[0]) && !x.pledgesAlone(q) && !x.raisesAlone(q, names[0]) {
		// The other side is the article's: the first of its main parties
		// the sentence does not name.
		// A main party the sentence names only as a rival or in passing
		// ("lost the bid to Microsoft") is not the other side.
		// Nor is one the sentence names in another clause, with a deal
		// of its own: "Contoso will invest $3bn in Spain, and Fabrikam
		// has partnered with Northwind".
		if r := x.storyRecipient(); r != "" && !contains(names, r) && x.putsIn(q) && !x.namedInPassing(r) && !x.namedElsewhere(q, r) {
			// "Ek leads €600 million round in Helsing. ... in 2021
			// Prima Materia put in an initial €100 million": a backer
			// named alone puts money into the company the article's
			// deal funds, not into its lead investor.
			return append(names, r)
		}
		for _, m := range x.main {
			if !contains(names, m) && !x.namedInPassing(m) && !x.namedElsewhere(q, m) && !x.namedInAside(q, m) {
				return append(names, m)
			}
		}
	}
	if len(names) == 0 {
		names = append(names, x.main...)
	}
	return names
}

// raisesAlone reports money company name raises with no backer named:
// "Vercel raised $250 million". The article's other company, named in a
// sentence before, is no side of a round it is not said to back.
func (x *extractor) raisesAlone(q *quantity, name string) bool {
	trig, at := x.triggerNear(q)
	if trig != trigRaise || at < 0 || at > q.start || !x.tokHas(at, wSubjectVerbs) {
		return false
	}
	m := x.firstMention(name)
	return m.start >= 0 && m.end <= at
}

// putsIn reports a figure the company its clause names before it puts
// into something: "Fabrikam invested $5 million", "in 2021 Prima Materia
// put in an initial €100 million". Money it raises, takes or is given is
// no such figure.
func (x *extractor) putsIn(q *quantity) bool {
	start, _ := x.clause(q)
	toks := x.s.toks
	verb := -1
	if trig, at := x.triggerNear(q); trig == trigInvest && at >= start && at < q.start && !x.tokIs(at, namesInvestment) && !x.passive(at) {
		verb = at
	}
	for k := q.start - 1; verb < 0 && k > start && k >= q.start-4; k-- {
		// "put in an initial €100 million": the verb's particle right
		// before the figure's few words.
		if toks[k].is2(wdIn, wdUp) && toks[k-1].is2(wdPut, wdPuts) {
			verb = k - 1
		}
	}
	return verb > start && slices.ContainsFunc(x.s.companies, func(m mention) bool {
		return m.start >= start && m.end == verb || m.end < verb && verbWordsOnly(toks, m.end, verb)
	})
}

// verbWordsOnly reports tokens from..to that are lower-case words only, a
// verb's tense or a word of time: "also", "has already".
func verbWordsOnly(toks []token, from, to int) bool {
	if to-from > 3 {
		return false
	}
	for _, t := range toks[from:to] {
		if t.kind != tokWord || t.startsUpper() {
			return false
		}
	}
	return true
}

// investsInPlace reports a company named before an invest or pledge verb
// in its clause, putting money into a place the sentence names, or calls
// "the state" the article is about: "Intel had agreed
// to spend $25 billion on a new factory in Israel" has the place for its
// other side, not another company the article is about.
func (x *extractor) investsInPlace(q *quantity, name string) bool {
	trig, at := x.triggerNear(q)
	if trig != trigInvest && trig != trigPledge || at < 0 || x.placeAfter(at) == "" && !(x.ctxPlace != "" && x.inTheHomePlace(q)) {
		return false
	}
	if x.tokIs(at, namesInvestment) {
		return false // a noun: whose investment it is, the sentence may not say
	}
	m := x.firstMention(name)
	if m.start < 0 || m.end > at {
		return false
	}
	for k := m.end; k < at; k++ {
		if t := x.s.toks[k]; t.text == "," || t.text == ";" || k > m.end && x.companyStartsAt(k) {
			return false
		}
	}
	return true
}

// bracketedFor returns the company a bracketed amount follows: Oracle in
// "Oracle ($300 billion)".
func (x *extractor) bracketedFor(q *quantity) (mention, bool) {
	k := q.start - 1
	if k < 1 || x.s.toks[k].text != "(" {
		return mention{}, false
	}
	for _, m := range x.s.companies {
		if m.end == k {
			return m, true
		}
	}
	return mention{}, false
}

// listedWithAmount reports a company the sentence follows with a
// bracketed amount of its own.
func (x *extractor) listedWithAmount(name string) bool {
	toks := x.s.toks
	for _, m := range x.s.companies {
		// "Huawei (R$ 23 million)": the amount may open with its
		// currency's letters.
		if m.name == name && m.end+1 < len(toks) && toks[m.end].text == "(" {
			for _, p := range x.s.qty {
				if p.start == m.end+1 {
					return true
				}
			}
		}
	}
	return false
}

// amountWith returns the company an amount is said to be "with", right
// after it, when another amount of the sentence is "with" a company too:
// "$14.2B with Meta, an additional $6.5B with OpenAI".
func (x *extractor) amountWith(q *quantity) (mention, bool) {
	with := func(p *quantity) (mention, bool) {
		toks := x.s.toks
		k := p.end
		if p.kind != qtyMoney || k+1 >= len(toks) || toks[k].lower != "with" {
			return mention{}, false
		}
		k++
		if toks[k].lower == "the" {
			k++
		}
		for _, m := range x.s.companies {
			if m.start == k {
				return m, true
			}
		}
		return mention{}, false
	}
	m, ok := with(q)
	if !ok {
		return mention{}, false
	}
	for _, p := range x.s.qty {
		if p.start != q.start {
			if o, ok := with(&p); ok && o.name != m.name {
				return m, true
			}
		}
	}
	return mention{}, false
}

// ownAmountAfter reports a company named just before an amount other
// than q, with no company between: "AWS was first, with a R$ 71.2
// million contract that same year, followed by Huawei (R$ 23 million)":
// AWS has its own contract and is no side of Huawei's.
func (x *extractor) ownAmountAfter(name string, q *quantity) bool {
	for _, m := range x.s.companies {
		if m.name != name {
			continue
		}
		for _, p := range x.s.qty {
			if p.kind != qtyMoney || p.start == q.start || p.start < m.end || p.start > m.end+8 {
				continue
			}
			if !slices.ContainsFunc(x.s.companies, func(o mention) bool { return o.start >= m.end && o.start < p.start }) {
				return true
			}
		}
	}
	return false
}

// storyRecipient is the company the article's first deal puts money into,
// or "".
func (x *extractor) storyRecipient() string {
	for _, p := range x.storyParties {
		if _, isPlace := x.e.regions[p.Name]; p.Role == corpus.RoleRecipient && !isPlace {
			return p.Name
		}
	}
	return ""
}

// itSubject returns the company "it", "the startup" or "the company"
// stands for when it is the subject of a deal verb in q's clause, before
// the figure: the last company the sentence names before it, else
// the one the sentence before was about, else the article's first. ""
// when the clause says no such thing.
func (x *extractor) itSubject(q *quantity) string {
	start, _ := x.clause(q)
	toks := x.s.toks
	at, atEnd, verb := -1, -1, -1
	for k := start; k < q.start && at < 0; k++ {
		n := 0
		switch {
		case toks[k].lower == "it":
			n = 1
		case toks[k].lower == "the" && k+1 < q.start && x.tokIs(k+1, namesFirm):
			n = 2
		case toks[k].lower == "the" && x.describedFirmAfter(k+1, q.start) > 0:
			// "The Amsterdam-based company will supply", "The search
			// giant will pay", "The Nvidia-backed cloud provider agreed"
			n = x.describedFirmAfter(k+1, q.start) - k
		default:
			continue
		}
		j := k + n
		if j < q.start && toks[j].text == "," {
			// "The startup, which has filed to go public, signed"
			for j < q.start && toks[j].text != "," || j == k+n {
				j++
			}
			j++
		}
		for j < q.start && (x.tokHas(j, wAux) || x.tokIs(j, modal) || verbAdverb(&toks[j])) {
			// "The startup had earlier raised", "it has since
			// secured": an adverb of time or manner between the
			// auxiliary and the verb.
			j++
		}
		if j+2 < q.start && toks[j].lower == "co" && toks[j+1].text == "-" {
			// "The firm also co-led": the verb is the one the prefix
			// joins.
			j += 2
		}
		if j < q.start && (x.tokHas(j, wSubjectVerbs) || x.tokHas(j, wReceive) || x.tokHas(j, wAcquire) || x.tokHas(j, wSell) || x.wordTrigger(j) == trigInvest ||
			toks[j].is3(wdTook, wdTakes, wdTake) && q.start-j <= 3) {
			// "In November it took a $5m investment", "the company took
			// $10m from Mirai": taking money is receiving it.
			at, atEnd, verb = k, k+n, j
		}
	}
	if at < 0 {
		return ""
	}
	if toks[at].lower == "the" {
		// "The Cupertino company will pay": an epithet read as the one
		// company it fits is that company; one that fits several or
		// none is no one, not a guess.
		for _, m := range x.s.companies {
			if m.start == at+1 && m.end == atEnd {
				return m.name
			}
		}
		if slices.Contains(x.s.vague, atEnd-1) {
			return ""
		}
	}
	last := ""
	for _, m := range x.s.companies {
		if m.end <= at && !x.inPhraseOf(m) {
			last = m.name
		}
	}
	if last == "" && len(x.prev) > 0 {
		last = x.prev[0]
		if c := x.chainSubject(); c != "" {
			last = c
		}
	}
	if last == "" && len(x.main) > 0 {
		// The paragraph opens on it: the company the article is about.
		last = x.main[0]
		if r := x.storyRecipient(); r != "" && (x.tokHas(verb, wReceive) || x.tokHas(verb, wRaise) || toks[verb].is3(wdTook, wdTakes, wdTake)) {
			// "The startup had earlier raised $250 million": one that
			// takes money is the company the article's money went to,
			// not its backer.
			last = r
		}
	}
	return last
}

// chainSubject returns the company the paragraph's sentences before keep
// as their subject: the one the nearest of them that opens on a company
// opens on, past those that open on "It" or "The company" and so go on
// about it. "Google has spent years insisting it would never run short.
// It designed its own chips to avoid relying on Nvidia. Yet on June 5 it
// agreed to pay" is Google's, not Nvidia's, the name the sentence before
// holds. It returns "" when a sentence between opens otherwise, so that
// the company the last one named stands.
func (x *extractor) chainSubject() string {
	para := x.s.paragraph
	for i := len(x.earlier) - 1; i >= 0 && i >= len(x.earlier)-6; i-- {
		s := &x.earlier[i]
		if s.paragraph != para || len(s.toks) < 2 {
			return ""
		}
		if len(s.companies) > 0 && s.companies[0].start == 0 {
			return s.companies[0].name
		}
		if !s.toks[0].is1(wdIt) && !(s.toks[0].is1(wdThe) && s.toks[1].is2(wdCompany, wdFirm)) {
			return ""
		}
	}
	return ""
}

// describedFirmAfter returns one past a noun for a firm that ends the few
// words from k saying what it is ("search giant", "Amsterdam-based
// company", "Nvidia-backed cloud provider"), before token limit; 0 when
// no such noun does.
func (x *extractor) describedFirmAfter(k, limit int) int {
	toks := x.s.toks
	for j := k; j < limit && j < k+6; j++ {
		t := toks[j]
		switch {
		case x.tokIs(j, namesFirm) || x.tokHas(j, wDescriptor):
			return j + 1
		case t.text == "-" || x.placeAt(j) || x.inCompany(j) && j+1 < limit && toks[j+1].text == "-":
		case t.kind != tokWord || t.startsUpper() || x.tokHas(j, wAux) || x.tokHas(j, wSubjectVerbs) || x.triggerOf(j) != trigNone:
			return 0
		}
	}
	return 0
}

// inPhraseOf reports a company named inside a phrase a preposition
// opens, which a later "it" does not stand for: "a round led by the
// OpenAI Startup Fund, according to Reuters, and earlier this year it
// raised $21m" is the startup's.
func (x *extractor) inPhraseOf(m mention) bool {
	k := m.start
	if k > 1 && x.s.toks[k-1].is3(wdThe, wdA, wdAn) && x.s.toks[k-2].is1(wdBy) {
		// "led by the OpenAI Startup Fund": the article opens the
		// name's phrase, and "by" before it says whose. Not "sold a
		// stake to the Contoso Growth Fund, and it paid": there "it"
		// may well be the fund.
		k--
	}
	switch x.describedAfter(k) {
	case "by", "from", "to", "with", "of", "for", "in", "at", "on", "than", "alongside":
		return true
	}
	return false
}

// verbAdverb reports a lower-case adverb that may stand between a
// subject's auxiliary and its verb: "had earlier raised", "has since
// secured", "quickly bought"; "supply" and "apply" are verbs.
func verbAdverb(t *token) bool {
	if t.kind != tokWord || t.startsUpper() {
		return false
	}
	return t.is8(wdEarlier, wdLater, wdSince, wdOnce, wdFirst, wdThen, wdPreviously, wdAlready) || len(t.lower) > 5 && strings.HasSuffix(t.lower, "ly") && !strings.HasSuffix(t.lower, "ply")
}

// saysTheCompany reports "the company" or "the firm" as the subject of
// q's clause, before the figure.
func (x *extractor) saysTheCompany(q *quantity) bool {
	start, _ := x.clause(q)
	toks := x.s.toks
	for k := start; k+1 < q.start; k++ {
		if toks[k].lower == "the" && toks[k+1].is2(wdCompany, wdFirm) {
			return true
		}
	}
	return false
}

// clauseCompanies are the companies named in the clause holding q, so that
// "Amazon will invest $9bn in Singapore, and Nvidia has partnered ..." does
// not make Nvidia a party to Amazon's pledge.
//
// A company named in passing is no party either: one named after a word
// that sets it beside the deal ("its first contract outside Microsoft"), or
// in an aside that follows the figure and its deal word ("..., since a
// restructuring that ended Microsoft's preferential status").
func (x *extractor) clauseCompanies(q *quantity) []string {
	if x.companiesFor != q.start+1 || x.companiesEnd != q.end {
		x.companiesFor, x.companiesEnd, x.companies = q.start+1, q.end, slices.Clip(x.findClauseCompanies(q))
	}
	return x.companies
}

// findClauseCompanies is clauseCompanies worked out afresh.
func (x *extractor) findClauseCompanies(q *quantity) []string {
	start, end := x.clause(q)
	// "- Deloitte: 470,000 employees on Claude": a list item's label,
	// a name alone before a colon, is whose the figure after it is.
	if start >= 2 && x.s.toks[start-1].text == ":" && slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start == 0 && m.end == start-1 }) {
		start = 0
	}
	_, at := x.triggerNear(q)
	for k := max(q.end, at+1); k < end; k++ {
		if x.tokHas(k, wAside) {
			end = k
			break
		}
	}
	// Room for every name of the sentence, so that no append copies.
	names := x.takeNames(len(x.s.companies))
	passing := false
	asideFrom, asideTo := -1, -1
	// "Fabrikam, which Contoso bought for $2 billion in 2021, has signed
	// a contract with Northwind": a figure in a relative clause is of the
	// name it follows and those the clause names, not those after it.
	_, qAsideTo := x.relativeAsideAt(q.start)
	for i, m := range x.s.companies {
		// "involves Adobe, Google and IBM": the list goes by in passing
		// with its first name.
		passing = x.inPassing(m) || passing && i > 0 && onlyListGlue(x.s.toks[x.s.companies[i-1].end:m.start])
		if m.start >= asideTo {
			asideFrom, asideTo = x.asideAround(m, q)
		}
		if qAsideTo >= 0 && m.start > qAsideTo {
			continue
		}
		if x.advisedBy(i) {
			// "advised by Morgan Stanley and Goldman Sachs": the banks
			// advise on the deal and take no side of it.
			continue
		}
		if x.describesNext(m) {
			// "The Nvidia-backed cloud provider agreed to buy": a name
			// hyphened to a participle describes the firm after it.
			continue
		}
		if x.ownerOfNext(i) {
			// "MGX and BlackRock's GIP agreed to buy Aligned": the owner
			// of a company named takes no part in what it does.
			continue
		}
		if m.start > asideFrom && m.start < asideTo {
			// "Mistral AI, which rivals OpenAI and Anthropic, raised",
			// "The startup, founded in 2019 by two former Google
			// engineers, raised": a company named in what an aside says
			// of the subject takes no part in the figure after it.
			continue
		}
		if m.start >= start && m.end <= end && !contains(names, m.name) && !passing {
			names = append(names, m.name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	return names
}

// describesNext reports company m hyphened to a participle that makes it
// a description of what follows: "Nvidia-backed", "SoftBank-owned",
// "Google-funded"; not "Sequoia-led", whose leader invests.
func (x *extractor) describesNext(m mention) bool {
	toks := x.s.toks
	k := m.end
	if k+1 >= len(toks) || toks[k].text != "-" || !toks[k-1].joins(&toks[k]) {
		return false
	}
	w := toks[k+1]
	return w.kind == tokWord && !w.startsUpper() && strings.HasSuffix(w.lower, "ed") && x.s.marks[k+1]&leadsRound == 0
}

// ownerOfNext reports the company mention i names in the possessive, as
// the owner of the company named right after it, which a verb, a comma
// or "and" follows ("BlackRock's GIP agreed", "SoftBank's Arm will"). Of
// "Google's Anthropic stake" Google owns the stake, and of "Microsoft's
// OpenAI service" the product.
func (x *extractor) ownerOfNext(i int) bool {
	cs := x.s.companies
	if i+1 >= len(cs) || !x.possessive(cs[i]) || cs[i+1].start != cs[i].end+2 || cs[i+1].name == cs[i].name {
		return false
	}
	k := cs[i+1].end
	if k >= len(x.s.toks) {
		return true
	}
	t := x.s.toks[k]
	return t.text == "," || t.lower == "and" || x.tokHas(k, wSubjectVerbs) || x.tokHas(k, wAux) && t.lower != "to"
}

// relativeAsideAt returns the bounds, the commas, of a relative clause
// set off after a name that holds token k ("Fabrikam, which Contoso bought
// for $2 billion in 2021, has signed"); -1, -1 when k stands in none.
func (x *extractor) relativeAsideAt(k int) (int, int) {
	toks := x.s.toks
	from := asideComma(toks, k, -1, 12, false)
	if from < 0 || !x.tokIs(from+1, opensRelative) || toks[from+1].lower == "that" || !x.companyEndsAt(from) {
		return -1, -1
	}
	if to := asideComma(toks, k, 1, 14, false); to >= 0 {
		return from, to
	}
	return -1, -1
}

// asideComma returns the comma nearest token k in the direction step (-1
// or 1) within reach tokens, or -1 when a semicolon, or a number if
// numbers is set, comes first: an aside set off by commas holds neither.
// Looking back it stops before the sentence's first token, which opens
// no aside.
func asideComma(toks []token, k, step, reach int, numbers bool) int {
	for j, n := k+step, 0; n < reach && j > 0 && j < len(toks); j, n = j+step, n+1 {
		switch {
		case toks[j].text == ",":
			return j
		case toks[j].text == ";", numbers && toks[j].kind == tokNum:
			return -1
		}
	}
	return -1
}

// appositiveAt returns the bounds, the commas, of a description set off
// after a name that holds token k ("CareFusion, a maker of infusion
// pumps, for"); -1, -1 when k stands in none.
func (x *extractor) appositiveAt(k int) (int, int) {
	toks := x.s.toks
	from := asideComma(toks, k, -1, 10, true)
	if from < 0 || from+1 >= k || !toks[from+1].is2(wdA, wdAn) {
		return -1, -1
	}
	// "CareFusion Corp, a maker", "Daol Investment Co., a venture capital
	// arm": the name may end before its legal form.
	e := from
	if e > 0 && toks[e-1].text == "." {
		e--
	}
	if e > 0 && isLegalSuffix(toks[e-1].lower) {
		e--
	}
	if !x.companyEndsAt(e) {
		return -1, -1
	}
	if to := asideComma(toks, k, 1, 10, true); to >= 0 {
		return from, to
	}
	return -1, -1
}

// advisedBy reports company mention i named after "advised by", or
// listed with "and" or a comma after one that is.
func (x *extractor) advisedBy(i int) bool {
	cs, toks := x.s.companies, x.s.toks
	for ; i >= 0; i-- {
		m := cs[i]
		if m.start >= 2 && toks[m.start-1].lower == "by" && toks[m.start-2].lower == "advised" {
			return true
		}
		// Mentions may overlap ("Sun Capital" inside "Sun Capital
		// Partners Inc."): one that ends past m's start lists nothing.
		if i == 0 || cs[i-1].end > m.start || !onlyListGlue(toks[cs[i-1].end:m.start]) {
			return false
		}
	}
	return false
}

// namedInAside reports a company the sentence names, and names only in an
// aside that asideAround finds for figure q.
func (x *extractor) namedInAside(q *quantity, name string) bool {
	named := false
	for _, m := range x.s.companies {
		if m.name != name {
			continue
		}
		if from, _ := x.asideAround(m, q); from < 0 {
			return false
		}
		named = true
	}
	return named
}

// asideAround returns the bounds, the commas, of an aside set off in the
// sentence around company m before figure q and its deal word: a relative
// clause ("Nvidia, whose chips power ChatGPT, invested"), a participle
// ("The startup, founded in 2019 by two former Google engineers,
// raised") or an appositive ("Rumble, the video platform backed by
// Tether, agreed to buy"). It returns -1, -1 when m stands in none. An aside after the
// figure ("raised $30m from investors, which included Sequoia") may name
// the deal's sides, and so may one the sentence does not close.
func (x *extractor) asideAround(m mention, q *quantity) (int, int) {
	toks := x.s.toks
	_, at := x.triggerNear(q)
	limit := q.start
	from := -1
	for k := m.start - 1; k > 0 && k >= m.start-12; k-- {
		if toks[k].text == "," && !x.listComma(k) {
			from = k
			break
		}
		if toks[k].text == ";" || toks[k].kind == tokNum && yearOf(toks[k]) == 0 {
			return -1, -1
		}
	}
	if from < 0 || from+2 >= len(toks) {
		return -1, -1
	}
	if at > from && at < limit {
		// The deal word after the aside opens is the figure's clause's:
		// "The acquisition, which was approved by the European
		// Commission, values Activision" keeps its own before it.
		limit = at
	}
	w := toks[from+1]
	if !x.tokIs(from+1, opensRelative) && !(w.kind == tokWord && !w.startsUpper() && strings.HasSuffix(w.lower, "ed") && toks[from+2].is2(wdBy, wdIn)) && !w.is2(wdA, wdAn) && !(w.lower == "the" && from > 0 && x.companyEndsAt(from)) {
		return -1, -1
	}
	for k := m.end; k < limit && k <= m.end+12; k++ {
		if toks[k].text == "," && !x.listComma(k) {
			return from, k
		}
		if toks[k].text == ";" {
			break
		}
	}
	return -1, -1
}

// listComma reports a comma at k between two names of a list ("Intel,
// IFC and Iron Mountain"), which neither opens nor closes an aside: "The
// company, which counts Intel, IFC and Iron Mountain among its investors,
// is raising" sets all three aside.
func (x *extractor) listComma(k int) bool {
	return x.companyEndsAt(k) && x.companyStartsAt(k+1)
}

// inPassing reports a company named after a word that sets it beside what
// the sentence reports: "outside Microsoft", "unlike Google", "Contoso
// beats Fabrikam to the contract"; or named as a rival ("close the gap with
// Google", "ahead of Oracle") or as the winner of what another lost ("lost
// the bid to Microsoft").
func (x *extractor) inPassing(m mention) bool {
	toks := x.s.toks
	if x.basedAt(m) {
		return true
	}
	k := m.start - 1
	if k >= 0 && x.tokIs(k, definite) {
		k--
	}
	if k < 0 {
		return false
	}
	if x.tokHas(k, wPassing) {
		// "to a consortium of investors including KKR": the group's
		// members are named as the group, which takes part.
		return !toks[k].is1(wdIncluding) || groupOf(toks, k) < 0
	}
	if k >= 1 && toks[k].is3(wdWith, wdOf, wdTo) && x.tokHas(k-1, wPassing) {
		return true
	}
	// "catching up with Microsoft's suite"
	if k >= 2 && toks[k].lower == "with" && toks[k-1].lower == "up" && x.tokHas(k-2, wPassing) {
		return true
	}
	if toks[k].lower == "to" {
		for j := k - 1; j >= 0 && j >= k-20 && toks[j].text != ","; j-- {
			if x.tokHas(j, wLost) {
				return true
			}
		}
	}
	return false
}

// basedAt reports a company named as where another is: "a start-up
// based in Abu Dhabi's Hub71" names the place a firm works from, no side
// of its deal. "located" and "housed" are left out: they tell where what
// is bought sits ("servers located in Fabrikam data centres"), and the
// company that holds it is the vendor.
func (x *extractor) basedAt(m mention) bool {
	toks := x.s.toks
	j := m.start - 1
	if j >= 2 && toks[j].lower == "s" {
		if p := x.placeOwning(j - 1); p >= 0 {
			j = p - 1
		}
	}
	if j < 1 || !toks[j].is2(wdIn, wdAt) {
		return false
	}
	switch toks[j-1].lower {
	case "based", "headquartered", "incubated":
		return true
	}
	return false
}

// namedInPassing reports a company the sentence names, and names only in
// passing.
func (x *extractor) namedInPassing(name string) bool {
	named := false
	for _, m := range x.s.companies {
		if m.name != name {
			continue
		}
		if !x.inPassing(m) {
			return false
		}
		named = true
	}
	return named
}

// namedElsewhere reports a company the sentence names only in a clause
// after the one holding q, or before it with a figure of its own between
// them ("DeepL raised $300 million; Scale AI secured $1 billion"). One
// named before with no figure may be the subject a list cut off ("OpenAI
// said that five sites, and its projects with CoreWeave, bring ... $400
// billion").
func (x *extractor) namedElsewhere(q *quantity, name string) bool {
	start, end := x.clause(q)
	named := false
	for _, m := range x.s.companies {
		if m.name != name {
			continue
		}
		if m.start < end && !(m.end <= start && x.moneyBetween(m.end, start)) {
			return false
		}
		named = true
	}
	return named
}

// moneyBetween reports an amount of money between tokens from and to.
func (x *extractor) moneyBetween(from, to int) bool {
	return slices.ContainsFunc(x.s.qty, func(p quantity) bool { return p.kind == qtyMoney && p.start >= from && p.end <= to })
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// window returns the lower-case words within n tokens before q (stopping
// at another figure or a clause break) and within m tokens after it.
func (x *extractor) window(q *quantity, n, m int) (before, after []string) {
	toks := x.s.toks
	// The words land in buffers the extractor keeps: every caller reads
	// them before asking for another window.
	before, after = x.before[:0], x.after[:0]
	beforeAt, afterAt := x.beforeAt[:0], x.afterAt[:0]
	for k := q.start - 1; k >= 0 && k >= q.start-n; k-- {
		if toks[k].text == ";" || toks[k].text == "$" || toks[k].kind == tokNum {
			break
		}
		if toks[k].text == "-" {
			// "the data-labelling start-up": a hyphen joins words into
			// one and takes no place of its own.
			n++
		}
		if toks[k].kind == tokWord {
			before = append(before, toks[k].lower)
			beforeAt = append(beforeAt, int32(k))
		}
	}
	for k := q.end; k < len(toks) && k < q.end+m; k++ {
		if toks[k].text == ";" || toks[k].text == "," || toks[k].text == "." || toks[k].kind == tokNum {
			break
		}
		if toks[k].kind == tokWord {
			after = append(after, toks[k].lower)
			afterAt = append(afterAt, int32(k))
		}
	}
	x.before, x.after, x.beforeAt, x.afterAt = before, after, beforeAt, afterAt
	return before, after
}

// isRevenue reports money written as a company's takings: "$25 billion in
// quarterly revenue", "revenue of $25 billion".
func (x *extractor) isRevenue(_ int, q *quantity) bool {
	toks := x.s.toks
	if x.contractedTakings(q) {
		return false
	}
	// A revenue word of a name says nothing of the figure: "£350m with
	// HM Revenue and Customs".
	for k := q.end; k < len(toks) && k < q.end+4; k++ {
		if toks[k].text == ";" || toks[k].text == "," || toks[k].text == "." || toks[k].kind == tokNum || x.tokHas(k, wDealNouns) {
			break
		}
		if x.tokHas(k, wRevenue) && !x.inCompany(k) {
			return true
		}
	}
	words := 0
	for k := q.start - 1; k >= 0 && k >= q.start-4 && words < 3; k-- {
		// "Contoso, which reported $12 billion in annual revenue, will
		// invest $1 billion": takings named before a comma are an aside's.
		if toks[k].text == ";" || toks[k].text == "," || toks[k].text == "$" || toks[k].kind == tokNum {
			break
		}
		if toks[k].kind != tokWord {
			continue
		}
		words++
		if x.tokHas(k, wRevenue) && !x.inCompany(k) {
			return true
		}
	}
	// "DRAM industry sales in the fourth quarter came to 28 billion
	// dollars": takings the clause opens with, whatever stands between
	// them and the verb that gives their sum.
	if x.takingsListed(q) {
		return true
	}
	// "DRAM industry revenue grew ... to a total of US$31.63 billion": the
	// takings' sum.
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		if x.tokHas(k, wTotal) {
			return x.takingsTotal(k)
		}
	}
	k := q.start - 2
	if k < 1 || toks[k+1].lower != "to" || !(x.tokHas(k, wChangeBefore) || x.tokIs(k, sumsTo)) {
		return false
	}
	start, _ := x.clause(q)
	aside := false
	for j := k - 1; j >= start; j-- {
		if toks[j].text == "," {
			// "Contoso's cloud revenue, boosted by the deal with
			// Fabrikam, rose to $12 billion": an aside set off by commas
			// says nothing of what rose.
			aside = !aside
			continue
		}
		if aside {
			continue
		}
		if x.tokHas(j, wDealNouns) || x.tokHas(j, wStrongDeal) || toks[j].kind == tokNum {
			return false // "worth about $3 billion in revenue ..., rising to $7 billion": the takings are the other figure's
		}
		if x.tokHas(j, wRevenue) {
			return true
		}
	}
	return false
}

// takingsListed reports money a company took in, said with no noun
// after it: "ahead of China Telecom's $122 million, Tencent Cloud's $100
// million" after revenue named earlier in a sentence reporting no deal,
// and "SK hynix and Solidigm sold a combined $3.62 billion".
func (x *extractor) takingsListed(q *quantity) bool {
	toks := x.s.toks
	// "in the year", "in 2024": when, which says no more of the figure.
	e := q.end
	inPeriod := e+2 < len(toks) && toks[e].lower == "in" && (toks[e+1].kind == tokNum || x.tokIs(e+1, namesPeriod) || x.tokIs(e+2, namesPeriod))
	if e < len(toks) && !(toks[e].kind == tokSym && toks[e].text != "$" || toks[e].lower == "and" || inPeriod) {
		return false
	}
	k := q.start
	if k >= 3 && toks[k-1].lower == "s" && (toks[k-2].text == "'" || toks[k-2].text == "’") && (x.inCompany(k-3) || toks[k-3].startsUpper()) {
		return x.sentenceHas(wRevenue) && !x.sentenceHas(wStrongDeal)
	}
	if k >= 1 && toks[k-1].lower == "combined" {
		k--
	}
	if k >= 1 && toks[k-1].lower == "a" {
		k--
	}
	return k >= 2 && x.tokHas(k-1, wSell) && toks[k-1].is3(wdSold, wdSell, wdSells) && x.companyWithin(0, k-1)
}

// isPrice reports a unit price: "$30-per-user", "$30-a-month", "$30 a
// seat".
func (x *extractor) isPrice(_ int, q *quantity) bool {
	toks := x.s.toks
	if x.ticketSize(q) {
		return true
	}
	if x.unitPriceNotation(q) {
		return true
	}
	if e := q.end; q.start > 0 && toks[q.start-1].is1(wdEvery) || e+1 < len(toks) && toks[e].is2(wdOf, wdFor) && toks[e+1].is1(wdEvery) || e+2 < len(toks) && toks[e].is1(wdOut) && toks[e+2].is1(wdEvery) {
		// "$40 out of every $100 in total volume", "$3 for every $1
		// spent": a ratio of money to money.
		return true
	}
	if q.end+1 < len(toks) && toks[q.end].text == "-" && (toks[q.end+1].lower == "per" ||
		q.end+2 < len(toks) && toks[q.end+1].lower == "a" && toks[q.end+2].is5(wdMonth, wdUser, wdSeat, wdShare, wdHead)) {
		return true
	}
	_, after := x.window(q, 0, 4)
	if len(after) > 1 && (after[0] == "a" || after[0] == "per") && after[1] == "year" && q.value < 1e4 {
		return true // "£59.99 a year"
	}
	if k := q.start - 1; k > 0 && q.value < 1e5 && toks[k].lower == "of" && toks[k-1].is3(wdHigh, wdLow, wdPeak) {
		return true // "touched a 52-week high of Rs 182.65": a share's price
	}
	if k := q.start - 1; k > 0 && q.value < 1e4 && toks[k].is4(wdIs, wdCosts, wdCost, wdAt) {
		// "the Business Standard licence is $12.50", "an E3 licence
		// costs $33.75": what one licence or seat costs.
		for j := k - 1; j >= 0 && j >= k-3 && toks[j].kind == tokWord; j-- {
			if toks[j].is4(wdLicence, wdLicense, wdSubscription, wdSeat) {
				return true
			}
		}
	}
	// "205.7 million shares at VND113,000 ($4.85) each": a price small
	// in either currency is one thing's.
	low := q.value
	if q.convStart > 0 && q.conv.value > 0 {
		low = min(low, q.conv.value)
	}
	if len(after) > 0 && (after[0] == "each" || after[0] == "apiece") && low < 1e5 {
		return true // "pricing its shares at $40 each"; "two contracts worth $5m each" are deals
	}
	// "pay $190 for each Red Hat common share", "$35 in cash for each
	// Cray share": the price of one. "pay 532 pence ($6.30) in cash for
	// each share": a price in a notation read as no money ("pence")
	// leaves its conversion in brackets as the figure, and the words of
	// the price come after the bracket.
	e := q.end
	if e < len(toks) && toks[e].text == ")" {
		e++
	}
	if e+2 < len(toks) && toks[e].lower == "in" && toks[e+1].is2(wdCash, wdStock) {
		e += 2
	}
	if e+1 < len(toks) && toks[e].lower == "for" && toks[e+1].is2(wdEach, wdEvery) {
		for k := e + 2; k < len(toks) && k <= e+6; k++ {
			if toks[k].is6(wdShare, wdSeat, wdUser, wdLicence, wdLicense, wdSubscriber) {
				return true
			}
			if toks[k].kind != tokWord {
				break
			}
		}
	}
	if len(after) > 1 && (after[0] == "a" || after[0] == "per") && (after[1] == "month" || after[1] == "quarter" || after[1] == "week") {
		return q.value < 1e5 // "$30 a month"; "$920 million a month" is a deal's instalment
	}
	if len(after) > 1 && after[0] == "per" && after[1] != "year" && after[1] != "annum" {
		return true // "$8 to $10 million per megawatt", "$108 per employee"
	}
	return len(after) > 1 && after[0] == "a" && (after[1] == "share" || after[1] == "user" ||
		after[1] == "seat" || after[1] == "head")
}

// unitPriceNotation reports money written as the price of one thing: an
// amount no scale word multiplies, under a hundred ("from $29 to $42 a
// share") or under a thousand and written below the unit ("$5.7483", "an
// up round from the Series C at $2.22605", "$35.75"). Reporting writes
// deals in thousands at least; the one smaller deal it writes is a sale
// for a token £1, which is whole.
func (x *extractor) unitPriceNotation(q *quantity) bool {
	if q.scaled || q.value >= 1000 || q.value == 1 || q.kind != qtyMoney {
		return false
	}
	return q.value < 100 || q.value != math.Trunc(q.value)
}

// isInstalment reports a deal's money paid each period, with a verb of
// paying before it in its clause: "agreed to pay a rocket maker nearly $1
// billion a month", "will pay $15 million per year to make ChatGPT
// available". What a company spends or invests a year is its running cost
// or capital spending ("invest €10 billion a quarter in capex").
func (x *extractor) isInstalment(_ int, q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if q.value < 1e5 || k+1 >= len(toks) || !x.tokIs(k, perEach) || !x.tokIs(k+1, namesPeriod) || x.spendingAfter(q) {
		return false
	}
	// "will pay about $12 million a year in property taxes": what is
	// paid each period is a running cost.
	for j := k + 2; j < len(toks) && j <= k+4 && toks[j].kind == tokWord; j++ {
		if x.tokIs(j, namesRunningCost) || toks[j].is3(wdTax, wdRent, wdInterest) {
			return false
		}
	}
	start, _ := x.clause(q)
	for j := start; j < q.start; j++ {
		if x.tokIs(j, paysMoney) {
			// "will be paid a salary of $900,000 a year": a person's
			// pay, no deal's.
			for i := j + 1; i < q.start; i++ {
				if toks[i].is6(wdSalary, wdSalaries, wdWage, wdWages, wdCompensation, wdBonus) {
					return false
				}
			}
			return len(x.clauseCompanies(q)) > 0 || len(x.context) > 0
		}
	}
	return false
}

// instalmentParties are the sides of a payment made each period: who
// pays buys services or licences from who is paid, never the company.
func instalmentParties(x *extractor, qi int, q *quantity) []corpus.Party {
	ps := dealParties(x, qi, q)
	for i := range ps {
		switch ps[i].Role {
		case corpus.RoleBuyer:
			ps[i].Role = corpus.RoleCustomer
		case corpus.RoleTarget, corpus.RoleSeller:
			ps[i].Role = corpus.RoleVendor
		}
	}
	return ps
}

// isOtherMoney reports money that is clearly not a deal between companies:
// valuations, market sizes, capital spending, fines, debt, unit prices.
func (x *extractor) isOtherMoney(_ int, q *quantity) bool {
	if x.changedFigure(q) {
		return true
	}
	if p, ok := x.changedFrom(q); ok && (x.isRevenue(0, &p) || x.isOtherMoney(0, &p)) {
		// "a valuation that could reach $120 billion, up from $80
		// billion": the figure it grew from is as much the company's.
		return true
	}
	if p, ok := x.seriesBefore(q); ok && (x.isRevenue(0, &p) || x.isOtherMoney(0, &p)) {
		// "revenue rose to Rs 94 crore in FY24 from Rs 66 crore in FY23
		// and Rs 52 crore in FY22": the earlier years' figures are as
		// much the company's takings.
		return true
	}
	before, after := x.window(q, 7, 4)
	// The lists of the window's words are their tokens', read from the
	// sentence's bits rather than looked up by text.
	bits, beforeAt, afterAt := x.s.bits, x.beforeAt, x.afterAt
	if x.fundingPart(q) || x.contractedTakings(q) {
		return false
	}
	if x.manyDeals(q) || x.valueMoved(q) {
		return true
	}
	if len(before) > 0 && (before[0] == "spend" || before[0] == "spending") && len(after) > 1 && (after[0] == "this" || after[0] == "next") && after[1] == "year" {
		return true // "it will spend about $80 billion this year": capital spending
	}
	if len(before) > 0 && (before[0] == "spend" || before[0] == "spending") && x.spentOnThisYear(q) {
		return true // "will spend about $2 billion on cloud computing this year": a year's spending on a kind of thing
	}
	// "an initial value of £1.5m per annum": a deal's yearly value, not
	// a price per unit.
	if len(before) > 1 && before[0] == "back" && bits[beforeAt[1]].has(wAcquire) {
		// "would buy back $25 billion of its shares": a buyback, no deal.
		return true
	}
	if len(after) > 2 && after[0] == "to" && (after[1] == "repurchase" || after[1] == "buy" && after[2] == "back") {
		// "would spend $100 billion to buy back its stock": a buyback
		// said after the money.
		return true
	}
	perYear := len(after) > 1 && after[0] == "per" && (after[1] == "annum" || after[1] == "year") && q.value >= 1e5
	if len(after) > 0 && bits[afterAt[0]].has(wOtherMoneyAfter) && !perYear {
		return true
	}
	// "a termination fee of $154 million", "may have to pay a fee of $46
	// million if the transaction is terminated": what one side owes the
	// other when a deal ends is no deal's value.
	// "Because the deal was terminated, Contoso must pay Fabrikam a
	// $12.5 million fee": the fee said after the figure.
	if len(after) > 0 && (after[0] == "fee" || after[0] == "fees") && (x.sentenceHas(wCancelled) || x.status() == corpus.StatusCancelled) {
		return true
	}
	// "a $250 million break-up fee", "a $1 billion reverse break fee":
	// the fee's kind said between the figure and the fee, so no word
	// of a cancelled deal need be there.
	for i := 1; i < len(after) && i < 4; i++ {
		if after[i] == "fee" || after[i] == "fees" {
			if slices.ContainsFunc(after[:i], func(w string) bool { return w == "break" || w == "breakup" || w == "termination" }) {
				return true
			}
			break
		}
	}
	for i := 0; i < len(before) && i < 3; i++ {
		if before[i] == "fee" || before[i] == "fees" {
			if x.clauseHas(q, wCancelled) || slices.ContainsFunc(before[i:], func(w string) bool { return w == "termination" || w == "breakup" || w == "break" }) {
				return true
			}
			break
		}
	}
	// "its market value topped $500 billion": what the market prices a
	// company at. "its shares closed at $215": a price of one share.
	priceMove := q.value < 1e4 && len(before) > 0 && (before[0] == "at" || before[0] == "to" || x.tokHas(q.start-1, wChangeBefore))
	for i := 0; i+1 < len(before) && i < 4; i++ {
		if (before[i] == "value" || before[i] == "valuation") && before[i+1] == "market" {
			return true
		}
		if priceMove && bits[beforeAt[i+1]].has(wStock) {
			return true
		}
	}
	if x.leaseOwed(q) || x.fundingGap(q) || x.addressableBefore(q) || x.publicRaise(q) {
		return true
	}
	if t := q.start - 1; t > 0 && x.s.toks[t].is4(wdTotal, wdTotals, wdTotalled, wdTotaled) {
		// "capital expenditures are expected to total about $70
		// billion": the verb's subject is spending, however many
		// words of expecting stand between, with no company between.
		for k := t - 1; k >= 0 && k >= t-6 && x.s.toks[k].kind == tokWord; k-- {
			if x.s.toks[k].is6(wdSpending, wdExpenditure, wdExpenditures, wdCapex, wdBudget, wdDebt) {
				if !x.companyWithin(k, q.start) && !x.placeWithin(k, q.start) {
					return true
				}
				break
			}
		}
	}
	if len(before) > 1 && before[0] == "in" && (before[1] == "take" || before[1] == "takes" || before[1] == "took" || before[1] == "taking" || before[1] == "raked" || before[1] == "rake" || before[1] == "rakes" || before[1] == "raking") {
		return true // "is on track to take in $400 million this year": takings
	}
	// "estimates the AI inference market at $250 billion": a market
	// sized at the figure.
	if q.start > 1 && x.s.toks[q.start-1].lower == "at" && x.tokIs(q.start-2, namesMarket) && !x.inCompany(q.start-2) {
		return true
	}
	// "has net debt of $1.2 billion", "total debt stood at €22 billion":
	// what a company owes, not debt it raised in a deal.
	for i := 0; i+1 < len(before) && i < 4; i++ {
		if before[i] == "debt" || before[i] == "borrowings" {
			// The window reads nearest word first, so "long-term debt" is
			// "term" then "long".
			if w := before[i+1]; w == "net" || w == "gross" || w == "total" || w == "outstanding" || w == "existing" || w == "term" && i+2 < len(before) && before[i+2] == "long" {
				return true
			}
			break
		}
	}
	// "more than 50% above the $9 billion it was valued at in November":
	// what a relative clause after the figure says it was valued at.
	if len(after) > 2 && (bits[afterAt[0]].has(wPronoun) || after[0] == "they" || after[0] == "which" || after[0] == "that") && (after[1] == "was" || after[1] == "were" || after[1] == "is") && (after[2] == "valued" || after[2] == "worth") {
		return true
	}
	// "$25 million more than SAP": the gap between two figures.
	if len(after) > 1 && (after[0] == "more" || after[0] == "less") && after[1] == "than" {
		return true
	}
	// "could add $4 billion to Thailand's GDP", "added $19.8 billion to
	// the state's gross domestic product": a contribution to an economy,
	// however far on in the clause it is named.
	if q.start > 0 && x.s.toks[q.start-1].is7(wdAdd, wdAdds, wdAdded, wdAdding, wdContribute, wdContributes, wdContributed) && x.economyAfter(q) {
		return true
	}
	// "has raised the Commonwealth's GDP by nearly $7 billion", "will
	// lift Spain's economy by €3 billion": the amount an economy moved
	// by, with the economy named before it in its clause.
	if q.start > 0 && x.s.toks[q.start-1].lower == "by" && x.economyBefore(q) {
		return true
	}
	if x.takingsAfterTo(q) {
		return true
	}
	// "invest €10 billion a quarter in European capex", "spends about $14
	// billion a quarter on capital expenditure": capital spending each
	// period.
	if len(after) > 1 && (after[0] == "a" || after[0] == "per") && (after[1] == "year" || after[1] == "quarter" || after[1] == "month") && (x.economyAfter(q) || x.spendingAfter(q)) {
		return true
	}
	// "a $1.5 billion annual technology budget": a budget or a backlog
	// named a few describing words on.
	for i := 1; i < len(after) && i < 3; i++ {
		// "raised €600mn at a valuation close to €6bn": a word that
		// links the figure to what follows is no description of it.
		if w := after[i-1]; bits[afterAt[i-1]].has(wDealNouns) || bits[afterAt[i-1]].has(wStrongDeal) ||
			w == "at" || w == "a" || w == "an" || w == "the" || w == "of" || w == "in" || w == "for" || w == "with" || w == "to" || w == "as" || w == "and" || w == "its" {
			break
		}
		if after[i] == "budget" || after[i] == "backlog" || after[i] == "capex" || after[i] == "valuation" {
			return true
		}
	}
	for i := range after {
		if bits[afterAt[i]].has(wEconomy) {
			return true // "a €21.6 billion boost to Spain's GDP"
		}
	}
	// "investment in start-ups fell to $40 billion": a sector's figure
	// after a change, where the clause names no company it is of.
	if q.start > 1 && x.s.toks[q.start-1].lower == "to" && x.tokHas(q.start-2, wChangeBefore) && !x.s.toks[q.start-2].is7(wdBy, wdUp, wdDown, wdAdded, wdRaised, wdCut, wdLost) {
		start, _ := x.clause(q)
		named := false
		for k := start; k < q.start && !named; k++ {
			// "The value of the contract later rose to $40 billion": a
			// deal's own figure after a change.
			named = x.inCompany(k) || x.tokHas(k, wPronoun) || x.tokHas(k, wDealValueNouns)
		}
		if !named {
			return true
		}
	}
	// "spending grew 20% to US$9.2 billion": a market's size after a
	// change; "a 45 percent premium that values the company at $1.5
	// billion" is what a deal values its company at.
	if q.start > 0 && x.s.toks[q.start-1].is2(wdTo, wdAt) && !x.buysWhole(q) {
		for _, p := range x.s.qty {
			if p.kind == qtyPercent && p.end <= q.start && q.start-p.end <= 6 && x.isChange(&p) {
				return true
			}
		}
	}
	if len(after) > 1 && after[0] == "in" && (after[1] == "capital" || after[1] == "capex" || after[1] == "assets" || after[1] == "market" || after[1] == "fines" || after[1] == "damages" || after[1] == "debt" || after[1] == "costs" || after[1] == "savings" ||
		after[1] == "cost" || after[1] == "equity" && len(after) > 2 && after[2] == "grants") {
		// "$300 million in cost savings", "$32 million in equity grants"
		return true
	}
	if len(after) > 2 && (after[0] == "a" || after[0] == "per") && after[2] == "in" {
		// "will pay about $12 million a year in property taxes"
		toks := x.s.toks
		for k := q.end + 3; k < len(toks) && k <= q.end+5 && toks[k].kind == tokWord; k++ {
			if toks[k].is4(wdTax, wdTaxes, wdRent, wdInterest) {
				return true
			}
		}
	}
	if x.runningCostAfter(q) || x.spendsYearly(q) || x.neededMoney(q) || x.stakeEstimate(q) {
		return true
	}
	if len(after) > 1 && after[0] == "in" && after[1] == "cash" && len(before) > 0 && (before[0] == "has" || before[0] == "had" || before[0] == "holds" || before[0] == "held" || before[0] == "about" && len(before) > 1 && before[1] == "has") {
		return true // "Microsoft has about $95 billion in cash": what it holds
	}
	if x.sizesCompany(q) {
		return true
	}
	for i, w := range after {
		if i < 3 && (w == "firm" || w == "manager") {
			return true // "a $40 billion investment firm": the size of an investor
		}
		if i == 0 && (w == "higher" || w == "lower" || w == "pool" || w == "net") {
			return true // "nearly $11 billion higher than", "a $105 million pool"
		}
	}
	if len(after) > 1 && after[0] == "of" {
		for _, k := range afterAt[1:len(after)] {
			if bits[k].has(wOtherMoneyOf) {
				return true
			}
		}
	}
	// A deal noun anywhere in the clause before the figure makes "worth"
	// the deal's: "its contracts with Fabrikam are now worth $22.4 billion".
	dealNear := false
	start, end := x.clause(q)
	for k := start; k < q.start; k++ {
		dealNear = dealNear || x.tokHas(k, wDealValueNouns)
		if x.tokIs(k, namesMarket) && x.s.toks[k+1].is2(wdThat, wdWhich) && !x.inCompany(k) {
			// "announced a partnership in a market that analysts say
			// will be worth $1.3 trillion": what the relative clause
			// says is the market's.
			dealNear = false
		}
	}
	if dealNear && x.companyIsWorth(q) {
		return true
	}
	// "capex of as much as $40 billion": a qualifier of the figure
	// stands between it and what the figure is.
	lead := 0
	for lead < len(before) && (before[lead] == "as" || before[lead] == "much" || before[lead] == "up" || before[lead] == "about" || before[lead] == "around" || before[lead] == "nearly" || before[lead] == "roughly" || before[lead] == "almost") {
		lead++
	}
	for i, w := range before {
		switch {
		case bits[beforeAt[i]].has(wOtherMoneyBefore) && i < 4+lead && !(w == "price" && x.dealPrice(q, before[i+1:])) && !x.dealsOwn(before[i+1:]) && !verbNotes(before, i) && !x.spendingVerb(int(beforeAt[i])) && !(w == "valuation" && x.soldAtValuation(q, before, i)) && !x.describesName(q, i):
			return true
		case (w == "package" || w == "packages") && i < 4+lead && i+1 < len(before) && (before[i+1] == "pay" || before[i+1] == "remuneration"):
			return true // "a pay package worth $65.5 million"
		case (w == "valued" || w == "valuing" || w == "values" || w == "worth") && !dealNear && i+1 < len(before) && isMarketOrCompanyWorth(before[i+1:]) && !x.ordinalDeal(q.start-1) && !x.buysWhole(q) && !x.isDealWorth(0, q):
			return true
		case w == "valued" || w == "valuing" || w == "values" || w == "value" && i+1 < len(before) && (bits[beforeAt[i+1]].has(wAux) || before[i+1] == "its" || before[i+1] == "their" || before[i+1] == "could" || before[i+1] == "may" || before[i+1] == "might"):
			// "the round would value Nscale at $3.1 billion", "taking
			// its value close to a trillion dollars"; "the
			// acquisition could value the operator at $40 billion" is the
			// deal's price.
			if !dealNear && !x.buysWhole(q) {
				return true
			}
			// "the deal valued Databricks at $62 billion": a deal that
			// values a company it does not buy says what the company is
			// worth; "a contract valued at $2bn" is the contract's, and
			// "the transaction values VMware at $69 billion", in a story
			// of a takeover, is its price.
			if i > 0 && before[i-1] != "at" && before[i-1] != "between" && x.storyType != corpus.DealAcquisition && !x.buyingIn(start, q.start) && !withDebt(after) {
				return true
			}
		case w == "worth" && !dealNear && x.marketBefore(start, q.start):
			// "a cloud market the Boston Consulting Group expects to be
			// worth $8 billion by 2023": a market's size, however far
			// the market stands from its worth.
			return true
		case w == "reach" || w == "hit" || w == "exceed" || w == "surpass" || w == "top" || w == "heading" || w == "headed" || w == "pass":
			// "investment in AI infrastructure could reach $6.7 trillion":
			// a market's or a sector's size.
			start, _ := x.clause(q)
			for k := start; k < q.start; k++ {
				if x.s.toks[k].lower == "whose" {
					break // "a project whose investment could reach $7 billion": one project's
				}
				// "the value of his companies' investments was expected
				// to reach between $4 billion and $5 billion": what a
				// holding is worth.
				if x.tokIs(k, namesMarket) || x.s.toks[k].is3(wdInvestment, wdInvestments, wdValue) {
					return true
				}
			}
		}
	}
	if x.sizesWhole(q, end) || x.liftedBy(q) {
		return true
	}
	// "add another $6 billion to the project's total cost": what a
	// project's cost grows by.
	if x.addsToCost(q) {
		return true
	}
	// "Spending on cloud infrastructure services came close to US$55
	// billion, with AWS, Azure and Google setting the pace": what a whole
	// market spent, the subject of the figure's clause.
	if !dealNear && !x.companyWithin(start, q.start) {
		for k := start; k < start+3 && k < q.start; k++ {
			if x.s.toks[k].is2(wdSpending, wdExpenditure) && !x.spendingVerb(k) {
				return true
			}
		}
	}
	// "xAI's previous valuation, from its December funding round, was
	// about $40 billion": what a valuation or a backlog is, past an aside
	// between it and its verb.
	return x.copulaOf(q, wOtherMoneyBefore)
}

// buysWhole reports a figure a sentence about buying a whole company
// values it at: "It is buying WalkMe for $14.00 per share in cash, a 45
// percent premium that values the company at $1.5 billion", "will acquire
// DigitalBridge, valuing the company at about $4 billion". The price of
// the whole is the deal's. A stake or a round bought values the company
// at more than is paid: "bought a stake in Contoso, valuing it at $30bn".
func (x *extractor) buysWhole(q *quantity) bool {
	toks := x.s.toks
	bought := false
	for k := range toks {
		switch {
		case x.tokIs(k, namesInvestment) && !x.describesFirm(k) || x.tokHas(k, wRaise) || toks[k].lower == "shares":
			return false
		case k < q.start && x.tokHas(k, wAcquire) && !x.tokIs(k, paysMoney):
			bought = true
		}
	}
	return bought
}

// runningCostAfter reports money said to be "in" what running a deal or
// a business costs or saves, a word or two on: "$300 million in
// integration expenses", "$400 million in annual cost synergies". What a
// purchase costs is its price: "$400,000 in subscription renewal costs".
func (x *extractor) runningCostAfter(q *quantity) bool {
	toks := x.s.toks
	if q.end >= len(toks) || toks[q.end].lower != "in" {
		return false
	}
	for k := q.end + 1; k < len(toks) && k <= q.end+3; k++ {
		if toks[k].kind != tokWord {
			return false
		}
		if x.tokIs(k, namesRunningCost) {
			return true
		}
	}
	return false
}

// spendsYearly reports what a company or a body spends each year, with
// no seller named after the figure: "the department spends about £2
// billion a year on IT", "it spent $40bn annually on its networks". It is
// running spending; "spends $1bn a year with Contoso" is a deal.
func (x *extractor) spendsYearly(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	for k >= 0 && k >= q.start-3 && toks[k].is14(wdAbout, wdAround, wdRoughly, wdSome, wdNearly, wdAlmost, wdOver, wdThan, wdMore, wdLess, wdUp, wdTo, wdAn, wdEstimated) {
		k--
	}
	if k < 0 || !x.tokIs(k, spendsMoney) && !toks[k].is3(wdInvest, wdInvests, wdInvesting) {
		return false
	}
	e := q.end
	switch {
	case e+1 < len(toks) && x.tokIs(e, perEach) && x.tokIs(e+1, namesPeriod) && toks[e+1].lower != "annum":
	case e < len(toks) && toks[e].is3(wdAnnually, wdYearly, wdMonthly):
	case x.thisYear(e):
		// "would spend about $80 billion this fiscal year on AI
		// capacity": one year's capital spending, no deal; "will invest
		// $2bn in Spain this year" gives a place its money.
		_, end := x.clause(q)
		return !x.companyWithin(q.end, end) && !x.placeWithin(q.end, end)
	default:
		return false
	}
	if !x.tokIs(k, spendsMoney) {
		return false // "invests $2bn a year in Fabrikam" is read elsewhere
	}
	_, end := x.clause(q)
	return !x.companyWithin(q.end, end)
}

// thisYear reports "this year", "next year" or "this fiscal year" at k:
// the year a company's running spending falls in.
func (x *extractor) thisYear(k int) bool {
	toks := x.s.toks
	if k+1 >= len(toks) || !toks[k].is2(wdThis, wdNext) {
		return false
	}
	if toks[k+1].is2(wdFiscal, wdFinancial) {
		k++
	}
	return k+1 < len(toks) && toks[k+1].lower == "year"
}

// neededMoney reports money said to be needed or required, a forecast
// of what a sector must spend rather than a deal: "estimated that $5.2
// trillion of investment in data centres will be needed by 2030", "the
// build-out requires $2 trillion".
func (x *extractor) neededMoney(q *quantity) bool {
	toks := x.s.toks
	if k := q.start - 1; k >= 0 && x.tokIs(k, needsMoney) {
		return true
	}
	_, end := x.clause(q)
	for k := q.end; k+1 < end && k < q.end+10; k++ {
		// "The $1.5 billion acquisition of Fabrikam is required to
		// close by March": a deal the figure is of needs nothing.
		if x.tokHas(k, wDealValueNouns) {
			return false
		}
		if x.tokIs(k, beVerbs) && toks[k+1].is2(wdNeeded, wdRequired) {
			return true
		}
	}
	return false
}

// stakeEstimate reports what a stake or holding is estimated or valued
// at, or is worth, when the clause buys and sells nothing: "PitchBook
// estimated G42's ByteDance stake at $100 million", "Contoso's stake in
// Northwind is now worth about $13 billion". A stake bought or sold at a
// price is a deal: "sold its stake, worth $2bn, to Fabrikam".
func (x *extractor) stakeEstimate(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 1 || !toks[k].is2(wdAt, wdWorth) {
		return false
	}
	start, _ := x.clause(q)
	stake, valued := false, toks[k].lower == "worth"
	for j := start; j < k; j++ {
		switch {
		case x.tokHas(j, wAcquire) || x.tokHas(j, wSell) || x.tokHas(j, wRaise) || x.tokHas(j, wDealValueNouns) || x.tokHas(j, wStrongDeal) ||
			x.tokIs(j, irregularParticiple) && !toks[j].is2(wdGiven, wdMade):
			// "its bid for a controlling stake, valuing the company at
			// €2.4 billion": a stake bought at a price.
			return false
		case x.tokIs(j, namesHolding):
			stake = true
		case x.tokIs(j, estimatesValue):
			valued = true
		}
	}
	return stake && valued
}

// sizesCompany reports money that says what a company is worth, standing
// before the word for the company as a describing word: "the $61 billion
// AI startup", "now a $2 trillion company", "the $90bn chipmaker",
// "$4 billion-valued Contoso". A deal noun or a round after the company
// word makes the figure the deal's again: "a $300 million cloud provider
// deal", "a $40 billion startup funding round".
func (x *extractor) sizesCompany(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k+1 < len(toks) && toks[k].text == "-" && toks[k+1].lower == "valued" {
		return true
	}
	if q.start == 0 || !toks[q.start-1].is3(wdA, wdAn, wdThe) {
		return false
	}
	for ; k < len(toks) && k < q.end+4; k++ {
		t := &toks[k]
		if t.kind != tokWord || x.tokIs(k, namesNoKind) || x.tokHas(k, wDealNouns) || x.tokHas(k, wStrongDeal) || x.tokHas(k, wRaise) {
			return false
		}
		if (x.tokIs(k, namesFirm) || x.tokHas(k, wDescriptor)) && !t.is3(wdBusiness, wdGroup, wdPlatform) && !t.startsUpper() {
			next := k + 1
			return next >= len(toks) || !x.tokHas(next, wDealNouns) && !x.tokHas(next, wStrongDeal) && !x.tokIs(next, namesTakeover) && !x.tokHas(next, wRaise)
		}
	}
	return false
}

// seriesBefore returns the money figure q continues a series of: the one
// just before it in its clause, with only a period and "from", "and" or a
// comma between ("$94m in FY24 from $66m in FY23 and $52m in FY22").
func (x *extractor) seriesBefore(q *quantity) (quantity, bool) {
	toks := x.s.toks
	start, _ := x.clause(q)
	var p quantity
	found := false
	for _, r := range x.s.qty {
		if r.end > q.start {
			break
		}
		if r.kind == qtyMoney && r.start >= start {
			p, found = r, true
		}
	}
	link := q.start - 1
	if !found || q.start-p.end > 6 || link < p.end || !toks[link].is2(wdFrom, wdAnd) && toks[link].text != "," {
		return x.periodList(q)
	}
	for k := p.end; k < link; k++ {
		if !x.periodWord(k) && !toks[k].is2(wdIn, wdFor) {
			return x.periodList(q)
		}
	}
	return p, true
}

// periodList gives the figure before q in a list of figures each said of
// its own period, whatever the first one's verb: "savings of £208k are
// anticipated for 2017-18, £222k in 2018-19 and £264k in 2019-20".
func (x *extractor) periodList(q *quantity) (quantity, bool) {
	toks := x.s.toks
	link := q.start - 1
	if link < 3 || !toks[link].is1(wdAnd) && toks[link].text != "," || q.end+1 >= len(toks) || !toks[q.end].is2(wdIn, wdFor) || !x.periodWord(q.end+1) {
		return quantity{}, false
	}
	// The figure before ends a few words back, its own period between.
	k := link - 1
	for k > 0 && (x.periodWord(k) || toks[k].text == "-" || toks[k].text == "/") {
		k--
	}
	if k == link-1 || !toks[k].is2(wdIn, wdFor) {
		return quantity{}, false
	}
	for i := len(x.s.qty) - 1; i >= 0; i-- {
		p := x.s.qty[i]
		if p.end <= k && p.kind == qtyMoney {
			return p, k-p.end <= 4
		}
	}
	return quantity{}, false
}

// periodWord reports a token that names or points at a period: a year or
// other number, "FY24", "Q3", "H1", "year", "quarter", "the", "last".
func (x *extractor) periodWord(k int) bool {
	t := &x.s.toks[k]
	if t.kind == tokNum || x.tokIs(k, namesPeriod|namesEarlier|definite|perEach) || t.is2(wdFiscal, wdFinancial) {
		return true
	}
	w := t.lower
	switch {
	case strings.HasPrefix(w, "fy"):
		w = w[2:]
	case len(w) == 2 && (w[0] == 'q' || w[0] == 'h'):
		w = w[1:]
	default:
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// contractedTakings reports takings that are what a contract or lease
// brings its seller, the deal's value: "~$3.7 billion in contracted
// revenue", "total contracted lease revenue to approximately $11B", "a
// deal ... expected to bring in more than $30 billion in annual revenue",
// "$7B of revenue from the first two leases".
func (x *extractor) contractedTakings(q *quantity) bool {
	toks := x.s.toks
	rev := -1
	for k := q.end; k < len(toks) && k < q.end+4; k++ {
		if toks[k].kind != tokWord {
			break
		}
		if x.tokHas(k, wRevenue) {
			rev = k
			break
		}
	}
	after := rev >= 0
	for k := q.start - 1; rev < 0 && k >= 0 && k >= q.start-3; k-- {
		if toks[k].kind != tokWord {
			break
		}
		if x.tokHas(k, wRevenue) {
			rev = k
		}
	}
	if rev < 0 || x.inCompany(rev) {
		return false
	}
	for k := rev - 1; k >= 0 && k >= rev-2; k-- {
		if toks[k].is2(wdContracted, wdLease) {
			return true
		}
	}
	if !after {
		return false
	}
	// Takings said after the figure, from a contract named after them or
	// by one the clause names before the figure: "$7B of revenue from the
	// first two leases", "a deal ... expected to bring in $30 billion in
	// annual revenue". "Reported $3bn in revenue after the contract" is
	// the company's own.
	contract := func(k int) bool {
		return (x.tokIs(k, namesContract) || toks[k].is3(wdAgreements, wdLeases, wdLease)) && !x.inCompany(k)
	}
	if rev+1 < len(toks) && toks[rev+1].lower == "from" {
		for k := rev + 2; k < len(toks) && k <= rev+6; k++ {
			// "revenue from its cloud deal business" is the company's
			// own.
			if x.tokHas(k, wPronoun) || toks[k].lower == "their" {
				break
			}
			if contract(k) {
				return k+1 >= len(toks) || toks[k+1].kind != tokWord || !x.businessWord(k+1)
			}
		}
	}
	if rev+2 < len(toks) && toks[rev+1].lower == "for" && x.companyWithin(rev+2, rev+3) {
		// "The deal is expected to generate more than $12 billion in
		// revenue for KPMG ... as it sells services to its clients": what
		// a side earns from others through the deal.
		return false
	}
	start, _ := x.clause(q)
	for k := start; k < q.start; k++ {
		if !contract(k) {
			continue
		}
		// Only the other side may stand between: "a deal with Fabrikam
		// that is expected to bring in".
		for _, m := range x.s.companies {
			if m.start > k && m.start < q.start && !toks[m.start-1].is2(wdWith, wdFrom) {
				return false
			}
		}
		return true
	}
	return false
}

// liftedBy reports a figure raised by an amount, or the amount: "its
// capex guidance, raised by A$400 million to a range of A$2.2–2.4
// billion". A raise verb with "by" and a figure lifts a forecast or a
// budget; money raised from investors is raised "from" them.
func (x *extractor) liftedBy(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	for k > 0 && toks[k].is3(wdA, wdRange, wdOf) {
		k-- // "to a range of"
	}
	if k > 0 && toks[k].lower == "to" {
		for _, p := range x.s.qty {
			if p.end == k {
				k = p.start - 1
				break
			}
		}
	}
	if k < 1 || toks[k].lower != "by" || !x.tokHas(k-1, wRaise) {
		return false
	}
	// "the round was raised by $500 million to $2 billion": a deal
	// made bigger is the deal's figure.
	j := k - 2
	for j >= 0 && x.tokHas(j, wAux) {
		j--
	}
	return j < 0 || !x.tokHas(j, wDealValueNouns) && !x.tokHas(j, wDealNouns) && !x.tokHas(j, wRaise)
}

// sizesWhole reports money that sizes a project the subject is part of,
// where the clause names no company behind the project: "Tonomus, part of
// the $500 billion NEOM project, has been investing in AI". "As part of a
// $10 billion agreement" is a deal's value, and "part of the $500 billion
// Stargate project led by OpenAI" a commitment of those who lead it.
func (x *extractor) sizesWhole(q *quantity, end int) bool {
	toks := x.s.toks
	k := q.start
	if k < 3 || !toks[k-1].is2(wdThe, wdA) || toks[k-2].lower != "of" || toks[k-3].lower != "part" {
		return false
	}
	stop := q.end
	for stop < end && toks[stop].text != "," {
		stop++
	}
	if x.companyWithin(q.end, stop) {
		return false
	}
	for j := q.end; j < end && j < q.end+4; j++ {
		if x.tokHas(j, wDealNouns) || x.tokHas(j, wStrongDeal) {
			return false
		}
		if x.tokIs(j, namesProject) {
			return true
		}
	}
	return false
}

// addsToCost reports money followed by "to" and, a few words on, a cost:
// "another $6 billion to the project's total cost".
func (x *extractor) addsToCost(q *quantity) bool {
	toks := x.s.toks
	if q.end >= len(toks) || toks[q.end].lower != "to" {
		return false
	}
	for k := q.end + 1; k < len(toks) && k <= q.end+6; k++ {
		if toks[k].is2(wdCost, wdCosts) {
			return true
		}
		if toks[k].kind != tokWord && toks[k].text != "'" && toks[k].text != "’" {
			return false
		}
	}
	return false
}

// marketBefore reports a market word in toks[from:to] that is no part of a
// company's name.
func (x *extractor) marketBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if x.tokIs(k, namesMarket) && !x.inCompany(k) {
			return true
		}
	}
	return false
}

// dealsOwn reports a cost or a value that a deal noun owns through
// "whose": "a three-year Enterprise Agreement whose cost could reach up to
// £10.5 million" is the agreement's value. rest are the words before the
// cost word, nearest first.
func (x *extractor) dealsOwn(rest []string) bool {
	return len(rest) > 1 && rest[0] == "whose" && (x.lex.has(wDealValueNouns, rest[1]) || x.lex.has(wStrongDeal, rest[1]))
}

// soldAtValuation reports money a whole business changes hands at, said
// as "at a valuation of" with before[i] "valuation": "agreed to sell its
// real-estate unit to EQT at a valuation of €1.4bn" gives the price. A
// stake or shares bought, or a round raised, at a valuation leave it the
// company's worth: "bought a 5% stake at a valuation of $10bn".
func (x *extractor) soldAtValuation(q *quantity, before []string, i int) bool {
	if i != 1 || before[0] != "of" || i+2 >= len(before) || before[i+1] != "a" || before[i+2] != "at" {
		return false
	}
	sold := false
	for k := range x.s.toks {
		t := &x.s.toks[k]
		switch {
		case x.tokIs(k, namesInvestment) || x.tokHas(k, wRaise) || t.is2(wdShares, wdShare):
			return false
		case k < q.start && (x.tokHas(k, wAcquire) && !x.tokIs(k, paysMoney) || t.is8(wdSell, wdSells, wdSold, wdSelling, wdSale, wdDivest, wdDivests, wdDivested)):
			sold = true
		}
	}
	for _, p := range x.s.qty {
		if p.end <= q.start && p.kind == qtyPercent {
			return false
		}
	}
	return sold
}

// dealPrice reports money that is the price of a deal the sentence
// reports, not of a share or a unit: "at a price of $2bn", "putting the
// price at between $2 billion and $3 billion", "the sale price was $1.2
// billion". rest are the words before "price", nearest first.
func (x *extractor) dealPrice(q *quantity, rest []string) bool {
	if q.value < 1e7 || len(rest) > 0 && (rest[0] == "share" || rest[0] == "stock" || rest[0] == "unit") {
		return false
	}
	// In a story of a takeover, "putting the price at between US$2
	// billion and US$3 billion" is the takeover's price.
	return x.sentenceHas(wAcquire) || x.sentenceHas(wStrongDeal) || x.sentenceHas(wInTalks) || x.storyType == corpus.DealAcquisition
}

// withDebt reports a figure followed by "including debt": what a deal
// values a whole business at, its debt taken over with it ("a deal that
// could value Data4 at 3.5 billion euros including debt"), which a
// company's valuation in a funding round never is.
func withDebt(after []string) bool {
	if len(after) < 2 || after[0] != "including" && after[0] != "incl" {
		return false
	}
	return after[1] == "debt" || len(after) > 2 && after[2] == "debt"
}

// valuedWithDebt reports a figure a deal values a business at, debt
// included: "a deal that could value Data4 at 3.5 billion euros including
// debt" prices the whole business, which is bought.
func (x *extractor) valuedWithDebt(q *quantity) bool {
	before, after := x.window(q, 6, 4)
	if !withDebt(after) {
		return false
	}
	for _, w := range before {
		if w == "value" || w == "values" || w == "valued" || w == "valuing" {
			return true
		}
	}
	return false
}

// spendingAfter reports money that is no deal (other-money-of: spending,
// costs, revenue) named in q's clause a few words after it: "on capital
// expenditure", "in operating costs".
func (x *extractor) spendingAfter(q *quantity) bool {
	_, end := x.clause(q)
	for k := q.end; k < end && k < q.end+6; k++ {
		if x.tokHas(k, wOtherMoneyOf) {
			return true
		}
	}
	return false
}

// economyAfter reports an economy named in q's clause after it: "to
// Thailand's GDP", "to the state's gross domestic product".
func (x *extractor) economyAfter(q *quantity) bool {
	_, end := x.clause(q)
	toks := x.s.toks
	for k := q.end; k < end && k < q.end+10; k++ {
		if x.tokHas(k, wEconomy) || toks[k].lower == "domestic" && k+1 < len(toks) && toks[k+1].lower == "product" {
			return true
		}
	}
	return false
}

// spentOnThisYear reports a kind of thing a few lower-case words after
// "on" that the year in course or the next is spent on: "$2 billion on
// cloud computing this year", "on AI next fiscal year". A name among the
// words ("on Contoso's chips", "on data centres in Texas") may be a
// seller or a place the money goes to, and ends the look.
func (x *extractor) spentOnThisYear(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k >= len(toks) || toks[k].lower != "on" {
		return false
	}
	for j := k + 1; j+1 < len(toks) && j <= k+5; j++ {
		t := &toks[j]
		if t.kind != tokWord || t.startsUpper() && !x.tokIs(j, namesPeriod) {
			return false
		}
		if t.is2(wdThis, wdNext) {
			n := j + 1
			if toks[n].lower == "fiscal" && n+1 < len(toks) {
				n++
			}
			return toks[n].lower == "year"
		}
	}
	return false
}

// economyBefore reports an economy named in q's clause a few words
// before it: "raised the state's GDP by", "lift the economy by".
func (x *extractor) economyBefore(q *quantity) bool {
	start, _ := x.clause(q)
	for k := q.start - 1; k >= start && k >= q.start-6; k-- {
		if x.tokHas(k, wEconomy) {
			return true
		}
	}
	return false
}

// fundingGap reports money that is a gap or shortfall in funding, named
// in the figure's clause before it: "estimates the funding gap for
// European data centres at €100 billion". What is missing is no deal.
func (x *extractor) fundingGap(q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := start + 1; k < q.start; k++ {
		if toks[k].is2(wdGap, wdShortfall) && toks[k-1].is3(wdFunding, wdInvestment, wdFinancing) {
			return true
		}
	}
	return false
}

// addressableBefore reports an addressable market named in the figure's
// clause before it: "its serviceable addressable market after the merger
// would be $70 billion". A market's size is no deal, however far the deal
// words stand between.
func (x *extractor) addressableBefore(q *quantity) bool {
	start, _ := x.clause(q)
	for k := start; k < q.start; k++ {
		if x.s.toks[k].lower == "addressable" {
			return true
		}
	}
	return false
}

// publicRaise reports money an auction or a government raises, with no
// company named before the figure in its clause: "the auction raised a
// total of $9 billion for the treasury", "the government had expected to
// raise at least $7 billion". What a sale of spectrum or a state brings in
// is no funding round.
func (x *extractor) publicRaise(q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	if x.companyWithin(start, q.start) {
		return false
	}
	seller := false
	for k := start; k < q.start; k++ {
		if toks[k].is4(wdAuction, wdAuctions, wdGovernment, wdTreasury) {
			seller = true
		}
		if seller && toks[k].is7(wdRaise, wdRaised, wdRaises, wdRaising, wdFetch, wdFetched, wdFetches) {
			return true
		}
	}
	return false
}

// isUpperCode reports a word of capital letters only, as a currency's
// code is written: "CLP", "NZD".
func isUpperCode(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// takingsAfterTo reports takings named a few words after "to" right
// behind the figure: "should add about CLP$544 billion to the company's
// consolidated profit", "add $1.5 billion to its annual revenue". What a
// deal adds to a company's takings is no price.
func (x *extractor) takingsAfterTo(q *quantity) bool {
	toks := x.s.toks
	if q.end >= len(toks) || toks[q.end].lower != "to" {
		return false
	}
	k := q.start - 1
	if k > 0 && len(toks[k].text) == 3 && isUpperCode(toks[k].text) {
		k-- // "add about CLP$544 billion": a currency's code before its sign
	}
	if k > 0 && toks[k].is6(wdAbout, wdAround, wdNearly, wdRoughly, wdAlmost, wdSome) {
		k--
	}
	if k < 0 || !toks[k].is7(wdAdd, wdAdds, wdAdded, wdAdding, wdContribute, wdContributes, wdContributed) {
		return false
	}
	for k := q.end + 1; k < len(toks) && k <= q.end+6; k++ {
		if toks[k].kind == tokNum || toks[k].is3(symComma, symSemicolon, symPeriod) {
			return false
		}
		if x.tokHas(k, wRevenue) || toks[k].is3(wdEbitda, wdMargin, wdMargins) {
			return true
		}
	}
	return false
}

// buyingIn reports a word of buying in tokens [from, to): "acquisition",
// "bought", "offer", which make a figure a deal "values" a company at the
// price paid for it.
func (x *extractor) buyingIn(from, to int) bool {
	for k := from; k < to; k++ {
		if x.tokHas(k, wAcquire) || x.s.toks[k].is2(wdOffer, wdBid) {
			return true
		}
	}
	return false
}

// copulaOf reports money that is what a word of list l "was" or "is":
// "the valuation was $40 billion", "its backlog, which it reported on
// Tuesday, stood at $455 billion", with an aside set off by commas between
// the word and its verb.
func (x *extractor) copulaOf(q *quantity, l wordList) bool {
	toks := x.s.toks
	k := q.start - 1
	if k > 0 && toks[k].lower == "at" && toks[k-1].is4(wdStood, wdStands, wdStays, wdStayed) {
		k--
	}
	if k < 1 || !toks[k].is10(wdWas, wdIs, wdWere, wdAre, wdStood, wdStands, wdRemains, wdRemained, wdReached, wdHit) {
		return false
	}
	k--
	if toks[k].text == "," {
		// back over the aside to the comma that opens it
		j := k - 1
		for j >= 0 && j >= k-12 && toks[j].text != "," {
			if toks[j].kind == tokNum || toks[j].text == ";" {
				return false
			}
			j--
		}
		if j < 1 || toks[j].text != "," {
			return false
		}
		k = j - 1
	}
	// "the price, including debt, was $2bn" is a deal's.
	return x.tokHas(k, l) && !toks[k].is3(wdPrice, wdCost, wdCosts)
}

// changedFrom returns the money q follows as where it came "up from" or
// "down from", with only a comma between them.
func (x *extractor) changedFrom(q *quantity) (quantity, bool) {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || toks[k].lower != "from" {
		return quantity{}, false
	}
	k--
	// "revenue of $3.6 billion was up 40 percent from $2.58 billion":
	// the change between the two figures, and the verb, stand between.
	for _, p := range x.s.qty {
		if p.kind == qtyPercent && p.end == k+1 {
			k = p.start - 1
			break
		}
	}
	if k < 1 || !toks[k].is2(wdUp, wdDown) {
		return quantity{}, false
	}
	k--
	if k > 0 && x.tokIs(k, beVerbs) {
		k--
	}
	// "total sales of more than €4bn (up from €3bn)": the change said in
	// brackets after the figure.
	if toks[k].text == "," || toks[k].text == "(" {
		k--
	}
	if k > 1 && toks[k].kind == tokNum && isYearText(toks[k].text) && toks[k-1].is2(wdFor, wdIn) {
		k -= 2 // "$40 billion for 2025, up from $28 billion": the year the figure is for
	}
	for _, p := range x.s.qty {
		if p.kind == qtyMoney && p.end == k+1 {
			return p, true
		}
	}
	return quantity{}, false
}

// isMarketOrCompanyWorth reports whether the words before "worth" or
// "valued" name a market or a company's own value rather than a deal.
func isMarketOrCompanyWorth(rest []string) bool {
	for i, w := range rest {
		if i > 3 {
			// "a cloud market the Boston Consulting Group expects to be
			// worth $8 billion": the market named further back.
			if i < 8 && (w == "market" || w == "industry") {
				return true
			}
			continue
		}
		// "HubSpot is worth $25bn": with no deal named before it, what
		// something is worth is its value.
		if w == "market" || w == "industry" || w == "which" || w == "now" || w == "startup" || w == "company" || w == "itself" || w == "firm" || i == 0 && (w == "is" || w == "was" || w == "remains") {
			return true
		}
	}
	return false
}

// sentenceHas reports whether the sentence holds a word of list l.
func (x *extractor) sentenceHas(l wordList) bool { return x.s.cues.has(l) }

// sentenceCues computes, in one pass, which lexicon lists a sentence's
// words are in, so that classifying each figure costs no rescan of the
// sentence.
func (x *lexicon) sentenceCues(toks []token) (cues listSet, bits []listSet, marks []wordMark, saysShare bool) {
	bits, marks = make([]listSet, len(toks)), make([]wordMark, len(toks))
	cues, saysShare, _ = x.cuesInto(toks, bits, marks)
	return cues, bits, marks, saysShare
}

// cuesInto is sentenceCues writing each token's lists and marks into
// bits and marks, which are as long as toks. brands reports a word with a
// brand's shape (brandWord), which few sentences have: the others skip
// shapeOrgs' scan.
func (x *lexicon) cuesInto(toks []token, bits []listSet, marks []wordMark) (cues listSet, saysShare, brands bool) {
	// As long as toks, which spares a bounds check at each token.
	bits, marks = bits[:len(toks)], marks[:len(toks)]
	sealed := x.table.tags != nil
	for i := range toks {
		t := &toks[i]
		if !t.isWordOrNum() {
			bits[i], marks[i] = listSet{}, 0
			continue
		}
		brands = brands || brandWord(t)
		// A token numbered as it was made has its entry by number: the
		// built-in lexicon's words all are (withWords), so a word without
		// a number is in none of its lists and needs no lookup. Numbers,
		// and the words of a lexicon not all numbered, read the sealed
		// lexicon's table, written out here as every word of every
		// sentence comes here.
		var e lexiconEntry
		if t.id != wdNone && x.byID != nil {
			e = x.byID[t.id]
		} else if t.kind == tokWord && x.numbered {
			// In none of the lexicon's lists: e stays empty.
		} else if sealed {
			e, _ = x.table.get(t.lower)
		} else {
			e = x.entry(t.lower)
		}
		bits[i], marks[i] = e.lists, e.marks
		cues.addAll(bits[i])
		if t.id == wdLeading && leadingRanks(toks, i) {
			// "Contoso, a leading provider of payroll software, raised":
			// the adjective ranks a firm in its trade and leads no round.
			marks[i] &^= leadsRound
		}
		// "market shares", "had shares of 30%, 20% and 13%": shares of
		// a market, not of stock.
		// "earnings per share" is a share of stock.
		// "Microsoft's and Google's shares were 22% and 11%": a price
		// moves, so shares that simply are a percentage are of a market.
		// The three words' keys (length and first byte) rule out most
		// words before their texts are compared.
		if k := t.key; k != 5<<8|'s' && k != 6<<8|'s' {
			continue
		}
		if t.lower == "share" && !(i > 0 && toks[i-1].lower == "per") || t.lower == "shares" && (i > 0 && toks[i-1].lower == "market" ||
			i+2 < len(toks) && toks[i+1].lower == "of" && toks[i+2].kind == tokNum ||
			// "Shares: Chrome 66.2%, Safari 17.9%": a heading of shares
			i+1 < len(toks) && toks[i+1].text == ":" ||
			i+3 < len(toks) && toks[i+1].is3(wdWere, wdAre, wdStood) && toks[i+2].kind == tokNum && (toks[i+3].text == "%" || toks[i+3].lower == "percent")) ||
			// "its slice of the pie fell to 6%", "grew its slice to 28%": a
			// share in other words
			// "its slice had shrunk to 27%": a company's slice too.
			t.lower == "slice" && (i+1 < len(toks) && (toks[i+1].lower == "of" || toks[i+1].lower == "to") || i > 0 && toks[i-1].is2(wdIts, wdTheir)) ||
			// "captured 13 percent global smartwatch marketshare": the
			// two words written as one.
			t.lower == "marketshare" {
			saysShare = true
		}
	}
	return cues, saysShare, brands
}

// leadingRanks reports "leading" at token i used as an adjective after an
// article or a possessive, "a leading provider", "the leading mobile money
// company", "Nigeria's leading bank": what the firm is, not a verb for
// leading a round. "the leading investor" still names the round's lead,
// as "took the leading role in Contoso's round" does: a role, part or
// position is the lead's place in a round, no rank in a trade.
func leadingRanks(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i+1].kind != tokWord || toks[i+1].is4(wdInvestor, wdInvestors, wdBacker, wdBackers) {
		return false
	}
	switch toks[i+1].lower {
	case "role", "part", "position":
		return false
	}
	p := &toks[i-1]
	return p.is3(wdA, wdAn, wdThe) || p.lower == "s" && i > 1 && (toks[i-2].text == "'" || toks[i-2].text == "’")
}

// tokHas reports whether token k of the sentence is a word of list l,
// from the lists computed once per sentence.
func (x *extractor) tokHas(k int, l wordList) bool { return x.s.bits[k].has(l) }

// tokIs reports whether token k of the sentence has one of the marks m,
// from the marks looked up once per sentence.
func (x *extractor) tokIs(k int, m wordMark) bool { return x.s.marks[k]&m != 0 }

// isDealBetween reports money in a sentence with a weaker deal word
// ("invest", "commit") when the clause names two parties, or one and "the
// company" standing for another.
func (x *extractor) isDealBetween(_ int, q *quantity) bool {
	if !x.sentenceHas(wWeakDeal) {
		return false
	}
	start, end := x.clause(q)
	var names []string
	for _, m := range x.s.companies {
		if m.start >= start && m.end <= end && !contains(names, m.name) {
			names = append(names, m.name)
		}
	}
	// "put $500 million into the company": the other party is named earlier.
	for k := start; k+1 < end; k++ {
		if x.s.toks[k].is2(wdThe, wdIts) && x.s.toks[k+1].is6(wdCompany, wdStartup, wdFirm, wdLab, wdDeveloper, wdMaker) && !possessed(x.s.toks, k+1) {
			// "the company's plan to invest $80 billion": the company
			// owning the plan is the spender, no other side.
			return len(names) >= 1
		}
	}
	if len(names) == 0 && len(x.prev) >= 2 && start < len(x.s.toks) && x.s.toks[start].lower == "the" && x.describedFirmAfter(start+1, q.start) > 0 {
		// "Nebius has signed a deal with Microsoft. The Amsterdam-based
		// company will supply GPU capacity worth $17.4 billion": the
		// sides are the sentence before's.
		return true
	}
	return len(names) >= 2
}

// clause returns the token bounds of the clause holding q: up to a
// semicolon, colon, dash, or a comma that joins another clause ("..., and
// Accenture pledged ..."), so that two companies each investing on their
// own are not read as a deal between them.
func (x *extractor) clause(q *quantity) (start, end int) {
	// Rules and roles ask for the clause of the same figure many times:
	// the look at the last one found is small enough to inline at each.
	if x.clauseFor != q.start+1 {
		x.findClause(q)
	}
	return x.clauseStart, x.clauseEnd
}

// findClause works clause out afresh, and keeps it for the next ask.
func (x *extractor) findClause(q *quantity) {
	toks := x.s.toks
	isBreak := func(k int) bool {
		t := &toks[k]
		switch t.kind {
		case tokSym:
			switch t.text {
			case ";", ":", "—", "–":
				return true
			case ",":
				// ", adding that Google was weighing a plan": what a
				// source goes on to say is a clause of its own.
				return k+1 < len(toks) && (toks[k+1].lower == "and" && !x.subjectAsideEndsAt(k) || x.tokIs(k+1, contrasts) ||
					k+2 < len(toks) && toks[k+2].lower == "that" && toks[k+1].kind == tokWord && strings.HasSuffix(toks[k+1].lower, "ing"))
			}
		case tokWord:
			// "Contoso commits $3bn to Azure as Fabrikam and Northwind
			// invest $1bn", "..., as the retailer looks to close the
			// gap": "as" or "after" opening a clause with its own
			// subject.
			return t.is2(wdAs, wdAfter) && k+1 < len(toks) &&
				(x.companyStartsAt(k+1) || k > 0 && toks[k-1].text == "," && toks[k+1].is4(wdThe, wdIt, wdIts, wdThey))
		}
		return false
	}
	// Most tokens are words that open no clause, or numbers: they are
	// passed without the calls above and below, which every token of a
	// figure's clause would otherwise cost.
	start := q.start
	for start > 0 && (!mayEndClause(&toks[start-1]) || !isBreak(start-1)) {
		start--
	}
	end := q.end
	for end < len(toks) && (!mayEndClause(&toks[end]) || !isBreak(end) && !(x.participleClauseAt(end) && (x.objectBetween(start, end) || !x.forCompanyIn(end) || !x.payBetween(start, end)))) {
		end++
	}
	x.clauseFor, x.clauseStart, x.clauseEnd = q.start+1, start, end
}

// mayEndClause reports a token findClause must look at further: a symbol,
// or a word that may open a clause ("as", "after") or a participle clause
// ("after", "before", "while"). No other token ends a clause.
func mayEndClause(t *token) bool {
	return t.kind == tokSym || t.is4(wdAs, wdAfter, wdBefore, wdWhile)
}

// forCompanyIn reports a company named after "for" in the participle
// clause opened at k: "after winning an auction for Northwind" says what
// was competed for, and so what the money pays for.
func (x *extractor) forCompanyIn(k int) bool {
	toks := x.s.toks
	for j := k + 2; j+1 < len(toks) && j <= k+10 && toks[j].kind == tokWord; j++ {
		if toks[j].is1(wdFor) {
			return x.companyStartsAt(j + 1)
		}
	}
	return false
}

// payBetween reports a verb of paying between start and end: only money
// paid is paid for what a participle clause competed for ("agreed to pay
// $4 billion after winning an auction for Northwind"); money raised after
// bidding for a company is not the bid.
func (x *extractor) payBetween(start, end int) bool {
	for k := start; k < end; k++ {
		if x.s.toks[k].is4(wdPay, wdPays, wdPaid, wdPaying) {
			return true
		}
	}
	return false
}

// objectBetween reports a company named in the clause between start and
// end after a verb or preposition, no subject nor reporter: "agreed to buy
// Tailspin for $4 billion after topping a proposal from Litware" names
// what it buys before "after", so the participle clause is another act;
// "agreed to pay $4 billion after winning an auction for Northwind" names
// it only inside that clause, which then tells what the money buys.
func (x *extractor) objectBetween(start, end int) bool {
	toks := x.s.toks
	for _, m := range x.s.companies {
		if m.start <= start || m.end > end {
			continue
		}
		p := &toks[m.start-1]
		if p.kind == tokWord && !p.startsUpper() && !p.is3(wdThat, wdAnd, wdOr) && x.reportingVerbBefore(m.start, start) < 0 {
			return true
		}
	}
	return false
}

// participleClauseAt reports "after", "before" or "while" opening a
// participle clause at k: "agreed to buy Fabrikam after topping a
// proposal from Northwind". Its names are another act's, so a figure
// before it ends its clause there; a figure inside it ("after raising
// $200m") still has the sentence's subject, so it is no start.
func (x *extractor) participleClauseAt(k int) bool {
	toks := x.s.toks
	return k+1 < len(toks) && toks[k].is3(wdAfter, wdBefore, wdWhile) && toks[k+1].kind == tokWord && !toks[k+1].startsUpper() && strings.HasSuffix(toks[k+1].lower, "ing")
}

// subjectAsideEndsAt reports that the comma at k closes an aside saying
// what the sentence's first company is: "Gurnet Point, a private equity
// firm, and Patient Square, a health care investor, completed": the "and"
// after it goes on listing subjects, it opens no clause.
func (x *extractor) subjectAsideEndsAt(k int) bool {
	toks := x.s.toks
	for j := k - 1; j > 0 && j >= k-8; j-- {
		if toks[j].text == "," {
			if !toks[j+1].is2(wdA, wdAn) {
				return false
			}
			i := slices.IndexFunc(x.s.companies, func(m mention) bool { return m.end == j })
			return i >= 0 && x.s.companies[i].start == 0
		}
		if toks[j].kind != tokWord && toks[j].text != "-" || toks[j].startsUpper() {
			return false
		}
	}
	return false
}

// companyStartsAt reports a company the sentence names starting at token k.
func (x *extractor) companyStartsAt(k int) bool {
	_, ok := x.s.companyAt(k)
	return ok
}

// companyEndsAt reports a company the sentence names ending just before
// token k.
func (x *extractor) companyEndsAt(k int) bool {
	return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.end == k })
}

// theGovernment makes "the government" a mention of the public body the
// article's lead names ("It requires the government to pay AWS" in a story
// about the Home Office), else of the government of the country the
// article is about, the first it names that has one: "The government
// recently signed a $39 million deal with AWS" in an article about
// Canberra is the Australian government's. A sentence that names a
// government body itself keeps it. It returns the body, when the article
// speaks of it so, else "".
func (e *Extractor) theGovernment(sents []sentence, main []string) string {
	gov := ""
	// regional is a state's or region's government: its "regional
	// ministry" is it too ("the regional ministry runs" in a story
	// about Andalusia).
	regional := false
	for _, n := range main {
		if e.isGovernmentName(n) {
			gov = n
			break
		}
	}
	for si := range sents {
		s := &sents[si]
		if gov != "" {
			break
		}
		for _, m := range s.places {
			if g := e.governmentOf[m.name]; g != "" {
				gov, regional = g, e.within[m.name] != ""
				break
			}
		}
	}
	// national is a country's own government, found by its place or its
	// currency: "the Prime Minister" acting in a clause stands for it.
	national := false
	if gov == "" {
		gov = e.currencyGovernment(sents)
		national = gov != ""
	} else if !regional && !slices.Contains(main, gov) {
		national = true
	}
	if gov == "" {
		return ""
	}
	// "The ministry now records 350K users" in a story about the UAE
	// Ministry of Education: the body's head word stands for it too.
	head := "government"
	for w := range strings.FieldsSeq(gov) {
		if l := strings.ToLower(w); l != w && e.lex.words[l].lists.has(wPublicBody) {
			head = l
			break
		}
	}
	// By word number, the two words every story looks for; a body's own
	// head word is compared as text.
	ownHead := head != "government" && head != "ministry"
	said := false
	for i := range sents {
		s := &sents[i]
		// Most sentences say no "the government": look for it before
		// reading their companies' names. Every token of every sentence
		// comes here, and governmentAt reads on only at its word: a
		// token that is none of the words is passed at once.
		k := 1
		for ; k < len(s.toks); k++ {
			if k = nextGovernmentWord(s.toks, k, national, ownHead, head); k == len(s.toks) {
				break
			}
			if s.governmentAt(k, "government") || head != "government" && s.governmentAt(k, head) ||
				regional && s.toks[k-1].lower == "regional" && s.governmentAt(k, "ministry") ||
				national && s.primeMinisterAt(k) {
				break
			}
		}
		if k == len(s.toks) || slices.ContainsFunc(s.companies, func(m mention) bool { return e.isGovernmentName(m.name) }) {
			continue
		}
		s.companies = mergeMentions(s.companies, []mention{{name: gov, start: k, end: k + 1}})
		said = true
	}
	if !said {
		return ""
	}
	return gov
}

// nextGovernmentWord returns the first token from k on that theGovernment
// reads on at, or len(toks) for none: "government", "ministry", for a
// national government "minister", and the body's own head word when it
// has one. A loop of its own passes the other words with its variables in
// registers, which theGovernment's is too large to keep.
func nextGovernmentWord(toks []token, k int, national, ownHead bool, head string) int {
	for ; k < len(toks); k++ {
		if id := toks[k].id; id == wdGovernment || id == wdMinistry || national && id == wdMinister || ownHead && toks[k].lower == head {
			return k
		}
	}
	return len(toks)
}

// formAfterComma gives a company form found alone after a comma to the
// name before it: "Mars, Incorporated and Google Cloud" names Mars, not a
// company called Incorporated.
func formAfterComma(found []mention, toks []token) []mention {
	alone := func(m mention) bool {
		return m.end == m.start+1 && m.start >= 2 && toks[m.start-1].text == "," && isNameToken(&toks[m.start-2]) &&
			(registeredSuffix(toks[m.start].lower) || toks[m.start].is2(wdIncorporated, wdCorporation))
	}
	if !slices.ContainsFunc(found, alone) {
		return found
	}
	out := make([]mention, 0, len(found))
	for _, m := range found {
		if !alone(m) {
			out = append(out, m)
			continue
		}
		start := m.start - 2
		for start > 0 && start > m.start-6 && isNameToken(&toks[start-1]) {
			start--
		}
		if len(out) > 0 && out[len(out)-1].end > start {
			// the name before the comma is found already
			continue
		}
		words := make([]string, 0, m.start-1-start)
		for k := start; k < m.start-1; k++ {
			words = append(words, toks[k].text)
		}
		out = append(out, mention{name: strings.Join(words, " "), start: start, end: m.start - 1})
	}
	return out
}

// notBareOrgNouns drops the found names that are only a word organisations'
// names end in ("Group" of "Group 42", "Holdings"): what named the
// organisation is missing, and the word alone names none.
func notBareOrgNouns(found []mention, toks []token) []mention {
	bare := func(m mention) bool { return m.end == m.start+1 && orgNouns[toks[m.start].lower] }
	if !slices.ContainsFunc(found, bare) {
		return found
	}
	return slices.DeleteFunc(slices.Clone(found), bare)
}

// notPublishers drops from every sentence the organisations found, not
// known, that are the outlet running the article and say it learned what
// follows: a site naming itself as the source ("WeeTracker understands
// that the deal is worth more than $100m") reports the deal and takes no
// part in it. An organisation in its own release ("Wiltshire Council has
// signed ...") is no source and stays a party, and so does a company the
// list knows.
func notPublishers(sents []sentence, a corpus.Article) {
	outlets := make([]string, 0, 1+len(a.OtherOutlets))
	if a.Publication != "" {
		outlets = append(outlets, a.Publication)
	}
	for _, o := range a.OtherOutlets {
		if o.Publication != "" {
			outlets = append(outlets, o.Publication)
		}
	}
	if len(outlets) == 0 {
		return
	}
	isPublisher := func(m mention) bool {
		return slices.ContainsFunc(outlets, func(o string) bool { return strings.EqualFold(o, m.name) })
	}
	for i := range sents {
		s := &sents[i]
		publisher := func(m mention) bool { return isPublisher(m) && learnedAt(s.toks, m.end) }
		if !slices.ContainsFunc(s.found, publisher) {
			continue
		}
		// The sentence's slices may be shared with the arena's other
		// users, so the filtered ones are new.
		var dropped []mention
		s.found = slices.DeleteFunc(slices.Clone(s.found), func(m mention) bool {
			if publisher(m) {
				dropped = append(dropped, m)
				return true
			}
			return false
		})
		s.companies = slices.DeleteFunc(slices.Clone(s.companies), func(m mention) bool { return slices.Contains(dropped, m) })
	}
}

// learnedAt reports words from token k saying that the name before them
// learned what the sentence tells: "understands", "has learned", "can
// reveal".
func learnedAt(toks []token, k int) bool {
	if k < len(toks) && toks[k].is3(wdHas, wdHave, wdCan) {
		k++
	}
	return k < len(toks) && toks[k].is13(wdUnderstands, wdUnderstood, wdLearns, wdLearned, wdLearnt, wdHears, wdHeard,
		wdReports, wdReported, wdReveals, wdRevealed, wdReveal, wdConfirm)
}

// shortForms makes the short form an article gives a name in brackets
// ("Al Moammar Information Systems (MIS)", "Reliance Industries Ltd
// (RIL)") that name wherever the article uses it, so the facts of "MIS
// signed" are the company's under its full name. A short form counts only
// when its capitals are initials of the name's words in order, so
// "Contoso (US)" defines nothing.
func shortForms(sents []sentence) {
	// A short form of a name the sentence took for a company's names it
	// where the article writes it bare; that of a regulator or a
	// programme is no party.
	type longForm struct {
		name    string
		company bool
		// over is a short form the list knows as another company's,
		// which the article gives a name of its own: "African Rainbow
		// Minerals (ARM)" is no chip designer.
		over bool
	}
	var short map[string]longForm
	// Initialisms the article writes bare, where they stand, for the
	// names found in it that they abbreviate ("IMS" of "Integrated Medical
	// Systems International").
	type at struct{ si, k int }
	var bare []at
	var inits map[string]string
	for si := range sents {
		s := &sents[si]
		for _, m := range s.found {
			if m.end-m.start < 3 {
				continue // most names: too short to abbreviate
			}
			// A public body's initials ("GAO" of "Government
			// Accountability Office") are left to the body rules, which
			// know a regulator or an auditor is no party.
			if ab := capitalInitials(s.toks[m.start:m.end]); ab != "" && !slices.ContainsFunc(s.bits[m.start:m.end], func(b listSet) bool { return b.has(wPublicBody) }) {
				if inits == nil {
					inits = map[string]string{}
				}
				long := m.name
				if n, ok := inits[ab]; ok && n != long {
					long = "" // two names share it: it stands for neither
				}
				inits[ab] = long
			}
		}
		// A sentence without a bracket, most of them, defines no short
		// form: its text answers faster than its tokens.
		if strings.IndexByte(s.text, '(') < 0 {
			continue
		}
		for k := 1; k+2 < len(s.toks); k++ {
			// Every token comes here: the bracket's word number answers
			// at one compare.
			if s.toks[k].id != symLParen || s.toks[k+2].text != ")" {
				continue
			}
			ab := s.toks[k+1].text
			over := false
			if s.knownAt(k + 1) {
				// "(TSMC)": the list knows the short form already, unless
				// the name before is one the list does not know and the
				// short form is made of its initials.
				start, end, name, _ := nameBefore(s, k, ab)
				if name == "" || end-start < 2 || !slices.ContainsFunc(s.found, func(m mention) bool { return m.start == start && m.end == end }) || !initialsOf(ab, s.toks[start:end]) {
					continue
				}
				over = true
			}
			start, end, name, isCompany := nameBefore(s, k, ab)
			if name != "" && ab != name && initialsOf(ab, s.toks[start:end]) {
				// "Fabrikam Savings Bank (FSB)": a name no list holds,
				// ending as a company's or a bank's does, is a party's
				// wherever the short form stands; a ministry's or an
				// agency's is left to the public-body rules.
				isCompany = isCompany || end-start > 1 && orgNouns[s.toks[end-1].lower] && !bodyNouns[s.toks[end-1].lower]
				if short == nil {
					short = map[string]longForm{}
				}
				short[ab] = longForm{name, isCompany, over}
			} else if long, ok := brandBefore(s, k); ok && !over {
				// "PT Dayamitra Telekomunikasi (Mitratel)", "Emirates
				// Integrated Telecommunications Company (du)": a word
				// no initials make, in brackets after a name of two
				// words or more the sentence took for a party, is the
				// brand the article goes on to call it by.
				if short == nil {
					short = map[string]longForm{}
				}
				short[ab] = longForm{long, true, false}
			}
		}
	}
	if inits != nil {
		// Only a sentence that states a figure needs its parties named;
		// an initialism follows the name it shortens, and one that opens
		// a bracket is its definition.
		for si := range sents {
			s := &sents[si]
			if len(s.qty) == 0 {
				continue
			}
			for k := range s.toks {
				if t := &s.toks[k]; t.flags&flagName != 0 && len(t.text) >= 3 && initialism(*t) && len(bare) < 64 {
					if _, ok := inits[t.text]; ok {
						bare = append(bare, at{si, k})
					}
				}
			}
		}
	}
	for _, b := range bare {
		s := &sents[b.si]
		t := &s.toks[b.k]
		long, ok := inits[t.text]
		if !ok || long == "" || b.k > 0 && s.toks[b.k-1].text == "(" || s.knownAt(b.k) {
			continue
		}
		if _, ok := short[t.text]; ok {
			continue // the article defines it in brackets
		}
		if j := slices.IndexFunc(s.companies, func(m mention) bool { return m.start <= b.k && b.k < m.end }); j >= 0 {
			if s.companies[j].name == t.text {
				s.companies[j].name = long
			}
			continue
		}
		s.companies = mergeMentions(s.companies, []mention{{name: long, start: b.k, end: b.k + 1}})
	}
	if short == nil {
		return
	}
	for i := range sents {
		s := &sents[i]
		var added []mention
		for k, t := range s.toks {
			long, ok := short[t.text]
			if !ok {
				continue
			}
			if j := slices.IndexFunc(s.companies, func(m mention) bool { return m.start <= k && k < m.end }); j >= 0 {
				if s.companies[j].name == t.text && !s.knownAt(k) || long.over && s.companies[j].start == k && s.companies[j].end == k+1 {
					s.companies[j].name = long.name
				}
				continue
			}
			if k > 0 && s.toks[k-1].text == "(" {
				continue // the definition itself, beside the name
			}
			if long.company {
				added = append(added, mention{name: long.name, start: k, end: k + 1})
			}
		}
		for j := range s.found {
			if long, ok := short[s.found[j].name]; ok {
				s.found[j].name = long.name
			}
		}
		if len(added) > 0 {
			s.companies = mergeMentions(s.companies, added)
		}
	}
}

// brandBefore returns the party a sentence names right before the bracket
// at token k, past a legal suffix, when the one word in the bracket may be
// the brand it goes by: a name of letters only, capitalised ("Mitratel")
// or a short one in small letters ("du") but not in capitals
// throughout, no place, product or research
// firm, and no abbreviation of something else ("(AI)"). The party must be
// of two words or more, for a one-word name in brackets after one
// ("Supernap (Switch)") is more often a second company.
func brandBefore(s *sentence, k int) (string, bool) {
	w := &s.toks[k+1]
	if w.kind != tokWord || notShortForms[w.lower] || notBrandForms[w.lower] {
		return "", false
	}
	// Capitals throughout ("(TNG)") make an initialism, which must be
	// the name's initials.
	n := utf8.RuneCountInString(w.text)
	if n < 2 || n > 12 || w.text == strings.ToUpper(w.text) || !w.startsUpper() && (n > 3 || w.text != w.lower) {
		return "", false
	}
	for _, r := range w.text {
		if !unicode.IsLetter(r) {
			return "", false
		}
	}
	covers := func(m mention) bool { return m.start <= k+1 && k+1 < m.end }
	if slices.ContainsFunc(s.places, covers) || slices.ContainsFunc(s.products, covers) || slices.ContainsFunc(s.measurers, covers) {
		return "", false
	}
	end := k
	for end > 0 && (isLegalSuffix(s.toks[end-1].lower) || s.toks[end-1].text == "." || s.toks[end-1].text == ",") {
		end--
	}
	for _, m := range s.companies {
		if (m.end == end || m.end == k) && m.end-m.start >= 2 && !strings.EqualFold(m.name, w.text) {
			return m.name, true
		}
	}
	return "", false
}

// notBrandForms are words in small letters an article puts in brackets
// after a name that are no brand: a note on a quotation, a date's era.
var notBrandForms = nameSet("sic", "est", "ca", "ret", "sr", "jr", "ad", "bc", "am", "pm", "ie", "eg", "etc", "and", "or", "the", "of", "via", "new", "old", "see")

// nameBefore returns the name that ends just before token k, past a
// legal suffix: a company the sentence names there, else the run of
// capitalised words from the one short form ab starts with ("Al Moammar
// Information Systems", not "Saudi Al Moammar ..." for "MIS"); "" when
// none ends there.
func nameBefore(s *sentence, k int, ab string) (start, end int, name string, isCompany bool) {
	toks := s.toks
	end = k
	for end > 0 && (isLegalSuffix(toks[end-1].lower) || toks[end-1].text == "." || toks[end-1].text == ",") {
		end-- // "Reliance Industries Ltd. (RIL)"
	}
	for _, m := range s.companies {
		if m.start < end && end <= m.end+1 {
			// "Taiwan Semiconductor Manufacturing Company (TSMC)": a name
			// the list knows, and a word it does not.
			return m.start, end, m.name, true
		}
	}
	start = end
	// "Oversea-Chinese Banking Corporation": a hyphen joining two
	// capitalised words is inside the name.
	for start > 0 && (toks[start-1].kind == tokWord && (toks[start-1].startsUpper() ||
		start > 1 && toks[start-1].is3(wdOf, wdAnd, wdFor) && toks[start-2].startsUpper() && start < end) || isNameHyphen(toks, start-1)) {
		start--
	}
	for start < end && toks[start].text[0] != ab[0] {
		start++
	}
	if start == end {
		return 0, 0, "", false
	}
	var b strings.Builder
	for i := start; i < end; i++ {
		if i > start && !toks[i-1].joins(&toks[i]) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].text)
	}
	return start, end, b.String(), false
}

// knownAt reports a company the built-in list knows at token k, rather
// than one the article's words made a name of.
func (s *sentence) knownAt(k int) bool {
	in := func(m mention) bool { return m.start <= k && k < m.end && s.marks[m.start]&startsCompany != 0 }
	return slices.ContainsFunc(s.companies, in) && !slices.ContainsFunc(s.found, in)
}

// capitalInitials returns the initials of a name of three to six
// capitalised words, "IMS" of "Integrated Medical Systems" and of
// "Integrated Medical Systems International": a last word that only says
// what kind of firm it is may go unabbreviated. Names with other words
// ("Bank of Ghana"), or shorter, give "".
func capitalInitials(name []token) string {
	n := len(name)
	if n < 3 || n > 6 {
		return ""
	}
	var b [6]byte
	for i := range name {
		t := &name[i]
		if t.kind != tokWord || t.text[0] < 'A' || t.text[0] > 'Z' {
			return ""
		}
		b[i] = t.text[0]
	}
	if n > 3 && (orgSuffixWord(name[n-1].lower) || isLegalSuffix(name[n-1].lower) || name[n-1].is3(wdInternational, wdGroup, wdCompany)) {
		n--
	}
	return string(b[:n])
}

// initialsOf reports whether ab, two to six letters, is written with
// capitals that are, in order, initials of words of name: "MIS" of "Al
// Moammar Information Systems", "DoD" of "Department of Defense".
func initialsOf(ab string, name []token) bool {
	if len(ab) < 2 || len(ab) > 6 {
		return false
	}
	w := 0
	for _, r := range ab {
		switch {
		case r >= 'a' && r <= 'z':
			continue
		case r < 'A' || r > 'Z':
			return false
		}
		// "Ministry of Defence (MOD)", "Department of Defense (DoD)": a
		// connecting word may give its letter in capitals too.
		for w < len(name) && !(name[w].kind == tokWord && (name[w].text[0] == byte(r) || name[w].is3(wdOf, wdFor, wdAnd) && name[w].text[0] == byte(r)+'a'-'A')) {
			w++
		}
		if w == len(name) {
			return false
		}
		w++
	}
	return ab[0] >= 'A' && ab[0] <= 'Z'
}

// theCountry makes "the country" a mention of the country the article
// first names: "AWS will spend up to 200 billion baht building data centres
// in the country", "invest 300 billion baht in the Southeast Asian
// country", "the South-East Asian nation".
func (e *Extractor) theCountry(sents []sentence) {
	home := storyPlace(sents, func(name string) bool {
		region, known := e.regions[name]
		return known && !region && name != "worldwide"
	})
	if home == "" {
		return
	}
	for i := range sents {
		s := &sents[i]
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k].lower != "country" && s.toks[k].lower != "nation" {
				continue
			}
			if s.toks[k].lower == "nation" && k+1 < len(s.toks) && (s.toks[k+1].text == "'" || s.toks[k+1].text == "’") {
				// "the nation's capital" is a place of its own.
				continue
			}
			j := k - 1
			for j > 0 && j >= k-5 && (s.toks[j].kind == tokWord && s.toks[j].startsUpper() || s.toks[j].id == symHyphen && j+1 < k) {
				// "the Southeast Asian country", "the South-East Asian
				// nation": a region's adjective describes the country,
				// it names no place of its own.
				j--
			}
			if s.toks[j].lower != "the" {
				continue
			}
			kept := s.places[:0]
			for _, m := range s.places {
				if m.end <= j || m.start > k {
					kept = append(kept, m)
				}
			}
			// The mention spans the words describing the country, so they
			// do not read as a name the place ends.
			s.places = mergeMentions(kept, []mention{{name: home, start: j + 1, end: k + 1}})
			break
		}
	}
}

// storyPlace is the first place the article names that is of the kind
// wanted (a country, a state), or "" when it names none: the place "the
// country" or "the state" stands for is the one the story is about.
func storyPlace(sents []sentence, wanted func(name string) bool) string {
	for si := range sents {
		for _, m := range sents[si].places {
			if wanted(m.name) {
				return m.name
			}
		}
	}
	return ""
}

// theState makes "the state" and "the state government" a mention of the
// state or province the article first names: "Yotta signed an MoU with
// the state government to invest Rs 39,000 crore" in a story about Uttar
// Pradesh pledges to Uttar Pradesh, as "in the state" places money there.
// "State-owned" and "the state's" are left alone: the one says who owns
// a company, the other may be any state's.
func (e *Extractor) theState(sents []sentence) {
	home := storyPlace(sents, func(name string) bool { return e.within[name] != "" })
	if home == "" {
		return
	}
	for i := range sents {
		s := &sents[i]
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k].id != wdState || s.toks[k].text != "state" || s.toks[k-1].lower != "the" {
				continue
			}
			end := k + 1
			if end < len(s.toks) && (s.toks[end].text == "-" || s.toks[end].text == "'" || s.toks[end].text == "’") {
				continue
			}
			if end < len(s.toks) && s.toks[end].id == wdGovernment {
				end++
			}
			if end == k+1 && end < len(s.toks) && s.stateModifies(end) {
				// "the state pension fund", "the state of the market":
				// the word qualifies a noun after it, naming no place.
				continue
			}
			kept := s.places[:0]
			for _, m := range s.places {
				if m.end <= k || m.start >= end {
					kept = append(kept, m)
				}
			}
			s.places = mergeMentions(kept, []mention{{name: home, start: k, end: end}})
			break
		}
	}
}

// stateModifies reports the lower-case word at k, right after "the
// state", going on with the noun phrase rather than saying what the state
// does or where money goes: "the state pension fund", "the state utility",
// "the state of the market". A verb ("the state expects"), a preposition
// ("in the state over five years") or punctuation ends the phrase there.
func (s *sentence) stateModifies(k int) bool {
	t := &s.toks[k]
	if t.kind != tokWord || t.startsUpper() || s.actsAt(k) {
		return false
	}
	return !t.is9(wdIn, wdTo, wdFor, wdWith, wdFrom, wdBy, wdAnd, wdOr, wdOver) && !t.is5(wdOn, wdAt, wdAs, wdInto, wdAcross)
}

// currencyGovernment is the government of the country whose own currency
// the article's first money figure is in, for an article that names no
// country: "the government named Sarvam" in a story counting in rupees
// is the Indian government's. A currency several countries write ("$",
// the euro) names none; "" when none.
func (e *Extractor) currencyGovernment(sents []sentence) string {
	for si := range sents {
		s := &sents[si]
		for _, q := range s.qty {
			if q.kind == qtyMoney {
				return e.governmentOf[currencyCountries[q.unit]]
			}
		}
	}
	return ""
}

// currencyCountries are the countries of the currencies only one country
// uses, by ISO code.
var currencyCountries = map[string]string{
	"INR": "India", "JPY": "Japan", "KRW": "South Korea", "CHF": "Switzerland", "GBP": "United Kingdom",
	"BRL": "Brazil", "IDR": "Indonesia", "THB": "Thailand", "MYR": "Malaysia", "CNY": "China",
	"ZAR": "South Africa", "SAR": "Saudi Arabia", "AED": "United Arab Emirates", "TRY": "Turkey",
	"PLN": "Poland", "SEK": "Sweden", "ILS": "Israel", "NGN": "Nigeria", "KES": "Kenya", "VND": "Vietnam",
	"TWD": "Taiwan", "CAD": "Canada", "AUD": "Australia", "SGD": "Singapore", "NOK": "Norway", "DKK": "Denmark",
}

// governmentAt reports "the government" (or "the ministry", as word says)
// at token k acting in its clause,
// not describing a noun ("the government contract"): followed by a verb, an
// auxiliary or punctuation.
func (s *sentence) governmentAt(k int, word string) bool {
	t := &s.toks[k]
	if t.lower != word || word != "government" && t.text != word {
		return false
	}
	j := k - 1
	if s.toks[j].is5(wdFederal, wdNational, wdCentral, wdUnion, wdRegional) && j > 0 {
		j--
	}
	if s.toks[j].lower != "the" || k+1 >= len(s.toks) {
		return false
	}
	return s.actsAt(k + 1)
}

// primeMinisterAt reports "the Prime Minister" ending at token k, acting in
// its clause as "the government" does: "The Prime Minister set aside £1
// billion". The head of a nation's government speaks for it; a state's
// chief minister or governor, or a minister of one portfolio, does not.
func (s *sentence) primeMinisterAt(k int) bool {
	return k >= 2 && k+1 < len(s.toks) && s.toks[k].is1(wdMinister) && s.toks[k].startsUpper() && s.toks[k-1].text == "Prime" && s.toks[k-2].lower == "the" &&
		// "the Prime Minister's office" is someone else's
		s.toks[k+1].text != "'" && s.toks[k+1].text != "’" &&
		// "the Prime Minister said Contoso would spend £1 billion": a
		// leader quoted on a company's plan is no side of it.
		!s.toks[k+1].is3(wdSaid, wdSays, wdTold) && s.actsAt(k+1)
}

// actsAt reports the words from token k saying what the body before them
// does: a verb, an auxiliary or punctuation, past an "also" ("the
// government also approved").
func (s *sentence) actsAt(k int) bool {
	if s.toks[k].is1(wdAlso) && k+1 < len(s.toks) {
		k++
	}
	next := s.toks[k]
	return next.kind != tokWord || bitIn(s.bits, k, wAux) || bitIn(s.bits, k, wSubjectVerbs) ||
		bitIn(s.bits, k, wSigned) || bitIn(s.bits, k, wPledge) || bitIn(s.bits, k, wAward) ||
		// "the government named Sarvam", "approved the mission": it
		// picks and funds.
		next.is8(wdNamed, wdNames, wdApproved, wdApproves, wdFunded, wdFunds, wdSubsidised, wdSubsidized)
}

// bareDollarText reports a figure's text that writes its dollar with a
// bare "$" ("$1.5 billion", "about $300m"), not with a country's prefix
// ("C$2 billion", "US$500 million").
func bareDollarText(t string) bool {
	i := strings.IndexByte(t, '$')
	return i == 0 || i > 0 && t[i-1] == ' '
}

// homeDollar is the dollar a bare "$" means in a: that of the country its
// publication names ("Australian Financial Review") or, failing that, of the
// first place it names, when that is a country writing its own dollar so.
// written are the amounts the article writes in that dollar with its own
// prefix ("$8.88 billion (S$12 billion)"): such an article keeps the bare
// "$" for the US dollar, save for its own figures restated. us are those
// it writes as US dollars in so many words ("US$ 1 billion"), which a bare
// "$" figure may restate.
func (e *Extractor) homeDollar(a corpus.Article, sents []sentence) (home string, written, us []float64) {
	// skipDateline is set for a dateline of a story about elsewhere: it
	// is no first place to take a dollar from either.
	skipDateline := false
	// The publication's name is read twice below, tokenised once; a
	// name fits the buffer, which spares it an array on the heap.
	var buf [24]token
	pub := appendTokens(buf[:0], a.Publication, lowerText(a.Publication))
	places, _, _ := splitNames(e.names.mentions(pub))
	for _, m := range places {
		if d := e.dollars[m.name]; d != "" {
			home = d
			break
		}
	}
	if home == "" && e.wireCopy(a.Publication, sents) {
		// Wire copy writes the US dollar bare wherever it is filed from,
		// and another dollar with its prefix ("S$", "A$").
		return "", nil, nil
	}
	if home == "" {
		// A local outlet says where it writes by its address
		// ("stockhead.com.au", "rnz.co.nz") or by the dateline it opens
		// with ("OTTAWA -"), as its name would: unless the name carries
		// a news agency's ("BNN Bloomberg"), whose copy counts in US
		// dollars.
		var foreign bool
		home, foreign = e.datelineDollar(sents)
		if foreign && hostDollar(a.URL) == home {
			// "SYDNEY - Contoso will invest $500 million in a data
			// centre, a year after it opened one in Japan" at an
			// Australian address: a local outlet at home counts in
			// its own dollar, wherever else the story goes.
			foreign = false
		}
		if foreign {
			// "HONG KONG – Contoso, the US cloud company, will invest
			// $900 million in Malaysia": the dateline says where the
			// reporter was, and the story counts in the dollar its
			// outlet writes bare, as the places it names say.
			skipDateline, home = true, ""
		}
		if home == "" && !foreign && !e.agencyNamed(pub) {
			home = hostDollar(a.URL)
			if home != "" && e.usStoryOnly(sents, home) {
				// "Contoso will invest $80 billion in the United States"
				// at an Australian address: a US story counts in US
				// dollars when it never names the outlet's own country.
				home = ""
			}
		}
	}
	// nationality is a first place that only gives a company its country
	// ("Singapore's GIC"): the way news written for readers abroad opens,
	// where a bare "$" is the US dollar, unless the article writes US
	// dollars with their own prefix elsewhere and so keeps the bare sign
	// for its own ("Canada's Fabrikam to invest $3-billion", "US$200
	// million for a lab in Texas").
	nationality := false
	if home == "" {
		// A body that opens with a dateline whose place has no dollar
		// of its own ("SEATTLE -", "LONDON -") says where the writer
		// is: the country money goes into there is no home.
		dateline := opensWithDateline(sents)
	first:
		for si := range sents {
			s := &sents[si]
			for _, m := range s.places {
				if m.name == "worldwide" || s.beginsName(m) || skipDateline && !s.title && m.start == 0 {
					continue
				}
				if !(demonym(s.toks[m.start], m.name) && s.companyAfter(m.end)) && !basedIn(s.toks, m.end) && !(moneyIn(s.toks, m.start) && s.hasMoney() && dateline) {
					// "invested $500 million in Canadian chip designer
					// Tenstorrent", "the Toronto-based chip designer": a
					// company's nationality or seat says nothing of the
					// dollar the writer counts in, and nor does, after a
					// dateline, the country money goes into ("SEATTLE -
					// Contoso will invest $300 million in Canada").
					home = e.dollars[m.name]
					nationality = s.nationalityOf(m)
				}
				break first
			}
		}
	}
	if home == "" {
		home = e.restatedDollar(sents)
	}
	if home == "" {
		return "", nil, nil
	}
	add := func(to []float64, v float64) []float64 {
		if len(to) < maxHomeWritten && !slices.Contains(to, v) {
			to = append(to, v)
		}
		return to
	}
	for si := range sents {
		s := &sents[si]
		for _, q := range s.qty {
			switch {
			case q.kind != qtyMoney:
			case q.unit == home && q.suffixedDollar:
				// "$2 billion CAD": the bare sign is the home dollar here
				// too, so it sets no figure apart.
			case q.unit == home && !q.bareDollar:
				written = add(written, q.value)
			case q.conv.unit == home:
				written = add(written, q.conv.value)
			case q.unit == "USD" && !q.bareDollar:
				us = add(us, q.value)
			}
		}
	}
	if nationality && len(us) == 0 {
		return "", nil, nil
	}
	return home, written, us
}

// usStoryOnly reports an article that names the United States or a place
// in it and no place whose dollar is home: a local outlet retelling a US
// story, whose bare "$" is the US dollar the story counts in.
func (e *Extractor) usStoryOnly(sents []sentence, home string) bool {
	us := false
	for si := range sents {
		for _, m := range sents[si].places {
			if e.dollars[m.name] == home || e.dollars[e.within[m.name]] == home {
				return false
			}
			us = us || m.name == "United States" || e.within[m.name] == "United States"
		}
	}
	return us
}

// restatedDollar is the dollar of the first country writing its own dollar
// that an article names, when the article restates a US dollar amount in a
// bare "$" ("US$26bn ($39.4bn)") or marks one with a code after the sign
// ("$500 million USD"): a writer who converts US dollars into bare ones,
// or marks them apart, counts in another dollar, wherever the article's
// first place or its address point. Empty when no amount is so marked.
// A code after the sign is weaker: US writers mark their own dollar so
// too ("Texas-based Contoso has raised $50 million USD"), so an article
// that names the United States, or a place in it, before any other
// dollar's country keeps the bare sign for the US dollar.
func (e *Extractor) restatedDollar(sents []sentence) string {
	converted, suffixed := false, false
	for si := range sents {
		for _, q := range sents[si].qty {
			if q.kind == qtyMoney && q.unit == "USD" {
				converted = converted || !q.bareDollar && q.conv.bare && !restates(q.conv.value, q.value)
				suffixed = suffixed || q.suffixedDollar
			}
		}
	}
	if !converted && !suffixed {
		return ""
	}
	for si := range sents {
		for _, m := range sents[si].places {
			country := m.name
			if w := e.within[m.name]; w != "" {
				country = w
			}
			if country == "United States" && !converted {
				return ""
			}
			if d := e.dollars[country]; d != "" && d != "USD" {
				return d
			}
		}
	}
	return ""
}

// beginsName reports place m as the first word of an organisation's
// name, "the Canada Pension Plan", "Singapore Telecom", which says nothing
// of the dollar the writer counts in; not "the US AI start-up" nor "the
// UK Government".
func (s *sentence) beginsName(m mention) bool {
	if m.end >= len(s.toks) {
		return false
	}
	t := s.toks[m.end]
	return t.kind == tokWord && t.startsUpper() && !isUpperASCII(t.text) && !bitIn(s.bits, m.end, wNotNames)
}

// demonym reports a place named by the word for its people or things
// ("Canadian", "Australian") rather than by its name.
func demonym(t token, place string) bool {
	first, _, _ := strings.Cut(place, " ")
	return !strings.EqualFold(t.text, first) && strings.HasSuffix(t.lower, "n")
}

// companyAfter reports a company named after token end with only lower
// case words between: "Canadian chip designer Tenstorrent".
func (s *sentence) companyAfter(end int) bool {
	for _, c := range s.companies {
		if c.start < end || c.start > end+4 {
			continue
		}
		for k := end; k < c.start; k++ {
			if s.toks[k].kind != tokWord || s.toks[k].startsUpper() {
				return false
			}
		}
		return true
	}
	return false
}

// nationalityOf reports a place's possessive that gives the company
// named next its country: "Singapore's GIC", "Canada's pension fund
// CDPQ". A local paper names its own companies without their country;
// an aside ("Telstra, Australia's largest telco,") is no such sign, as
// local papers write it too.
func (s *sentence) nationalityOf(m mention) bool {
	toks := s.toks
	if !(m.end+1 < len(toks) && (toks[m.end].text == "'" || toks[m.end].text == "’") && toks[m.end+1].lower == "s") {
		return false
	}
	return s.companyAfter(m.end + 2)
}

// wireCopy reports an article a news agency wrote: carried by another
// outlet under the agency's name in brackets ("CNA (Reuters)", "NZ
// Herald (AP)"), or opening with the agency's dateline ("SINGAPORE
// (Reuters) -", "SYDNEY, May 2 (AFP) -").
func (e *Extractor) wireCopy(publication string, sents []sentence) bool {
	if i := strings.IndexByte(publication, '('); i > 0 {
		for _, t := range tokenize(publication[i:]) {
			if e.lex.in(lNewsAgencies, t.lower) {
				return true
			}
		}
	}
	for _, s := range sents[:min(2, len(sents))] {
		toks := s.toks
		if len(toks) < 5 || toks[0].kind != tokWord || !isUpperASCII(toks[0].text) {
			continue
		}
		for k := 1; k+3 < len(toks) && k <= 8; k++ {
			if toks[k].text == "(" && toks[k+2].text == ")" && e.lex.tokIn(lNewsAgencies, &toks[k+1]) {
				return true
			}
		}
	}
	return false
}

// agencyNamed reports a publication whose name holds a news agency's
// ("BNN Bloomberg", "iTnews (Reuters)"): what it runs is the agency's copy.
// pub are the name's tokens.
func (e *Extractor) agencyNamed(pub []token) bool {
	for i := range pub {
		if e.lex.tokIn(lNewsAgencies, &pub[i]) {
			return true
		}
	}
	return false
}

// shillingWritten is the shilling a bare "Sh" counts in: that of the
// outlet's country by its address ("www.thecitizen.co.tz"), else that of
// the first country or city the article names ("Kampala", "Vodacom
// Tanzania"); empty when none says, leaving the Kenyan shilling the
// sign is most written for.
func (x *lexicon) shillingWritten(url string, sents []sentence) string {
	if kenyanHost(url) {
		return "KES"
	}
	switch hostCountry(url) {
	case "ke":
		return "KES"
	case "tz":
		return "TZS"
	case "ug":
		return "UGX"
	}
	for si := range sents {
		toks := sents[si].toks
		for k := range toks {
			if toks[k].kind != tokWord || !toks[k].startsUpper() {
				continue
			}
			if c := x.shillingOf(&toks[k]); c != "" {
				return c
			}
			if toks[k].lower == "dar" && k+1 < len(toks) && toks[k+1].lower == "es" {
				return "TZS"
			}
		}
	}
	return ""
}

// cfaWritten is the CFA franc of the first country or city of the franc
// zones the article names ("Douala", "Airtel Gabon"); empty when none
// does, leaving West Africa's, the larger zone.
func (x *lexicon) cfaWritten(sents []sentence) string {
	for si := range sents {
		toks := sents[si].toks
		for k := range toks {
			if toks[k].kind == tokWord && toks[k].startsUpper() && !(toks[k].lower == "chad" && k+1 < len(toks) && toks[k+1].startsUpper()) && !drCongo(toks, k) {
				// "chief executive Chad Smith": a first name before a
				// surname is no country.
				if c := x.cfaOf(&toks[k]); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// drCongo reports the "Congo" at k of the Democratic Republic of the
// Congo ("DR Congo", "Democratic Republic of Congo"), which pays in
// Congolese francs, not in the CFA francs of its neighbour across the
// river, the Republic of the Congo.
func drCongo(toks []token, k int) bool {
	if toks[k].lower != "congo" || k == 0 {
		return false
	}
	j := k - 1
	if toks[j].lower == "the" && j > 0 {
		j--
	}
	if toks[j].text == "DR" || toks[j].text == "D.R." {
		return true
	}
	return toks[j].lower == "of" && j >= 2 && toks[j-1].lower == "republic" && toks[j-2].lower == "democratic"
}

// kenyanHost reports one of the Nairobi papers that publish under no
// ".ke" address (Nation at nation.africa, Business Daily at
// businessdailyafrica.com): their "Sh" is the Kenyan shilling, whichever
// neighbour a story names first.
func kenyanHost(url string) bool {
	host := hostName(url)
	for _, h := range [...]string{"nation.africa", "businessdailyafrica.com"} {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// hostCountry is the country code a web address's host ends with,
// lower case ("au" for "www.afr.com.au/..."); the top-level domain for
// any other.
func hostCountry(url string) string {
	host := strings.TrimSuffix(hostName(url), ".")
	return host[strings.LastIndexByte(host, '.')+1:]
}

// hostName is a web address's host, lower case: "www.afr.com.au" for
// "https://www.afr.com.au/tech/x?y". Articles carry their address as
// written, so no error is worth reporting: a text that is no address
// gives what stands before its first slash.
func hostName(url string) string {
	host := url
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/?#:"); i >= 0 {
		host = host[:i]
	}
	return strings.ToLower(host)
}

// hostDollar is the dollar a bare "$" means at a web address in a
// country that writes its own dollar so: the country code its host
// ends with ("www.afr.com.au", "www.rnz.co.nz"); empty for any other.
func hostDollar(url string) string {
	switch hostCountry(url) {
	case "au":
		return "AUD"
	case "nz":
		return "NZD"
	case "ca":
		return "CAD"
	case "sg":
		return "SGD"
	case "hk":
		return "HKD"
	}
	return ""
}

// datelineDollar is the dollar of the city an article's dateline names
// when that city's country writes its own dollar so: "OTTAWA - The
// government has set aside $1.3 billion" counts in Canadian dollars.
// The dateline is the body's first sentence's opening capitals and a
// dash. foreign reports such a dateline on a story about elsewhere: one
// that names another country and never the dateline's again ("HONG KONG –
// Contoso, the US cloud company, will invest $900 million in Malaysia"),
// as outlets abroad file from a regional bureau; home is then still the
// dateline's dollar, for the caller to weigh against the outlet's address.
func (e *Extractor) datelineDollar(sents []sentence) (home string, foreign bool) {
	// The title may run to several sentences or none: the body's first
	// sentence is the first not of the title.
	i := slices.IndexFunc(sents, func(s sentence) bool { return !s.title })
	if i < 0 {
		return "", false
	}
	s := &sents[i]
	if len(s.places) == 0 {
		return "", false
	}
	// Only a place opening the body can be a dateline.
	m := s.places[0]
	if m.start != 0 || m.end+1 >= len(s.toks) || !isUpperASCII(s.toks[0].text) {
		return "", false
	}
	if d := s.toks[m.end].text; d != "-" && d != "—" && d != "–" && d != "," {
		return "", false
	}
	// A city's mention is named for its country ("OTTAWA" reads as
	// Canada).
	home = e.dollars[m.name]
	if home == "" {
		return "", false
	}
	return home, e.elsewhere(sents, i, home)
}

// opensWithDateline reports a body that opens with a dateline: a place
// in capitals, perhaps a date and an agency's name in brackets, then a
// dash ("SEATTLE -", "SAN FRANCISCO, March 3 (Reuters) -").
func opensWithDateline(sents []sentence) bool {
	i := slices.IndexFunc(sents, func(s sentence) bool { return !s.title })
	if i < 0 {
		return false
	}
	toks := sents[i].toks
	if len(toks) == 0 || toks[0].kind != tokWord || len(toks[0].text) < 3 || !isUpperASCII(toks[0].text) {
		return false
	}
	for k := 1; k < len(toks) && k < 10; k++ {
		switch t := &toks[k]; {
		case t.text == "-" || t.text == "--" || t.text == "—" || t.text == "–":
			return true
		case t.kind == tokWord && !t.startsUpper():
			return false
		}
	}
	return false
}

// elsewhere reports a story that, besides the dateline opening sentence
// dl, names a country other than the one whose dollar is home (or a place
// within one) and never home's country or a place in it. Only a place
// money goes "in", in a sentence with money, is one the story is about:
// "as US tariffs bite", "talks with the United States" or "a mine that
// ships ore to China" leave an Ottawa or Canberra story at home.
func (e *Extractor) elsewhere(sents []sentence, dl int, home string) bool {
	other := false
	for si := range sents {
		s := &sents[si]
		money := s.hasMoney()
		for pi, m := range s.places {
			if si == dl && pi == 0 || m.name == "worldwide" {
				continue
			}
			country := m.name
			if w := e.within[m.name]; w != "" {
				country = w
			}
			if e.dollars[country] == home {
				return false
			}
			other = other || money && moneyIn(s.toks, m.start) && !e.regions[country]
		}
	}
	return other
}

// hasMoney reports a sentence with an amount of money.
func (s *sentence) hasMoney() bool {
	return slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyMoney })
}

// moneyIn reports "in" or "in the" before the place starting at token k:
// "will invest $900 million in Malaysia", "in the United States".
func moneyIn(toks []token, k int) bool {
	if k > 1 && toks[k-1].lower == "the" {
		k--
	}
	return k > 0 && toks[k-1].lower == "in"
}

// basedIn reports "-based" or "-listed" right after a place's name,
// ending at token end: "the Toronto-based chip designer", "Sydney-listed
// NextDC", where a company's seat or market is said the way news for
// readers abroad says it.
func basedIn(toks []token, end int) bool {
	return end+1 < len(toks) && toks[end].text == "-" && toks[end+1].is2(wdBased, wdListed)
}

// maxHomeWritten bounds the amounts kept in an article's own dollar: each
// bare "$" figure is checked against all of them, and an article repeating
// thousands must not make that check grow with its length.
const maxHomeWritten = 64

// sharedCurrencies gives, for each currency name several countries use that
// the article writes ("52 billion pesos"), the currency of the first place it
// names whose currency goes by that name (Mexico's pesos).
func (e *Extractor) sharedCurrencies(url string, sents []sentence) map[string]string {
	var out map[string]string
	for si := range sents {
		s := &sents[si]
		for _, q := range s.qty {
			if q.shared == "" {
				continue
			}
			if _, done := out[q.shared]; done {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			switch q.shared {
			case "shilling":
				out[q.shared] = e.lex.shillingWritten(url, sents)
			case philippineSign:
				out[q.shared] = philippineWritten(url, sents)
			case cfaFamily:
				out[q.shared] = e.lex.cfaWritten(sents)
			default:
				// A place the story names outranks its outlet's country:
				// a Philippine paper's "300 million pesos" in Mexico are
				// Mexico's.
				out[q.shared] = e.placeCurrency(sents, q.shared)
				if h := hostCurrencies[hostCountry(url)]; out[q.shared] == "" && currencyFamilies[h] == q.shared {
					out[q.shared] = h
				}
			}
		}
	}
	if u, ok := out[philippineSign]; ok && u == "" {
		unsignPesos(sents)
	}
	return out
}

// hostCurrencies are the currencies of sharedCurrencyNames an outlet's
// country counts in, by its address's last part: "2 billion dirhams" at a
// ".ma" paper are Moroccan. ".co", more often a company's than Colombia's,
// says nothing.
var hostCurrencies = map[string]string{
	"ma": "MAD", "ae": "AED", "ph": "PHP", "mx": "MXN", "ar": "ARS", "cl": "CLP", "no": "NOK", "dk": "DKK",
}

// philippineWritten is "PHP" when the article is a Philippine one, by its
// outlet's address, the Philippines named, or pesos counted; else "".
func philippineWritten(url string, sents []sentence) string {
	if hostCountry(url) == "ph" {
		return "PHP"
	}
	for si := range sents {
		s := &sents[si]
		for _, m := range s.places {
			if m.name == "Philippines" {
				return "PHP"
			}
		}
		for k := range s.toks {
			if w := s.toks[k].lower; w == "peso" || w == "pesos" {
				return "PHP"
			}
		}
	}
	return ""
}

// unsignPesos makes counts again of the amounts a bare "P" signed in an
// article that is no Philippine one: there the letter is an initial or a
// product's.
func unsignPesos(sents []sentence) {
	for si := range sents {
		qs := sents[si].qty
		for i := range qs {
			if qs[i].shared == philippineSign {
				qs[i].kind, qs[i].unit, qs[i].shared = qtyCount, "", ""
			}
		}
	}
}

// placeCurrency is the currency of family of the first place sents name
// that uses one, or "". A place that only says where a company is from
// ("Contoso, a Moroccan bank, will buy Fabrikam in Dubai for 300 million
// dirhams") yields to a place named otherwise in such a figure's clause,
// where the deal is; failing one, it stands.
func (e *Extractor) placeCurrency(sents []sentence, family string) string {
	origin := ""
	for si := range sents {
		s := &sents[si]
		for _, m := range s.places {
			c := e.currencies[m.name]
			if c == "" {
				c = e.currencies[e.within[m.name]]
			}
			if c == "" || currencyFamilies[c] != family {
				continue
			}
			if origin == "" {
				if !s.originOf(m) {
					return c
				}
				origin = c
			} else if !s.originOf(m) && s.placeOfFigure(m, family) {
				return c
			}
		}
	}
	return origin
}

// placeOfFigure reports a place in the clause of one of the sentence's
// figures in the currency family: "will buy Fabrikam in Dubai for 300
// million dirhams". A place past a comma or a clause of its own ("for 2
// billion dirhams, its chief executive told a conference in Dubai",
// "after listing in Dubai") is where something else happened.
func (s *sentence) placeOfFigure(m mention, family string) bool {
	for _, q := range s.qty {
		if q.shared != family {
			continue
		}
		from, to := m.end, q.start
		if q.end <= m.start {
			from, to = q.end, m.start
		}
		if !slices.ContainsFunc(s.toks[from:to], func(t token) bool {
			return t.text == "," || t.text == ";" || t.is4(wdAfter, wdAs, wdWhile, wdWhich)
		}) {
			return true
		}
	}
	return false
}

// originOf reports a place named only as a company's origin: its
// nationality before the company ("Moroccan lender Contoso", "Morocco's
// Contoso") or in an aside after it ("Contoso, a Moroccan bank,"), or its
// seat ("the Rabat-based Contoso").
func (s *sentence) originOf(m mention) bool {
	if basedIn(s.toks, m.end) || s.nationalityOf(m) {
		return true
	}
	if !demonym(s.toks[m.start], m.name) {
		return false
	}
	if s.companyAfter(m.end) {
		return true
	}
	k := m.start - 2
	if k < 1 || s.toks[k].text != "," || !s.toks[k+1].is3(wdA, wdAn, wdThe) {
		return false
	}
	return slices.ContainsFunc(s.companies, func(c mention) bool { return c.end == k })
}

// inQuotation reports whether toks[i] lies inside quotation marks opened
// earlier in its sentence.
func inQuotation(toks []token, i int) bool {
	open := false
	for _, t := range toks[:i] {
		switch t.text {
		case "\"":
			open = !open
		case "“":
			open = true
		case "”":
			open = false
		}
	}
	return open
}

// changedFigure reports money that a revenue, a valuation or spending
// changed to or from: "its ERP revenue rose to just over $7 billion from
// $4.3 billion", "Cursor's valuation jumps to $29.3 billion", "capex has
// climbed to $90bn". Such a figure is the company's own, even in a sentence
// about an acquisition.
func (x *extractor) changedFigure(q *quantity) bool {
	toks := x.s.toks
	// towards returns the token before "to" or "from" ahead of a figure
	// starting at i, past words that hedge it, or -1.
	towards := func(i int) int {
		k := i - 1
		for k >= 0 && toks[k].is3(wdJust, wdSome, wdAlmost) {
			k--
		}
		if k < 1 || !toks[k].is2(wdTo, wdFrom) {
			return -1
		}
		return k - 1
	}
	k := towards(q.start)
	if k < 0 {
		return false
	}
	// "to $7 billion from $4.3 billion", "above $10 bn, from $2.8 bn": past
	// the figure it changed to.
	if k >= 0 && toks[k].text == "," {
		k--
	}
	adjacent := false
	for _, p := range x.s.qty {
		if p.end == k+1 && p.kind == qtyMoney {
			if j := towards(p.start); j >= 0 {
				k = j
			} else {
				k = p.start - 1
			}
			adjacent = true
			break
		}
	}
	// "took its valuation from $9.9 billion after the previous raise in
	// June to $29.3 billion": the "from" of a "to" a few words back.
	if !adjacent && toks[k+1].lower == "to" {
		for i := len(x.s.qty) - 1; i >= 0; i-- {
			p := x.s.qty[i]
			if p.end > q.start {
				continue
			}
			if p.kind == qtyMoney && q.start-p.end <= 10 {
				if j := towards(p.start); j >= 0 && toks[j+1].lower == "from" {
					k = j
				}
			}
			break
		}
	}
	if k >= 0 && (x.tokHas(k, wRevenue) || x.tokHas(k, wOtherMoneyBefore) || x.payPackage(k)) {
		return true // "its valuation from $9.9 billion"
	}
	if k < 1 || !x.tokHas(k, wChangeBefore) {
		return false
	}
	k--
	for k > 0 && toks[k].is8(wdHas, wdHave, wdHad, wdWill, wdWould, wdCould, wdMay, wdAlso) {
		k--
	}
	return k >= 0 && (x.tokHas(k, wRevenue) || x.tokHas(k, wOtherMoneyBefore) || x.payPackage(k))
}

// payPackage reports "pay package" ending at token k ("saw their pay
// packages double to $65.5 million"): what a person is paid, where
// "package" alone ("a $2 billion financing package") may be a deal.
func (x *extractor) payPackage(k int) bool {
	return k > 0 && x.s.toks[k].is2(wdPackage, wdPackages) && x.s.toks[k-1].is3(wdPay, wdCompensation, wdRemuneration)
}

// saysEarlyOrLate reports "early", "mid" or "late" in a sentence: only those make
// a period vague ("late 2025"), so only such sentences need reading again
// for one.
func saysEarlyOrLate(s *sentence) bool {
	for k := range s.toks {
		if t := &s.toks[k]; t.lower == "early" || t.lower == "late" || t.lower == "mid" {
			return true
		}
	}
	return false
}

// dealsAddUp reports money that deals or rounds, in the plural, add up
// to in a clause naming no company: "the top 10 VC rounds raised by
// African startups add up to $242.5 million" is a tally of many deals,
// while "the contracts with Contoso add up to $2 billion" are one
// company's.
func (x *extractor) dealsAddUp(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || !toks[k].is1(wdTo) {
		return false
	}
	k--
	if toks[k].lower == "up" {
		k--
	}
	if !x.lex.tokIn(lAddUpVerbs, &toks[k]) {
		return false
	}
	// A place's name, or one that says what kind of companies raised,
	// is no company the sums are of: "rounds raised by African startups".
	for _, m := range x.s.companies {
		if m.start < k && !x.placeWithin(m.start, m.end) && !(m.end < len(toks) && toks[m.end].is3(wdStartups, wdCompanies, wdFirms)) {
			return false
		}
	}
	for j := 0; j < k; j++ {
		if x.lex.tokIn(lDealPlurals, &toks[j]) {
			return true
		}
	}
	return false
}

// moneyComparedWith returns the index of the money figure before q in its
// sentence that q is compared with, or -1: "$242.5 million, compared with
// $165.7 million", "up 10% on the prior week's $329 million", "against
// $2.1 billion a year earlier".
func (x *extractor) moneyComparedWith(qi int, q *quantity) int {
	toks := x.s.toks
	k := q.start - 1
	if qi == 0 || k < 1 {
		return -1
	}
	switch {
	case toks[k].is2(wdWith, wdTo) && toks[k-1].lower == "compared":
	case toks[k].lower == "against" || toks[k].lower == "versus":
	case possessiveAt(toks, k-1) && k >= 4 && toks[k-2].is4(wdWeek, wdMonth, wdYear, wdQuarter) && toks[k-3].kind == tokWord && toks[k-4].is2(wdOn, wdFrom) ||
		possessiveAt(toks, k-1) && k >= 5 && toks[k-2].is4(wdWeek, wdMonth, wdYear, wdQuarter) && toks[k-4].lower == "the" && toks[k-5].is2(wdOn, wdFrom):
		// "on the prior week's", "from last year's"
	case toks[k].lower == "of" && x.comparedLevel(k-1):
		// "above the previous peak of $52 billion set in 2022"
	default:
		return -1
	}
	for p := qi - 1; p >= 0; p-- {
		if x.s.qty[p].kind == qtyMoney {
			if x.s.stopsBetween(x.s.qty[p].end, q.start) {
				return -1
			}
			return p
		}
	}
	return -1
}

// comparedLevel reports a level a figure is measured against ending at
// k, a level noun with a word of comparing a few words before it: "above
// the previous peak", "beating the record", "short of last year's high".
func (x *extractor) comparedLevel(k int) bool {
	toks := x.s.toks
	if k < 1 || !toks[k].is5(wdPeak, wdRecord, wdHigh, wdLevel, wdTotal) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].is9(wdAbove, wdBelow, wdBeating, wdSurpassing, wdExceeding, wdTopping, wdThan, wdPassing, wdEclipsing) {
			return true
		}
		if toks[j].kind != tokWord && toks[j].text != "'s" && toks[j].text != "'" {
			return false
		}
	}
	return false
}

// companyIsWorth reports a company's name as the subject of "is worth"
// just before q, the name opening its clause: "After the renewal, Contoso
// is now worth $5 billion" is the company's value whatever deal was named
// before it, while "the contract between IBM and the Pentagon is worth
// almost $1 billion" stays the contract's.
func (x *extractor) companyIsWorth(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || toks[k].lower != "worth" {
		return false
	}
	k--
	if toks[k].lower == "now" || toks[k].lower == "currently" || toks[k].lower == "still" {
		k--
	}
	if k < 1 || !toks[k].is2(wdIs, wdWas) && toks[k].lower != "remains" {
		return false
	}
	for _, m := range x.s.companies {
		if m.end != k {
			continue
		}
		// The name opens its clause: the sentence or a comma before it.
		j := m.start - 1
		if j >= 0 && toks[j].lower == "the" {
			j--
		}
		return j < 0 || toks[j].text == ","
	}
	return false
}

// describesName reports the i-th word before q, as window counts them,
// to be part of what the company named after it is: "expense management
// platform Contoso raised $50 million", "wealth platform Contoso raised":
// the word, lower case, opens a description that ends in a word for a firm
// just before the name, and the name is the subject of the figure's verb,
// so the word says nothing of the money.
func (x *extractor) describesName(q *quantity, i int) bool {
	toks := x.s.toks
	k, n := q.start-1, -1
	for ; k >= 0; k-- {
		if toks[k].kind == tokWord {
			n++
			if n == i {
				break
			}
		}
	}
	// A capital opening the sentence is no name's: "Savings startup
	// Contoso raised".
	if k < 0 || k > 0 && toks[k].startsUpper() {
		return false
	}
	m, ok := x.describedCompanyWithin(k, 4)
	// The name's verb, with at most an auxiliary, stands just before the
	// figure.
	return ok && m.end < q.start && q.start-m.end <= 2 && (x.tokHas(q.start-1, wRaise) || x.tokHas(q.start-1, wStrongDeal) || x.tokHas(q.start-1, wAcquire))
}

// verbNotes reports "notes", "bonds", "gain" or "gains" at before[i] that
// is not what the money is "of": "senior notes of up to $1.5 billion" is
// debt sold and "a capital gain of $260 million" a seller's profit, while
// "the filing notes a $13 billion investment" says nothing of the money
// and "Fabrikam gains $500 million Navy contract" wins a deal.
func verbNotes(before []string, i int) bool {
	switch before[i] {
	case "notes", "bonds", "gain", "gains":
		return i == 0 || before[i-1] != "of"
	}
	return false
}

// spendingVerb reports "spending" at k that is the verb, after an
// auxiliary or a preposition: "is currently spending $1 billion to add
// capacity", "after spending R882 million on the contract" say what a
// buyer pays, where "capital spending" or "spending on cloud came to"
// name a budget or a market's total.
func (x *extractor) spendingVerb(k int) bool {
	toks := x.s.toks
	if k < 1 || !toks[k].is1(wdSpending) {
		return false
	}
	k--
	if k >= 1 && toks[k].is3(wdCurrently, wdAlready, wdNow) {
		k--
	}
	return toks[k].is8(wdIs, wdAre, wdWas, wdWere, wdBeen, wdBe, wdAfter, wdWhile) || toks[k].is1(wdBy)
}

// manyDeals reports money that sums many deals of a market rather than
// one: "some $48 billion worth of data centre deals were completed",
// "$31 billion spent across more than 110 deals". Deals "with" a company
// it names are that company's: "$10bn worth of deals with Fabrikam".
func (x *extractor) manyDeals(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k+1 < len(toks) && toks[k].is2(wdWas, wdWere) {
		k++ // "$31 billion was spent across 110 deals"
	}
	switch {
	case k+1 < len(toks) && toks[k].lower == "worth" && toks[k+1].lower == "of":
		k += 2
	case k < len(toks) && toks[k].is3(wdAcross, wdIn, wdOver) && k+1 < len(toks) && (toks[k+1].kind == tokNum || toks[k+1].is5(wdMore, wdOver, wdSome, wdAbout, wdNearly)):
		k++
	case k+2 < len(toks) && toks[k].is3(wdSpent, wdTransacted, wdInvested) && toks[k+1].is3(wdAcross, wdIn, wdOver) && (toks[k+2].kind == tokNum || toks[k+2].is5(wdMore, wdOver, wdSome, wdAbout, wdNearly)):
		k += 2
	case k+1 < len(toks) && toks[k].is2(wdAcross, wdIn):
		// "reached $57 billion in closed deals", "$4 billion in
		// announced acquisitions": a plural of deals a word or two on,
		// uncounted, is as much a sum of them.
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].kind == tokWord && !toks[j].startsUpper(); j++ {
			if toks[j].is5(wdDeals, wdAcquisitions, wdTransactions, wdTakeovers, wdMergers) {
				return j+1 >= len(toks) || toks[j+1].lower != "with"
			}
		}
		return false
	default:
		return false
	}
	_, end := x.clause(q)
	for j := k; j < end && j <= k+6; j++ {
		if x.inCompany(j) {
			return false
		}
		// "pulled in $871 million across 87 funding rounds", "$2 billion
		// across 40 startups": a sum of many rounds or of many companies'.
		if toks[j].is5(wdDeals, wdAcquisitions, wdTransactions, wdTakeovers, wdMergers) {
			return j+1 >= len(toks) || toks[j+1].lower != "with"
		}
		// "Indian startups pulled in $871 million across 87 funding
		// rounds": a sum of many rounds, where no one company raised it;
		// "Contoso raised $300 million in two rounds" is its total.
		if toks[j].is3(wdRounds, wdStartups, wdCompanies) {
			start, _ := x.clause(q)
			return !x.companyWithin(start, q.start)
		}
		if toks[j].kind != tokWord && toks[j].kind != tokNum && toks[j].text != "-" {
			return false
		}
	}
	return false
}

// takesDealTo reports a figure a clause of taking or bringing a deal to
// follows a deal figure of the same sentence with: "..., taking that
// contract to $22.4 billion", "..., bringing the total to $8 billion".
func (x *extractor) takesDealTo(q *quantity) bool {
	toks := x.s.toks
	if x.lastDealAt < 0 || q.start < 2 || toks[q.start-1].lower != "to" {
		return false
	}
	start, _ := x.clause(q)
	for k := q.start - 2; k >= start && k >= q.start-8; k-- {
		if toks[k].is5(wdTaking, wdBringing, wdLifting, wdPushing, wdRaising) {
			return true
		}
	}
	return false
}

// valueMoved reports money a company's value or shares gained or lost:
// "shares have risen by $200 billion in value", "added $150 billion in
// market value", "wiped $90bn off its market value". It is no deal,
// whatever deal moved it.
func (x *extractor) valueMoved(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k+1 < len(toks) && toks[k].is4(wdIn, wdOf, wdOff, wdFrom) {
		k++
		if toks[k].is3(wdIts, wdTheir, wdThe) && k+1 < len(toks) {
			k++
		}
		if toks[k].lower == "market" && k+1 < len(toks) {
			k++
		}
		// "in value-added services" names what money buys.
		return toks[k].is5(wdValue, wdValuation, wdCapitalisation, wdCapitalization, wdCap) && (k+1 >= len(toks) || toks[k+1].text != "-")
	}
	return false
}

// periodOnlyInAside reports period p stated only in a relative clause
// that commas close and that holds no figure: "Contoso, which launched its
// first tablet in 2019, extended its lead" tells when a thing happened,
// not what period the article reports on. ("Contoso, which held 30% in
// Q2 2024, ..." states a figure's period, and stands.)
func (s *sentence) periodOnlyInAside(p corpus.Period, ref when) bool {
	if p == "" {
		return false
	}
	toks := s.toks
	for j := range toks {
		if !opensClause(toks, s.marks, j) {
			continue
		}
		c := j + 2
		for c < len(toks) && toks[c].text != "," {
			c++
		}
		if c == len(toks) || periodIn(toks[j+1:c], ref) != p {
			return false
		}
		if slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind != qtyCount && q.start > j && q.start < c }) {
			return false
		}
		return periodIn(toks[:j], ref) != p && periodIn(toks[c:], ref) != p
	}
	return false
}

// undatedRef is the date an article without one is read against: the
// month after the latest period it names, outside plans and forecasts.
// Such an article reports on its newest figures: "a year ago" counts back
// from there.
//
// lead is what a period without a year in the article's lead is read
// against: such a month or quarter is the first of that name to end no
// earlier than the latest period named ("as of January 16" after "the last
// quarter of 2025" is January 2026), where a year counts from its first
// month, as it may be the one still running ("share movements in 2022"
// beside "the third quarter").
func undatedRef(sents []sentence) (ref, lead when) {
	latest, bound := 0, 0
	none := when{calendarOnly: true, skipVague: true}
	for i := range sents {
		s := &sents[i]
		if s.cues.has(wPlan) {
			continue
		}
		toks := s.toks
		for k := range toks {
			y := yearOf(toks[k])
			if y == 0 {
				continue
			}
			// The year closes the period it is part of: "the third
			// quarter of 2025", "January 2026".
			from := max(0, k-5)
			p, at := lastPeriodAt(toks[from:k+1], s.marks[from:k+1], none)
			if p.Year() != y {
				// "since mid-2023", "since August 2009": the year starts
				// at the words on it.
				p, at = corpus.Year(y), k-from
				if m := dayMonthBefore(toks, k); m != 0 {
					p = corpus.Month(y, m) // "the quarter ended Sept. 30, 2020"
				}
				for at > 0 && (toks[from+at-1].is7(symHyphen, wdMid, wdEarly, wdLate, wdThe, wdEnd, wdOf) || monthNumber(toks[from+at-1].lower) != 0) {
					at--
				}
			}
			// A period a change is measured on or a span starts from,
			// or one yet to come, is no newer figure's: "22% more than
			// in the second quarter of 2023", "a 37% rise on Q3 2020",
			// "since mid-2023", "by 2030".
			// Its own first word: "ERP in 2024" reads as the period "in
			// 2024" does.
			start := from + at
			for start < k && lastPeriodIn(toks[start+1:k+1], s.marks[start+1:k+1], none) == p {
				start++
			}
			if notNewest(toks, s.marks, start, k) {
				continue
			}
			latest = max(latest, p.EndMonth())
			if len(p) == 4 {
				bound = max(bound, y*12+1)
			} else {
				bound = max(bound, p.EndMonth())
			}
		}
	}
	if latest == 0 {
		return when{}, when{}
	}
	// Eleven months on from the bound, a period ending after that month
	// falls in the year before: its first end at or after the bound.
	n := bound + 11 - 1
	lead = when{year: n / 12, month: n%12 + 1, published: n / 12, inferred: true}
	// The month after: EndMonth counts months 1-12 on from year*12, so
	// December of 2025 is 2026*12 and the month after it January 2026.
	y, m := latest/12, latest%12+1
	return when{year: y, month: m, published: y, inferred: true}, lead
}

// notNewest reports a period from token start to the year at token k
// that a change is measured on, a span starts from or is yet to come:
// "22% more than in the second quarter of 2023", "a 37% rise on Q3 2020",
// "since mid-2023", "by 2030". The words that open it may be read as part
// of it ("on Q3 2020"), so those up to the year are looked at too.
func notNewest(toks []token, marks []wordMark, start, k int) bool {
	j := start - 1
	if j > 0 && toks[j].lower == "the" {
		j-- // "on the first half of 2023"
	}
	for ; j >= 0 && j < k && j <= start; j++ {
		if toks[j].is10(wdOn, wdFrom, wdBy, wdTo, wdUntil, wdThrough, wdBefore, wdSince, wdThan, wdAhead) || comparedAt(toks, marks, j+1) {
			return true
		}
	}
	return false
}

// latestMonthly reads "the latest StatCounter figures", "Similarweb has
// put out its latest numbers" in the article's title or first paragraph:
// a monthly tracker's newest figures are those of the month before the
// article appeared, which it returns; "" when the lead says no such thing
// or the date is unknown.
func (e *Extractor) latestMonthly(sents []sentence, pub when) corpus.Period {
	if pub.month == 0 || pub.year == 0 {
		return ""
	}
	for i := range sents {
		s := &sents[i]
		if s.paragraph > 1 {
			break
		}
		if !slices.ContainsFunc(s.measurers, func(m mention) bool { return e.monthlyMeasurer(m.name) }) {
			continue
		}
		toks := s.toks
		for k := range toks {
			if !toks[k].is2(wdLatest, wdNewest) {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				// "has published its latest report": a monthly measurer's
				// report is on its latest month too.
				if toks[j].is6(wdFigures, wdData, wdNumbers, wdStatistics, wdStats, wdRankings) || toks[j].is1(wdReport) {
					n := pub.year*12 + pub.month - 2
					return corpus.Month(n/12, n%12+1)
				}
			}
		}
	}
	return ""
}

// monthlyMeasurer reports a research firm that publishes each month's
// shares (Measurer.Monthly).
func (e *Extractor) monthlyMeasurer(name string) bool {
	for _, m := range e.measurers {
		if m.Name == name {
			return m.Monthly
		}
	}
	return false
}

// dayMonthBefore returns the month (1-12) of a date written before the
// year at token k, "Sept. 30, 2020", "June 30 2024"; 0 when none is.
func dayMonthBefore(toks []token, k int) int {
	j := k - 1
	if j >= 0 && toks[j].text == "," {
		j--
	}
	if j < 0 || toks[j].kind != tokNum || len(toks[j].text) > 2 {
		return 0
	}
	j--
	if j >= 0 && toks[j].text == "." {
		j--
	}
	if j < 0 || !toks[j].startsUpper() {
		return 0
	}
	return monthNumber(toks[j].lower)
}

// prevSentence is the sentence before sents[si] in its paragraph, or nil.
func prevSentence(sents []sentence, si int) *sentence {
	if si == 0 || sents[si-1].paragraph != sents[si].paragraph {
		return nil
	}
	return &sents[si-1]
}
