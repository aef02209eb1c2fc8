package extract

// wordList names one list of the lexicon.
type wordList uint8

// The lists of the lexicon. Rules ask whether a word is in a list; what a
// list is for is said where its words are given, in defaultLexicon.
const (
	wRevenue wordList = iota
	wOtherMoneyAfter
	wOtherMoneyOf
	wOtherMoneyBefore
	wDealValueNouns
	wMarket
	wPronoun
	wStrongDeal
	wWeakDeal
	wChangeBefore
	wChangeAfter
	wNotShareOf
	wShareHolders
	wAggregate
	wNotShareBefore
	wShareCues
	wStock
	wMarketStop
	wSeatNouns
	wPeopleNouns
	wSeatFillers
	wRollout
	wSizeVerbs
	wHeadcount
	wSubjectVerbs
	wObjectVerbs
	wAux
	wDealNouns
	wNotNames
	wAcquire
	wInvest
	wRaise
	wPledge
	wAward
	wPartner
	wCompleted
	wAgreed
	wInTalks
	wCancelled
	wBlocked
	wLost
	wAnnounced
	wPilot
	wPlan
	wRolledOut
	wTotal
	wDescriptor
	wGroupVerbs
	wReceive
	wCapacity
	wEconomy
	wSell
	wPublicBody
	wInstitution
	wDeploy
	wTrained
	wBacklog
	wPassing
	wAside
	wSigned
	wRespectively
	wSector
	wBusiness
	wLease
	numWordLists
)

// lexiconList is one list of the lexicon: its name, for messages and
// for Lexicon's keys, and its words.
type lexiconList struct {
	list  wordList
	name  string
	words []string
}

// markList is a list of the lexicon whose words get a mark rather than a
// list bit: the scans that read it test one bit of a token's marks.
type markList struct {
	mark  wordMark
	name  string
	words []string
}

// defaultMarkLists are the lists of the lexicon read as marks.
func defaultMarkLists() []markList {
	return []markList{
		// quantity-starts are the words besides number words a quantity can
		// start at: a word for one, and currency words shorter than a code
		// ("Rs 500 crore", "US $5 billion", "R5.4bn").
		{startsQuantity, "quantity-starts", []string{"a", "an", "half", "quarter", "rs", "rp", "rm", "r", "u", "us",
			// Local signs of regional papers: "Dh5 billion", "KSh 5 billion" (see localSigns).
			"dh", "dhs", "ksh", "kshs", "sh", "tk", "php", "le"}},
		// org-cues are the words besides lexicon lists a case of the
		// organisation scan starts at, so it skips every other word.
		{startsOrg, "org-cues", []string{"based", "up", "of", "for", "with", "alongside", "including", "include", "includes", "such", "in", "into", "from", "to", "by", "and", "at", "percent", "inc", "ltd", "llc", "plc", "gmbh", "pvt", "limited", "llp", "bhd", "berhad", "sdn", "tbk", "pte", "pty", "oyj", "ltda", "srl", "sarl", "received", "receives",
			// what only an organisation has or is said to be: "Nasdaq-listed
			// Velmora", "Velmora CEO Anna Berg", "Velmora, founded in 2019,",
			// "shares of Velmora"
			"listed", "owned", "backed", "funded", "controlled", "headquartered", "founded", "established", "incorporated",
			"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder", "chief", "spokesperson", "spokesman", "spokeswoman", "official", "officials", "shares", "stock", "said", "says",
			// "Velmora Holdings", "Tessaly Networks"
			"holdings", "technologies", "telecom", "telecommunications", "networks", "ventures", "investments", "communications",
			"semiconductor", "semiconductors", "electronics", "industries", "labs", "enterprises",
			"bancorp", "bancorporation", "bankshares", "bancshares", "capital",
			// "Tessaly took part", "Orrin came in as a new investor"
			"part", "participated", "participate", "participating", "investor", "backer",
			// "Velmora Shipyard surged 10%"
			"rose", "fell", "jumped", "climbed", "gained", "dropped", "slid", "slumped", "surged", "soared", "tumbled", "plunged", "sank", "rallied", "dipped",
			// "Banco Genial", "Grupo Velmora", "Bank Mandiri"
			"banco", "banca", "bank", "grupo", "gruppo", "groupe", "caixa", "caja", "companhia", "compania", "compagnie", "sociedad", "societe",
			// "Velmora posted revenue of", "Velmora employs 4,000 people"
			"posted", "reported", "booked", "recorded", "reports", "posts", "employs", "went",
			// "Velmora and its partners"
			"partners", "subsidiaries", "affiliates", "customers", "clients", "shareholders", "investors", "rivals", "competitors", "peers", "suppliers", "backers", "lenders",
			// "Velmora and other banks", "Velmora is among the investors"
			"banks", "companies", "firms", "operators", "providers", "vendors", "insurers", "carriers", "telcos", "startups", "agencies", "ministries", "institutions", "funds", "among",
			// "Data4's majority owner, Axa"
			"owner", "owners", "parent"}},
		// round-lead-verbs say who led a funding round. "co-led" is "co",
		// "-", "led" to the tokenizer, so it needs no word of its own.
		{leadsRound, "round-lead-verbs", []string{"led", "leads", "lead", "leading"}},
		// hold-verbs just before a fraction make it a part held: "control
		// three quarters", not "two quarters of growth".
		{holdsPart, "hold-verbs", []string{"control", "controls", "controlled", "controlling", "hold", "holds", "held", "holding", "took", "take", "takes",
			"taking", "captured", "capture", "captures", "capturing", "command", "commands", "commanded", "own", "owns", "owned", "with", "claimed", "claims"}},
		// trial-start verbs open a trial when a pilot word follows within a
		// few words: "began a pilot", "ran an internal test".
		{startsTrial, "trial-start-verbs", []string{"began", "begins", "begun", "launched", "launches", "started", "starts", "ran", "runs", "kicked", "completed", "conducted",
			"prepares", "prepared", "plans", "planned", "announces", "announced", "unveils", "unveiled"}},
		// taking-part words say people take part in a programme, not
		// whether it is a pilot or a rollout.
		{takesPart, "taking-part", []string{"part", "participating", "participate", "participated", "participants", "participant", "cohort", "involved", "involving", "involves", "joined", "joins", "join", "joining", "signed", "enrolled"}},
		// no-kind words before a licence noun link, point or count; they do
		// not say what kind of licence it is: "66 of those licences".
		{namesNoKind, "not-licence-kinds", []string{"of", "for", "in", "on", "to", "and", "or", "with", "by", "at", "from", "per", "a", "an",
			"those", "these", "them", "such", "all", "both", "each", "every", "other", "some", "any", "no", "the", "its", "their"}},
		// pay-verbs make money a payment, from the payer to the paid.
		{paysMoney, "pay-verbs", []string{"pay", "pays", "paid", "paying"}},
		// sum-verbs give a sum or restate an amount: "sales came to $9bn",
		// "which amounted to $5.4bn", "worth $2bn".
		{sumsTo, "sum-verbs", []string{"came", "comes", "amounted", "amounts", "totalled", "totaled", "equalled", "equaled", "equals", "worth", "translated", "translates",
			// "a sale of the unit, which could fetch $5 billion": what a
			// sale brings in.
			"fetch", "fetches", "fetched", "fetching"}},
		// site-nouns name one site money is spent on: "a $2bn data centre
		// campus", "the project".
		{namesSite, "site-nouns", []string{"campus", "hub", "facility", "plant", "factory", "site", "centre", "center", "cluster", "complex", "project"}},
		// contract-value-words before "value" make it what a contract or
		// framework is worth at least, at most or by estimate: "a minimum
		// value of $10 million", "the estimated value of the framework".
		{boundsValue, "contract-value-words", []string{"minimum", "maximum", "estimated", "contract", "potential", "overall", "combined", "lifetime", "indicative", "total", "ceiling", "framework", "tender"}},
		// tender-nouns name what a public buyer puts out to bid, whose
		// value, minimum or ceiling is a contract's: "a cloud solicitation
		// with a $1B ceiling".
		{namesTender, "tender-nouns", []string{"framework", "frameworks", "tender", "tenders", "procurement", "solicitation", "idiq"}},
		// running-cost nouns after "in" make money what running a deal or
		// a business costs or saves, no price: "$400 million in annual
		// cost synergies".
		{namesRunningCost, "running-cost-nouns", []string{"expenses", "synergies", "savings", "taxes", "penalties", "impairments", "severance", "dividends", "buybacks"}},
		// need verbs right before money make it what a sector must find,
		// a forecast rather than a deal.
		{needsMoney, "need-verbs", []string{"need", "needs", "require", "requires", "requiring"}},
		// holding nouns and estimate verbs together make money a holding's
		// estimated worth: "PitchBook estimated G42's stake at $100 million".
		{namesHolding, "holding-nouns", []string{"stake", "stakes", "holding", "holdings"}},
		{estimatesValue, "estimate-verbs", []string{"estimated", "estimates", "valued", "values", "valuing", "pegged", "pegs", "puts"}},
		// move verbs before "to" a company take people to a new employer.
		{movesPeople, "move-verbs", []string{"move", "moves", "moving", "transfer", "transfers", "transferring", "transferred",
			// "transitioned 1,500 employees to Contoso under the outsourcing deal"
			"transition", "transitions", "transitioned", "transitioning"}},
		// lend-verbs lend money: who lends invests, whom it is lent to
		// receives.
		{lendsMoney, "lend-verbs", []string{"lend", "lends", "lent", "lending"}},
		{takesOver, "take-over-verbs", []string{"take", "takes", "took", "taking", "taken", "pick", "picks", "picked", "picking", "snap", "snaps", "snapped", "snapping"}},
		// build-nouns name building a site: "construction is estimated at
		// $27bn". A loan for construction is no site's budget, so the
		// rule for one site's money does not read them.
		{namesBuild, "build-nouns", []string{"construction", "development"}},
		// sites-nouns name several sites: "into three data centres". What
		// sites cost is often what they cost to run, not to build.
		{namesSites, "sites-nouns", []string{"campuses", "facilities", "plants", "factories", "sites", "centres", "centers",
			// "agreed to sell 2,166 mobile towers to Antin": a carrier's
			// towers and masts are its sites.
			"towers", "masts"}},
		// project-nouns name a project or programme that a figure values:
		// "the project, valued at $2bn".
		{namesProject, "project-nouns", []string{"project", "projects", "programme", "program"}},
		// commit-verbs commit money: "pledged $10bn".
		{commitsMoney, "commit-verbs", []string{"commit", "commits", "committed", "committing", "pledge", "pledges", "pledged", "pledging", "contribute", "contributes", "contributed", "contributing"}},
		// spend-verbs spend money: "spent $4bn on acquisitions".
		{spendsMoney, "spend-verbs", []string{"spend", "spends", "spending", "spent"}},
		// takeover-nouns name one company buying another: "IBM's $6.4bn HashiCorp acquisition".
		{namesTakeover, "takeover-nouns", []string{"acquisition", "takeover", "purchase", "buyout"}},
		// market-lead-verbs say a company leads a market: what it leads is no holder of a share.
		{leadsMarket, "market-lead-verbs", []string{"leads", "led", "lead", "tops", "topped", "dominates", "dominated"}},
		// growth-nouns name growth, which a share may be a part of: "80% of the growth".
		{namesGrowth, "growth-nouns", []string{"growth", "increase", "gains", "expansion"}},
		// account-verbs are the verb of "accounts for 30%".
		{accountsFor, "account-verbs", []string{"account", "accounts", "accounted", "accounting"}},
		// include-verbs open a list of members: "investors including Contoso".
		{includesNames, "include-verbs", []string{"including", "include", "includes", "such"}},
		// per-words make an amount a rate when a period follows: "$1bn a year", "per month".
		{perEach, "per-words", []string{"a", "per", "each", "every"}},
		// period-nouns are the periods money recurs over: "$1bn a year".
		{namesPeriod, "period-nouns", []string{"year", "month", "quarter", "annum"}},
		// overtake-verbs pass, beat or trail a rival: the rival is not who a
		// figure beside it is for.
		{overtakesRival, "overtake-verbs", []string{"trailing", "overtaking", "overtook", "trails", "trailed", "trail", "overtakes", "overtake", "overtaken",
			"outstripped", "outstrips", "dethroned", "dethroning", "unseated", "leapfrogged", "leapfrogging",
			"passes", "passed", "beats", "beat", "surpassed", "surpasses", "outpaced", "outpaces",
			"outgrew", "outgrows", "outgrowing", "outperformed", "outperforms", "outsold", "outsells", "outshipped", "outships",
			// "rose to number one, passing Samsung and Intel, with 11.7%"
			"passing", "surpassing", "beating", "outpacing", "outselling", "outshipping", "outperforming"}},
		// compare-words set a figure against another: "against 12% a year earlier";
		// "14%, unchanged from a year earlier", "20%, matching its share in last
		// year's first quarter": the period after them is the other figure's.
		{comparesWith, "compare-words", []string{"than", "against", "versus", "vs", "compared", "unchanged", "matching"}},
		// definite-words point at a thing already known or owned: "the deal", "its stake".
		{definite, "definite-words", []string{"the", "its", "their"}},
		// be-verbs are the forms of "to be": "was awarded", "were 30%".
		{beVerbs, "be-verbs", []string{"be", "been", "being", "is", "was", "are", "were"}},
		// have-verbs: "has agreed", "had 30%".
		{haveVerbs, "have-verbs", []string{"has", "have", "had"}},
		// relative-words open a relative clause after a name: ", which".
		{opensRelative, "relative-words", []string{"which", "who", "whose", "that"}},
		// earlier-words name an earlier one of a kind: "its previous round".
		{namesEarlier, "earlier-words", []string{"last", "previous", "prior", "earlier", "former"}},
		// range-words before "from N to M" make it a span, however far back
		// a change verb stands: "expanded the deal, worth from $1.5 to $2
		// billion", "added licences for teams ranging from 300 to 500".
		{namesRange, "range-words", []string{"worth", "valued", "valuing", "ranging", "ranges", "range", "between", "priced", "costing", "estimated"}},
		// name-tails are words that are no names alone but end a
		// company's name after one: "Dimension Data", "Naver Cloud",
		// "Virtela Technology Services".
		{endsOrgName, "name-tails", []string{"data", "centers", "centres", "services", "cloud", "company"}},
		// offer-nouns are a bid to buy: the company it comes from buys.
		{namesOffer, "offer-nouns", []string{"offer", "offers", "bid", "bids", "approach", "proposal"}},
		// contract-nouns name a contract between two sides: "a deal with Contoso".
		{namesContract, "contract-nouns", []string{"deal", "contract", "agreement", "pact"}},
		// firm-nouns stand for a company the sentence or the one before names: "the startup".
		{namesFirm, "firm-nouns", []string{"company", "startup", "start", "firm", "lab", "developer", "maker", "business", "group", "vendor", "provider", "unit", "division"}},
		// firms-nouns name the companies of a market together: "the three largest providers".
		{namesFirms, "firms-nouns", []string{"providers", "players", "vendors", "companies", "firms", "operators", "telcos", "suppliers", "hyperscalers",
			"leaders", "clouds", "contenders", "giants", "rivals", "groups", "makers", "manufacturers", "chipmakers", "brands"}},
		// biggest-words rank companies first: "the top three", "the largest providers".
		{namesBiggest, "biggest-words", []string{"top", "big", "largest", "biggest", "leading", "major", "dominant", "main"}},
		// contrast-words set a clause against the one before: "while Google holds 10%".
		{contrasts, "contrast-words", []string{"while", "whereas", "but", "yet", "although", "though", "even"}},
		// market-nouns name a market as a whole: "the industry", "the sector's spending".
		{namesMarket, "market-nouns", []string{"market", "industry", "sector", "segment", "spending", "marketshare"}},
		// investment-nouns name money invested: "its stake", "the backing".
		{namesInvestment, "investment-nouns", []string{"investment", "investments", "stake", "backing", "funding", "commitment", "commitments", "equity"}},
		// held-at words give a company the part after them: "Microsoft with nearly a quarter".
		{holdsAt, "held-at-words", []string{"with", "at", "on", "held", "holds", "had", "has", "took", "takes"}},
		// not-new-debt words before debt say it is not raised now: "repaid $2bn of loans".
		{notNewDebt, "not-new-debt", []string{"net", "including", "repay", "repaid", "repaying", "refinance", "refinanced", "refinancing", "existing", "outstanding"}},
		// debt-describers stand between an amount and its debt noun: "a $2bn senior secured loan".
		{describesDebt, "debt-describers", []string{"new", "additional", "fresh", "revolving", "term", "senior", "secured", "unsecured", "bridge", "syndicated", "convertible", "venture", "construction", "project", "finance", "acquisition",
			// "a US$280mil green loan", "a sustainability-linked loan"
			"green", "sustainability", "sustainable", "linked"}},
		// debt-nouns name borrowed money: "a $5bn loan".
		{namesDebt, "debt-nouns", []string{"debt", "loan", "loans", "borrowing", "borrowings", "bonds", "notes", "credit"}},
		// facility-nouns after a debt noun make it a facility raised: "a debt financing", "a credit line".
		{namesFacility, "facility-nouns", []string{"financing", "facility", "facilities", "line", "lines", "package", "round"}},
		// customer-nouns name buyers, or those a survey asks: "spent by enterprises", "60% of respondents".
		{namesCustomers, "customer-nouns", []string{"businesses", "organisations", "organizations", "customers", "enterprises", "companies", "firms", "users", "consumers", "buyers", "governments",
			"them", "those", "respondents", "employees", "executives", "leaders", "people"}},
		// irregular-participles are past participles that do not end in -ed: "was bought".
		{irregularParticiple, "irregular-participles", []string{"bought", "paid", "won", "sold", "taken", "given", "made", "signed", "put", "got", "gotten", "brought", "chosen"}},
		// grow-verbs before "to" set a ceiling a figure grows to: "expected to grow to $50bn".
		{growsTo, "grow-verbs", []string{"grow", "grows", "growing", "rise", "rises", "rising", "climb", "climbing", "increase", "increasing", "expand", "expanding"}},
		// figure-prepositions give a company the figure after them: "Contoso at 28%", "Fabrikam with 9%".
		{givesFigure, "figure-prepositions", []string{"with", "at", "on"}},
		// later-words name a later step: "and then 5,000 more", "eventually to 20,000".
		{namesLater, "later-words", []string{"then", "later", "eventually", "finally"}},
		// modal-words say something is still to come: "will cost $2bn".
		{modal, "modal-words", []string{"will", "would", "could", "should"}},
		// into-words put money into a thing or a place: "invest in", "into three data centres".
		{intoPlace, "into-words", []string{"in", "into", "for"}},
		// supply-part verbs right before a percentage of all of a product
		// give their subject that part of its market: "supplies 70% of
		// the world's memory chips".
		{suppliesPart, "supply-part-verbs", []string{"supplies", "supplied", "supply", "makes", "make", "produces", "produced", "produce", "ships", "shipped", "sells", "sold",
			"manufactures", "manufactured", "builds", "built", "powers", "powered", "provides", "provided", "processes", "processed", "handles", "handled"}},
		// survey-answer verbs right after a percentage make it the part of
		// those asked who answered so, no company's share: "39.7% said no".
		{answersSurvey, "survey-answer-verbs", []string{"said", "say", "says", "answered", "replied", "agreed", "expect", "expects", "expected", "plan", "planned", "want", "wanted",
			"prefer", "preferred", "believe", "believed", "think", "thought", "reported", "named", "cited", "chose", "favour", "favor", "intend", "intended"}},
	}
}

// defaultLexicon is every word list the extractor reads as a list bit;
// defaultMarkLists has the rest. A list's words are
// single lower-case tokens; newLexicon checks it.
func defaultLexicon() []lexiconList {
	return []lexiconList{
		{wRevenue, "revenue", []string{"revenue", "revenues", "sales", "earnings", "profit", "profits", "income", "turnover", "bookings"}},
		{wOtherMoneyAfter, "other-money-after", []string{"gdp", "valuation", "market", "backlog", "budget", "capex", "industry", "economy", "opportunity", "empire", "fortune", "fine", "penalty", "loss", "losses", "debt", "bond", "bonds", "buyback", "dividend", "cap", "capitalization", "capitalisation", "run", "salary", "pay", "package", "per", "ebitda", "termination", "breakup",
			// "a $2.3 billion impairment charge", "a $900m write-down"
			"impairment", "writedown", "write", "charge", "charges", "provision", "bonus", "severance",
			// "agreed a $90 million settlement with shareholders"
			"settlement",
			// "on a $2.7 billion realized gain": what a sale earned its
			// seller over cost, no price
			"gain", "gains", "realized", "realised"}},
		// otherMoneyOf are what "$8 billion of ..." can be that is no deal.
		{wOtherMoneyOf, "other-money-of", []string{"debt", "ebitda", "cash", "revenue", "revenues", "sales", "earnings", "profit", "losses", "expenditure", "expenditures", "spending", "capex", "lease", "overhead", "costs", "savings", "bonds", "notes", "debentures",
			// "$2.5 billion of liquidity"
			"liquidity"}},
		{wOtherMoneyBefore, "other-money-before", []string{"capex", "expenditure", "expenditures", "spending", "budget", "fined", "fine", "cap", "capitalization", "capitalisation", "backlog", "obligations", "rpo", "price", "priced", "costs", "cost", "valuation", "valuations", "premium", "save", "saving", "savings", "free", "portfolio", "rate", "expenses", "expense", "fortune", "wealth", "notes", "bonds",
			// "a capital gain of about 260 million euros"
			"gain", "gains",
			// "will repurchase $10 billion of its stock": shares bought back
			"repurchase", "repurchases", "repurchased", "repurchasing",
			// "booked a net loss of $230 million", "adjusted EBITDA came in
			// at £900m", "a salary of $900,000", "its addressable market is
			// $400 billion": takings, pay and a market's size
			"loss", "losses", "ebitda", "salary", "salaries", "wage", "wages", "compensation", "addressable",
			// "from its cash reserves of £5bn": what a company holds
			"reserves", "pile", "hoard",
			// "puts its fair value at $4.4bn"
			"fair",
			// "an undrawn credit line of $1 billion": one it already has
			"undrawn",
			// "recorded goodwill of $450 million", "amortisation charges
			// of $40 million", "its interest bill to $210 million"
			"goodwill", "amortisation", "amortization", "depreciation", "bill"}},
		// dealValueNouns are what "valued at" may qualify without the figure
		// being a company's valuation.
		{wDealValueNouns, "deal-value-nouns", []string{"deal", "deals", "contract", "contracts", "agreement", "agreements", "transaction", "acquisition", "takeover", "purchase", "buyout", "merger", "offer", "bid", "pact", "order", "orders", "partnership", "collaboration", "alliance"}},
		// market marks a sentence about a market.
		{wMarket, "market", []string{"market"}},
		// respectively pairs a list of figures with a list of names, in
		// order: the names are companies when the figures are shares.
		{wRespectively, "respectively", []string{"respectively"}},
		// pronouns let a sentence that names no company speak of the one before.
		{wPronoun, "pronouns", []string{"its", "it"}},
		// strong-deal words make any money in a sentence a deal value.
		{wStrongDeal, "strong-deal", []string{"bid", "bids", "deal", "deals", "contract", "contracts", "agreement", "agreements", "pact", "acquisition", "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "takeover", "buyout", "merger", "transaction", "awarded", "award", "licenses", "licences", "licensing", "licensed", "partnership", "signed", "signs", "inked", "struck", "alliance"}},
		// weak-deal words make money a deal value when the sentence names the parties.
		{wWeakDeal, "weak-deal", []string{"venture", "ventures", "initiative", "invest", "invests", "invested", "investing", "investment", "investments", "stake", "funding", "raise", "raised", "raises", "backing", "backed", "spend", "spending", "pay", "paid", "pays", "worth", "commit", "commits", "committed", "commitment", "commitments", "order", "orders", "ordered", "sell", "sold", "sells", "selling", "supply", "provide", "lease", "leasing", "rent", "rents", "use", "using", "committing", "put", "puts", "putting", "pump", "pumps", "pumped", "sink", "sinks", "sank", "splash", "splashing", "splashes", "pour", "pours", "poured", "inject", "injects", "injected", "plough", "ploughs", "plow", "bankroll", "bankrolls", "pledge", "pledged", "pledges", "fund", "funds", "funded", "back", "backs", "infuse", "infuses", "infused", "infusing", "splurge", "splurges", "splurged", "splurging"}},
		{wChangeBefore, "change-before", []string{"grew", "grow", "grows", "growing", "rose", "rise", "rises", "rising", "up", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "increased", "increase", "increases", "gained", "gain", "gains", "surged", "surge", "soared", "soar", "fell", "fall", "falls", "dropped", "drop", "declined", "decline", "down", "slid", "slipped", "plunged", "tumbled", "advanced", "expanded", "expand", "expands", "expanding", "widened", "widening", "by", "added", "lost", "shed", "sank", "slumped", "rallied", "cut", "reduce", "reduced", "boosted", "raised", "lifted", "lifts", "doubled", "tripled", "quadrupled", "went", "edged", "inched", "shrank", "shrink", "shrinks", "shrunk", "contracted", "dipped", "eased",
			"falling", "dropping", "declining", "slipping", "sliding", "climbing", "jumping", "decreasing", "shrinking", "dipping", "easing", "edging", "inching", "soaring", "surging", "tumbling", "plunging", "sinking",
			// "having grown more than 50%", "AMD losing 4.5% of share"
			"grown", "risen", "fallen", "losing", "lose", "loses",
			// "raising its share from 15.3% to 16.9%"
			"raising", "lifting", "boosting", "increasing", "lowering", "reducing", "gaining",
			// "saw shipments slip 1.1%"
			"slip", "slips", "slide", "slides", "dips"}},
		{wChangeAfter, "change-after", []string{"growth", "increase", "rise", "jump", "gain", "drop", "decline", "year", "yoy", "higher", "lower", "more", "less", "annually", "cagr", "annual", "compound", "jumps", "rises", "increases", "discount", "stake", "margin", "margins", "tax", "interest", "off", "ownership", "premium", "fee", "fees", "cut", "raise", "slump", "plunge", "surge", "chance", "probability", "likely", "owned", "owns", "equity", "per", "better", "worse", "above", "below", "fewer", "decrease", "decreases", "declines", "fall", "falls", "dip", "slide", "contraction", "reduction",
			// "ran at 70% utilisation", "an 85% occupancy rate"
			"utilisation", "utilization", "occupancy", "accuracy",
			// "a 74.6 per cent penetration", "a 40% adoption rate": how far
			// a market is reached, no company's part of it
			"penetration", "adoption", "uptake"}},
		{wNotShareOf, "not-share-of", []string{"its", "their", "revenue", "revenues", "sales", "respondents", "companies", "enterprises", "organizations", "organisations", "businesses", "workloads", "employees", "customers", "users", "the"}},
		{wShareHolders, "share-holders", []string{"for", "at", "with", "had", "has", "have", "held", "holds", "hold", "took", "takes", "commands", "commanded", "controls", "controlled", "captured", "on", "of", "accounted", "accounts", "claimed", "claims", "owns", "reached", "to", "was", "is", "stood", "sits", "and", "from", "s", "secured", "secures", "grabbed", "grabs", "garnered", "enjoyed", "enjoys", "won", "holding", "taking", "controlling", "commanding", "capturing"}},
		// aggregateWords mark a share held by several companies together,
		// and money they put into one thing together ("the joint project").
		{wAggregate, "aggregate", []string{"together", "combined", "collectively", "collective", "jointly", "joint"}},
		{wNotShareBefore, "not-share-before", []string{"grower", "growers", "expanding", "premium", "discount", "stake", "margin", "margins", "growth", "grew", "growing", "rate", "tax", "interest", "slowed", "accelerated", "expanded", "increase", "decline", "jump", "rise", "cagr", "pace", "owns", "own", "ownership", "equity", "yield", "inflation", "gain", "drop", "fall", "dip",
			// what a figure of a price or of a use is: "cut its fees from 13% to 3%", "utilisation fell to 68%"
			"fee", "fees", "commission", "commissions", "tariff", "tariffs", "prices", "utilisation", "utilization", "occupancy",
			// "a change of 0% on the year"
			"change", "changes",
			// "cloud penetration reached 15%", "the gap between them shrank to 3%"
			"penetration", "adoption", "uptake", "usage", "gap",
			// "its payout ratio is 60%", "raised its dividend 10%", "its churn fell to 2%"
			"ratio", "ratios", "dividend", "dividends", "churn"}},
		{wShareCues, "share-cues", []string{"ranking", "leaders", "puts", "trio", "ranks", "market", "cloud", "followed", "trailed", "ahead", "behind", "leader", "leads", "place", "second", "third", "fourth", "fifth", "rival", "rivals", "lead", "led", "slipped", "ranked", "top", "largest", "biggest"}},
		// stock words mark a sentence about share prices.
		{wStock, "stock", []string{"shares", "stock", "stocks", "index", "nasdaq"}},
		{wMarketStop, "market-stop", []string{"the", "put", "puts", "a", "an", "global", "worldwide", "world", "percent", "cent", "overall", "its", "their", "of", "in", "with", "and", "share", "total", "entire", "whole", "booming", "fast", "growing", "fastest", "largest", "biggest", "lucrative", "this", "that", "to", "for", "s", "dominate", "dominates", "dominated", "leads", "led", "lead", "billion", "million", "trillion", "bn", "m", "quarterly", "annual", "yearly", "monthly", "as", "while", "but", "or", "at", "on", "from", "by", "than"}},
		// seatNouns name what a deal licenses; they make a count a seat count on
		// their own.
		{wSeatNouns, "seat-nouns", []string{"license", "licenses", "licence", "licences", "seat", "seats", "subscription", "subscriptions"}},
		// peopleNouns count people, which is a seat count only when the sentence
		// is about licensing or a rollout, not a headcount or a user base.
		{wPeopleNouns, "people-nouns", []string{"participants", "engineers", "colleagues", "associates", "analysts", "advisers", "advisors", "auditors", "officers", "educators", "pupils", "learners", "affiliates", "faculty", "bankers", "lawyers", "consultants", "professionals", "researchers", "scientists", "coders", "programmers", "users", "employees", "staff", "staffers", "workers", "people", "personnel", "members", "students", "subscribers", "accounts", "clinicians", "developers", "adopters", "testers", "soldiers", "troops", "servants", "teachers", "lecturers", "doctors", "physicians", "nurses", "agents", "officials", "contractors", "desktops", "devices", "pcs", "laptops", "mailboxes", "seats",
			// more trades whose people get a product: "gave Creative Cloud to 800 designers"
			"designers", "marketers", "editors", "journalists", "reporters", "writers", "accountants", "architects", "pharmacists", "technicians",
			"managers", "executives", "clerks", "administrators", "specialists", "caseworkers", "firefighters", "paramedics", "surgeons", "dentists",
			"midwives", "carers", "caregivers", "tutors", "professors", "academics", "librarians", "underwriters", "traders", "brokers",
			"salespeople", "representatives", "reps", "apprentices", "interns", "volunteers", "councillors", "judges", "inspectors", "recruiters", "constables",
			"crew", "crews", "solicitors", "cashiers", "drivers", "handlers", "gps"}},
		// seatFillers may stand between a count and its noun: "1 million Amazon
		// employees", "100,000 new Microsoft 365 seats".
		{wSeatFillers, "seat-fillers", []string{"plus", "paying", "deployed", "active", "activated", "assigned", "service", "servants", "software", "new", "additional", "more", "corporate", "enterprise", "paid", "of", "its", "their", "the", "frontline", "federal", "government", "office", "commercial", "extra", "knowledge", "full", "time", "user", "copilot", "365", "public", "sector", "civil", "retail", "warehouse", "email", "mail", "e", "global", "internal", "company", "s", "microsoft", "google", "amazon", "developer", "employee", "student", "teacher", "member", "agent", "staff", "state", "city", "county", "council", "agency", "department", "hospital", "school", "university", "local", "national", "nhs", "health", "clinical", "medical", "support", "sales", "field", "technical", "dot", "early", "uniformed", "civilian", "military"}},
		{wRollout, "rollout", []string{"widen", "widened", "widening", "expand", "expanded", "expanding", "extend", "extended", "extending", "part", "involving", "participating", "participate", "participants", "cohort", "license", "licenses", "licence", "licences", "licensing", "licensed", "seat", "seats", "subscription", "subscriptions", "rollout", "roll", "rolling", "rolls", "rolled", "deploy", "deploying", "deploys", "deployed", "deployment", "deal", "contract", "agreement", "purchase", "purchasing", "purchased", "buy", "buying", "bought", "access", "provide", "provides", "provided", "providing", "give", "giving", "gives", "equip", "equipping", "equipped", "migrate", "migrating", "adopt", "adopting", "sign", "signed", "available", "offer", "offering", "pilot", "trial", "given", "involved", "involves", "experiment", "test", "tests", "concept", "beta", "poc", "joined", "cover", "covers", "covered", "tested", "trialled", "trialed", "piloted", "move", "moving", "opens", "opened", "opening", "hands", "issued", "issuing"}},
		// sizeVerbs before a count make it a company's size, not a deal's.
		{wSizeVerbs, "size-verbs", []string{"train", "training", "trained", "upskill", "upskilling", "added", "hired", "recruit", "recruited", "has", "have", "had", "now", "employs", "employ", "employed", "workforce", "headcount", "cut", "cuts", "laid", "hire", "hiring", "fired", "serves", "serving", "reaches", "boasts", "employment", "jobs"}},
		{wHeadcount, "headcount", []string{"employs", "employ", "employed", "employing", "workforce", "headcount", "cut", "cuts", "laid", "layoffs", "lay", "hire", "hiring", "hired", "fired", "serves", "serving", "reaches", "boasts", "monthly", "daily", "weekly", "active", "job", "jobs", "eliminate", "eliminating", "redundancies"}},
		{wSubjectVerbs, "subject-verbs", []string{"led", "leads", "lead", "leading", "raised", "raises", "raise", "raising", "closed", "closes", "invest", "pledge", "pledged", "pledges", "commit", "signed", "signs", "inked", "inks", "struck", "strikes", "agreed", "agrees", "invested", "invests", "awarded", "bought", "buys", "acquired", "acquires", "purchased", "purchases", "committed", "commits", "selected", "selects", "chose", "picked", "tapped", "won", "wins", "secured", "secures", "rolling", "rolls", "rolled", "deploys", "deployed", "pay", "pays", "paid", "snapped", "snaps", "bagged", "netted", "snagged", "landed", "lend", "lent", "lends", "provided", "provides", "extended", "extends", "licensed", "ordered", "orders", "gives", "gave", "adopts", "adopted", "runs", "equips", "equipped", "offers", "offered", "pumped", "pumps", "chosen", "participated",
			// "Entel sells its data centre business to Equinix": who sells is an
			// organisation ("sold" is as often a participle: "revenue sold through
			// channels").
			"sells"}},
		{wObjectVerbs, "object-verbs", []string{"acquire", "buy", "purchase", "acquiring", "buying", "purchasing", "acquired", "bought", "acquires", "buys", "purchases"}},
		{wAux, "aux", []string{"slated", "be", "poised", "expected", "vowed", "promised", "intends", "aims", "announced", "announces", "unveiled", "unveils", "has", "have", "had", "will", "would", "could", "may", "might", "is", "was", "are", "were", "been", "being", "also", "reportedly", "recently", "just", "already", "agreed", "to", "plans", "planning", "said", "it", "previously", "finally", "formally", "quietly", "now", "says", "itself", "set", "due"}},
		{wDealNouns, "deal-nouns", []string{"deal", "contract", "agreement", "pact", "partnership", "investment", "stake", "commitment", "acquisition", "purchase", "order", "invested", "investing", "signed", "inked", "struck", "alliance"}},
		{wNotNames, "not-names", []string{"q1", "q2", "q3", "q4", "h1", "h2", "the", "a", "an", "this", "that", "these", "it", "its", "they", "their", "he", "she", "we", "our", "in", "on", "at", "for", "with", "under", "according", "last", "next", "earlier", "meanwhile", "separately", "additionally", "elsewhere", "likewise", "similarly", "however", "but", "and", "also", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ai", "generative", "agentic", "sovereign", "physical", "responsible", "conversational", "gpu", "gpus", "copilot", "teams", "office", "windows", "chatgpt", "gemini", "claude", "llama", "workspace", "cloud", "ceo", "cfo", "cto", "us", "u", "uk", "eu", "both", "analysts", "sources", "reuters", "bloomberg", "cnbc", "which", "who", "there", "then", "when", "while", "after", "before", "if", "so", "as", "by", "from", "to", "of", "one", "two", "three", "company", "companies", "firm", "startup", "government", "chief", "executive", "officer", "president", "said", "says", "news", "report", "reports", "deal", "contract", "agreement", "billion", "million", "inc", "corp", "ltd", "plc", "llc", "is", "was", "has", "had", "will", "be", "not", "all", "more", "dollars", "data", "centers", "centres", "services", "licenses", "licences", "seats", "employees", "staff", "others", "providers", "vendors", "rivals", "competitors", "players", "rest", "iaas", "paas", "saas", "ucaas", "ccaas", "daas",
			// adverbs of time, which a name written in lower case is not: "software
			// firm soon agreed to buy".
			"soon", "later", "already", "again", "still", "now", "just", "since",
			// "in FY 2019": a fiscal year, written apart from its number.
			"fy",
			// mobile network technologies, whose subscribers regulators
			// count apart: "followed by CDMA with 0.14 percent".
			"gsm", "cdma", "lte", "wimax",
			// Memoranda of understanding, which Indian and Gulf papers
			// capitalise: "The MoUs were signed with Jupiter".
			"mou", "mous", "moa", "moas"}},
		// acquire words make a deal an acquisition: the side before buys, the side after is bought.
		{wAcquire, "acquire", []string{"pay", "pays", "paid", "paying", "acquire", "acquires", "acquired", "acquiring", "acquisition", "acquisitions", "buy", "buys", "bought", "buying", "buyout", "takeover", "merger", "merge", "merges", "merging", "purchase", "purchases", "purchased", "purchasing"}},
		// invest words make a deal an investment: the side before invests, the side after "in" receives.
		{wInvest, "invest", []string{"equity", "invest", "invests", "invested", "investing", "investment", "investments", "backing", "backed", "backs", "pump", "pumps", "pumped", "pour", "pours", "poured", "inject", "injects", "injected", "backstop", "backstops", "backstopped", "backstopping", "pumping", "pouring", "stake",
			"sink", "sinks", "sinking", "plough", "ploughs", "ploughed", "ploughing", "plow", "plows", "plowed", "plowing", "infuse", "infuses", "infused", "infusing"}},
		// raise words make a deal a funding round: the side that raised receives, those it raised from invest.
		{wRaise, "raise", []string{"raise", "raised", "raises", "raising", "round", "funding", "financing", "series", "fundraise", "fundraising"}},
		// pledge words make a one-company commitment a deal.
		{wPledge, "pledge", []string{"add", "adds", "adding", "contribute", "contributes", "contributed", "contributing", "spend", "spends", "pledge", "pledged", "pledges", "pledging", "spent", "commit", "commits", "committed", "committing", "commitment", "commitments", "splurge", "splurges", "splurged", "splurging"}},
		// award words: the side before awards (the customer), the side after or that won is the vendor.
		{wAward, "award", []string{"award", "awards", "awarded", "won", "wins", "win", "selected", "selects", "chose", "picked", "tapped", "hands", "handed", "bag", "bags", "bagged", "bagging", "clinch", "clinches", "clinched", "clinching", "snag", "snags", "snagged", "nab", "nabs", "nabbed"}},
		// partner words make a deal a partnership.
		{wPartner, "partner", []string{"partnership", "partner", "partners", "partnering", "partnered", "teaming", "teamed", "alliance", "collaboration", "venture", "ventures", "initiative"}},
		// status words, one list per status.
		{wCompleted, "status-completed", []string{"secured", "completed", "completes", "complete", "closed", "closes", "finalised", "finalized", "finalises", "finalizes"}},
		{wAgreed, "status-agreed", []string{"agreed", "agrees", "accepted", "accepts"}},
		{wInTalks, "status-in-talks", []string{"talks", "negotiating", "negotiations", "nearing", "discussions", "considering", "exploring", "weighing", "mulling", "discussing",
			// headlines' present: "Contoso weighs sale of its chip unit"
			"weighs", "mulls", "considers", "explores"}},
		{wCancelled, "status-cancelled", []string{"cancelled", "canceled", "cancels", "cancel", "scrapped", "scraps", "terminated", "terminates", "terminate", "terminating", "annulled", "annul", "annuls", "abandoned", "abandons", "abandon", "abandoning", "axed",
			// "the offer will lapse", "bid for Siltronic lapses"
			"lapse", "lapses", "lapsed"}},
		{wBlocked, "status-blocked", []string{"blocked", "blocks", "block", "prohibited", "barred"}},
		{wLost, "status-lost", []string{"lost", "loses"}},
		{wAnnounced, "status-announced", []string{"announced", "announces", "unveiled", "unveils"}},
		// stage words say whether seats are a pilot, a rollout or a plan.
		{wPilot, "stage-pilot", []string{"pilot", "pilots", "piloting", "piloted", "trial", "trials", "trialling", "trialing", "trialled", "trialed", "experiment", "experiments",
			// "ran an internal test of GitHub Copilot with 100 engineers",
			// "licences to volunteers in a discovery project", "a beta with
			// 200 users", "a proof of concept"
			"test", "tests", "testing", "tested", "discovery", "beta", "poc", "concept"}},
		{wPlan, "stage-plan", []string{"plans", "plan", "planned", "will", "would", "aims", "aim", "intends", "expects", "expected", "meant",
			// seats promised or committed to are not yet handed out, nor
			// are those a buyer weighs or decides to take.
			"committing", "committed", "commits", "promising", "promised", "promises", "pledged", "pledging",
			"considering", "consider", "considers", "weighs", "weighing", "deciding", "decided",
			// nor are seats a buyer asks leave for, seeks or looks at buying:
			// "schools ask to buy 1,000 Zoom licences".
			"ask", "asks", "asking", "seek", "seeks", "seeking", "request", "requests", "requesting", "looking", "proposes", "proposing"}},
		{wRolledOut, "stage-rollout", []string{"rolled", "deployed", "deploying", "rolling", "rollout", "moved", "migrated", "use", "uses", "using", "equipped", "bought", "purchased", "across", "shifted",
			// "West Virginia moves 22,000 state employees to Google Workspace"
			"moves", "moving", "migrates", "migrating", "switches", "switching", "switched", "shifts", "shifting",
			// "14,000 staff have activated their Gemini accounts", "onboarded 3,400 users onto it"
			"activated", "onboarded", "onboarding",
			// "transitioned 11,000 employees to Microsoft Teams"
			"transitioned", "transitioning", "upgraded", "upgrading", "converted", "converting"}},
		// total words mark a running total: "bringing its total to".
		{wTotal, "total", []string{"totaling", "totalling", "totals", "total", "cumulative", "overall", "tally"}},
		// descriptor words, in lower case just before a capitalised name, say the name is an organisation's: "data center startup Nscale".
		{wDescriptor, "descriptor", []string{"startup", "builder", "firm", "company", "maker", "chipmaker", "provider", "operator", "developer", "lab", "designer", "giant", "conglomerate", "specialist", "subsidiary", "insurer", "lender", "retailer", "carrier", "telco", "bank", "group", "supplier", "vendor", "neocloud", "hyperscaler", "platform", "miner", "automaker", "carmaker", "drugmaker", "broker", "utility",
			// the trades of the startups regional reporting names: "Nigerian
			// fintech Velmora", "agritech startup Tessaly"
			"rival", "fintech", "insurtech", "healthtech", "edtech", "edutech", "agritech", "proptech", "regtech", "cleantech", "manufacturer", "distributor", "consultancy", "marketplace",
			// who public contracts go to: "awarded reseller Insight Direct a
			// six-year contract", "systems integrator Tessaly"
			"reseller", "integrator", "contractor",
			// the kinds of finance firm regional reporting names: "Payday,
			// a pan-African neobank,", "a Lagos-based loan aggregator"
			"neobank", "aggregator",
			// what a shop or restaurant business is called: "restaurant
			// chain Tessaly" ("brand" names products as often as firms)
			"chain"}},
		// collective words mark a share of several companies named after them: "the combined share of".
		// group verbs, right after a list of companies, make the share that follows theirs together.
		{wGroupVerbs, "group-verbs", []string{"account", "accounts", "accounted", "took", "take", "takes", "captured", "capture", "control", "controls", "controlled", "command", "commands", "commanded", "make", "makes", "made", "now", "hold", "held",
			// "Amazon, Microsoft and Google still collect more than half"
			"collect", "collects", "collected", "still",
			// "PhonePe, Google Pay and Paytm processed 94% of UPI
			// payments", "with Digital Realty and DuPont Fabros reaching
			// a 9% share"
			"processed", "process", "processes", "handled", "handle", "handles", "reached", "reach", "reaches", "reaching"}},
		// receive verbs make the side before an investment its recipient: "secured an investment from".
		{wReceive, "receive", []string{"secured", "secures", "secure", "received", "receives", "receive", "gets", "got", "landed", "lands", "attracted", "attracts", "won", "wins", "drew", "drawn", "bag", "bags", "bagged", "bagging", "clinch", "clinches", "clinched", "clinching", "snag", "snags", "snagged", "nab", "nabs", "nabbed", "get", "netted", "nets", "obtained", "obtains"}},
		// capacity words make a purchase from a provider a cloud contract rather than an acquisition.
		{wCapacity, "capacity", []string{"services", "capacity", "compute", "computing", "cloud", "gpus", "chips", "servers", "infrastructure"}},
		// not-deal-after words within four after money make it no deal: a contribution to an economy, capital spending.
		{wEconomy, "economy", []string{"capex", "gdp", "economy", "economic"}},
		// lease words: the side before leases out to the side after "to", or
		// takes a lease from the side after "from".
		{wLease, "lease", []string{"lease", "leases", "leased", "leasing", "sublease", "subleases", "subleased", "rent", "rents", "rented", "renting"}},
		// sell words: the side before sells (the vendor), the side after "to" buys.
		{wSell, "sell", []string{"sell", "sells", "sold", "selling", "supply", "supplies", "supplying", "provide", "provides", "providing",
			// a business, a stake or sites sold, as a verb or a noun
			// whose object follows: "the sale of its Spanish unit", "is
			// divesting its hosting business", "offloaded its stake"
			"sale", "divest", "divests", "divested", "divesting", "divestment", "divestiture", "offload", "offloads", "offloaded", "offloading", "disposal"}},
		// public-body words, capitalised in a name, make it a government party: a buyer in a contract.
		{wPublicBody, "public-body", []string{"office", "department", "ministry", "agency", "army", "navy", "force", "council", "authority", "commission", "administration", "directorate", "hmrc", "mod", "county"}},
		// institution words, capitalised, make a run of capitalised words an organisation wherever it stands.
		{wInstitution, "institution", []string{"university", "bank", "college", "hospital", "trust", "institute", "academy", "school"}},
		// deploy words make a count of a named product's users seats even beside words that usually mean headcount.
		{wDeploy, "deploy", []string{"widen", "widened", "widening", "deploy", "deploys", "deploying", "deployed", "rollout", "roll", "rolling", "rolls", "rolled", "expand", "expands", "expanding", "expanded", "extend", "extends", "extending", "extended", "get", "gets", "getting", "testing", "trialling", "trialing", "equipped", "available", "move", "moves", "moving", "moved", "migrate", "migrates", "migrating", "migrated", "switch", "switches", "switching", "switched", "adopt", "adopts", "adopting", "adopted", "give", "gives", "given", "giving", "gave", "opens", "opened", "opening",
			// "bring Gemini to 680,000 students", "shifted 5,000 employees to the service"
			"bring", "brings", "bringing", "brought", "shift", "shifts", "shifting", "shifted",
			// "Teviot Water will provide Copilot to 1,100 staff"
			"provide", "provides", "providing",
			// a migration by another verb: "transitioned 11,000 employees
			// to Microsoft Teams", "is upgrading 9,000 users to Microsoft
			// 365 E5", "converted 8,000 users to Google Workspace"
			"transition", "transitions", "transitioned", "transitioning", "upgrade", "upgrades", "upgraded", "upgrading", "convert", "converts", "converted", "converting",
			// a trial by its own verb: "is piloting Copilot with 300 staff"
			"piloting", "piloted"}},
		// trained words after a count of people make them people trained, not seats.
		{wTrained, "trained", []string{"certify", "certified", "course", "enrolled", "train", "trains", "trained", "training", "upskilled", "taught", "skills",
			// "plans to upskill 12,000 employees", "workshops for 6,000 more"
			"upskill", "upskilling", "reskill", "reskilled", "reskilling", "workshops", "workshop", "coaching", "coached"}},
		// backlog words anywhere in a figure's clause before it make it contracted revenue, not a deal.
		{wBacklog, "backlog", []string{"backlog", "backlogs", "obligations", "rpo", "bookings", "pipeline"}},
		// passing words before a company name it beside a deal, not in it: "its first contract outside Microsoft", "unlike Google", "beats Fabrikam to".
		{wPassing, "passing", []string{"outside", "beyond", "besides", "except", "unlike", "versus", "vs", "than", "including", "includes", "involves", "involving", "beats", "beat", "beating", "outbid", "outbids", "outbidding", "overtook", "overtaking", "trailing", "trails",
			// and, before "with", "of" or "to", as a rival: "close the gap with Google", "ahead of Oracle".
			"gap", "ahead", "compete", "competes", "competing", "competition", "pace", "race", "rivalry", "catching"}},
		// signed words make a deal agreed when the sentence says no more of its status: "signed", "struck", "won";
		// and so do a rival's protest or lawsuit against an award, which was made, and a regulator clearing a deal.
		{wSigned, "signed", []string{"signed", "signs", "sign", "inked", "inks", "struck", "strikes", "awarded", "awards", "wins", "won", "win", "selected", "selects", "picked", "picks", "books", "booked", "chose", "tapped", "landed", "lands", "secured", "secures", "seals", "sealed", "hands", "handed", "clears", "cleared",
			"protest", "protests", "protested", "protesting", "lawsuit", "lawsuits", "challenging", "challenged", "bag", "bags", "bagged", "bagging", "clinch", "clinches", "clinched", "clinching", "snag", "snags", "snagged", "nab", "nabs", "nabbed"}},
		// sector words, as the subject of money put or invested, make it a
		// whole sector's spending rather than one deal: "investors put
		// $115 billion into AI start-ups", "Big Tech poured $427 billion into
		// infrastructure".
		{wSector, "sector", []string{"investors", "vcs", "capitalists", "hyperscalers", "tech"}},
		// aside words after a deal's figure and its deal word open a clause about something else: "..., since a restructuring that ended Microsoft's status".
		{wAside, "aside", []string{"since", "because", "whereas", "although", "though", "despite"}},
		// business nouns, in lower case, name a part of a company that can be sold: "VMware's end user computing business", "the audio division of Masimo".
		{wBusiness, "business-nouns", []string{"business", "businesses", "unit", "units", "arm", "division", "divisions", "assets", "subsidiary", "operations", "production"}},
	}
}

// lookupList names a list of the lexicon that a few rules read by looking
// a word up where they need it. Its words take no bit of every token's
// list set, which stays one machine word however many such lists there
// are: a list read at most tokens belongs in wordList, one read at a few
// places here.
type lookupList uint8

const (
	lNewsAgencies lookupList = iota
	lPersonTitles
	lMeasure
	lHeldEntities
	lShareTargets
	lNetworkLines
	lDealClasses
	lOwnWholes
	lLevelNouns
	lChoseVendor
	lAwardVerbs
	lDealBack
	lOtherDeal
	lOtherProduct
	lStaffAfterName
	lWorthNouns
	lStartupWords
	lAddUpVerbs
	lDealPlurals
	lRivalEpithets
	lFronting
	lChangeNouns
	lTallyVerbs
	lSupplyVerbs
	lUseVerbs
	lSourceTrades
	lSourceDocs
	lShareMarkets
	lWorthVerbs
	lGuessWords
	lTakeInVerbs
	lReceiveVerbs
	lTookInVerbs
	lPresentInvest
	lNotGoods
	lFirmHeads
	lCFACentral
	lCFAWest
	lKenyaWords
	lTanzaniaWords
	lUgandaWords
	lGrowVerbs
	lPurposeVerbs
	lDebtFacilityKinds
	lStopVerbs
	lSinceWords
	lPreparesTo
	lSpanCounts
	lMadeByVerbs
	lOrgOpenings
	lTitleKinds
	lServiceLines
	lLeavesMaker
	lAsksPeople
	numLookupLists
)

// lookupWords is a list of the lexicon read by looking words up.
type lookupWords struct {
	list  lookupList
	name  string
	words []string
}

// defaultLookupLists are the lists of the lexicon read by looking words up.
func defaultLookupLists() []lookupWords {
	return []lookupWords{
		// supply verbs, after a contract "with" a company and "to", make
		// that company the seller when the clause serves the subject:
		// "signed a deal with Fabrikam to manage its IT". Use verbs make
		// the subject the buyer: "... to use its cloud".
		{lSupplyVerbs, "supply-verbs", []string{"supply", "provide", "deliver", "host", "operate", "manage", "sell", "resell", "distribute"}},
		{lUseVerbs, "use-verbs", []string{"use", "buy", "purchase", "lease", "rent", "license", "licence", "access", "adopt", "deploy"}},
		// chose-vendor verbs put the company right after them in charge
		// of a deal a buyer has made: "The ministry picked Presight to
		// build it".
		{lChoseVendor, "chose-vendor", []string{"picked", "picks", "chose", "chosen", "selected", "selects", "tapped", "taps", "hired", "hires", "appointed", "appoints", "engaged"}},
		// award verbs hand a contract to the company after "to" or
		// right after them: "has awarded the contract for its finance
		// system to Northwind", "awarded reseller Northwind a six-year
		// contract". Each is a signing verb too, whose bit spares the
		// lead's other words the look-up.
		{lAwardVerbs, "award-verbs", []string{"awarded", "awards", "handed", "hands"}},
		// deal-back words refer back to a deal a sentence before told:
		// "the project", "the contract", "to build it".
		{lDealBack, "deal-back", []string{"project", "contract", "deal", "tender", "agreement", "programme", "program", "it", "work"}},
		// other-deal words make a sentence that refers back to "a deal"
		// tell of another one than the deal before: "It signed a similar
		// deal with Northwind", "a separate agreement on training".
		{lOtherDeal, "other-deal", []string{"similar", "separate", "another", "other", "earlier", "previous", "prior", "former", "past"}},
		// other-product words make "the ... software" another product than
		// the one the article named: "the old system", "its existing
		// software", "the same tool".
		{lOtherProduct, "other-product", []string{"old", "older", "legacy", "existing", "current", "previous", "prior", "former", "other", "same", "rival", "outgoing", "earlier", "separate"}},
		// add-up verbs sum figures to money after "to": "rounds raised
		// in 2019 add up to", "deals amounted to", "came to".
		// change nouns govern a figure after "of" as what a level moved
		// by: "a decrease of 0.2 percent market share to 30 percent".
		{lChangeNouns, "change-nouns", []string{"decrease", "decreases", "increase", "increases", "gain", "gains", "loss", "losses", "drop", "drops", "rise", "rises", "decline", "declines", "fall", "falls", "reduction", "reductions", "dip", "dips", "jump", "jumps", "surge", "surges", "erosion", "slide", "slides", "slip", "growth"}},
		// tally verbs count what a company has rather than what it buys,
		// so subscriptions they count are an operator's base: "MTN
		// recorded 23.3 million subscriptions", "finished third with".
		{lTallyVerbs, "tally-verbs", []string{"recorded", "records", "had", "reached", "reaches", "finished", "ended", "closed", "stood", "lost", "gained", "added", "grew", "totalled", "totaled"}},
		{lAddUpVerbs, "add-up-verbs", []string{"add", "adds", "added", "amount", "amounts", "amounted", "come", "comes", "came"}},
		// deal plurals are what such a sum is of: "rounds", "deals".
		{lDealPlurals, "deal-plurals", []string{"rounds", "deals", "investments", "transactions", "acquisitions", "contracts"}},
		// startup-words say a company is a young firm that raises money:
		// money that "went to fintech Tessaly" is its round, while money
		// that went to a "chipmaker" or a "rival" paid a supplier or a
		// claim.
		{lStartupWords, "startup-words", []string{"startup", "startups", "fintech", "insurtech", "healthtech", "edtech", "proptech", "agritech", "regtech", "biotech", "unicorn", "scaleup", "upstart"}},
		// worth-nouns name a deal by what it did to an earlier one, and
		// only as what "is worth" money: "The renewal signed in 2022 was
		// worth $174.1 million", "the arrangement is now worth". Elsewhere
		// they name no deal: "Under the arrangement, Contoso is valued at
		// $1 billion".
		{lWorthNouns, "worth-nouns", []string{"renewal", "arrangement"}},
		// staff-after-name words make the company before them the
		// employer of a person, not a party: "appointed Northwind chief
		// executive Jane Doe".
		{lStaffAfterName, "staff-after-name", []string{"chief", "ceo", "cfo", "cto", "coo", "cio", "founder", "cofounder", "chairman", "chairwoman", "president", "executive", "executives", "director", "boss", "spokesperson", "spokesman", "spokeswoman", "officer", "official", "officials", "employee", "employees", "staff", "veteran"}},
		// news agencies write the US dollar bare wherever they file from
		// (and another dollar with its prefix, "S$", "A$"): an article
		// carried under one's name ("CNA (Reuters)") or opening with its
		// dateline ("SINGAPORE (Reuters) -") has no home dollar. A
		// country's own agency (AAP, CP) writes its own dollar bare, so it
		// is not one.
		// share-market words name a market, not its owner, when one
		// opens a sentence before "market share": "Online market share
		// rose to 15%", "Mobile money market share rose to 35 per cent".
		{lShareMarkets, "share-markets", []string{"online", "offline", "digital", "mobile", "smartphone", "handset", "tablet", "pc", "overall", "total", "combined", "global", "domestic", "local", "regional", "retail", "wholesale", "enterprise", "consumer", "cloud", "broadband", "wireless", "internet", "payments", "payment", "banking", "ecommerce", "prepaid", "postpaid", "subscriber", "revenue", "device", "server", "search", "streaming", "app", "apps"}},
		{lNewsAgencies, "news-agencies", []string{"reuters", "bloomberg", "afp", "ap", "dpa"}},
		// person titles, just before a name ("chief executive Satya
		// Nadella", "Governor Kathy Hochul") or in an aside after it ("Anna
		// Jordan, finance minister of"), make it a person's, no party. An
		// investor's or founder's title is left out: people who put their
		// own money in a round are its investors.
		{lPersonTitles, "person-titles", []string{"ceo", "cfo", "cto", "coo", "cio", "chairman", "chairwoman", "chair", "executive", "president", "minister", "secretary", "director", "head", "spokesperson", "spokesman", "spokeswoman", "officer", "boss", "premier", "governor", "mayor", "chancellor", "commissioner", "analyst", "economist", "professor", "senator", "lawmaker"}},
		// measure nouns name what a market is counted in besides money,
		// so that a part of them is a share: "20.3% of shipments", "32%
		// of the total spend", "80% of AI chatbot traffic", "89.9% of
		// searches".
		{lMeasure, "measure-nouns", []string{"spend", "shipments", "units", "business", "traffic", "visits", "searches", "queries", "sessions", "pageviews", "deliveries", "usage",
			// "Jio held 40.3% of wireless subscribers"
			"subscribers", "connections",
			// "Safaricom held 67.4% of mobile subscriptions", "PhonePe
			// handled 48% of UPI transactions"
			"subscriptions", "transactions", "payments",
			// "credited with 16,152 units, or 24 percent of the total
			// devices shipped"
			"devices"}},
		// held-entity nouns name what a part is held in, not a market: "a
		// 40% share in the joint venture", "its share of the company".
		// network-line words make the subscriptions or users after them a
		// carrier's lines, not seats a customer buys: "mobile
		// subscriptions rose to 42.8 million", "70 million GSM users",
		// "urban subscriptions reached 67.8 crore", "15.8 million mobile
		// data subscriptions", "internet users".
		{lNetworkLines, "network-line-words", []string{"mobile", "data", "internet", "wireless", "wireline", "broadband", "telephony", "gsm", "cellular", "prepaid", "postpaid", "urban", "rural", "landline", "telecom", "voice", "sim", "fibre", "fiber", "phone"}},
		{lHeldEntities, "held-entity-nouns", []string{"venture", "ventures", "jv", "joint", "subsidiary", "subsidiaries", "consortium", "company", "firm", "spinoff", "entity"}},
		// share-target words make a share one a company means to reach,
		// not one it holds: "Contoso aims for 30% of the market", "wants
		// to take 30 percent within three years".
		// deal-class nouns, in the plural, make money bounded by "or
		// more", "and up" or "+" the size of a class of deals, no deal's
		// value: "rounds of $100 million or more", "$100M+ rounds".
		{lDealClasses, "deal-class-nouns", []string{"rounds", "megarounds", "deals", "financings", "fundraises", "fundraisings", "transactions", "contracts", "investments", "acquisitions", "purchases", "raises", "cheques", "checks", "tickets", "exits", "ipos", "bids", "orders", "awards", "grants"}},
		// own-whole nouns name a whole that is an organisation's own or a
		// country's, no market, so a part of it is no market share: "1.5%
		// of IT budgets", "a quarter of all funding", "21% of the
		// electricity", "3% of its workforce".
		{lOwnWholes, "own-whole-nouns", []string{"budget", "budgets", "funding", "electricity", "workforce", "employees", "staff", "headcount", "population", "households", "gdp", "taxes", "profits", "earnings"}},
		// level nouns make "raise" lift a level a company sets itself, no
		// money raised: "raised its capex guidance to $85 billion, up from
		// an earlier forecast of $75 billion", "raised its outlook".
		{lLevelNouns, "level-nouns", []string{"forecast", "forecasts", "guidance", "outlook", "target", "targets", "estimate", "estimates", "projection", "projections", "expectations", "capex", "expenditure", "dividend", "wages", "salaries"}},
		// rival epithets stand between a comparison and the rival it
		// names: "only two points behind market leader Contoso", "ahead
		// of rival Fabrikam".
		{lRivalEpithets, "rival-epithets", []string{"leader", "market", "rival", "rivals", "competitor", "competitors", "incumbent", "peer", "compatriot", "counterpart"}},
		// fronting words open a phrase a comma closes before a sentence's
		// subject: "Following Contoso's lead, Northwind cut its prices",
		// "Unlike Contoso, Fabrikam grew".
		{lFronting, "fronting-words", []string{"following", "like", "unlike", "after", "behind", "besides", "despite", "alongside", "trailing", "while", "whereas", "although", "though", "when", "since", "compared", "as"}},
		// source trades describe a firm between the word that credits it
		// and its name: "a report by market research service Quillon",
		// "according to data tracker Tallow".
		{lSourceTrades, "source-trades", []string{"service", "firm", "company", "tracker", "consultancy", "researcher", "analyst", "provider", "house", "agency", "engine", "guide", "aggregator", "platform"}},
		// source documents are what a firm named before them published:
		// "according to a Quillon report", "according to the latest
		// Tallow Metrics figures".
		{lSourceDocs, "source-documents", []string{"report", "reports", "release", "data", "figures", "statistics", "survey", "study", "analysis", "research", "estimates", "numbers", "tracker", "index", "findings", "ranking", "rankings"}},
		// worth verbs state what a deal is worth as a fact: "the contract
		// is worth £450m", "the total contract value comes to £1.08m",
		// "the order totals $3.8 million". A contract whose worth is
		// stated so has been signed.
		{lWorthVerbs, "worth-verbs", []string{"worth", "value", "valued", "totals", "totalled", "totaled", "totalling", "totaling"}},
		// guess words make a stated worth a guess at a deal still to be
		// made: "an estimated contract value of up to £2m", "is expected
		// to be worth $800 million".
		{lGuessWords, "guess-words", []string{"estimated", "expected", "projected", "anticipated", "eventually", "potentially", "likely", "could", "would", "may", "might", "potential", "possible", "proposed", "planned"}},
		// take-in verbs say a company takes in money, and "from" after the
		// money names who gives it: "received a $15 million investment
		// from Wa'ed", "secures $120 million from TPG". Money so taken
		// from backers is a round of funding.
		{lTakeInVerbs, "take-in-verbs", []string{"received", "receives", "receive", "get", "gets", "got", "secure", "secures", "secured", "lands", "landed", "bag", "bags", "bagged", "nets", "netted", "attract", "attracts", "attracted", "draws", "drew", "obtain", "obtains", "obtained", "clinch", "clinches", "clinched", "snag", "snags", "snagged"}},
		// receive verbs are the take-in verbs that make money taken in
		// from backers with a word of investing a round, not a company's
		// own investment: "received a $15 million investment from Wa'ed
		// Ventures". "Secured a $2 billion investment from Microsoft" is
		// as often a strategic investment.
		{lReceiveVerbs, "receive-verbs", []string{"received", "receives", "receive", "get", "gets", "got"}},
		// took-in verbs are the take-in verbs that tell money taken in as
		// done, in a headline's present or in the past: "Tide secures
		// $120 million from TPG", "bagged €20m from". "Receives" and
		// "gets" are left out: "gets 10.2 billion yen from the state" is
		// as often money still to be paid.
		{lTookInVerbs, "took-in-verbs", []string{"received", "got", "secures", "secured", "lands", "landed", "bags", "bagged", "nets", "netted", "attracts", "attracted", "draws", "drew", "obtains", "obtained", "clinches", "clinched", "snags", "snagged"}},
		// present invest verbs, a headline's present, put money into a
		// place or a technology as a plan announced: "Actis puts US$1.5
		// billion into Latin American data centres", "Contoso pours €2bn
		// into AI". Into a company they make a deal the two agreed.
		{lPresentInvest, "present-invest-verbs", []string{"puts", "invests", "pours", "pumps", "sinks", "ploughs", "plows", "injects", "infuses"}},
		// not goods words, in small letters, may follow a company's name
		// or a takeover noun without naming goods or a compound: "to buy
		// Fabrikam last year", "on the acquisition of Fabrikam for"; any
		// other ("Fabrikam servers", "takeover defence") names what is
		// bought instead of a company.
		{lNotGoods, "not-goods-words", []string{"a", "an", "the", "its", "their", "his", "her", "of", "for", "in", "at", "on", "to", "from", "with", "by", "into", "over", "through", "under", "via", "per", "and", "or", "but", "plus", "as", "than", "if", "while", "which", "that", "who", "when", "where", "after", "before", "since", "during", "until", "last", "this", "next", "earlier", "later", "early", "late", "now", "recently", "yesterday", "today", "also", "outright", "back", "alone", "itself", "is", "are", "was", "were", "will", "would", "has", "had", "have", "said", "says", "s", "inc", "corp", "ltd", "plc", "completed", "announced", "agreed", "closed", "valued", "worth"}},
		// firm heads, closing a name, say the name is a fund's, a bank's
		// or an investment firm's: "the Emerging Africa Infrastructure
		// Fund", "Standard Asia Capital".
		{lFirmHeads, "firm-heads", []string{"fund", "bank", "capital", "partners", "ventures", "holdings", "investments", "equity", "corporation"}},
		// CFA words name a country of a CFA franc zone, its people or
		// its main cities: an article that names one writes that zone's
		// franc, Central Africa's (XAF) or West Africa's (XOF).
		{lCFACentral, "cfa-central-words", []string{"cameroon", "cameroonian", "douala", "yaoundé", "yaounde", "gabon", "gabonese", "libreville",
			"chad", "chadian", "congo", "brazzaville", "equatorial", "malabo", "bangui"}},
		{lCFAWest, "cfa-west-words", []string{"senegal", "senegalese", "dakar", "ivorian", "abidjan", "côte", "mali", "malian", "bamako",
			"ivory", "burkina", "ouagadougou", "niger", "niamey", "benin", "beninese", "cotonou", "togo", "togolese", "lomé"}},
		// shilling words name a country of a shilling, its people or a
		// city its papers' datelines name: an article that names one
		// writes "Sh" for that country's shilling.
		{lKenyaWords, "kenya-words", []string{"kenya", "kenyan", "nairobi", "mombasa"}},
		{lTanzaniaWords, "tanzania-words", []string{"tanzania", "tanzanian", "dodoma"}},
		{lUgandaWords, "uganda-words", []string{"uganda", "ugandan", "kampala"}},
		// grow verbs, a few words before "into a" and money, make the
		// money what the verb grows its object into: "grow Kao Data into
		// a $934 million platform", "turn the unit into a $10 billion
		// business".
		{lGrowVerbs, "grow-into-verbs", []string{"grow", "grows", "growing", "turn", "turns", "turning", "build", "builds", "building", "transform", "transforms", "transforming", "scale", "scaling"}},
		// purpose verbs, after "to", say what money is for, and the names
		// after them are what it pays for: "to fund", "to pay for", "to
		// buy".
		{lPurposeVerbs, "purpose-verbs", []string{"fund", "finance", "pay", "buy", "acquire", "purchase", "refinance"}},
		// debt facility kinds describe a facility that only debt is, just
		// before "facility": "a €4 billion bridge facility", "a $500
		// million revolving facility". "A $2bn construction facility"
		// may be a site.
		{lDebtFacilityKinds, "debt-facility-kinds", []string{"bridge", "revolving", "term", "syndicated", "secured", "unsecured", "senior"}},
		// stop verbs before "using" end a product's use: "Contoso stopped
		// using Copilot with its 4,000 staff".
		{lStopVerbs, "stop-using-verbs", []string{"stopped", "stop", "stops", "ceased", "quit", "quits"}},
		// since words, after a product's use ended, move a count on to
		// what the company holds since: "no longer uses Zoom, so 4,000
		// staff are on Microsoft Teams", "which stopped using Zoom, now
		// has 4,000 seats".
		{lSinceWords, "since-words", []string{"now", "so"}},
		// prepares-to words, right before "to" and a verb of rolling out or
		// buying, say the seats are still ahead: "in talks to buy", "preparing
		// to give", "negotiating to move", "ready to deploy".
		{lPreparesTo, "prepares-to-words", []string{"talks", "preparing", "prepares", "prepared", "negotiating", "negotiates", "ready", "readying", "hoping", "hope", "wants", "want", "looks"}},
		// span counts count periods above one, as a figure or a word: "over
		// the past three years", "in the last 4 quarters".
		{lSpanCounts, "span-counts", []string{"two", "three", "four", "five", "six", "eight", "ten", "twelve", "2", "3", "4", "5", "6", "8", "10", "12"}},
		// made-by verbs are participles whose "by" names an organisation
		// that runs, builds or hosts what the sentence speaks of: "operated
		// by", "built by". Who funds, designs or manages a thing may be a
		// person ("funded by Peter Thiel", "designed by Jony Ive"), so those
		// are left out.
		{lMadeByVerbs, "made-by-verbs", []string{"operated", "built", "constructed", "manufactured", "hosted"}},
		// org-opening words, capitalised before another capitalised word,
		// open a firm's name as Spanish, Portuguese, Italian and French names
		// and many Asian banks' do: "Banco Genial", "Grupo Velmora", "Caixa
		// Tessaly", "Bank Mandiri".
		{lOrgOpenings, "org-opening-words", []string{"banco", "banca", "bank", "grupo", "gruppo", "groupe", "caixa", "caja", "companhia", "compania", "compagnie", "sociedad", "societe"}},
		// title-kind words, before a title, say what kind of officer
		// someone is rather than whose: "Former CEO", "Group chief
		// executive", "Deputy Chairman".
		{lTitleKinds, "title-kind-words", []string{"former", "then", "interim", "acting", "deputy", "vice", "group", "new", "incoming", "outgoing", "executive", "senior", "global", "regional", "joint", "co", "founding", "its", "their", "the", "and", "as", "a", "an", "official", "government", "press", "company", "party", "chief"}},
		// service-line words are network-line words that also name a
		// product's service: "12,000 phone users" moved to Zoom Phone or
		// "voice users" on Teams are seats a customer buys, where "phone
		// users" an operator counts are its lines; so are "data users" of an
		// analytics product. A product named in the sentence tells the two
		// apart.
		{lServiceLines, "service-line-words", []string{"phone", "voice", "sim", "fibre", "fiber", "data", "internet"}},
		// leaves-maker words, before a maker, say the customer leaves or
		// passes over it: "dropped Zoom for its 8,000 staff", "chose Google
		// over Microsoft for its staff".
		{lLeavesMaker, "leaves-maker-words", []string{"dropped", "drops", "ditched", "ditches", "replaced", "replaces", "abandoned", "abandons", "scrapped", "scraps", "dumped", "dumps", "left", "leaves", "quit", "quits", "over", "than"}},
		// asks-people verbs take as object people asked for their views:
		// "surveyed", "polled", "interviewed".
		{lAsksPeople, "asks-people-verbs", []string{"surveyed", "surveying", "surveys", "survey", "polled", "polling", "polls", "interviewed", "interviewing", "questioned"}},
		{lShareTargets, "share-target-words", []string{"aims", "aim", "aiming", "aimed", "wants", "want", "targets", "targeting", "targeted", "hopes", "hoping", "seeks", "seeking", "goal", "ambition"}},
	}
}
