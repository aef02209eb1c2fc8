package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// changeVerbBefore reports a change verb in the two words before a
// percentage ("grew 22%", "rose by 4%"), stopping at a word that makes it
// a level instead ("rose to 22%", "from 20%").
func (x *extractor) changeVerbBefore(q *quantity) bool {
	toks := x.s.toks
	// "rose by a respectable 6.2%", "and Microsoft's by a remarkable
	// 25.3%": an adjective on the change, after "by" and the verb or
	// the possessive the verb is left out after.
	if k := q.start - 3; k >= 1 && toks[k].lower == "by" && toks[k+1].is2(wdA, wdAn) && toks[k+2].kind == tokWord && !toks[k+2].startsUpper() {
		return x.tokHas(k-1, wChangeBefore) || toks[k-1].lower == "s" && k >= 2 && (toks[k-2].text == "'" || toks[k-2].text == "’")
	}
	if q.start < q.numStart && toks[q.start].is3(wdBelow, wdAbove, wdUnder) && !x.s.title &&
		!slices.ContainsFunc(toks[:q.start], func(t token) bool { return t.is3(wdWhich, wdWho, wdWhose) }) {
		// "slipped below 90%", "climbed above 4%", "fell under 50%": the
		// level a change crossed, as "rose to 22%" is the level it
		// reached. A headline's ("slips below 70%") rounds a figure the
		// body gives exactly; "the first month in which its share fell
		// below 20%" dates a crossing, it states no share.
		return false
	}
	for k := q.start - 1; k >= 0 && k >= q.start-2; k-- {
		if toks[k].is4(wdTo, wdFrom, wdAt, wdOf) {
			return false
		}
		if toks[k].lower == "up" && k > 0 && toks[k-1].is4(wdMake, wdMakes, wdMade, wdMaking) {
			return false // "made up 12%" is a part, not a rise
		}
		if x.tokHas(k, wChangeBefore) {
			return true
		}
	}
	return false
}

// isChange reports a percentage that measures a change ("grew 20%",
// "shares rose 4%", "a 20% increase") or is not a share of anything
// ("a 10% stake", "a 20% discount").
func (x *extractor) isChange(q *quantity) bool {
	toks := x.s.toks
	if x.changeVerbBefore(q) || x.continuesChange(q) {
		return true
	}
	if x.marketRateClause(q) {
		return true
	}
	// "posted 19% growth and a 14% share": a figure its own noun makes a
	// share is one, whatever change words stand before it ("a 2% share
	// gain" is a change).
	if k := q.end; k+1 < len(toks) && (toks[k].lower == "share" || toks[k].lower == "market" && toks[k+1].lower == "share") {
		if toks[k].lower == "market" {
			k++
		}
		if k+1 >= len(toks) || !x.tokHas(k+1, wChangeAfter) && !toks[k+1].is2(wdPoints, wdPoint) {
			// "a decrease of 0.2 percent market share to 30 percent": a
			// share a change noun governs and the level it went to
			// follows is the change; "a 55 percent share to 30 percent
			// for Fabrikam" sets two levels side by side.
			return k+2 < len(toks) && toks[k+1].lower == "to" && x.percentStartsAt(k+2) &&
				q.start >= 2 && toks[q.start-1].lower == "of" && x.lex.tokIn(lChangeNouns, &toks[q.start-2])
		}
	}
	if p, ok := x.rangeStart(q); ok {
		// "cut its fees from 13% to 3%": the level a figure went to is
		// what the one it went from is.
		return x.isChange(&p)
	}
	if p, ok := x.fromLevel(q); ok {
		// "margin fell from 41% in the first quarter to 38%": so with
		// the first level's period between.
		return x.isChange(&p)
	}
	if p, ok := x.changeCompared(q); ok && x.isChange(&p) {
		// "Azure grew 48% against 29% for AWS", "a growth rate of 57.8%
		// against Amazon's 29%": what a change is compared with is one.
		return true
	}
	// "a premium of about 42.6%", "growth of 24.4%", "slowed to below
	// 20%", "put the market's growth in 2020 at 40.7%"
	// "even as its annual growth rate dropped to an all-time low of 20%":
	// the clause's subject may stand further back than eight words.
	lo := q.start - 14
	for k := q.start - 1; k >= 0 && k >= lo; k-- {
		if k == q.start-9 {
			// Past eight words only within the figure's clause, worked
			// out only for a figure that gets this far.
			if cs, _ := x.clause(q); cs > lo {
				lo = cs
			}
			if k < lo {
				break
			}
		}
		w := toks[k].lower
		if toks[k].kind == tokNum && k > 0 && toks[k-1].lower == "in" && isYearText(toks[k].text) {
			continue // "put the market's growth in 2020 at 40.7%"
		}
		if toks[k].text == "," && x.tokIs(k+1, contrasts) {
			break // "Fabrikam keeps growing, yet at 21.5%": another clause's growth
		}
		if toks[k].text == "," && x.closesAppositive(k) {
			break // "Vivo, the fastest-growing brand, came fourth with 8%": the words set off describe the company
		}
		// "32% of enterprise usage, ahead of OpenAI at 25%", "a 9% share
		// of usage, Anthropic 32%": a company the figure is given to
		// right before it opens the figure's own words; those before it
		// are another figure's.
		if toks[k].startsUpper() && x.ownsFigure(k, q) {
			break
		}
		// "has the largest percentage of its subscribers active at 94.95
		// percent": a part of the company's own base, not of a market.
		if toks[k].lower == "percentage" && k+2 < q.start && toks[k+1].lower == "of" && toks[k+2].is2(wdIts, wdTheir) && x.onePhrase(k+3, q.start) {
			return true
		}
		// "the premium segment was 60%": a word before the market's
		// noun names the market, not what the figure is.
		if w == "market" && x.notShareInMarket(k) {
			return true
		}
		// "with revenue shares of 10.5% and 9.8%": the shares' kind
		// stands before them.
		if w == "share" || w == "shares" || w == "market" || w == "segment" || toks[k].kind == tokNum ||
			k >= q.start-2 && toks[k].is20(wdHolds, wdHeld, wdHold, wdHas, wdHad, wdHave, wdTook, wdTakes, wdTaking, wdCaptured, wdCommands, wdControls, wdClaimed, wdClaims,
				wdAccounted, wdAccounts, wdAccounting, wdRepresented, wdRepresents, wdRepresenting) {
			break
		}
		// "lifted Azure revenue 30%": the revenue's change; but in "31%
		// of firewall revenue, Contoso 12%" the name after the comma owns
		// the figure.
		if k >= q.start-3 && x.tokHas(k, wRevenue) && !(toks[k+1].text == "," && x.companyIn(k+2, q.start)) && !x.shareOfBefore(k) {
			return true
		}
		if x.tokHas(k, wNotShareBefore) {
			if toks[k].is2(wdOwns, wdOwn) && x.marketFollows(q) {
				break // "Contoso now owns 80 percent of the GPU market": a market's share, not a stake
			}
			if x.lex.tokIn(lMeasure, &toks[k]) && x.shareOfBefore(k) {
				break // "its share of chatbot app usage dropped from 69%": what the share is of
			}
			if k+1 == q.start-1 && toks[k+1].lower == "to" && x.percentEndsAt(k) && (x.hasShareWord() || x.shareContext || x.hasShareCue()) {
				break // "second despite a 16% drop to 18.8%": the level the change led to
			}
			if k+3 < q.start && toks[k+1].is2(wdIts, wdTheir) && toks[k+2].is2(wdShare, wdSlice) && toks[k+3].lower == "to" {
				break // "AMD grew its slice to 28%": the share's level
			}
			if k+2 < q.start && toks[k+1].lower == "to" && (rankPlace(toks[k+2].lower) > 1 || toks[k+2].is2(wdFirst, wdTop)) {
				break // "moved up to fourth with an 8% share": a place gained, the share its level
			}
			if k+1 < q.start && toks[k+1].is2(wdTo, wdFrom) && x.shareBefore(k) {
				break // "Azure's share grew to 24%", "dropped from 69% to 45%": the share's levels
			}
			if k+2 == q.start && toks[k+1].lower == "from" && q.end < len(toks) && toks[q.end].lower == "of" && x.marketFollows(q) {
				break // "growing from 5.4% of traffic a year ago": a share's level
			}
			if k+2 == q.start && toks[k+1].lower == "from" {
				// "24% in Q2, a drop from 28% a year before": the level
				// a figure changed from is what that figure is.
				if p, ok := x.levelChangedFrom(q); ok {
					return x.isChange(&p)
				}
			}
			// ("cut its fees from 12% to 4%" names what the levels are of.)
			if k+1 < q.start && toks[k+1].lower == "from" && x.tokHas(k, wChangeBefore) && x.changeStart(q) && x.hasShareWord() {
				break // "while Northwind's grew from 9% to 14%": two levels
			}
			return true
		}
		if k >= q.start-3 && x.tokHas(k, wAggregate) {
			// "rose a combined 20%" is a change; "held a combined 60%"
			// and "together accounted for 80%" are shares.
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if x.tokHas(j, wChangeBefore) {
					return true
				}
			}
			break
		}
	}
	// "(AAPL +1.8%)": a figure signed as a rise is a change.
	if q.start > 0 && toks[q.start-1].text == "+" {
		return true
	}
	if q.end < len(toks) {
		n := &toks[q.end]
		// "44.7%p": a figure of percentage points, written as Korean
		// reports write it, is a gap or a change.
		if x.tokHas(q.end, wChangeAfter) || n.text == "-" || n.is2(wdPoints, wdPoint) || rateTag(toks, q.end) || n.lower == "p" && toks[q.end-1].joins(n) {
			return true
		}
		// "boosting U.S. shipments nearly 6% to about 1.8 million units":
		// a figure that takes a count or sum to a new level is its change.
		if n.lower == "to" && x.countOrSumAt(q.end+1) {
			return true
		}
		// "a 33% share and 15% revenue growth"
		if x.tokHas(q.end, wRevenue) && q.end+1 < len(toks) && x.tokHas(q.end+1, wChangeAfter) {
			return true
		}
		if (n.text == "," || n.lower == "and") && x.listEndsInChange(q) {
			return true
		}
		// "shedding 3.6% of its market share": a part of a share is what
		// the share lost or gained, not a share.
		if n.lower == "of" && q.end+2 < len(toks) && toks[q.end+1].is2(wdIts, wdTheir) &&
			(toks[q.end+2].lower == "share" || toks[q.end+2].lower == "market" && q.end+3 < len(toks) && toks[q.end+3].lower == "share") {
			return true
		}
		if n.lower == "of" && q.end+1 < len(toks) && (x.tokHas(q.end+1, wNotShareOf) || x.ofNotMarket(q)) && !x.marketFollows(q) && !x.revenueShareBeside(q) && !x.rankedRevenue(q) &&
			!(x.ofPeople(q) && x.heldByCompany(q)) {
			return true
		}
	}
	return false
}

// thresholdFirstCrossed reports a bound ("under 90%", "below 20%", "above
// 50%") in a clause that says it was the first time, month or quarter a
// share crossed it: "the first time since 2015 that Google's share stayed
// under 90%". Only a figure that opens with such a word is looked at.
func (x *extractor) thresholdFirstCrossed(q *quantity) bool {
	toks := x.s.toks
	if q.start >= q.numStart || !toks[q.start].is3(wdBelow, wdAbove, wdUnder) {
		return false
	}
	for k := q.start - 2; k >= 0 && k >= q.start-16; k-- {
		if toks[k].lower == "first" && toks[k+1].is5(wdTime, wdMonth, wdQuarter, wdYear, wdWeek) {
			return true
		}
		if toks[k].text == ";" || toks[k].kind == tokNum && k < q.start-1 && toks[k+1].kind != tokWord {
			return false
		}
	}
	return false
}

// countOrSumAt reports a count or a sum of money that starts at token k:
// the "about 1.8 million units" of "6% to about 1.8 million units".
func (x *extractor) countOrSumAt(k int) bool {
	for i := x.lastPercentBy(k) + 1; i < len(x.s.qty); i++ {
		p := x.s.qty[i]
		if p.start > k {
			return false
		}
		if p.start == k {
			return p.kind != qtyPercent
		}
	}
	return false
}

// listEndsInChange reports a list of percentages whose last item a word
// of change follows: all of "with 9%, 5% and 5% growth, respectively"
// are changes, though only the last stands before "growth". Two figures
// make a list only with "respectively": in "a share of 35% and 1%
// growth", "at 14.45%, 1.6% more than", the second is the first's
// change.
func (x *extractor) listEndsInChange(q *quantity) bool {
	toks := x.s.toks
	qs := x.s.qty
	i := x.lastPercentBy(q.end)
	for n := 2; i >= 0 && i+1 < len(qs); n++ {
		p := qs[i+1]
		if p.kind != qtyPercent || p.start-qs[i].end > 2 {
			return false
		}
		for k := qs[i].end; k < p.start; k++ {
			if toks[k].text != "," && toks[k].lower != "and" {
				return false
			}
		}
		if p.end+1 < len(toks) && (x.tokHas(p.end, wChangeAfter) || rateTag(toks, p.end)) {
			k := p.end + 1
			if k+1 < len(toks) && toks[k].text == "," {
				k++
			}
			return n >= 3 || toks[k].lower == "respectively"
		}
		i++
	}
	return false
}

// rateTag reports a period-on-period tag written with a slash or
// hyphens at token k: "Y/Y", "q/q", "y-o-y", "on-year". A figure it
// follows is a change: "7.7% Y/Y growth", "down 2% q/q", "a 5% on-year
// rise".
func rateTag(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].text != "/" && toks[k+1].text != "-" {
		return false
	}
	return toks[k].is2(wdY, wdQ) && toks[k+2].is3(wdY, wdQ, wdO) || toks[k].lower == "on" && toks[k+1].text == "-" && toks[k+2].is3(wdYear, wdQuarter, wdMonth)
}

// plainWords reports only lower-case words, no company among them, from
// token from to token to.
func (x *extractor) plainWords(from, to int) bool {
	for k := from; k < to; k++ {
		if t := x.s.toks[k]; t.kind != tokWord || t.startsUpper() || x.inCompany(k) {
			return false
		}
	}
	return true
}

// onePhrase reports the words from..to-1 going on one phrase, with no
// comma or joining word that would start another: "a high percentage
// of its sales in Europe and is the leader there at 30%" ends the part
// of its sales at "and".
func (x *extractor) onePhrase(from, to int) bool {
	toks := x.s.toks
	for k := from; k < to; k++ {
		switch toks[k].lower {
		case ",", ";", "and", "but", "while", "whereas", "which", "where":
			return false
		}
	}
	return true
}

// percentStartsAt reports a percentage that starts at token k.
func (x *extractor) percentStartsAt(k int) bool {
	for _, p := range x.s.qty {
		if p.start == k {
			return p.kind == qtyPercent
		}
	}
	return false
}

// percentEndsAt reports a percentage that ends at token k.
func (x *extractor) percentEndsAt(k int) bool {
	for _, p := range x.s.qty {
		if p.end == k {
			return p.kind == qtyPercent
		}
	}
	return false
}

// shareOfBefore reports "share of" a few words before token k, with only
// words between: in "Samsung's share of DRAM revenue rose to 45%" the
// revenue is what the share is of, and the figure its level.
func (x *extractor) shareOfBefore(k int) bool {
	toks := x.s.toks
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if toks[j].kind != tokWord {
			return false
		}
		if toks[j].lower == "of" {
			return toks[j-1].lower == "share"
		}
	}
	return false
}

// revenueShareBeside reads "took 23.7% of notebook units and 21.6% of
// revenue": a part of revenue set with "and" beside a part of a market's
// units is the revenue share of the same market, not a part of the
// company's own revenue ("40% of its revenue" says whose it is).
func (x *extractor) revenueShareBeside(q *quantity) bool {
	toks := x.s.toks
	if q.start == 0 || q.end+1 >= len(toks) || toks[q.start-1].lower != "and" || toks[q.end].lower != "of" || !x.tokHas(q.end+1, wRevenue) {
		return false
	}
	i := x.lastPercentBy(q.start - 1)
	if i < 0 {
		return false
	}
	p := x.s.qty[i]
	if p.end >= len(toks) || toks[p.end].lower != "of" || q.start-p.end > 7 {
		return false
	}
	for k := p.end + 1; k < q.start-1; k++ {
		if toks[k].kind != tokWord || x.tokHas(k, wNotShareOf) || x.tokHas(k, wRevenue) {
			return false
		}
	}
	return !x.isChange(&p) && x.isShare(&p)
}

// rankedRevenue reads "Dell held third place with 16.2% of revenue": a
// part of revenue a ranking gives a company is its share of the market's
// revenue. The ranking word must stand in the figure's clause, and the
// revenue must be no one's own ("of its revenue").
func (x *extractor) rankedRevenue(q *quantity) bool {
	toks := x.s.toks
	if q.end+1 >= len(toks) || toks[q.end].lower != "of" || !x.tokHas(q.end+1, wRevenue) || !x.hasShareCue() {
		return false
	}
	for k := q.start - 1; k >= 0 && k >= q.start-6; k-- {
		if toks[k].text == "," || toks[k].text == ";" || toks[k].kind == tokNum {
			return false
		}
		if x.tokHas(k, wShareCues) && !x.tokHas(k, wMarket) {
			return true
		}
		// "Samsung remained first with 30.4% of sales"
		if toks[k].lower == "first" && toks[k+1].lower == "with" {
			return true
		}
	}
	return false
}

// earlierOfNoShare reports a percentage given as the level the figure
// just before it moved from, when that figure was read as no market share:
// the 22% of "30% of group revenue, up from 22%" and of "the margin fell
// to 18%, down from 22%". A comma and a change word ("up", "down") come
// before "from", and what the first figure is of ("of Contoso's sales")
// may stand between, but no other comma. Or the first figure is the level
// a change went to, its period between: "growth cooled to 22% in the
// quarter from 26% in Q4".
func (x *extractor) earlierOfNoShare(qi int, q *quantity) bool {
	toks := x.s.toks
	if qi == 0 || qi > 64 || q.start < 3 || toks[q.start-1].lower != "from" {
		return false
	}
	p := x.s.qty[qi-1]
	if p.kind != qtyPercent || x.noShare&(1<<(qi-1)) == 0 || q.start-p.end > 10 {
		return false
	}
	gapEnd := q.start - 3
	switch {
	case x.tokHas(q.start-2, wChangeBefore) && toks[q.start-3].text == ",":
		if p.end < gapEnd && toks[p.end].lower != "of" {
			return false
		}
	case p.start > 0 && toks[p.start-1].lower == "to" && q.start-p.end <= 6:
		gapEnd = q.start - 1
		if x.companyIn(p.end, gapEnd) {
			return false
		}
	default:
		return false
	}
	for k := p.end; k < gapEnd; k++ {
		if toks[k].text == "," {
			return false
		}
	}
	return true
}

// partOfKind reports a percentage a plural noun that names no company
// "made up", "accounted for" or "represented": "while 5G models made up
// 60% of shipments", "AI PCs accounted for 15%". Such a subject is a kind
// of product or buyer, not the company named before it in the sentence;
// a subject with a company, "it" or "their" in it is left to the share
// rules, and a participle ("accounting for") has its subject elsewhere.
func (x *extractor) partOfKind(q *quantity) bool {
	toks := x.s.toks
	v := q.start - 1
	switch {
	case v >= 1 && toks[v].lower == "for" && toks[v-1].is3(wdAccounted, wdAccounts, wdAccount):
		v--
	case v >= 1 && toks[v].lower == "up" && toks[v-1].is3(wdMade, wdMake, wdMakes):
		v--
	case v >= 1 && toks[v].is2(wdRepresented, wdRepresents):
	default:
		return false
	}
	cs, _ := x.clause(q)
	s := cs
	for k := cs; k < v; k++ {
		if toks[k].text == "," {
			s = k + 1
		}
	}
	if s < v && toks[s].is7(wdWhile, wdWhereas, wdAnd, wdBut, wdWhere, wdWhen, wdAs) {
		s++
	}
	if v-s < 1 || v-s > 5 {
		return false
	}
	head := toks[v-1]
	if head.kind != tokWord || len(head.lower) < 4 || !strings.HasSuffix(head.lower, "s") {
		return false
	}
	for k := s; k < v; k++ {
		if x.inCompany(k) || x.tokHas(k, wPronoun) || x.tokHas(k, wAggregate) || toks[k].is2(wdTheir, wdThey) {
			return false
		}
	}
	return true
}

// partOfOwnWhole reports a percentage of a whole that no market is: an
// organisation's budget, funding, staff or profits, a country's
// electricity or population ("1.5% of IT budgets", "a quarter of all
// funding to megarounds", "21% of the electricity"). A later percentage
// carries on the same whole when nothing between them names a company or
// a new whole: "rising to 2.7% in 2024 and 4.3% in 2025". A whole that
// names a market after it ("30% of the budget hotel market") is left to
// the share rules.
func (x *extractor) partOfOwnWhole(qi int, q *quantity) bool {
	toks := x.s.toks
	if q.end < len(toks) && toks[q.end].lower == "of" {
		for k, words := q.end+1, 0; k < len(toks) && words < 5; k, words = k+1, words+1 {
			if toks[k].kind != tokWord || x.inCompany(k) || x.tokIs(k, namesMarket) {
				return false
			}
			if x.lex.tokIn(lOwnWholes, &toks[k]) {
				return !(k+1 < len(toks) && (x.tokIs(k+1, namesMarket) || x.lex.tokIn(lMeasure, &toks[k+1])))
			}
		}
		return false
	}
	pi := qi - 1
	for pi >= 0 && x.s.qty[pi].kind != qtyPercent {
		pi-- // "in 2023": years between them are no figure of the whole
	}
	if pi < 0 {
		return false
	}
	p := x.s.qty[pi]
	if x.companyWithin(p.end, q.start) {
		return false
	}
	for k := p.end; k < q.start; k++ {
		if toks[k].text == ";" || toks[k].lower == "share" || x.tokIs(k, namesMarket) || x.lex.tokIn(lMeasure, &toks[k]) {
			return false
		}
	}
	return x.partOfOwnWhole(pi, &p)
}

// rangeStart returns the percentage q is the other end of in "from 13%
// to 3%" or "to 10% from 31%".
func (x *extractor) rangeStart(q *quantity) (quantity, bool) {
	toks := x.s.toks
	if q.start < 1 || !toks[q.start-1].is2(wdTo, wdFrom) {
		return *q, false
	}
	other := "from"
	if toks[q.start-1].lower == "from" {
		other = "to"
	}
	i := x.lastPercentBy(q.start - 1)
	if i < 0 || x.s.qty[i].end != q.start-1 || x.s.qty[i].start < 1 || !toks[x.s.qty[i].start-1].is(other) {
		return *q, false
	}
	return x.s.qty[i], true
}

// marketRateClause reports a figure in a relative clause on the market a
// change was measured against: "grew much faster than the market as a
// whole, which Synergy put at 45 percent" is the market's growth.
func (x *extractor) marketRateClause(q *quantity) bool {
	toks := x.s.toks
	for k := q.start - 2; k > 0 && k >= q.start-8; k-- {
		if !(toks[k].text == "," && toks[k+1].lower == "which") {
			continue
		}
		market, change := false, false
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if x.inCompany(j) {
				return false
			}
			market = market || toks[j].lower == "whole" || x.tokIs(j, namesMarket)
		}
		for j := 0; j < k; j++ {
			change = change || x.tokHas(j, wChangeBefore) || toks[j].is2(wdFaster, wdSlower)
		}
		return market && change
	}
	return false
}

// ofNotMarket reports a percentage of something no market is, named
// after its owner: "17% of Amazon's total revenue", "80% of Fortune 500
// companies", "40% of the market's growth". It reads past the owner and
// describing words to the first plain noun.
func (x *extractor) ofNotMarket(q *quantity) bool {
	toks := x.s.toks
	for k := q.end + 1; k < len(toks) && k < q.end+8; k++ {
		t := toks[k]
		switch {
		case t.text == "'" || t.text == "’" || t.lower == "s" || t.kind == tokNum || t.startsUpper() || x.inCompany(k):
		case k+2 < len(toks) && (toks[k+1].text == "'" || toks[k+1].text == "’") && toks[k+2].lower == "s":
			// "the market's growth": the market owns what the figure is of;
			// "the group's total business" is a company's own.
			if t.is3(wdGroup, wdCompany, wdFirm) {
				return true
			}
		case t.is2(wdThe, wdA) || namesWhole(t):
		default:
			return x.tokHas(k, wNotShareOf) || x.tokHas(k, wRevenue) || x.tokIs(k, namesGrowth)
		}
	}
	return false
}

// namesWhole reports a word that makes what a figure is a part of the
// whole of someone's: "of total revenue", "of group sales".
func namesWhole(t token) bool {
	return t.is6(wdTotal, wdOverall, wdAnnual, wdQuarterly, wdCompany, wdGroup)
}

// marketRevenue reads "45% of DRAM revenue", "92% of data centre GPU
// sales": a part of the revenue of a kind of product, said where shares
// are spoken of, is a company's share of that market by revenue. "40% of
// its revenue", "of group sales" and "of Amazon's revenue" say whose
// revenue it is, and are none.
func (x *extractor) marketRevenue(q *quantity) bool {
	toks := x.s.toks
	if q.end+2 >= len(toks) || toks[q.end].lower != "of" || !(x.shareContext || x.hasShareWord() || len(x.s.measurers) > 0 || x.hasShareCue()) {
		return false
	}
	k := q.end + 1
	for ; k < len(toks) && k <= q.end+5 && !x.tokHas(k, wRevenue); k++ {
		if toks[k].kind != tokWord || x.inCompany(k) || x.tokHas(k, wNotShareOf) || namesWhole(toks[k]) || possessed(toks, k) {
			return false
		}
	}
	// "HBM to make up a fifth of DRAM sales; SK hynix holds 90% of HBM3":
	// the company the share is given to comes before it.
	// "In the DRAM market, SK hynix took 36% of revenue, Counterpoint
	// said": bare revenue is the market's when the sentence names the
	// market and the firm that measured it.
	bare := k == q.end+1 && len(x.s.measurers) > 0 && slices.ContainsFunc(toks[:q.start], func(t token) bool { return t.lower == "market" })
	return (k > q.end+1 || bare) && k < len(toks) && toks[k].is3(wdRevenue, wdRevenues, wdSales) && !possessed(toks, k) &&
		slices.ContainsFunc(x.s.companies, func(m mention) bool { return m.end <= q.start && !x.isMeasurer(m) })
}

// possessed reports a possessive after token k: "the market's".
func possessed(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k+1].text == "'" || toks[k+1].text == "’")
}

// partOfCompany reports a percentage of a company named right after
// "of": "takes 75% of Telstra's cloud unit", "owns 27% of OpenAI" is a
// stake, no market share, unless a market is named after it ("30% of the
// Azure market").
func (x *extractor) partOfCompany(q *quantity) bool {
	toks := x.s.toks
	if q.end+1 < len(toks) && toks[q.end].lower == "of" && x.inCompany(q.end+1) && !x.marketFollows(q) {
		return true
	}
	// "accounting for 23%, 20% and 17% of MediaTek's shipments": so is
	// each figure of a run whose last figure is.
	qs := x.s.qty
	for i := range qs {
		if qs[i].start != q.start {
			continue
		}
		j := i
		for j+1 < len(qs) && qs[j+1].kind == qtyPercent && qs[j].end < qs[j+1].start && onlyListGlue(toks[qs[j].end:qs[j+1].start]) {
			j++
		}
		return j > i && x.partOfCompany(&qs[j])
	}
	return false
}

// changeCompared returns the percentage q is compared with by "against",
// "versus", "compared with" or "compared to" just before it, a company's name with its
// possessive allowed between: the 48% of "grew 48% against 29% for AWS",
// the 57.8% of "57.8% against Amazon's 29%".
func (x *extractor) changeCompared(q *quantity) (quantity, bool) {
	toks := x.s.toks
	k := q.start - 1
	for k > 0 && (x.inCompany(k) || toks[k].text == "'" || toks[k].text == "’" || toks[k].lower == "s") {
		k--
	}
	// "than" compares with another's figure or a level never held ("higher
	// than 29% a year earlier"): no share of the company before it.
	if k < 1 || !(x.tokIs(k, comparesWith) && !toks[k].is2(wdThan, wdCompared) || toks[k].is2(wdWith, wdTo) && toks[k-1].lower == "compared") {
		return *q, false
	}
	if i := x.lastPercentBy(k); i >= 0 && k-x.s.qty[i].end <= 10 {
		return x.s.qty[i], true
	}
	return *q, false
}

// lastPercentBy returns the index of the last percentage that ends by
// token end, or -1. Quantities are in sentence order, so a binary search
// finds it and a sentence of many figures costs no rescan per figure.
func (x *extractor) lastPercentBy(end int) int {
	qs := x.s.qty
	i := sort.Search(len(qs), func(i int) bool { return qs[i].end > end }) - 1
	for ; i >= 0; i-- {
		if qs[i].kind == qtyPercent {
			return i
		}
	}
	return -1
}

// shareBefore reports "share" as the subject of the verb at token k:
// "its share grew", "the share has grown", "Contoso's share of the CRM
// market is expected to fall". The subject is read back to the clause's
// start, a few words at most.
func (x *extractor) shareBefore(k int) bool {
	toks := x.s.toks
	// Ten tokens: "its share of the U.S. search market rose" spends four
	// on "U.S.".
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if toks[j].is2(wdShare, wdShares) || toks[j].lower == "slice" && j > 0 && toks[j-1].is2(wdIts, wdTheir) {
			return true
		}
		// A number stops it, unless a word is joined to it: the "5G" of
		// "its share of 5G modems grew".
		if toks[j].text == "," || toks[j].text == ";" || toks[j].kind == tokNum && !(toks[j].joins(&toks[j+1]) && toks[j+1].kind == tokWord) || x.tokHas(j, wChangeBefore) {
			return false
		}
	}
	return false
}

// marketFollows reports "31% of the cloud market", "50% of the enterprise
// large language model API market": a market's name may run to several
// words, but not past what a figure of revenue is of.
func (x *extractor) marketFollows(q *quantity) bool {
	toks := x.s.toks
	if x.suppliedPart(q) || x.marketRevenue(q) {
		return true
	}
	// "50% of the enterprise large language model API market": a market
	// named after "of" may take a few more words.
	limit := 7
	if q.end < len(toks) && toks[q.end].lower == "of" {
		limit = 9
		// "accounting for 61% of the $53.5 billion": a part of what a
		// market spent.
		j := q.end + 1
		if j < len(toks) && toks[j].is2(wdThe, wdAll) {
			j++
		}
		qs := x.s.qty
		accounts := q.start >= 2 && toks[q.start-1].lower == "for" && x.tokIs(q.start-2, accountsFor) ||
			q.start >= 1 && x.tokHas(q.start-1, wGroupVerbs)
		if i := sort.Search(len(qs), func(i int) bool { return qs[i].start >= j }); accounts && i < len(qs) && qs[i].start == j && qs[i].kind == qtyMoney {
			return true
		}
	}
	words, owned, whole, wholeAt := 0, false, false, 0
	for k := q.end; k < len(toks) && words < limit; k++ {
		if x.inCompany(k) && k+2 < len(toks) && (toks[k+1].text == "'" || toks[k+1].text == "’") && toks[k+2].lower == "s" {
			// "10 percent of Google's $400 million cloud business": a
			// part of a company's business is no share of a market.
			return false
		}
		if x.tokIs(k, namesGrowth) {
			// "80% of the growth in spending on public cloud": a part of
			// the growth, not of the market.
			return false
		}
		// "with AWS taking 30% of the total": the total of a market the
		// sentence or the one before measured, ending the figure's words.
		if toks[k].lower == "total" && (k+1 == len(toks) || toks[k+1].kind != tokWord || toks[k+1].lower == "and" || x.tokIs(k+1, contrasts)) && (x.shareContext || x.sentenceHas(wMarket) || len(x.s.measurers) > 0) {
			return true
		}
		// "40% of the market's growth" is a part of the growth.
		// "32% of the total spend", "20.3% of shipments", "17.7% of units",
		// "80% of chatbot traffic"
		// "40% of its IT spending" is what the company spends itself.
		if (x.tokIs(k, namesMarket) && !(owned && toks[k].lower == "spending") || x.lex.tokIn(lMeasure, &toks[k]) && !owned) &&
			!(k+1 < len(toks) && (toks[k+1].text == "'" || toks[k+1].text == "’")) {
			return true
		}
		// "32% of US consumers' meal delivery sales", "40% of all
		// smartphone sales": sales or revenue a place, the whole or
		// buyers qualify are a market's, where "30% of sales" alone may
		// be a company's own. The qualifier must leave a word naming
		// the market before the sales: "52% of all sales", "18% of US
		// sales" and "40% of worldwide revenue" are still a company's
		// own mix, and so is "60% of all Tesla sales", a company's name
		// in place of the market's.
		if whole && !owned && k > wholeAt+1 && toks[k].is3(wdSales, wdRevenue, wdRevenues) {
			return true
		}
		if x.inCompany(k) {
			whole = false
		} else if k > q.end && (x.inPlace(k) || toks[k].is3(wdAll, wdGlobal, wdWorldwide) ||
			x.tokIs(k, namesCustomers) && possessed(toks, k)) {
			whole, wholeAt = true, k
		}
		// "40% of its subscribers", "60% of their traffic": a part of a
		// company's own, no market's; so is "the group's total business".
		owned = owned || toks[k].is2(wdIts, wdTheir) || toks[k].is2(wdGroup, wdCompany) && possessed(toks, k)
		switch {
		case toks[k].text == "-":
			// "the pure-play foundry market": a hyphen joins one word
		case toks[k].text == "," || toks[k].text == ";":
			return false
		default:
			words++
		}
	}
	return false
}

// hasShareWord reports "share" in the singular or "market share".
func (x *extractor) hasShareWord() bool { return x.s.saysShare }

// hasShareCue reports a word of the sentence that speaks of a market's
// ranking ("followed by", "in third place"), leaving out a fraction: "a
// third of revenue" ranks no one. The answer is worked out once a
// sentence.
func (x *extractor) hasShareCue() bool {
	if !x.sentenceHas(wShareCues) {
		return false
	}
	if x.shareCue == 0 {
		x.shareCue = -1
		toks := x.s.toks
		for k := range toks {
			if x.tokHas(k, wShareCues) && !(k > 0 && k+1 < len(toks) && toks[k-1].is2(wdA, wdOne) && toks[k+1].lower == "of") {
				x.shareCue = 1
				break
			}
		}
	}
	return x.shareCue > 0
}

// isShare reports a percentage stated as someone's share of a market.
func (x *extractor) isShare(q *quantity) bool {
	if x.hasShareWord() || x.marketFollows(q) || x.revenueShareBeside(q) || x.ofPeople(q) && x.heldByCompany(q) {
		return true
	}
	if p, ok := x.fromLevel(q); ok && x.isShare(&p) {
		// "from about 10% in early 2020 to the current 7.22%": the level
		// a share went to is one too.
		return true
	}
	if k := q.start - 2; k >= 0 && x.s.toks[k+1].text == "(" && x.s.toks[k].is2(wdMarket, wdShare) {
		return true // "almost a third of the market (32%)"
	}
	if q.start >= 2 && x.s.toks[q.start-1].text == "(" {
		// "Amazon led (31%), ahead of Microsoft (22%)", "Contoso ranked
		// second (14%)": ranking words between a company and its share.
		j := q.start - 2
		for j >= 0 && j >= q.start-4 && x.tokHas(j, wShareCues) {
			j--
		}
		if j >= 0 && j < q.start-2 && x.inCompany(j) {
			return true
		}
	}
	if x.restatesCount(q) || x.bracketedCount(q) >= 0 {
		// "Xiaomi was third with 43.5 million units, or 13.5%": a count
		// restated as a part of the market; so is one in brackets after
		// it, "Airtel with 56.2 million subscribers (27.1%)".
		return true
	}
	if x.givenTo(q, x.s.companies) != "" && x.shareBeforeIn(q) {
		// "gave 80% of sessions to ChatGPT and 9% to Copilot": a figure
		// given to a company after a share is one too.
		return true
	}
	if !x.shareContext && !x.hasShareCue() {
		if p, ok := x.levelChangedFrom(q); ok && x.isShare(&p) {
			// "Apple captured 19% of global shipments, up from 17%": the
			// level a share changed from is one too.
			return true
		}
		if p, ok := x.levelChangedTo(q); ok && x.isShare(&p) {
			// "Contoso held 86.6% in January, falling to 78.3% by June":
			// the level a share fell or rose to is one too.
			return true
		}
		if p, ok := x.seriesPrev(q); ok && x.isShare(&p) {
			// "..., then 72.9% by October": and so is the next of its
			// series.
			return true
		}
		if p, ok := x.comparedWith(q); ok && x.isShare(&p) {
			// "Apple had 23% of global smartphone revenue in Q4 2024
			// compared with 20% in Q4 2023": what a share is compared
			// with is one, whatever else the sentence says.
			return true
		}
		// "Arm has reached 17.7% of units, while Intel has dropped to
		// 54.9%": a company's level set beside a share is one too.
		// So is one right after a company: "Samsung makes 40% of DRAM
		// chips, SK hynix 30%".
		// So is one a company's verb of holding gives it: "ChatGPT drew
		// 80% of chatbot traffic, while Gemini has about 9%".
		// "Canalys data shows Xiaomi at 17%": a company set at a figure
		// in a sentence that names who measured it.
		return (x.levelOfCompany(q) || x.ownedBefore(q)) && x.shareBeforeIn(q) || x.listShareAfter(q) || x.measuredAt(q)
	}
	k := q.start - 1
	if k >= 1 && x.s.toks[k].is3(wdJust, wdOnly, wdBarely) {
		k-- // "almost absent on mobile at just 0.59%"
	}
	if k >= 0 && x.tokHas(k, wShareHolders) {
		return true
	}
	// "second with a much more modest 10.99%", "at a record 4.7%": an
	// article and a few plain words of praise or blame between.
	for j := k; j >= 1 && j >= k-3; j-- {
		t := &x.s.toks[j]
		if t.is2(wdA, wdAn) {
			if j < k && x.s.toks[j-1].is3(wdWith, wdAt, wdOn) {
				return true
			}
			break
		}
		if t.kind != tokWord || t.startsUpper() || x.tokHas(j, wChangeBefore) || x.tokHas(j, wNotShareBefore) {
			break
		}
	}
	if p, ok := x.seriesPrev(q); ok && x.isShare(&p) {
		// "with 6.7% in 2019, 9.4% in 2020 and 12.0% in 2021": a series
		// of one company's shares, year by year.
		return true
	}
	if p, ok := x.comparedWith(q); ok && x.isShare(&p) {
		// "Huawei at 4.3%, against 4.4% in 2022": the figure a share is
		// compared with is a share too.
		return true
	}
	if q.start >= 1 && x.s.toks[q.start-1].text == "(" {
		// "Contoso 22% (24%)": so is a figure in brackets right after it.
		for _, p := range x.s.qty {
			if p.end == q.start-1 && p.kind == qtyPercent {
				return x.isShare(&p)
			}
		}
	}
	// "Microsoft had 20% and Google 13%", "Huawei (19.3 percent)",
	// "and Alibaba, in third place, 9.1%"; a ranking's items, "1. Samsung,
	// 22%", "- Apple: 18%", "2. Xiaomi - 14%".
	for _, m := range x.s.companies {
		end := m.end
		if end+2 < q.start && possessed(x.s.toks, end-1) && x.s.toks[end+1].lower == "s" && x.s.toks[end+2].text == ":" {
			end += 2 // "Apple's: 16%"
		}
		if m.end == q.start || end == q.start-1 && (x.s.toks[end].text == "(" || x.s.toks[end].is5(symComma, symColon, symHyphen, symEnDash, symEmDash) && listItemStart(x.s.toks, m.start)) || x.asideBetween(m.end, q.start) {
			return true
		}
		// "Amazon CloudFront (9.4%)": a product of the company between
		// its name and the bracket.
		if m.end == q.start-2 && x.s.toks[q.start-1].text == "(" && isNameToken(&x.s.toks[m.end]) {
			return true
		}
	}
	// "gives ChatGPT 79.08%, Perplexity 7.67% and Claude 2.98%",
	// "Gemini (7.03%)": a product whose maker is known stands for it
	// right before its figure as a company's name does.
	// The product opens an item of a list and the figure closes it:
	// "found Claude 40% faster" gives no share.
	toks := x.s.toks
	if q.end < len(toks) && !toks[q.end].is6(symComma, symPeriod, symSemicolon, symRParen, wdAnd, wdWhile) {
		return false
	}
	for _, m := range x.s.products {
		if !(m.end == q.start || m.end == q.start-1 && toks[m.end].text == "(") || x.e.vendorOf[m.name] == "" {
			continue
		}
		start := m.start
		// "Google Gemini 7.03%": the maker's name before the product.
		for _, c := range x.s.companies {
			if c.end == start {
				start = c.start
			}
		}
		if start == 0 || toks[start-1].is8(symComma, symColon, symSemicolon, wdAnd, wdGives, wdGive, wdGave, wdShows) {
			return true
		}
	}
	return false
}

// possessiveBefore reports company mention p written as a possessive
// ("Lenovo's") with at most two lower-case words between it and token k:
// "Lenovo's worldwide PC", "Contoso's global GPU".
func (x *extractor) possessiveBefore(p mention, k int) bool {
	toks := x.s.toks
	j := p.end
	if j+1 >= k || !(toks[j].text == "'" || toks[j].text == "’") || toks[j+1].lower != "s" {
		return false
	}
	j += 2
	if k-j > 2 {
		return false
	}
	for ; j < k; j++ {
		if toks[j].kind != tokWord || toks[j].startsUpper() {
			return false
		}
	}
	return true
}

// listItemStart reports a name at k that opens an item of a ranking:
// first in its sentence or after a number or mark ("1. Samsung", "- Apple",
// "(2) Xiaomi"), not after a word ("lead over Microsoft, 16 percent to
// 13" sets the figure beside another company's name).
func listItemStart(toks []token, k int) bool {
	return k == 0 || toks[k-1].kind != tokWord
}

// levelChangedFrom returns the percentage before q in its sentence that
// q is the level it changed from: "19% of shipments, up from 17%", with
// no company named between.
func (x *extractor) levelChangedFrom(q *quantity) (quantity, bool) {
	toks := x.s.toks
	if q.start < 2 || toks[q.start-1].lower != "from" {
		return *q, false
	}
	for i := len(x.s.qty) - 1; i >= 0; i-- {
		p := x.s.qty[i]
		if p.end > q.start-1 || p.kind != qtyPercent {
			continue
		}
		// "36% of revenue in the first quarter of 2025, down from 41%":
		// the first figure's period may stand between.
		if q.start-p.end > 16 || x.companyIn(p.end, q.start) {
			return *q, false
		}
		return p, true
	}
	return *q, false
}

// levelChangedTo returns the percentage a level q was reached from, set
// off by a comma and a verb of change: the 86.6% of "held 86.6% in
// January, falling to 78.3% by June".
func (x *extractor) levelChangedTo(q *quantity) (quantity, bool) {
	toks := x.s.toks
	if q.start < 4 || toks[q.start-1].lower != "to" || !x.tokHas(q.start-2, wChangeBefore) || toks[q.start-3].text != "," {
		return *q, false
	}
	i := x.lastPercentBy(q.start - 3)
	if i < 0 || q.start-x.s.qty[i].end > 10 || x.companyIn(x.s.qty[i].end, q.start) {
		return *q, false
	}
	return x.s.qty[i], true
}

// fromLevel returns the percentage a level q was reached from in "from
// 11.7% in the second quarter to 12.4%" or "from about 10% in early 2020
// to the current 7.22%": the figure after "from", with only its period
// and no company or figure between, and the few words of "to the current"
// before q.
func (x *extractor) fromLevel(q *quantity) (quantity, bool) {
	toks := x.s.toks
	k := q.start - 1
	for k > 0 && k >= q.start-3 && toks[k].is8(wdThe, wdA, wdAn, wdCurrent, wdJust, wdOnly, wdAround, wdAbout) {
		k--
	}
	if k < 2 || toks[k].lower != "to" {
		return *q, false
	}
	i := x.lastPercentBy(k)
	if i < 0 {
		return *q, false
	}
	p := x.s.qty[i]
	if k-p.end > 8 || p.start < 1 || toks[p.start-1].lower != "from" || x.companyIn(p.end, k) {
		return *q, false
	}
	return p, true
}

// levelOfCompany reports a percentage a company's verb puts it at, with
// only its verb's words between: "Intel has dropped to 54.9%", "AMD
// stands at 27.4%".
func (x *extractor) levelOfCompany(q *quantity) bool {
	toks := x.s.toks
	if q.start < 2 || toks[q.start-1].lower != "to" && !x.tokIs(q.start-1, givesFigure) {
		return false
	}
	for k := q.start - 2; k >= 0 && k >= q.start-5; k-- {
		if x.inCompany(k) {
			// "while Intel has dropped to 54.9%", "with Contoso on 25%"
			return k < q.start-2 || toks[q.start-1].is2(wdAt, wdOn) && k > 0 && toks[k-1].is3(wdWith, wdAnd, symComma)
		}
		// "Samsung's market share: 18%" labels the figure, not a speaker.
		if toks[k].kind != tokWord || toks[k].startsUpper() || toks[k].is2(wdShare, wdShares) {
			return false
		}
	}
	return false
}

// shareBeforeIn reports a percentage before q in the sentence that is of
// a market by the words after it: "17.7% of units".
func (x *extractor) shareBeforeIn(q *quantity) bool {
	for _, p := range x.s.qty {
		if p.start >= q.start {
			return false
		}
		if p.kind == qtyPercent && (x.marketFollows(&p) || x.ofPeople(&p) && x.heldByCompany(&p)) {
			return true
		}
	}
	return false
}

// measuredAt reports a company right before "at" and q in a sentence
// naming a research firm: "Canalys data shows Xiaomi at 17%", "IDC has
// Lenovo at 24%".
func (x *extractor) measuredAt(q *quantity) bool {
	if len(x.s.measurers) == 0 || q.start < 2 || x.s.toks[q.start-1].lower != "at" {
		return false
	}
	for _, m := range x.s.companies {
		if m.end == q.start-1 {
			return !x.isMeasurer(m)
		}
	}
	return false
}

// listShareAfter reads the first items of a list of companies' levels
// whose last item says what they are of: the 24% and 20% of "Canalys put
// Apple at 24%, Samsung at 20% and Xiaomi at 15% of shipments". Only
// names, commas, "and" and the words that set a company at its figure
// stand between q and the next percentage, and the list must start
// with a company at q.
func (x *extractor) listShareAfter(q *quantity) bool {
	toks := x.s.toks
	if q.start < 2 || !toks[q.start-1].is3(wdAt, wdOn, wdWith) || !x.inCompany(q.start-2) {
		return false
	}
	for i := x.lastPercentBy(q.end) + 1; i < len(x.s.qty); i++ {
		p := &x.s.qty[i]
		if p.kind != qtyPercent || p.start < q.end {
			continue
		}
		if p.start-q.end > 12 || !toks[p.start-1].is3(wdAt, wdOn, wdWith) {
			return false
		}
		for k := q.end; k < p.start; k++ {
			if !(x.inCompany(k) || toks[k].is5(symComma, wdAnd, wdAt, wdOn, wdWith)) {
				return false
			}
		}
		if x.marketFollows(p) {
			return true
		}
		q = p
	}
	return false
}

// asideBetween reports a short aside set off by commas and nothing else
// from token from to token to: the ", in third place," of "and Alibaba,
// in third place, 9.1%".
func (x *extractor) asideBetween(from, to int) bool {
	toks := x.s.toks
	if to-from < 3 || to-from > 8 || toks[from].text != "," || toks[to-1].text != "," {
		return false
	}
	for k := from + 1; k < to-1; k++ {
		if toks[k].kind != tokWord || x.inCompany(k) {
			return false
		}
	}
	return true
}

// ofPeople reports "of customers", "of them" right after q: a part of
// the people a survey asked.
func (x *extractor) ofPeople(q *quantity) bool {
	return x.peopleAfter(q) > 0
}

// peopleAfter returns the token of the people noun in "of customers" or
// "of the users" right after q, or 0: an article before the noun names
// the same part of the same people.
func (x *extractor) peopleAfter(q *quantity) int {
	toks := x.s.toks
	j := q.end + 1
	if j >= len(toks) || toks[q.end].lower != "of" {
		return 0
	}
	if toks[j].lower == "the" && j+1 < len(toks) {
		j++
	}
	if x.tokIs(j, namesCustomers) {
		return j
	}
	return 0
}

// heldByCompany reports a part of the people a company's verb of holding
// gives it: "SKT controls 45% of users", "Contoso accounts for 30% of
// subscribers". Those are the company's share of a market's users, not
// the part of those asked that answered a survey.
func (x *extractor) heldByCompany(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 1 && toks[k].lower == "with" {
		// "Jio has the biggest chunk of the pie with 36% of the users",
		// "Contoso leads with 40% of customers": the clause's company
		// holds what "with" gives it. Only buyers and users: "with 40%
		// of respondents saying" is a survey's answer.
		if j := x.peopleAfter(q); j > 0 && toks[j].is4(wdUsers, wdCustomers, wdConsumers, wdBuyers) {
			cs, _ := x.clause(q)
			return x.companyIn(max(cs, k-12), k)
		}
		return false
	}
	if k >= 1 && toks[k].lower == "for" && toks[k-1].is3(wdAccounts, wdAccounted, wdAccounting) {
		k--
	} else if k < 1 || !toks[k].is14(wdControls, wdControlled, wdHolds, wdHeld, wdHas, wdHad, wdCommands, wdCommanded, wdCaptures, wdCaptured, wdServes, wdServed, wdClaims, wdClaimed) {
		return false
	}
	return x.companyIn(max(0, k-4), k)
}

// isSurveyPart reports a percentage of the people a survey asked: "60.3%
// of them", or one that goes on such a figure with a verb of its own ("68%
// of customers had no plans and 6.6% wanted to").
func (x *extractor) isSurveyPart(q *quantity) bool {
	if x.ofPeople(q) {
		return !x.heldByCompany(q)
	}
	toks := x.s.toks
	// "55.3% said yes and 39.7% said no": what a part of those asked
	// answered, no company named between.
	if q.end < len(toks) && x.tokIs(q.end, answersSurvey) && !x.inCompany(q.start-1) {
		return true
	}
	// "44% of respondents named AWS and 31% Azure": a company right after
	// the figure is the answer the part gave.
	if q.end >= len(toks) || q.start == 0 || toks[q.end].kind != tokWord || toks[q.end].startsUpper() && !x.inCompany(q.end) ||
		toks[q.end].is10(wdOf, wdShare, wdMarket, wdFor, wdIn, wdOn, wdAt, wdAnd, wdEach, wdApiece) ||
		!(toks[q.start-1].text == "," || toks[q.start-1].lower == "and" || x.tokIs(q.start-1, contrasts)) {
		return false
	}
	qs := x.s.qty
	for i := x.lastPercentBy(q.start); i >= 0 && q.start-qs[i].end <= 12; i-- {
		if qs[i].kind == qtyPercent && x.ofPeople(&qs[i]) {
			return !x.heldByCompany(&qs[i])
		}
	}
	return false
}

// seriesPrev returns the percentage before q when only the period of the
// one before and list glue stand between them: the 6.7% of "6.7% in 2019,
// 9.4% in 2020".
func (x *extractor) seriesPrev(q *quantity) (quantity, bool) {
	toks := x.s.toks
	i := x.lastPercentBy(q.start)
	if i < 0 || q.start-x.s.qty[i].end > 9 || q.start == x.s.qty[i].end {
		return *q, false
	}
	prev := x.s.qty[i]
	year := false
	from := prev.end
	// "9.1% of visits in March, 12.4% in July": what the first figure is
	// of, a word or two, stands before its period.
	if toks[from].lower == "of" {
		from++
		for j := from; j < q.start && j < prev.end+4 && toks[j].kind == tokWord && !toks[j].startsUpper() && !toks[j].is2(wdIn, wdFor); j++ {
			from = j + 1
		}
	}
	if q.start-from > 6 {
		return *q, false
	}
	for _, t := range toks[from:q.start] {
		switch {
		case t.kind == tokNum && isYearText(t.text) || t.is6(wdQ1, wdQ2, wdQ3, wdQ4, wdH1, wdH2) || t.startsUpper() && monthNumber(t.lower) != 0:
			// "86.6% in January, 78.3% in June": months too.
			year = true
		case t.text == "," || t.is5(wdAnd, wdIn, wdFor, wdBy, wdThen):
			// "falling to 78.3% by June, then 72.9% by October"
		default:
			return *q, false
		}
	}
	return prev, year
}

// comparedWith returns the percentage q is compared with, named just
// before it with no company between: the 4.3% of "4.3%, against 4.4%",
// the 4.4% of "held 4.4% after 4.5% the year before".
func (x *extractor) comparedWith(q *quantity) (quantity, bool) {
	toks := x.s.toks
	k := q.start - 1
	if k < 1 || !(x.tokIs(k, comparesWith) && !toks[k].is2(wdThan, wdCompared) || toks[k].lower == "after" || toks[k].is2(wdWith, wdTo) && toks[k-1].lower == "compared") {
		return *q, false
	}
	var prev quantity
	found := false
	for _, p := range x.s.qty {
		if p.kind == qtyPercent && p.end <= k {
			prev, found = p, true
		}
	}
	if !found {
		return *q, false
	}
	for _, m := range x.s.companies {
		if m.start >= prev.end && m.start < q.start {
			return *q, false
		}
	}
	return prev, true
}

// shareCompany is the company a percentage is stated for: the one named
// right after it ("31% for AWS"), else the nearest named before it in the
// sentence, else the company the paragraph is about.
func (x *extractor) shareCompany(q *quantity) string {
	toks := x.s.toks
	ms := x.s.companies
	if len(x.s.measurers) > 0 && slices.ContainsFunc(ms, x.isMeasurer) {
		// "Gartner puts it at 44.2%": the firm that measured holds no
		// share of its own.
		ms = slices.DeleteFunc(slices.Clone(ms), x.isMeasurer)
	}
	if q.end+1 < len(toks) && toks[q.end].is2(wdFor, wdBy) {
		for _, m := range ms {
			if m.start == q.end+1 || (m.start == q.end+2 && toks[q.end+1].lower == "the") {
				return m.name
			}
		}
	}
	if name := x.givenTo(q, ms); name != "" {
		return name
	}
	if p, ok := x.fromLevel(q); ok {
		// "Its market share rose from 11.7% in the second quarter to
		// 12.4% in the third": the level a share went to is the same
		// company's as the one it went from.
		return x.shareCompany(&p)
	}
	if p, ok := x.levelChangedFrom(q); ok {
		// "Following MediaTek, Qualcomm held 24%, a drop from 28%": and
		// the level it changed from, the company's of the later level.
		return x.shareCompany(&p)
	}
	// "Amazon on 30%", "Alibaba Cloud's 36%", "Microsoft at 22 percent",
	// "Alibaba, in third place, 9.1%"
	for _, m := range ms {
		// "overtook Alibaba with 8%": the figure is the one who overtook;
		// "ahead of Tencent at 15%" is Tencent's.
		if m.start > 0 && (x.tokIs(m.start-1, overtakesRival) || followsRival(toks, m.start-1)) && m.end < q.start && toks[m.end].lower == "with" {
			// "behind Salesforce with 9.3%" is Salesforce's.
			continue
		}
		if m.end <= q.start && (m.end >= q.start-2 && gapOwns(toks[m.end:q.start]) || x.asideBetween(m.end, q.start)) && !x.appositiveName(m, q) {
			return m.name
		}
		// "ahead of Contoso Stream (17%)": the bracket is the company's
		// whose product it follows, whatever the company is set against.
		if m.end == q.start-2 && toks[q.start-1].text == "(" && isNameToken(&toks[m.end]) {
			return m.name
		}
	}
	// "Google led with 64%, ahead of Microsoft with 21.4% and Yahoo with
	// 12.2%": once a figure stands before a rival set behind or ahead,
	// the one its own "with" or "at" gives is the rival's.
	if k := q.start - 1; k > 0 && toks[k].is3(wdWith, wdAt, wdOn) && x.lastPercentBy(k) >= 0 {
		for _, m := range ms {
			if m.end <= k && m.end >= k-1 && (m.end == k || isNameToken(&toks[m.end])) && isComparison(toks, x.s.marks, m.start) && !followsRival(toks, m.start-1) && x.lastPercentBy(m.start) >= 0 {
				return m.name
			}
		}
	}
	// "ahead of Vodafone (207.4 million, 17.5 per cent)": a bracket of
	// count and share right after a company is that company's; "against
	// Airtel's 325.1 million (27.99 per cent)", the count's owner's.
	if open := x.bracketedCount(q); open > 0 {
		at := open
		if open == q.start-1 {
			at = x.lastCountBy(open)
		}
		for _, m := range ms {
			if m.end <= at && at-m.end <= 3 && gapOwns(toks[m.end:at]) {
				return m.name
			}
		}
	}
	// "DeepSeek drew 5%, while Claude has about 3%": a product right
	// before the figure is its maker's, whatever company came before.
	for _, m := range x.s.products {
		if m.end <= q.start && m.end >= q.start-2 && gapOwns(toks[m.end:q.start]) && x.e.vendorOf[m.name] != "" {
			return x.e.vendorOf[m.name]
		}
		// "with Claude bringing up the rear at 0.91%": a few plain words
		// of its place between the product and its figure.
		if m.end < q.start-2 && m.end >= q.start-6 && toks[q.start-1].is3(wdAt, wdWith, wdOn) && x.e.vendorOf[m.name] != "" && x.plainWords(m.end, q.start-1) {
			return x.e.vendorOf[m.name]
		}
	}
	// "just ahead of Tencent Cloud, which raised its share to 15.1%": the
	// company a relative clause hangs on is its subject.
	for i, m := range ms {
		if m.end+1 < q.start && opensClause(toks, x.s.marks, m.end) &&
			(i+1 == len(ms) || ms[i+1].start >= q.end || x.clauseClosesOver(ms[i+1:], m.end+1, q.start)) {
			return m.name
		}
	}
	best := ""
	compared := false
	for i, m := range ms {
		// "behind Amazon and Microsoft, with 13%": companies a subject is
		// compared with are not the ones the figure is for.
		// "Behind Apple, Xiaomi took third": a comparison opening the
		// sentence ends at its comma, and no list goes on past it.
		fronted := i > 0 && ms[i-1].start <= 2 && toks[0].is3(wdBehind, wdAfter, wdTrailing) && m.start == ms[i-1].end+1 && toks[ms[i-1].end].text == ","
		compared = x.comparedRival(m.start) || (compared && i > 0 && onlyListGlue(toks[ms[i-1].end:m.start]) && !fronted)
		// "SK hynix leads DRAM in 2Q25 with 38.7%": what a company leads
		// is its market.
		led := i > 0 && m.start > 0 && x.tokIs(m.start-1, leadsMarket)
		// "OPPO (including OnePlus) shipped 28.6 million units for a 9%
		// share": a brand the bracket counts in is the company's before it.
		included := m.start >= 2 && toks[m.start-1].is2(wdIncluding, wdIncl) && toks[m.start-2].text == "(" && best != ""
		// "Lenovo's worldwide PC share reached 24.5%": a name between a
		// company's possessive and "share" names the market it is a
		// share of, not another holder.
		market := i > 0 && m.end < len(toks) && toks[m.end].is2(wdShare, wdMarket) && x.possessiveBefore(ms[i-1], m.start)
		if m.end <= q.start && !compared && !led && !included && !market && !speakerLabel(toks, m.end) && !x.inAppositive(i, q) {
			best = m.name
		}
	}
	if best != "" {
		return best
	}
	// "ChatGPT's share of chatbot use fell to 45%": a product's share,
	// where the sentence names no company, is its maker's.
	for i := len(x.s.products) - 1; i >= 0; i-- {
		if m := x.s.products[i]; m.end <= q.start && x.e.vendorOf[m.name] != "" {
			return x.e.vendorOf[m.name]
		}
	}
	// "Samsung and Xiaomi both grew. The latter held 14%": the last, or
	// with "the former" the first, of the companies the sentence before
	// named.
	if len(ms) == 0 && len(x.prev) >= 2 {
		switch x.formerOrLatter(q) {
		case "former":
			return x.prev[0]
		case "latter":
			return x.prev[len(x.prev)-1]
		}
	}
	// "By mid-2025 its share had dropped to 25%, while Anthropic's rose":
	// a share its clause gives with "its" and no name is the company the
	// sentence before named, not one a later clause names.
	// "This boosted the company's DRAM market share to 34.5%, narrowing
	// the gap with Samsung": so is "the company" before the figure.
	if len(x.prev) > 0 && (x.pronounInClause(q) || x.saysTheCompany(q)) {
		return x.prevSubject()
	}
	for _, m := range ms {
		// "at 29.7% of the market it remains well behind Samsung": the
		// company a share is set behind holds another.
		if m.start >= q.end && !x.comparedRival(m.start) {
			return m.name
		}
	}
	// "HP shipped 3.4 million PCs. The result was a market share of 25%":
	// a sentence that names nobody gives a share, said plainly, to the one
	// company the sentence before named.
	if len(ms) == 0 && len(x.s.products) == 0 && len(x.prev) == 1 && x.prev[0] != x.ctxMeasurer && !x.onlyMeasures(x.prev[0]) && x.plainShareBefore(q) {
		return x.prev[0]
	}
	if len(x.context) > 0 && (x.sentenceHas(wPronoun) || x.companyWord(q)) {
		// "Gartner puts it at 44.2%": "it" is the company before, not
		// the firm that measured.
		for _, names := range [][]string{x.context, x.prev} {
			for _, c := range names {
				if c != x.ctxMeasurer && !slices.ContainsFunc(x.s.measurers, func(m mention) bool { return m.name == c }) && !x.onlyCompared(c) && !x.onlyMeasures(c) {
					return c
				}
			}
		}
	}
	return ""
}

// prevSubject is the company the sentence before is about: the first it
// named, or, when it opens with a phrase a comma closes, the one right
// after that phrase: in "Following Contoso's lead, Northwind cut its prices. It
// now has 3.96%", "it" is Northwind.
func (x *extractor) prevSubject() string {
	p := x.prevSent
	if p == nil || len(p.toks) == 0 || len(p.companies) == 0 || !x.lex.tokIn(lFronting, &p.toks[0]) {
		return x.prev[0]
	}
	comma := slices.IndexFunc(p.toks, func(t token) bool { return t.text == "," })
	if comma < 0 {
		return x.prev[0]
	}
	for _, m := range p.companies {
		// "After Contoso bought a stake in Fabrikam in 2019 its sales
		// rose, helped by a stake in Northwind": a comma the subject does
		// not stand right after closes no opening phrase, and a company
		// further on is no subject.
		if m.start > comma && m.start-comma <= 3 && slices.Contains(x.prev, m.name) {
			return m.name
		}
	}
	return x.prev[0]
}

// plainShareBefore reports a share word shortly before q, in a sentence
// that sets no group or other holder against it: "Market share rose from
// 11.7% to 12.4%", "the result was market share of just over 25%"; not
// "their combined share reached 60%" nor "the top five's share". A share
// word a few words after q does as well: "This is equivalent to 36.5% of
// the market share".
func (x *extractor) plainShareBefore(q *quantity) bool {
	toks := x.s.toks
	share := false
	for k := q.end; k < len(toks) && k < q.end+4; k++ {
		if toks[k].is2(wdShare, wdShares) {
			share = true
		}
	}
	for k := 0; k < q.start; k++ {
		t := &toks[k]
		if t.is2(wdShare, wdShares) {
			share = share || k >= q.start-12
		}
		if t.is15(wdCombined, wdCollective, wdTogether, wdJointly, wdTheir, wdTop, wdOther, wdOthers, wdRest, wdRemaining, wdEach, wdBoth, wdIts, wdHis, wdHer) || x.tokIs(k, namesBiggest) || leaderCount(t.lower) > 1 {
			return false
		}
	}
	return share
}

// inAppositive reports company i of the sentence named within words set
// off by commas after an earlier company, that describe it and close
// before q: "Transsion, owner of the Tecno and Infinix brands, secured a
// 9% share" is Transsion's. A list ("Samsung, Apple and Xiaomi") goes
// on with a name, not a lower-case word.
func (x *extractor) inAppositive(i int, q *quantity) bool {
	toks := x.s.toks
	m := x.s.companies[i]
	for _, h := range x.s.companies[:i] {
		c := h.end
		if c+1 >= m.start || toks[c].text != "," || toks[c+1].kind != tokWord || toks[c+1].startsUpper() || toks[c+1].is2(wdAnd, wdOr) {
			continue
		}
		for k := c + 1; k < q.start; k++ {
			if toks[k].text == "," {
				if k >= m.end {
					return true
				}
				break // an earlier aside closed before m: a later one may hold it
			}
		}
	}
	return false
}

// appositiveName reports company mention m inside an aside on an earlier
// company that closes right before q's words: the Bharti Airtel of
// "Fabrikam, part of India's Bharti Airtel, has 26%".
func (x *extractor) appositiveName(m mention, q *quantity) bool {
	i := slices.IndexFunc(x.s.companies, func(c mention) bool { return c.start == m.start })
	return i > 0 && x.inAppositive(i, q)
}

// formerOrLatter returns "former" or "latter" when q's clause names its
// holder so ("the latter held 14%", "the former's share"), else "". "The
// former chief executive" names someone else.
func (x *extractor) formerOrLatter(q *quantity) string {
	toks := x.s.toks
	start, _ := x.clause(q)
	for k := max(start, 1); k+1 < q.start; k++ {
		if !toks[k].is2(wdFormer, wdLatter) || toks[k-1].lower != "the" {
			continue
		}
		n := toks[k+1]
		if n.kind == tokWord && (n.startsUpper() || x.tokIs(k+1, namesFirm) || x.tokHas(k+1, wDescriptor) || x.tokIs(k+1, namesFirms)) {
			return ""
		}
		if toks[k].lower == "former" && n.kind == tokWord && !x.tokIs(k+1, holdsPart) && !x.tokIs(k+1, accountsFor) && !x.tokIs(k+1, haveVerbs) && !x.tokIs(k+1, beVerbs) {
			return "" // "the former chief", "the former owner"
		}
		return toks[k].lower
	}
	return ""
}

// speakerLabel reports a name ending at e that only labels who speaks, in
// a possessive before a colon: "ACM's chief economist: three hyperscalers
// hold 70%" gives the speaker no share.
func speakerLabel(toks []token, e int) bool {
	if e+3 >= len(toks) || toks[e].text != "'" && toks[e].text != "’" || toks[e+1].lower != "s" {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+5; k++ {
		if toks[k].text == ":" {
			return k > e+2
		}
		// "Samsung's market share: 18%" labels the figure, not a speaker.
		if toks[k].kind != tokWord || toks[k].startsUpper() || toks[k].is2(wdShare, wdShares) {
			return false
		}
	}
	return false
}

// onlyCompared reports a company the sentence names only as what another
// is set behind or ahead of: "it remains well behind Samsung".
func (x *extractor) onlyCompared(name string) bool {
	named := false
	for _, m := range x.s.companies {
		if m.name == name {
			if !x.comparedRival(m.start) {
				return false
			}
			named = true
		}
	}
	return named
}

// onlyMeasures reports a company the sentence names only within the
// research firm that measured: "Dell" of "Dell'Oro said" holds no share.
func (x *extractor) onlyMeasures(name string) bool {
	named := false
	for _, m := range x.s.companies {
		if m.name == name {
			if !x.isMeasurer(m) {
				return false
			}
			named = true
		}
	}
	return named
}

// pronounInClause reports "its" or "their" in q's clause before it, or
// "it" as its subject: "It held 30%, ahead of Microsoft at 21%"
// gives the 30% to the company the sentence before named.
func (x *extractor) pronounInClause(q *quantity) bool {
	return x.clauseBefore(q, func(k int) bool { return x.s.toks[k].is3(wdIts, wdTheir, wdIt) })
}

// companyWord reports "the company" or "the firm" before q standing for
// the company named before: "In 2021 the company held 24.4% of the
// hospital market". Words that only describe it may stand between: "the
// German chipmaker", "the Seoul-based memory maker", "the Finnish
// vendor's share"; but not ones that rank another company ("the
// second-largest vendor", "the rival firm").
func (x *extractor) companyWord(q *quantity) bool {
	toks := x.s.toks
	for j := max(0, q.start-16); j < q.start-1; j++ {
		if toks[j].lower != "the" {
			continue
		}
		for k := j + 1; k < q.start && k <= j+5; k++ {
			t := &toks[k]
			if (x.tokIs(k, namesFirm) || x.tokHas(k, wDescriptor)) && !t.startsUpper() {
				// "Intel and Nvidia reported. The Santa Clara chipmaker
				// held 80%": an epithet that fits both names neither.
				return !slices.Contains(x.s.vague, k)
			}
			if t.kind != tokWord && t.text != "-" || x.tokIs(k, namesBiggest) || ordinals[t.lower] != 0 || t.is2(wdOther, wdRival) || x.inCompany(k) {
				break
			}
		}
	}
	return false
}

// shareCompanies pairs percentages with companies in lists written in the
// same order ("Amazon, Microsoft and Google had 31%, 25% and 11%
// respectively"). It returns, by quantity index, the company for each
// percentage in such a list.
func (x *extractor) shareCompanies() map[int]string {
	// Made at the first pair: most sentences with shares list none, and
	// a nil map reads as an empty one.
	var out map[int]string
	qs := x.s.qty
	// "Apple 16% (16%)": a figure in brackets right after another is what
	// that one is compared with, no item of a list.
	bracketed := func(i int) bool {
		return i > 0 && qs[i].start > 0 && x.s.toks[qs[i].start-1].text == "(" && qs[i-1].end == qs[i].start-1
	}
	for i := 0; i < len(qs); {
		if bracketed(i) {
			i++
			continue
		}
		j := i + 1
		// "Microsoft's 25% and Google's 11%": a company named between two
		// figures owns the second; they are no list.
		for j < len(qs) && qs[j].kind == qtyPercent && qs[i].kind == qtyPercent && onlyListGlue(x.s.toks[qs[j-1].end:qs[j].start]) &&
			!x.companyIn(qs[j-1].end, qs[j].start) && !bracketed(j) {
			j++
		}
		if n := j - i; n >= 2 {
			names := x.listBefore(qs[i].start, n)
			if owner := x.ownerOfRun(qs[i].start); owner != "" {
				// "Sony 27% and 35%; Samsung 19% and 19%": figures
				// right after one name, not after a list of names, are
				// all that company's (for two years), no list to share
				// out.
				names = slices.Repeat([]string{owner}, n)
			}
			if lead := x.leadersNamed(qs[i].start, n); lead != nil {
				// "In January the three leaders had stood at 63.8%, 21.3%
				// and 12.4% respectively": the leaders the article
				// credited shares to, largest first.
				names = lead
			} else if len(x.s.companies) == 0 && len(x.prev) == n && x.sentenceHas(wRespectively) {
				// "Amazon keeps its lead, though Microsoft and Google grew
				// faster. Their shares were 32%, 23% and 12% respectively":
				// the companies the sentence before named, in order.
				names = x.prev
			} else if len(x.s.companies) == 0 && len(x.lastGroup) == n && x.sentenceHas(wRespectively) && x.prevInGroup() &&
				slices.ContainsFunc(x.s.toks, func(t token) bool { return t.lower == "their" }) {
				// A paragraph of its own after "Amazon, Microsoft and Google
				// together make up 63%": "their shares were 29%, 20% and
				// 13% respectively" are the group's members', in order. So
				// when a sentence between spoke only of one of them
				// ("Amazon's share has slipped"): "their" is still the group.
				names = x.lastGroup
			}
			if len(names) != n && x.sentenceHas(wRespectively) {
				// "Telkom Kenya, Equitel and Jamii Telecommunications held
				// 1.5%, 2.0% and 0.9% respectively": names the lexicon does
				// not know, as written.
				names = x.writtenList(qs[i].start, n)
			}
			if len(names) == n {
				if out == nil {
					out = map[int]string{}
				}
				for k := range n {
					out[i+k] = names[k]
				}
			}
		} else if names := x.scorePair(i); names != nil {
			if out == nil {
				out = map[int]string{}
			}
			out[i], out[i+1] = names[0], names[1]
			j = i + 2
		}
		i = j
	}
	return out
}

// leadersNamed returns the n leaders earlier sentences credited shares
// to, largest first, when a sentence with "respectively" that names no
// company before token end calls them "the three", "the two leaders"; nil
// otherwise.
func (x *extractor) leadersNamed(end, n int) []string {
	// "Xiaomi and Oppo grew fastest. The two had held 12% and 8%": the
	// companies the sentence before named, when there are as many, are
	// the ones meant, not the market's leaders.
	if len(x.leaders) < n || x.companyIn(0, end) || !x.sentenceHas(wRespectively) || len(x.prev) == n {
		return nil
	}
	toks := x.s.toks
	for k := 1; k < end; k++ {
		// "In the three months to June": a count of a span of time
		// counts no companies.
		if leaderCount(toks[k].lower) == n && toks[k-1].is2(wdThe, wdThese) &&
			!(k+1 < len(toks) && toks[k+1].is5(wdMonths, wdYears, wdQuarters, wdWeeks, wdDays)) {
			return topLeaders(x.leaders, n)
		}
	}
	return nil
}

// ownerOfRun returns the company named right before a run of figures
// starting at token k when it stands alone as one item: "; Samsung 19% and
// 19%", "Sony 27% and 35%". A name a list glues to others ("Intel and AMD
// 71% and 16%") leaves the run a list.
func (x *extractor) ownerOfRun(k int) string {
	toks := x.s.toks
	for _, m := range x.s.companies {
		// "Xiaomi: 27%, 28%": a row of a table written as text, the
		// name its label before a colon, whatever row came before.
		if m.end+1 == k && toks[m.end].text == ":" && (m.start == 0 || !toks[m.start-1].is2(wdAnd, symAmpersand)) {
			return m.name
		}
		if m.end != k {
			continue
		}
		if m.start == 0 {
			return m.name
		}
		before := &toks[m.start-1]
		if before.is2(wdAnd, symAmpersand) || before.lower == "of" || before.text == "," && m.start >= 2 && x.inCompany(m.start-2) {
			return ""
		}
		if before.text == ";" || before.text == ":" || before.text == "," {
			return m.name
		}
		return ""
	}
	return ""
}

// headerPeriods are the periods a sentence's heading, the words before its
// first figure, gives one to each part its commas set apart: "Company:
// Market share Q3 2018, Market share Q2 2018". Nil unless every part gives
// one and they differ.
func (x *extractor) headerPeriods() []corpus.Period {
	toks := x.s.toks
	qi := slices.IndexFunc(x.s.qty, func(q quantity) bool { return q.kind == qtyPercent })
	if qi < 0 {
		return nil
	}
	end := x.s.qty[qi].start
	for k := 0; k < end; k++ {
		if x.inCompany(k) {
			end = k // the heading ends at the first row's label
			break
		}
	}
	var out []corpus.Period
	ref := x.periodRef()
	from := 0
	for k := 0; k <= end; k++ {
		if k < end && toks[k].text != "," {
			continue
		}
		p := periodIn(toks[from:k], ref)
		if p == "" || slices.Contains(out, p) {
			return nil
		}
		out = append(out, p)
		from = k + 1
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// ownedRunYear returns the year of q in a run of figures one company owns
// ("Sony 27% and 35%") when the sentence named as many years, joined by
// "and" or commas, before the run's company: "for 2014 and 2015 ...: Sony
// 27% and 35%" gives 27% 2014. "" otherwise.
func (x *extractor) ownedRunYear(q *quantity) corpus.Period {
	toks, qs := x.s.toks, x.s.qty
	qi := slices.IndexFunc(qs, func(p quantity) bool { return p.start == q.start })
	if qi < 0 || q.kind != qtyPercent {
		return ""
	}
	first, last := qi, qi
	for first > 0 && qs[first-1].kind == qtyPercent && onlyListGlue(toks[qs[first-1].end:qs[first].start]) && qs[first-1].end < qs[first].start {
		first--
	}
	for last+1 < len(qs) && qs[last+1].kind == qtyPercent && onlyListGlue(toks[qs[last].end:qs[last+1].start]) && qs[last].end < qs[last+1].start {
		last++
	}
	if first == last || x.ownerOfRun(qs[first].start) == "" {
		return ""
	}
	if last-first == 1 {
		if p := x.leadInPair(qs[first].start, qi-first); p != "" {
			return p
		}
	}
	if hs := x.headerPeriods(); len(hs) == last-first+1 && toks[qs[first].start-1].text == ":" {
		// "Company: Market share Q3 2018, Market share Q2 2018 Xiaomi:
		// 27%, 28%": a table's rows written as text, a column's period
		// in the heading each row's figures follow.
		return hs[qi-first]
	}
	var years []string
	for k := 0; k < qs[first].start; k++ {
		if !isYearText(toks[k].text) {
			continue
		}
		if len(years) > 0 && !(k >= 2 && toks[k-1].is2(symComma, wdAnd) && isYearText(toks[k-2].text)) {
			years = years[:0]
		}
		years = append(years, toks[k].text)
	}
	if len(years) != last-first+1 {
		return ""
	}
	return corpus.Period(years[qi-first])
}

// leadInPair returns the i-th (0 or 1) of two periods joined by "and" in
// a lead-in that a colon closes before token at: "the shares for 4Q24 and
// 3Q24 as follows: TSMC 67.1% and 64.7%", "market share in Q3 2018 and
// Q2 2018: Xiaomi 27%, 28%". A ranking set out that way gives each
// company its figures in the order the lead-in gave the periods. "" when
// the sentence has no such lead-in.
func (x *extractor) leadInPair(at, i int) corpus.Period {
	toks := x.s.toks
	colon := -1
	for k := at - 1; k >= 0 && k >= at-40; k-- {
		if toks[k].text == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return ""
	}
	lo := max(0, colon-14)
	for k := colon - 1; k > lo; k-- {
		if !toks[k].is1(wdAnd) {
			continue
		}
		ref := x.periodRef()
		first, second := lastPeriodIn(toks[lo:k], x.s.marks[lo:k], ref), periodIn(toks[k+1:colon], ref)
		if first == "" || second == "" || first == second {
			return ""
		}
		return [2]corpus.Period{first, second}[i]
	}
	return ""
}

// prevInGroup reports that the companies the sentence before named are
// fewer than the last group share's members and all among them, so that a
// "their" can only mean the group: the sentence between narrowed to one
// member and did not start a new list.
func (x *extractor) prevInGroup() bool {
	if len(x.prev) >= len(x.lastGroup) {
		return false
	}
	for _, p := range x.prev {
		if !slices.Contains(x.lastGroup, p) {
			return false
		}
	}
	return true
}

// companyIn reports a company named between tokens from and to.
func (x *extractor) companyIn(from, to int) bool {
	for _, m := range x.s.companies {
		if m.start >= from && m.start < to {
			return true
		}
	}
	return false
}

// isMeasurer reports a company mention that is the research firm a
// sentence names as measuring the market.
func (x *extractor) isMeasurer(m mention) bool {
	for _, r := range x.s.measurers {
		if r.start < m.end && m.start < r.end {
			return true
		}
	}
	return false
}

// scorePair reads two percentages set against each other like a score
// after the only two companies a sentence names: "Microsoft overtakes AWS
// in cloud revenue share, 13.8% to 13.2%" gives the first to the first.
// A change from one to the other ("rose from 12% to 14%") is no score.
func (x *extractor) scorePair(i int) []string {
	qs := x.s.qty
	if i+1 >= len(qs) || qs[i].kind != qtyPercent || qs[i+1].kind != qtyPercent || qs[i+1].start != qs[i].end+1 {
		return nil
	}
	toks := x.s.toks
	if !toks[qs[i].end].is4(wdTo, wdVs, wdVersus, wdAgainst) || qs[i].start > 0 && toks[qs[i].start-1].is2(wdFrom, wdBy) || x.strictChange(&qs[i]) {
		return nil
	}
	// "its share climbed to 23% against 19% a year ago": a level a change
	// ends at, set against an earlier one, is one company's two periods,
	// no score of two.
	if k := qs[i].start - 1; k >= 1 && toks[k].lower == "to" && x.s.bits[k-1].has(wChangeBefore) || x.earlierAfter(qs[i+1].end) {
		return nil
	}
	// "Samsung was ahead of Apple with 42% against 31%, while LG trailed
	// at 16%": a name after the comma that closes the score is another
	// clause's.
	closed := qs[i+1].end < len(toks) && toks[qs[i+1].end].is2(symComma, symSemicolon)
	var names []string
	for _, m := range x.s.companies {
		if x.isMeasurer(m) {
			continue // "IHS Markit: Microsoft overtakes AWS": the firm that measured
		}
		if closed && m.start > qs[i+1].end {
			break
		}
		if !slices.Contains(names, m.name) {
			if m.start >= qs[i].start {
				return nil
			}
			names = append(names, m.name)
		}
	}
	if len(names) != 2 {
		return nil
	}
	return names
}

// earlierAfter reports a time phrase at token k that dates a figure
// before it to an earlier period: "a year ago", "a year earlier", "the
// quarter before", "last year", "the previous year".
func (x *extractor) earlierAfter(k int) bool {
	toks := x.s.toks
	if k+1 >= len(toks) {
		return false
	}
	if toks[k].is2(wdLast, wdPrevious) || toks[k].lower == "the" && toks[k+1].is2(wdPrevious, wdPrior) {
		return true
	}
	return k+2 < len(toks) && toks[k].is3(wdA, wdOne, wdThe) && toks[k+1].is3(wdYear, wdQuarter, wdMonth) && toks[k+2].is3(wdAgo, wdEarlier, wdBefore)
}

// listBefore returns the last n distinct companies named before token end,
// in order, when exactly that many are named in the sentence so far.
func (x *extractor) listBefore(end, n int) []string {
	collect := func(asideFrom, asideTo int) []string {
		var names []string
		for _, m := range x.s.companies {
			// "HPE/New H3C Group and NetApp": names a slash joins are one
			// member, known by the first.
			j := m.start - 1
			for j > 0 && j >= m.start-2 && isNameToken(&x.s.toks[j]) {
				j-- // "HPE/New H3C": a word of the name before the known one
			}
			slashed := j > 0 && x.s.toks[j].text == "/" && x.inCompany(j-1)
			if m.end <= end && !slashed && !(m.start > asideFrom && m.start < asideTo) && !slices.Contains(names, m.name) {
				names = append(names, m.name)
			}
		}
		return names
	}
	names := collect(-1, -1)
	if len(names) > n {
		// "Broadcom and Marvell, which design chips for Google and
		// Amazon, hold 60% and 15% respectively": the companies of a
		// relative clause that closes before the figures are not the
		// list. Asked only when more companies than figures come before.
		toks := x.s.toks
		for k := 0; k+1 < end; k++ {
			if toks[k].text != "," || !x.tokIs(k+1, opensRelative) {
				continue
			}
			for c := k + 2; c < end; c++ {
				if toks[c].text == "," {
					if kept := collect(k, c); len(kept) >= n {
						names = kept
					}
					break
				}
			}
		}
	}
	if len(names) < n {
		return nil
	}
	return names[len(names)-n:]
}

// respectiveMoney returns the company a respectively-list of sums pairs
// with money q, and the list's names: "Contoso, Fabrikam and Litware
// raised $24 million, $22 million and $9.6 million, respectively" gives
// each its own round. "" when q stands in no such list or the names
// before it are not as many.
func (x *extractor) respectiveMoney(q *quantity) (string, []string) {
	if q.kind != qtyMoney || !x.sentenceHas(wRespectively) {
		return "", nil
	}
	qs, toks := x.s.qty, x.s.toks
	at := slices.IndexFunc(qs, func(o quantity) bool { return o.start == q.start })
	if at < 0 {
		return "", nil
	}
	lo, hi := at, at+1
	for lo > 0 && qs[lo-1].kind == qtyMoney && onlyListGlue(toks[qs[lo-1].end:qs[lo].start]) {
		lo--
	}
	for hi < len(qs) && qs[hi].kind == qtyMoney && onlyListGlue(toks[qs[hi-1].end:qs[hi].start]) {
		hi++
	}
	if hi-lo < 2 {
		return "", nil
	}
	names := x.listBefore(qs[lo].start, hi-lo)
	if len(names) != hi-lo || !x.writtenAsList(names, qs[lo].start) {
		return "", nil
	}
	return names[at-lo], names
}

// writtenAsList reports whether the last mentions of names before token
// end stand in order joined only by commas and "and", as a written list
// does: "Contoso, Fabrikam and Litware raised". Names that merely come
// before the sums ("Northwind Ventures led Contoso's seed and Series A
// rounds of $5 million and $12 million, respectively") are no list, and
// the sums are rounds of one company, not one each.
func (x *extractor) writtenAsList(names []string, end int) bool {
	last := make([]mention, len(names))
	for _, m := range x.s.companies {
		if m.end > end {
			continue
		}
		if i := slices.Index(names, m.name); i >= 0 {
			last[i] = m
		}
	}
	for i := 1; i < len(last); i++ {
		if last[i].start <= last[i-1].end || !onlyListGlue(x.s.toks[last[i-1].end:last[i].start]) {
			return false
		}
	}
	return true
}

// writtenList returns the n names of a list that runs up to a verb of at
// most three words before token end: "Telkom Kenya, Equitel and Jamii
// Telecommunications held 1.5%, 2.0% and 0.9%". A list may also stand
// as what a sentence is about, its figures in a phrase of their own after
// a comma: "The top providers are bKash, Nagad and Rocket, with market
// shares of 39.9, 18.1 and 11.7 per cent respectively". Each item is a
// run of capitalised words (or a brand written "bKash"), a known
// company's name for the run that holds it. nil unless the list has just
// n items.
func (x *extractor) writtenList(end, n int) []string {
	toks := x.s.toks
	k := end - 1
	for k >= 0 && k >= end-3 && toks[k].kind == tokWord && !toks[k].startsUpper() {
		k--
	}
	phrase := false
	if k >= 0 && k == end-4 {
		// The phrase after a comma is the figures' own ("with market
		// shares of", "with a share of"), so the words before it are
		// the list when they are glued as one.
		for c := k; c >= 0 && c >= end-6; c-- {
			if toks[c].text == "," {
				k = x.sharePhraseBefore(c, end)
				phrase = true
				break
			}
			if toks[c].kind != tokWord || toks[c].startsUpper() {
				break
			}
		}
	}
	if k == end-1 || k < 0 {
		return nil
	}
	var items []string
	for k >= 0 {
		hi := k
		for k >= 0 && toks[k].kind == tokWord && isNameToken(&toks[k]) {
			k--
		}
		if k == hi || len(items) == n {
			return nil
		}
		from := k + 1
		if k < 0 {
			from = x.skipOpeners(from, hi+1)
		}
		if phrase && slices.ContainsFunc(x.s.places, func(m mention) bool { return m.start == from }) {
			// "The top destinations were Kenya, Nigeria and Egypt, with
			// market shares of ...": places a total is shared among,
			// not firms holding a market.
			return nil
		}
		items = append(items, x.writtenName(from, hi+1))
		switch {
		case k < 0:
		case toks[k].is2(wdAre, wdWere) || toks[k].lower == "include" || toks[k].is2(wdWhile, wdBut) || toks[k].lower == "whereas":
			// "The top providers are bKash, Nagad and Rocket", "...,
			// while Halotel and Ezypesa followed with 4 and 2 per cent":
			// the list a clause names as what it is about ends there.
			k = -1
		case toks[k].lower == "and":
			k--
			if k >= 0 && toks[k].text == "," {
				k--
			}
		case toks[k].text == ",":
			k--
		default:
			return nil
		}
	}
	if len(items) != n {
		return nil
	}
	slices.Reverse(items)
	return items
}

// sharePhraseBefore returns the token before the comma at k when the
// words from the comma up to end, the start of a run of figures, say
// only that they are shares ("with market shares of", "with shares of"):
// the list a sentence ends with before them is what holds them. It
// returns -1 otherwise.
func (x *extractor) sharePhraseBefore(k, end int) int {
	toks := x.s.toks
	if end-k > 6 || k+1 >= end || toks[k+1].lower != "with" {
		return -1
	}
	share, market := false, false
	for j := k + 2; j < end; j++ {
		switch {
		case toks[j].is2(wdShare, wdShares):
			share = true
		case toks[j].id == wdMarket:
			market = true
		case toks[j].id == wdOf || toks[j].lower == "a" || toks[j].lower == "respective" || toks[j].lower == "combined":
		default:
			return -1
		}
	}
	// Bare "shares" are a market's only where the sentence or its
	// paragraph speaks of one: "The largest shareholders are Litware and
	// Wingtip, with shares of 40% and 30%" are stakes, "The top
	// destinations were Kenya, Nigeria and Egypt, with shares of ..."
	// parts of a total.
	if !share || !market && !x.shareContext && !x.s.cues.has(wMarket) {
		return -1
	}
	return k - 1
}

// skipOpeners returns where the name of a list's first item starts among
// tokens from to to, past the words that open the sentence rather than
// the name, which are capitalised only for that: a preposition or adverb
// ("In", "Meanwhile"), a place ("In Kenya Tailspin") or a plural noun for
// companies ("Rivals Tailspin", "Operators Tailspin"). The last word
// stays: it is the name.
func (x *extractor) skipOpeners(from, to int) int {
	for from < to-1 {
		if i := slices.IndexFunc(x.s.places, func(m mention) bool { return m.start == from }); i >= 0 && x.s.places[i].end < to {
			from = x.s.places[i].end
			continue
		}
		if !x.tokHas(from, wNotNames) && !x.tokIs(from, namesFirms) {
			break
		}
		from++
	}
	return from
}

// writtenName is the name tokens from to to stand for: the company the
// lexicon knows among them, else the words as written.
func (x *extractor) writtenName(from, to int) string {
	for _, m := range x.s.companies {
		if m.start >= from && m.end <= to {
			return m.name
		}
	}
	return spanText(x.s.toks, from, to)
}

func onlyListGlue(toks []token) bool {
	inBrackets := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// "China's Tencent and China Telecom and Japan's NTT": where a
		// member is from belongs to its name.
		if i+2 < len(toks) && t.startsUpper() && t.kind == tokWord && (toks[i+1].text == "'" || toks[i+1].text == "’") && toks[i+2].lower == "s" {
			i += 2
			continue
		}
		// A short form in brackets belongs to the name before it:
		// "Amazon Web Services (AWS) and Microsoft".
		switch {
		case t.text == "(":
			inBrackets = true
			continue
		case t.text == ")":
			inBrackets = false
			continue
		case inBrackets && isNameToken(&t):
			continue
		}
		// "Amazon Web Services, Inc., Microsoft Corp. and Google LLC"
		if isLegalSuffix(t.lower) || t.text == "." {
			continue
		}
		if !(t.text == "," || t.is3(wdAnd, symAmpersand, wdRespectively)) {
			return false
		}
	}
	return true
}

// market names what a share is of, from the words before "market" in the
// sentence ("the global cloud infrastructure market" gives "cloud
// infrastructure").
func (x *extractor) market() string {
	toks := x.s.toks
	for i := range toks {
		t := &toks[i]
		if t.lower != "market" {
			continue
		}
		if i+1 < len(toks) && toks[i+1].is2(wdShare, wdShares) && !x.hasMarketWordBefore(toks, i) {
			// "90-percent world market share in search": what the share is
			// held in.
			if i+3 < len(toks) && toks[i+2].lower == "in" && toks[i+3].kind == tokWord && !toks[i+3].startsUpper() && !x.tokHas(i+3, wMarketStop) {
				return toks[i+3].lower
			}
			continue
		}
		s := i
		// "the DRAM market", "the RAN market": an acronym names a market;
		// a capitalised word ("the Microsoft market") does not.
		for s > 0 && s > i-4 && toks[s-1].kind == tokWord && !x.tokHas(s-1, wMarketStop) && (!toks[s-1].startsUpper() || acronym(toks[s-1]) && !x.inCompany(s-1) && !x.inPlace(s-1)) {
			s--
		}
		if s < i {
			var words []string
			for _, w := range toks[s:i] {
				words = append(words, marketWord(w))
			}
			return strings.Join(words, " ")
		}
		if i+2 < len(toks) && toks[i+1].lower == "for" {
			e := i + 2
			for e < len(toks) && e < i+6 && toks[e].kind == tokWord && !x.tokHas(e, wMarketStop) {
				e++
			}
			var words []string
			for _, w := range toks[i+2 : e] {
				words = append(words, marketWord(w))
			}
			return strings.Join(words, " ")
		}
	}
	return ""
}

// marketWord is how a word of a market's name is written: an acronym as
// it stands ("DRAM"), any other word in lower case.
func marketWord(t token) string {
	if acronym(t) {
		return t.text
	}
	return t.lower
}

// acronym reports a word in capitals of two to five letters: "DRAM",
// "CRM", "RAN".
func acronym(t token) bool {
	if len(t.text) < 2 || len(t.text) > 5 {
		return false
	}
	for _, c := range t.text {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// measuredMarket names what a share is of when the sentence says what was
// counted instead of "market": "45% of DRAM revenue", "a 23% share of
// smartphone shipments", "31% of cloud infrastructure spending" give
// "dram", "smartphone" and "cloud infrastructure".
func (x *extractor) measuredMarket(q *quantity) string {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].lower == "share" {
		k++
	}
	if k >= len(toks) || toks[k].lower != "of" {
		return ""
	}
	k++
	for k < len(toks) && (x.tokHas(k, wMarketStop) || x.inPlace(k) && toks[k].kind == tokWord) {
		k++ // "of the global", "of all"; "of the Chinese market" is no market "chinese"
	}
	s := k
	for k < len(toks) && k < s+4 && toks[k].kind == tokWord && !x.tokHas(k, wMarketStop) && !x.inCompany(k) && !x.tokHas(k, wRevenue) && !toks[k].is5(wdShipments, wdSpending, wdSpend, wdUnits, wdMarket) {
		k++
	}
	if k == s || k >= len(toks) || !(toks[k].is8(wdRevenue, wdRevenues, wdSales, wdShipments, wdSpending, wdSpend, wdUnits, wdMarket)) || possessed(toks, k) {
		return ""
	}
	words := make([]string, 0, k-s)
	for _, t := range toks[s:k] {
		words = append(words, marketWord(t))
	}
	return strings.Join(words, " ")
}

func (x *extractor) hasMarketWordBefore(toks []token, i int) bool {
	return i > 0 && toks[i-1].kind == tokWord && !x.tokHas(i-1, wMarketStop)
}

// isComparison reports a company named as the term of a comparison
// ("behind AWS", "ahead of Google", "than Microsoft").
func isComparison(toks []token, marks []wordMark, start int) bool {
	k := start - 1
	// "outgrew both AWS and Azure": both are what the subject outgrew.
	if k >= 0 && toks[k].is2(wdThe, wdBoth) {
		k--
	}
	if k < 0 {
		return false
	}
	// "grown its share of the market against Intel once more"
	if toks[k].is3(wdBehind, wdAfter, wdPast) || marks[k]&(overtakesRival|comparesWith) != 0 {
		return true
	}
	if followsRival(toks, k) {
		return true
	}
	// "Second to Amazon, Microsoft held 22%"
	if toks[k].lower == "to" && k > 0 && toks[k-1].is2(wdSecond, wdNext) {
		return true
	}
	return toks[k].lower == "of" && k > 0 && toks[k-1].is2(wdAhead, wdFront)
}

// followsRival reports a verb of following at token k with its subject's
// name before it: in "Airtel followed Glo closely with a 26.8% share" the
// company followed is the subject's rival, while "followed by Vivo with
// 16%" gives the share to the one after "by".
func followsRival(toks []token, k int) bool {
	return k > 0 && toks[k].is2(wdFollowed, wdFollowing) && isNameToken(&toks[k-1])
}

// comparedRival is isComparison for the company named at start, past the
// epithet a rival may carry: "only two percentage points behind market
// leader Contoso" sets Contoso against the figure as "behind Contoso" does.
func (x *extractor) comparedRival(start int) bool {
	toks := x.s.toks
	k := start
	for k > 0 && k > start-2 && toks[k-1].kind == tokWord && !toks[k-1].startsUpper() && x.lex.tokIn(lRivalEpithets, &toks[k-1]) {
		k--
	}
	return isComparison(toks, x.s.marks, k)
}

// clauseClosesOver reports a relative clause opened at token from that a
// comma closes before token to, with every company of later inside it:
// "Microsoft's Azure, which competes with Amazon, held 21%".
func (x *extractor) clauseClosesOver(later []mention, from, to int) bool {
	toks := x.s.toks
	closeAt := -1
	for k := from; k < to; k++ {
		if toks[k].text == "," {
			closeAt = k
			break
		}
	}
	if closeAt < 0 {
		return false
	}
	for _, m := range later {
		if m.start < to && m.end > closeAt {
			return false
		}
	}
	return true
}

// opensClause reports a relative clause opening at token k, after a
// name: ", which", ", whose", ", who".
func opensClause(toks []token, marks []wordMark, k int) bool {
	return k+1 < len(toks) && toks[k].text == "," && marks[k+1]&opensRelative != 0
}

// gapOwns reports whether the tokens between a company and a percentage tie
// the figure to it: nothing, "on", "at", "with" or a possessive.
func gapOwns(gap []token) bool {
	for i, t := range gap {
		switch {
		case t.is8(wdOn, wdAt, wdWith, wdS, wdHad, wdHas, wdHolds, wdHeld) || t.text == "'" || t.text == "’" || t.text == "(":
		case t.is10(wdCaptures, wdCaptured, wdControls, wdControlled, wdCommands, wdCommanded, wdClaims, wdClaimed, wdAccounts, wdAccounted):
			// "KT accounts for 32% and LG Uplus captures the remaining 23%"
		case t.lower == "for" && i > 0 && gap[i-1].is2(wdAccounts, wdAccounted):
		case t.lower == "the" && i+1 < len(gap) && gap[i+1].lower == "remaining", t.lower == "remaining" && i > 0:
		default:
			return false
		}
	}
	return true
}

// continuesChange reports a percentage that goes on a change the figure
// before it opened, with the verb left out: "climbed by 2.2% and 3.1%",
// "have lost 4.2% this week and Meta's 1.7%". Only "and", commas and a
// company's name (with its possessive) may stand between the two.
func (x *extractor) continuesChange(q *quantity) bool { return x.continuesChangeFrom(q, 0) }

// continuesChangeFrom is continuesChange, reading back through one more
// figure of a ranking at depth 0.
func (x *extractor) continuesChangeFrom(q *quantity, depth int) bool {
	var prev *quantity
	pi := -1
	for i := range x.s.qty {
		p := &x.s.qty[i]
		if p.end > q.start {
			break
		}
		prev, pi = p, i
	}
	if prev == nil || prev.kind != qtyPercent || q.start-prev.end > 12 {
		return false
	}
	toks := x.s.toks
	// "Amazon grew 45.9%, Microsoft 61.1%, Alibaba 126.5% and Google
	// 100%", "fell by 17.9%, 8.6% and 27.6%": a list goes on a change
	// read before it, however long, with only names and list glue between.
	// "followed by Microsoft with 100%, IBM with 57%": so does one a
	// company's "with" or "at" gives it.
	end := q.start
	if end >= 2 && x.tokIs(end-1, givesFigure) && x.inCompany(end-2) {
		end--
	}
	if pi < 64 && x.changed&(1<<pi) != 0 && x.onlyNamesBetween(prev.end, end) {
		return true
	}
	and, owner, followed := false, false, false
	for k := prev.end; k < q.start; k++ {
		t := toks[k]
		switch {
		case t.text == ")" && prev.start > 0 && bracketedFrom(toks, prev.start-1):
			// "Sonicwall 6.2% (down 21.0%) and Contoso 4.8%": a change in
			// brackets is an aside on the figure before it, and the
			// bracket closes it.
			return false
		case t.lower == "and":
			and = true
		case k == q.start-1 && x.tokIs(k, givesFigure) && k > prev.end && (x.inCompany(k-1) || toks[k-1].lower == "s"):
			// "followed by Contoso at 28%": the company's figure
		case t.lower == "followed" && k+1 < q.start && toks[k+1].lower == "by":
			// "grew fastest at 63%, followed by Azure's 46%": the next
			// in a ranking of changes.
			followed = true
			k++
		case t.text == "," || t.text == "'" || t.text == "’" || t.lower == "s" || x.inCompany(k) || x.inMadeProduct(k):
		case and && t.is2(wdIts, wdTheir):
			owner = true
		case owner && t.kind == tokWord && !t.startsUpper():
			// "and its profit 12%": what the second figure is of
			owner = false
		case k < q.start-1 && !and:
			// "so far this week": words that close the first figure's clause
		default:
			return false
		}
	}
	// "followed by Azure's 46% and AWS's 40%": the last of the ranking.
	// "jumped 189%, compared with 32% at Uber Eats and 6% at Grubhub":
	// the figure before, read as a change, makes the one its "and" adds
	// another; not when people answer with it: "Some 68% of customers
	// had no plans to switch and 7% wanted to" is a part of those asked,
	// whatever the figure before was read as.
	read := pi < 64 && x.changed&(1<<pi) != 0 && !(q.end < len(toks) && x.tokIs(q.end, answersSurvey))
	if followed {
		// "with 30% share, a gain of 5%, followed by Fabrikam with 25%":
		// a change set off by commas is an aside on the figure before
		// it, and the ranking goes on that one.
		if i := x.beforeCommaChange(pi); i >= 0 {
			prev, read = &x.s.qty[i], i < 64 && x.changed&(1<<i) != 0
		}
	}
	// "active at 94.95 percent, followed by Jio with 83.07 percent": a
	// ranking goes on what its first figure was read as.
	return and && (read || x.changeVerbBefore(prev) || depth == 0 && x.continuesChangeFrom(prev, 1)) || followed && (x.strictChange(prev) || read)
}

// beforeCommaChange gives the index of the figure before the i-th when
// the i-th is a change set off by commas (", a gain of 5%,", ", up
// 5%,"), or -1.
func (x *extractor) beforeCommaChange(i int) int {
	toks := x.s.toks
	if i < 1 {
		return -1
	}
	p := &x.s.qty[i]
	if p.end >= len(toks) || toks[p.end].text != "," || p.start < 2 {
		return -1
	}
	k := p.start - 1
	switch {
	case toks[k].is2(wdUp, wdDown):
		k--
	case toks[k].lower == "of" && x.lex.tokIn(lChangeNouns, &toks[k-1]):
		k -= 2
		if k >= 0 && toks[k].is2(wdA, wdAn) {
			k--
		}
	default:
		return -1
	}
	if k < 0 || toks[k].text != "," || x.s.qty[i-1].end > k {
		return -1
	}
	return i - 1
}

// suppliedPart reads "TSMC makes about 90% of the world's most advanced
// chips", "Broadcom supplies around 70% of custom AI chips": a company
// that makes, ships or sells a part of all of a product holds that part
// of its market. What is a company's own ("sold 20% of its shares") or
// another's ("supplies 30% of Apple's modems") is no market.
func (x *extractor) suppliedPart(q *quantity) bool {
	toks := x.s.toks
	// "supplies four out of five data center GPUs": a part put as so many
	// in so many takes its noun without "of".
	inEvery := q.numStart+1 < q.end && toks[q.numStart+1].is2(wdIn, wdOut)
	// "Apple's iOS accounted for 27.7% of mobile operating systems": so
	// does a verb of accounting for a part.
	verb := q.start >= 1 && x.tokIs(q.start-1, suppliesPart) || q.start >= 2 && toks[q.start-1].lower == "for" && x.tokIs(q.start-2, accountsFor)
	if !verb || q.end+2 >= len(toks) || toks[q.end].lower != "of" && !inEvery || !x.companyWithin(0, q.start-1) {
		return false
	}
	k := q.end + 1
	if toks[q.end].lower != "of" {
		k = q.end
	}
	if toks[k].lower == "the" && k+2 < len(toks) && toks[k+1].lower == "world" && (toks[k+2].text == "'" || toks[k+2].text == "’") {
		return true // "of the world's"
	}
	if toks[k].is2(wdAll, wdGlobal) {
		return true
	}
	// "of custom AI chips": a plural noun within a few lower-case or
	// short capitalised words, no owner or company between.
	for j := k; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if t.kind != tokWord || x.inCompany(j) || x.tokIs(j, definite) || x.tokHas(j, wNotShareOf) || t.is4(wdIt, wdThem, wdThat, wdThis) {
			return false
		}
		// "sold 15% of shares in Fabrikam", "provides 30% of funds for
		// the campus": a part of a company or of money, no product.
		if x.tokHas(j, wStock) || x.tokHas(j, wWeakDeal) || x.tokHas(j, wOtherMoneyOf) {
			return false
		}
		// "GPUs", "PCs": an acronym's plural is a product too.
		if (len(t.lower) > 3 && !t.startsUpper() || len(t.text) > 2 && isUpperASCII(t.text[:len(t.text)-1])) && strings.HasSuffix(t.text, "s") {
			return j+1 == len(toks) || toks[j+1].kind != tokWord || toks[j+1].lower != "of"
		}
	}
	return false
}

// ownsFigure reports a company named at token k that q is given to by
// nothing or an owning word between them: "OpenAI at 25%", "Anthropic
// 32%".
func (x *extractor) ownsFigure(k int, q *quantity) bool {
	for _, m := range x.s.companies {
		if m.start <= k && k < m.end {
			return m.end <= q.start && gapOwns(x.s.toks[m.end:q.start])
		}
	}
	return false
}

// closesAppositive reports a comma at k that closes a description of the
// company before the comma that opens it: the second comma of "Vivo, the
// fastest-growing brand in the top five, came fourth".
func (x *extractor) closesAppositive(k int) bool {
	toks := x.s.toks
	for c := k - 1; c >= 1 && c >= k-10; c-- {
		if toks[c].text == "," {
			return c+1 < k && toks[c+1].is3(wdThe, wdA, wdAn) && x.inCompany(c-1)
		}
		if toks[c].kind == tokNum {
			return false
		}
	}
	return false
}

// restatesCount reports a percentage after ", or" that restates the
// count just before it, where the sentence ranks or speaks of shares:
// "third with 43.5 million units, or 13.5%". A count a change verb
// gives ("rose by 5 million units, or 12%") is a change.
func (x *extractor) restatesCount(q *quantity) bool {
	toks := x.s.toks
	if q.start < 3 || toks[q.start-1].lower != "or" || toks[q.start-2].text != "," || !(x.hasShareCue() || x.hasShareWord() || x.shareContext) {
		return false
	}
	for _, p := range x.s.qty {
		if p.kind == qtyCount && p.end <= q.start-2 && p.end >= q.start-4 {
			return p.start == 0 || !x.tokHas(p.start-1, wChangeBefore) && !(p.start >= 2 && x.tokHas(p.start-2, wChangeBefore))
		}
	}
	return false
}

// shareTarget reports a figure a word of aiming sets as a goal a few
// words before it, in its clause: "aims for 30%", "wants to take 30
// percent", "targets a 20% share". A company named between ("aims to
// overtake Contoso, which holds 30%") holds the figure itself. So is
// the gap between two companies' shares no share of either.
func (x *extractor) shareTarget(q *quantity) bool {
	toks := x.s.toks
	// "the gap in market share between HP and Lenovo narrowed to 0.7
	// percent": the distance between two shares is neither's.
	for k := q.start - 1; k >= 1 && k >= q.start-16; k-- {
		if toks[k].is2(symSemicolon, symComma) || toks[k].kind == tokNum {
			break
		}
		if toks[k].is2(wdGap, wdDifference) && toks[k-1].is2(wdThe, wdA) {
			for j := k + 1; j < q.start; j++ {
				if toks[j].is2(wdBetween, wdSeparating) {
					return true
				}
			}
		}
	}
	for k := q.start - 1; k >= 0 && k >= q.start-5; k-- {
		if toks[k].kind != tokWord || x.inCompany(k) {
			return false
		}
		if x.lex.tokIn(lShareTargets, &toks[k]) {
			return true
		}
	}
	return false
}

// bracketedCount returns where the bracket opens when q restates in
// brackets the count just before it, in a sentence that ranks or speaks
// of shares: the 27.1% of "Airtel with 56.2 million subscribers (27.1%)"
// or of "ahead of Vodafone (207.4 million, 17.5 per cent)"; -1 otherwise.
// A count a change verb gives ("added 5 million users (12%)") is a change.
func (x *extractor) bracketedCount(q *quantity) int {
	toks := x.s.toks
	if q.start < 3 || !(x.hasShareCue() || x.hasShareWord() || x.shareContext) {
		return -1
	}
	for _, p := range x.s.qty {
		if p.kind != qtyCount || p.end > q.start || p.end < q.start-3 {
			continue
		}
		if p.start > 0 && x.tokHas(p.start-1, wChangeBefore) || p.start > 1 && x.tokHas(p.start-2, wChangeBefore) {
			return -1
		}
		switch {
		case toks[q.start-1].text == "," && p.end == q.start-1 && p.start > 0 && toks[p.start-1].text == "(":
			return p.start - 1 // "(207.4 million, 17.5 per cent)"
		case toks[q.start-1].text == "(":
			// "56.2 million subscribers (27.1%)": a word or two naming
			// what was counted may stand between.
			for k := p.end; k < q.start-1; k++ {
				if toks[k].kind != tokWord || toks[k].startsUpper() {
					return -1
				}
			}
			return q.start - 1
		}
	}
	return -1
}

// lastCountBy returns where the last count ending by token end starts,
// or end when there is none.
func (x *extractor) lastCountBy(end int) int {
	at := end
	for _, p := range x.s.qty {
		if p.kind == qtyCount && p.end <= end {
			at = p.start
		}
	}
	return at
}

// givenTo returns the company or product's maker a figure is given to
// by "to" right after it, past what it is of: "the breakdown gave 80% of
// sessions to ChatGPT, 9.5% to Copilot". "" when there is none.
func (x *extractor) givenTo(q *quantity, ms []mention) string {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].lower == "of" {
		for k++; k < len(toks) && k < q.end+5 && toks[k].kind == tokWord && toks[k].lower != "to" && !x.inCompany(k); k++ {
		}
	}
	if k+1 >= len(toks) || toks[k].lower != "to" {
		return ""
	}
	for _, m := range ms {
		if m.start == k+1 {
			// "with only 12.55 percent to Fabrikam's 17.1 percent": a
			// name whose own figure follows is what the share is set
			// against, not whom it goes to.
			if e := m.end; e+2 < len(toks) && (toks[e].text == "'" || toks[e].text == "’") && toks[e+1].lower == "s" && x.percentStartsAt(e+2) {
				return ""
			}
			return m.name
		}
	}
	for _, m := range x.s.products {
		if m.start == k+1 && x.e.vendorOf[m.name] != "" {
			return x.e.vendorOf[m.name]
		}
	}
	return ""
}

// ownedBefore reports a company right before q whose name only a
// possessive or a verb of holding parts from it: "SK hynix 30%",
// "Gemini has 9%".
func (x *extractor) ownedBefore(q *quantity) bool {
	for k := q.start - 1; k >= 0 && k >= q.start-4; k-- {
		if x.inCompany(k) {
			return x.ownsFigure(k, q)
		}
		// "while Gemini has 9%": a product's figure is its maker's.
		for _, m := range x.s.products {
			if m.start <= k && k < m.end {
				return gapOwns(x.s.toks[m.end:q.start])
			}
		}
	}
	return false
}

// onlyNamesBetween reports that only commas, "and" and companies' names,
// with their possessives, stand from token from to token to. A product
// whose maker is known is a name here as in a share list: "ChatGPT grew
// 12%, Gemini 30%" goes on the change.
func (x *extractor) onlyNamesBetween(from, to int) bool {
	toks := x.s.toks
	for k := from; k < to; k++ {
		t := toks[k]
		if !(t.text == "," || t.lower == "and" || t.text == "'" || t.text == "’" || t.lower == "s" || x.inCompany(k) || x.inMadeProduct(k)) {
			return false
		}
	}
	return true
}

// inMadeProduct reports token k inside a product whose maker is known,
// which a share list lets stand for its maker (see isShare).
func (x *extractor) inMadeProduct(k int) bool {
	for _, m := range x.s.products {
		if m.start <= k && k < m.end {
			return x.e.vendorOf[m.name] != ""
		}
	}
	return false
}

// isYearText reports a token written as a year of this or the last
// century: "2020", "1999".
func isYearText(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && strings.Trim(s, "0123456789") == ""
}

// bracketedFrom reports an opening bracket at token k or a few words
// before it, with no closing one between: the "(" of "(down 21.0%".
func bracketedFrom(toks []token, k int) bool {
	for j := k; j >= 0 && j >= k-3; j-- {
		switch toks[j].text {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// heldPartSentence reports a sentence whose share is a part held in a
// venture or a company ("will take a 40% share in the joint venture", "a
// 51 per cent share of the venture's profits") or a part of a company's own
// takings by where they come from ("its share of revenue from Asia fell to
// 22%", "its revenue share from AI rose to 30%"): its percentages are no
// market's shares, unless the sentence
// names a market.
func (x *extractor) heldPartSentence() bool {
	if !x.hasShareWord() || x.sentenceHas(wMarket) {
		return false
	}
	toks := x.s.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].lower == "share" && toks[k+1].lower == "from" && x.tokHas(k-1, wRevenue) {
			return true // "its revenue share from AI rose to 30%"
		}
		if !toks[k].is2(wdShare, wdShares) || !toks[k+1].is2(wdIn, wdOf) || toks[k-1].lower == "market" {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+6; j++ {
			if toks[j].text == "'" || toks[j].text == "’" {
				continue // "a share of Litware's voting rights"
			}
			if toks[j].kind != tokWord {
				break
			}
			if x.lex.tokIn(lHeldEntities, &toks[j]) {
				return true
			}
			if x.tokHas(j, wRevenue) {
				if j+1 < len(toks) && toks[j+1].lower == "from" {
					return true
				}
				break
			}
			if toks[j].lower == "voting" || toks[j].is2(wdVotes, wdEquity) || j == k+2 && toks[j].lower == "group" {
				return true // "a 25% share of Litware's voting rights", "its share of group profit"
			}
		}
	}
	return false
}

// ownerHolds reports a percentage an owner of a company holds: "its
// promoter holds 62 per cent", "the founders own 35%", "the government
// controls 51%". Such a holder has a stake, not a market's share, unless a
// market is named after the figure.
func (x *extractor) ownerHolds(q *quantity) bool {
	toks := x.s.toks
	k := q.start - 1
	if k >= 0 && toks[k].is6(wdAbout, wdAround, wdNearly, wdRoughly, wdSome, wdAlmost) {
		k--
	}
	if k < 1 || !toks[k].is9(wdHolds, wdHeld, wdHold, wdOwns, wdOwned, wdOwn, wdControls, wdControlled, wdControl) {
		return false
	}
	if !toks[k-1].is13(wdPromoter, wdPromoters, wdFounder, wdFounders, wdFamily, wdShareholders, wdShareholder, wdInvestors, wdInsiders, wdEmployees, wdParent, wdGovernment, wdState) || x.inCompany(k-1) {
		return false
	}
	return !x.marketFollows(q)
}

// notShareInMarket reports a market noun at k that only says where a
// figure of another kind is: "its operating margin in the cloud market was
// 17%", "growth in the server market slowed to 8%".
func (x *extractor) notShareInMarket(k int) bool {
	toks := x.s.toks
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if toks[j].kind != tokWord {
			return false
		}
		if toks[j].lower == "in" {
			return x.tokHas(j-1, wNotShareBefore)
		}
	}
	return false
}

// stakeBought reports a percentage of a company bought or sold: "an option
// to buy 5% of Fabrikam at $12 a share", "agreed to sell 10% of Contoso";
// the level of a holding, "lifting its holding to 25%"; or a part of its
// shares or votes. Each is a stake, not a market's share.
func (x *extractor) stakeBought(q *quantity) bool {
	toks := x.s.toks
	if q.start > 0 && q.end+1 < len(toks) && x.tokHas(q.start-1, wAcquire) && toks[q.end].lower == "of" && (x.inCompany(q.end+1) || toks[q.end+1].startsUpper() && !x.tokIs(q.end+1, namesMarket)) {
		return true
	}
	// "to sell 74% of its data centre business to ST Telemedia": a part
	// of a business sold or bought is a stake in it.
	if q.start > 0 && q.end+1 < len(toks) && toks[q.end].lower == "of" && (x.tokHas(q.start-1, wAcquire) || toks[q.start-1].is7(wdSell, wdSells, wdSold, wdSelling, wdDivest, wdDivests, wdDivested)) {
		for k := q.end + 1; k < len(toks) && k <= q.end+5 && toks[k].kind == tokWord; k++ {
			if x.lex.tokIn(lHeldEntities, &toks[k]) || toks[k].is5(wdBusiness, wdUnit, wdDivision, wdOperations, wdArm) {
				return true
			}
		}
	}
	// "lifting its holding to 25%": the level of a holding.
	if q.start >= 3 && toks[q.start-1].lower == "to" && toks[q.start-2].is4(wdHolding, wdHoldings, wdStake, wdStakes) && toks[q.start-3].is4(wdIts, wdTheir, wdHis, wdHer) {
		return true
	}
	// "with 88% of shares voted in favour", "4% of its stock": a part of
	// a company's shares or votes.
	k := q.end + 1
	if k < len(toks) && toks[k].is3(wdThe, wdIts, wdTheir) {
		k++
	}
	return q.end < len(toks) && toks[q.end].lower == "of" && k < len(toks) && toks[k].is3(wdShares, wdVotes, wdStock)
}

// partOfMarketValue reports a percentage of a company's market value: "or
// about 15% of the group's market value". The market named is the stock
// market's price of the company, no market the company sells in.
func (x *extractor) partOfMarketValue(q *quantity) bool {
	toks := x.s.toks
	if q.end >= len(toks) || toks[q.end].lower != "of" {
		return false
	}
	for k := q.end + 1; k+1 < len(toks) && k <= q.end+5; k++ {
		if toks[k].lower == "market" {
			return toks[k+1].is5(wdValue, wdValuation, wdCap, wdCapitalisation, wdCapitalization)
		}
	}
	return false
}

// publicationMeasurer is the research firm an article is the own page of,
// when its publication is one ("Counterpoint Research", "Canalys"): a
// firm's own report seldom names itself, yet every share in it is its.
// The publication must be the firm's whole name or an alias ("IDC Nova"
// is no IDC page).
func (e *Extractor) publicationMeasurer(pub string) string {
	if pub == "" {
		return ""
	}
	// Every article with a publication asks, and a look-up costs less
	// than comparing each firm's every alias. The key is lower-cased in
	// a buffer, which allocates nothing.
	var buf [64]byte
	if len(pub) <= len(buf) && asciiOnly(pub) {
		key := buf[:len(pub)]
		for i := range len(pub) {
			c := pub[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key[i] = c
		}
		return e.measurerKeys[string(key)]
	}
	for _, m := range e.measurers {
		if strings.EqualFold(pub, m.Name) || slices.ContainsFunc(m.Aliases, func(a string) bool { return strings.EqualFold(pub, a) }) {
			return m.Name
		}
	}
	return ""
}

// measurerKeys is Extractor.measurerKeys for the research firms ms: a
// key two firms share is the first's, as publicationMeasurer reads them
// in order.
func measurerKeys(ms []Measurer) map[string]string {
	keys := map[string]string{}
	for _, m := range ms {
		for _, n := range append([]string{m.Name}, m.Aliases...) {
			if key, ok := asciiFold(n); ok && keys[key] == "" {
				keys[key] = m.Name
			}
		}
	}
	return keys
}

// asciiFold is s with each rune made the lower-case ASCII rune of its case
// fold, as strings.EqualFold matches them: the Kelvin sign is a "k". An
// ASCII string is EqualFold with s exactly when its lower case is the key.
// ok is false when a rune's fold holds no ASCII rune ("é"), and so no
// ASCII string matches s.
func asciiFold(s string) (key string, ok bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		// Round the fold's orbit to its lower-case ASCII rune, or back
		// to r when there is none.
		f := r
		for f >= utf8.RuneSelf || 'A' <= f && f <= 'Z' {
			if f = unicode.SimpleFold(f); f == r {
				return "", false
			}
		}
		b = append(b, byte(f))
	}
	return string(b), true
}

// asciiOnly reports s holding only ASCII bytes, whose cases ToLower and
// EqualFold read alike.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// studyAuthor is the organisation the article's lead says made the study
// its shares come from, when it names no research firm the lexicon knows:
// "a report from the National Communications Authority shows", "Contoso
// has published a study of ...", "the annual Fabrikam CIO survey finds",
// "Northwind found that ...". Only the headline and the first paragraph
// are read: a study named further on is often another's.
func (x *lexicon) studyAuthor(sents []sentence) string {
	for si := range sents {
		s := &sents[si]
		if s.paragraph > 1 {
			break
		}
		for _, m := range s.companies {
			if x.authorsStudy(s.toks, m) {
				return m.name
			}
		}
	}
	return ""
}

// authorsStudy reports company mention m as the author of a study the
// sentence names (see studyAuthor).
func (x *lexicon) authorsStudy(toks []token, m mention) bool {
	// "a survey by Contoso", "the Subscription Report from the National
	// Communications Authority", "figures released by Contoso".
	j := m.start - 1
	if j >= 0 && toks[j].lower == "the" {
		j--
	}
	if j >= 1 && toks[j].is2(wdBy, wdFrom) {
		for i := j - 1; i >= 0 && i >= j-3 && toks[i].kind == tokWord; i-- {
			if x.tokIn(lSourceDocs, &toks[i]) && !toks[i].is1(wdRelease) {
				return true
			}
		}
	}
	k := m.end
	if k+1 < len(toks) && toks[k].text == "(" && toks[k+1].text != ")" && k+2 < len(toks) && toks[k+2].text == ")" {
		k += 3 // "the National Communications Authority (NCA) found"
	}
	if k >= len(toks) {
		return false
	}
	// "Contoso found that", "Contoso finds that".
	if toks[k].is2(wdFound, wdFinds) && k+1 < len(toks) && toks[k+1].lower == "that" {
		return true
	}
	// "Contoso has published a study", "Contoso released its annual
	// survey".
	if toks[k].is2(wdHas, wdHave) {
		k++
	}
	if k < len(toks) && toks[k].is5(wdPublished, wdReleased, wdConducted, wdIssued, wdCompiled) {
		for i := k + 1; i < len(toks) && i <= k+4 && toks[i].kind == tokWord; i++ {
			if x.tokIn(lSourceDocs, &toks[i]) && !toks[i].is2(wdRelease, wdData) {
				return true
			}
		}
		return false
	}
	// "the Fabrikam CIO survey finds", "Contoso's annual study": the
	// study noun right after the name, or after one word that names the
	// study ("CIO", "annual"). "Contoso's earnings report" is the
	// company's own accounts, no study of a market.
	if possessiveAt(toks, k) {
		k += 2
	}
	for i := k; i < len(toks) && i <= k+1 && toks[i].kind == tokWord; i++ {
		if toks[i].is6(wdSurvey, wdStudy, wdPoll, wdRanking, wdRankings, wdIndex) {
			return true
		}
		if !toks[i].startsUpper() && !toks[i].is6(wdAnnual, wdLatest, wdNew, wdQuarterly, wdMonthly, wdYearly) {
			return false
		}
	}
	return false
}

// rivalFirm reports research firm m as named for a rival's figures
// ("Rival research firm IDC estimated", "rival tracker Canalys put it at
// 17%"): they are the sentence's own, but the firm never becomes the one
// the article's other shares are credited to.
func rivalFirm(toks []token, m mention) bool {
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		t := &toks[k]
		if t.kind != tokWord {
			return false
		}
		if t.is3(wdRival, wdRivals, wdCompeting) {
			return true
		}
		if t.startsUpper() && k != 0 {
			return false
		}
	}
	return false
}

// comparedFirm reports research firm m as named only to compare a figure
// with its own ("broadly in line with IDC and Canalys", "a point higher
// than Gartner's estimate", "compared with Canalys"): the figure is not
// the firm's. Other firms of a list m ends may stand between the cue and
// m.
func comparedFirm(toks []token, ms []mention, m mention) bool {
	k := m.start
	for k >= 2 && toks[k-1].is3(symComma, wdAnd, wdOr) {
		i := slices.IndexFunc(ms, func(o mention) bool { return o.end == k-1 })
		if i < 0 {
			break
		}
		k = ms[i].start
	}
	switch {
	case k >= 1 && toks[k-1].is4(wdThan, wdUnlike, wdVersus, wdVs):
		return true
	case k >= 2 && toks[k-1].lower == "with":
		return toks[k-2].is4(wdLine, wdCompared, wdConsistent, wdPar)
	case k >= 2 && toks[k-1].lower == "to":
		return toks[k-2].is3(wdSimilar, wdCompared, wdClose)
	}
	return false
}

// sanctioningBody reports a regulator named as the agent of a ruling on a
// company ("Contoso, fined by ICASA last year, held 30% ..., IDC said",
// "ICASA fined Contoso R50 million; it holds 35%, Counterpoint said"):
// it ruled on the company, it measured no figure of the sentence.
func sanctioningBody(toks []token, m mention) bool {
	if m.end < len(toks) && sanctionVerb(&toks[m.end]) {
		return true
	}
	k := m.start - 1
	if k >= 1 && toks[k].is1(wdThe) {
		k--
	}
	if k < 1 || !toks[k].is1(wdBy) {
		return false
	}
	return sanctionVerb(&toks[k-1])
}

// sanctionVerb reports a past tense of a regulator's ruling on a company.
func sanctionVerb(t *token) bool {
	return t.is10(wdFined, wdSanctioned, wdPenalized, wdPenalised, wdOrdered, wdBlocked, wdCleared, wdApproved, wdProbed, wdInvestigated)
}

// creditedFirm is the first research firm of s that a share of the
// article may be credited to, neither a rival's, nor one named only in a
// comparison, nor a regulator named for its ruling (sanctioningBody), or "".
func creditedFirm(s *sentence, rivals []string) string {
	for _, m := range s.measurers {
		if !slices.Contains(rivals, m.name) && !comparedFirm(s.toks, s.measurers, m) && !sanctioningBody(s.toks, m) {
			return m.name
		}
	}
	return ""
}

// stockMarketNamed reports "the stock market" or "the stock exchange" as
// the only market the sentence names: a market of companies' own shares,
// not of what they sell. "30% of the cloud market, and its stock market
// value" still names a market a share is of.
func (x *extractor) stockMarketNamed() bool {
	toks := x.s.toks
	stock := false
	for k := 1; k < len(toks); k++ {
		if !toks[k].is4(wdMarket, wdMarkets, wdExchange, wdExchanges) {
			continue
		}
		if !toks[k-1].is3(wdStock, wdEquity, wdEquities) {
			return false
		}
		stock = true
	}
	return stock
}

// testWordIn reports a word of a test or its score in the sentence
// ("benchmark", "leaderboard", "scored"): a percentage there is a mark.
func (x *extractor) testWordIn() bool {
	for k := range x.s.toks {
		if x.s.toks[k].is12(wdBenchmark, wdBenchmarks, wdLeaderboard, wdLeaderboards, wdExam, wdExams, wdTest, wdTests, wdEvaluation, wdEvaluations, wdScored, wdQuiz) {
			return true
		}
	}
	return false
}
