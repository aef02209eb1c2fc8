package extract

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// Tests of whether money is one transaction's at all, read before the rules
// that find a deal in a sentence's deal words: English marks money that
// sums many deals or a company's whole history of raising by who raised it
// and by the span it is counted over, whatever deal words stand beside it.

// noTransaction reports money that English marks as no transaction's,
// by who raised it, what it is counted over or what it describes: the
// tests below, cheapest and commonest first.
func (x *extractor) noTransaction(q *quantity) bool {
	return x.takingsVerb(q) || x.yearSeries(q) || x.appositionSize(q) || x.averageOfDeals(q) || x.valuedGap(q) ||
		x.raisedBackground(q) || x.genericRaisers(q) || x.manyDealsMoney(q) || x.managedOrPaid(q) || x.wholeSectorMoney(q) ||
		x.ownedWorth(q) || x.firmSized(q) || x.paysForDeal(q)
}

// yearSeries reports money that is one end of a level's change between
// two years: "grew from R6919 million in 2017 to over R34.60 billion in
// 2021", "forecast to grow from $40 billion in 2024 to $46 billion in
// 2025". A deal is made once; what runs from one year to another is a
// market's, a company's takings or a sector's spending.
func (x *extractor) yearSeries(q *quantity) bool {
	toks := x.s.toks
	// Each end is dated: "from <money> in <year> to <money> in <year>".
	dated := func(p *quantity) bool {
		e := p.end
		return e+1 < len(toks) && toks[e].is2(wdIn, wdBy) && isYear(&toks[e+1])
	}
	if !dated(q) {
		return false
	}
	if k := q.start - 1; k >= 0 && toks[k].lower == "from" {
		// The earlier end: the later one follows "in <year> to".
		e := q.end + 2
		if e >= len(toks) || toks[e].lower != "to" || x.dealChanged(k) {
			return false
		}
		for i := range x.s.qty {
			if p := &x.s.qty[i]; p.kind == qtyMoney && p.start > e && p.start <= e+3 {
				return dated(p)
			}
		}
		return false
	}
	// The later end: "from <money> in <year> to" before it.
	k := q.start - 1
	for k >= 0 && toks[k].is5(wdOver, wdNearly, wdAbout, wdAlmost, wdAround) {
		k--
	}
	if k < 2 || toks[k].lower != "to" || !isYear(&toks[k-1]) || toks[k-2].lower != "in" {
		return false
	}
	for i := range x.s.qty {
		p := &x.s.qty[i]
		if p.kind == qtyMoney && p.end == k-2 {
			return p.start > 0 && toks[p.start-1].lower == "from" && !x.dealChanged(p.start-1)
		}
	}
	return false
}

// moneyOfThen reports a phrase, told by at, that says what the money q
// itself is: right after it ("$6 billion under management") or after
// "of", "worth of" or "in" and the few words naming what it is made of
// ("$70 billion of prospective development in its pipeline", "$6 billion
// in client assets under management"). A preposition, conjunction
// or mark between them ("$70 million for the rights to the first drug in
// its pipeline") hands the phrase to something else.
func moneyOfThen(toks []token, q *quantity, at func(k int) bool) bool {
	k := q.end
	if k < len(toks) && at(k) {
		return true
	}
	if k < len(toks) && toks[k].lower == "worth" {
		k++
	}
	if k >= len(toks) || toks[k].lower != "of" && toks[k].lower != "in" {
		return false
	}
	for k++; k < len(toks) && k <= q.end+5 && toks[k].kind == tokWord; k++ {
		if at(k) {
			return true
		}
		switch toks[k].lower {
		case "for", "to", "and", "or", "by", "from", "with", "on", "at", "that", "which", "who":
			return false
		}
	}
	return false
}

// dealChanged reports a deal's own figure that runs between the two years,
// its noun in the clause before "from" at f: "raised its offer for
// Fabrikam from $2 billion in 2023", "Fabrikam's rounds grew from $5
// million in 2021". An offer raised or rounds grown are deals at both
// ends; a level, even of deals ("spending on cloud contracts", "revenue
// from the Fabrikam deal", "total funding"), is a series.
func (x *extractor) dealChanged(f int) bool {
	toks := x.s.toks
	for k := f - 1; k >= 0 && k >= f-8; k-- {
		t := &toks[k]
		if t.kind == tokSym && (t.text == "," || t.text == ";" || t.text == ":") {
			return false
		}
		switch t.lower {
		case "offer", "offers", "bid", "bids", "round", "rounds":
			return true
		}
	}
	return false
}

// isYear reports a token that writes a year of the calendar, "2017".
func isYear(t *token) bool {
	return t.kind == tokNum && len(t.text) == 4 && (strings.HasPrefix(t.text, "19") || strings.HasPrefix(t.text, "20"))
}

// paysForDeal reports money a sentence gives as the means of paying for a
// deal it names before: "OpenText will fund the deal by raising $4.6
// billion in new debt, $1.3 billion in cash and drawing $600 million from
// its revolving credit facility", "will finance the $5 billion acquisition
// of Contoso with a $3 billion bridge loan", and in the passive, "the deal
// will be funded from SAP's free cash and a €2.4 billion term loan". Where
// a buyer's money comes from is no deal of its own; the deal's price,
// said before the means, is told elsewhere.
func (x *extractor) paysForDeal(q *quantity) bool {
	toks := x.s.toks
	for k := 0; k+2 < q.start; k++ {
		var means int
		switch {
		case toks[k].is4(wdFund, wdFunds, wdFinance, wdFinances):
			means = x.meansAfterDeal(k+1, q.start)
		case toks[k].isDealNoun():
			means = x.meansAfterPassive(k+1, q.start)
		default:
			continue
		}
		if means < 0 {
			continue
		}
		for j := means; j < q.start; j++ {
			if toks[j].text == ";" || toks[j].text == "." {
				return false
			}
		}
		return true
	}
	return false
}

// isDealNoun reports a noun that names one deal a buyer pays for.
func (t *token) isDealNoun() bool {
	return t.is7(wdDeal, wdPurchase, wdAcquisition, wdTransaction, wdTakeover, wdMerger, wdConsideration)
}

// isMeans reports a preposition that names what pays for a deal: "with a
// bridge loan", "by raising debt", "from its free cash".
func (t *token) isMeans() bool {
	return t.is5(wdBy, wdWith, wdFrom, wdThrough, wdUsing)
}

// meansAfterDeal is where the means of paying start after a verb of
// funding whose object, starting at k, names the deal within a few words
// ("the deal", "the $5 billion acquisition of Contoso", "the cash
// consideration"), or -1. The means must come within a few words of the
// deal's noun, before limit.
func (x *extractor) meansAfterDeal(k, limit int) int {
	toks := x.s.toks
	if k >= limit || !toks[k].is4(wdThe, wdIts, wdThis, wdTheir) {
		return -1
	}
	for j := k + 1; j < limit && j <= k+6; j++ {
		if toks[j].isDealNoun() {
			for m := j + 1; m < limit && m <= j+4; m++ {
				if toks[m].isMeans() {
					return m + 1
				}
				if toks[m].text == "," || toks[m].text == ";" {
					return -1
				}
			}
			return -1
		}
		if toks[j].text == "," || toks[j].text == ";" || toks[j].text == "." {
			return -1
		}
	}
	return -1
}

// meansAfterPassive is where the means of paying start when a deal's noun,
// ending at k, is funded in the passive: "the deal will be funded from",
// "the acquisition is being financed with", or -1.
func (x *extractor) meansAfterPassive(k, limit int) int {
	toks := x.s.toks
	j := k
	for j < limit && j < k+4 && toks[j].is6(wdWill, wdWould, wdIs, wdWas, wdBe, wdBeing) {
		j++
	}
	if j == k || j+1 >= limit || !toks[j].is2(wdFunded, wdFinanced) || !toks[j+1].isMeans() {
		return -1
	}
	return j + 2
}

// firmSized reports money that sizes the company a noun after it names,
// between an article and the noun: "the acquisition fits the $57 billion
// telecoms group's plans", "Contoso, a $2 billion AI startup, raised". What
// a company is worth or takes in describes it and buys nothing; money
// before a deal's noun ("a $2 billion AI deal") or a platform's a company
// builds ("a $1 billion data centre platform") is a deal's.
func (x *extractor) firmSized(q *quantity) bool {
	toks := x.s.toks
	if k := q.start - 1; k < 0 || !toks[k].is3(wdThe, wdA, wdAn) {
		return false
	}
	e := q.textEnd()
	for j := e; j < len(toks) && j <= e+2; j++ {
		// "the $900 million the group has put in": a noun phrase of its
		// own after the money says who spent it.
		if toks[j].kind != tokWord || toks[j].startsUpper() || x.tokHas(j, wDealNouns) || x.tokIs(j, namesInvestment) ||
			toks[j].is7(wdThe, wdA, wdAn, wdIts, wdTheir, wdThis, wdThat) {
			return false
		}
		if x.tokHas(j, wDescriptor) {
			return !toks[j].is2(wdPlatform, wdMarketplace) && !(j+1 < len(toks) && (x.tokHas(j+1, wDealNouns) || x.tokIs(j+1, namesInvestment)))
		}
	}
	return false
}

// ownedWorth reports money a company's value or a holding's is put at or
// moved to, by the possessed noun before "at" or "to": "put the company's
// value at $501 million", "cutting the startup's value to $300 million",
// "taking its worth to $2 billion", "raised its holding in Contoso to
// around $3 billion". What a thing is worth is no price paid. A deal's
// own value is its ("the contract's value to $807 million"), and so is
// "its" value in a clause that names a deal.
func (x *extractor) ownedWorth(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || !toks[k].is2(wdAt, wdTo) {
		return false
	}
	start, _ := x.clause(q)
	// The noun just before, or before what it is in: "its holding in
	// the US chipmaker to".
	n := -1
	for j := k - 1; j > start && j >= k-6 && toks[j].kind == tokWord; j-- {
		if toks[j].is5(wdValue, wdWorth, wdValuation, wdHolding, wdHoldings) {
			if j == k-1 || toks[j+1].lower == "in" {
				n = j
			}
			break
		}
	}
	if n < 0 {
		return false
	}
	p := n - 1
	if toks[p].lower == "market" && p > start {
		p--
	}
	switch {
	case toks[p].is2(wdIts, wdTheir):
		return !x.clauseHas(q, wStrongDeal)
	case p >= 2 && possessiveAt(toks, p-1):
		return !x.tokHas(p-2, wStrongDeal)
	}
	return false
}

// wholeSectorMoney reports money counted over a whole continent's or
// industry's companies, said just after it: "of a total of $533.3 million
// for the continent", "R46.71 billion (US$2.7 billion) invested across the
// continent", "$20 billion across the sector". What a sector took in all
// is no deal of one of its companies.
func (x *extractor) wholeSectorMoney(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].text == "(" {
		// past a conversion in brackets
		for k < len(toks) && k <= q.end+8 && toks[k].text != ")" {
			k++
		}
		k++
	}
	// "$2 billion in all for the sector", "$5 billion combined across
	// the industry"
	marked := x.sumMarked(q)
	if k+1 < len(toks) && toks[k].lower == "in" && (toks[k+1].lower == "all" || toks[k+1].lower == "total") {
		k += 2
		marked = true
	} else if k < len(toks) && toks[k].lower == "combined" {
		k++
		marked = true
	}
	participle := false
	if k < len(toks) && toks[k].kind == tokWord && len(toks[k].lower) > 2 && toks[k].lower[len(toks[k].lower)-2:] == "ed" {
		k++ // "invested", "raised"
		participle = true
	}
	if !(k+2 < len(toks) && toks[k].is2(wdFor, wdAcross) && toks[k+1].is2(wdThe, wdIts) &&
		toks[k+2].is4(wdContinent, wdSector, wdIndustry, wdEcosystem)) {
		return false
	}
	// One company's pledge over a continent ("Microsoft will invest $2
	// billion across the continent", "Nvidia pledged $500 million for its
	// ecosystem") is its deal: only money marked as a total, said as what
	// was invested, or with no company before it is the sector's.
	return participle || marked || !slices.ContainsFunc(x.s.companies, func(c mention) bool { return c.start < q.start })
}

// sumMarked reports an amount written, before it, as a total or a part
// of one: "a total of $480 million", "of R31 billion", "combined $5
// billion". "an investment of $1 billion" is one deal's amount, no part
// of a sum.
func (x *extractor) sumMarked(q *quantity) bool {
	toks := x.s.toks
	if k := q.start - 1; k >= 0 && (toks[k].lower == "combined" || toks[k].lower == "of" && !(k > 0 && (x.tokIs(k-1, namesInvestment) || x.tokHas(k-1, wDealNouns)))) {
		return true
	}
	for k := max(0, q.start-3); k < q.start; k++ {
		if toks[k].lower == "total" {
			return true
		}
	}
	return false
}

// managedOrPaid reports money an investor manages or a person is paid,
// by the verb it is the object of or the noun it is the worth of: "Fabrikam
// Ventures, which manages $3 billion, led the round", "a firm with $40
// billion in assets under management", "stock options worth $30
// million", "a pay package valued at $50 million". What a fund oversees
// is its size and what an executive is awarded is pay: neither buys
// anything, whatever deal the sentence tells of. A package of financing
// ("a financing package worth $2 billion") is a deal's.
func (x *extractor) managedOrPaid(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 0 {
		return false
	}
	if toks[k].is4(wdManages, wdManaging, wdOversees, wdOverseeing) {
		return true
	}
	if e := q.end; e+2 < len(toks) && toks[e].lower == "in" && toks[e+1].is1(wdAssets) && toks[e+2].lower == "under" {
		return true
	}
	// "has £6 billion of client money under management": what a fund
	// manager holds for others. A price paid "for Fabrikam and its funds
	// under management" is no money managed.
	if moneyOfThen(toks, q, func(e int) bool {
		return e+1 < len(toks) && toks[e].lower == "under" && toks[e+1].lower == "management"
	}) {
		return true
	}
	// The pay noun before "worth" or "valued at".
	if k >= 1 && toks[k].lower == "at" && toks[k-1].is2(wdValued, wdPriced) {
		k--
	} else if toks[k].lower != "worth" {
		return false
	}
	k--
	if k >= 0 && toks[k].is5(wdBonus, wdBonuses, wdSalary, wdCompensation, wdRemuneration) {
		return true
	}
	return k >= 1 && (toks[k].is6(wdPackage, wdPackages, wdAward, wdAwards, wdGrant, wdGrants) && toks[k-1].is6(wdPay, wdCompensation, wdRemuneration, wdStock, wdEquity, wdShare) ||
		toks[k].is1(wdOptions) && toks[k-1].is2(wdStock, wdShare))
}

// raisedBackground reports money a company has raised in all, counted over
// a span rather than in one round: "the start-up has raised some $120
// million to date", "OPay has raised $570m+ since 2019", "had raised around
// $400 million in total funding by June 2014". What a company raised "since
// its launch" is left to the other rules. A total the new round brings
// it to ("took its total funding to $225 million") names the total before
// the figure, and a round named in the clause ("has so far secured $60
// million in a Series C round") makes it that round's, and so does a
// story of the company's own round (see ownRoundStory).
func (x *extractor) raisedBackground(q *quantity) bool {
	toks := x.s.toks
	start, end := x.clause(q)
	if !x.sentenceHas(wRaise) && !x.sentenceHas(wReceive) {
		return false
	}
	raised, perfect := false, false
	for k := start; k < q.start; k++ {
		if toks[k].is6(wdRaised, wdSecured, wdReceived, wdAttracted, wdGarnered, wdAmassed) {
			raised = true
			// "has raised just over $400 million in funding": the
			// perfect sums what was raised up to now, when nothing
			// after the money names a backer or a round.
			j := k - 1
			for j > start && toks[j].is7(wdJust, wdAlready, wdNow, wdSo, wdFar, wdSince, wdReportedly) {
				j--
			}
			perfect = j >= start && toks[j].is3(wdHas, wdHave, wdHad) && q.start-k <= 4 && x.fundingEndsClause(q)
		}
		if x.tokHas(k, wTotal) || toks[k].is3(wdRound, wdSeries, wdSeed) {
			return false
		}
	}
	if !raised || x.ownRoundStory(q) {
		return false
	}
	// The perfect alone opens an article's first round ("Contoso has
	// raised $50 million in funding."): it is background only in a story
	// of another deal.
	span := perfect && x.storyType != ""
	for k := q.end; k < end && k <= q.end+6; k++ {
		t := &toks[k]
		if t.is4(wdRound, wdSeries, wdSeed, wdTranche) {
			return false
		}
		next := k+1 < end
		switch {
		case t.lower == "to" && next && toks[k+1].lower == "date",
			t.lower == "so" && next && toks[k+1].lower == "far",
			t.lower == "in" && next && toks[k+1].is2(wdTotal, wdAll),
			t.lower == "since" && k <= q.end+3 && next && toks[k+1].kind == tokNum:
			span = true
		}
	}
	return span
}

// manyDealsMoney reports money summed over a counted number of companies
// or deals named in its clause: "investors put $110.9 million into 44
// startups", "$131.5 billion across 4,969 deals", "raised in more than 50
// rounds". One deal has one company on each side; a count of them makes
// the money a tally. Contracts, orders and memoranda a buyer signs at once
// ("signed five contracts worth Rs 39,125 crore") are one buyer's deals
// and left to the other rules.
func (x *extractor) manyDealsMoney(q *quantity) bool {
	toks := x.s.toks
	// Most sentences hold none of the plural nouns counted here: one look
	// at the sentence serves each of its figures.
	if x.countedNouns == 0 {
		x.countedNouns = 1
		for k := range toks {
			if countedDealNoun(&toks[k]) {
				x.countedNouns = 2
				break
			}
		}
	}
	if x.countedNouns == 1 {
		return false
	}
	start, end := x.clause(q)
	// Nor do most clauses: looking for one first spares the search for a
	// count.
	noun := false
	for k := start + 1; k < end && !noun; k++ {
		noun = (k < q.start || k >= q.end) && countedDealNoun(&toks[k])
	}
	if !noun {
		return false
	}
	// Most money has no count beside it: a number in digits outside
	// the figure, or a count in words, which is a figure of its own.
	counted := false
	for k := start; k < end && !counted; k++ {
		counted = toks[k].kind == tokNum && (k < q.start || k >= q.end)
	}
	for i := 0; i < len(x.s.qty) && !counted; i++ {
		c := &x.s.qty[i]
		counted = c.kind == qtyCount && c.start >= start && c.end <= end
	}
	if !counted {
		return false
	}
	for k := start + 1; k < end; k++ {
		if k >= q.start && k < q.end {
			continue
		}
		if !countedDealNoun(&toks[k]) {
			continue
		}
		// "44 startups", "more than 50 rounds", "4,969 deals", "seven
		// Pre-Series A deals", with a few words between ("44 Nigerian
		// startups").
		for j := k - 1; j >= start && j >= k-5; j-- {
			word := toks[j].is16(wdTwo, wdThree, wdFour, wdFive, wdSix, wdSeven, wdEight, wdNine, wdTen, wdEleven, wdTwelve, wdTwenty, wdDozens, wdHundreds, wdThousands, wdSeveral)
			// A count in words is a tally of deals only, with no
			// company named: "seven Pre-Series A deals worth $4.69
			// million"; "Interior picks seven companies for $2B cloud
			// contract" names those one side chose. "The three firms
			// will form a joint venture": a definite count points
			// back to companies named before.
			deals := !toks[k].is5(wdStartups, wdCompanies, wdFirms, wdVentures, wdBusinesses)
			if (toks[j].kind == tokNum && !x.inMoney(j) || word && deals && !x.companyWithin(start, end)) && !(j > 0 && toks[j-1].is4(wdThe, wdThese, wdThose, wdAll)) {
				// "signed MoUs worth ₹34,850 crore with 15
				// companies": one side's deals with many. "raised
				// $300 million in 2 rounds": one company's rounds are
				// its own.
				if j > 0 && toks[j-1].lower == "with" || !toks[k].is5(wdStartups, wdCompanies, wdFirms, wdVentures, wdBusinesses) && x.companyWithin(start, end) {
					return false
				}
				return true
			}
			if toks[j].kind != tokWord && toks[j].text != "-" || toks[j].is10(wdOf, wdIn, wdInto, wdTo, wdFrom, wdWith, wdBy, wdAnd, wdThe, wdIts) {
				break
			}
		}
	}
	return false
}

// countedDealNoun reports a plural noun that a count of deals or of
// companies ends in: "startups", "deals", "rounds". Every one is a plural
// in "s", so most words are passed over on their last letter.
func countedDealNoun(t *token) bool {
	l := t.lower
	return len(l) >= 5 && l[len(l)-1] == 's' && t.is9(wdStartups, wdCompanies, wdFirms, wdDeals, wdRounds, wdTransactions, wdFinancings, wdVentures, wdBusinesses)
}

// inMoney reports token k inside one of the sentence's amounts of money.
func (x *extractor) inMoney(k int) bool {
	for i := range x.s.qty {
		if x.s.qty[i].kind == qtyMoney && x.s.qty[i].start <= k && k < x.s.qty[i].end {
			return true
		}
	}
	return false
}

// valuedGap reports money that a relative clause after it says something
// was valued at, the preposition left standing with its object gone
// before: "less than the $2.5 billion Varo was valued at in 2021", "the
// $1 billion it was worth". What a company was valued at is no price paid.
func (x *extractor) valuedGap(q *quantity) bool {
	toks := x.s.toks
	_, end := x.clause(q)
	for k := q.end; k+1 < end && k <= q.end+6; k++ {
		if toks[k].kind == tokNum || toks[k].kind == tokSym && toks[k].text != "'" && toks[k].text != "’" {
			return false
		}
		if toks[k].is2(wdValued, wdValuing) && toks[k+1].lower == "at" {
			// the object gone: what follows "at" is no figure
			return k+2 >= len(toks) || !x.inMoney(k+2)
		}
	}
	return false
}

// genericRaisers reports money a kind of company raised or received, the
// subject a bare plural common noun with no determiner and no company in
// the clause: "Venture-backed fintechs raised a record $30.8 billion",
// "Nigerian startups received 35% ($160m) of Africa's $466m", or the
// agent of a passive before it: "Total funding raised by Indian startups
// fell from $10.3 billion". A bare plural names every company of a kind,
// so the money is their tally.
func (x *extractor) genericRaisers(q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	// "the Pentagon will spend $2 billion while civilian agencies will
	// award $4 billion": a contrast opens a clause of its own subject.
	for k := q.start - 1; k > start; k-- {
		if toks[k].is2(wdWhile, wdWhereas) {
			start = k + 1
			break
		}
	}
	if x.companyWithin(start, q.end) {
		return false
	}
	verb := -1
	for k := q.start - 1; k > start; k-- {
		if toks[k].text == "," {
			// the money is the verb's object, in its stretch of the
			// clause
			break
		}
		// "civilian agencies will award more than $4 billion in
		// contracts": what a kind of buyer awards is as much a sector's.
		if toks[k].is10(wdRaised, wdReceived, wdSecured, wdAttracted, wdDrew, wdGot, wdTook, wdRaise, wdReceive, wdAttract) || toks[k].is3(wdAward, wdAwarded, wdAwarding) ||
			toks[k].is6(wdSpend, wdSpent, wdInvest, wdInvested, wdPoured, wdPour) && !x.sentenceHas(wSector) {
			// "Companies are on track to spend a combined $1.7
			// trillion": a kind of company spending is a sector's,
			// which money-sector reads where it names investors.
			verb = k
			break
		}
	}
	if verb > 0 && toks[verb+1].lower == "by" {
		// "funding raised by Indian startups fell to $6.9 billion"
		head := verb + 2
		for head+1 < q.start && toks[head+1].kind == tokWord && !toks[head+1].is18(wdIn, wdFrom, wdTo, wdFell, wdRose, wdWas, wdWere, wdIs, wdAre, wdJumped, wdDropped, wdDeclined, wdGrew, wdOf, wdDuring, wdOver, wdAcross, wdAt) {
			head++
		}
		return x.barePlural(verb+2, head)
	}
	if verb < 0 {
		return x.bareFundingReached(q, start)
	}
	j := verb - 1
	for j > start && (x.tokHas(j, wAux) || toks[j].is2(wdOn, wdTrack)) {
		j--
	}
	// "In the first quarter, Nigerian startups received": an opening
	// adverbial ends at its comma.
	for k := j - 1; k > start; k-- {
		if toks[k].text == "," {
			start = k + 1
			break
		}
	}
	if toks[verb].is3(wdAward, wdAwarded, wdAwarding) {
		// "Adur and Worthing councils award": buyers a name marks,
		// though the extractor knows them not, are buyers of one deal.
		for k := start + 1; k <= j; k++ {
			if toks[k].startsUpper() {
				return false
			}
		}
	}
	return x.barePlural(start, j)
}

// barePlural reports tokens [from, head] a noun phrase with no determiner,
// number or company: modifiers and a plural common noun, "venture-backed
// fintechs", "Indian startups". A pronoun opens a relative clause, whose
// verb is no noun: "funds it manages will invest".
func (x *extractor) barePlural(from, head int) bool {
	toks := x.s.toks
	if head < from || head >= len(toks) {
		return false
	}
	s := toks[head].lower
	if toks[head].kind != tokWord || toks[head].startsUpper() && head > from || len(s) < 4 || s[len(s)-1] != 's' || s[len(s)-2] == 's' || s[len(s)-2] == '\'' || possessed(toks, head) {
		return false
	}
	for k := from; k < head; k++ {
		t := &toks[k]
		if t.kind != tokWord && !(t.kind == tokSym && t.text == "-") || t.is17(wdThe, wdA, wdAn, wdIts, wdTheir, wdThis, wdThese, wdThose, wdSome, wdTwo, wdThree, wdBoth, wdAll, wdMany, wdWhich, wdThat, wdWho) || t.is6(wdIt, wdThey, wdWe, wdHe, wdShe, wdYou) || x.inCompany(k) {
			return false
		}
	}
	return true
}

// ownRoundStory reports an article whose story is a round or an investment
// that the company of q's clause received, or one in which the clause names
// no company and so stands for the story's: there what the company has
// raised in all is the running total of that round ("Before this round,
// Contoso had raised $1 billion in total"). In a story of something else
// (a takeover of the start-up) it is background.
func (x *extractor) ownRoundStory(q *quantity) bool {
	if x.storyType != corpus.DealFundingRound && x.storyType != corpus.DealInvestment {
		return false
	}
	names := x.clauseCompanies(q)
	if len(names) == 0 {
		return true
	}
	for _, p := range x.storyParties {
		if p.Role == corpus.RoleRecipient && slices.Contains(names, p.Name) {
			return true
		}
	}
	return false
}

// takingsVerb reports money that is the object of a verb of earning or
// losing, right before it: "Aetna said it earned $518.6 million in the
// quarter, helped by an acquisition", "Ford lost $378mn in China". What a
// company earns or loses is its results, whatever deal the sentence
// recalls.
func (x *extractor) takingsVerb(q *quantity) bool {
	k := q.start - 1
	return k >= 1 && x.s.toks[k].is6(wdEarned, wdEarns, wdEarning, wdLost, wdLoses, wdLosing) && !x.s.toks[k-1].is3(wdA, wdAn, wdThe)
}

// appositionSize reports money in an aside that says what an organisation
// named just before it is worth or valued at: "the Public Investment Fund,
// worth more than $925 billion, has invested", "Anthropic, valued at $183
// billion, signed". An aside describes its noun; the deal is the clause's
// own. An aside on a deal ("the contract, worth $581 million,") is its
// value.
func (x *extractor) appositionSize(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 1 && toks[k].lower == "at" && toks[k-1].is2(wdValued, wdPriced) {
		k--
	} else if k < 0 || toks[k].lower != "worth" {
		return false
	}
	k--
	for k >= 0 && toks[k].is5(wdRecently, wdLast, wdNow, wdCurrently, wdOnce) {
		k--
	}
	if k < 1 || toks[k].text != "," || !x.inCompany(k-1) {
		// "the deal, worth €4.4 billion,": an aside on a deal says
		// its value.
		return false
	}
	return q.end < len(toks) && (toks[q.end].text == "," || toks[q.end].text == ")")
}

// averageOfDeals reports money said to be an average or a median just
// before it: "the average deal size stands at $47 million", "a median
// round of $12 million". A statistic over many deals is none of them.
func (x *extractor) averageOfDeals(q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := q.start - 1; k >= start && k >= q.start-6; k-- {
		if toks[k].kind != tokWord || x.inCompany(k) {
			return false
		}
		if toks[k].is4(wdAverage, wdMedian, wdMean, wdTypical) {
			return true
		}
	}
	return false
}

// bareFundingReached reports money a bare noun of funding reached, with
// no determiner or company before it: "Venture funding in AI topped $50
// billion last year", "Global fintech funding jumped to $131.5 billion",
// or a bare plural opening the clause: "Purchases on cards came to $40.6
// trillion". Funding no company owns is a sector's.
func (x *extractor) bareFundingReached(q *quantity, start int) bool {
	toks := x.s.toks
	verb := -1
	for k := q.start - 1; k > start && k >= q.start-3; k-- {
		if toks[k].is15(wdTopped, wdReached, wdHit, wdTotalled, wdTotaled, wdRose, wdFell, wdJumped, wdClimbed, wdSurged, wdDropped, wdDeclined, wdGrew, wdExceeded, wdSurpassed) || toks[k].is2(wdCame, wdAmounted) && toks[k+1].lower == "to" {
			verb = k
			break
		}
		if !toks[k].is11(wdTo, wdA, wdRecord, wdNew, wdAbout, wdNearly, wdAlmost, wdOver, wdAround, wdSome, wdRoughly) {
			return false
		}
	}
	if verb < 0 {
		return false
	}
	// the subject: its head the first funding noun of the clause, what
	// comes after it ("in AI") saying what it went to
	head := -1
	for k := start; k < verb; k++ {
		if toks[k].is4(wdFunding, wdInvestment, wdInvestments, wdFinancing) {
			head = k
			break
		}
	}
	if head < 0 && x.barePlural(start, start) {
		// "Purchases of goods and services on cards came to $40.6
		// trillion": a bare plural opening the clause sums many.
		head = start
	}
	if head < 0 {
		return false
	}
	for k := start; k < head; k++ {
		t := &toks[k]
		if t.kind != tokWord && !(t.kind == tokSym && t.text == "-") || t.is10(wdThe, wdA, wdAn, wdIts, wdTheir, wdThis, wdThat, wdHis, wdHer, wdOur) || x.inCompany(k) || possessed(toks, k) {
			return false
		}
	}
	return true
}

// fundingEndsClause reports money followed by "in funding", "in venture
// capital" or the like and then the end of its clause: the money raised
// with no backer, round or purpose named.
func (x *extractor) fundingEndsClause(q *quantity) bool {
	toks := x.s.toks
	_, end := x.clause(q)
	k := q.end
	if k >= end || toks[k].lower != "in" {
		return false
	}
	k++
	for k < end && toks[k].is5(wdVenture, wdEquity, wdOutside, wdExternal, wdPrivate) {
		k++
	}
	if k >= end || !toks[k].is4(wdFunding, wdCapital, wdFinancing, wdInvestment) {
		return false
	}
	k++
	return k >= len(toks) || toks[k].text == "." || toks[k].text == "," && k+1 < len(toks) && !toks[k+1].is3(wdFrom, wdLed, wdIncluding)
}

// publicBodySaid reports a public body the sentence names as a common
// noun, which no party stands for: "the science ministry chose the
// Samsung SDS consortium", "a £10.7 million contract from local
// government". Who buys then is a government. "Office" and "force" are as
// often a product or a workforce, so they say it only capitalised, as
// parties.
func (x *extractor) publicBodySaid() bool {
	toks := x.s.toks
	for k := range toks {
		t := &toks[k]
		if x.tokHas(k, wPublicBody) && !t.startsUpper() && !t.is2(wdOffice, wdForce) && !x.inCompany(k) {
			return true
		}
		if t.lower == "government" && k > 0 && toks[k-1].is9(wdLocal, wdCentral, wdFederal, wdState, wdNational, wdCity, wdMunicipal, wdProvincial, wdRegional) {
			return true
		}
	}
	return false
}

// tookMoney reports "took" at k taking money q in from a backer, as
// "received" does: "the company took $10m from Mirai Creation", "it took
// a $5m investment in a round led by the OpenAI Startup Fund". Money
// taken in is in, as it is when "taken" ("has taken a $37m investment
// from") or taken before something else ("after taking a $37m
// investment").
func (x *extractor) tookMoney(k int, q *quantity) bool {
	toks := x.s.toks
	if !(toks[k].lower == "took" || toks[k].lower == "taken" || toks[k].lower == "taking" && k > 0 && toks[k-1].lower == "after") || q.start-k > 2 || q.end >= len(toks) {
		return false
	}
	return toks[q.end].lower == "from" || toks[q.end].is2(wdInvestment, wdStake)
}
