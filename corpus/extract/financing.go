package extract

import (
	"slices"

	"github.com/dealbot/dealbot/corpus"
)

// Money a company borrows, a fund it sets up and the budget a plan is given
// are deals when the article says so; the same words said of money a
// company carries or an organisation's yearly budget are not. These rules
// stand in the table before the one that drops such money as no deal.

// isDebtRaised reports borrowing a company arranges, named by its kind
// after the figure: "a $4 billion revolving credit facility", "a $2bn
// loan from three banks", "$5.25 billion debt financing", or before it,
// "a construction facility of $213 million". Debt a company
// carries, repays or that a price includes is not: "net debt of $2bn",
// "repaid $1bn in loans". Debt raised "in debt" or as a round's part is
// read by the funding rules.
func (x *extractor) isDebtRaised(_ int, q *quantity) bool {
	toks := x.s.toks
	if len(x.context) == 0 || q.start > 0 && x.tokIs(q.start-1, notNewDebt) {
		return false
	}
	if b := q.start - 1; b >= 2 && toks[b].lower == "of" && toks[b-1].is3(wdFacility, wdLoan, wdFinancing) && x.tokIs(b-2, describesDebt) {
		// "its first construction facility of $213 million", "a term
		// loan of $300 million": the kind named before the figure.
		return true
	}
	if b := q.start - 1; b >= 2 && toks[b].lower == "of" && toks[b-1].lower == "commitment" && x.debtSubject(b-1) {
		// "the financing carries an initial commitment of $875
		// million": what the lenders commit to a loan is lent.
		return true
	}
	if x.securitiesIssued(q) {
		return true
	}
	k := q.end
	// "a $2 billion construction loan", "an $18bn project-finance loan".
	for n := 0; n < 4 && k < len(toks) && (x.tokIs(k, describesDebt) || n > 0 && toks[k].text == "-"); n++ {
		k++
	}
	if k > q.end && k < len(toks) && toks[k].is2(wdFacility, wdFacilities) && x.lex.tokIn(lDebtFacilityKinds, &toks[k-1]) && !x.builtBefore(q.start) {
		// "a €4 billion bridge facility", "a $500 million revolving
		// facility": a facility only debt is described as is borrowed,
		// where "a $2bn construction facility" may be a site. One being
		// built is a site whatever it is called: "is building a $1
		// billion bridge facility", "will build a $300 million secured
		// facility".
		return true
	}
	if k >= len(toks) || !x.tokIs(k, namesDebt) {
		return false
	}
	financing := k+1 < len(toks) && x.tokIs(k+1, namesFacility)
	// "$5bn in tax credits" is no borrowing; a credit line is.
	return financing || toks[k].is2(wdLoan, wdLoans)
}

// securitiesIssued reports figure q as the size of equity-linked or
// asset-backed debt a company sells to investors, as financing news writes
// it: "a $1.3 billion convertible note offering", "a $1 billion offering of
// convertible notes", "priced $2 billion of convertible senior notes",
// "sold US$456 million of asset-backed securities". Notes bought back, repaid or falling due are old debt: the
// clause must say they are offered, priced, sold or issued.
func (x *extractor) securitiesIssued(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	offered := false
	if k+1 < len(toks) && toks[k].lower == "of" {
		// "$2 billion of senior notes", "$2 billion (aggregate) principal
		// amount of notes"
		k++
	} else if k+1 < len(toks) && toks[k].is3(wdOffering, wdIssue, wdPlacement) && toks[k+1].lower == "of" {
		// "a $1 billion offering of convertible notes"
		k += 2
		offered = true
	}
	debt := -1
	for n := 0; n < 6 && k < len(toks); n++ {
		t := toks[k]
		if t.is6(wdNotes, wdNote, wdBonds, wdBond, wdDebentures, wdSecurities) {
			debt = k
			break
		}
		if !x.tokIs(k, describesDebt) && t.text != "-" && !t.is14(wdAggregate, wdPrincipal, wdAmount, wdAsset, wdBacked, wdInvestment, wdGrade, wdExchangeable, wdSubordinated, wdPrivate, wdPublic, wdDollar, wdEuro, wdYen) {
			return false
		}
		k++
	}
	if debt < 0 {
		return false
	}
	// Bonds and plain notes a company sells are no deal (see the README):
	// notes that convert into its shares are a round of financing, and
	// securities backed by its assets a secured borrowing.
	linked := false
	for j := q.end; j < debt; j++ {
		if toks[j].is2(wdConvertible, wdExchangeable) {
			linked = true
		}
	}
	if toks[debt].is1(wdSecurities) && debt >= 1 && toks[debt-1].lower == "backed" {
		linked = true
	}
	if !linked {
		return false
	}
	for j := debt + 1; j < len(toks); j++ {
		if toks[j].is3(wdPurchase, wdAcquisition, wdTakeover) {
			// "convertible notes to pay for its purchase of Fabrikam"
			return false
		}
	}
	if offered || debt+1 < len(toks) && toks[debt+1].is6(wdOffering, wdOfferings, wdIssue, wdIssuance, wdSale, wdPlacement) {
		// "a $1.3 billion convertible note offering"
		return true
	}
	start, _ := x.clause(q)
	for j := start; j < q.start; j++ {
		if toks[j].is18(wdOffering, wdOffer, wdPriced, wdPrices, wdPricing, wdSold, wdSells, wdSell, wdSelling, wdIssued, wdIssues, wdIssue, wdIssuing, wdPlaced, wdRaised, wdRaises, wdRaising, wdUpsized) {
			return true
		}
	}
	return false
}

// debtNamedBefore reports figure q as the size of a debt named right before
// it: "a sustainability-linked debt facility of up to $170m", "its first
// construction facility of USD 213 million", "its construction financing
// pool to USD 1.65 billion". A facility or a financing alone ("a facility
// of 200 MW") is no debt; a debt word or a word that only describes debt
// must come with it.
func (x *extractor) debtNamedBefore(q *quantity) bool {
	if p, ok := x.includedIn(q); ok {
		// "a debt facility of up to $170m, including $110m from
		// Proparco": a part of the debt is debt.
		q = &p
	}
	toks := x.s.toks
	k := q.start - 1
	for n := 0; n < 3 && k > 0 && toks[k].is8(wdOf, wdTo, wdUp, wdWorth, wdAbout, wdAround, wdNearly, wdSome); n++ {
		k--
	}
	if k == q.start-1 || k < 1 {
		return false // the figure must follow "of" or "to"
	}
	if toks[k].is2(wdPool, wdSize) {
		k--
	}
	if toks[k].is2(wdCommitment, wdCommitments) {
		// "The financing carries an initial commitment of $875
		// million": the lenders' commitment to a debt the clause names.
		start, _ := x.clause(q)
		for j := start; j < k; j++ {
			if x.tokIs(j, namesDebt) || toks[j].is2(wdFinancing, wdFacility) {
				return true
			}
		}
		return false
	}
	if x.tokIs(k, namesDebt) {
		return true
	}
	return k >= 1 && x.tokIs(k, namesFacility) && !toks[k].is4(wdRound, wdLine, wdLines, wdPackage) && (x.tokIs(k-1, describesDebt) || x.tokIs(k-1, namesDebt)) && !toks[k-1].is3(wdNew, wdAdditional, wdFresh)
}

// includedIn returns the money figure that figure q, right after
// "including", is a part of: the last one before it in the sentence.
func (x *extractor) includedIn(q *quantity) (quantity, bool) {
	if q.start < 1 || x.s.toks[q.start-1].lower != "including" {
		return quantity{}, false
	}
	var part quantity
	found := false
	for _, p := range x.s.qty {
		if p.kind == qtyMoney && p.end < q.start {
			part, found = p, true
		}
	}
	return part, found
}

// financingParties are the sides of money borrowed or raised: the company
// named before the figure (or the one the sentence is about) receives it,
// those named after it ("from JPMorgan and Citi") provide it.
func financingParties(x *extractor, _ int, q *quantity) []corpus.Party {
	start, end := x.clause(q)
	var ps []corpus.Party
	for _, m := range x.s.companies {
		if m.start < start || m.start >= end || slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == m.name }) {
			continue
		}
		r := corpus.RoleRecipient
		if m.start >= q.end && !x.borrowerAfter(q, m) {
			r = corpus.RoleInvestor
		}
		if r == corpus.RoleInvestor && x.purposeBetween(q.end, m.start) {
			// "secured a €4 billion bridge loan to fund its takeover of
			// Fabrikam": what the money pays for is no side of the loan.
			continue
		}
		ps = append(ps, corpus.Party{Name: m.name, Role: r})
	}
	borrower := slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start >= q.end && m.start < end && x.borrowerAfter(q, m) }) ||
		x.providesDebt(q) && !x.ownBridge(q) || x.debtForName(q)
	for _, m := range x.s.places {
		// "The World Bank approved a $500 million loan to Kenya": a
		// country or state is lent money as a company is. A place after
		// "for" says where the money is spent ("a loan for US data
		// centres").
		if m.start > q.end && m.start < end && x.describedAfter(m.start) == "to" && !x.placeOfName(m) && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == m.name }) {
			ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleRecipient})
			borrower = true
		}
	}
	if borrower {
		// "JPMorgan and MUFG in talks on $22bn loan for Vantage", "the
		// bank extended a $75 million loan to Raxio": the loan is for the
		// one named after it, and those named before lend it.
		for i := range ps {
			if m := x.firstMention(ps[i].Name); m.start >= 0 && m.end <= q.start {
				ps[i].Role = corpus.RoleInvestor
			}
		}
	}
	if !borrower && len(ps) > 1 {
		// "The European Investment Bank signed a €400 million loan with
		// Nokia": a bank lends whichever side of "with" it stands.
		lenders := 0
		for i := range ps {
			if x.namedAsLender(ps[i].Name) {
				lenders++
			}
		}
		if lenders > 0 && lenders < len(ps) {
			for i := range ps {
				ps[i].Role = corpus.RoleRecipient
				if x.namedAsLender(ps[i].Name) {
					ps[i].Role = corpus.RoleInvestor
				}
			}
		}
	}
	if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleRecipient }) && len(x.context) > 0 {
		issuer := x.context[0]
		if len(x.main) > 0 && slices.Contains(x.context, x.main[0]) && x.securitiesIssued(q) {
			// "Counting its deals with Fluidstack, Cipher's contracts
			// add up to $8.5 billion. The company also completed a $1.3
			// billion convertible note offering": notes are sold by the
			// company the story is about, not by the first one named.
			issuer = x.main[0]
		}
		if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == issuer }) {
			ps = append([]corpus.Party{{Name: issuer, Role: corpus.RoleRecipient}}, ps...)
		}
	}
	x.giverRoles(q, ps)
	return ps
}

// providesDebt reports a verb of giving right before debt q, a
// determiner between: "JPMorgan has provided a $2.3 billion loan",
// "Barclays extended a $500 million credit facility". Its subject lends.
func (x *extractor) providesDebt(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k > 0 && toks[k].is3(wdA, wdAn, wdThe) {
		k--
	}
	return k >= 0 && toks[k].is12(wdProvided, wdProvides, wdProvide, wdProviding, wdExtended, wdExtends, wdExtend, wdGranted, wdGrants, wdArranged, wdArranges, wdOffered)
}

// purposeBetween reports an infinitive of purpose among tokens from..to:
// "to fund", "to finance", "to pay for", "to buy". Names after it are what
// the money is for.
func (x *extractor) purposeBetween(from, to int) bool {
	toks := x.s.toks
	for k := from; k+1 < to; k++ {
		if toks[k].lower == "to" && x.lex.tokIn(lPurposeVerbs, &toks[k+1]) {
			return true
		}
	}
	return false
}

// ownBridge reports a bridge loan or facility q that its subject arranges
// with no one named after it: "To pay for the purchase, Contoso has
// arranged a €4 billion bridge facility". A buyer bridges its own
// purchase, so the subject borrows; "Northwind arranged a $1 billion bridge
// loan for Contoso" and a bank ("Fabrikam Bank arranged") lend.
func (x *extractor) ownBridge(q *quantity) bool {
	toks := x.s.toks
	if q.end >= len(toks) || !toks[q.end].is1(wdBridge) {
		return false
	}
	k := q.start - 1
	if k > 0 && toks[k].is3(wdA, wdAn, wdThe) {
		k--
	}
	if k < 0 || !toks[k].is3(wdArranged, wdArranges, wdArranging) {
		return false
	}
	_, end := x.clause(q)
	for _, m := range x.s.companies {
		if m.end <= k && x.namedAsLender(m.name) || m.start > q.end && m.start < end {
			return false
		}
	}
	return !slices.ContainsFunc(x.s.places, func(m mention) bool { return m.start > q.end && m.start < end })
}

// debtForName reports debt q for a name the sentence does not know:
// "JPMorgan and MUFG in talks on $22bn loan for Zorblat Texas campus".
// Whoever the loan is for borrows it, so those named before lend it; a
// place ("a loan for US data centres") or a company the sentence knows
// (see borrowerAfter) is read apart, and so is a subject that takes
// the loan.
func (x *extractor) debtForName(q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := start; k < q.start; k++ {
		if x.tokHas(k, wReceive) || x.tokHas(k, wRaise) {
			// "Fabrikam secured a $900 million loan for Abilene data
			// center": the subject that takes the loan borrows it.
			return false
		}
	}
	for k := q.end; k+1 < len(toks) && k <= q.end+3; k++ {
		if toks[k].lower != "for" {
			if toks[k].kind != tokWord || toks[k].startsUpper() {
				return false
			}
			continue
		}
		n := k + 1
		return toks[n].kind == tokWord && toks[n].startsUpper() && !x.inCompany(n) &&
			!slices.ContainsFunc(x.s.places, func(m mention) bool { return m.start <= n && n < m.end }) && !x.tokHas(n, wNotNames)
	}
	return false
}

// lentAt returns where the lending verb of figure q is, right before it
// ("agreed to lend $2 billion to", "lent Contoso $500 million"), or -1.
func (x *extractor) lentAt(q *quantity) int {
	if k := x.loansProvidedAt(q); k >= 0 {
		return k
	}
	for k := q.start - 1; k >= 0 && k >= q.start-4; k-- {
		switch {
		case x.tokIs(k, lendsMoney):
			return k
		case x.s.toks[k].kind != tokWord || !x.companyStartsAt(k) && !x.inCompany(k):
			return -1
		}
	}
	return -1
}

// lentParties are the sides of money lent: those named before the
// lending verb lend it, those after it ("to a venture of CIM Group and
// Novva", "lent Contoso $500 million") borrow it.
func lentParties(x *extractor, _ int, q *quantity) []corpus.Party {
	at := x.lentAt(q)
	start, end := x.clause(q)
	var ps []corpus.Party
	for _, m := range x.s.companies {
		if m.start < start || m.start >= end || slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == m.name }) {
			continue
		}
		r := corpus.RoleInvestor
		if m.start > at {
			r = corpus.RoleRecipient
		}
		ps = append(ps, corpus.Party{Name: m.name, Role: r})
	}
	x.giverRoles(q, ps)
	return ps
}

// borrowerAfter reports company m named after debt q as what the debt is
// for or who it goes to: "$22bn loan for Vantage", "a $75 million loan to
// Raxio". A name hyphened to a word ("for Oracle-linked campus") only
// describes what it is for.
func (x *extractor) borrowerAfter(q *quantity, m mention) bool {
	toks := x.s.toks
	if m.end < len(toks) && toks[m.end].text == "-" && toks[m.end-1].joins(&toks[m.end]) {
		return false
	}
	w := x.describedAfter(m.start)
	return m.start > q.end && (w == "for" || w == "to")
}

// isAssumedDebt reports the debt a buyer takes over with a company, part of
// what the purchase costs: "paying $61 billion for VMware and taking on $8
// billion of its debt".
func (x *extractor) isAssumedDebt(_ int, q *quantity) bool {
	toks := x.s.toks
	if !x.sentenceHas(wAcquire) || q.end+1 >= len(toks) || !toks[q.end].is2(wdOf, wdIn) {
		return false
	}
	k := q.end + 1
	if x.tokIs(k, definite) && k+1 < len(toks) {
		k++
	}
	if toks[k].lower != "debt" {
		return false
	}
	b := q.start - 1
	switch {
	case b >= 0 && toks[b].is4(wdAssume, wdAssumes, wdAssumed, wdAssuming):
		return true
	case b >= 1 && toks[b].lower == "on" && toks[b-1].is5(wdTake, wdTakes, wdTook, wdTaking, wdTaken):
		return true
	}
	return false
}

// isFund reports a fund a company sets up or holds for investing, sized by
// the figure: "Broadcom announced a $1.5bn fund", "It also has a $15
// billion fund for AI investments anchored by Mubadala". A fund that is an
// investor itself ("a $1 trillion sovereign wealth fund", "a $2bn fund
// manager") is no pledge.
func (x *extractor) isFund(_ int, q *quantity) bool {
	toks := x.s.toks
	if q.start == 0 || !toks[q.start-1].is5(wdA, wdAn, wdNew, wdIts, wdTheir) {
		return false
	}
	if f, investor := x.fundAfter(q); !f || investor {
		return false
	}
	return len(x.clauseCompanies(q)) > 0 || x.saysIt(q)
}

// isInvestorFund reports money sizing a fund that invests as a party in its
// own right: "Norway's $1.7 trillion sovereign wealth fund bought a stake",
// "a $2bn fund manager". What it holds is no deal. So is a community fund
// a company gives beside a project ("a $150,000 community fund for local
// projects"): a gift to good causes, not an investment.
func (x *extractor) isInvestorFund(_ int, q *quantity) bool {
	f, investor := x.fundAfter(q)
	if !f {
		return false
	}
	if investor {
		return true
	}
	toks := x.s.toks
	for k := q.end; k < len(toks) && k < q.end+3; k++ {
		if toks[k].lower == "community" {
			return true
		}
	}
	return false
}

// fundAfter reports "fund" within three words after q, and whether the
// words make it an investor ("pension", "sovereign wealth", "fund manager").
func (x *extractor) fundAfter(q *quantity) (fund, investor bool) {
	toks := x.s.toks
	k := q.end
	for n := 0; n < 3 && k < len(toks) && toks[k].kind == tokWord && !toks[k].is2(wdFund, wdFunds); n++ {
		k++
	}
	if k >= len(toks) || !toks[k].is2(wdFund, wdFunds) {
		return false, false
	}
	// The words before "fund" are read only once there is one: most
	// figures have none after them.
	for j := q.end; j < k && !investor; j++ {
		investor = toks[j].is8(wdPension, wdWealth, wdSovereign, wdHedge, wdMutual, wdRetirement, wdIndex, wdEndowment)
	}
	return true, investor || k+1 < len(toks) && toks[k+1].is4(wdManager, wdManagers, wdManagement, wdFirm)
}

// saysIt reports "it" or "its" as the subject of q's clause, standing for
// the company the sentence before was about.
func (x *extractor) saysIt(q *quantity) bool {
	start, _ := x.clause(q)
	return len(x.prev) > 0 && start < q.start && x.s.toks[start].is2(wdIt, wdIts)
}

// fundParties are who put money into a fund: the company the clause names
// or "it" stands for, and those said to anchor or back it.
func fundParties(x *extractor, _ int, q *quantity) []corpus.Party {
	names := x.clauseCompanies(q)
	if x.saysIt(q) && !contains(names, x.prev[0]) {
		names = append([]string{x.prev[0]}, names...)
	}
	return withRole(names, corpus.RoleInvestor)
}

// isBudgeted reports money a plan or a contract is budgeted or costed at:
// "a data centre in the country, budgeted at $5 billion over 15 years",
// "the trial was first costed at $1.2 million", "an
// investment budget of 13.7 billion baht". An organisation's running
// budget ("a budget of about $850 billion a year") is no deal.
func (x *extractor) isBudgeted(_ int, q *quantity) bool {
	toks := x.s.toks
	b := q.start - 1
	switch {
	case b >= 0 && toks[b].is2(wdBudgeted, wdCosted):
	case b >= 1 && toks[b].is2(wdAt, wdFor) && toks[b-1].is2(wdBudgeted, wdCosted):
	case b >= 2 && toks[b].lower == "of" && toks[b-1].lower == "budget" && toks[b-2].lower == "investment":
	case b >= 0 && toks[b].is3(wdWorth, wdAt, wdValued) && x.projectValued(q):
	case x.allocated(q) && !x.capitalSpending(q):
	case x.projectBudget(q):
	default:
		return false
	}
	for k := q.end; k+1 < len(toks) && k < q.end+3; k++ {
		if toks[k].lower == "annually" || x.tokIs(k, perEach) && x.tokIs(k+1, namesPeriod) {
			return false
		}
	}
	return len(x.context) > 0
}

// projectBudget reports money a project's own budget comes to: a budget
// named for building something ("a development budget of more than 110
// billion yen", "a construction budget of $300 million") or for what it
// buys ("the budget for the cloud migration is $12 million"). What one
// project may spend is what its buyer commits; a budget for a year ("the
// budget for 2025 is") or an organisation's running one ("its IT budget
// of") is no deal, nor is one the money is only part of.
func (x *extractor) projectBudget(q *quantity) bool {
	toks := x.s.toks
	b := q.start - 1
	if b >= 2 && toks[b].lower == "of" && toks[b-1].is1(wdBudget) {
		switch toks[b-2].lower {
		case "development", "construction", "project", "programme", "program", "procurement", "build":
			return true
		}
		return false
	}
	// "The budget for the cloud migration until March is about 2 billion
	// yen": "budget for" and a purpose, then a verb of being right
	// before the figure.
	if b < 1 || !toks[b].is1(wdIs) {
		return false
	}
	for k := b - 1; k >= 1 && k >= b-12; k-- {
		if toks[k].kind == tokSym || x.tokHas(k, wOtherMoneyBefore) && !toks[k].is1(wdBudget) {
			return false
		}
		if toks[k].lower != "for" || !toks[k-1].is1(wdBudget) {
			continue
		}
		n := k + 1
		if n < b && toks[n].is2(wdThe, wdA) {
			n++
		}
		// "the budget for 2025", "the budget for next year", "for fiscal
		// 2026": a year's budget; "the IT budget for": a running one.
		if n >= b || toks[n].kind != tokWord || x.tokIs(n, namesPeriod) || toks[n].is3(wdNext, wdThis, wdFiscal) || k >= 2 && (toks[k-2].lower == "it" || toks[k-2].is2(wdAnnual, wdYearly)) {
			return false
		}
		return true
	}
	return false
}

// setAsideVerb returns where the verb that sets money aside stands just
// before q ("earmarked $2 billion", "is setting aside $1 billion"), or -1;
// allocated and budgetParties read the same verb.
func (x *extractor) setAsideVerb(q *quantity) int {
	toks := x.s.toks
	b := q.start - 1
	switch {
	case b >= 0 && toks[b].is6(wdEarmarks, wdEarmarked, wdEarmarking, wdAllocates, wdAllocated, wdAllocating):
		return b
	case b >= 1 && toks[b].is2(wdEarmark, wdAllocate) && (toks[b-1].lower == "to" || x.tokIs(b-1, modal)):
		// "plans to earmark ¥45.5 billion in data centre subsidies",
		// "will allocate $2 billion"
		return b
	case b >= 1 && toks[b].lower == "aside" && toks[b-1].is3(wdSet, wdSets, wdSetting):
		return b - 1
	}
	return -1
}

// allocated reports money a budget sets apart for a purpose, which commits
// it as a budget does: "earmarks SG$870 million of contracts", "around €15
// billion set aside for a large site", "₹4,563.36 crore, is set aside for
// compute", "the ₹10,371.92 crore that the cabinet approved for the
// mission".
func (x *extractor) allocated(q *quantity) bool {
	toks := x.s.toks
	if b := x.setAsideVerb(q); b >= 0 {
		// "the approved FY24 budget sets aside up to $24,600": a line
		// of an organisation's running budget is no deal.
		return !x.budgetLine(q, b)
	}
	k := q.end
	// "the $2 billion it set aside for AI computing power"
	for k < len(toks) && k < q.end+3 && (toks[k].text == "," || x.tokIs(k, beVerbs|haveVerbs) || x.tokHas(k, wPronoun)) {
		k++
	}
	if k+1 < len(toks) && toks[k].lower == "set" && toks[k+1].lower == "aside" || k < len(toks) && toks[k].is2(wdEarmarked, wdAllocated) {
		return !x.budgetLine(q, q.start)
	}
	if k < len(toks) && toks[k].is2(wdThat, wdWhich) {
		// "that the cabinet approved": a budget's approval
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].kind == tokWord; j++ {
			if toks[j].is4(wdApproved, wdAllocated, wdEarmarked, wdSanctioned) {
				return true
			}
		}
	}
	return false
}

// budgetLine reports money set aside that is a line of a running budget
// named before b, in its clause or, after "of which", in the clause
// before: "the approved FY24 budget sets aside up to $24,600", "the IT
// budget is $58 billion, of which $9 billion is set aside for cloud".
func (x *extractor) budgetLine(q *quantity, b int) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	if q.start >= 2 && toks[q.start-1].lower == "which" && toks[q.start-2].lower == "of" {
		start = 0
	}
	for k := start; k < b; k++ {
		if toks[k].is2(wdBudget, wdBudgets) {
			return true
		}
	}
	return false
}

// capitalSpending reports money said to be capital spending right after
// it: "set aside up to $100 billion in capital spending this year".
func (x *extractor) capitalSpending(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].is3(wdIn, wdOf, wdFor) {
		k++
	}
	return k < len(toks) && (toks[k].is2(wdCapital, wdCapex) || x.tokHas(k, wOtherMoneyOf))
}

// projectValued reports a project said to be worth the figure: "a project
// valued at approximately ₩2.5 trillion", "a data centre project worth Rs
// 2,564 crore". A project's value is what it costs its backers.
func (x *extractor) projectValued(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if toks[k].lower == "at" {
		k--
	}
	if k < 1 || !toks[k].is2(wdWorth, wdValued) {
		return false
	}
	start, _ := x.clause(q)
	if k-start > 3 {
		start = k - 3
	}
	for j := k - 1; j >= start; j-- {
		if x.tokIs(j, namesProject) {
			return true
		}
	}
	return false
}

// budgetParties are who plans to spend the money and where, for the budget
// of a site or an investment; else, and for a project someone was picked
// to build, the sides of the contract, trial or project, as for any deal.
func budgetParties(x *extractor, qi int, q *quantity) []corpus.Party {
	if v := x.setAsideVerb(q); v >= 0 {
		// "Accenture set aside $3 billion for its data and AI
		// practices": the one setting it aside commits it.
		if n := x.subjectOf(v); n != "" {
			ps := []corpus.Party{{Name: n, Role: corpus.RoleInvestor}}
			if place := x.placeFor(q); place != "" && place != n {
				ps = append(ps, corpus.Party{Name: place, Role: corpus.RoleRecipient})
			}
			return ps
		}
	}
	if x.setAsideAfter(q) && len(x.s.companies) > 0 && x.s.companies[0].end <= q.start {
		// "The federal government ... plans to deploy the $2 billion it
		// set aside for AI computing power": the sentence's subject set
		// it aside and puts it in.
		return []corpus.Party{{Name: x.s.companies[0].name, Role: corpus.RoleInvestor}}
	}
	// "It is expected to cost Rs 6,000 crore" after a sentence building
	// a site prices that site, as "The site is expected to cost" does.
	if !x.sentenceHas(wStrongDeal) && !x.sentenceHas(wAward) && (x.sentenceHas(wInvest) || x.namesSite() || x.s.toks[0].is1(wdIt) && x.prevBuildsSite()) {
		return facilityParties(x, qi, q)
	}
	return dealParties(x, qi, q)
}

// setAsideAfter reports money a pronoun sets aside right after it: "the
// $2 billion it set aside for AI".
func (x *extractor) setAsideAfter(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	return k+2 < len(toks) && x.tokHas(k, wPronoun) && toks[k+1].lower == "set" && toks[k+2].lower == "aside"
}

// namesSite reports a word for a site built with money in the sentence: "a
// data centre", "a campus".
func (x *extractor) namesSite() bool {
	for _, m := range x.s.marks {
		if m&(namesSite|namesSites|namesBuild) != 0 {
			return true
		}
	}
	return false
}

// isGrant reports money a company is given as a grant or a subsidy: "a
// ¥600 million subsidy for technology development to Sakura Internet",
// "won a £20m government grant". It is no contract the giver buys under,
// whatever deal word the sentence holds.
func (x *extractor) isGrant(_ int, q *quantity) bool {
	toks := x.s.toks
	// "was granted a subsidy of ₹98.68 crore": the grant named before,
	// to the company that is the verb's subject.
	if k := q.start - 1; k >= 1 && toks[k].lower == "of" && toks[k-1].is2(wdGrant, wdSubsidy) {
		return x.grantSubject(q) != ""
	}
	for k := q.end; k < len(toks) && k < q.end+4; k++ {
		if toks[k].lower == "incentives" && !(k+1 < len(toks) && toks[k+1].is2(wdFor, wdFrom)) {
			// "$153 million in incentives for Tesla" is a grant; "$18
			// million in incentives to its sales staff" pays them.
			break
		}
		if toks[k].is5(wdGrant, wdGrants, wdSubsidy, wdSubsidies, wdIncentives) {
			return !x.handedBack(q) && x.grantRecipient(q) != ""
		}
		if toks[k].kind != tokWord || toks[k].is5(wdOf, wdEquity, wdStock, wdShare, wdShares) {
			break // "$18 million in equity grants" pays staff in shares
		}
	}
	return (x.receivedFromGovernment(q) || x.awardedFunding(q) || x.governmentGaveCompany(q)) && x.grantRecipient(q) != ""
}

// handedBack reports money a verb of returning takes just before it:
// "has given back $5 million in grants", "repaid $2 million of
// subsidies". Money returned is no grant made, and its subject gave
// none.
func (x *extractor) handedBack(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		t := &toks[k]
		if t.is11(wdReturned, wdReturns, wdReturn, wdReturning, wdRepaid, wdRepay, wdRepays, wdRepaying, wdRefunded, wdRefund, wdRefunds) {
			return true
		}
		if t.id == wdBack {
			return k > 0 && toks[k-1].is16(wdGiven, wdGave, wdGive, wdGives, wdGiving, wdHanded, wdHand, wdHands, wdPaid, wdPay, wdPays, wdPaying, wdClawed, wdClaw, wdSent, wdSend)
		}
	}
	return false
}

// receivedFromGovernment reports money a receiving verb takes just before
// it from a public body the clause names after it: "is set to receive up
// to £750 million in Wednesday's UK government spending review". What a
// government hands out is a grant, no contract it buys under.
func (x *extractor) receivedFromGovernment(q *quantity) bool {
	toks := x.s.toks
	// The verb is looked for before the clause is worked out: most
	// figures have none.
	verb := -1
	for k := q.start - 1; k >= 0 && k >= q.start-4 && verb < 0; k-- {
		if toks[k].is4(wdReceive, wdReceives, wdReceived, wdReceiving) {
			verb = k
		}
	}
	if verb < 0 {
		return false
	}
	start, end := x.clause(q)
	return verb >= start && slices.ContainsFunc(x.s.companies, func(m mention) bool {
		if m.start < q.end || m.start >= end || m.start > q.end+6 || !x.isGovernment(m.name) {
			return false
		}
		for k := q.end; k < m.start; k++ {
			if x.tokHas(k, wDealNouns) {
				return false // "received a $20 million order from the UK government" is sold
			}
		}
		return true
	})
}

// isReceived reports money a receiving verb takes just before it: "KDDI is
// set to receive 10.2 billion yen", "Sakura Internet gets the largest
// share, 50.1 billion yen". It is read after every other money rule, so a
// round raised or a contract won keeps its own reading.
func (x *extractor) isReceived(_ int, q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := q.start - 1; k >= start && k >= q.start-6; k-- {
		if toks[k].kind == tokNum || toks[k].text == ";" {
			return false
		}
		if toks[k].is8(wdReceive, wdReceives, wdReceived, wdReceiving, wdGet, wdGets, wdGot, wdGetting) {
			// Not "lands" or "secured": a round or a contract won is
			// read by the rules before. The company receiving is the
			// verb's subject: "customers get $300 in credits" is none.
			return x.subjectOf(k) != ""
		}
	}
	return false
}

// subjectOf is the company named just before the verb at k, past words
// that only carry it ("is set to", "will also"); "" when none.
func (x *extractor) subjectOf(k int) string {
	j := k - 1
	for j >= 0 && j >= k-5 && (x.tokHas(j, wAux) || x.s.toks[j].is4(wdSet, wdBe, wdExpected, wdDue)) {
		j--
	}
	for _, m := range x.s.companies {
		if m.end == j+1 && !x.isGovernment(m.name) {
			return m.name
		}
	}
	return ""
}

// grantRecipient is the company a grant goes to: the one named after "to"
// past the figure, else the first of the clause's companies that is no
// public body.
func (x *extractor) grantRecipient(q *quantity) string {
	toks := x.s.toks
	if s := x.grantSubject(q); s != "" {
		return s
	}
	for _, m := range x.s.companies {
		if m.start > q.end && toks[m.start-1].lower == "to" && !x.isGovernment(m.name) {
			return m.name
		}
	}
	if n := x.givenName(q); n != "" {
		return n
	}
	for _, n := range x.clauseCompanies(q) {
		if !x.isGovernment(n) {
			if _, isPlace := x.e.regions[n]; !isPlace {
				return n
			}
		}
	}
	return ""
}

// givenName is the company a public body gives money q to, named right
// after the giving verb though no list knows it: "The Japanese
// government will give Rapidus Corp. up to 802.5 billion yen in
// subsidies". Only a body's giving makes the name a company's: "Contoso
// will give Fabrikam Labs $5 million" could be a price. "" when none.
func (x *extractor) givenName(q *quantity) string {
	v := x.givenVerb(q)
	if v < 0 {
		return ""
	}
	start, end := v+1, x.givenEnd(q)
	if slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start < end && start < m.end }) {
		return "" // a name the sentence knows is read as one
	}
	m, ok := x.lex.orgName(x.s.toks, x.s.bits, x.s.marks, start, end, make([]bool, len(x.s.toks)))
	if !ok || slices.ContainsFunc(x.s.places, func(p mention) bool { return p.start < m.end && m.start < p.end }) {
		return ""
	}
	return m.name
}

// givenEnd is where the name of the one given money q ends: before the
// figure, or before the article of "a 50 billion yen subsidy".
func (x *extractor) givenEnd(q *quantity) int {
	if q.start > 0 && x.s.toks[q.start-1].is2(wdA, wdAn) {
		return q.start - 1
	}
	return q.start
}

// givenVerb is where the verb stands by which a public body gives money q
// to the name between them ("will give Rapidus Corp. up to 802.5
// billion yen", "granted Contoso a 50 billion yen subsidy"); -1 when
// none does.
func (x *extractor) givenVerb(q *quantity) int {
	toks := x.s.toks
	end := x.givenEnd(q)
	start := runBefore(toks, end)
	if start < 2 || start == end || !toks[start-1].is13(wdGive, wdGives, wdGave, wdGiving, wdGrant, wdGrants, wdGranted, wdAward, wdAwards, wdAwarded, wdPay, wdPays, wdPaid) || !x.governmentBefore(start-1) {
		return -1
	}
	return start - 1
}

// grantSubject is the company a grant named before the figure goes to:
// the subject of the verb before it ("Sarvam was granted a subsidy of
// ₹98.68 crore"), or "".
func (x *extractor) grantSubject(q *quantity) string {
	toks := x.s.toks
	k := q.start - 3
	if k < 1 || toks[k+2].lower != "of" || !toks[k+1].is2(wdGrant, wdSubsidy) {
		return ""
	}
	if toks[k].is2(wdA, wdAn) {
		k--
	}
	if n := x.subjectOf(k); n != "" {
		return n
	}
	// "According to the IndiaAI website, Sarvam was granted a subsidy
	// of ₹98.68 crore": a passive grant's subject opening its clause is
	// a company though no list knows it.
	if !toks[k].is3(wdGranted, wdAwarded, wdGiven) {
		return ""
	}
	end := x.auxStart(k)
	start := runBefore(toks, end)
	if start == end || start > 0 && toks[start-1].text != "," {
		return ""
	}
	m, ok := x.lex.orgName(toks, x.s.bits, x.s.marks, start, end, make([]bool, len(toks)))
	if !ok || m.start != start || slices.ContainsFunc(x.s.places, func(p mention) bool { return p.start < m.end && m.start < p.end }) || slices.ContainsFunc(x.s.companies, func(c mention) bool { return c.start < m.end && m.start < c.end }) {
		return ""
	}
	return m.name
}

// grantParties are who gives a grant, investing, and who gets it: the
// company named "from", else the public body the sentence or the article
// names.
func grantParties(x *extractor, _ int, q *quantity) []corpus.Party {
	if ps, ok := x.activeGiverParties(q); ok {
		return ps
	}
	to := x.grantRecipient(q)
	ps := []corpus.Party{{Name: to, Role: corpus.RoleRecipient}}
	toks := x.s.toks
	for _, m := range x.s.companies {
		if m.name != to && (x.isGovernment(m.name) || m.start > q.end && toks[m.start-1].is2(wdFrom, wdBy)) {
			ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleInvestor})
			// "an equity injection from DigitalBridge and Silver Lake":
			// each name listed after "from" puts money in.
			for _, o := range x.s.companies {
				if o.start > m.end && o.name != to && o.name != m.name && x.listStartAt(o) == m.start {
					ps = append(ps, corpus.Party{Name: o.name, Role: corpus.RoleInvestor})
				}
			}
			return ps
		}
	}
	for _, n := range append(slices.Clone(x.context), x.main...) {
		if n != to && x.isGovernment(n) {
			return append(ps, corpus.Party{Name: n, Role: corpus.RoleInvestor})
		}
	}
	if x.gov != "" && x.gov != to && !slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.name != to && m.start < q.start }) {
		// "Sarvam was granted a subsidy of ₹98.68 crore" in a story
		// where "the government" picked it: a grant no one named before
		// it gives is the government's.
		return append(ps, corpus.Party{Name: x.gov, Role: corpus.RoleInvestor})
	}
	for _, p := range x.s.places {
		// "The state of Texas will give Samsung $6.4 billion in grants":
		// the place the sentence opens with gives it.
		if p.start <= 3 && p.end <= q.start && p.name != to && x.firstMention(to).start > p.start {
			return append(ps, corpus.Party{Name: p.name, Role: corpus.RoleInvestor})
		}
	}
	return ps
}

// activeGiverParties are the sides of money a subject gives, in the
// active voice, with no one named between the giving verb and the figure:
// "Contoso has given $50 million in grants to universities" is Contoso's
// money, given to the companies "to" (or "to startups including") lists
// first, and to no one named when that is no company. It reports false when the verb is passive ("Contoso was given
// $50 million"), names who gets the money before it ("The government
// granted Contoso $50 million"), or is the bare "given" of "given
// Fabrikam's loan", or when no company stands before the verb.
func (x *extractor) activeGiverParties(q *quantity) ([]corpus.Party, bool) {
	v, passive := x.givingVerbBefore(q)
	if v < 1 || passive {
		return nil, false
	}
	toks := x.s.toks
	if toks[v].lower == "given" && !x.tokHas(v-1, wAux) {
		return nil, false
	}
	if slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start > v && m.end <= q.start }) {
		return nil, false
	}
	giver := x.subjectOf(v)
	if giver == "" {
		for _, m := range x.s.companies {
			if m.end == v && x.isGovernment(m.name) {
				giver = m.name
			}
		}
	}
	if giver == "" {
		return nil, false
	}
	ps := []corpus.Party{{Name: giver, Role: corpus.RoleInvestor}}
	_, end := x.clause(q)
	// "to Fabrikam and Northwind" names two takers, and "to startups
	// including Fabrikam" one of them.
	first := -1
	for _, m := range x.s.companies {
		if m.start <= q.end || m.start >= end || m.name == giver || slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == m.name }) {
			continue
		}
		if first < 0 && toks[m.start-1].is2(wdTo, wdIncluding) {
			first = x.listStartAt(m)
		}
		if first >= 0 && x.listStartAt(m) == first {
			ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleRecipient})
		}
	}
	return ps, true
}

// isCeiling reports money a deal's figure may grow to, said after it:
// "commit an initial $100B ..., an investment that could grow to as much
// as $500B", "worth about $3 billion ..., rising to about $7 billion if
// both extensions are used". The ceiling is the same deal's, at its
// highest.
func (x *extractor) isCeiling(qi int, q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if qi == 0 || k < 1 || toks[k].lower != "to" || !x.tokIs(k-1, growsTo) {
		return false
	}
	if !x.sentenceHas(wStrongDeal) && !x.sentenceHas(wWeakDeal) {
		return false
	}
	// The figure it grows from is a deal's, or what a deal is "worth":
	// "investment in start-ups fell to $40 billion, then rose to $52
	// billion" is a sector's.
	for pi := qi - 1; pi >= 0; pi-- {
		p := &x.s.qty[pi]
		if p.kind != qtyMoney {
			continue
		}
		if fs := x.apply(nil, pi, p); len(fs) == 0 || fs[0].Kind != corpus.DealValue {
			if p.start == 0 || toks[p.start-1].lower != "worth" {
				return false
			}
		}
		return len(x.clauseCompanies(q)) > 0 || len(x.context) > 0
	}
	return false
}

// ceilingParties are the parties of the deal the ceiling is of: those of
// the figure before it in the sentence, when that is a deal value, else
// the ceiling's own.
func ceilingParties(x *extractor, qi int, q *quantity) []corpus.Party {
	for pi := qi - 1; pi >= 0; pi-- {
		p := &x.s.qty[pi]
		if p.kind != qtyMoney {
			continue
		}
		if fs := x.apply(nil, pi, p); len(fs) > 0 && fs[0].Kind == corpus.DealValue && len(fs[0].Parties) > 0 {
			return fs[0].Parties
		}
		break
	}
	return dealParties(x, qi, q)
}

// restatesOther reports money that restates the figure just before it in
// another form, when that figure is no deal: "cumulative net operating
// income of $6.9 billion over the base term, or about $454 million a
// year". The restatement is read as the figure it restates.
func (x *extractor) restatesOther(qi int, q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if qi == 0 || k < 1 || !(toks[k].lower == "or" && toks[k-1].text == "," || x.comparedBack(k)) {
		return false
	}
	for pi := qi - 1; pi >= 0; pi-- {
		p := &x.s.qty[pi]
		if p.kind != qtyMoney {
			continue
		}
		if p.unit != q.unit || k-p.end > 8 || x.tokIs(p.end, perEach) {
			// "$108 per employee per year, or about $4.3 million
			// annually": a price's total is the deal's.
			return false
		}
		fs := x.apply(nil, pi, p)
		return len(fs) == 0 || fs[0].Kind != corpus.DealValue
	}
	return false
}

// comparedBack reports words ending at k that set a figure against an
// earlier value of the one before it: "up from €3bn", "down from", "rose
// to $5 billion from $4.2 billion", "compared with $3.21 billion",
// "versus $12.3 billion". The earlier value is the same kind of figure.
func (x *extractor) comparedBack(k int) bool {
	toks := x.s.toks
	switch {
	case toks[k].lower == "from":
		return k >= 1 && (toks[k-1].is2(wdUp, wdDown) || x.inMoney(k-1))
	case toks[k].is3(wdVersus, wdVs, wdAgainst):
		return true
	case toks[k].is2(wdWith, wdTo):
		return k >= 1 && toks[k-1].is3(wdCompared, wdCompares, wdComparing)
	}
	return false
}

// receivedFrom is who takes money q from a backer named right after it:
// the subject of the receiving verb before the figure ("Lumen Orbital has
// secured $120 million from Temasek", "Hexwave bagged £12 million from
// Octopus Ventures") or the place that opens the sentence ("Canada will
// receive $15 billion from Microsoft"); "" when the figure has no such
// verb, no backer after "from", or no one who receives it.
func (x *extractor) receivedFrom(q *quantity) string {
	toks := x.s.toks
	if q.end+1 >= len(toks) || toks[q.end].lower != "from" || !slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start == q.end+1 }) {
		return ""
	}
	k := q.start - 1
	if k > 0 && toks[k].is2(wdA, wdAn) {
		k--
	}
	if k < 1 || !x.tokHas(k, wReceive) {
		return ""
	}
	if n := x.subjectOf(k); n != "" {
		return n
	}
	// "Rivian has secured $1.8bn this year, having received $350m from
	// Cox": the participle's subject is the sentence's, named first.
	if k > 1 && toks[k-1].lower == "having" && toks[k-2].text == "," {
		for _, m := range x.s.companies {
			if m.start <= 2 && m.end < k-1 && !x.isGovernment(m.name) {
				return m.name
			}
		}
	}
	// "Hexwave, a Cambridge chip startup, bagged": the subject before an
	// aside describing it.
	if e := beforeAppositive(toks, x.auxStart(k)); e < x.auxStart(k) {
		for _, m := range x.s.companies {
			if m.end == e && !x.isGovernment(m.name) {
				return m.name
			}
		}
	}
	return x.receivingPlace()
}

// receivedFromParties are the sides of money received from backers: who
// receives it, and each company listed after "from" ("from Balderton and
// Index Ventures"), which invests it.
func receivedFromParties(x *extractor, _ int, q *quantity) []corpus.Party {
	ps := []corpus.Party{{Name: x.receivedFrom(q), Role: corpus.RoleRecipient}}
	_, end := x.clause(q)
	for _, m := range x.s.companies {
		if m.start > q.end && m.start < end && x.describedAfter(x.listStartAt(m)) == "from" && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == m.name }) {
			ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleInvestor})
		}
	}
	return ps
}

// namedAsLender reports a party the sentence names with a word for a bank
// in its name: "European Investment Bank", "International Finance
// Corporation".
func (x *extractor) namedAsLender(name string) bool {
	m := x.firstMention(name)
	for k := m.start; k >= 0 && k < m.end; k++ {
		if x.s.toks[k].is2(wdBank, wdFinance) {
			return true
		}
	}
	return false
}

// landedValued is the company that lands or secures money q in a sentence
// that values it, a round however it is named: "Anthropic lands $13bn as
// valuation hits $183bn", "Harbor AI has landed $40 million, valuing the
// startup at $400 million"; "" for none. Money landed with no valuation
// may be a contract won.
func (x *extractor) landedValued(q *quantity) string {
	toks := x.s.toks
	k := q.start - 1
	if k > 0 && toks[k].is2(wdA, wdAn) {
		k--
	}
	if k < 1 || !x.tokHas(k, wReceive) || q.end < len(toks) && (x.tokIs(q.end, namesContract) || x.tokHas(q.end, wDealNouns)) {
		return ""
	}
	valued := false
	for j := q.end; j < len(toks) && !valued; j++ {
		valued = toks[j].is2(wdValuation, wdValuing) || x.tokIs(j, estimatesValue)
	}
	if !valued {
		return ""
	}
	return x.subjectOf(k)
}

// debtSubject reports a sentence whose words before token k, in its
// clause, name a loan or a financing as their subject: "the financing
// starts with", "The loan carries".
func (x *extractor) debtSubject(k int) bool {
	toks := x.s.toks
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		if toks[j].text == "," || toks[j].text == ";" {
			return false
		}
		if toks[j].is3(wdFinancing, wdLoan, wdFacility) && toks[j-1].is2(wdThe, wdThis) {
			return true
		}
	}
	return false
}

// loansProvidedAt returns where a verb of giving stands before money said
// to be loans, or -1: "will provide 400 billion won in low-interest loans
// for Naver's data centre", "extended $2bn of credit to Fabrikam". What
// is given in loans is lent.
func (x *extractor) loansProvidedAt(q *quantity) int {
	toks := x.s.toks
	k := q.start - 1
	if k < 0 || !toks[k].is14(wdProvide, wdProvides, wdProvided, wdProviding, wdExtend, wdExtends, wdExtended, wdExtending, wdOffer, wdOffers, wdOffered, wdGrant, wdGrants, wdGranted) {
		return -1
	}
	e := q.end
	if e >= len(toks) || !toks[e].is2(wdIn, wdOf) {
		return -1
	}
	for j := e + 1; j < len(toks) && j <= e+4; j++ {
		if toks[j].is4(wdLoans, wdLoan, wdCredit, wdLending) {
			return k
		}
		if toks[j].kind != tokWord && toks[j].text != "-" || x.inCompany(j) {
			return -1
		}
	}
	return -1
}

// wentToAfter returns the token of "went" or "goes" in "went to" just
// after money ("$20 million went to", "$40 million, went to"), or -1.
func (x *extractor) wentToAfter(q *quantity) int {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k+2 >= len(toks) || !(toks[k].lower == "went" || toks[k].lower == "goes") || !toks[k+1].is1(wdTo) {
		return -1
	}
	return k
}

// subjectRaised reports a company before q that the sentence says raised
// money, with a raising word after it: "Tailspin raised $80 million from
// investors, and $20 million went to rival Contoso". What then goes to
// another company is spent out of that money.
func (x *extractor) subjectRaised(q *quantity) bool {
	for j := 0; j < q.start; j++ {
		if x.tokHas(j, wRaise) && slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.end <= j }) {
			return true
		}
	}
	return false
}

// moneyWentTo returns the company money "went to" just after it, named past a
// word that says it is a young firm: "$79.37 million went to B2B logistics
// startup Blackbuck", "The biggest cheque, $40 million, went to fintech
// Tessaly". Money going to a "chipmaker" or a "rival" pays a supplier or
// settles a claim, and money the sentence's own subject raised ("Tailspin
// raised $80 million, and $20 million went to rival Contoso") is spent, not
// invested. Only a few words may describe the firm, and the clause must be
// of money raised, not spent on something.
func (x *extractor) moneyWentTo(q *quantity) string {
	toks := x.s.toks
	k := x.wentToAfter(q)
	if k < 0 || x.subjectRaised(q) {
		return ""
	}
	for _, m := range x.s.companies {
		if m.start <= k+2 || m.start > k+7 || !x.lex.tokIn(lStartupWords, &toks[m.start-1]) {
			continue
		}
		for j := k + 2; j < m.start; j++ {
			if toks[j].kind != tokWord && toks[j].text != "-" || toks[j].is1(wdThe) {
				return ""
			}
		}
		// "went to chipmaker Nvidia for GPUs" pays for goods.
		if m.end < len(toks) && toks[m.end].is1(wdFor) {
			return ""
		}
		if !x.sentenceHas(wRaise) && x.storyType != corpus.DealFundingRound {
			return ""
		}
		return m.name
	}
	return ""
}

// givingVerbBefore returns the verb of giving a few words before money q
// in its clause, and whether it is passive: "Fabrikam was granted a $300
// million loan by Contoso", "Contoso granted Fabrikam a $300 million
// loan". -1 when there is none.
func (x *extractor) givingVerbBefore(q *quantity) (int, bool) {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := q.start - 1; k >= start && k >= q.start-6; k-- {
		if toks[k].is16(wdGranted, wdGrants, wdGrant, wdLent, wdLends, wdLend, wdGave, wdGives, wdGive, wdGiven, wdAwarded, wdAwards, wdAward, wdExtended, wdExtends, wdProvided) {
			return k, k > 0 && toks[k-1].is6(wdWas, wdWere, wdBeen, wdIs, wdAre, wdBeing)
		}
	}
	return -1, false
}

// giverRoles sets the roles of money q's sides by the voice of the giving
// verb before it. Passive, the verb's subject receives and the name after
// "by" gives: "Fabrikam was lent $300 million by Contoso". Active with a
// name between the verb and the figure, that name receives and the
// subject gives: "Contoso granted Fabrikam a $300 million loan".
func (x *extractor) giverRoles(q *quantity, ps []corpus.Party) {
	v, passive := x.givingVerbBefore(q)
	if v < 0 {
		return
	}
	toks := x.s.toks
	between := slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start > v && m.end <= q.start })
	if !passive && !between {
		return // "Contoso extended a $300 million loan to Fabrikam" is read by "to"
	}
	if !passive && toks[v].lower == "given" {
		// "given" with no auxiliary before it gives nothing to the name
		// after it: "a debt round, given Fabrikam's $50 million loan to
		// Northwind" weighs the loan Fabrikam made.
		return
	}
	start, end := x.clause(q)
	for _, m := range x.s.companies {
		if m.start < start || m.start >= end {
			continue
		}
		i := slices.IndexFunc(ps, func(p corpus.Party) bool { return p.Name == m.name })
		if i < 0 {
			continue
		}
		switch {
		case m.end <= v && passive:
			ps[i].Role = corpus.RoleRecipient
		case m.start > q.end && passive && toks[m.start-1].lower == "by":
			ps[i].Role = corpus.RoleInvestor
		case m.end <= v && !passive:
			ps[i].Role = corpus.RoleInvestor
		case m.start > v && m.end <= q.start && !passive:
			ps[i].Role = corpus.RoleRecipient
		}
	}
}

// borrowedAt returns where a borrowing verb stands right before money q,
// a word of size or a determiner between, with a named lender right after
// "from": "Fabrikam borrowed $300 million from Contoso", "plans to borrow
// up to $1 billion from Contoso". -1 when there is none. Without a named
// lender the borrower alone is no deal, and the names elsewhere in the
// sentence are no sides of it: "The US Treasury borrowed $50 billion",
// "Contoso borrowed $2 billion to fund its acquisition of Fabrikam".
func (x *extractor) borrowedAt(q *quantity) int {
	toks := x.s.toks
	if q.end+1 >= len(toks) || toks[q.end].lower != "from" || !slices.ContainsFunc(x.s.companies, func(m mention) bool {
		return m.start == q.end+1 || m.start == q.end+2 && toks[q.end+1].lower == "the"
	}) {
		return -1
	}
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		if toks[k].is4(wdBorrowed, wdBorrows, wdBorrow, wdBorrowing) {
			return k
		}
		if !toks[k].is10(wdAbout, wdNearly, wdAlmost, wdAround, wdSome, wdAnother, wdAn, wdAdditional, wdUp, wdTo) {
			return -1
		}
	}
	return -1
}

// borrowedParties are the sides of money borrowed from a named lender:
// the borrowing verb's subject takes it and the lenders listed after
// "from" put it up. Every other company the sentence names is a side of
// some other deal: "Contoso agreed to buy Fabrikam for $5 billion,
// borrowing $1 billion from Northwind", "Contoso borrowed $1 billion from
// Northwind to buy Fabrikam" leave Fabrikam out. With no subject named
// before the verb the sides are financingParties'.
func borrowedParties(x *extractor, i int, q *quantity) []corpus.Party {
	ps := financingParties(x, i, q)
	v := x.borrowedAt(q)
	var lenders []string
	for _, m := range x.s.companies {
		switch {
		case len(lenders) == 0 && (m.start == q.end+1 || m.start == q.end+2 && x.s.toks[q.end+1].lower == "the"):
			lenders = append(lenders, m.name)
		case len(lenders) > 0 && m.start > q.end && x.listStartAt(m) == x.firstMention(lenders[0]).start:
			lenders = append(lenders, m.name)
		case len(lenders) > 0 && m.start >= 3 && x.s.toks[m.start-1].is1(wdAnd) && x.s.toks[m.start-2].text == "," &&
			x.firstMention(lenders[len(lenders)-1]).end == m.start-2:
			// "from Northwind, Fabrikam, and Microsoft": the serial
			// comma closes the list as the bare "and" does.
			lenders = append(lenders, m.name)
		}
	}
	// A list goes on to an "and": "from Northwind, Microsoft said" names
	// one lender and a source.
	for len(lenders) > 1 {
		m := x.firstMention(lenders[len(lenders)-1])
		if m.start > 0 && x.s.toks[m.start-1].is2(wdAnd, symAmpersand) {
			break
		}
		lenders = lenders[:len(lenders)-1]
	}
	// The verb's subject borrows, with the names listed with it ("Contoso
	// and Fabrikam have borrowed"); a source before it ("Fabrikam said
	// Contoso borrowed") borrows nothing. With no name right before the
	// verb, the first name before it no preposition governs does
	// ("Contoso, which bought Fabrikam, is borrowing").
	var borrowers []string
	if s := x.subjectOf(v); s != "" && !slices.Contains(lenders, s) {
		first := x.listStartAt(x.firstMention(s))
		for _, m := range x.s.companies {
			if m.end <= v && x.listStartAt(m) == first && !slices.Contains(borrowers, m.name) {
				borrowers = append(borrowers, m.name)
			}
		}
	}
	for _, m := range x.s.companies {
		if len(borrowers) == 0 && m.end <= v && !slices.Contains(lenders, m.name) && !x.s.toks[max(m.start-1, 0)].is8(wdWith, wdFrom, wdOf, wdFor, wdBy, wdTo, wdIn, wdOn) {
			borrowers = append(borrowers, m.name)
		}
	}
	if len(borrowers) == 0 || len(lenders) == 0 {
		return ps
	}
	var out []corpus.Party
	for _, n := range borrowers {
		out = append(out, corpus.Party{Name: n, Role: corpus.RoleRecipient})
	}
	for _, n := range lenders {
		out = append(out, corpus.Party{Name: n, Role: corpus.RoleInvestor})
	}
	return out
}

// awardedFunding reports money a giving verb before it hands over "in
// funding": "Fabrikam was awarded €50 million in funding by the European
// Commission". Funding handed out is a grant, no contract bought under.
func (x *extractor) awardedFunding(q *quantity) bool {
	toks := x.s.toks
	if q.end+1 >= len(toks) || toks[q.end].lower != "in" || !toks[q.end+1].is2(wdFunding, wdGrants) {
		return false
	}
	v, _ := x.givingVerbBefore(q)
	return v >= 0 && toks[v].is6(wdGranted, wdAwarded, wdGiven, wdGave, wdGrants, wdAwards)
}

// governmentGaveCompany reports money a public body gives a company named
// right before it: "The UK government granted Contoso $50 million". A
// public body that awards a company money mostly buys under a contract:
// "The Pentagon awarded Contoso $50 million for drones".
func (x *extractor) governmentGaveCompany(q *quantity) bool {
	toks := x.s.toks
	for _, m := range x.s.companies {
		if m.end == q.start && m.start >= 2 && toks[m.start-1].is5(wdGranted, wdGrants, wdGave, wdGives, wdGive) && x.governmentBefore(m.start-1) {
			return true
		}
	}
	return false
}
