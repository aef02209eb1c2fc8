package corpus

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
func (x *extractor) gapOf(q quantity) (gap, bool) {
	if len(x.s.qty) > maxListFigures {
		return gap{}, false
	}
	toks := x.s.toks
	m, ok := x.ownCompany(q)
	if !ok || m.start == 0 || !toks[m.start-1].is("and", ",") {
		return gap{}, false
	}
	var first quantity
	found := false
	for _, p := range x.s.qty {
		if p.kind == qtyMoney && p.end <= m.start && onlyListGlue(toks[p.end:m.start]) {
			first, found = p, true
		}
	}
	if !found {
		return gap{}, false
	}
	if g, ok := x.gapOf(first); ok {
		// "Fabrikam for $1bn, Northwind for $2bn and Wiz for $3bn": every
		// later figure takes the sides of the list's first.
		first = g.first
	}
	if toks[q.start-1].is("for") {
		// "bought Fabrikam for $6bn and Northwind for $11.2bn"
		f, ok := x.ownCompany(first)
		if !ok || !toks[first.start-1].is("for") {
			return gap{}, false
		}
		return gap{own: m, first: first, standsFor: f.name}, true
	}
	// "Contoso invested $2 billion and Fabrikam $1 billion": the later
	// company stands for the first figure's subject, the last company
	// named before the first figure's deal word.
	_, at := x.triggerNear(first)
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
		return gap{}, false
	}
	return gap{own: m, first: first, standsFor: subject}, true
}

// ownCompany is the company named right before figure q, or right before
// "for" and the figure: "and Fabrikam $1 billion", "Northwind for
// $11.2bn".
func (x *extractor) ownCompany(q quantity) (mention, bool) {
	end := q.start
	if end > 0 && x.s.toks[end-1].is("for") {
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
func (x *extractor) gappedElsewhere(q quantity) []string {
	var names []string
	for _, p := range x.s.qty {
		if p.start == q.start || p.kind != qtyMoney {
			continue
		}
		if g, ok := x.gapOf(p); ok && g.first.start == q.start {
			names = append(names, g.own.name)
		}
	}
	return names
}

// gappedParties are the parties of a later figure of a list: the first
// figure's, with the company the later one stands for replaced by it.
func (x *extractor) gappedParties(g gap) []Party {
	ps := x.dealRoles(g.first, x.parties(g.first))
	out := make([]Party, 0, len(ps))
	for _, p := range ps {
		if p.Name == g.standsFor {
			p.Name = g.own.name
		}
		out = append(out, p)
	}
	return out
}
