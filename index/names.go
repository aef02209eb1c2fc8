package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// Guess is a name in a question that dealbot read as something it is not
// spelled as: a misspelled company, or a group of companies. Answers say so,
// so that a wrong guess is seen at once.
type Guess struct {
	// Typed is the name as the question spelled it.
	Typed string
	// Companies are the companies it was read as.
	Companies []string
	// Group is true when Typed names several companies ("hyperscalers"),
	// false when it is a misspelling of one.
	Group bool
}

// String says what the guess was, for showing with an answer: "Showing
// Microsoft for “micorsoft”", "Showing Amazon, Microsoft and Google for
// “hyperscalers”". Typed is the user's own text: escape it for the surface
// it is shown on.
func (g Guess) String() string {
	names := strings.Join(g.Companies, ", ")
	if i := strings.LastIndex(names, ", "); i >= 0 {
		names = names[:i] + " and " + names[i+2:]
	}
	return "Showing " + names + " for “" + g.Typed + "”"
}

// groups are names people use for several companies at once. A question
// reads a group as those of its companies the extractor knows, and does
// not know a group none of whose companies it knows.
var groups = []group{
	{[]string{"big three", "big 3", "hyperscalers", "hyperscaler", "big three clouds", "top three clouds"},
		[]string{"Amazon", "Microsoft", "Google"}},
	{[]string{"neoclouds", "neocloud", "neo clouds"}, []string{"CoreWeave", "Nebius", "Lambda", "Crusoe"}},
	{[]string{"big tech"}, []string{"Amazon", "Apple", "Google", "Meta", "Microsoft"}},
	{[]string{"magnificent seven", "magnificent 7", "mag 7", "mag7", "mag seven"},
		[]string{"Apple", "Microsoft", "Google", "Amazon", "Nvidia", "Meta", "Tesla"}},
}

// group is a name for several companies at once.
type group struct {
	names     []string
	companies []string
}

// wordNames are typed names that are also ordinary words of a question
// ("crm market share" may mean the CRM market): they name the company and
// still steer to the articles that use the word.
var wordNames = setOf("crm")

// Typos: a word of a question is read as the company whose name it is
// closest to when the name has at least minTypoLen letters and the word is
// at most one edit from it (two from a name of longTypoLen letters or more),
// an edit being a letter added, dropped, changed or two letters swapped.
// Shorter names are too easily one letter from an ordinary word.
const (
	minTypoLen  = 5
	longTypoLen = 8
	// maxTypoChecks is how many possible misspellings of one question are
	// checked against the articles' words, each a search.
	maxTypoChecks = 3
)

// found is one name recognised in a question.
type found struct {
	companies []string
	guess     *Guess
	// steers is true when the name's words should still steer the search:
	// names the articles gave rather than the extractor's companies, whose
	// facts may not carry them as a party, and names that are also words.
	steers bool
	// known is true for a name the articles gave.
	known bool
	// alsoWord is true for a ticker that is also an ordinary word.
	alsoWord bool
	// product is true for a product's name read as its maker: the
	// question may ask for the product's figures alone.
	product bool
	// region is true for a country, which a market-share question means as
	// a region rather than a party.
	region bool
	// measurer is true for a research firm, which a market-share question
	// names as the source of a share rather than a party to it.
	measurer bool
}

// names is what the question parser knows of companies: the companies of
// the extractor the articles were read with, with the tickers and nicknames
// people type for them and the groups they make, and the organisations of
// the indexed articles. It is never written after it is
// made, so questions read it concurrently.
type names struct {
	// x knows the companies by name, as it knew them when it read the
	// articles.
	x *extract.Extractor
	// known maps a name's words, lower case and joined by one space, to
	// the organisation they name in the indexed articles.
	known map[string]knownName
	// longest is the most words of any name.
	longest int
	// typed maps the tickers and nicknames of x's companies
	// (extract.Company.Typed) to the companies.
	typed map[string]string
	// products maps the names of products whose words name no company
	// ("gemini", "chatgpt enterprise", "bedrock") to their makers
	// (extract.Extractor.ProductMakers).
	products map[string]string
	// wordNames are x's names that are also ordinary words
	// (extract.Extractor.WordNames).
	wordNames map[string]bool
	// groups are the groups of companies x knows, each with only the
	// companies x knows.
	groups []group
	// typoTargets are the single-word names a misspelling may stand for,
	// longest first.
	typoTargets []typoTarget
	// swapTargets are the names one letter shorter than minTypoLen,
	// which a word misspells only by two letters swapped ("kpgm").
	swapTargets []typoTarget
	// joined maps a name of several words written as one ("silverlake",
	// "netmagic") to the name's words joined by one space; "" when two
	// names join the same way, so neither is guessed.
	joined map[string]string
	// governments maps a country to the party its government is in the
	// facts ("Canada" to "Canadian government"), lower case.
	governments map[string]string
	// placeWords are the words of the places the extractor knows, lower
	// case: none is taken for a company's name misspelled.
	placeWords map[string]bool
}

// knownName is an organisation named in the indexed articles.
type knownName struct {
	name     string
	country  bool
	measurer bool
}

type typoTarget struct {
	word, company string
}

// newNames makes the question parser's names from the companies and
// research firms x knows and the organisations of an index (none for a
// question read without one).
func newNames(x *extract.Extractor, orgs []corpus.Organisation) *names {
	n := &names{x: x, known: map[string]knownName{}, longest: 4, typed: x.TypedNames(), wordNames: map[string]bool{}}
	for _, w := range x.WordNames() {
		n.wordNames[w] = true
	}
	for _, g := range groups {
		var known []string
		for _, c := range g.companies {
			if canonical, ok := x.Canonical(c); ok && canonical == c {
				known = append(known, c)
			}
		}
		if len(known) > 0 {
			n.groups = append(n.groups, group{names: g.names, companies: known})
		}
	}
	n.products = map[string]string{}
	for name, maker := range x.ProductMakers() {
		key := strings.Join(tokenize(name), " ")
		if _, known := x.Canonical(maker); !known || !usableName(key) || n.namesCompany(key) {
			// "microsoft teams", "amazon q", "zoho mail": the maker's
			// own name already names it.
			continue
		}
		n.products[key] = maker
		n.longest = max(n.longest, strings.Count(key, " ")+1)
	}
	firms := map[string]bool{}
	for _, m := range x.KnownMeasurers() {
		for _, name := range append([]string{m.Name}, m.Aliases...) {
			firms[strings.Join(tokenize(name), " ")] = true
		}
	}
	for _, o := range orgs {
		if _, known := x.Canonical(o.Name); known {
			continue
		}
		for _, alias := range append([]string{o.Name}, o.Aliases...) {
			key := strings.Join(tokenize(alias), " ")
			if !usableName(key) {
				continue
			}
			if _, known := x.Canonical(key); known {
				continue
			}
			if _, taken := n.known[key]; taken {
				continue // the stored list is in order of precedence
			}
			n.known[key] = knownName{name: o.Name, country: o.Country || regions[key], measurer: firms[key] || firms[strings.Join(tokenize(o.Name), " ")]}
			n.longest = max(n.longest, strings.Count(key, " ")+1)
		}
	}
	// The extractor credits a country's deals as buyer to its government
	// by the name the press gives it: "canada cohere" asks about the
	// money the Canadian government put in.
	n.governments = map[string]string{}
	n.placeWords = map[string]bool{}
	for _, p := range x.KnownPlaces() {
		if p.Government != "" {
			n.governments[p.Name] = strings.ToLower(p.Government)
		}
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			for _, w := range tokenize(name) {
				n.placeWords[w] = true
			}
		}
	}
	n.joined = map[string]string{}
	join := func(key string) {
		one := strings.ReplaceAll(key, " ", "")
		if one == key || utf8.RuneCountInString(one) < minTypoLen {
			return
		}
		if was, ok := n.joined[one]; ok && was != key {
			key = ""
		}
		n.joined[one] = key
	}
	for _, c := range x.KnownCompanies() {
		join(strings.Join(tokenize(c), " "))
	}
	for key := range n.typed {
		join(key)
	}
	for key := range n.known {
		join(key)
	}
	seen := map[string]bool{}
	addTarget := func(word, company string) {
		if strings.Contains(word, " ") || seen[word] {
			return
		}
		switch l := utf8.RuneCountInString(word); {
		case l == minTypoLen-1:
			seen[word] = true
			n.swapTargets = append(n.swapTargets, typoTarget{word, company})
		case l >= minTypoLen:
			seen[word] = true
			n.typoTargets = append(n.typoTargets, typoTarget{word, company})
		}
	}
	for _, c := range x.KnownCompanies() {
		addTarget(strings.ToLower(c), c)
	}
	for key, c := range n.typed {
		addTarget(key, c)
	}
	for key, k := range n.known {
		addTarget(key, k.name)
	}
	slices.SortFunc(n.typoTargets, func(a, b typoTarget) int {
		if c := cmp.Compare(len(b.word), len(a.word)); c != 0 {
			return c
		}
		return strings.Compare(a.word, b.word)
	})
	return n
}

// usableName reports whether a name's key may name an organisation in a
// question: not a word that questions use for something else, nor only
// numbers, periods and dates ("Q1", "FY2024", "March 2024"), which articles
// sometimes seem to give as names.
func usableName(key string) bool {
	if len(key) < 2 || (!strings.Contains(key, " ") && (stopWords[key] || isIntentWord(key) || plainWords[key])) {
		return false
	}
	// A name of ordinary words around a noun for a kind of party ("cloud
	// providers", "the service providers") is a description an article
	// gave a party, which a question means plainly: "top five cloud
	// providers".
	plain, kind := true, false
	for _, w := range strings.Fields(key) {
		kind = kind || partyNouns[w]
		plain = plain && (stopWords[w] || isIntentWord(w) || plainWords[w] || partyNouns[w] || isPeriodWord(w))
	}
	if plain && kind {
		return false
	}
	for _, w := range strings.Fields(key) {
		if !isPeriodWord(w) {
			return true
		}
	}
	return false
}

// partyNouns are the words that name a kind of party rather than one:
// "cloud providers", "chip makers".
var partyNouns = setOf(`provider providers vendor vendors company companies firm firms player players maker makers
operator operators customer customers supplier suppliers leader leaders rival rivals`)

// isPeriodWord reports whether a word only says when: a number, a quarter
// or half ("q3", "h1"), a fiscal year ("fy2025") or a month.
func isPeriodWord(w string) bool {
	if isNumber(w) || months[w] {
		return true
	}
	for _, p := range []string{"q", "h", "fy", "cy"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && isNumber(rest) {
			return true
		}
	}
	return false
}

// plainWords are words of questions that an article may seem to give as a
// name ("Cloud", "Government", a market such as "DRAM") but that a question
// means plainly.
var plainWords = setOf(`cloud data ai market revenue contract contracts government bank banks company group
capital services service software platform partners fund agency ministry department council office state
trial pilot users licences licenses seats total global worldwide public private first latest
dram nand flash memory foundry foundries server servers smartphone smartphones pc pcs cpu cpus gpu gpus
chip chips semiconductor semiconductors`)

// regions are places a market-share question narrows to, as countries are.
var regions = map[string]bool{
	"europe": true, "asia": true, "africa": true, "emea": true, "apac": true, "americas": true, "latam": true,
	"oceania": true, "north america": true, "south america": true, "latin america": true, "middle east": true,
	"asia pacific": true,
}

var months = setOf(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)

// lookup returns what the words of key name, if anything.
func (n *names) lookup(key string) (found, bool) {
	for _, g := range n.groups {
		if slices.Contains(g.names, key) {
			return found{companies: g.companies, guess: &Guess{Typed: key, Companies: g.companies, Group: true}}, true
		}
	}
	if c, ok := n.x.Canonical(key); ok {
		// A name that is also a word ("acquisition target") names the
		// company only when nothing else in the question does.
		word := n.wordNames[key]
		return found{companies: []string{c}, steers: word, alsoWord: word}, true
	}
	if c, ok := n.typed[key]; ok {
		return found{companies: []string{c}, steers: wordNames[key], alsoWord: wordNames[key]}, true
	}
	if k, ok := n.known[key]; ok {
		return found{companies: []string{k.name}, steers: true, known: true, region: k.country, measurer: k.measurer}, true
	}
	if c, ok := n.products[key]; ok {
		// "gemini users" asks about Google's product: its maker's facts
		// answer, those that say the product first, and the answer says
		// whose figures it shows, as the name is not the company's. An
		// organisation the articles name as a product is named ("Gemini
		// for Government") is the one above: its articles are those
		// asked about.
		return found{companies: []string{c}, guess: &Guess{Typed: key, Companies: []string{c}}, steers: true, product: true}, true
	}
	return found{}, false
}

// namesCompany reports whether a run of key's words is the name, ticker or
// nickname of a company x knows.
func (n *names) namesCompany(key string) bool {
	words := strings.Fields(key)
	for i := range words {
		for j := i + 1; j <= len(words); j++ {
			run := strings.Join(words[i:j], " ")
			if _, ok := n.x.Canonical(run); ok {
				return true
			}
			if _, ok := n.typed[run]; ok {
				return true
			}
		}
	}
	return false
}

// joinedName reads a word that is a name of several words typed without
// its spaces ("silverlake" for Silver Lake, "netmagic" for Net Magic), as
// people type names they know by ear. It is shown as a guess, as a
// misspelling is, and steers nothing: no article writes the name so.
func (n *names) joinedName(word string) (found, bool) {
	key := n.joined[word]
	if key == "" {
		return found{}, false
	}
	f, ok := n.lookup(key)
	if !ok || f.guess != nil || f.alsoWord {
		return found{}, false
	}
	f.steers = false
	f.guess = &Guess{Typed: word, Companies: f.companies}
	return f, true
}

// typo returns the company a word misspells, if it is close to exactly one
// name and is long enough to be trusted.
func (n *names) typo(word string) (typoTarget, bool) {
	if n.placeWords[word] {
		// "saudi arabia" asks about a country, not the airline Saudia
		// one letter away: a word of a place's name is no misspelling.
		return typoTarget{}, false
	}
	l := utf8.RuneCountInString(word)
	if l == minTypoLen-1 {
		return n.swapped(word)
	}
	if l < minTypoLen {
		return typoTarget{}, false
	}
	best, bestDist, ties := typoTarget{}, 3, 0
	for _, t := range n.typoTargets {
		tl := utf8.RuneCountInString(t.word)
		allowed := 1
		if tl >= longTypoLen {
			allowed = 2
		}
		if abs(tl-l) > allowed || t.word == word {
			continue
		}
		d := editDistance(word, t.word, allowed)
		switch {
		case d > allowed:
		case d < bestDist:
			best, bestDist, ties = t, d, 1
		case d == bestDist && best.company != t.company:
			ties++
		}
	}
	return best, ties == 1
}

// swapped returns the short name a word spells with two neighbouring
// letters swapped ("kpgm" for KPMG, "dlel" for Dell), if it is exactly
// one: a name of four letters is too near ordinary words for a letter
// added, dropped or changed, but a swap of its letters rarely makes one.
func (n *names) swapped(word string) (typoTarget, bool) {
	var best typoTarget
	found := 0
	for _, t := range n.swapTargets {
		if t.word == word || len(t.word) != len(word) || editDistance(word, t.word, 1) != 1 || !sameLetters(word, t.word) {
			continue
		}
		if found == 0 || best.company != t.company {
			found++
		}
		best = t
	}
	return best, found == 1
}

// sameLetters reports whether a and b hold the same letters, so that one
// edit between them is a swap rather than a letter changed.
func sameLetters(a, b string) bool {
	var count [256]int
	for i := 0; i < len(a); i++ {
		count[a[i]]++
	}
	for i := 0; i < len(b); i++ {
		count[b[i]]--
	}
	for _, c := range count {
		if c != 0 {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// editDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and swaps of adjacent letters),
// or more than limit as soon as it must be.
func editDistance(a, b string, limit int) int {
	s, t := []rune(a), []rune(b)
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}
