package corpus

import "strings"

var (
	// seatNouns name what a deal licenses; they make a count a seat count on
	// their own.
	seatNouns = wordSet("license", "licenses", "licence", "licences", "seat", "seats", "subscription", "subscriptions")
	// peopleNouns count people, which is a seat count only when the sentence
	// is about licensing or a rollout, not a headcount or a user base.
	peopleNouns = wordSet("users", "employees", "staff", "staffers", "workers", "people", "personnel", "members",
		"students", "subscribers", "accounts", "clinicians", "developers", "soldiers", "troops", "servants", "teachers",
		"doctors", "nurses", "agents", "officials", "desktops", "devices", "pcs", "laptops", "mailboxes", "seats")
	// seatFillers may stand between a count and its noun: "1 million Amazon
	// employees", "100,000 new Microsoft 365 seats".
	seatFillers = wordSet("new", "additional", "more", "corporate", "enterprise", "paid", "of", "its", "their", "the",
		"frontline", "federal", "government", "office", "commercial", "extra", "knowledge", "full", "time", "user",
		"copilot", "365", "public", "sector", "civil", "retail", "warehouse", "global", "internal", "company", "s",
		"microsoft", "google", "amazon")
	rolloutWords = wordSet("license", "licenses", "licence", "licences", "licensing", "licensed", "seat", "seats",
		"subscription", "subscriptions", "rollout", "roll", "rolling", "rolls", "rolled", "deploy", "deploying",
		"deploys", "deployed", "deployment", "deal", "contract", "agreement", "purchase", "purchasing", "purchased",
		"buy", "buying", "bought", "access", "provide", "providing", "give", "giving", "gives", "equip", "equipping",
		"migrate", "migrating", "adopt", "adopting", "sign", "signed", "copilot", "available", "offer", "offering",
		"pilot", "trial", "given", "licensed", "rolled")
	// sizeVerbs before a count make it a company's size, not a deal's.
	sizeVerbs = wordSet("has", "have", "had", "now", "employs", "employ", "employed", "workforce", "headcount", "cut",
		"cuts", "laid", "hire", "hiring", "hired", "fired", "serves", "serving", "reaches", "boasts")
	headcountWords = wordSet("employs", "employ", "employed", "employing", "workforce", "headcount", "cut", "cuts",
		"laid", "layoffs", "lay", "hire", "hiring", "hired", "fired", "serves", "serving", "reaches", "boasts", "monthly",
		"daily", "weekly", "active", "job", "jobs", "eliminate", "eliminating", "redundancies")
)

// count classifies a plain number as a seat count or a contract length, or
// drops it.
func (x extractor) count(q quantity) (Fact, bool) {
	if years, ok := x.contractYears(q); ok {
		return Fact{Kind: ContractLength, Value: years, Unit: "years", Companies: x.context}, true
	}
	if x.isSeats(q) {
		return Fact{Kind: Seats, Value: q.value, Unit: "seats", Companies: x.parties()}, true
	}
	return Fact{}, false
}

// contractYears reads "a 10-year contract" or "over five years" in a
// sentence about a deal.
func (x extractor) contractYears(q quantity) (float64, bool) {
	toks := x.s.toks
	k := q.end
	if k < len(toks) && toks[k].text == "-" {
		k++
	}
	if k >= len(toks) || !toks[k].is("year", "years") || q.scaled || q.value <= 0 || q.value > 50 {
		return 0, false
	}
	if !x.sentenceHas(cueStrongDeal) && !x.sentenceHas(cueWeakDeal) {
		return 0, false
	}
	return q.value, true
}

// isSeats reports a count of licenses, seats or people a deal covers.
func (x extractor) isSeats(q quantity) bool {
	toks := x.s.toks
	if q.value < 1 || q.qualifier == AtLeast && q.end-q.numStart > 3 {
		return false
	}
	if !q.scaled && q.value >= 1900 && q.value <= 2100 && !strings.ContainsRune(toks[q.numStart].text, ',') {
		return false // a year
	}
	// "Microsoft 365 licenses": a number glued to a product name is part of it.
	if !q.scaled && q.numStart == q.start && q.start > 0 && toks[q.start-1].startsUpper() {
		return false
	}
	noun, ok := x.nounAfter(q)
	if !ok {
		return x.elidedSeats(q)
	}
	if x.headcountNear(q) {
		return false
	}
	if seatNouns[noun] {
		return true
	}
	return x.sentenceHas(cueRollout)
}

// nounAfter returns the seat or people noun a count is of, looking past a
// few fillers such as company and product names.
func (x extractor) nounAfter(q quantity) (string, bool) {
	toks := x.s.toks
	for k := q.end; k < len(toks) && k < q.end+5; k++ {
		t := toks[k]
		if seatNouns[t.lower] || peopleNouns[t.lower] {
			return t.lower, true
		}
		if headcountWords[t.lower] {
			return "", false
		}
		if !(seatFillers[t.lower] || t.startsUpper() || t.text == "'" || t.text == "’" || t.text == "-" || (t.kind == tokNum && t.joins(next(toks, k)) == false && k > q.end)) {
			return "", false
		}
	}
	return "", false
}

// headcountNear reports a count that is a company's size rather than a
// deal's: "employs 1.5 million people", "has 400 million monthly users".
func (x extractor) headcountNear(q quantity) bool {
	toks := x.s.toks
	for k := q.start - 1; k >= 0 && k >= q.start-3; k-- {
		if sizeVerbs[toks[k].lower] || toks[k].is("of") && k > 0 && toks[k-1].is("workforce", "base") {
			return true
		}
	}
	return false
}

// elidedSeats reads the second count of "about 75,000 staff in the US and
// roughly 26,000 in the UK", whose noun is left out after the first.
func (x extractor) elidedSeats(q quantity) bool {
	toks := x.s.toks
	if q.start == 0 || !toks[q.start-1].is("and", ",") || q.end >= len(toks) || !toks[q.end].is("in", "at", "across") {
		return false
	}
	for _, p := range x.s.qty {
		if p.end <= q.start && p.kind == qtyCount && p.start != q.start {
			if _, ok := x.nounAfter(p); ok && x.isSeats(p) {
				return true
			}
		}
	}
	return false
}
