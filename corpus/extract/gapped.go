package extract

import (
	"slices"

	"github.com/dealbot/dealbot/corpus"
)

// A sentence can report several deals with one verb, leaving it out of
// every deal after the first: "Contoso invested $2 billion and Fabrikam $1
// billion in Northwind" (the second subject), "Contoso bought Fabrikam for
// $6bn and Northwind for $11.2bn" (the second object). Each later figure is
// its own company's deal, with the sides of the first and the company it
// stands in for replaced by its own.

// gap is a figure whose verb was left out: the company it is said of, the
// first figure of the list, and which company of that first figure's deal
// the later company stands in for.
type gap struct {
	own       mention
	first     quantity
	standsFor string
}

// maxListFigures bounds the figures a sentence may hold for its later ones
// to be read as a list's: finding a list's first figure walks back over the
// list, so a sentence of thousands of amounts must not be read so.
const maxListFigures = 8

// gapOf reports the gap of figure q, if it is a later figure of such a
// list.
func (x *extractor) gapOf(q *quantity) (gap, bool) {
	if len(x.s.qty) > maxListFigures {
		return gap{}, false
	}
	toks := x.s.toks
	m, ok := x.ownCompany(q)
	if !ok {
		m, ok = x.elidedOwner(q)
	}
	glue := -1
	if ok {
		glue = x.partGlue(m)
	}
	if glue < 0 {
		return gap{}, false
	}
	var first quantity
	found := false
	for _, p := range x.s.qty {
		if p.kind == qtyMoney && p.end <= glue && onlyListGlue(toks[x.pastPlace(p.end):glue+1]) {
			first, found = p, true
		}
	}
	if !found {
		return gap{}, false
	}
	if g, ok := x.gapOf(&first); ok {
		// "Fabrikam for $1bn, Northwind for $2bn and Wiz for $3bn": every
		// later figure takes the sides of the list's first.
		first = g.first
	}
	if toks[q.start-1].lower == "for" {
		// "bought Fabrikam for $6bn and Northwind for $11.2bn"
		f, ok := x.ownCompany(&first)
		if !ok || toks[first.start-1].lower != "for" {
			return gap{}, false
		}
		return gap{own: m, first: first, standsFor: f.name}, true
	}
	// "Contoso invested $2 billion and Fabrikam $1 billion": the later
	// company stands for the first figure's subject, the last company
	// named before the first figure's deal word.
	_, at := x.triggerNear(&first)
	if at < 0 {
		return gap{}, false
	}
	subject := ""
	for _, c := range x.s.companies {
		if c.end <= at {
			subject = c.name
		}
	}
	if subject == "" {
		// "Supernap has vowed to invest 3 billion baht, Japan's
		// Telehouse 2.7 billion": the first part's opener, though no
		// list of companies knows it.
		if own, _, ok := x.listOwner(&first); ok {
			subject = own
		}
	}
	if subject == "" {
		return gap{}, false
	}
	return gap{own: m, first: first, standsFor: subject}, true
}

// pastPlace returns where the words from token k end when they name where
// money goes ("in Thailand", "into the UK"), else k: "invest 5 billion
// baht in Thailand, Japan's Kaito 2.7 billion" lists on past the place.
func (x *extractor) pastPlace(k int) int {
	toks := x.s.toks
	if k >= len(toks) || toks[k].lower != "across" && !x.tokIs(k, intoPlace) {
		return k
	}
	j := k + 1
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	for _, m := range x.s.places {
		if m.start == j {
			return m.end
		}
	}
	return k
}

// elidedOwner is the company that opens the part of a list holding figure
// q when nothing but an aside stands between it and q: "and Northwind
// Digital, also from Singapore, 3 billion".
func (x *extractor) elidedOwner(q *quantity) (mention, bool) {
	if _, ok := x.bracketedFor(q); ok {
		return mention{}, false // "and Salesforce ($400 million)"
	}
	last := -1
	for i, m := range x.s.companies {
		if m.end <= q.start {
			last = i
		}
	}
	if last < 0 || !x.opensPart(x.s.companies[last]) {
		return mention{}, false
	}
	m := x.s.companies[last]
	for k := m.end; k < q.start; k++ {
		if x.s.toks[k].kind == tokNum || x.wordTrigger(k) != trigNone || x.tokHas(k, wSubjectVerbs) {
			return mention{}, false
		}
	}
	return m, true
}

// ownCompany is the company named right before figure q, or right before
// "for" and the figure: "and Fabrikam $1 billion", "Northwind for
// $11.2bn".
func (x *extractor) ownCompany(q *quantity) (mention, bool) {
	end := q.start
	if end > 0 && x.s.toks[end-1].lower == "for" {
		end--
	}
	for _, m := range x.s.companies {
		if m.end == end {
			return m, true
		}
	}
	return mention{}, false
}

// gappedElsewhere is the companies that are the own companies of the later
// figures of a list q is the first of: they take no part in q's deal.
func (x *extractor) gappedElsewhere(q *quantity) []string {
	var names []string
	for _, p := range x.s.qty {
		if p.start == q.start || p.kind != qtyMoney {
			continue
		}
		if g, ok := x.gapOf(&p); ok && g.first.start == q.start {
			names = append(names, g.own.name)
		}
	}
	return names
}

// gappedParties are the parties of a later figure of a list: the first
// figure's, with the company the later one stands for replaced by it.
func (x *extractor) gappedParties(g gap) []corpus.Party {
	ps := x.dealRoles(&g.first, x.parties(&g.first))
	out := make([]corpus.Party, 0, len(ps))
	for _, p := range ps {
		if p.Name == g.standsFor {
			p.Name = g.own.name
		}
		out = append(out, p)
	}
	return out
}

// A sentence can also list several companies' own figures, each company
// the subject of its part: "Australia's NextDC has announced a budget of
// 13.7 billion baht, Singapore's STT GDC has pledged 4.5 billion";
// "Westlake Academy has 123 phone licences, Westlake Town Hall has 34".
// Each figure is its subject's alone; the subjects of the other parts are
// no side of it.

// listOwner returns the company whose part of the sentence holds figure q,
// with the companies owning the other parts, when the sentence lists the
// figures of at least two companies so. A part's owner is the last company
// named between the figure before it and it, when that company opens its
// part; a figure whose part names no company belongs to the one before it
// ("123 phone licences and 2 meeting licences").
func (x *extractor) listOwner(q *quantity) (string, []string, bool) {
	if q.kind != qtyMoney && q.kind != qtyCount {
		return "", nil, false
	}
	if _, ok := x.bracketedFor(q); ok {
		// "deals with Oracle ($300 billion), Microsoft ($250 billion)":
		// the companies are the other side of one subject's deals.
		return "", nil, false
	}
	// "Microsoft 365 Copilot": a number inside a product's name is no
	// figure of a list.
	listed := func(p quantity) bool {
		return p.kind == q.kind && !slices.ContainsFunc(x.s.products, func(m mention) bool { return m.start <= p.start && p.end <= m.end })
	}
	n := 0
	for _, p := range x.s.qty {
		if listed(p) {
			n++
		}
	}
	if n < 2 || n > maxListFigures {
		return "", nil, false
	}
	own, owner, prevEnd := "", "", 0
	var others []string
	for _, p := range x.s.qty {
		if !listed(p) {
			continue
		}
		last := -1
		for i, m := range x.s.companies {
			if m.start >= prevEnd && m.end <= p.start {
				last = i
			}
		}
		switch {
		case last >= 0:
			owner = ""
			if m := x.s.companies[last]; x.opensPart(m) || m.end+1 == p.start && x.tokIs(m.end, givesFigure) {
				// "followed by SMX at $190 million": the company the
				// figure is said right after is its owner too.
				owner = m.name
			}
		default:
			// "and Evolution Data Centre, also from Singapore, 4
			// billion": a part opened by a name no list knows is that
			// name's.
			if n := x.partOpener(prevEnd, p.start); n != "" {
				owner = n
			}
		}
		prevEnd = p.end
		if p.start == q.start {
			own = owner
		} else if owner != "" && !contains(others, owner) {
			others = append(others, owner)
		}
	}
	if own == "" || len(others) == 0 || len(others) == 1 && others[0] == own {
		return "", nil, false
	}
	kept := others[:0]
	for _, o := range others {
		if o != own {
			kept = append(kept, o)
		}
	}
	return own, kept, true
}

// opensPart reports a company named at the start of a part of a list: at
// the sentence start, after a comma, a semicolon or "and", past "the" or a
// place's possessive ("Singapore's STT GDC").
func (x *extractor) opensPart(m mention) bool {
	return m.start == 0 || x.partGlue(m) != -1
}

// partGlue returns where the comma, semicolon or "and" before a part that
// company m opens is, past "the" or a place's possessive; -2 when the part
// opens the sentence, and -1 when m opens no part.
func (x *extractor) partGlue(m mention) int {
	toks := x.s.toks
	k := m.start - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k >= 2 && toks[k].lower == "s" && (toks[k-1].text == "'" || toks[k-1].text == "’") {
		if i := slices.IndexFunc(x.s.places, func(p mention) bool { return p.end == k-1 }); i >= 0 {
			k = x.s.places[i].start - 1
		}
	}
	switch {
	case k < 0:
		return -2
	case toks[k].text == "," || toks[k].text == ";" || toks[k].lower == "and" || x.tokIs(k, contrasts):
		return k
	}
	return -1
}

// partOpener returns the capitalised name that opens a part of a list
// between tokens from and to, right after the sentence start, a comma, a
// semicolon or "and", when it is followed by nothing but words and the
// part's figure; "" when none does.
func (x *extractor) partOpener(from, to int) string {
	toks := x.s.toks
	for k := from; k < to; k++ {
		if k > 0 && toks[k-1].text != "," && toks[k-1].text != ";" && toks[k-1].lower != "and" {
			continue
		}
		if !toks[k].startsUpper() {
			continue
		}
		e := runAfter(toks, k)
		if e > to {
			return ""
		}
		if slices.ContainsFunc(x.s.places, func(p mention) bool { return p.start < e && k < p.end }) {
			return ""
		}
		m, ok := x.lex.listedName(toks, x.s.bits, x.s.marks, k, e)
		if !ok {
			return ""
		}
		return m.name
	}
	return ""
}
