package corpus

// trigger is the word that says what kind of deal a sentence reports.
type trigger uint8

const (
	trigNone trigger = iota
	trigAcquire
	trigRaise
	trigInvest
	trigPledge
	trigAward
	trigPartner
	trigContract
)

// triggerLists are tried for each word, in this order, so a word in two
// lists ("stake" is an investment word and a deal noun) reads as the
// first.
var triggerLists = [...]struct {
	list wordList
	trig trigger
}{
	{wAcquire, trigAcquire}, {wRaise, trigRaise}, {wInvest, trigInvest}, {wPledge, trigPledge},
	{wAward, trigAward}, {wPartner, trigPartner}, {wStrongDeal, trigContract}, {wWeakDeal, trigContract},
}

// triggerNear returns the deal word nearest q in the sentence, and where it
// is; ties go to the word before the figure, which is usually its verb.
func (x *extractor) triggerNear(q quantity) (trigger, int) {
	best, at, dist := trigNone, -1, 1<<30
	for k, t := range x.s.toks {
		if t.kind != tokWord || (k >= q.start && k < q.end) {
			continue
		}
		tr := trigNone
		for _, l := range triggerLists {
			if x.lex.has(l.list, t.lower) {
				tr = l.trig
				break
			}
		}
		if tr == trigNone {
			continue
		}
		d := q.start - k
		if k >= q.end {
			d = k - q.end + 1
		}
		if d < dist {
			best, at, dist = tr, k, d
		}
	}
	return best, at
}

// firstMention returns where the sentence first names a party, or -1.
func (x *extractor) firstMention(name string) mention {
	for _, m := range x.s.companies {
		if m.name == name {
			return m
		}
	}
	for _, m := range x.s.places {
		if m.name == name {
			return m
		}
	}
	return mention{start: -1}
}

// wordBefore returns the lower-case word just before token k, skipping
// "the", or "".
func (x *extractor) wordBefore(k int) string {
	toks := x.s.toks
	k--
	if k >= 0 && toks[k].is("the") {
		k--
	}
	if k < 0 {
		return ""
	}
	return toks[k].lower
}

// passive reports a verb in the passive voice: "was awarded", "is being
// acquired", "has been backed".
func (x *extractor) passive(at int) bool {
	toks := x.s.toks
	return at > 0 && toks[at-1].is("was", "were", "been", "be", "is", "are", "being", "get", "got")
}

// dealRoles gives each party of a deal value its side, read from the deal
// word nearest the figure and where each party stands to it.
func (x *extractor) dealRoles(q quantity, names []string) []Party {
	trig, at := x.triggerNear(q)
	names = x.withPlaces(trig, at, names)
	ps := make([]Party, len(names))
	placed := make([]bool, len(names))
	for i, n := range names {
		ps[i].Name = n
		m := x.firstMention(n)
		if m.start < 0 || at < 0 {
			continue
		}
		before := x.wordBefore(m.start)
		after := m.start > at
		placed[i] = true
		switch trig {
		case trigAcquire:
			switch {
			case before == "from":
				ps[i].Role = RoleSeller
			case after && before == "by":
				ps[i].Role = RoleBuyer
			case after != x.passive(at):
				ps[i].Role = RoleTarget
			default:
				ps[i].Role = RoleBuyer
			}
		case trigRaise:
			if after {
				ps[i].Role = RoleInvestor
			} else {
				ps[i].Role = RoleRecipient
			}
		case trigInvest, trigPledge:
			switch {
			case before == "by" || before == "from":
				ps[i].Role = RoleInvestor
			case after || x.passive(at):
				ps[i].Role = RoleRecipient
			default:
				ps[i].Role = RoleInvestor
			}
		case trigAward:
			won := x.s.toks[at].is("won", "wins", "win")
			switch {
			case before == "by" || before == "from":
				ps[i].Role = RoleCustomer
			case after == (won || x.passive(at)):
				ps[i].Role = RoleCustomer
			default:
				ps[i].Role = RoleVendor
			}
		case trigPartner:
			ps[i].Role = RolePartner
		default:
			placed[i] = false
		}
	}
	if trig == trigContract || trig == trigNone {
		x.byRank(ps)
		return ps
	}
	x.complete(ps, placed)
	return ps
}

// withPlaces adds to a deal's parties the country or region money is
// invested in ("$15.2bn in the UAE", "£1.5bn for UK data centres").
func (x *extractor) withPlaces(trig trigger, at int, names []string) []string {
	if trig != trigInvest && trig != trigPledge || at < 0 {
		return names
	}
	if p := x.placeAfter(at); p != "" && !contains(names, p) {
		names = append(names, p)
	}
	return names
}

// complete gives the parties the sentence does not place the side
// opposite those it does.
func (x *extractor) complete(ps []Party, placed []bool) {
	var pays, paid Role
	for i, p := range ps {
		if !placed[i] {
			continue
		}
		switch {
		case p.Role.Pays() && pays == "":
			pays = p.Role
		case p.Role.Paid() && paid == "":
			paid = p.Role
		}
	}
	opposite := map[Role]Role{RoleBuyer: RoleTarget, RoleInvestor: RoleRecipient, RoleCustomer: RoleVendor,
		RoleTarget: RoleBuyer, RoleRecipient: RoleInvestor, RoleVendor: RoleCustomer, RoleSeller: RoleBuyer}
	for i := range ps {
		if placed[i] {
			continue
		}
		switch {
		case pays != "" && paid == "":
			ps[i].Role, paid = opposite[pays], opposite[pays]
		case paid != "" && pays == "":
			ps[i].Role, pays = opposite[paid], opposite[paid]
		}
	}
}

// byRank reads a contract between a buyer and a provider: the party that
// more surely sells (a cloud provider over a model maker over anyone else)
// is the vendor, a government is a customer; parties of equal rank are
// partners.
func (x *extractor) byRank(ps []Party) {
	rank := func(n string) int {
		if x.e.governments[n] {
			return -1
		}
		return x.e.providers[n]
	}
	top := -2
	for _, p := range ps {
		top = max(top, rank(p.Name))
	}
	ties := 0
	for _, p := range ps {
		if rank(p.Name) == top {
			ties++
		}
	}
	for i := range ps {
		switch {
		case len(ps) == 1:
		case rank(ps[i].Name) < top:
			ps[i].Role = RoleCustomer
		case ties == 1:
			ps[i].Role = RoleVendor
		default:
			ps[i].Role = RolePartner
		}
	}
}

// seatRoles gives a seat count its customer and vendor: the vendor sells
// the product named ("Copilot" is Microsoft's), else the surest provider.
func (x *extractor) seatRoles(_ quantity, names []string) []Party {
	vendor := ""
	if len(x.s.products) > 0 {
		vendor = x.e.vendorOf[x.s.products[0].name]
	}
	ps := make([]Party, 0, len(names)+1)
	for _, n := range names {
		ps = append(ps, Party{Name: n})
	}
	if vendor != "" {
		found := false
		for i := range ps {
			if ps[i].Name == vendor {
				ps[i].Role, found = RoleVendor, true
			} else {
				ps[i].Role = RoleCustomer
			}
		}
		if !found {
			ps = append(ps, Party{Name: vendor, Role: RoleVendor})
		}
		return ps
	}
	x.byRank(ps)
	if len(ps) == 1 {
		ps[0].Role = RoleCustomer
	}
	return ps
}

// dealType names the kind of deal from its deal word and parties.
func (x *extractor) dealType(q quantity, ps []Party) DealType {
	trig, _ := x.triggerNear(q)
	gov, place := false, false
	for _, p := range ps {
		gov = gov || x.e.governments[p.Name]
		_, isPlace := x.e.regions[p.Name]
		place = place || isPlace && p.Role == RoleRecipient
	}
	switch trig {
	case trigAcquire:
		if x.sentenceHas(wSeatNouns) {
			return DealLicencePurchase
		}
		return DealAcquisition
	case trigRaise:
		return DealFundingRound
	case trigInvest, trigPledge:
		if place {
			return DealInvestmentPledge
		}
		return DealInvestment
	case trigPartner:
		return DealPartnership
	}
	switch {
	case gov:
		return DealGovernmentContract
	case x.sentenceHas(wSeatNouns) || len(x.s.products) > 0:
		return DealLicencePurchase
	}
	return DealCloudContract
}

// dealParties are the parties of a deal value with their roles.
func dealParties(x *extractor, _ int, q quantity) []Party {
	return x.dealRoles(q, x.parties())
}

// seatParties are the customer and vendor of a seat count.
func seatParties(x *extractor, _ int, q quantity) []Party {
	return x.seatRoles(q, x.parties())
}
