package corpus

import "strings"

// discoverOrgs finds organisations the gazetteer does not know from the
// roles they play in a sentence: the capitalised name before a deal verb
// ("Acme signed", "Acme agreed to buy"), after a deal word and a
// preposition ("a deal with Acme", "invested $2 billion in Acme"), after a
// purchase verb ("to acquire Acme") or before a possessive deal noun
// ("Acme's contract"). Names are returned as the article writes them, with
// legal suffixes dropped.
func (x *lexicon) discoverOrgs(toks []token, known []mention) []mention {
	covered := make(map[int]bool, len(known))
	for _, m := range known {
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	var out []mention
	add := func(start, end int) {
		if m, ok := x.orgName(toks, start, end, covered); ok {
			out = append(out, m)
		}
	}
	for i, t := range toks {
		switch {
		case x.has(wSubjectVerbs, t.lower):
			if end := x.skipAux(toks, i); end > 0 {
				add(runBefore(toks, end), end)
			}
		case x.has(wObjectVerbs, t.lower) && i+1 < len(toks):
			add(i+1, runAfter(toks, i+1))
		case t.is("with", "in", "from", "to", "by") && i+1 < len(toks) && x.dealContextBefore(toks, i):
			add(i+1, runAfter(toks, i+1))
		case (t.text == "'" || t.text == "’") && i+2 < len(toks) && toks[i+1].lower == "s" && x.has(wDealNouns, toks[i+2].lower):
			add(runBefore(toks, i), i)
		}
	}
	return out
}

// skipAux walks back from a verb over auxiliaries ("has agreed to", "will")
// and returns the index just after the subject, or -1.
func (x *lexicon) skipAux(toks []token, i int) int {
	j := i
	for j > 0 && x.has(wAux, toks[j-1].lower) {
		j--
	}
	return j
}

// runBefore returns the start of the capitalised run ending at end.
func runBefore(toks []token, end int) int {
	s := end
	for s > 0 && s > end-6 && (isNameToken(toks[s-1]) || isSuffixDot(toks, s-1)) {
		s--
	}
	return s
}

// runAfter returns the end of the capitalised run starting at start.
func runAfter(toks []token, start int) int {
	e := start
	for e < len(toks) && e < start+6 && (isNameToken(toks[e]) || isSuffixDot(toks, e)) {
		e++
	}
	return e
}

// isSuffixDot reports the period of "Inc." or "Corp.", which belongs to the
// name rather than ending it.
func isSuffixDot(toks []token, i int) bool {
	return toks[i].text == "." && i > 0 && isLegalSuffix(toks[i-1].lower) && toks[i-1].joins(toks[i])
}

func isNameToken(t token) bool {
	return t.startsUpper() || (t.kind == tokSym && t.text == "&") ||
		(t.kind == tokWord && len(t.text) > 1 && strings.ToUpper(t.text[1:2]) == t.text[1:2] && t.text[1:2] != strings.ToLower(t.text[1:2]))
}

// orgName turns toks[start:end) into an organisation mention unless it is
// empty, already a gazetteer name, or only words that are not names.
func (x *lexicon) orgName(toks []token, start, end int, covered map[int]bool) (mention, bool) {
	for end > start && (toks[end-1].kind == tokSym || isLegalSuffix(toks[end-1].lower)) {
		end--
	}
	for start < end && (toks[start].kind == tokSym || x.has(wNotNames, toks[start].lower)) {
		start++
	}
	if start >= end {
		return mention{}, false
	}
	for k := start; k < end; k++ {
		if covered[k] || x.has(wNotNames, toks[k].lower) {
			return mention{}, false
		}
	}
	var b strings.Builder
	for k := start; k < end; k++ {
		if k > start && !toks[k-1].joins(toks[k]) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return mention{name: b.String(), start: start, end: end}, true
}

// dealContextBefore reports whether a preposition at toks[i] follows a deal
// word closely enough to introduce a party ("deal with", "invested $2
// billion in").
func (x *lexicon) dealContextBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if x.has(wDealNouns, toks[k].lower) || x.has(wSubjectVerbs, toks[k].lower) || x.has(wObjectVerbs, toks[k].lower) {
			return true
		}
	}
	return false
}
