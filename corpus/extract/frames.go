package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// dealFrame is what the slots of a deal verb make of the names that fill
// them: "Contoso bought Fabrikam from Northwind for $2 billion" has a
// subject that buys, an object bought and a "from" phrase that sells;
// "Fabrikam was bought by Contoso" moves the buyer to "by" and the bought
// to the subject. A slot the verb does not use is RoleUnknown.
type dealFrame struct {
	subj, obj, from, to, forR, in corpus.Role
}

// after returns the role of a name the preposition w opens in frame f
// ("from Northwind" sells in a buy frame), or RoleUnknown for a
// preposition the frame has no slot for.
func (f dealFrame) after(w string) corpus.Role {
	switch w {
	case "from":
		return f.from
	case "to":
		return f.to
	case "for":
		return f.forR
	case "in", "into":
		return f.in
	}
	return corpus.RoleUnknown
}

// frameOf returns the frame of the deal verb at token k, as data: which
// role the subject, the object and each preposition's name play. The
// rules of English that find the slots are the same for every verb; only
// this table says what the slots mean.
func (x *extractor) frameOf(q *quantity, k int) (dealFrame, bool) {
	if !x.mayFrame(k) {
		return dealFrame{}, false
	}
	t := &x.s.toks[k]
	switch {
	case t.is12(wdBuy, wdBuys, wdBought, wdBuying, wdAcquire, wdAcquires, wdAcquired, wdAcquiring, wdPurchase, wdPurchases, wdPurchased, wdPurchasing):
		if k+1 < len(x.s.toks) && x.s.toks[k+1].lower == "into" {
			// "Toyota will buy into Joby": what is bought into takes the
			// money in, a share of it, not the whole.
			return dealFrame{subj: corpus.RoleInvestor, in: corpus.RoleRecipient, from: corpus.RoleSeller}, true
		}
		for j := k + 1; j < len(x.s.toks) && j <= k+6; j++ {
			if x.s.toks[j].is3(wdMajority, wdControlling, wdRemaining) {
				// "a majority stake" is a takeover.
				break
			}
			if x.overHalfAt(j) {
				// "a 74 per cent stake" is a takeover.
				break
			}
			if x.s.toks[j].is2(wdStake, wdStakes) {
				// "bought a minority stake in Fabrikam": a stake bought
				// is money put in.
				return dealFrame{subj: corpus.RoleInvestor, in: corpus.RoleRecipient, from: corpus.RoleSeller}, true
			}
		}
		return dealFrame{subj: corpus.RoleBuyer, obj: corpus.RoleTarget, from: corpus.RoleSeller, forR: corpus.RoleTarget, in: corpus.RoleTarget}, true
	case t.is10(wdSell, wdSells, wdSold, wdSelling, wdDivest, wdDivests, wdDivested, wdOffload, wdOffloads, wdOffloaded):
		return dealFrame{subj: corpus.RoleSeller, obj: corpus.RoleTarget, to: corpus.RoleBuyer}, true
	case t.is5(wdOffer, wdOffers, wdOffered, wdBid, wdBids):
		return dealFrame{subj: corpus.RoleBuyer, forR: corpus.RoleTarget}, true
	case t.is7(wdPut, wdPuts, wdPutting, wdContribute, wdContributes, wdContributed, wdContributing) && q.start > k && q.start <= k+3 && x.onlyQualifiers(k+1, q.start):
		// "TPG will put $1 billion into HyperVault", "with Grab
		// contributing about $141.5 million": money put or contributed
		// is invested.
		return dealFrame{subj: corpus.RoleInvestor, in: corpus.RoleRecipient, to: corpus.RoleRecipient}, true
	case t.is13(wdInvest, wdInvests, wdInvested, wdInvesting, wdPour, wdPours, wdPoured, wdPump, wdPumps, wdPumped, wdInject, wdInjects, wdInjected):
		return dealFrame{subj: corpus.RoleInvestor, in: corpus.RoleRecipient}, true
	case t.is5(wdBacks, wdBacked, wdBacking, wdFunds, wdFunded):
		return dealFrame{subj: corpus.RoleInvestor, obj: corpus.RoleRecipient}, true
	case t.is4(wdRaise, wdRaises, wdRaised, wdRaising):
		if k+1 < len(x.s.toks) && x.s.toks[k+1].is6(wdIts, wdTheir, wdHis, wdHer, wdThe, wdOur) {
			// "Amazon has raised its planned investment": raised as
			// lifted, not as money taken in.
			return dealFrame{}, false
		}
		return dealFrame{subj: corpus.RoleRecipient, from: corpus.RoleInvestor}, true
	case t.is7(wdGives, wdGave, wdGiven, wdHands, wdHanded, wdGrants, wdGranted):
		if !x.wonNear(q, k) {
			// "gives Fabrikam reason to sign": only a contract or a
			// figure given right after the verb is awarded.
			return dealFrame{}, false
		}
		return dealFrame{subj: corpus.RoleCustomer, obj: corpus.RoleVendor, to: corpus.RoleVendor}, true
	case t.is3(wdAward, wdAwards, wdAwarded):
		return dealFrame{subj: corpus.RoleCustomer, obj: corpus.RoleVendor, to: corpus.RoleVendor}, true
	case t.is21(wdWin, wdWins, wdWon, wdLand, wdLands, wdLanded, wdClinch, wdClinches, wdClinched, wdBag, wdBags, wdBagged, wdSecure, wdSecures, wdSecured, wdReceive, wdReceives, wdReceived, wdGet, wdGets, wdGot):
		// What is won says who the giver is: a contract comes from a
		// customer, money from an investor. It is named right after the
		// verb: "gets China's go-ahead for a $6.9 billion deal" wins
		// no deal.
		if !x.wonNear(q, k) {
			return dealFrame{}, false
		}
		for j := k + 1; j < len(x.s.toks) && j <= k+5; j++ {
			if x.tokIs(j, namesTakeover) || x.s.toks[j].is3(wdBid, wdOffer, wdApproach) {
				// "received a $450 million buyout approach from
				// Tailspin": a bid received makes its receiver the
				// company bid for.
				return dealFrame{subj: corpus.RoleTarget, from: corpus.RoleBuyer}, true
			}
		}
		if x.clauseHas(q, wRaise) || x.clauseHas(q, wInvest) || x.moneyNounIn(q) {
			return dealFrame{subj: corpus.RoleRecipient, from: corpus.RoleInvestor}, true
		}
		if x.clauseHas(q, wDealNouns) {
			return dealFrame{subj: corpus.RoleVendor, from: corpus.RoleCustomer}, true
		}
	case t.is5(wdTake, wdTakes, wdTook, wdTaking, wdTaken):
		if x.takeoverObjectAt(k) > k {
			// "Contoso will take over Fabrikam", "agreed a $10 billion
			// deal to take control of Fabrikam": a takeover.
			return dealFrame{subj: corpus.RoleBuyer, obj: corpus.RoleTarget, from: corpus.RoleSeller}, true
		}
		// "KKR will take a 20% stake in Fabrikam from Northwind": a stake
		// taken is money put in, as a stake bought is.
		for j := k + 1; j < len(x.s.toks) && j <= k+6; j++ {
			if x.s.toks[j].is6(wdMajority, wdControlling, wdRemaining, wdFull, wdOver, wdPrivate) || x.overHalfAt(j) {
				// "take a majority stake", "took a 51% stake", "take it
				// private", "take over" are takeovers the older rules
				// read.
				return dealFrame{}, false
			}
			if x.s.toks[j].is2(wdStake, wdStakes) {
				return dealFrame{subj: corpus.RoleInvestor, in: corpus.RoleRecipient, from: corpus.RoleSeller}, true
			}
		}
	case t.is4(wdPay, wdPays, wdPaid, wdPaying) && x.paidFor(q, k):
		// "Contoso is paying $5 billion for Fabrikam": the money paid
		// for a company buys it.
		return dealFrame{subj: corpus.RoleBuyer, forR: corpus.RoleTarget, from: corpus.RoleSeller}, true
	case t.is4(wdLend, wdLends, wdLent, wdLending) && x.lentMoney(q, k):
		// "Contoso Bank will lend Fabrikam $2bn", "lent $2bn to
		// Fabrikam": a lender puts money in as an investor does, and
		// its borrower takes it.
		return dealFrame{subj: corpus.RoleInvestor, obj: corpus.RoleRecipient, to: corpus.RoleRecipient}, true
	case t.is4(wdExtend, wdExtends, wdExtended, wdExtending) && x.creditIn(q, k):
		// "banks extended a $5bn credit facility to Fabrikam": credit
		// extended is lent.
		return dealFrame{subj: corpus.RoleInvestor, to: corpus.RoleRecipient}, true
	case t.is6(wdSupply, wdSupplies, wdSupplied, wdProvide, wdProvides, wdProvided):
		if q.start > k && q.start <= k+3 && x.moneyTo(q) && x.onlyQualifiers(k+1, q.start) {
			// "will provide up to 590 billion yen to Rapidus": money
			// provided is put in.
			return dealFrame{subj: corpus.RoleInvestor, to: corpus.RoleRecipient}, true
		}
		return dealFrame{subj: corpus.RoleVendor, obj: corpus.RoleCustomer, to: corpus.RoleCustomer}, true
	}
	return dealFrame{}, false
}

// takeoverObjectAt returns the last word of "take over" or "take control of"
// when the verb at k opens one, whose object follows it; else -1.
func (x *extractor) takeoverObjectAt(k int) int {
	toks := x.s.toks
	if k+1 >= len(toks) || !toks[k].is5(wdTake, wdTakes, wdTook, wdTaking, wdTaken) {
		return -1
	}
	if toks[k+1].is1(wdOver) && k+2 < len(toks) && x.companyStartsAt(k+2) {
		return k + 1
	}
	if k+2 < len(toks) && toks[k+1].is1(wdControl) && toks[k+2].is1(wdOf) {
		return k + 2
	}
	return -1
}

// paidFor reports money paid at k for a company: the figure right after
// the verb and "for" a name right after the figure ("paying $5 billion
// for Fabrikam"). Money paid for goods, or a sum paid out, buys no
// company.
func (x *extractor) paidFor(q *quantity, k int) bool {
	toks := x.s.toks
	if q.start <= k || q.start > k+3 || !x.onlyQualifiers(k+1, q.start) {
		return false
	}
	for j := q.end; j < len(toks) && j <= q.end+2; j++ {
		if toks[j].is1(wdFor) {
			m, ok := x.mentionStartingAt(j + 1)
			// "pay $2.4 billion for Windsurf talent", "for AWS
			// services": a name that says whose goods are bought is
			// no company bought; nor is one paid "to supply" or "to
			// license" something, which is paid for its work.
			return ok && !x.ownerAt(m) && (m.end >= len(toks) || toks[m.end].kind != tokWord || toks[m.end].is6(wdIn, wdFrom, wdAnd, wdWith, wdAt, wdOn))
		}
		if !toks[j].is4(wdIn, wdCash, wdStock, wdShares) {
			return false
		}
	}
	return false
}

// overHalfAt reports a share of more than half written at token j: "a
// 74 per cent stake", "a 51% stake".
func (x *extractor) overHalfAt(j int) bool {
	toks := x.s.toks
	if toks[j].kind != tokNum || j+1 >= len(toks) || !(toks[j+1].text == "%" || toks[j+1].is2(wdPer, wdPercent)) {
		return false
	}
	p, err := strconv.ParseFloat(toks[j].text, 64)
	return err == nil && p > 50
}

// moneyTo reports the figure's money going "to" someone right after it,
// past words saying what kind of money it is: "provide $100 million to
// Fabrikam", "provide $100 million in financing to Fabrikam".
func (x *extractor) moneyTo(q *quantity) bool {
	toks := x.s.toks
	for j := q.end; j < len(toks) && j <= q.end+3; j++ {
		if toks[j].lower == "to" {
			return true
		}
		if !toks[j].is13(wdIn, wdOf, wdNew, wdAdditional, wdFinancing, wdFunding, wdLoans, wdLoan, wdDebt, wdCredit, wdCapital, wdGrants, wdEquity) {
			return false
		}
	}
	return false
}

// creditIn reports a word for money lent as the object of "extend" at k:
// credit, a loan or a facility.
func (x *extractor) creditIn(q *quantity, k int) bool {
	toks := x.s.toks
	// The credit noun is extend's object: between the verb and the
	// figure ("extended credit of $5bn") or right after the figure
	// ("extended a $5bn credit facility"); a credit line some other
	// clause mentions ("a deal that includes a credit line") is not what
	// was extended.
	for j := k + 1; j < len(toks) && j < q.end+3; j++ {
		if j < q.start && j > k+4 || j >= q.start && j < q.end {
			continue
		}
		if toks[j].is6(wdCredit, wdLoan, wdLoans, wdFacility, wdFinancing, wdDebt) {
			return true
		}
	}
	return false
}

// lentMoney reports money as the object of the lending verb at k: the
// figure comes within a few words after it, with only its borrower's name
// or the figure's qualifiers between ("will lend Fabrikam up to $2bn",
// "lent $500m to"). "lent its backing to Fabrikam's $2bn takeover" lends
// no money.
func (x *extractor) lentMoney(q *quantity, k int) bool {
	if q.start <= k || q.start > k+6 {
		return false
	}
	for j := k + 1; j < q.start; j++ {
		t := &x.s.toks[j]
		if t.flags&flagUpper == 0 && t.lower != "the" && !x.onlyQualifiers(j, j+1) {
			return false
		}
	}
	return true
}

// onlyQualifiers reports that tokens from i to j only qualify the figure
// after them ("up to", "about"), so the verb's object is the money.
func (x *extractor) onlyQualifiers(i, j int) bool {
	for k := i; k < j; k++ {
		if !x.s.toks[k].is15(wdUp, wdTo, wdAbout, wdAround, wdNearly, wdAlmost, wdSome, wdOver, wdMore, wdThan, wdAnother, wdAn, wdA, wdAdditional, wdFurther) {
			return false
		}
	}
	return true
}

// wonNear reports the thing won right after the verb at k: the figure or
// a deal noun within a few words ("won a $2.9 million contract",
// "received a much larger contract").
func (x *extractor) wonNear(q *quantity, k int) bool {
	for j := k + 1; j < len(x.s.toks) && j <= k+4; j++ {
		if j == q.start || x.tokHas(j, wDealNouns) || x.s.toks[j].is4(wdCommitment, wdLoan, wdGrant, wdFunding) {
			return true
		}
		if x.s.toks[j].is8(wdFor, wdOf, wdTo, wdFrom, wdIn, wdOn, wdWith, wdAt) {
			// "wins approval for a $2.4 billion deal": what is won is
			// the approval.
			return false
		}
	}
	return false
}

// moneyNounIn reports a word for money lent or pledged in the figure's
// clause: what is won then is money, from an investor.
func (x *extractor) moneyNounIn(q *quantity) bool {
	start, end := x.clause(q)
	for k := start; k < end; k++ {
		if x.s.toks[k].is7(wdCommitment, wdCommitments, wdLoan, wdLoans, wdGrant, wdGrants, wdFacility) {
			return true
		}
	}
	return false
}

// frameReach is how many words before a figure its verb may stand; half
// as many after it.
const frameReach = 20

// framed is a name and the role its slot in a deal verb's clause gives it.
type framed struct {
	name string
	role corpus.Role
	// core marks the verb's subject or object, which the clause
	// itself makes a side; a name a preposition opens may be another
	// figure's.
	core bool
}

// frameVerb returns the deal verb that governs the figure q: the nearest
// one before it in its clause ("Contoso bought Fabrikam for $2bn"), else
// the nearest after it ("a $2bn deal in which Contoso bought Fabrikam").
func (x *extractor) frameVerb(q *quantity) (int, dealFrame) {
	start, end := x.clause(q)
	// The verb stands within a few words of its figure; a clause's far
	// words cost every figure a scan and govern none of them.
	start = max(start, q.start-frameReach)
	end = min(end, q.end+frameReach/2)
	toks := x.s.toks
	for k := q.start - 1; k >= start; k-- {
		if toks[k].is1(wdAnd) && k+1 < q.start && toks[k+1].kind == tokWord && !toks[k+1].startsUpper() && !toks[k+1].is6(wdThe, wdA, wdAn, wdIts, wdTheir, wdOther) {
			// "supplies chips to carmakers and took a stake for $1
			// billion": the verb before "and" has its own object.
			break
		}
		// Most words are no deal verb: the cheap test spares them the
		// frame, a struct of six roles built and returned.
		if !x.mayFrame(k) {
			continue
		}
		if f, ok := x.frameOf(q, k); ok && x.verbAt(k) {
			return k, f
		}
	}
	for k := q.end; k < end; k++ {
		if !x.mayFrame(k) {
			continue
		}
		if f, ok := x.frameOf(q, k); ok && x.verbAt(k) {
			return k, f
		}
	}
	return -1, dealFrame{}
}

// mayFrame reports a token that may be a deal verb with a frame: the
// lexicon's deal lists, asked first as they cost a bit each, hold all but a
// few.
func (x *extractor) mayFrame(k int) bool {
	t := &x.s.toks[k]
	if t.kind != tokWord || t.startsUpper() {
		return false
	}
	return x.s.bits[k].meets(frameLists) ||
		t.is24(wdGave, wdGiven, wdGives, wdGranted, wdGrants, wdLand, wdOffer, wdOffered, wdOffers, wdProvided, wdSupplied,
			wdTake, wdTakes, wdTook, wdTaking, wdTaken, wdLend, wdLends, wdLent, wdLending, wdExtend, wdExtends, wdExtended, wdExtending) ||
		t.is4(wdPay, wdPays, wdPaid, wdPaying)
}

// frameLists are the deal lists that hold most verbs with a frame, made
// once so that a word is tested against all of them in one AND.
var frameLists = func() listSet {
	var l listSet
	for _, w := range [...]wordList{wStrongDeal, wWeakDeal, wInvest, wReceive, wAward, wSell} {
		l.add(w)
	}
	return l
}()

// verbAt reports that the deal word at k is a verb, not the noun many of
// them also are: "the purchase", "a $2bn bid", "its offer" name a deal
// and give its sides no slots.
func (x *extractor) verbAt(k int) bool {
	if k == 0 {
		return true
	}
	p := &x.s.toks[k-1]
	if k >= 2 && p.kind == tokWord && strings.HasSuffix(p.lower, "ly") {
		// "a previously awarded contract": the adverb hangs on a
		// participle that describes a noun.
		p = &x.s.toks[k-2]
	}
	if k+1 < len(x.s.toks) && x.tokHas(k+1, wDealNouns) {
		// "an existing purchase agreement", "a supply contract": a
		// noun describing another.
		return false
	}
	if p.text == "," {
		// "The contract, awarded by Contoso, covers": a participle
		// opening an aside is a verb.
		return true
	}
	if p.text == ")" {
		// "Contoso (Brazil) raised", "Fabrikam (NYSE: FAB) bought": a
		// parenthesis after a name closes an aside on its subject.
		return x.parenOpen(k-1) > 0 && x.companyEndsAt(x.parenOpen(k-1))
	}
	return p.kind == tokWord && !p.is24(wdThe, wdA, wdAn, wdThat, wdThis, wdIts, wdTheir, wdHis, wdHer, wdS, wdOur, wdCash, wdTakeover, wdFailed, wdRival, wdHigher, wdNew, wdFirst, wdInitial, wdLatest, wdMillion, wdBillion, wdTrillion, wdBn)
}

// subordinateBetween reports a word opening a clause of its own between
// the verb at v and token k: "since", "after", "while". Names past it are
// another verb's ("blocked it from pursuing rival Qualcomm").
func (x *extractor) subordinateBetween(v, k int) bool {
	for j := v + 1; j < k; j++ {
		if x.s.toks[j].is12(wdSince, wdAfter, wdBefore, wdWhile, wdWhen, wdBecause, wdDespite, wdAlthough, wdThough, wdBut, wdWhereas, wdUntil) {
			return true
		}
	}
	return false
}

// prepBefore returns the preposition that opens the phrase a name ending
// at m stands in, past a few lower-case words saying what it is ("from
// British private equity firm Triton"), when it comes after the verb at
// v; else "". A name listed after others shares the preposition that
// opens the list ("to Carlyle Group LP and BC Partners Ltd"); the second
// result is where the list's first name starts, m's own start when it
// stands alone.
func (x *extractor) prepBefore(m mention, v int) (string, int) {
	toks := x.s.toks
	head, low := m.start, m.start-6
	listed := false
	for j := m.start - 1; j > v && j >= low; j-- {
		t := &toks[j]
		if t.is7(wdBy, wdFrom, wdTo, wdFor, wdIn, wdInto, wdWith) {
			return t.lower, head
		}
		if t.kind == tokWord && !t.startsUpper() && !t.is6(wdAnd, wdOr, wdWhich, wdWho, wdThat, wdOf) || t.text == "-" || x.placeAt(j) {
			continue
		}
		// A comma joins a list only inside one that goes on past m:
		// "in Anthropic, Amazon said" lists nothing.
		if j+1 == head && (t.is2(wdAnd, wdOr) || t.text == "," && (listed || x.listGoesOn(m))) {
			e := j
			if t.text != "," && e-1 > v && toks[e-1].text == "," {
				e-- // ", and"
			}
			if e-1 > v && x.legalFormAt(e-1) {
				e--
			}
			if p, ok := x.mentionEndingAt(e); ok && p.start > v && !x.ownerAt(p) {
				listed = true
				low -= head - p.start
				head = p.start
				j = p.start
				continue
			}
		}
		return "", head
	}
	return "", head
}

// legalFormAt reports a company's legal form at token k: "Inc", "LP".
func (x *extractor) legalFormAt(k int) bool {
	return x.s.toks[k].is9(wdInc, wdLtd, wdCorp, wdPlc, wdLlc, wdLp, wdAg, wdSa, wdCo)
}

// listGoesOn reports a list that goes on past the name m: a comma, "and"
// or "or" after it, past its legal form.
func (x *extractor) listGoesOn(m mention) bool {
	toks := x.s.toks
	k := m.end
	if k < len(toks) && x.legalFormAt(k) {
		k++
	}
	return k+1 < len(toks) && (toks[k].text == "," || toks[k].is2(wdAnd, wdOr)) && toks[k+1].kind == tokWord && toks[k+1].startsUpper()
}

// mentionEndingAt returns the company the sentence names ending just
// before token k.
func (x *extractor) mentionEndingAt(k int) (mention, bool) {
	for _, m := range x.s.companies {
		if m.end == k {
			return m, true
		}
	}
	return mention{}, false
}

// mentionStartingAt returns the company the sentence names from token k.
func (x *extractor) mentionStartingAt(k int) (mention, bool) {
	for _, m := range x.s.companies {
		if m.start == k {
			return m, true
		}
	}
	return mention{}, false
}

// frameSubject finds the subject of the verb at v: the name before it past
// auxiliaries and adverbs ("Contoso has agreed to buy", "Contoso is set to
// buy"), past an aside set off by commas ("Contoso, a games maker, bought",
// "Contoso, which owns Bing, bought"), or the "which" of a relative
// clause's name ("Fabrikam, which bought"). A relative clause with a
// subject of its own ("Fabrikam, which Contoso bought") makes the name it
// hangs on the object, returned second.
func (x *extractor) frameSubject(v, start int) (subj, obj mention, ok bool) {
	toks := x.s.toks
	j := v - 1
	for n := 0; j >= start && n < 6; n++ {
		t := &toks[j]
		if t.kind != tokWord || t.startsUpper() || t.is1(wdIt) || !(x.tokHas(j, wAux) || strings.HasSuffix(t.lower, "ly") || t.is18(wdWilling, wdReady, wdLooking, wdSeeking, wdMoving, wdAgreeing, wdHas, wdWill, wdCould, wdMay, wdMight, wdCan, wdShould, wdMust, wdThen, wdLater, wdStill, wdFurther)) {
			break
		}
		j--
	}
	if j > start && toks[j].text == ")" {
		// "Contoso (Brazil) raised": the aside in brackets says where
		// the subject is from.
		if o := x.parenOpen(j); o > start {
			j = o - 1
		}
	}
	if j < start {
		return mention{}, mention{}, false
	}
	if toks[j].is2(wdIt, wdThey) {
		// "Contoso said on Tuesday it has agreed to buy": the pronoun
		// after a reporting verb is the one who reports.
		if m, ok := x.reporterOf(j, start); ok {
			return m, mention{start: -1}, true
		}
		return mention{}, mention{}, false
	}
	if m, found := x.mentionEndingAt(j + 1); found {
		if b := m.start - 1; b >= start+1 && toks[b].is2(wdWhich, wdThat) && toks[b-1].text == "," {
			// "Fabrikam, which Contoso bought"
			if a, found := x.mentionEndingAt(b - 1); found {
				return m, a, true
			}
		}
		if x.inPhrase(m, start) && !(strings.HasSuffix(toks[v].lower, "ing") && x.wordBefore(m.start) == "with") {
			// "in talks with Microsoft and SoftBank to raise": a name a
			// preposition opens is no subject, but for "with Contoso
			// investing", where it is the participle's.
			return mention{}, mention{}, false
		}
		return m, mention{start: -1}, true
	}
	if toks[j].is2(wdWhich, wdWho) && j-1 >= start && toks[j-1].text == "," {
		if m, found := x.mentionEndingAt(j - 1); found {
			return m, mention{start: -1}, true
		}
		return mention{}, mention{}, false
	}
	if toks[j].text == "," {
		// An aside between the subject and its verb: find the comma that
		// opens it.
		for k := j - 1; k >= start && k >= j-16; k-- {
			if toks[k].text != "," {
				continue
			}
			if m, found := x.mentionEndingAt(k); found && (k+1 < j && (toks[k+1].is7(wdA, wdAn, wdThe, wdWhich, wdWho, wdIts, wdWhose) || x.tokIs(k+1, definite))) {
				return m, mention{start: -1}, true
			}
			break
		}
	}
	return mention{}, mention{}, false
}

// describedObject reports the object of the verb at v a company described
// but not named: "agreed to buy an industrial bags maker in Egypt",
// "acquire a Dutch software firm". What is bought is a company still, and
// the subject buys it.
func (x *extractor) describedObject(v, end int) bool {
	toks := x.s.toks
	if v+1 >= end || !toks[v+1].is2(wdA, wdAn) {
		return false
	}
	for k := v + 2; k < end && k <= v+6; k++ {
		t := &toks[k]
		if t.kind != tokWord && t.text != "-" || t.startsUpper() && !x.placeAt(k) {
			return false
		}
		if x.tokIs(k, namesFirm) {
			if possessed(toks, k) {
				// "buy a cloud provider's servers": the firm owns
				// what is bought.
				return false
			}
			return k+1 >= len(toks) || !x.tokHas(k+1, wDealNouns) && toks[k+1].kind != tokWord || toks[k+1].is4(wdIn, wdFor, wdFrom, wdBased)
		}
	}
	return false
}

// parenOpen returns the opening bracket of the aside whose closing bracket
// is at token k, looking back a few words, or -1.
func (x *extractor) parenOpen(k int) int {
	toks := x.s.toks
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch toks[j].text {
		case "(":
			return j
		case ")", ".", ";":
			return -1
		}
	}
	return -1
}

// reporterBefore returns who reports the clause whose subject starts at
// k: "Fabrikam said Tuesday that Contoso has agreed", "Fabrikam
// announced Contoso would buy".
func (x *extractor) reporterBefore(k, start int) (mention, bool) {
	r := x.reportingVerbBefore(k, start)
	if r < 0 {
		return mention{}, false
	}
	if x.s.toks[r-1].is2(wdHas, wdHad) {
		r--
	}
	return x.mentionEndingAt(r)
}

// reportingVerbBefore returns the reporting verb right before token k,
// past "that" and when it was said ("said on Tuesday that"), or -1.
func (x *extractor) reportingVerbBefore(k, start int) int {
	toks := x.s.toks
	r := k - 1
	if r > start && toks[r].is1(wdThat) {
		r--
	}
	for n := 0; r > start && n < 3 && toks[r].is12(wdOn, wdLate, wdEarly, wdToday, wdYesterday, wdMonday, wdTuesday, wdWednesday, wdThursday, wdFriday, wdSaturday, wdSunday); n++ {
		r--
	}
	if r <= start || !toks[r].is6(wdSaid, wdSays, wdAnnounced, wdConfirmed, wdAdded, wdStated) {
		return -1
	}
	return r
}

// reporterOf returns who a pronoun at k stands for when a reporting verb
// comes right before it: "Contoso said Tuesday it would buy", "Fabrikam
// announced that it has raised". The reporter is the reporting verb's
// subject, the name it follows or the one opening the clause ("US group
// Contoso said").
func (x *extractor) reporterOf(k, start int) (mention, bool) {
	r := x.reportingVerbBefore(k, start)
	if r < 0 {
		return mention{}, false
	}
	if m, ok := x.reporterBefore(k, start); ok {
		return m, !x.ownerAt(m)
	}
	return x.clauseSubject(start, r)
}

// inPhrase reports a name, or the list it ends, that a preposition opens:
// "with Microsoft and SoftBank".
func (x *extractor) inPhrase(m mention, start int) bool {
	toks := x.s.toks
	k := m.start - 1
	for k >= start && (toks[k].text == "," || toks[k].lower == "and") {
		p, ok := x.mentionEndingAt(k)
		if !ok {
			break
		}
		k = p.start - 1
	}
	for k >= start && k >= m.start-5 && toks[k].kind == tokWord && !toks[k].startsUpper() && !toks[k].is12(wdWith, wdFrom, wdBy, wdTo, wdFor, wdOf, wdIn, wdInto, wdAnd, wdWhich, wdWho, wdThat) {
		k--
	}
	return k >= start && toks[k].is8(wdWith, wdFrom, wdBy, wdTo, wdFor, wdOf, wdIn, wdInto)
}

// frameObject finds the object of the verb at v: a name right after it,
// past a few lower-case words saying what it is ("acquire optical
// networking company Acacia"). A name written as an owner ("buy Contoso's
// cloud unit") is no object.
func (x *extractor) frameObject(v, end int) (mention, bool) {
	toks := x.s.toks
	for k := v + 1; k < end && k <= v+6; k++ {
		if m, found := x.mentionStartingAt(k); found {
			if x.ownerAt(m) || x.namesBusiness(m) {
				// "buy Contoso's cloud unit", "buys Fabrikam lighting
				// unit": the owner of the business is no object.
				return mention{}, false
			}
			return m, true
		}
		t := &toks[k]
		if x.overHalfAt(k) {
			// "bought the 86 per cent of Fabrikam it did not own",
			// "acquired 60% of Contoso": a majority of a company bought
			// is that company taken over.
			if m, found := x.majorityOf(k); found {
				return m, true
			}
		}
		if t.kind != tokWord && t.text != "-" || t.is17(wdFor, wdFrom, wdTo, wdBy, wdIn, wdInto, wdWith, wdOf, wdAt, wdOn, wdAs, wdAnd, wdIt, wdIts, wdTheir, wdWhich, wdThat) || t.kind == tokWord && t.startsUpper() && !x.placeAt(k) {
			return mention{}, false
		}
	}
	return mention{}, false
}

// majorityOf returns the company named right after the share of more than
// half at token k and "of": "60% of Contoso", "86 per cent of Fabrikam".
// A share of something else ("60% of its data centres") names none.
func (x *extractor) majorityOf(k int) (mention, bool) {
	toks := x.s.toks
	j := k + 2 // past "%" or "per"/"percent"
	if j < len(toks) && toks[j-1].is1(wdPer) && toks[j].lower == "cent" {
		j++
	}
	if j+1 >= len(toks) || !toks[j].is1(wdOf) {
		return mention{}, false
	}
	m, found := x.mentionStartingAt(j + 1)
	if !found || x.ownerAt(m) || x.namesBusiness(m) {
		return mention{}, false
	}
	return m, true
}

// clauseSubject returns the name that opens the clause from start, past
// a few lower-case words saying what it is ("Brazilian software maker
// Totvs"), before token end.
func (x *extractor) clauseSubject(start, end int) (mention, bool) {
	toks := x.s.toks
	for k := start; k < end && k <= start+5; k++ {
		if m, ok := x.mentionStartingAt(k); ok {
			return m, !x.ownerAt(m)
		}
		if toks[k].kind != tokWord && toks[k].text != "-" || toks[k].startsUpper() && k > start && !x.placeAt(k) {
			break
		}
	}
	return mention{}, false
}

// ownerAt reports a name written as an owner, its legal form between it
// and the "'s": "Contoso's", "Contoso Inc's".
func (x *extractor) ownerAt(m mention) bool {
	if x.possessive(m) {
		return true
	}
	toks := x.s.toks
	k := m.end
	return k+2 < len(toks) && toks[k].is9(wdInc, wdLtd, wdCorp, wdPlc, wdLlc, wdAg, wdSa, wdGroup, wdCo) && (toks[k+1].text == "'" || toks[k+1].text == "’") && toks[k+2].lower == "s"
}

// agentBy reports a "by" before token k that is the agent of the frame's
// verb at v, not of another participle: "advised by Morgan Stanley",
// "funds managed by Orrin" name no buyer.
func (x *extractor) agentBy(k, v int) bool {
	toks := x.s.toks
	if k < 1 || toks[k-1].lower != "by" {
		return true
	}
	b := k - 2
	if b < 0 || b == v {
		return true
	}
	p := toks[b].lower
	return !(strings.HasSuffix(p, "ed") || x.tokIs(b, irregularParticiple))
}

// frameRoles reads the roles of the figure's parties off the clause of
// the deal verb that governs it: the verb's subject, its object, and the
// names its prepositions open, each given the role the verb's frame says
// ("Reader's Digest sold CompassLearning to Marlin Equity": seller,
// target, buyer). A passive verb swaps the subject for the object and
// gives "by" the subject's role. It returns nothing when the clause has no
// deal verb.
func (x *extractor) frameRoles(q *quantity) ([]framed, bool, string) {
	v, f := x.frameVerb(q)
	if v < 0 {
		return x.nounFrameRoles(q), false, ""
	}
	toks := x.s.toks
	start, end := x.clause(q)
	participle := strings.HasSuffix(toks[v].lower, "ed") || x.tokIs(v, irregularParticiple)
	passive := x.passive(v) || participle && v+1 < len(toks) && toks[v+1].lower == "by"
	var out []framed
	source := ""
	core := false
	add := func(m mention, r corpus.Role) {
		if r == corpus.RoleUnknown || m.start < 0 {
			return
		}
		for _, o := range out {
			if o.name == m.name {
				return
			}
		}
		out = append(out, framed{m.name, r, core})
	}
	obj, hasObj := mention{start: -1}, false
	if !passive {
		obj, hasObj = x.frameObject(max(v, x.takeoverObjectAt(v)), end)
	}
	if hasObj && f.obj == corpus.RoleTarget && obj.end < len(toks) && (x.tokHas(obj.end, wCapacity) || x.tokHas(obj.end, wSeatNouns) || toks[obj.end].is6(wdSoftware, wdProducts, wdEquipment, wdHardware, wdSystems, wdTools)) {
		// "buy additional Zoom licences", "bought $1bn of Nvidia chips":
		// a name that says whose product is bought sells it, and whoever
		// buys it is a customer.
		f = dealFrame{subj: corpus.RoleCustomer, obj: corpus.RoleVendor, from: corpus.RoleVendor}
	}
	subjRole, byRole := f.subj, corpus.RoleUnknown
	if passive {
		subjRole, byRole = f.obj, f.subj
	}
	if v >= 2 && toks[v-1].text == "," && strings.HasSuffix(toks[v].lower, "ing") {
		// "Totvs finally lands Linx, buying it from Stone": a
		// participle after the comma has the main clause's subject,
		// and its "it" is the name the comma follows.
		if s, ok := x.clauseSubject(start, v-1); ok {
			add(s, subjRole)
		}
		if !hasObj && v+1 < len(toks) && toks[v+1].is1(wdIt) {
			if o, ok := x.mentionEndingAt(v - 1); ok {
				obj, hasObj = o, true
			}
		}
	}
	core = true
	s, o, ok := x.frameSubject(v, start)
	if !ok && v >= 2 && toks[v-1].is1(wdTo) && x.tokHas(v-2, wDealNouns) {
		// "Contoso agreed a $10 billion deal to take control of
		// Fabrikam": the deal's infinitive has the clause's subject.
		s, ok = x.clauseSubject(start, v)
		o = mention{start: -1}
	}
	if ok {
		if o.start >= 0 {
			// "Fabrikam, which Contoso bought": the relative clause's own
			// subject is the verb's; the name it hangs on its object.
			add(s, f.subj)
			add(o, f.obj)
		} else {
			add(s, subjRole)
			if r, ok := x.reporterBefore(s.start, start); ok && r.name != s.name {
				// "Fabrikam said Tuesday that Contoso has agreed to
				// buy": who says so is a source, not a side.
				source = r.name
			}
			// "EY and Microsoft put $1 billion": every name of a listed
			// subject is the subject.
			for k := s.start - 1; k > start && (toks[k].text == "," || toks[k].lower == "and"); {
				p, ok := x.mentionEndingAt(k)
				if !ok {
					break
				}
				add(p, subjRole)
				k = p.start - 1
			}
		}
	}
	if hasObj {
		add(obj, f.obj)
	}
	core = false
	for _, m := range x.s.companies {
		if m.start <= v || m.end > end {
			continue
		}
		if m.start > v+1 && (toks[m.start-1].is2(wdWhich, wdWho) || x.tokHas(m.start-1, wSubjectVerbs) && m.start-1 != v) || x.subordinateBetween(v, m.start) {
			break
		}
		if x.ownerAt(m) {
			// "for Korea Post's project": the owner of the thing is no
			// slot of the verb.
			continue
		}
		if _, isPlace := x.e.regions[m.name]; isPlace && f.in != corpus.RoleRecipient {
			continue
		}
		switch w, head := x.prepBefore(m, v); {
		case w == "by" && head >= 2 && toks[head-2].is3(wdLed, wdHeaded, wdBacked):
			if f.subj != corpus.RoleSeller {
				// "sold to a group led by Litware": the group's leader
				// buys with it.
				add(m, corpus.RoleInvestor)
			}
		case w == "by" && x.agentBy(head, v):
			add(m, byRole)
		case f.after(w) != corpus.RoleUnknown:
			add(m, f.after(w))
		}
	}
	described := !passive && f.obj == corpus.RoleTarget && x.describedObject(v, end)
	if f.obj == corpus.RoleTarget && !slices.ContainsFunc(out, func(o framed) bool { return o.role == corpus.RoleTarget }) && !(v < q.start && x.sellsBusinessAt(v)) && !described {
		// "bought servers from Fabrikam", "sold $2bn of chips to
		// Contoso": with no company bought, the goods are, and the
		// sides are a customer and a vendor the rules read better. A
		// business sold ("its paint unit") is a takeover still, and its
		// seller and buyer stand.
		return nil, false, ""
	}
	// "Woodgrove agreed to buy an industrial bags maker": a clause whose
	// buyer is named and whose company bought is named or described says
	// who the deal's sides are by itself.
	whole := described && len(out) > 0 && out[0].role == subjRole
	return out, whole, source
}

// frameFix gives the parties of a figure the roles the clause of its deal
// verb gives them: the slots of a verb say who pays and who is paid more
// surely than the words near the figure do ("AWS received a much larger
// contract, worth $581 million": the subject of "received" sells). It
// adds no party: which names a figure has stays the rules' to say.
func (x *extractor) frameFix(q *quantity, ps []corpus.Party) []corpus.Party {
	fr, whole, source := x.frameRoles(q)
	if len(fr) == 0 {
		return ps
	}
	if source != "" && !slices.ContainsFunc(fr, func(f framed) bool { return f.name == source }) {
		ps = slices.DeleteFunc(ps, func(p corpus.Party) bool { return p.Name == source })
	}
	for _, f := range fr {
		if i := slices.IndexFunc(ps, func(p corpus.Party) bool { return p.Name == f.name }); i >= 0 {
			ps[i].Role = f.role
		} else if f.core {
			// "Contoso is paying $5 billion for Fabrikam": the subject
			// or object of the figure's deal verb is a side, whether or
			// not the older rules found it.
			ps = append(ps, corpus.Party{Name: f.name, Role: f.role})
		}
	}
	if whole {
		// A clause that names its sides itself leaves no room for a
		// company the sentence does not name: it was carried over from
		// a sentence about another deal.
		ps = slices.DeleteFunc(ps, func(p corpus.Party) bool {
			return !slices.ContainsFunc(fr, func(f framed) bool { return f.name == p.Name }) &&
				!slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.name == p.Name })
		})
	}
	return x.otherSide(q, fr, ps)
}

// prevClauseSides returns the sides of a deal told over two sentences:
// "Barclays is investing in Revolut. The investment, worth $200 million,
// will fund expansion." A figure whose sentence names no company, opens
// with "The" or "It" and has no deal verb of its own takes the sides the
// deal verb of the sentence before gives its subject and object, when
// that sentence, in the same paragraph, names both. It returns nil
// otherwise.
func (x *extractor) prevClauseSides(q *quantity) []corpus.Party {
	p := x.prevSent
	if p == nil && len(x.earlier) > 0 && x.opensOnTheDeal(q) {
		// "Broadcom bought VMware in 2023. ¶ The £65 million deal was
		// called in for review": a paragraph that opens on "the deal"
		// goes on with the deal the one before ended on.
		p = &x.earlier[len(x.earlier)-1]
	}
	if p == nil || len(x.s.companies) > 0 || len(p.companies) < 2 || len(x.s.toks) == 0 || !x.s.toks[0].is3(wdThe, wdIt, wdThis) {
		return nil
	}
	if v, _ := x.frameVerb(q); v >= 0 {
		return nil
	}
	for k := 0; k < q.start; k++ {
		// "It is taking a 19.99% stake in the company and will pay
		// $12.4 million": a deal verb of its own, even in a clause
		// before the figure's, tells the deal afresh.
		if x.mayFrame(k) && x.verbAt(k) {
			if _, ok := x.frameOf(q, k); ok {
				return nil
			}
		}
	}
	// Read the sentence before as if a figure ended it: its last deal
	// verb and that verb's slots. The clause found last is the other
	// sentence's, so it is forgotten on the way in and out.
	cur := x.s
	x.s, x.clauseFor = *p, 0
	end := len(x.s.toks)
	if end > 0 && x.s.toks[end-1].kind == tokSym {
		end--
	}
	fr, _, _ := x.frameRoles(&quantity{start: end, end: end})
	if len(fr) < 2 {
		// "Nexperia bought the 86 per cent of Newport Wafer Fab it did
		// not own, when the business ran into trouble": the deal verb is
		// the main clause's, before the clause that ends the sentence.
		for k := end - 1; k > 0 && len(fr) < 2; k-- {
			if x.s.toks[k].text == "," {
				x.clauseFor = 0
				fr, _, _ = x.frameRoles(&quantity{start: k, end: k})
			}
		}
	}
	x.s, x.clauseFor = cur, 0
	var ps []corpus.Party
	for _, f := range fr {
		ps = append(ps, corpus.Party{Name: f.name, Role: f.role})
	}
	if len(ps) < 2 || ps[0].Role == ps[1].Role {
		return nil
	}
	return ps
}

// opensOnTheDeal reports a sentence whose subject is the deal, its figure
// maybe standing between "the" and the deal's noun: "The deal was called
// in", "The £63 million acquisition closed", "The contract, worth $2
// billion, runs". The noun is one a writer refers back with.
func (x *extractor) opensOnTheDeal(q *quantity) bool {
	toks := x.s.toks
	if len(toks) < 2 || !toks[0].is1(wdThe) {
		return false
	}
	k := 1
	if q.start == 1 {
		k = q.end
	}
	return k < len(toks) && toks[k].kind == tokWord && !toks[k].startsUpper() && referringDealNoun(&toks[k])
}

// referringDealNoun reports a noun a later sentence calls a deal told
// before by: "the deal", "the acquisition", "the contract".
func referringDealNoun(t *token) bool {
	return t.is7(wdDeal, wdTransaction, wdAcquisition, wdTakeover, wdPurchase, wdMerger, wdBuyout) || t.is2(wdContract, wdAgreement)
}

// counterpart is the role across a deal from r: who takes what an
// investor puts in, what a buyer buys, who sells to a customer.
func counterpart(r corpus.Role) corpus.Role {
	switch r {
	case corpus.RoleInvestor:
		return corpus.RoleRecipient
	case corpus.RoleRecipient:
		return corpus.RoleInvestor
	case corpus.RoleBuyer:
		return corpus.RoleTarget
	case corpus.RoleCustomer:
		return corpus.RoleVendor
	case corpus.RoleVendor:
		return corpus.RoleCustomer
	}
	return corpus.RoleUnknown
}

// otherSide gives the one party the frame left unplaced the role across
// the deal from the frame's, when the older rules gave it the frame's own
// role and no one holds the other: "Microsoft, which will invest €15
// million in the company" names Mistral, the company, only as "the
// company", and "Existing Fabrikam backer Contoso invested a further
// $25m" names Fabrikam only as whose backer Contoso is; a deal has two
// sides. Only a slot the clause fills with "the company", or a name
// written as whose backer the subject is, says so: a second company the
// rules gave the same role is as often a rival or a co-investor.
func (x *extractor) otherSide(q *quantity, fr []framed, ps []corpus.Party) []corpus.Party {
	r := fr[0].role
	for _, f := range fr[1:] {
		if f.role != r {
			return ps
		}
	}
	c := counterpart(r)
	if c == corpus.RoleUnknown || slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == c }) {
		return ps
	}
	other := -1
	for i, p := range ps {
		if p.Role != r || slices.ContainsFunc(fr, func(f framed) bool { return f.name == p.Name }) {
			continue
		}
		if other >= 0 {
			return ps
		}
		other = i
	}
	if other < 0 {
		return ps
	}
	toks := x.s.toks
	backed := slices.ContainsFunc(x.s.companies, func(m mention) bool {
		return m.name == ps[other].Name && m.end < len(toks) && toks[m.end].is6(wdBacker, wdBackers, wdInvestor, wdInvestors, wdShareholder, wdShareholders)
	})
	if backed && c == corpus.RoleRecipient || x.slotIsTheCompany(q, c) {
		ps[other].Role = c
	}
	return ps
}

// slotIsTheCompany reports the slot of role r of the figure's deal verb
// filled by a company not named but described: "invest €15 million in
// the company", "agreed to buy the startup".
func (x *extractor) slotIsTheCompany(q *quantity, r corpus.Role) bool {
	v, f := x.frameVerb(q)
	if v < 0 {
		return false
	}
	toks := x.s.toks
	_, end := x.clause(q)
	for k := v + 1; k+1 < end && k <= v+12; k++ {
		if !toks[k].is2(wdThe, wdIts) || !x.tokIs(k+1, namesFirm) {
			continue
		}
		if k == v+1 && f.obj == r {
			return true
		}
		if p := toks[k-1].lower; f.after(p) == r {
			return true
		}
	}
	return false
}

// nounFrameOf returns the frame of a deal noun at k: a nominalised verb
// keeps its verb's slots, the owner standing for the subject and "of" for
// the object ("Contoso's purchase of Fabrikam", "the sale of Fabrikam to
// Contoso", "an investment from Contoso in Fabrikam").
func (x *extractor) nounFrameOf(k int) (dealFrame, bool) {
	t := &x.s.toks[k]
	switch {
	case x.tokIs(k, namesTakeover):
		return dealFrame{subj: corpus.RoleBuyer, obj: corpus.RoleTarget, from: corpus.RoleSeller, forR: corpus.RoleTarget}, true
	case t.is3(wdSale, wdDivestment, wdDisposal):
		return dealFrame{subj: corpus.RoleSeller, obj: corpus.RoleTarget, to: corpus.RoleBuyer}, true
	case t.is5(wdBid, wdBids, wdOffer, wdOffers, wdApproach):
		return dealFrame{subj: corpus.RoleBuyer, from: corpus.RoleBuyer, forR: corpus.RoleTarget}, true
	case t.is2(wdInvestment, wdInvestments):
		return dealFrame{subj: corpus.RoleInvestor, from: corpus.RoleInvestor, in: corpus.RoleRecipient}, true
	}
	return dealFrame{}, false
}

// nounFrameRoles reads the roles of a figure's parties off the deal noun
// right after it, the owner before the figure standing for the subject, when its clause has no deal verb: "Akamai's $900
// million acquisition of Linode", "the $4.5 billion purchase of Acacia by
// Cisco", "a $1.5 billion investment from Microsoft in G42".
func (x *extractor) nounFrameRoles(q *quantity) []framed {
	toks := x.s.toks
	_, end := x.clause(q)
	n := -1
	var f dealFrame
	for k := q.end; k < end && k <= q.end+3; k++ {
		if nf, ok := x.nounFrameOf(k); ok && !(k+1 < len(toks) && (x.tokHas(k+1, wDealNouns) || toks[k+1].is12(wdPrice, wdOption, wdObligation, wdObligations, wdTalks, wdPlan, wdPlans, wdBid, wdBids, wdOffer, wdOffers, wdApproach))) {
			n, f = k, nf
			break
		}
	}
	if n < 0 {
		return nil
	}
	var out []framed
	owner := mention{start: -1}
	if o := q.start - 2; o >= 1 && (toks[o].text == "'" || toks[o].text == "’") && toks[o+1].lower == "s" {
		if m, ok := x.mentionEndingAt(o); ok {
			owner = m
			out = append(out, framed{m.name, f.subj, false})
		}
	}
	for _, m := range x.s.companies {
		if m.start <= n || m.end > end {
			continue
		}
		if x.tokHas(m.start-1, wSubjectVerbs) || toks[m.start-1].is2(wdWhich, wdWho) {
			break
		}
		r := corpus.RoleUnknown
		if toks[m.start-1].lower == "by" && !x.agentBy(m.start, n) {
			continue
		}
		if toks[m.start-1].lower == "by" && owner.start >= 0 {
			// "AirTrunk's acquisition by Blackstone": with the agent
			// named after, the owner is what the act is done to.
			out[0].role = f.obj
		}
		switch w := toks[m.start-1].lower; w {
		case "of":
			r = f.obj
		case "by":
			r = f.subj
		default:
			r = f.after(w)
		}
		if _, isPlace := x.e.regions[m.name]; isPlace && r != corpus.RoleRecipient || x.ownerAt(m) {
			continue
		}
		if r != corpus.RoleUnknown && !slices.ContainsFunc(out, func(o framed) bool { return o.name == m.name }) {
			out = append(out, framed{m.name, r, false})
		}
	}
	return out
}
