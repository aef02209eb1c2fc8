package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// shareGroup is how a percentage relates to a list of companies named
// before it: held by them together, or by each of them.
type shareGroup struct {
	members []string
	each    bool
}

// strictChange reports a percentage its own words make a change: a change
// verb just before it ("grew 22%") or a change word just after ("22%
// growth").
func (x *extractor) strictChange(q *quantity) bool {
	toks := x.s.toks
	if x.changeVerbBefore(q) {
		return true
	}
	return q.end < len(toks) && (x.tokHas(q.end, wChangeAfter) || toks[q.end].is2(wdPoints, wdPoint))
}

// coordinatedBefore returns the companies of the list ("A, B and C")
// whose last name is the last company named before token end, with where
// the list ends; nil when that company stands alone.
func (x *extractor) coordinatedBefore(end int) ([]string, int) {
	ms := x.s.companies
	last := -1
	for i, m := range ms {
		if m.end <= end {
			last = i
		}
	}
	if last < 0 {
		return nil, -1
	}
	// "KDDI/Telehouse and China Telecom": names a slash joins are one
	// member, known by the first.
	slashed := func(i int) bool {
		return i > 0 && ms[i-1].end+1 == ms[i].start && x.s.toks[ms[i-1].end].text == "/"
	}
	// "Baidu Smart Cloud and JD Cloud": a unit's name after a known
	// company's is part of that member.
	glueFrom := func(i int) int {
		k := ms[i].end
		for k < ms[i+1].start && isNameToken(&x.s.toks[k]) {
			k++
		}
		return k
	}
	// "Google Android and Apple iOS": a maker's name right before its
	// product's names one member.
	same := func(i int) bool { return i > 0 && ms[i-1].end == ms[i].start && ms[i-1].name == ms[i].name }
	first := last
	for first > 0 && (onlyListGlue(x.s.toks[glueFrom(first-1):ms[first].start]) && glueFrom(first-1) < ms[first].start || slashed(first) || same(first)) {
		first--
	}
	// "where it sells under three brands (Lenovo, Fujitsu and NEC),
	// Lenovo accounted for 45%": a list in brackets ends at the bracket;
	// the name after it stands alone. A short form in brackets ("Amazon
	// Web Services (AWS) and Microsoft") names one member, and goes on.
	for i := last - 1; i >= first; i-- {
		if closesBracket(x.s.toks[ms[i].end:ms[i+1].start]) && i > first && !slashed(i) &&
			slices.ContainsFunc(x.s.toks[ms[i-1].end:ms[i].start], func(t token) bool { return t.text == "," || t.lower == "and" }) &&
			!slices.ContainsFunc(x.s.toks[ms[i-1].end:ms[i].start], func(t token) bool { return t.text == "(" }) {
			first = i + 1
			break
		}
	}
	// "Behind Amazon, Microsoft held 21%": a name the list's first is
	// compared with is not of the list.
	for first < last && isComparison(x.s.toks, x.s.marks, ms[first].start) {
		first++
	}
	if first == last {
		return nil, -1
	}
	var names []string
	for i := first; i <= last; i++ {
		if !contains(names, ms[i].name) && !slashed(i) {
			names = append(names, ms[i].name)
		}
	}
	if len(names) < 2 {
		return nil, -1
	}
	// "PhonePe and Google Pay accounted for 84.3%": the list ends past
	// the unit's name after the last known company's, as it goes on past
	// one after an earlier member's.
	listEnd := ms[last].end
	for listEnd < end && isNameToken(&x.s.toks[listEnd]) {
		listEnd++
	}
	return names, listEnd
}

// closesBracket reports a ")" in toks that no "(" in them opened.
func closesBracket(toks []token) bool {
	open := 0
	for _, t := range toks {
		switch t.text {
		case "(":
			open++
		case ")":
			if open == 0 {
				return true
			}
			open--
		}
	}
	return false
}

// shareGroups finds, by quantity index, the percentages held by a list of
// companies together ("Amazon, Microsoft and Google together had 66%, up
// from 61%") or by each ("SAP and Deutsche Telekom lead with 2% each").
// Percentages a respectively-list pairs with one company each are not
// groups.
func (x *extractor) shareGroups() map[int]shareGroup {
	var out map[int]shareGroup
	toks := x.s.toks
	jointly := x.sentenceHas(wAggregate) || x.betweenThem()
	for qi, q := range x.s.qty {
		if q.kind != qtyPercent || x.listed[qi] != "" || x.strictChange(&q) || x.marketRateClause(&q) || x.ofChange(&q) {
			continue
		}
		if x.othersHold(&q) {
			// "GlobalFoundries and SMIC kept 6%, while the other foundries
			// together went from 12% to 10%": the rest's, not the list's.
			continue
		}
		if after := x.listAfter(&q); after != nil && x.eachColonAfter(&q) && (x.hasShareWord() || x.marketFollows(&q) || x.shareContext) {
			// "KDDI and China Telecom have 3%, followed by operators with
			// a 2% share each: CyrusOne, Interxion and Cyxtera": the
			// companies after the colon, not those before the figure.
			if out == nil {
				out = map[int]shareGroup{}
			}
			out[qi] = shareGroup{members: after, each: true}
			continue
		}
		names, listEnd := x.coordinatedBefore(q.start)
		if n, at := x.topN(&q); n >= 2 && at > listEnd {
			// "NTT and SAP, which took 1% each, rounded out the top 10,
			// which together account for 80%": the leaders named last
			// hold it.
			names, listEnd = nil, -1
		}
		both := false
		if names == nil {
			names, listEnd, both = x.pairBefore(&q)
		}
		if names == nil {
			if by := x.listHeldBy(&q); by != nil && (x.hasShareWord() || x.marketFollows(&q) || x.shareContext) {
				// "Nearly two-thirds of the market is controlled by
				// Amazon, Microsoft and Google": theirs together, not
				// the first one's.
				if out == nil {
					out = map[int]shareGroup{}
				}
				out[qi] = shareGroup{members: by}
				continue
			}
			// "Rounding out the top 10, which together account for 80%,
			// were NTT and SAP": the ten's, not each of the two's.
			if after := x.listAfter(&q); after != nil && (x.hasShareWord() || x.marketFollows(&q) || x.shareContext) && !x.topNBefore(&q) {
				// "Companies with a share of 1% include Baidu, China
				// Telecom and SAP": each of them holds it.
				if out == nil {
					out = map[int]shareGroup{}
				}
				out[qi] = shareGroup{members: after, each: true}
				continue
			}
		}
		if names == nil {
			if g := x.unnamedGroup(&q); g != "" && (x.hasShareWord() || x.marketFollows(&q) || x.shareContext) {
				// "European providers have seen their share fall from
				// 26% to 16%, pushed down by Amazon": theirs, not
				// Amazon's.
				if out == nil {
					out = map[int]shareGroup{}
				}
				out[qi] = shareGroup{members: []string{g}}
				continue
			}
			if pi := x.prevPercent(qi); pi >= 0 {
				// "fall from 26% to under 16%": the group's figure goes on.
				// "The trio held 65% of the global market and 72% of the
				// public cloud segment": so does the trio's.
				if prev, ok := out[pi]; ok && !prev.each && x.chainGlue(x.s.qty[pi].end, q.start) && !x.topNBefore(&q) {
					out[qi] = prev
					continue
				}
			}
		}
		// "Revenues of the other cloud providers have grown, but their
		// combined share has fallen": theirs, not the companies' before.
		if names == nil && jointly && len(x.s.companies) == 0 && len(x.prev) >= 2 && !x.othersNamed(&q) && !x.isChange(&q) {
			// "Amazon, Microsoft and Google led. Their combined share was
			// 65%": the companies the sentence before named, together.
			// "They held 38% between them", "Together they control
			// 55%": so are "they".
			for k := q.start - 1; k >= 0 && k >= q.start-8; k-- {
				if toks[k].is2(wdTheir, wdThey) {
					names, listEnd = x.prev, k+1
					break
				}
			}
		}
		if names == nil {
			// "the top three control 72%": the leaders the article named.
			n, at := x.topN(&q)
			switch {
			case n < 2 || x.strictChange(&q) || x.isChange(&q) && !jointly:
				// "the fastest growth of the top five, 63.7%"; "together
				// accounted for 80%" is their share, not a change.
				continue
			case len(x.s.companies) == 0 && len(x.prev) == n && (toks[at-2].is2(wdThese, wdThose) || n == 2):
				// "... Amazon, Microsoft and Google. These three together
				// generate 81%": the companies just named.
				names = x.prev
			case len(x.leaders) >= 2:
				names = topLeaders(x.leaders, n)
			case rankedTop(x.ranks, n) != nil:
				// "Microsoft ranks second ... IBM is fourth ... the top
				// six control three quarters": the companies the article
				// ranked first to sixth.
				names = rankedTop(x.ranks, n)
			case len(x.lastGroup) == n:
				// "Amazon, Microsoft and Google together had 66% ... the
				// top three control 72% of public cloud".
				names = x.lastGroup
			case len(x.membersAfter(&q)) == n:
				// "The three leaders together hold 68%, with AWS,
				// Microsoft and Google all gaining ground": the sentence
				// names the members after the figure.
				names = x.membersAfter(&q)
			case n > 3 && len(x.knownBefore(&q)) >= 2 || len(x.knownBefore(&q)) == n:
				// "Contoso held 20%. Fabrikam and Northwind, which took 2%
				// each, rounded out the top 10, which together account for
				// 75%": of the ten, those the article has named so far.
				names = x.knownBefore(&q)
			case x.anaphoricCount(at) && x.lastMembers(n) != nil:
				// "Amazon, Microsoft and Google have the broadest
				// footprint. ... Together the three now account for 60%":
				// the last three companies named.
				names = x.lastMembers(n)
			default:
				// "The top five vendors accounted for 45%. Salesforce led
				// with 19.7%, ...": the members are named after the share,
				// and fillLeaders puts them in once the article is read.
				names = make([]string, n)
			}
			listEnd = at
		}
		between := 0
		for _, p := range x.s.qty[:qi] {
			// "grew 22% together and captured 72%": the growth between
			// the list and the share does not part them.
			if p.kind == qtyPercent && p.start >= listEnd && !x.strictChange(&p) {
				between++
			}
		}
		// "both companies holding 12.8%": each holds it, unless they hold
		// it together.
		each := (both || x.bothAround(names, listEnd)) && !jointly
		for k := listEnd; k < len(toks) && k < q.end+8; k++ {
			// "GlobalFoundries and SMIC kept their 6% shares": shares, one
			// each.
			if toks[k].is2(wdEach, wdApiece) || k == q.end && toks[k].lower == "shares" && !(q.start > 0 && x.tokHas(q.start-1, wAggregate)) {
				each = true
				break
			}
			if toks[k].text == ";" || k > q.end && toks[k].text == "," {
				break
			}
		}
		if between > 0 {
			// "up from 61% a year ago": a figure continuing the group's.
			pi := qi - 1
			for pi > 0 && x.s.qty[pi].kind != qtyPercent {
				pi-- // "up from 62% in 2024 and 61%": a year is no figure
			}
			prev, ok := out[pi]
			if !ok || prev.each || !x.chainGlue(x.s.qty[pi].end, q.start) {
				continue
			}
			out[qi] = prev
			continue
		}
		again, n := x.namedAgain(listEnd, &q)
		if again && n > len(names) {
			names = x.lastNamed(listEnd, n)
		}
		together := jointly || x.topNBefore(&q) || again || x.countedList(names, listEnd) || x.countedAfter(names, listEnd)
		if !each && !together && !x.groupVerbAfter(listEnd) {
			continue
		}
		if !each && !x.hasShareWord() && !x.marketFollows(&q) && !x.shareContext && !x.hasShareCue() && !x.topNBefore(&q) {
			continue
		}
		if out == nil {
			out = map[int]shareGroup{}
		}
		out[qi] = shareGroup{members: names, each: each}
	}
	return out
}

// knownBefore returns the companies earlier sentences credited a share
// to, then those this sentence names before q.
func (x *extractor) knownBefore(q *quantity) []string {
	var names []string
	for _, l := range x.leaders {
		names = append(names, l.name)
	}
	for _, m := range x.s.companies {
		if m.end <= q.start && !contains(names, m.name) {
			names = append(names, m.name)
		}
	}
	return names
}

// membersAfter returns the companies the sentence names after q, the
// research firms left out, in the order named.
func (x *extractor) membersAfter(q *quantity) []string {
	var names []string
	for _, m := range x.s.companies {
		if m.start >= q.end && !x.isMeasurer(m) && !contains(names, m.name) {
			names = append(names, m.name)
		}
	}
	return names
}

// betweenThem reports "between them" or "among themselves": a share the
// companies named hold together ("controlling more than half of it
// between them").
func (x *extractor) betweenThem() bool {
	toks := x.s.toks
	for k := 0; k+1 < len(toks); k++ {
		// A switch, which the compiler reads by length: this looks at
		// every word of a sentence with a share.
		switch toks[k].lower {
		case "between", "among", "amongst":
			if toks[k+1].is2(wdThem, wdThemselves) {
				return true
			}
		}
	}
	return false
}

// othersNamed reports "other" or "others" before q in its sentence.
func (x *extractor) othersNamed(q *quantity) bool {
	if x.othersAt == 0 {
		// Worked out once a sentence: where "other" is first said.
		x.othersAt = -1
		for k, t := range x.s.toks {
			if t.is2(wdOther, wdOthers) {
				x.othersAt = k + 1
				break
			}
		}
	}
	return x.othersAt > 0 && x.othersAt-1 < q.start
}

// othersHold reports a share the rest of a market holds, named as such
// at the head of its clause: "Other cloud providers took 36%", "Others
// accounted for 30.5%", "the remaining 78%", "The rest of the market,
// 34%,". No one company holds it; "ahead of all other vendors with 31%"
// is the subject's.
func (x *extractor) othersHold(q *quantity) bool {
	toks := x.s.toks
	if p, ok := x.rangeStart(q); ok && p.start < q.start {
		// "the other foundries went from 12% to 10%": where the rest's
		// share went is theirs too.
		return x.othersHold(&p)
	}
	if x.othersNamed(q) && !x.companyIn(0, q.start) && x.pronounInClause(q) {
		// "Revenues of the other providers have doubled, but their
		// combined share has fallen to 36%"
		return true
	}
	for k := q.start - 1; k >= 0 && k >= q.start-6; k-- {
		if x.inCompany(k) || toks[k].kind == tokNum {
			return false
		}
		if toks[k].is4(wdOther, wdOthers, wdRest, wdRemaining) {
			// "while AMD took the remaining 24%", "AMD took most of the
			// rest, with 2%": a company's verb of holding makes the rest
			// its own.
			v := k - 2 // the verb before "the remaining"
			if v >= 3 && toks[v].lower == "of" && toks[v-1].is2(wdMost, wdMuch) {
				v -= 2 // "took most of the rest"
			}
			if v >= 1 && toks[k-1].lower == "the" && x.tokIs(v, holdsPart) && x.inCompany(v-1) {
				return false
			}
			return k == 0 || toks[k-1].is8(symComma, wdAnd, wdWhile, wdWhereas, wdBut, symSemicolon, wdThe, wdWith)
		}
	}
	return false
}

// unnamedGroup names the companies a share is of when the sentence names
// them only as a kind ("European service providers have seen their market
// share fall from 26%", "the collective share of local players dropped
// from 27%", "Nordic providers hold 14%"), as written; "" when it does
// not. No company may be named between them and the figure, and the
// leaders ("the top three providers") are no such group.
func (x *extractor) unnamedGroup(q *quantity) string {
	toks := x.s.toks
	for k := q.start - 1; k > 0 && k >= q.start-16; k-- {
		t := toks[k]
		if t.text == ";" || t.kind == tokNum || x.inCompany(k) {
			return ""
		}
		if !x.tokIs(k, namesFirms) {
			continue
		}
		start := k
		for start > 0 && k-start < 3 && toks[start-1].kind == tokWord && !x.tokHas(start-1, wMarketStop) && toks[start-1].lower != "by" &&
			leaderCount(toks[start-1].lower) == 0 && !toks[start-1].is11(wdTop, wdBig, wdSuch, wdOther, wdMany, wdSome, wdMost, wdAll, wdThese, wdThose, wdLeading) {
			start--
		}
		// "Smaller providers' share", "the hyperscalers' combined share"
		possessive := k+2 < len(toks) && (toks[k+1].text == "'" || toks[k+1].text == "’") && (toks[k+2].is3(wdShare, wdCombined, wdCollective) ||
			k+3 < len(toks) && toks[k+3].lower == "share")
		if start == k && !(possessive && t.lower == "hyperscalers") || start > 0 && (leaderCount(toks[start-1].lower) > 0 || x.tokIs(start-1, namesBiggest) || toks[start-1].is2(wdOther, wdRemaining)) {
			return "" // "providers" alone, or the leaders: "the top five CRM vendors"
		}
		owns := possessive || start >= 2 && toks[start-1].lower == "of" && toks[start-2].lower == "share" || // "the collective share of local players"
			start >= 2 && toks[start-1].lower == "by" && x.tokHas(start-2, wGroupVerbs) || // "the share held by European providers"
			x.shareHeldBy(start) // "the share of the market held by European providers"
		for j := k + 1; j < q.start && !owns; j++ {
			owns = toks[j].lower == "their" // "have seen their market share fall"
		}
		owns = owns || k+1 < len(toks) && x.tokHas(k+1, wGroupVerbs) // "Nordic providers hold 14%"
		if !owns {
			return ""
		}
		words := make([]string, 0, k+1-start)
		for _, w := range toks[start : k+1] {
			words = append(words, w.text)
		}
		return strings.Join(words, " ")
	}
	return ""
}

// shareHeldBy reports "held by" just before token k, after "share"
// within a few words: "the share of the market held by European cloud
// providers".
func (x *extractor) shareHeldBy(k int) bool {
	toks := x.s.toks
	if k < 3 || toks[k-1].lower != "by" || !toks[k-2].is4(wdHeld, wdOwned, wdTaken, wdControlled) {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-8; j-- {
		if toks[j].lower == "share" {
			return true
		}
	}
	return false
}

// listAfter returns the companies of a list that a verb after q names
// as those with the figure, when the sentence names no company before it:
// "Companies with a market share of 1% include Baidu, China Telecom and
// SAP", "Providers with 2% each are Contoso and Fabrikam". Nil when there
// is no such list.
func (x *extractor) listAfter(q *quantity) []string {
	ms := x.s.companies
	// "KDDI and China Telecom have 3%, followed by operators with 2%
	// each: CyrusOne, ...": only the companies after the figure count.
	for len(ms) > 0 && ms[0].start < q.end {
		ms = ms[1:]
	}
	if len(ms) < 2 {
		return nil
	}
	toks := x.s.toks
	first := -1
	for k := q.end; k < len(toks) && k < q.end+10; k++ {
		if toks[k].text == ";" || toks[k].kind == tokNum {
			return nil
		}
		// "a 2% share each: Contoso, Fabrikam and Northwind": a colon
		// brings in the companies that each hold it.
		if toks[k].is6(wdInclude, wdIncludes, wdIncluded, wdIncluding, wdAre, wdWere) || toks[k].text == ":" && k > q.end && toks[k-1].is2(wdEach, wdApiece) {
			if k+1 < len(toks) && ms[0].start == k+1 {
				first = 0
			}
			break
		}
	}
	if first < 0 {
		return nil
	}
	names := []string{ms[0].name}
	for i := 1; i < len(ms) && onlyListGlue(toks[ms[i-1].end:ms[i].start]) && ms[i-1].end < ms[i].start; i++ {
		if !contains(names, ms[i].name) {
			names = append(names, ms[i].name)
		}
	}
	if len(names) < 2 {
		return nil
	}
	return names
}

// eachColonAfter reports "each:" or "apiece:" in the few words after q:
// the companies that each hold the figure follow the colon.
func (x *extractor) eachColonAfter(q *quantity) bool {
	toks := x.s.toks
	for k := q.end + 1; k < len(toks) && k < q.end+10; k++ {
		if toks[k].text == ";" || toks[k].kind == tokNum {
			return false
		}
		if toks[k].text == ":" {
			return toks[k-1].is2(wdEach, wdApiece)
		}
	}
	return false
}

// listHeldBy returns the companies of a list that a passive verb after q
// gives the figure to, when the sentence names no company before it:
// "two-thirds of the market is controlled by Amazon, Microsoft and
// Google", "60% of it is held by Contoso and Fabrikam". Nil when there is
// no such list of two or more.
func (x *extractor) listHeldBy(q *quantity) []string {
	ms := x.s.companies
	if len(ms) < 2 || ms[0].start < q.end {
		return nil
	}
	toks := x.s.toks
	for k := q.end; k+1 < len(toks) && k < q.end+10; k++ {
		if toks[k].text == ";" || toks[k].text == "," || toks[k].kind == tokNum {
			return nil
		}
		if toks[k].lower != "by" || !x.tokHas(k-1, wGroupVerbs) {
			continue
		}
		i := slices.IndexFunc(ms, func(m mention) bool { return m.start == k+1 })
		if i < 0 {
			return nil
		}
		names := []string{ms[i].name}
		for j := i + 1; j < len(ms) && ms[j-1].end < ms[j].start && onlyListGlue(toks[ms[j-1].end:ms[j].start]); j++ {
			if !contains(names, ms[j].name) {
				names = append(names, ms[j].name)
			}
		}
		if len(names) < 2 {
			return nil
		}
		return names
	}
	return nil
}

// prevPercent returns the index of the last percentage before quantity
// qi, or -1.
func (x *extractor) prevPercent(qi int) int {
	for pi := qi - 1; pi >= 0; pi-- {
		if x.s.qty[pi].kind == qtyPercent {
			return pi
		}
	}
	return -1
}

// groupVerbAfter reports a verb that makes a list the subject of a share
// right after it: "Amazon, Microsoft and Google account for", "..., which
// now hold".
func (x *extractor) groupVerbAfter(k int) bool {
	toks := x.s.toks
	// "..., Google LLC and Microsoft Corp., hold": the last name's legal
	// suffix is no word between.
	for k < len(toks) && (isLegalSuffix(toks[k].lower) || toks[k].text == ".") {
		k++
	}
	// "the big three – AWS, Azure and Google Cloud – accounted for": a
	// list set off by dashes closes with one.
	if k < len(toks) && (toks[k].text == "," || toks[k].text == "–" || toks[k].text == "—") {
		k++
	}
	if k < len(toks) && x.tokIs(k, opensRelative) {
		k++
	}
	for _, p := range groupPhrases {
		if k+2 < len(toks) && x.tokIs(k, p.verb) && toks[k+1].is1(p.article) {
			for j := k + 2; j < len(toks) && j <= k+1+p.within; j++ {
				if toks[j].is1(p.noun) {
					return true
				}
			}
		}
	}
	return k < len(toks) && x.tokHas(k, wGroupVerbs)
}

// groupPhrase is a verb, an article right after it and a noun at most
// within words after the article, that together give a list one share.
type groupPhrase struct {
	verb          wordMark
	article, noun wordID
	within        int
}

// groupPhrases give the list before them one share together, where the
// verb alone would give each its own: "BSNL and MTNL had a market share
// of only 8.91 percent" is one share, had by the list; "had shares of 20%
// and 17%" are theirs in turn.
var groupPhrases = []groupPhrase{
	{verb: haveVerbs, article: wdA, noun: wdShare, within: 3},
}

// chainGlue reports the words between two figures of one series: "up
// from", "of the market, up from", "in 2024 and". No company is named
// between them, and a word links them.
func (x *extractor) chainGlue(from, to int) bool {
	// "72% of the worldwide market for IaaS and PaaS in the third quarter
	// of 2019, up from 57%": what the first figure is of may run long
	// before "up from".
	if to-from > 14 && !(to-from <= 48 && to >= 2 && x.s.toks[to-1].lower == "from" && x.s.toks[to-2].is2(wdUp, wdDown)) {
		return false
	}
	for _, m := range x.s.companies {
		if m.start >= from && m.start < to {
			return false
		}
	}
	for _, t := range x.s.toks[from:to] {
		if t.is6(wdFrom, wdTo, wdAnd, wdAgainst, wdVersus, wdCompared) {
			return true
		}
	}
	return false
}

// topNBefore reports "the top five providers accounted for 82%", "the big
// three hold 63%": a share of the leaders named as a group.
func (x *extractor) topNBefore(q *quantity) bool {
	n, _ := x.topN(q)
	return n > 0
}

// topN returns how many leaders a share names as a group just before it
// ("the top five providers accounted for 82%", "the big three hold 63%",
// "the trio"), and where the group's name ends; 0 when none.
func (x *extractor) topN(q *quantity) (int, int) {
	toks := x.s.toks
	if n := leaderCount(toks[0].lower); n > 2 && toks[0].kind == tokWord && q.start <= 12 {
		// "Seven equipment makers account for 80%": a sentence that
		// opens with the group's size and noun.
		if end, ok := x.groupPhraseAfter(1, q.start, false); ok && end > 1 && x.tokIs(end-1, namesFirms) {
			return n, end
		}
	}
	for k := q.start - 1; k > 0 && k >= q.start-12; k-- {
		if toks[k].text == ";" || x.inCompany(k) || toks[k].kind == tokNum && leaderCount(toks[k].lower) == 0 {
			break
		}
		// "Samsung and Apple led. The two vendors accounted for 38%": two
		// only for the two the sentence before named.
		if n := leaderCount(toks[k].lower); (n > 2 || n == 2 && len(x.s.companies) == 0 && len(x.prev) == 2) && toks[k-1].is3(wdThe, wdThese, wdThose) {
			// "these five players account for 80%", "where the three
			// account for 72%", "the combined share of the three leaders
			// to 65%"
			shareOf := k >= 3 && toks[k-1].lower == "the" && toks[k-2].lower == "of" && toks[k-3].is2(wdShare, wdShares)
			if end, ok := x.groupPhraseAfter(k+1, q.start, shareOf); ok {
				return n, end
			}
		}
		if toks[k].lower == "hyperscalers" && toks[k-1].lower == "the" {
			// "Together the hyperscalers took two-thirds": the three
			// leading clouds, as cloud reporting uses the word.
			if end, ok := x.groupPhraseAfter(k+1, q.start, false); ok {
				return 3, end
			}
		}
		// "the big three dominated cloud infrastructure spending,
		// accounting for 61%": the leaders' verb may stand between.
		if n := leaderCount(toks[k].lower); n > 0 && k < q.start-6 && toks[k-1].is2(wdTop, wdBig) && k+1 < q.start &&
			(x.tokHas(k+1, wGroupVerbs) || toks[k+1].is6(wdDominated, wdDominate, wdDominates, wdLed, wdLead, wdLeads)) {
			return n, k + 1
		}
		// "The top five vendors' share of tablets dropped to 54%": the
		// leaders' own share, however far the figure stands.
		if n := leaderCount(toks[k].lower); n > 1 && k+3 < q.start && (toks[k-1].is2(wdTop, wdBig) || x.tokIs(k-1, namesBiggest)) && x.tokIs(k+1, namesFirms) &&
			(toks[k+2].text == "'" || toks[k+2].text == "’") && toks[k+3].is3(wdShare, wdCombined, wdCollective) {
			return n, k + 2
		}
		if k < q.start-6 {
			continue
		}
		if toks[k].lower == "trio" {
			return 3, k + 1
		}
		// "the five largest providers" as well as "the top five"
		if n := leaderCount(toks[k].lower); n > 0 && k+1 < q.start && toks[k-1].lower == "the" && x.tokIs(k+1, namesBiggest) {
			return n, k + 2
		}
		if n := leaderCount(toks[k].lower); n > 0 && (x.tokIs(k-1, namesBiggest) || toks[k-1].is2(wdThese, wdThose)) {
			if k >= 3 && toks[k-2].lower == "the" && x.tokHas(k-3, wPassing) {
				return 0, -1 // "others outside the top five held 17.6%"
			}
			if x.placeInGroup(k, q) {
				// "Micron rounded out the top three with 15%": a place in
				// it, not the group ("rounded out the top 10, which
				// together account for 75%" is the group's).
				return 0, -1
			}
			return n, k + 1
		}
	}
	return 0, -1
}

// placeInGroup reports the count of leaders at token k as a place a
// company takes in the group, with its own figure after: "Micron rounded
// out the top three with 15%", "Opera closes the top five desktop browsers
// with 3.2%", "Morrisons rounds off the big four on 10.3%". The group's
// noun may stand between the count and the figure's word.
func (x *extractor) placeInGroup(k int, q *quantity) bool {
	toks := x.s.toks
	if k < 3 || toks[k-2].lower != "the" {
		return false
	}
	rounds := k >= 4 && toks[k-3].is2(wdOut, wdOff) && toks[k-4].is4(wdRounded, wdRounds, wdRounding, wdRound)
	if !rounds && !toks[k-3].is11(wdCompleted, wdCompletes, wdCompleting, wdJoined, wdJoins, wdEntered, wdEnters, wdCracked, wdCloses, wdClosed, wdClosing) {
		return false
	}
	for j := k + 1; j < q.start && j <= k+3; j++ {
		if x.tokIs(j, givesFigure) {
			return true
		}
		if toks[j].kind != tokWord || toks[j].startsUpper() && !initialism(toks[j]) {
			return false
		}
	}
	return false
}

// groupPhraseAfter reads what follows the count of a group of leaders
// named without "top" ("the three" of "the three leading players
// account for"), from token j to the figure at limit: an adjective, a
// noun for companies, then a verb or word that makes the group the
// holder of a share. It returns where the group's name ends. shareOf is
// true after "the combined share of", which makes the name alone enough.
func (x *extractor) groupPhraseAfter(j, limit int, shareOf bool) (int, bool) {
	toks := x.s.toks
	quote := func() {
		for j < limit && toks[j].kind == tokSym && toks[j].is3(symQuote, symLeftQuote, symRightQuote) {
			j++
		}
	}
	quote()
	if j < limit && x.tokIs(j, namesBiggest) {
		j++
	}
	// "the three US hyperscalers", "the four leading public cloud
	// providers": a few words naming the market or a place may stand
	// before the noun for the companies.
	k := j
	for k < limit && k < j+3 && !x.tokIs(k, namesFirms) && toks[k].kind == tokWord && !x.inCompany(k) &&
		!x.tokHas(k, wGroupVerbs) && !x.tokHas(k, wAggregate) {
		k++
	}
	if k > j && k < limit && x.tokIs(k, namesFirms) {
		j = k
	}
	noun := j < limit && x.tokIs(j, namesFirms)
	if noun {
		j++
	}
	end := j
	quote()
	if j >= limit {
		return end, false
	}
	switch {
	case shareOf && noun:
		return end, true
	case x.tokHas(j, wGroupVerbs) || x.tokHas(j, wAggregate) || toks[j].is4(wdBetween, wdGenerate, wdGenerated, wdGenerates):
		return end, true
	case noun && toks[j].text == "," && j+1 < limit && toks[j+1].is2(wdWhich, wdWho):
		return end, true
	}
	return end, false
}

// leaderCount is the size of a group of leaders a word gives: "the top
// five", "the three", "the top 10", from two to ten; 0 for any other word.
// A switch, not a map: topN asks it of each word before a share, and a
// switch on a word costs a compare or two where a map hashes it.
func leaderCount(w string) int {
	if n := numberWord(w); n >= 2 && n <= 10 {
		return n
	}
	return 0
}

// shareLeader is a company an article credited a share to, with its
// largest share.
type shareLeader struct {
	name  string
	share float64
}

// addLeader notes that name holds share, keeping each company's largest.
func addLeader(ls []shareLeader, name string, share float64) []shareLeader {
	for i := range ls {
		if ls[i].name == name {
			ls[i].share = max(ls[i].share, share)
			return ls
		}
	}
	return append(ls, shareLeader{name, share})
}

// topLeaders returns the n companies with the largest shares, largest
// first; ties keep the order the article named them in.
func topLeaders(ls []shareLeader, n int) []string {
	sorted := slices.Clone(ls)
	slices.SortStableFunc(sorted, func(a, b shareLeader) int { return cmp.Compare(b.share, a.share) })
	names := make([]string, 0, n)
	for _, l := range sorted[:min(n, len(sorted))] {
		names = append(names, l.name)
	}
	return names
}

// pairBefore reads two companies named as a pair just before a share:
// "..., both companies holding 12.8%", "the two were tied at 14% each",
// "the pair together held 40%". They are the two companies the sentence
// named before the share, else the two the sentence before named. both is
// true for "both", which makes the share each one's.
func (x *extractor) pairBefore(q *quantity) (names []string, end int, both bool) {
	toks := x.s.toks
	at := -1
	for k := q.start - 1; k >= 0 && k >= q.start-8; k-- {
		if toks[k].text == ";" || toks[k].kind == tokNum {
			break
		}
		if toks[k].lower == "both" {
			at, both = k+1, true
			break
		}
		if toks[k].is3(wdTwo, wdPair, wdDuo) && k > 0 && toks[k-1].lower == "the" {
			at = k + 1
			break
		}
	}
	if at < 0 || q.start-at > 6 {
		return nil, -1, false
	}
	// Only the companies themselves: "both regions", "the two countries"
	// are not a pair of companies.
	k := at
	if k < len(toks) && x.tokIs(k, namesFirms) {
		k++
	}
	if k >= len(toks) || !toks[k].is17(wdHolding, wdHeld, wdHold, wdHad, wdHave, wdHaving, wdWere, wdAre, wdAt, wdWith, wdOn, wdTied, wdEach, wdTogether, wdAccounted, wdControlled, wdCaptured) {
		return nil, -1, false
	}
	for _, m := range x.s.companies {
		if m.end <= at && !contains(names, m.name) {
			names = append(names, m.name)
		}
	}
	if len(names) != 2 {
		names = nil
		if len(x.prev) == 2 && len(x.s.companies) == 0 {
			names = x.prev
		}
	}
	if names == nil {
		return nil, -1, false
	}
	return names, at, both
}

// bothAround reports "both" right before or right after a list of
// companies: "Both Contoso and Fabrikam hold 20%", "Microsoft and Amazon
// both held 12.8%".
func (x *extractor) bothAround(names []string, listEnd int) bool {
	toks := x.s.toks
	if listEnd < 0 || len(names) != 2 {
		return false
	}
	// "Contoso and Fabrikam, which both have 3%"
	k := listEnd
	if k+1 < len(toks) && toks[k].text == "," && toks[k+1].is2(wdWhich, wdWho) {
		k += 2
	}
	// "H3C and Arista were both at 4%"
	if k+1 < len(toks) && x.tokIs(k, beVerbs) {
		k++
	}
	if k < len(toks) && toks[k].lower == "both" {
		return true
	}
	start := -1
	for _, m := range x.s.companies {
		if m.name == names[0] && m.end <= listEnd {
			start = m.start
		}
	}
	return start > 0 && toks[start-1].lower == "both"
}

// maxUnnamedGroups bounds the group shares whose members fillLeaders looks
// for: each look reads the rest of the article's facts, so an article of
// thousands of "the top five held 45%" must not have each one read so.
// Real articles hold one or two; the groups past the bound are dropped, as
// those whose members are never named are.
const maxUnnamedGroups = 8

// fillLeaders puts the members into the group shares of leaders the
// article named only after them ("the top five accounted for 45%"): the n
// companies with the largest shares stated after the group's. A group
// whose members the article never names is the leaders of its sentence's
// market when the table of market leaders has them ("the top three" of
// cloud); otherwise it is dropped, as no one can tell who it is.
//
// Failing both, the members are the first n companies the sentences after
// the group's name, as pending holds them: "The four leading providers
// took 72% ... Amazon held steady, while Microsoft, Google and Alibaba
// gained". Two or more of them stand for the group when the article names
// fewer: those it names are in it.
func fillLeaders(facts []corpus.Fact, table []marketLeaders, pending []pendingGroup) []corpus.Fact {
	out := facts[:0]
	looked := 0
	for i, f := range facts {
		n := len(f.Parties)
		if !f.Group() || n == 0 || f.Parties[0].Name != "" {
			out = append(out, f)
			continue
		}
		if looked == maxUnnamedGroups {
			continue
		}
		looked++
		later := leadersIn(facts[i+1:])
		var names []string
		switch {
		case len(later) >= n:
			names = topLeaders(later, n)
		default:
			names = leadersOf(table, f.Sentence, n)
			if j := slices.IndexFunc(pending, func(p pendingGroup) bool { return p.fact == i }); names == nil && j >= 0 && len(pending[j].named) >= 2 {
				names = pending[j].named
			}
			if names == nil {
				continue
			}
		}
		out = append(out, f.WithParties(withRole(names, corpus.RoleMember)))
	}
	return out
}

// regionalArm is a company whose shares in some markets are held by an
// arm with a name of its own: Bharti Airtel's African operators belong
// to Airtel Africa, which the market's regulators and reporters name as
// "Airtel".
type regionalArm struct {
	parent, arm string
	regions     []string
}

// regionalArmsKnown are the arms regionalArms reads. They are made once,
// not on each call: every article ends with regionalArms, and a table
// made there cost an allocation an article. Nothing writes them.
var regionalArmsKnown = [...]regionalArm{{parent: "Bharti Airtel", arm: "Airtel Africa", regions: []string{"Nigeria", "Kenya", "Uganda", "Tanzania", "Zambia", "Malawi", "Rwanda", "Niger", "Chad", "Gabon", "Madagascar", "Seychelles", "Africa"}}}

// RegionalArm returns the arm through which company works in some
// regions and the regions, as KnownPlaces names them: "Bharti Airtel"
// works in Nigeria and Kenya as "Airtel Africa", whose shares there a
// question naming Airtel asks for. It returns "" and nil for a company
// with no such arm. The regions are the caller's own.
func (e *Extractor) RegionalArm(company string) (string, []string) {
	for _, a := range &regionalArmsKnown {
		if a.parent == company {
			return a.arm, slices.Clone(a.regions)
		}
	}
	return "", nil
}

// regionalArms gives a share measured in a region where a company works
// through such an arm to the arm: "Airtel held 26.9%" of Nigeria's
// market is Airtel Africa's, not Bharti Airtel's.
func regionalArms(facts []corpus.Fact) {
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.MarketShare || f.Region == "" {
			continue
		}
		for _, a := range &regionalArmsKnown {
			if !slices.Contains(a.regions, f.Region) {
				continue
			}
			for j := range f.Parties {
				if f.Parties[j].Name == a.parent {
					parties := slices.Clone(f.Parties)
					parties[j].Name = a.arm
					*f = f.WithParties(parties)
					break
				}
			}
		}
	}
}

// pendingGroup is a group share of leaders whose members no sentence had
// named by its own: fact is its index among the article's facts, n its
// size, named the first companies the sentences after it name.
type pendingGroup struct {
	fact, n int
	named   []string
}

// countedList reports a list of companies, ending at token listEnd, that
// a count of as many firms opens: "Four vendors, Cisco, Juniper, Huawei
// and Nokia, led the market and took 97%" is the four's share together.
func (x *extractor) countedList(names []string, listEnd int) bool {
	toks := x.s.toks
	if len(names) < 2 || listEnd < 0 {
		return false
	}
	start := -1
	for _, m := range x.s.companies {
		if m.name == names[0] && m.end <= listEnd {
			start = m.start
			break
		}
	}
	if start < 3 || toks[start-1].text != "," || !x.tokIs(start-2, namesFirms) {
		return false
	}
	for k := start - 3; k >= 0 && k >= start-5; k-- {
		if n := leaderCount(toks[k].lower); n > 0 {
			return n == len(names)
		}
		if toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// ofChange reports a part of a change right after q: "took 70% of the
// growth in cloud spending" is no share of the market.
func (x *extractor) ofChange(q *quantity) bool {
	toks := x.s.toks
	k := q.end + 1
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	return k < len(toks) && toks[q.end].lower == "of" && x.tokHas(k, wChangeAfter) && !toks[k].is2(wdYear, wdPer)
}

// countedAfter reports a list of companies, ending at token listEnd, that
// an aside right after it counts: "BSNL and MTNL, the two state-run
// operators, had 10.27%" hold it together.
func (x *extractor) countedAfter(names []string, listEnd int) bool {
	toks := x.s.toks
	if len(names) < 2 || listEnd < 0 || listEnd+2 >= len(toks) || toks[listEnd].text != "," || !toks[listEnd+1].is2(wdThe, wdBoth) {
		return false
	}
	return leaderCount(toks[listEnd+2].lower) == len(names)
}

// anaphoricCount reports a group of leaders, whose name ends at token
// end, that points back at companies already named: "the three", "these
// five companies", not "the top five" nor "the four leading providers",
// which describe who they are.
func (x *extractor) anaphoricCount(end int) bool {
	toks := x.s.toks
	for k := end - 1; k > 0 && k >= end-3; k-- {
		if leaderCount(toks[k].lower) == 0 {
			continue
		}
		return toks[k-1].is2(wdThese, wdThose) || toks[k-1].lower == "the" && !(k+1 < len(toks) && x.tokIs(k+1, namesBiggest))
	}
	return false
}

// lastMembers returns the last n different companies earlier sentences
// named, in the order named, or nil when they named fewer: "Amazon,
// Microsoft and Google have the broadest footprint. ... Together the
// three now account for 60%". Only the last few dozen names are looked
// at, as "the three" speaks of companies just named.
func (x *extractor) lastMembers(n int) []string {
	var names []string
	for i := len(x.members) - 1; i >= 0 && i >= len(x.members)-48 && len(names) < n; i-- {
		if !contains(names, x.members[i]) {
			names = append(names, x.members[i])
		}
	}
	if len(names) < n {
		return nil
	}
	slices.Reverse(names)
	return names
}

// appendMembers appends to dst the companies sentence s names that dst
// does not hold yet, the research firms left out, until dst holds
// limit names; limit < 0 sets no bound.
func appendMembers(dst []string, s *sentence, limit int) []string {
	for _, m := range s.companies {
		if limit >= 0 && len(dst) >= limit {
			break
		}
		if !slices.ContainsFunc(s.measurers, func(r mention) bool { return r.start < m.end && m.start < r.end }) && !slices.Contains(dst, m.name) {
			dst = append(dst, m.name)
		}
	}
	return dst
}

// leadersIn returns the companies facts give a market share of their own,
// each with its largest, in the order the facts first name them.
func leadersIn(facts []corpus.Fact) []shareLeader {
	var ls []shareLeader
	at := map[string]int{} // a name's place in ls, so each fact costs the same
	for _, g := range facts {
		if g.Kind != corpus.MarketShare || len(g.Parties) != 1 || g.Parties[0].Role != corpus.RoleSubject {
			continue
		}
		name := g.Parties[0].Name
		if i, ok := at[name]; ok {
			ls[i].share = max(ls[i].share, g.Value)
			continue
		}
		at[name] = len(ls)
		ls = append(ls, shareLeader{name, g.Value})
	}
	return ls
}

// namedAgain reports a list of companies named again as a group between
// the list's end and the share: "..., Google and Huawei, and these five
// players account for 80%", "Alibaba, Huawei and Tencent, which between
// them account for 60%". n is the group's size when the words give it.
func (x *extractor) namedAgain(listEnd int, q *quantity) (bool, int) {
	toks := x.s.toks
	if listEnd < 0 || q.start-listEnd > 12 {
		return false, 0
	}
	for _, m := range x.s.companies {
		if m.start >= listEnd && m.start < q.start {
			return false, 0
		}
	}
	for k := listEnd; k+1 < q.start; k++ {
		if toks[k].text == ";" || toks[k].kind == tokNum {
			return false, 0
		}
		if toks[k].is2(wdBetween, wdAmong) && toks[k+1].lower == "them" {
			return true, 0
		}
		if toks[k].is3(wdThese, wdThose, wdAll) {
			if n := leaderCount(toks[k+1].lower); n > 0 {
				return true, n
			}
		}
	}
	return false, 0
}

// lastNamed returns the last n companies the sentence names before token
// end, in the order named: the members of "these five" when the list
// before them is cut by other words ("Amazon ranked first, followed by
// Microsoft, Alibaba, Google and Huawei").
func (x *extractor) lastNamed(end, n int) []string {
	var names []string
	for i := len(x.s.companies) - 1; i >= 0 && len(names) < n; i-- {
		m := x.s.companies[i]
		if m.end <= end && !contains(names, m.name) {
			names = append(names, m.name)
		}
	}
	slices.Reverse(names)
	return names
}

// rankPlace is the place in a market a word gives a company ("Microsoft
// ranks second"), 1 for the words that make it first, 0 for any other
// word. A switch, which the compiler searches by length and bytes:
// rankedIn asks of many words.
func rankPlace(w string) int {
	switch w {
	case "biggest", "largest", "leads", "leader":
		return 1
	case "second":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	case "sixth":
		return 6
	case "seventh":
		return 7
	case "eighth":
		return 8
	case "ninth":
		return 9
	case "tenth":
		return 10
	}
	return 0
}

// rankedIn notes in ranks, by place less one, the companies sentence s
// ranks ("Amazon is the biggest cloud provider", "Microsoft ranks second",
// "Deutsche Telekom is the largest telco provider, sixth for Europe"): a
// place word in the ten words after a company's name, before the next
// company's, an ordinal before a superlative. A place already taken, or a
// company already placed, stays as it was.
func rankedIn(s *sentence, ranks []string) []string {
	toks := s.toks
	for i, m := range s.companies {
		end := min(m.end+10, len(toks))
		if i+1 < len(s.companies) {
			end = min(end, s.companies[i+1].start)
		}
		place := 0
		for k := m.end; k < end && toks[k].text != ";" && toks[k].text != "."; k++ {
			p := rankPlace(toks[k].lower)
			if p > 1 && k+1 < len(toks) && toks[k+1].is8(wdQuarter, wdHalf, wdTime, wdRound, wdPhase, wdYear, wdLargest, wdBiggest) {
				// "its second quarter"; "the second-largest" is second,
				// read at "largest" below
				if !toks[k+1].is2(wdLargest, wdBiggest) {
					continue
				}
			}
			if p > 1 {
				place = p
				break
			}
			if p == 1 && place == 0 {
				place = 1
				if k > 0 && (toks[k-1].text == "-" || rankPlace(toks[k-1].lower) > 1) {
					place = 0 // "second-largest": the ordinal was read
				}
			}
		}
		if place == 0 || slices.Contains(ranks, m.name) {
			continue
		}
		for len(ranks) < place {
			ranks = append(ranks, "")
		}
		if ranks[place-1] == "" {
			ranks[place-1] = m.name
		}
	}
	return ranks
}

// rankedTop returns the companies ranked first to nth, or nil when the
// article has not placed each of them.
func rankedTop(ranks []string, n int) []string {
	if len(ranks) < n || slices.Contains(ranks[:n], "") {
		return nil
	}
	return slices.Clone(ranks[:n])
}

// brandOwner returns the company whose brands a group of members is said
// to be: "Transsion's stable of brands, among them Tecno, Infinix and
// Itel, holds 64%", "the Transsion brands (Tecno, Infinix and Itel)". The
// brands' share together is their owner's, as it reports it. The owner
// stands a few words before the first member, with the word for brands
// between them and no figure.
func (x *extractor) brandOwner(members []string) string {
	ms, toks := x.s.companies, x.s.toks
	first := slices.IndexFunc(ms, func(m mention) bool { return slices.Contains(members, m.name) })
	if first < 1 {
		return ""
	}
	owner := ms[first-1]
	if slices.Contains(members, owner.name) || ms[first].start-owner.end > 9 {
		return ""
	}
	brands := false
	for _, t := range toks[owner.end:ms[first].start] {
		if t.kind == tokNum || t.text == ";" || t.is2(wdAnd, wdOr) {
			// "Microsoft, which sells the Xbox brand, and Sony": a
			// conjunction joins the owner to the list as one of its
			// own members, not to brands it owns.
			return ""
		}
		if t.is2(wdBrands, wdBrand) {
			brands = true
		}
	}
	if b := slices.IndexFunc(toks[owner.end:ms[first].start], func(t token) bool { return t.is2(wdBrands, wdBrand) }); b >= 0 && !listsBrands(toks, owner.end+b+1) {
		// "Contoso's brand rivals Fabrikam and Northwind": the brand
		// word qualifies another noun, and the members are no brands.
		return ""
	}
	if !brands {
		return ""
	}
	return owner.name
}

// listsBrands reports the token at k, right after a word for brands,
// going on to the brands themselves: punctuation ("brands, Tecno"), a
// name ("brands Tecno") or a word introducing a list ("brands include",
// "brands, among them"), not a noun the brand word qualifies ("brand
// rivals", "brand partners").
func listsBrands(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := &toks[k]
	if t.kind != tokWord || t.startsUpper() {
		return true
	}
	switch t.lower {
	case "include", "includes", "including", "included", "among", "such", "like", "are", "were":
		return true
	}
	return false
}
