package extract

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// A government award is often reported over several sentences: one names
// the public body and the sum ("The Department of Defense has awarded task
// orders worth $600 million"), another the companies that won places on it
// ("Google, Oracle, AWS and Microsoft all won places on the $9 billion
// program"), a third only the ceiling of each contract. Every figure of the
// award has the same sides: the body buys, every company it awarded sells.

// awardees returns the companies a sentence of the article says won a
// public award or were handed one, in the order named: those listed after
// an award word and "to" ("the contract was awarded to Microsoft",
// "handed the work to Accenture and Deloitte"), and those listed right
// before "won" or "wins" ("Google, Oracle and Microsoft all won places").
// Public bodies are never awardees.
func (e *Extractor) awardees(sents []sentence) []string {
	var out []string
	add := func(n string) {
		if !e.isGovernmentName(n) && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	for i := range sents {
		s := &sents[i]
		if !s.cues.has(wAward) && !s.cues.has(wDealValueNouns) || len(s.companies) == 0 {
			continue
		}
		for k := range s.toks {
			if bitIn(s.bits, k, wDealValueNouns) && k+1 < len(s.toks) && s.toks[k+1].lower == "to" {
				// "has given task orders under the JWCC contract to AWS,
				// Google, Microsoft and Oracle"
				for _, m := range s.companies {
					if m.start > k+1 && s.listedFrom(k+2, m.start) {
						add(m.name)
					}
				}
				continue
			}
			if !bitIn(s.bits, k, wAward) {
				continue
			}
			if to := s.toAfter(k); to >= 0 {
				for _, m := range s.companies {
					if m.start > to && s.listedFrom(to+1, m.start) {
						add(m.name)
					}
				}
			}
			if s.toks[k].is2(wdWon, wdWins) {
				// The subject list, past a word or two saying how many:
				// "Google, Oracle and Microsoft all won".
				end := k
				for end > 0 && end >= k-2 && s.toks[end-1].is7(wdAll, wdEach, wdBoth, wdHave, wdHad, wdHas, wdJointly) {
					end--
				}
				for _, m := range s.companies {
					if m.end <= end && s.listedFrom(m.end, end) && s.listedFrom(m.start, end) {
						add(m.name)
					}
				}
			}
		}
	}
	return out
}

// toAfter returns where "to" follows the award word at k in its clause, a
// few words on ("awarded the contract to", "was awarded to"), or -1.
func (s *sentence) toAfter(k int) int {
	for j := k + 1; j < len(s.toks) && j <= k+6; j++ {
		t := s.toks[j]
		if t.lower == "to" {
			return j
		}
		if t.kind != tokWord || t.startsUpper() {
			return -1
		}
	}
	return -1
}

// shareAward gives every figure of the article's government award the
// award's sides, when the figure's sentence leaves a side out: a figure
// whose only payers are public bodies and who names none of the companies
// awarded sells to all of them, and a figure only awarded companies sell
// is bought by the public body of the award. A figure that names a
// company the award does not hold is another deal, and keeps its sides.
func (e *Extractor) shareAward(facts []corpus.Fact, sents []sentence) {
	gov := ""
	// By pointer here and below: a fact is too large to copy for a look.
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.DealValue {
			continue
		}
		if i := slices.IndexFunc(f.Parties, func(p corpus.Party) bool { return p.Role == corpus.RoleCustomer && e.isGovernmentName(p.Name) }); i >= 0 {
			gov = f.Parties[i].Name
			break
		}
	}
	if gov == "" {
		return
	}
	won := e.awardees(sents)
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.DealValue || !e.boughtByGovernment(*f) {
			continue
		}
		for _, p := range f.Parties {
			if p.Role == corpus.RoleVendor && !slices.Contains(won, p.Name) {
				won = append(won, p.Name)
			}
		}
	}
	if len(won) == 0 {
		return
	}
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.DealValue {
			continue
		}
		// The companies the fact's sentence names, found again by its
		// text (the last sentence so written), rather than a map of
		// every sentence's names built for the few facts that ask.
		var named []mention
		for j := len(sents) - 1; j >= 0; j-- {
			if sents[j].text == f.Sentence {
				named = sents[j].companies
				break
			}
		}
		payers, sellers, namesSeller := 0, 0, false
		other := false
		for _, p := range f.Parties {
			switch {
			case p.Role.Pays() && e.isGovernmentName(p.Name):
				payers++
			case p.Role == corpus.RoleVendor && slices.Contains(won, p.Name):
				sellers++
				// A list's part may name its company where no list of
				// names knows it: "SAIC at $101.7 million".
				namesSeller = namesSeller || slices.ContainsFunc(named, func(m mention) bool { return m.name == p.Name }) || strings.Contains(f.Sentence, p.Name)
			default:
				other = true
			}
		}
		if other || payers+sellers == 0 || e.namesOtherBody(named, gov) {
			continue
		}
		ps := slices.Clone(f.Parties)
		if payers == 0 {
			ps = append([]corpus.Party{{Name: gov, Role: corpus.RoleCustomer}}, ps...)
			if f.DealType == corpus.DealCloudContract || f.DealType == corpus.DealUnknown {
				// A public body buying makes the contract a government's.
				f.DealType = corpus.DealGovernmentContract
			}
		}
		if !namesSeller {
			for _, n := range won {
				if !slices.ContainsFunc(ps, func(p corpus.Party) bool { return p.Name == n }) {
					ps = append(ps, corpus.Party{Name: n, Role: corpus.RoleVendor})
				}
			}
		}
		*f = f.WithParties(ps)
	}
}

// namesOtherBody reports a public body among names other than gov: "A
// $500 million US Navy contract" is the Navy's own, not the award's.
func (e *Extractor) namesOtherBody(names []mention, gov string) bool {
	return slices.ContainsFunc(names, func(m mention) bool { return m.name != gov && e.isGovernmentName(m.name) })
}

// boughtByGovernment reports a deal whose payers are all public bodies,
// and that has one.
func (e *Extractor) boughtByGovernment(f corpus.Fact) bool {
	gov := false
	for _, p := range f.Parties {
		if p.Role.Pays() {
			if !e.isGovernmentName(p.Name) {
				return false
			}
			gov = true
		}
	}
	return gov
}
