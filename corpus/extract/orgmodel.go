package extract

import "slices"

//go:generate go test -run ^TestTrainOrgModel$ -count=1 -orgmodel.write

// This file reads a capitalised span with a learned model: a linear score
// from the span's first and last words, the words either side of it and
// its shape, whose weights orgmodel_gen.go holds. The weights are learned
// offline from the dev articles (TestTrainOrgModel): spans a label names
// as a party, or the gazetteer knows, count as organisations; places,
// products and people as not. A word the training never saw scores
// nothing, so an unseen span is read by its context alone.

// orgSpanEnd returns the end of the capitalised span opening at token k,
// or k when none opens there: a run of name tokens (see runAfter) that
// does not continue one before it. An article's or a sentence's opening
// "The" is no part of the span that follows.
func orgSpanEnd(toks []token, k int) int {
	if !isNameToken(&toks[k]) || toks[k].kind != tokWord || k > 0 && (isNameToken(&toks[k-1]) || isNameHyphen(toks, k-1)) {
		return k
	}
	if k == 0 && toks[k].is2(wdThe, wdA) {
		return k
	}
	return runAfter(toks, k)
}

// Shape features of a span, the indexes orgShapeWeight answers for.
const (
	shapeOneWord = iota
	shapeTwoWords
	shapeLonger
	shapeCapitals     // a single word in capitals: "BII", "HFS"
	shapeInnerCapital // a capital inside a word: "TheVentureCity", "eBay"
	shapeDigit        // a digit in the name: "4equity", "X8"
	shapeOpening      // the span opens the sentence
	shapeCount
)

// orgShapes returns the shape features of toks[start:end) as bits.
func orgShapes(toks []token, start, end int) uint8 {
	var b uint8
	switch n := end - start; {
	case n == 1:
		b |= 1 << shapeOneWord
		if initialism(toks[start]) {
			b |= 1 << shapeCapitals
		}
	case n == 2:
		b |= 1 << shapeTwoWords
	default:
		b |= 1 << shapeLonger
	}
	if start == 0 {
		b |= 1 << shapeOpening
	}
	for k := start; k < end; k++ {
		w := toks[k].text
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= '0' && c <= '9' {
				b |= 1 << shapeDigit
			}
			if i > 0 && c >= 'A' && c <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
				b |= 1 << shapeInnerCapital
			}
		}
	}
	return b
}

// orgContextLists are the lexicon's lists whose words either side of a
// span the model reads: what a word before or after an organisation's
// name does.
var orgContextLists = [...]wordList{wDescriptor, wRaise, wInvest, wAcquire, wSubjectVerbs, wObjectVerbs, wAward, wSigned, wPartner, wSell, wReceive,
	wPledge, wAgreed, wCompleted, wAnnounced, wNotNames, wPublicBody, wInstitution, wBusiness, wSector, wMarket, wShareCues, wPeopleNouns,
	wSeatNouns, wAux, wDealNouns, wPronoun, wStrongDeal, wWeakDeal, wGroupVerbs, wDeploy, wRollout, wLease, wStock, wRevenue}

// orgContext returns the words around toks[start:end) the model reads:
// the one before ("<s>" at the sentence's start), the one before that,
// and the one after ("</s>" at its end).
func orgContext(toks []token, start, end int) (prev, prev2, next string) {
	prev, prev2, next = "<s>", "<s>", "</s>"
	if start > 0 {
		prev = toks[start-1].lower
	}
	if start > 1 {
		prev2 = toks[start-2].lower
	}
	if end < len(toks) {
		next = toks[end].lower
	}
	return prev, prev2, next
}

// orgScore is the model's score of toks[start:end) as an organisation's
// name, in 256ths of a log-odds: above orgThreshold the model reads it so.
func orgScore(toks []token, bits []listSet, start, end int) int {
	prev, prev2, next := orgContext(toks, start, end)
	s := orgBias + orgFirstWeight(toks[start].lower) + orgLastWeight(toks[end-1].lower) +
		orgPrevWeight(prev) + orgPrev2Weight(prev2) + orgNextWeight(next)
	// The lexicon's lists the words either side are in say what the
	// words do ("fintech" is a descriptor, "raised" a raise verb), which
	// carries to words the training never saw.
	for _, l := range orgContextLists {
		if start > 0 && bits[start-1].has(l) {
			s += orgPrevListWeight[l]
		}
		if end < len(toks) && bits[end].has(l) {
			s += orgNextListWeight[l]
		}
	}
	shapes := orgShapes(toks, start, end)
	for i := 0; i < shapeCount; i++ {
		if shapes&(1<<i) != 0 {
			s += orgShapeWeight[i]
		}
	}
	return s
}

// learnedOrgs returns the capitalised spans of a sentence stating a
// figure that the model reads as organisations, where no name list or
// rule has read one: in a sentence that names no organisation at all
// (every party slot of its figure is empty), or in a list beside a name
// already read ("Contoso, Velmora and Fabrikam"). named are the names
// already read, which no span it returns overlaps.
func learnedOrgs(toks []token, bits []listSet, qty []quantity, named, found, measurers []mention) []mention {
	if !slices.ContainsFunc(qty, func(q quantity) bool { return q.kind == qtyMoney || q.kind == qtyPercent }) {
		return nil
	}
	orphan := len(named) == 0 && len(found) == 0
	var out []mention
	for k := 0; k < len(toks); k++ {
		if !isNameToken(&toks[k]) {
			continue
		}
		end := orgSpanEnd(toks, k)
		if end == k {
			continue
		}
		if !orphan && !listedWithKnown(toks, named, k, end) && !listedWithKnown(toks, found, k, end) {
			k = end - 1
			continue
		}
		if overlapsAny(k, end, named) || overlapsAny(k, end, found) || overlapsAny(k, end, measurers) || orgScore(toks, bits, k, end) <= orgThreshold {
			k = end - 1
			continue
		}
		out = append(out, mention{name: joinedText(toks, k, end), start: k, end: end})
		k = end - 1
	}
	return out
}

// overlapsAny reports a mention of ms overlapping toks[start:end).
func overlapsAny(start, end int, ms []mention) bool {
	return slices.ContainsFunc(ms, func(m mention) bool { return m.start < end && start < m.end })
}

// listedWithKnown reports toks[start:end) standing in a list next to a
// name already read: "Contoso, Velmora and" or "Velmora and Contoso".
func listedWithKnown(toks []token, known []mention, start, end int) bool {
	sep := func(k int) bool { return k >= 0 && k < len(toks) && (toks[k].text == "," || toks[k].lower == "and") }
	return sep(start-1) && slices.ContainsFunc(known, func(m mention) bool { return m.end == start-1 }) ||
		sep(end) && slices.ContainsFunc(known, func(m mention) bool { return m.start == end+1 })
}
