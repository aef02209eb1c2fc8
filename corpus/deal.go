package corpus

import "slices"

// Deal is one deal as an article reports it: its value, seat count and
// length gathered from the facts about it, so that an answer can show the
// deal once rather than one line per figure.
type Deal struct {
	ArticleID string
	// Parties are every party of the deal's facts, first mention first; a
	// party's role is the first one a fact gave it.
	Parties []Party
	// Value is the deal's value; Kind is empty when the article gives none.
	Value Fact
	// Total is a running total the article gives beside the value
	// ("bringing its total commitment to $17bn"); Kind is empty when none.
	Total Fact
	// Seats is the seat count the deal covers; Kind is empty when none.
	Seats Fact
	// Length is the contract's length; Kind is empty when none.
	Length Fact
	// Facts are all the facts grouped into the deal, in article order.
	Facts []Fact
}

// Deals groups the deal facts of one article (deal values, seat counts and
// contract lengths) into deals. Facts join a deal when they name the same
// parties, or a part of them, and do not contradict it: a second, different
// value for the same parties is another deal ("it bought X for $6bn and Y
// for $11.2bn"), a running total is not. Facts of other kinds and of other
// articles than the first fact's are ignored. The result is in order of
// each deal's first fact.
func Deals(facts []Fact) []Deal {
	var out []Deal
	article := ""
	for i, f := range facts {
		if i == 0 {
			article = f.ArticleID
		}
		if f.ArticleID != article || !(f.Kind == DealValue || f.Kind == Seats || f.Kind == ContractLength) {
			continue
		}
		j := slices.IndexFunc(out, func(d Deal) bool { return d.accepts(f) })
		if j < 0 {
			out = append(out, Deal{ArticleID: f.ArticleID})
			j = len(out) - 1
		}
		out[j].add(f)
	}
	return out
}

// accepts reports whether f is about this deal.
func (d Deal) accepts(f Fact) bool {
	if !SameSides(d.Parties, f.Parties) {
		return false
	}
	var held Fact
	switch {
	case f.Kind == DealValue && f.Total:
		held = d.Total
	case f.Kind == DealValue:
		held = d.Value
	case f.Kind == Seats:
		held = d.Seats
	default:
		held = d.Length
	}
	return held.Kind == "" || (SameFigure(held.Value, f.Value) && held.Unit == f.Unit)
}

// SameSides reports whether one party list names only parties of the other,
// so "Amazon" alone and "Amazon, Anthropic" are the same deal but
// "Amazon, Anthropic" and "Google, Anthropic" are not. A fact with no
// parties joins nothing.
func SameSides(have, got []Party) bool {
	if len(have) == 0 || len(got) == 0 {
		return len(have) == 0 && len(got) == 0
	}
	in := func(ps []Party, name string) bool {
		return slices.ContainsFunc(ps, func(p Party) bool { return p.Name == name })
	}
	sub := func(a, b []Party) bool {
		for _, p := range a {
			if !in(b, p.Name) {
				return false
			}
		}
		return true
	}
	return sub(have, got) || sub(got, have)
}

func (d *Deal) add(f Fact) {
	d.Facts = append(d.Facts, f)
	for _, p := range f.Parties {
		if !slices.ContainsFunc(d.Parties, func(q Party) bool { return q.Name == p.Name }) {
			d.Parties = append(d.Parties, p)
		}
	}
	switch {
	case f.Kind == DealValue && f.Total:
		d.Total = firstOr(d.Total, f)
	case f.Kind == DealValue:
		d.Value = firstOr(d.Value, f)
	case f.Kind == Seats:
		d.Seats = firstOr(d.Seats, f)
	default:
		d.Length = firstOr(d.Length, f)
	}
}

// firstOr keeps the fact already held, else takes f.
func firstOr(held, f Fact) Fact {
	if held.Kind != "" {
		return held
	}
	return f
}

// SameFigure reports whether two figures are equal within half a percent, the rounding
// news applies when it restates a figure ("$2.75 billion", "$2.8bn").
func SameFigure(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= 0.005*max(a, b, -a, -b)
}
