package extract

import (
	"slices"

	"github.com/dealbot/dealbot/corpus"
)

// rule is one named way of reading a figure: which quantities it looks at,
// when it applies, what it makes of the figure and who the fact is about.
// For each quantity the rules are tried in table order and the first that
// matches decides; its name is recorded on the fact.
type rule struct {
	name string
	on   quantityKind
	// kind is what the rule makes of the figure; empty drops it, which is
	// how a rule says "this is not a deal" before a deal rule could say it
	// is.
	kind corpus.Kind
	// match reports whether the rule applies to quantity qi of the
	// sentence. Rules take the quantity by pointer: it is too big to
	// copy at each of the many calls a figure goes through.
	match func(x *extractor, qi int, q *quantity) bool
	// parties gives the fact's parties with their roles; unused when kind
	// is empty.
	parties func(x *extractor, qi int, q *quantity) []corpus.Party
	// each makes one fact a party, for a figure each party has alone
	// ("Amazon and Microsoft each hold 30%").
	each bool
	// dealType, when set, is the kind of deal the rule's phrasing says,
	// whatever deal word the sentence holds.
	dealType corpus.DealType
	// likeLast gives the fact the kind of deal of the sentence's last
	// deal value, whose part it is.
	likeLast bool
	// likeStory gives the fact the kind of deal of the article's first
	// deal, whose part it is.
	likeStory bool
}

// rulesByKind are the rules for each kind of figure, in their order: a
// figure is tried on its own kind's rules only.
type rulesByKind [qtyPercent + 1][]rule

// byKind splits rules by the kind of figure each reads, keeping their
// order.
func byKind(rules []rule) rulesByKind {
	var by rulesByKind
	for _, r := range rules {
		by[r.on] = append(by[r.on], r)
	}
	return by
}

// extractionRules is the rule table. To teach the extractor a phrasing, add
// a row (and an example to testdata/cases.jsonl) in front of the
// rule that reads it wrong today.
func extractionRules() []rule {
	return []rule{
		// Money.
		{name: "money-price", on: qtyMoney, match: (*extractor).isPrice},
		// "agreed to pay $1.4 billion to settle a lawsuit", "$20 million
		// in damages": a settlement or a penalty buys nothing.
		{name: "money-penalty", on: qtyMoney, match: func(x *extractor, _ int, q *quantity) bool {
			return x.paysPenalty(q)
		}},
		// "Foundation model companies raised $80 billion (40% of all AI
		// funding)": money that is a part of all of something is a sum of
		// many deals, no deal.
		{name: "money-part-of-all", on: qtyMoney, match: func(x *extractor, qi int, q *quantity) bool {
			return x.partOfAll(qi, q)
		}},
		// "$126.3 billion invested by venture firms": money a sector put
		// in, said in the passive.
		{name: "money-sector-passive", on: qtyMoney, match: func(x *extractor, _ int, q *quantity) bool {
			return x.sectorPassive(q)
		}},
		// "takes the total investment in UK data centres to $32.5
		// billion", "the top 10 rounds add up to $242.5 million": a sum
		// over many companies' deals;
		// "Contoso's $135 billion stake": what a holding is worth.
		{name: "money-sum-of-many", on: qtyMoney, match: func(x *extractor, _ int, q *quantity) bool {
			return x.sumOfMany(q) || x.stakeHeld(q) || x.dealsAddUp(q)
		}},
		// "rounds of $100 million or more", "$100M+ rounds": a bound on a
		// class of deals is no deal's value.
		{name: "money-size-class", on: qtyMoney, match: func(x *extractor, _ int, q *quantity) bool {
			return x.sizeClass(q)
		}},
		// "plans to grow Kao Data into a $934 million platform": the
		// size a company hopes something becomes is no deal's value.
		{name: "money-grown-into", on: qtyMoney, match: func(x *extractor, _ int, q *quantity) bool {
			return x.grownInto(q)
		}},
		{name: "money-revenue", on: qtyMoney, kind: corpus.Revenue, match: (*extractor).isRevenue, parties: subjects},
		{name: "money-restated", on: qtyMoney, match: (*extractor).restatesOther},
		// "has raised $570m since 2019", "$110.9 million into 44
		// startups", "the $2.5 billion it was valued at", "Nigerian
		// startups received $160m", "it earned $518.6 million", "the
		// fund, worth $925 billion,", "the average deal size stands at
		// $47 million": a company's raising over a span, a tally of many
		// deals, a valuation, a kind of company's money, results, an
		// aside on what an organisation is worth and a statistic over
		// deals are no one deal's value, whatever deal words are beside
		// them (see noTransaction).
		{name: "money-no-transaction", on: qtyMoney, match: func(x *extractor, _ int, q *quantity) bool {
			return x.noTransaction(q)
		}},
		// "Startups raised $361.5 million this week, up 10% on the prior
		// week's $329 million", "add up to $242.5 million, compared with
		// $165.7 million a year earlier": the earlier figure a sentence
		// compares its own with is the same kind of sum, so it is no deal
		// when the figure it is compared with made none.
		{name: "money-compared", on: qtyMoney, match: func(x *extractor, qi int, q *quantity) bool {
			p := x.moneyComparedWith(qi, q)
			return p >= 0 && x.lastDealAt != p
		}},
		// "Stargate, a $500 billion programme led by OpenAI, SoftBank and
		// Oracle", "a $2 billion initiative backed by Contoso": the
		// companies that lead or back a programme put up its money.
		{name: "money-programme-led-by", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.programmeLedBy(q) > 0
		}, parties: programmeParties, dealType: corpus.DealInvestmentPledge},
		// "raised more than $1 billion in equity and $5 billion in project
		// finance": a later part of a deal's figure, with no company of
		// its own, is the same deal's.
		{name: "money-list-part", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isListPart, parties: func(x *extractor, _ int, _ *quantity) []corpus.Party {
			return slices.Clone(x.lastDeal.parties)
		}, likeLast: true},
		{name: "money-instalment", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isInstalment, parties: instalmentParties},
		// A running total of a deal names its own spending ("total planned
		// spending with CoreWeave to $22.4B"): it goes before the words
		// that make money no deal.
		{name: "money-total", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isRunningTotal, parties: dealParties},
		// What a purchase "cost" its buyer is its price, before the words
		// that make a cost no deal.
		{name: "money-acquisition-cost", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isAcquisitionCost, parties: costParties},
		// What a site or project is valued at or costs is its price, before
		// the words that make a valuation or a cost no deal.
		{name: "money-site-priced", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.sitePriced(q) && (len(x.clauseCompanies(q)) > 0 || len(x.context) > 0)
		}, parties: budgetParties},
		// "Cisco will pay $157 per share in cash, valuing Splunk at about
		// $28 billion": what a per-share takeover price comes to is the
		// price of the whole company, before the words that make a
		// valuation no deal.
		{name: "money-takeover-valuing", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			_, ok := x.takeoverValuing(q)
			return ok
		}, parties: valuingParties, dealType: corpus.DealAcquisition},
		{name: "money-shares-issued", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isSharesIssued, parties: sharesParties, dealType: corpus.DealInvestment},
		// Borrowing by a credit facility or a loan, debt a buyer takes over,
		// a fund that is an investor itself or one set up to invest, and
		// what a plan or contract is budgeted at, before the words that make
		// debt, funds and budgets no deal, and before "backed by" makes a
		// fund's backers a deal's sides.
		{name: "money-debt-raised", on: qtyMoney, kind: corpus.DealValue, dealType: corpus.DealFundingRound, match: (*extractor).isDebtRaised, parties: financingParties},
		{name: "money-lent", on: qtyMoney, kind: corpus.DealValue, dealType: corpus.DealFundingRound, match: func(x *extractor, _ int, q *quantity) bool {
			return x.lentAt(q) >= 0
		}, parties: lentParties},
		{name: "money-borrowed", on: qtyMoney, kind: corpus.DealValue, dealType: corpus.DealFundingRound, match: func(x *extractor, _ int, q *quantity) bool {
			return x.borrowedAt(q) >= 0
		}, parties: borrowedParties},
		{name: "money-assumed-debt", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isAssumedDebt, parties: dealParties},
		{name: "money-investor-fund", on: qtyMoney, match: (*extractor).isInvestorFund},
		{name: "money-fund", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isFund, parties: fundParties, dealType: corpus.DealInvestmentPledge},
		{name: "money-budget", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isBudgeted, parties: budgetParties},
		{name: "money-ceiling", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isCeiling, parties: ceilingParties},
		{name: "money-contract-value", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isContractValue, parties: dealParties},
		{name: "money-grant", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isGrant, parties: grantParties, dealType: corpus.DealInvestment},
		{name: "money-not-deal", on: qtyMoney, match: (*extractor).isOtherMoney},
		{name: "money-backlog", on: qtyMoney, match: func(x *extractor, _ int, q *quantity) bool {
			start, _ := x.clause(q)
			for k := start; k < q.start; k++ {
				// "its order book stands at $60 billion"; a book alone
				// is no backlog: "Contoso, the book publisher, sold".
				if x.tokHas(k, wBacklog) || k > 0 && x.s.toks[k].lower == "book" && x.s.toks[k-1].lower == "order" {
					return true
				}
			}
			// "more than $70 billion of prospective development in its
			// pipeline": what a company may yet build is in no deal. The
			// money itself must be what is in the pipeline, not a fee
			// "for the rights to the first drug in its pipeline".
			toks := x.s.toks
			return moneyOfThen(toks, q, func(k int) bool {
				return k+2 < len(toks) && toks[k].lower == "in" && toks[k+1].is3(wdIts, wdTheir, wdThe) && toks[k+2].lower == "pipeline"
			})
		}},
		{name: "money-sector", on: qtyMoney, match: (*extractor).isSectorMoney},
		// "The value of Contoso's stake in Fabrikam rose to $3 billion":
		// what a holding is worth is no deal, though it names both sides.
		{name: "money-holding-value", on: qtyMoney, match: (*extractor).isHoldingValue},
		// "signed memoranda of understanding worth ₹34,850 crore with 15
		// companies": what a state signs with investors is their pledge
		// to it.
		{name: "money-mou", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isMoUWorth, parties: mouParties, dealType: corpus.DealInvestmentPledge},
		// "Cisco made a $28 billion offer for Splunk", "Splunk accepted
		// Cisco's offer of $28 billion": an offer to buy a company is a
		// takeover's price, as a bid is. An offer alone is often of a
		// service, so the offer must name whose it is or what it is for.
		{name: "money-takeover-offer", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			_, _, ok := x.takeoverOffer(q)
			return ok
		}, parties: offerParties, dealType: corpus.DealAcquisition},
		// "Of that, $79.37 million went to logistics startup Blackbuck":
		// money said to go to a company the sentence calls a firm is
		// that company's round. A name with no such word ("went to
		// Nvidia") may be a seller paid, so it makes no deal here.
		{name: "money-went-to", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.moneyWentTo(q) != ""
		}, parties: func(x *extractor, _ int, q *quantity) []corpus.Party {
			// Read again, as the other rules' parties are: only a
			// matched figure asks, and no state outlives the match.
			return []corpus.Party{{Name: x.moneyWentTo(q), Role: corpus.RoleRecipient}}
		}, dealType: corpus.DealFundingRound},
		// "Tailspin raised $80 million, and $20 million went to rival
		// Contoso": money going on from the company that raised it is
		// spent, no deal of its own.
		{name: "money-went-to-spent", on: qtyMoney, match: func(x *extractor, _ int, q *quantity) bool {
			return x.wentToAfter(q) >= 0 && x.subjectRaised(q)
		}},
		{name: "money-deal", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).inDealSentence, parties: dealParties},
		{name: "money-received-from", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.receivedFrom(q) != ""
		}, parties: receivedFromParties},
		{name: "money-landed-valued", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.landedValued(q) != ""
		}, parties: func(x *extractor, _ int, q *quantity) []corpus.Party {
			return []corpus.Party{{Name: x.landedValued(q), Role: corpus.RoleRecipient}}
		}, dealType: corpus.DealFundingRound},
		{name: "money-deal-parties", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isDealBetween, parties: dealParties},
		// "Saudi Arabia pledged to invest $5 billion in Egypt": one
		// state's pledge to another, in a sentence naming no company.
		{name: "money-state-pledge", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			_, _, ok := x.stateInvests(q)
			return ok
		}, parties: func(x *extractor, _ int, q *quantity) []corpus.Party {
			from, to, _ := x.stateInvests(q)
			return []corpus.Party{{Name: from, Role: corpus.RoleInvestor}, {Name: to, Role: corpus.RoleRecipient}}
		}, dealType: corpus.DealInvestmentPledge},
		{name: "money-commitment", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isCommitment, parties: dealParties},
		{name: "money-payment", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isPayment, parties: dealParties},
		{name: "money-commitment-noun", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isCommitmentNoun, parties: dealParties},
		{name: "money-funding-part", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.fundingPart(q) && len(x.context) > 0
		}, parties: raisers, dealType: corpus.DealFundingRound},
		{name: "money-spent-buying", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isSpentOnAcquisitions, parties: func(x *extractor, _ int, q *quantity) []corpus.Party {
			return withRole(x.clauseCompanies(q), corpus.RoleBuyer)
		}, dealType: corpus.DealAcquisition},
		{name: "money-spend-on", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isSpendOn, parties: spendParties},
		{name: "money-deal-worth", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isDealWorth, parties: dealParties},
		{name: "money-majority-stake", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.isStakePrice(0, q) && x.stakeBefore(q) > 50
		}, parties: dealParties, dealType: corpus.DealAcquisition},
		{name: "money-stake-price", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isStakePrice, parties: stakeParties, dealType: corpus.DealInvestment},
		{name: "money-supply", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isSupply, parties: dealParties},
		{name: "money-facility", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isFacility, parties: facilityParties},
		{name: "money-received", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isReceived, parties: grantParties, dealType: corpus.DealInvestment},
		// "has raised more than $1 billion in equity and $5 billion in
		// project finance": a second amount joined to a deal's by "and",
		// with no company of its own, is more of the same deal.
		{name: "money-price-first", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.priceFirstVerb(q) > 0
		}, parties: priceFirstParties, dealType: corpus.DealAcquisition},
		{name: "money-coordinated", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isCoordinated, parties: func(x *extractor, _ int, _ *quantity) []corpus.Party {
			return slices.Clone(x.dealFact.parties)
		}},
		// "Ocado will sell its stake in the venture to Kroger for £350m",
		// "Vodafone closed the sale of its Spanish unit to Zegona for €5
		// billion": a business sold for a price is a deal even when the
		// sentence names fewer than two companies it knows.
		// "Contoso is exploring a possible sale that could fetch $1
		// billion": the company weighing a sale of its own is sold.
		{name: "money-own-sale", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			return x.ownSaleBrings(q)
		}, parties: func(x *extractor, _ int, q *quantity) []corpus.Party {
			return withRole(x.clauseCompanies(q), corpus.RoleTarget)
		}, dealType: corpus.DealAcquisition},
		// "Of the total, $662 million is for three data centres", "A
		// further $700 million is reserved for industry": a part of the
		// article's deal, in a sentence naming no company, is that deal's.
		{name: "money-story-part", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isStoryPart, parties: func(x *extractor, _ int, _ *quantity) []corpus.Party {
			return slices.Clone(x.storyParties)
		}, likeStory: true},
		// "Another 30 billion won comes from Korea Development Bank",
		// "About €100 million came from Nvidia": in a story of a round or
		// an investment, money said to come from a company is its part.
		{name: "money-comes-from", on: qtyMoney, kind: corpus.DealValue, match: func(x *extractor, _ int, q *quantity) bool {
			_, ok := x.comesFrom(q)
			return ok
		}, parties: comesFromParties, dealType: corpus.DealFundingRound},
		{name: "money-business-sold", on: qtyMoney, kind: corpus.DealValue, match: (*extractor).isBusinessSold, parties: dealParties, dealType: corpus.DealAcquisition},

		// Percentages.
		// "| Samsung | 80.2 | 23.0% | ... |": a table's share columns give
		// its rows' companies their shares; its other percentages, the
		// growth column and the rows of others and the total, are none.
		{name: "percent-table-share", on: qtyPercent, kind: corpus.MarketShare, match: func(x *extractor, _ int, q *quantity) bool {
			return x.table[q.start].share
		}, parties: func(x *extractor, _ int, q *quantity) []corpus.Party {
			return []corpus.Party{{Name: x.table[q.start].company, Role: corpus.RoleSubject}}
		}},
		{name: "percent-table-other", on: qtyPercent, match: func(x *extractor, _ int, _ *quantity) bool {
			return x.table != nil
		}},
		{name: "percent-stock-move", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			// The sentence's cues first: few speak of stock, and the
			// change costs a look along the figure's clause.
			return x.sentenceHas(wStock) && !x.hasShareWord() && x.isChange(q)
		}},
		// "In the benchmark, ChatGPT scored 80%, Gemini 75%", "topped the
		// leaderboard with 80%": a score in a test, in a sentence that
		// speaks of no share and no market, is no one's share.
		{name: "percent-test-score", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			// A market researcher named ("Canalys said after evaluations of
			// vendors") measures shares, not scores, and "25% of
			// shipments" is a part of what a market is counted in.
			return !x.hasShareWord() && !x.sentenceHas(wMarket) && len(x.s.measurers) == 0 && !x.marketFollows(q) && x.testWordIn()
		}},
		// "Informatica returned to the stock market in 2021, and Permira
		// holds 75 per cent of it": the stock market is no market whose
		// parts are companies' shares, so what is held of it is a stake.
		{name: "percent-stock-market", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			// "40% of U.S. searches, and its stock market value rose": a
			// part of what a market is counted in is still a share.
			return x.sentenceHas(wStock) && !x.hasShareWord() && x.stockMarketNamed() && len(x.s.measurers) == 0 && !x.marketFollows(q)
		}},
		// "Contoso aims for 30% of Japan's PC market": a share a company
		// means to reach is none it holds.
		{name: "percent-share-target", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return x.shareTarget(q)
		}},
		// "consumed 1.5% of IT budgets in 2023, rising to 2.7% in 2024",
		// "a quarter of all funding": a part of a whole that is an
		// organisation's own or a country's is no market share.
		{name: "percent-own-whole", on: qtyPercent, match: func(x *extractor, qi int, q *quantity) bool {
			return x.partOfOwnWhole(qi, q)
		}},
		{name: "percent-share-each", on: qtyPercent, kind: corpus.MarketShare, each: true, match: func(x *extractor, qi int, _ *quantity) bool {
			g, ok := x.groups[qi]
			return ok && g.each
		}, parties: func(x *extractor, qi int, _ *quantity) []corpus.Party {
			return withRole(x.groups[qi].members, corpus.RoleSubject)
		}},
		// "The Contoso brands (Fabrikam and Northwind) together took
		// 40%": the brands' owner holds what its brands hold together.
		{name: "percent-share-brand-owner", on: qtyPercent, kind: corpus.MarketShare, match: func(x *extractor, qi int, _ *quantity) bool {
			g, ok := x.groups[qi]
			return ok && !g.each && x.brandOwner(g.members) != ""
		}, parties: func(x *extractor, qi int, _ *quantity) []corpus.Party {
			return []corpus.Party{{Name: x.brandOwner(x.groups[qi].members), Role: corpus.RoleSubject}}
		}},
		{name: "percent-share-group", on: qtyPercent, kind: corpus.MarketShare, match: func(x *extractor, qi int, _ *quantity) bool {
			g, ok := x.groups[qi]
			return ok && !g.each
		}, parties: func(x *extractor, qi int, _ *quantity) []corpus.Party {
			return withRole(x.groups[qi].members, corpus.RoleMember)
		}},
		{name: "percent-change", on: qtyPercent, kind: corpus.Growth, match: func(x *extractor, _ int, q *quantity) bool {
			return x.isChange(q)
		}, parties: subjects},
		{name: "percent-owner-holds", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return x.ownerHolds(q)
		}},
		{name: "percent-stake-bought", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return x.stakeBought(q) || x.partOfMarketValue(q)
		}},
		// "a 40% share in the joint venture", "its share of revenue from
		// Asia fell to 22%": a part held or a part of takings.
		{name: "percent-held-part", on: qtyPercent, match: func(x *extractor, _ int, _ *quantity) bool {
			return x.heldPartSentence()
		}},
		// "30% of group revenue, up from 22%": the level a figure rose
		// from is what the figure is, here no market share.
		{name: "percent-earlier-level", on: qtyPercent, match: func(x *extractor, qi int, q *quantity) bool {
			return x.earlierOfNoShare(qi, q)
		}},
		// "Intel's share stayed at 0.0%": nothing is a share only when
		// the sentence says it is one, and not in a cell of a table read
		// as text, whose row the figure may not be given to.
		{name: "percent-out-of-range", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return q.value < 0 || q.value > 100 || q.value == 0 && (!x.hasShareWord() || q.start > 0 && x.s.toks[q.start-1].text == "|")
		}},
		// "the first time since 2015 that Google's share stayed under
		// 90%": a line a share crossed, dated by when it first did, is
		// no share of anyone's.
		{name: "percent-threshold", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return x.thresholdFirstCrossed(q)
		}},
		{name: "percent-company-part", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return x.partOfCompany(q)
		}},
		// "68% of customers had no plans ... and 6.6% wanted to": the
		// part of those asked who answered so is no one's market share.
		{name: "percent-survey", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return x.isSurveyPart(q)
		}},
		{name: "percent-others", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return x.othersHold(q)
		}},
		// "5G models made up 60% of shipments": a part a kind of product
		// takes is no company's share.
		{name: "percent-part-of-kind", on: qtyPercent, match: func(x *extractor, _ int, q *quantity) bool {
			return x.partOfKind(q)
		}},
		{name: "percent-share-list", on: qtyPercent, kind: corpus.MarketShare, match: func(x *extractor, qi int, _ *quantity) bool {
			// "Intel, Nvidia and AMD held 71%, 16% and 13% respectively",
			// after a sentence that said whose shares these are.
			// "SAP, Oracle and Microsoft followed, with 5.6%, 4.6% and
			// 4.4% respectively": so do a ranking's words.
			return x.listed[qi] != "" && (x.hasShareWord() || x.sentenceHas(wMarket) || x.shareContext || x.hasShareCue())
		}, parties: func(x *extractor, qi int, _ *quantity) []corpus.Party {
			return []corpus.Party{{Name: x.listed[qi], Role: corpus.RoleSubject}}
		}},
		{name: "percent-share", on: qtyPercent, kind: corpus.MarketShare, match: func(x *extractor, _ int, q *quantity) bool {
			return x.isShare(q) && x.shareCompany(q) != ""
		}, parties: func(x *extractor, _ int, q *quantity) []corpus.Party {
			return []corpus.Party{{Name: x.shareCompany(q), Role: corpus.RoleSubject}}
		}},

		// Counts.
		// "| 1. SAP | 601.2 | 17.4 |" under "Market share (%)": a bare
		// number in a table's column of percentages is a share.
		{name: "count-table-share", on: qtyCount, kind: corpus.MarketShare, match: func(x *extractor, _ int, q *quantity) bool {
			return x.table[q.start].share
		}, parties: func(x *extractor, _ int, q *quantity) []corpus.Party {
			return []corpus.Party{{Name: x.table[q.start].company, Role: corpus.RoleSubject}}
		}},
		{name: "count-table-other", on: qtyCount, match: func(x *extractor, _ int, q *quantity) bool {
			_, ok := x.table[q.start]
			return ok
		}},
		{name: "count-contract-years", on: qtyCount, kind: corpus.ContractLength, match: func(x *extractor, _ int, q *quantity) bool {
			_, ok := x.contractYears(q)
			return ok
		}, parties: subjects},
		{name: "count-seats", on: qtyCount, kind: corpus.Seats, match: seatsRead(seatNoun), parties: seatParties},
		{name: "count-seats-people", on: qtyCount, kind: corpus.Seats, match: seatsRead(seatPeople), parties: seatParties},
		{name: "count-seats-elided", on: qtyCount, kind: corpus.Seats, match: seatsRead(seatElided), parties: seatParties},
	}
}

func seatsRead(want seatReading) func(x *extractor, _ int, q *quantity) bool {
	return func(x *extractor, _ int, q *quantity) bool {
		if x.seatFor != q.start+1 {
			x.seatFor, x.seatRead = q.start+1, x.seatReading(q)
		}
		return x.seatRead == want
	}
}

// subjects are the companies a figure of a company's own (revenue, growth)
// is about.
func subjects(x *extractor, _ int, _ *quantity) []corpus.Party {
	return withRole(x.context, corpus.RoleSubject)
}

func withRole(names []string, r corpus.Role) []corpus.Party {
	ps := make([]corpus.Party, 0, len(names))
	for _, n := range names {
		ps = append(ps, corpus.Party{Name: n, Role: r})
	}
	return ps
}

// isListPart reports money that continues a list after the figure just
// before it, which was a deal: "$1 billion in equity and $5 billion in
// project finance", "€300m of equity, €200m of debt". What each part is
// stands in the same few words after it; a company named with the later
// figure makes it that company's own deal.
func (x *extractor) isListPart(qi int, q *quantity) bool {
	if qi == 0 || x.lastDealAt != qi-1 {
		return false
	}
	p := x.s.qty[qi-1]
	toks := x.s.toks
	link := q.start - 1
	if link <= p.end || toks[link].lower != "and" && toks[link].text != "," || link-p.end > 5 || !toks[p.end].is2(wdIn, wdOf) {
		return false
	}
	for k := p.end + 1; k < link; k++ {
		if toks[k].kind != tokWord || x.inCompany(k) || x.inPlace(k) {
			return false
		}
	}
	if q.end >= len(toks) || !toks[q.end].is2(wdIn, wdOf) {
		return false
	}
	// "$9 billion in Singapore, $5 billion in Thailand": each figure is
	// its own place's.
	for k := q.end + 1; k < len(toks) && k <= q.end+4; k++ {
		if toks[k].kind != tokWord {
			break
		}
		if x.inCompany(k) || x.inPlace(k) {
			return false
		}
	}
	return true
}

// inPlace reports token k in the name of a place.
func (x *extractor) inPlace(k int) bool {
	return slices.ContainsFunc(x.s.places, func(m mention) bool { return m.start <= k && k < m.end })
}

// inDealSentence reports money in a sentence with a strong deal word. A
// figure in an aside ("..., even as OpenAI lines up commitments that
// exceed $1 trillion") needs the deal word in the aside: the deal the
// sentence reports is another.
func (x *extractor) inDealSentence(_ int, q *quantity) bool {
	if !x.sentenceHas(wStrongDeal) && (!x.takesOverIn() || x.priceFirstVerb(q) > 0) {
		// A price opening the sentence before the verb is
		// money-price-first's, which finds "the group" that buys.
		return false
	}
	if x.buildsUnderAgreement(q) {
		// The agreement lets a company build a site the money prices:
		// its spending, read as a facility's, not a contract's worth.
		return false
	}
	start, end := x.clause(q)
	toks := x.s.toks
	aside := start > 0 && x.tokIs(start, contrasts) ||
		start > 1 && toks[start-1].lower == "as" && toks[start-2].lower == "even" // the clause opens after "as"
	if !aside {
		return true
	}
	for k := start; k < end; k++ {
		if x.tokHas(k, wStrongDeal) {
			return true
		}
	}
	return false
}

// buildsUnderAgreement reports money pricing a site that a company builds
// under the agreement the sentence names: "approved a development
// agreement under which Google will build the $1 billion facility", "a
// deal whereby Contoso is to develop a $2bn campus". The company spends it
// on its own site; the body that agreed takes no contract.
func (x *extractor) buildsUnderAgreement(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || !toks[k].is3(wdThe, wdA, wdAn) || !toks[k-1].is6(wdBuild, wdBuilds, wdDevelop, wdDevelops, wdConstruct, wdConstructs) || !x.isFacility(0, q) {
		return false
	}
	for j := q.end; j < len(toks) && j < q.end+5; j++ {
		if toks[j].is1(wdFor) && x.forCustomer(j+1) {
			// "will build a $500 million data centre for the city":
			// a site built for a customer is a contract's work.
			return false
		}
		if toks[j].text == "," || toks[j].text == ";" {
			break
		}
	}
	for j := k - 2; j >= 1 && j >= k-8; j-- {
		if toks[j].lower == "whereby" || toks[j].lower == "which" && toks[j-1].is2(wdUnder, wdIn) {
			// the relative clause's subject is a company
			return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start > j && m.end <= k-1 })
		}
		if toks[j].text == "," || toks[j].text == ";" {
			return false
		}
	}
	return false
}

// forCustomer reports the words from token k, after a "for", naming who
// a site is built for: a company ("for Contoso") or a public body or city
// ("for the city", "for the council"), not a use ("for AI training").
func (x *extractor) forCustomer(k int) bool {
	toks := x.s.toks
	if k < len(toks) && toks[k].is1(wdThe) {
		if k+1 < len(toks) && (x.tokHas(k+1, wPublicBody) || toks[k+1].lower == "city") {
			return true
		}
		k++
	}
	return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start == k })
}

// takesOverIn reports a phrasal verb of taking over in the sentence, which
// makes it a deal's as a deal word does: "Contoso snapped up analytics
// start-up Fabrikam for $75 million".
func (x *extractor) takesOverIn() bool {
	for k := range x.s.toks {
		if x.tokIs(k, takesOver) && x.takesOverAt(k) {
			return true
		}
	}
	return false
}

// isCommitment reports money one company commits on its own: a round it
// raised ("Contoso raised $2bn"), or an investment pledged in a country or
// region ("will invest €4 billion in Spain").
func (x *extractor) isCommitment(_ int, q *quantity) bool {
	if len(x.context) == 0 {
		return false
	}
	trig, at := x.triggerNear(q)
	switch trig {
	case trigRaise:
		return !x.liftedBy(q)
	case trigInvest, trigPledge:
		// "still investing the $7.5b and would support 1000 jobs,
		// adding $10.8b to the economy": what the economy gains is the
		// other clause's figure.
		if at < 0 || x.sentenceHas(wEconomy) && x.economyOwnFigure(q) {
			return false
		}
		// "the company's plan to invest $80 billion in AI data centres in
		// fiscal 2025": a year's capital spending on technology, in a
		// sentence naming no place it goes to, is no pledge to the
		// article's country.
		if trig == trigInvest && x.oneYear(q) && x.intoTechnology(q) && !x.placeAfterIn(q) {
			return false
		}
		// "commit an initial $100B to building the infrastructure": a
		// pledge said with its own verb needs no place; money spent or
		// added does, or it is a company's running costs.
		return x.placeFor(q) != "" || trig == trigPledge && at < q.start && x.tokIs(at, commitsMoney) ||
			at < q.start && q.start-at <= 4 && x.multiYear(q) && len(x.clauseCompanies(q)) > 0 ||
			trig == trigInvest && at < q.start && q.start-at <= 3 && x.intoTechnology(q) ||
			trig == trigInvest && at < q.start && x.intoTheCompany(q)
	}
	return false
}

// economyOwnFigure reports an economy word in q's clause that speaks of q
// itself: "adding $10.8b to the economy". One after another figure set
// off by a comma is that figure's: "still investing the $7.5b and would support 1000 jobs,
// adding $10.8b to the economy" keeps the $7.5b invested.
func (x *extractor) economyOwnFigure(q *quantity) bool {
	start, end := x.clause(q)
	for k := start; k < end; k++ {
		if !x.tokHas(k, wEconomy) {
			continue
		}
		if k < q.start {
			return true
		}
		// The other figure stands in an aside of its own after a comma;
		// "$1.3 billion in direct investment and $6.7 billion in total
		// economic impact" is one analysis of the economy.
		for i := range x.s.qty {
			if o := &x.s.qty[i]; o.kind == qtyMoney && o.start >= q.end && o.end <= k && slices.ContainsFunc(x.s.toks[q.end:o.start], func(t token) bool { return t.text == "," }) {
				return false
			}
		}
		return true
	}
	return false
}

// stateInvests returns the country that opens the sentence as the
// subject of money it invests in or pledges to another country named
// after the money, and that other country: "Saudi Arabia pledged to
// invest $5 billion in Egypt", "Japan pledged $2 billion to Indonesia".
// One state's pledge to another names no company, and is a pledge all
// the same.
func (x *extractor) stateInvests(q *quantity) (from, to string, ok bool) {
	places := x.s.places
	if len(x.s.companies) > 0 || len(places) < 2 || places[0].start > 1 || places[0].start == 1 && !x.tokIs(0, definite) || x.e.regions[places[0].name] {
		return "", "", false
	}
	trig, at := x.triggerNear(q)
	if trig != trigInvest && trig != trigPledge || at < places[0].end || at > q.start {
		return "", "", false
	}
	// Only an auxiliary or a pledging verb comes between the country and
	// the verb: "Qatar has committed to invest", not "Qatar's biggest
	// lender pledged".
	for k := places[0].end; k < at; k++ {
		if !x.tokHas(k, wAux) && !x.tokIs(k, commitsMoney) && x.s.toks[k].lower != "to" {
			return "", "", false
		}
	}
	_, end := x.clause(q)
	for _, m := range places[1:] {
		// "India will invest $5 billion in Gujarat": a state's money
		// for its own province is its budget, read elsewhere.
		if m.start >= q.end && m.start < end && m.start <= q.end+3 && m.name != places[0].name && !x.e.regions[m.name] && x.e.within[m.name] != places[0].name {
			if x.s.toks[m.start-1].is2(wdIn, wdTo) {
				return places[0].name, m.name, true
			}
			break
		}
	}
	return "", "", false
}

// oneYear reports a single year said after money in its clause: "plans
// to invest $80 billion in AI data centres in fiscal 2025", "will invest
// $10 billion in servers this year". Money put into technology in one
// year, with no place it goes to, is a company's capital spending, no
// pledge.
func (x *extractor) oneYear(q *quantity) bool {
	toks := x.s.toks
	_, end := x.clause(q)
	for k := q.end; k+1 < end && k <= q.end+10; k++ {
		switch {
		case toks[k].is2(wdThis, wdNext) && toks[k+1].lower == "year":
			return true
		case toks[k].is3(wdIn, wdFor, wdDuring) && toks[k+1].is2(wdFiscal, wdFy):
			return true
		case toks[k].lower == "in" && toks[k+1].kind == tokNum && len(toks[k+1].text) == 4 && toks[k+1].text >= "2000" && toks[k+1].text <= "2099":
			return true
		}
	}
	return false
}

// placeAfterIn reports a place the sentence names after money q.
func (x *extractor) placeAfterIn(q *quantity) bool {
	for _, m := range x.s.places {
		if m.start >= q.end {
			return true
		}
	}
	return false
}

// multiYear reports a span of years said after money, just after it or
// past what the money goes on: "over the next five years", "over three
// years", "over the coming decade", "through 2030", "on cloud and AI
// infrastructure over the next three years". Money invested over years is
// a pledge; money invested this year is running capital spending.
func (x *extractor) multiYear(q *quantity) bool {
	if x.yearsFrom(q.end) {
		return true
	}
	toks := x.s.toks
	if q.end >= len(toks) || !toks[q.end].is4(wdOn, wdIn, wdInto, wdFor) {
		return false
	}
	_, end := x.clause(q)
	for k := q.end + 1; k < end && k <= q.end+8; k++ {
		if toks[k].kind != tokWord {
			return false
		}
		if toks[k].is4(wdOver, wdThrough, wdUntil, wdBy) {
			return x.yearsFrom(k)
		}
	}
	return false
}

// yearsFrom reports a span of years that starts at token k: "over the
// next five years", "through 2030".
func (x *extractor) yearsFrom(k int) bool {
	toks := x.s.toks
	if k+1 >= len(toks) {
		return false
	}
	if toks[k].is3(wdThrough, wdUntil, wdBy) {
		t := toks[k+1]
		return t.kind == tokNum && len(t.text) == 4 && t.text >= "2020" && t.text <= "2099"
	}
	if toks[k].lower != "over" {
		return false
	}
	k++
	if k+1 < len(toks) && toks[k].lower == "the" && toks[k+1].is2(wdNext, wdComing) {
		k += 2
	}
	if k < len(toks) && toks[k].lower == "decade" {
		return true
	}
	return k+1 < len(toks) && toks[k].lower != "the" && toks[k+1].is3(wdYears, wdDecade, wdDecades)
}

// fundingPart reports money that is the equity or debt part of a round
// the sentence reports, or debt financing however it is reported: "the new
// funding is made up of €468mn of equity and €132mn of debt", "$5.25
// billion in debt financing".
func (x *extractor) fundingPart(q *quantity) bool {
	toks := x.s.toks
	if q.end+1 >= len(toks) || !toks[q.end].is2(wdOf, wdIn) || !toks[q.end+1].is2(wdEquity, wdDebt) {
		return false
	}
	return x.sentenceHas(wRaise) || q.end+2 < len(toks) && toks[q.end+1].lower == "debt" && toks[q.end+2].lower == "financing"
}

// pledgesAlone reports money a company commits to its own business or to
// a technology, with no other side: "Accenture has committed $3 billion to
// its data and AI practice", "has pledged to invest $1 billion in
// generative AI". The article's other company takes no part in it.
func (x *extractor) pledgesAlone(q *quantity) bool {
	trig, at := x.triggerNear(q)
	if trig != trigInvest && trig != trigPledge || at < 0 || at >= q.start {
		return false
	}
	toks := x.s.toks
	own := q.end+1 < len(toks) && toks[q.end].is5(wdTo, wdFor, wdTowards, wdToward, wdOn) && toks[q.end+1].is2(wdIts, wdTheir)
	return own || x.intoTechnology(q)
}

// intoTheCompany reports money put "into the company" or "into it": the
// company the article is about, named in an earlier sentence ("Investors
// are discussing putting $20 billion into the company").
func (x *extractor) intoTheCompany(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k+1 >= len(toks) || !toks[k].is2(wdIn, wdInto) {
		return false
	}
	if toks[k+1].lower == "it" {
		return true
	}
	if i := slices.IndexFunc(x.s.companies, func(m mention) bool { return m.start == k+1 }); i >= 0 {
		// "Investors poured $640 million into Groq": money a verb puts
		// into a company named is invested in it, whoever put it in;
		// "in Fabrikam's new data centre" puts it into a site.
		return q.start > 0 && x.tokHas(q.start-1, wInvest) && !x.possessive(x.s.companies[i])
	}
	if toks[k+1].lower != "the" {
		return false
	}
	// "in the company", "in the AI infrastructure provider": a few words
	// may say what kind of firm it is.
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		if x.tokIs(j, namesFirm) {
			return j+1 >= len(toks) || toks[j+1].kind != tokWord || !toks[j+1].startsUpper()
		}
		if toks[j].kind != tokWord || x.tokHas(j, wDescriptor) && !x.tokIs(j, namesFirm) {
			return false
		}
	}
	return false
}

// intoTechnology reports money put "in" or "into" a technology rather
// than a company or a place: "has invested $3B in AI", "will invest $10bn
// into cloud infrastructure".
func (x *extractor) intoTechnology(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k+1 >= len(toks) || !toks[k].is2(wdIn, wdInto) {
		return false
	}
	k++
	if x.tokIs(k, definite) && k+1 < len(toks) {
		// "into the AI ecosystem"; "in the AI cloud startup" is a
		// company.
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if x.tokIs(j, namesFirm) || x.tokHas(j, wDescriptor) {
				return false
			}
		}
		k++
	}
	if toks[k].is2(wdNew, wdGenerative) && k+1 < len(toks) {
		k++ // "in generative AI"
	}
	if (toks[k].kind == tokNum || toks[k].is8(wdTwo, wdThree, wdFour, wdFive, wdSeveral, wdMore, wdNew, wdLarge)) && k+1 < len(toks) {
		k++ // "into three data centres"
	}
	// Facilities are built, not invested in: "into three data centres",
	// "in new campuses".
	return toks[k].lower == "ai" || toks[k].lower == "artificial" || x.tokHas(k, wCapacity) ||
		toks[k].is3(wdData, wdCampus, wdFacility) || x.tokIs(k, namesSites)
}

// isAcquisitionCost reports what an acquisition cost its buyer, in a
// sentence about buying: "Tableau, which cost it around $15.3 billion",
// "the purchase cost Contoso $4bn". Costs of running a business are
// other money.
func (x *extractor) isAcquisitionCost(_ int, q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	// "bought 125 licences from Zoom at a cost of more than £17,000": the
	// cost of what the clause says was bought.
	if c := costOf(toks, q); c >= 2 && toks[c-1].is2(wdA, wdTotal) && x.sentenceHas(wAcquire) {
		start, _ := x.clause(q)
		for j := start; j < c-1; j++ {
			if x.tokHas(j, wAcquire) && toks[j].lower != "cost" {
				return true
			}
		}
	}
	if k < 1 || !(x.sentenceHas(wAcquire) || x.sentenceHas(wStrongDeal)) || x.runningCostAfter(q) {
		return false
	}
	if !toks[k].is2(wdIt, wdThem) && !slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.end == q.start }) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].lower == "cost" {
			return j > 0 && !toks[j-1].is5(wdThe, wdA, wdIts, wdTheir, wdTotal)
		}
		if toks[j].kind != tokWord || toks[j].startsUpper() && j != k-1 {
			break
		}
	}
	return false
}

// programmeLedBy is where the first company stands that leads or backs
// the programme a figure is the size of: "a $500 billion U.S.-wide
// programme led by OpenAI", "a $2 billion initiative backed by Contoso";
// 0 when the figure is no such programme's. The programme word follows
// the figure within a few words of description, unbroken by a comma or a
// name.
func (x *extractor) programmeLedBy(q *quantity) int {
	toks := x.s.toks
	if q.start == 0 || !toks[q.start-1].is2(wdA, wdAn) {
		return 0
	}
	for k := q.end; k < len(toks)-2 && k < q.end+8; k++ {
		t := &toks[k]
		if t.text == "." && t.joins(&toks[k+1]) {
			continue // "a $500 billion U.S.-wide programme"
		}
		if t.kind == tokNum || t.text == "," || t.text == ";" || t.text == "." || t.text == "(" {
			return 0
		}
		if t.is3(wdA, wdAn, wdThe) || t.is5(wdIn, wdFor, wdTo, wdWith, wdOf) && !toks[k-1].joins(t) && !toks[k+1].startsUpper() {
			// "a $300 million stake in a venture led by Fabrikam": the
			// figure is what the stake or contract is worth, not the
			// programme's size. A preposition inside the programme's
			// own name ("Internet of Things", "end-to-end") goes on.
			return 0
		}
		if !t.is6(wdProgramme, wdProgram, wdInitiative, wdProject, wdScheme, wdVenture) {
			continue
		}
		by := k + 1
		if toks[by].is4(wdLed, wdBacked, wdFunded, wdHeaded) {
			by++
		}
		if by+1 >= len(toks) || !toks[by].is1(wdBy) {
			return 0
		}
		if slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start == by+1 }) {
			return by + 1
		}
		return 0
	}
	return 0
}

// programmeParties are the companies that lead or back a programme, as
// programmeLedBy finds them, each an investor: the list that starts
// after "by" and runs on through commas and "and".
func programmeParties(x *extractor, _ int, q *quantity) []corpus.Party {
	toks := x.s.toks
	var ps []corpus.Party
	at := x.programmeLedBy(q)
	for _, m := range x.s.companies {
		if m.start < at {
			continue
		}
		if m.start > at {
			// A comma or "and" stands between two of the list's names,
			// after any capitalised word that ends the first ("SoftBank
			// Group and Oracle").
			gap := toks[at:m.start]
			if len(gap) > 3 || !slices.ContainsFunc(gap, func(t token) bool { return t.text == "," || t.lower == "and" }) ||
				slices.ContainsFunc(gap, func(t token) bool { return t.text != "," && t.lower != "and" && !t.startsUpper() }) {
				break
			}
		}
		ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleInvestor})
		at = m.end
	}
	return ps
}

// costOf is where "cost" stands in "cost of" right before the figure, or
// right before it when the figure carries a cap ("at a cost not to exceed
// $4 million", whose cap words are read into the figure where "of"
// stands); -1 when neither.
func costOf(toks []token, q *quantity) int {
	c := q.start - 1
	if c >= 0 && toks[c].lower == "of" {
		c--
	} else if q.qualifier != corpus.UpTo {
		return -1
	}
	if c < 0 || toks[c].lower != "cost" {
		return -1
	}
	return c
}

// isSpendOn reports money a company is cleared or plans to spend on a
// named product, on what a company sells or with a seller: "to spend
// £4.9m on Office 365", "will spend $20 million on Fabrikam's software",
// "spends $4bn a year on cloud services from Fabrikam". A figure "a
// further" or "another" after such a figure goes the same way: "and a
// further £850,000 on the same".
func (x *extractor) isSpendOn(qi int, q *quantity) bool {
	toks := x.s.toks
	on := x.pastPeriod(q.end)
	if on+1 >= len(toks) || !toks[on].is2(wdOn, wdWith) {
		return false
	}
	if q.start > 1 && toks[q.start-1].is3(wdFurther, wdAnother, wdAdditional) {
		for pi := qi - 1; pi >= 0; pi-- {
			if p := &x.s.qty[pi]; p.kind == qtyMoney {
				return x.isSpendOn(pi, p)
			}
		}
		return false
	}
	if q.start == 0 || !x.tokIs(q.start-1, spendsMoney) {
		return false
	}
	if _, ok := x.spentWith(q); ok {
		return true
	}
	return toks[on].lower == "on" && x.spentOnNamed(q, on)
}

// spentOnNamed reports money spent "on" a named product or on what a
// named company sells, at on: "on Office 365", "on Fabrikam's software".
func (x *extractor) spentOnNamed(q *quantity, on int) bool {
	toks := x.s.toks
	named := func(ms []mention, at int) bool {
		return slices.ContainsFunc(ms, func(m mention) bool { return m.start == at })
	}
	k := on + 1
	for k < len(toks) && k <= on+2 && (toks[k].kind == tokSym || x.tokIs(k, definite)) {
		k++ // "on 'Microsoft Licence E5'"
	}
	return named(x.s.products, k) || named(x.s.companies, k)
}

// spentWith returns the seller money is spent with, named right after
// it, or a few words on after "from": "to spend $500m with Northwind",
// "spends $4bn a year on cloud services from Fabrikam".
func (x *extractor) spentWith(q *quantity) (mention, bool) {
	toks := x.s.toks
	on := x.pastPeriod(q.end)
	at := func(k int) (mention, bool) {
		for _, m := range x.s.companies {
			if m.start == k {
				return m, true
			}
		}
		return mention{}, false
	}
	if on+1 < len(toks) && toks[on].lower == "with" {
		return at(on + 1)
	}
	if on >= len(toks) || toks[on].lower != "on" {
		return mention{}, false
	}
	_, end := x.clause(q)
	for j := on + 1; j+1 < end && j <= on+6; j++ {
		if toks[j].kind != tokWord {
			break
		}
		if toks[j].lower == "from" {
			return at(j + 1)
		}
	}
	return mention{}, false
}

// spendParties are the sides of money spent: the seller it is spent with
// is the vendor, the companies the clause names before the figure buy.
// Money spent on a named product has the sides any deal has.
func spendParties(x *extractor, qi int, q *quantity) []corpus.Party {
	seller, ok := x.spentWith(q)
	if !ok {
		return dealParties(x, qi, q)
	}
	start, _ := x.clause(q)
	var ps []corpus.Party
	for _, m := range x.s.companies {
		if m.start >= start && m.end <= q.start && m.name != seller.name && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == m.name }) {
			ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleCustomer})
		}
	}
	return append(ps, corpus.Party{Name: seller.name, Role: corpus.RoleVendor})
}

// pastPeriod returns where the words after a figure go on past a period
// it recurs over, "a year", "per month", "annually", from k.
func (x *extractor) pastPeriod(k int) int {
	toks := x.s.toks
	switch {
	case k+1 < len(toks) && x.tokIs(k, perEach) && x.tokIs(k+1, namesPeriod):
		return k + 2
	case k < len(toks) && toks[k].is2(wdAnnually, wdYearly):
		return k + 1
	}
	return k
}

// isPayment reports money a company is paid or pays, the verb just before
// the figure or before the payee: "to pay AWS some £72m for services",
// "paid Oracle $2bn".
func (x *extractor) isPayment(_ int, q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-5; k-- {
		if toks[k].kind == tokNum || toks[k].text == "," || toks[k].text == ";" {
			return false
		}
		if x.tokIs(k, paysMoney) {
			for j := k + 1; j < q.start; j++ {
				if x.tokHas(j, wPeopleNouns) || toks[j].is2(wdExecutive, wdCeo) {
					// "agreed to pay its chief executive £10.6 million",
					// "will pay staff $2,000 each": pay, no deal.
					return false
				}
			}
			// "The catch for Cisco: it will pay an additional $1.9
			// billion": "it" is the company the article is about.
			return len(x.clauseCompanies(q)) > 0 || x.pronounSubject(k) && len(x.context) > 0
		}
	}
	return false
}

// paysPenalty reports money paid to settle a claim or as a penalty, said
// just after it: "agreed to pay $1.4 billion to settle a privacy lawsuit",
// "told Google to pay 1.49 billion euros for stifling competition", "pay
// $20 million in damages". A settlement or a fine buys nothing.
func (x *extractor) paysPenalty(q *quantity) bool {
	toks := x.s.toks
	// "a court ordered Meta to pay 479 million euros to media outlets",
	// "was ordered to pay $20 million": what a court or a regulator makes
	// a company pay is a penalty, whatever it is paid for.
	if k := q.start - 1; k > 1 && toks[k].is3(wdPay, wdRepay, wdRefund) && toks[k-1].lower == "to" {
		for j := k - 2; j >= 0 && j >= k-6 && toks[j].kind == tokWord; j-- {
			if toks[j].is4(wdOrdered, wdOrders, wdOrder, wdOrdering) {
				return true
			}
		}
	}
	for j := q.end; j < len(toks) && j <= q.end+2; j++ {
		t := toks[j]
		if t.is10(wdSettle, wdSettles, wdResolve, wdResolves, wdDamages, wdFines, wdPenalties, wdPenalty, wdCompensation, wdRestitution) ||
			t.lower == "for" && j+1 < len(toks) && toks[j+1].is9(wdViolating, wdBreaching, wdStifling, wdAbusing, wdFailing, wdMisleading, wdInfringing, wdOvercharging, wdIllegally) {
			return true
		}
		if t.kind != tokWord {
			return false
		}
	}
	return false
}

// pronounSubject reports "it", or "the" and words for a firm, as the
// subject of the verb at k, past words that only carry it: "it will pay",
// "it has also paid", "the search giant will pay".
func (x *extractor) pronounSubject(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if x.s.toks[j].lower == "it" {
			return true
		}
		if x.s.toks[j].lower == "and" && x.s.toks[0].lower == "it" {
			// "It is taking a 19.99% stake in AUCloud and will pay $12.4
			// million": the verb after "and" shares the sentence's "it".
			return true
		}
		if x.tokIs(j, namesFirm) || x.tokHas(j, wDescriptor) {
			// "The search giant will pay": a firm named by what it is.
			for t := j - 1; t >= 0 && t >= j-6; t-- {
				if x.s.toks[t].lower == "the" {
					return x.describedFirmAfter(t+1, k) == j+1
				}
			}
			return false
		}
		if !x.tokHas(j, wAux) {
			return false
		}
	}
	return false
}

// isCommitmentNoun reports money that names a commitment or an order
// ("a $6.3B commitment from Nvidia", "a $2bn order") in a clause naming a
// company.
func (x *extractor) isCommitmentNoun(_ int, q *quantity) bool {
	toks := x.s.toks
	// "a ¥20 billion outlay", "a $5 billion investment": one company's;
	// "The first phase is a $153 million order", in a sentence naming no
	// company, that of the article's company before it.
	return q.end < len(toks) && toks[q.end].is6(wdCommitment, wdCommitments, wdOrder, wdOrders, wdOutlay, wdInvestment) &&
		(len(x.clauseCompanies(q)) > 0 || len(x.s.companies) == 0 && len(x.context) > 0)
}

// raisers are the companies of a figure's clause, else of the sentences
// before, each raising the money.
func raisers(x *extractor, _ int, q *quantity) []corpus.Party {
	names := x.clauseCompanies(q)
	if len(names) == 0 {
		names = x.context
	}
	return withRole(names, corpus.RoleRecipient)
}

// isSpentOnAcquisitions reports money a company spent buying others:
// "IBM has spent more than $4 billion putting its portfolio together
// through a run of acquisitions", "Contoso spent $9bn on acquisitions".
func (x *extractor) isSpentOnAcquisitions(_ int, q *quantity) bool {
	toks := x.s.toks
	if q.start == 0 || !x.tokIs(q.start-1, spendsMoney) {
		return false
	}
	_, end := x.clause(q)
	for k := q.end; k < end && k < q.end+12; k++ {
		if toks[k].is4(wdAcquisitions, wdTakeovers, wdPurchases, wdDeals) {
			return len(x.clauseCompanies(q)) > 0
		}
	}
	return false
}

// placeAfter returns the first country or region named after token at as
// where money goes ("in Spain", "for UK data centres", "in Spanish AI
// infrastructure"), or "". A place named as where money comes from is
// not one.
func (x *extractor) placeAfter(at int) string {
	for _, m := range x.s.places {
		if m.start > at && m.start > 0 && !originPlace(&x.s, m) && x.regionWord(m) && !x.describesCompany(m) {
			return m.name
		}
	}
	return ""
}

// regionWord reports a place mention that names a country or region
// rather than a market's reach: "worldwide" is no recipient.
func (x *extractor) regionWord(m mention) bool { return m.name != "worldwide" }

// isRunningTotal reports a running total in a sentence about a deal:
// "bringing its total commitment to $17bn", "a total of $8bn", "$8bn in
// total".
func (x *extractor) isRunningTotal(_ int, q *quantity) bool {
	if x.publicRaise(q) {
		return false
	}
	if x.raisedToDate(q) {
		return true
	}
	if !x.sentenceHas(wTotal) || x.sentenceHas(wEconomy) || !(x.sentenceHas(wStrongDeal) || x.sentenceHas(wWeakDeal) || x.sentenceHas(wInvest) || x.sentenceHas(wPledge)) {
		return false
	}
	toks := x.s.toks
	if x.leaseOwed(q) {
		return false
	}
	// "total expenditure nearly $11 billion higher than in Q1": the gap
	// between two totals.
	if q.end+1 < len(toks) && toks[q.end].is4(wdHigher, wdLower, wdMore, wdLess) {
		return false
	}
	for k := q.start - 1; k >= 0 && k >= q.start-8; k-- {
		if toks[k].kind == tokNum || toks[k].text == ";" {
			break
		}
		if x.tokHas(k, wTotal) && k+1 < len(toks) && toks[k+1].is1(wdValuation) {
			// "raising money at a total valuation of $1.5 billion": what
			// the company is valued at, no money raised.
			return false
		}
		if x.tokHas(k, wTotal) {
			// "the Pentagon's total IT spending is about $58 billion",
			// "its total debt will rise to $9 billion": a total of an
			// organisation's own spending or debt, with no side to spend
			// with or borrow from before the figure, is no deal.
			// "capital expenditures expected to total about $75 billion":
			// the spending named before the verb. Spending in a place,
			// "its spending in Texas now totals $12 billion", is an
			// investor's running total there.
			for j := max(k-4, 0); j < q.start && j <= k+3; j++ {
				if j != k && toks[j].is8(wdSpending, wdExpenditure, wdExpenditures, wdCapex, wdBudget, wdBudgets, wdDebt, wdBorrowings) && !x.companyWithin(min(j, k), q.start) && !x.placeWithin(min(j, k), q.start) {
					return false
				}
			}
			return true
		}
	}
	return q.end+1 < len(toks) && toks[q.end].lower == "in" && toks[q.end+1].is2(wdTotal, wdAll)
}

// sumOfMany reports money that sums many companies' deals, with no
// company named before it to own the sum: "transactions worth $3.6
// billion", "takes the total investment in Irish data centres to $12.5
// billion", what startups "collectively" raised or their rounds "add up
// to". A running total of one company's ("taking its total funding to $90
// million") has an owner and is read by isRunningTotal.
func (x *extractor) sumOfMany(q *quantity) bool {
	toks := x.s.toks
	if q.start >= 2 && toks[q.start-1].is1(wdWorth) && toks[q.start-2].is2(wdTransactions, wdPayments) {
		// "processed transactions worth 8.3 trillion shillings": a
		// volume of many customers' payments, whoever carried them.
		return true
	}
	if q.start < 2 || x.companyWithin(0, q.start) {
		return false
	}
	start, end := x.clause(q)
	manyBefore := func() bool {
		for k := start; k < q.start; k++ {
			if toks[k].is1(wdStartups) || toks[k].is1(wdCompanies) || toks[k].is1(wdFirms) || toks[k].is1(wdRounds) {
				return true
			}
		}
		return false
	}
	for k := q.start - 1; k >= start && k >= q.start-3; k-- {
		if toks[k].is1(wdCollectively) {
			// "five startups secured $50 million each, collectively
			// raising $410 million": many companies' sum, unless the
			// clause names who took it ("backers collectively invested
			// $20 million in Northwind") or no plural of firms says
			// whose it is ("the partners will collectively invest").
			return manyBefore() && !x.companyWithin(q.end, end)
		}
	}
	if toks[q.start-1].lower != "to" {
		return false
	}
	if q.start >= 3 && toks[q.start-2].lower == "up" && (toks[q.start-3].is1(wdAdd) || toks[q.start-3].is1(wdAdds) || toks[q.start-3].is1(wdAdded)) {
		// "the top 10 rounds raised by African startups add up to $242.5
		// million": what many companies' rounds add up to, with no
		// company to own it; "the agreements add up to $3.7 billion" sums
		// one deal's parts.
		return manyBefore()
	}
	for k := q.start - 2; k >= 1 && k >= q.start-9; k-- {
		if toks[k].kind != tokWord {
			return false
		}
		if toks[k].is1(wdTotal) {
			// "the total investment in UK data centres": a total of a
			// place or sector, where "its total" would be an owner's.
			if !toks[k-1].is1(wdThe) {
				return false
			}
			for j := k + 1; j < q.start-1 && j <= k+3; j++ {
				if toks[j].is1(wdIn) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// stakeHeld reports money a holder's stake is worth, said with the
// holder's possessive and no verb of buying, selling or investing before
// it, in a clause that values it: "Microsoft's $135 billion stake will
// exceed the foundation's". A stake bought or sold ("may sell its $3bn stake") is a deal; one held is
// a valuation.
func (x *extractor) stakeHeld(q *quantity) bool {
	toks := x.s.toks
	if q.start < 2 || q.end+1 >= len(toks) || !toks[q.end].is3(wdStake, wdStakes, wdHolding) || toks[q.end+1].is4(wdPurchase, wdSale, wdAcquisition, wdDeal) {
		return false
	}
	k := q.start - 1
	if !possessiveAt(toks, k-1) && !toks[k].is2(wdIts, wdTheir) {
		return false
	}
	start, end := x.clause(q)
	// Only a stake the clause values is held at a worth: "Microsoft's $13
	// billion stake in OpenAI has been restructured" tells of the
	// investment made.
	valued := false
	for j := start; j < end; j++ {
		valued = valued || toks[j].is3(wdWorth, wdValued, wdExceed) || toks[j].lower == "exceeds"
	}
	if !valued {
		return false
	}
	for j := start; j < q.start; j++ {
		// Another holder's stake named before ("Fabrikam's stake will
		// exceed the foundation's $70 billion stake") buys nothing.
		if (x.tokHas(j, wAcquire) || x.tokHas(j, wInvest) || x.tokHas(j, wRaise) || x.tokHas(j, wSell)) && !toks[j].is2(wdStake, wdStakes) {
			return false
		}
	}
	return true
}

// placeWithin reports a place named in tokens [from, to).
func (x *extractor) placeWithin(from, to int) bool {
	for _, m := range x.s.places {
		if m.start < to && from < m.end {
			return true
		}
	}
	return false
}

// leaseOwed reports money a company owes on its leases, named in the
// figure's clause before it: "lease commitments for sites not yet in
// service total $120 billion", "finance lease obligations of $8 billion".
// What leases still owe is no deal struck, though it commits money.
func (x *extractor) leaseOwed(q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := start; k+1 < q.start; k++ {
		if toks[k].is2(wdLease, wdLeases) && toks[k+1].is4(wdCommitments, wdObligations, wdLiabilities, wdPayments) {
			return true
		}
	}
	return false
}

// takingsTotal reports a total word at k that sums takings the sentence
// opened with, before any deal noun: "DRAM industry revenue grew, lifted
// by higher prices, to a total of US$31.63 billion".
func (x *extractor) takingsTotal(k int) bool {
	for j := k - 1; j >= 0; j-- {
		// "higher contract prices" name a price, not a deal.
		price := j+1 < len(x.s.toks) && x.s.toks[j+1].is2(wdPrice, wdPrices)
		if (x.tokHas(j, wDealNouns) || x.tokHas(j, wStrongDeal)) && !price || x.inCompany(j) {
			return false
		}
		if x.tokHas(j, wRevenue) {
			// "add up to $3.7 billion in contracted revenue, and two
			// extension options could take the total to $8.7 billion":
			// takings a contract holds are its value, and their total
			// too.
			return !(j >= 1 && x.s.toks[j-1].is2(wdContracted, wdLease) || j >= 2 && x.s.toks[j-2].is2(wdContracted, wdLease))
		}
	}
	return false
}

// isDealWorth reports money a deal noun is said to be worth, in a sentence
// naming neither side or one: "each task order is worth approximately
// $3.8 million", "the orders were valued at $40m". The deal noun is the
// subject of the figure's clause.
func (x *extractor) isDealWorth(_ int, q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].lower == "between" {
		k--
	}
	if k >= 0 && toks[k].lower == "at" {
		k--
	}
	// "talks had moved forward, putting the price at between US$2
	// billion and US$3 billion": the price of the deal being talked of.
	if k >= 0 && toks[k].lower == "price" && x.dealPrice(q, nil) {
		return len(x.clauseCompanies(q)) > 0 || len(x.context) > 0
	}
	if k >= 1 && toks[k+1].lower == "at" && !toks[k].is2(wdWorth, wdValued) {
		// "the offer ... values the company at $9.76 billion": the
		// company the offer is for.
		for j := k; j >= 0 && j >= k-3; j-- {
			if toks[j].is3(wdValues, wdValuing, wdValue) {
				k = j
				break
			}
		}
	}
	if k < 0 || !toks[k].is5(wdWorth, wdValued, wdValues, wdValuing, wdValue) {
		return false
	}
	start, _ := x.clause(q)
	for j := start; j < k; j++ {
		// "the investment is worth around $800 million": money put in is
		// a deal; a stake is worth what it is worth.
		if x.tokHas(j, wDealValueNouns) || x.tokIs(j, namesInvestment) && !toks[j].is2(wdStake, wdEquity) && x.tokIs(k, sumsTo) ||
			x.worthSubject(j, k) {
			return true
		}
	}
	return x.ordinalDeal(k)
}

// worthSubject reports a worth-noun at token j as what "is worth", "was
// worth" or "is now worth", ending at token k, says the worth of: "The
// renewal signed in 2022 was worth"; not "After the renewal, Contoso is
// now worth", where a company is.
func (x *extractor) worthSubject(j, k int) bool {
	toks := x.s.toks
	if !x.lex.tokIn(lWorthNouns, &toks[j]) || !toks[k].is1(wdWorth) || !(k > 0 && x.tokIs(k-1, beVerbs) || k > 1 && x.tokIs(k-2, beVerbs)) {
		return false
	}
	for i := j + 1; i < k; i++ {
		if toks[i].text == "," || x.companyStartsAt(i) {
			return false
		}
	}
	return true
}

// ordinalDeal reports a sentence opening with "The third" or "The
// second" standing for one of the deals an article about a company
// reports, before its verb at k: "The third, reported last month, is
// worth £450m".
func (x *extractor) ordinalDeal(k int) bool {
	toks := x.s.toks
	if x.story == 0 && len(x.context) == 0 || k < 3 || toks[0].lower != "the" || ordinals[toks[1].lower] < 2 {
		return false
	}
	// "The second, Fabrikam, is worth $5bn" is a company's value.
	return (toks[2].text == "," || x.tokIs(2, beVerbs)) && !x.companyWithin(0, k)
}

// isStakePrice reports money paid for a part of a company, said as a
// percentage earlier in the clause: "investors received about 20 percent
// of the shares for around 100 million dollars", "got a 20% holding in
// Contoso for $100 million".
func (x *extractor) isStakePrice(_ int, q *quantity) bool {
	toks := x.s.toks
	if q.value < 1e6 || q.start < 1 || toks[q.start-1].lower != "for" {
		return false
	}
	start, _ := x.clause(q)
	if x.saleBefore(q) >= start {
		return false // "offloaded its 30% stake for €120m" sells it: money-business-sold's
	}
	for _, p := range x.s.qty {
		if p.kind == qtyPercent && p.start >= start && p.end < q.start && q.start-p.end <= 8 && (x.stakeNounAfter(&p) || !x.isChange(&p)) {
			return len(x.clauseCompanies(q)) > 0 || len(x.context) > 0
		}
	}
	return false
}

// stakeAfter reports money that buys a stake named after it in its
// clause: "will put in about $200 million of equity for a 65% stake" is an
// investment in a company, no pledge.
func (x *extractor) stakeAfter(q *quantity) bool {
	_, end := x.clause(q)
	for _, p := range x.s.qty {
		if p.kind == qtyPercent && p.start > q.end && p.start < end && p.start-q.end <= 6 && x.stakeNounAfter(&p) && x.s.toks[p.start-2].lower == "for" {
			return true
		}
	}
	return false
}

// stakeNounAfter reports "stake" right after percentage p or past one word
// ("a 51% stake", "a 20% equity stake"): a part of a company, which
// isChange reads as no market share, whose price a later figure may be.
func (x *extractor) stakeNounAfter(p *quantity) bool {
	toks := x.s.toks
	for k := p.end; k < len(toks) && k <= p.end+1; k++ {
		if toks[k].lower == "stake" {
			return true
		}
	}
	return false
}

// stakeBefore is the percentage a stake's price is for, in q's clause
// before it ("takes 75% of Telstra's cloud unit Versent for A$233.3
// million"), or 0. More than half of a company is control of it: its
// price buys the company, as a takeover's does.
func (x *extractor) stakeBefore(q *quantity) float64 {
	start, _ := x.clause(q)
	for _, p := range x.s.qty {
		if p.kind == qtyPercent && p.start >= start && p.end < q.start && q.start-p.end <= 8 && (x.stakeNounAfter(&p) || !x.isChange(&p)) {
			return p.value
		}
	}
	return 0
}

// stakeParties are the sides of a part of a company bought for money:
// who is named before the percentage takes the part, as investor; who is
// named after it, or else the company the article is about, receives the
// money.
func stakeParties(x *extractor, _ int, q *quantity) []corpus.Party {
	start, _ := x.clause(q)
	pct := -1
	for _, p := range x.s.qty {
		if p.kind == qtyPercent && p.start >= start && p.end < q.start {
			pct = p.start
			break
		}
	}
	var ps []corpus.Party
	for _, m := range x.s.companies {
		if m.start < start || m.start >= q.start || slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == m.name }) {
			continue
		}
		r := corpus.RoleRecipient
		if m.start < pct {
			r = corpus.RoleInvestor
		}
		ps = append(ps, corpus.Party{Name: m.name, Role: r})
	}
	if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleRecipient }) && len(x.context) > 0 &&
		!slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == x.context[0] }) {
		ps = append(ps, corpus.Party{Name: x.context[0], Role: corpus.RoleRecipient})
	}
	return ps
}

// isSupply reports money for capacity or services a company sells or
// provides: "AWS would provide up to $38 billion of cloud computing
// capacity", "Contoso will supply $2bn worth of GPUs". The buyer may be
// named in another clause or sentence.
func (x *extractor) isSupply(_ int, q *quantity) bool {
	trig, at := x.triggerNear(q)
	if trig != trigSell || at >= q.start || !x.capacityAfter(q.end) {
		return false
	}
	start, _ := x.clause(q)
	return at >= start && len(x.clauseCompanies(q)) > 0
}

// isFacility reports money that builds or buys a site: "a $600 million
// data center campus in Midlothian", "a one-billion-euro hub in Munich".
// It is the commitment of the company the clause names. Money said of a
// whole market of such sites ("the $50bn data centre market") is none.
func (x *extractor) isFacility(_ int, q *quantity) bool {
	toks := x.s.toks
	// One site, named as such: "plans to spend $80 billion on AI data
	// centers this year" is capital spending. A company's own is one too:
	// "Google's US$ 850 million data centre".
	if q.start == 0 || !toks[q.start-1].is6(wdA, wdAn, wdThe, wdIts, wdTheir, wdNew) && x.siteOwner(q) == "" {
		return false
	}
	for k := q.end; k < len(toks) && k < q.end+5; k++ {
		t := toks[k]
		if t.kind == tokNum || t.text == "," || t.text == ";" || t.text == "." || t.text == "(" {
			return false
		}
		if !x.tokIs(k, namesSite|namesSites) && !t.is2(wdVenture, wdPark) || t.startsUpper() {
			continue // "its $2bn stake in CDC Data Centres": a name
		}
		if k+1 < len(toks) && (x.tokIs(k+1, namesMarket) || toks[k+1].is8(wdMarkets, wdCapex, wdPipeline, wdPortfolio, wdOperator, wdOperators, wdCompany, wdFirm)) {
			return false
		}
		return len(x.clauseCompanies(q)) > 0 || len(x.s.companies) == 0 && len(x.context) > 0
	}
	return false
}

// sitePriced reports money a site or project named just before is
// budgeted at, valued at or costs: "plans for a data centre in the country,
// budgeted at $5 billion", "a campus costing $2bn", "the joint project,
// valued at approximately one billion euros", "the facility is being built
// at a cost of Rs 87,520 crore", "the total build-out is estimated at
// around A$7 billion", "development is estimated to cost $27bn".
func (x *extractor) sitePriced(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].lower == "at" {
		k--
	}
	// "runs its data centres at a cost of $2 billion a year": what sites
	// cost each year to run is no price of them.
	if q.end+1 < len(toks) && x.tokIs(q.end, perEach) && x.tokIs(q.end+1, namesPeriod) {
		return false
	}
	near := 8 // how far before its verb the site may be named
	if k >= 3 && toks[k].lower == "of" && toks[k-1].lower == "cost" && toks[k-2].is2(wdA, wdTotal) && toks[k-3].is5(wdAt, wdTotalling, wdTotaling, wdWith, wdA) {
		k -= 3 // "is being built at a cost of Rs 87,520 crore", "two data centres, totalling a cost of Rs 4,646 crore"
	} else if k >= 2 && toks[k].is2(wdWorth, wdFor) && x.builtBefore(k) {
		// "was setting up a data centre worth Rs 1,697 crore", "is
		// building a data center just outside London for $1 billion": a
		// site being built is worth or costs the figure.
		near = 7
	} else if k >= 1 && toks[k].lower == "cost" && (toks[k-1].lower == "to" || x.tokIs(k-1, modal)) {
		k-- // "development is estimated to cost $27bn", "the campus will cost $2bn"
	} else if k < 0 || !toks[k].is6(wdBudgeted, wdCosting, wdPriced, wdCosted, wdValued, wdEstimated) {
		return false
	}
	if x.itIsPrevSite(k) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-near; j-- {
		if toks[j].text == ";" || toks[j].kind == tokNum {
			return false
		}
		// "the total build-out is estimated at": a build is priced, though
		// the word alone does not make a sentence about a site.
		if (x.tokIs(j, namesSite|namesSites|namesBuild) || toks[j].is3(wdRegion, wdVenture, wdBuild)) && (!toks[j].startsUpper() || j == 0) {
			return true
		}
	}
	return false
}

// itIsPrevSite reports "It" opening the sentence as the subject of the
// pricing verb at k, past only auxiliaries, when the sentence before in
// the paragraph builds a site: "Contoso will build a data centre in
// Noida. It is expected to cost Rs 6,000-7,000 crore." The site is the
// one "it" stands for.
func (x *extractor) itIsPrevSite(k int) bool {
	toks := x.s.toks
	if k < 1 || k > 4 || !toks[0].is1(wdIt) {
		return false
	}
	for j := 1; j < k; j++ {
		if !x.tokHas(j, wAux) && !x.tokIs(j, beVerbs) {
			return false
		}
	}
	return x.prevBuildsSite()
}

// prevBuildsSite reports that the sentence before, in this paragraph or
// closing the one before, is about a site being built: a verb of building
// then a word for a site ("will build a data centre in Noida"), or a
// sentence opening on "The" that names one ("The park will be made up of
// six data centre buildings").
func (x *extractor) prevBuildsSite() bool {
	if len(x.earlier) == 0 {
		return false
	}
	p := &x.earlier[len(x.earlier)-1]
	built := len(p.toks) > 0 && p.toks[0].is1(wdThe)
	for j := range p.toks {
		if p.toks[j].is9(wdBuilding, wdBuilds, wdBuild, wdBuilt, wdConstructing, wdConstruct, wdConstructs, wdConstructed, wdErecting) {
			built = true
		}
		if built && p.marks[j]&namesSite != 0 {
			return true
		}
	}
	return false
}

// builtBefore reports a verb of building a few words before token k, with
// no deal named between: "is building a data center outside London for",
// where "builds data centres for Contoso under a contract for" prices a
// contract.
func (x *extractor) builtBefore(k int) bool {
	toks := x.s.toks
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		if toks[j].kind != tokWord || x.tokHas(j, wDealValueNouns) {
			return false
		}
		if toks[j].is9(wdBuilding, wdBuilds, wdBuild, wdBuilt, wdConstructing, wdConstruct, wdConstructs, wdConstructed, wdErecting) ||
			toks[j].lower == "up" && j > 0 && toks[j-1].is3(wdSet, wdSets, wdSetting) {
			return true
		}
	}
	return false
}

// siteOwner is the company whose site or project money prices, named as
// its owner just before the figure, perhaps past "planned" or "proposed":
// "Korea Post's 12.6 billion won DaaS project", "Meta's planned $10
// billion data center"; "" when none is.
func (x *extractor) siteOwner(q *quantity) string {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].is2(wdPlanned, wdProposed) {
		k--
	}
	if k < 2 || toks[k].lower != "s" {
		return ""
	}
	for _, m := range x.s.companies {
		if m.end == k-1 && x.possessive(m) {
			return m.name
		}
	}
	return ""
}

// facilityParties are who puts money into a site, and the country or
// region it is built in.
func facilityParties(x *extractor, _ int, q *quantity) []corpus.Party {
	names := x.clauseCompanies(q)
	if own := x.siteOwner(q); own != "" {
		// "KT Cloud and NHN Cloud bid for Korea Post's 12.6 billion won
		// DaaS project": the project is its owner's alone.
		names = []string{own}
	} else if own, _, ok := x.listOwner(q); ok {
		// "NextDC has a budget of 13.7 billion baht, STT GDC has
		// pledged 4.5 billion": each budget is its own company's.
		names = []string{own}
	}
	if len(names) == 0 {
		names = x.context
	}
	ps := make([]corpus.Party, 0, len(names)+1)
	place := x.placeFor(q)
	// "The council approved an agreement under which Google will build
	// the $1 billion facility": the public body that agreed has the
	// site built in its area, and spends nothing on it.
	agreed := x.buildsUnderAgreement(q)
	for _, n := range names {
		if n == place {
			continue
		}
		role := corpus.RoleInvestor
		if agreed && x.e.isGovernmentName(n) {
			role = corpus.RoleRecipient
		}
		ps = append(ps, corpus.Party{Name: n, Role: role})
	}
	if place != "" {
		ps = append(ps, corpus.Party{Name: place, Role: corpus.RoleRecipient})
	}
	return ps
}

// costParties are the sides of what a purchase cost: the company bought,
// named before "cost", and the buyer it cost, named right after or, as
// "it", the company the article is about.
func costParties(x *extractor, qi int, q *quantity) []corpus.Party {
	if costOf(x.s.toks, q) >= 0 {
		// "bought 4,000 ChatGPT Enterprise licences at a cost of £3
		// million": what was bought says the sides, as any deal's; the
		// company before the figure is no company taken over.
		return dealParties(x, qi, q)
	}
	var target, buyer string
	for _, m := range x.s.companies {
		switch {
		case m.end == q.start:
			buyer = m.name
		case m.end < q.start:
			target = m.name
		}
	}
	if buyer == "" {
		for _, n := range append(slices.Clone(x.prev), x.main...) {
			if n != target {
				buyer = n
				break
			}
		}
	}
	var ps []corpus.Party
	if buyer != "" {
		ps = append(ps, corpus.Party{Name: buyer, Role: corpus.RoleBuyer})
	}
	if target != "" {
		ps = append(ps, corpus.Party{Name: target, Role: corpus.RoleTarget})
	}
	return ps
}

// isSharesIssued reports shares a company issues or gives to another,
// priced: "will issue shares valued at $350 million to OpenAI", "stock
// worth $200m to Contoso". The one they go to takes a stake; its worth is
// no valuation of the issuer.
func (x *extractor) isSharesIssued(_ int, q *quantity) bool {
	_, ok := x.sharesTo(q)
	return ok
}

// ticketSize reports what an investor puts into each company it backs,
// not any one deal: "cheque sizes of $25-150 million", "first cheques of
// up to $100,000", "puts $120,000 into each startup it selects". A fund's
// ticket is a size, and the deals it will fund are yet to be named. One
// cheque or ticket is a size only when called one ("a ticket size of"):
// "wrote a cheque for $500 million" and "the big-ticket $10 billion
// acquisition" are each one deal.
func (x *extractor) ticketSize(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-3 && toks[k].kind == tokWord; k-- {
		if toks[k].is2(wdCheques, wdTickets) && !(k > 0 && toks[k-1].text == "-") ||
			toks[k].is2(wdCheque, wdTicket) && k+1 < q.start && (toks[k+1].is1(wdSize) || toks[k+1].lower == "sizes") {
			return true
		}
	}
	e := q.end
	return e+2 < len(toks) && toks[e].is3(wdInto, wdIn, wdTo) && toks[e+1].is2(wdEach, wdEvery) && toks[e+2].kind == tokWord && !toks[e+2].is4(wdOf, wdYear, wdMonth, wdQuarter)
}

// sharesTo returns the company issued shares go to, named after "to"
// right after the figure.
func (x *extractor) sharesTo(q *quantity) (mention, bool) {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].lower == "at" {
		k--
	}
	if k < 1 || !toks[k].is2(wdValued, wdWorth) || !toks[k-1].is4(wdShares, wdStock, wdEquity, wdStake) {
		return mention{}, false
	}
	if q.end+1 >= len(toks) || toks[q.end].lower != "to" {
		return mention{}, false
	}
	for _, m := range x.s.companies {
		if m.start == q.end+1 {
			return m, true
		}
	}
	return mention{}, false
}

// sharesParties are the company issued shares go to, investing, and the
// issuer: the clause's other company, else the article's.
func sharesParties(x *extractor, _ int, q *quantity) []corpus.Party {
	to, _ := x.sharesTo(q)
	ps := []corpus.Party{{Name: to.name, Role: corpus.RoleInvestor}}
	names := x.clauseCompanies(q)
	if len(names) < 2 {
		names = append(names, x.context...)
		names = append(names, x.main...)
	}
	for _, n := range names {
		if n != to.name {
			return append(ps, corpus.Party{Name: n, Role: corpus.RoleRecipient})
		}
	}
	return ps
}

// grownInto reports money sizing what a verb of growth makes of its
// object: "grow Kao Data into a $934 million platform", "turn the unit
// into a $10 billion business". The verb stands a few words before
// "into", with no other figure between. What a deal's noun names is
// bought or struck, not grown ("turn its bid into a $4 billion all-cash
// offer", "into a $300 million equity stake").
func (x *extractor) grownInto(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || !toks[k].is2(wdA, wdAn) || toks[k-1].lower != "into" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7; j-- {
		t := &toks[j]
		if t.kind == tokNum || t.kind != tokWord && t.text != "'" && t.text != "’" {
			return false
		}
		if x.lex.tokIn(lGrowVerbs, t) {
			return !x.dealNounAfter(q)
		}
	}
	return false
}

// dealNounAfter reports a deal's noun within a few words after money,
// hyphened words counted as their parts: "a $4 billion all-cash offer",
// "a $1 billion deal".
func (x *extractor) dealNounAfter(q *quantity) bool {
	toks := x.s.toks
	e := q.textEnd()
	for j := e; j < len(toks) && j <= e+4 && (toks[j].kind == tokWord || toks[j].text == "-"); j++ {
		if x.tokHas(j, wDealNouns) || x.tokIs(j, namesInvestment) || toks[j].isDealNoun() || toks[j].is2(wdOffer, wdBid) {
			return true
		}
	}
	return false
}

// sizeClass reports money that bounds a class of deals rather than being
// one deal's value: an open figure ("or more", "and up", "+", "more than")
// said of deals in the plural, before it ("rounds of $100 million or
// more", "financings of $100 million and up", "deals above $1 billion") or
// after it ("$100M+ rounds", "$1 billion-plus funding rounds"). One deal
// with an open figure names no plural ("could fetch $2 billion or more";
// "a $100M+ round"), and money "in deals" is a sum of them, left to the
// deal rules.
func (x *extractor) sizeClass(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	// A bound said after the figure ("or more", "+") makes it a
	// threshold; one said before it ("worth over $88 million") may sum
	// deals a company holds, and is a threshold only just after the
	// plural ("deals above $1 billion").
	bound := false
	for j := q.numStart; j < q.end; j++ {
		bound = bound || toks[j].text == "+" || toks[j].lower == "plus"
	}
	if k+1 < len(toks) && toks[k].is2(wdOr, wdAnd) && toks[k+1].is9(wdMore, wdAbove, wdUp, wdHigher, wdOver, wdGreater, wdLarger, wdBigger, wdUpwards) {
		bound, k = true, k+2
	}
	open := bound || q.qualifier == corpus.Over || q.qualifier == corpus.AtLeast
	if !open {
		return false
	}
	if bound && x.countedSubject(q) {
		// "Three companies raised $100 million or more": a bound on
		// what each of a counted many raised.
		return true
	}
	for n := 0; k < len(toks) && n < 2 && toks[k].kind == tokWord && !toks[k].is8(wdIn, wdOf, wdFor, wdFrom, wdTo, wdWith, wdBy, wdOn); n, k = n+1, k+1 {
		if x.lex.tokIn(lDealClasses, &toks[k]) {
			return true
		}
	}
	j := q.start - 1
	if j >= 1 && toks[j].is7(wdOf, wdWorth, wdAt, wdAbove, wdOver, wdExceeding, wdTopping) && bound {
		j--
		if j >= 1 && toks[j].is3(wdValued, wdSized, wdPriced) {
			j--
		}
	}
	return j >= 0 && x.lex.tokIn(lDealClasses, &toks[j])
}

// countedSubject reports a count of companies or deals opening q's clause
// before it: "Three companies raised", "12 startups closed rounds of".
func (x *extractor) countedSubject(q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := start + 1; k < q.start && k <= start+4; k++ {
		if countedDealNoun(&toks[k]) {
			j := k - 1
			return toks[j].kind == tokNum && !x.inMoney(j) || numberWord(toks[j].lower) > 1
		}
	}
	return false
}

// partOfAll reports money restated as a part of all of something just
// after it: "$80 billion (40% of all AI funding)", "$86.3 billion, or 38%
// of total AI investment", "$73.1 billion or 57.9% of the total". A part
// of a market ("$12 billion, or 22.4 percent of the market") is a
// company's takings, left to the other rules.
func (x *extractor) partOfAll(qi int, q *quantity) bool {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k >= len(toks) || !(toks[k].lower == "or" || toks[k].text == "(") || qi+1 >= len(x.s.qty) {
		return false
	}
	p := x.s.qty[qi+1]
	if p.kind != qtyPercent || p.start != k+1 || p.end+1 >= len(toks) || toks[p.end].lower != "of" {
		return false
	}
	k = p.end + 1
	return toks[k].is3(wdAll, wdTotal, wdOverall) || toks[k].lower == "the" && k+1 < len(toks) && toks[k+1].is2(wdTotal, wdOverall)
}

// sectorPassive reports money a sector put in, said in the passive with
// the sector as its agent and no company in the clause: "$126.3 billion
// invested by venture firms", "$40 billion deployed by investors". "$300
// million invested by Contoso" names its investor.
func (x *extractor) sectorPassive(q *quantity) bool {
	toks := x.s.toks
	k := q.end
	for k < len(toks) && k <= q.end+2 && x.tokHas(k, wAux) {
		k++ // "$30 billion was invested by"
	}
	if k+2 >= len(toks) || !toks[k].is6(wdInvested, wdRaised, wdDeployed, wdPoured, wdSpent, wdCommitted) || toks[k+1].lower != "by" {
		return false
	}
	start, end := x.clause(q)
	if x.companyWithin(start, end) {
		return false
	}
	for j := k + 2; j < end && j <= k+5 && toks[j].kind == tokWord; j++ {
		if x.tokIs(j, namesFirms) || x.tokHas(j, wSector) {
			return true
		}
	}
	return false
}

// isSectorMoney reports money a whole sector put in, not one deal: the
// subject of the verb before it is a sector word and the clause names no
// company ("investors put $115 billion into AI start-ups in the first
// half, against $145 billion the year before"; "Big Tech put $427 billion
// into infrastructure", "Big tech companies together are expected to
// spend $320 billion on AI"). "Investors put $300m into the company" is a
// deal with the company the article is about.
func (x *extractor) isSectorMoney(_ int, q *quantity) bool {
	if x.spendingByExamples(q) {
		return true
	}
	if !x.sentenceHas(wSector) {
		return false
	}
	start, end := x.clause(q)
	toks := x.s.toks
	if x.realCompanyWithin(start, q.start) || x.realCompanyWithin(q.end, end) {
		return false
	}
	verb := -1
	for k := start; k < q.start; k++ {
		if x.tokHas(k, wWeakDeal) || x.tokHas(k, wInvest) {
			verb = k
		}
	}
	if verb < 1 {
		return false
	}
	j := verb - 1
	for j > start && (x.tokHas(j, wAux) || toks[j].is2(wdTogether, wdCollectively)) {
		j--
	}
	if j > start && x.tokIs(j, namesFirms) && x.tokHas(j-1, wSector) {
		j-- // "Big tech companies together are expected to spend"
	}
	if !x.tokHas(j, wSector) || toks[j].lower == "tech" && !(j > 0 && toks[j-1].lower == "big") {
		return false
	}
	for k := q.end; k < end; k++ {
		if toks[k].is6(wdIt, wdIts, wdCompany, wdFirm, wdStartup, wdBusiness) {
			return false
		}
	}
	return true
}

// realCompanyWithin is companyWithin, passing over a name made only of
// words for a sector: "Big Tech" or "Hyperscalers" opening a sentence is
// capitalised as a name is, yet stands for many companies, not one.
func (x *extractor) realCompanyWithin(from, to int) bool {
	toks := x.s.toks
	for _, m := range x.s.companies {
		if m.start >= to || from >= m.end {
			continue
		}
		sector := true
		for k := m.start; k < m.end && sector; k++ {
			sector = x.tokHas(k, wSector) || x.tokIs(k, namesFirms) || toks[k].lower == "big"
		}
		if !sector {
			return true
		}
	}
	return false
}

// spendingByExamples reports money that spending by a kind of company
// comes to, the companies named only as examples of the kind: "spending
// by big tech firms such as Contoso and Fabrikam, expected to pass $1
// trillion", "capital spending by cloud giants including Northwind will
// reach $400 billion". What a sector spends in all is no one deal, though
// its examples are companies.
func (x *extractor) spendingByExamples(q *quantity) bool {
	if !x.sentenceHas(wOtherMoneyBefore) {
		// "spending" is one of its words: most sentences have none.
		return false
	}
	toks := x.s.toks
	for k := max(0, q.start-30); k+3 < q.start; k++ {
		if !toks[k].is1(wdSpending) || toks[k+1].lower != "by" {
			continue
		}
		for j := k + 2; j+1 < q.start && j <= k+6 && toks[j].kind == tokWord && !x.inCompany(j); j++ {
			if !x.tokIs(j, namesFirms) && !x.tokHas(j, wSector) {
				continue
			}
			n := toks[j+1]
			if n.is1(wdIncluding) || n.lower == "like" || n.is1(wdSuch) && j+2 < q.start && toks[j+2].lower == "as" {
				return true
			}
		}
	}
	return false
}

// isHoldingValue reports money that the value of a stake or of
// investments comes to, "value of" and the holding opening the clause
// before it: "the value of his companies' investments was expected to
// reach $4 billion", "the value of Contoso's stake in Fabrikam rose to $3
// billion". A deal's value ("the value of the deal is") is the deal's.
func (x *extractor) isHoldingValue(_ int, q *quantity) bool {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := start; k+2 < q.start; k++ {
		if !toks[k].is1(wdValue) || !toks[k+1].is1(wdOf) {
			continue
		}
		for j := k + 2; j < q.start && j <= k+7; j++ {
			if toks[j].is6(wdStake, wdStakes, wdHolding, wdHoldings, wdInvestments, wdPortfolio) || toks[j].is1(wdShares) {
				// Only a holding someone owns whose value moves is held:
				// "the value of the stake is $1 billion" after "agreed to
				// buy a 20% stake", "the value of the shares Contoso will
				// acquire" are the price of a deal.
				return holdingOwned(toks[k+2:j]) && valueMoves(toks[j+1:q.start]) && !x.sentenceHasWord(holdingDealWords...)
			}
			if toks[j].kind == tokNum || toks[j].text == "," {
				break
			}
		}
	}
	return false
}

// holdingOwned reports an owner among the words between "value of" and
// the holding: a possessive ("Contoso's", "companies'") or "its", "his",
// "her", "their", "our".
func holdingOwned(ws []token) bool {
	for _, t := range ws {
		switch t.lower {
		case "its", "his", "her", "their", "our", "'", "’":
			return true
		}
	}
	return false
}

// valueMoves reports a verb of change among the words between the holding
// and its figure: "rose to", "was expected to reach", "climbed to".
func valueMoves(ws []token) bool {
	for _, t := range ws {
		switch t.lower {
		case "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "climbed", "climb", "climbs",
			"reached", "reach", "reaches", "grew", "grow", "grows", "grown", "jumped", "jump", "jumps",
			"increased", "increase", "dropped", "drop", "declined", "decline", "surged", "soared", "slumped",
			"tumbled", "doubled", "swelled", "shrank", "topped", "hit":
			return true
		}
	}
	return false
}

// holdingDealWords are the words of a purchase or a sale: a holding's
// value in a sentence with one is the deal's price.
var holdingDealWords = []string{"buy", "buys", "bought", "buying", "sell", "sells", "sold", "selling",
	"purchase", "purchases", "purchased", "purchasing", "acquire", "acquires", "acquired", "acquiring", "acquisition"}

// isCoordinated reports money joined by "and" to the deal value just
// before it in its clause, each amount perhaps with what it is in or of:
// "$1 billion in equity and $5 billion in project finance", "€300m of
// debt and €200m of equity". A company named from the first amount to the
// end of the clause may be the second's own side ("30 billion won comes
// from one bank and 430 billion won from another"), so none may be.
func (x *extractor) isCoordinated(qi int, q *quantity) bool {
	if x.dealAt != qi || qi == 0 {
		return false
	}
	p := x.s.qty[qi-1]
	if p.kind != qtyMoney || p.unit != q.unit {
		return false
	}
	toks := x.s.toks
	k := p.end
	if k+1 < q.start && toks[k].is2(wdIn, wdOf) {
		// "in equity", "of senior debt": what the first amount is.
		k++
		for n := 0; k < q.start && n < 4 && toks[k].kind == tokWord && toks[k].lower != "and"; n++ {
			k++
		}
	}
	if k < q.start && toks[k].text == "," {
		k++
	}
	if k+1 != q.start || toks[k].lower != "and" {
		return false
	}
	_, end := x.clause(q)
	return !x.companyWithin(p.end, end)
}

// isContractValue reports money a contract, framework or tender is worth
// at least, at most or by estimate: "It has a minimum value of $10 million
// and a ceiling of $1 billion", "The estimated value of the framework is
// £14 billion net", "a cloud solicitation with up to $1B ceiling". The
// sentence names a deal or a tender, or opens with "It" for the one before.
func (x *extractor) isContractValue(_ int, q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 0 || !(x.sentenceHas(wDealValueNouns) || x.tenderNamed() || toks[0].lower == "it" && len(x.s.companies) == 0 && len(x.context) > 0) {
		return false
	}
	if q.end < len(toks) && toks[q.end].lower == "ceiling" {
		return true // "up to $1B ceiling"
	}
	if k < 2 {
		return false
	}
	if toks[k].lower == "of" {
		// "a ceiling of $1 billion", "a minimum value of $10 million";
		// not "a market cap of $47 billion", a company's worth.
		return toks[k-1].lower == "ceiling" || toks[k-1].lower == "value" && x.tokIs(k-2, boundsValue)
	}
	if !x.tokIs(k, beVerbs) {
		return false
	}
	// "The estimated value of the framework is £14 billion"; not of a
	// market, which is no contract.
	for j := k - 1; j >= 2 && j >= k-6; j-- {
		t := toks[j]
		if t.kind != tokWord || x.tokIs(j, namesMarket) || t.lower == "market" {
			return false
		}
		if t.lower == "of" {
			return toks[j-1].lower == "value" && x.tokIs(j-2, boundsValue)
		}
	}
	return false
}

// tenderNamed reports a word for a tender in the sentence.
func (x *extractor) tenderNamed() bool {
	for k := range x.s.toks {
		if x.tokIs(k, namesTender) {
			return true
		}
	}
	return false
}

// priceFirstVerb is where the purchase verb is when the sentence opens
// with its price: "For 2.5 billion US dollars (2.3 billion euros), the
// group is taking over the automotive business of Contoso", "For $300
// million, Fabrikam buys Northwind's chip unit"; 0 when it does not.
func (x *extractor) priceFirstVerb(q *quantity) int {
	toks := x.s.toks
	if q.start != 1 || toks[0].lower != "for" || q.end >= len(toks) || toks[q.end].text != "," || len(x.s.companies) == 0 && len(x.context) == 0 {
		return 0
	}
	for k := q.end + 1; k < len(toks); k++ {
		if x.tokHas(k, wAcquire) || k+1 < len(toks) && x.tokIs(k, holdsPart) && toks[k+1].lower == "over" {
			return k
		}
	}
	return 0
}

// priceFirstParties are the buyer named before the purchase verb, else
// the company the article is about ("the group"), and the company the
// purchase is of, named after it.
func priceFirstParties(x *extractor, _ int, q *quantity) []corpus.Party {
	v := x.priceFirstVerb(q)
	var ps []corpus.Party
	for _, m := range x.s.companies {
		switch {
		case m.start > q.end && m.end <= v:
			ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleBuyer})
		case m.start > v && x.businessOf(m):
			// "taking over the automotive Ethernet business of Marvell"
			ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleSeller})
		case m.start > v && !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleTarget }):
			ps = append(ps, corpus.Party{Name: m.name, Role: corpus.RoleTarget})
		}
	}
	if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Role == corpus.RoleBuyer }) {
		for _, n := range append(slices.Clone(x.prev), x.main...) {
			if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == n }) {
				ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleBuyer})
				break
			}
		}
	}
	return ps
}

// isBusinessSold reports the price a business, a stake or sites are sold
// for: the figure after "for" or a verb of what it brings ("could fetch
// $5 billion", "worth"), in the clause of a verb or noun of selling
// whose object is a business ("sold its data centre arm to Fabrikam for
// $2bn", "the sale of its Spanish unit for €5 billion"). Goods sold
// ("sold servers to retailers for $300m") name no business.
func (x *extractor) isBusinessSold(_ int, q *quantity) bool {
	k := x.saleBefore(q)
	if k == q.end && k >= 0 {
		return true // "the $2 billion sale of Fabrikam"
	}
	if q.start == 0 || x.s.toks[q.start-1].lower != "for" && !x.tokIs(q.start-1, sumsTo) && !x.forPriceOf(q) {
		return false
	}
	start, _ := x.clause(q)
	return k >= start
}

// raisedToDate reports money a company has raised in all, said "to date"
// or "so far" right after the figure, with a verb or noun of raising
// before it in its clause: "the start-up has raised some $120 million to
// date", "Fabrikam has so far raised $2bn" is not read here.
func (x *extractor) raisedToDate(q *quantity) bool {
	toks := x.s.toks
	if q.end+1 >= len(toks) || !(toks[q.end].lower == "to" && toks[q.end+1].lower == "date" || toks[q.end].lower == "so" && toks[q.end+1].lower == "far") {
		return false
	}
	start, _ := x.clause(q)
	for k := q.start - 1; k >= start; k-- {
		if x.tokHas(k, wRaise) {
			return true
		}
	}
	return false
}

// forPriceOf reports a figure named as the price a thing goes for: "for a
// revised cash consideration of $90 million", "for a total price of
// €2bn". The words between "for" and the figure say only what kind of
// price it is.
func (x *extractor) forPriceOf(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 2 || toks[k].lower != "of" || !toks[k-1].is4(wdConsideration, wdPrice, wdSum, wdTotal) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if toks[j].lower == "for" {
			return true
		}
		if toks[j].kind != tokWord || toks[j].startsUpper() {
			return false
		}
	}
	return false
}

// ownSaleBrings reports what a sale with no object of its own could bring
// in, in a clause naming the company that weighs it: "Contoso is exploring
// a possible sale that could fetch up to $1 billion", "weighs a sale which
// could reach $900 million". The company sells itself. What a sale "could
// value" the company at is a valuation, not read here.
func (x *extractor) ownSaleBrings(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k < 3 || !toks[k].is4(wdFetch, wdReach, wdRaise, wdBring) || !x.tokIs(k-1, modal) || !toks[k-2].is2(wdThat, wdWhich) || toks[k-3].lower != "sale" {
		return false
	}
	start, _ := x.clause(q)
	return slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.start >= start && m.end <= k-3 })
}

// isMoU reports a word at k for a memorandum of understanding.
func (x *extractor) isMoU(k int) bool {
	return x.s.toks[k].is4(wdMou, wdMous, wdMemorandum, wdMemoranda)
}

// isMoUWorth reports money a memorandum of understanding is worth:
// "memoranda of understanding worth ₹34,850 crore", "an MoU worth Rs 300
// crore", "₹34,850-crore MoUs", with a place the sentence names to
// receive it.
func (x *extractor) isMoUWorth(_ int, q *quantity) bool {
	toks := x.s.toks
	if x.mouPlace() == "" {
		return false
	}
	k := q.end
	if k < len(toks) && toks[k].text == "-" {
		k++
	}
	// "a $1-billion data centre MoU", "a ₹5,000 crore solar park MoU":
	// a few plain words saying what for may stand between.
	for j := k; j < len(toks) && j < k+3 && toks[j].kind == tokWord && !toks[j].startsUpper() && !toks[j].is9(wdAnd, wdOr, wdOf, wdIn, wdFor, wdWith, wdTo, wdFrom, wdBy); j++ {
		if j+1 < len(toks) && x.isMoU(j+1) {
			k = j + 1
			break
		}
	}
	if k < len(toks) && x.isMoU(k) {
		return true
	}
	if q.start == 0 || !toks[q.start-1].is4(wdWorth, wdValued, wdTotalling, wdTotaling) {
		return false
	}
	start, _ := x.clause(q)
	for j := q.start - 2; j >= start && j >= q.start-6; j-- {
		if x.isMoU(j) {
			return true
		}
	}
	return false
}

// mouPlace returns the place that signs memoranda of understanding or
// whose government does: the sentence's subject ("Maharashtra signs
// MoUs", "The Kerala government signed"), or the government named after
// "with" ("with the Maharashtra government").
func (x *extractor) mouPlace() string {
	toks := x.s.toks
	for _, m := range x.s.places {
		if x.e.regions[m.name] {
			continue
		}
		subject := m.start == 0 || m.start == 1 && toks[0].lower == "the"
		government := m.end < len(toks) && toks[m.end].lower == "government"
		if !subject && m.end < len(toks) && m.start >= 2 && toks[m.start-1].lower == "the" && toks[m.start-2].text == "," &&
			(government || x.tokHas(m.end, wPublicBody)) {
			// "In the run-up to the summit, the Noida authority has
			// signed": the place's own body opens the clause after a
			// lead-in and signs for it.
			subject = true
		}
		with := m.start >= 2 && toks[m.start-1].lower == "the" && toks[m.start-2].lower == "with" && government ||
			m.start >= 4 && toks[m.start-1].lower == "of" && toks[m.start-2].lower == "government" && toks[m.start-4].lower == "with"
		if subject || with {
			if m.end < len(toks) && x.tokHas(m.end, wPublicBody) {
				// "the Noida authority", "the Mesa council": the
				// place's own body signs, and is named so.
				return spanText(toks, m.start, m.end+1)
			}
			return m.name
		}
	}
	return ""
}

// mouParties are the sides of a memorandum's worth: the companies its
// clause names invest, the place that signs receives.
func mouParties(x *extractor, _ int, q *quantity) []corpus.Party {
	place := x.mouPlace()
	var ps []corpus.Party
	for _, n := range x.clauseCompanies(q) {
		switch {
		case n == place:
		case x.e.isGovernmentName(n):
			// "an MoU with the Kenyan government": the government
			// signs for the place and receives with it.
			ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleRecipient})
		default:
			ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleInvestor})
		}
	}
	return append(ps, corpus.Party{Name: place, Role: corpus.RoleRecipient})
}

// isStoryPart reports money that is a part of the article's deal, said in
// a clause naming no company: after "Of the total" or "Of that" opening
// the sentence, or opening its clause as "the remaining" or "a further"
// sum or as a sum that "will go to", "is reserved for" or "is for" some
// use ("The remaining $300 million will give small firms access to
// computing"). A part is less than the whole.
func (x *extractor) isStoryPart(_ int, q *quantity) bool {
	if len(x.storyParties) == 0 || x.story <= q.value {
		return false
	}
	start, end := x.clause(q)
	toks := x.s.toks
	// "According to the ministry, up to $1 billion will go to ...": the
	// source the clause opens with is no party, and the clause proper
	// begins after its comma.
	if start+2 < q.start && toks[start].is1(wdAccording) && toks[start+1].is1(wdTo) {
		for k := q.start - 1; k > start+1; k-- {
			if toks[k].text == "," {
				start = k + 1
				break
			}
		}
	}
	if x.companyWithin(start, end) {
		return false
	}
	if len(toks) > 3 && toks[0].lower == "of" && (toks[1].is3(wdThat, wdThis, wdWhich) || toks[1].lower == "the" && toks[2].is7(wdTotal, wdSum, wdAmount, wdMoney, wdFunding, wdInvestment, wdPackage)) {
		return true
	}
	k := q.start - 1
	if k >= start && toks[k].is4(wdRemaining, wdFurther, wdAnother, wdAdditional) {
		k--
		if k >= start && x.tokIs(k, definite) || k >= start && toks[k].lower == "a" {
			k--
		}
		return k < start
	}
	if q.start != start {
		return false
	}
	if x.trancheNamed(q) {
		return true
	}
	e := q.end
	for e < len(toks) && (x.tokIs(e, modal) || x.tokHas(e, wAux) || x.tokIs(e, beVerbs)) {
		e++
	}
	if e == q.end || e >= len(toks) {
		return false
	}
	return toks[e].is4(wdReserved, wdEarmarked, wdAllocated, wdFor) || toks[e].lower == "set" && e+1 < len(toks) && toks[e+1].lower == "aside" ||
		toks[e].lower == "go" && e+1 < len(toks) && toks[e+1].is3(wdTo, wdTowards, wdToward)
}

// trancheNamed reports money named by the facility it is after a dash, as
// a list of a financing's tranches writes it: "three tranches: $800
// million – Term Loan Facility; $400 million – Revolving Credit
// Facility".
func (x *extractor) trancheNamed(q *quantity) bool {
	toks := x.s.toks
	e := q.end
	if e+1 >= len(toks) || toks[e].text != "–" && toks[e].text != "—" && toks[e].text != "-" {
		return false
	}
	// The facility's name is the whole item: it ends at the facility
	// noun ("Term Loan Facility;", "Term Loan B."), where "$800 million
	// – loan losses in the quarter" goes on past it.
	k := e + 1
	for k < len(toks) && k <= e+5 && toks[k].kind == tokWord {
		k++
	}
	if k < len(toks) && toks[k].kind == tokWord {
		return false
	}
	last := k - 1
	if last > e+1 && len(toks[last].text) == 1 && toks[last].startsUpper() {
		last-- // "Term Loan B"
	}
	return last > e && (x.tokIs(last, namesFacility) || toks[last].is3(wdLoan, wdLoans, wdTranche))
}

// takeoverOffer reads figure q as the price of an offer to buy a company
// and returns the bidder and the company bid for: "Cisco offered $28
// billion for Splunk", "Cisco made a $28 billion offer for Splunk",
// "Splunk accepted Cisco's (raised) offer of $28 billion". Both companies
// must be named in the clause: "an offer of $300 in credits" buys nothing.
func (x *extractor) takeoverOffer(q *quantity) (bidder, target mention, ok bool) {
	toks := x.s.toks
	start, end := x.clause(q)
	companyAt := func(k int) (mention, bool) {
		for _, m := range x.s.companies {
			if m.start == k {
				return m, true
			}
		}
		return mention{}, false
	}
	// The company the offer is for, right after "for" past the figure
	// or the offer noun.
	forCompany := func(k int) (mention, bool) {
		if k+1 < end && toks[k].lower == "for" {
			if m, ok := companyAt(k + 1); ok && !x.possessive(m) {
				return m, true
			}
		}
		return mention{}, false
	}
	// "offered $28 billion for Splunk", "offers about $28 billion for",
	// "was willing to offer up to an estimated $55 billion for Splunk".
	if v := x.offerVerbBefore(q); v > start {
		if t, ok := forCompany(q.end); ok {
			for _, m := range x.s.companies {
				if m.end == v && m.start >= start {
					return m, t, true
				}
			}
			// A passive offer ("it was offered $5 billion for Northwind
			// by Contoso") is made to the subject, not by it.
			if m, _, ok := x.frameSubject(v, start); ok && m.name != t.name && !(v > 0 && toks[v-1].is3(wdWas, wdWere, wdBeen)) {
				return m, t, true
			}
		}
	}
	// "a $28 billion (all-cash) offer for Splunk"
	k := q.end
	for n := 0; n < 4 && k < end && (toks[k].kind == tokWord || toks[k].text == "-") && !toks[k].is2(wdOffer, wdFor) && !x.companyStartsAt(k); n++ {
		k++
	}
	if k+2 < end && toks[k].lower == "offer" && toks[k+1].lower == "from" && x.clauseHasWord(q, "accepted", "accepts", "agreed", "agrees", "rejected", "rejects", "spurned", "received", "receives", "weighing", "considering") {
		// "Acacia had earlier agreed to a $2.84 billion offer from
		// Cisco": the clause's subject is bid for.
		if b, ok := companyAt(k + 2); ok {
			for _, m := range x.s.companies {
				if m.end <= q.start && m.start >= start && m.name != b.name {
					return b, m, true
				}
			}
		}
	}
	// "Acacia accepted a revised offer of $4.5 billion from Cisco": the
	// bidder named after the figure, the clause's subject bid for.
	if b := q.start - 1; b >= 1 && toks[b].lower == "of" && toks[b-1].lower == "offer" && q.end+1 < end && toks[q.end].lower == "from" &&
		x.clauseHasWord(q, "accepted", "accepts", "agreed", "agrees", "rejected", "rejects", "spurned", "received", "receives", "weighing", "considering") {
		if bidder, ok := companyAt(q.end + 1); ok {
			for _, m := range x.s.companies {
				if m.end <= q.start && m.start >= start && m.name != bidder.name {
					return bidder, m, true
				}
			}
		}
	}
	if k < end && toks[k].lower == "offer" {
		if t, ok := forCompany(k + 1); ok {
			for _, m := range x.s.companies {
				if m.end <= q.start && m.start >= start && m.name != t.name {
					return m, t, true
				}
			}
		}
	}
	// "Cisco's (sweetened) offer of $28 billion", with the company bid
	// for the clause's subject.
	if b := q.start - 1; b >= 2 && toks[b].lower == "of" && toks[b-1].lower == "offer" {
		o := b - 2
		if toks[o].is11(wdRaised, wdIncreased, wdImproved, wdSweetened, wdRevised, wdHigher, wdRival, wdHostile, wdUnsolicited, wdTakeover, wdCash) {
			o--
		}
		// Whose offer alone may be of credits or of help: the clause must
		// say it is weighed as a takeover is.
		weighed := x.sentenceHas(wAcquire) || x.clauseHasWord(q, "accepted", "accepts", "agreed", "agrees", "rejected", "rejects", "spurned", "backed", "backs", "recommended", "takeover", "buyout", "board", "shareholders")
		// "Cisco Systems' offer": a name ending in "s" takes the
		// apostrophe alone.
		apos := -1
		switch {
		case o >= 1 && toks[o].lower == "s":
			apos = o - 1
		case o >= 1 && (toks[o].text == "'" || toks[o].text == "’") && endsInS(toks[o-1].lower):
			apos = o
		}
		if weighed && apos >= 1 && (toks[apos].text == "'" || toks[apos].text == "’") {
			for _, m := range x.s.companies {
				// "Cisco Systems Inc's offer": the name may end before
				// the words of its legal form.
				if m.end <= apos && m.end >= apos-2 && x.capitalsBetween(m.end, apos) {
					for _, t := range x.s.companies {
						if t.start >= start && t.end <= m.start && t.name != m.name && !x.possessive(t) {
							return m, t, true
						}
					}
				}
			}
		}
	}
	return mention{}, mention{}, false
}

// offerVerbBefore returns where a verb of offering stands before figure q,
// past the words that only weigh the figure ("offer up to an estimated
// $55 billion"), else -1.
func (x *extractor) offerVerbBefore(q *quantity) int {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-5; k-- {
		if toks[k].is3(wdOffered, wdOffers, wdOffer) {
			return k
		}
		if !toks[k].is6(wdUp, wdTo, wdAn, wdA, wdAbout, wdEstimated) && !toks[k].is3(wdAs, wdMuch, wdNearly) {
			return -1
		}
	}
	return -1
}

// endsInS reports a word ending in "s", which takes a possessive's
// apostrophe alone: "Cisco Systems' offer".
func endsInS(w string) bool { return w != "" && w[len(w)-1] == 's' }

// offerParties are the bidder and the company bid for.
func offerParties(x *extractor, _ int, q *quantity) []corpus.Party {
	b, t, _ := x.takeoverOffer(q)
	return []corpus.Party{{Name: b.name, Role: corpus.RoleBuyer}, {Name: t.name, Role: corpus.RoleTarget}}
}

// takeoverValuing returns the company a per-share takeover price values at
// figure q: "will pay $157 per share in cash, valuing Splunk at about $28
// billion", "the offer values Splunk at $157 a share, or about $28
// billion". The per-share price must be an offer or a purchase of the
// whole company: a round, a stake, an investment or a listing priced per
// share values a company without buying it ("priced its IPO at $34 a
// share, valuing the company at $10 billion").
func (x *extractor) takeoverValuing(q *quantity) (mention, bool) {
	toks := x.s.toks
	k := q.start - 1
	perShare := false
	if k >= 1 && toks[k].lower == "or" && toks[k-1].text == "," {
		// "... at $157 a share, or about $28 billion"
		for _, p := range x.s.qty {
			if p.kind == qtyMoney && p.end+2 <= k && p.end+2 >= k-1 && p.end+1 < len(toks) && toks[p.end].is2(wdA, wdPer) && toks[p.end+1].lower == "share" {
				k = p.start - 1
				perShare = true
			}
		}
	}
	if k < 2 || toks[k].lower != "at" {
		return mention{}, false
	}
	var target mention
	found := false
	for _, m := range x.s.companies {
		if m.end == k && !x.possessive(m) {
			target, found = m, true
		}
	}
	if !found || target.start < 1 || !toks[target.start-1].is3(wdValuing, wdValues, wdValued) {
		return mention{}, false
	}
	bought := false
	for j := 0; j < target.start-1; j++ {
		t := toks[j]
		if x.tokIs(j, namesInvestment) || x.tokHas(j, wRaise) || t.is11(wdIpo, wdListing, wdDebut, wdFloat, wdPriced, wdRound, wdInvest, wdInvests, wdInvested, wdInvesting, wdValuation) {
			return mention{}, false
		}
		if t.is4(wdOffer, wdBid, wdTakeover, wdBuyout) || x.tokHas(j, wAcquire) {
			bought = true
		}
		if t.is2(wdShare, wdShares) && j > 0 && toks[j-1].is2(wdA, wdPer) {
			perShare = true
		}
	}
	for _, p := range x.s.qty {
		if p.kind == qtyPercent {
			return mention{}, false // a stake's price values the rest
		}
	}
	return target, bought && perShare
}

// valuingParties are the company a takeover values and the one paying,
// named before it in the sentence or, failing that, the story's.
func valuingParties(x *extractor, _ int, q *quantity) []corpus.Party {
	t, _ := x.takeoverValuing(q)
	ps := []corpus.Party{{Name: t.name, Role: corpus.RoleTarget}}
	for _, m := range x.s.companies {
		if m.end <= t.start-1 && m.name != t.name {
			return append(ps, corpus.Party{Name: m.name, Role: corpus.RoleBuyer})
		}
	}
	for _, names := range [...][]string{x.prev, x.main} {
		for _, n := range names {
			if n != t.name {
				return append(ps, corpus.Party{Name: n, Role: corpus.RoleBuyer})
			}
		}
	}
	return ps
}

// comesFrom returns the company money q is said to come from, in an
// article whose first deal is a round or an investment: "Another 30
// billion won comes from Korea Development Bank and 430 billion won of
// private capital from Mirae Asset", "About €100 million came from
// Nvidia". Takings that come from a customer are no investment: the
// clause must not speak of revenue or sales.
func (x *extractor) comesFrom(q *quantity) (mention, bool) {
	if x.storyType != corpus.DealFundingRound && x.storyType != corpus.DealInvestment || len(x.storyParties) == 0 {
		return mention{}, false
	}
	if x.clauseHas(q, wRevenue) {
		return mention{}, false
	}
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].lower == "of" {
		// "430 billion won of private capital from"
		for k++; k < len(toks) && k <= q.end+4 && toks[k].kind == tokWord && !toks[k].is8(wdFrom, wdComes, wdCame, wdCome, wdComing, wdWill, wdIs, wdWas); k++ {
		}
	}
	came := false
	for k < len(toks) && toks[k].is14(wdWill, wdWould, wdIs, wdWas, wdHas, wdHave, wdHad, wdCome, wdComes, wdCame, wdComing, wdMostly, wdLargely, wdAlso) {
		if toks[k].is4(wdCome, wdComes, wdCame, wdComing) {
			came = true
		}
		k++
	}
	if k+1 >= len(toks) || toks[k].lower != "from" {
		return mention{}, false
	}
	if !came {
		// "and 430 billion won of private capital from Mirae Asset": a
		// figure joined by "and" to one that comes from another.
		if q.start < 1 || toks[q.start-1].lower != "and" {
			return mention{}, false
		}
		joined := false
		for j := 0; j < q.start-1; j++ {
			if toks[j].is3(wdComes, wdCame, wdCome) && j+1 < q.start && toks[j+1].lower == "from" {
				joined = true
			}
		}
		if !joined {
			return mention{}, false
		}
	}
	for _, m := range x.s.companies {
		if m.start == k+1 {
			return m, true
		}
	}
	return mention{}, false
}

// comesFromParties are the company money comes from, which invests, and
// the one the story's round or investment goes to.
func comesFromParties(x *extractor, _ int, q *quantity) []corpus.Party {
	m, _ := x.comesFrom(q)
	ps := []corpus.Party{{Name: m.name, Role: corpus.RoleInvestor}}
	for _, p := range x.storyParties {
		if p.Role == corpus.RoleRecipient && p.Name != m.name {
			ps = append(ps, p)
		}
	}
	return ps
}

// capitalsBetween reports tokens [from, to) all capitalised words, as the
// words of a company's legal form after its name are ("Systems Inc").
func (x *extractor) capitalsBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if x.s.toks[k].kind != tokWord || !x.s.toks[k].startsUpper() {
			return false
		}
	}
	return true
}
