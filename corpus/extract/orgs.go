package extract

import (
	"slices"
	"strings"
)

// discoverOrgs finds organisations the gazetteer does not know from the
// roles they play in a sentence: the capitalised name before a deal verb
// ("Acme signed", "Acme agreed to buy"), after a deal word and a
// preposition ("a deal with Acme", "invested $2 billion in Acme"), after a
// purchase verb ("to acquire Acme") or before a possessive deal noun
// ("Acme's contract"). In a sentence about market shares (shares true) it
// also finds a name listed with a known company ("Xiaomi and Samsung"); in
// one that counts people or seats (seats true), the organisation that holds
// them ("Lindqvist Engineering now has 3,100 Cursor users").
// Names are returned as the article writes them, with legal
// suffixes dropped. cues are the lists the sentence's words are in
// (cuesInto): a case that needs a rare word asks them before it scans.
func (x *lexicon) discoverOrgs(toks []token, bits []listSet, marks []wordMark, cues listSet, known, products []mention, shares, seats bool) []mention {
	return x.findOrgs(toks, bits, marks, cues, known, products, shares, seats, true)
}

// coveredBy marks, of n tokens, those a mention covers.
func coveredBy(n int, ms []mention) []bool {
	return markCovered(make([]bool, n), ms)
}

// flags returns n cleared flags, one a token: buf's own for a sentence
// that fits it, which spares most sentences an array on the heap.
func flags(buf *[256]bool, n int) []bool {
	if n <= len(buf) {
		return buf[:n]
	}
	return make([]bool, n)
}

// markCovered marks in covered, one flag a token, those a mention covers.
func markCovered(covered []bool, ms []mention) []bool {
	for _, m := range ms {
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	return covered
}

// orgCaseStarts are the lists a case of findOrgs starts at, made once
// rather than for each sentence.
var orgCaseStarts = func() listSet {
	var starts listSet
	for _, l := range [...]wordList{wPublicBody, wInstitution, wSubjectVerbs, wObjectVerbs, wDescriptor, wSell, wAward, wLease, wBusiness} {
		starts.add(l)
	}
	return starts
}()

// findOrgs is discoverOrgs; skip false tries every case at every token,
// which a test compares with the skipping the scan does for speed.
func (x *lexicon) findOrgs(toks []token, bits []listSet, marks []wordMark, cues listSet, known, products []mention, shares, seats, skip bool) []mention {
	// As long as toks, which spares a bounds check at each token.
	bits, marks = bits[:len(toks)], marks[:len(toks)]
	// Most sentences are shorter than buf, which spares each its own
	// array on the heap.
	var buf [256]bool
	covered := markCovered(flags(&buf, len(toks)), known)
	var out []mention
	add := func(start, end int) {
		if m, ok := x.orgName(toks, bits, marks, start, end, covered); ok && !slices.ContainsFunc(out, func(o mention) bool { return o.start == m.start && o.end == m.end }) {
			out = append(out, m)
		}
	}
	// addDescribed adds the organisation named from token k on, past the
	// words that say what it is ("analytics company Tableau").
	// So is one named after a comma that closes what it is ("to buy a
	// Nairobi data centre operator, Wingtip, for").
	addDescribed := func(k int) {
		j := describedOrg(toks, bits, k)
		if j < 0 {
			j = describedAfterComma(toks, bits, k)
		}
		if j >= 0 {
			add(j, runAfter(toks, j))
		}
	}
	// The cases a preposition may open, tried in the full switch below and
	// alone for a preposition that opens no other: each reports whether it
	// applied.
	// "led the round together with US tech investor Valor Equity
	// Partners", "co-led it with existing backer Monolith"
	ledWith := func(i int) bool {
		t := &toks[i]
		if !(t.is2(wdWith, wdAlongside) && i+1 < len(toks)) {
			return false
		}
		if leadVerbBefore(toks, marks, i) {
			addDescribed(i + 1)
			return true
		}
		if t.lower == "alongside" && x.dealContextBefore(toks, bits, i) {
			// "invested $100 million in Byju's alongside General
			// Atlantic and Sequoia": who invests beside the subject.
			if j := describedOrg(toks, bits, i+1); j >= 0 {
				addListed(toks, bits, j, add)
			}
			return true
		}
		return false
	}
	// "5,000 people at Houston Methodist", "staff at the Crown
	// Prosecution Service", "3,300 employees of Dovecote Housing":
	// where people work is an organisation; so is where a product
	// is tried ("the pilot at Stellan Telecom").
	workedAt := func(i int) bool {
		t := &toks[i]
		if !((t.lower == "at" || t.lower == "of" && i > 1 && toks[i-2].kind == tokNum) && i > 0 && i+1 < len(toks) && (bitIn(bits, i-1, wPeopleNouns) || bitIn(bits, i-1, wPilot))) {
			return false
		}
		j := i + 1
		if j+1 < len(toks) && toks[j].lower == "the" {
			j++
		}
		if toks[j].startsUpper() && isNameToken(&toks[j]) {
			add(j, runAfter(toks, j))
		}
		return true
	}
	// "At Uchida Yoko, 1,200 employees use Copilot": a name a sentence
	// opens with after "At" and before a comma and the staff it has is
	// where they work. People who only watch or meet somewhere ("At
	// Computex, analysts said") name no workplace.
	openingAt := func(i int) {
		if i != 0 || toks[0].text != "At" || len(toks) < 4 || !isNameToken(&toks[1]) {
			return
		}
		e := runAfter(toks, 1)
		if e >= len(toks) || toks[e].text != "," {
			return
		}
		for k := e + 1; k < len(toks) && k <= e+4; k++ {
			if bitIn(bits, k, wPeopleNouns) && !toks[k].is6(wdAnalysts, wdParticipants, wdPeople, wdUsers, wdAttendees, wdVisitors) {
				add(1, e)
				return
			}
		}
	}
	// "the City of Edmonton", "the Village of Downers Grove": a place's
	// own government, named by the kind of place it runs. A city named
	// alone ("Edmonton") is the place.
	civicOf := func(i int) bool {
		if !(toks[i].is1(wdOf) && i > 0 && i+1 < len(toks) && civicHead(&toks[i-1]) && toks[i+1].startsUpper() && isNameToken(&toks[i+1])) {
			return false
		}
		// "its offices in the City of London": where something is, the
		// place, not its government.
		if j := i - 2; j >= 0 && (placePreposition(&toks[j]) || toks[j].lower == "the" && j > 0 && placePreposition(&toks[j-1])) {
			return false
		}
		add(i-1, runAfter(toks, i+1))
		return true
	}
	// "the acquisition of Activision Blizzard", "its acquisition of
	// analytics company Tableau"
	acquisitionOf := func(i int) bool {
		t := &toks[i]
		if !(t.lower == "of" && i > 0 && i+1 < len(toks) && bitIn(bits, i-1, wAcquire)) {
			return false
		}
		addDescribed(i + 1)
		return true
	}
	// "the sale of Halvorsen Drives for €3.5 billion", "the
	// divestment of Tessaly to Fabrikam": a business sold whole, named
	// right after the noun of selling with its price or buyer after it.
	// What follows the name must be "for", "to" or a comma: "the sale of
	// Nvidia chips to China" sells goods.
	saleOf := func(i int) bool {
		if !(toks[i].lower == "of" && i > 0 && i+1 < len(toks) && toks[i-1].is4(wdSale, wdDivestment, wdDivestiture, wdDisposal) && toks[i+1].startsUpper() && isNameToken(&toks[i+1])) {
			return false
		}
		if e := runAfter(toks, i+1); e < len(toks) && (toks[e].is2(wdTo, wdFor) || toks[e].text == ",") {
			add(i+1, e)
		}
		return true
	}
	// "the audio division of Italy's Masimo", "the automotive
	// Ethernet business of Marvell": who owns a business.
	businessOf := func(i int) bool {
		t := &toks[i]
		if !(t.lower == "of" && i > 0 && i+1 < len(toks) && bitIn(bits, i-1, wBusiness) && !toks[i-1].startsUpper()) {
			return false
		}
		addDescribed(i + 1)
		return true
	}
	// "will pay $3.9 billion for One Medical", "$3 billion in
	// cash for Robust Intelligence"; not the place of "a $2.3
	// billion construction loan for Abilene data center".
	paidFor := func(i int) bool {
		t := &toks[i]
		if !(t.lower == "for" && i+1 < len(toks) && moneyJustBefore(toks, i) && toks[i+1].startsUpper()) {
			return false
		}
		if e := runAfter(toks, i+1); !siteAfter(marks, e) {
			add(i+1, e)
		}
		return true
	}
	// "led a $10 million seed round for Singapore's Velmora": the
	// company a round is for raises it.
	roundFor := func(i int) bool {
		if !(toks[i].lower == "for" && i > 0 && i+1 < len(toks) && toks[i-1].is3(wdRound, wdFunding, wdFinancing)) {
			return false
		}
		if j := describedOrg(toks, bits, i+1); j >= 0 {
			addListed(toks, bits, j, add)
		}
		return true
	}
	// "with participation from Fidelity and Magnetar": a round's
	// other backers.
	participationFrom := func(i int) bool {
		t := &toks[i]
		if !(t.lower == "from" && i > 0 && i+1 < len(toks) && toks[i-1].lower == "participation") {
			return false
		}
		if j := describedOrg(toks, bits, i+1); j >= 0 {
			addListed(toks, bits, j, add)
		}
		return true
	}
	// "a deal with data center operator IREN", "an investment
	// from DigitalBridge and Silver Lake": each name of a list
	// the preposition opens is a side, and so is who a loan is
	// from or to ("a $75 million loan to Raxio"). What follows a
	// site and "in" is where it is: "pay for the facility in
	// Loyang". The name is looked for first: most prepositions
	// open none, and the deal words before cost a longer look.
	dealWith := func(i int) bool {
		t := &toks[i]
		if !(t.is6(wdWith, wdIn, wdInto, wdFrom, wdTo, wdBy) && i+1 < len(toks) && i > 0 && !(t.lower == "in" && marks[i-1]&namesSite != 0)) {
			return false
		}
		j := describedOrg(toks, bits, i+1)
		if j < 0 {
			j = describedAfterComma(toks, bits, i+1)
		}
		if j >= 0 && (x.dealContextBefore(toks, bits, i) || marks[i-1]&namesDebt != 0) {
			addListed(toks, bits, j, add)
		} else if j >= 0 && !shares && t.lower == "from" && sumJustBefore(toks, i) {
			// "including $110m from Proparco and the Orrin Fund": a fund,
			// a bank or an investment firm a sum comes from gave it,
			// however far back the deal word stands. Other names a sum
			// comes from are customers or markets, and in a sentence
			// about market shares the sum is revenue.
			addListed(toks, bits, j, func(start, end int) {
				if x.tokIn(lFirmHeads, &toks[end-1]) {
					add(start, end)
				}
			})
		}
		return true
	}
	// "operated by Velmora", "built by Velmora for the ministry": who
	// runs, builds or pays for a site or a system is an organisation.
	// Who owns or runs one may be a person ("owned by Elon Musk"), so
	// those verbs say nothing.
	madeBy := func(i int) bool {
		if !(toks[i].is1(wdBy) && i > 0 && i+1 < len(toks) && x.tokIn(lMadeByVerbs, &toks[i-1]) && toks[i+1].startsUpper() && isNameToken(&toks[i+1])) {
			return false
		}
		addListed(toks, bits, i+1, add)
		return true
	}
	// The lists and words a case below starts at: most tokens are none,
	// and skip the cases. A new case adds its list to orgCaseStarts or its
	// words to the lexicon's org-cues (TestDiscoverOrgsSkipsNoCase fails
	// when one is missing).
	starts := orgCaseStarts
	// ands are where the sentence's first lists join their last names,
	// read after the scan for the names listed with a firm.
	var ands [4]int
	nAnds := 0
	for i := range toks {
		t := &toks[i]
		if skip && !bits[i].meets(starts) && marks[i]&(startsOrg|estimatesValue|takesOver) == 0 && !(t.kind == tokSym && (t.text == "'" || t.text == "’" || t.text == "&" || t.text == "(" || shares && t.text == "%")) {
			continue
		}
		// "and" opens a case only in a sentence about shares; elsewhere
		// it is kept for the lists read after the scan. The org cues
		// hold it, so the skip above never passes it by.
		if !shares && t.is2(wdAnd, symAmpersand) {
			if nAnds < len(ands) {
				ands[nAnds] = i
				nAnds++
			}
			if skip && !bits[i].meets(starts) {
				continue
			}
		}
		if skip && t.kind == tokWord && !bits[i].meets(starts) && marks[i]&(estimatesValue|takesOver|includesNames) == 0 {
			// A preposition in no case's list and with no case's mark can
			// open only its own cases, tried in the switch's order: the
			// commonest words of a sentence skip the other twenty.
			switch t.lower {
			case "with":
				_ = ledWith(i) || dealWith(i)
				continue
			case "at":
				if !workedAt(i) {
					openingAt(i)
				}
				continue
			case "of":
				_ = workedAt(i) || acquisitionOf(i) || saleOf(i) || businessOf(i) || civicOf(i)
				continue
			case "for":
				_ = roundFor(i) || paidFor(i)
				continue
			case "from":
				_ = participationFrom(i) || dealWith(i)
				continue
			case "by":
				_ = madeBy(i) || dealWith(i)
				continue
			case "in", "into", "to":
				dealWith(i)
				continue
			}
		}
		switch {
		case shares && (t.text == "%" || t.lower == "percent"):
			// "Lenovo held 23.5%, HP 20.9% and Dell 15.8%": a name with its
			// verb left out, listed after a share.
			if end := i - 1; end >= 2 && toks[end].kind == tokNum && isNameToken(&toks[end-1]) {
				if start := runBefore(toks, end); start > 0 && start < end && toks[start-1].is2(symComma, wdAnd) && percentBefore(toks, start-1) {
					add(start, end)
				}
			}
		case shares && t.is2(wdAnd, symAmpersand):
			// "Xiaomi and Samsung", "Apple, Oppo and Samsung": the names
			// listed with a known company are companies too.
			x.listedAround(toks, i, covered, covered, add)
		case t.startsUpper() && registeredSuffix(t.lower) && i > 0 && !covered[i-1] && toks[i-1].startsUpper():
			// "Liames LLC", "Net Magic IT Services Pvt Ltd": a name
			// written with the form a company is registered in is a
			// company's, whatever else the sentence says of it. Words that
			// only end names ("Group Sdn Bhd" after a name in lower case)
			// are none alone.
			s := runBefore(toks, i)
			k := s
			for k < i && (orgNouns[toks[k].lower] || isLegalSuffix(toks[k].lower)) {
				k++
			}
			if k < i {
				add(s, i+1)
			}
		case t.startsUpper() && (bitIn(bits, i, wPublicBody) || bitIn(bits, i, wInstitution)) && !covered[i]:
			// "the Home Office", "Ministry of Defence", "California State
			// University": a body named by what it is.
			e := i + 1
			if e+1 < len(toks) && toks[e].is2(wdOf, wdFor) && toks[e+1].startsUpper() && !(marks[e+1]&startsQuantity != 0 && e+2 < len(toks) && toks[e+2].kind == tokNum) {
				// "Hospital for Rs 116 crore": what a body is bought for is
				// no part of its name.
				e = x.bodyTailAfter(toks, bits, runAfter(toks, e+1), covered)
			}
			s := bodyHeadBefore(toks, bits, i, runBefore(toks, i), covered)
			if s == i && e == i+1 && e < len(toks) && toks[e].startsUpper() && !initialism(*t) {
				// "County Administrator Chris DeBolt", "Council Leader
				// Ann Hale": a head word that opens a person's title
				// names no body; an initialism ("HMRC") does.
				continue
			}
			add(s, e)
		case t.lower == "led" && i >= 2 && toks[i-1].text == "-" && toks[i-1].joins(t) && toks[i-2].joins(&toks[i-1]) && isNameToken(&toks[i-2]) && i+1 < len(toks) && toks[i+1].is7(wdConsortium, wdGroup, wdSyndicate, wdRound, wdVenture, wdTeam, wdAlliance):
			// "the Velmora-led consortium", "a Velmora-led round": who
			// leads a group of firms or a round.
			add(runBefore(toks, i-1), i-1)
		case bitIn(bits, i, wBusiness) && !t.startsUpper() && i > 0 && i+1 < len(toks) && isNameToken(&toks[i-1]) && toks[i+1].startsUpper() && isNameToken(&toks[i+1]) && t.is4(wdUnit, wdSubsidiary, wdArm, wdDivision):
			// "Velmora unit Tessaly", "Velmora subsidiary Tessaly": the
			// part a parent owns, which acts in its own name. The parent
			// is named for who owns it, not as a side, and the word
			// before may say what kind of unit it is ("Cloud unit").
			add(i+1, runAfter(toks, i+1))
		case bitIn(bits, i, wAward) && i > 0 && i+2 < len(toks) && toks[i+1].startsUpper() && isNameToken(&toks[i+1]) && chosenFor(toks, runAfter(toks, i+1)):
			// "selected Velmora as its cloud partner", "tapped Velmora to
			// build the site": who is chosen for a firm's work. People are
			// chosen "to lead" or "as chief executive", which say nothing.
			add(i+1, runAfter(toks, i+1))
		case marks[i]&startsOrg != 0 && i > 0 && isNameToken(&toks[i-1]) && !covered[i-1] && saidItAt(toks, i):
			// "Velmora said it plans to", "Velmora said its revenue": a
			// name that speaks of itself as "it".
			if end := beforeShortForm(toks, beforeAppositive(toks, i)); end > 0 && isNameToken(&toks[end-1]) {
				add(runBefore(toks, end), end)
			}
		case marks[i]&startsOrg != 0 && t.startsUpper() && i+1 < len(toks) && toks[i+1].startsUpper() && x.tokIn(lOrgOpenings, t) && isNameToken(&toks[i+1]) && !covered[i] && !covered[i+1] && !x.tokIn(lPersonTitles, &toks[i+1]) && (i == 0 || !toks[i-1].startsUpper()):
			// "Banco Genial SA had", "Grupo Velmora said": a name opening
			// with its kind. "Bank Governor Anna Berg" opens a title, and
			// "Velmora Bank Tessaly" is no one name.
			add(i, runAfter(toks, i))
		case marks[i]&startsOrg != 0 && t.startsUpper() && i > 0 && orgSuffixWord(t.lower) && isNameToken(&toks[i-1]) && !covered[i-1] && !covered[i] && (i+1 == len(toks) || !toks[i+1].startsUpper() && !toks[i+1].is1(wdIndex)):
			// "Velmora Holdings", "Tessaly Networks": a name ending as
			// firms' names do, whatever role it plays; "the Philadelphia
			// Semiconductor index" names an index.
			if s := runBefore(toks, i); s < i {
				add(s, i+1)
			}
		case marks[i]&startsOrg != 0 && itsPartsAt(toks, i) && !covered[i-3]:
			// "Velmora and its partners": what only an organisation has;
			// "Velmora and other lenders": what kind it is.
			add(runBefore(toks, i-2), i-2)
		case marks[i]&startsOrg != 0 && (t.lower == "part" || t.is7(wdParticipated, wdParticipate, wdParticipating, wdInvestors, wdInvestor, wdBackers, wdBacker)) && joinedRoundAt(toks, marks, i) > 0:
			// "Wellstreet and Norrsken Evolve took part", "Orrin came in as
			// a new investor": every name of the list puts money in.
			end := joinedRoundAt(toks, marks, i)
			start := runBefore(toks, end)
			if !covered[end-1] {
				add(start, end)
			}
			// "Orrin, Tessaly and others also took part": the list
			// closes with "and others", so a comma comes before its
			// last name.
			addListedBefore(toks, start, end, end+1 < len(toks) && toks[end].is1(wdAnd) && toks[end+1].lower == "others", add)
		case marks[i]&startsOrg != 0 && t.is1(wdAmong) && amongBackersAt(toks, i) > 0:
			// "Orrin Partners and B Capital are among the investors": every
			// name of the list is a backer.
			end := amongBackersAt(toks, i)
			start := runBefore(toks, end)
			if !covered[end-1] {
				add(start, end)
			}
			addListedBefore(toks, start, end, false, add)
		case marks[i]&startsOrg != 0 && i > 0 && isNameToken(&toks[i-1]) && !covered[i-1] && reportsResultsAt(toks, i):
			// "Velmora posted revenue of", "Velmora employs 4,000
			// people", "Velmora went public": a business's results.
			if end := beforeShortForm(toks, beforeAppositive(toks, x.skipAux(toks, bits, i))); end > 0 && isNameToken(&toks[end-1]) {
				add(runBefore(toks, end), end)
			}
		case marks[i]&startsOrg != 0 && i+2 < len(toks) && toks[i+1].kind == tokNum && movedByPercentAt(toks, bits, i) >= 0 && !covered[i-1]:
			// "Cochin Shipyard surged 10% after the company bagged": a
			// listed company's stock moving by its name.
			add(movedByPercentAt(toks, bits, i), i)
		case t.text == "(" && i > 0 && isNameToken(&toks[i-1]) && tickerAt(toks, i):
			// "Velmora (NASDAQ: VLMR) said": a listed company's name.
			add(runBefore(toks, i), i)
		case listedParticiple(t.lower) && i >= 2 && toks[i-1].text == "-" && toks[i-1].joins(t) && i+1 < len(toks) && toks[i+1].startsUpper() && isNameToken(&toks[i+1]):
			// "Nasdaq-listed Velmora", "state-owned Velmora", "Lagos-
			// headquartered Velmora": the participle describes the name
			// after it. Who owns or backs it may be a person ("Musk-owned"),
			// and where it is listed an exchange, so the word before is
			// left alone.
			add(i+1, runAfter(toks, i+1))
		case marks[i]&startsOrg != 0 && i > 0 && isNameToken(&toks[i-1]) && !covered[i-1] && titleAfterName(toks, i) > 0:
			// "Velmora CEO Anna Berg", "Velmora chief executive Anna Berg
			// said": whose officer someone is. "Former CEO" and "Group
			// chief executive" say what kind of officer.
			s := runBefore(toks, i)
			for s < i && x.tokIn(lTitleKinds, &toks[s]) {
				s++
			}
			if s < i {
				add(s, i)
			}
		case marks[i]&startsOrg != 0 && t.is2(wdOfficial, wdOfficials) && i > 0 && isNameToken(&toks[i-1]) && !covered[i-1] && officialsOf(toks, bits, i) >= 0:
			// "a former senior National Treasury official", "Dataport
			// officials said": whose officials they are is a body or a
			// firm.
			add(officialsOf(toks, bits, i), i)
		case marks[i]&startsOrg != 0 && foundedAside(toks, i):
			// "Velmora, headquartered in Lagos,", "Velmora, founded in
			// 2019,": an organisation is set up and has a seat.
			if s, e, ok := asideSubject(toks, i-1); ok {
				add(s, e)
			}
		case t.is1(wdShares) && i+2 < len(toks) && toks[i+1].is1(wdOf) && toks[i+2].startsUpper() && isNameToken(&toks[i+2]) && !toks[i+2].is2(wdClass, wdSeries):
			// "shares of Velmora rose": a listed company. A "stock of"
			// is as often one of chips ("a stock of H100s").
			if e := runAfter(toks, i+2); e-(i+2) > 1 || len(toks[i+2].text) > 1 {
				add(i+2, e)
			}
		case t.is2(wdShares, wdStock) && i > 0 && i+1 < len(toks) && priceMoves(toks[i+1].lower) && isNameToken(&toks[i-1]) && !covered[i-1] && !bitIn(bits, i-1, wStock) && len(toks[i-1].text) > 1:
			// "Velmora shares rose 4%". A single word opening the sentence
			// may be a sector ("Technology shares fell"); a brand's shape
			// or capitals say it is a name.
			s := runBefore(toks, i)
			if s > 0 || i-s > 1 || initialism(toks[0]) || brandWord(&toks[0]) {
				if !toks[s].is2(wdClass, wdSeries) {
					add(s, i)
				}
			}
		case marks[i]&takesOver != 0 && i > 0 && stakeWithin(toks, i+1):
			// "Brookfield took a 51% stake in Compass": who takes a part
			// of a company.
			if end := beforeShortForm(toks, beforeAppositive(toks, x.skipAux(toks, bits, i))); end > 0 {
				add(runBefore(toks, end), end)
			}
		case marks[i]&takesOver != 0 && i+2 < len(toks) && toks[i+1].lower == "up" && toks[i+2].startsUpper() && isNameToken(&toks[i+2]):
			// "Datadog snaps up Eppo for $220m": who is snapped up, when a
			// price or a description follows; not what is taken up "for
			// its legal staff".
			if e := runAfter(toks, i+2); e+1 < len(toks) && (toks[e].is2(wdFor, wdIn) && moneyAt(toks, e+1) || toks[e].text == ",") {
				add(i+2, e)
				if end := beforeShortForm(toks, beforeAppositive(toks, x.skipAux(toks, bits, i))); end > 0 {
					add(runBefore(toks, end), end)
				}
			}
		case marks[i]&takesOver != 0 && i+2 < len(toks) && toks[i+1].startsUpper() && isNameToken(&toks[i+1]):
			// "Vista will take Duck Creek private": who buys a listed
			// company and the company bought.
			if e := runAfter(toks, i+1); e < len(toks) && toks[e].lower == "private" {
				add(i+1, e)
				if end := beforeShortForm(toks, beforeAppositive(toks, x.skipAux(toks, bits, i))); end > 0 {
					add(runBefore(toks, end), end)
				}
			}
		case bitIn(bits, i, wSubjectVerbs):
			end := x.skipAux(toks, bits, i)
			if end == i && end > 2 && toks[end-1].text == "-" && toks[end-2].lower == "co" {
				// "Sequoia and Accel co-led the round"
				end = x.skipAux(toks, bits, end-2)
			}
			if end > 1 && toks[end-1].is2(wdSays, wdSaid) {
				// "Aleph Alpha says it raised": the company, past what
				// it says.
				end = x.skipAux(toks, bits, end-1)
			}
			if end > 2 && toks[end-1].is1(wdWhich) && toks[end-2].text == "," {
				// "came from Velmora Financial (VF), which secured": a
				// relative clause's verb is done by the name it follows ("who"
				// follows a person: "Anna Berg, who runs the fund").
				end -= 2
			}
			if end > 0 {
				end = beforeShortForm(toks, beforeAppositive(toks, end))
				start := runBefore(toks, end)
				if start > 0 && toks[start-1].is5(wdIts, wdTheir, wdOur, wdHis, wdHer) && end == i {
					// "stepped up their DRAM purchases": the verb's form
					// is a noun, and what it names a product.
					continue
				}
				add(start, end)
				// "Aker and Nscale have committed", "GIC and the hedge
				// fund Coatue Management led": every name of a list
				// before the verb does what it says.
				addListedBefore(toks, start, end, false, add)
			}
			if bitIn(bits, i, wAward) {
				awardee(toks, i, add)
			}
			// "The deal gives Trevane Motors 6,500 Slack seats": whom a
			// count is handed to, named right after the verb.
			if bitIn(bits, i, wDeploy) && i+2 < len(toks) && toks[i+1].startsUpper() && !covered[i+1] {
				if e := runAfter(toks, i+1); e < len(toks) && toks[e].kind == tokNum {
					add(i+1, e)
				}
			}
			if bitIn(bits, i, wObjectVerbs) && i+1 < len(toks) {
				// "Intel bought McAfee": "bought" has a subject and an
				// object.
				addDescribed(i + 1)
			}
		case bitIn(bits, i, wLease) && i > 1 && toks[i-1].kind == tokWord && toks[i-2].kind != tokNum && !toks[i-1].is7(wdA, wdAn, wdThe, wdIts, wdTheir, wdTo, wdOf):
			// "Aligned Data Centers will lease a campus to", "Cipher Mining
			// leased 300MW to AWS": who lets or takes a lease, named
			// before its verb; not "a lease", "a 150MW lease", "the
			// leasing" or "agreed to lease", which name no side there.
			if end := beforeShortForm(toks, x.skipAux(toks, bits, i)); end > 0 {
				add(runBefore(toks, end), end)
			}
		case (t.lower == "sold" && i+1 < len(toks) && toks[i+1].is2(wdA, wdAn) || bitIn(bits, i, wSell) && i+1 < len(toks) && toks[i+1].is2(wdIts, wdTheir)) && i > 0:
			// "Hive Digital sold a Quebec site", "Kestrel Systems sold its
			// payroll unit", "Fabrikam will sell its data centres": who
			// sells what it owns. "Sold" alone is as often a participle
			// ("revenue sold through channels").
			if end := beforeShortForm(toks, beforeAppositive(toks, x.skipAux(toks, bits, i))); end > 0 {
				add(runBefore(toks, end), end)
			}
		case t.lower == "sold" && i > 1 && marks[i-1]&beVerbs != 0 && i+1 < len(toks) && toks[i+1].is2(wdTo, wdBy):
			// "Altera was sold by Intel", "Nexperia was sold to Wingtech":
			// what is sold is a company.
			if end := beforeShortForm(toks, beforeAppositive(toks, x.skipAux(toks, bits, i))); end > 0 {
				add(runBefore(toks, end), end)
			}
		case bitIn(bits, i, wSell) && suppliedWith(toks, i) > 0:
			// "Nscale will supply Microsoft with 200,000 GPUs": who
			// supplies and who is supplied.
			add(i+1, suppliedWith(toks, i))
			if end := beforeShortForm(toks, x.skipAux(toks, bits, i)); end > 0 {
				add(runBefore(toks, end), end)
			}
		case bitIn(bits, i, wSell) && i+1 < len(toks) && toks[i+1].startsUpper() && isNameToken(&toks[i+1]):
			// "sold Altera to Silver Lake", "sell Quantix for $90
			// million": a company sold whole. "sold H20 chips to" names
			// a product.
			if e := runAfter(toks, i+1); e < len(toks) && (toks[e].is2(wdTo, wdFor) || toks[e].text == ",") {
				add(i+1, e)
				if end := beforeShortForm(toks, i); t.lower == "sold" && end > 0 {
					// "Ostrava Semiconductor sold Quantix Labs to": and who
					// sold it.
					add(runBefore(toks, end), end)
				}
			}
		case t.is2(wdReceived, wdReceives) && i > 0 && moneyAt(toks, i+1):
			// "Tessaract Cloud received a €90 million investment": who
			// receives money is a side; "Interior received 11 bids" names
			// no money, and its subject may be a body's short name.
			if end := beforeShortForm(toks, x.skipAux(toks, bits, i)); end > 0 {
				add(runBefore(toks, end), end)
			}
		case bitIn(bits, i, wAward):
			awardee(toks, i, add)
		case marks[i]&estimatesValue != 0 && i+1 < len(toks):
			// "which values Corvid Labs at $2 billion": the company a
			// price is put on.
			if j := describedOrg(toks, bits, i+1); j >= 0 {
				if e := runAfter(toks, j); e < len(toks) && toks[e].lower == "at" {
					add(j, e)
				}
			}
		case ledWith(i):
		case marks[i]&startsOrg != 0 && ownerNamed(toks, i) > 0:
			// "Tailspin's majority owner, Pellworth Capital": a company's
			// owner, named after the word for it.
			j := ownerNamed(toks, i)
			add(j, runAfter(toks, j))
		case marks[i]&startsOrg != 0 && backersNamed(toks, i) && !covered[i+1]:
			// "along with existing backers Avenir Growth and Tiger
			// Global": the names a word for backers opens. One backer
			// may be a person ("early Spotify investor Shakil Khan");
			// the plural, a list of them, is firms.
			addListed(toks, bits, i+1, add)
		case marks[i]&includesNames != 0 && i+2 < len(toks) && investorsBefore(toks, i) && (t.lower != "such" || toks[i+1].lower == "as"):
			// "97 investors including Andreessen Horowitz, BlackRock and
			// Fidelity", "investors such as Accel and Northzone": a list
			// of backers.
			first := i + 1
			if t.lower == "such" {
				first = i + 2
			}
			for j, n := first, 0; j >= 0 && n < 8; n++ {
				if j = describedOrg(toks, bits, j); j < 0 {
					break
				}
				e := runAfter(toks, j)
				add(j, e)
				if e >= len(toks) || !(toks[e].lower == "and" || toks[e].text == ",") {
					break
				}
				j = e + 1
				if j < len(toks) && toks[j].lower == "and" {
					j++ // "A, B, and C"
				}
				if j+1 < len(toks) && toks[j].lower == "the" && toks[j+1].startsUpper() {
					j++ // "A, B and the UK Sovereign AI Fund"
				}
			}
		case bitIn(bits, i, wObjectVerbs) && i > 1 && (toks[i-1].is2(wdIs, wdAre) && strings.HasSuffix(t.lower, "ing") || x.skipAux(toks, bits, i) < i):
			// "KKR and Global Infrastructure Partners (GIP) are buying
			// CyrusOne", "investor Infratil is to buy a stake": who is
			// buying, every name of a list, and what.
			if end := beforeShortForm(toks, beforeAppositive(toks, x.skipAux(toks, bits, i))); end > 0 && isNameToken(&toks[end-1]) {
				start := runBefore(toks, end)
				add(start, end)
				addListedBefore(toks, start, end, false, add)
			}
			addDescribed(i + 1)
		case bitIn(bits, i, wObjectVerbs) && i+1 < len(toks):
			// "buy data centre operator QTS": past a few words saying what
			// the target is.
			addDescribed(i + 1)
		case workedAt(i):
		case i == 0 && t.text == "At":
			openingAt(i)
		case t.lower == "based" && i >= 2 && toks[i-1].text == "-" && toks[i-1].joins(t) && i+1 < len(toks) && toks[i+1].startsUpper():
			// "Texas-based Aligned", "Atlanta-based Wunderman Thompson";
			// "Madrid-based VC firm Seaya" past what the firm is.
			j := i + 1
			if e := runAfter(toks, j); e+1 < len(toks) && bitIn(bits, e, wDescriptor) && !toks[e].startsUpper() && toks[e+1].startsUpper() && isNameToken(&toks[e+1]) {
				j = e + 1
			}
			add(j, runAfter(toks, j))
		case t.lower == "up" && i >= 2 && toks[i-1].text == "-" && toks[i-2].lower == "start" && i+1 < len(toks) && toks[i+1].startsUpper():
			// "translation start-up DeepL"
			add(i+1, runAfter(toks, i+1))
		case bitIn(bits, i, wDescriptor) && !t.startsUpper() && i+1 < len(toks) && toks[i+1].startsUpper():
			// "data center startup Nscale", "chip designer Arm"
			add(i+1, runAfter(toks, i+1))
		case bitIn(bits, i, wDescriptor) && !t.startsUpper() && i+1 < len(toks) && toks[i+1].text == "," && appositiveStart(toks, i) > 0:
			// "Nimbus Health, a telehealth platform, said": a name the
			// sentence opens with, described between commas as a firm.
			if c := appositiveStart(toks, i); runBefore(toks, c) == 0 {
				add(0, c)
			}
		case bitIn(bits, i, wDescriptor) && !t.startsUpper() && i >= 3 && i <= 14 && i+1 < len(toks) && toks[i+1].text != "," && appositiveOpen(toks, i) > 0:
			// "Wefox, an insurtech based in Berlin, locks in": the name a
			// sentence opens with, set off by a comma and "a" or "an"
			// and the word for a firm, whatever the aside says after it.
			if c := appositiveOpen(toks, i); runBefore(toks, c) == 0 {
				add(0, c)
			}
		case bitIn(bits, i, wDescriptor) && !t.startsUpper() && i+3 < len(toks) && toks[i+1].text == "," && isNameToken(&toks[i+2]) && ownedDescriptionBefore(toks, i):
			// "Nigeria's largest bank, Zenbank, said", "Safaricom's M-Pesa
			// rival, Equitel, grew": the name set off after a description
			// of whose or which firm it is.
			if e := runAfter(toks, i+2); e < len(toks) && toks[e].text == "," {
				add(i+2, e)
			}
		case bitIn(bits, i, wDescriptor) && !t.startsUpper() && i > 0 && marks[i-1]&definite == 0 && !toks[i-1].is2(wdA, wdAn) && lowerBrand(toks, bits, i+1):
			// "Glasgow-based cloud provider iomart has acquired": a name
			// written in lower case, between what it is and its verb.
			add(i+1, i+2)
		case acquisitionOf(i):
		case saleOf(i):
		case businessOf(i):
		case civicOf(i):
		case roundFor(i):
		case paidFor(i):
		case participationFrom(i):
		case madeBy(i):
		case dealWith(i):
		case (t.text == "'" || t.text == "’") && i+2 < len(toks) && toks[i+1].lower == "s" && (bitIn(bits, i+2, wDealNouns) && !firmAfterDealNoun(toks, bits, runBefore(toks, i), i+2) || roundAfter(toks, bits, i+2)) && !x.sectorFunding(toks, runBefore(toks, i), i):
			// "Fabrikam's deal", "Drovio's $25 million round", "Drovio's
			// Series B", "Drovio's total funding": whose deal or round it
			// is.
			add(runBefore(toks, i), i)
		case (t.text == "'" || t.text == "’") && i+3 < len(toks) && toks[i+1].lower == "s" && toks[i+2].kind == tokNum && peopleCounted(toks, bits, i+3):
			// "Soria Insurance's 8,000 employees are now on Microsoft
			// Teams": whose people are counted.
			add(runBefore(toks, i), i)
		case (t.text == "'" || t.text == "’") && i+2 < len(toks) && toks[i+1].lower == "s" && (corporateAfter(toks, i+2) || unitAfter(toks, i+2)):
			// "Velmora's chief executive", "Velmora's shares rose": what
			// only an organisation has.
			add(runBefore(toks, i), i)
		case (t.text == "'" || t.text == "’") && i >= 3 && i+2 < len(toks) && toks[i+1].lower == "s" && (toks[i-2].text == "," || i >= 5 && toks[i-2].is1(wdOf) && toks[i-3].is1(wdOne) && toks[i-4].text == ","):
			// "Velmora, Japan's largest bank,", "Velmora, one of India's
			// biggest lenders,": a firm ranked in a place's trade.
			c := i - 2
			if toks[c].text != "," {
				c = i - 4
			}
			if x.rankedAside(toks, c+1) > 0 {
				if s, e, ok := asideSubject(toks, c); ok {
					add(s, e)
				}
			}
		}
	}
	// "Stargate has scaled back its goals", "Tessaly sold its stake":
	// a name the clause opens with and that the clause then calls "its"
	// is a thing, and a thing that acts is an organisation. Most
	// sentences hold neither "its" nor "announced": their lists spare
	// them the scan.
	if cues.has(wPronoun) || cues.has(wAnnounced) {
		if s, e := x.itsSubject(toks, bits, marks, covered); e > 0 {
			add(s, e)
		}
	}
	if lowerBrand(toks, bits, 0) {
		// "iomart agrees £4m deal": a sentence opens in lower case only
		// with a name written so.
		add(0, 1)
	}
	if s, e := x.rolloutSubject(toks, bits, marks); e > 0 {
		// "Travelers puts Claude in the hands of", "Telstra to buy 21,000
		// Copilot licences": who rolls a product out, named first.
		add(s, e)
	} else if seats {
		x.seatHolder(toks, bits, marks, covered, add)
	}
	if seats {
		seatOrgsNamed(toks, bits, covered, add)
	}
	// A known company is listed with people as often as with firms
	// ("Apple and Tim Cook said"), so its fellows are firms only in a
	// sentence about a round's backers.
	knownFirms := nAnds > 0 && len(known) > len(products) && backersSentence(toks, bits)
	if nAnds > 0 && (len(out) > 0 || knownFirms) {
		// "Tiger Global, Insignia Ventures and B Capital", "the Home
		// Office, the Ministry of Justice and Defra": the names listed
		// with a firm found by its role are firms too, whatever the
		// sentence says of them. A product listed so ("Teams, Zoom and
		// Webex") says nothing of its fellows.
		var fbuf [256]bool
		firms := markCovered(flags(&fbuf, len(toks)), out)
		for _, m := range known {
			if knownFirms && !slices.ContainsFunc(products, func(p mention) bool { return p.start == m.start && p.end == m.end }) {
				for k := m.start; k < m.end; k++ {
					firms[k] = true
				}
			}
		}
		var tbuf [256]bool
		taken := flags(&tbuf, len(toks))
		copy(taken, covered)
		markCovered(taken, out)
		// A run that overlaps a name found is part of that name.
		addFree := func(start, end int) {
			if !slices.Contains(taken[start:end], true) {
				add(start, end)
			}
		}
		for _, i := range ands[:nAnds] {
			x.listedAround(toks, i, firms, taken, addFree)
		}
	}
	// A list's names are found from its end back: mentions go in the
	// order the sentence names them.
	slices.SortStableFunc(out, func(a, b mention) int { return a.start - b.start })
	// "Department of Health awarded": the name a verb finds ("Health")
	// may be the tail of one found whole.
	if len(out) < 2 {
		return out
	}
	kept := make([]mention, 0, len(out))
	for _, m := range out {
		if !slices.ContainsFunc(out, func(o mention) bool { return o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start }) {
			kept = append(kept, m)
		}
	}
	return kept
}

// placePreposition reports whether t says where something is or goes
// ("in", "across", "near"), so the civic name after it is the place.
// A switch, as civicHead is: only a civic name asks.
func placePreposition(t *token) bool {
	switch t.lower {
	case "in", "across", "near", "around", "throughout", "within", "outside", "inside", "into":
		return true
	}
	return false
}

// civicHead reports the capitalised word for a kind of place whose
// government a name of the form "City of Edmonton" is. A switch, not a
// word list: only "of" after it asks.
func civicHead(t *token) bool {
	if !t.startsUpper() {
		return false
	}
	switch t.lower {
	case "city", "village", "town", "borough", "municipality", "township":
		return true
	}
	return false
}

// moneyJustBefore reports an amount ending just before token i, or a few
// lower-case words before it, which say how it is paid: "$3.9 billion
// for", "$3 billion in cash for", "$2bn in cash and stock for".
func moneyJustBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := &toks[k]
		if t.kind == tokNum || t.is5(wdBillion, wdMillion, wdBn, wdM, wdB) {
			return true
		}
		if t.kind != tokWord || t.startsUpper() {
			return false
		}
	}
	return false
}

// sumJustBefore reports an amount of money, its currency written before
// it, ending right before token i: "$110m from", "€40 million from". A
// count ("2,000 engineers from") or a percentage is no sum.
func sumJustBefore(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].is5(wdBillion, wdMillion, wdBn, wdM, wdB) {
		k--
	}
	if k < 1 || toks[k].kind != tokNum {
		return false
	}
	for s := k - 1; s >= 0 && s >= k-5; s-- {
		if _, n := currencyPrefix(toks, s); n > 0 && s+n == k {
			return true
		}
	}
	return false
}

// siteAfter reports a site noun at token e or the one after: "Abilene
// data center", "Hyperion campus".
func siteAfter(marks []wordMark, e int) bool {
	for k := e; k < len(marks) && k <= e+1; k++ {
		if marks[k]&namesSite != 0 {
			return true
		}
	}
	return false
}

// beforeAppositive returns where a name ends when an aside describing it
// stands between it and end: "Hive Digital, a Bitcoin miner, sold" ends
// before the first comma, and so do a relative clause ("Greyfield Labs,
// which is backed by Sequoia, raised") and a participle saying where it
// is or who owns it ("Tallgrass, based in Ohio, raised", "Norden, owned
// by EQT, sold"). With no aside it returns end.
func beforeAppositive(toks []token, end int) int {
	if end < 4 || toks[end-1].text != "," {
		return end
	}
	// An aside may run long ("Velmora, an agritech startup backed by
	// investors such as Japan's SoftBank Group and Singapore's Temasek,
	// has raised"): the first comma back is where it opens.
	for k := end - 2; k > 0 && k >= end-24; k-- {
		switch {
		case toks[k].text == ",":
			aside := toks[k+1].is3(wdA, wdAn, wdThe) || toks[k+1].is2(wdWhich, wdWho) ||
				k+2 < end && toks[k+1].kind == tokWord && !toks[k+1].startsUpper() && strings.HasSuffix(toks[k+1].lower, "ed") && toks[k+2].is2(wdBy, wdIn)
			if aside && isNameToken(&toks[k-1]) {
				return k
			}
			return end
		case toks[k].kind == tokNum && yearOf(toks[k]) == 0 || toks[k].text == ";":
			// A figure ends the search, a year in the aside does not:
			// "Quillon, owned by Vista since 2019, was sold".
			return end
		}
	}
	return end
}

// sectorFunding reports the funding a trade has raised, not a company:
// an ordinary word of the lexicon before "'s total funding" or "'s
// latest round" ("Fintech's total funding fell to $1 billion") names a
// sector, whose funding no one company raised. s and e bound the name
// before the possessive.
func (x *lexicon) sectorFunding(toks []token, s, e int) bool {
	k := e + 2
	if k+1 >= len(toks) || !toks[k].is5(wdTotal, wdLatest, wdNew, wdPrevious, wdLast) {
		return false
	}
	return e-s == 1 && x.ordinaryWord(&toks[s], 1)
}

// roundAfter reports a round named from token k, past its amount: "$25
// million round", "Series B", "€40m Series A", "latest round", "total
// funding".
func roundAfter(toks []token, bits []listSet, k int) bool {
	if moneyAt(toks, k) {
		for j := k; j < len(toks) && j <= k+5; j++ {
			if bitIn(bits, j, wRaise) {
				return true
			}
		}
		return false
	}
	// "Payday's total funding", "Tessaly's latest round": a round's or a
	// company's funding so far, which only a company raises.
	switch toks[k].lower {
	case "total", "latest", "new", "previous", "last":
		return k+1 < len(toks) && toks[k+1].is3(wdFunding, wdRound, wdFinancing)
	}
	return toks[k].lower == "series"
}

// stakeWithin reports "stake" within the few words from token k, past an
// article and a percentage: "a 51% stake", "a minority stake".
func stakeWithin(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+4; j++ {
		if toks[j].lower == "stake" {
			return true
		}
		if toks[j].kind == tokWord && toks[j].startsUpper() {
			return false
		}
	}
	return false
}

// appositiveStart returns where the comma opening an aside that ends in
// the noun at i stands ("Helsing, a Munich-based defence AI firm"), past
// "a", "an" or "the" and a few words or places; -1 when none does.
func appositiveStart(toks []token, i int) int {
	for k := i - 1; k > 1 && k >= i-8; k-- {
		if toks[k].is3(wdA, wdAn, wdThe) {
			if toks[k-1].text == "," {
				return k - 1
			}
			return -1
		}
		if toks[k].kind == tokNum || toks[k].text == "," || toks[k].text == ";" {
			return -1
		}
	}
	return -1
}

// appositiveOpen returns the comma before "a" or "an" that opens, at most
// three words before the word for a firm at token i, an aside after a
// name: "Wefox, an insurtech based in Berlin", "Velmora, a Lagos payments
// startup that"; -1 for none.
func appositiveOpen(toks []token, i int) int {
	for k := i - 1; k > 1 && k >= i-3; k-- {
		if toks[k].is2(wdA, wdAn) {
			if toks[k-1].text == "," {
				return k - 1
			}
			return -1
		}
		if toks[k].kind == tokNum || toks[k].kind == tokSym && toks[k].text != "-" {
			return -1
		}
	}
	return -1
}

// roundWords reports a run of words that all say what kind of round or
// financing it is, ending in the word for it: "Private Equity Round",
// "Debt Financing", "Seed Funding". A firm's name holds a word of its own
// ("Velmora Funding").
func roundWords(toks []token, start, end int) bool {
	if end-start < 2 || !toks[end-1].is4(wdRound, wdFinancing, wdFunding, wdFacility) {
		return false
	}
	for k := start; k < end-1; k++ {
		switch toks[k].lower {
		case "private", "equity", "debt", "venture", "seed", "series", "growth", "bridge", "pre", "angel", "convertible", "mezzanine", "credit", "term", "loan", "-":
		default:
			return false
		}
	}
	return true
}

// ownedDescriptionBefore reports, before the descriptor at i, "the" or a
// possessive opening the description within a few words ("the country's
// biggest lender", "its rival", "Safaricom's M-Pesa rival"), with no
// comma or figure between: a description of one firm, which a name set
// off after it names. "Another" opens one too, of a firm like those
// before ("Another Egyptian fintech, Paymob, raised").
func ownedDescriptionBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch {
		case toks[k].is4(wdThe, wdIts, wdTheir, wdAnother):
			return true
		case toks[k].lower == "s" && k > 1 && (toks[k-1].text == "'" || toks[k-1].text == "’"):
			return true
		case toks[k].kind == tokNum || toks[k].kind == tokSym && toks[k].text != "-":
			return false
		}
	}
	return false
}

// suppliedWith returns where the name after a verb at i ends when "with"
// follows it, as in "supply Microsoft with GPUs", or -1.
func suppliedWith(toks []token, i int) int {
	if i+1 >= len(toks) || !toks[i+1].startsUpper() || !isNameToken(&toks[i+1]) {
		return -1
	}
	if e := runAfter(toks, i+1); e < len(toks) && toks[e].lower == "with" {
		return e
	}
	return -1
}

// awardee adds the name right after an award verb at i when money
// follows it: "has awarded Kainos a £90 million contract", "handed
// Palantir £330 million". The name is who the award goes to.
func awardee(toks []token, i int, add func(start, end int)) {
	if i+1 < len(toks) && toks[i+1].startsUpper() && isNameToken(&toks[i+1]) {
		if e := runAfter(toks, i+1); moneyAt(toks, e) {
			add(i+1, e)
		}
	}
}

// moneyAt reports an amount of money written from token k, after "a" or
// "an": "$9.2 billion", "a €90 million".
func moneyAt(toks []token, k int) bool {
	if k < len(toks) && toks[k].is2(wdA, wdAn) {
		k++
	}
	_, n := currencyPrefix(toks, k)
	return n > 0
}

// addListed adds the name starting at token j and the names listed after
// it: "by Accel and Creandum", "from Fidelity, Magnetar and Coatue". Names
// after a comma count only when an "and" closes the list, so that "with
// Contoso, Chief Executive Jane Doe said" adds Contoso alone.
func addListed(toks []token, bits []listSet, j int, add func(start, end int)) {
	var pending [][2]int
	for n := 0; j >= 0 && n < 8; n++ {
		e := runAfter(toks, j)
		pending = append(pending, [2]int{j, e})
		if e+1 >= len(toks) || !(toks[e].lower == "and" || toks[e].text == ",") {
			break
		}
		j = e + 1
		if toks[e].lower == "and" || toks[j].lower == "and" {
			// "A and B", "A, B, and C": the list closes with this name.
			if toks[j].lower == "and" {
				j++
			}
			if k := describedName(toks, bits, j); k >= 0 {
				pending = append(pending, [2]int{k, runAfter(toks, k)})
			}
			for _, p := range pending {
				add(p[0], p[1])
			}
			return
		}
		j = describedName(toks, bits, j)
	}
	add(pending[0][0], pending[0][1])
}

// percentBefore reports a percentage in the few words before token end:
// the share a list of elided ones goes on from.
func percentBefore(toks []token, end int) bool {
	for k := end - 1; k > 0 && k >= end-12; k-- {
		if (toks[k].text == "%" || toks[k].lower == "percent") && toks[k-1].kind == tokNum {
			return true
		}
	}
	return false
}

// listedAround adds, for the "and" at token i, the names of the list
// around it ("A, B and C") when one of them is a known company: the
// capitalised runs joined by commas and "and". A lone capitalised word
// that opens the sentence before a comma is a sentence adverb ("Still,
// Samsung and Apple"), not a member.
func (x *lexicon) listedAround(toks []token, i int, firms, covered []bool, add func(start, end int)) {
	if i == 0 || i+1 >= len(toks) {
		return
	}
	type run struct{ start, end int }
	var runs [8]run
	n := 0
	// "the Home Office and the Flatiron Institute": a list's names may
	// each take "the", which is no part of them.
	first := i + 1
	if first+1 < len(toks) && toks[first].is1(wdThe) {
		first++
	}
	right := run{first, runAfter(toks, first)}
	if right.end == right.start || right.end-right.start > 3 {
		return
	}
	for end := i; n < len(runs)-1; {
		start := runBefore(toks, end)
		if start == end || end-start > 3 || start == 0 && end < len(toks) && toks[end].text == "," {
			break
		}
		runs[n] = run{start, end}
		n++
		if start > 0 && toks[start-1].is1(wdThe) {
			start--
		}
		if start < 2 || toks[start-1].text != "," {
			break
		}
		end = start - 1
	}
	if n == 0 {
		return
	}
	runs[n] = right
	n++
	anyKnown := false
	for _, r := range runs[:n] {
		anyKnown = anyKnown || firms[r.start] && firms[r.end-1]
	}
	if !anyKnown {
		return
	}
	for _, r := range runs[:n] {
		if !covered[r.start] {
			add(r.start, r.end)
		}
	}
}

// rolloutSubject returns where a capitalised name that starts the sentence,
// or its main clause after an opening phrase ("In March, Quillon Foods
// moved", "Under a deal with Microsoft, Teviot Water will provide"),
// starts and ends when a verb for handing out or buying a product follows
// it ("puts", "gives", "to buy", "started moving"), else -1, -1.
func (x *lexicon) rolloutSubject(toks []token, bits []listSet, marks []wordMark) (int, int) {
	s := clauseAfterOpening(toks, marks)
	if e := x.rolloutSubjectAt(toks, bits, marks, s); e > 0 {
		return s, e
	}
	return -1, -1
}

// clauseAfterOpening returns where the main clause starts after a short
// opening phrase that a preposition or a word of time opens and a comma
// closes ("In March,", "Under the agreement,"), else 0.
func clauseAfterOpening(toks []token, marks []wordMark) int {
	// "The bank, ..." opens with the subject; "According to Contoso, ..."
	// with whose word it is.
	if len(toks) == 0 || marks[0]&definite != 0 || toks[0].kind != tokWord || !toks[0].startsUpper() || !notOrgStart[toks[0].lower] || toks[0].is3(wdA, wdAn, wdAccording) {
		return 0
	}
	for k := 1; k < len(toks) && k <= 10; k++ {
		if toks[k].text == "," {
			return k + 1
		}
		if toks[k].text == ";" {
			return 0
		}
	}
	return 0
}

// rolloutSubjectAt is rolloutSubject for a name starting at token s.
func (x *lexicon) rolloutSubjectAt(toks []token, bits []listSet, marks []wordMark, s int) int {
	if len(toks) < s+3 || !toks[s].startsUpper() {
		return -1
	}
	e := runAfter(toks, s)
	if e >= len(toks) || e > s+3 {
		return -1
	}
	// "is to buy", "is set to give", "has now rolled out": up to three
	// auxiliaries may stand before the verb, and a word of them may be the
	// verb itself ("Portugal announced a trial"). What a name "said" it
	// will do is another clause's.
	// "Dunbar Insurance, a customer of Salesforce, has given": the verb
	// comes after an appositive.
	from := e
	if toks[e].text == "," && e+2 < len(toks) && (marks[e+1]&opensRelative != 0 || toks[e+1].is3(wdA, wdAn, wdThe)) {
		for j := e + 2; j < len(toks) && j <= e+14 && toks[j].text != ";"; j++ {
			if toks[j].text == "," {
				from = j + 1
				break
			}
		}
	}
	for k, n := from, 0; n <= 3 && k < len(toks); k, n = k+1, n+1 {
		switch x.rolloutVerb(toks, bits, marks, e, k) {
		case 1:
			return e
		case -1:
			return -1
		}
		if !toks[k].is2(wdStarted, wdStarts) && (!bitIn(bits, k, wAux) || toks[k].is2(wdSaid, wdSays)) {
			break
		}
	}
	return -1
}

// seatHolder adds the organisation opening a sentence that holds a count
// of people or seats (productSeatsHolder), says it does (saidSeatsHolder)
// or is named after a quote that does (quotedSeatsHolder).
func (x *lexicon) seatHolder(toks []token, bits []listSet, marks []wordMark, covered []bool, add func(start, end int)) {
	if e := x.productSeatsHolder(toks, bits, marks, covered); e > 0 {
		add(0, e)
	} else if e := x.saidSeatsHolder(toks, bits, covered); e > 0 {
		add(0, e)
	} else if s, e := x.quotedSeatsHolder(toks, bits, covered); e > 0 {
		add(s, e)
	}
}

// seatOrgsNamed adds the organisation named between a count and its
// people: "Copilot licences for 2,500 Tamar Health staff".
func seatOrgsNamed(toks []token, bits []listSet, covered []bool, add func(start, end int)) {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i-1].kind != tokNum || !toks[i].startsUpper() || covered[i] {
			continue
		}
		if e := runAfter(toks, i); e > i+1 && e < len(toks) && bitIn(bits, e, wPeopleNouns) && orgNouns[toks[e-1].lower] && !covered[e-1] {
			add(i, e)
		}
	}
}

// productSeatsHolder returns where a capitalised name that opens the
// sentence ends when it is said to have a count of a named product's users
// or seats ("Lindqvist Engineering now has 3,100 active Cursor users"),
// else -1. covered marks the tokens of known names, products among them.
func (x *lexicon) productSeatsHolder(toks []token, bits []listSet, marks []wordMark, covered []bool) int {
	if len(toks) < 5 || !toks[0].startsUpper() || covered[0] {
		return -1
	}
	e := runAfter(toks, 0)
	if e > 3 || e+3 >= len(toks) {
		return -1
	}
	k := e
	if toks[k].lower == "now" {
		k++
	}
	if marks[k]&haveVerbs == 0 {
		return -1
	}
	k++
	if toks[k].lower == "now" {
		k++
	}
	// The count, with any word of its own ("more than", "some").
	n := k
	for n < len(toks) && n < k+3 && toks[n].kind != tokNum {
		n++
	}
	if n == len(toks) || toks[n].kind != tokNum {
		return -1
	}
	// Past the number and its scale, a word or two ("active", "paid"),
	// then the product and its noun, or the people and the product they
	// use ("6,000 people using Copilot").
	for j := n + 1; j < len(toks) && j <= n+4; j++ {
		if bitIn(bits, j, wPeopleNouns) && j+2 < len(toks) && toks[j+1].is2(wdUsing, wdOn) && covered[j+2] {
			return e
		}
		if !covered[j] {
			continue
		}
		for j < len(toks) && covered[j] {
			j++
		}
		if j < len(toks) && (bitIn(bits, j, wSeatNouns) || bitIn(bits, j, wPeopleNouns)) {
			return e
		}
		return -1
	}
	return -1
}

// peopleCounted reports a people or seat noun, or a workforce, within
// four words from k, past words that say what kind: "8,000 employees",
// "8,000 office workers", "16,000-strong workforce".
func peopleCounted(toks []token, bits []listSet, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		// "16,000-strong workforce"
		if bitIn(bits, j, wPeopleNouns) || bitIn(bits, j, wSeatNouns) || toks[j].lower == "workforce" {
			return true
		}
		if toks[j].kind != tokWord && toks[j].text != "-" {
			return false
		}
	}
	return false
}

// saidSeatsHolder returns where an organisation's name that opens the
// sentence ends when it says what the sentence counts of a product:
// "Brightwater Insurance said Gemini would be made available to all 85,000
// employees". The name must end as organisations' names do ("Insurance",
// "Schools"), as a person's name may open the sentence so too. Else -1.
func (x *lexicon) saidSeatsHolder(toks []token, bits []listSet, covered []bool) int {
	if len(toks) < 5 || !toks[0].startsUpper() || covered[0] {
		return -1
	}
	e := runAfter(toks, 0)
	if e < 2 || e > 4 || e+2 >= len(toks) || !toks[e].is4(wdSaid, wdSays, wdAnnounced, wdConfirmed) || !orgNouns[toks[e-1].lower] {
		return -1
	}
	if seatsSaid(toks, bits, covered, e+1, len(toks)) {
		return e
	}
	return -1
}

// seatsSaid reports a known name (a product among them) and a count of
// people or seats among tokens from..to-1.
func seatsSaid(toks []token, bits []listSet, covered []bool, from, to int) bool {
	product, count := false, false
	for j := from; j < to; j++ {
		product = product || covered[j]
		count = count || toks[j].kind == tokNum && peopleCounted(toks, bits, j+1)
	}
	return product && count
}

// quotedSeatsHolder returns where an organisation's name starts and ends
// when it is said, after a quote, to have said what the quote counts of a
// product: "We have rolled out Copilot to 6,000 staff," Ellwood Group
// said. The name must end as organisations' names do. Else -1, -1.
func (x *lexicon) quotedSeatsHolder(toks []token, bits []listSet, covered []bool) (int, int) {
	for i := 2; i+1 < len(toks); i++ {
		if !bitIn(bits, i, wAux) || !toks[i].is2(wdSaid, wdSays) || !orgNouns[toks[i-1].lower] || covered[i-1] {
			continue
		}
		s := runBefore(toks, i)
		if s < 2 || s == i || !(toks[s-1].text == "\"" || toks[s-1].text == "”") {
			continue
		}
		if seatsSaid(toks, bits, covered, 0, s) {
			return s, i
		}
	}
	return -1, -1
}

// rolloutVerb says whether token k, after the name ending at e, is a verb
// for handing out, buying or trying a product (1), one that makes the
// name no such subject (-1), or neither (0).
func (x *lexicon) rolloutVerb(toks []token, bits []listSet, marks []wordMark, e, k int) int {
	if toks[k].is2(wdPuts, wdPut) && putsAt(toks, k) {
		// "Estimates put the deal at $2 billion": an estimate of a
		// figure, made by whoever opens the sentence, not a rollout.
		return -1
	}
	if toks[k].is5(wdPuts, wdPut, wdAsks, wdSwitched, wdSwitches) || bitIn(bits, k, wDeploy) || k > e && bitIn(bits, k, wObjectVerbs) {
		return 1
	}
	// "HSBC trialled ChatGPT Enterprise", "Westpac began a pilot of
	// Copilot", "Contoso weighs 500 Copilot licences": who tries a product
	// out or weighs buying it. A plural word ("Researchers tested") is
	// people, not an organisation.
	if e == 1 && pluralWord(toks[0].text) {
		return 0
	}
	if bitIn(bits, k, wPilot) || bitIn(bits, k, wInTalks) || toks[k].is5(wdTested, wdTests, wdWeighs, wdConsiders, wdMulls) || startsPilot(toks, bits, marks, k) {
		return 1
	}
	return 0
}

// startsPilot reads "began a pilot", "launched a six-month trial",
// "ran an internal test", "prepares a ChatGPT Edu pilot": a verb for
// starting, running or setting up, then within a few words the trial.
func startsPilot(toks []token, bits []listSet, marks []wordMark, k int) bool {
	if marks[k]&startsTrial == 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if bitIn(bits, j, wPilot) || toks[j].lower == "test" {
			return true
		}
		if toks[j].kind != tokWord && toks[j].kind != tokNum && toks[j].text != "-" || toks[j].is5(wdWith, wdOf, wdFor, wdTo, wdAnd) {
			return false
		}
	}
	return false
}

// putsAt reports "at" and a figure after the verb "put" at k, in its
// clause: "put the deal at $2 billion", "puts the value of the purchase at
// about €900 million" estimate a figure.
func putsAt(toks []token, k int) bool {
	for j := k + 1; j+1 < len(toks) && j <= k+16; j++ {
		switch {
		case toks[j].lower == "at":
			for n := j + 1; n < len(toks) && n <= j+3; n++ {
				if toks[n].kind == tokNum || toks[n].kind == tokSym && toks[n].text != "," {
					return true
				}
			}
		case toks[j].text == "," || toks[j].text == ";" || toks[j].text == ".":
			return false
		}
	}
	return false
}

// addListedBefore adds the names listed before the one at [start, end)
// ("Aker and Nscale", "GIC and the hedge fund Coatue Management"), up to
// five: every name of a list before a verb does what the verb says.
func addListedBefore(toks []token, start, end int, others bool, add func(start, end int)) {
	for n := 0; n < 5 && start < end; n++ {
		e := listedBefore(toks, start)
		if e < 0 || n == 0 && toks[e].text == "," && !others {
			// A list closes with "and": "According to TechCrunch,
			// London-based Velmora has raised" lists no one.
			return
		}
		start, end = runBefore(toks, e), e
		add(start, end)
	}
}

// listedBefore returns where the name listed just before the one starting
// at start ends ("Aker and Nscale", "GIC and the hedge fund Coatue"), past
// a few lower-case words saying what the later one is; -1 when none is.
func listedBefore(toks []token, start int) int {
	k := start - 1
	for d := 0; d < 4 && k > 0 && toks[k].kind == tokWord && !toks[k].startsUpper() && !toks[k].is2(wdAnd, wdOr); d++ {
		if k >= 3 && (toks[k].lower == "based" || listedParticiple(toks[k].lower)) && toks[k-1].text == "-" && toks[k-1].joins(&toks[k]) && toks[k-2].joins(&toks[k-1]) {
			// "Brackwater, London-based Orrin and": where the later one is
			// based, or who backs it, says what it is too.
			k -= 2
		}
		k--
	}
	if k >= 4 && (toks[k].lower == "and" || toks[k].text == ",") && toks[k-1].text == ")" {
		// "NVentures (Nvidia's venture arm), Air Street Capital": the
		// name before an aside in brackets.
		for j := k - 2; j > 0 && j >= k-10; j-- {
			if toks[j].text == "(" {
				if isNameToken(&toks[j-1]) {
					return j
				}
				break
			}
		}
		return -1
	}
	if k < 1 || toks[k].lower != "and" && toks[k].text != "," || !isNameToken(&toks[k-1]) {
		return -1
	}
	return k
}

// registeredSuffix reports a word that only ends a registered company's
// name: "Ltd", "LLC", "GmbH". Short ones that also write other things
// ("SA" for South Australia, "Co", "SE") are left out, and so is "Corp",
// which Japanese and US wire copy adds to companies named in passing.
func registeredSuffix(w string) bool {
	switch w {
	case "inc", "ltd", "llc", "plc", "gmbh", "pvt", "limited", "llp",
		// the forms of Malaysia, Indonesia, Singapore, Australia,
		// Finland and Latin America: "Velmora Bhd", "Velmora Tbk"
		"bhd", "berhad", "tbk", "pte", "pty", "oyj", "ltda", "srl", "sarl", "sdn":
		return true
	}
	return false
}

// describedOrg is describedName past a capitalised word that is no name
// itself ("US tech investor Valor") and past an owner or founder named
// before the organisation: "with Sarah Chen's Halcyon Partners" names
// Halcyon Partners, and "to Chinese-owned Silex" Silex.
func describedOrg(toks []token, bits []listSet, i int) int {
	j := describedName(toks, bits, i)
	if j >= 0 && bitIn(bits, j, wNotNames) && !numberNamed(toks, j, runAfter(toks, j)) {
		j = describedName(toks, bits, j+1)
	}
	if j >= 0 {
		// "a stake in London data centre business Kao Data": a place
		// describing the firm, then what the firm is, then its name.
		if e := runAfter(toks, j); e < len(toks) && e-j == 1 && toks[e].kind == tokWord && !toks[e].startsUpper() {
			if k := describedName(toks, bits, e); k > e+1 && (bitIn(bits, k-1, wDescriptor) || bitIn(bits, k-1, wBusiness)) {
				j = k
			}
		}
	}
	if j >= 0 && j+3 < len(toks) && isNameToken(&toks[j+3]) && toks[j+1].text == "-" && toks[j].joins(&toks[j+1]) && toks[j+1].joins(&toks[j+2]) && toks[j+2].is8(wdBacked, wdOwned, wdControlled, wdFunded, wdLed, wdListed, wdBased, wdHeadquartered) {
		// "the sale of the plant to Chinese-owned Silex", "to acquire
		// Macquarie-backed Aligned": the name after its owner's.
		j += 3
	}
	if j >= 0 {
		if e := runAfter(toks, j); e+2 < len(toks) && (toks[e].text == "'" || toks[e].text == "’") && toks[e+1].lower == "s" && toks[e+2].startsUpper() && !bitIn(bits, e+2, wNotNames) {
			// Not "in Saudi Aramco's AI hub", whose owner is the side.
			j = e + 2
		}
	}
	return j
}

// describedAfterComma returns where a name starts that follows, set off
// by commas, what an indefinite phrase at token i says it is: "a deal
// with a Swedish ICT firm, Coromatic, to build", "from a Lagos-based
// lender, Tessaly." It returns -1 unless the phrase ends in a word for a
// kind of firm and the name is closed by a comma, a full stop or the
// sentence's end.
func describedAfterComma(toks []token, bits []listSet, i int) int {
	if i+3 >= len(toks) || !toks[i].is2(wdA, wdAn) {
		return -1
	}
	for k := i + 1; k < len(toks)-2 && k <= i+5; k++ {
		t := &toks[k]
		if t.kind != tokWord && t.text != "-" || joinsPhrases(t.lower) {
			return -1
		}
		if !bitIn(bits, k, wDescriptor) || t.startsUpper() {
			continue
		}
		if toks[k+1].text != "," || !toks[k+2].startsUpper() || !isNameToken(&toks[k+2]) || bitIn(bits, k+2, wNotNames) {
			return -1
		}
		if e := runAfter(toks, k+2); e < len(toks) && toks[e].text != "," && toks[e].text != "." {
			return -1
		}
		return k + 2
	}
	return -1
}

// leadVerbBefore reports a verb for leading a round a few words before
// token i, in its clause.
func leadVerbBefore(toks []token, marks []wordMark, i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if toks[k].text == ";" || toks[k].text == "." {
			return false
		}
		if marks[k]&leadsRound != 0 {
			return true
		}
	}
	return false
}

// investorsBefore reports a word for backers just before token i:
// "investors including", "backers such as", or before words that only
// say which round they backed: "investors in the round include", "new
// investors joining the round include", "backers of the deal include".
// Any other word between ("investors said its products include") breaks
// the tie. Money "from a group including" or "from a syndicate including"
// names its backers so too; a group the money does not come from ("a
// deal with a group including") is not said to back anything.
func investorsBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].is5(wdInvestors, wdBackers, wdInvestor, wdBacker, wdParticipants) {
			return true
		}
		if k == i-1 && k >= 2 && toks[k].is3(wdGroup, wdConsortium, wdSyndicate) && toks[k-1].is2(wdA, wdAn) && toks[k-2].lower == "from" {
			return true
		}
		if k < i-2 && !toks[k].is14(wdIn, wdOf, wdThe, wdThis, wdIts, wdLatest, wdNew, wdRound, wdFunding, wdFinancing, wdRaise, wdDeal, wdJoining, wdParticipating) {
			return false
		}
	}
	return false
}

// ownerNamed returns where the name of a company's owner starts after
// the word for the owner at token i, which a possessive opens: "Data4's
// majority owner, Axa", "Arm's parent SoftBank"; 0 for none. A former
// owner is named so too ("its former owner"), but only after "former",
// which the possessive must not be parted from.
func ownerNamed(toks []token, i int) int {
	if !toks[i].is3(wdOwner, wdOwners, wdParent) {
		return 0
	}
	k := i - 1
	for k > 0 && i-k < 3 && toks[k].is6(wdMajority, wdMain, wdLargest, wdBiggest, wdControlling, wdCurrent) {
		k--
	}
	if k < 1 || toks[k].lower != "s" || toks[k-1].text != "'" && toks[k-1].text != "’" {
		return 0
	}
	j := i + 1
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j < len(toks) && toks[j].startsUpper() && isNameToken(&toks[j]) {
		return j
	}
	return 0
}

// backersNamed reports a word for backers at token i that a list of
// their names follows: "along with existing backers Avenir and Tiger
// Global", "Blackstone and co-investors TVS Capital and Nexus", "with
// existing investor Apax".
func backersNamed(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].is3(wdInvestors, wdBackers, wdBacker) && isNameToken(&toks[i+1]) && toks[i+1].startsUpper()
}

// describedName returns where a capitalised name starts at token i or
// after a few lower-case words saying what it is ("data centre operator
// QTS"), or -1.
func describedName(toks []token, bits []listSet, i int) int {
	j := i
	if j+1 < len(toks) && toks[j].is1(wdThe) && toks[j+1].startsUpper() {
		// "led by the Acumen Resilient Agriculture Fund", "to the
		// Foundation Ventures Fund": a name that ends in what kind of
		// body it is takes "the", which is no part of it.
		if e := runAfter(toks, j+1); e-j > 2 && orgNouns[toks[e-1].lower] {
			return j + 1
		}
	}
	if j+1 < len(toks) && toks[j].is2(wdIts, wdTheir) && !isNameToken(&toks[j+1]) {
		// "the takeover of its smaller rival Ansys": the owner's word
		// opens a description.
		j++
	}
	start := j
	// Words that are no names ("company", "data") may still, in lower
	// case, say what a name is: "analytics company Tableau", "data center
	// operator IREN". Words that join phrases end the description.
	// "iRobot" is a name, though it starts in lower case.
	for j < len(toks) && j < start+4 && toks[j].kind == tokWord && !isNameToken(&toks[j]) && !joinsPhrases(toks[j].lower) {
		j++
	}
	if j < len(toks) && toks[j].kind == tokWord && isNameToken(&toks[j]) && (j > i || toks[j].startsUpper() || len(toks[j].text) > 2) {
		return j
	}
	return -1
}

// joinsPhrases reports a word that joins phrases, and so ends the words
// describedName reads as saying what a name is. A switch, not token.is:
// the compiler searches its twenty words by length, and every preposition
// a deal word is looked for after comes here.
func joinsPhrases(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "and", "or", "of", "in", "on", "at", "for", "with", "from", "by", "to", "as", "that", "which", "who":
		return true
	}
	return false
}

// skipAux walks back from a verb over auxiliaries ("has agreed to", "will")
// and returns the index just after the subject, or -1.
func (x *lexicon) skipAux(toks []token, bits []listSet, i int) int {
	j := i
	for j > 0 && bitIn(bits, j-1, wAux) {
		j--
	}
	return j
}

// beforeShortForm returns where a name ends when the short form it goes by
// stands between it and end in brackets: "Toronto-Dominion Bank (TD)
// signed" ends before "(".
func beforeShortForm(toks []token, end int) int {
	if end < 3 || toks[end-1].text != ")" {
		return end
	}
	for k := end - 2; k > 0 && k >= end-4; k-- {
		if toks[k].text == "(" {
			return k
		}
		if !isNameToken(&toks[k]) {
			return end
		}
	}
	return end
}

// bodyTailAfter extends the name of a public body past a list of what it
// is for, from the end of its first run: "Ministry of Economy, Trade and
// Industry". The list needs a comma, as "the Ministry of Defence and
// Helix Systems" are two names; a word a known name covers ends it.
func (x *lexicon) bodyTailAfter(toks []token, bits []listSet, e int, covered []bool) int {
	if e+1 < len(toks) && toks[e].lower == "and" && isListWord(toks, e+1, covered) {
		// "Department for Work and Pensions": one word after "and", or two
		// that no verb follows, are the last thing the body is for; "the
		// Ministry of Defence and Helix Systems signed" are two names.
		end := runAfter(toks, e+1)
		if end-e-1 == 1 && !covered[e+1] || end-e-1 == 2 && !covered[end-1] && (end == len(toks) || !bitIn(bits, end, wSubjectVerbs) && !bitIn(bits, end, wAux)) {
			return end
		}
	}
	listed := false
	for e+2 < len(toks) && toks[e].text == "," && isListWord(toks, e+1, covered) && (toks[e+2].text == "," || toks[e+2].lower == "and") {
		e += 2
		listed = true
	}
	if listed && e+1 < len(toks) && toks[e].lower == "and" && isListWord(toks, e+1, covered) {
		return e + 2
	}
	return e
}

// bodyHeadBefore extends the name of a public body back over a list
// before its head word, from the start of the run holding it: "the
// Economy, Trade and Industry Ministry". The list needs a comma, as "the
// Fabrikam and Defence Ministry" names no one body.
func bodyHeadBefore(toks []token, bits []listSet, head, s int, covered []bool) int {
	if s >= 3 && bitIn(bits, head, wPublicBody) && toks[s-1].lower == "and" && isListWord(toks, s-2, covered) && toks[s-3].text != "," {
		// "National Archives and Records Administration", "Cumbria Fire
		// and Rescue Service": two words or more before "and", with no
		// article between, open the same public body's name; one word
		// alone ("Fabrikam and Defence Ministry") is another name, and so
		// is a company before an institution's ("JPMorgan Chase and
		// Starwood Property Trust"), and a name ending as a firm's does
		// ("NeoVision Ventures and DLF Family Office"). Only a firm's
		// word ends it: "National Telecommunications and Information
		// Administration" is one body's name.
		if b := runBefore(toks, s-1); s-1-b >= 2 && !slices.Contains(covered[b:s-1], true) && !firmEndWord(toks[s-2].lower) {
			return b
		}
	}
	if s < 4 || toks[s-1].lower != "and" || !isListWord(toks, s-2, covered) || toks[s-3].text != "," {
		return s
	}
	s -= 2
	for s >= 2 && toks[s-1].text == "," && isListWord(toks, s-2, covered) {
		s -= 2
	}
	return s
}

// isListWord reports a capitalised word of a body's list that no known
// name covers.
func isListWord(toks []token, k int, covered []bool) bool {
	return toks[k].kind == tokWord && toks[k].startsUpper() && !covered[k]
}

// runBefore returns the start of the capitalised run ending at end.
func runBefore(toks []token, end int) int {
	s := end
	for s > 0 && s > end-6 {
		switch {
		case isNameToken(&toks[s-1]) || isSuffixDot(toks, s-1) || isNameHyphen(toks, s-1) || isNameApostrophe(toks, s-1):
			s--
		case s >= 3 && isNameApostrophe(toks, s-2):
			s -= 2
		case s < end && digitsOpenName(toks, s-1):
			// "4DX", "1Password": the digits open the name, which is
			// no bare "DX".
			return s - 1
		case s < end && toks[s-1].kind == tokNum && toks[s-1].joins(&toks[s]) && figureWordAt(toks, s):
			// "EUR 2Bln Growth Capital": the figure's scale opens no
			// name.
			return s + 1
		default:
			return s
		}
	}
	return s
}

// digitsOpenName reports a number at k written with no space before the
// capitalised word of a name, and itself set off from what comes before:
// "4DX", "1Password", "7-Eleven". A figure's scale or unit ("EUR 2Bln",
// "10GWh") and "5G" name no company.
func digitsOpenName(toks []token, k int) bool {
	if toks[k].kind != tokNum || k+1 >= len(toks) || !toks[k].joins(&toks[k+1]) || k > 0 && toks[k-1].joins(&toks[k]) {
		return false
	}
	n := k + 1
	if toks[n].text == "-" && n+1 < len(toks) && toks[n].joins(&toks[n+1]) {
		n++
	}
	if !isNameToken(&toks[n]) || len(toks[n].text) < 2 || strings.IndexFunc(toks[k].text, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	return !figureWordAt(toks, n)
}

// runAfter returns the end of the capitalised run starting at start.
func runAfter(toks []token, start int) int {
	e := start
	for e < len(toks) && e < start+6 {
		switch {
		case isNameToken(&toks[e]) || isSuffixDot(toks, e) || isNameHyphen(toks, e):
			e++
		case e > start && isNameApostrophe(toks, e):
			// "Wa'ed": the word after the apostrophe is the name's too.
			e += 2
		default:
			return e
		}
	}
	return e
}

// isNameApostrophe reports an apostrophe inside a name, as in "Wa'ed
// Ventures" or "O'Reilly Media": after a capitalised word of one or two
// letters and before a word, with no space, where the name goes on. "It's"
// and "Contoso's" are no such names.
func isNameApostrophe(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i].text != "'" && toks[i].text != "’" {
		return false
	}
	prev, next := &toks[i-1], &toks[i+1]
	if !prev.joins(&toks[i]) || !toks[i].joins(next) || !prev.startsUpper() || len(prev.text) > 2 || next.kind != tokWord || len(next.text) < 2 {
		return false
	}
	return next.startsUpper() || i+2 < len(toks) && toks[i+2].startsUpper()
}

// isNameHyphen reports a hyphen joining two capitalised words with no
// space, as in "Toronto-Dominion Bank", which is inside the name.
func isNameHyphen(toks []token, i int) bool {
	return toks[i].text == "-" && i > 0 && i+1 < len(toks) &&
		toks[i-1].joins(&toks[i]) && toks[i].joins(&toks[i+1]) &&
		isNameToken(&toks[i-1]) && isNameToken(&toks[i+1])
}

// isSuffixDot reports the period of "Inc." or "Corp.", which belongs to the
// name rather than ending it.
func isSuffixDot(toks []token, i int) bool {
	return toks[i].text == "." && i > 0 && isLegalSuffix(toks[i-1].lower) && toks[i-1].joins(&toks[i])
}

// quarterTail reports the second half of a quarter or half written
// "2Q25" or "1H24", which the tokenizer splits after the digit.
func quarterTail(toks []token, k int) bool {
	w := toks[k].lower
	return k > 0 && toks[k-1].kind == tokNum && toks[k-1].joins(&toks[k]) && len(w) == 3 && (w[0] == 'q' || w[0] == 'h') && isDigit(w[1]) && isDigit(w[2])
}

// initialism reports a word written in capitals: "HMRC", "MOD".
func initialism(t token) bool {
	return t.kind == tokWord && len(t.text) > 1 && t.text[1] >= 'A' && t.text[1] <= 'Z'
}

// isNameToken reports a token that may be part of a name: a capitalised
// word, an ampersand, or a word with a capital second letter ("iRobot",
// "eBay"). Tokenize records it, as rules ask it of most tokens.
func isNameToken(t *token) bool { return t.flags&flagName != 0 }

// openingDescriptor reports what a name is, opening a sentence before the
// name: "Chipmaker Ampere Computing raised", "Retailer Walmart signed",
// "Operator Globacom signed". A word for what someone does ("-er",
// "-or"), "startup" or "utility" is no name's first word when a name
// follows it; a trade's "-tech" ("Healthtech Contoso closed") only when a
// known company follows, for "Fintech Farm" and "Insurtech Gateway" are
// names of their own.
func openingDescriptor(toks []token, bits []listSet, start, end int, covered []bool) bool {
	t := &toks[start]
	return start == 0 && end-start > 1 && bitIn(bits, start, wDescriptor) && toks[start+1].startsUpper() &&
		(strings.HasSuffix(t.lower, "er") || strings.HasSuffix(t.lower, "or") || strings.HasSuffix(t.lower, "tech") && covered[start+1] || t.is2(wdStartup, wdUtility))
}

// orgName turns toks[start:end) into an organisation mention unless it is
// empty, already a gazetteer name, or only words that are not names.
func (x *lexicon) orgName(toks []token, bits []listSet, marks []wordMark, start, end int, covered []bool) (mention, bool) {
	for end > start && (toks[end-1].kind == tokSym || isLegalSuffix(toks[end-1].lower) && !(end-start == 2 && orgNouns[toks[start].lower]) || end-start > 1 && toks[end-1].lower == "global" ||
		end-start > 1 && end < len(toks) && toks[end-1].lower == "private" && isLegalSuffix(toks[end].lower)) {
		// "Aker ASA", and "Nscale Global", whose last word would read as
		// the place "worldwide", are "Aker" and "Nscale"; but "Software
		// AG" keeps its suffix, without which it is an ordinary word.
		// "Private" before "Ltd" is part of the Indian legal form
		// ("Velmora Private Limited").
		end--
	}
	body := false
	for k := start; k < end && !body; k++ {
		body = toks[k].startsUpper() && (bitIn(bits, k, wPublicBody) || bitIn(bits, k, wInstitution))
	}
	for start < end && (toks[start].kind == tokSym || start == 0 && end-start > 1 && toks[start].is5(wdAt, wdAcross, wdWithin, wdInside, wdThroughout) || end-start > 1 && toks[start].text == "PT" || bitIn(bits, start, wNotNames) && !(body && toks[start].text == "Government") && !numberNamed(toks, start, end) || fiscalShort(toks[start].lower) || quarterTail(toks, start) || openingDescriptor(toks, bits, start, end, covered)) {
		// "FY24" is a year, and the "Q25" of "2Q25" a quarter: no names;
		// "At" opening a sentence opens no name ("At Fabrikam Bank, staff");
		// "PT" is the form an Indonesian company is registered in ("PT
		// Velmora Tbk"), which the press drops.
		// "Government Legal Department" keeps the word a body's name
		// opens with.
		start++
	}
	if end-start > 1 && toks[end-1].lower == "ai" && !toks[end-2].is2(wdOf, wdFor) {
		// "start-up Silo AI" is Silo, as "Mistral AI" is Mistral.
		end--
	}
	if start >= end || end-start <= 2 && toks[start].lower == "series" || roundWords(toks, start, end) {
		// "in Series C funding": a round, no name; nor is a round's kind
		// written in capitals ("a $3.8 Million Private Equity Round", "in
		// Debt Financing").
		return mention{}, false
	}
	if end-start <= 2 {
		if _, n := currencyPrefix(toks, start); n > 0 && start+n >= end && start+n < len(toks) && toks[start+n].kind == tokNum {
			// "Rs 3,500 crore", "USD 9 billion", "C$240m": money, no name
			return mention{}, false
		}
	}
	for k := start; k < end; k++ {
		// "Ministry of Defence": a connector inside a name is part of it,
		// and so is a list in a body's ("Ministry of Economy, Trade and
		// Industry").
		inner := k > start && k < end-1 && (toks[k].is2(wdOf, wdFor) || body && (toks[k].lower == "and" || toks[k].text == ","))
		// "Toronto-Dominion": a known name hyphened to the next word is
		// part of a longer one.
		hyphened := k+1 < end && isNameHyphen(toks, k+1)
		// "Home Office": a body's capitalised head word names it.
		head := toks[k].startsUpper() && (bitIn(bits, k, wPublicBody) || bitIn(bits, k, wInstitution))
		// "Dimension Data", "Naver Cloud": a word that is no name alone
		// ends a company's name after a name; a public body's name is
		// read by its head word, and "Baidu Smart Cloud" is a known
		// company's unit.
		tail := k > start && !body && toks[k].startsUpper() && marks[k]&endsOrgName != 0 && !bitIn(bits, start, wNotNames) && !(start > 0 && covered[start-1])
		// "the UK Sovereign AI Fund": words that are no names alone
		// ("Sovereign", "AI") inside a name that ends as a fund's or an
		// investment firm's are part of it.
		fundInner := (k > start || end-start >= 3) && k < end-1 && toks[end-1].startsUpper() && toks[end-1].is6(wdFund, wdCapital, wdPartners, wdVentures, wdHoldings, wdFoundation)
		// "the Gyeonggi Provincial Government", "the Bavarian State
		// Government": a province's or a state's own government closes
		// its name after the level it governs at. A bare "Japanese
		// Government" is left to placeGovernments, which names a
		// nation's government as the press does.
		govTail := k == end-1 && k-2 >= start && toks[k].text == "Government" && toks[k-1].startsUpper() && governmentLevel(toks[k-1].lower) && toks[k-2].startsUpper()
		if covered[k] && !hyphened || bitIn(bits, k, wNotNames) && !inner && !head && !tail && !fundInner && !govTail && !(k == start && body && toks[k].text == "Government") && !(k == start && numberNamed(toks, start, end)) {
			return mention{}, false
		}
	}
	if x.titleOnly(toks, start, end) {
		// "The Prime Minister signed", "the Governor agreed": a person's
		// office, capitalised as a title, names no organisation.
		return mention{}, false
	}
	var b strings.Builder
	for k := start; k < end; k++ {
		if k > start && !toks[k-1].joins(&toks[k]) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return mention{name: b.String(), start: start, end: end}, true
}

// titleOnly reports a span of nothing but a public office's title and the
// words that open one: "Governor", "Prime Minister", "Chief Minister",
// "Deputy Mayor".
func (x *lexicon) titleOnly(toks []token, start, end int) bool {
	office := false
	for k := start; k < end; k++ {
		if !x.tokIn(lPersonTitles, &toks[k]) && !toks[k].is3(wdPrime, wdChief, wdDeputy) {
			return false
		}
		// Only a public office is read so: a company's "Chairman" or
		// "President" may stand for a board the story names so.
		office = office || toks[k].is4(wdGovernor, wdMinister, wdPremier, wdMayor)
	}
	return office
}

// governmentLevel reports a word for the level a government below a
// nation's governs at, as its name says it: "Metropolitan", "Provincial".
func governmentLevel(w string) bool {
	switch w {
	case "metropolitan", "provincial", "prefectural", "city", "state", "municipal", "regional", "territory", "county":
		return true
	}
	return false
}

// numberNamed reports a name whose first word is a number word, "Two
// Sigma Ventures" or "Three Rivers Capital": the capitalised number
// opens a name where lower-case text around it shows the capital is no
// sentence's or headline's, or where the run ends in a word only an
// organisation's name ends in. "Two Fabrikam engineers" opens a sentence
// and names no firm.
func numberNamed(toks []token, start, end int) bool {
	if end-start < 2 || !toks[start].is3(wdOne, wdTwo, wdThree) || !toks[start].startsUpper() || !toks[start+1].startsUpper() {
		return false
	}
	if orgNouns[toks[end-1].lower] {
		return true
	}
	if start == 0 {
		return false
	}
	p := &toks[start-1]
	return p.kind == tokWord && !p.startsUpper() || p.text == "," || p.text == "("
}

// dealContextBefore reports whether a preposition at toks[i] follows a deal
// word closely enough to introduce a party ("deal with", "invested $2
// billion in").
func (x *lexicon) dealContextBefore(toks []token, bits []listSet, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if k < i-6 {
			// "agreed to sell 60% of its data centre unit to Asterion":
			// what is sold may take more words than a deal noun's
			// object.
			if toks[i].lower == "to" && bitIn(bits, k, wSell) || toks[i].is2(wdTo, wdFrom) && bitIn(bits, k, wLease) || toks[i].lower == "from" && bitIn(bits, k, wObjectVerbs) {
				// "agreed to lease a $800 million data centre from Blue
				// Owl": and what is let. "acquire AirTrunk for A$24
				// billion from Macquarie": who a company is bought from,
				// past its price.
				return true
			}
			continue
		}
		if bitIn(bits, k, wSubjectVerbs) && k == i-1 && k > 0 && toks[k-1].is4(wdIts, wdTheir, wdThe, wdA) && !bitIn(bits, k, wDealNouns) {
			// "kept its lead in CRM": a verb's form used as a noun, a
			// lead in a market, names no deal's side.
			continue
		}
		// "is teaming up with Foxconn": a partner is a deal's side too,
		// when the partner word leads right to it.
		// "sold its email unit to Proofpoint", "supplies GPUs to
		// Contoso": who a seller sells to is a side too. Who a round is
		// from or by is its backer ("in fresh funding from Balderton
		// Capital", "a Series B backed by Tiger Global").
		if bitIn(bits, k, wDealNouns) || bitIn(bits, k, wSubjectVerbs) || bitIn(bits, k, wObjectVerbs) || bitIn(bits, k, wSell) || bitIn(bits, k, wLease) || k >= i-2 && bitIn(bits, k, wPartner) || bitIn(bits, k, wRaise) && !toks[i].is2(wdIn, wdTo) || bitIn(bits, k, wInvest) && toks[i].lower != "to" {
			return true
		}
	}
	return false
}

// bitIn reports whether token k is a word of list l, from a sentence's
// per-token list bits.
func bitIn(bits []listSet, k int, l wordList) bool { return bits[k].has(l) }

// placeGovernments makes a country named right before "government" that
// government, a party as its companies are: "the Japanese government
// will put 72.5 billion yen", "the Swiss Government picked five
// providers", "Singapore's government earmarked S$870 million". The name is the country as the article writes it. A
// country's government in the possessive or after "the government of" is
// its Government name, else the country's name and "government". A
// government a known name already covers
// ("British government") stays that name. A state's government ("the
// Maharashtra government") stays the place, which money is pledged to.
func (e *Extractor) placeGovernments(toks []token, places, taken []mention) []mention {
	var out []mention
	for _, p := range places {
		if end := ownGovernmentEnd(toks, p); end > 0 {
			// "the Seoul Metropolitan Government": a city's own
			// government, though the city stands for its country.
			if !slices.ContainsFunc(taken, func(m mention) bool { return m.start < end && p.start < m.end }) {
				out = append(out, mention{name: spanText(toks, p.start, end), start: p.start, end: end})
			}
			continue
		}
		if g := e.governmentOf[p.name]; g != "" || countries[strings.ToLower(p.name)] != "" {
			// "Kenya's government", "the government of Canada": the
			// country's government, named for it.
			start, end := -1, -1
			switch {
			case p.end+2 < len(toks) && (toks[p.end].text == "'" || toks[p.end].text == "’") && toks[p.end+1].lower == "s" && toks[p.end+2].lower == "government":
				start, end = p.start, p.end+3
			case p.end+3 < len(toks) && (toks[p.end].text == "'" || toks[p.end].text == "’") && toks[p.end+1].lower == "s" && toks[p.end+2].is3(wdFederal, wdCentral, wdNational) && toks[p.end+3].lower == "government":
				// "Nigeria's federal government", "India's central
				// government": the level says which government, the
				// country's own.
				start, end = p.start, p.end+4
			case p.end+3 < len(toks) && (toks[p.end].text == "'" || toks[p.end].text == "’") && toks[p.end+1].lower == "s" && toks[p.end+2].lower == "public" && toks[p.end+3].lower == "sector":
				// "Singapore's public sector is pressing on with ...
				// contracts set aside": the state as a buyer is its
				// government.
				start, end = p.start, p.end+4
			case p.start >= 2 && toks[p.start-1].lower == "of" && toks[p.start-2].text == "Government" && (p.start == 2 || !toks[p.start-3].startsUpper() || toks[p.start-3].lower == "the"):
				// "Government of India", capitalised as its own title,
				// keeps the name the text gives it.
				start, end = p.start-2, p.end
				g = "Government of " + spanText(toks, p.start, p.end)
			case p.start >= 2 && toks[p.start-1].lower == "of" && toks[p.start-2].lower == "government" && p.start >= 3 && toks[p.start-3].lower == "the":
				start, end = p.start-2, p.end
			}
			if start >= 0 && !slices.ContainsFunc(taken, func(m mention) bool { return m.start < end && start < m.end }) {
				if g == "" {
					g = p.name + " government"
				}
				out = append(out, mention{name: g, start: start, end: end})
				continue
			}
		}
		ge := p.end
		if ge+1 < len(toks) && toks[ge].text == "." && toks[ge-1].joins(&toks[ge]) && toks[ge+1].lower == "government" {
			// "the U.S. government": the abbreviation's last dot stands
			// between the place and the word.
			ge++
		}
		if ge >= len(toks) || toks[ge].lower != "government" || countries[strings.ToLower(p.name)] == "" ||
			slices.ContainsFunc(taken, func(m mention) bool { return m.start <= ge && p.start < m.end }) || reportsClause(toks, p.start, ge+1) {
			continue
		}
		if g := e.governmentOf[p.name]; g != "" {
			// "the Japan government", "the Japanese government": one
			// name, the press's, however the text put it.
			out = append(out, mention{name: g, start: p.start, end: ge + 1})
			continue
		}
		out = append(out, mention{name: spanText(toks, p.start, p.end) + " government", start: p.start, end: ge + 1})
	}
	return out
}

// ownGovernmentEnd returns where the government of a province,
// prefecture, state or city named at p ends, when its name follows the
// place in capitals with the level it governs at: "the Gauteng Provincial
// Government", "the Tokyo Metropolitan Government", "the Busan City
// Government". Such a government is a buyer or a backer of its own,
// named as the text names it; 0 when none follows. A nation's ("the
// Japanese Government") is named by placeGovernments below, and a state's
// in lower case ("the Kerala government") stays the place.
func ownGovernmentEnd(toks []token, p mention) int {
	k := p.end
	if k+1 < len(toks) && toks[k].startsUpper() && governmentLevel(toks[k].lower) && toks[k+1].text == "Government" {
		return k + 2
	}
	return 0
}

// countryBodies names a ministry or agency the sentence found right after a
// country's possessive by the country as written and the body: "the
// UAE's Ministry of Education" is the UAE Ministry of Education, "Japan's
// Digital Agency" the Japan Digital Agency, as the press names them
// where it puts the country first. found is renamed in place.
func countryBodies(toks []token, places, found []mention) {
	for _, p := range places {
		e := p.end
		if e+2 >= len(toks) || toks[e].text != "'" && toks[e].text != "’" || toks[e+1].lower != "s" || countries[strings.ToLower(p.name)] == "" {
			continue
		}
		for i := range found {
			m := &found[i]
			if m.start != e+2 || !slices.ContainsFunc(toks[m.start:m.end], func(t token) bool { return t.startsUpper() }) {
				continue
			}
			body := false
			for k := m.start; k < m.end && !body; k++ {
				// A ministry or an agency: the press names "the Home
				// Office" or "the Department for Work and Pensions" of
				// its own country bare, "Kenya's Ministry of
				// Information" by the country.
				body = toks[k].startsUpper() && toks[k].is2(wdMinistry, wdAgency)
			}
			if !body {
				continue
			}
			m.name = spanText(toks, p.start, p.end) + " " + m.name
		}
	}
}

// spanText is toks[start:end) as the text wrote them, spaced where it
// spaced them.
func spanText(toks []token, start, end int) string {
	var b strings.Builder
	for k := start; k < end; k++ {
		if k > start && !toks[k-1].joins(&toks[k]) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// reportsClause reports a name that only tells who said the clause before
// it: "Qatar will invest €12 billion in Italy, the Italian government
// said", where the government is the source, not a party.
func reportsClause(toks []token, start, end int) bool {
	if start > 0 && toks[start-1].lower == "the" {
		start--
	}
	return start > 0 && toks[start-1].text == "," && end < len(toks) && toks[end].is5(wdSaid, wdSays, wdAnnounced, wdTold, wdConfirmed)
}

// discoverShareHolders finds companies the gazetteer does not know from
// the market shares a sentence gives them: the capitalised name right
// before a share ("followed by Vivo with 16 percent", "as RingCentral
// holds 20%", "Oppo (9%)"), or the subject of the verb of a share's
// clause ("Xiaomi still leads the market with a 26.1 percent share",
// "and Realme was close behind on 15 percent"). Only a sentence that
// speaks of shares or a market is read, and only its percentages.
func (x *lexicon) discoverShareHolders(toks []token, bits []listSet, marks []wordMark, cues listSet, saysShare bool, qty []quantity, known []mention) []mention {
	// "Samsung led with 21%, followed by Tailspin with 14%": ranking
	// words make a sentence about shares too.
	if !saysShare && !cues.has(wShareCues) && !cues.has(wRespectively) && !bracketedShares(toks, qty) {
		return nil
	}
	var covered []bool
	// Most sentences are shorter than buf, which spares each its own
	// array on the heap.
	var buf [256]bool
	var out []mention
	for _, q := range qty {
		if q.kind != qtyPercent {
			continue
		}
		if covered == nil {
			covered = markCovered(flags(&buf, len(toks)), known)
		}
		end := x.shareHolderEnd(toks, bits, marks, q.start)
		if end <= 0 || covered[end-1] {
			continue
		}
		start := runBefore(toks, end)
		if start == end || start == 0 && end-start == 1 && (marks[end]&beVerbs != 0 || pluralWord(toks[start].text)) {
			// A capitalised word opening the sentence may be no name at
			// all: "Growth was 20%", "Hyperscalers held 60%".
			continue
		}
		// "Contoso and Fabrikam held 30% and 20%": the last of a list is
		// not the list, and the shares are the list's.
		// "According to Gartner, Litware's share": a source before a
		// comma is no member of a list.
		if start >= 2 && (toks[start-1].is2(wdAnd, symAmpersand) || toks[start-1].text == "," && !sourceBefore(toks, start-1)) && isNameToken(&toks[start-2]) {
			continue
		}
		// "Contoso's share of x86 server CPUs was 18%": an acronym's
		// plural after a word in lower case that qualifies it is what
		// the share is of, not who holds it.
		if end-start == 1 && start >= 1 && pluralAcronym(toks[start].text) && toks[start-1].kind == tokWord && !toks[start-1].startsUpper() && !joinsPhrases(toks[start-1].lower) {
			continue
		}
		// "kept its lead in CRM with 21.7%", "its share in ERP was 6%":
		// a name after "in" is the market the share is of, not its holder.
		if start >= 1 && toks[start-1].is3(wdIn, wdAcross, wdWithin) {
			continue
		}
		// "its share of ERP is 25%": so is a name after "share of".
		if start >= 2 && toks[start-1].lower == "of" && toks[start-2].is2(wdShare, wdShares) {
			continue
		}
		// "Contoso led NAND with 34%": what a company leads is its market.
		if start >= 2 && marks[start-1]&leadsMarket != 0 && isNameToken(&toks[start-2]) {
			continue
		}
		// "Fabrikam, +68% Y/Y with a 13% share": a rate's tag is no name.
		if start >= 2 && rateTag(toks, start-2) {
			continue
		}
		if m, ok := x.orgName(toks, bits, marks, start, end, covered); ok && !slices.ContainsFunc(out, func(o mention) bool { return o.start == m.start }) {
			out = append(out, m)
		}
	}
	return out
}

// pluralAcronym reports the plural of an initialism, "CPUs", "PCs",
// "SSDs": products counted, which hold no share.
func pluralAcronym(w string) bool {
	return len(w) > 2 && w[len(w)-1] == 's' && isUpperASCII(w[:len(w)-1])
}

// bracketedShares reports a list of names each with a percentage in
// brackets after it, "Next come Fastly (12.9%), Verizon EdgeCast
// (11.8%)": a ranking of shares, though the sentence says no "share".
// A sign before a figure ("(+3%)", "(up 3%)") makes it a change.
func bracketedShares(toks []token, qty []quantity) bool {
	n := 0
	for _, q := range qty {
		if q.kind == qtyPercent && q.start >= 2 && q.numStart == q.start && toks[q.start-1].text == "(" && isNameToken(&toks[q.start-2]) {
			n++
		}
	}
	return n >= 2
}

// sourceBefore reports a name ending at token end that "according to" or
// "by" introduces: "According to Gartner".
func sourceBefore(toks []token, end int) bool {
	start := runBefore(toks, end)
	return start >= 1 && start < end && toks[start-1].is2(wdTo, wdBy)
}

// shareHolderEnd returns where the name a share at token q is given to
// ends: before the word that hands it the share ("Vivo with", "Oppo (",
// "RingCentral holds"), or before the verb its clause opens with
// ("Xiaomi still leads the market with"), past adverbs; -1 when there is
// none.
func (x *lexicon) shareHolderEnd(toks []token, bits []listSet, marks []wordMark, q int) int {
	k := q - 1
	if k >= 1 && toks[k].is2(wdA, wdAn) {
		k--
	}
	if k < 1 {
		return -1
	}
	if toks[k].text == "(" || bitIn(bits, k, wGroupVerbs) || marks[k]&(givesFigure|haveVerbs) != 0 {
		if isNameToken(&toks[k-1]) {
			return k
		}
	}
	// "Ericsson's 24%": a possessive right before a share owns it.
	if k >= 2 && toks[k].lower == "s" && (toks[k-1].text == "'" || toks[k-1].text == "’") && isNameToken(&toks[k-2]) {
		return k - 1
	}
	// "Vi's share slipped from 24.6% to 24.5% and BSNL's from 10.3%": a
	// possessive whose share is left out.
	if k >= 3 && toks[k].is2(wdFrom, wdAt) && toks[k-1].lower == "s" && (toks[k-2].text == "'" || toks[k-2].text == "’") && isNameToken(&toks[k-3]) {
		return k - 2
	}
	// The clause's verb, a few words back: "leads the Indian market with".
	for j := k; j >= 1 && j >= q-10; j-- {
		t := &toks[j]
		// "the Indian market" is no name the share is given to.
		if t.text == "," || t.text == ";" || t.kind == tokNum || isNameToken(t) && marks[j-1]&definite == 0 {
			return -1
		}
		if t.lower == "share" {
			// "Vivo's share rose to 16%": the share's owner, whatever
			// its verb. A share no one owns in the words before it
			// ("came third with a market share of 16 per cent") is the
			// clause's subject's, read at its verb further back.
			if o := x.possessiveShareOwner(toks, j+1); o >= 0 || !withAShare(toks, j) {
				return o
			}
			continue
		}

		if !(bitIn(bits, j, wGroupVerbs) || t.is14(wdLeads, wdLed, wdRemained, wdRemains, wdStayed, wdWas, wdIs, wdRanked, wdRanks, wdCame, wdComes, wdFinished, wdHas, wdHad)) {
			continue
		}
		e := j
		for e >= 1 && toks[e-1].is7(wdStill, wdNow, wdAlso, wdAgain, wdFirmly, wdComfortably, wdNarrowly) {
			e--
		}
		if e >= 1 && isNameToken(&toks[e-1]) {
			return e
		}
		return x.possessiveShareOwner(toks, e)
	}
	return -1
}

// withAShare reports "with a share" or "with a market share" ending at
// the "share" at token j: the share a clause's subject has.
func withAShare(toks []token, j int) bool {
	k := j - 1
	if k >= 0 && toks[k].lower == "market" {
		k--
	}
	return k >= 1 && toks[k].is2(wdA, wdAn) && toks[k-1].is1(wdWith)
}

// possessiveShareOwner returns where the name ends that owns the share
// named just before the verb at token e ("Xiaomi's market share held
// steady at", "Vivo's smartphone share rose to"), or -1.
func (x *lexicon) possessiveShareOwner(toks []token, e int) int {
	k := e - 1
	// "Nokia's share of the RAN market was 18%": what the share is of
	// stands between it and the verb.
	for j := k; j >= 1 && j >= e-6 && toks[j].kind == tokWord; j-- {
		if toks[j].lower == "of" && toks[j-1].lower == "share" {
			k = j - 1
			break
		}
	}
	if k < 0 || toks[k].lower != "share" {
		return -1
	}
	// A market's name of a word or two between the owner and "share".
	n := 0
	for ; n < 3 && k >= 1 && toks[k-1].kind == tokWord && !toks[k-1].startsUpper() && toks[k-1].lower != "s"; n++ {
		k--
	}
	if k >= 3 && toks[k-1].lower == "s" && (toks[k-2].text == "'" || toks[k-2].text == "’") && isNameToken(&toks[k-3]) {
		return k - 2
	}
	// "BHIM app market share falls to 6%": a name opening the sentence
	// before what it sells and "market share" owns the share without a
	// possessive. A headline in capitals ("Tessaly Market Share Falls")
	// has no lower-case words to tell the name from the rest by.
	if n > 0 && k >= 1 && isNameToken(&toks[k-1]) && x.shareOpener(&toks[k-1]) && runBefore(toks, k) == 0 && !slices.ContainsFunc(toks[k:k+n], func(t token) bool {
		// "Together their share": a determiner says whose the share is.
		return joinsPhrases(t.lower) || t.is4(wdIts, wdTheir, wdThis, wdThese)
	}) {
		return k
	}
	return -1
}

// shareOpener reports a word opening a sentence before "market share"
// that can be the share's owner with no possessive: a known company's
// first word, an initialism ("BHIM app market share"), or a word that is
// no ordinary word of the lexicon; never a word for a market. A
// capitalised "Online" or "Mobile" names the market the share is of.
func (x *lexicon) shareOpener(t *token) bool {
	e := x.tokenEntry(t)
	if e.lookups&(1<<lShareMarkets) != 0 {
		// "Digital market share rose": a market's word, though a known
		// name ("Digital Realty") starts with it.
		return false
	}
	return e.marks&startsCompany != 0 || isUpperASCII(t.text) || !x.ordinaryWord(t, 1)
}

// notOverlapping returns the mentions of ms that overlap none of others.
func notOverlapping(ms, others []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if !slices.ContainsFunc(others, func(o mention) bool { return o.start < m.end && m.start < o.end }) {
			out = append(out, m)
		}
	}
	return out
}

// lowerBrand reports a name written in lower case at token k ("iomart"):
// a word that is no ordinary word of the lexicon, no plural and no adverb,
// right before a deal verb, or an auxiliary and one.
func lowerBrand(toks []token, bits []listSet, k int) bool {
	if k+1 >= len(toks) || toks[k].kind != tokWord || toks[k].startsUpper() || len(toks[k].text) < 3 ||
		strings.HasSuffix(toks[k].lower, "ly") || pluralWord(toks[k].text) ||
		bitIn(bits, k, wNotNames) || bitIn(bits, k, wAux) || bitIn(bits, k, wSubjectVerbs) || bitIn(bits, k, wDescriptor) {
		return false
	}
	return bitIn(bits, k+1, wSubjectVerbs) || k+2 < len(toks) && bitIn(bits, k+1, wAux) && bitIn(bits, k+2, wSubjectVerbs)
}

// pluralWord reports a word that reads as a plural common noun: lower
// case after its first letter, ending in a single "s" ("Consumers",
// "Hyperscalers", but not "Siemens"-like short names or "AWS").
func pluralWord(w string) bool {
	n := len(w)
	if n < 5 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == 'u' {
		return false
	}
	for i := 1; i < n; i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// boughtByParent names a company the gazetteer files under its owner by
// the name the sentence writes when the owner is buying it there: in
// "Google bought UK-based DeepMind for £400 million" and "Microsoft's $26.2
// billion acquisition of LinkedIn" the target is DeepMind and LinkedIn,
// not the buyer again.
func boughtByParent(toks []token, bits []listSet, known []mention) []mention {
	for i := 1; i < len(known); i++ {
		m := known[i]
		if !slices.ContainsFunc(known[:i], func(o mention) bool { return o.name == m.name }) || !boughtAt(toks, bits, m.start) || !wholeObject(toks, m.end) {
			continue
		}
		written := make([]byte, 0, int(toks[m.end-1].end-toks[m.start].start))
		for k := m.start; k < m.end; k++ {
			if k > m.start && !toks[k-1].joins(&toks[k]) {
				written = append(written, ' ')
			}
			written = append(written, toks[k].text...)
		}
		if w := string(written); !strings.EqualFold(w, m.name) && !strings.HasPrefix(strings.ToLower(w), strings.ToLower(m.name)+" ") {
			known[i].name = w
		}
	}
	return known
}

// boughtAt reports a name at token k that a purchase takes: right after a
// purchase verb or "acquisition of", past a place it is based in
// ("UK-based") and a few lower-case words saying what it is.
func boughtAt(toks []token, bits []listSet, k int) bool {
	j := k - 1
	if j >= 2 && toks[j].lower == "based" && toks[j-1].text == "-" {
		j -= 3 // "UK-based"
	}
	for d := 0; d < 3 && j >= 0 && toks[j].kind == tokWord && !toks[j].startsUpper() && !bitIn(bits, j, wObjectVerbs) && toks[j].lower != "of"; d++ {
		j--
	}
	if j < 0 {
		return false
	}
	return bitIn(bits, j, wObjectVerbs) || j > 0 && toks[j].lower == "of" && bitIn(bits, j-1, wAcquire)
}

// wholeObject reports a name ending at token e that is the whole of what
// is bought, not a word describing it: "bought DeepMind for", but not
// "buy more AWS capacity".
func wholeObject(toks []token, e int) bool {
	return e >= len(toks) || toks[e].kind != tokWord || toks[e].startsUpper() ||
		toks[e].is18(wdFor, wdIn, wdAt, wdFrom, wdOn, wdWith, wdAnd, wdTo, wdLast, wdThis, wdAs, wdAfter, wdBefore, wdWhich, wdThat, wdWhen, wdBack, wdOutright)
}

// placeOwnedOrgs finds the organisations a sentence names after a place's
// possessive: "Australia's NextDC", "Japan's Telehouse". A place owns no
// product or market the reporting would capitalise, so the capitalised run
// after it is a company's name. Runs that start with a word that is no name
// ("India's AI build-out") or that a name already covers are left alone,
// and so are runs nothing marks as an organisation's (orgCued), for a
// place owns regions too ("China's Guangdong").
func (x *lexicon) placeOwnedOrgs(toks []token, bits []listSet, marks []wordMark, places, named []mention) []mention {
	var out []mention
	var covered []bool
	for _, p := range places {
		e := p.end
		if e+2 >= len(toks) || toks[e].text != "'" && toks[e].text != "’" || toks[e+1].lower != "s" || !toks[e+2].startsUpper() {
			continue
		}
		if covered == nil {
			covered = coveredBy(len(toks), named)
		}
		end := runAfter(toks, e+2)
		if end < len(toks) && !(toks[end].kind == tokNum || bitIn(bits, end, wAux) || bitIn(bits, end, wSubjectVerbs)) && !objectClosed(toks, p.start, end) {
			// "Spain's GDP by €31.7 billion", "Japan's FTC found": only
			// a name that a figure or a verb follows is a company's.
			continue
		}
		// A run that reaches a name already read ("Japan's Contoso
		// Mitsubishi Corporation") is no name of its own: it would overlap
		// that one.
		if slices.Contains(covered[e+2:min(end, len(covered))], true) {
			continue
		}
		if m, ok := x.listedName(toks, bits, marks, e+2, end); ok && orgCued(toks, bits, marks, p.start, e+2, end) {
			out = append(out, m)
		}
	}
	return out
}

// orgCued reports a capitalised run toks[start:end) after the possessive
// of the place at toks[place] that says it is an organisation, not a
// region of the place ("China's Guangdong", "Italy's Lombardy"): a legal
// form ("Telehouse Ltd"), a body's head word ("Ministry"), or a word that
// ends a company's name ("Silo AI", "Ark Data Centres", "Brixon Labs"); or
// else two words or more, but not where the place follows "in" or "at",
// which say where a thing is ("a plant in India's Tamil Nadu").
func orgCued(toks []token, bits []listSet, marks []wordMark, place, start, end int) bool {
	words := 0
	for k := start; k < end; k++ {
		if toks[k].kind != tokWord {
			continue
		}
		words++
		l := toks[k].lower
		if k > start && (isLegalSuffix(l) || orgNouns[l] || l == "ai" || marks[k]&endsOrgName != 0) || bitIn(bits, k, wPublicBody) || bitIn(bits, k, wInstitution) {
			return true
		}
	}
	k := place - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	return words > 1 && !(k >= 0 && toks[k].is2(wdIn, wdAt))
}

// objectClosed reports a place's possessive that a preposition of a
// deal's object opens, its run ending the clause: "lent £700 million to
// the UK's Ark Data Centres.", "invested in Kenya's Brixon Pay,". What a
// deal goes to, in or from is a party, and the place before it says only
// where the party is; "Spain's GDP" stays out, for listedName refuses
// words that say what money is.
func objectClosed(toks []token, place, end int) bool {
	if !toks[end].is3(symPeriod, symComma, symSemicolon) {
		return false
	}
	k := place - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	return k >= 0 && toks[k].is5(wdTo, wdIn, wdInto, wdFrom, wdWith)
}

// listedName turns the capitalised run toks[start:end), which a list or a
// place's possessive shows to be a company's name, into a mention: as
// orgName does, and keeping words that are no names alone but are inside
// one ("Evolution Data Centre", "One Asia"). A run of one such word ("In",
// "The") or of words that say what money is ("GDP") is none.
func (x *lexicon) listedName(toks []token, bits []listSet, marks []wordMark, start, end int) (mention, bool) {
	for k := start; k < end; k++ {
		if bitIn(bits, k, wOtherMoneyAfter) || bitIn(bits, k, wEconomy) {
			return mention{}, false
		}
	}
	if m, ok := x.orgName(toks, bits, marks, start, end, make([]bool, len(toks))); ok && m.start == start {
		return m, true
	}
	for end > start && (toks[end-1].kind == tokSym || isLegalSuffix(toks[end-1].lower)) {
		end--
	}
	if end-start < 2 {
		return mention{}, false
	}
	var b strings.Builder
	for k := start; k < end; k++ {
		if !toks[k].startsUpper() {
			return mention{}, false
		}
		if k > start && !toks[k-1].joins(&toks[k]) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return mention{name: b.String(), start: start, end: end}, true
}

// shapeOrgs finds the organisations a sentence names with a brand's shape,
// wherever they stand: a word of one token with a capital inside after a
// lower-case letter ("DataVolt", "NextDC", "GoGuardian"), which no common
// word, place or person's first name has. Words covered by a known name,
// product or research firm are left to those; so is a word after another
// capitalised word, which may be a person's surname ("Thomas DiNapoli")
// or a company's product ("Amazon CloudFront"), and one a source, an
// event or a programme is read as.
// Words that say what a company is ("Holdings", "Cloud") go with it.
// The test is a byte scan of capitalised tokens only.
func shapeOrgs(toks []token, bits []listSet, marks []wordMark, taken ...[]mention) []mention {
	// Names are few: looking each token up in them allocates nothing,
	// where marking the tokens they cover would for every sentence.
	covered := func(k int) bool {
		for _, ms := range taken {
			if slices.ContainsFunc(ms, func(m mention) bool { return m.start <= k && k < m.end }) {
				return true
			}
		}
		return false
	}
	var out []mention
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !brandWord(t) || bitIn(bits, i, wNotNames) || covered(i) {
			continue
		}
		if i > 0 && (toks[i-1].startsUpper() || toks[i-1].is11(wdThe, wdA, wdAn, wdTo, wdBy, wdTold, wdAt, wdUnder, wdIn, wdOn, wdS)) {
			// "Amazon CloudFront" is a product, and so is a brand after
			// its owner's possessive ("the agency's OneGov strategy");
			// "according to PitchBook", "told DefenseScoop", "in
			// InformationWeek" name a source; "the VivaTech show" an event;
			// "spend $50 million on JavaScript" a product.
			continue
		}
		e := i + 1
		for e < len(toks) && e < i+4 && toks[e].startsUpper() && !covered(e) && (orgNouns[toks[e].lower] || marks[e]&endsOrgName != 0) {
			// "CoreSite Holdings", "DataVolt Cloud"; not "NextDC CEO".
			e++
		}
		if e < len(toks) && (bitIn(bits, e, wSeatNouns) || toks[e].is15(wdTooling, wdPlatform, wdPlatforms, wdSoftware, wdApp, wdApps, wdCode, wdSlides, wdFiles, wdTool, wdTools, wdModel, wdModels, wdChips, wdDevices)) {
			// "JavaScript tooling", "the PowerPoint licences": a product
			// named by what it is used for.
			i = e - 1
			continue
		}
		if sourceTag(toks, i, e) {
			// "raised $13 million from Orrin Ventures, TechCrunch
			// reports.": the outlet that tells of the deal.
			i = e - 1
			continue
		}
		out = append(out, mention{name: joinedText(toks, i, e), start: i, end: e})
		i = e - 1
	}
	return out
}

// sourceTag reports the name at toks[start:end) closing its sentence
// after a comma with a verb of reporting: "..., TechCrunch reports.",
// "..., DealStreetAsia reported on Monday". It names who tells the
// sentence, not a side of what it tells.
func sourceTag(toks []token, start, end int) bool {
	if start == 0 || toks[start-1].text != "," || end >= len(toks) || !toks[end].is4(wdReports, wdReported, wdSaid, wdSays) {
		return false
	}
	return end+1 == len(toks) || toks[end+1].text == "." || toks[end+1].is1(wdOn)
}

// brandWord reports a word token shapeOrgs reads as a brand: six bytes
// or more, capitalised, of brandShape (which no number or symbol has). It
// is asked of every token, so it is kept small enough to inline.
func brandWord(t *token) bool {
	w := t.text
	return len(w) >= 6 && w[0]-'A' < 26 && brandShape(w)
}

// brandShape reports a word written as brands are, with a capital right
// after a lower-case letter: "DataVolt", "NextDC". Surnames with a
// capital after "Mc", "Mac" and the like ("McKinsey", "MacLeod",
// "DeBolt") and the "as a Service" words ("SaaS", "IaaS") are no brands.
func brandShape(w string) bool {
	for k := 1; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' || w[k-1] < 'a' || w[k-1] > 'z' {
			continue
		}
		switch w[:k] {
		case "Mc", "Mac", "Di", "De", "Du", "La", "Le", "Van", "Von", "Da":
			return false
		}
		if k >= 3 && w[k-2:k] == "aa" || w[k:] == "Co" {
			return false // "UCaaS"; "HoldCo", "PropCo": a kind of company
		}
		return true
	}
	return false
}

// joinedText writes toks[start:end) as the sentence does, one space
// between words that a space parts.
func joinedText(toks []token, start, end int) string {
	if end == start+1 {
		return toks[start].text
	}
	var b strings.Builder
	for k := start; k < end; k++ {
		if k > start && !toks[k-1].joins(&toks[k]) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// describedAsNoOrg reports an aside after a name, from token e, saying it
// is a programme, an event or a product: "InvestAI, a €200 billion
// initiative", "VivaTech, an annual trade show".
func describedAsNoOrg(toks []token, marks []wordMark, e int) bool {
	if e+1 >= len(toks) || toks[e].text != "," || !toks[e+1].is5(wdA, wdAn, wdThe, wdIts, wdTheir) {
		return false
	}
	for k := e + 2; k < len(toks) && k < e+14 && toks[k].text != ","; k++ {
		if marks[k]&namesProject != 0 || toks[k].is16(wdInitiative, wdScheme, wdPlan, wdStrategy, wdMission, wdProgramme, wdAward, wdAwards, wdShow, wdConference, wdSummit, wdEvent, wdTool, wdChatbot, wdApp, wdModel) {
			return true
		}
	}
	return false
}

// itsSubject returns where the capitalised name opening the sentence, or
// its main clause after an opening phrase, starts and ends when what
// follows it says the name is an organisation's:
//
//   - a verb right after it leads, within a few lower-case words, to
//     "its": "Stargate has scaled back its near-term goals", "Tessaly
//     Foods cut its dairy unit". English refers to a person as "his" or
//     "her", so the name is a thing's, and a thing that acts in a clause
//     of its own is an organisation;
//   - a name shaped as a firm's (an initialism, a brand's shape, a last
//     word such as Group or Holdings) announces or unveils a deal or an
//     amount: "Kestine Group unveiled a $12 million order". What a firm
//     makes public is its deal; people announce deals too ("Satya
//     Nadella announced"), and plain words do not tell them apart.
//
// A name the sentence knows already, a title opening a person's name
// ("President Anna Berg raised its"), or a clause that turns to another
// subject first ("Velmora and its partners", "Velmora, which raised its")
// says nothing. It returns -1, -1 for none.
func (x *lexicon) itsSubject(toks []token, bits []listSet, marks []wordMark, covered []bool) (int, int) {
	// Most sentences have neither near their start: a look at a few
	// word numbers spares them the opening phrase's.
	cue := false
	for k := 1; k < len(toks) && k < 20 && !cue; k++ {
		cue = toks[k].id == wdIts || toks[k].id == wdIt || bits[k].has(wAnnounced)
	}
	if !cue {
		return -1, -1
	}
	s := clauseAfterOpening(toks, marks)
	if s+2 >= len(toks) || !isNameToken(&toks[s]) || covered[s] || marks[s]&definite != 0 || toks[s].is2(wdA, wdAn) || x.tokIn(lPersonTitles, &toks[s]) {
		// "The Redmond company lifted its share": a name after an
		// article describes the noun it heads.
		return -1, -1
	}
	e := runAfter(toks, s)
	if e-s > 4 || e+1 >= len(toks) || covered[e-1] {
		return -1, -1
	}
	if announcedAt(toks, bits, e) && (initialism(toks[s]) || brandWord(&toks[s]) || e-s > 1 && (orgSuffixWord(toks[e-1].lower) || orgNouns[toks[e-1].lower])) {
		// Plain words announcing are as often a person's name ("Satya
		// Nadella announced a $3 billion investment", "Hochul announced
		// $90 million"), so only a name shaped as a firm's is taken.
		return s, e
	}
	if !joinsPhrases(toks[s].lower) && !bitIn(bits, s, wNotNames) && !toks[e].is3(wdThe, wdA, wdAn) && !x.ordinaryWord(&toks[s], e-s) && itsShareAfter(toks, e) {
		// Not "Over the last four quarters, its share slipped": an
		// opening phrase's preposition is no name.
		return s, e
	}
	for k := e; k < len(toks) && k < e+5; k++ {
		t := &toks[k]
		if t.is1(wdIts) {
			if k == e || k+1 >= len(toks) || toks[k+1].kind == tokSym || toks[k+1].startsUpper() {
				// "Kestrel Town renews its Zoom licences": what is its
				// is a product, which roles read as the town's supplier
				// rather than the town as a firm acting.
				return -1, -1
			}
			return s, e
		}
		if t.kind != tokWord || t.startsUpper() || t.is9(wdAnd, wdOr, wdWhich, wdWho, wdThat, wdHis, wdHer, wdTheir, wdBut) || t.is3(wdHe, wdShe, wdThey) {
			return -1, -1
		}
	}
	return -1, -1
}

// ordinaryWord reports a name of n words, t its first, that is one
// ordinary word capitalised only as a sentence's first: a word the
// lexicon lists ("Revenue", "Growth"), a word of four letters or more a
// rule asks for ("Demand"), or a plural common noun ("Shipments",
// "Customers"). Such a word opening "Revenue rose 12%, while its market
// share climbed" is a figure of the firm "its" goes back to, not a firm;
// a firm's own name ("Equitel grew too") is in no list. The marks for the
// first word of a known name ("Expresso" of Expresso Telecom) say it is a
// name's, not a word's; a short word or one in capitals may be an
// initialism ("GM").
func (x *lexicon) ordinaryWord(t *token, n int) bool {
	if n != 1 || isUpperASCII(t.text) {
		return false
	}
	if pluralWord(t.text) || t.id.asked() && len(t.text) > 3 {
		return true
	}
	e := x.entry(t.lower)
	return e.lists != listSet{} || e.lookups != 0 || e.marks&^(startsCompany|startsName) != 0
}

// itsShareAfter reports "its share" or "its market share" later in the
// clause a name opens at its end e, however far, with no other name,
// person's pronoun or clause break between: "Equitel grew too, to 1.9
// million subscribers, although its market share dipped", or a share
// given to "it" ("Expresso had 23,264 subscribers, giving it a total
// market share of 0.06%"). What has a share of a market is a firm or its
// product, not a person.
func itsShareAfter(toks []token, e int) bool {
	for k := e; k+1 < len(toks) && k < e+30; k++ {
		t := &toks[k]
		switch {
		case t.is1(wdIts):
			n := &toks[k+1]
			return n.lower == "share" || n.lower == "market" && k+2 < len(toks) && toks[k+2].lower == "share"
		case t.id == wdIt && k > e:
			// "..., giving it a total market share of 0.06%": the share
			// handed to "it", with only words for what share between.
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				switch toks[j].lower {
				case "share":
					return true
				case "a", "total", "combined", "overall", "market":
					continue
				}
				return false
			}
			return false
		case t.text == ";" || t.text == ":" || t.startsUpper() && isNameToken(t) && monthNumber(t.lower) == 0:
			// A month ("at the end of April 2017") is no other name.
			return false
		case t.is6(wdHe, wdShe, wdThey, wdHis, wdHer, wdTheir):
			return false
		}
	}
	return false
}

// announcedAt reports, at token k right after a name, a verb making a
// deal or an amount public, past "has" or when it was ("on Tuesday"),
// with the deal's word or the amount a few words on: "announced a $20
// million investment", "has unveiled a $12 million order", "on Monday
// announced the deal". "Announced plans to hire" names neither.
func announcedAt(toks []token, bits []listSet, k int) bool {
	if k < len(toks) && toks[k].is3(wdHas, wdHave, wdHad) {
		k++
	}
	if k+1 < len(toks) && toks[k].is1(wdOn) && toks[k+1].startsUpper() {
		k += 2 // "on Tuesday"
	}
	if k >= len(toks) || !bitIn(bits, k, wAnnounced) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if bitIn(bits, j, wDealNouns) || moneyAt(toks, j) {
			return true
		}
		if toks[j].kind == tokSym && toks[j].text != "$" && toks[j].text != "€" && toks[j].text != "£" {
			return false
		}
	}
	return false
}

// officialsOf returns where the name whose official or officials the
// word at token i speaks of starts, or -1: "a National Treasury
// official", "Dataport officials said". A single plain word may be a
// people's ("a Kenyan official") or a title's ("Government officials"),
// and a name opening a list is no owner of the word.
func officialsOf(toks []token, bits []listSet, i int) int {
	s := runBefore(toks, i)
	if s >= i || i-s > 4 || bitIn(bits, s, wNotNames) && i-s == 1 {
		return -1
	}
	if i-s == 1 && !initialism(toks[s]) && !brandWord(&toks[s]) {
		return -1
	}
	if s > 0 && (toks[s-1].text == "," || toks[s-1].is2(wdAnd, wdOr)) {
		return -1
	}
	return s
}

// backersSentence reports a sentence that speaks of a round or its
// backers: "the round", "invested", "participated", "investors".
func backersSentence(toks []token, bits []listSet) bool {
	for k := range toks {
		if bitIn(bits, k, wRaise) || toks[k].is7(wdInvested, wdInvests, wdParticipated, wdInvestors, wdBackers, wdParticipants, wdBacking) {
			return true
		}
	}
	return false
}

// firmAfterDealNoun reports a deal noun at k that only says what kind of
// firm the word after it is, in an aside set off by a comma before the
// possessive that starts at start: "Kestrel Holm, Ek's investment firm,".
// Whose firm the aside says it is says nothing of a deal. Not so a
// possessive that is the sentence's subject: "Velmora's investing
// platform has raised $12 million" is Velmora's round.
func firmAfterDealNoun(toks []token, bits []listSet, start, k int) bool {
	return start > 0 && toks[start-1].text == "," && k+1 < len(toks) && bitIn(bits, k+1, wDescriptor) && !toks[k+1].startsUpper()
}
