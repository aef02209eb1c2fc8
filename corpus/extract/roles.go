package extract

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// trigger is the word that says what kind of deal a sentence reports.
type trigger uint8

const (
	trigNone trigger = iota
	trigAcquire
	trigRaise
	trigInvest
	trigPledge
	trigAward
	trigPartner
	trigSell
	trigContract
)

// triggerOf is the deal a word says there is. Lists are tried in this
// order, so a word in two ("stake" is an investment word and a deal noun)
// reads as the first.
func (x *extractor) triggerOf(k int) trigger {
	t := x.wordTrigger(k)
	if t != trigNone && k > 0 && x.s.toks[k].startsUpper() && x.inCompany(k) {
		// "Harbor Lane Partners", "Global Infrastructure Partners": a
		// word of a name says nothing of the deal. Only the rare
		// capitalised deal word is looked up among the names.
		return trigNone
	}
	return t
}

// triggerSpan returns the tokens from the sentence's first word that may
// say a deal (see wordTrigger) to one past its last; an empty span when
// it has none. It is read once a sentence: nearestTrigger scans the
// sentence several times a figure, and most sentences with figures hold
// few deal words or none.
func (x *extractor) triggerSpan() (lo, hi int) {
	if !x.trigSpanRead {
		x.trigSpanRead = true
		x.trigLo, x.trigHi = 0, 0
		for k := range x.s.toks {
			if x.s.toks[k].kind == tokWord && x.mayTrigger(k) {
				if x.trigHi == 0 {
					x.trigLo = k
				}
				x.trigHi = k + 1
			}
		}
	}
	return x.trigLo, x.trigHi
}

// mayTrigger reports that the word at token k may say a deal: wordTrigger
// says none of any other.
func (x *extractor) mayTrigger(k int) bool {
	return x.s.marks[k]&takesOver != 0 || x.s.bits[k].meets(x.lex.triggers) || x.s.toks[k].lower == "stake"
}

// wordTrigger is the deal the word at token k says there is, wherever it
// stands.
func (x *extractor) wordTrigger(k int) trigger {
	// Most words asked are none of the few this compares: the word, its
	// lists and its marks are loaded once, where tokHas and tokIs would
	// reload the sentence's for each list, and purchaseInstrument is
	// called only for "purchase".
	w := x.s.toks[k].lower
	lists, marks := x.s.bits[k], x.s.marks[k]
	if marks&takesOver == 0 && !lists.meets(x.lex.triggers) && w != "stake" {
		// Every case below needs one of these.
		return trigNone
	}
	switch {
	case (w == "purchase" || w == "acquisition") && x.purchaseInstrument(k):
		// "a $250 million blanket purchase agreement", "purchase
		// orders": a contract to buy goods or services, no takeover.
		return trigNone
	case lists.has(wAcquire) && !x.buyoutFirm(k):
		return trigAcquire
	case marks&takesOver != 0 && x.takesMajorityAt(k):
		// "Infosys takes 75% of Telstra's cloud unit Versent": control
		// of a company taken is a takeover; a minority stake ("takes
		// 49% of Scale AI") stays an investment.
		return trigAcquire
	case marks&takesOver != 0 && x.takesOverAt(k):
		// "the group is taking over the automotive Ethernet business of
		// Marvell", "Samsung picked up the audio division of Masimo";
		// not "picked up a $2bn contract" nor "took over 80% of the
		// market".
		return trigAcquire
	case k > 0 && w == "stake" && (x.s.toks[k-1].is2(wdMajority, wdControlling) || x.majorityBefore(k)) && !x.stakeSold(k):
		// "acquired a majority stake in Zayo", "took a 51% stake in
		// Compass": control bought is a takeover, as "takes 75% of" is.
		return trigAcquire
	case lists.has(wRaise) && !x.roundAdjective(k) && !x.raisedOffer(k):
		return trigRaise
	case w == "investment" && k+1 < len(x.s.toks) && x.s.toks[k+1].is1(wdRound):
		// "collected ₹420 crore in an investment round": a round of
		// funding, however the paper names it, is money raised.
		return trigRaise
	case lists.has(wInvest) && !x.privateEquity(k) && !x.describesFirm(k):
		return trigInvest
	case lists.has(wPledge) && !x.marketSpent(k) && !x.addsToDeal(k):
		return trigPledge
	case lists.has(wAward) && x.roundWon(k):
		return trigRaise
	case lists.has(wAward):
		return trigAward
	case lists.has(wSell) && x.moneyRightAfter(k) && x.governmentBefore(k):
		// "The German government will provide €9.9 billion to Intel",
		// "Japan's Ministry of Economy, Trade and Industry will provide
		// up to 590 billion yen to chipmaker Rapidus": money a public
		// body gives is a subsidy invested, not a sale. A company's
		// may be a loan or a round.
		return trigInvest
	case lists.has(wSell) && !x.saleNounAlone(k):
		return trigSell
	case lists.has(wPartner) && k > 0 && mannerWith(x.s.toks, k+1):
		// "acquired Fabrikam in partnership with Northwind": how the
		// deal was done, not a partnership with a price.
		return trigNone
	case lists.has(wPartner):
		return trigPartner
	case lists.has(wStrongDeal):
		return trigContract
	// The weak-deal list holds "put": its bit spares every other word
	// the string compares.
	case lists.has(wWeakDeal) && x.s.toks[k].is3(wdPut, wdPuts, wdPutting) && (x.intoAfter(k) || x.inThenMoney(k)):
		// "Fabrikam is putting a further $1bn into Contoso", "Contoso
		// will put in as much as $10 billion"
		return trigInvest
	}
	return trigNone
}

// stakeSold reports a verb of selling whose object is the stake at k:
// "is selling a 74 per cent stake", "sold its majority stake". The sale
// is the deal, told by the verb; the stake only says how much is sold.
func (x *extractor) stakeSold(k int) bool {
	return x.stakeSeller(k) >= 0
}

// stakeSeller returns where the verb of selling whose object is the stake
// at k stands (see stakeSold), else -1.
func (x *extractor) stakeSeller(k int) int {
	toks := x.s.toks
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		t := &toks[j]
		if t.is12(wdSell, wdSells, wdSelling, wdSold, wdOffload, wdOffloads, wdOffloaded, wdOffloading, wdDivest, wdDivests, wdDivested, wdDivesting) {
			return j
		}
		if t.kind != tokNum && t.text != "%" && (t.kind != tokWord || t.startsUpper()) {
			return -1
		}
	}
	return -1
}

// triggerLists are the lists wordTrigger reads a deal from a word of,
// besides its marks and "stake": a word in none of them says no deal.
// The lexicon makes the set once (newLexicon).
func triggerLists() listSet {
	var s listSet
	s.add(wAcquire)
	s.add(wRaise)
	s.add(wInvest)
	s.add(wPledge)
	s.add(wAward)
	s.add(wSell)
	s.add(wPartner)
	s.add(wStrongDeal)
	s.add(wWeakDeal)
	return s
}

// governmentBefore reports a public body as the subject of the verb at k,
// named just before it past its auxiliaries.
func (x *extractor) governmentBefore(k int) bool {
	j := x.auxStart(k)
	return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.end == j && x.isGovernment(m.name) })
}

// moneyRightAfter reports money as the object of the verb at k, right
// after it or past an article and a word weighing it, given to a company
// named after "to": "provide €9.9 billion to Intel", "provide up to 590
// billion yen to chipmaker Rapidus".
func (x *extractor) moneyRightAfter(k int) bool {
	for _, q := range x.s.qty {
		if q.kind != qtyMoney || q.start <= k {
			continue
		}
		// Money given to a company named after "to": not "$38 billion
		// of cloud capacity" supplied, nor "$1.4 billion in FY 2019".
		if q.end >= len(x.s.toks) || x.s.toks[q.end].lower != "to" || !slices.ContainsFunc(x.s.companies, func(m mention) bool {
			return m.start > q.end && m.start <= q.end+4 && x.describedAfter(m.start) == "to"
		}) {
			return false
		}
		switch q.start - k {
		case 1:
			return true
		case 2, 3:
			// "an additional $2 billion"; not "servers worth $5 billion"
			t := x.s.toks[q.start-1]
			return x.s.toks[k+1].is2(wdA, wdAn) && t.kind == tokWord && !t.startsUpper()
		}
		return false
	}
	return false
}

// majorityBefore reports a percentage of more than half just before the
// noun at k, or one word before it: "a 51% stake", "a 60% equity stake".
func (x *extractor) majorityBefore(k int) bool {
	for _, q := range x.s.qty {
		if q.kind == qtyPercent && (q.end == k || q.end == k-1) {
			return q.value > 50
		}
	}
	return false
}

// bidForCompany returns where the company starts that a bid or offer in
// q's clause is for, or -1: "Intel lost the bid for Tower Semiconductor,
// a $5.4 billion deal". A bid for a contract ("the bid for the JEDI
// contract") or for a company's project names no company bought.
func (x *extractor) bidForCompany(q *quantity) int {
	start, end := x.clause(q)
	toks := x.s.toks
	for k := start; k+2 < end; k++ {
		if !x.tokHas(k, wDealValueNouns) || !toks[k].is2(wdBid, wdOffer) || toks[k+1].lower != "for" {
			continue
		}
		for _, m := range x.s.companies {
			if m.start == k+2 && !x.possessive(m) {
				return m.start
			}
		}
	}
	return -1
}

// saleNounAlone reports a noun of sale at k with no "of" after it: "the
// sale price", "a sale process", which say what a price or a process is
// for, not who sells what.
func (x *extractor) saleNounAlone(k int) bool {
	toks := x.s.toks
	return toks[k].is2(wdSale, wdDisposal) && (k+1 >= len(toks) || toks[k+1].lower != "of")
}

// takesMajorityAt reports a share of more than half right after the verb
// at k, then "of": "takes 75% of", "took a 60 percent of".
func (x *extractor) takesMajorityAt(k int) bool {
	for _, q := range x.s.qty {
		if q.kind == qtyPercent && q.start == k+1 {
			return q.value > 50 && q.end < len(x.s.toks) && x.s.toks[q.end].lower == "of"
		}
	}
	return false
}

// takesOverAt reports "over" or "up" after the verb at k and then, past a
// few lower-case words, a company or a business: what is taken over; or a
// company and "private" after it.
// A company's possessive must own a business ("take over Microsoft's
// headset program" takes over a contract).
func (x *extractor) takesOverAt(k int) bool {
	toks := x.s.toks
	if x.takesPrivateAt(k) {
		return true
	}
	if k+2 >= len(toks) || !toks[k+1].is2(wdOver, wdUp) {
		return false
	}
	named := false // a capitalised word, a name the sentence does not know
	// "agreed to take over the listed data centre trust Contoso Realty for
	// $7bn": what is taken over may be described at some length.
	for j := k + 2; j < len(toks) && j <= k+9; j++ {
		if i := slices.IndexFunc(x.s.companies, func(m mention) bool { return m.start == j }); i >= 0 {
			m := x.s.companies[i]
			return !x.possessive(m) || x.businessWithin(m.end+2, 5, true)
		}
		if x.businessWord(j) {
			return true
		}
		if named && toks[j].lower == "for" && slices.ContainsFunc(x.s.qty, func(q quantity) bool { return q.start == j+1 && q.kind == qtyMoney }) {
			// "has taken over Planwise for 180 million euros": a name
			// taken over for a price is a company bought.
			return true
		}
		if toks[j].lower == "s" && j > 0 && (toks[j-1].text == "'" || toks[j-1].text == "’") {
			continue // "snapped up Veritas's cloud unit"
		}
		if toks[j].text != "-" && toks[j].text != "'" && toks[j].text != "’" && toks[j].kind != tokWord || x.tokHas(j, wDealValueNouns) {
			return false
		}
		named = named || toks[j].kind == tokWord && toks[j].startsUpper() && !x.tokHas(j, wNotNames)
	}
	return false
}

// takesPrivateAt reports "private" a few words after the verb at k, with
// no punctuation between: "will take Darktrace private", "agreed to take
// the company private", a buyout.
func (x *extractor) takesPrivateAt(k int) bool {
	toks := x.s.toks
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].kind != tokWord {
			return false
		}
		if toks[j].lower == "private" {
			return j > k+1
		}
	}
	return false
}

// describedAfter returns the word before a name and the few lower-case
// words saying what it is, or where it is from: "to" of "to private equity
// firm Francisco Partners", "from" of "from British private equity firm
// Triton" and of "from Dubai-based infrastructure company Fabrikam"; "" at
// the sentence start.
func (x *extractor) describedAfter(k int) string {
	toks := x.s.toks
	lim := k - 7
	for j := k - 1; j >= 0 && j >= lim; j-- {
		if j < k-1 && x.placeAt(j) {
			continue
		}
		if s := groupOf(toks, j); s >= 0 {
			// "to a consortium led by MBK Partners", "from an arm of
			// Coatue": the group the name heads or owns stands where the
			// name does, so the word before the group is the name's.
			lim -= j - s
			j = s
			continue
		}
		if j+1 < k && toks[j].text == "-" && toks[j+1].lower == "based" || j+2 < k && toks[j+1].text == "-" && toks[j+2].lower == "based" {
			// "US-based", "Dubai-based": where it is from, right before
			// the name ("to Singapore-based ST Telemedia") or before
			// words describing it.
			continue
		}
		if j >= 1 && j+1 < k && toks[j].text == "-" && toks[j-1].joins(&toks[j]) && toks[j].joins(&toks[j+1]) && toks[j+1].kind == tokWord && !toks[j+1].startsUpper() {
			// "to Chinese state-backed food group Bright Food",
			// "SoftBank-owned Arm": a hyphened word describes the name,
			// and so does the word it hangs on.
			j--
			continue
		}
		if j > 0 && j+1 < k && (toks[j].text == "'" || toks[j].text == "’") && toks[j+1].lower == "s" && toks[j-1].kind == tokWord && !toks[j-1].startsUpper() {
			// "from the fund's Advanced Strategic Industry Fund": the
			// owner's word describes the name; "the" before it is the
			// owner's.
			if j >= 3 && toks[j-2].lower == "the" {
				j -= 2
				if toks[j-1].is6(wdFrom, wdBy, wdWith, wdTo, wdIn, wdInto) {
					return toks[j-1].lower
				}
			}
			continue
		}
		if p := x.placeOwning(j); p >= 0 {
			// "a loan to the UK's Ark Data Centres", "invested in
			// India's Yotta": a place's possessive says where the name is
			// from, as "UK-based" does, and the word before it is the
			// name's.
			j = p
			if j > 0 && toks[j-1].lower == "the" {
				j--
			}
			continue
		}
		if toks[j].text == "," && x.backersAside(j) {
			// "from two of its shareholders, US-based investment firm
			// Roha": the backers the aside names come from "from".
			return "from"
		}
		if toks[j].kind != tokWord || toks[j].startsUpper() || toks[j].is11(wdTo, wdFrom, wdBy, wdWith, wdFor, wdIn, wdOf, wdAnd, wdThe, wdA, wdAn) {
			return toks[j].lower
		}
	}
	return ""
}

// placeOwning returns where the place starts whose possessive's
// apostrophe is token j ("the UK's", "Abu Dhabi's"), or -1.
func (x *extractor) placeOwning(j int) int {
	toks := x.s.toks
	if j < 1 || j+1 >= len(toks) || toks[j].text != "'" && toks[j].text != "’" || toks[j+1].lower != "s" {
		return -1
	}
	for _, m := range x.s.places {
		if m.end == j {
			return m.start
		}
	}
	return -1
}

// placeOfName reports a place whose possessive describes a company named
// right after it ("to India's Yotta"): the place is where the party is,
// not a party.
func (x *extractor) placeOfName(m mention) bool {
	return x.placeOwning(m.end) == m.start && slices.ContainsFunc(x.s.companies, func(c mention) bool { return c.start == m.end+2 })
}

// backersAside reports that the comma at k closes "from" and a few words
// naming backers of the company, which the names after the comma are:
// "from two of its shareholders,", "from its existing backers,".
func (x *extractor) backersAside(k int) bool {
	toks := x.s.toks
	backers := false
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch t := &toks[j]; {
		case t.lower == "from":
			return backers
		case t.is6(wdShareholders, wdBackers, wdInvestors, wdLenders, wdBanks, wdOwners):
			backers = true
		case t.kind == tokNum || t.kind == tokWord && !t.startsUpper():
		default:
			return false
		}
	}
	return false
}

// offerFrom reports a name the bid for figure q comes from, past a few
// words saying what it is: "a $900 million offer from US tech giant
// Meta", "a $2bn bid from Fabrikam". The bid must be the figure's own,
// its noun a few words after it: of "bought Fabrikam for $2 billion,
// beating a rival bid from Northwind" the rival does not buy.
func (x *extractor) offerFrom(q *quantity, m mention) bool {
	toks := x.s.toks
	for j := m.start - 1; j > 0 && j >= m.start-5; j-- {
		if j < m.start-1 && x.placeAt(j) {
			continue
		}
		if toks[j].lower == "from" {
			return x.tokIs(j-1, namesOffer) && x.ownBid(q, j-1)
		}
		if toks[j].kind != tokWord || toks[j].startsUpper() || toks[j].is7(wdTo, wdBy, wdWith, wdFor, wdIn, wdOf, wdAnd) {
			return false
		}
	}
	return false
}

// ownBid reports the offer noun at k standing a few words after figure
// q with only words between: "a $1.2 billion takeover offer".
func (x *extractor) ownBid(q *quantity, k int) bool {
	if k < q.end || k-q.end > 3 {
		return false
	}
	for j := q.end; j < k; j++ {
		if x.s.toks[j].kind != tokWord {
			return false
		}
	}
	return true
}

// privateEquity reports "equity" in "private equity", which says what a
// firm is ("to private equity firm Francisco Partners"), not that money
// buys a stake.
func (x *extractor) privateEquity(k int) bool {
	return k > 0 && x.s.toks[k].lower == "equity" && x.s.toks[k-1].lower == "private"
}

// describesFirm reports an investing word that says what a firm does
// rather than reports an investment: "investment firm Contoso", "the
// group's investment arm".
func (x *extractor) describesFirm(k int) bool {
	return k+1 < len(x.s.toks) && (x.tokHas(k+1, wDescriptor) || x.s.toks[k+1].is5(wdArm, wdFund, wdManager, wdHouse, wdVehicle)) && !x.s.toks[k+1].startsUpper()
}

// buyoutFirm reports a takeover word that says what a firm does rather
// than reports a takeover: "sold its unit to two buyout firms, KKR and
// Carlyle", "the buyout group". The firms named buy; the word is no deal
// of its own.
func (x *extractor) buyoutFirm(k int) bool {
	toks := x.s.toks
	return k+1 < len(toks) && toks[k].lower == "buyout" && !toks[k+1].startsUpper() &&
		(x.tokHas(k+1, wDescriptor) || toks[k+1].is7(wdFirms, wdGroups, wdFunds, wdFund, wdHouse, wdHouses, wdShops))
}

// raisedOffer reports a raising word that describes a bid raised rather
// than money raised: "accepted Cisco's raised offer of $4.5 billion", "an
// increased bid".
func (x *extractor) raisedOffer(k int) bool {
	toks := x.s.toks
	return k+1 < len(toks) && toks[k].is4(wdRaised, wdIncreased, wdImproved, wdSweetened) && toks[k+1].is4(wdOffer, wdBid, wdProposal, wdPrice)
}

// roundAdjective reports "round" that describes a thing rather than names
// a funding round: "the round Roomba vacuum", "year-round".
func (x *extractor) roundAdjective(k int) bool {
	toks := x.s.toks
	if toks[k].lower != "round" {
		return false
	}
	return k+1 < len(toks) && toks[k+1].kind == tokWord && toks[k+1].startsUpper() || k > 0 && toks[k-1].text == "-"
}

// addsToDeal reports "add" or "adds" followed by "to" and a determiner:
// "The agreements add to an earlier $6.2 billion contract" says a deal
// comes on top of another, not that money is added. "will add $2 billion
// to its fund" has the money first.
func (x *extractor) addsToDeal(k int) bool {
	toks := x.s.toks
	return toks[k].is3(wdAdd, wdAdds, wdAdding) && k+2 < len(toks) && toks[k+1].is1(wdTo) && toks[k+2].is4(wdA, wdAn, wdThe, wdIts)
}

// marketSpent reports "spent" said of a market's buyers ("UK businesses
// spent £9 billion", "the £9 billion that customers spent"): what a market
// spends is its size, not one company's commitment.
func (x *extractor) marketSpent(k int) bool {
	if x.s.toks[k].lower != "spent" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if x.tokIs(j, namesCustomers) {
			return true
		}
	}
	return false
}

// inThenMoney reports "in" right after token k and an amount of money
// right after that: "put in $2 billion".
func (x *extractor) inThenMoney(k int) bool {
	if k+1 >= len(x.s.toks) || x.s.toks[k+1].lower != "in" {
		return false
	}
	for _, q := range x.s.qty {
		if q.kind == qtyMoney && q.start == k+2 {
			return true
		}
	}
	return false
}

// intoAfter reports "into" within a few words after token k, in its clause.
func (x *extractor) intoAfter(k int) bool {
	toks := x.s.toks
	// The window spans a conversion in brackets: "put 5 billion euros
	// ($5.82 billion) of capital into Belgium".
	for j := k + 1; j < len(toks) && j <= k+14; j++ {
		if toks[j].text == "," || toks[j].text == ";" {
			return false
		}
		if toks[j].lower == "into" {
			return true
		}
	}
	return false
}

// clauseHas reports a word of list l in the clause holding q.
func (x *extractor) clauseHas(q *quantity, l wordList) bool {
	start, end := x.clause(q)
	for k := start; k < end; k++ {
		if x.tokHas(k, l) {
			return true
		}
	}
	return false
}

// triggerNear returns the deal word nearest q in the sentence, and where it
// is; ties go to the word before the figure, which is usually its verb. A
// word that says which side is which ("acquire", "invest", "awarded") wins
// over one that only says there is a deal ("contract"), wherever it is.
func (x *extractor) triggerNear(q *quantity) (trigger, int) {
	if x.trigFor == q.start+1 {
		return x.trig, x.trigAt
	}
	// A deal word in the figure's own clause comes first: "Amazon will
	// invest $9bn in Singapore, and Nvidia has partnered with YTL in a
	// $4.3bn deal" is a partnership.
	start, end := x.clause(q)
	best, at, _ := x.nearestTrigger(q, true, start, end)
	if x.forBefore(q) {
		// "bought McAfee in 2011 for about $7.7 billion and sold it off
		// in 2017": a price "for" is what the verb before it paid.
		if b, a, _ := x.nearestTrigger(q, true, start, q.start); b != trigNone {
			best, at = b, a
		}
	}
	if best == trigNone {
		best, at, _ = x.nearestTrigger(q, true, 0, len(x.s.toks))
		if best != trigNone && at > q.end && x.anotherDeal(q.end, at) {
			best, at = trigNone, -1
		}
	}
	if d := x.ownDealNoun(q); d >= 0 && (best == trigNone || at > q.end && at > d && !x.s.toks[d+1].is2(wdTo, wdFor) && !x.dealOpener(d, at)) {
		// "OpenAI signs $11.9 billion CoreWeave deal and takes a stake",
		// "an HPC colocation agreement worth at least $3.7 billion, and
		// Google's backstop earned it a stake": the figure is the
		// contract's; a deal word after it is another deal's, unless it
		// says what the contract is for ("a $5.4 billion deal to buy").
		best, at = trigContract, d
	}
	if best == trigNone {
		best, at, _ = x.nearestTrigger(q, false, 0, len(x.s.toks))
	}
	if best == trigNone && x.companyWithin(start, q.start) {
		if toks := x.s.toks; q.start > 0 && toks[q.start-1].is3(wdSecured, wdLanded, wdBagged) {
			// "Nscale secured €958 million in September": money a
			// company secures, with no deal word to say for what, is
			// money it raised.
			best, at = trigRaise, q.start-1
		} else if q.start > 1 && toks[q.start-1].lower == "in" && toks[q.start-2].is3(wdPulled, wdHauled, wdReeled) {
			// "Mistral pulled in €600 million from investors".
			best, at = trigRaise, q.start-2
		} else if q.start > 1 && toks[q.start-1].lower == "up" && toks[q.start-2].is5(wdMopped, wdMops, wdMop, wdScooped, wdScoops) {
			// "Krutrim mopped up $50 million from Matrix Partners", as
			// Indian papers write a round.
			best, at = trigRaise, q.start-2
		}
	}
	if k := q.end; k+1 < len(x.s.toks) && x.tokIs(k, namesInvestment) && x.s.toks[k+1].lower == "from" && x.triggerOf(k) != trigNone {
		// "Contoso wins $1.5 billion commitment from Saudi Arabia": money
		// named as invested and where it comes from is an investment,
		// whatever verb brings it.
		best, at = x.triggerOf(k), k
	}
	if toks := x.s.toks; best == trigPledge && q.end+1 < len(toks) && toks[q.end].lower == "to" && x.tokHas(q.end+1, wObjectVerbs) {
		// "plans to spend $12 billion to buy Fabrikam": what the money
		// is spent on says what deal it is.
		best, at = trigAcquire, q.end+1
	}
	if n := x.spentOnTakeover(q); n >= 0 && (best == trigPledge || best == trigNone) {
		// "plans to spend some $900 million on the acquisition", "has
		// spent $40 million on its takeover of Fabrikam": money spent on
		// a takeover pays for a company.
		best, at = trigAcquire, n
	}
	if toks := x.s.toks; best == trigPartner && at+1 < len(toks) && toks[at].is1(wdVenture) && toks[at+1].is4(wdRound, wdFunding, wdFinancing, wdDebt) {
		// "raised a $6.4 million venture round": venture money raised, no
		// joint venture.
		best, at = trigRaise, at+1
	}
	x.trigFor, x.trig, x.trigAt = q.start+1, best, at
	return best, at
}

// anotherDeal reports the deal word at "at", in another clause after the
// figure that ends at e, named as a deal apart from the figure's: "received
// 500 million yuan from Huafa, while Hangzhou Fund took part in a separate
// 1 billion yuan funding round".
func (x *extractor) anotherDeal(e, at int) bool {
	for k := at - 1; k >= e && k >= at-6; k-- {
		if x.s.toks[k].is2(wdSeparate, wdAnother) {
			return true
		}
	}
	return false
}

// dealOpener reports the deal noun at d in a phrase that opens the
// sentence and ends in a comma before the verb at "at": "In a $2 billion
// deal announced Monday, Fabrikam will sell its data centres to Contoso",
// "Under a $500 million deal with Lambda, Nvidia will lease". The verb
// says what the deal is.
func (x *extractor) dealOpener(d, at int) bool {
	toks := x.s.toks
	if len(toks) == 0 || !toks[0].is2(wdIn, wdUnder) && !(len(toks) > 2 && toks[0].lower == "as" && toks[1].lower == "part") {
		return false
	}
	for k := 1; k < d; k++ {
		if toks[k].text == "," {
			return false // "In August, TeraWulf signed an agreement": no opener
		}
	}
	for k := d + 1; k < at; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// forBefore reports "for" just before figure q, past a word or two that
// only weigh it: "for $2 billion", "for a hefty 665 million dollars".
func (x *extractor) forBefore(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		switch {
		case toks[k].lower == "for":
			return true
		case !toks[k].is12(wdA, wdAn, wdHefty, wdAbout, wdAround, wdRoughly, wdNearly, wdAlmost, wdSome, wdJust, wdReported, wdTotal):
			return false
		}
	}
	return false
}

// pricedPerShare reports a name between "per" or "each" and "share": the
// company whose shares a price is offered for.
func (x *extractor) pricedPerShare(m mention) bool {
	toks := x.s.toks
	return m.start > 0 && m.end < len(toks) && toks[m.start-1].is2(wdPer, wdEach) && toks[m.end].is2(wdShare, wdShares)
}

// spentOnTakeover returns where the takeover noun is when figure q is
// followed by "on" and a takeover of a company ("on the acquisition", "on
// its purchase of Fabrikam", "on acquisitions"), else -1.
func (x *extractor) spentOnTakeover(q *quantity) int {
	toks := x.s.toks
	k := q.end
	if k >= len(toks) || toks[k].lower != "on" {
		return -1
	}
	return x.takeoverAfter(k+1, len(toks))
}

// takeoverAfter returns where a takeover noun stands at j, after an
// article or possessive maybe, when it buys a company, else -1: the
// "acquisition" of "on the acquisition of Fabrikam", "for its takeover".
// "On the acquisition of land" buys no company, nor "on the purchase of
// Nvidia GPUs", which buys its goods, nor a "takeover defence".
func (x *extractor) takeoverAfter(j, end int) int {
	toks := x.s.toks
	if j+1 < end && toks[j].is4(wdThe, wdIts, wdTheir, wdA) {
		j++
	}
	if j >= end {
		return -1
	}
	if j+2 < end && toks[j+1].lower == "of" && (!x.companyStartsAt(j+2) || x.companyBeforeGoods(j+2)) {
		return -1
	}
	if (x.tokIs(j, namesTakeover) || toks[j].is2(wdAcquisitions, wdTakeovers)) && !x.purchaseInstrument(j) && !x.takeoverCompound(j) {
		return j
	}
	return -1
}

// companyBeforeGoods reports a company named at k and followed directly by
// a noun in small letters: "to purchase Fabrikam servers", "on the
// purchase of Nvidia GPUs" buy the company's goods, not the company.
func (x *extractor) companyBeforeGoods(k int) bool {
	toks := x.s.toks
	m, ok := x.s.companyAt(k)
	if !ok || m.end >= len(toks) {
		return false
	}
	t := &toks[m.end]
	if t.kind != tokWord || x.companyStartsAt(m.end) {
		return false
	}
	// "Nvidia GPUs": an initialism's plural names goods too.
	if n := len(t.text); n > 2 && t.text[n-1] == 's' && t.text[:n-1] == strings.ToUpper(t.text[:n-1]) {
		return true
	}
	return !t.startsUpper() && !x.lex.tokIn(lNotGoods, t)
}

// takeoverCompound reports the takeover noun at k as the first half of a
// compound, "takeover defence", "acquisition costs": no company is bought.
// A takeover's own bid or deal ("takeover bid for") stays a takeover.
func (x *extractor) takeoverCompound(k int) bool {
	toks := x.s.toks
	if k+1 >= len(toks) {
		return false
	}
	t := &toks[k+1]
	return t.kind == tokWord && !t.startsUpper() && !x.lex.tokIn(lNotGoods, t) && !t.is4(wdBid, wdOffer, wdDeal, wdAgreement)
}

// attributiveParticiple reports a purchase participle that describes a
// company rather than reports a deal: "its recently acquired Juniper",
// "the newly bought unit".
func (x *extractor) attributiveParticiple(k int) bool {
	toks := x.s.toks
	if !toks[k].is3(wdAcquired, wdBought, wdPurchased) || k == 0 || k+1 >= len(toks) {
		return false
	}
	return toks[k-1].is6(wdRecently, wdNewly, wdJust, wdIts, wdTheir, wdThe) && toks[k+1].kind == tokWord && (toks[k+1].startsUpper() || x.businessWord(k+1))
}

// ownDealNoun returns where the contract noun a figure measures is: right
// after it past a company's name and words for what is bought ("$11.9
// billion CoreWeave deal", "$2bn compute contract"), or before it with
// "worth" or "valued at" ("a colocation agreement with Fluidstack worth at
// least $3.7 billion"). It returns -1 for none.
func (x *extractor) ownDealNoun(q *quantity) int {
	toks := x.s.toks
	contract := func(k int) bool { return x.tokIs(k, namesContract) }
	for k := q.end; k < len(toks) && k < q.end+4; k++ {
		if contract(k) {
			return k
		}
		if toks[k].kind != tokWord || x.triggerOf(k) != trigNone {
			break
		}
	}
	for k := q.start - 1; k >= 0 && k >= q.start-10; k-- {
		if toks[k].text == "," || toks[k].text == ";" || toks[k].kind == tokNum {
			break
		}
		if !toks[k].is2(wdWorth, wdValued) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if contract(j) {
				return j
			}
			if toks[j].text == "," || x.triggerOf(j) != trigNone && x.triggerOf(j) != trigContract {
				break
			}
		}
		break
	}
	return -1
}

func (x *extractor) nearestTrigger(q *quantity, sided bool, from, to int) (trigger, int, int) {
	best, at, dist := trigNone, -1, 1<<30
	// Only the words between the sentence's first and last that may say a
	// deal can: a sentence without one is over at once.
	lo, hi := x.triggerSpan()
	from, to = max(from, lo), min(to, hi)
	for k := from; k < to; k++ {
		t := &x.s.toks[k]
		if t.kind != tokWord || (k >= q.start && k < q.end) {
			continue
		}
		tr := x.triggerOf(k)
		if tr == trigNone || sided == (tr == trigContract) || x.attributiveParticiple(k) {
			continue
		}
		if from, to := x.relativeAsideAt(k); from >= 0 && (q.start < from || q.start > to) {
			// "Fabrikam, which Contoso bought for $2 billion in 2021, has
			// signed a $500 million contract": the aside's deal word is
			// the aside's figure's.
			continue
		}
		if from, to := x.appositiveAt(k); from >= 0 && (q.start < from || q.start > to) {
			// "agreed to buy CareFusion, a maker of infusion pumps, for
			// $12.2 billion", "to acquire Daol Investment, a venture
			// capital arm of Daol Financial, for 210 billion won": what a
			// company is, said of it between commas, is no deal.
			continue
		}
		if k+1 < len(x.s.toks) && x.s.toks[k+1].lower == "value" {
			continue // "$8 billion in equity value" measures a price, no investment
		}
		if tr == trigRaise && t.is4(wdRaised, wdRaises, wdRaising, wdRaise) && (k >= q.end || q.start > 0 && x.s.toks[q.start-1].lower == "to") &&
			!(k == q.end && t.lower == "raise") {
			// "expanded the deal by $6.5B, raising the total to $22.4B":
			// money raised comes after the verb, never before it, and a
			// sum raised "to" is a new level, not money raised; but "a
			// $600m raise" names the round.
			continue
		}
		if tr == trigRaise && k < q.start && t.is4(wdRaised, wdRaises, wdRaising, wdRaise) && x.liftsLevel(k, q.start) {
			// "raised its capex guidance to $85 billion, up from an
			// earlier forecast of $75 billion": a level lifted, no money
			// raised.
			continue
		}
		d := q.start - k
		if k >= q.end {
			d = k - q.end + 1
		}
		if d < dist {
			best, at, dist = tr, k, d
		}
	}
	return best, at, dist
}

// liftsLevel reports a level noun between a verb of raising at k and the
// money at end ("raised its 2025 capital expenditure guidance to", "has
// raised the bottom end of its forecast by"): what is raised is a level
// the company sets, no round.
func (x *extractor) liftsLevel(k, end int) bool {
	toks := x.s.toks
	for j := k + 1; j < end && j <= k+10; j++ {
		if x.lex.tokIn(lLevelNouns, &toks[j]) {
			return true
		}
	}
	return false
}

// firstMention returns where the sentence first names a party, or -1.
func (x *extractor) firstMention(name string) mention {
	for _, m := range x.s.companies {
		if m.name == name {
			return m
		}
	}
	for _, m := range x.s.places {
		if m.name == name {
			return m
		}
	}
	return mention{start: -1}
}

// byBefore reports "by" before a name, past a few lower-case words saying
// what it is: "by private equity firm Northwind".
func (x *extractor) byBefore(m mention) bool {
	toks := x.s.toks
	for k := m.start - 1; k >= 0 && k >= m.start-5; k-- {
		if toks[k].lower == "by" {
			return true
		}
		if toks[k].kind != tokWord || toks[k].startsUpper() {
			// "by a consortium of KKR and GIP", "by Contoso and
			// Fabrikam": "by" governs the whole list, through the group
			// its names stand for.
			return x.describedAfter(x.listStartAt(m)) == "by"
		}
	}
	return false
}

// relativeBefore reports a name a relative clause holding the deal word
// at follows: "Fabrikam, which Contoso bought".
func (x *extractor) relativeBefore(m mention, at int) bool {
	toks := x.s.toks
	k := m.end
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k+1 >= at || !toks[k].is2(wdWhich, wdThat) {
		// "Cisco, which bought Splunk": "which" is the buyer.
		return false
	}
	for j := k + 1; j < at; j++ {
		if toks[j].text == "," {
			// "Cisco, which has $25 billion in cash, agreed to buy
			// Splunk": the clause closed before the verb.
			return false
		}
	}
	// The clause has a subject of its own, the buyer: "which Contoso
	// bought"; not "which completed its purchase of VMware".
	return slices.ContainsFunc(x.s.companies, func(c mention) bool { return c.start > k && c.end <= at })
}

// reducedPassive reports a past participle right after the comma that
// ends the name at m, the deal word at "at": "MuleSoft, bought in a $6.5
// billion deal", "Contoso, acquired for $2 billion". Not "Contoso, which
// bought" nor "Contoso, Fabrikam and Northwind bought".
func (x *extractor) reducedPassive(m mention, at int) bool {
	toks := x.s.toks
	if m.end+1 != at || toks[m.end].text != "," {
		return false
	}
	v := toks[at].lower
	return strings.HasSuffix(v, "ed") || x.tokIs(at, irregularParticiple)
}

// possessive reports a name written as an owner: "CapitaLand's".
func (x *extractor) possessive(m mention) bool {
	toks := x.s.toks
	return m.end+1 < len(toks) && (toks[m.end].text == "'" || toks[m.end].text == "’") && toks[m.end+1].lower == "s"
}

// roundAfter reports a funding round named right after a company's
// possessive: money put in "as part of Anthropic's next funding round" goes
// to Anthropic.
func (x *extractor) roundAfter(m mention) bool {
	for k := m.end + 2; k < len(x.s.toks) && k <= m.end+4; k++ {
		if x.tokHas(k, wRaise) {
			return true
		}
	}
	return false
}

// valuedAt reports a name a valuing verb puts a price on: "the round,
// which values xAI at $50 billion", "valuing the start-up Contoso at". The
// company valued is the one whose shares the money buys.
func (x *extractor) valuedAt(m mention) bool {
	toks := x.s.toks
	k := m.start - 1
	if k > 0 && toks[k].lower == "the" {
		k--
	}
	return k >= 0 && x.tokIs(k, estimatesValue) && m.end < len(toks) && toks[m.end].lower == "at"
}

// backsNext reports a name that is the subject of an investing verb right
// after it: "Meta backs Databricks", "Nvidia also invested". "Databricks,
// backed by" is no subject.
func (x *extractor) backsNext(m mention) bool {
	toks := x.s.toks
	k := x.pastAppositive(m.end)
	// "has also invested"
	for n := 0; n < 2 && k < len(toks) && (toks[k].lower == "also" || x.tokHas(k, wAux)); n++ {
		k++
	}
	return k+1 < len(toks) && toks[k].is4(wdBacks, wdBacked, wdInvests, wdInvested) && toks[k+1].lower != "by"
}

// pastAppositive returns where the sentence goes on after a name ending
// at k and the aside that may describe it: "Contoso Capital, the
// investment arm of the US firm, invested" goes on at "invested", past
// the arm's own word ("Capital") too. With no aside it returns k.
func (x *extractor) pastAppositive(k int) int {
	toks := x.s.toks
	j := k
	for j < len(toks) && j < k+2 && toks[j].kind == tokWord && toks[j].startsUpper() {
		j++
	}
	if j < len(toks) && toks[j].text == "," {
		k = j
	}
	if k+1 >= len(toks) || toks[k].text != "," || !x.tokIs(k+1, definite) && !toks[k+1].is2(wdA, wdAn) {
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+10; j++ {
		switch {
		case toks[j].text == ",":
			return j + 1
		case toks[j].kind == tokNum || toks[j].text == ";" || toks[j].text == ".":
			return k
		}
	}
	return k
}

// roundFor reports a company named as what a round at "at" is in or for,
// past a few words saying what it is and the round's figure q: "round in
// Chinese AI start-up Moonshot", "Series E round in US AI infrastructure
// company Crusoe", "funding round of more than $600 million for China's
// MiniMax".
func (x *extractor) roundFor(m mention, at int, q *quantity) bool {
	toks := x.s.toks
	// "round in British self-driving start-up Wayve" takes ten tokens.
	for k := m.start - 1; k > at && k >= m.start-10; k-- {
		switch {
		case x.tokIs(k, intoPlace):
			return x.tokHas(k-1, wRaise) || k-2 >= 0 && x.tokHas(k-2, wRaise) || k == q.end && q.start > at && q.start-at <= 2
		case k == q.end-1 && q.start > at:
			// "round of $600 million for": past the figure and the "of"
			// that gives it.
			k = q.start
			if k-1 > at && toks[k-1].lower == "of" {
				k--
			}
		case toks[k].kind == tokWord && !toks[k].is6(wdBy, wdFrom, wdWith, wdAnd, wdOf, wdTo), toks[k].text == "-":
		case (toks[k].text == "'" || toks[k].text == "’") && k+1 < m.start && toks[k+1].lower == "s":
			// "for China's MiniMax"
		default:
			return false
		}
	}
	return false
}

// raisesAfter reports a company that is the subject of a verb of raising
// right after it: "the total Wayve has raised", "OpenAI raised".
func (x *extractor) raisesAfter(m mention) bool {
	toks := x.s.toks
	k := m.end
	for n := 0; n < 3 && k < len(toks) && x.tokHas(k, wAux) && toks[k].lower != "to"; n++ {
		k++
	}
	return k < len(toks) && toks[k].is3(wdRaised, wdRaises, wdRaising)
}

// wordBefore returns the lower-case word just before token k, skipping
// "the", or "".
func (x *extractor) wordBefore(k int) string {
	toks := x.s.toks
	k--
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 0 {
		return ""
	}
	return toks[k].lower
}

// passive reports a verb in the passive voice: "was awarded", "is being
// acquired", "has been backed".
func (x *extractor) passive(at int) bool {
	toks := x.s.toks
	v := toks[at].lower
	participle := strings.HasSuffix(v, "ed") || x.tokIs(at, irregularParticiple)
	return participle && at > 0 && (x.tokIs(at-1, beVerbs) || toks[at-1].is2(wdGet, wdGot))
}

// bareParticiple reports a participle right after a name, followed by "by"
// or by "for" and a figure: "Slack acquired by Salesforce", "Fabrikam
// bought for $890m". Headlines drop the "was" of the passive; the active
// verb takes an object after it ("Contoso bought Fabrikam for").
func (x *extractor) bareParticiple(at int) bool {
	toks := x.s.toks
	if at < 1 || at+2 >= len(toks) || !(strings.HasSuffix(toks[at].lower, "ed") || x.tokIs(at, irregularParticiple)) {
		return false
	}
	if !toks[at+1].is2(wdBy, wdFor) || toks[at+1].lower == "for" && toks[at+2].kind == tokWord {
		return false
	}
	j := slices.IndexFunc(x.s.companies, func(c mention) bool { return c.end == at })
	if j < 0 {
		return false
	}
	// Only words describing the name may stand before it: of "Fabrikam,
	// which Contoso bought for $2 billion" the name is a relative
	// clause's subject.
	for k := x.s.companies[j].start - 1; k >= 0; k-- {
		if t := &toks[k]; t.kind != tokWord && t.text != "-" || t.is7(wdWhich, wdThat, wdWho, wdWhom, wdWhose, wdAnd, wdOr) || k > 0 && t.startsUpper() {
			return false
		}
	}
	return true
}

// dealRoles gives each party of a deal value its side, read from the deal
// word nearest the figure and where each party stands to it.
func (x *extractor) dealRoles(q *quantity, names []string) []corpus.Party {
	trig, at := x.triggerNear(q)
	names = x.withPlaces(q, trig, at, names)
	services := x.buysServices(q, trig, at)
	committed := false
	switch {
	case services && x.paysForProduct(at) && !x.paysCompany(at):
		trig = trigContract
	case x.governmentPays(trig, at, names):
		// "Under the deal with Microsoft, the Ministry of Justice will
		// pay £20m": a public body that pays buys a service, not a
		// company.
		trig = trigContract
	case x.governmentSpends(q, trig, at, names):
		// "The Australian Signals Directorate plans to spend more than $2
		// billion on a custom-built cloud": a public body spending on a
		// thing buys it.
		trig = trigContract
	case (trig == trigNone || trig == trigPartner || trig == trigContract) && x.debtNamedBefore(q) && x.debtNounBefore(q) >= 0:
		// "Raxio secured a sustainability-linked debt facility of up to
		// $170m, including $110m from Proparco and EAIF": money borrowed
		// is raised, from the lenders named after the debt.
		trig, at = trigRaise, x.debtNounBefore(q)
	case x.spendsOnHardware(q, trig, at):
		// "ByteDance intends to spend 40 billion yuan on AI chips",
		// "plans to spend another ¥8.7 billion on GPUs": money spent on
		// hardware buys it, and the place it is bought in buys nothing.
		trig = trigContract
		names = slices.DeleteFunc(slices.Clone(names), func(n string) bool {
			_, isPlace := x.e.regions[n]
			return isPlace
		})
	case x.commitmentToBuy(q, trig):
		// "OpenAI commits to $250 billion of Azure": a commitment to buy.
		trig, committed = trigContract, true
	case trig == trigPartner && len(names) > 1:
		// A partnership with a price has a buyer and a seller when one
		// side surely sells; byRank makes equals partners.
		trig = trigContract
	}
	if ps, ok := x.hostRoles(q, trig, names); ok {
		return ps
	}
	if ps, ok := x.siteDealRoles(q, trig, names); ok {
		return ps
	}
	if ps, ok := x.lenderApprovalRoles(q, trig, names); ok {
		return ps
	}
	if f := x.financier(q, trig); f.start >= 0 {
		// "Crusoe signed a $3.4bn deal with asset manager Blue Owl
		// Capital to finance a new data centre": who the deal is with
		// puts the money up; who signs it takes it. Those named after
		// ("which will be leased to Oracle") are no side of it.
		ps := make([]corpus.Party, 0, len(names))
		for _, n := range names {
			_, isPlace := x.e.regions[n]
			switch m := x.firstMention(n); {
			case n == f.name:
				ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleInvestor})
			case m.start >= 0 && m.end <= q.start && !isPlace:
				ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleRecipient})
			}
		}
		return ps
	}
	if ps, ok := x.orderRoles(q, names); ok {
		return ps
	}
	if ps, ok := x.takeoverRoles(q, trig, at, names); ok {
		return ps
	}
	if x.jointVenture(q) && len(names) > 1 {
		// "Telstra to spend $700 million on AI through Accenture joint
		// venture": money put into a venture two companies share makes
		// them partners, whoever spends it.
		ps := make([]corpus.Party, len(names))
		for i, n := range names {
			ps[i] = corpus.Party{Name: n, Role: corpus.RolePartner}
		}
		return ps
	}
	if committed {
		if ps, ok := x.commitRoles(q, at, names); ok {
			return ps
		}
		if at >= 0 && x.tokIs(at, commitsMoney) && !x.namedAfter(q, names) {
			// "Contoso and Fabrikam will commit $40bn to building AI
			// infrastructure": no seller named after the figure, so
			// the money is pledged, not spent with a vendor.
			trig = trigPledge
		}
	}
	receiving := at >= 0 && (x.receivedBefore(at) || x.tookInvestment(q, at))
	owner := x.investmentOwner(q, trig, at)
	byBuyer := false
	ps := make([]corpus.Party, len(names))
	placed := make([]bool, len(names))
	// beside marks the names brought in beside the subject ("together
	// with"); it is made only when the loop below meets one, since the
	// mention read for a name may be a later one than its first.
	var beside []bool
	for i, n := range names {
		ps[i].Name = n
		m := x.firstMention(n)
		if c, ok := x.mentionInClause(q, n); ok {
			// "partners including Anthropic, and SK Telecom pumped $100
			// million into Anthropic": the name in the figure's clause
			// says what part it plays, not one named earlier in passing.
			m = c
		}
		if m.start < 0 || at < 0 {
			continue
		}
		before := x.wordBefore(m.start)
		after := m.start > at
		placed[i] = true
		if x.withPartner(m) {
			// Given the subject's side once every other name has one.
			if beside == nil {
				beside = make([]bool, len(names))
			}
			beside[i] = true
			continue
		}
		if _, isPlace := x.e.regions[n]; isPlace && (trig == trigInvest || trig == trigPledge) {
			ps[i].Role = corpus.RoleRecipient
			if n == x.placeInvesting(at) || after && before == "from" {
				// "a $1.5 billion commitment from Saudi Arabia"
				ps[i].Role = corpus.RoleInvestor
			}
			continue
		}

		switch trig {
		case trigAcquire:
			switch {
			case after && x.fromManagedBy(m):
				// "acquired by Edenred for £1.15 billion from funds
				// managed by Abry Partners and Castik Capital": who runs
				// what the target is bought from sells it.
				ps[i].Role = corpus.RoleSeller
			case after && x.ownerOfBought(m):
				// "paying $39 billion for T-Mobile USA, which belongs to
				// Deutsche Telekom", "for Fabrikam, owned by Northwind":
				// the owner of what is bought sells it.
				ps[i].Role = corpus.RoleSeller
			case after && (x.byBefore(m) || x.offerFrom(q, m)):
				// "a $4.2 billion buyout by private equity firm Northwind",
				// "rejected a $900 million takeover offer from Contoso":
				// who bids buys.
				ps[i].Role, byBuyer = corpus.RoleBuyer, true
			case services && (before == "from" || m.start == at+1 || after && before == "of"):
				// "buy the chips from Dell", "pays Capgemini up to £15M",
				// "buy $38bn of AWS compute": the provider sells.
				ps[i].Role = corpus.RoleVendor
			case services && !after && at > 0 && x.s.toks[at-1].text == "," && x.ofItsAfter(q) && m.start > x.s.companies[0].start && x.listStartAt(m) != x.s.companies[0].start:
				// "Contoso had a similar arrangement with Fabrikam,
				// buying $1 billion worth of its services": no one buys
				// its own services, so "its" is the other company's,
				// which sells them. Only a participle after a comma has
				// the first name for its subject: in "Fabrikam said
				// Contoso is buying $1 billion worth of its services" the
				// later name buys.
				ps[i].Role = corpus.RoleVendor
			case services && !after:
				ps[i].Role = corpus.RoleCustomer
			case services:
				// "to leave Google Workspace": named beside the purchase.
				placed[i] = false
			case (x.possessive(m) && x.businessWithin(m.end+2, 5, true) || x.ownsBusinessNamed(m) > 0) && !x.unitBuys(m, at):
				// "acquiring Broadcom's end user computing business": the
				// owner of a business bought sells it. One whose unit
				// is the subject that buys ("HSBC's asset management
				// unit is buying ...") buys through it.
				ps[i].Role = corpus.RoleSeller
			case !after && x.itsBusinessBought(m, at):
				// "Taisho has agreed with Bristol-Myers to buy its
				// consumer health business", "Foxconn confirmed that
				// SoftBank has bought its Ohio plant": no one buys its
				// own business, so "its" is the other company's, which
				// sells.
				ps[i].Role = corpus.RoleSeller
			case after && x.namesBusiness(m):
				// "CD&R buys Humana hospice unit": a name written before
				// the business it owns, as headlines do, sells it.
				ps[i].Role = corpus.RoleSeller
			case m.end == at && x.tokIs(at, namesTakeover):
				// "IBM completes $6.4 billion HashiCorp acquisition"
				ps[i].Role = corpus.RoleTarget
			case !after && m.start > 0 && x.tokHas(m.start-1, wObjectVerbs) && !x.possessive(m):
				// "SoftBank has acquired Supercell, a games developer,
				// paying $1.5 billion": the object of a verb of buying
				// before the paying clause is bought.
				ps[i].Role = corpus.RoleTarget
			case !after && x.relativeBefore(m, at):
				// "Fabrikam, which Contoso bought for $2 billion"
				ps[i].Role = corpus.RoleTarget
			case !after && x.reducedPassive(m, at):
				// "and MuleSoft, bought in a $6.5 billion deal in 2018":
				// the participle the name's comma opens says it was bought.
				ps[i].Role = corpus.RoleTarget
			case before == "from" || after && x.describedAfter(m.start) == "from":
				// "from Triton", "from its current owner Meta", "from
				// British private equity firm Triton"
				ps[i].Role = corpus.RoleSeller
			case after && x.businessOf(m):
				// "the automotive Ethernet business of Marvell", "the
				// audio division of Italy's Masimo": the owner of a
				// business bought sells it.
				ps[i].Role = corpus.RoleSeller
			case after && before == "by":
				ps[i].Role = corpus.RoleBuyer
			case x.pricedPerShare(m):
				// "will offer $45 per Fabrikam share": whose shares are
				// priced is bought, wherever the verb stands.
				ps[i].Role = corpus.RoleTarget
			case after != (x.passive(at) || x.bareParticiple(at)):
				ps[i].Role = corpus.RoleTarget
			default:
				ps[i].Role = corpus.RoleBuyer
			}
		case trigRaise:
			switch {
			case x.receivesFigure(m, q):
				// "Scale AI secured $1 billion", whatever round the
				// sentence names elsewhere.
				ps[i].Role = corpus.RoleRecipient
			case x.raisesAfter(m):
				// "Nvidia took part in the round, which lifts the total
				// Wayve has raised to $1.3 billion": who raises is paid.
				ps[i].Role = corpus.RoleRecipient
			case m.end < len(x.s.toks) && x.s.marks[m.end]&leadsRound != 0 && !(m.end+1 < len(x.s.toks) && x.s.toks[m.end+1].is1(wdBy)) || !after && x.leadsAfterList(m):
				// "ASML leads Mistral's 1.7 billion euro round", "Sequoia
				// and Accel co-led the round"
				ps[i].Role = corpus.RoleInvestor
			case after && x.valuedAt(m):
				// "The $6 billion round, which values xAI at $50
				// billion, was led by Valor": the company valued raises.
				ps[i].Role = corpus.RoleRecipient
			case after && x.roundFor(m, at, q):
				// "co-leads $1 billion round in Chinese AI start-up
				// Moonshot", "a round for Moonshot AI"
				ps[i].Role = corpus.RoleRecipient
			case before == "by" || !after && x.withList(m):
				// "OpenAI, backed by Microsoft and SoftBank, is raising",
				// "Wayve in talks with Microsoft and SoftBank to raise"
				ps[i].Role = corpus.RoleInvestor
			case !after && m.end <= at && x.takesPartAfter(m):
				// "Index Ventures also participated in the $25 million
				// round", "General Catalyst and Kleiner Perkins joined
				// Thrive in the round": who takes part puts money in.
				ps[i].Role = corpus.RoleInvestor
			case !after && x.backsNext(m):
				// "Meta backs Databricks as a strategic investor in $10
				// billion round"
				ps[i].Role = corpus.RoleInvestor
			case !after && x.amongBackersAfter(m):
				// "Orrin Growth and B Capital are among the investors in
				// the $40 million round"
				ps[i].Role = corpus.RoleInvestor
			case after:
				ps[i].Role = corpus.RoleInvestor
			default:
				ps[i].Role = corpus.RoleRecipient
			}
		case trigInvest, trigPledge:
			ownStake := x.s.toks[at].lower == "stake" && (x.stakeSold(at) || q.end == at && x.stakeSold(q.start)) && !x.stakeInCompany(at)
			heldStakeSold := x.s.toks[at].lower == "stake" && q.end == at && x.stakeSold(q.start) && x.stakeInCompany(at)
			switch {
			case ownStake && after && x.soldTo(m) && x.toAfter(at, x.listStartAt(m)):
				// "Contoso sold a $50 million stake to Northwind": who
				// buys a company's own stake puts money into it...
				ps[i].Role = corpus.RoleInvestor
			case ownStake && !after:
				// ...and the company selling it takes the money.
				ps[i].Role = corpus.RoleRecipient
			case heldStakeSold && after && (x.soldTo(m) || x.placedWith(m)):
				// "may sell its $2bn stake in Fabrikam to Northwind", "through
				// a placement with investors including Northwind": a
				// stake in another company changes hands...
				ps[i].Role = corpus.RoleBuyer
			case heldStakeSold && after && x.stakeInAt(at) == m.start:
				// ...the company it is a stake in, and only that one, is
				// bought into; one named later ("in a deal arranged by
				// Northwind") is read as any other...
				ps[i].Role = corpus.RoleTarget
			case heldStakeSold && !after:
				// ...and its holder sells it.
				ps[i].Role = corpus.RoleSeller
			case x.receivesFigure(m, q):
				// "Fabrikam has received $2 billion from Northwind, bringing
				// Northwind's investment to $6 billion"
				ps[i].Role = corpus.RoleRecipient
			case owner != "" && n == owner:
				// "bringing Amazon's total investment to $8 billion": the
				// owner of the investment puts it in.
				ps[i].Role = corpus.RoleInvestor
			case owner != "" && m.end <= at && !x.possessive(m):
				// and the company named before it takes it.
				ps[i].Role = corpus.RoleRecipient
			case before == "by" || before == "from" || after && x.fromList(m):
				// "an investment of $2.3bn from Dubai-based infrastructure
				// company Fabrikam": the money comes from it.
				ps[i].Role = corpus.RoleInvestor
			case after && x.takesPartAfter(m):
				// "Bessemer put in $50 million, with Nvidia and existing
				// backers Lightspeed also taking part": co-investors.
				ps[i].Role = corpus.RoleInvestor
			case after && x.alongside(m):
				// "invested $2 billion in xAI, alongside Cisco and AMD":
				// co-investors.
				ps[i].Role = corpus.RoleInvestor
			case !after && x.withList(m) && x.agreesWith(m, at) && (x.placeAfter(at) != "" || x.intoTechnology(q)):
				// "Humain has agreed with Blackstone to invest $3bn in
				// campuses across Spain": who the subject joins to put
				// money into a place or a technology invests beside it.
				// "agreed with Mercury to invest Rs 378 crore" may be
				// money put into Mercury.
				ps[i].Role = corpus.RoleInvestor
			case after && x.describedAfter(m.start) == "with" && !x.throughDealWith(m) && (x.intoTechnology(q) || x.placeAfter(at) != ""):
				// "will put $400 million into cloud infrastructure in
				// Saudi Arabia and another cloud region with oil giant
				// Aramco": money put into a place or a technology "with"
				// a company is put in beside it, not into it. Money put in
				// "through a partnership with" a provider goes to it.
				ps[i].Role = corpus.RoleInvestor
			case !after && before == "with" && x.auxTo(m.end, at):
				// "with AWS planning to invest $5.3 billion in the
				// kingdom": the name "with" opens is the verb's subject.
				ps[i].Role = corpus.RoleInvestor
			case !after && x.inWhich(m, at):
				// "Gojek, in which it invested $150 million": the company
				// the relative clause puts money in receives it.
				ps[i].Role = corpus.RoleRecipient
			case before == "in" || before == "into" || before == "with":
				ps[i].Role = corpus.RoleRecipient
			case m.end == at && x.tokIs(at, namesInvestment):
				// "its Anthropic investment": the name before the noun
				// receives.
				ps[i].Role = corpus.RoleRecipient
			case after && m.start == at+1 && x.tokIs(at, namesInvestment) && x.verbAfter(m):
				// "the $800 million investment Contoso announced in 2023":
				// the subject of the clause the noun opens puts it in.
				ps[i].Role = corpus.RoleInvestor
			case after && (before == "which" || before == "that"):
				// "the $3 billion investment, which Contoso says it will
				// spend by 2026": the subject of the clause about the
				// money puts it in.
				ps[i].Role = corpus.RoleInvestor
			case m.start > q.end && x.investedByEpithet(q):
				// "the $8.5 billion the company had already invested in
				// the region, AWS said": the clause after the figure says
				// the company named put the money in.
				ps[i].Role = corpus.RoleInvestor
			case after && x.possessive(m) && m.start == q.end+1 && x.s.toks[q.end].lower == "of":
				// "will backstop $1.8 billion of Fluidstack's lease
				// obligations", "$2 billion of Contoso's shares": the
				// owner of what the money backs or buys takes it.
				ps[i].Role = corpus.RoleRecipient
			case after && x.possessive(m) && !x.roundAfter(m):
				// "Rs 5,000 crore will go towards expanding CapitaLand's
				// office space": money spent on what the investor owns.
				ps[i].Role = corpus.RoleInvestor
			case after || x.passive(at) || receiving:
				ps[i].Role = corpus.RoleRecipient
			default:
				ps[i].Role = corpus.RoleInvestor
			}
		case trigAward:
			// "won", "bagged", "clinches": the side that wins a deal
			// receives it.
			won := x.tokHas(at, wReceive) || x.s.toks[at].lower == "win"
			switch {
			case x.isGovernment(n):
				// A public body awards; it never wins its own contract.
				ps[i].Role = corpus.RoleCustomer
			case before == "by" || before == "from":
				ps[i].Role = corpus.RoleCustomer
			case after == (won || x.passive(at)):
				ps[i].Role = corpus.RoleCustomer
			default:
				ps[i].Role = corpus.RoleVendor
			}
		case trigSell:
			if c, ok := x.mentionInClause(q, n); !ok {
				// "Amazon and OpenAI do business: AWS would provide $38
				// billion of capacity": the seller is in the figure's
				// clause, the other side buys.
				placed[i] = false
			} else if after, before = c.start > at, x.wordBefore(c.start); after && before == "to" || c.start == at+1 && c.end < len(x.s.toks) && x.s.toks[c.end].lower == "with" {
				// "provides cloud services to Contoso", "will supply
				// Microsoft with GPUs": the company supplied buys.
				ps[i].Role = corpus.RoleCustomer
			} else if after && c.start > q.end && x.wordBefore(x.listStartAt(c)) == "for" {
				// "to provide software for Fabrikam and Northwind": every
				// company in the list after "for" is served.
				ps[i].Role = corpus.RoleCustomer
			} else if !after && x.picksToSupply(c, at) {
				// "BSNL picked Nokia and ZTE to supply network gear":
				// who picks the suppliers buys from them.
				ps[i].Role = corpus.RoleCustomer
			} else if !after {
				ps[i].Role = corpus.RoleVendor
			} else {
				placed[i] = false
			}
		case trigPartner:
			ps[i].Role = corpus.RolePartner
		default:
			placed[i] = false
		}
	}
	if len(beside) > 0 {
		x.besideSubject(at, ps, placed, beside)
	}
	x.shareListRoles(q, ps, placed)
	if (trig == trigContract || trig == trigNone) && x.between(names) {
		// "a $500 billion initiative between OpenAI and SoftBank": the
		// sentence puts the sides on a par.
		for i := range ps {
			ps[i].Role = corpus.RolePartner
		}
		return ps
	}
	if (trig == trigContract || trig == trigNone) && (x.leaseSides(q, ps) || x.leaseByRank(q, ps)) {
		return ps
	}
	if (trig == trigContract || trig == trigNone) && (receiving || x.receivedBefore(q.start) || x.receivedBeforeWorth(q)) {
		// "Fabrikam landed a $1.5 billion order from Contoso": who
		// receives an order or a contract sells; who it comes from buys.
		for i := range ps {
			m := x.firstMention(ps[i].Name)
			switch {
			case m.start < 0:
			case x.wordBefore(m.start) == "from" || x.wordBefore(m.start) == "by":
				ps[i].Role = corpus.RoleCustomer
			case m.start < q.start:
				ps[i].Role = corpus.RoleVendor
			}
		}
		if slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleCustomer }) &&
			slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleVendor }) {
			return ps
		}
		if len(ps) > 0 && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role != corpus.RoleVendor }) && x.receivesContract(q) {
			// "Contoso gets $275 million space contract": the only
			// company named receives the contract and so sells, whoever
			// it is bought by.
			return ps
		}
		for i := range ps {
			ps[i].Role = corpus.RoleUnknown
		}
	}
	if v := x.placesOrder(q); (trig == trigContract || trig == trigNone) && v >= 0 && len(ps) > 1 {
		// "Contoso placed an order with Tailspin, valued at $78
		// million": who places an order buys; who it is placed with or
		// given to sells.
		if x.orderSides(ps, v, "with", "to") {
			return ps
		}
	}
	if v := x.ordersFrom(q); (trig == trigContract || trig == trigNone) && v >= 0 && len(ps) > 1 {
		// "Contoso has ordered servers worth €120 million from
		// Fabrikam": who orders buys; who it orders from sells.
		if x.orderSides(ps, v, "from") {
			return ps
		}
	}
	if trig == trigContract || trig == trigNone {
		if v := x.e.vendorOf[x.product()]; v != "" && x.paysForProduct(at) {
			// The company whose product is bought sells it, named or not:
			// "Cal State pays nearly $17 million for ChatGPT Edu".
			if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == v }) {
				ps = append(ps, corpus.Party{Name: v})
			}
			for i := range ps {
				ps[i].Role = corpus.RoleCustomer
				if ps[i].Name == v {
					ps[i].Role = corpus.RoleVendor
				}
			}
			return ps
		}
		if v := x.providerNamed(q, names); v != "" {
			// "OpenAI signs Cerebras compute deal": the company whose
			// compute is bought sells it.
			for i := range ps {
				ps[i].Role = corpus.RoleCustomer
				if ps[i].Name == v {
					ps[i].Role = corpus.RoleVendor
				}
			}
			return ps
		}
		if x.wentTo(ps) {
			return ps
		}
		if x.purposeSides(q, ps) {
			return ps
		}
		if x.workForSides(q, ps) {
			return ps
		}
		if x.sidesByWith(ps) {
			return ps
		}
		x.byRank(ps)
		return ps
	}
	if trig == trigAcquire && byBuyer {
		// The buyer named after "by" leaves the others the bought.
		for i := range ps {
			if m := x.firstMention(ps[i].Name); ps[i].Role == corpus.RoleBuyer && !(m.start > at && (x.byBefore(m) || x.offerFrom(q, m))) {
				ps[i].Role = corpus.RoleTarget
			}
		}
	}
	if trig == trigAward && slices.ContainsFunc(ps, func(p corpus.Party) bool { return x.isGovernment(p.Name) }) {
		// "Oracle wins Pentagon contract alongside Amazon, Google and
		// Microsoft": a public body buys, the companies it awards sell.
		for i := range ps {
			if x.isGovernment(ps[i].Name) {
				ps[i].Role = corpus.RoleCustomer
			} else if _, isPlace := x.e.regions[ps[i].Name]; !isPlace {
				ps[i].Role = corpus.RoleVendor
			}
			placed[i] = true
		}
	}
	if r := x.roundRecipient(); r != "" && (trig == trigInvest || trig == trigPledge) && x.sentenceHas(wRaise) &&
		x.firstMention(r).start < 0 && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role.Paid() }) {
		// "HCLTech led the round with a $150 million commitment and
		// Bessemer put in $50 million": the backers of the article's
		// round put money into the company raising it, which the
		// sentence need not name.
		if j := slices.IndexFunc(ps, func(p corpus.Party) bool { return p.Name == r }); j >= 0 {
			ps[j].Role, placed[j] = corpus.RoleRecipient, true
		} else {
			ps = append(ps, corpus.Party{Name: r, Role: corpus.RoleRecipient})
			placed = append(placed, true)
		}
	}
	x.complete(ps, placed)
	if len(beside) > 0 {
		// "It acquired Compass in partnership with Ontario Teachers'":
		// the subject an earlier sentence named has its side now.
		x.besideSubject(at, ps, placed, beside)
	}
	if (trig == trigInvest || trig == trigPledge) && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role.Paid() }) {
		// "Contoso commits $3bn to Azure as Fabrikam and Northwind invest
		// up to $1bn": investors named alone in a clause put money into
		// the company the article is about, when the sentence names it
		// before that clause.
		start, _ := x.clause(q)
		for _, m := range x.main {
			if f := x.firstMention(m); f.start >= 0 && f.end <= start && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == m }) && !x.namedInPassing(m) {
				ps = append(ps, corpus.Party{Name: m, Role: corpus.RoleRecipient})
				break
			}
		}
	}
	for i := range ps {
		if ps[i].Role != corpus.RoleUnknown {
			continue
		}
		// A party the sentence does not name is the one an earlier
		// sentence made its subject: "CoreWeave is offering shares. ...
		// which would raise $2.2 billion".
		switch trig {
		case trigRaise:
			ps[i].Role = corpus.RoleRecipient
			if x.leadsUnnamed(q) && (x.firstMention(ps[i].Name).start < 0 || ps[i].Name == x.itSubject(q)) {
				// "The firm also co-led a $170 million Series A into
				// Fabrikam": the subject an earlier sentence named leads
				// the round, so it puts money in.
				ps[i].Role = corpus.RoleInvestor
			}
		case trigAcquire:
			// "It agreed to pay a rocket maker nearly $1 billion a month
			// for GPUs": the subject an earlier sentence named pays for
			// what it uses, the other side of the article sells it.
			if s := x.itSubject(q); s != "" && len(ps) > 1 && at >= 0 && at < q.start && x.tokIs(at, paysMoney) && x.buysServices(q, trig, at) {
				ps[i].Role = corpus.RoleVendor
				if ps[i].Name == s {
					ps[i].Role = corpus.RoleCustomer
				}
			}
		case trigSell:
			// "The Amsterdam-based company will supply GPU capacity
			// worth $17.4 billion": the subject named by what it is
			// sells, the other side of the sentence before buys.
			if s := x.itSubject(q); s != "" && len(ps) > 1 {
				ps[i].Role = corpus.RoleCustomer
				if ps[i].Name == s {
					ps[i].Role = corpus.RoleVendor
				}
			}
		case trigInvest, trigPledge:
			if _, isPlace := x.e.regions[ps[i].Name]; !isPlace && len(ps) > 1 && ps[i].Name == x.itSubject(q) {
				// "The social media giant could put more than $10 billion
				// into the startup": the subject named by what it is puts
				// the money in.
				ps[i].Role = corpus.RoleInvestor
			} else if isPlace || x.intoTheCompany(q) {
				// "putting $20 billion into the company"; "the Rs 40,000
				// crore the group has already put into the state": a
				// place the article is about receives.
				ps[i].Role = corpus.RoleRecipient
			} else {
				ps[i].Role = corpus.RoleInvestor
			}
		}
	}
	return ps
}

// wentTo gives the sides of a contract said to go to a company: "A $900
// million contract to modernise the IRS's systems went to Accenture" makes
// the company it went to the vendor and the others its customers. It
// reports false when no party stands after "went to" or "goes to".
func (x *extractor) wentTo(ps []corpus.Party) bool {
	toks := x.s.toks
	to := slices.IndexFunc(ps, func(p corpus.Party) bool {
		m := x.firstMention(p.Name)
		return m.start >= 2 && toks[m.start-1].lower == "to" && toks[m.start-2].is2(wdWent, wdGoes)
	})
	if to < 0 {
		return false
	}
	for i := range ps {
		ps[i].Role = corpus.RoleCustomer
	}
	ps[to].Role = corpus.RoleVendor
	return true
}

// investmentOwner returns the company whose possessive stands just before
// the investment noun at "at" of a running total, with only words between:
// "bringing Amazon's total investment to $8 billion" is Amazon's. It
// returns "" for none.
func (x *extractor) investmentOwner(q *quantity, trig trigger, at int) string {
	if trig != trigInvest || at < 0 || at > q.start || !x.isRunningTotal(0, q) {
		return ""
	}
	for _, m := range x.s.companies {
		if !x.possessive(m) || at <= m.end+1 || at > m.end+4 {
			continue
		}
		words := true
		for k := m.end + 2; k < at; k++ {
			words = words && x.s.toks[k].kind == tokWord
		}
		if words {
			return m.name
		}
	}
	return ""
}

// tookInvestment reports money taken as an investment, not a stake
// bought: "it took a $5m investment in a funding round led by Contoso"
// makes the subject the recipient; "took a $2bn stake" does not.
func (x *extractor) tookInvestment(q *quantity, at int) bool {
	toks := x.s.toks
	if at < q.end || !x.tokIs(at, namesInvestment) || toks[at].is2(wdStake, wdEquity) {
		return false
	}
	k := q.start - 1
	if k >= 0 && toks[k].is2(wdA, wdAn) {
		k--
	}
	// "has taken a $37m investment from", "after taking a $37m
	// investment from": the taker is the recipient in every tense.
	return k >= 0 && toks[k].is4(wdTook, wdTakes, wdTaken, wdTaking)
}

// agreesWith reports a name the subject joins before the investing verb
// at "at", in the same clause: "agreed with Blackstone and its AirTrunk
// unit to invest", "form a company with Oracle that will invest".
func (x *extractor) agreesWith(m mention, at int) bool {
	toks := x.s.toks
	for k := m.end; k < at; k++ {
		if toks[k].text == ";" || toks[k].text == "(" || x.tokHas(k, wRaise) {
			return false
		}
	}
	return at > 0 && (toks[at-1].is2(wdTo, wdThat) || x.tokIs(at-1, modal))
}

// throughDealWith reports a name that "with" introduces right after a
// deal or partnership noun: "through a partnership with US-based
// provider Applied Digital".
func (x *extractor) throughDealWith(m mention) bool {
	for k := m.start - 1; k > 0 && k >= m.start-7; k-- {
		if x.s.toks[k].lower == "with" {
			return x.tokIs(k-1, namesContract) || x.tokHas(k-1, wPartner)
		}
	}
	return false
}

// auxTo reports only auxiliaries from token k up to the verb at "at",
// more than a bare "to": "AWS planning to invest", "Contoso set to
// invest" have their subject before k. "a pact with Fabrikam to
// invest" need not.
func (x *extractor) auxTo(k, at int) bool {
	if k >= at || at-k > 4 || at-k == 1 && x.s.toks[k].lower == "to" {
		return false
	}
	for j := k; j < at; j++ {
		if !x.tokHas(j, wAux) && x.s.toks[j].lower != "set" {
			return false
		}
	}
	return true
}

// verbAfter reports a name followed by the verb of its clause: "Contoso
// announced", "Contoso made", "Contoso has", "Contoso will". A receiving
// verb ("Contoso received") makes it no giver.
func (x *extractor) verbAfter(m mention) bool {
	k := m.end
	if k >= len(x.s.toks) || x.s.toks[k].kind != tokWord || x.s.toks[k].startsUpper() || x.tokHas(k, wReceive) {
		return false
	}
	return strings.HasSuffix(x.s.toks[k].lower, "ed") || x.tokIs(k, irregularParticiple) || x.tokIs(k, haveVerbs) || x.tokIs(k, modal)
}

// fromManagedBy reports a name listed after "from funds managed by" and
// the like: the owners a company is bought from.
func (x *extractor) fromManagedBy(m mention) bool {
	toks := x.s.toks
	k := x.listStartAt(m) - 1
	if k < 2 || !toks[k].is1(wdBy) || !toks[k-1].is6(wdManaged, wdAdvised, wdRun, wdOperated, wdControlled, wdOwned) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if toks[j].is1(wdFrom) {
			return true
		}
	}
	return false
}

// amongBackersAfter reports a name listed before "are among the
// investors" (amongBackersAt) or before "came in as new investors"
// (joinedRoundAt): "Orrin Growth, Brackwater Partners and B Capital are
// among the investors in the round" names three backers.
func (x *extractor) amongBackersAfter(m mention) bool {
	toks := x.s.toks
	k := m.end
	for n := 0; n < 8 && k < len(toks); n++ {
		if toks[k].text == "," || toks[k].is1(wdAnd) {
			k++
			continue
		}
		if toks[k].text == "(" {
			// "Quillon (Orrin's venture arm), Norden": past an aside.
			e := k + 1
			for e < len(toks) && e <= k+10 && toks[e].text != ")" {
				e++
			}
			if e < len(toks) && toks[e].text == ")" {
				k = e + 1
				continue
			}
			break
		}
		j := slices.IndexFunc(x.s.companies, func(c mention) bool { return c.start == k })
		if j < 0 {
			break
		}
		k = x.s.companies[j].end
	}
	if k+1 < len(toks) && toks[k+1].is1(wdAmong) && amongBackersAt(toks, k+1) == k {
		return true
	}
	// "Tessaly and Norden Harvest came in as new investors", "joined as
	// backers": the verb a few words on.
	for j := k; j < len(toks) && j <= k+8; j++ {
		if x.s.marks[j]&startsOrg != 0 && joinedRoundAt(toks, x.s.marks, j) == k {
			return true
		}
	}
	return false
}

// takesPartAfter reports a name listed before "taking part" or
// "participating" in its clause: "with Nvidia, Prosperity 7 and existing
// backers Lightspeed also taking part".
func (x *extractor) takesPartAfter(m mention) bool {
	toks := x.s.toks
	for k := m.end; k < len(toks) && k < m.end+16; k++ {
		t := toks[k]
		switch {
		case t.text == "." || t.text == ";" || t.is11(wdWhich, wdThat, wdWho, wdAfter, wdWhile, wdBut, wdIn, wdFor, wdOf, wdTo, wdFrom):
			return false
		case x.s.marks[k]&takesPart != 0 && (t.lower != "part" || x.s.marks[k-1]&holdsPart != 0):
			return true
		}
	}
	return false
}

// leadsAfterList reports a verb for leading a round after company m and
// the names listed with it: "Sequoia Capital and Accel co-led", "Accel,
// Index and Balderton led".
func (x *extractor) leadsAfterList(m mention) bool {
	toks := x.s.toks
	for k := m.end; k < len(toks) && k < m.end+12; k++ {
		switch {
		case x.s.marks[k]&leadsRound != 0:
			// "Scala, led by chief executive Marcos Peigo": an aside.
			return k+1 >= len(toks) || toks[k+1].lower != "by"
		case toks[k].text == "," || toks[k].text == "-" || toks[k].is2(wdAnd, wdCo) || x.companyStartsAt(k) || x.inCompany(k):
		case toks[k].text == "(" && k+2 < len(toks) && toks[k+2].text == ")":
			// "New Enterprise Associates (NEA) has led": the short form
			// the name is given in brackets.
			k += 2
		case x.tokHas(k, wAux) && toks[k].is8(wdHas, wdHave, wdHad, wdAlso, wdWill, wdReportedly, wdJust, wdRecently):
		default:
			return false
		}
	}
	return false
}

// roundRecipient is who raises the article's round, when its first deal
// is one: the backers a later sentence names put their money into it.
func (x *extractor) roundRecipient() string {
	if x.storyType != corpus.DealFundingRound {
		return ""
	}
	for _, p := range x.storyParties {
		if p.Role == corpus.RoleRecipient {
			return p.Name
		}
	}
	return ""
}

// withList reports a name that "with" introduces, alone or in a list:
// "in talks with Microsoft and SoftBank".
func (x *extractor) withList(m mention) bool {
	return x.listStart(m) == "with"
}

// alongside reports a name in a list "alongside" opens: "alongside Intel
// and Samsung". A list reads back over "and" and commas only, so that
// "in Fabrikam, alongside Intel" does not list Intel with Fabrikam.
func (x *extractor) alongside(m mention) bool {
	toks := x.s.toks
	k := m.start
	for range 8 {
		if k > 0 && toks[k-1].lower == "alongside" {
			return true
		}
		e := k - 1
		if e > 0 && toks[e].lower == "and" && toks[e-1].text == "," {
			e-- // "A, B, and C"
		}
		if e < 1 || toks[e].lower != "and" && toks[e].text != "," {
			return false
		}
		j := slices.IndexFunc(x.s.companies, func(c mention) bool { return c.end == e })
		if j < 0 {
			return false
		}
		k = x.s.companies[j].start
	}
	return false
}

// fromList reports a name that "from" introduces, past the words saying
// what it is, alone or in a list: "$4 billion of investment from Contoso
// and US-based fund Fabrikam".
func (x *extractor) fromList(m mention) bool {
	return x.describedAfter(x.listStartAt(m)) == "from"
}

// orderSides gives the parties of an order whose verb is at token v their
// sides: a party named before the verb buys, one named after it in a list
// opened by one of the words sells. It reports whether both sides were
// found; when not, every role is left unknown for the rules after it.
func (x *extractor) orderSides(ps []corpus.Party, v int, sellerAfter ...string) bool {
	var buys, sells bool
	for i := range ps {
		m := x.firstMention(ps[i].Name)
		switch {
		case m.start < 0:
		case m.end <= v:
			ps[i].Role, buys = corpus.RoleCustomer, true
		case m.start > v && slices.Contains(sellerAfter, x.listStart(m)):
			ps[i].Role, sells = corpus.RoleVendor, true
		}
	}
	if buys && sells {
		return true
	}
	for i := range ps {
		ps[i].Role = corpus.RoleUnknown
	}
	return false
}

// listStart is the word before the list a name is in, skipping "the".
func (x *extractor) listStart(m mention) string {
	return x.wordBefore(x.listStartAt(m))
}

// listStartAt is where the list a name is in starts: its first name.
func (x *extractor) listStartAt(m mention) int {
	start := m.start
	for range 8 {
		e := listedBefore(x.s.toks, start)
		if e < 0 {
			break
		}
		j := slices.IndexFunc(x.s.companies, func(c mention) bool { return c.end == e })
		if j < 0 {
			break
		}
		start = x.s.companies[j].start
	}
	return start
}

// receivesFigure reports a company that is the subject of a receiving
// verb taking figure q: "Scale AI secured $1 billion", "Contoso has
// received $40 million".
func (x *extractor) receivesFigure(m mention, q *quantity) bool {
	if m.end >= q.start {
		return false
	}
	k := m.end
	for k < q.start && x.tokHas(k, wAux) {
		k++
	}
	return k+1 == q.start && x.tokHas(k, wReceive)
}

// governmentSpends reports a public body named before a spending verb, the
// sentence naming no place after it the money goes to: what a government
// spends, it buys.
func (x *extractor) governmentSpends(q *quantity, trig trigger, at int, names []string) bool {
	if trig != trigPledge || at < 0 || !x.tokIs(at, spendsMoney) || x.placeAfter(at) != "" {
		return false
	}
	return slices.ContainsFunc(names, func(n string) bool {
		m := x.firstMention(n)
		return x.isGovernment(n) && m.start >= 0 && m.end <= at
	})
}

// debtNounBefore returns where the debt that figure q sizes is named
// before it ("a debt facility of up to $170m", and for a part of it,
// "..., including $110m"), or -1.
func (x *extractor) debtNounBefore(q *quantity) int {
	if p, ok := x.includedIn(q); ok {
		q = &p
	}
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-6; k-- {
		if x.tokIs(k, namesDebt) || toks[k].is2(wdFacility, wdFinancing) {
			return k
		}
	}
	return -1
}

// spendsOnHardware reports money a spending verb at "at" puts "on"
// hardware named right after figure q: "spend 40 billion yuan ($5.50
// billion) on AI chips", "spend $2 billion on servers".
func (x *extractor) spendsOnHardware(q *quantity, trig trigger, at int) bool {
	if trig != trigPledge || at < 0 || at > q.start || !x.tokIs(at, spendsMoney) {
		return false
	}
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].text == "(" {
		// a conversion: "($5.50 billion)"
		for k < len(toks) && k < q.end+8 && toks[k].text != ")" {
			k++
		}
		k++
	}
	if k >= len(toks) || toks[k].lower != "on" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].is8(wdGpus, wdChips, wdServers, wdProcessors, wdAccelerators, wdHardware, wdSemiconductors, wdSupercomputers) {
			return true
		}
		if toks[j].kind != tokWord && toks[j].text != "-" {
			return false
		}
	}
	return false
}

// governmentPays reports a pay verb at "at" whose subject, named before
// it, is a public body, with no company after "for" that it would buy.
func (x *extractor) governmentPays(trig trigger, at int, names []string) bool {
	if trig != trigAcquire || at < 0 || !x.tokIs(at, paysMoney) {
		return false
	}
	for k := at + 1; k+1 < len(x.s.toks) && k < at+8; k++ {
		if x.s.toks[k].lower == "for" && x.companyStartsAt(k+1) {
			return false
		}
	}
	return slices.ContainsFunc(names, func(n string) bool {
		m := x.firstMention(n)
		return x.isGovernment(n) && m.start >= 0 && m.end <= at
	})
}

// commitmentToBuy reports a commitment word for money that goes to no
// place and is no investment: "OpenAI commits to $250 billion of Azure".
// Money spent over years with no seller named after it is pledged:
// "plans to spend 380 billion yuan on cloud infrastructure over the next
// three years".
func (x *extractor) commitmentToBuy(q *quantity, trig trigger) bool {
	if _, at := x.triggerNear(q); at >= 0 && x.placeFrom(at) != "" || x.inRound() {
		// "a $1.5 billion commitment from Saudi Arabia" is the
		// kingdom's; "led the round with a $150 million commitment"
		// buys a stake.
		return false
	}
	return trig == trigPledge && x.placeFor(q) == "" && !x.clauseHas(q, wInvest) && !x.spendsOverYears(q)
}

// spendsToBuy reports money a verb of investing or spending puts into
// buying a company: right after figure q, in its clause, "to acquire"
// or "to buy" a named company ("will commit $900 million to acquire
// Proseware"), or "on" or "for" a takeover ("plans to spend 904 billion
// yen on the acquisition", "$28 billion on acquisitions"). "To buy 750
// acres" buys land, no company.
func (x *extractor) spendsToBuy(q *quantity) bool {
	_, end := x.clause(q)
	toks := x.s.toks
	k := q.end
	if k+1 >= end {
		return false
	}
	switch {
	case toks[k].lower == "to" && toks[k+1].is4(wdAcquire, wdBuy, wdPurchase, wdAcquiring):
		// A stake bought is an investment unless it gives control, which
		// the stake's own reading tells. "To purchase Fabrikam servers"
		// buys goods.
		return x.companyStartsAt(k+2) && !x.companyBeforeGoods(k+2)
	case toks[k].is2(wdOn, wdFor):
		return x.takeoverAfter(k+1, end) >= 0
	}
	return false
}

// spendsOverYears reports money a company's spend or pledge verb puts
// into the years to come, with no company named after it to sell:
// "Fabrikam will spend €2bn on new data centres through 2028", "pledged
// 380 billion yuan over three years for AI infrastructure". A public body that
// spends over years buys: "the agency plans to spend $2 billion over
// the next decade on a custom-built cloud".
func (x *extractor) spendsOverYears(q *quantity) bool {
	_, at := x.triggerNear(q)
	if at < 0 || at > q.start || !x.tokIs(at, spendsMoney) && !x.tokHas(at, wPledge) || !x.multiYear(q) {
		return false
	}
	start, end := x.clause(q)
	if x.companyWithin(q.end, end) {
		return false
	}
	spender := false
	for _, m := range x.s.companies {
		if m.start >= start && m.end <= at {
			if x.isGovernment(m.name) {
				return false
			}
			spender = true
		}
	}
	return spender
}

// takeoverRoles reads the ways news names a takeover that the nearest
// deal word alone does not: a bid or deal "for" a company ("Nvidia's $700
// million bid for Run:ai"), a deal closed under the bought company's name
// ("AMD closes Xilinx deal"), a buyer named as the owner of the figure
// ("IBM's $11 billion acquisition"), and a business sold ("AMD sells ZT
// Systems' manufacturing arm to Sanmina"). It reports false for none.
func (x *extractor) takeoverRoles(q *quantity, trig trigger, at int, names []string) ([]corpus.Party, bool) {
	target, seller, buyer := -1, -1, -1 // token positions of the sides the sentence marks
	by := -1                            // where "by" names the buyers of a target taken
	switch {
	case x.ownerTaken(q, trig, at) >= 0:
		target, by = x.ownerTaken(q, trig, at), at+1
	case x.forCompanyAfter(q) >= 0:
		target = x.forCompanyAfter(q)
	case x.bidForCompany(q) >= 0:
		target = x.bidForCompany(q)
	case x.closedCompanyDeal() >= 0:
		target = x.closedCompanyDeal()
	case x.ownerBuys(q, trig, at) >= 0:
		buyer = x.ownerBuys(q, trig, at)
	case x.sellsBusiness(trig, at):
		seller = at
	case trig != trigAcquire && trig != trigSell && (at >= 0 || x.saleBefore(q) >= 0):
		// "sells its Nvidia stake for $5.8 billion", "agreed to sell its
		// data centres to Equinix ... in a deal valued at $736 million":
		// a sale of a business is a takeover, whatever deal word is
		// nearer the figure.
		if seller = x.saleBefore(q); seller < 0 {
			return nil, false
		}
	default:
		return nil, false
	}
	if target >= 0 {
		// "Nvidia's $700 million bid for Run:ai": the owner of the bid
		// buys; others the sentence names only approve or comment.
		for _, m := range x.s.companies {
			if m.end+2 == q.start && x.possessive(m) {
				buyer = m.start
			}
		}
	}
	ps := make([]corpus.Party, 0, len(names))
	for _, n := range names {
		m := x.firstMention(n)
		p := corpus.Party{Name: n}
		switch {
		case m.start < 0 && seller >= 0 && !x.passive(seller) && !x.companyWithin(0, seller):
			// "Kio sold fibre-optic assets to American Tower", the
			// seller named as the article names it elsewhere: the
			// article's company sells.
			p.Role = corpus.RoleSeller
		case m.start < 0:
		case m.start == target:
			p.Role = corpus.RoleTarget
		case by >= 0 && m.start > by:
			// "AirTrunk's A$24 billion acquisition by Blackstone and
			// CPPIB"
			p.Role = corpus.RoleBuyer
		case m.start == buyer:
			p.Role = corpus.RoleBuyer
		case buyer >= 0 && target < 0:
			p.Role = corpus.RoleTarget
		case seller >= 0 && m.end <= seller && x.passive(seller) && x.possessive(m) && x.businessWithin(m.end+2, 5, false):
			// "Toshiba's memory unit was sold to Bain": the owner of the
			// business sold sells it.
			p.Role = corpus.RoleSeller
		case seller >= 0 && m.end <= seller && x.passive(seller):
			// "Nexperia was sold to Wingtech": the subject of a sale in
			// the passive is what is sold.
			p.Role = corpus.RoleTarget
		case seller >= 0 && m.start > seller && x.wordBefore(m.start) == "by" && x.passive(seller) && !x.soldTo(m):
			// "was sold by Intel to Silver Lake"
			p.Role = corpus.RoleSeller
		case seller >= 0 && m.end <= seller:
			p.Role = corpus.RoleSeller
		case seller >= 0 && m.start > seller && !x.soldTo(m) && !x.companyWithin(0, seller) && (x.possessive(m) && x.businessWithin(m.end+2, 5, true) || x.ownsBusinessNamed(m) > 0 || x.businessOf(m)):
			// "the sale of Equinix's storage unit to Oracle", "the sale
			// of the storage unit of Equinix": the owner of the
			// business sold sells it, when no one named before the
			// sale does ("Bain sells Chindata's data centres": Bain
			// sells its company's business).
			p.Role = corpus.RoleSeller
		case seller >= 0 && x.soldTo(m) && x.toAfter(seller, x.listStartAt(m)):
			// "to private equity group Harbor Lane Partners", "to
			// DigitalBridge and La Caisse"; not the "to" of "agreed to
			// sell Contoso to Northwind", whose object is sold.
			p.Role = corpus.RoleBuyer
		case seller >= 0:
			p.Role = corpus.RoleTarget
		case target >= 0 && m.start < target && buyer < 0:
			p.Role = corpus.RoleBuyer
		}
		if _, isPlace := x.e.regions[n]; isPlace {
			continue // "Israeli chipmaker Mellanox" names no party in Israel
		}
		ps = append(ps, p)
	}
	return ps, true
}

// withPartner reports a name, or the list it opens, that a phrase of
// manner brings in beside the subject: "in partnership with Northwind",
// "together with Northwind and Litware", "jointly with Northwind". The
// names do what the subject does.
func (x *extractor) withPartner(m mention) bool {
	if m.start < 2 {
		return false
	}
	l := m.start
	if x.describedAfter(l) != "with" {
		// "together with Northwind and Litware": the list's first name.
		if l = x.listStartAt(m); x.describedAfter(l) != "with" {
			return false
		}
	}
	toks := x.s.toks
	for k := l - 1; k > 0 && k >= l-8; k-- {
		if toks[k].lower == "with" {
			return mannerWith(toks, k)
		}
	}
	return false
}

// mannerWith reports the "with" at w closing a phrase that says with whom
// the subject acts: "together with", "jointly with", "in partnership
// with", "in collaboration with".
func mannerWith(toks []token, w int) bool {
	if w < 1 || w >= len(toks) || toks[w].lower != "with" {
		return false
	}
	switch toks[w-1].lower {
	case "together", "jointly", "along":
		return true
	case "partnership", "collaboration", "conjunction", "cooperation", "tandem", "association":
		return w >= 2 && toks[w-2].lower == "in"
	}
	return false
}

// besideSubject gives the names brought in beside the subject the side
// the subject takes: the last name before the deal word at "at" that no
// such phrase brings in. "Contoso acquired Fabrikam in partnership with
// Northwind" makes Northwind a buyer too.
func (x *extractor) besideSubject(at int, ps []corpus.Party, placed, beside []bool) {
	// Names added after beside was made (the round's recipient) are
	// brought in by no phrase.
	isBeside := func(i int) bool { return i < len(beside) && beside[i] }
	subject := -1
	for i := range ps {
		if m := x.firstMention(ps[i].Name); !isBeside(i) && ps[i].Role != corpus.RoleUnknown && m.end <= at {
			// A name the sentence does not give (start -1) is the
			// subject an earlier sentence named, when none is named here.
			if subject < 0 || m.start > x.firstMention(ps[subject].Name).start {
				subject = i
			}
		}
	}
	for i := range ps {
		if !isBeside(i) || ps[i].Role != corpus.RoleUnknown {
			continue
		}
		if j := slices.IndexFunc(ps, func(p corpus.Party) bool { return x.besideName(p.Name, ps[i].Name) }); j >= 0 && j != i && !isBeside(j) {
			// "awarded a contract to Northwind together with Contoso",
			// "raised $30 million from Contoso, along with Northwind":
			// the name "together with" follows takes the side with it,
			// unless it is what is bought or funded ("a round in
			// Fabrikam, together with Tailspin" names a co-investor).
			if r := ps[j].Role; r != corpus.RoleUnknown && r != corpus.RoleRecipient && r != corpus.RoleTarget {
				ps[i].Role, placed[i] = r, true
				continue
			}
		}
		if subject < 0 {
			placed[i] = false
			continue
		}
		ps[i].Role, placed[i] = ps[subject].Role, true
	}
}

// besideName reports a mention of cand right before the "together
// with" or "along with" that brings in a mention of name, maybe past a
// comma: "Northwind together with Contoso", "Contoso, along with
// Northwind".
func (x *extractor) besideName(cand, name string) bool {
	toks := x.s.toks
	for _, m := range x.s.companies {
		if m.name != name || !x.withPartner(m) {
			continue
		}
		l := m.start
		if x.describedAfter(l) != "with" {
			l = x.listStartAt(m) // as withPartner reads the list
		}
		for k := l - 1; k > 1 && k >= l-8; k-- {
			if toks[k].lower != "with" {
				continue
			}
			if w := toks[k-1].lower; w != "together" && w != "along" {
				break
			}
			e := k - 1
			if toks[e-1].text == "," {
				e--
			}
			if slices.ContainsFunc(x.s.companies, func(c mention) bool { return c.name == cand && c.end == e }) {
				return true
			}
			break
		}
	}
	return false
}

// stakeInCompany reports a company named right after the stake at k, as
// what it is in: "its 20% stake in Fabrikam". A stake in no company named
// is the seller's own.
func (x *extractor) stakeInCompany(k int) bool {
	toks := x.s.toks
	if k+2 >= len(toks) || !toks[k+1].is1(wdIn) {
		return false
	}
	n := k + 2
	if toks[n].lower == "the" || toks[n].lower == "its" {
		n++
	}
	_, ok := x.s.companyAt(n)
	return ok || n < len(toks) && toks[n].startsUpper()
}

// stakeInAt returns where the company named after "stake in" at k starts
// ("stake in Fabrikam", "stake in the Fabrikam"), else -1.
func (x *extractor) stakeInAt(k int) int {
	toks := x.s.toks
	if k+2 >= len(toks) || !toks[k+1].is1(wdIn) {
		return -1
	}
	n := k + 2
	if toks[n].lower == "the" || toks[n].lower == "its" {
		n++
	}
	if !x.companyStartsAt(n) {
		return -1
	}
	return n
}

// placedWith reports a name a held stake is placed with: "through a
// placement with investors including Northwind", "with Northwind".
func (x *extractor) placedWith(m mention) bool {
	l := x.listStartAt(m)
	if w := x.describedAfter(l); w == "with" || w == "including" {
		return true
	}
	return l > 0 && x.s.toks[l-1].is1(wdIncluding)
}

// purposeSides reads a contract "with" a company that the sentence says
// is for something to be supplied or used: "Northwind signed a $40
// million deal with Contoso to manage its IT" and "Contoso has struck a
// $50 million deal with Fabrikam to use its cloud" both make the company
// after "with" the vendor and the subject its customer. A supplying
// verb decides by whose things the clause hands over (servesSubject), and
// the subject is the doer of a using one. It reports false, leaving the
// roles, when no such contract and verb are named.
func (x *extractor) purposeSides(q *quantity, ps []corpus.Party) bool {
	toks := x.s.toks
	d := x.ownDealNoun(q)
	if d < 0 || d+2 >= len(toks) || !toks[d+1].is1(wdWith) {
		return false
	}
	with := slices.IndexFunc(ps, func(p corpus.Party) bool { return x.firstMention(p.Name).start == d+2 })
	if with < 0 {
		return false
	}
	e := x.firstMention(ps[with].Name).end
	if e+1 >= len(toks) || !toks[e].is1(wdTo) {
		return false
	}
	v := &toks[e+1]
	sells := x.lex.tokIn(lUseVerbs, v)
	if !sells {
		if !x.lex.tokIn(lSupplyVerbs, v) {
			return false
		}
		served, own := servesSubject(toks, e+2, v.is3(wdManage, wdOperate, wdHost))
		if !served && !own {
			return false
		}
		sells = served
	}
	subject, other := corpus.RoleCustomer, corpus.RoleVendor
	if !sells {
		subject, other = corpus.RoleVendor, corpus.RoleCustomer
	}
	found := false
	for i := range ps {
		if m := x.firstMention(ps[i].Name); i != with && m.start >= 0 && m.end <= q.start {
			ps[i].Role, found = subject, true
		}
	}
	if !found {
		return false
	}
	ps[with].Role = other
	return true
}

// workForSides reads a contract to do work "for" a company: "signed a
// $6.2 billion contract to deploy GPUs for Contoso", "won a $40 million
// deal to run the help desk for Contoso". The company the work is for buys
// it and the names before the figure do it. A contract to buy or lease
// ("a contract to lease capacity for its staff") says nothing of who
// sells, and one to build ("a deal to build data centres for Fabrikam")
// makes the two partners in what is built, so both are left to the other
// readings.
func (x *extractor) workForSides(q *quantity, ps []corpus.Party) bool {
	toks := x.s.toks
	d := x.ownDealNoun(q)
	if d < q.end || d+3 >= len(toks) || !toks[d+1].is1(wdTo) || toks[d+2].kind != tokWord || x.tokHas(d+2, wObjectVerbs) || toks[d+2].is3(wdLease, wdRent, wdUse) || toks[d+2].is3(wdBuild, wdConstruct, wdDevelop) {
		return false
	}
	for k := d + 3; k+1 < len(toks) && k < d+12; k++ {
		if toks[k].text == "," || toks[k].text == ";" || x.companyStartsAt(k) {
			return false
		}
		if toks[k].lower != "for" {
			continue
		}
		n := k + 1
		if toks[n].is1(wdThe) {
			n++
		}
		m, ok := x.mentionStartingAt(n)
		if !ok {
			return false
		}
		if _, isPlace := x.e.regions[m.name]; isPlace {
			return false
		}
		buyer := slices.IndexFunc(ps, func(p corpus.Party) bool { return p.Name == m.name })
		if buyer < 0 {
			return false
		}
		found := false
		for i := range ps {
			if mi := x.firstMention(ps[i].Name); i != buyer && mi.start >= 0 && mi.end <= q.start {
				ps[i].Role, found = corpus.RoleVendor, true
			}
		}
		if found {
			ps[buyer].Role = corpus.RoleCustomer
		}
		return found
	}
	return false
}

// servesSubject reads whose things the purpose clause from i on hands
// over or runs. A verb of running things with any "its" or "their"
// serves the subject ("with Contoso to manage its IT"); a verb of handing
// things over serves it when they go "to" or "for" the subject's ("to
// provide cloud services to its branches"), and hands over the subject's
// own otherwise ("with Fabrikam to supply its servers": own). With no
// "its" the supplier may as well be the subject, as contract news often
// has it ("Nokia signed a deal with Vodafone to supply 5G radios"), so
// the clause decides nothing.
func servesSubject(toks []token, i int, runs bool) (served, own bool) {
	for k := i; k < len(toks) && k < i+8; k++ {
		switch toks[k].lower {
		case "its", "their":
			if runs || toks[k-1].is2(wdTo, wdFor) {
				return true, false
			}
			return false, true
		case ",", ".", ";":
			return false, false
		}
	}
	return false, false
}

// leadsUnnamed reports a verb of leading a round in q's clause, before
// the figure, with no company named before it in the clause: "It led the
// round", "The firm also co-led a $170 million Series A".
func (x *extractor) leadsUnnamed(q *quantity) bool {
	start, _ := x.clause(q)
	for k := start; k < q.start; k++ {
		if x.s.marks[k]&leadsRound != 0 {
			return !slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start >= start && m.end <= k })
		}
	}
	return false
}

// soldTo reports "to" before the list the name at m is in, maybe through
// an aside the list restates: "to private equity group Harbor Lane", "to
// two buyout firms, KKR and Carlyle".
func (x *extractor) soldTo(m mention) bool {
	l := x.listStartAt(m)
	switch x.describedAfter(l) {
	case "to":
		return true
	case ",":
		return x.describedAfter(l-1) == "to"
	}
	return false
}

// picksToSupply reports a verb of choosing between the name at m and the
// supplying verb at "at", which "to" opens: "BSNL picked Nokia and ZTE to
// supply", "the ministry selected Contoso to provide". The names after the
// choosing verb supply; the one before it chose them. At most twelve
// words are looked at.
func (x *extractor) picksToSupply(m mention, at int) bool {
	toks := x.s.toks
	if at < 1 || toks[at-1].lower != "to" || at-m.end > 12 {
		return false
	}
	for j := m.end; j < at-1; j++ {
		if toks[j].is16(wdPicked, wdPicks, wdChose, wdChooses, wdSelected, wdSelects, wdTapped, wdTaps, wdHired, wdHires, wdAppointed, wdAppoints, wdNamed, wdNames, wdContracted, wdEngaged) {
			return true
		}
		if toks[j].text == ";" || toks[j].text == "." {
			return false
		}
	}
	return false
}

// inWhich reports ", in which" or ", into which" right after the name at
// m, opening the clause whose verb at "at" invests: "Gojek, in which it
// invested".
func (x *extractor) inWhich(m mention, at int) bool {
	toks := x.s.toks
	k := m.end
	return k+2 < at && toks[k].text == "," && toks[k+1].is2(wdIn, wdInto) && toks[k+2].lower == "which"
}

// investedByEpithet reports a clause right after figure q whose subject
// is a company named by what it is ("the company", "the group") or "it",
// whose verb, past its auxiliaries, invests: "$8.5 billion the company had
// already invested". Only the few words after the figure are read.
func (x *extractor) investedByEpithet(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	switch {
	case k+1 < len(toks) && toks[k].lower == "the" && x.tokHas(k+1, wDescriptor):
		k += 2
	case k < len(toks) && toks[k].is2(wdIt, wdThey):
		k++
	default:
		return false
	}
	for ; k < len(toks) && k < q.end+6; k++ {
		if x.tokHas(k, wInvest) {
			return !x.tokIs(k, namesInvestment)
		}
		if !x.tokHas(k, wAux) && !toks[k].is4(wdAlready, wdPreviously, wdSo, wdFar) {
			return false
		}
	}
	return false
}

// toAfter reports "to" between the sale verb at k and the name starting at
// e: "sold its unit to Contoso" names the buyer, while the "to" of "agreed
// to sell Contoso" stands before the verb and the name is what is sold.
func (x *extractor) toAfter(k, e int) bool {
	for j := k + 1; j < e; j++ {
		if x.s.toks[j].lower == "to" {
			return true
		}
	}
	return false
}

// jointVenture reports a joint venture with a company in q's clause:
// "through Accenture joint venture", "a joint venture with Accenture". A
// venture the parties form among themselves ("the three firms will form a
// joint venture called Stargate and commit $100B") leaves their money
// theirs.
func (x *extractor) jointVenture(q *quantity) bool {
	start, end := x.clause(q)
	toks := x.s.toks
	for k := start; k+1 < end; k++ {
		if toks[k].lower != "joint" || !toks[k+1].is2(wdVenture, wdVentures) {
			continue
		}
		if slices.ContainsFunc(x.s.companies, func(m mention) bool {
			return m.end == k || k+2 < end && toks[k+2].lower == "with" && m.start == k+3
		}) {
			return true
		}
	}
	return false
}

// joinedAt returns where q's clause says the companies act together on
// what the figure prices: a partnering verb before it with "with" after
// ("Nvidia is teaming up with Foxconn on a $1.4 billion supercomputing
// center", "has partnered with YTL in a $4.3 billion deal"), or a joint
// venture or project the figure is the size of ("a $10 billion joint
// venture with AMD", "the joint project, valued at one billion euros").
// It returns -1 for none. A partnership noun ("expanded its partnership
// with OpenAI in a $6.5 billion deal") says no more than that the two do
// business, which may well be one selling to the other.
func (x *extractor) joinedAt(q *quantity) int {
	if !x.sentenceHas(wPartner) && !x.sentenceHas(wAggregate) {
		return -1
	}
	start, end := x.clause(q)
	toks := x.s.toks
	for k := start; k < end && k < q.end+3; k++ {
		switch {
		case k+1 < end && toks[k].lower == "joint" && (x.tokHas(k+1, wPartner) || toks[k+1].lower == "project"):
			// The venture is what the figure prices when it follows the
			// figure or opens the clause the figure is in; "form a joint
			// venture called Stargate and commit $100B" has each firm
			// commit its own money.
			if k >= q.end || k <= start+1 {
				return k
			}
		case k < q.start && x.tokHas(k, wPartner) && (strings.HasSuffix(toks[k].lower, "ed") || strings.HasSuffix(toks[k].lower, "ing")):
			j := k + 1
			if j < end && toks[j].lower == "up" {
				j++
			}
			if j < end && toks[j].lower == "with" && !x.ownVerbBetween(q, j, q.start) {
				return k
			}
		}
	}
	return -1
}

// ownVerbBetween reports a deal verb with a frame of its own between
// tokens from and to, before the figure q: "has partnered with Microsoft,
// which will invest €15 million" prices the investment, not the
// partnership.
func (x *extractor) ownVerbBetween(q *quantity, from, to int) bool {
	for j := from; j < to; j++ {
		if !x.mayFrame(j) || !x.verbAt(j) {
			continue
		}
		if _, ok := x.frameOf(q, j); ok {
			return true
		}
	}
	return false
}

// joinedPartners makes the companies of a deal value partners when its
// clause says they act together (see joinedAt), keeping the place the
// money goes to. A subject the sentence does not name ("It is forming a
// $10 billion joint venture with AMD") is the company the article is
// about.
func (x *extractor) joinedPartners(q *quantity, ps []corpus.Party) []corpus.Party {
	at := x.joinedAt(q)
	if at < 0 {
		return ps
	}
	company := func(n string) bool {
		_, isPlace := x.e.regions[n]
		return !isPlace && !x.isGovernment(n)
	}
	n := 0
	for _, p := range ps {
		if company(p.Name) {
			n++
		}
	}
	if n == 1 {
		for _, c := range append(slices.Clone(x.main), x.prev...) {
			if company(c) && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == c }) && !x.namedInPassing(c) {
				ps = append([]corpus.Party{{Name: c}}, ps...)
				n++
				break
			}
		}
	}
	if n < 2 {
		return ps
	}
	out := make([]corpus.Party, len(ps))
	for i, p := range ps {
		out[i] = p
		if company(p.Name) {
			out[i].Role = corpus.RolePartner
		}
	}
	return out
}

// hostPlace returns the state or country q's clause names as a side of
// the deal, before the figure: as its government ("The Telangana
// government has signed an MoU with CtrlS"), as the subject of the verb
// ("Uttar Pradesh signs $25 billion MoU with AM Green"), or listed with
// a company ("Microsoft and the Telangana government have finalised a
// deal"). "" when none is.
func (x *extractor) hostPlace(q *quantity) string {
	start, _ := x.clause(q)
	toks := x.s.toks
	for _, m := range x.s.places {
		if m.start < start || m.end >= q.start || x.e.regions[m.name] {
			continue
		}
		if slices.ContainsFunc(x.s.companies, func(c mention) bool { return c.start <= m.start && m.end <= c.end }) {
			// "The Japanese government will put 50 billion yen into
			// Contoso": a nation's government is a party of its own,
			// which invests.
			continue
		}
		b := m.start - 1
		if b >= start && toks[b].lower == "the" {
			b--
		}
		opens := b < start || toks[b].lower == "and"
		if opens && (toks[m.end].lower == "government" || x.tokHas(m.end, wSigned) || x.tokHas(m.end, wSubjectVerbs)) {
			return m.name
		}
	}
	return ""
}

// financier is the company a deal of figure q is with when the deal is
// "to finance" or "to fund" something: Blue Owl Capital of "a $3.4bn
// deal with alternative asset manager Blue Owl Capital to finance a new
// data centre". It has start -1 for none.
func (x *extractor) financier(q *quantity, trig trigger) mention {
	none := mention{start: -1}
	if trig == trigAcquire || trig == trigSell {
		return none
	}
	d := x.ownDealNoun(q)
	toks := x.s.toks
	if d < q.end || d+1 >= len(toks) || toks[d+1].lower != "with" {
		return none
	}
	_, end := x.clause(q)
	for _, m := range x.s.companies {
		if m.start <= d+1 || m.start > d+8 || x.describedAfter(m.start) != "with" {
			continue
		}
		k := m.end
		if k+1 < end && k+1 < len(toks) && toks[k].lower == "to" && toks[k+1].is2(wdFinance, wdFund) {
			return m
		}
		return none
	}
	return none
}

// siteDealRoles reads a deal one company signs to build a site in a
// place, with no other company named: "Contoso signs Rs 3,500 crore
// Hyderabad campus deal", "Contoso signs EUR 10 billion deal to build AI
// supercomputer in France". The company invests there; the place
// receives. It reports false for anything else.
func (x *extractor) siteDealRoles(q *quantity, trig trigger, names []string) ([]corpus.Party, bool) {
	if trig != trigContract || len(names) != 1 || len(x.s.companies) != 1 || x.isGovernment(names[0]) || len(x.s.products) > 0 || x.sentenceHas(wSeatNouns) {
		return nil, false
	}
	if _, isPlace := x.e.regions[names[0]]; isPlace {
		return nil, false
	}
	d := x.ownDealNoun(q)
	if d < q.end {
		return nil, false
	}
	toks := x.s.toks
	site := false
	for k := q.end; k < d; k++ {
		site = site || x.tokIs(k, namesSite) || x.tokIs(k, namesSites)
	}
	// "deal to build AI supercomputer in France"
	site = site || d+2 < len(toks) && toks[d+1].lower == "to" && toks[d+2].is2(wdBuild, wdDevelop)
	p := x.placeFor(q)
	// The place must be the sentence's, not only the article's.
	if !site || p == "" || p == x.ctxPlace && x.placeAfter(q.start) == "" {
		return nil, false
	}
	return []corpus.Party{{Name: names[0], Role: corpus.RoleInvestor}, {Name: p, Role: corpus.RoleRecipient}}, true
}

// hostRoles reads a deal a state or country strikes with one company to
// build or invest on its soil: the company invests and the place
// receives, whatever deal word ("MoU", "deal") the sentence uses. A
// company selling to a government is no such deal: the place must be a
// side as a place (see hostPlace), and the sentence must buy no product
// or licences.
func (x *extractor) hostRoles(q *quantity, trig trigger, names []string) ([]corpus.Party, bool) {
	if len(x.s.places) == 0 || trig == trigAcquire || trig == trigRaise || trig == trigSell || trig == trigAward {
		return nil, false
	}
	if x.sentenceHas(wSeatNouns) || len(x.s.products) > 0 {
		// "Ohio signs $20m deal for Copilot licences" buys a product.
		return nil, false
	}
	host := x.hostPlace(q)
	if host == "" {
		return nil, false
	}
	var company string
	for _, n := range names {
		if _, isPlace := x.e.regions[n]; isPlace || x.isGovernment(n) {
			continue
		}
		if company != "" {
			return nil, false
		}
		company = n
	}
	if company == "" {
		return nil, false
	}
	return []corpus.Party{{Name: company, Role: corpus.RoleInvestor}, {Name: host, Role: corpus.RoleRecipient}}, true
}

// dealNounAt reports a word naming a takeover or a deal at token k.
func (x *extractor) dealNounAt(k int) bool {
	return k >= 0 && k < len(x.s.toks) && x.s.toks[k].is8(wdDeal, wdBid, wdOffer, wdTakeover, wdAcquisition, wdPurchase, wdBuyout, wdMerger)
}

// forCompanyAfter returns where the company a bid or deal right after q is
// "for" starts ("$6.9 billion deal for Israeli chipmaker Mellanox",
// "offer up to $55 billion for Salesforce"), or -1.
func (x *extractor) forCompanyAfter(q *quantity) int {
	toks := x.s.toks
	k := q.end
	if x.dealNounAt(k) {
		k++
	}
	if k >= len(toks) || toks[k].lower != "for" || !(x.dealNounAt(q.end) || x.clauseHasWord(q, "bid", "offer", "offered", "offering", "bids")) {
		return -1
	}
	j := describedName(toks, x.s.bits, k+1)
	if j >= 0 && x.placeAt(j) {
		// "for Israeli chipmaker Mellanox"
		j = describedName(toks, x.s.bits, j+1)
	}
	if j < 0 {
		return -1
	}
	for _, m := range x.s.companies {
		if m.start == j {
			return m.start
		}
	}
	return -1
}

// placeAt reports a place named at token k.
func (x *extractor) placeAt(k int) bool {
	return slices.ContainsFunc(x.s.places, func(m mention) bool { return m.start == k && m.end == k+1 })
}

// closedCompanyDeal returns where the company starts in "closes Xilinx
// deal", "completed its Nuance acquisition": a deal closed under a
// company's name took that company over. -1 when the sentence says no such
// thing.
func (x *extractor) closedCompanyDeal() int {
	for _, m := range x.s.companies {
		if !x.dealNounAt(m.end) || m.start == 0 {
			continue
		}
		k := m.start - 1
		if x.tokIs(k, definite) && k > 0 {
			k--
		}
		if x.tokHas(k, wCompleted) {
			return m.start
		}
	}
	return -1
}

// ownerTaken returns where the company starts whose possessive owns an
// acquisition made by others: "AirTrunk's A$24 billion acquisition by
// Blackstone and CPPIB" takes AirTrunk over. -1 when none.
func (x *extractor) ownerTaken(q *quantity, trig trigger, at int) int {
	if trig != trigAcquire || at < q.end || at+2 >= len(x.s.toks) || !x.tokIs(at, namesTakeover) || x.s.toks[at+1].lower != "by" {
		return -1
	}
	for _, m := range x.s.companies {
		if m.end+2 == q.start && x.possessive(m) {
			return m.start
		}
	}
	return -1
}

// ownerBuys returns where the company starts whose possessive owns an
// acquisition's figure: "IBM's $11 billion all-cash acquisition", or -1.
func (x *extractor) ownerBuys(q *quantity, trig trigger, at int) int {
	if trig != trigAcquire || at < q.end || !x.tokIs(at, namesTakeover) {
		return -1
	}
	for _, m := range x.s.companies {
		if m.end+2 == q.start && x.possessive(m) {
			return m.start
		}
	}
	return -1
}

// businessWithin reports a word naming a business among the n words from
// token k, past names when names is true: "VMware's End User Computing
// business", "security unit", "cloud computing business".
func (x *extractor) businessWithin(k, n int, names bool) bool {
	for j := k; j < len(x.s.toks) && j < k+n; j++ {
		t := x.s.toks[j]
		if t.kind != tokWord || !names && t.startsUpper() {
			return false
		}
		if x.businessWord(j) {
			return true
		}
	}
	return false
}

// ownsBusinessNamed reports a company whose possessive, past the legal
// form its name may run on with, opens a longer description of a
// business: "DaVita Inc's primary and urgent care services business",
// "Sunoco LP's convenience store and gasoline retail businesses". Only
// words that describe, and "and" between them, may stand before the
// business word; "Contoso's rival to grow its business" buys no business.
func (x *extractor) ownsBusinessNamed(m mention) int {
	toks := x.s.toks
	e := max(m.end, runAfter(toks, m.start))
	if !possessiveAt(toks, e) {
		return 0
	}
	for j := e + 2; j < len(toks) && j < e+11; j++ {
		t := &toks[j]
		if t.text == "-" && j+1 < len(toks) && toks[j-1].joins(t) && t.joins(&toks[j+1]) {
			// A compound describes as its words do: "Broadcom's
			// end-user computing business".
			continue
		}
		if t.kind != tokWord || t.lower != "and" && joinsPhrases(t.lower) {
			return 0
		}
		if x.businessWord(j) || x.tokIs(j, namesSite) || x.tokIs(j, namesSites) {
			// "Fabrikam's Ohio manufacturing plant" is sold by its
			// owner as a business is.
			return j
		}
	}
	return 0
}

// itsBusinessBought reports the company at m, named before the buying
// verb at "at" but not its subject, as the owner of the business "its"
// opens right after the verb: the subject is the last company before the
// verb that no preposition introduces.
func (x *extractor) itsBusinessBought(m mention, at int) bool {
	toks := x.s.toks
	if at+2 >= len(toks) || toks[at+1].lower != "its" || m.end > at {
		return false
	}
	site := false
	for j := at + 2; j < len(toks) && j < at+8 && !site; j++ {
		site = x.tokIs(j, namesSite) || x.tokIs(j, namesSites) || toks[j].lower == "stake"
	}
	if !site && !x.businessWithin(at+2, 6, true) {
		return false
	}
	subject := -1
	for _, c := range x.s.companies {
		if c.end <= at && !x.inPhraseOf(c) {
			subject = c.start
		}
	}
	return subject >= 0 && m.start != subject
}

// unitBuys reports the business of the company at m as the subject of
// the buying verb at "at", only auxiliaries between: "HSBC's Indian
// asset management unit is buying ..." buys through HSBC's unit; a
// business bought ("acquired Contoso's games unit, paying") is sold by
// its owner.
func (x *extractor) unitBuys(m mention, at int) bool {
	b := x.ownsBusinessNamed(m)
	if b == 0 || b >= at || x.passive(at) {
		return false
	}
	for k := b + 1; k < at; k++ {
		if !x.tokHas(k, wAux) && !x.tokIs(k, beVerbs) {
			return false
		}
	}
	return true
}

// businessOf reports a business word, then "of" and maybe a place's
// possessive, right before the company at m: "business of Marvell",
// "division of Italy's Masimo".
func (x *extractor) businessOf(m mention) bool {
	toks := x.s.toks
	k := m.start - 1
	if k >= 2 && toks[k].lower == "s" && (toks[k-1].text == "'" || toks[k-1].text == "’") && x.placeAt(k-2) {
		k -= 3
	}
	return k >= 1 && toks[k].lower == "of" && x.businessWord(k-1)
}

// businessWord reports a word at token k naming a part of a company that
// can be sold: "business", "unit", "arm", in lower case ("Arm" is a
// company).
func (x *extractor) businessWord(k int) bool {
	return x.tokHas(k, wBusiness) && !x.s.toks[k].startsUpper()
}

// sellsBusiness reports a sale verb at "at" whose object is a business
// rather than goods or services: "sells majority of Altera chip
// business", "to sell Watson Health assets to a private equity firm".
func (x *extractor) sellsBusiness(trig trigger, at int) bool {
	return trig == trigSell && x.sellsBusinessAt(at)
}

// sellsBusinessAt reports a verb of selling at k whose object, before
// "to", "for" or a figure, is a business, a stake or sites: "sells
// majority of Altera chip business", "sell its data centres in Chile",
// "sold a Quebec site".
func (x *extractor) sellsBusinessAt(k int) bool {
	toks := x.s.toks
	// Supplying goods or services sells no business.
	if t := toks[k]; !x.tokHas(k, wSell) || strings.HasPrefix(t.lower, "suppl") || strings.HasPrefix(t.lower, "provid") {
		return false
	}
	if x.sellsCompanyAt(k) {
		return true
	}
	named := false // a capitalised word, a name the sentence does not know
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if named && toks[j].lower == "for" && slices.ContainsFunc(x.s.qty, func(q quantity) bool { return q.start == j+1 && q.kind == qtyMoney }) {
			// "the sale of Fabrikam Motors for 2 billion euros": a name
			// sold for a price is a company sold.
			return true
		}
		if toks[j].kind == tokNum && j+1 < len(toks) && (toks[j+1].text == "%" || toks[j+1].lower == "percent" || j+2 < len(toks) && toks[j+1].lower == "per" && toks[j+2].lower == "cent") {
			if toks[j+1].lower == "per" {
				// "a 74 per cent stake": the percentage in two words.
				j++
			}
			if j+3 < len(toks) && toks[j+2].lower == "of" && toks[j+3].kind == tokWord && toks[j+3].startsUpper() && !x.tokHas(j+3, wNotNames) {
				return true // "sells 49% of Leixlip's Fab 34": a part of a named whole
			}
			continue // "sells 49% stake": a part of it, no price
		}
		if toks[j].kind == tokNum && j+2 < len(toks) && (x.tokIs(j+1, namesSites) || x.tokIs(j+2, namesSites) && toks[j+1].kind == tokWord) {
			// "sell 2,166 mobile towers to Antin": counted sites sold
			return true
		}
		if toks[j].is4(wdTo, wdFor, symComma, symSemicolon) || toks[j].kind == tokNum {
			return false
		}
		if x.businessWord(j) || toks[j].is2(wdMajority, wdStake) || x.tokIs(j, namesSites) || x.tokIs(j, namesSite) {
			return true
		}
		// The name runs from "of" through capitalised words only: "the
		// sale of Windows licences for" sells goods.
		named = toks[j].kind == tokWord && toks[j].startsUpper() && !x.tokHas(j, wNotNames) && (named || toks[j-1].lower == "of")
	}
	return false
}

// sellsCompanyAt reports a verb of selling at k whose object is a whole
// company: one named right after it ("sold Altera to Silver Lake"), "it"
// ("sold it off in 2017"), or the subject of a passive ("Nexperia was sold
// to Wingtech"). Goods sold ("sold servers to retailers") name none.
func (x *extractor) sellsCompanyAt(k int) bool {
	toks := x.s.toks
	if k+1 < len(toks) && toks[k+1].lower == "it" {
		return true
	}
	if x.passive(k) {
		// "Quillon, owned by Vista since 2019, was sold to Fabrikam": the
		// subject stands before an aside describing it.
		j := x.auxStart(k)
		if j > 0 && x.businessWord(j-1) {
			// "Toshiba's memory chip unit was sold to Bain": the subject
			// is a business.
			return true
		}
		e := beforeAppositive(toks, j)
		return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.end == j || m.end+1 == j && toks[m.end].text == "," || m.end == e })
	}
	// "the sale of Altera to Silver Lake": a noun's company follows "of".
	return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start == k+1 || m.start == k+2 && toks[k+1].lower == "of" })
}

// auxStart walks back from the verb at k over its auxiliaries ("was",
// "has been", "will be") to where they start.
func (x *extractor) auxStart(k int) int {
	for k > 0 && (x.tokIs(k-1, beVerbs) || x.tokHas(k-1, wAux)) {
		k--
	}
	return k
}

// saleBefore returns where a verb selling a business stands before q in
// its sentence, the nearest one with no other money between; -1 when
// none does.
func (x *extractor) saleBefore(q *quantity) int {
	if k := q.end; k+1 < len(x.s.toks) && x.s.toks[k].is2(wdSale, wdDisposal) && x.s.toks[k+1].is2(wdOf, wdTo) && x.sellsBusinessAt(k) {
		// "the $2 billion sale of Fabrikam to Northwind", "Contoso's $2
		// billion sale to Northwind": the price stands before the sale.
		return k
	}
	for k := q.start - 1; k >= 0 && k >= q.start-30; k-- {
		if x.s.toks[k].text == ";" {
			return -1
		}
		if x.sellsBusinessAt(k) {
			if x.moneyBetween(k, q.start) {
				return -1
			}
			return k
		}
	}
	return -1
}

// providerNamed returns the one party of several the sentence names as
// the source of what is bought: right before a word for capacity
// ("Cerebras compute deal", "AWS capacity") or after "of" following
// the figure ("$30 billion of Azure"). It returns "" when none or more
// than one is.
func (x *extractor) providerNamed(q *quantity, names []string) string {
	if len(names) < 2 {
		return ""
	}
	found := ""
	for _, n := range names {
		m := x.firstMention(n)
		if m.start < 0 {
			continue
		}
		if x.isGovernment(n) {
			continue // "NGA cloud task order" is the agency's cloud, bought
		}
		// Only words for what a provider runs: "Nvidia chips" bought
		// through another company are no sign of who sells.
		capacity := m.end < len(x.s.toks) && x.s.toks[m.end].is2(wdCompute, wdCapacity) && !x.businessWithin(m.end, 3, false)
		of := m.start == q.end+1 && x.s.toks[q.end].lower == "of"
		if capacity || of {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// commitRoles reads a commitment to buy: who commits, named before the
// commitment word at "at", buys from the company named after the figure
// ("Contoso commits $40 billion to Fabrikam's cloud"). It reports false
// unless the sentence names both sides so.
func (x *extractor) commitRoles(q *quantity, at int, names []string) ([]corpus.Party, bool) {
	ps := make([]corpus.Party, 0, len(names))
	buyer, seller := false, false
	for _, n := range names {
		m := x.firstMention(n)
		switch {
		case m.start < 0 || at < 0:
			return nil, false
		case m.end <= at:
			ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleCustomer})
			buyer = true
		case m.start >= q.end:
			ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleVendor})
			seller = true
		default:
			return nil, false
		}
	}
	return ps, buyer && seller
}

// orderRoles reads a figure that names an order: "CoreWeave disclosed a
// $6.3 billion order from Nvidia" has the company it comes from buy and
// the one named before it sell, whatever verbs follow.
func (x *extractor) orderRoles(q *quantity, names []string) ([]corpus.Party, bool) {
	toks := x.s.toks
	if q.end+2 >= len(toks) || !toks[q.end].is2(wdOrder, wdOrders) || toks[q.end+1].lower != "from" {
		return nil, false
	}
	ps := make([]corpus.Party, len(names))
	buyer := false
	for i, n := range names {
		ps[i].Name = n
		switch m := x.firstMention(n); {
		case m.start == q.end+2:
			ps[i].Role, buyer = corpus.RoleCustomer, true
		case m.start >= 0 && m.start < q.start:
			ps[i].Role = corpus.RoleVendor
		}
	}
	return ps, buyer
}

// buysServices reports a purchase word that buys from a provider rather
// than takes it over: "OpenAI will buy $38bn of AWS compute", "Amazon to
// pay Microsoft $1 billion for Microsoft 365".
func (x *extractor) buysServices(q *quantity, trig trigger, at int) bool {
	return trig == trigAcquire && (x.capacityAfter(q.end) || x.capacityAfter(at+1) || x.paysForProduct(at) || x.paysCompany(at) || x.paysUnderDeal(q, at))
}

// ofItsAfter reports "of its", or "worth of its", right after figure q:
// "buying $1 billion worth of its services".
func (x *extractor) ofItsAfter(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].is1(wdWorth) {
		k++
	}
	return k+1 < len(toks) && toks[k].is1(wdOf) && toks[k+1].is1(wdIts)
}

// paysUnderDeal reports a payment made under a deal with a company:
// "agreed to pay $6.2 billion over five years ... under a deal with Nscale"
// pays a supplier; a takeover would be to buy.
func (x *extractor) paysUnderDeal(q *quantity, at int) bool {
	if at < 0 || !x.tokIs(at, paysMoney) {
		return false
	}
	toks := x.s.toks
	_, end := x.clause(q)
	for k := q.end; k+1 < end; k++ {
		if x.tokIs(k, namesContract) && toks[k+1].lower == "with" {
			return true
		}
	}
	return false
}

// paysCompany reports a payment to a company named right after the verb:
// "Contoso pays Fabrikam $120 million a year" pays a supplier, it does not
// buy it.
func (x *extractor) paysCompany(at int) bool {
	if at < 0 || !x.tokIs(at, paysMoney) {
		return false
	}
	for _, m := range x.s.companies {
		if m.start == at+1 {
			return true
		}
	}
	return false
}

// between reports parties named as "between A and B".
func (x *extractor) between(names []string) bool {
	if len(names) < 2 {
		return false
	}
	m := x.firstMention(names[0])
	return m.start > 0 && x.s.toks[m.start-1].lower == "between"
}

// withPlaces adds to a deal's parties the country or region money is
// invested in ("$15.2bn in the UAE", "£1.5bn for UK data centres").
func (x *extractor) withPlaces(q *quantity, trig trigger, at int, names []string) []string {
	if trig != trigInvest && trig != trigPledge || at < 0 {
		return names
	}
	p := x.placeFor(q)
	if len(names) > 1 && p == x.ctxPlace && x.placeAfter(-1) == "" && x.receivingPlace() == "" && len(x.s.companies) > 0 && !x.inTheHomePlace(q) {
		// A deal between companies goes to a place only when the
		// sentence says so. One whose sentence names no company at all
		// ("Supernap has vowed to invest 3 billion baht") goes where the
		// article's money went.
		p = ""
	}
	if p == "" && len(names) == 1 && len(x.s.companies) <= 1 {
		// "Telus will invest more than CA$70 billion over five years
		// to upgrade its network", where the sentence names no place
		// and one company: money counted in a currency only one
		// country writes is spent in that country.
		p = currencyCountries[q.unit]
	}
	if p != "" && !contains(names, p) {
		names = append(names, p)
	}
	if p != "" {
		// "in the Netherlands and Germany", "in Austria, Hungary and
		// Poland": every place of the list gets the money.
		for _, n := range x.listedWithPlace(q, p) {
			if !contains(names, n) {
				names = append(names, n)
			}
		}
	}
	if c := x.placeFrom(at); c != "" && !contains(names, c) {
		// "a $1.5 billion commitment from Saudi Arabia": the place the
		// money comes from invests.
		names = append(names, c)
	}
	if c := x.placeInvesting(at); c != "" && c != p && !contains(names, c) {
		// "The United Arab Emirates will invest up to €50 billion in
		// France": a country can put money in too, and when the
		// sentence names no company, no company of the article does.
		if len(x.s.companies) == 0 {
			names = names[:0:0]
			if p != "" {
				names = append(names, p)
			}
		}
		names = append([]string{c}, names...)
	}
	return names
}

// inTheHomePlace reports money put, after figure q, "in the state" or
// "in the country": the place the article is about, named by what it is.
func (x *extractor) inTheHomePlace(q *quantity) bool {
	toks := x.s.toks
	for k := q.end; k+2 < len(toks); k++ {
		if x.s.marks[k+1]&definite != 0 && toks[k].is2(wdIn, wdInto) && toks[k+1].lower == "the" && toks[k+2].is2(wdState, wdCountry) {
			return true
		}
	}
	return false
}

// listedWithPlace returns the places listed after place p, named after
// figure q, with commas, "and" and "the" between them and nothing else:
// "in Germany and the Netherlands".
func (x *extractor) listedWithPlace(q *quantity, p string) []string {
	toks := x.s.toks
	var out []string
	end := -1
	for _, m := range x.s.places {
		switch {
		case end < 0:
			// "in India, in Telangana, at an investment of $2.77 billion":
			// the list may come before the figure when the place does.
			if m.name == p && (m.start >= q.end || x.placeAfter(q.start) == "") {
				end = m.end
			}
		case m.start == end+1 && (toks[end].text == "," || toks[end].lower == "and") ||
			m.start == end+2 && (toks[end].text == "," || toks[end].lower == "and") && toks[end+1].is2(wdAnd, wdThe) ||
			m.start == end+3 && toks[end].text == "," && toks[end+1].lower == "and" && toks[end+2].lower == "the",
			// "in India, in Telangana": the state the money goes to
			m.start == end+2 && toks[end].text == "," && toks[end+1].lower == "in":
			if !x.regionWord(m) || originPlace(&x.s, m) {
				return out
			}
			out = append(out, m.name)
			end = m.end
		default:
			if m.start > end {
				return out
			}
		}
	}
	return out
}

// placeInvesting returns the country named as the subject of the invest
// or pledge verb at "at": at the start of its clause, only auxiliaries
// between it and the verb. "" when none is.
func (x *extractor) placeInvesting(at int) string {
	toks := x.s.toks
	for _, m := range x.s.places {
		if m.end > at || x.e.regions[m.name] {
			continue
		}
		k := m.start - 1
		if k >= 0 && toks[k].lower == "the" {
			k--
		}
		if k >= 0 && toks[k].text != "," && !toks[k].is3(wdThat, wdSaid, wdSays) {
			continue
		}
		aux := true
		for j := m.end; j < at; j++ {
			aux = aux && x.tokHas(j, wAux)
		}
		if aux {
			return m.name
		}
	}
	return ""
}

// shareListRoles gives a party the sentence lists right after another
// ("from Nscale and Aker") that one's role, when the words around it gave
// it none. A list before the clause of figure q names the sides of some
// other matter: in "Amazon and OpenAI do business: AWS would provide $38
// billion", AWS sells and OpenAI does not.
func (x *extractor) shareListRoles(q *quantity, ps []corpus.Party, placed []bool) {
	start, _ := x.clause(q)
	for i := range ps {
		if ps[i].Role != corpus.RoleUnknown {
			continue
		}
		m := x.firstMention(ps[i].Name)
		if m.start < 2 || !x.s.toks[m.start-1].is2(wdAnd, symComma) || m.start < start {
			continue
		}
		for j := range ps {
			if n := x.firstMention(ps[j].Name); j != i && ps[j].Role != corpus.RoleUnknown && n.end == m.start-1 {
				ps[i].Role, placed[i] = ps[j].Role, true
				break
			}
		}
	}
}

// complete gives the parties the sentence does not place the side
// opposite those it does.
func (x *extractor) complete(ps []corpus.Party, placed []bool) {
	var pays, paid corpus.Role
	for i, p := range ps {
		if !placed[i] {
			continue
		}
		switch {
		case p.Role.Pays() && pays == "":
			pays = p.Role
		case p.Role.Paid() && paid == "":
			paid = p.Role
		}
	}
	for i := range ps {
		if placed[i] {
			continue
		}
		if _, isPlace := x.e.regions[ps[i].Name]; isPlace && paid != "" && pays == "" {
			// Money goes to a country or region; it never invests.
			continue
		}
		switch {
		case pays != "" && paid == "":
			ps[i].Role, paid = oppositeRole(pays), oppositeRole(pays)
		case paid != "" && pays == "":
			ps[i].Role, pays = oppositeRole(paid), oppositeRole(paid)
		}
	}
}

// oppositeRole is the side across a deal from role r, or none. Unlike
// counterpart it also takes a target or seller back to the buyer, since
// completing a deal's sides may start from either.
func oppositeRole(r corpus.Role) corpus.Role {
	if r == corpus.RoleTarget || r == corpus.RoleSeller {
		return corpus.RoleBuyer
	}
	return counterpart(r)
}

// sidesByWith reads a contract the sentence names as one side's deals
// "with" a list of others ("OpenAI's compute deals with Nvidia, AMD and
// Oracle"): the listed companies are one side and the rest the other, and
// the side that more surely sells is the vendor. It reports false, leaving
// the roles, when no such list is named, a public body is a party, or the
// sides rank the same.
func (x *extractor) sidesByWith(ps []corpus.Party) bool {
	toks := x.s.toks
	with := -1
	for _, m := range x.s.companies {
		if m.start >= 2 && toks[m.start-1].lower == "with" && x.tokHas(m.start-2, wDealNouns) || m.start >= 2 && toks[m.start-1].lower == "with" && toks[m.start-2].is5(wdDeals, wdContracts, wdAgreements, wdArrangement, wdArrangements) {
			with = m.start
			break
		}
	}
	if with < 0 || len(ps) < 2 {
		return false
	}
	listed := func(n string) bool {
		m := x.firstMention(n)
		return m.start == with || m.start > with && x.s.listedFrom(with, m.start)
	}
	ranked := [2]int{-1, -1} // the other side, the listed side
	count := [2]int{}
	for _, p := range ps {
		if x.isGovernment(p.Name) {
			return false
		}
		i := 0
		if listed(p.Name) {
			i = 1
		}
		count[i]++
		ranked[i] = max(ranked[i], x.e.providers[p.Name])
	}
	if count[0] == 0 || count[1] == 0 || ranked[0] == ranked[1] {
		return false
	}
	sells := 1
	if ranked[0] > ranked[1] {
		sells = 0
	}
	for i := range ps {
		side := 0
		if listed(ps[i].Name) {
			side = 1
		}
		ps[i].Role = corpus.RoleCustomer
		if side == sells {
			ps[i].Role = corpus.RoleVendor
		}
	}
	return true
}

// leaseSides reads the sides of a lease from its verb: "Nscale leases 200
// MW to Contoso", "agreed to lease its campus to Contoso" (the side before
// leases out, the side after "to" takes the lease), "Contoso will rent
// capacity from Fabrikam", "secured a lease from Fabrikam" (the side after
// "from" leases out). It reports whether it gave every party a side.
func (x *extractor) leaseSides(q *quantity, ps []corpus.Party) bool {
	if !x.sentenceHas(wLease) || len(ps) < 2 {
		return false
	}
	start, end := x.clause(q)
	toks := x.s.toks
	for k := start; k < end; k++ {
		if !x.tokHas(k, wLease) {
			continue
		}
		for _, m := range x.s.companies {
			if m.start <= k || m.start >= end || !toks[m.start-1].is2(wdTo, wdFrom) {
				continue
			}
			// The other side is named before the verb.
			takes := toks[m.start-1].lower == "to"
			roles := make([]corpus.Role, len(ps))
			for i := range ps {
				f := x.firstMention(ps[i].Name)
				switch {
				case ps[i].Name == m.name && takes, f.start >= 0 && f.start < k && !takes:
					roles[i] = corpus.RoleCustomer
				case ps[i].Name == m.name, f.start >= 0 && f.start < k:
					roles[i] = corpus.RoleVendor
				default:
					return false
				}
			}
			for i := range ps {
				ps[i].Role = roles[i]
			}
			return true
		}
	}
	return false
}

// leaseByRank reads a lease whose verb gives no direction ("Cipher
// Mining signs $5.5bn, 15-year lease with AWS", "the new lease brings
// Applied Digital's contracted lease revenue"): a cloud provider rents
// the halls it runs in, so the party that more surely sells cloud is
// the tenant and buys, and the other lets the site. It reports false for
// parties of equal rank or a public body.
func (x *extractor) leaseByRank(q *quantity, ps []corpus.Party) bool {
	if len(ps) != 2 || !x.clauseHas(q, wLease) {
		return false
	}
	// "Microsoft signed a contract worth $6.2 billion to rent some of the
	// AI infrastructure": who rents (not "rents out") is the tenant.
	start, end := x.clause(q)
	toks := x.s.toks
	for k := start; k < end; k++ {
		if !x.tokHas(k, wLease) || !strings.HasPrefix(toks[k].lower, "rent") || k+1 < len(toks) && toks[k+1].lower == "out" {
			continue
		}
		// The other side may be named after the verb or not at all.
		a, b := x.firstMention(ps[0].Name), x.firstMention(ps[1].Name)
		aBefore, bBefore := a.start >= 0 && a.start < k, b.start >= 0 && b.start < k
		if aBefore == bBefore {
			break
		}
		ps[0].Role, ps[1].Role = corpus.RoleCustomer, corpus.RoleVendor
		if bBefore {
			ps[0].Role, ps[1].Role = corpus.RoleVendor, corpus.RoleCustomer
		}
		return true
	}
	a, b := x.tenantRank(ps[0].Name), x.tenantRank(ps[1].Name)
	if a == b || x.isGovernment(ps[0].Name) || x.isGovernment(ps[1].Name) {
		return false
	}
	ps[0].Role, ps[1].Role = corpus.RoleVendor, corpus.RoleCustomer
	if a > b {
		ps[0].Role, ps[1].Role = corpus.RoleCustomer, corpus.RoleVendor
	}
	return true
}

// tenantRank is how surely a company rents the halls a lease is for:
// a cloud provider more than anyone else, and a data-centre host (ranked
// above the clouds it sells space to) never; it lets them.
func (x *extractor) tenantRank(name string) int {
	r := x.e.providers[name]
	if r >= hostRank {
		return -1
	}
	return r
}

// byRank reads a contract between a buyer and a provider: the party that
// more surely sells (a cloud provider over a model maker over anyone else)
// is the vendor, a government is a customer; parties of equal rank are
// partners.
func (x *extractor) byRank(ps []corpus.Party) {
	// A party's rank by its place in ps: a name's rank depends on the
	// name alone, and the roles set below leave the names as they are.
	var room [8]int
	ranks := room[:0]
	if len(ps) > len(room) {
		ranks = make([]int, 0, len(ps))
	}
	for _, p := range ps {
		if x.isGovernment(p.Name) {
			ranks = append(ranks, -1)
		} else {
			ranks = append(ranks, x.e.providers[p.Name])
		}
	}
	top := -2
	for _, r := range ranks {
		top = max(top, r)
	}
	ties := 0
	for _, r := range ranks {
		if r == top {
			ties++
		}
	}
	gov := false
	for _, r := range ranks {
		gov = gov || r < 0
	}
	for i := range ps {
		switch {
		case gov && ranks[i] >= 0:
			// Bidders for a government contract all sell.
			ps[i].Role = corpus.RoleVendor
		case gov:
			ps[i].Role = corpus.RoleCustomer
		case len(ps) == 1 && ranks[i] > 0:
			ps[i].Role = corpus.RoleVendor
		case len(ps) == 1:
			ps[i].Role = corpus.RoleCustomer
		case ranks[i] < top:
			ps[i].Role = corpus.RoleCustomer
		case ties == 1:
			ps[i].Role = corpus.RoleVendor
		default:
			ps[i].Role = corpus.RolePartner
		}
	}
}

// seatRoles gives a seat count its customer and vendor: the vendor sells
// the product named ("Copilot" is Microsoft's), else the surest provider.
func (x *extractor) seatRoles(q *quantity, names []string) []corpus.Party {
	vendor := x.e.vendorOf[x.product()]
	// "added 2,000 Zoom licences" in an article about Slack: a company
	// named in the count, in a sentence naming no product, sells its
	// seats rather than the article's product's maker.
	if q.end > 0 && (vendor == "" || len(x.s.products) == 0) {
		if v := x.vendorNamedInCount(q); v != "" {
			vendor = v
		} else if len(x.s.products) == 0 {
			// "added 2,000 Zoom licences, bringing its total to
			// 14,000": the total is of the licences counted before.
			for _, p := range x.s.qty {
				if p.kind == qtyCount && p.end <= q.start {
					if v := x.vendorNamedInCount(&p); v != "" {
						vendor = v
					}
				}
			}
		}
	}
	// "Microsoft said GitHub Copilot has 1.3 million paid subscribers":
	// the company that owns the seller, known by the seller's name, is no
	// buyer of its product, unless it hands the product out ("Microsoft
	// has given GitHub Copilot to 20,000 of its engineers").
	owner := ""
	if vendor != "" && !x.sentenceHas(wDeploy) && !x.sentenceHas(wRollout) {
		if c, ok := x.e.Canonical(vendor); ok && c != vendor {
			owner = c
		}
	}
	ps := make([]corpus.Party, 0, len(names)+1)
	for _, n := range names {
		// "GitHub Copilot" names GitHub's product, not a customer called
		// Microsoft.
		if vendor != "" && n != vendor && (x.inProductName(n) || n == owner) {
			continue
		}
		ps = append(ps, corpus.Party{Name: n})
	}
	if len(ps) == 0 || len(ps) == 1 && ps[0].Name == vendor {
		// "about 4,900 teachers in Estonia": a country buys for its
		// schools when no organisation is named.
		// "The council piloted Copilot with 240 staff" in a story about
		// Carmarthenshire County Council: "the council" is the article's
		// own council.
		if h := x.definiteMain(vendor); h != "" {
			ps = append(ps, corpus.Party{Name: h})
		} else if p := x.country(); p != "" {
			ps = append(ps, corpus.Party{Name: p})
		}
	}
	if vendor != "" {
		found := false
		for i := range ps {
			if ps[i].Name == vendor {
				ps[i].Role, found = corpus.RoleVendor, true
			} else {
				ps[i].Role = corpus.RoleCustomer
			}
		}
		if !found {
			ps = append(ps, corpus.Party{Name: vendor, Role: corpus.RoleVendor})
		}
		return ps
	}
	x.byRank(ps)
	if len(ps) == 1 {
		ps[0].Role = corpus.RoleCustomer
		// "Google has partnered with the state in a deal that will see
		// 23 million students access its tools": a maker of products,
		// alone named with people not its own, sells the seats.
		if x.e.makers[ps[0].Name] && (!x.ownPeople(q) || x.speaker(ps[0].Name)) {
			ps[0].Role = corpus.RoleVendor
			if p := x.country(); p != "" && p != ps[0].Name {
				ps = append(ps, corpus.Party{Name: p, Role: corpus.RoleCustomer})
			}
			return ps
		}
	}
	// Seats have a buyer and a seller, never partners: the company the
	// sentence says licenses them, wins them or is rolled out sells, and
	// the rest buy; with no seller said, partners are buyers.
	v := x.seatSeller()
	if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == v }) {
		v = ""
	}
	// "Meta signed a deal with McDonald's that could add 1.9 million of
	// the chain's employees": the deal's other side is the seller only
	// when it makes products and no maker is named beside it.
	if v != "" && !x.e.makers[v] {
		if i := slices.IndexFunc(ps, func(p corpus.Party) bool { return p.Name != v && x.e.makers[p.Name] }); i >= 0 {
			v = ps[i].Name
		}
	}
	for i := range ps {
		switch {
		case v != "" && ps[i].Name == v:
			ps[i].Role = corpus.RoleVendor
		case v != "" || ps[i].Role == corpus.RolePartner:
			ps[i].Role = corpus.RoleCustomer
		}
	}
	if p := x.country(); v != "" && len(ps) == 1 && p != "" {
		// "the State of California entered into a licensing agreement
		// with Oracle": with the seller alone named, a place buys.
		ps = append(ps, corpus.Party{Name: p, Role: corpus.RoleCustomer})
	}
	return x.ownCountOnly(q, ps)
}

// speaker reports a company named right before a verb of saying: "Zoom
// said the state had signed up 22,000 employees" reports another's seats.
func (x *extractor) speaker(name string) bool {
	toks := x.s.toks
	return slices.ContainsFunc(x.s.companies, func(m mention) bool {
		return m.name == name && m.end < len(toks) && toks[m.end].is5(wdSaid, wdSays, wdTold, wdAnnounced, wdAnnounces)
	})
}

// ownPeople reports a count of a company's own people, "its 9,000
// engineers", "20,000 of its staff", "9,000 Google employees": people a
// maker gives its own product to, who make it a buyer.
func (x *extractor) ownPeople(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		if toks[k].is3(wdIts, wdTheir, wdOur) {
			return true
		}
	}
	for k := q.end; k < len(toks) && k <= q.end+2; k++ {
		if toks[k].is3(wdIts, wdTheir, wdOur) || toks[k].is5(wdEmployees, wdStaff, wdEngineers, wdWorkers, wdWorkforce) {
			return true
		}
	}
	return x.countOwner(q) != ""
}

// ownCountOnly keeps, of a seat count's customers, the company whose
// people the count is when each count of the sentence has its own:
// "licences for 3,000 Contoso employees and 500 from Fabrikam".
func (x *extractor) ownCountOnly(q *quantity, ps []corpus.Party) []corpus.Party {
	if q.end == 0 {
		return ps
	}
	own := x.countOwner(q)
	if own == "" {
		return ps
	}
	var others []string
	for _, p := range x.s.qty {
		if p.kind == qtyCount && p.start != q.start {
			if o := x.countOwner(&p); o != "" && o != own {
				others = append(others, o)
			}
		}
	}
	if len(others) == 0 {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if p.Role != corpus.RoleCustomer || !contains(others, p.Name) {
			out = append(out, p)
		}
	}
	return out
}

// countOwner returns the company whose people a count is: "3,000 Contoso
// employees", "500 from Fabrikam", "2,000 staff at Northwind"; "" when
// the sentence does not say.
func (x *extractor) countOwner(q *quantity) string {
	toks := x.s.toks
	k := q.end
	for k < len(toks) && k <= q.end+2 && (x.tokHas(k, wPeopleNouns) || x.tokHas(k, wSeatFillers) && !toks[k].is2(wdOf, wdThe)) && !x.companyStartsAt(k) {
		k++
	}
	if k < len(toks) && toks[k].is2(wdFrom, wdAt) {
		k++
		if k < len(toks) && toks[k].lower == "the" {
			k++
		}
	} else if k != q.end {
		return ""
	}
	for _, m := range x.s.companies {
		if m.start == k && (k > q.end && toks[k-1].is3(wdFrom, wdAt, wdThe) || m.end < len(toks) && x.tokHas(m.end, wPeopleNouns)) {
			return m.name
		}
	}
	return ""
}

// contractWithin reports a contract noun among the n words from k, before
// any other figure: "won a big e-mail contract", not "won approval".
func (x *extractor) contractWithin(k, n int) bool {
	for j := k; j < len(x.s.toks) && j < k+n; j++ {
		if x.tokIs(j, namesContract) {
			return true
		}
		if x.s.toks[j].kind == tokNum {
			return false
		}
	}
	return false
}

// seatSeller returns the company a seat count's sentence names as the
// seller when it names no product: "the yearly Microsoft licensing
// renewal", "20,000 Zoom licences", "Google wins e-mail contract for
// 30,000 city users", "Macfarlanes rolls out Harvey"; "" when none. A
// company that wins approval or anything but a contract may be buying.
func (x *extractor) seatSeller() string {
	toks := x.s.toks
	for _, m := range x.s.companies {
		if m.end < len(toks) {
			t := toks[m.end]
			if x.tokHas(m.end, wSeatNouns) && !x.tokHas(m.end, wPeopleNouns) || t.lower == "licensing" || t.is2(wdWon, wdWins) && x.contractWithin(m.end+1, 4) {
				return m.name
			}
		}
		// "a licensing agreement with Oracle ... lets 270,000 state
		// employees use": the company a seat deal is with sells.
		if m.start >= 2 && toks[m.start-1].lower == "with" && x.tokHas(m.start-2, wDealNouns) {
			return m.name
		}
		// "moves 9.5 lakh email accounts to Zoho": the company seats
		// are moved to sells them.
		// "to a cloud platform run by Zoho" too.
		if m.start >= 3 && (toks[m.start-1].lower == "to" || toks[m.start-1].lower == "by" && toks[m.start-2].is4(wdRun, wdOperated, wdHosted, wdProvided)) {
			for k := m.start - 2; k >= 0 && k >= m.start-14; k-- {
				if toks[k].is11(wdMove, wdMoves, wdMoved, wdMoving, wdMigrate, wdMigrates, wdMigrated, wdMigrating, wdSwitch, wdSwitches, wdSwitched) {
					return m.name
				}
			}
		}
		// "rolls out Harvey", "deployed Glean": what is rolled out sells.
		if k := m.start - 1; k > 0 && (toks[k].lower == "out" && x.tokHas(k-1, wDeploy) || x.tokHas(k, wDeploy) && !toks[k].is5(wdTo, wdGive, wdGives, wdGiven, wdGave)) {
			return m.name
		}
	}
	return ""
}

// vendorNamedInCount returns the company named between a count and its
// licence noun: "25,000 Zoom licences", "300 Google e-mail accounts" are
// licences of that company's product, though the product is not named.
// People are not licences: "25,000 Barclays employees" are Barclays's.
func (x *extractor) vendorNamedInCount(q *quantity) string {
	toks := x.s.toks
	for _, m := range x.s.companies {
		if m.start < q.end || m.start > q.end+1 {
			continue
		}
		for k := m.end; k < len(toks) && k <= m.end+4; k++ {
			if x.tokHas(k, wSeatNouns) && !x.tokHas(k, wPeopleNouns) || toks[k].is2(wdAccounts, wdMailboxes) && toks[k-1].is2(wdMail, wdEmail) {
				return m.name
			}
			if x.tokHas(k, wPeopleNouns) {
				return ""
			}
		}
	}
	return ""
}

// dealType names the kind of deal from its deal word and parties: what the
// deal word says, squared with who pays whom.
func (x *extractor) dealType(q *quantity, ps []corpus.Party) corpus.DealType {
	if x.storyTakeover(q) || x.restatesTakeover(q) && !x.restatesStory(q) {
		return corpus.DealAcquisition
	}
	if x.restatesStory(q) {
		return x.storyType
	}
	return x.sidedType(x.wordType(q, ps), ps)
}

// wordType is the kind of deal the sentence's deal word says.
func (x *extractor) wordType(q *quantity, ps []corpus.Party) corpus.DealType {
	if (x.jointVenture(q) || x.joinedAt(q) >= 0) && len(ps) > 1 {
		return corpus.DealPartnership
	}
	trig, at := x.triggerNear(q)
	if x.forCompanyAfter(q) >= 0 || x.bidForCompany(q) >= 0 || x.closedCompanyDeal() >= 0 || x.ownerBuys(q, trig, at) >= 0 || x.sellsBusiness(trig, at) || x.valuedWithDebt(q) ||
		trig != trigAcquire && trig != trigSell && x.saleBefore(q) >= 0 {
		// "SoftBank sells its Nvidia stake for $5.8 billion": a sale of
		// a stake or a business is a takeover's, as takeoverRoles reads
		// it, whatever deal word ("stake") is nearer the figure.
		return corpus.DealAcquisition
	}
	place := false
	for _, p := range ps {
		_, isPlace := x.e.regions[p.Name]
		// "an initial investment of €5 million, the government is":
		// money a country's government takes in is pledged to the
		// country, as money a place receives is.
		place = place || (isPlace || x.e.nations[p.Name]) && p.Role == corpus.RoleRecipient
	}
	if x.financier(q, trig).start >= 0 || x.debtNamedBefore(q) {
		// "a deal with Blue Owl to finance", "secured a debt facility of
		// up to $170m": money borrowed is raised, as a round is.
		return corpus.DealFundingRound
	}
	switch trig {
	case trigAcquire:
		if x.ofCompanyAfter(at) {
			// "its $26.2 billion purchase of LinkedIn" buys a company,
			// whatever else the sentence says of subscriptions.
			return corpus.DealAcquisition
		}
		if x.sentenceHas(wSeatNouns) || x.paysForProduct(at) {
			return corpus.DealLicencePurchase
		}
		if !x.buysServices(q, trig, at) {
			return corpus.DealAcquisition
		}
	case trigRaise:
		return corpus.DealFundingRound
	case trigInvest, trigPledge:
		if x.spendsToBuy(q) {
			// "invested 86.8 billion won to acquire a 14.7% stake",
			// "plans to spend 904 billion yen on the acquisition": money
			// put into buying a company is the takeover's price.
			return corpus.DealAcquisition
		}
		if place && trig == trigInvest && x.s.toks[at].lower == "invested" && !x.investsLater(at) {
			// "Contoso has invested $21.5 billion in Indiana since 2010":
			// money already put into a place is invested, no pledge.
			return corpus.DealInvestment
		}
		// "commit an initial $100B to building the infrastructure",
		// "will invest $5bn over five years to upgrade its network":
		// money no one is named to receive is pledged, not invested in
		// a company; money "in the startup" goes to one unnamed.
		later := (x.investsLater(at) || x.multiYear(q)) && !x.intoTheCompany(q)
		if place {
			return corpus.DealInvestmentPledge
		}
		if x.takenFromBackersAt(q, lReceiveVerbs) >= 0 {
			// "Rebellions received a $15 million investment in July from
			// Wa'ed Ventures", "will get 100 billion won of equity
			// investment from the fund": money a company takes in from
			// its backers is a round of its funding.
			return corpus.DealFundingRound
		}
		if x.inRound() && !x.investsLater(at) {
			// "HCLTech led the round with a $150 million commitment and
			// Bessemer put in $50 million": money put into a round is
			// the round's. Money a company will put into a round to come
			// ("will put in up to $10 billion as part of its next
			// round") is its own commitment.
			return corpus.DealFundingRound
		}
		if (trig == trigPledge || x.intoTechnology(q) || later) && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role.Paid() }) && !x.stakeAfter(q) {
			return corpus.DealInvestmentPledge
		}
		return corpus.DealInvestment
	case trigPartner:
		return corpus.DealPartnership
	case trigNone:
		if !place && x.takenFromBackers(q) && x.takenFromInvestors(q) {
			// "Tide secures $120 million from TPG Capital": money a
			// company takes in from backers, with no deal word, is a
			// round of its funding, as "received a $15 million
			// investment from" is. Money from a company no word shows
			// is a backer may be a sale's or a licence's.
			return corpus.DealFundingRound
		}
	}
	if place {
		// "a $600 million data center campus in Texas": money a place
		// receives is invested there, whatever word says so.
		return corpus.DealInvestmentPledge
	}
	return x.contractType(ps)
}

// inRound reports a sentence that names a funding round: "led the
// round", "its series B", "a funding round".
func (x *extractor) inRound() bool {
	if !x.sentenceHas(wRaise) {
		return false
	}
	for k, t := range x.s.toks {
		if x.tokHas(k, wRaise) && t.is2(wdRound, wdSeries) && x.wordTrigger(k) == trigRaise && !x.anotherDeal(0, k) {
			return true
		}
	}
	return false
}

// investsLater reports an investing verb at "at" said of money still to
// be put in: "will invest", "plans to invest", "is investing". Money a
// company will invest with no company named to take it is pledged to
// its plans: "Contoso will invest $5bn over five years to upgrade its
// network".
func (x *extractor) investsLater(at int) bool {
	if at <= 0 {
		return false
	}
	toks := x.s.toks
	return x.laterAt(at) || toks[at-1].is2(wdIs, wdAre) && toks[at].lower == "investing"
}

// contractType is what a purchase is when no deal word says: licences when
// it buys a product or seats, a government contract when a public body is a
// party, else a cloud contract.
func (x *extractor) contractType(ps []corpus.Party) corpus.DealType {
	gov := slices.ContainsFunc(ps, func(p corpus.Party) bool {
		// A state that buys is its government: "Oregon's Oracle contracts".
		_, isPlace := x.e.regions[p.Name]
		return x.isGovernment(p.Name) || isPlace && p.Role == corpus.RoleCustomer
	}) || x.publicBodySaid()
	switch {
	case gov && (x.forProduct() || x.sentenceHas(wSeatNouns) || x.sentenceHasWord("licensing", "licensed")):
		// "a £774.5 million contract with Microsoft for Office 365",
		// "Microsoft licensing deals worth £111.75m"
		return corpus.DealLicencePurchase
	case gov:
		return corpus.DealGovernmentContract
	case x.sentenceHas(wSeatNouns) || productOf(&x.s) != "" || x.sentenceHasWord("licensing", "licensed"):
		// "Queensland signs $60m Microsoft licensing deal"
		return corpus.DealLicencePurchase
	}
	return corpus.DealCloudContract
}

// sidedType squares a deal word's type with the parties' roles: money a
// customer commits to a vendor ("commits $250 billion to Azure") buys
// services, not a stake, and money put into a company is an investment in
// it even when the sentence also names its country.
func (x *extractor) sidedType(t corpus.DealType, ps []corpus.Party) corpus.DealType {
	has := func(roles ...corpus.Role) bool {
		return slices.ContainsFunc(ps, func(p corpus.Party) bool { return slices.Contains(roles, p.Role) })
	}
	switch t {
	case corpus.DealInvestment, corpus.DealInvestmentPledge, corpus.DealFundingRound:
		if has(corpus.RoleCustomer, corpus.RoleVendor) && !has(corpus.RoleInvestor, corpus.RoleRecipient) {
			return x.contractType(ps)
		}
	case corpus.DealCloudContract, corpus.DealGovernmentContract, corpus.DealLicencePurchase:
		// "Entergy wins approval to power Meta's planned $10B data
		// center": money only an investor puts in, with no one selling,
		// is invested, not bought.
		if has(corpus.RoleInvestor) && !has(corpus.RoleCustomer, corpus.RoleVendor, corpus.RoleBuyer, corpus.RoleSeller, corpus.RoleTarget, corpus.RolePartner) {
			t = corpus.DealInvestmentPledge
		}
		// "Tailspin bought Fabrikam in a $650 million cash deal": a
		// deal with a buyer and a company bought, and no one selling a
		// service, is a takeover whatever noun names it.
		if has(corpus.RoleBuyer) && has(corpus.RoleTarget) && !has(corpus.RoleCustomer, corpus.RoleVendor) {
			t = corpus.DealAcquisition
		}
		// "Woodgrove agreed to buy a Dutch software maker": a buyer
		// alone, of a company described but not named, takes it over.
		if has(corpus.RoleBuyer) && !has(corpus.RoleCustomer, corpus.RoleVendor, corpus.RoleInvestor, corpus.RoleRecipient, corpus.RolePartner) {
			t = corpus.DealAcquisition
		}
	case corpus.DealPartnership:
		// "the collaboration could be worth up to £750m" to a vendor
		// from a ministry: one side pays the other, so it is a contract.
		if has(corpus.RoleCustomer) && has(corpus.RoleVendor) && !has(corpus.RolePartner, corpus.RoleInvestor, corpus.RoleRecipient) {
			return x.contractType(ps)
		}
	}
	// "committing $1.5 billion in El Paso, Texas": a name the sentence
	// found beside a place that receives the money is a town, no company
	// invested in.
	placeGets := slices.ContainsFunc(ps, func(p corpus.Party) bool {
		_, isPlace := x.e.regions[p.Name]
		return p.Role == corpus.RoleRecipient && isPlace
	})
	if t == corpus.DealInvestmentPledge && slices.ContainsFunc(ps, func(p corpus.Party) bool {
		_, isPlace := x.e.regions[p.Name]
		return p.Role == corpus.RoleRecipient && !isPlace && !x.isGovernment(p.Name) && !(placeGets && x.foundOnly(p.Name))
	}) {
		return corpus.DealInvestment
	}
	return t
}

// foundOnly reports a name the sentence's scan found that the extractor
// does not know as a company.
func (x *extractor) foundOnly(name string) bool {
	return slices.ContainsFunc(x.s.found, func(m mention) bool { return m.name == name })
}

// sentenceHasWord reports one of words anywhere in the sentence.
func (x *extractor) sentenceHasWord(words ...string) bool {
	for k := range x.s.toks {
		if x.s.toks[k].is(words...) {
			return true
		}
	}
	return false
}

// ofCompanyAfter reports "purchase of Contoso": "of" and then a company
// right after the deal word at "at".
func (x *extractor) ofCompanyAfter(at int) bool {
	if at < 0 || at+2 >= len(x.s.toks) || x.s.toks[at+1].lower != "of" {
		return false
	}
	return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start == at+2 })
}

// forProduct reports a product named right after "for" or "on": what the
// money buys ("to spend £4.9m on Office 365").
func (x *extractor) forProduct() bool {
	return slices.ContainsFunc(x.s.products, func(m mention) bool {
		return m.start > 0 && x.s.toks[m.start-1].is2(wdFor, wdOn)
	})
}

// dealParties are the parties of a deal value with their roles.
func dealParties(x *extractor, _ int, q *quantity) []corpus.Party {
	if x.takesDealTo(q) {
		// "widened its OpenAI agreement by $6.5 billion, taking that
		// contract to $22.4 billion": the total is the same deal's, with
		// the same sides, not the article's first deal.
		return slices.Clone(x.lastDeal.parties)
	}
	if ps := x.prevClauseSides(q); len(ps) > 0 {
		return ps
	}
	if x.restatesStory(q) {
		// "Including debt, the transaction is valued at about $10
		// billion": a sentence naming no company that restates the
		// article's first deal, or calls it "the deal", is about that
		// deal, sides and all.
		return slices.Clone(x.storyParties)
	}
	if g, ok := x.gapOf(q); ok {
		return x.gappedParties(g)
	}
	if ps := x.openerPurchase(q); len(ps) > 0 {
		return ps
	}
	if x.storyTakeover(q) || x.restatesTakeover(q) {
		return slices.Clone(x.takeoverSides())
	}
	ps := x.givenBy(q, x.moneyBuys(q, x.namedUnitSold(x.boughtBy(q, x.takenOver(q, x.buyerPlace(q, x.storySides(x.productVendor(x.frameFix(q, x.dealRoles(q, x.dropFormerSuppliers(x.parties(q))))))))))))
	if own, list := x.respectiveMoney(q); own != "" {
		// "Contoso, Fabrikam and Litware raised $24 million, $22 million
		// and $9.6 million, respectively": the other names of the list
		// own the other sums.
		ps = slices.DeleteFunc(ps, func(p corpus.Party) bool { return p.Name != own && slices.Contains(list, p.Name) })
	}
	return ps
}

// moneyBuys gives the sides of money that is the subject of a purchase,
// which no verb's slots name: "Of that, $1,725 would buy additional Zoom
// licences", "Another $16,800 will buy software". A company named after
// the verb sells what it buys; the one the article is about, named
// before, buys it; another named before sells nothing in this sentence.
// Parties already given a role keep it.
func (x *extractor) moneyBuys(q *quantity, ps []corpus.Party) []corpus.Party {
	toks := x.s.toks
	v := q.end
	for n := 0; n < 2 && v < len(toks) && toks[v].is4(wdWould, wdWill, wdCould, wdCan); n++ {
		v++
	}
	if v >= len(toks) || !toks[v].is4(wdBuy, wdBuys, wdPurchase, wdPurchases) ||
		!slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleUnknown }) {
		return ps
	}
	_, end := x.clause(q)
	var out []corpus.Party
	buyer := slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleCustomer })
	for _, p := range ps {
		if p.Role != corpus.RoleUnknown {
			out = append(out, p)
			continue
		}
		i := slices.IndexFunc(x.s.companies, func(m mention) bool { return m.name == p.Name })
		switch {
		case i >= 0 && x.s.companies[i].start > v && x.s.companies[i].end <= end &&
			!slices.ContainsFunc(toks[v:x.s.companies[i].start], func(t token) bool { return t.text == "," || t.text == ";" }):
			// "$1,500 would buy licences, Fabrikam's chief executive
			// said": a company past the comma speaks, it sells nothing.
			p.Role = corpus.RoleVendor
		case i >= 0:
			// "$1,500 would buy time, Fabrikam said": named outside
			// what the money buys, it is no side the words give.
		case !buyer:
			p.Role, buyer = corpus.RoleCustomer, true
		default:
			continue
		}
		out = append(out, p)
	}
	return out
}

// givenBy gives the sides of money a company gives, named in a relative
// clause right after the figure's noun: "the $300 million commitment
// Contoso announced in 2021 to help Fabrikam grow", "the $2 billion
// investment Contoso made last year". The company after the noun gives
// the money; the figure's other companies get it.
func (x *extractor) givenBy(q *quantity, ps []corpus.Party) []corpus.Party {
	toks := x.s.toks
	k := q.end
	if q.start == 0 || !toks[q.start-1].is3(wdThe, wdA, wdAn) || k+2 >= len(toks) ||
		!toks[k].is6(wdCommitment, wdInvestment, wdPledge, wdLoan, wdGrant, wdFunding) {
		return ps
	}
	at := k + 1
	if toks[at].is1(wdThe) {
		at++ // "the commitment the US International Development Finance Corporation announced"
	}
	i := slices.IndexFunc(x.s.companies, func(m mention) bool { return m.start == at })
	if i < 0 {
		return ps
	}
	m := x.s.companies[i]
	v := m.end
	if v+2 < len(toks) && toks[v].text == "(" && toks[v+2].text == ")" {
		v += 3 // "the Development Finance Corporation (DFC) announced"
	}
	if v+1 < len(toks) && toks[v].is2(wdHas, wdHad) {
		v++ // "the $2 billion investment Contoso has made"
	}
	if v >= len(toks) || !toks[v].is11(wdAnnounced, wdMade, wdPledged, wdPromised, wdUnveiled, wdCommitted, wdProvided, wdGave, wdOffered, wdExtended, wdApproved) {
		return ps
	}
	if toks[k].is2(wdFunding, wdLoan) && toks[v].is2(wdAnnounced, wdUnveiled) {
		// "the $50 million funding Contoso announced came from
		// Fabrikam": a company announces the money it raises or
		// borrows as often as the money it gives.
		return ps
	}
	// "the $2 billion pledge Contoso made to Fabrikam": the company after
	// the verb gets the money, and "Northwind will match" it gets none.
	got := ""
	if v+2 < len(toks) && toks[v+1].is4(wdIn, wdInto, wdTo, wdFor) {
		if j := slices.IndexFunc(x.s.companies, func(c mention) bool { return c.start == v+2 }); j >= 0 {
			got = x.s.companies[j].name
		}
	}
	out := []corpus.Party{{Name: m.name, Role: corpus.RoleInvestor}}
	for _, p := range ps {
		if p.Name != m.name {
			p.Role = corpus.RoleRecipient
			if got != "" && p.Name != got {
				p.Role = corpus.RoleUnknown
			}
			out = append(out, p)
		}
	}
	return out
}

// openerPurchase gives the sides of a price paid in a participle clause
// that opens the sentence: "After buying Fabrikam for $2 billion in 2021,
// Contoso sold it to Northwind", "Having paid $2 billion for Fabrikam,
// Contoso ...". The clause has no subject of its own: the main clause's,
// named right after the comma, buys, and the company bought is the
// participle's object or the one the money is paid "for" or spent "on".
// The main clause's deal is another: its names take no side in the price.
// Money spent "on" a company buys it only when the main clause sells it
// on: "After spending $2 billion on Fabrikam, Contoso sold it to
// Northwind"; spent on a company alone it buys its services. nil when the
// figure stands in no such clause.
func (x *extractor) openerPurchase(q *quantity) []corpus.Party {
	toks := x.s.toks
	const v = openerVerb
	if !x.opensWithPurchase() {
		return nil
	}
	comma := -1
	for k := q.end; k < len(toks); k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 || q.start <= v {
		return nil
	}
	var buyer, target mention
	buyer.start, target.start = -1, -1
	spent := toks[v].is2(wdSpending, wdSpent)
	for _, m := range x.s.companies {
		switch {
		case m.start == comma+1:
			buyer = m
		case m.end <= comma && target.start < 0 && !x.possessive(m) &&
			(m.start == v+1 && !toks[v].is4(wdPaying, wdSpending, wdPaid, wdSpent) || m.start == q.end+1 && toks[q.end].is2(wdFor, wdOn)):
			target = m
		}
	}
	if buyer.start < 0 || target.start < 0 {
		return nil
	}
	if spent && !slices.ContainsFunc(toks[comma+1:], func(t token) bool {
		return t.is6(wdSold, wdSells, wdSell, wdSelling, wdDivested, wdOffloaded)
	}) {
		return nil
	}
	return []corpus.Party{{Name: buyer.name, Role: corpus.RoleBuyer}, {Name: target.name, Role: corpus.RoleTarget}}
}

// openerVerb is the position of the verb of a participle clause that
// opens a sentence: "After buying", "Having paid".
const openerVerb = 1

// opensWithPurchase reports a sentence that opens with a participle
// clause of buying or paying: "After buying Fabrikam for $2 billion,",
// "Having paid $2 billion for Fabrikam,".
func (x *extractor) opensWithPurchase() bool {
	toks := x.s.toks
	if len(toks) < 6 {
		return false
	}
	switch {
	case toks[0].is1(wdHaving) && toks[1].is5(wdBought, wdAcquired, wdPurchased, wdPaid, wdSpent):
		return true
	case toks[0].is3(wdAfter, wdSince, wdUpon) && (x.tokHas(1, wObjectVerbs) && strings.HasSuffix(toks[1].lower, "ing") || toks[1].is2(wdPaying, wdSpending)):
		return true
	}
	return false
}

// namedUnitSold adds, to a sale with a seller and a buyer but no target,
// the business the seller's "its" names by its own name right after the
// word for it: "Dell agreed to sell its cloud software unit Boomi to
// Francisco Partners", "its payments arm, Tessaly,". The name is the
// target: what is sold, not who sells.
func (x *extractor) namedUnitSold(ps []corpus.Party) []corpus.Party {
	if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleSeller }) ||
		!slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleBuyer }) ||
		slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleTarget }) {
		return ps
	}
	toks := x.s.toks
	for k := range toks {
		// Only the "its" the selling verb takes: "sell its cloud unit",
		// "the sale of its payments arm". Another "its" in the sentence
		// may name a unit left out: "its software arm, Northwind, is not
		// part of the deal".
		if toks[k].lower != "its" || k == 0 || !x.tokHas(k-1, wSell) && !(k > 1 && toks[k-1].is1(wdOf) && x.tokHas(k-2, wSell)) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if toks[j].kind != tokWord || toks[j].startsUpper() {
				break
			}
			if !x.businessWord(j) {
				continue
			}
			n := j + 1
			if n < len(toks) && toks[n].text == "," {
				n++
			}
			name := ""
			if m, ok := x.s.companyAt(n); ok {
				name = m.name
			}
			if name == "" {
				// A unit is often known by no other name than this one:
				// its name, as written, up to what follows it ("to", ",").
				e := n
				// "its printer business Monday to Fabrikam": a day or a
				// month is no name.
				for e < len(toks) && e < n+3 && toks[e].startsUpper() && isNameToken(&toks[e]) && !x.tokHas(e, wNotNames) {
					e++
				}
				if e > n && e < len(toks) && (toks[e].text == "," || toks[e].is2(wdTo, wdFor)) && !x.placeAt(n) {
					words := make([]string, 0, e-n)
					for _, t := range toks[n:e] {
						words = append(words, t.text)
					}
					name = strings.Join(words, " ")
				}
			}
			if name != "" && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == name }) {
				return append(ps, corpus.Party{Name: name, Role: corpus.RoleTarget})
			}
			break
		}
	}
	return ps
}

// boughtBy adds the buyer, and any seller, of the article's takeover to a
// figure whose sentence names only the company bought, bought: "Fabrikam
// said it had agreed to be acquired for $8 billion" in an article whose
// lead says Tailspin Capital is buying it. The other side of one deal is
// named once, in the lead, and the body's figures leave it out. A
// purchase of a year gone by is another, and so is a figure whose
// sentence gives anyone another role.
func (x *extractor) boughtBy(q *quantity, ps []corpus.Party) []corpus.Party {
	t := slices.IndexFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleTarget })
	if t < 0 {
		return ps
	}
	for i, p := range ps {
		if i != t && p.Role != corpus.RoleUnknown {
			return ps
		}
	}
	sides := x.takeoverSides()
	st := slices.IndexFunc(sides, func(p corpus.Party) bool { return p.Role == corpus.RoleTarget })
	if st < 0 || !sameCompany(sides[st].Name, ps[t].Name) ||
		!slices.ContainsFunc(sides, func(p corpus.Party) bool { return p.Role == corpus.RoleBuyer }) || x.yearGone(q) {
		return ps
	}
	out := slices.Clone(ps)
	for _, p := range sides {
		if p.Role == corpus.RoleTarget {
			continue
		}
		if j := slices.IndexFunc(out, func(o corpus.Party) bool { return o.Name == p.Name }); j >= 0 {
			out[j].Role = p.Role
		} else {
			out = append(out, p)
		}
	}
	return out
}

// takenOver adds the target, and any seller, of the article's takeover to
// a figure whose sentence has its buyer buying and names no one else
// bought: "Databricks has paid $1 billion for the company", "Databricks
// just bought a baby Postgres provider for $1 billion" in an article whose
// lead says it agreed to buy Neon; "Salesforce will pay $27 billion for
// Slack" when the lead buys Slack from Slack Technologies. A purchase of a
// year gone by is another, and so is one whose sentence names another
// company.
func (x *extractor) takenOver(q *quantity, ps []corpus.Party) []corpus.Party {
	sides := x.takeoverSides()
	b := slices.IndexFunc(sides, func(p corpus.Party) bool { return p.Role == corpus.RoleBuyer })
	t := slices.IndexFunc(sides, func(p corpus.Party) bool { return p.Role == corpus.RoleTarget })
	if b < 0 || t < 0 || !slices.Contains(ps, sides[b]) || x.yearGone(q) {
		return ps
	}
	if slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleTarget && p != sides[t] }) {
		// "In all, Contoso will pay $2 billion for Fabrikam" keeps the
		// seller the lead named; a target of its own is another deal.
		return ps
	}
	if _, at := x.triggerNear(q); at >= 0 && x.businessWithin(at+1, 6, true) {
		// "picked up the audio division of Italy's Masimo" buys a
		// business, whoever owns it.
		return ps
	}
	for _, m := range x.s.companies {
		if !slices.ContainsFunc(sides, func(p corpus.Party) bool { return p.Name == m.name }) {
			return ps
		}
	}
	for _, p := range sides {
		if !slices.ContainsFunc(ps, func(o corpus.Party) bool { return o.Name == p.Name }) {
			ps = append(ps, p)
		}
	}
	return ps
}

// theFigure reports "the" right before figure q: "The 6.2 billion dollar
// deal", "the $35 billion price".
func (x *extractor) theFigure(q *quantity) bool {
	return q.start > 0 && x.s.toks[q.start-1].lower == "the"
}

// sameCompany reports two names of one company, the one the start of the
// other's words: "Scala" and "Scala Data Centers".
func sameCompany(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+" ") || strings.HasPrefix(b, a+" ")
}

// dealNounAfterThe reports "the deal" or "the takeover" anywhere in q's
// clause before it: "its examination of the deal, worth nearly €4.4
// billion".
func (x *extractor) dealNounAfterThe(q *quantity) bool {
	toks := x.s.toks
	return x.clauseBefore(q, func(k int) bool {
		return k+1 < q.start && toks[k].lower == "the" && x.tokIs(k+1, namesTakeover) || toks[k].lower == "the" && toks[k+1].is2(wdDeal, wdTransaction)
	})
}

// takeoverSides are the buyer, target and any seller of the takeover the
// article is about: its first deal's when that is a takeover with both
// sides, else the one its lead reports without a price; nil for none.
func (x *extractor) takeoverSides() []corpus.Party {
	has := func(ps []corpus.Party, r corpus.Role) bool {
		return slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == r })
	}
	if x.storyType == corpus.DealAcquisition && has(x.storyParties, corpus.RoleBuyer) && has(x.storyParties, corpus.RoleTarget) {
		return x.storyParties
	}
	return x.leadTakeover
}

// restatesTakeover reports a figure of the takeover the lead reports in a
// sentence that names no company and calls it "the deal" or "the
// acquisition", or says it is paid: "Google announced the purchase of Wiz
// on Tuesday. The deal is worth $32 billion." "The search giant will pay
// $32 billion in cash." Its sides are the takeover's, not a contract's.
func (x *extractor) restatesTakeover(q *quantity) bool {
	if len(x.s.companies) > 0 || x.takeoverSides() == nil {
		return false
	}
	trig, at := x.triggerNear(q)
	if trig == trigAcquire && at >= 0 && at < q.start && x.tokIs(at, paysMoney) {
		// "The search giant will pay $32 billion in cash": the price.
		return true
	}
	if !x.saysTheDeal(q) && !x.dealNounAfterThe(q) && !x.theDealFigure(q) {
		return false
	}
	return trig == trigNone || trig == trigContract || trig == trigAcquire
}

// theDealFigure reports a figure between "the" and a deal noun: "the
// obstacles facing the €2 billion transaction", "approval of the $700
// million takeover".
func (x *extractor) theDealFigure(q *quantity) bool {
	toks := x.s.toks
	if !x.theFigure(q) || q.end >= len(toks) || !toks[q.end].is7(wdDeal, wdTransaction, wdAcquisition, wdTakeover, wdPurchase, wdMerger, wdBuyout) {
		return false
	}
	// "the $300 million purchase of new servers", "the $40 million deal
	// for the stadium's naming rights": a deal that says what it buys,
	// in a sentence naming no company, buys no company; "the $700
	// million takeover of the chipmaker" restates the target.
	next := q.end + 1
	return next >= len(toks) || !toks[next].is2(wdOf, wdFor) ||
		toks[next].is1(wdOf) && next+1 < len(toks) && toks[next+1].is1(wdThe)
}

// storyTakeover reports a figure of the takeover the article is about in
// a sentence that names only its sides and no deal word saying who pays
// whom for what: "Celestial AI will get $1 billion in cash plus shares of
// Marvell", "the deal was first valued at $35 billion ... AMD's share
// price". Its sides are the takeover's. A sentence with a word of its own
// for a contract, an investment or a sale ("Fabrikam signed a $2bn cloud
// contract with Contoso, which bought it last year") is another deal.
func (x *extractor) storyTakeover(q *quantity) bool {
	sides := x.takeoverSides()
	if sides == nil || len(x.s.companies) == 0 {
		return false
	}
	gov, bought := false, false
	for _, m := range x.s.companies {
		switch i := slices.IndexFunc(sides, func(p corpus.Party) bool { return sameCompany(p.Name, m.name) }); {
		case i >= 0:
			bought = bought || sides[i].Role != corpus.RoleBuyer
		case x.isGovernment(m.name):
			// "The Economy Ministry could not finish its examination of
			// the deal": a public body reviews a takeover, it is no side;
			// one that signs "a contract" of its own is one.
			gov = true
		default:
			return false
		}
	}
	if (gov || !bought) && !x.saysTheDeal(q) && !x.dealNounAfterThe(q) && !x.theFigure(q) {
		// A sentence naming only the buyer may be about another of its
		// deals ("Contoso signed a $500 million deal"), unless it calls
		// the figure the deal's ("The 6.2 billion dollar deal is part of
		// Ericsson's strategy").
		return false
	}
	if trig, _ := x.triggerNear(q); trig != trigNone && trig != trigContract && trig != trigPartner {
		return false
	}
	return !x.sentenceHas(wCapacity) && !x.sentenceHas(wSeatNouns)
}

// buyerPlace adds, as the customer of a deal that has a vendor and no
// buyer, the state, province or city the figure's clause names before it
// as the side that buys: "Oregon's Oracle contracts worth nearly $130
// million", "California auditor faults $95 million Oracle licence deal",
// "The state has signed a $4 million agreement with OpenAI" in an article
// about Massachusetts. A country is named by its government instead
// ("Japanese government"), and a place the sentence puts something in
// ("a $2bn contract to build a campus in Texas") buys nothing.
func (x *extractor) buyerPlace(q *quantity, ps []corpus.Party) []corpus.Party {
	if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleVendor }) ||
		slices.ContainsFunc(ps, func(p corpus.Party) bool {
			return p.Role == corpus.RoleCustomer || p.Role == corpus.RoleBuyer || p.Role == corpus.RoleInvestor
		}) {
		return ps
	}
	start, _ := x.clause(q)
	toks := x.s.toks
	state := func(n string) bool { return !x.e.regions[n] && countries[strings.ToLower(n)] == "" }
	place := ""
	for _, m := range x.s.places {
		if m.start < start || m.start >= q.start || !state(m.name) {
			continue
		}
		if k := m.start - 1; k >= 0 && toks[k].is6(wdIn, wdNear, wdAcross, wdFrom, wdTo, wdOutside) {
			continue
		}
		place = m.name
		break
	}
	if place == "" && x.ctxPlace != "" && state(x.ctxPlace) {
		// "The state has signed": the state the article is about.
		for k := start; k+1 < q.start; k++ {
			if toks[k].lower == "the" && toks[k+1].lower == "state" && k+2 < len(toks) && !toks[k+2].startsUpper() {
				place = x.ctxPlace
				break
			}
		}
	}
	if place == "" || slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == place }) {
		return ps
	}
	return append(ps, corpus.Party{Name: place, Role: corpus.RoleCustomer})
}

// storySides gives a figure of the article's first deal the sides that
// deal has when its sentence names one of them in the same role and the
// others come from the article: "AMD sells ZT Systems' manufacturing arm
// to Sanmina in a $3 billion deal. ... Sanmina will pay $2.25 billion in
// cash": AMD still sells, it is not what Sanmina buys.
func (x *extractor) storySides(ps []corpus.Party) []corpus.Party {
	if len(x.s.companies) != 1 || len(x.storyParties) < 2 || len(ps) < 2 {
		return ps
	}
	named := x.s.companies[0].name
	for _, p := range ps {
		i := slices.IndexFunc(x.storyParties, func(sp corpus.Party) bool { return sp.Name == p.Name })
		if i < 0 || p.Name == named && x.storyParties[i].Role != p.Role {
			return ps
		}
	}
	if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == named }) {
		return ps
	}
	return slices.Clone(x.storyParties)
}

// productVendor adds the maker of the product a sentence buys as the
// seller of a deal that has a buyer and no one paid: "University of Maine
// System picks ChatGPT Edu in $1.39 million contract" buys from OpenAI.
func (x *extractor) productVendor(ps []corpus.Party) []corpus.Party {
	v := x.e.vendorOf[productOf(&x.s)]
	if v == "" || slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role.Paid() || p.Name == v }) ||
		!slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleCustomer }) {
		return ps
	}
	return append(ps, corpus.Party{Name: v, Role: corpus.RoleVendor})
}

// restatesStory reports a sentence naming no company that restates the
// article's first deal or calls it "the deal".
func (x *extractor) restatesStory(q *quantity) bool {
	return len(x.s.companies) == 0 && len(x.storyParties) > 0 && (restates(x.story, q.value) || x.saysTheDeal(q) || x.saysTheParties(q) || x.opensOnTheDeal(q) || x.saysTheContract(q))
}

// saysTheContract reports "the contract" or "the agreement" as the subject
// of q's clause, before the figure, in an article whose first deal is a
// contract: "Over its full term the contract is worth roughly $30
// billion". A takeover's or a round's story has contracts of its own.
func (x *extractor) saysTheContract(q *quantity) bool {
	switch x.storyType {
	case corpus.DealAcquisition, corpus.DealFundingRound, corpus.DealInvestment, corpus.DealInvestmentPledge:
		return false
	}
	toks := x.s.toks
	return x.clauseBefore(q, func(k int) bool {
		return k+1 < q.start && toks[k].lower == "the" && toks[k+1].is2(wdContract, wdAgreement)
	})
}

// saysTheParties reports the sides of the article's deal as the subject
// of q's clause, before the figure: "the companies agreed a $4.5 billion
// deal", "the two had agreed to a $2.6 billion merger".
func (x *extractor) saysTheParties(q *quantity) bool {
	toks := x.s.toks
	return x.clauseBefore(q, func(k int) bool {
		return k+1 < q.start && toks[k].is2(wdThe, wdBoth) && toks[k+1].is4(wdCompanies, wdTwo, wdPair, wdFirms)
	})
}

// seatParties are the customer and vendor of a seat count.
func seatParties(x *extractor, _ int, q *quantity) []corpus.Party {
	if v := x.vendorTotal(); v != "" {
		return []corpus.Party{{Name: v, Role: corpus.RoleVendor}}
	}
	names := x.dropTrailingSpeakers(q, x.dropFormerSuppliers(x.carriedSeatNames(x.parties(q))))
	// "HSBC has given Copilot Chat to its 12,000 staff, and Microsoft 365
	// Copilot to about 3,000 advisers": the company that opens the
	// sentence holds the seats a later clause counts, when that clause
	// names no one but the product's maker.
	vendor := x.e.vendorOf[x.product()]
	if len(x.s.companies) > 0 && !slices.ContainsFunc(names, func(n string) bool { return n != vendor }) {
		if m := x.s.companies[0]; m.start == 0 && m.name != vendor && !x.inProductName(m.name) {
			names = append([]string{m.name}, names...)
		}
	}
	if h, ok := x.seatHolder(q); ok {
		return x.holderRoles(h, x.countSeller(q), names)
	}
	if p := x.subjectPlace(); p != "" && !contains(names, p) {
		// "Iceland gives 600 teachers Claude": a country that hands a
		// product out buys it, whoever else is named.
		names = append([]string{p}, names...)
	}
	if g := x.e.governmentOf[x.country()]; g != "" && !contains(names, g) && x.civilServants(q) {
		// "20,000 civil service workers in the UK", "7,600 public
		// servants from 56 agencies": the seats are the government's,
		// whichever departments the sentence names.
		names = append([]string{g}, names...)
	}
	ps := x.listedCustomers(x.seatRoles(q, names))
	seller := x.countSeller(q)
	if seller == "" {
		return ps
	}
	// The company the seats are with sells them: the maker of the
	// product the article is about does not, here.
	out := ps[:0]
	for _, p := range ps {
		if p.Name != seller && p.Role != corpus.RoleVendor {
			out = append(out, corpus.Party{Name: p.Name, Role: corpus.RoleCustomer})
		}
	}
	return append(out, corpus.Party{Name: seller, Role: corpus.RoleVendor})
}

// countSeller is who sells a seat count's seats when the sentence says:
// the company they are with ("with Fabrikam"), else the software maker
// named before the users ("40,000 Salesforce users"), else the maker
// named where a product would be ("chose Zoom for its 8,000 staff").
func (x *extractor) countSeller(q *quantity) string {
	if s := x.sellerAfter(q); s != "" {
		return s
	}
	if m := x.makerAfterCount(q); m != "" {
		return m
	}
	if m := x.makerOfSeats(q); m != "" {
		return m
	}
	// "Zoom said it chose Salesforce for its 8,000 staff": the maker
	// chosen sells, whatever other maker buys.
	return x.makerFor(q)
}

// makerOfSeats is the software maker named right before the seat noun of
// a count when the sentence names no company before the count: "The
// insurer has 60,000 Salesforce seats", "some 4,000 Workday licences
// were bought". It sells the seats; the holder, if any, comes from the
// article. Users ("40 million Zoom users") may be the maker's own base,
// so only licences, seats and subscriptions count. "" for none.
func (x *extractor) makerOfSeats(q *quantity) string {
	if slices.ContainsFunc(x.s.companies, func(c mention) bool { return c.end <= q.start }) {
		return ""
	}
	for _, m := range x.s.companies {
		if m.start == q.end && m.end < len(x.s.toks) && x.e.makers[m.name] && x.tokHas(m.end, wSeatNouns) {
			return m.name
		}
	}
	return ""
}

// dropTrailingSpeakers drops from a seat count's names a company that only
// reports it, in an attribution after it: "The government has moved 9.5
// lakh email accounts to Zoho, the ministry of IT (MeitY) told
// parliament". It neither buys nor sells the seats.
func (x *extractor) dropTrailingSpeakers(q *quantity, names []string) []string {
	toks := x.s.toks
	var speakers []string
	for _, m := range x.s.companies {
		if m.start <= q.end || m.start < 1 || !(toks[m.start-1].text == "," || toks[m.start-1].lower == "the" && m.start >= 2 && toks[m.start-2].text == ",") {
			continue
		}
		k := m.end
		if k+2 < len(toks) && toks[k].text == "(" && toks[k+2].text == ")" {
			k += 3 // "(MeitY)"
		}
		if k < len(toks) && toks[k].is4(wdSaid, wdSays, wdTold, wdTells) {
			speakers = append(speakers, m.name)
		}
	}
	// "The licences break down as 4,000 for staff, Fabrikam said of its
	// Slack deal": with no company opening the sentence, the speaker may
	// be the one whose seats they are.
	if len(speakers) == 0 || len(x.s.companies) == 0 || x.s.companies[0].start != 0 || contains(speakers, x.s.companies[0].name) {
		return names
	}
	return without(names, speakers)
}

// dropFormerSuppliers drops from a seat count's names a company the
// customer moves away from: "moves from Google to Microsoft 365",
// "switching 8,000 users from Microsoft to Google Workspace". It sold
// the seats before; it neither buys nor sells these.
func (x *extractor) dropFormerSuppliers(names []string) []string {
	if len(x.s.products) == 0 || !x.sentenceHas(wDeploy) {
		return names
	}
	toks := x.s.toks
	var former []string
	for _, m := range x.s.companies {
		if m.start == 0 || toks[m.start-1].lower != "from" {
			continue
		}
		// "to" (or "back to") and then the product moved to, soon after.
		for k := m.end; k+1 < len(toks) && k <= m.end+2; k++ {
			j := k + 1
			if toks[j].lower == "to" && j+1 < len(toks) {
				j++
			}
			if toks[k].is2(wdTo, wdBack) && slices.ContainsFunc(x.s.products, func(p mention) bool { return p.start == j && x.e.vendorOf[p.name] != m.name }) {
				former = append(former, m.name)
				break
			}
		}
	}
	if len(former) == 0 {
		return names
	}
	return without(names, former)
}

// without returns names less those in drop, in a new slice: the caller's
// names may be shared with other figures of the sentence.
func without(names, drop []string) []string {
	kept := names[:0:0]
	for _, n := range names {
		if !contains(drop, n) {
			kept = append(kept, n)
		}
	}
	return kept
}

// listedCustomers adds, to seats a customer of a list holds ("firms
// including TCS, Infosys, Wipro and Cognizant were each committing to
// 50,000 licences"), the other companies of that list as customers too.
func (x *extractor) listedCustomers(ps []corpus.Party) []corpus.Party {
	cs := x.s.companies
	if len(cs) < 2 {
		return ps
	}
	toks := x.s.toks
	joined := func(a, b mention) bool {
		// "A, B", "A and B", "A, and B"
		gap := toks[a.end:b.start]
		return len(gap) == 1 && (gap[0].text == "," || gap[0].lower == "and") || len(gap) == 2 && gap[0].text == "," && gap[1].lower == "and"
	}
	for i, p := range ps {
		if p.Role != corpus.RoleCustomer {
			continue
		}
		at := slices.IndexFunc(cs, func(m mention) bool { return m.name == p.Name })
		if at < 0 {
			continue
		}
		lo, hi := at, at
		for lo > 0 && joined(cs[lo-1], cs[lo]) {
			lo--
		}
		for hi+1 < len(cs) && joined(cs[hi], cs[hi+1]) {
			hi++
		}
		if hi-lo < 2 {
			// Two names ("Contoso and Fabrikam") may be a buyer and a
			// seller; a list of three or more is of one kind.
			continue
		}
		out := slices.Clone(ps[:i+1])
		for _, m := range cs[lo : hi+1] {
			if !slices.ContainsFunc(ps, func(o corpus.Party) bool { return o.Name == m.name }) && !slices.ContainsFunc(out, func(o corpus.Party) bool { return o.Name == m.name }) {
				out = append(out, corpus.Party{Name: m.name, Role: corpus.RoleCustomer})
			}
		}
		return append(out, ps[i+1:]...)
	}
	return ps
}

// seatHolder returns the organisation that holds the seats of q as the
// subject of its clause: "Westlake Academy has 123 phone licences,
// Westlake Town Hall has 34 and the Fire Department has 14" gives each
// count the name before its own "has". The name may be one no list
// knows; false when the count has no such subject.
func (x *extractor) seatHolder(q *quantity) (string, bool) {
	toks := x.s.toks
	k := q.start - 1
	if k >= 1 && toks[k].lower == "and" {
		// "has 123 phone licences and 2 meeting licences": the second
		// count of the clause is the same holder's.
		for i := len(x.s.qty) - 1; i >= 0; i-- {
			p := &x.s.qty[i]
			if p.end > k {
				continue
			}
			if p.kind != qtyCount || slices.ContainsFunc(toks[p.end:k], func(t token) bool { return t.text == "," || t.text == ";" || t.kind == tokNum }) {
				return "", false
			}
			return x.seatHolder(p)
		}
		return "", false
	}
	if k < 1 || !toks[k].is10(wdHas, wdHave, wdHad, wdHolds, wdHeld, wdHold, wdOwns, wdBought, wdBuys, wdPurchased) {
		return "", false
	}
	start := runBefore(toks, k)
	if start == k || !(start == 0 || toks[start-1].is3(wdThe, wdAnd, symComma) || x.tokIs(start-1, contrasts)) {
		return "", false
	}
	if start > 0 && toks[start-1].lower == "the" {
		// "and the Westlake Fire Department has": the article before the
		// name must itself open the clause.
		if start > 1 && !toks[start-2].is2(wdAnd, symComma) && !x.tokIs(start-2, contrasts) {
			return "", false
		}
	}
	for _, m := range x.s.companies {
		if m.start == start && m.end == k {
			return m.name, true
		}
	}
	// "Westlake Town Hall": a known name may open a longer one, but
	// a product's ("Microsoft Copilot has") is no holder, nor is a run
	// holding a known name after its start.
	if slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start < k && start < m.end }) ||
		slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start < k && start < m.end && m.start != start }) {
		return "", false
	}
	m, ok := x.lex.orgName(toks, x.s.bits, x.s.marks, start, k, make([]bool, len(toks)))
	if !ok || m.start != start || m.end != k || k-start == 1 && pluralWord(toks[start].text) {
		return "", false
	}
	return m.name, true
}

// holderRoles are the parties of seats a holder has: the holder buys
// them from the vendor the sentence gives them (names, read as for any
// seat count) unless that vendor is a holder or part of one's name, else
// from the one company the sentence before named ("Zoom is used across
// the organisation. The academy has 123 phone licences").
func (x *extractor) holderRoles(holder, seller string, names []string) []corpus.Party {
	ps := []corpus.Party{{Name: holder, Role: corpus.RoleCustomer}}
	vendor := seller
	for _, p := range x.seatRoles(&quantity{}, names) {
		if seller != "" {
			break
		}
		if p.Role == corpus.RoleVendor && !x.inHolder(p.Name) {
			vendor = p.Name
		}
	}
	if vendor == "" && len(x.prev) == 1 && !x.inHolder(x.prev[0]) {
		vendor = x.prev[0]
	}
	if vendor != "" {
		ps = append(ps, corpus.Party{Name: vendor, Role: corpus.RoleVendor})
	}
	return ps
}

// sellerAfter returns the company a holder's seats are said to be with
// or from, right after their noun: "has 75 phone conferencing licenses
// with Mitel, its telephone provider", "bought 400 seats from Fabrikam".
// It sells them, whatever product the article is about; "" when none. A
// product the sentence names keeps its maker as the vendor: "Copilot
// licences with Contoso, its reseller" are Microsoft's.
func (x *extractor) sellerAfter(q *quantity) string {
	if len(x.s.products) > 0 {
		return ""
	}
	toks := x.s.toks
	for k := q.end; k+1 < len(toks) && k < q.end+5; k++ {
		if !x.tokHas(k, wSeatNouns) {
			continue
		}
		if !toks[k+1].is2(wdWith, wdFrom) {
			return ""
		}
		for _, m := range x.s.companies {
			if m.start == k+2 {
				return m.name
			}
		}
		return ""
	}
	return ""
}

// inHolder reports a company the sentence names as the holder of a
// count, or as the first words of a holder's name ("Westlake" of
// "Westlake Town Hall").
func (x *extractor) inHolder(name string) bool {
	for _, q := range x.s.qty {
		if h, ok := x.seatHolder(&q); ok && (h == name || strings.HasPrefix(h, name+" ")) {
			return true
		}
	}
	return false
}

// carriedSeatNames drops from a seat count's names those the sentence
// does not name when they cannot be its customer: any, when the sentence
// opens with a customer of its own ("HSBC trialled ChatGPT Enterprise with 500
// bankers" after a sentence about Microsoft), and the maker of the product
// the article named before, when this sentence's product is another
// maker's: Microsoft, Copilot's vendor a sentence ago, buys no ChatGPT.
func (x *extractor) carriedSeatNames(names []string) []string {
	vendor := x.e.vendorOf[x.product()]
	if vendor == "" {
		// With no product's maker to sell them, a company carried in
		// may be the seller.
		return names
	}
	named := func(n string) bool {
		return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.name == n })
	}
	// The sentence's own customer opens it, as its subject: a company
	// named further on may be a partner or a reseller.
	own := slices.ContainsFunc(x.s.companies, func(m mention) bool {
		return m.start == 0 && m.name != vendor && contains(names, m.name) && !x.inProductName(m.name)
	})
	before := x.e.vendorOf[x.ctxProduct]
	if !own && (before == "" || before == vendor) {
		return names
	}
	kept := names[:0:0]
	for _, n := range names {
		if named(n) || !own && n != before {
			kept = append(kept, n)
		}
	}
	return kept
}

// civilServants reports a count of a government's staff: "civil service
// workers", "civil servants", "public servants", "government workers",
// "federal employees".
func (x *extractor) civilServants(q *quantity) bool {
	toks := x.s.toks
	for k := q.end; k+1 < len(toks) && k <= q.end+2; k++ {
		if toks[k].is2(wdCivil, wdPublic) && toks[k+1].is2(wdServants, wdService) {
			return true
		}
		// "two million government workers", "federal employees"
		if toks[k].is2(wdGovernment, wdFederal) && x.tokHas(k+1, wPeopleNouns) {
			return true
		}
	}
	return false
}

// subjectPlace returns the country that opens the sentence as the subject
// of a verb for handing out or buying a product, else "".
func (x *extractor) subjectPlace() string {
	s, e := x.lex.rolloutSubject(x.s.toks, x.s.bits, x.s.marks)
	if e < 0 {
		return ""
	}
	for _, m := range x.s.places {
		if m.start == s && m.end == e && !x.e.regions[m.name] {
			return m.name
		}
	}
	return ""
}

// receivedBefore reports a receiving verb shortly before the deal word at
// "at": "secured an additional $4 billion investment from Amazon" makes the
// subject the recipient.
func (x *extractor) receivedBefore(at int) bool {
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		if x.tokHas(k, wReceive) {
			return true
		}
		if x.s.toks[k].text == "," || x.s.toks[k].text == ";" {
			break
		}
	}
	return false
}

// placesOrder returns where a verb placing or giving an order stands
// before the order noun near figure q ("placed an order with Tailspin,
// valued at $78 million", "issued a $78 million order"), or -1. Only a
// few words either side of the figure are looked at.
func (x *extractor) placesOrder(q *quantity) int {
	toks := x.s.toks
	at := -1
	for k := q.end; k < len(toks) && k < q.end+3; k++ {
		if toks[k].is2(wdOrder, wdOrders) {
			at = k
			break
		}
	}
	for k := q.start - 1; at < 0 && k >= 0 && k >= q.start-10; k-- {
		if toks[k].is2(wdOrder, wdOrders) {
			at = k
		}
		if toks[k].text == ";" {
			break
		}
	}
	for k := at - 1; at > 0 && k >= 0 && k >= at-6 && (toks[k].kind == tokWord || k+1 == q.start || k >= q.start && k < q.end); k-- {
		if toks[k].is11(wdPlaced, wdPlaces, wdPlacing, wdPlace, wdIssued, wdIssues, wdIssuing, wdGave, wdGives, wdGive, wdGiving) {
			return k
		}
	}
	return -1
}

// receivedBeforeWorth reports a receiving verb before an aside that prices
// what was received: "Fabrikam had received an order from Contoso, valued
// at $78 million", "took a contract, worth $581 million". The comma that
// opens the aside would stop receivedBefore.
func (x *extractor) receivedBeforeWorth(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].lower == "at" {
		k--
	}
	if k < 0 || !toks[k].is3(wdValued, wdWorth, wdPriced) {
		return false
	}
	return k >= 1 && toks[k-1].text == "," && x.receivedBefore(k-1)
}

// capacityAfter reports that what is bought is capacity or services ("$38bn
// of AWS compute", "buy an additional $2 billion worth of services"), said
// within a few words after token from.
func (x *extractor) capacityAfter(from int) bool {
	toks := x.s.toks
	for k := from; k < len(toks) && k < from+8; k++ {
		if toks[k].text == "," || toks[k].text == ";" || toks[k].text == "." {
			break // "which Contoso bought for $2 billion, makes chips"
		}
		if (x.tokHas(k, wCapacity) || x.tokHas(k, wSeatNouns)) && !x.inFound(k) {
			// "to acquire Halvorsen Cloud Services" buys a company whose
			// name holds the words; a known provider's ("$38bn of Google
			// Cloud") sells them. "its end user computing business" is a business, no capacity;
			// "to license Inflection's models", "£4m of Microsoft
			// licences": a licence is bought from its seller, as capacity is.
			// "to buy 21% of cloud services firm E2E Networks" buys
			// the firm; "to pay $7m to services giant CSC" pays it.
			return !x.businessWithin(k+1, 3, false) && (k > 0 && x.s.toks[k-1].is2(wdTo, wdFrom) || !x.describesNameWithin(k+1, 3))
		}
	}
	return false
}

// describesNameWithin reports, among the n words from token k, a word
// saying what a company is right before the company's name: the capacity
// word before it says what the company sells ("21% of cloud services firm
// E2E Networks", "GPU cloud provider Fabrikam"), so the purchase buys the
// company, not its services.
func (x *extractor) describesNameWithin(k, n int) bool {
	_, ok := x.describedCompanyWithin(k, n)
	return ok
}

// describedCompanyWithin returns the company describesNameWithin finds:
// the one named right after a word saying what it is, among the n
// lower-case words from token k. The sentence's first word may be
// capitalised, but not the describing word.
func (x *extractor) describedCompanyWithin(k, n int) (mention, bool) {
	for j := k; j < len(x.s.toks) && j < k+n; j++ {
		t := x.s.toks[j]
		if t.kind != tokWord || j > 0 && t.startsUpper() {
			return mention{}, false
		}
		if x.tokHas(j, wDescriptor) && !t.startsUpper() {
			if m, ok := x.s.companyAt(j + 1); ok {
				return m, true
			}
		}
	}
	return mention{}, false
}

// inFound reports token k inside an organisation the sentence's
// wording, not the gazetteer, names.
func (x *extractor) inFound(k int) bool {
	for _, m := range x.s.found {
		if m.start <= k && k < m.end {
			return true
		}
	}
	return false
}

// placeFor is where money q goes: the place named after it and before the
// next figure ("USD 9 billion in Singapore, USD 5 billion in Thailand"),
// else the first place money goes in the sentence.
func (x *extractor) placeFor(q *quantity) string {
	next := len(x.s.toks)
	for _, p := range x.s.qty {
		if p.start >= q.end && p.kind == qtyMoney {
			next = p.start
			break
		}
	}
	possessive := ""
	for _, m := range x.s.places {
		if m.start >= q.end && m.start < next && !originPlace(&x.s, m) && x.regionWord(m) && !x.describesCompany(m) {
			if e := m.end; possessive == "" && e+1 < len(x.s.toks) && (x.s.toks[e].text == "'" || x.s.toks[e].text == "’") && x.s.toks[e+1].lower == "s" {
				// "to build Europe's largest data centre in France": the
				// place it is built in, if the sentence names one.
				possessive = m.name
				continue
			}
			return m.name
		}
	}
	if possessive != "" {
		return possessive
	}
	if p := x.placeAfter(-1); p != "" {
		return p
	}
	if p := x.receivingPlace(); p != "" {
		return p
	}
	return x.ctxPlace
}

// receivingPlace is a place that opens the sentence as the subject of a
// receiving verb: "Spain has landed an investment of $2bn from Contoso",
// "Ohio attracted $4 billion". The money goes there.
func (x *extractor) receivingPlace() string {
	for _, m := range x.s.places {
		if m.start > 1 || m.start == 1 && x.s.toks[0].lower != "the" {
			continue
		}
		k := m.end
		for k < len(x.s.toks) && x.tokHas(k, wAux) {
			k++
		}
		if k < len(x.s.toks) && x.tokHas(k, wReceive) && x.regionWord(m) {
			return m.name
		}
	}
	return ""
}

// isGovernment reports a public body: one the gazetteer knows, or a name
// ending in what such bodies are called ("Home Office", "US Army").
func (x *extractor) isGovernment(name string) bool { return x.e.isGovernmentName(name) }

// isGovernmentName reports a public body, as isGovernment does, for work
// done on a whole article before its sentences are read one by one.
func (e *Extractor) isGovernmentName(name string) bool {
	if e.governments[name] || strings.HasSuffix(name, " government") || strings.HasPrefix(name, "Government of ") {
		return true
	}
	// Called for every party of every fact: the words are looked up
	// lower-cased in a buffer, which allocates nothing.
	var buf [32]byte
	for w := range strings.FieldsSeq(name) {
		if len(w) > len(buf) {
			continue // longer than any public-body word
		}
		lower, upper := buf[:len(w)], false
		for i := range len(w) {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c, upper = c+'a'-'A', true
			}
			lower[i] = c
		}
		if upper && e.lex.entry(string(lower)).lists.has(wPublicBody) {
			return true
		}
	}
	return false
}

// product is the product a seat count is for: the sentence's (one moved
// onto rather than off: "off Google Workspace and onto Microsoft 365"),
// else the one the article last named.
func (x *extractor) product() string {
	if x.qProduct != "" {
		return x.qProduct
	}
	if p := productOf(&x.s); p != "" {
		return p
	}
	return x.ctxProduct
}

// severalProducts reports a sentence naming two products or more, each
// figure of which may be about another: "Fabrikam pilots Copilot with 750
// users, and Contoso gives Gemini to 18,000".
func (x *extractor) severalProducts() bool {
	for _, m := range x.s.products {
		if m.name != x.s.products[0].name {
			return true
		}
	}
	return false
}

// productNear is the product named nearest q in its clause, before or
// after it, that is no maker's name nor one moved off; "" when the clause
// names none, so the sentence's product stands.
func (x *extractor) productNear(q *quantity) string {
	s := &x.s
	start, end := x.clause(q)
	best, dist := "", 0
	for _, m := range x.s.products {
		if m.end <= start || m.start >= end || !productSold(s, m) {
			continue
		}
		d := q.start - m.end
		if m.start >= q.end {
			d = m.start - q.end
			// "a 200-person trial of Claude", "licences for Gemini": the
			// product the counted seats are of.
			if d <= 8 && s.toks[m.start-1].is3(wdOf, wdFor, wdOn) {
				return m.name
			}
		}
		if best == "" || d < dist {
			best, dist = m.name, d
		}
	}
	return best
}

// productSold reports a product named as what is sold or moved to, not as
// its maker's name ("the ChatGPT maker") or what is moved off ("to leave
// Google Workspace").
func productSold(s *sentence, m mention) bool {
	if m.end < len(s.toks) && s.toks[m.end].is6(wdMaker, wdMakers, wdDeveloper, wdOwner, wdCreator, wdParent) {
		return false
	}
	// "move from their Google Workspace accounts to Microsoft 365": the
	// product moved from is the one left; "chose ChatGPT Enterprise over
	// Copilot": the one passed over is not bought.
	k := m.start - 1
	if k > 0 && s.toks[k].is2(wdTheir, wdIts) {
		k--
	}
	if k >= 0 && s.toks[k].is2(wdFrom, wdOver) && len(s.products) > 1 {
		return false
	}
	return m.start == 0 || !s.toks[m.start-1].is8(wdOff, wdLeave, wdLeaving, wdReplace, wdReplacing, wdDitch, wdDitching, wdAbandon)
}

// productOf is the product a sentence moves to or names, "" when it names
// only products it moves off ("to leave Google Workspace"), products that
// stand for their maker ("the ChatGPT maker"), or none.
func productOf(s *sentence) string {
	best := ""
	for _, m := range s.products {
		before := ""
		if m.start > 0 {
			before = s.toks[m.start-1].lower
		}
		if m.end < len(s.toks) && s.toks[m.end].is6(wdMaker, wdMakers, wdDeveloper, wdOwner, wdCreator, wdParent) {
			continue // "the ChatGPT maker" is a company, not what it sells
		}
		if slices.ContainsFunc(s.companies, func(c mention) bool { return c.start <= m.start && m.end <= c.end && c.end-c.start > m.end-m.start }) {
			continue // "Slack Technologies": the company, whose product shares its name
		}
		switch before {
		case "onto", "to", "into":
			return m.name
		case "off", "leave", "leaving", "replace", "replacing", "ditch", "ditching", "abandon":
			continue
		}
		if best == "" {
			best = m.name
		}
	}
	return best
}

// inProductName reports a company named only inside a product's name in
// the sentence.
func (x *extractor) inProductName(name string) bool {
	named := false
	for _, m := range x.s.companies {
		if m.name != name {
			continue
		}
		named = true
		inside := false
		for _, p := range x.s.products {
			inside = inside || p.start <= m.start && m.end <= p.end
		}
		if !inside {
			return false
		}
	}
	return named
}

// country is the first country the sentence names, else the one the
// article last named; "" when none, or only regions.
func (x *extractor) country() string {
	for _, m := range x.s.places {
		if !x.e.regions[m.name] {
			return m.name
		}
	}
	if !x.e.regions[x.ctxPlace] {
		return x.ctxPlace
	}
	return ""
}

// paysForProduct reports a payment for a named product: "pay Microsoft $1
// billion for Microsoft 365" buys licences, not the company.
func (x *extractor) paysForProduct(at int) bool {
	if at < 0 || !x.tokIs(at, paysMoney) {
		return false
	}
	p := productOf(&x.s)
	if p == "" {
		return false
	}
	// "Salesforce will pay $27 billion for Slack" in a story whose lead
	// has Salesforce buy Slack: the product named is the company bought.
	return !slices.ContainsFunc(x.leadTakeover, func(t corpus.Party) bool {
		return t.Role == corpus.RoleTarget && (t.Name == p || x.e.vendorOf[p] == t.Name)
	})
}

// saysTheDeal reports "the deal", "the transaction" or the like as the
// subject of q's clause, before the figure.
func (x *extractor) saysTheDeal(q *quantity) bool {
	toks := x.s.toks
	return x.clauseBefore(q, func(k int) bool {
		return k+1 < q.start && toks[k].lower == "the" && toks[k+1].is7(wdDeal, wdTransaction, wdAcquisition, wdTakeover, wdPurchase, wdMerger, wdBuyout)
	})
}

// clauseBefore reports a token of q's clause before the figure at which
// says holds. saysTheDeal, saysTheParties and pronounInClause share it,
// so that each says only what it looks for.
func (x *extractor) clauseBefore(q *quantity, says func(k int) bool) bool {
	start, _ := x.clause(q)
	for k := start; k < q.start; k++ {
		if says(k) {
			return true
		}
	}
	return false
}

// describesCompany reports a place named as where a company is from: "the
// US technology group", "the Chinese firm" name no recipient.
func (x *extractor) describesCompany(m mention) bool {
	toks := x.s.toks
	for k := m.end; k < len(toks) && k <= m.end+1; k++ {
		if x.tokHas(k, wDescriptor) {
			return true
		}
		if toks[k].kind != tokWord || toks[k].startsUpper() {
			return false
		}
	}
	return false
}

// mentionInClause returns where the clause holding q names party n.
func (x *extractor) mentionInClause(q *quantity, n string) (mention, bool) {
	start, end := x.clause(q)
	for _, m := range x.s.companies {
		if m.name == n && m.start >= start && m.end <= end {
			return m, true
		}
	}
	return mention{}, false
}

// namedAfter reports a party the sentence names after the figure q.
func (x *extractor) namedAfter(q *quantity, names []string) bool {
	return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start >= q.end && contains(names, m.name) })
}

// placeFrom is the place named right after the money noun at "at" and
// "from": Saudi Arabia in "commitment from Saudi Arabia", or "".
func (x *extractor) placeFrom(at int) string {
	toks := x.s.toks
	if at+2 >= len(toks) || toks[at+1].lower != "from" || !x.tokIs(at, namesInvestment) {
		return ""
	}
	k := at + 2
	if toks[k].lower == "the" {
		k++
	}
	for _, m := range x.s.places {
		if m.start == k && x.regionWord(m) && !x.describesCompany(m) {
			return m.name
		}
	}
	return ""
}

// originPlace reports a place named as where a company or money comes
// from rather than where money goes: "from Singapore", "Supernap of the
// US", or one that names a company (see namesCompany).
func originPlace(s *sentence, m mention) bool {
	toks := s.toks
	k := m.start - 1
	if k > 0 && toks[k].lower == "the" {
		k--
	}
	return k >= 0 && toks[k].is3(wdFrom, wdOf, wdBy) || namesCompany(s, m)
}

// namesCompany reports a place said of a company, or part of its name:
// "Japan's Telehouse", "the UK-based Colt", "Hong Kong's One Asia". Such a
// place is no recipient, and no place the article's money goes to.
func namesCompany(s *sentence, m mention) bool {
	toks := s.toks
	nameWord := func(k int) bool {
		return toks[k].kind == tokWord && toks[k].startsUpper() && (!bitIn(s.bits, k, wNotNames) || toks[k].is3(wdOne, wdTwo, wdThree))
	}
	if j := m.start - 1; j > 0 && nameWord(j) &&
		!slices.ContainsFunc(s.companies, func(c mention) bool { return c.start <= j && j < c.end }) {
		return true // "One Asia": the end of a name
	}
	e := m.end
	if e+1 < len(toks) && toks[e].text == "-" && toks[e+1].lower == "based" {
		return true
	}
	// "India's AI build-out" names no company; "Hong Kong's One Asia"
	// does.
	return e+2 < len(toks) && (toks[e].text == "'" || toks[e].text == "’") && toks[e+1].lower == "s" && nameWord(e+2)
}

// takenFromBackers reports money a verb of taking in takes before figure
// q, with "from" naming who gives it after the figure, in q's clause.
func (x *extractor) takenFromBackers(q *quantity) bool {
	return x.takenFromBackersAt(q, lTakeInVerbs) >= 0
}

// takenFromInvestors reports money taken in "from" a company that the
// sentence shows is a backer's: a backer word ("Woodgrove Ventures",
// "Pellworth Partners", "its investors"), a round word or the taker's
// valuation stands in it,
// and no word of a sale, licence or contract stands in the figure's
// clause. Money a company gets, nets or lands from another is as often a
// sale's proceeds, a licence fee or an order ("netted $500 million from
// Fabrikam in the share sale", "obtained $40 million from Fabrikam for
// the licence") as a round.
func (x *extractor) takenFromInvestors(q *quantity) bool {
	if x.clauseHasWord(q, "sale", "sales", "licence", "licences", "license", "licenses", "licensing", "agreement", "agreements",
		"prepayment", "prepayments", "order", "orders", "contract", "contracts", "deal", "deals") {
		return false
	}
	// "Tide secures $120 million from TPG, valuation jumps to $1.5
	// billion": a company valued on the money it takes in sold a part of
	// itself, as a round does.
	return x.sentenceHasWord("investor", "investors", "backer", "backers", "fund", "funds", "ventures", "capital", "partners",
		"round", "rounds", "series", "seed", "funding", "valuation", "valuations")
}

// takenFromBackersAt is takenFromBackers' verb, one of the list verbs, or
// -1.
func (x *extractor) takenFromBackersAt(q *quantity, verbs lookupList) int {
	start, end := x.clause(q)
	toks := x.s.toks
	got := -1
	for k := start; k < q.start && got < 0; k++ {
		if x.lex.tokIn(verbs, &toks[k]) {
			got = k
		}
	}
	if got < 0 {
		return -1
	}
	for k := q.end; k < end && k < q.end+8; k++ {
		if toks[k].lower == "from" {
			// Money from a state's own company or fund ("from Zhuhai's
			// state-owned Huafa Group") is the state's investment, as a
			// government's is, not a round.
			if stateOwnedAfter(toks, k+1, end) {
				return -1
			}
			return got
		}
	}
	return -1
}

// stateOwnedAfter reports "state-owned" or "state-backed", or the same
// of a government, in the few words from token k before end.
func stateOwnedAfter(toks []token, k, end int) bool {
	for j := k; j+2 < end && j < k+6; j++ {
		if toks[j].is2(wdState, wdGovernment) && toks[j+1].text == "-" && toks[j+2].is4(wdOwned, wdBacked, wdRun, wdControlled) {
			return true
		}
	}
	return false
}

// definiteMain returns the article's party that the sentence calls
// by its kind with "the": "the council" for Carmarthenshire County
// Council, "the university" for the University of Oxford. The kind must
// be a word of the party's own name, so "the company" names none; the
// vendor is never it. "" when none.
func (x *extractor) definiteMain(vendor string) string {
	toks := x.s.toks
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		if t.kind != tokWord || t.startsUpper() || toks[k-1].lower != "the" || len(t.lower) < 4 {
			continue
		}
		for _, n := range x.named {
			if n == vendor {
				continue
			}
			for w := range strings.FieldsSeq(n) {
				if strings.EqualFold(w, t.lower) && w != t.lower {
					return n
				}
			}
		}
	}
	return ""
}

// vendorTotal returns the maker of the sentence's product when the
// sentence counts that maker's seats the world over: "Microsoft said
// Copilot paid seats globally had reached 20 million", "seats across all
// customers". Such a total has no one customer, whichever the article is
// about; "" when the sentence is no such total or names a company other
// than the maker.
func (x *extractor) vendorTotal() string {
	vendor := x.e.vendorOf[x.product()]
	if vendor == "" || len(x.s.products) == 0 {
		return ""
	}
	toks := x.s.toks
	total := false
	for k, t := range toks {
		// "the bank's 20,000 staff worldwide" are one customer's people.
		people := k > 0 && x.tokHas(k-1, wPeopleNouns) && !x.tokHas(k-1, wSeatNouns)
		if t.is2(wdGlobally, wdWorldwide) && !people || t.lower == "customers" && k > 0 && toks[k-1].is2(wdAll, wdIts) {
			total = true
			break
		}
	}
	if !total || slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.name != vendor && !x.inProductName(m.name) }) {
		return ""
	}
	return vendor
}

// roundWon reports a verb of winning at k whose money is a round of
// funding, not a contract: "Groq bagged $640 million in a Series D led by
// BlackRock", "snagged $41 million in funding". The money must follow the
// verb, and a word of raising follow the money before any word of a
// contract.
func (x *extractor) roundWon(k int) bool {
	toks := x.s.toks
	for _, q := range x.s.qty {
		if q.kind != qtyMoney || q.start <= k || q.start > k+2 {
			continue
		}
		for j := q.end; j < len(toks) && j <= q.end+5; j++ {
			if x.tokHas(j, wDealValueNouns) || toks[j].is4(wdTender, wdOrder, wdOrders, wdProject) || toks[j].kind == tokNum {
				return false
			}
			if x.tokHas(j, wRaise) {
				return true
			}
		}
		return false
	}
	return false
}

// purchaseInstrument reports "purchase" or "acquisition" at k naming the
// instrument a public body buys through: "purchase agreement", "purchase
// order", "acquisition contracts".
func (x *extractor) purchaseInstrument(k int) bool {
	toks := x.s.toks
	if k+1 >= len(toks) {
		return false
	}
	// "five capital acquisition contracts worth Rs 39,125 crore": a
	// contract to acquire goods is a procurement, as a purchase order
	// is; an "acquisition agreement" stays a takeover's.
	return toks[k].lower == "purchase" && toks[k+1].is4(wdAgreement, wdAgreements, wdOrder, wdOrders) ||
		toks[k].lower == "acquisition" && toks[k+1].is2(wdContract, wdContracts)
}

// groupOf returns where "a consortium led by", "an affiliate of" or "an
// entity backed by" starts when it ends at k, its last word the "by" or
// "of" before a name, or -1. Such a group acts for the company named after
// it: what is sold to the consortium is bought by its leader, and money from
// an arm of a fund comes from the fund.
func groupOf(toks []token, k int) int {
	if k < 2 {
		return -1
	}
	n := k - 1 // the group noun
	switch {
	case toks[k].lower == "by" && toks[k-1].is8(wdLed, wdHeaded, wdFormed, wdBacked, wdControlled, wdOwned, wdManaged, wdAdvised):
		n = k - 2
	case toks[k].is1(wdIncluding):
		// "a consortium including KKR", "a group of investors including
		// Blackstone": the members named stand for the group.
	case toks[k].lower != "of":
		return -1
	}
	if n < 1 || !toks[n].is14(wdConsortium, wdGroup, wdSyndicate, wdClub, wdAffiliate, wdAffiliates, wdArm, wdUnit, wdSubsidiary, wdEntity, wdVehicle, wdDivision, wdFund, wdInvestors) {
		return -1
	}
	// a few lower-case words may describe the group: "a buyout consortium"
	for j := n - 1; j >= 0 && j >= n-3; j-- {
		switch t := &toks[j]; {
		case t.is3(wdA, wdAn, wdThe):
			return j
		case j == n-1 && t.is5(wdTo, wdFrom, wdBy, wdWith, wdFor):
			// "to affiliates of Swiss Life", "by funds of Northwind": a
			// plural group needs no article, and the word that governs
			// it governs the names.
			return n
		case t.is1(wdOf) && j > 0 && groupOf(toks, j) >= 0:
			// "a consortium of investors including KKR": a group of a
			// group.
			return groupOf(toks, j)
		case t.kind != tokWord || t.startsUpper() || t.is8(wdTo, wdFrom, wdBy, wdWith, wdFor, wdIn, wdOf, wdAnd):
			return -1
		}
	}
	return -1
}

// ordersFrom returns where a verb of ordering stands before q, within ten
// words and no clause break, when "from" follows the figure: "has ordered
// radios worth €120 million from Thales", "ordered $200 million of drones
// from Fabrikam". -1 when none does.
func (x *extractor) ordersFrom(q *quantity) int {
	toks := x.s.toks
	from := false
	for k := q.end; k < len(toks) && k < q.end+8; k++ {
		if toks[k].lower == "from" {
			from = true
			break
		}
		if toks[k].text == "," || toks[k].text == ";" {
			break
		}
	}
	if !from {
		return -1
	}
	for k := q.start - 1; k >= 0 && k >= q.start-10; k-- {
		if toks[k].is8(wdOrdered, wdOrders, wdOrder, wdOrdering, wdProcured, wdProcures, wdProcure, wdProcuring) && k > 0 && !x.tokHas(k-1, wDealNouns) && !toks[k-1].is3(wdAn, wdThe, wdA) && !x.tokHas(k-1, wReceive) {
			return k
		}
		if toks[k].text == "," || toks[k].text == ";" {
			return -1
		}
	}
	return -1
}

// receivesContract reports a contract or order noun within three words
// after figure q, so that what is received is work to do, not money: "gets
// $275 million space contract", "won a $40 million order".
func (x *extractor) receivesContract(q *quantity) bool {
	toks := x.s.toks
	for k := q.end; k < len(toks) && k < q.end+3; k++ {
		if toks[k].is7(wdContract, wdContracts, wdOrder, wdOrders, wdDeal, wdAward, wdTask) {
			return true
		}
		if toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// namesBusiness reports a name that says whose a business is by standing
// before it, with at most three lower-case words between: "Humana hospice
// unit", "Contoso lighting division". Words that start a phrase of their
// own ("Fabrikam to expand its unit") end the search.
func (x *extractor) namesBusiness(m mention) bool {
	toks := x.s.toks
	for k := m.end; k < len(toks) && k <= m.end+3; k++ {
		t := &toks[k]
		if t.kind != tokWord || t.startsUpper() || t.is21(wdTo, wdFor, wdIn, wdAnd, wdOr, wdIts, wdTheir, wdThe, wdA, wdAn, wdFrom, wdWith, wdBy, wdOf, wdAt, wdOn, wdAs, wdThat, wdWhich, wdAfter, wdBefore) {
			return false
		}
		if x.businessWord(k) {
			return true
		}
	}
	return false
}

// lenderApproval returns the verb by which a lender approves money it
// lends or grants, with a word for such money beside the figure: "BNDES
// signed off on financing of R$233m for Tecto", "gave the green light to
// a R$180m line of credit for Scala", "has so far approved R$2.8bn of
// funding". It returns -1 for anything else, and for the passive ("was
// granted a loan"), where the subject borrows.
func (x *extractor) lenderApproval(q *quantity) int {
	toks := x.s.toks
	lent := false
	for k := max(q.start-5, 0); k < min(q.end+4, len(toks)) && !lent; k++ {
		lent = (k < q.start || k >= q.end) && (x.tokIs(k, namesDebt) || toks[k].is2(wdFinancing, wdFunding))
	}
	if !lent {
		return -1
	}
	from, _ := x.clause(q)
	for k := q.start - 1; k > 0 && k >= q.start-10; k-- {
		t := toks[k]
		v := -1
		switch {
		case t.is4(wdApproved, wdApproves, wdCleared, wdClears) || t.is3(wdGranted, wdGrants, wdSanctioned):
			v = k
		case t.is1(wdOff) && toks[k-1].is2(wdSigned, wdSigns):
			// "signed off on"
			v = k - 1
		case t.is1(wdLight) && toks[k-1].is1(wdGreen):
			// "gave the green light to"
			v = k - 1
		}
		if v < 0 {
			continue
		}
		if v < from || v > 0 && toks[v-1].is4(wdWas, wdWere, wdBeen, wdBeing) {
			return -1
		}
		return v
	}
	return -1
}

// lenderApprovalRoles reads money a lender approves (see lenderApproval):
// the company named last before the verb lends it, and those it is "for"
// or goes "to" after the verb borrow it. A company named in passing (the
// borrower's owner: "for Tecto, a V.tal group business unit") takes no
// part. It reports false when the sentence is not of that shape or names
// no lender.
func (x *extractor) lenderApprovalRoles(q *quantity, trig trigger, names []string) ([]corpus.Party, bool) {
	if trig == trigAcquire || trig == trigSell {
		return nil, false
	}
	v := x.lenderApproval(q)
	if v < 0 {
		return nil, false
	}
	lender := x.mentionBefore(mention{start: v})
	if lender.start < 0 || !slices.Contains(names, lender.name) || x.sourceNamedAfter(q, v) {
		return nil, false
	}
	toks := x.s.toks
	if lender.end < len(toks) && toks[lender.end].is3(wdShareholders, wdInvestors, wdLenders) {
		// "Contoso shareholders approved the funding package": the
		// company's own backers approve money it takes, not lend it.
		return nil, false
	}
	for k := v; k < min(q.end+3, len(toks)); k++ {
		if toks[k].is4(wdRaise, wdRaised, wdRaises, wdRaising) || k >= q.end && toks[k].is1(wdRound) {
			// "approved a plan to raise $1 billion", "approved a $900
			// million financing round": the approver takes the money.
			return nil, false
		}
	}
	ps := []corpus.Party{{Name: lender.name, Role: corpus.RoleInvestor}}
	for _, n := range names {
		if n == lender.name {
			continue
		}
		m := x.firstMention(n)
		if m.start <= v {
			continue
		}
		b := x.wordBefore(m.start)
		if b == "from" {
			// "approved the funding package from Fabrikam": the money
			// comes from a company named after the verb, not from the
			// one that approves it.
			return nil, false
		}
		if b == "for" || b == "to" || x.describedAfter(m.start) == "for" {
			ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleRecipient})
		}
	}
	return ps, true
}

// sourceNamedAfter reports money approved at verb v whose source the words
// after the verb name, so that whoever approves it only consents: a
// company's own figure ("cleared Contoso's $4 billion financing"), a
// lender after "from" or "by" ("approved the $2 billion financing from
// Fabrikam", "a funding round led by Fabrikam"), or a round, which its
// company raises ("Contoso approved a $500 million funding round").
func (x *extractor) sourceNamedAfter(q *quantity, v int) bool {
	for _, m := range x.s.companies {
		if m.start > v && m.end <= q.start {
			return true
		}
		if m.start >= q.end && m.start <= q.end+6 {
			if b := x.wordBefore(m.start); b == "from" || b == "by" {
				return true
			}
		}
	}
	toks := x.s.toks
	for k := q.end; k < len(toks) && k < q.end+3; k++ {
		if toks[k].is1(wdRound) {
			return true
		}
	}
	return false
}

// ownerOfBought reports a name brought in as the owner of what the words
// before it name: "which belongs to Deutsche Telekom", "owned by
// Northwind", "controlled by Northwind", "which Micron owns".
func (x *extractor) ownerOfBought(m mention) bool {
	toks := x.s.toks
	b := m.start - 1
	owner := b >= 1 && toks[b].is1(wdTo) && toks[b-1].is2(wdBelongs, wdBelonged) ||
		b >= 1 && toks[b].is1(wdBy) && toks[b-1].is2(wdOwned, wdControlled) ||
		b >= 0 && toks[b].is1(wdWhich) && m.end < len(toks) && toks[m.end].is3(wdOwns, wdOwned, wdControls)
	if !owner {
		return false
	}
	// "bought by Contoso, which is owned by Northwind", "financed by
	// Woodgrove Bank, owned by Northwind": the company owned is the
	// buyer or a backer, and its owner sells nothing.
	o := x.mentionBefore(m)
	return o.start <= 0 || !toks[o.start-1].is1(wdBy)
}

// mentionBefore returns the company mention that ends last before m, or
// one with start -1 when there is none.
func (x *extractor) mentionBefore(m mention) mention {
	o := mention{start: -1}
	for _, c := range x.s.companies {
		if c.end <= m.start && c.start > o.start {
			o = c
		}
	}
	return o
}
