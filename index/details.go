package index

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// fits returns the steering words of a question that a fact's own details
// say: the period it is for ("2024", "q3"), its research firm, region,
// market, deal type, status, qualifier, product, stage, what was bought,
// whether it is a running total or a share held together, and the names
// of its parties, each also in the words people ask with ("trial" for a
// pilot, "ceiling" for an "up to" figure, "european" for Europe). A question's "q3 2024
// canalys" then picks Canalys's third-quarter figure over one in an article
// merely published then, and "barclays copilot pilot" the pilot's seats
// over the rollout's.
func (d *detailWords) fits(asked []string, fa FactAnswer) wordSet {
	if len(asked) == 0 {
		return 0
	}
	f := fa.Fact
	var words []string
	// "at&t share q4 2021" asks for 2021's fourth quarter: 2022's fourth
	// quarter fits it no more than 2022 does.
	if y := f.Period.Year(); y > 0 && !asksOtherYear(asked, y) {
		rest := strings.TrimLeft(string(f.Period)[4:], "-")
		words = append(words, strconv.Itoa(y), strings.ToLower(rest))
		// A quarter is asked for by its months too ("august 2024" is
		// Q3 2024), and a month by its quarter.
		if m, err := strconv.Atoi(rest); err == nil && m >= 1 && m <= 12 {
			words = append(words, strings.ToLower(time.Month(m).String()), fmt.Sprintf("q%d", (m+2)/3))
		}
		if alts, ok := quarters[strings.ToLower(rest)]; ok {
			words = append(words, alts...)
		}
		if alts, ok := halves[strings.ToLower(rest)]; ok {
			words = append(words, alts...)
		}
	} else if len(fa.Sources) > 0 && !fa.Sources[0].Published.IsZero() {
		// A figure with no period of its own is news of when its article
		// appeared: "in March 2024" asks for that month's. A figure for a
		// period is not: a 2022 share reported in 2023 answers "2022".
		published := fa.Sources[0].Published
		date := strings.Fields(Dateline(published)) // month, year, quarter, day
		if asksOtherYear(asked, published.Year()) {
			// "copilot seats january 2024" asks for January 2024, not an
			// article of January 2026: its month and quarter fit only
			// with their year.
			date = []string{date[1], date[3]}
		}
		words = append(words, date...)
	}
	words = append(words, d.dealTypes[f.DealType]...)
	for _, text := range []string{f.Measurer, f.Region, f.Market, string(f.Status), f.Product, string(f.Stage), f.What} {
		words = append(words, tokenize(text)...)
	}
	for _, c := range f.Companies {
		words = append(words, tokenize(c)...)
	}
	for _, w := range words {
		words = append(words, d.askedAs[w]...)
	}
	words = append(words, d.qualifiers[f.Qualifier]...)
	if f.Total {
		words = append(words, d.totals...)
	}
	if f.Group() {
		// A share held together is asked for as one: "combined share".
		words = append(words, togetherWords...)
	}
	var n wordSet
	for i, w := range asked {
		if slices.Contains(words, w) {
			n = n.with(i)
		}
	}
	return n
}

// asksOtherYear reports steering words that name a year, none of them
// year.
func asksOtherYear(asked []string, year int) bool {
	other := false
	for _, w := range asked {
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1900 && y <= 2199 {
			if y == year {
				return false
			}
			other = true
		}
	}
	return other
}

// sentenceNames returns the steering words a fact's sentence writes as a
// name (capitalised, in the singular or the plural), leaving out those
// that spell a company asked for: of two figures in one article, "thoma
// bravo veracode" asks for the one whose sentence names the buyer and the
// unit sold, though no list knows either.
func sentenceNames(asked []string, sentence string, companies []string) wordSet {
	if len(asked) == 0 || sentence == "" {
		return 0
	}
	var names []string
	for _, t := range strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
			names = append(names, strings.ToLower(t))
		}
	}
	var n wordSet
	for i, w := range asked {
		if slices.ContainsFunc(companies, func(c string) bool { return slices.Contains(tokenize(c), w) }) {
			continue
		}
		if slices.ContainsFunc(names, func(t string) bool { return sameWord(t, w) }) {
			n = n.with(i)
		}
	}
	return n
}

// otherRound returns the steering word "series" when the question names a
// funding round by its letter ("helsing series d", round "d") and a fact's
// sentence names only other rounds ("raised €450 million in a Series C"):
// that sentence does not say the round asked for, though it says "series".
func otherRound(asked []string, round, sentence string) wordSet {
	i := slices.Index(asked, "series")
	if i < 0 || round == "" {
		return 0
	}
	words := strings.Fields(strings.ToLower(sentence))
	named := false
	for j := 0; j+1 < len(words); j++ {
		if words[j] != "series" {
			continue
		}
		letter := strings.TrimRight(words[j+1], ",.;:)")
		if letter == round {
			return 0
		}
		named = named || len(letter) == 1
	}
	if !named {
		return 0
	}
	return wordSet(0).with(i)
}

// nearFigure returns the steering words said next to a fact's figure in
// its sentence: in the clause that holds it, within nearWords words either
// side. Of several figures in one sentence ("its $350m series C in 2022 and
// its $600m series D in 2024"), the one a question's words stand beside
// is the one asked for.
func nearFigure(asked []string, sentence, figure string) wordSet {
	if len(asked) == 0 || figure == "" {
		return 0
	}
	at := findFigure(sentence, figure)
	if at < 0 {
		return 0
	}
	before := clauseWords(sentence[:at], true)
	after := clauseWords(sentence[at+len(figure):], false)
	var n wordSet
	for i, w := range asked {
		if slices.ContainsFunc(before, func(t string) bool { return nearWord(t, w) }) || slices.ContainsFunc(after, func(t string) bool { return nearWord(t, w) }) {
			n = n.with(i)
		}
	}
	return n
}

// nearWord reports whether a token beside a figure says a question's
// word: the word itself, in the singular or the plural, or for a question
// asking for money added to a deal ("how much more", "what did it add")
// any word an article adds money with ("another R30 billion", "a further
// $2bn").
func nearWord(t, w string) bool {
	return sameWord(t, w) || addedWords[t] && askedAdded[w] || periodSpelling(t, w)
}

// periodSpelling reports whether a token beside a figure spells the
// quarter or half a question names: "fourth" or "december" ("31.8% in
// the fourth", "in the December quarter") for "q4", "first" for "h1".
func periodSpelling(t, w string) bool {
	alts := quarters[w]
	if alts == nil {
		alts = halves[w]
	}
	for _, a := range alts {
		if t == a || strings.HasPrefix(a, t+" ") {
			return true
		}
	}
	return false
}

// askedAdded are the words a question asks for money added to a deal
// with: those an article uses, and "more" and "add", which an article
// puts before a figure to mean something else ("more than $2bn") or not
// at all.
var askedAdded = setOf("additional further another extra more add adds added adding")

// findFigure returns where figure is written in sentence as a figure of
// its own, not the tail of a bigger one ("500" in "4,500"), or -1.
func findFigure(sentence, figure string) int {
	for from := 0; from < len(sentence); {
		i := strings.Index(sentence[from:], figure)
		if i < 0 {
			return -1
		}
		at, end := from+i, from+i+len(figure)
		inside := at > 0 && (isDigitByte(sentence[at-1]) || at > 1 && (sentence[at-1] == ',' || sentence[at-1] == '.') && isDigitByte(sentence[at-2])) ||
			end < len(sentence) && isDigitByte(sentence[end])
		if !inside {
			return at
		}
		from = at + 1
	}
	return -1
}

// wasFigure reports a figure its sentence gives as the value before the
// news: right after "from" ("its share fell from 21.1% to 18.4%", "40%,
// up from 38.1%") or after "from" and words saying how it stood ("tripled
// from an initial R670 million": see fromBefore), or after "against" or "compared with" when a time
// follows ("21.5%, against 20.6% a year before"); "15.1% against 18.9%
// for Microsoft" sets two companies side by side.
func wasFigure(sentence, figure string) bool {
	at := findFigure(sentence, figure)
	if at < 0 {
		return false
	}
	toks := tokenize(sentence[max(0, at-40):at])
	if len(toks) == 0 {
		return false
	}
	if fromBefore(toks) {
		return true
	}
	last := toks[len(toks)-1]
	if last != "against" && (len(toks) < 2 || toks[len(toks)-2] != "compared" || last != "with" && last != "to") {
		return false
	}
	return slices.ContainsFunc(clauseWords(sentence[at+len(figure):], false), func(t string) bool { return thenWords[t] })
}

// fromBefore reports tokens ending in "from" and at most fromWords words
// that only say how the figure after them stood ("tripled from an initial
// R670 million", "up from its previous 5,000", "down from just 3%"). A
// determiner alone is not one: "$1bn from a $10bn fund" is where the
// money came from.
func fromBefore(toks []string) bool {
	said := false // a word saying how the figure stood
	for i := len(toks) - 1; i >= max(0, len(toks)-1-fromWords); i-- {
		switch t := toks[i]; {
		case t == "from":
			return said || i == len(toks)-1
		case fromFillers[t]:
			said = true
		case !determiners[t]:
			return false
		}
	}
	return false
}

// fromWords is how many words may stand between "from" and the figure it
// starts from.
const fromWords = 3

// fromFillers are the words between "from" and the figure it starts from
// that say it was where the news moved it from, or only roughly.
var fromFillers = setOf("initial initially original originally earlier previous prior former just only some about around roughly nearly almost approximately estimated")

// determiners may stand before a filler ("from an initial").
var determiners = setOf("a an the its their his her")

// grownFrom reports a seat count its sentence then says grew or shrank to
// another ("first gave Copilot to 300 employees and scaled to 20,000
// users", "held 60 licences but has cut that to 25"), or took on to
// another in steps ("raised to 6,000 and then to 9,500"): the count it
// went to is the news, the first what it was.
func grownFrom(sentence, figure string) bool {
	at := findFigure(sentence, figure)
	if at < 0 {
		return false
	}
	toks := tokenize(sentence[at+len(figure):])
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] != "to" || !isDigitByte(toks[i+1][0]) {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if changeWords[toks[j]] {
				return true
			}
		}
	}
	return false
}

// changeWords say that a count went up or down to a new one.
var changeWords = setOf("then cut cuts scaled scales grew grown grows widened widens expanded expands extended extends increased increases reduced reduces trimmed trims lifted lifts boosted boosts raised raises rose doubled tripled climbed jumped fell dropped shrank")

// thenWords say that a figure set against another is from an earlier time.
var thenWords = setOf("year before earlier previous previously prior ago last")

// earlierWords ask for what a figure was before the news: "aws share a
// year earlier", "microsoft share before".
var earlierWords = setOf("before earlier previous previously prior ago")

// nearWords is how many words either side of a figure count as said next
// to it.
const nearWords = 5

// clauseWords returns up to nearWords words of text, lower case, up to a
// clause's edge or a word that joins clauses: the last ones when last is
// true (text comes before the figure), else the first. A comma between
// digits ("5,000") is no edge.
func clauseWords(text string, last bool) []string {
	edge := func(i int) bool {
		switch text[i] {
		case ';', ':', '(', ')', '.', '!', '?':
			return text[i] != '.' || i == 0 || i == len(text)-1 || !isDigitByte(text[i-1]) || !isDigitByte(text[i+1])
		case ',':
			return i == 0 || i == len(text)-1 || !isDigitByte(text[i-1]) || !isDigitByte(text[i+1])
		}
		return false
	}
	if last {
		for i := len(text) - 1; i >= 0; i-- {
			if edge(i) {
				text = text[i+1:]
				break
			}
		}
		toks := tokenize(text)
		for i := len(toks) - 1; i >= 0; i-- {
			if joiners[toks[i]] {
				toks = toks[i+1:]
				break
			}
		}
		return toks[max(0, len(toks)-nearWords):]
	}
	for i := range len(text) {
		if edge(i) {
			text = text[:i]
			break
		}
	}
	toks := tokenize(text)
	if i := slices.IndexFunc(toks, func(t string) bool { return joiners[t] }); i >= 0 {
		toks = toks[:i]
	}
	return toks[:min(nearWords, len(toks))]
}

// clauseText returns the text up to the end of the clause that opens it:
// the first stop, colon, bracket or comma that is not inside a number.
func clauseText(text string) string {
	for i := range len(text) {
		switch text[i] {
		case ';', ':', '(', ')', '!', '?':
			return text[:i]
		case '.', ',':
			if i == 0 || i == len(text)-1 || !isDigitByte(text[i-1]) || !isDigitByte(text[i+1]) {
				return text[:i]
			}
		}
	}
	return text
}

// joiners are the words that join one figure's clause to the next: "its
// $350m series C and its $600m series D".
var joiners = setOf("and while but whereas")

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// sameWord reports whether a token of an article is a question's word, in
// the singular or the plural.
func sameWord(t, w string) bool { return t == w || t == w+"s" || t+"s" == w }

// wordSet is a set of a question's words by their position among its
// steering words; a question has at most MaxQueryWords.
type wordSet uint16

func (s wordSet) with(i int) wordSet { return s | 1<<i }

func (s wordSet) count() int { return bits.OnesCount16(uint16(s)) }

// detailWords are the words a question may use for a fact's details beyond
// the details' own words. It is made once by newDetailWords, held by an
// Index and only read, so questions read it concurrently.
type detailWords struct {
	// askedAs maps a word of a fact's details to other words a question
	// may use for it: a stage, a status, a place.
	askedAs map[string][]string
	// dealTypes are the words a question names a deal type with. A cloud
	// contract has none: nearly every deal in the articles is about the
	// cloud, so "cloud" in a question says which market, not which deal.
	dealTypes map[corpus.DealType][]string
	// qualifiers are the words a question may use for a figure's
	// qualifier: "the contract ceiling" is its "up to" figure.
	qualifiers map[corpus.Qualifier][]string
	// totals are the words a question asks for a running total with
	// ("bringing its total funding to $2.8bn").
	totals []string
}

// newDetailWords returns the words questions use for facts' details.
func newDetailWords() *detailWords {
	return &detailWords{askedAs: map[string][]string{
		// Stages of a seat purchase.
		"pilot":   {"pilots", "piloting", "piloted", "trial", "trials", "trialling", "trialing", "test", "testing", "poc"},
		"rollout": {"roll", "rolled", "rolling", "rollouts", "deploy", "deployed", "deploying", "deployment", "expansion", "expanded"},
		"plan":    {"plans", "planned", "planning", "target", "targets", "goal", "aim", "aims"},
		// Statuses of a deal.
		// A deal that fell through was an offer or a bid: "how much did
		// broadcom offer for qualcomm" asks for the blocked takeover.
		"lost":      {"lose", "loses", "losing", "bid", "bids"},
		"blocked":   {"block", "blocks", "blocking", "offer", "offered", "bid", "bids", "proposed", "rejected", "vetoed", "prohibited"},
		"cancelled": {"canceled", "cancel", "cancels", "scrapped", "scraps", "offer", "offered", "bid", "bids", "proposed", "abandoned", "dropped", "terminated", "collapsed", "failed", "called", "off"},
		// Talks are what a company is trying or seeking to do, or is
		// reported to weigh.
		"talks":     {"talk", "talking", "negotiating", "negotiations", "discussions", "trying", "seeking", "seeks", "considering", "weighing", "exploring", "mulling", "rumoured", "rumored", "reportedly"},
		"completed": {"complete", "completes", "closed", "closes", "finalised", "finalized", "sealed", "done"},
		"agreed":    {"agree", "agrees", "agreement", "signed", "signs"},
		// Places, as regions and as parties.
		"europe":    {"european", "eu"},
		"kingdom":   {"uk", "britain", "british"},
		"states":    {"us", "usa", "american"},
		"china":     {"chinese"},
		"japan":     {"japanese"},
		"india":     {"indian"},
		"australia": {"australian"},
		"germany":   {"german"},
		"france":    {"french"},
		"canada":    {"canadian"},
		"asia":      {"asian"},
		"worldwide": {"global", "globally", "world"},
		// A party named by its people ("the Canadian government") is
		// asked for by its country, and a region by its short name.
		"canadian":   {"canada"},
		"australian": {"australia"},
		"british":    {"uk", "britain"},
		"american":   {"us", "usa", "america"},
		"chinese":    {"china"},
		"japanese":   {"japan"},
		"indian":     {"india"},
		"german":     {"germany"},
		"french":     {"france"},
		"korean":     {"korea"},
		"israeli":    {"israel"},
		"european":   {"europe", "eu"},
		"latin":      {"latam"},
		"pacific":    {"apac"},
		"emea":       {"europe", "european"},
	}, dealTypes: map[corpus.DealType][]string{
		// What one company pays for another is its takeover: "what did amd
		// pay for zt systems".
		corpus.DealAcquisition: {"acquisition", "acquisitions", "takeover", "merger", "buyout", "pay", "paid", "pays", "buy", "bought", "buys", "acquire", "acquired", "acquires", "purchase", "purchased",
			// The side that sold: "airtrunk buyer", "who sold airtrunk".
			"buyer", "acquirer", "sale", "sold", "sell", "sells", "selling", "seller"},
		corpus.DealInvestment:      {"investment", "invest", "invests", "investing", "invested", "investor", "investors", "stake", "equity", "backing", "backed"},
		corpus.DealFundingRound:    {"funding", "round", "rounds", "raise", "raised", "raises", "raising", "ipo", "financing", "fundraise", "fundraising"},
		corpus.DealLicencePurchase: {"licence", "licences", "license", "licenses"},
		// A contract or an order asks for one rather than the investment or
		// the round of the same companies.
		corpus.DealCloudContract:      {"contract", "contracts", "order", "orders"},
		corpus.DealGovernmentContract: {"government", "federal", "public", "contract", "contracts", "order", "orders", "award", "awarded", "tender"},
		corpus.DealPartnership:        {"partnership", "partners", "partner", "partnered", "alliance", "venture", "jv"},
		// A pledge is an investment in a country: "amazon spain investment".
		corpus.DealInvestmentPledge: {"pledge", "pledged", "pledges", "commitment", "commits", "investment", "invest", "invests", "investing", "invested"},
	}, qualifiers: map[corpus.Qualifier][]string{
		corpus.UpTo:    {"ceiling", "cap", "maximum", "max", "potential", "potentially"},
		corpus.AtLeast: {"minimum", "floor"},
	}, totals: []string{"total", "cumulative", "overall", "altogether"}}
}

// typeFits counts the intent words of a question that name f's deal type,
// qualifier or running total: "asml mistral investment" asks for the
// investment rather than the round it was part of. It reads only those
// three, with no allocation, as every candidate of most questions is
// checked.
func (d *detailWords) typeFits(intent []string, f corpus.Fact) int {
	n := 0
	for _, w := range intent {
		if slices.Contains(d.dealTypes[f.DealType], w) || slices.Contains(d.qualifiers[f.Qualifier], w) || (f.Total && slices.Contains(d.totals, w)) {
			n++
		}
	}
	return n
}

// asksTotal reports whether the question's words ask for a running total
// ("total funding"); otherwise a total is background to the money it adds.
func (d *detailWords) asksTotal(asked []string) bool {
	return slices.ContainsFunc(asked, func(w string) bool { return slices.Contains(d.totals, w) })
}

// asksStatus reports whether the steering words ask for deals of status s
// ("amazon lost jedi bid"), so that such a deal is not ranked below live
// ones as it otherwise is.
func (d *detailWords) asksStatus(steering []string, s corpus.Status) bool {
	if s == corpus.StatusUnknown {
		return false
	}
	words := tokenize(string(s))
	for _, w := range words {
		words = append(words, d.askedAs[w]...)
	}
	return slices.ContainsFunc(steering, func(w string) bool { return slices.Contains(words, w) })
}

// elsewhere reports a market share measured in a country or region that q
// names nowhere, in its words or its companies: a question naming no place
// asks for the world's share ("huawei smartphone share q3 2020" is not its
// share of China), and one naming Europe for Europe's. A share for the
// whole world, or one that says nowhere, is asked for by any question.
func (d *detailWords) elsewhere(q Question, f corpus.Fact) bool {
	if f.Kind != corpus.MarketShare || f.Region == "" {
		return false
	}
	words := tokenize(f.Region)
	if slices.Contains(words, "worldwide") {
		return false
	}
	for _, w := range words {
		words = append(words, d.askedAs[w]...)
	}
	ofRegion := func(w string) bool { return slices.Contains(words, w) }
	if slices.ContainsFunc(q.Steering, ofRegion) {
		return false
	}
	for _, c := range q.Companies {
		if slices.ContainsFunc(tokenize(c), ofRegion) {
			return false
		}
	}
	// Only a place the figure's sentence names, as a name, says where it
	// was measured: a dateline ("Bengaluru -") or "us" says nothing of it.
	for _, t := range strings.FieldsFunc(f.Sentence, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) && ofRegion(strings.ToLower(t)) {
			return true
		}
	}
	return false
}

// toldBefore reports a figure its sentence tells as what came before the
// news it reports: a deal the news "follows" or comes "after", one a
// company "already" holds or "had" struck ("had bought QTS for $10bn",
// "had earlier committed $1.4 billion"). Reporters set such a figure
// beside the news as background; a question naming the companies asks
// for the news. Only the figure's own clause counts: of "a day after
// Contoso set out $2bn, Fabrikam announced $5bn", Fabrikam's figure is
// the news.
func toldBefore(sentence, figure string) bool {
	at := findFigure(sentence, figure)
	if at < 0 {
		return false
	}
	from := at - 1
	for ; from >= 0; from-- {
		if c := sentence[from]; c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?' ||
			(c == '.' || c == ',') && (from == 0 || from+1 >= len(sentence) || !isDigitByte(sentence[from-1]) || !isDigitByte(sentence[from+1])) {
			break
		}
	}
	clause := sentence[from+1 : at]
	// Only the words after the clause's last turn count; the cut is made
	// once, after the walk, as its offsets are into the whole clause.
	cut := 0
	eachWord(clause, func(w string, end int) bool {
		if clauseTurns[strings.ToLower(w)] {
			cut = end
		}
		return true
	})
	clause = clause[cut:]
	told, reported, sinceHad := false, false, 0
	// afterTop counts the words since "on top of", -1 before it.
	var last [3]string
	afterTop := -1
	eachWord(clause, func(w string, _ int) bool {
		w = strings.ToLower(w)
		if afterTop >= 0 {
			afterTop++
		}
		if w == "of" && last[1] == "on" && last[2] == "top" && !wonOnTop[last[0]] {
			afterTop = 0
		}
		last = [3]string{last[1], last[2], w}
		if beforeWords[w] || sinceHad > 0 && (strings.HasSuffix(w, "ed") || pastParticiples[w]) {
			told = true
			return false
		}
		// "had" tells the past only for the next two words: "had
		// earlier committed", and "said it had raised $500m" reports
		// the news itself.
		if sinceHad > 0 {
			sinceHad = (sinceHad + 1) % 3
		}
		reported = reported || reportWords[w]
		if w == "had" && !reported {
			sinceHad = 1
		}
		return true
	})
	// "comes on top of the R20.4bn it has put in": what the news is set
	// on top of came before it. Only a figure right after the phrase is,
	// and not one a company won: "came out on top of a $4bn bidding war"
	// tells the news.
	return told || afterTop >= 0 && afterTop <= onTopWords
}

// wonOnTop, right before "on top of", say a company won what follows
// the phrase ("came out on top of a $4bn bidding war"): that figure is
// the news. Any other word, a comma or none ("comes on top of", ", on
// top of", "On top of the $6bn") sets the news on it.
var wonOnTop = setOf("out emerged emerges emerge finished finishes ended landed")

// onTopWords is the most words "on top of" may stand before the figure
// it sets the news on: "on top of its earlier $6bn".
const onTopWords = 2

// reportWords report what a company says: the past perfect after them
// tells the news in reported speech ("said it had approved $240m").
var reportWords = setOf("said says say told announced confirmed disclosed revealed reported that")

// heldWords ask for what a company already holds, the background a
// reporter sets beside the news: "palantir's existing ice contracts".
var heldWords = setOf("existing already")

// clauseTurns start a clause about another figure than the one before
// them: "EY had committed $1.4bn, while KPMG announced $2bn".
var clauseTurns = setOf("while whereas but")

// beforeWords, in a figure's clause before it, tell it as earlier than
// the news: "comes after Contoso's $2bn deal", "already holds contracts
// worth $80m".
var beforeWords = setOf("after follows following followed already earlier previously formerly")

// pastParticiples are the irregular participles "had" tells an earlier
// deal with: "had bought", "had won", "had put in".
var pastParticiples = setOf("bought sold won made paid put spent taken given struck set led begun")

// sentenceWords returns the steering words a fact's sentence says, in the
// singular or the plural, anywhere in the stretch that holds its figure:
// up to a colon, a semicolon or the sentence's end, as commas and
// brackets set off words about the same figure ("about $500 million of
// which is going to Cerner as a down payment", "€450 million ($518
// million) in a Series C"), but "the commitment rises: $50 million this
// year" heads figures that are each only a part.
func sentenceWords(asked []string, sentence, figure string) wordSet {
	if len(asked) == 0 || sentence == "" {
		return 0
	}
	at := findFigure(sentence, figure)
	if at < 0 {
		return 0
	}
	stop := func(i int) bool {
		switch sentence[i] {
		case ';', ':', '!', '?':
			return true
		}
		return false
	}
	from, to := at, at+len(figure)
	for from > 0 && !stop(from-1) {
		from--
	}
	for to < len(sentence) && !stop(to) {
		to++
	}
	var n wordSet
	eachWord(sentence[from:to], func(t string, _ int) bool {
		t = strings.ToLower(t)
		for i, w := range asked {
			if sameWord(t, w) {
				n = n.with(i)
			}
		}
		return true
	})
	return n
}

// eachWord calls fn with each word of text (a run of letters or digits,
// as tokenize splits it) as written, and the offset just past it, until fn
// returns false. It allocates nothing, for the figures every question
// reads.
func eachWord(text string, fn func(w string, end int) bool) {
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if !fn(text[start:i], i) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		fn(text[start:], len(text))
	}
}

// countedWord returns the steering words that name what a seat count
// counts, written right after its figure: of "680,000 students and 28,000
// teachers", "teachers" asks for the 28,000, though both figures stand
// beside the question's other words.
func countedWord(asked []string, sentence, figure string) wordSet {
	if len(asked) == 0 || figure == "" {
		return 0
	}
	at := findFigure(sentence, figure)
	if at < 0 {
		return 0
	}
	after := clauseWords(sentence[at+len(figure):], false)
	if len(after) == 0 {
		return 0
	}
	var n wordSet
	for i, w := range asked {
		if sameWord(after[0], w) {
			n = n.with(i)
		}
	}
	return n
}
