package extract

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Lexicon is every word list the extractor reads, by list name ("revenue",
// "strong-deal", ...). DefaultLexicon gives the built-in lists; a caller
// may change their words, but not add or drop lists, as each list has one
// job in the rules.
type Lexicon map[string][]string

// DefaultLexicon returns a copy of the built-in word lists.
func DefaultLexicon() Lexicon {
	lex := Lexicon{}
	for _, l := range defaultLexicon() {
		lex[l.name] = slices.Clone(l.words)
	}
	for _, l := range defaultMarkLists() {
		lex[l.name] = slices.Clone(l.words)
	}
	for _, l := range defaultLookupLists() {
		lex[l.name] = slices.Clone(l.words)
	}
	return lex
}

// disjointLists are pairs of lists that lead to opposite readings of a
// figure, so a word in both would be read both ways.
var disjointLists = [][2]wordList{
	{wStrongDeal, wRevenue},
	{wStrongDeal, wOtherMoneyBefore},
	{wStrongDeal, wOtherMoneyAfter},
	{wWeakDeal, wRevenue},
	{wSeatNouns, wHeadcount},
	{wRollout, wHeadcount},
	{wChangeBefore, wShareHolders},
	{wShareCues, wNotShareBefore},
	{wShareCues, wChangeAfter},
	{wSubjectVerbs, wNotNames},
	{wObjectVerbs, wNotNames},
}

// disjointLookups are pairs of lookup lists that give a word opposite
// readings, where the rule reading them takes the first list's: a word
// in both would read as the first only by the order of the rule's tests.
var disjointLookups = [][2]lookupList{
	{lCFACentral, lCFAWest},
	{lKenyaWords, lTanzaniaWords},
	{lKenyaWords, lUgandaWords},
	{lTanzaniaWords, lUgandaWords},
}

// lexicon is a checked Lexicon: each word maps to the set of lists it is
// in and what it may start, so a rule's question costs one map lookup.
type lexicon struct {
	words map[string]lexiconEntry
	// table holds words once the lexicon is complete (seal), for the
	// lookups extraction makes; until then they read words.
	table wordTable[lexiconEntry]
	// triggers are triggerLists, made once rather than at each word
	// wordTrigger reads.
	triggers listSet
	// byID are the entries of the words tokenize numbers, by number
	// (see wordID), once sealed; nil before.
	byID []lexiconEntry
	// numbered reports, once sealed, that tokenize numbers every word of
	// the lexicon: a word token without a number is in none of its lists.
	numbered bool
}

// entry returns what the lexicon knows of w, a lower-case token.
func (x *lexicon) entry(w string) lexiconEntry {
	if x.table.tags == nil {
		return x.words[w]
	}
	e, _ := x.table.get(w)
	return e
}

// seal makes the lexicon's table: no word is added or marked afterwards.
// It also keeps the entry of each word tokenize numbers (idWords), by
// number: cuesInto reads most tokens' entries so, without a lookup.
func (x *lexicon) seal() {
	x.table = newWordTable(x.words)
	x.byID = make([]lexiconEntry, len(wordIDs.words))
	for i, w := range wordIDs.words {
		x.byID[i] = x.entry(w)
	}
	x.numbered = true
	for w := range x.words {
		if wordIDs.at(w, 0, len(w)) == wdNone {
			x.numbered = false
			break
		}
	}
}

// lexiconEntry is what the lexicon knows of a word.
type lexiconEntry struct {
	lists listSet
	marks wordMark
	// lookups are the lookupLists the word is in, one bit each.
	lookups uint64
}

// has reports whether w, a lower-case token, is in list l.
func (x *lexicon) has(l wordList, w string) bool { return x.entry(w).lists.has(l) }

// in reports whether w, a lower-case token, is in lookup list l.
func (x *lexicon) in(l lookupList, w string) bool { return x.entry(w).lookups&(1<<l) != 0 }

// tokenEntry is entry of t's lower-case text, read by t's number when
// tokenize gave it one, as cuesInto reads it: the words rules ask of are
// most of those they look up, and the number spares hashing the text.
func (x *lexicon) tokenEntry(t *token) lexiconEntry {
	if t.id != wdNone && x.byID != nil {
		return x.byID[t.id]
	}
	if t.kind == tokWord && x.numbered {
		return lexiconEntry{}
	}
	return x.entry(t.lower)
}

// tokIn reports whether token t is in lookup list l, as in does of its
// lower-case text.
func (x *lexicon) tokIn(l lookupList, t *token) bool { return x.tokenEntry(t).lookups&(1<<l) != 0 }

// add adds word w to list l.
func (x *lexicon) add(w string, l wordList) {
	e := x.words[w]
	e.lists.add(l)
	x.words[w] = e
}

// mark gives word w the mark m.
func (x *lexicon) mark(w string, m wordMark) {
	e := x.words[w]
	e.marks |= m
	x.words[w] = e
}

// newLexicon checks a Lexicon and prepares it for the extractor. Every
// built-in list must be present and no other; every word must be one
// lower-case token as the tokenizer splits text, or it could never match;
// no word may repeat within a list, nor be in two lists that read a figure
// opposite ways. The error names each word that fails.
func newLexicon(lex Lexicon) (*lexicon, error) {
	byName := map[string]wordList{}
	for _, l := range defaultLexicon() {
		byName[l.name] = l.list
	}
	markOf := map[string]wordMark{}
	for _, l := range defaultMarkLists() {
		markOf[l.name] = l.mark
	}
	lookupOf := map[string]lookupList{}
	for _, l := range defaultLookupLists() {
		lookupOf[l.name] = l.list
	}
	x := &lexicon{words: map[string]lexiconEntry{}, triggers: triggerLists()}
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(lex)) {
		l, isList := byName[name]
		m, isMark := markOf[name]
		lk, isLookup := lookupOf[name]
		if !isList && !isMark && !isLookup {
			errs = append(errs, fmt.Errorf("lexicon: no rule reads a list called %q", name))
			continue
		}
		seen := map[string]bool{}
		for _, w := range lex[name] {
			toks := tokenize(w)
			switch {
			case len(toks) != 1 || toks[0].kind == tokSym:
				errs = append(errs, fmt.Errorf("lexicon: %q in %s is not one word token, so it can never match; split it or drop it", w, name))
			case toks[0].lower != w:
				errs = append(errs, fmt.Errorf("lexicon: %q in %s is not lower case; text is matched lower-cased", w, name))
			case seen[w]:
				errs = append(errs, fmt.Errorf("lexicon: %q is twice in %s", w, name))
			}
			seen[w] = true
			switch {
			case isList:
				x.add(w, l)
			case isMark:
				x.mark(w, m)
			default:
				e := x.words[w]
				e.lookups |= 1 << lk
				x.words[w] = e
			}
		}
	}
	// Sorted, so that the message reads the same on every run.
	names := append(slices.Collect(maps.Keys(markOf)), slices.Collect(maps.Keys(byName))...)
	names = append(names, slices.Collect(maps.Keys(lookupOf))...)
	slices.Sort(names)
	for _, name := range names {
		if _, ok := lex[name]; !ok {
			errs = append(errs, fmt.Errorf("lexicon: list %s is missing", name))
		}
	}
	// Sorted once, so that the messages read the same on every run.
	words := slices.Sorted(maps.Keys(x.words))
	for _, pair := range disjointLists {
		for _, w := range words {
			if x.has(pair[0], w) && x.has(pair[1], w) {
				errs = append(errs, fmt.Errorf("lexicon: %q is in both %s and %s, which read a figure opposite ways", w, listName(pair[0]), listName(pair[1])))
			}
		}
	}
	for _, pair := range disjointLookups {
		for _, w := range words {
			if x.in(pair[0], w) && x.in(pair[1], w) {
				errs = append(errs, fmt.Errorf("lexicon: %q is in both %s and %s, which read it opposite ways", w, lookupName(pair[0]), lookupName(pair[1])))
			}
		}
	}
	return x, errors.Join(errs...)
}

func lookupName(l lookupList) string {
	for _, d := range defaultLookupLists() {
		if d.list == l {
			return d.name
		}
	}
	return fmt.Sprintf("lookup list %d", l)
}

func listName(l wordList) string {
	for _, d := range defaultLexicon() {
		if d.list == l {
			return d.name
		}
	}
	return fmt.Sprintf("list %d", l)
}

// Knowledge is what an extractor knows besides its rules: the word lists,
// the names of companies, places, products and research firms, and the
// leaders of markets.
type Knowledge struct {
	Lexicon       Lexicon
	Companies     []Company
	Places        []Place
	Products      []Product
	Measurers     []Measurer
	MarketLeaders []MarketLeaders
}

// DefaultKnowledge returns a copy of the built-in knowledge, for a caller
// to extend (a company the list lacks) before NewWith.
func DefaultKnowledge() Knowledge {
	return Knowledge{
		Lexicon:       DefaultLexicon(),
		Companies:     DefaultCompanies(),
		Places:        DefaultPlaces(),
		Products:      DefaultProducts(),
		Measurers:     DefaultMeasurers(),
		MarketLeaders: DefaultMarketLeaders(),
	}
}

// Extractor finds facts in articles with one Knowledge. It holds no state
// between calls, only memory one call lends the next: one Extractor serves
// any number of goroutines.
type Extractor struct {
	lex *lexicon
	gaz gazetteer // companies
	// typed maps the keys of the companies' Typed names to their
	// canonical names, for TypedNames.
	typed map[string]string
	// names holds places, products and research firms in one matcher,
	// each canonical name prefixed with its kind, so a sentence is scanned
	// for all three at once.
	names gazetteer
	// measurers are the research firms of the knowledge, for
	// KnownMeasurers.
	measurers []Measurer
	// measurerKeys maps each research firm's name and aliases, folded to
	// lower-case ASCII (asciiFold), to its name, for publicationMeasurer.
	measurerKeys map[string]string
	// places are the knowledge's countries and regions, for KnownPlaces.
	places []Place
	// vendorOf maps a product to the company that sells it.
	vendorOf map[string]string
	// productMakers maps the names of the products and of the companies'
	// Company.Products to their makers, for ProductMakers.
	productMakers map[string]string
	regions       map[string]bool
	dollars       map[string]string
	// within maps a state or province to its country (Place.Within).
	within map[string]string
	// currencies are the places' own currencies of Place.Currency.
	currencies  map[string]string
	providers   map[string]int
	governments map[string]bool
	// governmentOf maps a country to the party its government is.
	governmentOf map[string]string
	// nations are the parties of governmentOf: a country's government,
	// which money pledged to the country goes to.
	nations map[string]bool
	rules   rulesByKind
	// leaders names "the top three" of a market when the article does not.
	leaders []marketLeaders
	// epithets are the homes and trades of the companies known, for
	// reading "the Redmond company" or "the retailer" as one of them.
	epithets *epithetTable
	// fp is the extractor's Fingerprint.
	fp *fingerprint
	// arenas are the sentence arenas of finished articles, for the next
	// ones to fill: an article's arrays cost more to allocate and collect
	// than to reuse. They are an extractor's own; the knowledge above is
	// only read once built, and extractors may share it.
	arenas *sync.Pool

	// makers are the companies of vendorOf, for telling a seat deal's
	// seller from its buyer when no product is named.
	makers map[string]bool
}

// New returns an extractor with the built-in knowledge. The
// knowledge is built, and its lexicon checked, once when the package loads
// and only read afterwards, so every extractor New returns shares
// it and costs next to nothing; a caller that knows more companies builds
// its own with NewWith and passes that instead.
func New() *Extractor {
	e := *defaultExtractor
	e.arenas = &sync.Pool{}
	return &e
}

// NewWith returns an extractor that reads k. It fails when the lexicon
// does not pass newLexicon's checks, a company or research firm has no
// name, or a market's leaders are not companies k names.
func NewWith(k Knowledge) (*Extractor, error) {
	x, err := newLexicon(k.Lexicon)
	if err != nil {
		return nil, err
	}
	for i, c := range k.Companies {
		if strings.TrimSpace(c.Name) == "" {
			return nil, fmt.Errorf("company %d of %d has no name", i+1, len(k.Companies))
		}
	}
	for i, m := range k.Measurers {
		if strings.TrimSpace(m.Name) == "" {
			return nil, fmt.Errorf("research firm %d of %d has no name", i+1, len(k.Measurers))
		}
	}
	leaders, err := checkMarketLeaders(k.MarketLeaders, k.Companies)
	if err != nil {
		return nil, err
	}
	e := &Extractor{
		lex: x, gaz: buildGazetteer(k.Companies),
		vendorOf: map[string]string{}, makers: map[string]bool{}, regions: map[string]bool{}, dollars: map[string]string{}, within: map[string]string{},
		currencies: map[string]string{},
		providers:  defaultProviderRanks(), governments: defaultGovernments(), governmentOf: map[string]string{}, nations: map[string]bool{}, rules: byKind(extractionRules()),
		leaders: leaders, arenas: &sync.Pool{}, fp: &fingerprint{knowledge: knowledgeHash(k)},
	}
	e.epithets = newEpithetTable(defaultCompanyHomes(), func(name string) bool {
		return slices.ContainsFunc(k.Companies, func(c Company) bool { return c.Name == name })
	})
	e.typed = map[string]string{}
	e.productMakers = map[string]string{}
	for _, c := range k.Companies {
		for _, t := range c.Typed {
			if key := strings.Join(aliasWords(t), " "); key != "" {
				e.typed[key] = c.Name
			}
		}
		for _, p := range c.Products {
			e.productMakers[p] = c.Name
		}
	}
	for _, p := range k.Products {
		maker := p.Vendor
		if c, ok := e.Canonical(maker); ok {
			maker = c // GitHub Copilot is Microsoft's
		}
		// A name that is also a word ("Teams", "Cursor") is one only
		// written with a capital, which a question typed in lower case
		// does not show.
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			if _, taken := e.productMakers[name]; !taken && maker != "" && !slices.Contains(p.Capitalised, name) {
				e.productMakers[name] = maker
			}
		}
	}
	for _, m := range k.Measurers {
		e.measurers = append(e.measurers, Measurer{Name: m.Name, Aliases: slices.Clone(m.Aliases), Region: m.Region, Monthly: m.Monthly})
	}
	e.measurerKeys = measurerKeys(e.measurers)
	for _, p := range k.Places {
		p.Aliases = slices.Clone(p.Aliases)
		e.places = append(e.places, p)
	}
	names := placeEntries(k.Places)
	for _, p := range k.Products {
		names = append(names, Company{Name: kindProduct + p.Name, Aliases: append([]string{p.Name}, p.Aliases...), Capitalised: p.Capitalised})
		e.vendorOf[p.Name] = p.Vendor
		e.makers[p.Vendor] = true
	}
	for _, m := range k.Measurers {
		names = append(names, Company{Name: kindMeasurer + m.Name, Aliases: append([]string{m.Name}, m.Aliases...)})
	}
	for _, p := range k.Places {
		if p.In != "" {
			continue
		}
		e.regions[p.Name] = p.Region
		e.dollars[p.Name] = p.Dollar
		if p.Within != "" {
			e.within[p.Name] = p.Within
		}
		if p.Currency != "" {
			e.currencies[p.Name] = p.Currency
		}
		if p.Government != "" {
			e.governmentOf[p.Name] = p.Government
			e.governments[p.Government] = true
			e.nations[p.Government] = true
		}
	}
	e.names = buildGazetteer(names)
	for w := range e.gaz.firstWords {
		x.mark(w, startsCompany)
	}
	for w := range e.names.firstWords {
		x.mark(w, startsName)
	}
	for w := range wordNumbers {
		x.mark(w, startsQuantity)
	}
	x.seal()
	return e, nil
}

// defaultExtractor is built, and its lexicon checked, when the package
// loads and never changed afterwards: New copies its knowledge into an
// extractor with arenas of its own. No other code reads it (tests borrow
// its checked lexicon), so every use of the built-in knowledge goes through
// an extractor a caller holds.
var defaultExtractor = mustExtractor(NewWith(DefaultKnowledge()))

// init numbers every word of the built-in lexicon, once the package's
// variables are made and before any extraction: a word token without a
// number then needs no lookup in the lexicon (cuesInto), which every
// word of every sentence made. No token is kept from before.
func init() {
	wordIDs = wordIDs.withWords(slices.Collect(maps.Keys(defaultExtractor.lex.words)))
	defaultExtractor.lex.seal()
	defaultExtractor.gaz.numberFirstSteps()
	defaultExtractor.names.numberFirstSteps()
}

func mustExtractor(e *Extractor, err error) *Extractor {
	if err != nil {
		panic("extract: the built-in lexicon is invalid: " + err.Error())
	}
	return e
}
