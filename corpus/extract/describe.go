package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// describe completes a fact with what the sentence says of it beyond the
// figure: a deal's type, status and object; a seat count's product and
// stage; a market share's market, region, period and measurer. It works in
// place: a fact is too large to copy in and back out for each figure.
func (x *extractor) describe(f *corpus.Fact, q *quantity) {
	switch f.Kind {
	case corpus.DealValue:
		if f.DealType == "" {
			f.DealType = x.dealType(q, f.Parties)
		}
		if p := x.ctxPlace; f.DealType == corpus.DealInvestmentPledge && p != "" && !x.e.regions[p] && !x.pledgesAlone(q) && !slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return p.Role == corpus.RoleRecipient }) {
			// "Telus will invest more than CA$70 billion over five years
			// to upgrade its network", in an article about Canada: money
			// pledged to no place the sentence names goes to the
			// country the article last named. Money committed to its own
			// practice or to a technology goes to no place.
			ps := append(slices.Clone(f.Parties), corpus.Party{Name: p, Role: corpus.RoleRecipient})
			f.Parties, f.Companies = ps, corpus.PartyNames(ps)
		}
		if f.DealType == corpus.DealAcquisition && f.Rule == "money-instalment" {
			// A payment made each month or year buys services.
			f.DealType = x.contractType(f.Parties)
		}
		f.Status, f.What = x.status(), x.what(q)
		if f.Status != corpus.StatusUnknown {
			f.Status = x.ownStatus(q, f.Status)
			if f.Status == corpus.StatusAnnounced && x.announcedDealWith(q) {
				// "IFC has announced a $100 million debt financing deal
				// with Raxio": a deal announced with the other side
				// named is one the two have agreed.
				f.Status = corpus.StatusAgreed
			}
		} else if from, to := x.part(q); x.recalledDone(q, from, to) {
			f.Status = corpus.StatusCompleted
		}
		if (f.Status == corpus.StatusUnknown || f.Status == corpus.StatusAnnounced) && x.lenderApproval(q) >= 0 {
			// "BNDES announced that it has signed off on financing of
			// R$233m", "has so far approved R$2.8bn of funding": money a
			// lender has approved it has agreed to lend, whoever
			// announces it.
			f.Status = corpus.StatusAgreed
		}
		switch {
		case f.Status != corpus.StatusUnknown:
		case f.Rule == "money-list-part" && x.lastDeal.status != corpus.StatusUnknown:
			// A part of a deal said after it is as far on as the deal.
			f.Status = x.lastDeal.status
		case x.leadStatus != corpus.StatusUnknown && corpus.SameSides(x.leadParties, f.Parties) && (x.story == 0 || restates(x.story, f.Value)) && !x.doneBefore(q, f.Parties):
			// Another figure between the same parties is another deal
			// ("lost a $7 billion contract ... signed a $2 billion one"):
			// it keeps what its own sentence implies, and so does one of
			// a year gone by ("its $12.5 billion purchase of Motorola in
			// 2011").
			f.Status = x.leadStatus
		default:
			f.Status = x.impliedStatus(q, f.Parties)
			if (f.Status == corpus.StatusAgreed || f.Status == corpus.StatusAnnounced) && x.reportSays() && x.dealToCome() {
				// "OpenAI set to raise $6.5 billion at $150 billion
				// valuation - report": a plan only a report tells of,
				// with no one on the record, is still in the making.
				f.Status = corpus.StatusInTalks
			}
			if f.Status == corpus.StatusUnknown && x.leadTakeoverStatus != corpus.StatusUnknown && x.storyTakeover(q) {
				// "The total offer price ... values the company at $9.76
				// billion" after a lead that says Skyworks will buy Qorvo.
				f.Status = x.leadTakeoverStatus
			}
			if f.Status == corpus.StatusUnknown && f.Rule == "money-facility" {
				// "first built a $600 million campus in 2019", "has broken
				// ground on a $250m data centre": the verb before the
				// site says how far it has got.
				f.Status = x.facilityStatus(q)
			}
			if f.Status == corpus.StatusUnknown && f.Rule == "money-grant" {
				// "was granted a subsidy of ₹98.68 crore", "will give
				// Rapidus up to 802.5 billion yen in subsidies": a grant
				// reported is one decided on, whenever it is paid.
				f.Status = corpus.StatusAgreed
			}
			if f.Status == corpus.StatusUnknown && x.debtNamedBefore(q) && !x.yearGone(q) {
				// "lines up construction financing of up to USD 1.44
				// billion": a loan whose size is reported is one its
				// lenders have agreed to.
				f.Status = corpus.StatusAgreed
			}
			if f.Status == corpus.StatusUnknown && strings.HasPrefix(f.Rule, "money-received") {
				// "has received 300 million yuan" is in; "is set to
				// receive 10.2 billion yen" is agreed, not yet paid.
				f.Status = x.receivedStatus(q)
			}
			if f.Status == corpus.StatusUnknown && f.Rule == "money-deal-worth" && len(x.s.companies) == 0 {
				// "The investment is worth around $800 million", "the
				// offer values the company at $9.76 billion": a sentence
				// naming no company restates the deal the article leads
				// with, as far on as it is.
				f.Status = x.leadStatus
			}
			if f.Status == corpus.StatusUnknown && boughtService(f.DealType) && x.worthStated(q) {
				// "The third contract is worth £450m", "the total
				// contract value comes to £1.08m": a contract whose
				// worth is told as a fact has been signed.
				f.Status = corpus.StatusAgreed
			}
		}
		if f.Status == corpus.StatusAgreed && x.debtNamedBefore(q) && x.yearGone(q) {
			// "its first construction facility of USD 213 million
			// signed in June 2023": a loan signed in a year gone by has
			// been drawn on, as one taken out then has.
			f.Status = corpus.StatusCompleted
		}
		f.Period = x.dealPeriod(q)
		if p, ok := x.includedIn(q); ok && f.Period == "" {
			// "In April 2023 Raxio secured a facility of up to $170m,
			// including $110m from Proparco": the part dates as the
			// whole does.
			f.Period = x.dealPeriod(&p)
		}
	case corpus.Seats:
		f.Product, f.Stage = x.product(), x.stage(q)
		// "paid seats stood at 1.3 million in January 2024", "last year
		// it gave ChatGPT to 5,000 staff": a seat count is dated as a
		// deal is, by the date its own sentence gives.
		if p := x.dealPeriod(q); x.seatPeriodOwn(q, p) {
			f.Period = p
		}
	case corpus.MarketShare:
		f.Market = x.market()
		if f.Market == "" {
			f.Market = x.measuredMarket(q)
		}
		f.Region, f.Period, f.Measurer = x.region(q), x.period(q), x.measurer(q)
		if f.Region == "" && f.Measurer != "" {
			// "according to data released by the Telecom Regulatory
			// Authority of India": a national regulator counts its own
			// country's market.
			f.Region = x.e.measurerRegion(f.Measurer)
		}
	}
}

// inlineColumnBack reads a table written inline, its cells parted by "|"
// or "/" and no row of dashes, whose heading dates columns relative to
// the article ("share this quarter | share last quarter | share last
// year"): each row is a company's name and then a figure per column. It
// returns how far back the column of figure q lies; ok is false when q is
// in no such table or its column says nothing relative.
func (x *extractor) inlineColumnBack(q *quantity) (years, quarters int, ok bool) {
	toks, ms := x.s.toks, x.s.companies
	if len(ms) == 0 || ms[0].start < 3 || q.start < ms[0].end {
		return 0, 0, false
	}
	sep := ""
	var cells [][2]int
	from := 0
	for k := 0; k < ms[0].start; k++ {
		if t := toks[k].text; t == "|" || t == "/" {
			if sep != "" && t != sep {
				return 0, 0, false
			}
			sep = t
			cells = append(cells, [2]int{from, k})
			from = k + 1
		}
	}
	cells = append(cells, [2]int{from, ms[0].start})
	if len(cells) < 3 {
		return 0, 0, false
	}
	// The row's name is the last company before q; the figures after it
	// fill the columns after the first.
	row := -1
	for _, m := range ms {
		if m.end <= q.start {
			row = m.end
		}
	}
	col := 1
	for _, p := range x.s.qty {
		if p.start >= row && p.end <= q.start && p.kind == qtyPercent {
			col++
		}
	}
	if col >= len(cells) {
		return 0, 0, false
	}
	c := toks[cells[col][0]:cells[col][1]]
	for k := 0; k+1 < len(c); k++ {
		switch {
		case c[k].is2(wdLast, wdPrevious) && c[k+1].lower == "quarter":
			return 0, 1, true
		case c[k].is2(wdLast, wdPrevious) && c[k+1].lower == "year", c[k].lower == "year" && c[k+1].lower == "ago":
			return 1, 0, true
		case c[k].lower == "this" && c[k+1].is3(wdQuarter, wdYear, wdMonth):
			// "share this quarter": the article's own period, whatever
			// the heading's last column says before the row's name.
			return 0, 0, true
		}
	}
	return 0, 0, false
}

// measurerRegion is the place research firm name measures (Measurer.Region),
// or "".
func (e *Extractor) measurerRegion(name string) string {
	for _, m := range e.measurers {
		if m.Name == name {
			return m.Region
		}
	}
	return ""
}

// ownStatus is how far the deal of figure q has got when the sentence
// says st: a status word in the part of the sentence that holds the
// figure outweighs one of another part ("Broadcom, which completed its
// purchase of VMware for $69 billion, agreed to sell the unit to KKR for
// $4 billion"), and a deal recalled in an aside with a verb of the past
// is done ("agreed to buy Wiz, its biggest deal since it paid $5.4
// billion for Mandiant").
func (x *extractor) ownStatus(q *quantity, st corpus.Status) corpus.Status {
	from, to := x.part(q)
	if from == 0 && to == len(x.s.toks) {
		return st
	}
	var cues listSet
	for k := from; k < to; k++ {
		for i := range cues {
			cues[i] |= x.s.bits[k][i]
		}
	}
	if own := statusIn(&x.s, from, to, cues); own != corpus.StatusUnknown {
		if (st == corpus.StatusCancelled || st == corpus.StatusBlocked || st == corpus.StatusLost) && own != corpus.StatusCompleted {
			// "had agreed to be acquired by OpenAI for $3 billion, but
			// that deal came undone": the end of a deal outweighs the
			// agreement the sentence recalls.
			return st
		}
		return own
	}
	if x.recalledDone(q, from, to) {
		return corpus.StatusCompleted
	}
	return st
}

// recalledDone reports a part of the sentence, from to to, that recalls a
// deal done: an aside with a verb of the past ("since it paid $5.4
// billion for Mandiant", "Microsoft, which committed $10 billion to
// OpenAI in 2023, will invest ...").
func (x *extractor) recalledDone(q *quantity, from, to int) bool {
	done := false
	for k := from; k < to && !done; k++ {
		done = x.dealVerbDone(k)
	}
	// "In 2010 NTT bought Dimension Data for 382 billion yen, and ...": a
	// part dated to a year gone by recalls a deal too. The year is read
	// last, as reading it costs most.
	return done && (x.asidePart(from) || x.yearGone(q))
}

// hasAsides reports a part of the sentence that may be an aside (see
// asidePart), worked out once a sentence: most sentences have none.
func (x *extractor) hasAsides() bool {
	if x.asides == 0 {
		x.asides = -1
		for k := 1; k < len(x.s.toks); k++ {
			if x.asidePart(k) {
				x.asides = 1
				break
			}
		}
	}
	return x.asides > 0
}

// asidePart reports a part of the sentence starting at from that recalls
// an earlier event beside the sentence's news: one opened by "since",
// "having" or "after", or a relative clause after a comma ("Databricks,
// which raised $10 billion in December, agreed to ...").
func (x *extractor) asidePart(from int) bool {
	toks := x.s.toks
	if from == 0 {
		return false
	}
	return x.tokHas(from-1, wAside) || toks[from-1].is2(wdHaving, wdAfter) ||
		toks[from-1].text == "," && from < len(toks) && toks[from].is3(wdWhich, wdWho, wdWhose)
}

// dealVerbDone reports a verb of buying, selling, raising, investing or
// pledging, or of completing, in the past at k, not after a modal, "to",
// "be" or a perfect's "has": "paid", "bought", "raised", "committed",
// "completed".
func (x *extractor) dealVerbDone(k int) bool {
	if !(x.tokHas(k, wAcquire) || x.tokHas(k, wSell) || x.tokHas(k, wRaise) || x.tokHas(k, wInvest) || x.tokHas(k, wPledge) || x.tokHas(k, wCompleted) || x.tokIs(k, takesOver) && x.takesOverAt(k)) {
		return false
	}
	t := x.s.toks[k]
	if k > 0 && strings.HasSuffix(t.lower, "ing") && x.s.toks[k-1].is2(wdAfter, wdSince) {
		// "launched after raising 202.7 million euros", "since buying
		// Fabrikam for $2bn": what a company did before the news is
		// done, unless it raised a bid ("after raising its offer to $5
		// billion"), which names the price now agreed, or the news is a
		// plan the deal comes before ("will list in London after raising
		// $40 million"), which is no more done than the plan.
		return !x.raisedBid(k) && !x.planBefore(k-1)
	}
	if !x.tokIs(k, irregularParticiple) && !strings.HasSuffix(t.lower, "ed") && t.lower != "took" {
		return false
	}
	// "which has pledged $1.3 billion": a perfect tells of a deal that
	// stands, as the news does, not of one done and gone.
	return k == 0 || !x.tokIs(k-1, modal) && !x.s.toks[k-1].is4(wdTo, wdBe, wdHas, wdHave)
}

// reportSays reports a sentence that ends by naming a report or sources
// as what it rests on, as headlines do: "... - report", "...: sources",
// "..., report says".
func (x *extractor) reportSays() bool {
	toks := x.s.toks
	n := len(toks)
	for n > 0 && toks[n-1].kind == tokSym && !citesSource(toks[n-1].text) {
		n-- // a closing full stop or quote
	}
	if n < 3 {
		return false
	}
	if toks[n-1].is2(wdSays, wdSay) {
		n--
	}
	if !toks[n-1].is3(wdReport, wdReports, wdSources) {
		return false
	}
	// Up to two names may say whose report it is: "- Bloomberg News
	// report"; a lower-case word makes the report one the news is about,
	// not its source: ", after earnings report", ", confirming a report".
	// A headline in title case capitalises those words too ("After
	// Earnings Report"), so a word that leads into an event is no name
	// there either.
	for k := n - 2; k >= 0 && k >= n-4; k-- {
		t := &toks[k]
		if t.kind == tokSym {
			return citesSource(t.text) || t.text == ","
		}
		if t.flags&flagUpper == 0 || x.lex.tokIn(lFronting, t) || t.is8(wdOn, wdAmid, wdAhead, wdBefore, wdOver, wdConfirming, wdDenying, wdIn) {
			return false
		}
	}
	return false
}

// citesSource reports a mark a headline sets before its source: a dash
// ("- report") or a colon (": sources").
func citesSource(mark string) bool {
	return mark == "-" || mark == "—" || mark == "–" || mark == ":"
}

// dealToCome reports a deal verb after "to" or a word of planning: "set
// to raise", "Contoso to buy"; a headline's "Contoso buys Fabrikam for
// $2bn - report" tells of a deal made, which a report does not unmake.
func (x *extractor) dealToCome() bool {
	if x.sentenceHas(wPlan) {
		return true
	}
	toks := x.s.toks
	for k := 1; k < len(toks); k++ {
		if toks[k-1].id == wdTo && (x.tokHas(k, wAcquire) || x.tokHas(k, wSell) || x.tokHas(k, wRaise) || x.tokHas(k, wInvest) || x.tokHas(k, wPledge)) {
			return true
		}
	}
	return false
}

// planBefore reports a modal or a word of planning before k: "will list
// in London after raising $40 million", "plans to launch after raising".
// It is asked only of a verb ending in -ing after "after" or "since".
func (x *extractor) planBefore(k int) bool {
	for j := 0; j < k; j++ {
		if x.tokIs(j, modal) || x.tokHas(j, wPlan) {
			return true
		}
	}
	return false
}

// raisedBid reports a bid or price among the few words after a verb of
// raising at k: "raising its offer to $5 billion".
func (x *extractor) raisedBid(k int) bool {
	toks := x.s.toks
	// The bid may be described at some length ("its cash and stock
	// offer"), but ends at "to" or a figure: "raising $500 million to
	// fund its bid" raised money, not a bid.
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].kind != tokNum && toks[j].id != wdTo; j++ {
		if toks[j].is6(wdOffer, wdOffers, wdBid, wdBids, wdPrice, wdPrices) {
			return true
		}
	}
	return false
}

// part returns the bounds of the part of the sentence that holds figure
// q: up to a comma, a semicolon, a colon or a dash, or a word that opens
// an aside or an earlier event ("since", "having", "after", "while").
func (x *extractor) part(q *quantity) (from, to int) {
	// Status, period and parties ask for the part of the same figure.
	if x.partFor == q.start+1 {
		return x.partFrom, x.partTo
	}
	from, _ = x.partAt(q.start)
	_, to = x.partAt(q.end - 1)
	x.partFor, x.partFrom, x.partTo = q.start+1, from, to
	return from, to
}

// partAt returns the bounds of the part of the sentence that holds token
// k, as part does for a figure.
func (x *extractor) partAt(k int) (from, to int) {
	toks := x.s.toks
	stop := func(k int) bool {
		t := &toks[k]
		if t.kind == tokSym {
			return t.text == "," || t.text == ";" || t.text == ":" || t.text == "—" || t.text == "–"
		}
		return x.tokHas(k, wAside) || t.is3(wdHaving, wdAfter, wdWhile)
	}
	from = k
	for from > 0 && !stop(from-1) {
		from--
	}
	to = k + 1
	for to < len(toks) && !stop(to) {
		to++
	}
	return from, to
}

// status reads how far a deal has got from the sentence's words; a
// cancellation or block outweighs an earlier agreement the sentence
// recalls.
func (x *extractor) status() corpus.Status {
	if !x.statusRead {
		x.sentStatus, x.statusRead = statusOf(&x.s), true
	}
	return x.sentStatus
}

func statusOf(s *sentence) corpus.Status { return statusIn(s, 0, len(s.toks), s.cues) }

// blockTradesOnly reports that every blocking word in tokens from to to
// is "block" naming a trade of a block of shares: "block deals", "a
// block trade".
func blockTradesOnly(s *sentence, from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if !s.bits[k].has(wBlocked) {
			continue
		}
		if s.toks[k].lower != "block" || k+1 >= len(s.toks) || !s.toks[k+1].is6(wdDeal, wdDeals, wdTrade, wdTrades, wdSale, wdSales) {
			return false
		}
	}
	return true
}

// statusIn reads a status from the words of tokens from to to, whose
// lists are cues: the sentence's, or those of a part of it.
func statusIn(s *sentence, from, to int, cues listSet) corpus.Status {
	for k := from; k < to && k+1 < len(s.toks); k++ {
		if mayWalkAway(s.toks[k].key) && walkedAway(s, k) && !afterClause(s, k) {
			// "is backing out of its $5.4 billion deal", "had agreed to
			// be acquired, but that deal came undone"; but "agrees to
			// pay $2.4bn after a rival's deal collapses" reports a deal
			// the collapse made room for.
			return corpus.StatusCancelled
		}
	}
	for _, st := range []struct {
		list wordList
		st   corpus.Status
	}{
		{wCancelled, corpus.StatusCancelled}, {wBlocked, corpus.StatusBlocked}, {wLost, corpus.StatusLost}, {wInTalks, corpus.StatusInTalks},
		{wCompleted, corpus.StatusCompleted}, {wAgreed, corpus.StatusAgreed}, {wAnnounced, corpus.StatusAnnounced},
	} {
		if !cues.has(st.list) {
			continue
		}
		if st.st == corpus.StatusBlocked && blockTradesOnly(s, from, to) {
			// "sold 2.53% of PB Fintech through block deals": a block of
			// shares traded, no deal blocked.
			continue
		}
		if st.st == corpus.StatusCancelled && cues.has(wAgreed) && !cancelsDeal(s) {
			// "the companies abandoned the fight and agreed a $4.5
			// billion deal": what was dropped is no deal, and the deal
			// the sentence reports is agreed.
			continue
		}
		if st.st == corpus.StatusCompleted && finalisesTerms(s, from, to) {
			// "have finalised a deal to set up a data centre": the
			// terms are settled, the deal agreed, not yet carried out.
			return corpus.StatusAgreed
		}
		if st.st == corpus.StatusCompleted && completionAhead(s) {
			// "plans to complete its $69 billion acquisition": agreed,
			// not yet done.
			return corpus.StatusAgreed
		}
		return st.st
	}
	for k := from; k < to && k+1 < len(s.toks); k++ {
		switch s.toks[k].lower {
		case "wrapped", "wraps":
			if s.toks[k+1].lower == "up" && s.cues.has(wDealValueNouns) {
				return corpus.StatusCompleted // "wrapped up its $69 billion purchase"
			}
		case "line", "lines", "lined":
			if s.toks[k+1].lower == "up" && linedUpDebt(s, k+2) {
				// "Banks line up $18 billion loan", "lines up construction
				// financing": the lenders have agreed it.
				return corpus.StatusAgreed
			}
		case "close", "closing":
			if k > 1 && s.toks[k-1].lower == "to" && s.bits[k-2].has(wAux) {
				// "is expected to close in the third quarter", "is set
				// to close": agreed, not yet done.
				return corpus.StatusAgreed
			}
		case "set", "sets", "lays", "laid":
			if s.toks[k+1].lower == "out" && k+2 < len(s.toks) && (s.toks[k+2].is5(wdA, wdAn, wdIts, wdTheir, wdPlans) || slices.ContainsFunc(s.qty, func(q quantity) bool { return q.start == k+2 })) && !setOutByDeal(s, from, to, k) {
				// "set out £1 billion of extra funding", "lays out a $20
				// billion plan": money or a plan set out is announced;
				// not "set out to buy", an aim, nor "the terms set out on
				// Friday", which only recalls them.
				return corpus.StatusAnnounced
			}
		case "called", "calls", "call":
			if s.toks[k+1].lower == "off" {
				return corpus.StatusCancelled // "has been called off"
			}
		case "said", "reported":
			if k+2 < len(s.toks) && s.toks[k+1].lower == "to" && s.toks[k+2].lower == "be" {
				return corpus.StatusInTalks // "is said to be putting together a round"
			}
		case "could", "may", "might", "would":
			if s.toks[k+1].is2(wdFetch, wdValue) {
				// "Scala, which could fetch $2 billion", "the acquisition
				// could value the operator at $40 billion": a price
				// guessed at is a deal still in the making; one agreed
				// says so in a word read above.
				return corpus.StatusInTalks
			}
		case "nears":
			if beforeComma(s, k+1, 6, func(j int) bool { return s.bits[j].has(wDealValueNouns) || s.bits[j].has(wRaise) }) {
				// "Perplexity nears $500 million round", "Brookfield
				// nears deal valuing Data4"; not "valuation nears €6bn".
				return corpus.StatusInTalks
			}
		case "prepares", "preparing", "readies", "readying", "working":
			if beforeComma(s, k+1, 7, func(j int) bool { return s.toks[j].is2(wdBid, wdOffer) }) {
				// "prepares US$23 billion bid for Micron", "is working on
				// a bid to acquire Telx": a bid not yet made. An
				// "offering" is shares sold, no bid.
				return corpus.StatusInTalks
			}
		}
	}
	return corpus.StatusUnknown
}

// setOutByDeal reports a "sets out" at k that only tells what a deal
// holds: its subject is a deal noun ("the agreement sets out") or a
// relative word ("a contract that lays out $300 million of payments"), or
// the sentence says the deal was signed or agreed. The deal's own word
// says how far it has got, and a signed one is no plan announced.
func setOutByDeal(s *sentence, from, to, k int) bool {
	if k > 0 && (s.toks[k-1].is2(wdThat, wdWhich) || s.bits[k-1].has(wDealValueNouns)) {
		return true
	}
	for j := from; j < to && j < len(s.toks); j++ {
		if s.toks[j].is9(wdSigned, wdSigns, wdSign, wdInked, wdInks, wdSealed, wdSeals, wdAgreed, wdAgrees) {
			return true
		}
	}
	return false
}

// cancelsDeal reports a word of cancelling whose object or subject is a
// deal: "terminated the $850 million deal", "the takeover offer will
// lapse". It reads the words after the verb up to a comma or a joined
// clause, and those before it up to a comma.
func cancelsDeal(s *sentence) bool {
	for k, b := range s.bits {
		if b.has(wCancelled) && dealNounNear(s, k, "and", "but") {
			return true
		}
	}
	return false
}

// dealNounNear reports a deal noun within eight words of token k: after
// it up to a comma or one of the words stops, or before it up to a comma.
func dealNounNear(s *sentence, k int, stops ...string) bool {
	for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
		if s.toks[j].text == "," || s.toks[j].is(stops...) {
			break
		}
		if s.bits[j].has(wDealValueNouns) {
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if s.toks[j].text == "," {
			break
		}
		if s.bits[j].has(wDealValueNouns) {
			return true
		}
	}
	return false
}

// beforeComma reports a token among the n from k, before a comma, that
// match accepts: "nears $500 million round", "prepares US$23 billion bid".
func beforeComma(s *sentence, k, n int, match func(j int) bool) bool {
	for j := k; j < len(s.toks) && j < k+n; j++ {
		if s.toks[j].text == "," {
			return false
		}
		if match(j) {
			return true
		}
	}
	return false
}

// walkedAway reports, at token k, words saying a party left a deal or
// the deal fell apart: "backing out", "pulled out", "walked away", "came
// undone", "fell through", "collapsed", an offer "rejected" or
// "withdrawn", talks "ended", and a deal "to be cut".
func walkedAway(s *sentence, k int) bool {
	// A switch on the word, not a list of comparisons: this runs on every
	// word of every sentence with a deal.
	next := &s.toks[k+1]
	switch s.toks[k].lower {
	case "back", "backs", "backed", "backing":
		return next.lower == "out"
	case "pull", "pulls", "pulled", "pulling":
		// "pulled out", "pulled the plug on its $5.4 billion deal"
		return next.lower == "out" || next.lower == "the" && k+2 < len(s.toks) && s.toks[k+2].lower == "plug"
	case "dropped", "drops", "drop", "dropping":
		// "Qualcomm dropped its $44 billion bid for NXP"; not "shares
		// dropped 5% after the deal".
		return next.is3(wdIts, wdTheir, wdThe) && dealNounBeside(s, k)
	case "walk", "walks", "walked", "walking":
		return next.lower == "away"
	case "came", "comes", "come", "coming":
		return next.is2(wdUndone, wdApart)
	case "fell", "falls", "fall", "falling":
		return next.is2(wdThrough, wdApart)
	case "collapsed", "collapses", "collapse":
		return s.cues.has(wDealValueNouns)
	case "rejected", "rejects", "reject", "rebuffed", "rebuffs", "spurned", "withdrew", "withdrawn", "withdraws":
		// "has rejected an $800 million acquisition offer", "withdrew
		// its $20bn bid": an offer turned down or taken back.
		return s.cues.has(wDealValueNouns) && dealNounBeside(s, k)
	case "broke", "breaks":
		// "broke off negotiations"
		return next.is4(wdTalks, wdNegotiations, wdDiscussions, wdOff)
	case "ended", "ends", "end", "ending":
		// "ended talks", "have ended their acquisition talks", "end
		// takeover talks"; not "the end of talks" or "ended weeks of
		// talks", which may close them with a deal.
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if s.toks[j].lower == "of" {
				return false
			}
			if s.toks[j].is3(wdTalks, wdNegotiations, wdDiscussions) {
				return true
			}
		}
		return false
	case "cut":
		// "a $500 million Navy contract ... are also to be cut"
		return k > 0 && s.marks[k-1]&beVerbs != 0 && s.cues.has(wDealValueNouns)
	}
	return false
}

// walkAwayKeys holds, for each length of a word whose case walkedAway's
// switch reads, a bit for the first letter of each such word: the words
// are the switch's, which TestWalkAwayKeys checks.
var walkAwayKeys = wordKeys("back", "backs", "backed", "backing", "pull", "pulls", "pulled", "pulling", "dropped", "drops", "drop", "dropping", "walk", "walks", "walked", "walking", "came", "comes", "come", "coming", "fell", "falls", "fall", "falling", "collapsed", "collapses", "collapse", "rejected", "rejects", "reject", "rebuffed", "rebuffs", "spurned", "withdrew", "withdrawn", "withdraws", "broke", "breaks", "ended", "ends", "end", "ending", "cut")

// wordKeys returns, for each length of the lower-case words given, a bit
// for the first letter of each word that long.
func wordKeys(words ...string) (keys [12]uint32) {
	for _, w := range words {
		keys[len(w)] |= 1 << (w[0] - 'a')
	}
	return keys
}

// mayWalkAway reports a token that may be a word walkedAway reads, by its
// key (its lower-case length and first byte): statusIn asks of every word
// of a sentence with a deal, and most are none, which spares them the
// call and the switch's string compares. The key is read, not the text,
// as mayCueSource does.
func mayWalkAway(key uint32) bool {
	n, c := key>>8, key&0xff-'a'
	return n < uint32(len(walkAwayKeys)) && c < 26 && walkAwayKeys[n]>>c&1 != 0
}

// dealNounBeside reports a deal noun in the words a verb at k acts on,
// after it up to a comma or a clause it opens ("rejected a $2bn takeover
// offer"), or before it up to a comma ("the $20bn bid was withdrawn").
// "Fabrikam rejected claims that its $2 billion contract was at risk"
// turns down claims, not the contract.
func dealNounBeside(s *sentence, k int) bool { return dealNounNear(s, k, "that", "which") }

// afterClause reports token k in a clause opened by "after" or
// "following": what happened before the deal the sentence reports.
func afterClause(s *sentence, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch {
		case s.toks[j].text == "," || s.toks[j].text == ";":
			return false
		case s.toks[j].is2(wdAfter, wdFollowing):
			return true
		}
	}
	return false
}

// pastVerbBefore reports a verb in the past tense right before figure
// q and its article: "made a $2 billion investment", "received $15
// million". A verb of a plan or a promise ("will make", "to receive",
// "promised") or a perfect ("has received") says no more than that the
// deal is agreed or announced.
func (x *extractor) pastVerbBefore(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].is2(wdA, wdAn) {
		k--
	}
	if k < 1 || toks[k].kind != tokWord || !(strings.HasSuffix(toks[k].lower, "ed") || x.tokIs(k, irregularParticiple)) {
		return false
	}
	// "has also promised $30 billion of AI investment": a promise, or a
	// verb after an auxiliary, is no deal done.
	j := k - 1
	if toks[j].lower == "also" && j > 0 {
		j-- // "SoftBank also made"
	}
	return !x.tokHas(k, wAux) && !x.tokHas(j, wAux)
}

// laterVerbBefore reports a verb still to come right before figure q
// and its article: "will make a $700 million investment", "to receive
// $15 million".
func (x *extractor) laterVerbBefore(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].is2(wdA, wdAn) {
		k--
	}
	return k >= 1 && toks[k].kind == tokWord && !x.tokHas(k, wAux) && (x.tokIs(k-1, modal) || toks[k-1].lower == "to")
}

// promisedBefore reports a verb of promising or announcing right before
// figure q and its article: "has also promised $30 billion of AI
// investment", "announced a $2 billion investment": a plan, not money
// spent.
func (x *extractor) promisedBefore(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].is2(wdA, wdAn) {
		k--
	}
	// The auxiliaries ending in -ed are such verbs ("promised",
	// "vowed", "unveiled"), but for "agreed".
	return k >= 0 && x.tokHas(k, wAux) && strings.HasSuffix(toks[k].lower, "ed") && toks[k].lower != "agreed"
}

// finalisesTerms reports, from to to, the only word of completion a verb
// of finalising whose object is a deal, an agreement or a contract
// rather than a takeover: "finalised a deal", "finalized the agreement";
// not "finalised its acquisition of Fabrikam", which is done.
func finalisesTerms(s *sentence, from, to int) bool {
	found := false
	for k := from; k < to; k++ {
		if !s.bits[k].has(wCompleted) {
			continue
		}
		if !strings.HasPrefix(s.toks[k].lower, "finali") {
			return false
		}
		j := k + 1
		for j < to && j < k+8 && (s.toks[j].is5(wdA, wdAn, wdThe, wdIts, wdTheir) || s.toks[j].kind != tokWord || slices.ContainsFunc(s.qty, func(q quantity) bool { return q.start <= j && j < q.end })) {
			j++ // "finalised a $2bn deal"
		}
		if j >= to || !s.bits[j].has(wDealValueNouns) || s.marks[j]&namesTakeover != 0 {
			return false
		}
		found = true
	}
	return found
}

// announcedDealWith reports figure q right after "announced a" and before
// a deal noun and "with" a company: "has announced a $100 million debt
// financing deal with Raxio".
func (x *extractor) announcedDealWith(q *quantity) bool {
	toks := x.s.toks
	if q.start < 2 || !toks[q.start-1].is2(wdA, wdAn) || !toks[q.start-2].is4(wdAnnounced, wdAnnounces, wdUnveiled, wdUnveils) {
		return false
	}
	for k := q.end; k+1 < len(toks) && k < q.end+5; k++ {
		if toks[k].kind != tokWord {
			return false
		}
		if x.tokHas(k, wDealValueNouns) && toks[k+1].lower == "with" {
			return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start == k+2 })
		}
	}
	return false
}

// boughtService reports a deal type in which a customer buys from a
// vendor: a cloud or government contract, or licences.
func boughtService(t corpus.DealType) bool {
	return t == corpus.DealCloudContract || t == corpus.DealGovernmentContract || t == corpus.DealLicencePurchase
}

// worthStated reports a word of worth before figure q in its clause
// ("is worth", "the contract value comes to", "totals") and no word of
// a guess ("an estimated contract value", "expected to be worth"): the
// worth of a deal there is.
func (x *extractor) worthStated(q *quantity) bool {
	start, _ := x.clause(q)
	worth := false
	for k := start; k < q.start; k++ {
		t := &x.s.toks[k]
		if x.lex.tokIn(lGuessWords, t) {
			return false
		}
		worth = worth || x.lex.tokIn(lWorthVerbs, t)
	}
	return worth
}

// receivedStatus is the status of money a receiving verb before figure q
// takes (isReceived): done when the verb is past, agreed otherwise.
func (x *extractor) receivedStatus(q *quantity) corpus.Status {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-6; k-- {
		switch {
		case toks[k].is2(wdReceived, wdGot):
			return corpus.StatusCompleted
		case toks[k].is6(wdReceive, wdReceives, wdReceiving, wdGet, wdGets, wdGetting):
			return corpus.StatusAgreed
		}
	}
	return corpus.StatusUnknown
}

// signOfSomething reports the noun "sign" at token k, as in "the latest
// sign of cities backing AI", which signs nothing.
func (x *extractor) signOfSomething(k int) bool {
	return x.s.toks[k].is2(wdSign, wdSigns) && k+1 < len(x.s.toks) && x.s.toks[k+1].is2(wdOf, wdThat)
}

// isToBuy reports a company, "is" or "are", "to" and a word of buying
// between from and to: the way British reporting writes a purchase agreed
// ("Contoso is to acquire Fabrikam"). The company must be the clause's
// subject, not a preposition's object: "the plan for Contoso is to buy"
// is a plan.
func (x *extractor) isToBuy(from, to int) bool {
	toks := x.s.toks
	for k := max(from, 2); k+1 < to; k++ {
		if toks[k].lower != "to" || !x.tokHas(k+1, wAcquire) || !toks[k-1].is2(wdIs, wdAre) {
			continue
		}
		m, ok := x.mentionEndingAt(k - 1)
		return ok && (m.start == 0 || !toks[m.start-1].is9(wdFor, wdOf, wdWith, wdTo, wdIn, wdBy, wdFrom, wdOn, wdAt))
	}
	return false
}

// completionAhead reports a word of completion the sentence puts ahead:
// "plans to complete", "expected to close".
func completionAhead(s *sentence) bool {
	for k := 1; k < len(s.toks); k++ {
		if s.bits[k].has(wCompleted) && s.toks[k-1].lower == "to" {
			return true
		}
	}
	return false
}

// modalBefore reports a modal, or "to" and a verb of raising, before
// figure q in its clause: "will raise a round that totals", "plans to
// raise a round that totals".
func (x *extractor) modalBefore(q *quantity) bool {
	start, _ := x.clause(q)
	for k := start; k < q.start; k++ {
		if x.tokIs(k, modal) || x.s.toks[k].is1(wdTo) && k+1 < q.start && x.tokHas(k+1, wRaise) {
			return true
		}
	}
	return false
}

// sizeToldAsFact reports a verb before figure q in its clause that tells
// a size as a fact: "its Series C totals", "the round was worth". A round
// only described as "worth" a sum ("hopes for a Series C worth $300
// million", "is finalising a round worth") may not be in yet.
func (x *extractor) sizeToldAsFact(q *quantity) bool {
	start, _ := x.clause(q)
	toks := x.s.toks
	for k := start; k < q.start; k++ {
		if toks[k].is3(wdTotals, wdTotalled, wdTotaled) ||
			k > start && toks[k].is2(wdWorth, wdValued) && toks[k-1].is4(wdIs, wdWas, wdAre, wdWere) {
			return true
		}
	}
	return false
}

// facilityStatus is how far the site whose cost figure q gives has got,
// by the verb right before "a $600 million data centre": one built or
// opened is paid for; one whose ground is broken, or that a company
// will build or is building, is a plan announced. Unknown for any other
// verb ("won approval for", "teams up on").
func (x *extractor) facilityStatus(q *quantity) corpus.Status {
	toks := x.s.toks
	k := q.start - 2 // past "a", "an", "the", "its"
	if k < 0 {
		return corpus.StatusUnknown
	}
	if k >= 2 && toks[k].is1(wdOn) && toks[k-1].is1(wdGround) && toks[k-2].is5(wdBroke, wdBroken, wdBreaks, wdBreak, wdBreaking) {
		return corpus.StatusAnnounced
	}
	if x.buildDenied(k) {
		return corpus.StatusUnknown
	}
	v := &toks[k]
	switch {
	case v.is3(wdBuilt, wdOpened, wdFinished) && !x.laterAt(k) && !(k > 0 && toks[k-1].is2(wdBe, wdBeing)):
		return corpus.StatusCompleted
	case v.is3(wdBuild, wdConstruct, wdDevelop) && x.laterAt(k),
		v.is3(wdBuilding, wdConstructing, wdDeveloping) && k > 0 && toks[k-1].is2(wdIs, wdAre):
		return corpus.StatusAnnounced
	}
	return corpus.StatusUnknown
}

// buildDenied reports the verb at k denied or given up: "has not built",
// "hasn't built", "never opened", "failed to build", "would build if": such a site is
// neither paid for nor a plan announced.
func (x *extractor) buildDenied(k int) bool {
	toks := x.s.toks
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].is10(wdNot, wdNever, wdFailed, wdFails, wdDeclined, wdRefused, wdWould, wdCould, wdMay, wdMight) ||
			toks[j].lower == "t" && j >= 2 && (toks[j-1].text == "'" || toks[j-1].text == "’") && strings.HasSuffix(toks[j-2].lower, "n") {
			// "hasn't" comes as "hasn", "'", "t".
			return true
		}
	}
	return false
}

// laterAt reports a deal verb at token at said of what is still to come:
// after "to", "plans" or a modal, also past one adverb between ("will
// also invest", "will first invest", "plans to further invest"), which
// says when or how, not whether.
func (x *extractor) laterAt(at int) bool {
	toks := x.s.toks
	k := at - 1
	if k > 0 && (toks[k].is2(wdAlso, wdFurther) || verbAdverb(&toks[k])) {
		k--
	}
	return k >= 0 && (toks[k].is3(wdTo, wdPlans, wdPlan) || x.tokIs(k, modal))
}

// impliedStatus reads a deal's status from its verbs when no status word
// says it: a deal signed, struck or won is agreed ("Meta signs $14.2B
// contract", "Cisco to buy Splunk"), and so is a contract the sentence
// speaks of as existing ("the deal worth nearly $3B is moving fast");
// money raised or invested is in ("OpenAI raises $40 billion", "has
// invested $13 billion", a round of a year gone by); money a company will
// put into a place is a plan it announced, money it will put into a
// company a deal the two agreed.
func (x *extractor) impliedStatus(q *quantity, ps []corpus.Party) corpus.Status {
	start, end := x.clause(q)
	if x.hedged(start, q.start) && x.unnamedSources() {
		// "Silver Lake would add a further $3bn, the people said": what
		// unnamed sources say would happen is still being talked over.
		return corpus.StatusInTalks
	}
	for k := start; k < end; k++ {
		if x.tokHas(k, wDealValueNouns) && x.formerBefore(k) {
			// "the Home Office's previous two-year contract with AWS,
			// which was worth £120m"
			return corpus.StatusCompleted
		}
	}
	for k := start; k < q.start; k++ {
		if (x.s.toks[k].is2(wdReceived, wdObtained) || x.tookMoney(k, q)) && !x.hedged(start, k) && !x.clauseHasWord(q, "contract", "contracts", "order", "award", "deal") {
			// "Rebellions received a $15 million investment in July",
			// "received 500 million yuan from": money received is in;
			// a contract received is won, no more.
			return corpus.StatusCompleted
		}
	}
	if v := x.takenFromBackersAt(q, lTakeInVerbs); v >= 0 && x.lex.tokIn(lTookInVerbs, &x.s.toks[v]) && !x.hedged(start, v) && !(v > 0 && (x.tokIs(v-1, modal) || x.s.toks[v-1].lower == "to")) && !x.clauseHasWord(q, "contract", "contracts", "order", "orders", "award", "deal", "tender") && x.takenFromInvestors(q) {
		// "Tide secures $120 million from TPG Capital", "Contoso bagged
		// €20m from Fabrikam Ventures": money a company has taken in
		// from its backers is in, as money raised is; a contract
		// secured is only signed, and money netted from a sale or a
		// licence says nothing of a round.
		return corpus.StatusCompleted
	}
	if x.isDebtRaised(0, q) && x.yearGone(q) {
		// "its first construction facility of $213 million, signed in
		// June 2023": debt signed for in a year gone by is borrowed.
		return corpus.StatusCompleted
	}
	for k := start; k < end; k++ {
		if x.tokHas(k, wSigned) && !x.inQuantity(k) && !(x.tokIs(k, takesOver) && x.takesOverAt(k)) && !x.signOfSomething(k) && !(x.tokHas(k, wAward) && x.roundWon(k)) {
			// Not the "won" of "9.2 trillion won", nor the "picked" of
			// "picked up the audio division", a purchase read below.
			return corpus.StatusAgreed
		}
	}
	toks := x.s.toks
	if x.payingNow(start, q) && !x.hedged(start, q.start) {
		// "AT&T is paying 39 billion dollars for T-Mobile USA": a price
		// being paid is one agreed, as "is buying" and "will pay" are.
		return corpus.StatusAgreed
	}
	if x.isToBuy(start, q.start) && !x.hedged(start, q.start) {
		// "Infratil is to buy a 40 per cent stake in Kao Data in a $224
		// million deal": a company that is to buy has agreed to.
		return corpus.StatusAgreed
	}
	for k := start; k < q.start; k++ {
		if toks[k].lower == "already" {
			return corpus.StatusCompleted // "has already put in $7.3 billion"
		}
	}
	if x.isDebtRaised(0, q) && (x.yearGone(q) || x.pastVerbBefore(q)) {
		// "took out a A$2.1 billion sustainability-linked loan in
		// 2021", "closed a $350 million debt financing": borrowed.
		return corpus.StatusCompleted
	}
	if x.securitiesIssued(q) {
		// "The financing has two parts: a private offering of $2 billion
		// of convertible notes": notes offered, not yet said to be sold,
		// are a financing announced.
		return corpus.StatusAnnounced
	}
	if x.setAsideAfter(q) {
		// "the $2 billion it set aside for AI computing power": a plan
		// announced.
		return corpus.StatusAnnounced
	}
	if at := x.lentAt(q); at >= 0 {
		// "have agreed to lend $2 billion", "to lend": the lenders and
		// the borrower have agreed; "lent $500 million": it is lent.
		if toks[at].lower == "lent" {
			return corpus.StatusCompleted
		}
		return corpus.StatusAgreed
	}
	if v := x.givenVerb(q); v >= 0 {
		// "The Japanese government will give Rapidus up to 802.5
		// billion yen in subsidies", "granted Contoso a grant": a public
		// body's decision is a deal agreed; what it gave or paid is
		// given.
		if toks[v].is2(wdGave, wdPaid) {
			return corpus.StatusCompleted
		}
		return corpus.StatusAgreed
	}
	if x.grantSubject(q) != "" {
		// "Sarvam was granted a subsidy of ₹98.68 crore": a grant
		// decided, not yet paid out.
		return corpus.StatusAgreed
	}
	trig, at := x.triggerNear(q)
	if trig != trigAcquire && trig != trigSell {
		if k := x.saleBefore(q); k >= 0 {
			// "has sold its entire stake in Nvidia for $5.83 billion":
			// the sale's verb says how far it has got, not "stake".
			trig, at = trigSell, k
		}
	}
	if at < 0 {
		return corpus.StatusUnknown
	}
	w := &toks[at]
	future := x.laterAt(at)
	// "it is acquiring Broadcom's unit for $4 billion", "AWS is investing
	// $11 billion in Indiana": a deal under way is one agreed or a plan
	// announced, as one to come is.
	future = future || at > 0 && toks[at-1].is2(wdIs, wdAre) && w.is4(wdAcquiring, wdBuying, wdPurchasing, wdInvesting)
	// "will make a $700 million investment in Northwind": the noun's
	// verb is still to come.
	future = future || at >= q.end && x.tokIs(at, namesInvestment) && (x.laterVerbBefore(q) || x.promisedBefore(q))
	// "has taken over Planwise", "took over": taken over is done.
	past := strings.HasSuffix(w.lower, "ed") || x.tokIs(at, irregularParticiple) || w.is3(wdPut, wdSank, wdTook)
	switch trig {
	case trigAcquire, trigContract:
		switch {
		case future && toks[at-1].lower == "to" && x.spentBefore(q):
			// "Broadcom spent $61 billion to buy VMware": the money is
			// spent, so the purchase is done.
			return corpus.StatusCompleted
		case trig == trigAcquire && at >= q.end && x.spentOnTakeover(q) == at && x.spentBefore(q):
			// "Contoso spent $3 billion on the acquisition of Fabrikam",
			// "on acquisitions": the trigger is the takeover noun, but
			// the money is spent, so the purchase is done.
			return corpus.StatusCompleted
		case trig == trigAcquire && toks[at].lower == "stake" && x.yearGone(q) && !future:
			// "Its bid for a controlling stake in Software AG succeeded
			// in June": control of a company bought in a month gone by.
			return corpus.StatusCompleted
		case x.tokIs(at, namesTakeover) && !future:
			// "its $26.2 billion purchase of LinkedIn last year": a
			// purchase of a year gone by is done, and so is a "recent"
			// one; "Confluent soars on IBM's $11 billion acquisition":
			// one of today is agreed.
			if x.yearGone(q) || at > 0 && (q.start > 0 && toks[q.start-1].lower == "recent" || toks[at-1].lower == "recent") {
				return corpus.StatusCompleted
			}
			if !x.hedged(start, at) {
				return corpus.StatusAgreed
			}
		case future || w.is7(wdBuy, wdBuys, wdAcquire, wdAcquires, wdPurchases, wdPay, wdPays) || x.tokIs(at, takesOver) && !past:
			// "KKR picks up Broadcom's end user computing business"
			return corpus.StatusAgreed
		case past && !x.passive(at):
			return corpus.StatusCompleted
		case trig == trigAcquire && x.pastPassive(at):
			// "Veeam was acquired by Insight Partners", "Ionos has been
			// bought by United Internet": taken over, done.
			return corpus.StatusCompleted
		case trig == trigContract && x.tokHas(at, wDealValueNouns) && !x.hedged(start, at):
			// "Nebius' deal worth nearly $3B ... is moving fast", "the
			// order has a total contract value of $2.9 billion": a
			// contract spoken of as there is one.
			return corpus.StatusAgreed
		}
	case trigRaise:
		switch {
		case x.clauseHasWord(q, "leads", "led", "backs", "backed"):
			// "ASML leads Mistral's 1.7 billion euro round", "Meta backs
			// Databricks in $10 billion round": a round with its
			// investor named is raised.
			return corpus.StatusCompleted
		case x.yearGone(q) || q.start > 0 && toks[q.start-1].is2(wdRecent, wdPrevious):
			// "took part in its $350 million series C in 2022"; "xAI's
			// recent $6 billion funding round" is raised as well.
			return corpus.StatusCompleted
		case !future && !x.clauseHasWord(q, "raising", "seeking", "targeting", "targets") && !x.modalBefore(q) && x.worthStated(q) && x.sizeToldAsFact(q):
			// "Lambda's Series C totals US$320 million": a round whose
			// size is told as a fact has been raised; one a company is
			// raising is not in yet.
			return corpus.StatusCompleted
		case future || w.lower == "raising":
			return corpus.StatusAnnounced
		case past || w.lower == "raises" || x.takenInBefore(q):
			return corpus.StatusCompleted
		}
	case trigInvest, trigPledge:
		placeGets := slices.ContainsFunc(ps, func(p corpus.Party) bool {
			_, isPlace := x.e.regions[p.Name]
			return p.Role == corpus.RoleRecipient && isPlace
		})
		toCompany := slices.ContainsFunc(ps, func(p corpus.Party) bool {
			_, isPlace := x.e.regions[p.Name]
			// "in El Paso, Texas": a name found beside a place that
			// receives the money is a town.
			return p.Role == corpus.RoleRecipient && !isPlace && !(placeGets && x.foundOnly(p.Name))
		})
		switch {
		case w.lower == "spent" && x.clauseHas(q, wAcquire):
			// "IBM has spent $4 billion ... through a run of
			// acquisitions": companies bought are bought.
			return corpus.StatusCompleted
		case !future && x.inRound() && x.clauseHasWord(q, "led", "leads") && !x.hedged(start, q.start) && !x.hedged(start, at):
			// "HCLTech led the round with a $150 million commitment and
			// Bessemer put in $50 million": money put into a round whose
			// lead investor is named is raised, as the round is. The
			// lead must be told in the figure's own clause, not of
			// another round ("Fabrikam led Contoso's last round; Contoso
			// may invest ..."), and money that only may be put in
			// ("which led the round, may invest a further $10 million")
			// is not in yet.
			return corpus.StatusCompleted
		case x.spendsToBuy(q) && !future && (trig == trigInvest && past || x.yearGone(q)):
			// "Wingtip invested $700 million to acquire Adatum": bought.
			// "Committed $2 billion for the acquisition" only promises
			// the price.
			return corpus.StatusCompleted
		case x.spendsToBuy(q):
			// "plans to spend some 904 billion yen on the acquisition":
			// a takeover's price, agreed, whatever verb spends it.
			return corpus.StatusAgreed
		case x.commitmentToBuy(q, trig) || slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleCustomer }):
			// "OpenAI commits to $250 billion of Azure", "the agency plans
			// to spend $2 billion on a cloud": bought, not pledged.
			return corpus.StatusAgreed
		case w.lower == "spent":
			// "1.51 trillion yen spent from 2011 to 2022"
			return corpus.StatusCompleted
		case trig == trigInvest && x.yearGone(q) && !future:
			return corpus.StatusCompleted
		case trig == trigInvest && past && !future && !x.passive(at) && w.lower != "backed":
			// "Google first invested $300 million in the company"
			return corpus.StatusCompleted
		case trig == trigInvest && at >= q.end && x.tokIs(at, namesInvestment) && x.pastVerbBefore(q):
			// "SoftBank made a $2 billion investment in Intel in
			// August", "received a $15 million investment": the verb of
			// the noun says it is done.
			return corpus.StatusCompleted
		case future && x.stakeAfter(q) && !x.hedged(start, q.start):
			// "Contoso will put in $200 million for a 65% stake": a
			// price for a share of a company is one the two have
			// agreed, whoever the sentence names as taking it.
			return corpus.StatusAgreed
		case toCompany && (future || trig == trigPledge || w.is3(wdPuts, wdInvests, wdBacks)):
			// "Nvidia will put in up to $10 billion", "Ottawa has
			// committed to invest C$240m in Cohere", "Google puts
			// another $1 billion into Anthropic": a company takes the
			// money, so the two have agreed.
			return corpus.StatusAgreed
		case future || trig == trigPledge && w.lower != "spent" || trig == trigInvest && !toCompany && x.lex.tokIn(lPresentInvest, w):
			// "will invest €4 billion in Spain", "has pledged $3bn for
			// UK data centres", "adds R5.4bn to its South African
			// investment", "Actis puts US$1.5 billion into Latin
			// American data centres": a plan announced. Money a
			// present verb pours or injects into a company is no plan
			// of the investor's alone ("Contoso pours $2 billion into
			// Fabrikam"), so it is left to the words that say more.
			return corpus.StatusAnnounced
		}
	case trigAward:
		return corpus.StatusAgreed
	case trigSell:
		switch {
		case x.yearGone(q) || past && !x.passive(at) || x.pastPassive(at) || at > 0 && toks[at-1].is3(wdRecent, wdPrevious, wdEarlier):
			// "sold it off in 2017 in a deal valued at $4.4 billion",
			// "Nexperia was sold to Wingtech", "the recent sale of
			// Innomotics for about 3.5 billion euros"
			return corpus.StatusCompleted
		case future || w.is2(wdSell, wdSells) || at > 0 && toks[at-1].is2(wdIs, wdAre) && strings.HasSuffix(w.lower, "ing"):
			// "AMD sells its server arm to Sanmina in $3 billion deal",
			// "is divesting its hosting arm": a sale under way is agreed.
			return corpus.StatusAgreed
		}
	}
	return corpus.StatusUnknown
}

// takenInBefore reports money a verb of the past says came in, right
// before figure q: "has taken in one billion dollars", "pulled in $305
// million", "secured a $50 million round", "has bagged €20m".
func (x *extractor) takenInBefore(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].is2(wdA, wdAn) {
		k--
	}
	if k >= 1 && toks[k].lower == "in" && x.tokIs(k-1, takesOver) {
		k-- // "taken in", "took in"
	} else if k >= 1 && toks[k].lower == "in" && toks[k-1].is2(wdPulled, wdBrought) {
		k--
	} else if k < 0 || !x.tokHas(k, wReceive) {
		return false
	}
	t := &toks[k]
	past := strings.HasSuffix(t.lower, "ed") || x.tokIs(k, irregularParticiple) || t.is2(wdTook, wdGot)
	return past && (k == 0 || !x.tokIs(k-1, modal) && toks[k-1].lower != "to")
}

// pastPassive reports a verb at "at" in a passive of the past: "was
// acquired", "were sold", "has been bought"; not "is being acquired" nor
// "will be bought", which are still to come.
func (x *extractor) pastPassive(at int) bool {
	toks := x.s.toks
	if !x.passive(at) {
		return false
	}
	return toks[at-1].is2(wdWas, wdWere) || at > 1 && toks[at-1].lower == "been" && toks[at-2].is3(wdHas, wdHave, wdHad)
}

// spentBefore reports money spent or paid as the verb of q's clause
// before it: "spent a massive $61 billion to buy", "paid $2bn to acquire".
func (x *extractor) spentBefore(q *quantity) bool {
	start, _ := x.clause(q)
	for k := start; k < q.start; k++ {
		if x.s.toks[k].is2(wdSpent, wdPaid) {
			return true
		}
	}
	return false
}

// inQuantity reports token k inside one of the sentence's figures.
func (x *extractor) inQuantity(k int) bool {
	return slices.ContainsFunc(x.s.qty, func(q quantity) bool { return q.start <= k && k < q.end })
}

// doneBefore reports a deal its sentence says was done in a year gone by,
// so not the one an article's lead reports.
func (x *extractor) doneBefore(q *quantity, ps []corpus.Party) bool {
	return x.yearGone(q) && x.impliedStatus(q, ps) == corpus.StatusCompleted
}

// yearGone reports a deal the sentence dates to a year before the
// article's.
func (x *extractor) yearGone(q *quantity) bool {
	p := x.dealPeriod(q)
	y := p.Year()
	if len(p) == 7 && isDigit(p[5]) && x.pub.month != 0 && !x.pub.inferred && p.EndMonth() < x.pub.year*12+x.pub.month-3 {
		// "raised $480 million in February", in an article of November:
		// a month long over is gone as a year is.
		return true
	}
	return y != 0 && x.pub.year != 0 && !x.pub.inferred && y < x.pub.year
}

// formerBefore reports a word saying a contract is over within a few
// words before the deal word at "at": "its previous two-year contract".
func (x *extractor) formerBefore(at int) bool {
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		// "last" dates the signing ("last month signed a deal"); it says
		// no contract is over. Nor does "earlier" without a determiner
		// before it: "earlier this month signed a deal", not "its earlier
		// deal".
		if x.tokIs(k, namesEarlier) && x.s.toks[k].lower != "last" && !x.adverbEarlier(k) || x.s.toks[k].lower == "expired" {
			return true
		}
	}
	return false
}

// adverbEarlier reports "earlier" at k dating an event rather than naming an
// earlier one of a kind: no determiner stands before it.
func (x *extractor) adverbEarlier(k int) bool {
	return x.s.toks[k].lower == "earlier" && (k == 0 || !x.tokIs(k-1, definite) && !x.s.toks[k-1].is4(wdAn, wdHis, wdHer, wdOur))
}

// hedged reports a word of doubt between from and the deal word at "at":
// "could", "would", "a potential deal".
func (x *extractor) hedged(from, at int) bool {
	for k := from; k < at; k++ {
		if x.s.toks[k].is8(wdCould, wdWould, wdMay, wdMight, wdPotential, wdPossible, wdProposed, wdMooted) {
			return true
		}
	}
	return false
}

// clauseHasWord reports one of words in q's clause.
func (x *extractor) clauseHasWord(q *quantity, words ...string) bool {
	start, end := x.clause(q)
	for k := start; k < end; k++ {
		if x.s.toks[k].is(words...) {
			return true
		}
	}
	return false
}

// what names what the deal of q bought when the sentence says so in
// words the extractor knows: a stake, compute capacity, or a product's
// licences. A purchase in an opening participle clause and the main
// clause's deal are two deals, each with its own object: "After buying
// Fabrikam for $2 billion, Northwind sold its stake in Woodgrove" bought
// no stake for the $2 billion.
func (x *extractor) what(q *quantity) string {
	toks := x.s.toks
	from, to := 0, len(toks)
	if x.opensWithPurchase() {
		for k := openerVerb + 1; k < len(toks); k++ {
			if toks[k].text == "," {
				if q.start < k {
					to = k
				} else {
					from = k
				}
				break
			}
		}
	}
	for k := from; k < to; k++ {
		t := &toks[k]
		switch {
		case t.lower == "stake":
			return "a stake"
		case t.lower == "capacity" && k > 0 && toks[k-1].is6(wdCompute, wdComputing, wdCloud, wdGpu, wdAi, wdData):
			return toks[k-1].lower + " capacity"
		case t.lower == "capacity" && k > 1 && toks[k-1].is2(wdCenter, wdCentre) && toks[k-2].lower == "data":
			return "data centre capacity"
		}
	}
	if p := x.product(); p != "" && len(x.s.products) > 0 && x.sentenceHas(wSeatNouns) {
		return p + " licences"
	}
	return ""
}

// stage says whether the seats of q are a pilot, a plan or a rollout. A
// pilot the seats come after is no pilot of theirs ("35,000 people after
// a 15,000-person pilot"); a headline's "Telstra to buy" is a plan. A
// sentence that says only that people take part ("7,400 public servants
// are taking part") is about the programme the article last named a stage
// of.
func (x *extractor) stage(q *quantity) corpus.Stage {
	pilot, afterPilot := x.pilotSaid(q)
	switch {
	case pilot || x.startedWith(q):
		return corpus.StagePilot
	case x.planSaid(q) || x.headlinePlan():
		return corpus.StagePlan
	case afterPilot && x.rolloutAhead(q):
		// "piloting Claude with 250 engineers before a wider rollout to
		// its 6,000 staff": a rollout a pilot comes before is yet to come.
		return corpus.StagePlan
	case afterPilot:
		return corpus.StageRollout
	case x.onlyTakingPart():
		if x.ctxStage != corpus.StageUnknown {
			return x.ctxStage
		}
		if x.pilotAhead {
			return corpus.StagePilot
		}
		return corpus.StageRollout
	case x.sentenceHas(wRolledOut) || x.sentenceHas(wRollout) || x.sentenceHas(wDeploy) || x.mailAccounts(q) || x.ableToUse(q) || x.productTo(q) || x.holdsProduct(q) || x.uptakeTo(q) || x.paidUsers(q):
		// "Maharashtra and Google bring G Suite to 2.3 crore students":
		// a product brought, extended or given to people, or that people
		// are said to have ("7,000 colleagues now have ChatGPT
		// Enterprise"), or pay for ("4 million paying users"), with no
		// word of a plan or a pilot, is rolled out.
		return corpus.StageRollout
	case (x.productBefore(q) || x.peopleOntoProduct(q) || x.productHasUsers(q) || x.productForPeople(q)) && x.customerNamed() || x.makerForPeople(q):
		// "Contoso now has 100,000 Copilot users", "Fabrikam passes
		// 20,000 ChatGPT Enterprise seats", "signs up 10,000 staff for
		// Copilot": a customer's count of a product's users, or of people
		// put on it, is a rollout, with no verb saying so.
		return corpus.StageRollout
	}
	return x.ctxStage
}

// holdsProduct reports the people of q said to have, get or use a named
// product (see productHeldAfter).
func (x *extractor) holdsProduct(q *quantity) bool {
	noun, _ := x.nounAfter(q)
	return x.productHeldAfter(q, noun)
}

// pilotSaid reports a pilot word that is about the seats of q, and
// whether the sentence says instead that they come after a pilot: "after a
// 2024 pilot with 500 staff" is 500's pilot, and the 4,500 seats outside
// that phrase come after it.
func (x *extractor) pilotSaid(q *quantity) (pilot, after bool) {
	if !x.sentenceHas(wPilot) {
		return false, false
	}
	toks := x.s.toks
	for k := range toks {
		if !x.tokHas(k, wPilot) {
			continue
		}
		a := -1
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if toks[j].is2(wdAfter, wdFollowing) {
				a = j
				break
			}
		}
		// "grew from a pilot of 1,200 employees to more than 100,000",
		// "expands its pilot from 300 to 2,000 licences": the count the
		// pilot grew to is past it.
		if a < 0 && q.start > k && (x.grownTo(k, q) || x.laterStep(k, q)) {
			after = true
			continue
		}
		// "7,000 accounts, up from 1,500 in the pilot": a pilot named
		// after a later count of seats is that count's.
		if k > q.end && slices.ContainsFunc(x.s.qty, func(p quantity) bool {
			return p.kind == qtyCount && p.start >= q.end && p.end <= k && x.seatReading(&p) != seatNone
		}) {
			after = true
			continue
		}
		if a < 0 || q.start > a && !x.breakWithin(a, q.start) {
			return true, false
		}
		after = true
	}
	return false, after
}

// grownTo reports count q as the end of "from ... to" after the pilot
// word at k: "from a pilot of 1,200 to 100,000", "pilot from 300 to
// 2,000".
func (x *extractor) grownTo(k int, q *quantity) bool {
	toks := x.s.toks
	if q.start < 1 || toks[q.start-1].lower != "to" {
		return false
	}
	for j := k - 3; j < q.start-1; j++ {
		if j >= 0 && toks[j].lower == "from" {
			return true
		}
	}
	return false
}

// laterStep reports "followed" between the pilot word at k and count q:
// "the trial, involving 500 staff, will be followed by a wider rollout to
// 4,000", or a widening said to come later: "a trial with 300 users, to
// be extended to 5,000 next year", "before a wider rollout to 6,000". A
// pilot "widened to 700 and then to 2,000" is still a pilot.
func (x *extractor) laterStep(k int, q *quantity) bool {
	toks := x.s.toks
	ahead := false // a word saying what follows is yet to come
	for j := k + 1; j < q.start; j++ {
		switch {
		case toks[j].lower == "followed":
			return true
		case toks[j].is3(wdBefore, wdSince, wdNow) || x.tokHas(j, wPlan) || j+1 < q.start && toks[j].lower == "to" && toks[j+1].lower == "be":
			ahead = true
		case ahead && x.tokHas(j, wDeploy):
			return true
		}
	}
	return false
}

// rolloutAhead reports "before" and a rollout word before count q, in its
// clause: "before a wider rollout to its 6,000 staff".
func (x *extractor) rolloutAhead(q *quantity) bool {
	toks := x.s.toks
	before := false
	for j := q.start - 1; j >= 0 && j >= q.start-8; j-- {
		if toks[j].text == "," || toks[j].text == ";" {
			return false
		}
		if x.tokHas(j, wDeploy) {
			before = true
		}
		if before && toks[j].lower == "before" {
			return true
		}
	}
	return false
}

// startedWith reads "BBVA began with 3,000 ChatGPT Enterprise licences",
// "began working with OpenAI with 3,300 accounts": the seats a buyer
// started with are its trial, unless the sentence speaks of a rollout
// ("a phased rollout that starts with 32,000 licences").
func (x *extractor) startedWith(q *quantity) bool {
	toks := x.s.toks
	if q.start < 2 || toks[q.start-1].lower != "with" || x.sentenceHas(wDeploy) {
		return false
	}
	for k := q.start - 2; k >= 0 && k >= q.start-10; k-- {
		if toks[k].text == "," || toks[k].text == ";" {
			return false
		}
		if toks[k].is6(wdBegan, wdBegun, wdBegins, wdStarted, wdStarts, wdStart) {
			// "will start with 500 licences and expects to reach 3,000":
			// the first step of a plan is no trial.
			return k == 0 || !x.tokHas(k-1, wPlan)
		}
	}
	return false
}

// planSaid reports a word for a plan that is about the seats of q: one
// before them, or one after them in their own clause. "starts with
// 32,000 licences this year and is planned to grow to 50,000" plans the
// 50,000, not the 32,000; "less than expected" plans nothing.
func (x *extractor) planSaid(q *quantity) bool {
	toks := x.s.toks
	// "another 1,000 due by Christmas", "2,000 more due next year"
	if k := q.end; k < len(toks) && (toks[k].lower == "due" || toks[k].lower == "more" && k+1 < len(toks) && toks[k+1].lower == "due") {
		return true
	}
	// "Ashgrove Schools is to buy Gemini for 45,000 pupils", "a trial, to
	// be extended to 5,000 next year", "is set to give": what is to be
	// done is planned.
	for k := max(q.start-12, 1); k+1 < q.start; k++ {
		// "agreed to deploy", "hopes to give", "signed a deal to give",
		// "a contract to provide":
		// what is agreed or hoped to be done is planned too.
		// "is in talks to buy", "is preparing to give", "is negotiating
		// to move": what is still being talked over or got ready for.
		if toks[k].lower != "to" || !(x.tokIs(k-1, beVerbs) && !toks[k-1].is2(wdBeen, wdBeing) || toks[k+1].lower == "be" || toks[k-1].is2(wdAgreed, wdHopes) || x.tokHas(k-1, wStrongDeal) ||
			x.lex.tokIn(lPreparesTo, &toks[k-1]) ||
			k >= 2 && toks[k-1].is3(wdSet, wdDue, wdPoised) && x.tokIs(k-2, beVerbs)) {
			continue
		}
		// "he had signed a deal to move 22,000 workers": a deal a story
		// tells of in the past perfect was carried out, not planned.
		if x.tokHas(k-1, wStrongDeal) && slices.ContainsFunc(toks[max(k-4, 0):k-1], func(t token) bool { return t.lower == "had" }) {
			continue
		}
		// The verb is a rollout's: "is to review how its staff use it"
		// plans no seats.
		v := k + 1
		if toks[v].lower == "be" {
			v++
		}
		if x.tokHas(v, wRollout) || x.tokHas(v, wDeploy) || x.tokHas(v, wObjectVerbs) {
			return !x.breakWithin(k, q.start)
		}
	}
	if !x.sentenceHas(wPlan) {
		return false
	}
	for k := range toks {
		if !x.tokHas(k, wPlan) || k > 0 && toks[k-1].is2(wdThan, wdAs) {
			continue
		}
		if k < q.start {
			// "will train 800 staff to use Copilot, which it rolled out
			// to 1,200 employees": a relative clause says what was done.
			if x.relativeWithin(k, q.start) || slices.ContainsFunc(toks[k+1:q.start], func(t token) bool { return t.lower == "after" }) {
				// "plans to extend Slack to 22,000 more, after 8,000
				// joined last year": what came before the plan is done.
				continue
			}
			return true
		}
		// "moved 25,000 employees to the service, which its CIO said would
		// cost less": a plan in a later clause is about something else.
		if k >= q.end && !x.breakWithin(q.end, k) && !slices.ContainsFunc(x.s.qty, func(p quantity) bool { return p.start >= k && p.kind == q.kind }) {
			return true
		}
	}
	return false
}

// relativeWithin reports a relative clause opening after a comma among
// tokens from..to-1: ", which".
func (x *extractor) relativeWithin(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if x.s.toks[k].text == "," && x.tokIs(k+1, opensRelative) {
			return true
		}
	}
	return false
}

// breakWithin reports a comma or semicolon among tokens from..to-1, which
// ends a phrase such as "after a pilot with 500 staff".
func (x *extractor) breakWithin(from, to int) bool {
	for _, t := range x.s.toks[from:to] {
		if t.text == "," || t.text == ";" {
			return true
		}
	}
	return false
}

// headlinePlan reports a name opening the sentence followed by "to" and a
// verb, as a headline announces a plan: "Telstra to buy 21,000 Copilot
// licences", "NHS England to give Copilot to 505,000 staff".
func (x *extractor) headlinePlan() bool {
	toks := x.s.toks
	for k := 1; k+1 < len(toks) && k <= 5; k++ {
		if !toks[k-1].startsUpper() && !toks[k-1].is5(wdFirms, wdCompanies, wdBanks, wdCouncils, wdAgencies) {
			return false
		}
		if toks[k].lower == "to" {
			return x.tokHas(k+1, wRollout) || x.tokHas(k+1, wDeploy) || x.tokHas(k+1, wObjectVerbs)
		}
	}
	return false
}

// onlyTakingPart reports a sentence whose one word of a stage says that
// people take part: "taking part", "signed up", "involved".
func (x *extractor) onlyTakingPart() bool {
	part := false
	for k := range x.s.toks {
		switch {
		case x.s.marks[k]&takesPart != 0:
			part = true
		case x.tokHas(k, wRolledOut) || x.tokHas(k, wRollout):
			return false
		}
	}
	return part
}

// region is where market share q is measured: a region or country the
// sentence names, else the paragraph's. Of a sentence that names several,
// the one in q's own clause: "Transsion held 48% of the Indian market,
// while Honor took 15% of China's" measures Honor's in China.
func (x *extractor) region(q *quantity) string {
	if p := wherePlace(&x.s, q); p != "" {
		return p
	}
	r := regionOf(&x.s)
	if r == "" {
		return x.ctxRegion
	}
	if len(x.s.places) > 1 {
		// "22% of the global market and 30% of the Indian market": the
		// place right after a figure, before the next, is its own.
		next := len(x.s.toks)
		for _, p := range x.s.qty {
			if p.start >= q.end {
				next = p.start
				break
			}
		}
		for _, m := range x.s.places {
			if m.start >= q.end && m.start < next && m.start <= q.end+4 && regionWord(&x.s, m) {
				return m.name
			}
		}
		start, end := x.clause(q)
		for _, m := range x.s.places {
			if m.start >= start && m.end <= end && regionWord(&x.s, m) {
				return m.name
			}
		}
	}
	return r
}

func regionOf(s *sentence) string {
	for _, m := range s.places {
		if regionWord(s, m) {
			return m.name
		}
	}
	return ""
}

// regionWord reports a place mention that says where a market is.
func regionWord(s *sentence, m mention) bool {
	// "global" and "world" count only in lower case: "Global Foundries"
	// is no region.
	if m.name == "worldwide" && s.toks[m.start].startsUpper() && m.start > 0 {
		return false
	}
	// "the strong US dollar", "the Indian rupee": a place before the
	// name of its money says which money, not where a market is.
	if m.end < len(s.toks) && currencyNames[s.toks[m.end].lower] != "" {
		return false
	}
	// "39% of the RAN market outside China" is no share in China.
	if m.start > 0 && s.toks[m.start-1].is2(wdOutside, wdExcluding) {
		return false
	}
	// "a huge footprint in their home US market": where companies come
	// from, set beside the rest of the world, is no market measured.
	if m.start > 0 && s.toks[m.start-1].lower == "home" {
		return false
	}
	if demandIn(s, m) || causeIn(s, m) || siteOpenedIn(s, m) || datelineAt(s, m) || examplePlaceIn(s, m) {
		return false
	}
	return !describesFirm(s, m)
}

// examplePlaceIn reports a place given as an example of the markets a
// company does well in: "took 14%, doing well in emerging markets such
// as India and Latin America" measures the share where the article does,
// not in India. It steps back over the places listed before m to the
// "such as", "like" or "including" that opens the list, which must
// follow "markets", "regions", "countries" or "economies".
func examplePlaceIn(s *sentence, m mention) bool {
	toks := s.toks
	switch k := placeListOpener(s, m); {
	case k < 1:
		return false
	case toks[k].lower == "as" && k >= 2 && toks[k-1].is1(wdSuch):
		return examplesOf(&toks[k-2])
	case toks[k].lower == "like" || toks[k].is1(wdIncluding):
		return examplesOf(&toks[k-1])
	}
	return false
}

// placeListOpener steps back from place m over the places listed before
// it ("Latin America, Africa and India") and returns the index of the word
// that opens the list, or -1 when the sentence starts first: the word says
// what the places are to the figure.
func placeListOpener(s *sentence, m mention) int {
	k := m.start - 1
	for k >= 1 {
		if t := &s.toks[k]; t.text == "," || t.lower == "and" {
			k--
			continue
		}
		i := slices.IndexFunc(s.places, func(p mention) bool { return p.start <= k && k < p.end })
		if i < 0 {
			return k
		}
		k = s.places[i].start - 1
	}
	return -1
}

// wherePlace is the place given as an example that a "where" clause
// holding q then describes: "gaining ground in markets such as India,
// where it holds 40%" measures the 40% in India, though the example alone
// is no region (see examplePlaceIn). Empty when no such clause holds q.
func wherePlace(s *sentence, q *quantity) string {
	toks := s.toks
	for i := len(s.places) - 1; i >= 0; i-- {
		m := s.places[i]
		if m.end > q.start {
			continue
		}
		k := m.end
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k >= q.start || !toks[k].is1(wdWhere) || !examplePlaceIn(s, m) {
			return ""
		}
		// The clause runs to the next comma: "where it grew, and took
		// 25% of the global market" measures the 25% elsewhere.
		for j := k + 1; j < q.start; j++ {
			if toks[j].text == "," || toks[j].text == ";" {
				return ""
			}
		}
		return m.name
	}
	return ""
}

// examplesOf reports a plural noun of places that a list of examples
// may follow: "markets such as", "countries like".
func examplesOf(t *token) bool {
	switch t.lower {
	case "markets", "regions", "countries", "economies":
		return true
	}
	return false
}

// datelineAt reports a place that opens an article's body as its
// dateline, where the reporter filed from, not where a market is:
// "Bengaluru - Contoso kept the lead in China's cloud market", "Austin,
// Texas -- ...", "New Delhi (IANS) - ...", "Sacramento: ...". The
// dateline is capitalised words, commas and the dots of abbreviations,
// with perhaps an agency's name in brackets, then a dash or a colon.
func datelineAt(s *sentence, m mention) bool {
	if s.title || s.paragraph > 1 || m.start > 3 {
		return false
	}
	toks := s.toks
	for k := 0; k < len(toks) && k < 8; k++ {
		switch t := &toks[k]; t.text {
		case "-", "--", "—", "–":
			return k >= m.end && k > 0
		case ":":
			// "India: Contoso took 30%" may head a passage on India; a
			// city standing for its country, or a state after its city,
			// is a dateline ("Bengaluru:", "Austin, Texas:").
			return k >= m.end && (m.start > 0 || !strings.EqualFold(spanText(toks, m.start, m.end), m.name))
		case ",", ".", "(", ")":
		default:
			if !t.startsUpper() {
				return false
			}
		}
	}
	return false
}

// siteOpenedIn reports a place where a company opened or built a site:
// "leads with 36.7% of spending, and it opened a data centre in South
// Korea on March 30" measures the share where the article does, not in
// Korea. A site's noun stands right before "in" and a verb of opening a
// few words before it.
func siteOpenedIn(s *sentence, m mention) bool {
	toks := s.toks
	k := m.start - 1
	if k < 2 || toks[k].lower != "in" {
		return false
	}
	switch toks[k-1].lower {
	case "centre", "center", "centres", "centers", "campus", "plant", "factory", "facility", "office", "hub", "headquarters", "region":
	default:
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		switch toks[j].lower {
		case "opened", "opens", "opening", "built", "builds", "building", "launched", "launches", "launching", "open", "build", "launch":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// causeIn reports a place in a clause that gives a cause: "fell due to
// inventory cuts and a weak India market", "because of supply disruptions
// in China", "Following the first lockdown in China, production fell".
// Where a cause happened is not where a share is measured. The cause's
// words stand within eight words before the place, in its clause; an
// opening "Following the" only at the sentence's start ("Following India,
// Indonesia is the largest market" ranks places). An opening "Amid" sets
// the scene the share is measured in: "Amid fierce competition in India,
// Contoso's share rose".
func causeIn(s *sentence, m mention) bool {
	toks := s.toks
	for k := m.start - 1; k >= 0 && k >= m.start-8; k-- {
		t := &toks[k]
		if t.kind == tokSym && (t.text == "," || t.text == ";" || t.text == ":") {
			return false
		}
		switch {
		case t.is1(wdDue) && k+1 < m.start && toks[k+1].lower == "to",
			t.is1(wdBecause) && k+1 < m.start && toks[k+1].lower == "of",
			t.lower == "amid" && k > 0 || t.lower == "owing" && k+1 < m.start && toks[k+1].lower == "to",
			k == 0 && t.is1(wdFollowing) && k+1 < m.start && toks[k+1].lower == "the":
			return true
		}
	}
	return false
}

// demandIn reports a place that says where demand came from, "took 17%,
// helped by demand in Latin America and Africa": the cause of a share,
// not where it is measured. It steps back over the places listed before
// m to the "demand in" that opens the list.
func demandIn(s *sentence, m mention) bool {
	k := placeListOpener(s, m)
	return k >= 1 && s.toks[k].lower == "in" && s.toks[k-1].is1(wdDemand)
}

// describesFirm reports a place word that only says where a company is
// from: "The Finnish vendor's share", "the Korean memory chipmaker held
// 45%", "Chinese vendor Xiaomi", "Taiwanese market researcher TrendForce"
// measure no share in Finland, Korea, China or Taiwan; "the Korean market"
// does.
func describesFirm(s *sentence, m mention) bool {
	// "Worldwide Chrome has long been ahead of Safari": an adverb of
	// where is no company's origin, whatever name follows it.
	if s.toks[m.start].is2(wdWorldwide, wdGlobally) {
		return false
	}
	if namesCompanyPlace(s, m) {
		return true
	}
	from := m.end
	if from+1 < len(s.toks) && (s.toks[from].text == "'" || s.toks[from].text == "’") && s.toks[from+1].lower == "s" {
		from += 2 // "China's biggest cell makers", "Korea's SK hynix"
		// "Tigo, owned by Sweden's Millicom", "Airtel, part of India's
		// Bharti Airtel": a place's name after an owning "by" or a
		// part's "of" says where the owner is from, known to the lexicon
		// or not. Any other "by" ("compiled by China's Passenger Car
		// Association", "helped by China's Singles Day") may still say
		// where the share is.
		owner := m.start > 1 && s.toks[m.start-1].lower == "by" && s.toks[m.start-2].is7(wdOwned, wdControlled, wdBacked, wdAcquired, wdBought, wdRun, wdOperated) ||
			m.start > 1 && s.toks[m.start-1].lower == "of" && (s.toks[m.start-2].is4(wdPart, wdUnit, wdSubsidiary, wdArm) || s.toks[m.start-2].is1(wdDivision))
		if owner && from < len(s.toks) && s.toks[from].startsUpper() {
			return true
		}
	}
	for k := from; k < len(s.toks) && k <= from+3; k++ {
		t := &s.toks[k]
		if t.text == "-" || t.text == "." && k == m.end {
			continue // "the Seoul-based chipmaker", "U.S.-based"
		}
		if t.kind != tokWord || t.startsUpper() {
			// "Taiwanese market researcher TrendForce": the place is the
			// research firm's; "South Korean LG Energy Solution kept
			// third place", the company's, unless the place opens the
			// clause as where ("In India Airtel holds 30%").
			if k == from && slices.ContainsFunc(s.companies, func(c mention) bool { return c.start == k }) {
				return m.start == 0 || !s.toks[m.start-1].is6(wdIn, wdAcross, wdOf, wdThroughout, wdWithin, wdOutside)
			}
			return slices.ContainsFunc(s.measurers, func(f mention) bool { return f.start == k })
		}
		// "U.S.-based Western Digital", "the three US hyperscalers".
		if s.marks[k]&(namesFirm|namesFirms) != 0 || s.bits[k].has(wDescriptor) || t.lower == "based" && k > m.end && s.toks[k-1].text == "-" {
			return true
		}
		// "South Korean brand Fabrikam", "another Chinese brand, Contoso,":
		// a brand's country is where it is from. ("the brand" names no
		// company as "the firm" does, so "brand" is no descriptor.)
		if k == from && (t.lower == "brand" || t.lower == "brands") {
			return true
		}
	}
	return false
}

// namesCompanyPlace reports a place said of the company named just before
// it: "Samsung of South Korea kept first place", "Microsoft of the US
// ranked second", or, set beside the company, "MTN, Africa's largest
// network, had 38.9%". It says which company, not where a market is.
func namesCompanyPlace(s *sentence, m mention) bool {
	k := m.start - 1
	switch {
	case k >= 1 && s.toks[k].is1(wdOf):
	case k >= 2 && s.toks[k].is1(wdThe) && s.toks[k-1].is1(wdOf):
		k--
	case k >= 1 && s.toks[k].text == "," && possessiveAt(s.toks, m.end):
	default:
		return false
	}
	return slices.ContainsFunc(s.companies, func(c mention) bool { return c.end == k })
}

// measurer is the research firm the sentence, else the article, credits
// with figure q: of several in the sentence, the last named before q.
func (x *extractor) measurer(q *quantity) string {
	ms := x.s.measurers
	if len(ms) == 0 {
		return x.ctxMeasurer
	}
	// "Canalys said Apple took 17%, while IDC put the figure at 16.6%":
	// with two firms, a figure is the last one's named before it.
	// A firm named only to compare ("18%, broadly in line with IDC")
	// measured no figure of the sentence, nor did a regulator named as
	// the agent of a ruling ("fined by ICASA").
	at := -1
	for i := 0; i < len(ms) && (at < 0 || ms[i].start < q.start); i++ {
		if !comparedFirm(x.s.toks, ms, ms[i]) && !sanctioningBody(x.s.toks, ms[i]) {
			at = i
		}
	}
	if at < 0 {
		return x.ctxMeasurer
	}
	return ms[at].name
}

// dealPeriod is when a deal was made, announced or paid: a period stated
// next to its figure (see localPeriod), but not the date a contract runs
// to or money is to be spent by ("a $21 billion deal for capacity through
// December 2032", "on track to spend by the end of 2026"), which says how
// long the deal lasts, not when it was struck.
func (x *extractor) dealPeriod(q *quantity) corpus.Period {
	if x.periodFor == q.start+1 {
		return x.periodOf
	}
	p := x.readDealPeriod(q)
	x.periodFor, x.periodOf = q.start+1, p
	return p
}

// readDealPeriod works out dealPeriod.
func (x *extractor) readDealPeriod(q *quantity) corpus.Period {
	toks := x.s.toks
	end := len(toks)
	if q.start > 0 && toks[q.start-1].lower == "to" && q.end+1 < len(toks) && toks[q.end].lower == "by" {
		// "rising from $27 million in April 2020 to $135 million by
		// October 2023": the level reached is dated by when.
		if p := periodIn(toks[q.end:min(q.end+6, len(toks))], x.periodRef()); p != "" {
			return p
		}
	}
	// "bought McAfee in 2011 for about $7.7 billion and sold it off in
	// 2017": a year right before "for" and the price is the price's.
	if k := q.start - 1; k >= 2 {
		if toks[k].is6(wdAbout, wdAround, wdRoughly, wdSome, wdNearly, wdAlmost) {
			k--
		}
		if toks[k].lower == "for" && yearOf(toks[k-1]) != 0 {
			if p := lastPeriodIn(toks[max(0, k-5):k], x.s.marks[max(0, k-5):k], x.pub); p.Year() == yearOf(toks[k-1]) {
				return p
			}
		}
	}
	for k := q.end; k+1 < len(toks); k++ {
		if !toks[k].is6(wdThrough, wdThru, wdUntil, wdTill, wdTo, wdBy) {
			continue
		}
		// The date must follow the word ("to 2032", "through December
		// 2032", "by the end of 2026"): "announced by Contoso in May"
		// dates the deal.
		endOf := k+2 < len(toks) && toks[k+1].lower == "the" && toks[k+2].is2(wdEnd, wdClose)
		if endOf || periodIn(toks[k+1:min(k+3, len(toks))], x.periodRef()) != "" {
			end = k
			break
		}
	}
	// "E2E Networks had raised about $50 million in August", in an
	// article of November 2024: deal news reads a month without its year
	// against the day it appeared, not against a period the article
	// states of something else ("which Blume backed in 2013").
	ctx := x.ctxPeriod
	if x.pub.year != 0 && !x.pub.inferred {
		x.ctxPeriod = ""
	}
	p := x.localPeriodIn(q, end)
	x.ctxPeriod = ctx
	if p == "" {
		return p
	}
	if y, after := x.foundedYear(); y != 0 && p.Year() == y {
		// "Wiz, founded in 2020, raised $1 billion in May", "was founded
		// in 2024 and has signed contracts worth $200 million": the year
		// a company was founded dates no deal; what the figure's part
		// says past it does.
		from, to := x.part(q)
		from = max(from, after)
		if from >= to {
			return ""
		}
		return periodIn(toks[from:to], x.pub)
	}
	if !x.hasAsides() {
		return p
	}
	if from, to := x.part(q); x.periodOnlyInAside(from, p) && periodIn(toks[from:to], x.periodRef()) == "" {
		// "Palo Alto Networks, which raised $1bn last year, agreed to
		// buy Talon for $625 million": the aside's year is its own
		// deal's.
		return ""
	}
	return p
}

// foundedYear returns the year the sentence says a company was founded
// ("founded in 2020", "established in 2019") and the token after it, or
// 0.
func (x *extractor) foundedYear() (year, after int) {
	if x.founded != 0 {
		return x.foundedY, x.foundedEnd
	}
	x.founded = 1
	toks := x.s.toks
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].is2(wdFounded, wdEstablished) || toks[k+1].lower != "in" {
			continue
		}
		if t := toks[k+2]; t.kind == tokNum && isYearText(t.text) {
			x.foundedY, _ = strconv.Atoi(t.text)
			x.foundedEnd = k + 3
			break
		}
	}
	return x.foundedY, x.foundedEnd
}

// seatPeriodOwn reports period p, read for seat count q, said in q's own
// part of the sentence or in a part before it that recalls no earlier
// event. "After a pilot in 2024, Contoso is giving Copilot to 15,000
// staff", "... to 15,000 staff after a pilot in 2024" and "expects 60,000
// users by 2026, up from 15,000 in 2024" date the pilot or the other
// count, not the rollout; a deal's period reads further, as a signing
// after talks tends to fall in their year.
func (x *extractor) seatPeriodOwn(q *quantity, p corpus.Period) bool {
	if p == "" {
		return false
	}
	toks := x.s.toks
	from, to := x.part(q)
	if periodIn(toks[from:to], x.pub) == p {
		return true
	}
	for a := 0; a < from; {
		_, b := x.partAt(a)
		b = min(b, from)
		// A part opening the sentence holds its own opener ("After",
		// "Following", "Since"); a later one starts past it.
		recalls := x.asidePart(a) || x.tokHas(a, wAside) || toks[a].is3(wdHaving, wdAfter, wdFollowing)
		if b > a && !recalls && periodIn(toks[a:b], x.pub) == p {
			return true
		}
		a = b + 1
	}
	return false
}

// periodOnlyInAside reports period p said in an aside before token from
// (a relative clause or a part opened by "since"), and in no other part
// before it.
func (x *extractor) periodOnlyInAside(from int, p corpus.Period) bool {
	// Reading a period is dear: the asides are read first, and the
	// other parts only once an aside says p.
	found := false
	for a := 0; a < from && !found; {
		_, b := x.partAt(a)
		b = min(b, from)
		found = b > a && x.asidePart(a) && periodIn(x.s.toks[a:b], x.periodRef()) == p
		a = b + 1
	}
	if !found {
		return false
	}
	for a := 0; a < from; {
		_, b := x.partAt(a)
		b = min(b, from)
		if b > a && !x.asidePart(a) && periodIn(x.s.toks[a:b], x.periodRef()) == p {
			return false
		}
		a = b + 1
	}
	return true
}

// localPeriod is a period stated between q and the next figure, else
// between the figure before and q: "$28 billion ... in 2021". Figures listed
// with a verb left out share the period stated by the first: "in 2022, the
// year Amazon held 39.9% and Microsoft 21.5%".
func (x *extractor) localPeriod(q *quantity) corpus.Period { return x.localPeriodIn(q, len(x.s.toks)) }

// localPeriodIn is localPeriod reading no further than token end.
func (x *extractor) localPeriodIn(q *quantity, end int) corpus.Period {
	ref := x.periodRef()
	prev, next := 0, len(x.s.toks)
	var before []int // ends of the figures before q, nearest last
	for _, p := range x.s.qty {
		if p.kind == qtyCount {
			continue // "Q3 2019": a year is no figure
		}
		if p.end <= q.start {
			before = append(before, p.end)
		}
		if p.start >= q.end && next == len(x.s.toks) {
			next = p.start
		}
	}
	// "32%, a point higher than in the first quarter": a period after a
	// comparison is the other figure's.
	// "from" compares only with a figure after it ("up from 32% in
	// 2021"); "raised $1.5 billion from investors in January" is the
	// money's own month.
	// "4.2%, after ranking sixth in 2019": a clause on what came before
	// has a period of its own.
	toks := x.s.toks
	cut := q.end
	// "AWS 29% (Q4 2024: 30%)": a bracket that holds a figure of its own
	// dates that one.
	// "41% in March, its lowest since August 2023": where a span starts
	// dates no figure before it.
	// "for 382 billion yen, and in 2013 NTT signed deals worth 85.5
	// billion yen": a period that opens the next clause is its figure's.
	// "holds 1.8% and overtook Yahoo in April": the period after a
	// second verb that passes a rival dates the passing.
	// Each word that may end the span is told by its number: a word
	// without one, most of them, ends it only by its mark.
	for lim := min(next, end); cut < lim; cut++ {
		t := &toks[cut]
		if x.tokIs(cut, comparesWith) {
			break
		}
		if t.id == wdNone {
			continue
		}
		if t.is3(wdHaving, symSemicolon, wdSince) ||
			t.is1(symComma) && cut+2 < len(toks) && toks[cut+1].is3(wdAnd, wdWhile, wdBut) && toks[cut+2].is3(wdIn, wdDuring, wdBy) || t.is1(symLParen) && next < len(toks) && x.bracketHolds(cut, next) ||
			t.is1(wdFrom) && (next < len(toks) || toks[cut-1].is2(wdPoints, wdPoint)) ||
			cut+1 < len(toks) && t.is2(wdAfter, wdBefore) && strings.HasSuffix(toks[cut+1].lower, "ing") ||
			cut+1 < len(toks) && t.is1(wdAnd) && x.tokIs(cut+1, overtakesRival) {
			break
		}
	}
	if p := periodIn(x.s.toks[q.end:cut], ref); p != "" {
		if len(p) == 7 && !slices.ContainsFunc(toks[q.end:cut], func(t token) bool { return isYearText(t.text) }) {
			// "89.6% in January, 89.5% in February and 89.5% in March
			// 2015": a month listed without its year takes that of the
			// month ending the list.
			m := p.EndMonth() - p.Year()*12
			if y := x.seriesYear(cut, m); y != 0 {
				return corpus.Month(y, m)
			}
		}
		return p
	}
	to := q.start
	for i := len(before) - 1; i >= 0; i-- {
		prev = before[i]
		p, at := lastPeriodAt(x.s.toks[prev:to], x.s.marks[prev:to], ref)
		if p != "" && at <= 2 && x.periodDescribed(prev+at+periodEnd(x.s.toks[prev+at:to], p, ref), to) {
			// "against 4.4% in 2022, the year Amazon held 39.9%": the
			// clause after the period is about that period.
			return p
		}
		if p != "" && at <= 2 && x.opensClauseIn(prev+at+periodEnd(x.s.toks[prev+at:to], p, ref), to) {
			// "up from 14.1% in the first quarter, just ahead of Tencent,
			// which raised its share to 15.1%": a period right after a
			// figure is that figure's when the next figure is in a
			// clause of its own.
			return ""
		}
		if p != "" && x.nowBetween(prev+at, q.start) {
			return ""
		}
		if p != "" && at <= 2 && (x.comparedFigure(prev) || x.changeFrom(prev)) {
			// "up 6% from last year, and Oppo was fifth with 8%": the
			// period a change is measured from is no later figure's.
			// "slid to 67.1% in Q3 from 69.9% in Q2, while AMD's share
			// grew to 32.9%": the period right after the figure a change
			// is measured from is that figure's; the sentence's is the
			// one before it.
			to = x.figureStart(prev)
			prev = 0
			continue
		}
		if p != "" && x.closedAside(prev+at, q.start) {
			return "" // "ZTE, which held 9% in 2019, lifted its share to 11%"
		}
		if p != "" || !x.elided(prev, to) {
			return p
		}
		to = x.figureStart(prev)
		prev = 0
	}
	p, at := lastPeriodAt(x.s.toks[prev:to], x.s.marks[prev:to], ref)
	if p != "" && x.nowBetween(prev+at, q.start) {
		return ""
	}
	if p != "" && x.closedAside(prev+at, q.start) {
		// "Safari, which overtook Edge in March 2023, has reached
		// 14.45%": the aside's period is what it tells, not the
		// figure's.
		return ""
	}
	return p
}

// closedAside reports token k inside a relative clause (", which",
// ", who") that a comma closes before token to.
func (x *extractor) closedAside(k, to int) bool {
	toks := x.s.toks
	open := -1
	for j := k - 1; j >= 0; j-- {
		if toks[j].text == "," {
			if opensClause(toks, x.s.marks, j) {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := k + 1; j < to; j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// comparedFigure reports whether the figure ending at token end is one
// another is set against: "from 69.9%", "against 31%", "compared with
// 33%".
// respectivePeriod reads a run of figures joined by commas and "and"
// whose periods a list after them gives in turn: "41% and 38% in 2023 and
// 2024 respectively". It returns q's; "" when there is no such list or
// it has another number of periods than the run has figures.
func (x *extractor) respectivePeriod(q *quantity) corpus.Period {
	if !x.sentenceHas(wRespectively) {
		return ""
	}
	toks, qs := x.s.toks, x.s.qty
	qi := slices.IndexFunc(qs, func(p quantity) bool { return p.start == q.start })
	if qi < 0 {
		return ""
	}
	glue := func(from, to int) bool {
		for _, t := range toks[from:to] {
			if !t.is2(symComma, wdAnd) {
				return false
			}
		}
		return from < to
	}
	first, last := qi, qi
	for first > 0 && qs[first-1].kind == qtyPercent && glue(qs[first-1].end, qs[first].start) {
		first--
	}
	for last+1 < len(qs) && qs[last+1].kind == qtyPercent && glue(qs[last].end, qs[last+1].start) {
		last++
	}
	if first == last {
		return ""
	}
	// The periods run from the run's end to "respectively", each cut
	// from the next by a comma or "and".
	var periods []corpus.Period
	from := qs[last].end
	for k := from; k < len(toks) && k < qs[last].end+16; k++ {
		if toks[k].is3(symComma, wdAnd, wdRespectively) {
			if k > from {
				p := periodIn(toks[from:k], x.periodRef())
				if p == "" && k == from+1 && isYearText(toks[from].text) {
					p = corpus.Period(toks[from].text) // "in 2023 and 2024": the year without its "in"
				}
				if p == "" {
					return ""
				}
				periods = append(periods, p)
			}
			from = k + 1
			if toks[k].lower == "respectively" {
				break
			}
		}
	}
	if len(periods) != last-first+1 {
		return ""
	}
	return periods[qi-first]
}

// thatPeriodAfter reports "in that quarter" or "in the same year" in
// the few words after q, before a comma: a period an earlier sentence
// named.
func (x *extractor) thatPeriodAfter(q *quantity) bool {
	toks := x.s.toks
	for k := q.end; k+2 < len(toks) && k < q.end+10; k++ {
		if toks[k].text == "," || toks[k].text == ";" || toks[k].kind == tokNum {
			return false
		}
		if !toks[k].is3(wdIn, wdDuring, wdFor) {
			continue
		}
		// "in that quarter"; "in the same quarter", but not "in the same
		// quarter last year", a year back.
		if toks[k+1].lower == "that" && x.tokIs(k+2, namesPeriod) ||
			toks[k+1].lower == "the" && toks[k+2].lower == "same" && k+3 < len(toks) && x.tokIs(k+3, namesPeriod) && (k+4 == len(toks) || toks[k+4].kind == tokSym) {
			return true
		}
	}
	return false
}

// bracketHolds reports a bracket opening at token open that holds the
// figure starting at token at: "(Q4 2024: 30%)".
func (x *extractor) bracketHolds(open, at int) bool {
	for k := open + 1; k < at; k++ {
		if x.s.toks[k].text == ")" {
			return false
		}
	}
	return at-open <= 8
}

// periodDescribed reports a clause from token e, right after a period,
// to token to that describes that period: ", the year Amazon held", ",
// when Samsung had".
func (x *extractor) periodDescribed(e, to int) bool {
	toks := x.s.toks
	return e+2 < to && toks[e].text == "," && (toks[e+1].lower == "the" && x.tokIs(e+2, namesPeriod) || toks[e+1].lower == "when")
}

// changeFrom reports a change figure ending at token end that "from"
// follows: the 6% of "up 6% from last year".
func (x *extractor) changeFrom(end int) bool {
	if end >= len(x.s.toks) || x.s.toks[end].lower != "from" {
		return false
	}
	for _, p := range x.s.qty {
		if p.end == end {
			return p.kind == qtyPercent && x.changeVerbBefore(&p)
		}
	}
	return false
}

func (x *extractor) comparedFigure(end int) bool {
	k := x.figureStart(end) - 1
	if k >= 1 && x.s.toks[k].lower == "with" {
		k--
	}
	return k >= 0 && (x.s.toks[k].lower == "from" || x.tokIs(k, comparesWith))
}

// seriesYear returns the year written after a month no earlier than
// month (1-12), from token from on in the sentence's list of figures and
// months, or 0.
func (x *extractor) seriesYear(from, month int) int {
	toks := x.s.toks
	for k := from; k+1 < len(toks); k++ {
		if toks[k].text == ";" || toks[k].text == "." {
			return 0
		}
		if m := monthNumber(toks[k].lower); m != 0 && m >= month && toks[k].startsUpper() && isYearText(toks[k+1].text) {
			return yearOf(toks[k+1])
		}
	}
	return 0
}

// nowBetween reports "now" or "today" between tokens from and to: "launched
// Azure in 2010 and now holds about 18%" dates the launch, not the share.
func (x *extractor) nowBetween(from, to int) bool {
	for k := from; k < to && k < len(x.s.toks); k++ {
		if x.s.toks[k].is3(wdNow, wdToday, wdCurrently) {
			return true
		}
	}
	return false
}

// opensClauseIn reports a relative clause opening after a name between
// tokens from and to: "..., just ahead of Tencent, which raised".
func (x *extractor) opensClauseIn(from, to int) bool {
	for _, m := range x.s.companies {
		if m.start >= from && m.end < to && opensClause(x.s.toks, x.s.marks, m.end) {
			return true
		}
	}
	return false
}

// periodEnd returns how many tokens of toks state period p, which starts
// them.
func periodEnd(toks []token, p corpus.Period, ref when) int {
	for e := 1; e <= len(toks) && e <= 6; e++ {
		if periodIn(toks[:e], ref) == p {
			return e
		}
	}
	return min(len(toks), 6)
}

// lastPeriodIn finds the last period toks state, the one nearest what
// follows them: "in 2023, while in 2022, the year Amazon held 39.9%".
func lastPeriodIn(toks []token, marks []wordMark, ref when) corpus.Period {
	p, _ := lastPeriodAt(toks, marks, ref)
	return p
}

// lastPeriodAt is lastPeriodIn with the token the period starts at.
func lastPeriodAt(toks []token, marks []wordMark, ref when) (corpus.Period, int) {
	// Most stretches state no period: one forward scan says so.
	first := periodIn(toks, ref)
	if first == "" {
		return "", -1
	}
	// No period takes more than six tokens ("the third quarter of fiscal
	// 2025"), so each start is tried on a window that long. A window
	// with no token a period needs (mayAnchorPeriod) is passed over
	// unread: most of a stretch is words far from any number.
	anchor := len(toks) // the first token from k on that may anchor a period
	for k := len(toks) - 1; k >= 0; k-- {
		if mayAnchorPeriod(&toks[k]) {
			anchor = k
		}
		if anchor >= k+6 || !mayStartPeriod(toks, k) {
			continue
		}
		// "the three months ending June 30, 2024": a month after these
		// words ends a period that starts before it.
		if k > 0 && monthNumber(toks[k].lower) != 0 && toks[k-1].is5(wdEnding, wdEnded, wdTo, wdThrough, wdThru) {
			continue
		}
		if p := periodIn(toks[k:min(k+6, len(toks))], ref); p != "" {
			// "of 2020" ends "the second half of 2020": a start a few
			// words back may say more of the same year.
			start := k
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if !mayStartPeriod(toks, j) {
					continue
				}
				if q := periodIn(toks[j:min(j+6, len(toks))], ref); q != "" && q.Year() == p.Year() {
					p, start = q, j
				}
			}
			// "2.4% more than in 2021, left it with 7.7%": the period
			// a comparison names is the other figure's.
			if comparedAt(toks, marks, start) {
				// The tokens passed over are read for anchors too.
				for j := k - 1; j >= start; j-- {
					if mayAnchorPeriod(&toks[j]) {
						anchor = j
					}
				}
				k = start
				continue
			}
			return p, start
		}
	}
	return "", -1
}

// comparedAt reports a period starting at token k that a comparison
// names: "than in 2021", "against 2022", "compared with the first
// quarter".
func comparedAt(toks []token, marks []wordMark, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if marks[j]&comparesWith != 0 {
			return true
		}
		if !toks[j].is7(wdIn, wdWith, wdTo, wdThe, wdSame, wdPeriod, wdOf) {
			return false
		}
	}
	return false
}

// mayAnchorPeriod reports a token of the kinds every period periodScan
// reads holds one of: a number ("2025", "3Q25", "'25"), a word with a
// digit ("Q3", "FY24"), a capitalised month ("in March", "the quarter
// ended June 30") or the word "year", "month", "quarter" or "half" ("last
// year", "the second quarter"). Tokens without one state no period, so
// a scan may pass them over. A new period form in periodScan that needs
// none of these must add its word here.
func mayAnchorPeriod(t *token) bool {
	switch t.kind {
	case tokNum:
		return true
	case tokWord:
	default:
		return false
	}
	w := t.lower
	switch w {
	case "year", "month", "quarter", "half":
		return true
	}
	// A word starts with a letter; digits may follow it.
	for i := 1; i < len(w); i++ {
		if isDigit(w[i]) {
			return true
		}
	}
	return t.startsUpper() && len(w) >= 3 && len(w) <= 9 && monthNumber(w) != 0
}

// mayStateCalendarPeriod reports toks holding a token that every period
// periodIn reads against a calendarOnly ref needs: a year ("2025", "'25"),
// a word ending in a digit ("Q3", "FY24", the "Q25" of "3Q25"), a
// capitalised month or the word "year", "month", "quarter" or "half".
// It is mayAnchorPeriod narrowed to what articlePeriodIn can read, one
// cheap look a token: other numbers ("$10 billion") date nothing, and
// the periods read without any of these ("two years ago") are the
// publication date's, which calendarOnly leaves out. A new calendar
// period form in periodScan that needs none of these must add its word
// here (TestCalendarPeriodNeedsAnchor reads the sentences we have).
func mayStateCalendarPeriod(toks []token) bool {
	for k := range toks {
		t := &toks[k]
		switch t.kind {
		case tokNum:
			if len(t.text) == 4 || len(t.text) == 2 && k > 0 && (toks[k-1].text == "'" || toks[k-1].text == "’") {
				return true
			}
		case tokWord:
			if isDigit(t.lower[len(t.lower)-1]) || t.is4(wdYear, wdMonth, wdQuarter, wdHalf) || t.startsUpper() && monthNumber(t.lower) != 0 {
				return true
			}
		}
	}
	return false
}

// mayStartPeriod reports a token periodIn could start a period at: a
// number ("3Q25") or one of the words it looks at.
func mayStartPeriod(toks []token, k int) bool {
	t := &toks[k]
	if t.kind == tokNum {
		return true
	}
	if t.kind != tokWord {
		return false
	}
	w := t.lower
	return len(w) == 2 || k+1 < len(toks) && toks[k+1].is3(wdQuarter, wdHalf, symHyphen) || t.startsUpper() || startsPeriod(w) ||
		len(w) >= 4 && w[:4] == "full" || fiscalShort(w)
}

// fiscalShort reports a fiscal year written short: "fy2023", "fy23".
func fiscalShort(w string) bool {
	if len(w) != 4 && len(w) != 6 || !(w[0] == 'f' || w[0] == 'c') || w[1] != 'y' {
		return false
	}
	for i := 2; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// elided reports tokens between two figures that only name who holds the
// second, its verb left out: "and Microsoft", ", Google".
func (x *extractor) elided(from, to int) bool {
	if from >= to {
		return false
	}
	toks := x.s.toks
	k := from
	if toks[k].lower == "of" {
		// "Xiaomi held 27% of the market and Samsung 23%": what the
		// first figure is of belongs to it.
		for j := k + 1; j < to && j < k+7; j++ {
			if x.tokIs(j, namesMarket) {
				k = j + 1
				break
			}
		}
	}
	// "Vivo with a 9% market share and Oppo with a 7% share": so does
	// the share noun after it, and the next figure's article.
	for k < to && toks[k].is2(wdMarket, wdShare) {
		k++
	}
	for ; k < to; k++ {
		t := &toks[k]
		// "ahead of Fabrikam at 26% and Tailspin at 22%", "Yahoo second
		// on 9.7%": "at" or "on" right before a figure puts it in a list.
		if t.is4(wdAnd, symComma, wdWith, wdWhile) || x.inCompany(k) || k == to-1 && t.is4(wdA, wdAn, wdAt, wdOn) {
			continue
		}
		return false
	}
	return true
}

// inCompany reports whether token k is inside a company the sentence names.
func (x *extractor) inCompany(k int) bool {
	for _, m := range x.s.companies {
		if m.start <= k && k < m.end {
			return true
		}
	}
	return false
}

// companyWithin reports a company's name with a token in from..to-1.
func (x *extractor) companyWithin(from, to int) bool {
	for _, m := range x.s.companies {
		if m.start < to && from < m.end {
			return true
		}
	}
	return false
}

// figureStart returns the first token of the figure ending at end.
func (x *extractor) figureStart(end int) int {
	for _, p := range x.s.qty {
		if p.end == end {
			return p.start
		}
	}
	return end
}

// periodRef is what a period stated without its year is read against: the
// year of the article's period, else its publication date.
func (x *extractor) periodRef() when {
	if y := x.ctxPeriod.Year(); y != 0 {
		w := when{year: y, published: x.pub.year, publishedMonth: x.pub.month, article: x.ctxPeriod}
		if y == x.pub.year {
			// "78.3% by June", in an article of January on January's
			// figures: a month yet to come that year is the last one's.
			// An undated article's date is a guess that its own period
			// may pass.
			w.month = x.pub.month
			if e := x.ctxPeriod.EndMonth() - y*12; e > w.month && e <= 12 {
				w.month = e
			}
		}
		return w
	}
	return x.pub
}

// period is the span a market share is for: one stated next to it (see
// localPeriod), else the article's first, else any the sentence states
// before it compares the figure with another ("63%, up from 62% in 2024"
// says nothing of when the 63% was).
func (x *extractor) period(q *quantity) corpus.Period {
	if p := x.respectivePeriod(q); p != "" {
		// "41% and 38% in 2023 and 2024 respectively"
		return p
	}
	if p := x.ownedRunYear(q); p != "" {
		// "shares for 2014 and 2015: Sony 27% and 35%; Samsung 19% and
		// 19%"
		return p
	}
	if x.spansPeriods(q) && !x.changeStart(q) && !x.changeEnd(q) {
		// ("fell from 11% to 10% over the past two quarters" is a change
		// across them, its ends each of one quarter.)
		return ""
	}
	if c := x.table[q.start]; c.period != "" {
		return c.period // "| Q3 2019 market share |": the column's
	}
	if years, quarters, ok := x.inlineColumnBack(q); ok {
		// "GPU supplier | share this quarter | share last quarter |
		// share last year AMD | 18.0% | 22.5% | 37.9%": the column's
		// heading dates the figure back from the article's period.
		return x.ctxPeriod.Back(years, quarters)
	}
	if bp, open := x.bracketsPeriod(); bp != "" && q.start > open {
		// "Shares in Q2 2024 (Q2 2023 in brackets): Samsung 18% (20%)":
		// a bracketed figure is the period the note names, the others
		// the one before the note.
		if q.start > 0 && x.s.toks[q.start-1].text == "(" {
			return bp
		}
		if p := periodIn(x.s.toks[:open], x.periodRef()); p != "" {
			return p
		}
	}
	if from, to, ok := x.leadSpan(); ok && (x.changeStart(q) || x.changeEnd(q)) {
		// "From Q1 2022 to Q3 2023 its share went up from 54% to 59%":
		// the span the sentence opens with dates each end of the change.
		if x.changeStart(q) {
			return from
		}
		if x.seriesGoesOn(q) && len(to) == 7 && isDigit(to[5]) && to.EndMonth()-from.EndMonth() == 2 {
			// "From February to April 2016 Chrome edged up from 59% to
			// 60.1% and then 60.5%": three figures for three months,
			// the middle one March's.
			return monthsBack(to, 1)
		}
		return to
	}
	if from, to, ok := x.trailingSpan(q); ok && (x.changeStart(q) || x.changeEnd(q)) {
		// "dropped from 69.1% to 45.3% between January 2025 and January
		// 2026": the span after the change dates each end of it.
		if x.changeStart(q) {
			return from
		}
		return to
	}
	if x.changeStart(q) && x.prevSpan != nil && periodIn(x.s.toks, x.periodRef()) == "" {
		// "From February to April Chrome rose from 59% to 60.5%.
		// Microsoft's browsers slipped from 16.6% to 15.5%": a change the
		// next sentence states with no period of its own starts where
		// the span the sentence before opened with does.
		if from, _ := leadSpan(x.prevSpan, x.periodRef()); from != "" {
			return from
		}
	}
	if start, end := x.changeStart(q), x.changeEnd(q); start || end {
		if from, to, ok := x.sameStretch(); ok {
			// "In January 2025 OpenAI took 50%; by March 2026 its slice
			// had shrunk to 27%. Over the same stretch Anthropic climbed
			// from 4% to 20%": the change runs over the span the
			// sentence before stated.
			if start {
				return from
			}
			return to
		}
	}
	if p, ok := x.sameSpanAfter(q); ok {
		// "17.8% in the same period one year ago", "8% in the same
		// quarter of 2023": the span the sentence states, else the
		// article's, in another year.
		return p
	}
	if base, ok := x.samePeriodBefore(q); ok {
		// "a 5% decline from the same period last year, when Samsung held
		// a 20% share": the sentence's period a year back.
		return base.Back(1, 0)
	}
	if years, quarters, ok := x.relativeAfter(q); ok {
		if quarters < 0 {
			// "down from 66.8% a month before", "from 7.9% six months
			// ago": months before the article's period, when they make
			// whole periods of its length.
			if p := monthsBack(x.ctxPeriod, -quarters); p != "" {
				return p
			}
		} else {
			// "up from 61% a year ago": the period before the article's.
			base := x.ctxPeriod
			if base == "" && x.pub.month != 0 && slices.ContainsFunc(x.s.qty, func(p quantity) bool { return x.saysTheQuarter(&p) }) {
				base = x.lastQuarter()
			}
			if base == "" {
				// "29% of the market last quarter, down from 31% in the
				// same period a year ago": back from the period of the
				// figure it is compared with.
				if p, ok := x.levelChangedFrom(q); ok {
					base = x.localPeriod(&p)
				}
			}
			return base.Back(years, quarters)
		}
	}
	if _, p := leadSpan(&x.s, x.periodRef()); p != "" && x.changeEnd(q) {
		return p // "From Q1 2022 to Q3 2023 ... from 54% to 59%"
	}
	if x.changeEnd(q) && x.sinceBefore(q) {
		// "has slipped since 2019 from 30% to 24%": where the change
		// ends is now, not the year it started.
		return x.ctxPeriod
	}
	if x.changeStart(q) || x.fromAfterTo(q) {
		if p, _ := leadSpan(&x.s, x.periodRef()); p != "" {
			// "From Q1 2022 to Q3 2023 its share went up from 54% to
			// 59%": a change starts where the span the sentence opens
			// with does.
			return p
		}
		// "in the fourth quarter its share fell from 18% to 16%": where
		// a change starts is the period before the one it ends in.
		base := x.localPeriod(q)
		if lead := x.leadPeriod(); base == "" && lead != "" && x.ctxPeriod != "" && x.ctxPeriod.EndMonth() < lead.EndMonth() {
			// "In 2023 OpenAI held 50%. By mid-2025 ... Anthropic's rose
			// from 12% to 32% over the same period": a change that ends
			// in the period the sentence opens with starts in the one
			// the article stated before it.
			return x.ctxPeriod
		}
		if base == "" {
			base = x.ctxPeriod
		}
		if !x.sinceBefore(q) {
			// "67.6%, more than in the fourth quarter of last year, while
			// Samsung's share fell from 8.1% to 7.7%": the change starts
			// the period before the one it ends in, whatever a period
			// before it says of another figure.
			if i := slices.IndexFunc(x.s.qty, func(p quantity) bool { return p.start > q.end }); i >= 0 {
				if p := x.period(&x.s.qty[i]); p != "" {
					base = p
				}
			}
		}
		switch {
		case x.sinceBefore(q):
			// "Since early 2017 their share has dropped from 27% to 13%":
			// the change starts in the period "since" names.
			return base
		case x.yearOnYear() || x.cmp.yearBack(x.earlier):
			// "Its share fell from 14.0% to 12.5%" after "the market
			// contracted by 5% over the year": the year before's.
			return base.Back(1, 0)
		}
		if n, unit := x.pastSpan(); n > 0 {
			// "In the last three months alone its share dropped from
			// 76.4% to 68.0%": the change starts that long before.
			if y, qs, ok := unitsBack(n, unit); ok {
				if qs < 0 {
					return monthsBack(base, -qs)
				}
				return base.Back(y, qs)
			}
		}
		if len(base) == 7 && isDigit(base[5]) {
			// "slipped from 24.64% to 24.58%" in a report on a month:
			// the month before the one the change ends in.
			return monthsBack(base, 1)
		}
		return base.Previous()
	}
	if b := x.ctxPeriod; len(b) == 7 && isDigit(b[5]) && x.changeEnd(q) && x.seriesGoesOn(q) && x.leadPeriod() == "" {
		// "fell from 16.1% to 15.7% and 15.6%" in a report on a month:
		// the middle figure is the month before's.
		return monthsBack(b, 1)
	}
	if x.ctxPeriod != "" && x.thatPeriodAfter(q) {
		// "Lenovo said on Aug 16 that it reached a 15% share in that
		// quarter": the quarter the article reports on, not the day
		// it was said.
		return x.ctxPeriod
	}
	if toks := x.s.toks; x.ctxPeriod != "" && q.end < len(toks) && toks[q.end].is3(wdNow, wdToday, wdCurrently) {
		// "had a 5% share in the same quarter last year and has 6% now":
		// the article's period, whatever the sentence said before.
		return x.ctxPeriod
	}
	if p := x.levelLeftPeriod(q); p != "" {
		return p
	}
	if p := x.localPeriod(q); p != "" {
		return p
	}
	if toks := x.s.toks; q.end+1 < len(toks) && toks[q.end].lower == "by" && isYearText(toks[q.end+1].text) {
		// "expected to fall to 75% by 2027": the year a share is to
		// reach.
		return corpus.Period(toks[q.end+1].text)
	}
	if lead := x.leadPeriod(); lead != "" && !x.nowBetween(0, q.start) {
		// "By mid-2025 its share had dropped to 25%, while Anthropic's
		// rose from 12% to 32%": the period the sentence opens with is
		// that of each figure with none of its own.
		return lead
	}
	if x.ctxPeriod != "" {
		if q.start > 0 && x.s.toks[q.start-1].lower == "from" && len(x.ctxPeriod) == 4 {
			// "left it with 7.7% of the market, down from 9.8%": in a
			// report on a year, the figure a change starts from is the
			// year before's.
			return x.ctxPeriod.Back(1, 0)
		}
		return x.ctxPeriod
	}
	end := q.end
	for end < len(x.s.toks) && !x.s.toks[end].is2(wdFrom, wdSince) && !x.tokIs(end, comparesWith) {
		end++
	}
	if p := x.periodOutsideCompared(end); p != "" {
		return p
	}
	// "rose to 18% in the quarter", "Samsung led in the quarter with
	// 18%", in an article that names no quarter: the last one over when
	// it appeared.
	if x.pub.month != 0 && (x.saysTheQuarter(q) || x.sentenceSaysTheQuarter(q)) {
		return x.lastQuarter()
	}
	if x.pub.year != 0 && x.nowBetween(max(0, q.start-4), q.start) && !x.sentenceHas(wChangeBefore) {
		// "Together the three now account for 60%", in an article that
		// names no period: the share as it stands the year published.
		// One set against an earlier level ("now holds 20%, up four
		// points from last year") says only how it moved.
		return corpus.Period(strconv.Itoa(x.pub.year))
	}
	return ""
}

// periodOutsideCompared is the first period the sentence states before
// token end that dates no figure set against another: in "a 9.2% share,
// compared with 8.8% in the second quarter of 2024, while Northwind had
// 8.5%" the quarter is the 8.8%'s alone, and Northwind's figure, in an
// article that names no period, has none.
func (x *extractor) periodOutsideCompared(end int) corpus.Period {
	toks, ref := x.s.toks, x.periodRef()
	from := 0
	for _, p := range x.s.qty {
		if p.kind == qtyCount || p.end >= end || p.start < from || !x.comparedFigure(p.end) {
			continue
		}
		pp, at := lastPeriodAt(toks[p.end:end], x.s.marks[p.end:end], ref)
		if pp == "" || at > 2 || periodIn(toks[p.end:p.end+at], ref) != "" {
			continue
		}
		if got := periodIn(toks[from:x.figureStart(p.end)], ref); got != "" {
			return got
		}
		// The longest reading: "in the second quarter" already names a
		// quarter of the year the article is read against.
		n := min(6, end-p.end-at)
		for n > 1 && periodIn(toks[p.end+at:p.end+at+n], ref) != pp {
			n--
		}
		from = p.end + at + n
	}
	return periodIn(toks[from:end], ref)
}

// bracketsPeriod reads a note that says what bracketed figures are,
// "(Q2 2023 in brackets)", "(2023 figures in parentheses)": the period it
// names and where its bracket opens; "" when the sentence has none.
func (x *extractor) bracketsPeriod() (corpus.Period, int) {
	// Asked for each share's period; read once a sentence.
	if !x.bracketRead {
		x.bracketRead = true
		x.bracket, x.bracketAt = x.readBracketsPeriod()
	}
	return x.bracket, x.bracketAt
}

// readBracketsPeriod is bracketsPeriod worked out.
func (x *extractor) readBracketsPeriod() (corpus.Period, int) {
	toks := x.s.toks
	// Each token is read in place: a copy of each is 48 bytes.
	said := false
	for k := range toks {
		if toks[k].is3(wdBrackets, wdParentheses, wdParenthesis) {
			said = true
			break
		}
	}
	if !said {
		return "", -1
	}
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].text != "(" {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+8 && toks[j].text != ")"; j++ {
			if toks[j].is3(wdBrackets, wdParentheses, wdParenthesis) && toks[j-1].lower == "in" {
				if p := periodIn(toks[k+1:j], x.periodRef()); p != "" {
					return p, k
				}
				if y := yearOf(toks[k+1]); y != 0 {
					return corpus.Year(y), k // "(2023 figures in brackets)"
				}
			}
		}
	}
	return "", -1
}

// sentenceSaysTheQuarter reports "in the quarter" before q in its
// sentence: "Samsung led in the quarter with 18%, while Apple had 16%",
// "revenue grew 31% in the quarter, while its share rose to 22%" speak
// of one quarter.
func (x *extractor) sentenceSaysTheQuarter(q *quantity) bool {
	toks := x.s.toks
	for k := 0; k+2 < q.start; k++ {
		if toks[k].is2(wdIn, wdDuring) && toks[k+1].lower == "the" && toks[k+2].lower == "quarter" && !(k+3 < len(toks) && toks[k+3].lower == "of") {
			return true
		}
	}
	return false
}

// lastQuarter is the last quarter over when the article appeared.
func (x *extractor) lastQuarter() corpus.Period {
	return corpus.Quarter(x.pub.year, (x.pub.month-1)/3+1).Previous()
}

// saysTheQuarter reports "in the quarter" right after q, or after the
// share it is of ("a 19% share in the quarter", "a 19% market share").
func (x *extractor) saysTheQuarter(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k+1 < len(toks) && toks[k].lower == "market" && toks[k+1].lower == "share" {
		k++
	}
	if k < len(toks) && toks[k].lower == "share" {
		k++
	}
	// "a third of the market in the quarter", "20% of global
	// shipments in the quarter": past what the figure is of.
	if k < len(toks) && toks[k].lower == "of" {
		for j := k + 1; j < len(toks) && j <= k+5 && toks[j].kind == tokWord; j++ {
			if toks[j].is3(wdIn, wdFor, wdDuring) {
				k = j
				break
			}
		}
	}
	return k+2 < len(toks) && toks[k].is3(wdIn, wdFor, wdDuring) && toks[k+1].lower == "the" && toks[k+2].lower == "quarter" && !(k+3 < len(toks) && toks[k+3].lower == "of")
}

// samePeriodBefore reads "the same period last year" or "the same
// quarter a year earlier" before q in its sentence, and returns the
// period the sentence states before it, else the article's.
func (x *extractor) samePeriodBefore(q *quantity) (corpus.Period, bool) {
	toks := x.s.toks
	for k := q.start - 1; k >= 1 && k >= q.start-16; k-- {
		if !toks[k].is2(wdPeriod, wdQuarter) || toks[k-1].lower != "same" || k+2 >= q.start {
			continue
		}
		if !(toks[k+1].lower == "last" && toks[k+2].lower == "year" || toks[k+1].lower == "a" && toks[k+2].lower == "year") {
			return "", false
		}
		// Only a clause on that period, "..., when Samsung held 20%";
		// "more than in the same period last year, holding 40.6%" goes
		// back to the sentence's own period.
		when := false
		for j := k + 3; j < q.start; j++ {
			when = when || toks[j].lower == "when"
		}
		if !when {
			return "", false
		}
		base := periodIn(toks[:k-1], x.periodRef())
		if base == "" {
			base = x.ctxPeriod
		}
		return base, base != ""
	}
	return "", false
}

// sameSpanAfter reads "the same period a year ago", "the same quarter
// last year", "the same time a year earlier" or "the same quarter of
// 2023" in the clause after q: the span the sentence stated before q (else
// the article's) moved to the year it names. "Same" is rare, so most
// figures end the scan at their clause's end having compared one word.
func (x *extractor) sameSpanAfter(q *quantity) (corpus.Period, bool) {
	toks := x.s.toks
	// Twelve words reach "the 17.8% market share earned by GM in the same
	// period one year ago"; a number or a clause's punctuation ends the
	// search before it strays to another figure's.
	for k := q.end; k+2 < len(toks) && k < q.end+12; k++ {
		if k == q.end && toks[k].text == "," && toks[k+1].id == wdSame {
			continue // "vs 22.8 percent, same time last year": the comma sets the span off as the figure's
		}
		if toks[k].kind == tokNum || toks[k].is4(symSemicolon, symComma, symLParen, wdWhile) {
			return "", false
		}
		if toks[k].id != wdSame || !(x.tokIs(k+1, namesPeriod) || toks[k+1].is3(wdPeriod, wdTime, wdPoint)) {
			continue
		}
		base := periodIn(toks[:q.start], x.periodRef())
		if base == "" {
			base = x.ctxPeriod
		}
		if base == "" {
			return "", false
		}
		j := k + 2
		if j+1 < len(toks) && toks[j].is2(wdOf, wdIn) {
			if y := yearOf(toks[j+1]); y != 0 && y < base.Year() {
				return base.Back(base.Year()-y, 0), true // "the same quarter of 2023"
			}
			j++
			if j < len(toks) && toks[j].lower == "the" {
				j++ // "the same period of the previous year"
			}
		}
		if j+1 < len(toks) && toks[j].is3(wdLast, wdPrevious, wdPrior) && toks[j+1].lower == "year" ||
			j+2 < len(toks) && toks[j].is2(wdA, wdOne) && toks[j+1].lower == "year" && toks[j+2].is4(wdAgo, wdEarlier, wdBefore, wdPrior) {
			return base.Back(1, 0), true
		}
		return "", false
	}
	return "", false
}

// leadSpan reads the span a sentence states before its first figure,
// "from Q1 2022 to Q3 2023", "between 2019 and 2024": the periods a
// change within it starts and ends in.
func (x *extractor) leadSpan() (from, to corpus.Period, ok bool) {
	end := len(x.s.toks)
	for _, q := range x.s.qty {
		if q.kind != qtyCount {
			end = q.start
			break
		}
	}
	return x.spanIn(0, end)
}

// trailingSpan reads the span stated right after the end of a change,
// "dropped from 69.1% to 45.3% between January 2025 and January 2026":
// the periods its start and end are of.
func (x *extractor) trailingSpan(q *quantity) (from, to corpus.Period, ok bool) {
	toks := x.s.toks
	end := q.end
	if x.changeStart(q) {
		for _, p := range x.s.qty {
			if p.start > q.end {
				end = p.end
				break
			}
		}
	}
	if end >= len(toks) || !toks[end].is2(wdBetween, wdFrom) {
		return "", "", false
	}
	limit := len(toks)
	for _, p := range x.s.qty {
		if p.kind != qtyCount && p.start > end {
			limit = p.start
			break
		}
	}
	return x.spanIn(end, min(limit, end+16))
}

// spanIn reads the first span "from A to B" or "between A and B" that
// starts in tokens from to end.
func (x *extractor) spanIn(start, end int) (from, to corpus.Period, ok bool) {
	toks := x.s.toks
	ref := x.periodRef()
	for k := start; k+3 < end; k++ {
		if !toks[k].is2(wdFrom, wdBetween) {
			continue
		}
		for j := k + 2; j < end && j <= k+7; j++ {
			if !toks[j].is3(wdTo, wdAnd, wdThrough) {
				continue
			}
			span := func(ts []token) corpus.Period {
				if len(ts) == 0 {
					return ""
				}
				if p := periodIn(ts, ref); p != "" {
					return p
				}
				if y := yearOf(ts[0]); y != 0 {
					return corpus.Year(y) // "between 2019 and 2024"
				}
				return ""
			}
			from, to = span(toks[k+1:j]), span(toks[j+1:min(j+7, end)])
			if from == "" && to != "" {
				from = monthOfYear(toks[k+1:j], to)
			}
			return from, to, from != "" && to != ""
		}
		return "", "", false
	}
	return "", "", false
}

// leadPeriod is the period a sentence opens with, before its first
// figure: "By mid-2025", "In the third quarter,". It is read once a
// sentence.
func (x *extractor) leadPeriod() corpus.Period {
	if x.leadRead {
		return x.lead
	}
	x.leadRead = true
	end := len(x.s.toks)
	for _, q := range x.s.qty {
		if q.kind != qtyCount {
			end = q.start
			break
		}
	}
	// Only a sentence that opens with it: "Google entered the market in
	// 2008 and now holds 11%" dates what Google did, not its share.
	if t := x.s.toks[0]; end > 0 && (t.is8(wdIn, wdBy, wdDuring, wdThroughout, wdFor, wdAt, wdAs, wdOver) || len(t.lower) == 2 || monthNumber(t.lower) != 0) {
		x.lead = periodIn(x.s.toks[:min(end, 6)], x.periodRef())
	}
	return x.lead
}

// leadSpan reads the span sentence s opens with, before its first
// figure: Q1 2022 and Q3 2023 of "From Q1 2022 to Q3 2023", 2019 and 2024
// of "Between 2019 and 2024"; "" when it opens with none.
func leadSpan(s *sentence, ref when) (from, to corpus.Period) {
	toks := s.toks
	if len(toks) < 4 || !toks[0].is2(wdFrom, wdBetween) {
		return "", ""
	}
	end := len(toks)
	for _, q := range s.qty {
		if q.kind != qtyCount {
			end = q.start
			break
		}
	}
	// A bare year ("2019") states a period only here, after "from".
	at := func(ts []token) corpus.Period {
		if len(ts) == 1 && ts[0].kind == tokNum && len(ts[0].text) == 4 {
			y := 0
			for _, c := range ts[0].text {
				y = y*10 + int(c-'0')
			}
			if y >= 1990 && y <= 2100 {
				return corpus.Year(y)
			}
		}
		return periodIn(ts, ref)
	}
	for k := 2; k < end && k < 8; k++ {
		if !toks[k].is3(wdTo, wdAnd, wdThrough) {
			continue
		}
		j := k + 1
		for j < end && j < k+6 && toks[j].text != "," {
			j++
		}
		from, to = at(toks[1:k]), at(toks[k+1:j])
		if from == "" && to != "" {
			from = monthOfYear(toks[1:k], to)
		}
		if from != "" && to != "" {
			return from, to
		}
		return "", ""
	}
	return "", ""
}

// monthOfYear reads a span's start written as a month alone, in the year
// its end names: the February of "From February to April 2016".
func monthOfYear(ts []token, to corpus.Period) corpus.Period {
	if len(ts) != 1 || to.Year() == 0 || !ts[0].startsUpper() || monthNumber(ts[0].lower) == 0 {
		return ""
	}
	// "From November to February 2016": a first month after the last is
	// the year before's.
	y, m := to.Year(), monthNumber(ts[0].lower)
	if y*12+m > to.EndMonth() {
		y--
	}
	return corpus.Month(y, m)
}

// changeStart reports a share a change starts from with no period of its
// own: the 18% of "fell from 18% to 16%".
func (x *extractor) changeStart(q *quantity) bool {
	toks := x.s.toks
	if q.start == 0 || toks[q.start-1].lower != "from" || q.end+1 >= len(toks) || toks[q.end].lower != "to" {
		return false
	}
	for _, p := range x.s.qty {
		if p.start > q.end {
			return p.kind == qtyPercent && p.start <= q.end+2
		}
	}
	return false
}

// fromAfterTo reports the share a change written end first starts from,
// the 14.9% of "lifting its share to 17.2% from 14.9%", when no period of
// its own follows it ("to 31.4% from 32.3% in the second quarter" dates
// it): it is the period before's, as the 18% of "fell from 18% to 16%".
func (x *extractor) fromAfterTo(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || toks[k].lower != "from" {
		return false
	}
	i := slices.IndexFunc(x.s.qty, func(p quantity) bool { return p.end == k })
	if i < 0 || x.s.qty[i].kind != qtyPercent || q.kind != qtyPercent || x.s.qty[i].start < 1 || toks[x.s.qty[i].start-1].lower != "to" {
		return false
	}
	end := q.end
	for end < len(toks) && end < q.end+8 && (toks[end].kind != tokNum || isYearText(toks[end].text)) && toks[end].text != "," && toks[end].text != ";" {
		end++
	}
	return periodIn(toks[q.end:end], x.periodRef()) == ""
}

// changeEnd reports a share a change ends at: the 13% of "dropped from
// 27% to just 13%".
func (x *extractor) changeEnd(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k > 0 && toks[k].is2(wdJust, wdOnly) {
		k--
	}
	if k < 1 || toks[k].lower != "to" {
		return false
	}
	for _, p := range x.s.qty {
		if p.end == k {
			return p.kind == qtyPercent && p.start > 0 && toks[p.start-1].lower == "from"
		}
	}
	return false
}

// sinceBefore reports "since" and a period before q: "Since early 2017".
func (x *extractor) sinceBefore(q *quantity) bool {
	toks := x.s.toks
	for k := 0; k+1 < q.start; k++ {
		if toks[k].lower == "since" && periodIn(toks[k+1:min(k+4, q.start)], x.periodRef()) != "" {
			return true
		}
	}
	return false
}

// yearOnYear reports a sentence that compares with the year before:
// "year-on-year", "year over year", "yoy".
func (x *extractor) yearOnYear() bool {
	toks := x.s.toks
	for k := range toks {
		t := &toks[k]
		if t.lower == "yoy" {
			return true
		}
		if t.lower == "year" && k+2 < len(toks) && toks[k+1].is2(wdOn, wdOver) && toks[k+2].lower == "year" ||
			t.lower == "year" && k+4 < len(toks) && toks[k+1].text == "-" && toks[k+2].is2(wdOn, wdOver) && toks[k+4].lower == "year" {
			return true
		}
	}
	return false
}

// articlePeriodIn is the period sentence s reports on, read against ref,
// for the article's period: the first it states before a comparison ("in
// Q2, 22% more than in the second quarter of 2023" reports on Q2, and a Q2
// compared with the second quarter of 2023 is that of 2024). A sentence
// that states a period only in a comparison gives that one.
func articlePeriodIn(s *sentence, ref when) corpus.Period {
	if ref.calendarOnly && !mayStateCalendarPeriod(s.toks) {
		// Most sentences read before an article's first period state
		// none, which one look at each token says.
		return ""
	}
	if _, to := leadSpan(s, ref); to != "" {
		return to // "From Q1 2022 to Q3 2023 ..." reports on where it ends
	}
	toks := s.toks
	for k := range toks {
		if toks[k].is2(wdPeaking, wdPeaked) {
			// "had always held more than 30%, peaking at 32% in 2021":
			// a peak is history, not what the article reports on.
			// (Tokens are read in place, not copied for a callback.)
			toks = toks[:k]
			break
		}
	}
	cut := len(toks)
	for k := range toks {
		switch toks[k].lower {
		case "than", "against", "versus", "compared":
			cut = k
		case "since":
			// "fell to 86.99%, the lowest since the firm began tracking
			// in 2009": where a span starts is no period reported on.
			return periodIn(toks[:k], ref)
		case "from":
			if k > 0 && s.bits[k-1].has(wChangeBefore) {
				cut = k
			}
			if k > 0 && toks[k-1].is2(wdPoints, wdPoint) {
				// "about 20%, up five percentage points from last year":
				// the period a change in points is measured from is no
				// level's.
				return periodIn(toks[:k], ref)
			}
			// "dropped to 42% from 51% in 2022", in 2024: a period after
			// the figure a change went from that ended over a year
			// before the article is that figure's, not the change's.
			// ("rose to 22% from 20% in the first quarter" may date
			// both.)
			if slices.ContainsFunc(s.qty, func(q quantity) bool {
				return q.kind == qtyPercent && q.end == k && q.start > 0 && toks[q.start-1].lower == "to"
			}) &&
				ref.month != 0 && ref.year != 0 {
				if p := periodIn(toks[k:], ref); p != "" && p.EndMonth() <= ref.year*12+ref.month-12 {
					return periodIn(toks[:k], ref)
				}
			}
		case "on":
			// "hit $45 billion in Q3, a 37% rise on Q3 2020"
			if k > 0 && s.bits[k-1].has(wChangeAfter) {
				cut = k
			}
			// "Phone sales grew 27% on the first quarter of 2020": the
			// period a growth is measured on, named right after "on", is
			// its base, and the article's period is not stated ("grew
			// 31% on the year in 2016" states it).
			if slices.ContainsFunc(s.qty, func(q quantity) bool {
				return q.kind == qtyPercent && q.end == k && q.start > 0 && s.bits[q.start-1].has(wChangeBefore)
			}) {
				j := k + 1
				if j < len(toks) && toks[j].lower == "the" {
					j++
				}
				if j < len(toks) && toks[j].lower != "year" && mayStartPeriod(toks, j) && periodIn(toks[j:min(j+6, len(toks))], ref) != "" {
					return periodIn(toks[:k], ref)
				}
			}
		}
		if cut < len(toks) {
			break
		}
	}
	if p := periodIn(toks[:cut], ref); p != "" || cut == len(toks) {
		if to := spanEnd(toks[:cut], p, ref); to != "" {
			return to // "added 6m subscribers between January 2019 and January 2020"
		}
		return p
	}
	if toks[cut].lower == "from" {
		// "Its share reached 63%, up from 58% at the end of 2023": a
		// change whose end came before it names only where it started.
		if cut >= 2 && toks[cut-2].text == "," && !slices.ContainsFunc(toks[cut:], func(t token) bool { return t.lower == "to" }) {
			return ""
		}
		// "fell from 27% in 2017 to 16% by the second quarter of 2021":
		// a change reports on where it ends, in its own clause ("to 30%
		// in 2020, and ZTE, which held 9% in 2019, ...").
		end := len(toks)
		for k := cut + 1; k+1 < len(toks); k++ {
			// "from 22.83% in September 2024 to 21.88% in June 2025, and
			// then to 21.83% by July 2025": "and then" carries the same
			// change on, and it ends where the last step does.
			then := k+2 < len(toks) && toks[k+1].lower == "and" && toks[k+2].lower == "then"
			if toks[k].text == ";" || toks[k].text == "," && toks[k+1].is4(wdAnd, wdWhile, wdBut, wdWhereas) && !then {
				end = k
				break
			}
		}
		if p := lastPeriodIn(toks[cut:end], s.marks[cut:end], ref); p != "" {
			return p
		}
		return lastPeriodIn(toks[cut:], s.marks[cut:], ref)
	}
	other := periodIn(toks[cut:], ref)
	if y := other.Year(); y != 0 && len(other) > 4 {
		// A period without a year, read against the year after the one
		// compared with, that falls on the same quarter or half.
		if p := periodIn(toks[:cut], when{year: y + 1}); p != "" && p[4:] == other[4:] {
			return p
		}
	}
	if s.marks[cut]&comparesWith != 0 && slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyPercent && q.end <= cut }) {
		// "Google had 11% of the market, versus 10% in 3Q22": the period
		// is the figure's compared with, not the one stated first.
		return ""
	}
	return other
}

// spansPeriods reports a figure that is an average over several periods:
// "averaged just under 30% over the past four quarters" belongs to no one
// quarter, and giving it the article's would put it beside that quarter's
// own share.
func (x *extractor) spansPeriods(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-4; k-- {
		if toks[k].is4(wdAveraged, wdAverage, wdAveraging, wdAverages) {
			return true
		}
	}
	for k := q.end; k+3 < len(toks) && k < q.end+4; k++ {
		if toks[k].text == "," || toks[k].text == ";" {
			break
		}
		if toks[k].is3(wdOver, wdAcross, wdIn) && toks[k+1].lower == "the" && (toks[k+2].lower == "past" || x.tokIs(k+2, namesEarlier)) &&
			x.lex.tokIn(lSpanCounts, &toks[k+3]) && k+4 < len(toks) && toks[k+4].is3(wdQuarters, wdYears, wdMonths) && !closesYear(toks, k+4) {
			return true
		}
	}
	return false
}

// closesYear reports the unit at k of "the last three months of 2022" or
// "the last six months of the year": the months that close a year are its
// quarter or half, no span running up to the article.
func closesYear(toks []token, k int) bool {
	return toks[k].is1(wdMonths) && k+1 < len(toks) && toks[k+1].is1(wdOf)
}

// relativeAfter reads a period stated relative to the article's right
// after q: "a year ago", "a year earlier", "last quarter", "the previous
// quarter"; or a figure a change starts from "over the year" ("rose from
// 61% to 65% over the year"). It returns how many years and quarters
// back; quarters -1 means a month back ("a month before").
func (x *extractor) relativeAfter(q *quantity) (years, quarters int, ok bool) {
	toks := x.s.toks
	back := func(w string) (int, int, bool) { return unitsBack(1, w) }
	// "Last year" reads against the article's period only for a figure
	// compared with ("up from 2% in the same period last year"); "21% of
	// the market last year" is last year's by the calendar.
	compared := false
	for k := q.start - 1; k >= 0 && k >= q.start-2; k-- {
		compared = compared || toks[k].is2(wdFrom, wdWith) || x.tokIs(k, comparesWith)
	}
	// "Samsung 18% (a year earlier: 20%)": the words that open the
	// bracket date the figure in it.
	if k := q.start - 4; k >= 0 && toks[k].is2(wdA, wdOne) && toks[k+2].is4(wdAgo, wdEarlier, wdBefore, wdPrior) && toks[k+3].is2(symColon, symComma) {
		return back(toks[k+1].lower)
	}
	// "a year ago", "last quarter", "in the same period last year"; not
	// in a bracket after the figure, which dates another. Figures set
	// against others as a run ("against 39.6% and 30.1% in the previous
	// quarter") share the period after the run's last.
	end := x.comparedRunEnd(q)
	for k := end; k < len(toks) && k < end+10; k++ {
		if toks[k].kind == tokNum || toks[k].text == ";" || toks[k].text == "," || toks[k].text == "(" {
			break
		}
		if k > end && x.tokIs(k, comparesWith) && toks[k].lower != "compared" {
			// "14% was unchanged from a year earlier": the period after
			// the comparison is what the figure is set against, not its
			// own. ("20% compared with a year ago" still reads back.)
			break
		}
		// "a year prior" dates a figure as "a year earlier" does.
		if k > end && toks[k].is4(wdAgo, wdEarlier, wdBefore, wdPrior) {
			if k > end+1 && toks[k-1].text == "-" {
				return back(toks[k-2].lower) // "in the year-ago quarter"
			}
			if k > end+1 {
				if n := countWord(toks[k-2]); n > 1 {
					return unitsBack(n, toks[k-1].lower) // "six months ago"
				}
			}
			if y, qs, ok := back(toks[k-1].lower); ok {
				return y, qs, ok
			}
			// "in the prior quarter": "prior" opens the period rather
			// than closing it, and the case below reads it.
		}
		// "the last quarter of 2023" names a quarter of its own; "in the
		// same quarter last year" is a year before the article's.
		// "the same time last year", "at this point last year": a time
		// of the year the article's period stands for.
		same := k >= 2 && (toks[k-2].lower == "same" && (x.tokIs(k-1, namesPeriod) || toks[k-1].is2(wdTime, wdPoint)) ||
			toks[k-2].is2(wdThis, wdThat) && toks[k-1].is2(wdTime, wdPoint))
		// "an 18.1 percent share last month" is the month before the
		// article appeared, as "last year" is the calendar's.
		if k+1 < len(toks) && x.tokIs(k, namesEarlier) && (compared || same || toks[k].lower != "last" || !toks[k+1].is3(wdYear, wdQuarter, wdMonth)) &&
			!(k+2 < len(toks) && toks[k+2].lower == "of") &&
			// "its 22% share for the whole of last year" is that
			// calendar year, however it is compared.
			!(k >= 2 && toks[k-1].lower == "of" && toks[k-2].is3(wdWhole, wdAll, wdFull)) {
			return back(toks[k+1].lower)
		}
	}
	if years, quarters, ok := x.relativeLead(q); ok {
		return years, quarters, true
	}
	if years, quarters, ok := x.earlierBefore(q); ok {
		return years, quarters, true
	}
	if q.start > 0 && toks[q.start-1].lower == "from" {
		for k := q.end; k+2 < len(toks); k++ {
			if toks[k].lower == "over" && toks[k+1].lower == "the" && (toks[k+2].lower == "year" || k+3 < len(toks) && toks[k+2].is2(wdPast, wdLast) && toks[k+3].lower == "year") {
				return 1, 0, true
			}
		}
	}
	return 0, 0, false
}

// comparedRunEnd returns where the run of percentages q opens ends, when
// a word of comparison opens the run and only commas and "and" join its
// figures: "against 39.6% and 30.1% in the previous quarter" ends at
// 30.1%. Otherwise it returns q's own end: "45% and 40% a year earlier"
// is no run set against anything, and dates only its last figure.
func (x *extractor) comparedRunEnd(q *quantity) int {
	toks, qs := x.s.toks, x.s.qty
	// Not "with" or "from": "led the market with 45% and 38% a year
	// earlier" opens with the lead figure, not a comparison.
	if q.start == 0 || !(toks[q.start-1].is2(wdAgainst, wdVersus) || x.tokIs(q.start-1, comparesWith)) {
		return q.end
	}
	qi := slices.IndexFunc(qs, func(p quantity) bool { return p.start == q.start })
	end := q.end
	for i := qi + 1; qi >= 0 && i < len(qs) && qs[i].kind == qtyPercent && qs[i].start > end && onlyListGlue(toks[end:qs[i].start]); i++ {
		end = qs[i].end
	}
	return end
}

// relativeLead reads a sentence or clause that opens by going back from
// the period the article reports on: "A year earlier, its share was 22%",
// "A quarter before, Lenovo had 23.5%", "In the previous quarter Amazon
// held 32%", "data shows that a year ago ChatGPT took 87%", "; a year
// earlier the figures were 23%", "Six months ago Contoso held 8%",
// "Microsoft, which a year ago held 23%, now has 25%". It
// gives every figure after it before a word of now ("today it holds 31%"
// is the article's period again). "Last year" opens such a clause only
// when a word of now follows the figure ("Last year Contoso had just 19%;
// it now has 29%"): alone it is the calendar year before. A change that
// starts after the now, in the same sentence ("while Northwind has dropped
// from 81% to 71%"), starts in that period too.
func (x *extractor) relativeLead(q *quantity) (years, quarters int, ok bool) {
	// The phrases are read once a sentence, not once a figure.
	if !x.relRead {
		x.relRead = true
		x.relN = x.readRelativeLeads(x.rel[:0])
	}
	found := false
	for _, r := range x.rel[:x.relN] {
		if r.start+2 < q.start && r.unit < q.start {
			years, quarters, found = r.years, r.quarters, true
		}
	}
	if !found {
		return 0, 0, false
	}
	if x.nowBetween(0, q.start) {
		// "it has now risen to 29%, while Northwind has dropped from 81%
		// to 71%": only a change's start goes back past the now.
		if !x.changeStart(q) {
			return 0, 0, false
		}
	}
	return years, quarters, true
}

// relLead is a phrase that opens a sentence or clause by going back from
// the article's period (see relativeLead): where it starts, where its unit
// is, and how far back it goes.
type relLead struct {
	start, unit     int
	years, quarters int
}

// readRelativeLeads appends to buf, up to its capacity, the phrases that
// open the sentence or one of its clauses by going back from the
// article's period, in order, and returns how many it holds.
func (x *extractor) readRelativeLeads(buf []relLead) int {
	toks := x.s.toks
	for c := 0; c+2 < len(toks) && len(buf) < cap(buf); c++ {
		if c > 0 && !toks[c-1].is9(symComma, symSemicolon, symColon, wdThat, wdWhile, wdWhereas, wdBut, wdWhich, wdWho) {
			continue
		}
		k := c
		if toks[k].is3(wdIn, wdDuring, wdOver) {
			k++
		}
		if k+2 >= len(toks) {
			break
		}
		n, unit := 1, -1
		switch {
		case countWord(toks[k]) > 0 && toks[k+2].is4(wdAgo, wdEarlier, wdBefore, wdPrior):
			n, unit = countWord(toks[k]), k+1 // "A year earlier", "six months ago"
		case toks[k].lower == "the" && x.tokIs(k+1, namesEarlier) && !toks[k+1].is2(wdLast, wdFormer):
			unit = k + 2 // "The previous quarter", "In the prior year"
		case toks[k].lower == "the" && toks[k+2].is2(wdBefore, wdEarlier):
			unit = k + 1 // "The year before"
		case toks[k].lower == "last" && toks[k+1].is3(wdYear, wdQuarter, wdMonth) && toks[k+2].lower != "of" && x.nowBetween(k+2, len(toks)):
			unit = k + 1 // "Last year Contoso had just 19%; it now has 29%"
		}
		if unit < 0 {
			continue
		}
		if y, qs, ok := unitsBack(n, toks[unit].lower); ok {
			buf = append(buf, relLead{start: k, unit: unit, years: y, quarters: qs})
			c = unit
		}
	}
	return len(buf)
}

// when is the date a period without a year is read against: a quarter,
// half or month takes its year, or the year before when it would otherwise
// end after month (a report published in February about "the fourth
// quarter"). Zero fields are unknown.
type when struct {
	year, month int
	// published is the year the article appeared, which "last year"
	// counts back from whatever year a period is read against.
	published int
	// publishedMonth is the month (1-12) the article appeared, which
	// "last month" counts back from; 0 when unknown or when month is it.
	publishedMonth int
	// calendarOnly leaves out periods said relative to the publication
	// ("last year"), which say when a figure is from only beside it.
	calendarOnly bool
	// article is the period the article reports on. "Late 2025" is its
	// period when that falls in the second half of 2025, "early 2025" when
	// in the first: the article says more precisely what the vague words
	// mean.
	article corpus.Period
	// skipVague leaves out "early 2025" and "late 2025", for an article
	// whose period some sentence states more precisely.
	skipVague bool
	// inferred marks a date worked out from the periods an undated
	// article names (see undatedRef), which dates periods but not deals.
	inferred bool
}

// ended reports whether period p ended by w's month; a period is always
// taken to have ended when w's month is unknown.
func (w when) ended(p corpus.Period) bool {
	return w.month == 0 || w.year == 0 || p.EndMonth() <= w.year*12+w.month
}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// monthNumber is the month, 1 to 12, a lower-case word names in full or
// short ("september", "sept", "sep"), 0 for any other word: a switch,
// which the compiler searches by length and bytes, where a map would hash
// each of the many words asked.
func monthNumber(w string) int {
	switch w {
	case "january", "jan":
		return 1
	case "february", "feb":
		return 2
	case "march", "mar":
		return 3
	case "april", "apr":
		return 4
	case "may":
		return 5
	case "june", "jun":
		return 6
	case "july", "jul":
		return 7
	case "august", "aug":
		return 8
	case "september", "sep", "sept":
		return 9
	case "october", "oct":
		return 10
	case "november", "nov":
		return 11
	case "december", "dec":
		return 12
	}
	return 0
}

// startsPeriod reports the lower-case words a period's wording can start
// at besides a capitalised word, a two-letter one ("Q3", "H1") or one
// before "quarter": a switch, so most words cost a comparison or two.
func startsPeriod(w string) bool {
	switch w {
	case "in", "for", "during", "of", "year", "early", "late", "mid", "since", "last", "this", "months", "quarter", "period", "throughout", "weeks",
		"ended", "finished", "closed", "fiscal", "calendar", "first", "opening", "final", "closing":
		return true
	}
	return false
}

// weeksEnding reads the date a span is said to end at from token j: "ending
// 28 October", "ended 17 February 2013", "to March 24", "ended June 30,
// 2019". It returns the month, the year (0 when none is written) and
// whether a date is there.
func weeksEnding(toks []token, j int) (month, year int, ok bool) {
	if j+1 >= len(toks) || !toks[j].is4(wdTo, wdEnded, wdEnding, wdThrough) {
		return 0, 0, false
	}
	k := j + 1
	if toks[k].kind == tokNum && len(toks[k].text) <= 2 {
		k++ // the day before the month
	}
	if k >= len(toks) || !toks[k].startsUpper() || monthNumber(toks[k].lower) == 0 {
		return 0, 0, false
	}
	month = monthNumber(toks[k].lower)
	k++
	k = pastDay(toks, k)
	if k < len(toks) && toks[k].kind == tokNum && len(toks[k].text) == 4 {
		y := 0
		for _, c := range toks[k].text {
			y = y*10 + int(c-'0')
		}
		if y >= 1990 && y <= 2100 {
			year = y
		}
	}
	return month, year, true
}

// quarterEndDay reports a date from token k ("June 30", "30 June",
// "Sept. 30") whose day is the last of a quarter's month, or one with no
// day ("ended June").
func quarterEndDay(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if toks[j].kind == tokNum && len(toks[j].text) <= 2 {
			return toks[j].text == "30" || toks[j].text == "31"
		}
	}
	return true
}

// dayAfter returns the token after the day of the month that follows the
// month at k ("January 16", "Sept. 30"), or 0 when none follows: a number
// of one or two digits up to 31 that is no figure of its own ("March 3
// million").
func dayAfter(toks []token, k int) int {
	j := k + 1
	if j < len(toks) && toks[j].text == "." {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokNum || len(toks[j].text) > 2 {
		return 0
	}
	d := 0
	for _, c := range toks[j].text {
		d = d*10 + int(c-'0')
	}
	if d < 1 || d > 31 || j+1 < len(toks) && (toks[j+1].text == "%" || toks[j+1].is6(wdPercent, wdPer, wdMillion, wdBillion, wdM, wdBn)) {
		return 0
	}
	return j + 1
}

// periodIn finds the first period toks state: "Q3 2025", "the third
// quarter of 2025", "the first half of 2024", "H1 2024", "March 2025", "in
// 2024". A quarter, half or month without a year is read against ref. A
// quarter or half of a fiscal year ("Q2 FY24", "the first half of fiscal
// 2025") is none: a fiscal year starts in any month, and a period holds
// only calendar spans, so it is left unstated rather than read as the
// calendar quarter of the same number. A fiscal year alone ("fiscal
// 2024") stays that year, as the labels read it.
func periodIn(toks []token, ref when) corpus.Period {
	p := periodScan(toks, ref)
	if len(p) == 7 && isDigit(p[5]) && yearToMonth(toks) {
		if p[5:] == "12" {
			// "the year ended December 2024" is the calendar year.
			return corpus.Year(p.Year())
		}
		return ""
	}
	if p != "" && (fiscalPart(toks) && !calendarBeforeFiscal(toks, p, ref) || offMonthQuarter(toks, p)) {
		return ""
	}
	return p
}

// offMonthQuarter reports period p read from a quarter named by a month
// that ends no calendar quarter: "the July quarter" (no period), "the
// July 2024 quarter" (2024-07), "the January quarter of 2025" (2025). It
// is a fiscal quarter ending in that month, which no calendar quarter,
// month or year is. A period the sentence states in other words ("in
// 2024, ahead of its July quarter results") stays.
func offMonthQuarter(toks []token, p corpus.Period) bool {
	// Looking back from "quarter", rare in a sentence, spares a month
	// lookup for every capitalised word.
	for k := 1; k < len(toks); k++ {
		if !toks[k].is1(wdQuarter) {
			continue
		}
		year := ""
		j := k - 1
		if j > 0 && toks[j].kind == tokNum && len(toks[j].text) == 4 {
			year = toks[j].text
			j-- // "the July 2024 quarter"
		}
		t := &toks[j]
		if t.kind != tokWord || !t.startsUpper() {
			continue
		}
		m := monthNumber(t.lower)
		if m == 0 || m%3 == 0 {
			continue
		}
		if year == "" && k+2 < len(toks) && toks[k+1].is1(wdOf) && toks[k+2].kind == tokNum && len(toks[k+2].text) == 4 {
			year = toks[k+2].text // "the July quarter of 2024"
		}
		switch {
		case len(p) == 7 && p[4] == '-' && isDigit(p[5]):
			if int(p[5]-'0')*10+int(p[6]-'0') == m {
				return true
			}
		case len(p) == 4:
			if string(p) == year {
				return true
			}
		}
	}
	return false
}

// calendarBeforeFiscal reports period p stated well before the first
// fiscal word in toks: "1.3 million in January 2024, citing Microsoft's Q2
// FY25 report" dates the count by January 2024, which no fiscal quarter
// named later takes part in. Read only when toks name a fiscal year's
// part, which few do.
func calendarBeforeFiscal(toks []token, p corpus.Period, ref when) bool {
	for k := range toks {
		if fiscalWord(&toks[k]) {
			// A fiscal part takes up to four words before its fiscal
			// word ("the second quarter of fiscal 2025").
			return k > 4 && periodScan(toks[:k-4], ref) == p
		}
	}
	return false
}

// yearToMonth reports a year said to end in a month: "the fiscal year to
// March 2024", "the year ending June": twelve months, not the month they
// end in.
func yearToMonth(toks []token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower == "year" && monthEndedAt(toks, k+1) >= 0 {
			return true
		}
	}
	return false
}

// fiscalPart reports a quarter or half of a fiscal year in toks: a fiscal
// word ("fiscal", "FY", "FY24") within a few words of a quarter or half
// ("Q2", "2Q", "second quarter", "H1"), with no punctuation between. A
// quarter said to end in a month ("the fiscal fourth quarter ended Sept.
// 30, 2020") is the calendar quarter ending then, and is read so.
func fiscalPart(toks []token) bool {
	fiscal := -1
	for k := range toks {
		t := &toks[k]
		if fiscalWord(t) {
			fiscal = k
			break
		}
	}
	if fiscal < 0 {
		return false
	}
	for k := range toks {
		t := &toks[k]
		if t.is3(wdEnded, wdEnding, wdThrough) && monthEndedAt(toks, k) >= 0 {
			return false
		}
	}
	for k := fiscal; k < len(toks); k++ {
		if !fiscalWord(&toks[k]) {
			continue
		}
		for _, dir := range [2]int{-1, 1} {
			for j, n := k+dir, 0; j >= 0 && j < len(toks) && n < 4; j, n = j+dir, n+1 {
				u := &toks[j]
				if u.kind == tokSym && u.text != "-" && u.text != "/" && u.text != "'" && u.text != "’" {
					break
				}
				if u.is3(wdQuarter, wdQuarters, wdHalf) || u.kind == tokWord && len(u.lower) == 2 && (u.lower[0] == 'q' || u.lower[0] == 'h') && isDigit(u.lower[1]) ||
					u.kind == tokWord && (u.lower == "q" || u.lower == "h") && j > 0 && toks[j-1].kind == tokNum && toks[j-1].joins(u) {
					return true
				}
			}
		}
	}
	return false
}

// monthEndedAt returns the index of the month that the end word at j
// leads to ("to September", "ended June 30", "ending in March"), or -1:
// the month a span stated before the end word ends in. "in" may stand
// between ("the quarter ending in June") because a span's end takes it,
// while a month standing alone does not.
func monthEndedAt(toks []token, j int) int {
	if j+1 >= len(toks) || !toks[j].is4(wdTo, wdEnded, wdEnding, wdThrough) {
		return -1
	}
	at := j + 1
	if toks[at].lower == "in" && toks[j].is2(wdEnded, wdEnding) && at+1 < len(toks) {
		at++
	}
	if !toks[at].startsUpper() || monthNumber(toks[at].lower) == 0 {
		return -1
	}
	return at
}

// fiscalWord reports a word naming a fiscal year: "fiscal", "FY",
// "FY24". Most words start with another letter and cost one compare.
func fiscalWord(t *token) bool {
	w := t.lower
	return t.kind == tokWord && w[0] == 'f' && (w == "fiscal" || w == "fy" || fiscalShort(w))
}

// periodScan is periodIn without its check for a fiscal year's part.
func periodScan(toks []token, ref when) corpus.Period {
	yearAt := func(k int) int {
		if k < 0 || k >= len(toks) || toks[k].kind != tokNum || len(toks[k].text) != 4 {
			return 0
		}
		y := 0
		for _, c := range toks[k].text {
			y = y*10 + int(c-'0')
		}
		if y < 1990 || y > 2100 {
			return 0
		}
		return y
	}
	// yearNear looks a few tokens on for the year: "Q3 2025", "third
	// quarter of 2025", "Q3 of fiscal 2025".
	yearNear := func(k int) int {
		// "the first quarter of last year", "the last six months of
		// this year": a year said against the article's, right after
		// "of"; "the first quarter, versus last year" names no year of
		// the quarter.
		j := k
		if j < len(toks) && toks[j].is1(wdOf) {
			j++
		}
		if afterOf := j > 0 && j <= len(toks) && toks[j-1].is1(wdOf); afterOf {
			if j+1 < len(toks) && toks[j].is2(wdLast, wdThis) && toks[j+1].is1(wdYear) && ref.published != 0 && !ref.calendarOnly {
				if toks[j].is1(wdLast) {
					return ref.published - 1
				}
				return ref.published
			}
		}
		for j := k; j < len(toks) && j < k+4; j++ {
			if y := yearAt(j); y != 0 {
				return y
			}
			if toks[j].kind == tokSym && toks[j].text != "'" && toks[j].text != "’" {
				break
			}
		}
		// "Q3'25", "Q3 '25"
		if k+1 < len(toks) && (toks[k].text == "'" || toks[k].text == "’") && toks[k+1].kind == tokNum && len(toks[k+1].text) == 2 {
			return 2000 + int(toks[k+1].text[0]-'0')*10 + int(toks[k+1].text[1]-'0')
		}
		return 0
	}
	// yearPart reads a year written before its quarter or half at k:
	// "2024Q3", "2024 Q3", "2024-H1".
	yearPart := func(k int) corpus.Period {
		y := yearAt(k)
		if y == 0 || k+1 >= len(toks) {
			return ""
		}
		j := k + 1
		if toks[j].text == "-" && j+1 < len(toks) && toks[k].joins(&toks[j]) && toks[j].joins(&toks[j+1]) {
			j++
		}
		w := toks[j].lower
		if toks[j].kind != tokWord || len(w) != 2 || j+1 < len(toks) && toks[j+1].kind == tokNum {
			return "" // "2024 Q3 2025" names its quarter's year after it
		}
		switch {
		case w[0] == 'q' && w[1] >= '1' && w[1] <= '4':
			return corpus.Quarter(y, int(w[1]-'0'))
		case w[0] == 'h' && w[1] >= '1' && w[1] <= '2':
			return corpus.Half(y, int(w[1]-'0'))
		}
		return ""
	}
	// orYear gives a period without a year of its own ref's year, or the
	// year before when the period would end after ref's month; endMonth
	// is the month (1-12) the period ends in its year.
	orYear := func(y, endMonth int) int {
		if y != 0 || ref.year == 0 {
			return y
		}
		if ref.month != 0 && endMonth > ref.month {
			return ref.year - 1
		}
		return ref.year
	}
	// monthsOf reads "the first three months of 2024", "the last six
	// months of the year" from the word at k: the quarter or half they
	// make up.
	monthsOf := func(k int) corpus.Period {
		if k+3 >= len(toks) || toks[k+2].lower != "months" || toks[k+3].lower != "of" {
			return ""
		}
		n := 3
		if toks[k+1].lower == "six" {
			n = 6
		} else if toks[k+1].lower != "three" {
			return ""
		}
		first := toks[k].is2(wdFirst, wdOpening)
		end := 12
		if first {
			end = n
		}
		y := yearNear(k + 4)
		if y == 0 && k+5 < len(toks) && toks[k+4].lower == "the" && toks[k+5].lower == "year" {
			y = orYear(0, end)
		}
		if y == 0 {
			return ""
		}
		if n == 3 {
			return corpus.Quarter(y, end/3)
		}
		return corpus.Half(y, end/6)
	}
	for k := range toks {
		t := &toks[k]
		if t.kind != tokWord {
			// A number's readings, its year worked out once: most tokens
			// are words, which skip them all.
			if t.kind == tokNum {
				if k+1 < len(toks) && toks[k+1].kind == tokWord && t.joins(&toks[k+1]) && len(t.text) == 1 {
					// "3Q25", "1H24"
					w := toks[k+1].lower
					if len(w) == 5 && (w[0] == 'q' || w[0] == 'h') && w[1:3] == "20" && isDigit(w[3]) && isDigit(w[4]) {
						// "3Q2024", "1H2025": the year written whole.
						w = w[:1] + w[3:]
					}
					if len(w) == 3 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' {
						y := 2000 + int(w[1]-'0')*10 + int(w[2]-'0')
						n := int(t.text[0] - '0')
						if w[0] == 'q' && n >= 1 && n <= 4 {
							return corpus.Quarter(y, n)
						}
						if w[0] == 'h' && n >= 1 && n <= 2 {
							return corpus.Half(y, n)
						}
					}
					// "4Q 2024", "1H 2025"
					if y := yearAt(k + 2); y != 0 && (w == "q" || w == "h") {
						n := int(t.text[0] - '0')
						if w == "q" && n >= 1 && n <= 4 {
							return corpus.Quarter(y, n)
						}
						if w == "h" && n >= 1 && n <= 2 {
							return corpus.Half(y, n)
						}
					}
				}
				if p := yearPart(k); p != "" {
					return p
				}
				if y := yearAt(k); y != 0 {
					if k > 0 && k+1 < len(toks) && toks[k-1].is4(wdS, wdIts, wdTheir, wdThe) && (toks[k+1].is3(wdShare, wdMarket, wdRanking) || toks[k+1].is3(wdSeries, wdRound, wdFunding)) {
						// "Contoso's 2023 market share", "the 2024
						// ranking", "its 2022 Series B"
						return corpus.Year(y)
					}
					if k+2 < len(toks) && toks[k+1].is2(wdCalendar, wdFiscal) && toks[k+2].lower == "year" {
						return corpus.Year(y) // "the 2023 calendar year"
					}
				}
			}
			continue
		}
		w := t.lower
		// month is the month a capitalised word names, 0 for any other
		// word: the cases below ask it of most words that reach them.
		month := 0
		if t.startsUpper() {
			month = monthNumber(w)
		}
		// Most words start no period; only these can, so the rest cost no
		// lookup. Of capitalised words only a month's name can (no case
		// below asks another word's case), so the names a sentence is
		// full of go no further.
		// "second quarter", "second-quarter"
		qk := k + 1
		if qk+1 < len(toks) && toks[qk].id == symHyphen && t.joins(&toks[qk]) {
			qk++
		}
		quarterNext := qk < len(toks) && toks[qk].is2(wdQuarter, wdHalf)
		if !(len(w) == 2 || quarterNext || startsPeriod(w) || month != 0 || len(w) >= 4 && w[:4] == "full" || fiscalShort(w) || w == "years" || w == "half") {
			continue
		}
		// endingIn reads "to September", "ended June 30", "ending March",
		// "ending in June" after token j: the quarter ending in that
		// month, and the token the month is at.
		endingIn := func(j int) (int, int, bool) {
			at := monthEndedAt(toks, j)
			if at < 0 {
				return 0, 0, false
			}
			m := monthNumber(toks[at].lower)
			if m%3 != 0 {
				return 0, 0, false
			}
			return m, at, true
		}
		// endingYear reads the year of "ended Sept. 30, 2020", "to
		// September 2025" from the month at j: the day and its
		// punctuation stand between them.
		endingYear := func(j int) int {
			k := pastDay(toks, j+1)
			return yearAt(k)
		}
		switch {
		case w == "last" && k+1 < len(toks) && toks[k+1].lower == "year" && ref.published != 0 && !ref.calendarOnly:
			// "21% of the market last year"
			return corpus.Year(ref.published - 1)
		case (w == "year" || w == "years") && k > 0 && k+1 < len(toks) && toks[k+1].lower == "ago" && countWord(toks[k-1]) > 0 &&
			ref.published != 0 && !ref.calendarOnly:
			// "raised $120 million in its Series C two years ago", in an
			// article of 2025: 2023, as "last year" is the calendar's.
			return corpus.Year(ref.published - countWord(toks[k-1]))
		case w == "this" && k > 1 && toks[k-1].lower == "time" && toks[k-2].lower == "first":
			// "regained fourth place for the first time this year with
			// 9%": the year is when the first happened, not the span
			// the figure was measured over.
		case w == "this" && k+1 < len(toks) && toks[k+1].lower == "year" && ref.published != 0 && !ref.calendarOnly:
			// "to around 5% by the end of this year"
			return corpus.Year(ref.published)
		case w == "last" && k+1 < len(toks) && toks[k+1].lower == "month" && ref.published != 0 && !ref.calendarOnly &&
			(ref.publishedMonth != 0 || ref.month != 0) && !(k > 0 && toks[k-1].lower == "the"):
			// "raised $100 million last month", in an article of April
			// 2023, is March 2023's; "the last month of 2024" is no month
			// before the article's.
			m := ref.publishedMonth
			if m == 0 {
				m = ref.month
			}
			n := ref.published*12 + m - 2
			return corpus.Month(n/12, n%12+1)
		case w == "last" && k+1 < len(toks) && toks[k+1].lower == "quarter" && ref.year != 0 && ref.month != 0 && !ref.calendarOnly &&
			!(k > 0 && toks[k-1].lower == "the"):
			// "last quarter", in an article of January 2025, is 2024's
			// fourth; "the last quarter of 2024" is read below.
			y, n := ref.year, (ref.month-1)/3
			if n == 0 {
				y, n = y-1, 4
			}
			return corpus.Quarter(y, n)
		case w == "year" && k+2 < len(toks) && toks[k+1].lower == "to" && toks[k+2].lower == "date" && ref.year != 0,
			len(w) >= 4 && w[:4] == "full" && k+1 < len(toks) && toks[k+1].lower == "year" && yearAt(k+2) == 0 && ref.year != 0 && !ref.calendarOnly:
			// "9% of the market year to date", "for the full year": the
			// year of the period the article reports on, as far as it
			// has run.
			return corpus.Year(ref.year)
		case (w == "calendar" || w == "fiscal") && yearAt(k+1) != 0:
			// "in calendar 2024", "as of fiscal 2020"
			return corpus.Year(yearAt(k + 1))
		case w == "fy" && yearAt(k+1) != 0:
			return corpus.Year(yearAt(k + 1))
		case fiscalShort(w):
			// "FY2023", "FY23"
			y := 0
			for i := 2; i < len(w); i++ {
				y = y*10 + int(w[i]-'0')
			}
			if y < 100 {
				y += 2000
			}
			return corpus.Year(y)
		case w == "months" && k > 0 && toks[k-1].lower != "three" && countWord(toks[k-1])%3 == 0 && countWord(toks[k-1]) > 3 ||
			w == "half" && k+1 < len(toks) && (toks[k+1].lower == "year" || k+2 < len(toks) && toks[k+1].text == "-" && toks[k+2].lower == "year"):
			// "the six months to June", "the half-year ended December
			// 31": a half; "the nine months to September 2024": the year
			// so far, dated by its year as a running total is. Other ends
			// ("the six months to September", "the 12 months to June")
			// are fiscal spans, and left unstated.
			// "half" may open the words read ("Half-year to June 2024"),
			// with no count before it.
			n, j := 6, k+2
			if w == "half" {
				if toks[k+1].text == "-" {
					j++
				}
			} else {
				n, j = countWord(toks[k-1]), k+1
			}
			m, at, ok := endingIn(j)
			if !ok {
				continue
			}
			y := orYear(endingYear(at), m)
			switch {
			case y == 0:
				continue
			case n == 6 && m%6 == 0:
				return corpus.Half(y, m/6)
			case n == 9 && m == 9, n == 12 && m == 12:
				// "the 12 months to December": the calendar year.
				return corpus.Year(y)
			}
			return ""
		case w == "year" && k+1 < len(toks) && toks[k+1].is3(wdTo, wdEnded, wdEnding):
			// "in the year to December", with no year of its own:
			// the calendar year last ended by the article's month;
			// a year ending in another month is a fiscal one, left
			// unstated.
			if m, at, ok := endingIn(k + 1); ok && m == 12 {
				if y := orYear(endingYear(at), m); y != 0 {
					return corpus.Year(y)
				}
			}
		case w == "months" && k > 0 && toks[k-1].lower == "three",
			w == "period" && k > 2 && toks[k-1].lower == "month" && toks[k-2].text == "-" && toks[k-3].lower == "three":
			// "in the three months to September", "the three-month
			// period ending Sept. 30, 2022"
			if m, at, ok := endingIn(k + 1); ok {
				if y := orYear(endingYear(at), m); y != 0 {
					return corpus.Quarter(y, m/3)
				}
			}
		case (w == "first" || w == "opening" || w == "last" || w == "final" || w == "closing") && k+2 < len(toks) && toks[k+2].lower == "months":
			if p := monthsOf(k); p != "" {
				return p
			}
		case w == "weeks" && k > 0 && toks[k-1].kind == tokNum,
			w == "period" && k > 2 && toks[k-1].lower == "week" && toks[k-2].text == "-" && toks[k-3].kind == tokNum:
			// "the 12 weeks ending 28 October", "the 12-week period to 24
			// March": a grocery panel's rolling weeks, dated by the month
			// they end in.
			if m, y, ok := weeksEnding(toks, k+1); ok {
				if y = orYear(y, m); y != 0 {
					return corpus.Month(y, m)
				}
			}
		case w == "period" && k > 0 && toks[k-1].lower == "the":
			// "in the period ended June 30": a quarter's last day ends
			// the quarter the figures are for.
			if m, y, ok := weeksEnding(toks, k+1); ok && m%3 == 0 && quarterEndDay(toks, k+2) {
				if y = orYear(y, m); y != 0 {
					return corpus.Quarter(y, m/3)
				}
			}
		case w == "quarter":
			// "the quarter ended June 30", "the quarter ended Sept. 30, 2020"
			if m, at, ok := endingIn(k + 1); ok {
				if y := orYear(endingYear(at), m); y != 0 {
					return corpus.Quarter(y, m/3)
				}
			}
		case month != 0 && k+2 < len(toks) && toks[k+1].is7(symHyphen, symEnDash, wdTo, wdAnd, wdThrough, wdThru, wdUntil) &&
			toks[k+2].startsUpper() && monthNumber(toks[k+2].lower) != 0:
			// "the July-September quarter", "between April and June",
			// "from July to December": months that make up a quarter or
			// a half.
			m1, m2 := month, monthNumber(toks[k+2].lower)
			j := k + 3
			if j < len(toks) && toks[j].is3(wdQuarter, wdPeriod, wdHalf) {
				j++
			}
			switch {
			case m2-m1 == 2 && m2%3 == 0:
				if y := orYear(yearNear(j), m2); y != 0 {
					return corpus.Quarter(y, m2/3)
				}
			case m2-m1 == 5 && m2%6 == 0:
				if y := orYear(yearNear(j), m2); y != 0 {
					return corpus.Half(y, m2/6)
				}
			}
		case len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4':
			if y := orYear(yearNear(k+1), 3*int(w[1]-'0')); y != 0 {
				if k > 0 && toks[k-1].is2(wdThrough, wdThru) {
					// "28% of the market through Q3 2021": the year so
					// far, which is how a running total is dated.
					return corpus.Year(y)
				}
				return corpus.Quarter(y, int(w[1]-'0'))
			}
		case len(w) == 2 && w[0] == 'h' && (w[1] == '1' || w[1] == '2'):
			if y := orYear(yearNear(k+1), 6*int(w[1]-'0')); y != 0 {
				return corpus.Half(y, int(w[1]-'0'))
			}
		case quarterNext && (w == "last" || w == "final") && yearNear(qk+1) != 0:
			// "the last quarter of 2023", "the final half of 2024"
			if toks[qk].lower == "quarter" {
				return corpus.Quarter(yearNear(qk+1), 4)
			}
			return corpus.Half(yearNear(qk+1), 2)
		case quarterNext && ordinals[w] != 0:
			if m, at, ok := endingIn(qk + 1); ok && toks[qk].lower == "quarter" {
				// "its fiscal fourth quarter ended Sept. 30, 2020": the
				// calendar quarter the month ends, whatever the company
				// numbers it.
				if y := orYear(endingYear(at), m); y != 0 {
					return corpus.Quarter(y, m/3)
				}
			}
			n := ordinals[w]
			months := 3
			if toks[qk].lower == "half" {
				months = 6
			}
			if y := orYear(yearNear(qk+1), min(n*months, 12)); y != 0 {
				if k > 1 && toks[k-1].lower == "the" && toks[k-2].is2(wdThrough, wdThru) && n <= 4 {
					return corpus.Year(y) // "through the third quarter": the year so far
				}
				if toks[qk].lower == "quarter" && n <= 4 {
					return corpus.Quarter(y, n)
				}
				if toks[qk].lower == "half" && n <= 2 {
					return corpus.Half(y, n)
				}
			}
		case month != 0 && k+1 < len(toks) && toks[k+1].is2(wdQuarter, wdHalf) && month%3 == 0:
			// "the September quarter", "the December half": the quarter or
			// half ending in that month.
			m := month
			if y := orYear(yearNear(k+2), m); y != 0 {
				if toks[k+1].lower == "quarter" {
					return corpus.Quarter(y, m/3)
				}
				if m%6 == 0 {
					return corpus.Half(y, m/6)
				}
			}
		case month != 0 && len(w) >= 3:
			if ref.calendarOnly && k > 0 && toks[k-1].lower == "since" {
				// "the first month since August 2009": where a span starts
				// says nothing of the period an article reports on.
				continue
			}
			if y := yearAt(k + 1); y != 0 {
				if m := month; m%3 == 0 && k+2 < len(toks) && toks[k+2].lower == "quarter" {
					return corpus.Quarter(y, m/3) // "the June 2025 quarter"
				}
				return corpus.Month(y, month)
			}
			if k > 0 && toks[k-1].lower == "last" && ref.published != 0 && !ref.calendarOnly {
				// "at the end of last June", "Last September the fund
				// put $2 billion": the latest such month over before the
				// article appeared, the year before's when that month
				// has not ended yet.
				m := ref.publishedMonth
				if m == 0 {
					m = ref.month
				}
				y := ref.published
				if a := ref.article; m != 0 && len(a) == 7 && isDigit(a[5]) && a.EndMonth() < y*12+m {
					// "down to 6.5% from 7.2% last June" in a report on
					// June: the June before the article's.
					y, m = a.Year(), a.EndMonth()-a.Year()*12
				}
				if m != 0 {
					if month >= m {
						y--
					}
					return corpus.Month(y, month)
				}
			}
			// "January 16, 2026", "Sept. 30 2025": a day's date is its
			// month's.
			day := dayAfter(toks, k)
			if day > 0 && k > 0 && toks[k-1].is5(wdEnding, wdEnded, wdTo, wdThrough, wdThru) {
				// "the three months ending June 30, 2024" is a quarter or
				// a year, which the words before the month say.
				day = 0
			}
			if day > 0 {
				j := day
				if j < len(toks) && toks[j].text == "," {
					j++
				}
				if y := yearAt(j); y != 0 {
					return corpus.Month(y, month)
				}
			}
			// "in March", "as of January 16", "in mid-December", "at
			// end-June": the month of the article's year, or of the year
			// before when March is yet to come.
			// "78.3% by June", read from right after a figure: the level
			// it had reached then.
			if k > 1 && toks[k-1].lower == "in" && toks[k-2].is2(wdEnded, wdEnding) && (k < 3 || toks[k-3].lower != "month") {
				// "the three months ending in August": a span ending in
				// the month, which the words before it say, not the month;
				// "the month ended in May" is May.
				continue
			}
			if ref.year != 0 && k > 0 && (toks[k-1].is2(wdIn, wdSince) || k == 1 && toks[0].lower == "by" || day > 0 && toks[k-1].is3(wdOn, wdBy, wdThe) ||
				k > 1 && toks[k-1].lower == "of" && toks[k-2].is2(wdAs, wdEnd) ||
				k > 1 && toks[k-1].text == "-" && toks[k-2].is4(wdMid, wdEarly, wdLate, wdEnd) ||
				// "StatCounter's July breakdown", "its June figures": a
				// month an owner's data is named by.
				k > 1 && k+1 < len(toks) && (toks[k-1].is2(wdIts, wdTheir) || toks[k-1].lower == "s" && (toks[k-2].text == "'" || toks[k-2].text == "’")) &&
					toks[k+1].kind == tokWord && !toks[k+1].startsUpper() ||
				// "StatCounter's report for August", "the figures for
				// June": the month a firm's data are for.
				k > 1 && toks[k-1].is1(wdFor) && (dataNoun(toks[k-2]) || toks[k-2].is2(wdReport, wdReports))) {
				return corpus.Month(orYear(0, month), month)
			}
		case w == "mid" && (yearAt(k+1) != 0 || k+2 < len(toks) && toks[k+1].text == "-" && yearAt(k+2) != 0):
			// "by mid-2025": the year, as vague as "early" or "late".
			if ref.skipVague {
				continue
			}
			if y := yearAt(k + 1); y != 0 {
				return corpus.Year(y)
			}
			return corpus.Year(yearAt(k + 2))
		case (w == "early" || w == "late") && yearAt(k+1) != 0:
			if ref.skipVague {
				continue
			}
			// "late 2025" in an article about the fourth quarter of 2025
			// is that quarter.
			y := yearAt(k + 1)
			if a := ref.article; a.Year() == y && len(a) > 4 {
				if late := a.EndMonth()-y*12 > 6; late == (w == "late") {
					return a
				}
			}
			return corpus.Year(y)
		case w == "of" && k > 0 && toks[k-1].is2(wdBeginning, wdStart) && yearAt(k+1) != 0 && !ref.skipVague:
			// "57% at the beginning of 2016": a tracker's first figure of
			// the year is its first quarter's.
			return corpus.Quarter(yearAt(k+1), 1)
		case w == "since" && ref.calendarOnly:
			// "has grown fourfold since 2017": where a span starts says
			// nothing of the period an article reports on.
		case strings.HasPrefix(w, "full") || w == "in" || w == "for" || w == "during" || w == "of" || w == "year" ||
			w == "since" || w == "throughout" || w == "ended" || w == "finished" || w == "closed":
			// "throughout 2023", "ended 2024 with 31%"
			// "in 2022 and 2023", "from 2022 to 2024" are spans, not one
			// year; "in 2022 to $120 billion" is one.
			if p := yearPart(k + 1); p != "" {
				return p // "in 2024Q3"
			}
			if y := yearAt(k + 1); y != 0 && !(k+2 < len(toks) && toks[k+2].is2(wdAnd, wdTo) && yearAt(k+3) != 0) {
				return corpus.Year(y)
			}
		}
	}
	return ""
}

// unnamedSources reports a sentence that unnamed people say: "the people
// said", "people familiar with the matter", "sources close to the talks".
func (x *extractor) unnamedSources() bool {
	toks := x.s.toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].is2(wdPeople, wdSources) && (toks[k+1].is6(wdSaid, wdSay, wdSays, wdFamiliar, wdBriefed, wdClose) || toks[k-1].lower == "the" && toks[k+1].text == ".") {
			return true
		}
	}
	return false
}

// linedUpDebt reports a loan or financing among the few words from k,
// what "line up" arranges: "line up $18 billion loan", "lines up
// construction financing of up to USD 1.44 billion".
func linedUpDebt(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+6; j++ {
		if bitIn(s.bits, j, wRaise) || s.toks[j].is5(wdLoan, wdLoans, wdDebt, wdCredit, wdFacility) {
			return true
		}
	}
	return false
}

// unitsBack is n of the periods unit names back, as relativeAfter returns
// it: years, quarters, or months as negative quarters.
func unitsBack(n int, unit string) (years, quarters int, ok bool) {
	switch unit {
	case "year", "years":
		return n, 0, true
	case "quarter", "quarters":
		return 0, n, true
	case "month", "months":
		return 0, -n, true // months back: see period
	}
	return 0, 0, false
}

// countWord is the count a word or figure writes, "six" or "6", or "a",
// from one to twelve; 0 for any other.
func countWord(t token) int {
	if t.lower == "a" {
		return 1
	}
	return numberWord(t.lower)
}

// numberWord is the number from one to twelve a word or figure writes,
// "seven" or "7"; 0 for any other.
func numberWord(w string) int {
	switch w {
	case "one", "1":
		return 1
	case "two", "2":
		return 2
	case "three", "3":
		return 3
	case "four", "4":
		return 4
	case "five", "5":
		return 5
	case "six", "6":
		return 6
	case "seven", "7":
		return 7
	case "eight", "8":
		return 8
	case "nine", "9":
		return 9
	case "ten", "10":
		return 10
	case "eleven", "11":
		return 11
	case "twelve", "12":
		return 12
	}
	return 0
}

// monthsBack is the period n months before p, when p is a month, or a
// quarter or year and n makes whole quarters or years of it: six months
// before "2025-12" is "2025-06", before "2025-Q4" it is "2025-Q2". "" when
// they make no whole period.
func monthsBack(p corpus.Period, n int) corpus.Period {
	switch {
	case len(p) == 7 && isDigit(p[5]):
		m := p.EndMonth() - n - 1
		return corpus.Month(m/12, m%12+1)
	case len(p) == 7 && p[5] == 'Q' && n%3 == 0:
		return p.Back(0, n/3)
	case len(p) == 4 && n%12 == 0:
		return p.Back(n/12, 0)
	}
	return ""
}

// earlierBefore reads "the previous quarter" (or prior, preceding; year,
// month) a few words before q in its clause, with no figure between:
// "after it finished the previous quarter in third place with 19%" is the
// quarter before the article's. Set against ("on the previous quarter",
// "from the prior year") it is only where a change starts: "lost ground on
// the previous quarter, falling from 36.4% to 33.2%" dates the 36.4%, not
// the 33.2%, nor the level of "grew 5% on the previous quarter to 30%".
func (x *extractor) earlierBefore(q *quantity) (years, quarters int, ok bool) {
	toks := x.s.toks
	lo := q.start - 12
	for _, p := range x.s.qty {
		if p.end <= q.start && p.kind != qtyCount {
			lo = max(lo, p.end)
		}
	}
	for k := q.start - 2; k >= max(lo, 1); k-- {
		if toks[k].text == ";" {
			return 0, 0, false
		}
		if toks[k-1].lower != "the" || !toks[k].is3(wdPrevious, wdPrior, wdPreceding) || !toks[k+1].is3(wdYear, wdQuarter, wdMonth) {
			continue
		}
		from := q.start > 0 && toks[q.start-1].lower == "from"
		if k >= 2 && toks[k-2].is7(wdOn, wdFrom, wdOver, wdThan, wdAgainst, wdVersus, wdWith) {
			if !from && !x.changeStart(q) {
				return 0, 0, false
			}
		} else if x.changeEnd(q) || q.start > 0 && toks[q.start-1].lower == "to" {
			return 0, 0, false
		}
		return unitsBack(1, toks[k+1].lower)
	}
	return 0, 0, false
}

// pastSpan reads "in the last three months", "over the past two years"
// in the sentence: how many of which unit a change within it spans; 0 when
// it says none.
func (x *extractor) pastSpan() (n int, unit string) {
	toks := x.s.toks
	for k := 0; k+4 < len(toks); k++ {
		if toks[k].is3(wdIn, wdOver, wdDuring) && toks[k+1].lower == "the" && toks[k+2].is2(wdLast, wdPast) {
			if c := countWord(toks[k+3]); c > 1 && toks[k+4].is3(wdMonths, wdQuarters, wdYears) && !closesYear(toks, k+4) {
				return c, toks[k+4].lower
			}
		}
		// "rose from 14.4% to 19% in the space of just 12 months"
		if toks[k].lower == "space" && toks[k+1].lower == "of" {
			j := k + 2
			if toks[j].is2(wdJust, wdOnly) {
				j++
			}
			if c := countWord(toks[j]); c > 1 && j+1 < len(toks) && toks[j+1].is3(wdMonths, wdQuarters, wdYears) {
				return c, toks[j+1].lower
			}
		}
	}
	return 0, ""
}

// seriesGoesOn reports another percentage right after q, joined by "and",
// "then" or a comma: "to 60.1% and then 60.5%".
func (x *extractor) seriesGoesOn(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	for k < len(toks) && k < q.end+3 && toks[k].is3(wdAnd, wdThen, symComma) {
		k++
	}
	if k == q.end {
		return false
	}
	for _, p := range x.s.qty {
		if p.start == k {
			return p.kind == qtyPercent
		}
	}
	return false
}

// spanEnd reads a span whose start is period p, "between January 2019
// and January 2020", "from Q1 2022 to Q3 2023", and returns where it
// ends: what happened over it is reported on that period. "" when p
// starts no such span.
func spanEnd(toks []token, p corpus.Period, ref when) corpus.Period {
	if p == "" {
		return ""
	}
	for k := 0; k+3 < len(toks); k++ {
		if !toks[k].is2(wdBetween, wdFrom) {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+5; j++ {
			if !toks[j].is3(wdAnd, wdTo, wdThrough) {
				continue
			}
			if periodIn(toks[k+1:j], ref) != p {
				break
			}
			end := periodIn(toks[j+1:min(j+7, len(toks))], ref)
			if end.EndMonth() > p.EndMonth() {
				return end
			}
			break
		}
	}
	return ""
}

// sameStretch reads "over the same stretch" (period, time, span) in a
// sentence, and returns the first and last periods the sentence before it
// states, when they differ; ok is false otherwise. "In the same period
// last year" goes a year back instead (see samePeriodBefore).
func (x *extractor) sameStretch() (from, to corpus.Period, ok bool) {
	toks, prev := x.s.toks, x.prevSent
	if prev == nil {
		return "", "", false
	}
	for k := 0; k+3 < len(toks); k++ {
		if !toks[k].is3(wdOver, wdDuring, wdIn) || toks[k+1].lower != "the" || toks[k+2].lower != "same" || !toks[k+3].is4(wdStretch, wdPeriod, wdTime, wdSpan) {
			continue
		}
		if k+4 < len(toks) && (toks[k+4].is3(wdLast, wdA, wdOne) || x.tokIs(k+4, namesEarlier)) {
			return "", "", false // "in the same period last year"
		}
		ref := x.periodRef()
		from = periodIn(prev.toks, ref)
		to = lastPeriodIn(prev.toks, prev.marks, ref)
		return from, to, from != "" && to != "" && from.EndMonth() < to.EndMonth()
	}
	return "", "", false
}

// pastDay returns where the words after a month name go on past the day
// written with it: "Sept. 30, 2025" from the dot after "Sept" to "2025".
// k itself when no day follows.
func pastDay(toks []token, k int) int {
	if k < len(toks) && toks[k].text == "." {
		k++
	}
	if k < len(toks) && toks[k].kind == tokNum && len(toks[k].text) <= 2 {
		k++
		if k < len(toks) && toks[k].text == "," {
			k++
		}
	}
	return k
}

// levelLeftPeriod is the period of a share a level moved away from, set
// after the level ("holding its share at 24.2%, up from 24.0%", "an 8.5%
// share, down from 8.7%"), when the sentence gives it no period of its
// own or only the one the level is of ("..., as 61.9 million of the PCs
// shipped in 2024 were Lenovo's"): in a report on a year the year before;
// in one on a quarter the same quarter a year before, when the sentence
// or the article compares with the year before ("compared with 8.8% in
// the second quarter of 2024"). Else "", and the other readings decide.
func (x *extractor) levelLeftPeriod(q *quantity) corpus.Period {
	toks, ctx := x.s.toks, x.ctxPeriod
	if ctx == "" || q.start < 3 || toks[q.start-1].lower != "from" || !toks[q.start-2].is2(wdUp, wdDown) || toks[q.start-3].text != "," {
		return ""
	}
	if p := x.localPeriod(q); p != "" && p != ctx {
		return ""
	}
	back := ctx.Back(1, 0)
	switch {
	case len(ctx) == 4:
		return back
	case len(ctx) == 7 && ctx[5] == 'Q':
		if x.yearOnYear() || x.namesPeriod(back) || x.cmp.yearBack(x.earlier) {
			return back
		}
	}
	return ""
}

// namesPeriod reports a period p the sentence states after "in" or "of"
// anywhere in it: "compared with 8.8% in the second quarter of 2024".
func (x *extractor) namesPeriod(p corpus.Period) bool {
	toks, ref := x.s.toks, x.periodRef()
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].is2(wdIn, wdOf) && periodIn(toks[k+1:min(k+7, len(toks))], ref) == p {
			return true
		}
	}
	return false
}

// payingNow reports a figure paid in the present progressive, the verb
// in the figure's clause just before it: "is paying $3 billion for",
// "are paying 25 billion dollars in cash".
func (x *extractor) payingNow(start int, q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k > start && k >= q.start-3; k-- {
		if toks[k].is1(wdPaying) {
			// "is paying off $2 billion of debt", "are paying out $500
			// million to shareholders": money paid back or handed out
			// settles no price.
			return toks[k-1].is2(wdIs, wdAre) && !toks[k+1].is4(wdOff, wdDown, wdBack, wdOut)
		}
	}
	return false
}
