package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// quantityKind tells money, plain counts and percentages apart.
type quantityKind uint8

const (
	qtyCount quantityKind = iota
	qtyMoney
	qtyPercent
)

// quantity is a number found in a sentence's tokens [start, end), with its
// qualifier words ("more than") included in the span.
type quantity struct {
	kind quantityKind
	// scaled is true when a word such as "million" multiplied the number.
	scaled bool
	// bareDollar is a "$" amount no code or prefix ties to a country, which
	// an article from Australia or Canada means in its own dollars.
	bareDollar bool
	// suffixedDollar is a "$" amount a code after it ties to a country:
	// "$2 billion CAD", whose writer uses the bare sign for that dollar;
	// "$500 million USD", whose writer keeps the bare sign for another.
	suffixedDollar bool
	// The fields above share one word, to keep the quantity small.
	value      float64
	unit       string // ISO 4217 code for money
	qualifier  corpus.Qualifier
	start, end int
	// numStart is where the number itself starts, after any qualifier.
	numStart int
	// high is a range's upper bound ("between €40m and €55m"), with how it
	// was put; zero for a single figure.
	high          float64
	highQualifier corpus.Qualifier
	// conv is the same amount in another currency, given in brackets
	// after it ("A$2bn (US$1.3bn)"); its tokens are part of the quantity.
	conv conversion
	// convStart is where the bracketed conversion starts; 0 when none.
	convStart int
	// shared is the name a currency shares with other countries' ("peso",
	// "krone"), when the amount was named so: unit holds the most reported
	// of them until the article says which country it is about.
	shared string
}

// conversion is a money amount restating another in a second currency.
// bare marks a bare "$" that is the article's own dollar, not the first
// amount's.
type conversion struct {
	value float64
	unit  string
	// start and end are token indexes; 32 bits leave room for bare in
	// the same word, as a quantity holding a conversion is copied at
	// each rule's call.
	start, end int32
	// bare is a "$" amount against an amount in US dollars: the dollar
	// of the article's country ("US$5bn ($8bn)" in an Australian paper).
	bare bool
}

// textEnd is where the figure as written ends: before a bracketed
// conversion, which the fact keeps apart.
func (q quantity) textEnd() int {
	if q.convStart > 0 {
		return q.convStart
	}
	return q.end
}

// quantities finds every money amount, percentage and count in toks, left
// to right, each token belonging to at most one quantity. marks are the
// tokens' lexicon marks, as sentenceCues gives them.
func quantities(toks []token, marks []wordMark) []quantity {
	return appendQuantities(nil, toks, marks)
}

// appendQuantities appends the quantities of toks to dst, as quantities
// finds them; the appended ones are dst[len(dst):] of the result.
// Extraction shares one dst across an article's sentences.
func appendQuantities(dst []quantity, toks []token, marks []wordMark) []quantity {
	base := len(dst)
	out := dst
	marks = marks[:len(toks)] // which spares a bounds check at each token
	for i := 0; i < len(toks); {
		if i = nextQuantityStart(toks, marks, i); i == len(toks) {
			break
		}
		q, ok := parseFraction(toks, marks, i)
		if !ok {
			q, ok = parseQuantity(toks, i)
		}
		if !ok {
			i++
			continue
		}
		if r, ok := parseRangeEnd(toks, q); ok {
			q = r
		}
		start, qual := q.start, q.qualifier
		q.start, q.qualifier = qualifierBefore(toks, q.start, q.qualifier)
		if q.qualifier == corpus.UpTo && q.start > 0 && toks[q.start].lower == "up" && (q.kind == qtyPercent && movedVerb(toks[q.start-1]) || toks[q.start-1].is3(wdAdd, wdAdds, wdAdded)) {
			// "its share edged up to 22%": where a share moved to, no
			// ceiling; "the rounds add up to $242.5 million": a sum, no
			// ceiling either.
			q.start, q.qualifier = start, qual
		}
		q = plusAfter(toks, q)
		if q.kind == qtyMoney {
			q = withConversion(toks, q)
			if q.high == 0 && q.convStart > 0 {
				// "between SAR 1.85 billion ($520m) and SAR 2.5 billion
				// ($666m)": a range whose bounds each carry their
				// conversion; the lower bound's stands for the range.
				if r, ok := parseRangeEnd(toks, q); ok {
					up := withConversion(toks, quantity{kind: qtyMoney, unit: r.unit, value: r.high, start: q.end, end: r.end})
					r.end = up.end
					q = r
				}
			}
		}
		// "at least $3bn, and as much as $9bn": a floor and a ceiling of
		// one figure.
		if n := len(out); n > base && q.kind == qtyMoney && q.qualifier == corpus.UpTo && out[n-1].kind == qtyMoney &&
			out[n-1].qualifier == corpus.AtLeast && out[n-1].high == 0 && out[n-1].unit == q.unit && q.value > out[n-1].value &&
			q.start-out[n-1].end <= 3 {
			out[n-1].high, out[n-1].highQualifier, out[n-1].end = q.value, corpus.UpTo, q.textEnd()
			i = q.end
			continue
		}
		out = append(out, q)
		i = q.end
	}
	return append(out[:base], looseConversions(toks, marks, out[base:])...)
}

// looseConversions folds into a money amount the same amount in another
// currency written after it without brackets: "around A$7 billion, roughly
// US$4.6 billion", "committed $1 billion to the site, which is about 10.3
// billion kroner at today's exchange rate". The restatement is no figure
// of its own.
func looseConversions(toks []token, marks []wordMark, qs []quantity) []quantity {
	out := qs[:0]
	prev := -1 // the last money amount in out
	for _, q := range qs {
		if q.kind == qtyMoney && prev >= 0 && q.high == 0 {
			p := &out[prev]
			if p.conv.unit == "" && p.high == 0 && p.unit != q.unit && (exchangeRateAt(toks, q.end) || restatesAfter(toks, marks, *p, q) || bracketedAfterNoun(toks, *p, q)) {
				p.conv = conversion{value: q.value, unit: q.unit, start: int32(q.start), end: int32(q.end)}
				continue
			}
		}
		if q.kind == qtyMoney {
			prev = len(out)
		}
		out = append(out, q)
	}
	return out
}

// exchangeRateAt reports "at today's exchange rate" or "based on current
// exchange rates" at toks[k].
func exchangeRateAt(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].is3(wdAt, wdBased, wdUsing) {
		return false
	}
	for j := k + 1; j+1 < len(toks) && j <= k+5; j++ {
		if toks[j].lower == "exchange" && toks[j+1].is2(wdRate, wdRates) {
			return true
		}
	}
	return false
}

// restatesAfter reports q written just after p, past a comma and words
// that restate ("or", "which is", "equivalent to") or with a hedge of its
// own ("roughly"), and ending the clause: "A$7 billion, roughly US$4.6
// billion.", "€2bn, or $2.2bn,".
func restatesAfter(toks []token, marks []wordMark, p, q quantity) bool {
	k := p.end
	if k < q.start && toks[k].text != "," {
		// "for $900m in cash, or roughly €850m": a few words that
		// describe the amount come before the comma and "or".
		j := k
		for j < q.start && j <= p.end+4 && toks[j].kind == tokWord {
			j++
		}
		if j > k && j+1 < q.start && toks[j].text == "," && toks[j+1].lower == "or" {
			k = j
		}
		// "a $2.1 billion Series B financing round, approximately RMB
		// 14.3 billion.": a hedged amount alone after the noun's comma
		// restates it too.
		if j > k && j+1 == q.start && toks[j].text == "," && q.qualifier == corpus.About {
			k = j
		}
	}
	if k < q.start && toks[k].text != "," {
		// "470 million euros in a funding round in November 2023, which on
		// the day of signing came to more than 500 million US dollars":
		// a restating verb reaches back past the rest of the clause.
		for j := k + 1; j+1 < q.start && j <= p.end+12; j++ {
			if toks[j].text == "," && toks[j+1].lower == "which" {
				k = j
				break
			}
		}
		if toks[k].text != "," || !convertsBefore(toks, marks, k+2, q.start) {
			return false
		}
	}
	if k >= q.start || toks[k].text != "," {
		return false
	}
	k++
	// "a valuation of $1.2 billion, more than Rs 9,084 crore": a bound in
	// another currency closing the sentence restates the amount too.
	said := q.qualifier == corpus.About || q.qualifier == corpus.Nearly || q.qualifier == corpus.Over && q.end == len(toks)-1 && toks[q.end].text == "."
	switch {
	case k+1 <= q.start && toks[k].lower == "or":
		k++
		said = true
	case k+2 <= q.start && toks[k].lower == "which" && toks[k+1].is2(wdIs, wdWas):
		k += 2
		said = true
	case k+2 <= q.start && q.start-k <= 10 && toks[k].lower == "which" && convertsBefore(toks, marks, k+1, q.start):
		// "470 million euros, which on the day of signing came to more
		// than 500 million US dollars"
		k = q.start
		said = true
	case k+2 <= q.start && toks[k].lower == "equivalent" && toks[k+1].lower == "to":
		k += 2
		said = true
	}
	if k != q.start || !said {
		return false
	}
	return q.end == len(toks) || toks[q.end].kind == tokSym && toks[q.end].text != "$" || exchangeRateAt(toks, q.end)
}

// bracketedAfterNoun reports an amount in another currency alone in
// brackets a few words after money, past the noun the money describes:
// "a $2.3 billion Series D round (around ¥16.3 billion)".
func bracketedAfterNoun(toks []token, p, q quantity) bool {
	open := q.start - 1
	if open <= p.end || open-p.end > 4 || toks[open].text != "(" || q.end >= len(toks) || toks[q.end].text != ")" {
		return false
	}
	for k := p.end; k < open; k++ {
		if toks[k].kind != tokWord {
			return false
		}
	}
	return true
}

// convertsBefore reports words from..to ending in a verb that restates an
// amount in another currency ("came to", "amounted to", "was worth"), with
// only words before it: "on the day of signing came to".
func convertsBefore(toks []token, marks []wordMark, from, to int) bool {
	k := to - 1
	if k > from && toks[k].lower == "to" {
		k--
	}
	if k < from || marks[k]&sumsTo == 0 {
		return false
	}
	for j := from; j < k; j++ {
		if toks[j].kind != tokWord && toks[j].text != "'" && toks[j].text != "’" {
			return false
		}
	}
	return true
}

// nextQuantityStart returns the first token from i on at which a quantity
// may start (mayStartQuantity), or len(toks) for none. A longer word the
// lexicon marks as no start is none, as mayStartQuantity says: most words
// are passed so, without its call, in a loop small enough to keep its
// variables in registers.
func nextQuantityStart(toks []token, marks []wordMark, i int) int {
	marks = marks[:len(toks)]
	for ; i < len(toks); i++ {
		if t := &toks[i]; t.kind == tokWord && marks[i]&startsQuantity == 0 && len(t.text) > 3 {
			continue
		}
		if mayStartQuantity(toks, marks, i) {
			return i
		}
	}
	return len(toks)
}

// mayStartQuantity reports whether a quantity can start at token i: a
// number, a currency sign, a currency code ("USD"), a dollar's country
// before its sign ("C$"), or a word the lexicon marks as starting one.
// Most tokens are none of these, and skipping them spares parseQuantity's
// look-ups.
func mayStartQuantity(toks []token, marks []wordMark, i int) bool {
	t := &toks[i]
	switch t.kind {
	case tokNum:
		return true
	case tokSym:
		// A symbol is one rune: of the ASCII ones, commas and full stops
		// most of all, only the dollar starts an amount, which spares
		// them the switch's text compares.
		if c := t.text[0]; c < utf8.RuneSelf {
			return c == '$'
		}
		switch t.text {
		case "€", "£", "¥", "₹", "₩", "₪", "₱", "₺", "₦", "₽", "₫", "฿":
			return true
		}
		return false
	}
	return marks[i]&startsQuantity != 0 ||
		len(t.text) <= 3 && (isUpperASCII(t.text) || i+1 < len(toks) && toks[i+1].text == "$")
}

// splitChanges parts a range that is a change from one figure to another
// ("rose from 61% to 65%", "grew from $2bn to $3bn") into its two figures:
// a value before and after, not a span one figure lies in.
func splitChanges(toks []token, bits []listSet, marks []wordMark, qs []quantity) []quantity {
	var out []quantity // nil until a range is parted
	for i := range qs {
		// Only a range may be a change: every other figure passes on
		// without the copies a call would make (see splitChange).
		ok := false
		var lower, upper quantity
		if qs[i].high != 0 && qs[i].start >= 2 {
			lower, upper, ok = splitChange(toks, bits, marks, qs[i])
		}
		if !ok {
			if out != nil {
				out = append(out, qs[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]quantity, 0, len(qs)+1), qs[:i]...)
		}
		out = append(out, lower, upper)
	}
	if out == nil {
		return qs
	}
	return out
}

// sharedPercent makes percentages of the bare numbers a list gives before
// the one that names the unit for all: the 1.2 of "Nanya and Winbond had
// 1.2 and 0.7 percent respectively", the 9 and 8.5 of "9, 8.5 and 7.9 per
// cent". Only numbers of a hundred or less, neither years nor scaled,
// joined by commas and "and" to the next, are read so. It changes qs in
// place.
func sharedPercent(toks []token, qs []quantity) []quantity {
	for i := len(qs) - 2; i >= 0; i-- {
		q, next := qs[i], qs[i+1]
		// "fell from 14.4 to 9 percent": so is the number a change went
		// from.
		if q.kind != qtyCount || next.kind != qtyPercent || q.scaled || q.value > 100 || q.start != q.numStart || q.end-q.start != 1 ||
			isYearText(toks[q.start].text) || next.start != q.end+1 || !(toks[q.end].is2(wdAnd, symComma) || toks[q.end].lower == "to" && q.start > 0 && toks[q.start-1].lower == "from") || next.high != 0 {
			continue
		}
		qs[i].kind = qtyPercent
		qs[i].unit = next.unit
	}
	return ellipticPercent(toks, qs)
}

// ellipticPercent makes percentages of the bare numbers a list of shares
// gives in a percentage's place, its unit left to the items around it:
// the 30 of "Contoso reached 31 percent, while Fabrikam managed only 30",
// the 7 of "Northwind with 18 percent, Litware with 7, and Tailspin with
// 5 percent", the 28.45 of "Contoso had 51.33 percent, Fabrikam 28.45 and
// Northwind 20.22 percent". The number must close its item (a comma,
// "and", "while" or the sentence's end after it, no noun) and follow a
// word that gives a level ("with", "at", "on", "only") or stand right
// after a name whose item follows one with a percentage and a comma, with a
// percentage elsewhere in the sentence; a hundred or less, neither a year
// nor scaled. "on Monday, March 3", "Fabrikam 10, Fabrikam 11 and older
// versions" and a count that "fell to just 12" are dates, versions and
// counts; "has just 12" is a level. It changes qs in place.
func ellipticPercent(toks []token, qs []quantity) []quantity {
	at := slices.IndexFunc(qs, func(q quantity) bool { return q.kind == qtyPercent })
	if at < 0 {
		return qs
	}
	unit := qs[at].unit
	for i, q := range qs {
		// "only 30": a qualifier may open the quantity.
		n := q.numStart
		if q.kind != qtyCount || q.scaled || q.value > 100 || q.high != 0 || q.end-n != 1 || n < 2 ||
			isYearText(toks[n].text) || toks[n].text == "" || toks[n].text[0] < '0' || toks[n].text[0] > '9' {
			continue
		}
		if q.end < len(toks) && !(toks[q.end].is3(symComma, symPeriod, symSemicolon) || toks[q.end].is2(wdAnd, wdWhile)) {
			continue
		}
		prev := &toks[n-1]
		switch {
		case prev.is1(wdOnly):
		case prev.lower == "just" && !toks[n-2].is1(wdTo):
		case prev.is3(wdWith, wdAt, wdOn) && (toks[n-2].startsUpper() && isNameToken(&toks[n-2]) || toks[n-2].text == ")"):
		case isNameToken(prev) && prev.startsUpper() && toks[n-2].text == "," && percentInItem(toks, qs, n-2):
		default:
			continue
		}
		qs[i].kind = qtyPercent
		qs[i].unit = unit
	}
	return qs
}

// percentInItem reports a percentage among qs in the list's item that
// the comma at e closes: "51.33 percent of mobile subscribers,".
func percentInItem(toks []token, qs []quantity, e int) bool {
	return slices.ContainsFunc(qs, func(q quantity) bool {
		if q.kind != qtyPercent || q.end > e {
			return false
		}
		for k := q.end; k < e; k++ {
			if toks[k].is3(symComma, symPeriod, symSemicolon) {
				return false
			}
		}
		return true
	})
}

// splitChange parts q when it is a range after a change verb and "from",
// or after "by": "rose by 3% to 21%" is a change and the level it led to.
// So is one right after a change verb that says what happened ("fell 2%
// to just 6%"), not what is expected ("will grow 20% to 25%").
func splitChange(toks []token, bits []listSet, marks []wordMark, q quantity) (lower, upper quantity, ok bool) {
	if q.high == 0 || q.start < 2 {
		return q, q, false
	}
	from := q.start - 1
	if from >= 3 && toks[from].is4(wdInitial, wdOriginal, wdEarlier, wdPrevious) && toks[from-1].is3(wdA, wdAn, wdThe) {
		from -= 2 // "has tripled from an initial R670 million to R1.9 billion"
	}
	switch {
	case toks[from].lower == "from" && changedBefore(toks, bits, marks, from):
	case toks[q.start-1].lower == "by" && bitIn(bits, q.start-2, wChangeBefore):
	case q.kind == qtyPercent && bitIn(bits, q.start-1, wChangeBefore) && !toks[q.start-1].is3(wdBy, wdUp, wdDown) &&
		toks[q.start-2].lower != "to" && !bitIn(bits, q.start-2, wPlan):
	default:
		return q, q, false
	}
	to := q.start + 1
	for to < q.end && toks[to].lower != "to" {
		to++
	}
	lower, ok1 := parseQuantity(toks, q.start)
	if !ok1 && q.numStart > q.start {
		// "fell by nearly 10% to 77.5%": the qualifier is the change's.
		if lower, ok1 = parseQuantity(toks, q.numStart); ok1 {
			lower.start, lower.qualifier = q.start, q.qualifier
		}
	}
	upper, ok2 := parseQuantity(toks, to+1)
	if !ok1 || !ok2 || lower.end > to || upper.end > q.end {
		return q, q, false
	}
	if !lower.scaled && upper.scaled {
		// "from $1.5 to $2 billion": the range already gave the lower
		// bound its scale and unit; read alone it is $1.5.
		lower.value, lower.scaled, lower.kind, lower.unit = q.value, true, q.kind, q.unit
	}
	if lower.kind == qtyCount && upper.kind == qtyPercent && !lower.scaled && lower.value <= 100 {
		// "grew from 14.4 to 19 percent": the unit after the upper bound
		// is the lower's too.
		lower.kind, lower.unit = qtyPercent, upper.unit
	}
	return lower, upper, true
}

// changedBefore reports a change verb ahead of "from" at k in its clause,
// next to it or a few words back: "expanded its Copilot pilot from 300 to
// 2,000 licences", "expanding its pilot significantly, from 300 to 2,000".
// Further back only a verb counts: "up", "down" and "by" must stand next to
// "from", so "signed up ... from 20 to 30 firms" stays a range, and a word
// of a span between the verb and "from" ("worth", "ranging") keeps it one.
func changedBefore(toks []token, bits []listSet, marks []wordMark, k int) bool {
	if bitIn(bits, k-1, wChangeBefore) {
		return true
	}
	if marks[k-1]&namesRange != 0 {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-10; j-- {
		t := &toks[j]
		if t.kind == tokNum && j > 0 && bitIn(bits, j-1, wChangeBefore) && pointsOnly(toks[j+1:k]) {
			// "rose 0.7 percentage points from 11.7% to 12.4%": the
			// size of the change stands between the verb and "from".
			return true
		}
		if j >= 2 && t.is4(wdValue, wdCost, wdSize, wdPrice) && toks[j+1].lower == "of" && toks[j-1].is3(wdThe, wdIts, wdTheir) && bitIn(bits, j-2, wChangeBefore) {
			// "doubled the value of Northwind's cloud contract with
			// Contoso from": the verb changes what the long noun names.
			return true
		}
		if t.kind == tokSym && (t.text == "'" || t.text == "’") && j+1 < k && toks[j+1].lower == "s" {
			continue // "raised the value of Fabrikam's contract from"
		}
		if t.kind == tokNum || t.kind == tokSym && t.text != "," || marks[j]&namesRange != 0 {
			return false
		}
		if bitIn(bits, j, wChangeBefore) {
			return !t.is3(wdUp, wdDown, wdBy)
		}
	}
	return false
}

// pointsOnly reports toks as the unit of a change in a share and nothing
// else: "percentage points", "points", "%", "per cent", "basis points".
func pointsOnly(toks []token) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if !(t.text == "%" || t.is10(wdPercentage, wdPoints, wdPoint, wdPts, wdPp, wdPercent, wdPer, wdCent, wdBasis, wdBps)) {
			return false
		}
	}
	return true
}

// withConversion takes a bracketed amount in another currency after a money
// amount into it: "5.5 billion euros ($6.4 billion)", "A$2bn (about
// US$1.3bn)", "JPY 10 billion (then $68 million)".
func withConversion(toks []token, q quantity) quantity {
	j := q.end
	if j+2 >= len(toks) || toks[j].text != "(" {
		return q
	}
	k := j + 1
	if toks[k].text == "~" || toks[k].text == "≈" || toks[k].is13(wdThen, wdNow, wdCurrently, wdOr, wdAbout, wdAround, wdRoughly, wdSome, wdApproximately, wdApprox, wdNearly, wdAlmost, wdC) {
		k++ // "JPY 10 billion (then $68 million)"
		if toks[k-1].is2(wdApprox, wdC) && k+1 < len(toks) && toks[k].text == "." {
			k++ // "CNY7.6 billion (approx. US$1.1 billion)"
		}
	}
	for _, p := range qualifierPhrases {
		if n := len(p.words); k+n < len(toks) && matchWords(toks[k:k+n], p.words) {
			k += n
			break
		}
	}
	c, ok := parseQuantity(toks, k)
	if r, isRange := parseRangeEnd(toks, c); ok && isRange {
		c = r
	}
	if ok && c.kind == qtyCount && q.unit != "INR" && inCrores(toks, c) {
		// "$1.44 billion (~11,520 crore)": an Indian paper's rupees,
		// named by their scale alone.
		c.kind, c.unit = qtyMoney, "INR"
	}
	// "US$5bn ($8bn)": one of two dollars left bare is another country's.
	bare := c.unit == q.unit && c.bareDollar != q.bareDollar
	if !ok || c.kind != qtyMoney || c.unit == q.unit && !bare || c.end >= len(toks) {
		return q
	}
	end := c.end
	if toks[end].text == "," && end+2 < len(toks) && toks[end+1].lower == "or" {
		// "€1.5 billion (about 2.4 trillion won, or $1.6 billion)": the
		// brackets restate it twice; the first restatement stands.
		if d, ok := parseQuantity(toks, end+2); ok && d.kind == qtyMoney && d.end < len(toks) {
			end = d.end
		}
	}
	if toks[end].text != ")" {
		return q
	}
	q.conv = conversion{value: c.value, unit: c.unit, start: int32(j + 1), end: int32(c.end), bare: bare && c.bareDollar}
	q.convStart = j
	q.end = end + 1
	return q
}

// inCrores reports a count scaled in crores or lakhs, which only rupees
// are counted in.
func inCrores(toks []token, c quantity) bool {
	for k := c.numStart; k < c.end; k++ {
		if toks[k].is5(wdCrore, wdCrores, wdCr, wdLakh, wdLakhs) {
			return true
		}
	}
	return false
}

func matchWords(toks []token, words []string) bool {
	for i, w := range words {
		if toks[i].lower != w {
			return false
		}
	}
	return true
}

// parseQuantity parses the quantity starting at toks[i], if any: an
// optional currency prefix, a number in digits or words, an optional scale
// word and an optional currency or percent suffix.
func parseQuantity(toks []token, i int) (quantity, bool) {
	q := quantity{start: i}
	j := i
	prefix := 0
	if unit, n := currencyPrefix(toks, j); n > 0 {
		q.kind, q.unit = qtyMoney, unit
		if n == 1 {
			// "Sh" is Tanzania's and Uganda's as well as Kenya's, and a
			// bare "P" the peso only in a Philippine story: the article
			// says (see sharedCurrencies).
			q.shared = sharedSigns[toks[j].text]
		}
		j += n
		prefix = n
	}
	v, n := parseNumber(toks, j)
	if n == 0 {
		return quantity{}, false
	}
	q.numStart = j
	j += n
	plus := false
	if j+1 < len(toks) && toks[j].text == "+" && toks[j-1].joins(&toks[j]) {
		// "A$24+ billion": more than the amount, said before its scale.
		if _, n := scaleAt(toks, j+1); n > 0 {
			j++
			plus = true
		}
	}
	if plus {
		q.qualifier = corpus.Over
	}
	if s, n := scaleAt(toks, j); n > 0 {
		v = scaleBy(v, s)
		q.scaled = true
		j += n
	} else if s, unit, n := scaledSymbol(toks, j); n > 0 && q.kind != qtyMoney {
		// "7.5 M€", "1,2 Md€": French notation's scale letters, then the
		// currency's sign.
		v = scaleBy(v, s)
		q.scaled = true
		q.kind, q.unit = qtyMoney, unit
		j += n
	} else if j+1 < len(toks) && toks[j].text == "-" && toks[j-1].joins(&toks[j]) && toks[j].joins(&toks[j+1]) {
		// "$10-billion deal"
		if s, n := scaleAt(toks, j+1); n > 0 {
			v = scaleBy(v, s)
			q.scaled = true
			j += n + 1
		}
	}
	q.value = v
	switch {
	case q.kind == qtyMoney:
		// "$2 billion AUD": a code after the amount says which dollar.
		if q.unit == "USD" && toks[i].text == "$" {
			if unit, n := currencySuffix(toks, j); n > 0 && toks[j].text == strings.ToUpper(toks[j].text) {
				q.unit = unit
				// "$500 million USD" too: its writer marks the US dollar,
				// so it is no bare one.
				q.suffixedDollar = prefix == 1
				j += n
			}
		}
		q.bareDollar = toks[i].text == "$" && prefix == 1 && q.unit == "USD" && !q.suffixedDollar
	case j < len(toks) && toks[j].text == "%":
		q.kind = qtyPercent
		j++
	case j < len(toks) && (toks[j].is2(wdPercent, wdPct) || toks[j].text == "pc"):
		// "pc" only in lower case: "PC" after a number is a computer.
		q.kind = qtyPercent
		j++
	case j+1 < len(toks) && toks[j].lower == "per" && toks[j+1].lower == "cent":
		q.kind = qtyPercent
		j += 2
	case j+1 < len(toks) && toks[j].text == "-" && toks[j-1].joins(&toks[j]) && toks[j].joins(&toks[j+1]) && toks[j+1].lower == "percent":
		// "an 18-percent slice"
		q.kind = qtyPercent
		j += 2
	default:
		if unit, n := currencySuffix(toks, j); n > 0 && !(n == 1 && peopleOfPlace(toks, i, j)) {
			q.kind, q.unit = qtyMoney, unit
			if n == 1 {
				q.shared = sharedCurrencyNames[toks[j].lower]
			} else if toks[j].lower == "cfa" {
				q.shared = cfaFamily
			}
			j += n
		} else if q.scaled && j < len(toks) && scaledCurrencyNames[toks[j].lower] != "" && (toks[j].lower != "lei" || toks[j].text == "lei") {
			// "5 trillion won"; a bare "won" is the verb ("in 2019 won").
			q.kind, q.unit = qtyMoney, scaledCurrencyNames[toks[j].lower]
			j++
		} else if j+1 < len(toks) && toks[j].text == "-" && toks[j-1].joins(&toks[j]) && toks[j].joins(&toks[j+1]) {
			// "a one-billion-euro fund"; "an 800-pound gorilla", with no
			// scale, weighs.
			if unit, n := currencySuffix(toks, j+1); n > 0 && (q.scaled || !toks[j+1].is2(wdPound, wdPounds)) {
				q.kind, q.unit = qtyMoney, unit
				j += n + 1
			}
		}
	}
	q.end = j
	return q, true
}

// fractionDenominator is the part a share is put in words as ("two-thirds",
// "a quarter", "two fifths"), or 0. A switch rather than a map: it is
// asked after every "a" and "an" of every article.
func fractionDenominator(w string) float64 {
	switch w {
	case "half":
		return 2
	case "third", "thirds":
		return 3
	case "quarter", "quarters":
		return 4
	case "fifth", "fifths":
		return 5
	case "tenth", "tenths":
		return 10
	}
	return 0
}

// parseFraction reads a fraction in words of something ("two-thirds of
// the market", "nearly two fifths of it", "more than half of spending")
// as a percentage. A fraction counts when "of" follows it, and not of a
// year: "the first half of 2024" and "a third quarter" are periods and
// ranks, and "two-thirds (65%)" leaves the figure to its brackets; or when
// it is what a company holds at the end of a clause ("followed by
// Microsoft with nearly a quarter.").
func parseFraction(toks []token, marks []wordMark, i int) (quantity, bool) {
	t := &toks[i]
	// Number words are three letters or more: "a" and "an", the most
	// asked, and figures skip the look.
	if t.kind == tokWord && len(t.lower) >= 3 {
		if q, ok := parseInEvery(toks, i); ok {
			return q, true
		}
	}
	num, j := 0.0, i+1
	switch t.lower {
	case "a", "an", "one":
		num = 1
	case "two", "three", "four":
		num = wordNumbers[t.lower]
	case "half":
		if i > 0 && toks[i-1].is13(wdFirst, wdSecond, wdThe, wdA, wdAn, wdThis, wdThat, wdLast, wdNext, wdLatter, wdFormer, wdEach, wdOne) {
			return quantity{}, false
		}
		num, j = 1, i
	default:
		return quantity{}, false
	}
	hyphen := false
	if j > i && j+1 < len(toks) && toks[j].text == "-" && toks[j-1].joins(&toks[j]) && toks[j].joins(&toks[j+1]) {
		hyphen = true
		j++
	}
	if j >= len(toks) {
		return quantity{}, false
	}
	w := toks[j].lower
	den := fractionDenominator(w)
	plural := strings.HasSuffix(w, "s")
	switch {
	case den == 0, num == 1 && plural, num > 1 && !plural, den == 2 && num > 1:
		return quantity{}, false
	case den == 4 && num > 1 && !hyphen && !heldBefore(toks, marks, i):
		// "two quarters of growth" counts periods; "control three
		// quarters of the market" is a part held.
		return quantity{}, false
	}
	j++
	if j >= len(toks) || toks[j].text == "," || toks[j].text == ";" || toks[j].text == "." {
		// "followed by Microsoft with nearly a quarter.": a fraction
		// held, closing its clause.
		k := i - 1
		for k > 0 && k >= i-3 && marks[k]&holdsAt == 0 {
			k--
		}
		if k >= 0 && k >= i-3 && marks[k]&holdsAt != 0 {
			return quantity{kind: qtyPercent, value: math.Round(1000*num/den) / 10, start: i, numStart: i, end: j}, true
		}
		return quantity{}, false
	}
	// "half of what Snap spends" measures one sum by another; "a
	// quarter of a century" is time.
	if j+1 >= len(toks) || toks[j].lower != "of" || toks[j+1].kind == tokNum || toks[j+1].is6(wdWhat, wdWhich, wdThis, wdThat, wdA, wdAn) {
		return quantity{}, false
	}
	for k := j + 1; k+1 < len(toks) && k < j+7 && toks[k].text != ","; k++ {
		if toks[k].text == "(" && toks[k+1].kind == tokNum {
			return quantity{}, false // "a third of the market (32%)": the figure is in brackets
		}
	}
	v := math.Round(1000*num/den) / 10
	return quantity{kind: qtyPercent, value: v, start: i, numStart: i, end: j}, true
}

// parseInEvery reads a part put as so many in so many ("one in five
// smartphones", "four out of every five GPUs", "nine in 10 chips") as a
// percentage.
func parseInEvery(toks []token, i int) (quantity, bool) {
	// Asked at every "a" of every article: the word after goes first.
	if i+2 >= len(toks) || !toks[i+1].is2(wdIn, wdOut) {
		return quantity{}, false
	}
	n := wordNumbers[toks[i].lower]
	if n < 1 || n > 9 {
		return quantity{}, false
	}
	k := i + 1
	switch {
	case toks[k].lower == "in":
		k++
	case toks[k].lower == "out" && toks[k+1].lower == "of":
		k += 2
		if k < len(toks) && toks[k].lower == "every" {
			k++
		}
	default:
		return quantity{}, false
	}
	if k >= len(toks) {
		return quantity{}, false
	}
	d := wordNumbers[toks[k].lower]
	if toks[k].text == "10" {
		d = 10
	}
	if d <= n || d > 10 {
		return quantity{}, false
	}
	return quantity{kind: qtyPercent, value: math.Round(1000*n/d) / 10, start: i, numStart: i, end: k + 1}, true
}

// heldBefore reports a verb of holding just before token i: "control
// three quarters", "accounted for three quarters", "with three quarters".
func heldBefore(toks []token, marks []wordMark, i int) bool {
	if i < 1 {
		return false
	}
	if toks[i-1].lower == "for" {
		return i >= 2 && marks[i-2]&accountsFor != 0
	}
	return marks[i-1]&holdsPart != 0
}

// parseRangeEnd extends q over a range's upper bound ("$1.5bn to $2bn",
// "$1-2 billion", "between $1 billion and $2 billion"). A range is reported
// as its lower bound with the qualifier "at least", the one claim the
// article makes for certain; a lower bound written without its scale
// ("$1.5 to 2 billion") borrows the upper bound's.
func parseRangeEnd(toks []token, q quantity) (quantity, bool) {
	j := q.end
	if j >= len(toks) || !(toks[j].is2(wdTo, wdAnd) || toks[j].text == "-" || toks[j].text == "–") {
		return q, false
	}
	if toks[j].lower == "and" && !(q.start > 0 && toks[q.start-1].lower == "between") {
		return q, false
	}
	// "moved Microsoft 365 to 11,000 staff", "upgrading Windows 10 to
	// 40,000 PCs": a bare number after a capitalised word inside the
	// sentence is a product's name or version, not a range's lower bound.
	if q.kind == qtyCount && !q.scaled && q.start == q.numStart && q.start > 1 && toks[q.start-1].kind == tokWord &&
		toks[q.start-1].startsUpper() && !notOrgStart[toks[q.start-1].lower] && !containsComma(toks[q.numStart].text) {
		return q, false
	}
	upper, ok := parseQuantity(toks, j+1)
	if !ok {
		return q, false
	}
	lower := q
	switch {
	case lower.kind == upper.kind:
	case lower.kind == qtyMoney && upper.kind == qtyCount:
	case lower.kind == qtyCount:
		lower.kind, lower.unit = upper.kind, upper.unit
	default:
		return q, false
	}
	if lower.kind == qtyMoney && upper.kind == qtyMoney && lower.unit != upper.unit {
		return q, false
	}
	if !lower.scaled && upper.scaled {
		lower.value = math.Round(lower.value * upper.value / rawNumber(toks, upper))
		lower.scaled = true
	}
	if lower.value >= upper.value || lower.scaled != upper.scaled {
		return q, false
	}
	lower.end = upper.end
	lower.qualifier = corpus.AtLeast
	lower.high = upper.value
	return lower, true
}

// rawNumber is a quantity's number before scaling, so that a range's upper
// bound lends its scale to the lower.
func rawNumber(toks []token, q quantity) float64 {
	v, _ := parseNumber(toks, q.numStart)
	if v == 0 {
		return 1
	}
	return v
}

// wholeNumber reads digits with thousands commas ("2,500") as
// strconv.ParseFloat does, without its cost: most figures are whole. ok
// is false for anything else, and for more digits than a float holds
// exactly.
func wholeNumber(text string) (float64, bool) {
	n, digits := int64(0), 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			n = n*10 + int64(c-'0')
			digits++
		case c == ',' && i > 0:
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	return float64(n), true
}

// parseNumber reads a number in digits ("1,000", "2.5") or words ("one",
// "a" before a scale, "twenty-five"), returning its value and token count.
func parseNumber(toks []token, i int) (float64, int) {
	if i >= len(toks) {
		return 0, 0
	}
	t := &toks[i]
	if t.kind == tokNum {
		text := t.text
		if c := strings.LastIndexByte(text, ','); c >= 0 && len(text)-c-1 < 3 {
			text = text[:c] + "." + text[c+1:] // a decimal comma: "17,1%"
		}
		if thousandsGrouped(text) || dotThousands(toks, i) {
			text = digitsOnly(text) // "1.200.000", "3 400", "1'200"
		}
		if v, ok := wholeNumber(text); ok {
			return v, 1
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", ""), 64)
		if err != nil {
			return 0, 0
		}
		return v, 1
	}
	if t.lower == "half" && i+1 < len(toks) && toks[i+1].lower == "a" {
		if _, n := scaleAt(toks, i+2); n > 0 {
			return 0.5, 2
		}
	}
	// "a quarter of a million"
	if t.lower == "quarter" && i+2 < len(toks) && toks[i+1].lower == "of" && toks[i+2].lower == "a" {
		if _, n := scaleAt(toks, i+3); n > 0 {
			return 0.25, 3
		}
	}
	if t.lower == "a" || t.lower == "an" {
		if _, n := scaleAt(toks, i+1); n > 0 && !isAbbrevScale(toks[i+1].lower) {
			return 1, 1
		}
		return 0, 0
	}
	v, ok := wordNumbers[t.lower]
	if !ok {
		return 0, 0
	}
	n := 1
	// "twenty-five", "twenty five"
	if v >= 20 && v < 100 {
		k := i + 1
		if k < len(toks) && toks[k].text == "-" {
			k++
		}
		if k < len(toks) {
			if u, ok := wordNumbers[toks[k].lower]; ok && u < 10 {
				v += u
				n = k - i + 1
			}
		}
	}
	if i+n < len(toks) && toks[i+n].lower == "hundred" {
		v *= 100
		n++
	}
	// "one and a half billion"
	if i+n+2 < len(toks) && toks[i+n].lower == "and" && toks[i+n+1].lower == "a" && toks[i+n+2].lower == "half" {
		v += 0.5
		n += 3
	}
	return v, n
}

// dotThousands reports a number written with one dot before three digits
// that is a thousands group, not a decimal: "12.000 employees", "€1.500
// million", as much of Europe writes them. English writes decimals this
// way too ("$1.125 billion", "3.125%", "at $1.085 per euro"), so the dot
// is a thousands group only where a decimal of three places would be odd:
// before a count's noun or no scale at all, or before "million" when the
// last digit is a nought ("€1.500 million", where English writes "$1.5
// million"). Billions keep the decimal: "$2.250 billion" is English, and
// 2,250 billion is not a deal.
func dotThousands(toks []token, i int) bool {
	text := toks[i].text
	d := len(text) - 4
	if d < 1 || d > 3 || text[d] != '.' || text[0] == '0' {
		return false
	}
	if i > 0 && toks[i-1].joins(&toks[i]) && (toks[i-1].text == "." || toks[i-1].text == "/") {
		return false // a version or an address: "64.166.146.245"
	}
	k := i + 1
	if k < len(toks) && toks[k].text == "-" && toks[i].joins(&toks[k]) {
		k++ // "a €1.500-million contract"
	}
	if k >= len(toks) {
		return true
	}
	if s, _ := scaleAt(toks, k); s > 0 {
		return s == 1e6 && text[len(text)-1] == '0'
	}
	n := &toks[k]
	if n.text == "." && k+1 < len(toks) && toks[k+1].kind == tokNum && n.joins(&toks[k+1]) {
		return false
	}
	return !(n.text == "%" || n.is6(wdPercent, wdPct, wdPc, wdPer, wdTimes, wdX) || n.text == "x" || n.kind == tokNum)
}

// thousandsGrouped reports a number token grouped by a separator other
// than the comma, as the tokenizer only joins such groups (groupsEnd):
// two dots, or a space or apostrophe of any kind.
func thousandsGrouped(text string) bool {
	dots := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '.':
			if !(i+3 < len(text) && isDigit(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) && (i+4 == len(text) || text[i+4] == '.')) {
				return false // a date, "12.03.2024"
			}
			dots++
		case c != ',' && !isDigit(c):
			return true
		}
	}
	return dots > 1
}

// digitsOnly is a grouped number's text with its separators taken out.
func digitsOnly(text string) string {
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		if isDigit(text[i]) {
			b = append(b, text[i])
		}
	}
	return string(b)
}

var wordNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

// scaleBy multiplies a number by its scale word's factor (a thousand or
// more) to whole units: 2.3 lakh is 230000, where the product of floats is
// 229999.99999999997, which would show in `ask --json` and keep two
// reports of one figure from matching.
func scaleBy(v, scale float64) float64 { return math.Round(v * scale) }

// figureWordAt reports a word at toks[i] that says how large a figure is
// or what it counts, a multiplier ("2Bln", "5mn") or a unit ("10GWh",
// "100Gbps"): glued to a number, it makes no name of it.
func figureWordAt(toks []token, i int) bool {
	if scale, _ := scaleAt(toks, i); scale > 0 {
		return true
	}
	switch toks[i].lower {
	case "mm", "nm", "kb", "mb", "gb", "tb", "pb", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "mhz", "ghz", "mbps", "gbps", "tbps":
		return true
	}
	return false
}

// scaleAt reads a multiplier word at toks[i]: "million", "bn", or a letter
// glued to the number ("10B", "1M", "5k").
func scaleAt(toks []token, i int) (float64, int) {
	if i >= len(toks) || toks[i].kind != tokWord {
		return 0, 0
	}
	w := toks[i].lower
	switch w {
	case "thousand":
		return 1e3, 1
	case "million", "mln", "mn", "millions", "mio":
		// "EUR 2.500 Mio.", as German papers shorten it.
		return 1e6, 1
	case "billion", "bln", "bn", "billions", "bil", "mrd":
		// "RM2.3 bil", as Malaysian papers shorten it.
		return 1e9, 1
	case "trillion", "tn", "trln":
		return 1e12, 1
	case "mil":
		// "2 mil. euros": spaced, only with its full stop, which the
		// scale takes so that the currency follows.
		if i+1 < len(toks) && toks[i+1].text == "." && toks[i].joins(&toks[i+1]) {
			return 1e6, 2
		}
	case "crore", "crores", "cr":
		// "Rs 500 cr", as Indian papers shorten it.
		return 1e7, 1
	case "lakh", "lakhs":
		// "₹10 lakh crore" is ten lakh of crores.
		if i+1 < len(toks) && toks[i+1].is2(wdCrore, wdCrores) {
			return 1e12, 2
		}
		return 1e5, 1
	}
	if i > 0 && toks[i-1].kind == tokNum && toks[i-1].joins(&toks[i]) {
		switch w {
		case "k":
			return 1e3, 1
		case "m", "mil":
			return 1e6, 1
		case "b":
			return 1e9, 1
		case "t":
			return 1e12, 1
		}
	}
	return 0, 0
}

func isAbbrevScale(w string) bool { return len(w) <= 3 }

// scaledSymbol reads French notation's scale after a number, "M" for
// millions or "Md", "Mds" or "Mrd" for billions, joined to a currency
// sign: "7.5 M€". It returns the scale, the currency and the tokens read.
func scaledSymbol(toks []token, i int) (float64, string, int) {
	if i+1 >= len(toks) || toks[i].kind != tokWord || !toks[i].joins(&toks[i+1]) || toks[i+1].kind == tokWord {
		return 0, "", 0
	}
	var scale float64
	switch toks[i].text {
	case "M":
		scale = 1e6
	case "Md", "Mds", "Mrd", "Mrds":
		scale = 1e9
	default:
		return 0, "", 0
	}
	unit, n := currencyPrefix(toks, i+1)
	if n != 1 {
		return 0, "", 0
	}
	return scale, unit, 1 + n
}

// currencyCode is the ISO code a token written as a currency code in
// capitals stands for ("USD", "NIS"). Codes are three capitals, checked
// before the map: most words that reach here are names.
func currencyCode(t *token) (string, bool) {
	if len(t.text) != 3 || !isUpperASCII(t.text) {
		return "", false
	}
	code, ok := currencyCodes[t.lower]
	return code, ok
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// currencyCodes maps the currency codes news writes, lower-cased ("usd",
// "rmb"), to ISO 4217 codes.
var currencyCodes = map[string]string{
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "inr": "INR", "cny": "CNY", "rmb": "CNY",
	"chf": "CHF", "aud": "AUD", "cad": "CAD", "sek": "SEK", "krw": "KRW", "sgd": "SGD", "hkd": "HKD",
	"brl": "BRL", "nzd": "NZD", "aed": "AED", "sar": "SAR", "nok": "NOK", "dkk": "DKK",
	"myr": "MYR", "idr": "IDR", "thb": "THB", "php": "PHP", "vnd": "VND", "zar": "ZAR", "twd": "TWD",
	"mxn": "MXN", "pln": "PLN", "try": "TRY", "qar": "QAR", "ils": "ILS", "egp": "EGP", "ngn": "NGN",
	// "NIS", the new Israeli shekel, as Israeli and wire reports write it.
	"nis": "ILS", "ars": "ARS", "clp": "CLP", "pkr": "PKR", "lkr": "LKR", "bdt": "BDT", "kes": "KES",
	"czk": "CZK", "huf": "HUF", "uah": "UAH", "kzt": "KZT", "kwd": "KWD", "bhd": "BHD", "omr": "OMR",
	"rub": "RUB", "isk": "ISK", "cop": "COP", "ghs": "GHS", "mad": "MAD",
	"ron": "RON", "mmk": "MMK", "etb": "ETB", "tzs": "TZS", "ugx": "UGX", "rwf": "RWF", "cdf": "CDF", "xof": "XOF", "xaf": "XAF",
}

// letteredSigns are the currency signs written as a country's letters
// glued to a symbol: "E£5 billion", "GH¢500 million".
var letteredSigns = map[string]string{"E£": "EGP", "GH¢": "GHS"}

// nationalCurrencies are currencies named with their country's adjective
// or name, lower-cased, as news writes them after an amount.
var nationalCurrencies = map[string]string{
	"australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
	"singapore dollars": "SGD", "singapore dollar": "SGD", "taiwan dollars": "TWD", "taiwanese dollars": "TWD",
	"new zealand dollars": "NZD", "new zealand dollar": "NZD", "hong kong dollars": "HKD", "hong kong dollar": "HKD",
	"swedish krona": "SEK", "swedish kronor": "SEK", "norwegian krone": "NOK", "norwegian kroner": "NOK",
	"danish krone": "DKK", "danish kroner": "DKK", "swiss francs": "CHF", "swiss franc": "CHF",
	// The country's adjective says which krone, however the plural is
	// spelt: "95 billion Swedish kroner".
	"swedish kroner": "SEK", "swedish krone": "SEK", "norwegian krona": "NOK", "norwegian kronor": "NOK",
	"danish krona": "DKK", "danish kronor": "DKK", "icelandic krona": "ISK", "icelandic kronur": "ISK",
	// Wire services write the Nordic and Czech currencies as crowns:
	// "6.2 billion Danish crowns".
	"swedish crowns": "SEK", "norwegian crowns": "NOK", "danish crowns": "DKK", "icelandic crowns": "ISK",
	"czech crowns": "CZK", "swedish crown": "SEK", "norwegian crown": "NOK", "danish crown": "DKK",
	"south african rand": "ZAR", "saudi riyals": "SAR", "saudi riyal": "SAR", "qatari riyals": "QAR",
	"korean won": "KRW", "brazilian reais": "BRL", "mexican pesos": "MXN", "philippine pesos": "PHP",
	"indian rupees": "INR", "indonesian rupiah": "IDR", "thai baht": "THB", "malaysian ringgit": "MYR",
	"chinese yuan": "CNY", "japanese yen": "JPY", "british pounds": "GBP", "turkish lira": "TRY",
	"israeli shekels": "ILS", "new israeli shekels": "ILS", "egyptian pounds": "EGP", "kenyan shillings": "KES",
	"pakistani rupees": "PKR", "sri lankan rupees": "LKR", "nigerian naira": "NGN", "mexican peso": "MXN",
	"argentine pesos": "ARS", "chilean pesos": "CLP", "colombian pesos": "COP", "philippine peso": "PHP",
	"kuwaiti dinars": "KWD", "bahraini dinars": "BHD", "omani rials": "OMR", "czech korunas": "CZK",
	"czech koruna": "CZK", "hungarian forints": "HUF", "polish zloty": "PLN", "vietnamese dong": "VND",
	"south korean won": "KRW", "new taiwan dollars": "TWD", "russian rubles": "RUB", "uae dirhams": "AED",
	"emirati dirhams": "AED", "moroccan dirhams": "MAD", "brazilian real": "BRL", "south african rands": "ZAR",
	"ghanaian cedis": "GHS", "ghanaian cedi": "GHS", "romanian lei": "RON", "myanmar kyat": "MMK", "ethiopian birr": "ETB",
	"tanzanian shillings": "TZS", "tanzania shillings": "TZS", "ugandan shillings": "UGX", "uganda shillings": "UGX",
	"kenya shillings": "KES", "kenyan shilling": "KES", "rwandan francs": "RWF", "rwanda francs": "RWF",
	"congolese francs": "CDF", "congolese franc": "CDF",
	// The West African franc, as papers in Dakar and Abidjan write it.
	"cfa francs": "XOF", "cfa franc": "XOF",
}

// nationalCurrencyFirsts are the first words of nationalCurrencies' names:
// most words after an amount start none, and are let go with one lookup
// in a small set rather than two of joined words.
// They are a wordTable, not a map: currencySuffix asks of the word after
// every number.
var nationalCurrencyFirsts = newWordTable(firstWordsOf(nationalCurrencies))

// firstWordsOf returns the set of the first words of m's keys.
func firstWordsOf(m map[string]string) map[string]bool {
	firsts := map[string]bool{}
	for k := range m {
		first, _, _ := strings.Cut(k, " ")
		firsts[first] = true
	}
	return firsts
}

// peopleOfPlace reports a currency's name at toks[j] written as a place's,
// capitalised before the people it counts: "8 million Birr residents",
// "2 million Rand users". A currency's name is written in lower case or
// before what it buys ("a 5 billion Birr deal"); an article before the
// amount, at i, makes it such a modifier too, whatever noun follows ("a 3
// billion Rand households electrification deal"): a count of people takes
// none.
func peopleOfPlace(toks []token, i, j int) bool {
	return j+1 < len(toks) && !(i > 0 && toks[i-1].is2(wdA, wdAn)) && toks[j].startsUpper() && !isUpperASCII(toks[j].text) &&
		toks[j+1].is10(wdResidents, wdInhabitants, wdPeople, wdCitizens, wdHouseholds, wdUsers, wdCustomers, wdSubscribers, wdVoters, wdHomes)
}

// currencyNames are the names of currencies written after an amount that
// say which currency on their own ("25.8 billion rand", "2bn zloty").
var currencyNames = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
	"reais": "BRL", "ringgit": "MYR", "yen": "JPY", "rupees": "INR", "rupee": "INR", "yuan": "CNY", "renminbi": "CNY",
	"francs": "CHF", "rand": "ZAR", "krona": "SEK", "kronor": "SEK", "zloty": "PLN", "zlotys": "PLN", "riyal": "SAR", "riyals": "SAR",
	"dirham": "AED", "dirhams": "AED", "rupiah": "IDR", "baht": "THB", "lira": "TRY", "shekels": "ILS", "shekel": "ILS",
	"naira": "NGN", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
	"pesos": "MXN", "peso": "MXN", "kroner": "NOK", "krone": "NOK", "forints": "HUF", "forint": "HUF",
	"koruna": "CZK", "korunas": "CZK", "hryvnias": "UAH", "hryvnia": "UAH", "taka": "BDT", "tenge": "KZT",
	"cedis": "GHS", "cedi": "GHS", "kyat": "MMK", "kyats": "MMK", "birr": "ETB",
	// Shillings are Kenya's unless the article says Tanzania's or
	// Uganda's (see sharedCurrencyNames).
	"shillings": "KES", "shilling": "KES",
}

// currencyNameTable is currencyNames as a wordTable, which currencySuffix
// reads for the word after every number: a map would hash each.
var currencyNameTable = newWordTable(currencyNames)

// sharedCurrencyNames are the currency names of currencyNames that several
// countries use, each with the name of its family: the article's country
// says which is meant (see Place.Currency).
var sharedCurrencyNames = map[string]string{
	"pesos": "peso", "peso": "peso", "kroner": "krone", "krone": "krone",
	"shillings": "shilling", "shilling": "shilling", "dirhams": "dirham", "dirham": "dirham",
}

// sharedSigns are the local signs of localSigns whose currency the article
// says: "Sh" is Kenya's, Tanzania's or Uganda's shilling, and a bare "P",
// elsewhere a letter, is the peso only in a Philippine story.
var sharedSigns = map[string]string{"Sh": "shilling", "P": philippineSign}

// philippineSign is the family of sharedSigns' "P".
const philippineSign = "P"

// cfaFamily is the family of "CFA francs": West Africa's (XOF) or
// Central Africa's (XAF), two currencies of one name and value.
const cfaFamily = "cfa"

// cfaOf is the CFA franc of a country, its people or its main cities,
// for a word token; empty for any other word.
func (x *lexicon) cfaOf(t *token) string {
	switch e := x.tokenEntry(t); {
	case e.lookups&(1<<lCFACentral) != 0:
		return "XAF"
	case e.lookups&(1<<lCFAWest) != 0:
		return "XOF"
	}
	return ""
}

// shillingOf is the shilling of a country, its people or a city its
// papers' datelines name, for a word token: "Sh" is read as that
// country's. Empty for any other word.
func (x *lexicon) shillingOf(t *token) string {
	switch e := x.tokenEntry(t); {
	case e.lookups&(1<<lKenyaWords) != 0:
		return "KES"
	case e.lookups&(1<<lTanzaniaWords) != 0:
		return "TZS"
	case e.lookups&(1<<lUgandaWords) != 0:
		return "UGX"
	}
	return ""
}

// currencyFamilies gives the family of sharedCurrencyNames each national
// currency belongs to.
var currencyFamilies = map[string]string{
	"MXN": "peso", "PHP": "peso", "ARS": "peso", "CLP": "peso", "COP": "peso",
	"NOK": "krone", "DKK": "krone", "AED": "dirham", "MAD": "dirham",
}

// scaledCurrencyNames are currency names that are also common words ("he
// won", "Dong Energy"): they name a currency only after a scaled amount
// ("5 trillion won").
// So is Romania's "lei", a name too ("Lei Jun"): the currency only as
// papers write it, in lower case ("3 million Lei said" is a man).
var scaledCurrencyNames = map[string]string{"won": "KRW", "dong": "VND", "lei": "RON"}

var dollarPrefixes = map[string]string{
	"us": "USD", "u": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD",
	"s": "SGD", "sg": "SGD", "nz": "NZD", "r": "BRL", "nt": "TWD", "mx": "MXN",
}

// currencyPrefix reads a currency written before a number: "$", "US$",
// "€", "Rs", "USD". It returns the ISO code and the tokens used.
func currencyPrefix(toks []token, i int) (string, int) {
	if i >= len(toks) {
		return "", 0
	}
	t := &toks[i]
	if t.kind == tokWord {
		// "US$", "A$", "HK$"
		if i+1 < len(toks) && toks[i+1].text == "$" && t.joins(&toks[i+1]) {
			if code, ok := dollarPrefixes[t.lower]; ok {
				return code, 2
			}
		}
		// "US $5 billion", spaced as some Asian papers write it.
		if t.text == "US" && i+2 < len(toks) && toks[i+1].text == "$" && toks[i+1].joins(&toks[i+2]) && toks[i+2].kind == tokNum {
			return "USD", 2
		}
		// "U.S.$"
		if t.lower == "u" && i+4 < len(toks) && toks[i+1].text == "." && toks[i+2].lower == "s" && toks[i+3].text == "." && toks[i+4].text == "$" {
			return "USD", 5
		}
		if code, ok := currencyCode(t); ok {
			return code, 1
		}
		// "RM9.4 billion": the ringgit's sign, glued to the number.
		// A code such as "RM6068" is no amount: ringgit come with a
		// decimal, thousands or a scale word.
		if t.text == "RM" && i+1 < len(toks) && t.joins(&toks[i+1]) && toks[i+1].kind == tokNum &&
			(strings.ContainsAny(toks[i+1].text, ".,") || i+2 < len(toks) && toks[i+2].kind == tokWord) {
			return "MYR", 1
		}
		// "R5.4bn": the rand's sign, glued to an amount with a scale word,
		// so that "R2 storage" stays a product name.
		if t.text == "R" && i+2 < len(toks) && t.joins(&toks[i+1]) && toks[i+1].kind == tokNum {
			if _, n := scaleAt(toks, i+2); n > 0 {
				return "ZAR", 1
			}
			// "R7.5-billion", hyphenated as South African papers write it.
			if i+3 < len(toks) && toks[i+2].text == "-" && toks[i+1].joins(&toks[i+2]) {
				if _, n := scaleAt(toks, i+3); n > 0 {
					return "ZAR", 1
				}
			}
		}
		if t.text == "Rp" && i+1 < len(toks) && toks[i+1].kind == tokNum {
			return "IDR", 1
		}
		// "E£5 billion", "GH¢500 million": a country's letters glued to a
		// sign, Egypt's pound rather than sterling.
		if i+2 < len(toks) && toks[i+1].kind == tokSym && t.joins(&toks[i+1]) && toks[i+2].kind == tokNum {
			if code, ok := letteredSigns[t.text+toks[i+1].text]; ok {
				return code, 2
			}
		}
		// Every local sign is a capitalised word of at most four
		// letters (TestLocalSignsShape): others cost no lookup.
		if len(t.text) <= 4 && t.startsUpper() {
			if code, ok := localSigns[t.text]; ok && signedAmount(toks, i) {
				return code, 1
			}
		}
		if t.lower == "rs" {
			if i+1 < len(toks) && toks[i+1].text == "." {
				return "INR", 2
			}
			return "INR", 1
		}
		return "", 0
	}
	switch t.text {
	case "$":
		// "$US5 billion", "$A2bn": the sign, then whose dollar.
		if i+2 < len(toks) && t.joins(&toks[i+1]) && toks[i+1].kind == tokWord && toks[i+1].joins(&toks[i+2]) && toks[i+2].kind == tokNum {
			if code, ok := dollarPrefixes[toks[i+1].lower]; ok && toks[i+1].text == strings.ToUpper(toks[i+1].text) {
				return code, 2
			}
		}
		return "USD", 1
	case "€":
		return "EUR", 1
	case "£":
		return "GBP", 1
	case "¥":
		if _, n := currencySuffix(toks, i+3); n > 0 && toks[i+3].is2(wdYuan, wdRenminbi) {
			return "CNY", 1
		}
		return "JPY", 1
	case "₹":
		return "INR", 1
	case "₩":
		return "KRW", 1
	case "₪":
		return "ILS", 1
	case "₱":
		return "PHP", 1
	case "₺":
		return "TRY", 1
	case "₦":
		return "NGN", 1
	case "₽":
		return "RUB", 1
	case "₫":
		return "VND", 1
	case "฿":
		return "THB", 1
	}
	return "", 0
}

// localSigns are the letters regional papers write before an amount for
// their own currency: the Gulf's "Dh5 billion" and "SR10 billion",
// Nigeria's "N50bn", Kenya's "KSh 5 billion" and "Sh16 billion" (as the
// Nairobi papers write it), Bangladesh's "Tk 500 crore", the Philippines'
// "P766 million".
// Alone each is an initial or a word, so they count only before a scaled
// amount (see signedAmount).
var localSigns = map[string]string{
	"Dh": "AED", "Dhs": "AED", "SR": "SAR", "N": "NGN", "KSh": "KES", "Ksh": "KES", "Kshs": "KES", "Sh": "KES",
	"Tk": "BDT", "Php": "PHP", "LE": "EGP", "BD": "BHD", "KD": "KWD", "P": "PHP",
}

// signedAmount reports a local currency sign at toks[i] that stands before
// a scaled amount, "Dh5 billion" or "Tk 500 crore": only the sign glued to
// the number or one of the longer signs may stand apart, so that an initial
// ("N 5 million users") stays a letter.
func signedAmount(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].kind != tokNum {
		return false
	}
	if !toks[i].joins(&toks[i+1]) && len(toks[i].text) < 3 && toks[i].text != "SR" && toks[i].text != "Tk" {
		return false
	}
	_, n := scaleAt(toks, i+2)
	return n > 0
}

// currencySuffix reads a currency written after a number: "dollars",
// "euros", "US dollars", "yen", "EUR".
func currencySuffix(toks []token, i int) (string, int) {
	if i >= len(toks) || toks[i].kind != tokWord {
		return "", 0
	}
	t := &toks[i]
	if t.is2(wdUs, wdU) && i+1 < len(toks) && toks[i+1].is2(wdDollars, wdDollar) {
		return "USD", 2
	}
	// "250 million U.S. dollars", as Xinhua writes it.
	if t.lower == "u" && i+4 < len(toks) && toks[i+1].text == "." && toks[i+2].lower == "s" && toks[i+3].text == "." && toks[i+4].is2(wdDollars, wdDollar) {
		return "USD", 5
	}
	if _, first := nationalCurrencyFirsts.get(t.lower); first && i+1 < len(toks) {
		// "Australian dollars", "Swedish kronor", "Swiss francs"
		if code, ok := nationalCurrencies[t.lower+" "+toks[i+1].lower]; ok {
			return code, 2
		}
		// "New Zealand dollars", "Hong Kong dollars"
		if i+2 < len(toks) {
			if code, ok := nationalCurrencies[t.lower+" "+toks[i+1].lower+" "+toks[i+2].lower]; ok {
				return code, 3
			}
		}
	}
	if code, ok := currencyNameTable.get(t.lower); ok {
		return code, 1
	}
	if code, ok := currencyCode(t); ok {
		return code, 1
	}
	return "", 0
}

// qualifierBefore looks just before a quantity for words that hedge it
// ("more than", "roughly", "up to") and returns the widened start.
func qualifierBefore(toks []token, start int, q corpus.Qualifier) (int, corpus.Qualifier) {
	if start == 0 || !qualifierEnd(toks[start-1].lower) {
		return start, q // most figures have none
	}
	// Only the phrases ending in the word just before the figure, in
	// their order, are read: most phrases end in another word.
	for _, i := range qualifierEnds[toks[start-1].lower] {
		p := &qualifierPhrases[i]
		n := len(p.words)
		if start-n < 0 {
			continue
		}
		ok := true
		for k, w := range p.words {
			if toks[start-n+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			if q == corpus.AtLeast && p.q != corpus.AtLeast {
				// A range already says "at least"; keep it but quote the words.
				return start - n, q
			}
			return start - n, p.q
		}
	}
	return start, q
}

// movedVerb reports a verb in the past that a share moves "up to" a level
// with: "edged up to 22%", "crept up to", "went up to".
func movedVerb(t token) bool {
	return strings.HasSuffix(t.lower, "ed") || t.is4(wdWent, wdRose, wdGrew, wdCrept)
}

// plusAfter reads "7,400-plus staff" and "8,000+ licences" as more than
// the figure, taking the suffix into it.
func plusAfter(toks []token, q quantity) quantity {
	j := q.end
	if q.high != 0 || q.qualifier != "" || j >= len(toks) || !toks[j-1].joins(&toks[j]) {
		return q
	}
	switch {
	case toks[j].text == "+":
		q.end = j + 1
	case toks[j].text == "-" && j+1 < len(toks) && toks[j].joins(&toks[j+1]) && toks[j+1].lower == "plus":
		q.end = j + 2
	default:
		return q
	}
	q.qualifier = corpus.Over
	return q
}

// qualifierEnd reports a word that ends one of qualifierPhrases, as
// TestQualifierEnds checks: a switch, which the compiler searches by
// length and bytes, where a map would hash the word before every figure.
func qualifierEnd(w string) bool {
	switch w {
	case "of", "than", "as", "under", "to", "least", "estimated", "over", "above", "exceeding", "exceed", "nearly", "almost",
		"about", "around", "roughly", "approximately", "approx", "some", "circa", "~", "≈", "below":
		return true
	}
	return false
}

type qualifierPhrase struct {
	words []string
	q     corpus.Qualifier
}

// qualifierEnds gives, for each last word of qualifierPhrases, the
// indexes of the phrases ending in it, in their order.
var qualifierEnds = func() map[string][]int {
	m := map[string][]int{}
	for i, p := range qualifierPhrases {
		last := p.words[len(p.words)-1]
		m[last] = append(m[last], i)
	}
	return m
}()

// qualifierPhrases are tried in order, longer phrases first so that "just
// under" wins over "under".
var qualifierPhrases = []qualifierPhrase{
	{[]string{"in", "excess", "of"}, corpus.Over},
	{[]string{"no", "less", "than"}, corpus.AtLeast},
	{[]string{"a", "minimum", "of"}, corpus.AtLeast},
	// "at a cost not to exceed $4 million", "a sum not exceeding £2m":
	// the cap procurement notices put on a purchase, before "exceeding"
	// alone reads as more than.
	{[]string{"not", "to", "exceed"}, corpus.UpTo},
	{[]string{"not", "exceeding"}, corpus.UpTo},
	{[]string{"as", "much", "as"}, corpus.UpTo},
	{[]string{"as", "many", "as"}, corpus.UpTo},
	{[]string{"a", "maximum", "of"}, corpus.UpTo},
	{[]string{"just", "under"}, corpus.Nearly},
	{[]string{"just", "shy", "of"}, corpus.Nearly},
	{[]string{"close", "to"}, corpus.Nearly},
	{[]string{"more", "than"}, corpus.Over},
	{[]string{"greater", "than"}, corpus.Over},
	{[]string{"upwards", "of"}, corpus.Over},
	{[]string{"upward", "of"}, corpus.Over},
	{[]string{"north", "of"}, corpus.Over},
	{[]string{"at", "least"}, corpus.AtLeast},
	{[]string{"up", "to"}, corpus.UpTo},
	{[]string{"less", "than"}, corpus.Under},
	{[]string{"fewer", "than"}, corpus.Under},
	{[]string{"an", "estimated"}, corpus.About},
	{[]string{"over"}, corpus.Over},
	{[]string{"above"}, corpus.Over},
	{[]string{"exceeding"}, corpus.Over},
	{[]string{"nearly"}, corpus.Nearly},
	{[]string{"almost"}, corpus.Nearly},
	{[]string{"about"}, corpus.About},
	{[]string{"around"}, corpus.About},
	{[]string{"roughly"}, corpus.About},
	{[]string{"approximately"}, corpus.About},
	{[]string{"approx"}, corpus.About},
	{[]string{"some"}, corpus.About},
	{[]string{"circa"}, corpus.About},
	// "~$8.7 billion", "≈ ₹2.9 lakh crore"
	{[]string{"~"}, corpus.About},
	{[]string{"≈"}, corpus.About},
	{[]string{"under"}, corpus.Under},
	{[]string{"below"}, corpus.Under},
}
