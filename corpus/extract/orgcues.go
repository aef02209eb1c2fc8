package extract

// This file holds the ways news text introduces an organisation the
// gazetteer lacks that hold for any name, whatever the sentence is about:
// what only a company has ("Velmora's chief executive", "shares of
// Velmora", "Velmora (NASDAQ: VLMR)"), a title a company gives its people
// ("Velmora CEO Anna Berg"), and an aside saying where it is founded or
// ranks ("Velmora, headquartered in Lagos,", "Velmora, Japan's largest
// bank,"). findOrgs reads them at the words they start at.

// corporateAfter reports, from token k right after a possessive's "s",
// words for what only an organisation has: its officers ("chief
// executive", "CEO", "founder", "chairman"), its board, shareholders,
// subsidiary or parent company, customers, revenue, valuation or data
// centres, and its shares or stock moving ("shares rose"). A person's
// spokesperson or chief of staff is a person's, and a person's shares are
// held, not traded: those say nothing.
func corporateAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := &toks[k]
	switch t.lower {
	case "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder", "founders", "board", "shareholders", "subsidiary", "headquarters":
		return true
	case "customers", "subscribers", "revenue", "revenues", "valuation", "workforce", "servers":
		// "Velmora's customers", "Velmora's revenue": what a business
		// has; a person's pay or fortune has other words.
		return true
	case "data":
		return k+1 < len(toks) && toks[k+1].is4(wdCentre, wdCenter, wdCentres, wdCenters)
	case "co":
		// "co-founder"
		return k+2 < len(toks) && toks[k+1].text == "-" && toks[k+2].is2(wdFounder, wdFounders)
	case "chief":
		return k+1 < len(toks) && toks[k+1].is4(wdExecutive, wdFinancial, wdOperating, wdTechnology)
	case "parent":
		return k+1 < len(toks) && toks[k+1].is1(wdCompany)
	case "shares", "stock":
		return k+1 < len(toks) && priceMoves(toks[k+1].lower)
	case "share":
		return k+1 < len(toks) && toks[k+1].is1(wdPrice)
	case "market":
		return k+1 < len(toks) && toks[k+1].is4(wdValue, wdCapitalisation, wdCapitalization, wdCap)
	}
	return false
}

// priceMoves reports a verb saying how a listed company's shares traded:
// "rose", "fell", "slumped".
func priceMoves(w string) bool {
	switch w {
	case "rose", "fell", "jumped", "climbed", "gained", "dropped", "slid", "slumped", "surged", "soared", "tumbled", "plunged", "sank", "rallied", "closed", "traded", "dipped", "spiked", "edged", "lost",
		"rise", "fall", "jump", "climb", "gain", "drop", "slide", "slump", "surge", "soar", "tumble", "plunge", "sink", "rally", "close", "trade", "dip", "spike", "edge",
		"rises", "falls", "jumps", "climbs", "gains", "drops", "slides", "slumps", "surges", "soars", "tumbles", "plunges", "sinks", "rallies", "closes", "trades", "dips", "spikes", "edges":
		return true
	}
	return false
}

// movedByPercentAt reports, at a price-move verb at token i, the name
// opening the sentence that moved and the percentage it moved by: "Cochin
// Shipyard surged 10% after", "Velmora Ltd fell 4 per cent". Only a
// listed company's stock moves so by its own name; a market's index,
// currency or commodity ("The Nifty 50 rose 1%", "Brent crude fell 2%")
// is no firm. It returns where the name starts, or -1.
func movedByPercentAt(toks []token, bits []listSet, i int) int {
	if i < 1 || i+2 >= len(toks) || !priceMoves(toks[i].lower) || toks[i+1].kind != tokNum || !(toks[i+2].text == "%" || toks[i+2].is2(wdPercent, wdPer)) || !isNameToken(&toks[i-1]) {
		return -1
	}
	s := runBefore(toks, i)
	if s >= i || s > 1 || s == 1 && !toks[0].is1(wdThe) {
		return -1
	}
	for k := s; k < i; k++ {
		if bitIn(bits, k, wNotNames) || bitIn(bits, k, wStock) || priceIndexWord(toks[k].lower) {
			return -1
		}
	}
	if i-s < 2 && !initialism(toks[s]) && !brandWord(&toks[s]) {
		// "Exports rose 5%": one word may name what is counted.
		return -1
	}
	return s
}

// priceIndexWord reports a word naming a market's index, a currency or a
// commodity, whose price moves as a stock's does: "Sensex", "Rupee",
// "Brent".
func priceIndexWord(w string) bool {
	switch w {
	case "sensex", "nifty", "dow", "ftse", "dax", "cac", "nikkei", "seng", "kospi", "stoxx", "composite", "average", "bitcoin", "ether",
		"rupee", "dollar", "yen", "euro", "naira", "pound", "yuan", "rand", "shilling", "gold", "silver", "oil", "brent", "crude", "wti":
		return true
	}
	return false
}

// exchangeWord reports the name of a stock exchange as a listing writes it
// in brackets before the ticker: "(NASDAQ: VLMR)", "(TSX: VLM)".
func exchangeWord(w string) bool {
	switch w {
	case "nasdaq", "nyse", "amex", "otc", "otcqx", "otcqb", "tsx", "tsxv", "cse", "lse", "aim", "asx", "nzx", "sgx", "hkex", "hkse", "hkg", "sehk",
		"tyo", "tse", "jpx", "krx", "kosdaq", "kospi", "nse", "bse", "twse", "tpex", "tpe", "sse", "szse", "idx", "set", "bursa", "klse", "pse", "hose",
		"jse", "ngx", "egx", "tadawul", "adx", "dfm", "qse", "euronext", "epa", "ams", "ebr", "xetra", "etr", "fra", "fwb", "six", "swx",
		"bit", "bme", "omx", "sto", "cph", "hel", "osl", "wse", "gpw", "b3", "bvmf", "bmv", "bcs", "bvl", "bvc", "byma":
		return true
	}
	return false
}

// tickerAt reports a listing in brackets opening at token i: "(NASDAQ:
// VLMR)", "(NYSE American: VLM)", "(TSX: VLM)". The name before it is a
// listed company's, whatever else the sentence says.
func tickerAt(toks []token, i int) bool {
	if toks[i].text != "(" || i+2 >= len(toks) || !exchangeWord(toks[i+1].lower) {
		return false
	}
	k := i + 2
	if toks[k].is9(wdAmerican, wdGs, wdGm, wdCm, wdArca, wdMkt, wdVenture, wdMain, wdMarkets) {
		k++ // "NYSE American", "Nasdaq GS"
	}
	return k < len(toks) && toks[k].text == ":"
}

// listedParticiple reports a participle that, hyphened to what comes
// before it, describes the name after it: "Nasdaq-listed Velmora",
// "state-owned Velmora", "SoftBank-backed Velmora".
func listedParticiple(w string) bool {
	switch w {
	case "listed", "owned", "backed", "controlled", "funded", "headquartered":
		return true
	}
	return false
}

// titleAfterName reports a title a company gives one of its people at
// token i, right after the company's name, with the person's name or a
// closing comma after it: "Velmora CEO Anna Berg", "Velmora chief
// executive Anna Berg said", "Anna Berg, Velmora CEO, said", or a
// spokesperson of the company's speaking ("a Velmora spokesperson
// said"). It returns where the title ends, or -1.
func titleAfterName(toks []token, i int) int {
	e := -1
	switch toks[i].lower {
	case "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder":
		e = i + 1
	case "spokesperson", "spokesman", "spokeswoman":
		// "A Velmora spokesperson said": who speaks for a firm, with
		// no name of the speaker's.
		// The article is inside the capitalised run when it opens the
		// sentence ("A Velmora spokesperson").
		s := runBefore(toks, i)
		article := s < i-1 && toks[s].is2(wdA, wdAn) || s > 0 && toks[s-1].is2(wdA, wdAn)
		if article && i+1 < len(toks) && toks[i+1].is6(wdSaid, wdSays, wdTold, wdDeclined, wdConfirmed, wdAdded) {
			return i + 1
		}
		if s == 0 && i == 1 && !initialism(toks[0]) && !brandWord(&toks[0]) {
			// "Official spokesperson Chai Wacharonke": a word opening
			// the sentence may say what kind of spokesperson.
			return -1
		}
		e = i + 1
	case "chief":
		if i+1 < len(toks) && toks[i+1].is4(wdExecutive, wdFinancial, wdOperating, wdTechnology) {
			e = i + 2
			if e < len(toks) && toks[e].is1(wdOfficer) {
				e++
			}
		}
	}
	if e < 0 || e >= len(toks) {
		return -1
	}
	if toks[e].text == "," || toks[e].kind == tokWord && toks[e].startsUpper() && e+1 < len(toks) && toks[e+1].kind == tokWord && toks[e+1].startsUpper() {
		return e
	}
	return -1
}

// foundedAside reports an aside opening at the participle at token i
// (after a comma) that says where or when an organisation was set up or
// is based, or whose it is: "Velmora, headquartered in Lagos,", "Velmora,
// founded in 2019 by", "Halotel, owned by Vietnam's Viettel,", "Tessaly,
// part of the Velmora group,". People are born, not founded, and no one
// owns them.
func foundedAside(toks []token, i int) bool {
	if i < 2 || i+1 >= len(toks) || toks[i-1].text != "," {
		return false
	}
	t, n := &toks[i], &toks[i+1]
	return t.is4(wdHeadquartered, wdFounded, wdEstablished, wdIncorporated) && n.is3(wdIn, wdBy, wdAs) ||
		t.is1(wdOwned) && n.is1(wdBy) || t.lower == "part" && n.is1(wdOf)
}

// rankedAside reports an aside from token k, after a comma, that ranks
// the name before it in a place's trade: "Japan's largest bank", "one of
// India's biggest lenders". The possessive's place must be capitalised
// and a word for a kind of firm, or its plural, must end the aside within
// a few words. It returns the index of that word, or -1.
func (x *lexicon) rankedAside(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].is1(wdOne) && toks[k+1].is1(wdOf) {
		k += 2
	}
	if k+3 >= len(toks) || !toks[k].startsUpper() || toks[k+1].text != "'" && toks[k+1].text != "’" || toks[k+2].lower != "s" {
		return -1
	}
	for j := k + 3; j < len(toks) && j <= k+7; j++ {
		t := &toks[j]
		if t.kind != tokWord || t.startsUpper() {
			return -1
		}
		w := t.lower
		if x.has(wDescriptor, w) || len(w) > 3 && w[len(w)-1] == 's' && x.has(wDescriptor, w[:len(w)-1]) {
			if j+1 == len(toks) || toks[j+1].text == "," || toks[j+1].text == "." {
				return j
			}
			return -1
		}
	}
	return -1
}

// asideSubject returns where the name ends that an aside opening with the
// comma at c describes, when that name opens the sentence or follows a
// preposition ("signed with Velmora, Japan's largest bank,"); start is
// where it starts. ok is false otherwise.
func asideSubject(toks []token, c int) (start, end int, ok bool) {
	if c < 1 || toks[c].text != "," || !isNameToken(&toks[c-1]) {
		return 0, 0, false
	}
	start = runBefore(toks, c)
	if start == c {
		return 0, 0, false
	}
	if start == 0 || toks[start-1].is8(wdWith, wdBy, wdFrom, wdTo, wdAnd, wdFor, wdOf, wdAt) {
		return start, c, true
	}
	return 0, 0, false
}

// chosenFor reports, from token e right after a chosen name, the part it
// is chosen for when that is a firm's: "as its cloud partner", "as the
// preferred bidder", "to build the site", "to supply servers".
func chosenFor(toks []token, e int) bool {
	if e+1 >= len(toks) {
		return false
	}
	switch toks[e].lower {
	case "to":
		switch toks[e+1].lower {
		case "build", "supply", "provide", "operate", "deploy", "develop", "construct", "host", "install", "deliver", "design", "manage", "power":
			return true
		}
	case "as":
		for k := e + 1; k < len(toks) && k <= e+5; k++ {
			switch toks[k].lower {
			case "partner", "provider", "vendor", "supplier", "contractor", "operator", "bidder", "integrator", "developer", "builder":
				return true
			}
			if toks[k].kind != tokWord || toks[k].startsUpper() {
				return false
			}
		}
	}
	return false
}

// saidItAt reports "said it" or "said its" at token i with what only an
// organisation says of itself after it: "Velmora said it plans to",
// "Velmora says it has raised", "Velmora said its revenue". A person is
// "he" or "she"; a person's "it" is some other thing, most often in "said
// it was", "said it would be" or "said it will take", which say nothing.
func saidItAt(toks []token, i int) bool {
	if i+2 >= len(toks) || !toks[i].is2(wdSaid, wdSays) {
		return false
	}
	if toks[i+1].is1(wdIts) {
		return toks[i+2].kind == tokWord && !toks[i+2].startsUpper()
	}
	if !toks[i+1].is1(wdIt) {
		return false
	}
	next := ""
	if i+3 < len(toks) {
		next = toks[i+3].lower
	}
	switch toks[i+2].lower {
	case "will", "has", "had":
		switch next {
		case "be", "take", "become", "remain", "not", "been", "taken", "come", "cost", "help":
			return false
		}
		return true
	case "plans", "planned", "aims", "aimed", "expects", "expected", "intends", "intended", "employs", "raised", "wants", "agreed", "signed", "acquired",
		"completed", "invested", "secured", "won", "received", "sold", "bought", "operates", "owns", "serves", "handles", "saved", "hopes", "launched", "filed":
		return true
	}
	return false
}

// orgSuffixWord reports a word that, capitalised at the end of a run of
// capitalised words, makes the run a firm's name wherever it stands:
// "Velmora Holdings", "Tessaly Networks", "Karthane Capital". Words that
// end as many other names ("Group" of "Working Group", "Energy", "Data")
// are left out.
func orgSuffixWord(w string) bool {
	switch w {
	case "holdings", "technologies", "telecom", "telecommunications", "networks", "ventures", "investments", "communications",
		"semiconductor", "semiconductors", "electronics", "industries", "labs", "enterprises",
		// the holding companies of US banks: "Velmora Bancorp",
		// "Tessaly Bankshares"
		"bancorp", "bancorporation", "bankshares", "bancshares",
		// investment firms: "Orrin Capital", "Brackwater Partners"
		"capital", "partners":
		return true
	}
	return false
}

// firmEndWord reports a word that ends an investment or holding firm's
// name ("Litware Ventures", "Wingtip Capital", "Contoso Group"), and so
// ends a name before "and" rather than standing inside a body's name as
// "Telecommunications", "Communications" or "Electronics" do.
func firmEndWord(w string) bool {
	switch w {
	case "ventures", "capital", "partners", "holdings", "group", "investments", "equity", "bancorp", "bankshares", "bancshares":
		return true
	}
	return false
}

// unitAfter reports, from token k right after a possessive's "s", a part
// of a firm named past a few words saying what it does: "Velmora's cloud
// unit", "Velmora's Tokyo-based subsidiary". A person's business or
// campaign is no firm's part, so "business" is left out.
func unitAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].is7(wdUnit, wdUnits, wdArm, wdDivision, wdSubsidiary, wdSubsidiaries, wdAffiliate) {
			return j > k
		}
		if toks[j].kind == tokWord && toks[j].startsUpper() && !(j+2 < len(toks) && toks[j+1].text == "-") {
			return false
		}
		if toks[j].kind != tokWord && toks[j].text != "-" {
			return false
		}
	}
	return false
}

// itsPartsAt reports, at token i, the people or firms only an
// organisation has after "and its": "Velmora and its partners", "Velmora
// and its subsidiaries". A person is "his" or "her", and a city's "its"
// goes with its suburbs or residents, which say nothing.
func itsPartsAt(toks []token, i int) bool {
	if i > 2 && toks[i-1].is1(wdOther) && toks[i-2].is1(wdAnd) && isNameToken(&toks[i-3]) {
		return otherFirms(toks[i].lower)
	}
	return i > 2 && toks[i-1].is1(wdIts) && toks[i-2].is1(wdAnd) && isNameToken(&toks[i-3]) && toks[i].is13(wdPartners, wdSubsidiaries, wdAffiliates, wdCustomers, wdClients,
		wdShareholders, wdInvestors, wdRivals, wdCompetitors, wdPeers, wdSuppliers, wdBackers, wdLenders)
}

// joinedRoundAt reports, at token i, a verb saying that the names listed
// before it put money into a round: "Wellstreet and Norrsken Evolve took
// part", "Tessaly also participated", "Orrin and Norden joined as new
// investors", "CommerzVentures and Endeavor Catalyst came in as new
// investors", "ShoreCap returned as an existing investor". People take
// part in talks and join firms, so the sentence must speak of a round or
// of investors. It returns where the list ends, or -1.
func joinedRoundAt(toks []token, marks []wordMark, i int) int {
	v := -1
	switch toks[i].lower {
	case "part":
		if i > 0 && marks[i-1]&holdsPart != 0 {
			v = i - 1
		}
	case "participated", "participate", "participating":
		v = i
	case "investors", "investor", "backers", "backer":
		// "came in as new investors", "joined as an existing backer"
		k := i - 1
		for d := 0; d < 3 && k > 0 && toks[k].kind == tokWord && !toks[k].startsUpper() && !toks[k].is1(wdAs); d++ {
			k--
		}
		if k < 2 || !toks[k].is1(wdAs) {
			return -1
		}
		switch {
		case toks[k-1].is1(wdIn) && toks[k-2].is3(wdCame, wdCome, wdComes):
			v = k - 2
		case toks[k-1].is7(wdJoined, wdReturned, wdParticipated, wdInvested, wdSigned, wdJoins, wdReturns):
			v = k - 1
		}
	}
	for v > 0 && toks[v-1].is8(wdAlso, wdHave, wdHas, wdHad, wdWill, wdWould, wdBoth, wdAll) {
		v--
	}
	if v > 2 && toks[v-1].is1(wdOthers) && toks[v-2].is1(wdAnd) {
		// "Orrin, Tessaly and others also took part"
		v -= 2
	}
	if v < 1 || !isNameToken(&toks[v-1]) || !toks[v-1].startsUpper() {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].is2(wdSeparate, wdAnother) {
			// "while Orrin Fund took part in a separate round": a side
			// of another deal than the sentence's figures.
			return -1
		}
	}
	for k := range toks {
		if toks[k].is9(wdRound, wdFunding, wdFinancing, wdInvestors, wdInvestor, wdBackers, wdRaise, wdRaised, wdRaising) {
			return v
		}
	}
	return -1
}

// otherFirms reports a plural that, after "and other", says the name
// before it is one of a kind of organisation: "Velmora and other
// partners", "Tessaly and other lenders", "Bremen and other states".
// Investors, customers and shareholders may be people ("Peter Thiel and
// other investors"), so those say nothing.
func otherFirms(w string) bool {
	switch w {
	case "partners", "subsidiaries", "affiliates", "suppliers", "lenders", "banks", "companies", "firms", "operators", "providers", "vendors",
		"insurers", "carriers", "telcos", "startups", "agencies", "ministries", "institutions", "funds", "rivals", "competitors":
		return true
	}
	return false
}

// amongBackersAt reports, at token i, "are among the investors" and the
// like after a list of names: "Tessaly Capital, Orrin Partners and B
// Capital are among the investors in the round". The list's names are
// the backers, lenders or bidders the plural counts. It returns where
// the list ends, or -1.
func amongBackersAt(toks []token, i int) int {
	if i < 2 || !toks[i].is1(wdAmong) || !toks[i-1].is4(wdAre, wdWere, wdIs, wdWas) || !isNameToken(&toks[i-2]) {
		return -1
	}
	k := i + 1
	if k < len(toks) && toks[k].is1(wdThe) {
		k++
	}
	for d := 0; d < 3 && k < len(toks); d++ {
		switch toks[k].lower {
		case "investors", "backers", "lenders", "bidders", "shareholders", "funders", "financiers", "underwriters", "arrangers":
			return i - 1
		}
		if toks[k].kind != tokWord || toks[k].startsUpper() {
			return -1
		}
		k++
	}
	return -1
}

// reportsResultsAt reports a verb at token i that a business uses of its
// own results or standing, with what it reports after it: "Velmora posted
// revenue of", "Velmora reported a net loss", "Velmora employs 4,000
// people", "Velmora went public".
func reportsResultsAt(toks []token, i int) bool {
	t := &toks[i]
	switch t.lower {
	case "posted", "reported", "booked", "recorded", "reports", "posts":
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if toks[j].is9(wdRevenue, wdRevenues, wdSales, wdProfit, wdProfits, wdLoss, wdLosses, wdEarnings, wdEbitda) {
				return true
			}
			if toks[j].kind != tokWord || toks[j].startsUpper() {
				return false
			}
		}
	case "employs":
		return i+1 < len(toks) && toks[i+1].kind == tokNum
	case "went":
		// "went public with claims" is a person's.
		return i+1 < len(toks) && toks[i+1].is1(wdPublic) && !(i+2 < len(toks) && toks[i+2].is2(wdWith, wdAbout))
	}
	return false
}
