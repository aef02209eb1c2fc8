package extract

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// contractYears reads "a 10-year contract" or "over five years" in a
// sentence about a deal.
func (x *extractor) contractYears(q *quantity) (float64, bool) {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].text == "-" {
		k++
	}
	if k >= len(toks) || !toks[k].is2(wdYear, wdYears) || q.scaled || q.value <= 0 || q.value > 50 {
		return 0, false
	}
	if !x.sentenceHas(wStrongDeal) && !x.sentenceHas(wWeakDeal) {
		return 0, false
	}
	return q.value, true
}

// seatReading says how a count reads as the seats a deal covers: seatNoun
// for "8,000 licences", seatPeople for "100,000 staff" in a sentence about
// a rollout, seatElided for the second count of "75,000 staff in the US
// and 26,000 in the UK", or seatNone.
// buyerClass reports an open count that sizes a class of buyers, no
// buyer's seats: "customers buying 35,000+ seats tripled", "organisations
// with more than 1,000 seats". The plural buyer noun opens the clause with
// at most a verb or "with" between it and the count; "Contoso bought
// 35,000+ seats" names its buyer.
func (x *extractor) buyerClass(q *quantity) bool {
	if q.qualifier != corpus.Over && q.qualifier != corpus.AtLeast {
		return false
	}
	toks := x.s.toks
	start, _ := x.clause(q)
	k := q.start - 1
	if k > start && (toks[k].lower == "with" || strings.HasSuffix(toks[k].lower, "ing")) {
		k--
	}
	// "Contoso said customers buying ...": the reporting verb's object
	// clause opens at the buyer noun.
	opens := k >= start && (k <= start+1 || toks[k-1].is3(wdSaid, wdSays, wdThat))
	return opens && toks[k].is10(wdCustomers, wdClients, wdOrganisations, wdOrganizations, wdCompanies, wdFirms, wdEnterprises, wdBusinesses, wdAccounts, wdTenants)
}

func (x *extractor) seatReading(q *quantity) seatReading {
	toks := x.s.toks
	if q.value < 1 || q.qualifier == corpus.AtLeast && q.end-q.numStart > 3 || q.value == 1 && !q.scaled {
		// "one of the early adopters" counts no seats.
		return seatNone
	}
	if !q.scaled && q.value >= 1900 && q.value <= 2100 && !containsComma(toks[q.numStart].text) {
		return seatNone // a year
	}
	if q.start > 0 && toks[q.start-1].is3(wdFew, wdSeveral, wdMany) {
		return seatNone // "a few hundred": no count
	}
	if q.start > 1 && toks[q.start-1].text == "-" && toks[q.start-1].joins(&toks[q.start]) && toks[q.start-2].joins(&toks[q.start-1]) && toks[q.start-2].kind == tokWord {
		return seatNone // "K-12 teachers": the number is part of a name
	}
	if q.start > 0 && toks[q.start-1].text == "#" && toks[q.start-1].joins(&toks[q.start]) {
		return seatNone // "reseller Data#3": the number is part of a name
	}
	if toks[q.numStart].lower == "one" && q.end < len(toks) && toks[q.end].lower == "of" {
		return seatNone // "one of the early adopters"
	}
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		if toks[k].is2(wdJobs, wdEmployment) {
			return seatNone // "employment to 20,000 people", whatever is rolled out
		}
	}
	if x.ratioPart(q) {
		return seatNone // "nearly 9 in 10 of its 4,000 staff": a ratio
	}
	if x.useEnded(q) {
		return seatNone
	}
	if x.employedAfter(q) {
		return seatNone
	}
	if q.end < len(toks) && toks[q.end].kind == tokWord && toks[q.end-1].joins(&toks[q.end]) && !q.scaled {
		return seatNone // "5G subscriptions": the number is part of a word
	}
	if x.carrierLines(q) {
		return seatNone
	}
	if x.paidUsers(q) {
		return seatPeople
	}
	if x.firmOfSize(q) {
		return seatNone
	}
	if q.start > 1 && toks[q.start-1].lower == "of" && toks[q.start-2].lower == "base" {
		return seatNone // "an installed base of 450 million seats": a vendor's whole base
	}
	if x.buyerClass(q) {
		return seatNone
	}
	if q.start > 1 && toks[q.start-1].lower == "of" && toks[q.start-2].lower == "out" {
		return seatNone // "1.5 lakh sign-ups out of 7 lakh educators": the whole
	}
	if k := q.end; k+1 < len(toks) && toks[k].is4(wdPeople, wdSources, wdOfficials, wdPersons) && (toks[k+1].is4(wdFamiliar, wdClose, wdBriefed, wdKnowledgeable) ||
		k+2 < len(toks) && toks[k+1].lower == "with" && toks[k+2].lower == "knowledge") {
		return seatNone // "citing four people familiar with the matter", "people with knowledge of the deal"
	}
	if x.hostsUpTo(q) || x.populationOfSeats(q) {
		return seatNone
	}
	if q.start > 1 && toks[q.start-1].lower == "of" && toks[q.start-2].is4(wdSurvey, wdPoll, wdSample, wdStudy) {
		return seatNone // "a survey of 1,000 users": people asked, not seats
	}
	// "Contoso surveyed 2,000 Copilot users", "polled 800 of its staff":
	// people a verb of asking takes as its object are asked, not given
	// seats.
	if k := q.start - 1; k >= 0 && (x.lex.tokIn(lAsksPeople, &toks[k]) || k >= 1 && toks[k].lower == "of" && x.lex.tokIn(lAsksPeople, &toks[k-1])) {
		return seatNone
	}
	// "About 40 million Zoom users joined calls": a maker's users, where
	// no one but the maker is named, are its own user base.
	if x.makerBase(q) {
		return seatNone
	}
	// "100 of the company's 5,000 engineers", "65% of its 10,000 staff",
	// "most of its 4,000 engineers": the whole the part is of.
	// "nearly half of the 16,000 staff" too.
	if q.start >= 3 && (toks[q.start-1].lower == "s" && (toks[q.start-2].text == "'" || toks[q.start-2].text == "’") || toks[q.start-1].is2(wdIts, wdTheir) ||
		toks[q.start-1].lower == "the" && !x.peopleDescribed(q)) {
		for k := q.start - 2; k > 0 && k >= q.start-5; k-- {
			// "most of Northwind's 4,000 engineers", "the majority of its"
			// "1,200 of the 3,000 people who took part": a count of "the"
			// people may be the seats a part is taken from, unless the part
			// is what is rolled out to ("deployed it to 1,500 of the 9,000
			// staff").
			if toks[k].lower == "of" && (toks[k-1].kind == tokNum && (toks[q.start-1].lower != "the" || x.partRolledOut(k)) || toks[k-1].is3(wdMost, wdMajority, wdHalf) || slices.ContainsFunc(x.s.qty, func(p quantity) bool { return p.kind == qtyPercent && p.end == k })) {
				return seatNone
			}
		}
	}
	// "Microsoft 365 licenses": a number glued to a product name is part of it.
	if !q.scaled && q.numStart == q.start && q.start > 0 && toks[q.start-1].startsUpper() && x.nameBefore(q.start) && !containsComma(toks[q.numStart].text) {
		return seatNone
	}
	// "Windows 11 licences": a small number after a capitalised word
	// inside the sentence is a product's version, known name or not; a
	// month or weekday is no product ("In May 50 nurses").
	if !q.scaled && q.numStart == q.start && q.start > 1 && q.value < 100 && toks[q.start-1].kind == tokWord && toks[q.start-1].startsUpper() &&
		!notOrgStart[toks[q.start-1].lower] && !containsComma(toks[q.numStart].text) {
		return seatNone
	}
	// "a 15-month licence agreement": a length of time, not a count.
	if q.end+1 < len(toks) && toks[q.end].text == "-" && x.tokIs(q.end+1, namesPeriod) {
		return seatNone
	}
	// "Contoso, which has 50,000 employees, will roll out Copilot": what
	// a relative clause says a company has is its size.
	if q.start >= 2 && (x.tokIs(q.start-1, haveVerbs) || x.tokHas(q.start-1, wHeadcount)) && x.tokIs(q.start-2, opensRelative) {
		return seatNone
	}
	if x.sizeInRelative(q) || x.sizeInAppositive(q) || x.whatIfCost(q) || x.onboardCap(q) {
		return seatNone
	}
	// "laid off 1,200 staff after deploying Copilot", "employs 9,000
	// people and uses Slack": people a company cuts, hires or employs are
	// its headcount, whatever it rolls out.
	// Licences "cut to 25" are what is left of them.
	// "its entire workforce — all 276,000 employees —": a dash or bracket
	// opens an aside that restates whom the rollout reaches.
	for k := q.start - 1; k >= 0 && k >= q.start-3 && !toks[k].is6(symComma, symSemicolon, symLParen, symEmDash, symEnDash, symColon) && toks[q.start-1].lower != "to"; k-- {
		if x.tokHas(k, wHeadcount) && x.tokHas(k, wSizeVerbs) && toks[k+1].lower != "of" && toks[k].lower != "reaches" {
			return seatNone
		}
	}
	// "deploy ChatGPT Enterprise to its workforce of 120,000": a rollout
	// of a named product outweighs words that usually mean headcount.
	rollout := x.sentenceHas(wDeploy) && (len(x.s.products) > 0 || x.movedToService(q)) || x.workforceRollout(q)
	if x.boardSeats(q) || x.staffTransfer(q) {
		return seatNone
	}
	noun, ok := x.nounAfter(q)
	if !ok {
		if (x.elidedSeats(q) || x.partOfPeople(q) || x.seatNounBefore(q) || x.elidedAhead(q)) && !x.trainedAfter(q) {
			return seatElided
		}
		// "only 15 million have paid Copilot seats": a count whose own
		// verb says it holds seats.
		if x.holdsSeats(q) {
			return seatNoun
		}
		// "the number of Copilot users at Contoso has passed 25,000"
		if x.uptakeTo(q) {
			return seatPeople
		}
		// "made Copilot available to staff; around 1,100 have signed up so
		// far": a count that took up the product the article is about.
		if x.tookUp(q) {
			return seatPeople
		}
		// "onboarded 3,400 of an expected 6,000 users": the part reached
		// so far of the seats planned.
		if x.partOfPlanned(q) {
			return seatElided
		}
		// "given Copilot Chat to every member of its workforce of 5,000"
		if rollout && q.start >= 2 && toks[q.start-1].lower == "of" && toks[q.start-2].is3(wdWorkforce, wdStaff, wdHeadcount) {
			return seatPeople
		}
		// "has 14,000 staff, of whom 2,000 now have Copilot licences",
		// "7,000 of them use Claude": a part of people named before, said
		// to have or use a named product, holds its seats, even when the
		// whole is a company's size.
		if x.partNamedBefore(q) && x.productHeldAfter(q, "them") {
			return seatPeople
		}
		// "some 4,000 of the bank's 60,000 employees already use ChatGPT
		// Enterprise": the part of a whole said to use a product.
		if w, noun, ok := x.wholeAfter(q); ok && x.productHeldAfter(&w, noun) {
			return seatPeople
		}
		// "gave DAX Copilot to its 1,250-strong clinical workforce": the
		// whole workforce given a product; "a fraction of its 6,000-strong
		// workforce" is its size.
		// "Ossory Health's 16,000-strong workforce will move to Microsoft
		// 365": the workforce a sentence moves is its subject too.
		possessive := q.start >= 3 && toks[q.start-1].lower == "s" && (toks[q.start-2].text == "'" || toks[q.start-2].text == "’") && toks[q.start-3].lower != "of"
		// "available to its entire 6,000+ workforce": the whole of it.
		o := q.start - 1
		if o > 0 && toks[o].is3(wdEntire, wdWhole, wdFull) {
			o--
		}
		// "licences covering its 70,000-strong workforce", "rolled out
		// across its 12,000-strong workforce": what covers or spans the
		// whole reaches it as "to" and "for" do.
		whole := o >= 1 && toks[o].is3(wdIts, wdTheir, wdThe) && (toks[o-1].is2(wdTo, wdFor) || toks[o-1].is3(wdCovering, wdCovers, wdAcross))
		// "to every member of its 5,000-plus workforce", "to each of
		// their 900-strong team": every one of the whole is the whole.
		if o >= 4 && toks[o].is3(wdIts, wdTheir, wdThe) && toks[o-1].lower == "of" {
			j := o - 2
			if toks[j].is2(wdMember, wdOne) && toks[j-1].is2(wdEvery, wdEach) {
				j--
			}
			whole = toks[j].is3(wdEvery, wdEach, wdAll) && toks[j-1].is2(wdTo, wdFor)
		}
		if x.strongWorkforce(q) && (whole || possessive) &&
			(rollout || x.sentenceHas(wRollout)) && !x.trainedAfter(q) {
			return seatPeople
		}
		// "Copilot for 12,000: Tayside council signs deal": a count
		// standing alone after a product and "for" is of its users.
		if q.start >= 2 && toks[q.start-1].lower == "for" && (q.end == len(toks) || toks[q.end].text == ":" || toks[q.end].text == "," || toks[q.end].text == ".") &&
			slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end == q.start-1 }) {
			return seatPeople
		}
		// "gave Copilot to 20,000 so far", "rolled Gemini out to
		// 15,000 in a first phase", "300 will pilot Copilot": a bare
		// count a named product is given to, or that itself takes the
		// product up, counts its people.
		if (x.productGivenTo(q) || x.takesProduct(q)) && !x.trainedAfter(q) {
			return seatPeople
		}
		// "Telstra's 1,000-strong Copilot trial": a product's pilot or
		// rollout as strong as the count has that many people in it.
		if e := q.end + 2; e+1 < len(toks) && toks[q.end].text == "-" && toks[q.end+1].lower == "strong" {
			if i := slices.IndexFunc(x.s.products, func(m mention) bool { return m.start == e }); i >= 0 {
				if n := x.s.products[i].end; n < len(toks) && toks[n].is5(wdPilot, wdTrial, wdRollout, wdDeployment, wdCohort) {
					return seatPeople
				}
			}
		}
		// "bought licences for 2,300 of its workforce": a part of the
		// workforce given the seats.
		if x.partOfWorkforce(q) && (rollout || x.sentenceHas(wRollout) && x.inPart(q, wRollout) && !x.accessToOther()) && !x.trainedAfter(q) {
			return seatPeople
		}
		return seatNone
	}
	// "deployed Copilot to 1,500 of its 9,000 staff": a part of a whole is
	// seats when a rollout word before it or the product the whole is said
	// to use gives it them; "1,200 of the 3,000 people who took part
	// reported saving time" are some of the seats, saying something else.
	if w, wnoun, isPart := x.wholeAfter(q); isPart && !x.productHeldAfter(&w, wnoun) && !x.deployBefore(q) {
		return seatNone
	}
	// "Around 300 of the participants agreed to their data being
	// analysed": some of people named before, uncounted, who do
	// something other than take the product up, are no seats.
	if x.partOfNamed(q, noun) && !x.deployBefore(q) && !x.productHeldAfter(q, noun) {
		return seatNone
	}
	// "a contract awarded to 10 contractors": firms that win a public
	// award, not people given a product.
	if noun == "contractors" && x.sentenceHas(wAward) && len(x.s.products) == 0 {
		return seatNone
	}
	// "has 13,300 developer seats": what a company has of seats is seats,
	// not its size.
	if x.lex.has(wSeatNouns, noun) && !x.trainedAfter(q) {
		return seatNoun
	}
	// "a trial of M365 Copilot, which now has 100 participants": what a
	// pilot of a product has of participants is its seats, not a size.
	if noun == "participants" && x.sentenceHas(wPilot) && x.product() != "" && !x.trainedAfter(q) {
		return seatPeople
	}
	// "Contoso has 1,000 ChatGPT Enterprise users", "Copilot is now used
	// by 15,000 staff at Contoso": the users of a named product a customer
	// has are its seats, not its size; its maker's users are a user base.
	ownUsers := (x.productBefore(q) || x.productForPeople(q) || x.peopleOntoProduct(q) || x.productHasUsers(q) || x.peopleUsing(q) || x.productServes(q)) && x.customerNamed()
	if x.headcountNear(q) && !rollout && !ownUsers || x.trainedAfter(q) || x.perPeriod(q) {
		return seatNone
	}
	if x.lex.has(wSeatNouns, noun) {
		return seatNoun
	}
	// "gives one million developers access to its API": people given
	// what the company itself offers, no product named, are its users.
	if len(x.s.products) == 0 && x.accessToOwn(q) {
		return seatNone
	}
	// "4,500 developers now use Cursor": people said to use a named
	// product hold its seats, with no rollout verb.
	// The users must be a customer's: "20 million people use Copilot", said
	// by its maker, is a user base.
	// "has begun using the much-debated software with its 4,000 staff":
	// the product named by what it is is named.
	using := (len(x.s.products) > 0 || x.productStandIn(q)) && x.sentenceHas(wRolledOut) && x.inPart(q, wRolledOut) && x.customerNamed()
	if x.sentenceHas(wRollout) && !x.accessToOther() && x.inPart(q, wRollout) || x.productBefore(q) || rollout || using || x.getsVendorTools() || x.productHeldAfter(q, noun) || x.productForPeople(q) || x.productTo(q) || x.mailAccounts(q) ||
		x.ableToUse(q) || x.uptakeTo(q) || x.peopleOntoProduct(q) || x.productHasUsers(q) || x.productSoThat(q) || x.listedRollout(q) || x.productServes(q) ||
		x.makerForPeople(q) {
		return seatPeople
	}
	return seatNone
}

// productServes reads a named product, or "the tool" or "it" standing for
// the one the article is about, as the subject of a verb that says whom
// it reaches: "the tool now supports some 40,000 employees", "Copilot
// serves 12,000 staff at the bank". A customer must be named, so that
// "the platform serves 300 million users" by its maker is no seat count.
func (x *extractor) productServes(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	// "will serve the around 30,000 employees", "serves all 9,000 staff"
	if k > 1 && toks[k].is3(wdThe, wdAll, wdIts) {
		k--
	}
	// "Claude will reach 10,000 Contoso engineers by June", "expects
	// Copilot to reach 20,000 users": the verb's plain form after a modal
	// or "to" says whom the product is to reach.
	planned := k >= 2 && toks[k].is3(wdSupport, wdServe, wdReach) && (x.tokIs(k-1, modal) || toks[k-1].lower == "to")
	if k < 1 || !planned && !toks[k].is6(wdSupports, wdServes, wdReaches, wdSupported, wdServed, wdReached) {
		return false
	}
	if x.ctxProduct == "" && len(x.s.products) == 0 || !x.customerNamed() {
		return false
	}
	j := k - 1
	if planned {
		j--
	}
	if toks[j].is2(wdNow, wdAlready) && j > 0 {
		j--
	}
	// "The cloud productivity suite, which bundles mail and chat, will
	// serve": an aside between the subject and its verb says what the
	// subject is.
	if toks[j].text == "," {
		for k := j - 1; k > 0 && k >= j-25; k-- {
			if toks[k].text == "," {
				if x.tokIs(k+1, opensRelative) {
					j = k - 1
				}
				break
			}
		}
	}
	if toks[j].lower == "it" {
		return true
	}
	if x.standsInAt(j) {
		return true
	}
	return slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end == j+1 })
}

// standsInAt reports a noun at k that names the article's product by what
// it is, "the tool", "the much-debated software", "this cloud productivity
// suite": "the" or "this" and at most three lower-case words before it,
// none saying it is another product ("the old system").
func (x *extractor) standsInAt(k int) bool {
	toks := x.s.toks
	if x.ctxProduct == "" || k < 1 || !toks[k].is11(wdPlatform, wdService, wdTool, wdApp, wdSystem, wdSuite, wdAssistant, wdChatbot, wdTechnology, wdApplication, wdSoftware) {
		return false
	}
	// "the payroll system from Fabrikam": another maker's product.
	if k+2 < len(toks) && toks[k+1].is2(wdFrom, wdBy) && slices.ContainsFunc(x.s.companies, func(m mention) bool {
		return m.start == k+2 && m.name != x.e.vendorOf[x.ctxProduct]
	}) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].is2(wdThe, wdThis) {
			return true
		}
		if toks[j].kind != tokWord && toks[j].text != "-" || toks[j].startsUpper() || x.lex.tokIn(lOtherProduct, &toks[j]) {
			return false
		}
	}
	return false
}

// productStandIn reports a sentence that names no product but says "the
// software", "the suite" or "the tool" for the one the article last
// named before a customer's own people: "began using the much-debated
// software with its 4,000 staff". People counted before it ("12,000
// people use the suite so far") count use, not the seats bought.
func (x *extractor) productStandIn(q *quantity) bool {
	if x.ctxProduct == "" || len(x.s.products) > 0 || q.start < 1 || !x.s.toks[q.start-1].is2(wdIts, wdTheir) {
		return false
	}
	for k := range q.start {
		if x.standsInAt(k) {
			return true
		}
	}
	return false
}

// productGivenTo reads "gave Copilot to 20,000 so far", "rolled Gemini
// out to 15,000 in a first phase": a bare count, ending its clause, that a
// verb of giving or rolling out hands a named product to.
func (x *extractor) productGivenTo(q *quantity) bool {
	toks := x.s.toks
	if q.start < 3 || toks[q.start-1].lower != "to" {
		return false
	}
	if q.end < len(toks) && !toks[q.end].is14(symPeriod, symComma, symSemicolon, wdSo, wdIn, wdBy, wdThis, wdNext, wdLast, wdAcross, wdAt, wdOver, wdFrom, wdAnd) {
		return false
	}
	k := q.start - 2
	if toks[k].lower == "out" {
		k--
	}
	// "doubles its Copilot rollout to 40,000": the product's rollout,
	// pilot or access widened to the count, whatever the verb.
	if toks[k].is5(wdRollout, wdDeployment, wdPilot, wdTrial, wdAccess) && slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end == k }) {
		return true
	}
	i := slices.IndexFunc(x.s.products, func(m mention) bool { return m.end == k+1 })
	if i < 0 {
		return false
	}
	v := x.s.products[i].start - 1
	if v < 0 {
		return false
	}
	if toks[v].is3(wdThe, wdIts, wdTheir) && v > 0 {
		v--
	}
	return toks[v].is26(wdGave, wdGiven, wdGive, wdGives, wdGiving, wdOffered, wdOffers, wdOffer, wdExtended, wdExtends, wdExtend, wdRolled, wdRolls, wdRolling, wdRoll, wdDeployed, wdDeploys, wdDeploy, wdBrought, wdBrings, wdBring, wdOpened, wdOpens, wdProvided, wdProvides, wdProvide)
}

// takesProduct reads "300 will pilot Copilot", "about 2,000 now use
// Gemini": a bare count whose own verb takes up the named product right
// after it.
func (x *extractor) takesProduct(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && (x.tokIs(k, modal) || toks[k].is4(wdNow, wdAlready, wdAre, wdHave)) {
		k++
	}
	if k < len(toks) && toks[k].is3(wdNow, wdAlready, wdAlso) {
		k++
	}
	if k+1 >= len(toks) || !toks[k].is16(wdPilot, wdPilots, wdPiloting, wdTrial, wdTrials, wdTrialling, wdTest, wdTesting, wdUse, wdUsing, wdGet, wdGot, wdReceived, wdReceive, wdAdopt, wdAdopted) {
		return false
	}
	// "the Fortune 500 use Copilot": a number after a capitalised word
	// is part of a name.
	if q.start > 0 && toks[q.start-1].startsUpper() {
		return false
	}
	i := slices.IndexFunc(x.s.products, func(m mention) bool { return m.start == k+1 })
	if i < 0 {
		return false
	}
	// "about 3,000 use Copilot every week": a rate of use.
	for j := x.s.products[i].end; j+1 < len(toks) && j <= x.s.products[i].end+3; j++ {
		if x.tokIs(j, perEach) && toks[j+1].is3(wdDay, wdWeek, wdMonth) {
			return false
		}
	}
	return true
}

// partOfNamed reports a count of "of the" people not counted themselves,
// "300 of the participants", whose verb after the noun says neither use
// nor rollout: "300 of the participants agreed to be surveyed".
func (x *extractor) partOfNamed(q *quantity, noun string) bool {
	toks := x.s.toks
	k := q.end
	if k+2 >= len(toks) || toks[k].lower != "of" || !toks[k+1].is5(wdThe, wdIts, wdTheir, wdThese, wdThose) || toks[k+2].lower != noun {
		return false
	}
	v := k + 3
	if v < len(toks) && (x.tokIs(v, modal) || x.tokIs(v, haveVerbs) || x.tokIs(v, beVerbs)) {
		v++
	}
	if v >= len(toks) || toks[v].kind != tokWord {
		return false
	}
	return !(x.tokHas(v, wRolledOut) || x.tokHas(v, wRollout) || x.tokHas(v, wDeploy) || toks[v].is7(wdAccess, wdGot, wdGet, wdReceived, wdSigned, wdJoined, wdActivated))
}

// holdsSeats reads "only 15 million have paid Copilot seats", "about
// 4,000 now hold licences": a count standing for people, whose verb right
// after it says they have or hold seats, counts the seats. Seats "on" a
// board or "at" a table are places, not licences.
func (x *extractor) holdsSeats(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].is2(wdNow, wdAlready) {
		k++
	}
	if k >= len(toks) || !x.tokIs(k, haveVerbs) && !toks[k].is3(wdHold, wdHolds, wdHeld) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if x.tokHas(j, wSeatNouns) {
			return j+1 >= len(toks) || !toks[j+1].is2(wdOn, wdAt)
		}
		if !(toks[j].is5(wdPaid, wdPaying, wdActive, wdAssigned, wdFull) || x.productNounAt(j) || slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start <= j && j < m.end })) {
			return false
		}
	}
	return false
}

// listedRollout reads "KPMG: 276,000 employees across 138 countries"
// under "Three firms deployed Claude to their workforces:": the people
// counted right after a list item's name are those the lead-in rolls the
// product out to.
func (x *extractor) listedRollout(q *quantity) bool {
	if !x.rolloutItem || len(x.s.companies) == 0 {
		return false
	}
	return q.start == x.s.companies[0].end+1
}

// productSoThat reads "Fabrikam chose Slack so that its 12,000 employees
// can stay connected": the people a named product is chosen for, in a
// clause of purpose, hold its seats when they are a customer's.
func (x *extractor) productSoThat(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || !toks[k].is2(wdIts, wdTheir) || !x.customerNamed() {
		return false
	}
	k--
	if toks[k].lower == "that" {
		k--
	}
	if toks[k].lower != "so" {
		return false
	}
	// "That is why Contoso chose it, so that its 12,000 employees": the
	// product the article names, chosen as "it".
	if j := k - 1; j > 0 && x.ctxProduct != "" && len(x.s.products) == 0 {
		if toks[j].text == "," {
			j--
		}
		if toks[j].lower == "it" && toks[j-1].is4(wdChose, wdChosen, wdPicked, wdSelected) {
			return true
		}
	}
	return slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end <= k })
}

// carrierLines reads "reach 49,997,710 subscribers", "70,693,058 GSM
// users", "mobile subscriptions rising from 41.0 million to 42.8 million":
// a carrier's subscribers or network lines, counted after the count or
// named a few words before it in its clause, are its customers, never seats
// a customer buys.
func (x *extractor) carrierLines(q *quantity) bool {
	toks := x.s.toks
	lines := func(k int) bool {
		// "Copilot has 1.3 million subscribers": a product's subscribers
		// are its seats.
		if toks[k].lower == "subscribers" {
			return len(x.s.products) == 0
		}
		// "MTN Ghana recorded over 23.3 million subscriptions": an
		// operator's subscriptions with no product named, tallied rather
		// than bought, are its base.
		if toks[k].lower == "subscriptions" && len(x.s.products) == 0 && x.tallied() {
			return true
		}
		return k > 0 && toks[k].is5(wdSubscriptions, wdUsers, wdConnections, wdLines, wdCustomers) && x.lex.tokIn(lNetworkLines, &toks[k-1]) &&
			!(x.lex.tokIn(lServiceLines, &toks[k-1]) && len(x.s.products) > 0) && !planUsers(toks, k)
	}
	// "the second highest mobile share at 23.4% with 11,563,967
	// subscriptions": subscribers counted beside a market share are an
	// operator's base, not seats anyone bought.
	if q.end < len(toks) && toks[q.end].is3(wdSubscriptions, wdSubscribers, wdConnections) && x.hasShareWord() && len(x.s.products) == 0 && x.sharePercent() {
		return true
	}
	for k := q.end; k < len(toks) && k < q.end+3; k++ {
		if lines(k) {
			return true
		}
		if toks[k].kind != tokWord || !x.lex.tokIn(lNetworkLines, &toks[k]) && !toks[k].is3(wdNew, wdMore, wdActive) {
			break
		}
	}
	// "subscriptions rose to 67.8 crore", "up from 44,970,973": the noun
	// of the clause before the count, with no other noun between.
	for k := q.start - 1; k >= 0 && k >= q.start-8; k-- {
		if toks[k].text == ";" || toks[k].text == "." {
			break
		}
		if lines(k) {
			return true
		}
		if x.tokHas(k, wSeatNouns) || x.tokHas(k, wPeopleNouns) {
			break
		}
	}
	return false
}

// sharePercent reports a percentage the sentence gives as a share: "a
// 40% share", "a 23.4% market share", "a share at 23.4%", "a share of
// 31%". A share price that
// rose 5% or a company gaining share is no operator's share that the
// subscriptions beside it could be the base of.
func (x *extractor) sharePercent() bool {
	toks := x.s.toks
	for _, p := range x.s.qty {
		if p.kind != qtyPercent {
			continue
		}
		if p.end < len(toks) && toks[p.end].is2(wdShare, wdShares) ||
			p.end+1 < len(toks) && toks[p.end].is1(wdMarket) && toks[p.end+1].is2(wdShare, wdShares) ||
			p.start >= 1 && toks[p.start-1].lower == "share" ||
			p.start >= 2 && toks[p.start-2].lower == "share" && toks[p.start-1].is2(wdAt, wdOf) {
			return true
		}
	}
	return false
}

// planUsers reports the users or customers of a data or internet plan,
// toks[k] after "data" or "internet": "licences for 3,000 data users" are
// seats a customer buys, where an operator's "15.8 million mobile data
// subscriptions" or "internet connections" are its lines.
func planUsers(toks []token, k int) bool {
	return toks[k-1].is2(wdData, wdInternet) && toks[k].is2(wdUsers, wdCustomers)
}

// sizeInRelative reads the later counts of "the carrier, which covers 13
// countries and 203 million users, will use Workplace": what a relative
// clause says a company covers, serves or has, in a list of its
// measures, is its size, not seats.
func (x *extractor) sizeInRelative(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 1 && k >= q.start-6; k-- {
		if toks[k].text == "," || toks[k].text == ";" {
			return false
		}
		if x.tokIs(k-1, opensRelative) && k+1 < q.start && toks[k+1].kind == tokNum &&
			(toks[k].is5(wdCovers, wdCovered, wdServes, wdServed, wdSpans) || x.tokIs(k, haveVerbs)) {
			return true
		}
	}
	return false
}

// sizeInAppositive reads "Lloyds, one of the UK's largest banks with
// over 60,000 employees, has rolled out Copilot": a count "with" which an
// aside set off by commas right after a company's name describes it is
// its size, whatever the sentence then rolls out.
func (x *extractor) sizeInAppositive(q *quantity) bool {
	toks := x.s.toks
	if q.start < 3 || toks[q.start-1].lower != "with" {
		return false
	}
	// "Contoso, which began with 300 Copilot licences, ...": seats are
	// seats wherever they are said.
	if noun, ok := x.nounAfter(q); !ok || x.lex.has(wSeatNouns, noun) {
		return false
	}
	open := -1
	for k := q.start - 2; k >= 0 && k >= q.start-14; k-- {
		if toks[k].text == "," {
			open = k
			break
		}
	}
	// "Contoso Bank, ...": the name may run a word past the company's.
	// "The school district, with 35,000 students, ...": a definite
	// subject opening the sentence is described the same way.
	definite := open >= 2 && toks[0].lower == "the" && open <= 3 && !toks[open-1].startsUpper() && toks[open-1].kind == tokWord
	if open < 1 || !definite && !slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.end == open || m.end == open-1 && toks[open-1].startsUpper() }) {
		return false
	}
	for k := q.end; k < len(toks) && k <= q.end+5; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// workforceNoun reports a count of people known by their work for an
// employer, "60,000 administrative employees", "2,500 officers": such
// people are some customer's even when the sentence names none, unlike
// users or people at large.
func (x *extractor) workforceNoun(q *quantity) bool {
	noun, ok := x.nounAfter(q)
	return ok && (noun == "employees" || noun == "staff" || noun == "workers" || noun == "officers" || noun == "servants" ||
		noun == "teachers" || noun == "nurses" || noun == "doctors" || noun == "clinicians" || noun == "personnel" || noun == "officials")
}

// whatIfCost reads "buying for 1,000 staff would come to about 55
// million naira": a count in a reckoning of what seats would cost, not
// seats bought.
func (x *extractor) whatIfCost(q *quantity) bool {
	toks := x.s.toks
	if q.start < 2 || toks[q.start-1].lower != "for" || !toks[q.start-2].is5(wdBuying, wdLicensing, wdLicencing, wdEquipping, wdCovering) {
		return false
	}
	for k := q.end; k < len(toks) && k < q.end+12; k++ {
		if toks[k].is2(wdWould, wdCould) {
			return true
		}
	}
	return false
}

// onboardCap reads "got approval to onboard up to 20 million users": the
// users a regulator lets a service take on are a cap on its own user
// base, not seats a customer buys.
func (x *extractor) onboardCap(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 1 && k >= q.start-3; k-- {
		if !toks[k].is5(wdOnboard, wdOnboarding, wdAdd, wdEnrol, wdEnroll) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if toks[j].is8(wdApproval, wdAllowed, wdPermission, wdPermitted, wdCap, wdCapped, wdLicence, wdLicense) {
				return true
			}
		}
	}
	return false
}

// paidUsers reads "Copilot now has 4 million paying business users",
// "1.3 million paid subscribers": people who pay for a product the
// sentence names hold its seats, whether or not a customer is named.
func (x *extractor) paidUsers(q *quantity) bool {
	toks := x.s.toks
	if len(x.s.products) == 0 || q.end+1 >= len(toks) || !toks[q.end].is2(wdPaying, wdPaid) {
		return false
	}
	k := q.end + 1
	if toks[k].is4(wdBusiness, wdEnterprise, wdCorporate, wdCommercial) && k+1 < len(toks) {
		k++
	}
	return toks[k].is5(wdUsers, wdSubscribers, wdCustomers, wdSeats, wdAccounts)
}

// partNamedBefore reads "of whom 2,000" and "2,000 of them": a count of
// people the sentence named before.
func (x *extractor) partNamedBefore(q *quantity) bool {
	toks := x.s.toks
	return q.start >= 2 && toks[q.start-1].lower == "whom" && toks[q.start-2].lower == "of" ||
		q.end+1 < len(toks) && toks[q.end].lower == "of" && toks[q.end+1].is2(wdThem, wdThose)
}

// strongWorkforce reads "1,250-strong clinical workforce", "a
// 900-strong team of nurses", "its 6,000+ workforce": a count that gives a
// workforce's size.
func (x *extractor) strongWorkforce(q *quantity) bool {
	toks := x.s.toks
	e := q.end + 2 // where the noun may begin
	switch {
	case q.end+2 < len(toks) && toks[q.end].text == "-" && toks[q.end+1].lower == "strong":
	case toks[q.end-1].text == "+" || toks[q.end-1].lower == "plus":
		// "its entire 6,000+ workforce", "its 5,000-plus workforce": the
		// suffix is read into the count.
		e = q.end
	default:
		return false
	}
	for k := e; k < len(toks) && k <= e+2; k++ {
		if toks[k].is2(wdWorkforce, wdTeam) || x.tokHas(k, wPeopleNouns) {
			return true
		}
	}
	return false
}

// partOfPlanned reads the first count of "3,400 of an expected 6,000
// users", "2,000 of a planned 10,000 licences": the seats given so far of
// a planned count, which is read as seats itself.
func (x *extractor) partOfPlanned(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k+3 >= len(toks) || toks[k].lower != "of" || !toks[k+1].is3(wdAn, wdA, wdThe) || !x.tokHas(k+2, wPlan) {
		return false
	}
	for _, p := range x.s.qty {
		if p.start == k+3 && p.kind == qtyCount {
			return x.seatReading(&p) != seatNone
		}
	}
	return false
}

// wholeAfter returns the whole a count is part of, and its noun: "4,000
// of the bank's 60,000 employees", "250 of its 4,000 staff".
func (x *extractor) wholeAfter(q *quantity) (quantity, string, bool) {
	toks := x.s.toks
	if q.end+2 >= len(toks) || toks[q.end].lower != "of" {
		return quantity{}, "", false
	}
	for _, p := range x.s.qty {
		if p.kind != qtyCount || p.start <= q.end || p.start > q.end+5 {
			continue
		}
		noun, ok := x.nounAfter(&p)
		return p, noun, ok && x.lex.has(wPeopleNouns, noun)
	}
	return quantity{}, "", false
}

// peopleDescribed reports the people of q described right after their noun
// by a participle or a relative clause: "the 2,000 staff given Copilot",
// "the 3,000 people who took part". Such a whole is the seats a part is
// taken from, not a headcount.
func (x *extractor) peopleDescribed(q *quantity) bool {
	toks := x.s.toks
	for k := q.end; k+1 < len(toks) && k <= q.end+3; k++ {
		if x.tokHas(k, wPeopleNouns) {
			return x.participle(k+1) || x.tokIs(k+1, opensRelative)
		}
	}
	return false
}

// tookUp reads "around 1,100 have signed up so far", "2,300 have
// activated it": a count whose own verb says it took up the product the
// sentence or the article names.
func (x *extractor) tookUp(q *quantity) bool {
	if x.ctxProduct == "" && len(x.s.products) == 0 {
		return false
	}
	toks := x.s.toks
	k := q.end
	if k < len(toks) && x.tokIs(k, haveVerbs) {
		k++
	}
	if k < len(toks) && toks[k].is2(wdNow, wdAlready) {
		k++
	}
	if k+1 >= len(toks) || !x.participle(k) || !(x.tokHas(k, wRollout) || x.tokHas(k, wRolledOut)) || x.tokHas(k, wTrained) {
		return false
	}
	j := k + 1
	return toks[j].is6(wdUp, wdIt, wdOn, wdSo, symPeriod, symComma) || slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start == j })
}

// partRolledOut reports the count ending at k, the part of a whole, with
// a word of rolling out before it.
func (x *extractor) partRolledOut(k int) bool {
	for _, p := range x.s.qty {
		if p.kind == qtyCount && p.end == k {
			return x.deployBefore(&p)
		}
	}
	return false
}

// deployBefore reports a word of deploying, rolling out or trying out
// before q in its clause: "deployed Copilot to 1,500 of its 9,000 staff",
// "ran a test of Copilot with 100 of its 5,000 engineers".
func (x *extractor) deployBefore(q *quantity) bool {
	start, _ := x.clause(q)
	for k := start; k < q.start; k++ {
		if x.tokHas(k, wDeploy) || x.tokHas(k, wRollout) || x.tokHas(k, wPilot) {
			return true
		}
	}
	return false
}

// partOfWorkforce reads "2,300 of its workforce", "5,000 of the
// council's workforce", "20,000 of its own engineers": a count of a
// company's workforce or people, named by the word for the whole of them.
func (x *extractor) partOfWorkforce(q *quantity) bool {
	toks := x.s.toks
	if q.end+2 >= len(toks) || toks[q.end].lower != "of" {
		return false
	}
	// The whole is someone's: "of its", "of the council's"; "four of the
	// biggest AI developers" picks firms out of a kind.
	owned := false
	for k := q.end + 1; k < len(toks) && k <= q.end+5; k++ {
		owned = owned || toks[k].is3(wdIts, wdTheir, wdOur) || toks[k].lower == "s" && (toks[k-1].text == "'" || toks[k-1].text == "’")
		if toks[k].lower == "workforce" || x.tokHas(k, wPeopleNouns) {
			return owned
		}
		if toks[k].kind == tokNum || toks[k].text == "," || toks[k].text == ";" {
			return false
		}
	}
	return false
}

// ratioPart reports either count of a ratio written "9 in 10" or "one in
// five": a share of people, not a count of them.
func (x *extractor) ratioPart(q *quantity) bool {
	toks := x.s.toks
	for _, p := range x.s.qty {
		if p.kind != qtyCount {
			continue
		}
		small, big := &p, q // q after "in": "9 in 10"
		if p.start == q.end+1 {
			small, big = q, &p // q before "in"
		} else if p.end != q.start-1 {
			continue
		}
		if toks[small.end].lower == "in" && !small.scaled && !big.scaled && small.value < big.value && big.value <= 100 {
			return true
		}
	}
	return false
}

// boardSeats reads "it will take two seats on Fabrikam's board", "three
// board seats": places on a board of directors, not licences.
func (x *extractor) boardSeats(q *quantity) bool {
	toks := x.s.toks
	seat := false
	for k := q.end; k < len(toks) && k < q.end+10; k++ {
		if toks[k].text == "," || toks[k].text == ";" {
			return false
		}
		seat = seat || toks[k].is2(wdSeat, wdSeats)
		if toks[k].is2(wdBoard, wdBoards) {
			return seat || k+1 < len(toks) && toks[k+1].is2(wdSeat, wdSeats)
		}
	}
	return false
}

// staffTransfer reads "About 1,500 employees and 700 contractors ... will
// move to HCLTech under the agreement", "will move 3,000 of its employees
// to Kyndryl": people who move to, transfer to
// or join a company in a sentence that names no product change employer;
// they hold no seats. People moved to the maker of the article's product
// ("moved 5,000 staff to Google") are its seats.
func (x *extractor) staffTransfer(q *quantity) bool {
	if len(x.s.products) > 0 {
		return false
	}
	toks := x.s.toks
	// "IBM will move 3,000 of its employees to Kyndryl": the verb may come
	// before the people, and "to" after them.
	moved := false
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		moved = moved || x.tokIs(k, movesPeople)
	}
	for k := q.end; k+2 < len(toks) && k < q.end+40; k++ {
		if toks[k].text == ";" {
			return false
		}
		j := k + 1
		switch {
		case moved && k < q.end+6 && toks[k].lower == "to":
		case x.tokIs(k, movesPeople) && toks[j].is2(wdTo, wdOver):
			j++
			if toks[j].lower == "to" && j+1 < len(toks) {
				j++
			}
		case toks[k].is3(wdJoin, wdJoins, wdJoining):
		default:
			continue
		}
		for _, m := range x.s.companies {
			if m.start == j {
				return m.name != x.e.vendorOf[x.ctxProduct]
			}
		}
		return false
	}
	return false
}

// ableToUse reads "More than 90,000 staff in hospitals and clinics can now
// use it", "12,000 employees have been able to use it", "4,000 teachers
// have used the platform": people of a customer who can use, or have used,
// the product the article is about hold its seats. "Used it within a few
// months" counts use, not access.
func (x *extractor) ableToUse(q *quantity) bool {
	if x.ctxProduct == "" && len(x.s.products) == 0 || !x.customerNamed() && len(x.context) == 0 {
		return false
	}
	toks := x.s.toks
	// "149,545 teachers and more than 1,200,000 students ... have used
	// the platform": the verb may follow the last of several counts.
	for k := q.end; k+2 < len(toks) && k < q.end+25; k++ {
		if toks[k].text == ";" {
			return false
		}
		j := k + 1
		// verb says the word at k is itself the use: "will get it", "now
		// use the tool", "are on it", "has an account".
		verb := false
		switch {
		case toks[k].is2(wdCan, wdCould):
			if toks[j].is3(wdNow, wdAlso, wdAlready) {
				j++
			}
		case toks[k].lower == "able" && toks[k-1].is4(wdBeen, wdAre, wdWere, wdBe):
			if toks[j].lower == "to" {
				j++
			}
		case toks[k].is2(wdHave, wdHas) && toks[j].lower == "used":
		case toks[k].is2(wdGet, wdGets) || x.tokHas(k, wReceive):
			// "Another 6,000 staff will get it next year", "will receive
			// access": what people get is the product the article is about.
			verb = true
		case toks[k].is3(wdUse, wdUses, wdUsing) && (x.customerNamed() || x.workforceNoun(q)) && toks[q.end].lower != "people":
			// "294 physicians using this application" too.
			// "Around 2,500 officers now use the tool": a customer's
			// people, named or known by their work ("60,000
			// administrative employees in the states now use the
			// tool"). "12,000 people use the suite so far" counts use,
			// not the seats bought.
			verb = true
		case x.tokIs(k, haveVerbs) && toks[j].is5(wdIt, wdAccess, wdAn, wdA, wdAccounts):
			verb = true // "will have it by June", "has an account"
		case x.tokIs(k, beVerbs) && toks[j].is2(wdOn, wdNow):
			verb = true // "22,000 employees are on it"
		default:
			continue
		}
		if verb {
			if toks[j].lower == "now" && j+1 < len(toks) {
				j++
			}
			if toks[j].lower == "on" && j+1 < len(toks) {
				j++
			}
			if toks[j].is2(wdAn, wdA) && j+1 < len(toks) && toks[j+1].lower == "account" || toks[j].lower == "accounts" {
				return true
			}
		} else if j+1 >= len(toks) || !toks[j].is3(wdUse, wdUsed, wdAccess) {
			return false
		}
		// "access", "access to it", "access." : what people may reach is
		// the product the article is about.
		if toks[j].lower == "access" {
			if j+1 >= len(toks) || toks[j+1].text == "." || toks[j+1].text == "," {
				return true
			}
			j++
			if toks[j].lower == "to" {
				j++
			}
		} else if !verb {
			j++
		}
		if j >= len(toks) {
			return false
		}
		if toks[j].lower == "it" || toks[j].is2(wdThe, wdThis) && j+1 < len(toks) && toks[j+1].is11(wdPlatform, wdService, wdTool, wdApp, wdSystem, wdSuite, wdAssistant, wdChatbot, wdTechnology, wdApplication, wdSoftware) {
			return true
		}
		return slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start == j })
	}
	return false
}

// mailAccounts reads "set up 300 Google e-mail accounts", "moved 4,000
// email accounts": mail accounts a customer sets up or moves are the
// seats of its mail service, in an article about a product or naming the
// company that runs the mail.
func (x *extractor) mailAccounts(q *quantity) bool {
	if x.ctxProduct == "" && len(x.s.products) == 0 && len(x.context) == 0 {
		return false
	}
	toks := x.s.toks
	// "expects to reach 30,000 mailboxes" in an article about a mail
	// product: a mailbox is mail's own seat. Mailboxes a breach exposed,
	// with no product, are no seats.
	if q.end < len(toks) && toks[q.end].lower == "mailboxes" {
		return x.ctxProduct != "" || len(x.s.products) > 0
	}
	for k := q.end + 1; k < len(toks) && k < q.end+5; k++ {
		if toks[k].is2(wdAccounts, wdMailboxes) {
			return toks[k-1].is2(wdMail, wdEmail) || toks[k].lower == "mailboxes" && toks[k-1].lower != "shared"
		}
	}
	return false
}

// productHeldAfter reads "50,000 employees at Contoso now have Claude",
// "each of its 11,000 staff will receive a ChatGPT Enterprise account",
// "4,000 lawyers use Copilot": the people of a count are said, in its
// clause, to have, get or use a named product. The product must follow
// the verb: "800 million people use it, ChatGPT says" names none. People
// or users no customer holds ("800 million people use ChatGPT") are its
// maker's user base.
func (x *extractor) productHeldAfter(q *quantity, noun string) bool {
	if len(x.s.products) == 0 || noun == "" || (noun == "people" || noun == "users") && !x.customerNamed() {
		return false
	}
	toks := x.s.toks
	for k := q.end; k < len(toks) && k < q.end+12; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.kind == tokNum || x.tokIs(k, opensRelative) {
			return false
		}
		// "400,000 users work with Classroom every day", "9,000 active
		// users worked with Copilot tools": to work with a product is to
		// use it.
		with := t.is4(wdWork, wdWorks, wdWorked, wdWorking) && k+1 < len(toks) && toks[k+1].lower == "with"
		// "1,500 doctors are piloting the DAX Copilot scribe", "3,000
		// staff are using ChatGPT Enterprise": people who try or use a
		// product hold its seats as those who have it do.
		if !(x.tokIs(k, haveVerbs) || x.tokHas(k, wReceive) || t.is2(wdUse, wdUses) || with || t.is4(wdUsing, wdPiloting, wdTrialling, wdTesting)) {
			continue
		}
		if with {
			k++
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start == j }) {
				return true
			}
			// "have access to", "receive a ... account": the few words
			// that may stand between the verb and the product.
			if !(toks[j].is2(wdAccess, wdTo) || x.tokIs(j, perEach) || toks[j].is2(wdThe, wdAn)) {
				break
			}
		}
		return false
	}
	return false
}

// productForPeople reads "chose Google Workspace for its 20,000 workers",
// "Copilot is now used by 15,000 staff at Contoso": people a named
// product is for, or is used by, hold its seats.
func (x *extractor) productForPeople(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	possessive := k >= 1 && toks[k].is2(wdIts, wdTheir)
	if possessive {
		k--
	}
	// "for all 500,000 students": the whole of some people, a customer's
	// as those of "its" are.
	if k >= 1 && toks[k].lower == "all" {
		possessive = true
		k--
	}
	if k < 1 || productOf(&x.s) == "" {
		return false
	}
	if toks[k].lower == "by" {
		// "used by": the product comes before it, and the people are a
		// customer's, not its maker's user base.
		// A rival named in passing ("catching up with Microsoft's suite")
		// is no customer.
		// "used by more than 600,000 clinicians worldwide": people all
		// over the world are its maker's user base.
		for j := q.end; j < len(toks) && j <= q.end+3; j++ {
			if toks[j].is2(wdWorldwide, wdGlobally) || toks[j].lower == "world" && toks[j-1].lower == "the" {
				return false
			}
		}
		return toks[k-1].lower == "used" && x.customerNamed() && !x.onlyRivalsNamed() && slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end <= k-1 })
	}
	// A maker releasing its product "for its 2 billion users" counts no
	// seats: people who are someone's must be a customer's, as for "used by".
	return toks[k].lower == "for" && (!possessive || x.customerNamed()) && slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end <= k })
}

// productTo reads "takes Google Workspace to 30,000 users", "opens
// ChatGPT Edu to all its 40,000 students", "Copilot comes to 4,000
// staff": people a named product is taken or goes to, whatever the verb,
// hold its seats.
func (x *extractor) productTo(q *quantity) bool {
	toks := x.s.toks
	j := q.start - 1
	for j > 0 && toks[j].is3(wdIts, wdTheir, wdAll) {
		j--
	}
	// "Copilot comes to 4,000 staff", "Gemini expands to 9,000
	// teachers": the product itself goes to the people.
	// "ChatGPT went to 100 million users" with no customer named is a
	// user base growing.
	return j > 0 && toks[j].lower == "to" && slices.ContainsFunc(x.s.products, func(m mention) bool {
		return m.end == j || m.end == j-1 && toks[j-1].is15(wdComes, wdCame, wdComing, wdGoes, wdWent, wdGoing, wdExpands, wdExpanded, wdExpanding, wdSpreads, wdSpread, wdArrives, wdArrived, wdHeads, wdHeaded) && x.customerNamed()
	})
}

// peopleUsing reads "has 6,000 people using Copilot", "3,000 staff on
// Slack": people said right after their noun to use, or be on, a named
// product.
func (x *extractor) peopleUsing(q *quantity) bool {
	toks := x.s.toks
	for k := q.end; k+2 < len(toks) && k <= q.end+3; k++ {
		if x.tokHas(k, wPeopleNouns) {
			j := k + 2
			return toks[k+1].is2(wdUsing, wdOn) && slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start == j })
		}
	}
	return false
}

// hostsUpTo reads "each able to host up to 300 participants": how many
// people a meeting licence admits, not how many licences there are.
func (x *extractor) hostsUpTo(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		if toks[k].is2(wdHost, wdHosts) {
			// "Zoho hosts 12.68 lakh email accounts for the government":
			// accounts or mailboxes a provider hosts are its service's
			// seats, not how many a meeting admits.
			for j := q.end; j < len(toks) && j <= q.end+2; j++ {
				if toks[j].is2(wdAccounts, wdMailboxes) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// populationOfSeats reads "2 million licenses for the roughly 1.4 million
// people in the department": the people a seat count is bought for, when
// the seats have a count of their own, are the population, not more seats.
func (x *extractor) populationOfSeats(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 2 && k >= q.start-3; k-- {
		if toks[k].lower != "for" {
			continue
		}
		// The seats' own count is no number of a product's name ("Microsoft
		// 365 licenses for 1 million employees").
		return x.tokHas(k-1, wSeatNouns) && slices.ContainsFunc(x.s.qty, func(p quantity) bool {
			return p.kind == qtyCount && p.end < k && p.end >= k-4 && !x.nameBefore(p.start)
		})
	}
	return false
}

// makerForPeople reads a software maker named where a product would be,
// in a sentence that names no product: "chose Zoom for its 8,000 staff",
// "moved 5,000 employees to Zoom", "gave 2,000 engineers access to
// Salesforce". The people hold the maker's seats when a customer other
// than the maker is named.
func (x *extractor) makerForPeople(q *quantity) bool {
	return x.makerFor(q) != ""
}

// makerFor is the maker makerForPeople reads, "" for none.
func (x *extractor) makerFor(q *quantity) string {
	if len(x.s.products) > 0 {
		return ""
	}
	toks := x.s.toks
	makerAt := func(at func(m mention) bool) string {
		for _, m := range x.s.companies {
			if x.e.makers[m.name] && at(m) {
				return m.name
			}
		}
		return ""
	}
	maker := ""
	k := q.start - 1
	for k > 0 && toks[k].is3(wdIts, wdTheir, wdAll) {
		k--
	}
	if k >= 1 && toks[k].lower == "for" {
		// A maker the customer leaves or passes over sells no seats:
		// "dropped Zoom for its 8,000 staff", "chose Google over
		// Microsoft for its staff".
		maker = makerAt(func(m mention) bool {
			return m.end == k && (m.start == 0 || !x.lex.tokIn(lLeavesMaker, &toks[m.start-1]))
		})
	}
	if maker == "" && !x.staffJoinBuyer(k) && x.sentenceHas(wDeploy) {
		for j := q.end; j+2 < len(toks) && j <= q.end+3; j++ {
			if !x.tokHas(j, wPeopleNouns) {
				continue
			}
			t := j + 1
			if toks[t].lower == "access" {
				t++
			}
			if t+1 < len(toks) && toks[t].lower == "to" {
				maker = makerAt(func(m mention) bool { return m.start == t+1 })
			}
			break
		}
	}
	if maker == "" || !slices.ContainsFunc(x.context, func(c string) bool { return c != maker }) {
		return ""
	}
	return maker
}

// staffJoinBuyer reports people a company brings to another in a
// sentence about a takeover: "Fabrikam brought all 1,200 employees to
// Microsoft when it was acquired" moves staff to a new employer, where
// "brought 5,000 employees to Salesforce, completing its move" gives them
// seats. k is the last word before the count past "its", "their" or "all".
func (x *extractor) staffJoinBuyer(k int) bool {
	toks := x.s.toks
	if k < 0 || !toks[k].is4(wdBring, wdBrings, wdBrought, wdBringing) {
		return false
	}
	for i := range toks {
		if toks[i].is5(wdAcquired, wdAcquisition, wdMerger, wdTakeover, wdAcquire) {
			return true
		}
	}
	return false
}

// makerBase reports a count of a software maker's users, the maker named
// right before the noun, in a sentence whose context names no other
// company and no product: "About 40 million Zoom users joined calls" is
// Zoom's own user base, where "Contoso has 4,000 Zoom users" holds seats.
func (x *extractor) makerBase(q *quantity) bool {
	// "4,000 Zoom users at the bank moved to Teams": users moved to a
	// product named are seats of it.
	if len(x.s.products) > 0 {
		return false
	}
	toks := x.s.toks
	for _, m := range x.s.companies {
		if m.start != q.end || m.end >= len(toks) || !x.e.makers[m.name] || !toks[m.end].is2(wdUsers, wdSubscribers) {
			continue
		}
		return !slices.ContainsFunc(x.context, func(c string) bool { return c != m.name })
	}
	return false
}

// seatReading is how a count reads as seats; see extractor.seatReading.
type seatReading uint8

const (
	seatNone seatReading = iota
	seatNoun
	seatPeople
	seatElided
)

func containsComma(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			return true
		}
	}
	return false
}

// nounAfter returns the seat or people noun a count is of, looking past a
// few fillers such as company and product names.
func (x *extractor) nounAfter(q *quantity) (string, bool) {
	toks := x.s.toks
	// "a 500-user pilot", "its 27,500-employee workforce": a count
	// joined to a person noun in the singular counts those people.
	if k := q.end; k+1 < len(toks) && toks[k].text == "-" && toks[k-1].joins(&toks[k]) && toks[k].joins(&toks[k+1]) && toks[k+1].kind == tokWord {
		plural := toks[k+1].lower + "s"
		if toks[k+1].lower == "person" {
			plural = "people"
		}
		// "a 12,000-employee insurer" gives a company's size.
		// "its 100,000-caregiver healthcare network" too: the network
		// or system a word further on is the organisation's size.
		size := k+2 < len(toks) && (x.tokHas(k+2, wDescriptor) || x.tokIs(k+2, namesFirm) || toks[k+2].is2(wdNetwork, wdSystem)) ||
			k+3 < len(toks) && toks[k+2].kind == tokWord && !toks[k+2].is10(wdWorkforce, wdTeam, wdPilot, wdTrial, wdRollout, wdDeployment, wdLicence, wdLicense, wdDeal, wdContract) && toks[k+3].is2(wdNetwork, wdSystem)
		if x.lex.has(wPeopleNouns, plural) && !x.lex.has(wSeatNouns, plural) {
			if size {
				return "", false
			}
			return plural, true
		}
	}
	for k := q.end; k < len(toks) && k < q.end+9; k++ {
		t := toks[k]
		if x.tokHas(k, wSeatNouns) || x.tokHas(k, wPeopleNouns) {
			// "240,000 staff days": people counted as time are no seats.
			if k+1 < len(toks) && toks[k+1].is8(wdDays, wdHours, wdWeeks, wdMonths, wdYears, wdMinutes, wdDay, wdHour) {
				return "", false
			}
			// "citing four people familiar with the matter": sources.
			// "three Enterprise Licence Agreements": contracts, not seats.
			if k+1 < len(toks) && toks[k+1].is2(wdFamiliar, wdAgreements) {
				return "", false
			}
			// "500 to 1,000 people a day are taking it up": a rate, not
			// the seats of a deal.
			if k+2 < len(toks) && x.tokIs(k+1, perEach) && toks[k+2].is2(wdDay, wdWeek) {
				return "", false
			}
			// "built 4,000 Copilot agents", "300 AI agents": agents a
			// product makes are software, not people.
			if t.lower == "agents" && k > q.end && (toks[k-1].lower == "ai" || slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end == k })) {
				return "", false
			}
			return t.lower, true
		}
		// "3,400 active Copilot users" at a customer are the product's
		// seats; "300 million monthly active users" are a user base.
		// "more than 9,000 active users worked with Copilot tools" at a
		// customer, with the product named after them, are its seats too.
		if x.tokHas(k, wHeadcount) && !(x.customerNamed() && (x.productNounAt(k+1) || x.activeUsersOfProduct(k))) {
			return "", false
		}
		// "4,500 office and knowledge workers": "and" between two words
		// that describe the people.
		if t.lower == "and" && k > q.end && x.tokHas(k-1, wSeatFillers) && k+1 < len(toks) && x.tokHas(k+1, wSeatFillers) {
			continue
		}
		// "123 phone licences", "the 150,000 email licences", "60 Zoom
		// meetings licences": a word or two saying what kind of licence.
		if k <= q.end+2 && x.kindOfLicence(k) {
			continue
		}
		// "30,000 store workers", "2,500 branch staff": a word saying
		// what kind of people, right before the people noun and after
		// the count; "two of the largest users" picks some out of them.
		if k+1 < len(toks) && x.tokHas(k+1, wPeopleNouns) && x.kindOfPeople(k) && !slices.ContainsFunc(toks[q.end:k], func(t token) bool { return t.lower == "of" }) {
			continue
		}
		// "20,000 high school students", "900 customer service agents":
		// the kind of people may take two words.
		if k == q.end && k+2 < len(toks) && x.tokHas(k+2, wPeopleNouns) && x.kindOfPeople(k) && x.kindOfPeople(k+1) && !x.tokHas(k+1, wPeopleNouns) {
			k++
			continue
		}
		// "11,000 front-line workers", "1,200 call-centre agents": the
		// kind of people may be two words joined by a hyphen.
		if k+3 < len(toks) && toks[k+1].text == "-" && t.joins(&toks[k+1]) && toks[k+1].joins(&toks[k+2]) && x.tokHas(k+3, wPeopleNouns) &&
			x.kindOfPeople(k) && x.kindOfPeople(k+2) && !slices.ContainsFunc(toks[q.end:k], func(t token) bool { return t.lower == "of" }) {
			k += 2
			continue
		}
		// "50,000 Army and Department of Defense (DoD) personnel": a
		// short form in brackets belongs to the name before it.
		if (t.text == "(" || t.text == ")") && k > q.end && isNameToken(&toks[k-1]) {
			continue
		}
		// "50,000 Army and Department of Defense personnel": "and" between
		// two names the people belong to.
		if t.is2(wdAnd, symAmpersand) && k > q.end && isNameToken(&toks[k-1]) && k+1 < len(toks) && isNameToken(&toks[k+1]) {
			continue
		}
		if !(x.tokHas(k, wSeatFillers) || t.startsUpper() || t.text == "'" || t.text == "’" || t.text == "-" || t.text == "\"" || t.text == "”" || (t.kind == tokNum && !(k+1 < len(toks) && t.joins(&toks[k+1])) && k > q.end)) {
			return "", false
		}
	}
	return "", false
}

// kindOfLicence reports a lower-case word at k that says what kind of
// licence or seat follows within two words: "phone" in "123 phone
// licences". Words that link or act ("of", "signed", "bought") say
// something else.
func (x *extractor) kindOfLicence(k int) bool {
	toks := x.s.toks
	t := toks[k]
	// "300,000 committed seats", "500 licensed seats": a participle right
	// before the seat noun says what kind of seat; one further off acts.
	seatAt := func(j int) bool { return j < len(x.s.toks) && x.tokHas(j, wSeatNouns) }
	attributive := strings.HasSuffix(t.lower, "ed") && (seatAt(k+1) || x.productNounAt(k+1) && seatAt(k+2))
	if t.kind != tokWord || t.startsUpper() || x.tokHas(k, wAux) || x.tokHas(k, wSubjectVerbs) && !attributive || x.tokHas(k, wPeopleNouns) ||
		strings.HasSuffix(t.lower, "ed") && !attributive || x.s.marks[k]&namesNoKind != 0 {
		return false
	}
	if attributive {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if x.tokHas(j, wSeatNouns) && !x.tokHas(j, wPeopleNouns) {
			return true
		}
		if toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// kindOfPeople reports a lower-case word at k that may say what kind of
// people the noun after it counts: "store" in "30,000 store workers".
// Words that link, act or count ("of", "hired", "each") say something
// else.
func (x *extractor) kindOfPeople(k int) bool {
	t := x.s.toks[k]
	return t.kind == tokWord && !t.startsUpper() && !x.tokHas(k, wAux) && !x.tokHas(k, wSubjectVerbs) && !x.tokHas(k, wHeadcount) &&
		!x.tokHas(k, wTrained) && !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "ing") && x.s.marks[k]&(namesNoKind|haveVerbs|beVerbs|modal|opensRelative) == 0
}

// productNounAt reports a product named at k with a seat or people noun
// right after it: "Copilot users".
func (x *extractor) productNounAt(k int) bool {
	toks := x.s.toks
	return slices.ContainsFunc(x.s.products, func(m mention) bool {
		return m.start == k && m.end < len(toks) && (x.tokHas(m.end, wSeatNouns) || x.tokHas(m.end, wPeopleNouns))
	})
}

// headcountNear reports a count that is a company's size rather than a
// deal's: "employs 1.5 million people", "has 400 million monthly users".
func (x *extractor) headcountNear(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		if toks[k].is3(wdThat, symComma, symSemicolon) {
			break // "now understands that 7,600 ...": the count opens its own clause
		}
		if x.tokIs(k, haveVerbs) && k+1 < q.start && x.participle(k+1) {
			continue // "has bought 50,000 seats": an auxiliary, not a size
		}
		if x.tokHas(k, wSizeVerbs) || toks[k].lower == "of" && k > 0 && toks[k-1].is2(wdWorkforce, wdBase) {
			return true
		}
	}
	return false
}

// partOfPeople reads "deploy it to 30,000 of them": a count of people the
// sentence named before, given a product or a rollout, not trained.
func (x *extractor) partOfPeople(q *quantity) bool {
	toks := x.s.toks
	if q.end+1 >= len(toks) || toks[q.end].lower != "of" || !toks[q.end+1].is2(wdThem, wdThose) {
		return false
	}
	// "Fabrikam's staff, all 7,000 of them, now use Copilot"
	if !(x.sentenceHas(wRollout) || len(x.s.products) > 0 && (x.sentenceHas(wDeploy) || x.sentenceHas(wRolledOut))) {
		return false
	}
	for k := q.start - 1; k >= 0; k-- {
		if x.tokHas(k, wPeopleNouns) {
			// "train 80,000 staff ... and deploy it to 30,000 of them": the
			// verb governing this count decides, not the first one; "which
			// has 50,000 employees, will roll out Copilot to 10,000 of
			// them": a part of a company's size it rolls out to.
			for j := q.start - 1; j > k; j-- {
				if x.tokHas(j, wTrained) {
					return false
				}
				if x.tokHas(j, wRollout) || x.tokHas(j, wDeploy) {
					return true
				}
			}
			// "whose group has around 400 employees, 160 of them in
			// Glasgow": part of a company's size holds no seats.
			if i := slices.IndexFunc(x.s.qty, func(p quantity) bool { return p.kind == qtyCount && p.end <= k && p.end >= k-2 }); i >= 0 && x.headcountNear(&x.s.qty[i]) && !x.trainedAfter(&x.s.qty[i]) {
				return false
			}
			return true
		}
	}
	return false
}

// nameBefore reports a company or product name ending at, or running
// through, token k: "Microsoft 365", "Office 2019"; a capitalised word
// of a headline ("Deploys Claude To 470,000") is none.
func (x *extractor) nameBefore(k int) bool {
	for _, ms := range [][]mention{x.s.companies, x.s.products} {
		for _, m := range ms {
			if m.end == k || m.start < k && k < m.end {
				return true
			}
		}
	}
	return false
}

// participle reports a past participle at token k: "bought", "deployed".
func (x *extractor) participle(k int) bool {
	t := x.s.toks[k]
	return t.kind == tokWord && (strings.HasSuffix(t.lower, "ed") || x.tokIs(k, irregularParticiple))
}

// elidedSeats reads the second count of "about 75,000 staff in the US and
// roughly 26,000 in the UK" or "3,000 council employees and 500 from the
// fire service", whose noun is left out after the first.
func (x *extractor) elidedSeats(q *quantity) bool {
	toks := x.s.toks
	// "from a retailer with 8,000 seats to an insurer with 60,000."
	// "widened it to 700 and then to 2,000": a step of a series.
	// "11,000 accounts, up from 2,000 in January": the count before;
	// "plans to add 2,000 more next year": more of the same.
	upFrom := q.start > 1 && toks[q.start-1].lower == "from" && toks[q.start-2].is2(wdUp, wdDown)
	// "3 million paying users, a 50% increase from the 2 million
	// reported in February", "50% more than the 2 million", "compared
	// with 2 million": the figure the same count is compared with.
	if j := q.start - 1; !upFrom && j > 1 {
		if toks[j].lower == "the" {
			j--
		}
		upFrom = j > 0 && (toks[j].lower == "from" && toks[j-1].is7(wdIncrease, wdRise, wdJump, wdGrowth, wdDecrease, wdDrop, wdFall) ||
			toks[j].lower == "than" && toks[j-1].is3(wdMore, wdFewer, wdLess) || toks[j].is2(wdWith, wdTo) && toks[j-1].lower == "compared")
	}
	// "1.3 million paid subscribers, up 30% from 1 million": the rise
	// may be said between.
	if q.start > 2 && toks[q.start-1].lower == "from" && !upFrom {
		upFrom = slices.ContainsFunc(x.s.qty, func(p quantity) bool {
			return p.kind == qtyPercent && p.end == q.start-1 && p.start > 0 && toks[p.start-1].is2(wdUp, wdDown)
		})
	}
	// "expanded Copilot to 30,000 staff, from 2,000 last year", "have
	// grown to 25,000 from 5,000 a year ago": the count it grew from.
	grewFrom := q.start > 1 && toks[q.start-1].lower == "from" && (toks[q.start-2].text == "," ||
		slices.ContainsFunc(x.s.qty, func(p quantity) bool { return p.kind == qtyCount && p.end == q.start-1 }))
	end := q.end // where the clause goes on after the count
	more := end < len(toks) && toks[end].lower == "more"
	if more {
		end++
	}
	// "and another 900 will get it in the autumn", "a further 2,000
	// are planned": more of the same, whose verb may follow.
	another := q.start > 0 && toks[q.start-1].is2(wdAnother, wdFurther) && end < len(toks) &&
		(x.tokIs(end, modal) || x.tokIs(end, beVerbs) || x.tokIs(end, haveVerbs) || x.tokHas(end, wPlan) || toks[end].lower == "due")
	// "extend Slack to 22,000 more in 2026, after 8,000 joined last
	// year": a count whose own verb says it joined or moved.
	// What follows the verb is the product or when, not another place:
	// "300 moved to the new office" counts no seats.
	if q.start > 0 && toks[q.start-1].is4(wdAfter, wdAnd, wdWhile, wdSince) && end+1 < len(toks) && toks[end].kind == tokWord &&
		(x.tokHas(end, wRolledOut) || x.tokHas(end, wRollout)) && strings.HasSuffix(toks[end].lower, "ed") &&
		(toks[end+1].is6(wdIt, wdUp, wdLast, wdThis, wdIn, symPeriod) || slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start == end+1 })) {
		another = true
	}
	if q.start == 0 || !toks[q.start-1].is4(wdAnd, symComma, wdTo, wdWith) && !upFrom && !more && !grewFrom && !another ||
		!upFrom && !another && end < len(toks) && !toks[end].is15(wdIn, wdAt, wdFrom, wdAcross, wdBy, wdThis, wdNext, wdOver, symPeriod, symSemicolon, wdAnd, wdTo, wdFor, wdNow, wdLast) &&
			!(grewFrom && toks[end].is2(wdLast, wdA)) {
		return false
	}
	if q.end+1 < len(toks) && toks[q.end].lower == "and" && toks[q.end+1].lower != "to" && !x.tokIs(q.end+1, namesLater) {
		return false // "grades 10 and 11 and 4,900 teachers"
	}
	for i := range x.s.qty {
		p := &x.s.qty[i]
		if p.end <= q.start && p.kind == qtyCount && p.start != q.start {
			// The count before has its noun after it or, "the licences
			// break down as 4,000 for staff and 1,500 for contractors",
			// before it.
			if _, ok := x.nounAfter(p); (ok || x.seatNounBefore(p) || x.paidUsers(p)) && x.seatReading(p) != seatNone {
				return true
			}
		}
	}
	return false
}

// elidedAhead reads the first count of "widened it to 700 and then to
// 2,000 programmers" or "expanded its pilot from 300 to 2,000 licences" in
// a sentence about a rollout: the noun of the count after it is its noun
// too.
func (x *extractor) elidedAhead(q *quantity) bool {
	toks := x.s.toks
	if !x.sentenceHas(wRollout) || q.start == 0 || !toks[q.start-1].is2(wdTo, wdFrom) {
		return false
	}
	for _, p := range x.s.qty {
		if p.start < q.end {
			continue
		}
		if p.kind != qtyCount || p.start-q.end > 4 {
			return false
		}
		for k := q.end; k < p.start; k++ {
			if !(toks[k].text == "," || toks[k].is3(wdAnd, wdTo, wdOr) || x.tokIs(k, namesLater)) {
				return false
			}
		}
		if _, ok := x.nounAfter(&p); !ok || x.trainedAfter(&p) || x.headcountNear(&p) {
			return false
		}
		return true
	}
	return false
}

// workforceRollout reads "extend its capabilities to the department's
// full workforce of approximately three million personnel" in an article
// about a product: a rollout to the whole workforce, whose count is its
// seats, though the sentence does not name the product again.
func (x *extractor) workforceRollout(q *quantity) bool {
	toks := x.s.toks
	if x.ctxProduct == "" || !x.sentenceHas(wDeploy) || q.start < 2 || toks[q.start-1].lower != "of" || toks[q.start-2].lower != "workforce" {
		return false
	}
	for k := q.start - 3; k >= 0 && k >= q.start-8; k-- {
		if toks[k].lower == "to" {
			return true // "... to the department's full workforce of"
		}
	}
	return false
}

// movedToService reads "moved 25,000 employees, contractors and associates
// to the service" in an article about a product: people moved to the
// product it named before hold its seats, though this sentence calls it
// only the service.
func (x *extractor) movedToService(q *quantity) bool {
	if x.ctxProduct == "" {
		return false
	}
	toks := x.s.toks
	for k := q.end; k+2 < len(toks) && k < q.end+10; k++ {
		if toks[k].kind == tokNum || toks[k].text == ";" {
			return false
		}
		if toks[k].lower != "to" || toks[k+1].lower != "the" {
			continue
		}
		j := k + 2
		if toks[j].lower == "same" && j+1 < len(toks) {
			j++
		}
		return toks[j].is2(wdService, wdPlatform)
	}
	return false
}

// trainedAfter reports people counted as trained ("1,400 engineers who were
// trained on Claude", "train 30,000 staff"), who hold no seats.
func (x *extractor) trainedAfter(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		if x.tokHas(k, wTrained) {
			return !x.trainingWithAccess(k)
		}
	}
	// "provide free training in its Gemini AI to every one of the six
	// million educators": training given to the people, however far back
	// in the clause, unless a word of rolling out comes between.
	to := false
	for k := q.start - 1; k >= 0 && k >= q.start-12; k-- {
		// A product given ("gave Copilot and training to 5,000 staff")
		// is the rollout; one trained on ("training in its Gemini AI")
		// is what the training is about.
		if toks[k].is7(symComma, symSemicolon, symColon, symLParen, symEmDash, symEnDash, wdAccess) || x.tokIs(k, contrasts) || x.tokHas(k, wDeploy) || x.tokHas(k, wRolledOut) || x.tokHas(k, wRollout) ||
			slices.ContainsFunc(x.s.products, func(m mention) bool {
				return m.start <= k && k < m.end && !(m.start >= 2 && (toks[m.start-1].is3(wdIn, wdOn, wdAbout) || toks[m.start-1].is2(wdIts, wdThe) && toks[m.start-2].is3(wdIn, wdOn, wdAbout)))
			}) {
			break
		}
		if toks[k].is2(wdTo, wdFor) {
			to = true
		}
		if to && x.tokHas(k, wTrained) {
			return !x.trainingWithAccess(k)
		}
	}
	// "giving such skills to 1 million people by 2026": a training goal.
	for k := q.start - 1; k >= 0 && k >= q.start-5; k-- {
		if toks[k].text == "," || toks[k].text == ";" {
			break
		}
		if toks[k].is3(wdSkills, wdSkill, wdLiteracy) {
			return true
		}
	}
	for k := q.end; k < len(toks) && k < q.end+9; k++ {
		if x.tokHas(k, wTrained) || toks[k].is2(wdSkills, wdLiteracy) {
			return true // "give two million people AI skills by 2025"
		}
		if toks[k].text == "," || toks[k].text == ";" || toks[k].lower == "and" || x.tokIs(k, contrasts) {
			break
		}
	}
	return false
}

// trainingWithAccess reports the noun "training" at k given together with
// access or a product: in "Copilot access and training to its 65,000
// students" the people get the product, training besides.
func (x *extractor) trainingWithAccess(k int) bool {
	toks := x.s.toks
	// "8,000 licences and train 30,000 staff" joins a second clause.
	return k >= 2 && toks[k].lower == "training" && toks[k-1].is2(wdAnd, symAmpersand) && (toks[k-2].lower == "access" ||
		slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end == k-1 }))
}

// productBefore reports a product named between a count and its noun:
// "3,300 ChatGPT accounts".
func (x *extractor) productBefore(q *quantity) bool {
	for _, m := range x.s.products {
		// The noun comes after the product: in "800 million people use
		// ChatGPT" the product is what the people use, not what they hold.
		if m.start >= q.end && m.start <= q.end+2 && m.end < len(x.s.toks) && (x.tokHas(m.end, wSeatNouns) || x.tokHas(m.end, wPeopleNouns)) {
			return true
		}
	}
	// "Barclays has 40,000 Salesforce users", "Lloyds counts 45,000 Zoom
	// accounts": a software maker's name in the product's place names
	// what the users hold, when a company named before the count, other
	// than the maker, holds them ("Zoom has 300 million users" is the
	// maker's own base).
	return x.makerAfterCount(q) != ""
}

// makerAfterCount is the software maker named between a count and its
// users when a company named before the count holds them ("Barclays has
// 40,000 Salesforce users"): the seats' vendor, whatever product an
// earlier sentence spoke of. "" for none.
func (x *extractor) makerAfterCount(q *quantity) string {
	for _, m := range x.s.companies {
		if m.start == q.end && m.end < len(x.s.toks) && x.e.makers[m.name] && (x.tokHas(m.end, wSeatNouns) || x.tokHas(m.end, wPeopleNouns)) {
			if slices.ContainsFunc(x.s.companies, func(c mention) bool { return c.name != m.name && c.end <= q.start }) {
				return m.name
			}
			return ""
		}
	}
	return ""
}

// seatNounBefore reads a count that ends its clause after the seats were
// named earlier in it: "an allocation of licences, typically starting at
// around 2,000", "its Copilot seats grew to 12,000". No other figure may
// stand between the noun and the count, and nothing but the clause's end
// may follow it, so "licences for 2,000 schools" counts schools, not seats.
func (x *extractor) seatNounBefore(q *quantity) bool {
	toks := x.s.toks
	if q.scaled && q.end < len(toks) && toks[q.end-1].is3(wdM, wdBn, wdB) {
		return false
	}
	// "the licences break down as 4,000 for staff and 1,500 for
	// contractors": whom the count of seats is for may follow it.
	if q.end < len(toks) && !toks[q.end].is14(symPeriod, symSemicolon, symComma, wdIn, wdAt, wdAcross, wdBy, wdThis, wdNext, wdLast, wdFrom, wdTo, wdAnd, wdFor) {
		return false
	}
	for k := q.start - 1; k >= 0 && k >= q.start-12; k-- {
		// "Copilot licences bought: 1,800": a colon right before the
		// count gives the noun's figure.
		if toks[k].kind == tokNum || toks[k].text == ";" || toks[k].text == ":" && k != q.start-1 {
			return false
		}
		if x.tokHas(k, wSeatNouns) {
			// "licence revenue fell to 2,000": the noun names money.
			return k+1 >= len(toks) || !(x.tokHas(k+1, wRevenue) || x.tokHas(k+1, wOtherMoneyAfter))
		}
	}
	return false
}

// onlyRivalsNamed reports a sentence whose companies, other than the
// product's maker, are all named in passing, as rivals or asides.
func (x *extractor) onlyRivalsNamed() bool {
	vendor := x.e.vendorOf[x.product()]
	rival := false
	for _, m := range x.s.companies {
		if m.name == vendor {
			continue
		}
		if !x.namedInPassing(m.name) {
			return false
		}
		rival = true
	}
	return rival
}

// customerNamed reports a company in the sentence's context that does not
// make the product the sentence names.
func (x *extractor) customerNamed() bool {
	vendor := x.e.vendorOf[x.product()]
	for _, c := range x.context {
		if c != vendor {
			return true
		}
	}
	return false
}

// perPeriod reports people counted per day, week or month ("more than
// 10,000 developers work on its platform every day", "500 people a day are
// taking it up"): a rate of use, not the seats a deal covers. A relative
// clause about the people ("who reported saving two hours a week") says
// something else of them. Staff "using ChatGPT Enterprise every day" hold
// the named product's seats.
func (x *extractor) perPeriod(q *quantity) bool {
	toks := x.s.toks
	if len(x.s.products) > 0 && x.sentenceHas(wRolledOut) {
		return false
	}
	for k := q.end; k+1 < len(toks) && k < q.end+10; k++ {
		if toks[k].text == "," || toks[k].text == ";" || toks[k].kind == tokNum || x.tokIs(k, opensRelative) {
			return false // "175 employees reported saving 95 minutes a day"
		}
		if x.tokIs(k, perEach) && toks[k+1].is3(wdDay, wdWeek, wdMonth) {
			// "9,000 active users worked with Copilot tools every day":
			// people who use a named product each day hold its seats.
			return !slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start >= q.end && m.end <= k })
		}
	}
	return false
}

// accessToOwn reports "access to its" or "access to their" in q's clause
// after it.
func (x *extractor) accessToOwn(q *quantity) bool {
	toks := x.s.toks
	_, end := x.clause(q)
	for k := q.end; k+2 < end; k++ {
		if toks[k].lower == "access" && toks[k+1].lower == "to" && toks[k+2].is2(wdIts, wdTheir) {
			return true
		}
	}
	return false
}

// getsVendorTools reports people said to get a company's or a product's
// tools: "More than 50,000 DOT employees ... will get the Google tools".
// Getting anything else ("a pay rise") is no rollout.
func (x *extractor) getsVendorTools() bool {
	toks := x.s.toks
	for k := range toks {
		t := &toks[k]
		if !t.is4(wdGet, wdGets, wdGetting, wdGot) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if x.companyStartsAt(j) || slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start == j }) {
				return true
			}
		}
	}
	return false
}

// uptakeTo reads "uptake grew exponentially, to 13,000 users", "adoption
// of Claude inside Contoso has reached 9,200 employees", "IBM's user base
// on it rose to 165,000", "the number of ChatGPT Enterprise users at
// Fabrikam has passed 25,000": how far a product has spread among a
// customer's people, grown to a count, is its seats. A maker's own user
// base ("adoption of Copilot has reached 20 million users, Microsoft
// said") names no customer and holds none; the count must be what the
// uptake reached ("to", "reached"), not the people it is among.
func (x *extractor) uptakeTo(q *quantity) bool {
	toks := x.s.toks
	if q.start < 2 || x.product() == "" || !x.customerNamed() {
		return false
	}
	// "expects Copilot users to exceed 3,000": a verb of reaching a
	// count, after "to", is as good as "to".
	reach := q.start >= 3 && toks[q.start-2].lower == "to" && (x.tokIs(q.start-1, overtakesRival) || toks[q.start-1].is2(wdReach, wdExceed))
	// "has grown from 15,000 in the pilot to 100,000": the count the
	// uptake grew from is had too.
	from := toks[q.start-1].lower == "from" && (x.participle(q.start-2) || toks[q.start-2].is4(wdGrown, wdGrew, wdRisen, wdRose))
	if p := toks[q.start-1]; p.lower != "to" && !reach && !from && !(x.participle(q.start-1) && p.kind == tokWord && !p.startsUpper()) {
		return false
	}
	for k := q.start - 2; k >= 0 && k >= q.start-16; k-- {
		t := toks[k]
		// The count it grew from stands between the uptake and the
		// count it grew to.
		if i := slices.IndexFunc(x.s.qty, func(p quantity) bool { return p.kind == qtyCount && p.start <= k && k < p.end }); i >= 0 && x.s.qty[i].start > 0 && toks[x.s.qty[i].start-1].lower == "from" {
			k = x.s.qty[i].start - 1
			continue
		}
		if t.kind == tokNum || t.text == ";" || t.text == ":" || x.tokIs(k, opensRelative) {
			return false
		}
		// "its Copilot seat count reached 50,000"
		if t.is3(wdUptake, wdAdoption, wdUsage) || (t.lower == "user" || x.tokHas(k, wSeatNouns)) && k+1 < len(toks) && toks[k+1].is2(wdBase, wdCount) {
			return true
		}
		// "expects Copilot users to exceed 3,000"
		if reach && (t.lower == "users" || x.tokHas(k, wSeatNouns)) && slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end == k }) {
			return true
		}
		// "the number of Copilot users": a count of users in a product's
		// sentence, not of staff or customers.
		if t.lower == "number" && k+2 < q.start && toks[k+1].lower == "of" {
			for j := k + 2; j < q.start && j <= k+6; j++ {
				// "the number of staff using the assistant"
				if x.tokHas(j, wSeatNouns) || toks[j].is2(wdUsers, wdAccounts) || x.tokHas(j, wPeopleNouns) && j+1 < q.start && toks[j+1].is2(wdUsing, wdWith) {
					return true
				}
			}
		}
	}
	return false
}

// peopleOntoProduct reads "signs up 30,000 employees for Claude
// Enterprise", "is onboarding 5,000 staff onto Slack", "adds 36,000
// employees to Facebook at Work", "has 11,000
// accounts on ChatGPT Enterprise", "pay for 10,000 users of Copilot":
// people or accounts put on, onto or signed up for a named product, or a
// customer's users of it, hold its seats, whatever the verb. People
// trained on it or hired for it are caught before; "its" or another word
// between the preposition and the product ("engineers for its Copilot
// team") says something else.
func (x *extractor) peopleOntoProduct(q *quantity) bool {
	if len(x.s.products) == 0 {
		return false
	}
	toks := x.s.toks
	for k := q.end; k+1 < len(toks) && k < q.end+8; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.kind == tokNum || x.tokIs(k, opensRelative) {
			return false
		}
		// "10,000 users of Copilot": "of" right after the noun.
		of := t.lower == "of" && k > q.end && x.tokHas(k-1, wPeopleNouns) && x.customerNamed()
		// "adds 36,000 employees to Facebook at Work": people added to a
		// product.
		addTo := t.lower == "to" && q.start > 0 && toks[q.start-1].is4(wdAdd, wdAdds, wdAdded, wdAdding)
		if !t.is2(wdOnto, wdFor) && !of && !addTo && !(t.lower == "on" && toks[k+1].lower != "to") && !(t.lower == "to" && toks[k-1].lower == "on") {
			continue
		}
		j := k + 1
		if toks[j].lower == "the" {
			j++
		}
		return slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start == j })
	}
	return false
}

// accessToOther reports a sentence naming no product whose people get
// "access" to something other than the product the article is about:
// "5,000 employees have access to the new building", "gives 20,000
// students access to broadband". Access to "it", to "the tool" or to
// people ("widened access to 11,000 employees") is a rollout.
func (x *extractor) accessToOther() bool {
	if len(x.s.products) > 0 {
		return false
	}
	toks := x.s.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != "access" || toks[k+1].lower != "to" {
			continue
		}
		j := k + 2
		if toks[j].lower == "it" || toks[j].lower == "the" && j+1 < len(toks) && toks[j+1].is8(wdPlatform, wdService, wdTool, wdApp, wdSystem, wdSuite, wdAssistant, wdChatbot) {
			return false
		}
		// "widened access to 11,000 employees", "access to all staff":
		// the people access goes to.
		for i := j; i < len(toks) && i <= j+3; i++ {
			if toks[i].kind == tokNum || x.tokHas(i, wPeopleNouns) {
				return false
			}
		}
		return true
	}
	return false
}

// productHasUsers reads "ChatGPT Enterprise now has 1,500 users at
// Fabrikam", "At Contoso, Copilot now has 2,000 users": a product said to
// have users, in a sentence that names a customer, has them as that
// customer's seats. A product's users where the sentence names only its
// maker or no one ("Copilot now has 33 million users worldwide") are a
// user base.
func (x *extractor) productHasUsers(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].lower == "now" {
		k--
	}
	// "Copilot reaches 5,000 users at Hollins Law", "has passed 2,000
	// users at Contoso": a count the product grew to is had too.
	grew := k >= 1 && (x.tokIs(k, overtakesRival) || toks[k].is2(wdReached, wdReaches))
	if k < 1 || !x.tokIs(k, haveVerbs) && !grew {
		return false
	}
	j := k - 1
	if grew && x.tokIs(j, haveVerbs) && j > 0 {
		j--
	}
	if toks[j].lower == "now" && j > 0 {
		j--
	}
	if !slices.ContainsFunc(x.s.products, func(m mention) bool { return m.end == j+1 }) {
		return false
	}
	vendor := x.e.vendorOf[x.product()]
	return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.name != vendor && !x.inProductName(m.name) })
}

// inPart reports a word of list l in the part of the sentence, between
// semicolons, that holds q: in "Arizona State bought access for all of
// its students; nearly 10,000 students used it within a few months" the
// count after the semicolon is use, not the access bought before it.
func (x *extractor) inPart(q *quantity, l wordList) bool {
	toks := x.s.toks
	start, end := 0, len(toks)
	for k := q.start - 1; k >= 0; k-- {
		if toks[k].text == ";" {
			start = k + 1
			break
		}
	}
	for k := q.end; k < len(toks); k++ {
		if toks[k].text == ";" {
			end = k
			break
		}
	}
	if start == 0 && end == len(toks) {
		return true
	}
	for k := start; k < end; k++ {
		if x.tokHas(k, l) {
			return true
		}
	}
	return false
}

// firmOfSize reads "for a firm of 1,000 employees", "a company with 500
// staff", "a 1,000-employee business": a count that says how big a firm
// is, as pricing examples and profiles do, not the seats it holds.
func (x *extractor) firmOfSize(q *quantity) bool {
	toks := x.s.toks
	k := q.start
	if k >= 3 && toks[k-1].is2(wdOf, wdWith) && toks[k-2].is7(wdFirm, wdCompany, wdOrganisation, wdOrganization, wdBusiness, wdEmployer, wdStartup) &&
		(toks[k-3].is3(wdA, wdAn, wdAny) || k >= 4 && toks[k-3].kind == tokWord && toks[k-4].is2(wdA, wdAn)) {
		return true // "a small startup of about 100 people"
	}
	// "businesses of more than 10,000 employees pay $1 each": firms of a
	// size, counted in general.
	// "90 organisations with 30,000 workers taking part" is a rollout.
	if k >= 2 && toks[k-1].lower == "of" && toks[k-2].is8(wdFirms, wdCompanies, wdOrganisations, wdOrganizations, wdBusinesses, wdEmployers, wdStartups, wdEnterprises) {
		return true
	}
	// "given Lloyds' scale of 50,000+ employees": the scale or size a
	// company is of is its headcount.
	if k >= 2 && toks[k-1].lower == "of" && toks[k-2].is2(wdScale, wdSize) {
		return true
	}
	e := q.end
	return e+2 < len(toks) && toks[e].text == "-" && toks[e].joins(&toks[e+1]) && toks[e+1].is4(wdEmployee, wdPerson, wdStaff, wdStrong) &&
		toks[e+2].is6(wdFirm, wdCompany, wdOrganisation, wdOrganization, wdBusiness, wdEmployer) && k >= 1 && toks[k-1].is3(wdA, wdAn, wdAny)
}

// employedAfter reports people a passive verb after their noun says are
// employed or taken on: "nearly 3,000 people will be employed
// indirectly", "2,000 engineers were hired last year". Jobs a project
// makes or a company fills are no seats of anything rolled out.
func (x *extractor) employedAfter(q *quantity) bool {
	toks := x.s.toks
	for k := q.end; k < len(toks) && k <= q.end+4; k++ {
		if toks[k].kind != tokWord {
			return false
		}
		if toks[k].is3(wdEmployed, wdHired, wdRecruited) {
			return true
		}
	}
	return false
}

// activeUsersOfProduct reports "active" at k right before the people
// noun of a count, in a sentence that names a product after it: "more than
// 9,000 active users worked with Copilot tools every day". A count this
// small of a named product's active users is a customer's seats, not the
// product's user base ("300 million monthly active users").
func (x *extractor) activeUsersOfProduct(k int) bool {
	toks := x.s.toks
	if toks[k].lower != "active" || k+1 >= len(toks) || !x.tokHas(k+1, wPeopleNouns) {
		return false
	}
	return slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start > k+1 })
}

// tallied reports a sentence that counts what a company has rather than
// what it buys (see lTallyVerbs).
func (x *extractor) tallied() bool {
	for i := range x.s.toks {
		if x.lex.tokIn(lTallyVerbs, &x.s.toks[i]) {
			return true
		}
	}
	return false
}

// useEnded reports a count in a clause that says a product's use ended:
// "Contoso stopped using Copilot with its 4,000 staff", "no longer uses
// Microsoft 365 for its 4,000 employees". Those people hold none of its
// seats now. A verb of moving or rolling out after the words that end the
// use gives the count another product: "stopped using Slack and moved its
// 4,000 staff to Teams".
func (x *extractor) useEnded(q *quantity) bool {
	start, _ := x.clause(q)
	toks := x.s.toks
	for k := max(start, 1); k < q.start; k++ {
		// ("in no longer than six weeks" is a span, no ended use.)
		if !(toks[k].is1(wdLonger) && toks[k-1].is1(wdNo) && !(k+1 < len(toks) && toks[k+1].is1(wdThan)) || toks[k].is1(wdUsing) && x.lex.tokIn(lStopVerbs, &toks[k-1])) {
			continue
		}
		// "no longer gives its 4,000 staff Copilot": the verb "no
		// longer" denies is no new rollout.
		j := k + 1
		if toks[k].is1(wdLonger) {
			j++
		}
		for ; j < q.start; j++ {
			if x.tokHas(j, wDeploy) {
				return false
			}
			// "stopped using Zoom and bought 4,000 Microsoft Teams
			// licences", "which stopped using Zoom, now has 4,000
			// seats", "no longer uses Zoom, so 4,000 staff are on
			// Microsoft Teams": a verb of its own after "and", or "now"
			// or "so", tells what the company holds since, not what it
			// gave up.
			if x.lex.tokIn(lSinceWords, &toks[j]) || toks[j].is2(wdAnd, wdBut) && j+1 < q.start && toks[j+1].kind == tokWord && !toks[j+1].startsUpper() && !toks[j+1].is3(wdIts, wdTheir, wdThe) {
				return false
			}
		}
		return true
	}
	return false
}
