package index

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// Question is what dealbot understood of a query.
type Question struct {
	// Text is the query as asked.
	Text string
	// Companies are the canonical companies named, in the order asked.
	Companies []string
	// Kind is the kind of fact asked for; empty when the query does not say.
	Kind corpus.Kind
	// Words are the query's searchable words, lower-cased, stop words and
	// punctuation dropped. They are only ever passed to match and term
	// queries built in code, so no word has a meaning to a search engine.
	Words []string
	// Steering are the Words that are neither company names nor intent
	// words: a year, a product, a research firm, a contract name. They
	// narrow the answer to the articles that use them.
	Steering []string
	// View is the shape of answer asked for: a plain answer, or a
	// comparison, a timeline or the latest deals.
	View View
	// Order is how the question wants figures ordered when it says so
	// ("latest", "first", "biggest"); empty means by relevance.
	Order Order
	// Ignored are the words past the first MaxQueryWords distinct ones
	// that had no effect: not searched for, and naming no company, kind
	// of figure or order.
	Ignored []string
	// Guesses are the names read as something other than what was typed: a
	// misspelled company, a group of companies.
	Guesses []Guess
	// steered is true when a company was known only from the indexed
	// articles, whose facts may not name it: the facts of articles that
	// name it answer too.
	steered bool
	// fromArticles are the Companies known only from the indexed articles'
	// text, and namedIn, once the index has looked, the articles naming
	// each: such an organisation is often no fact's party ("the Cabinet
	// Office is moving 15,000 users"), so the facts of an article that
	// names it are about it too.
	fromArticles []string
	namedIn      map[string]map[string]bool
	// places are the fromArticles that are countries: articles name them
	// in passing, so naming one makes an article's facts about it only
	// when they name another company asked for.
	places []string
	// says holds, for each article among those that could answer, which
	// of the Steering words it says (bit i for Steering[i]); a word too
	// many articles say is not counted, as it narrows nothing.
	says map[string]wordSet
	// narrows are the Steering words few enough articles say to narrow
	// an answer.
	narrows wordSet
	// intentWords are the Words that say which kind of figure is asked
	// for; some also name a deal type ("investment", "funding",
	// "licences").
	intentWords []string
	// cumulative is true when the question asks for what has been added up
	// so far ("this year", "to date") without saying "total".
	cumulative bool
	// seeking is true when the question asks for money being raised now
	// ("how much is xai raising"): a round in talks answers it.
	seeking bool
	// earlier is true when the question asks what a figure was before
	// ("before", "previous", "a year earlier"), not what it is now.
	earlier bool
	// who is true when the question asks who paid or was paid ("who
	// invested in xai", "which fund bought airtrunk"): a figure whose
	// deal names the other side answers it, one that names only the
	// company asked about does not say who.
	who bool
	// ordered is true when a word of the question asked for its Order
	// ("latest round"), not only its view.
	ordered bool
	// rate is the period the question asks an amount per ("year" for
	// "how much does snap pay google each year"); empty when it asks for
	// none.
	rate string
	// part is true when the question asks for a part of a deal ("how
	// much of the lease", "what portion"), not its whole.
	part bool
	// aliases are the other names, lower case, that the question gave
	// Companies ("github" for Microsoft): a fact may name the company by
	// that name as a party of its own.
	aliases map[string][]string
	// productWords are, for each company the question names only by a
	// product ("gemini" for Google), the one-word names of its products
	// the question says: an article that says one is about the maker,
	// whether or not its facts name it.
	productWords map[string][]string
	// governments are the parties, lower case, that the governments of
	// the countries asked for are in the facts ("canadian government"
	// for Canada): a deal the government made is the country's.
	governments map[string]string
	// parties are the Companies as named: one company, or the members of a
	// group named at once; a name given twice adds its companies once.
	parties [][]string
	// payer is the party named before a verb of paying ("what did hpe pay
	// for juniper", "how much has amazon invested"): the question asks
	// for the money it paid, not money paid to it.
	payer []string
	// payee is the one company a question asking what was raised or paid
	// for names ("how much did xai raise"): the money went to it.
	payee []string
	// together is true when the question asks for what companies hold
	// together ("combined", "jointly"), and groupSize, when not zero, how
	// many they are when it counts them without naming them ("the top
	// five iaas providers", "four leaders"). Neither word narrows which
	// articles answer: an article may say "together" where the question
	// says "combined".
	together  bool
	groupSize int
	// figures are the amounts the question quotes ("microsoft g42
	// 1.5bn", "barclays copilot 100k"): the fact giving one of them is
	// the one asked about.
	figures []quotedFigure
	// round is the letter of the funding round the question names ("a"
	// of "harvey series a"), which may be a stop word and so no Steering
	// word; empty when it names none.
	round string
	// unsaid are the Steering words no article says (bit i for
	// Steering[i]): a question naming no company is not left without an
	// answer by one word the articles put otherwise ("jftc" for the fair
	// trade commission).
	unsaid wordSet
}

// payVerbs are the question words whose subject pays.
var payVerbs = setOf(`pay paid pays paying buy bought buys buying acquire acquired acquires
invest invested invests investing spend spent spends spending put puts putting
pour poured pours pouring inject injected injects injecting commit committed commits committing
pledge pledged pledges lend lent lends lending back backed backs backing`)

// whoWords start a question asking which party a deal had.
var whoWords = setOf("who which whom whos")

// whichParties after "which" make it ask for a party ("which fund backed
// mistral"); "which deals did amazon sign" asks for deals, not who.
var whichParties = setOf("firm firms company companies fund funds investor investors backer backers bank banks vc vcs buyer buyers bidder bidders vendor vendors supplier suppliers customer customers lender lenders government governments")

// raiseWords ask for money a company raised or was paid for itself: of a
// question naming one company, that company is the paid side.
var raiseWords = setOf("raise raised raises raising fundraise fundraising sale sold seller")

// receiveVerbs are the question words whose subject is paid: "how much did
// anthropic get from amazon" asks for the money Amazon paid.
var receiveVerbs = setOf("get gets got getting receive received receives receiving")

// moneyFrom are the nouns of money a company gets, whose payer a question
// names after "from" right after the noun ("funding from google").
var moneyFrom = setOf(`funding investment investments backing loan loans financing money cash capital grant grants
subsidy subsidies contract contracts award awards order orders`)

// payerOf returns the party a question says pays: the first party named
// when it is named before the question's first verb of paying, or the
// party named after a verb of being paid ("how much did anthropic get
// from amazon") or after "from" right after a noun of money ("anthropic
// funding from google"); else nil.
func payerOf(tokens []string, named map[int]bool, parties [][]string) []string {
	if len(parties) == 0 {
		return nil
	}
	first := -1
	for i, t := range tokens {
		switch {
		case named[i] && first < 0:
			first = i
		case payVerbs[t] && !named[i]:
			if first < 0 {
				return nil
			}
			return parties[0]
		case moneyFrom[t] && !named[i] && paidFrom(tokens[:min(i+4, len(tokens))], named, i):
			// "anthropic funding from google", "a contract from the
			// pentagon": the money came from the party named after
			// "from", as after a verb of being paid.
			if first < 0 {
				return parties[0]
			}
			if len(parties) > 1 {
				return parties[1]
			}
			return nil
		case receiveVerbs[t] && !named[i]:
			// The payer is the party named after the verb and "from":
			// the second named when the receiver came first, else the
			// first. "get snowflake nvidia" asks for a deal, and says
			// nothing of who paid.
			if !paidFrom(tokens, named, i) {
				return nil
			}
			if first < 0 {
				return parties[0]
			}
			if len(parties) > 1 {
				return parties[1]
			}
			return nil
		}
	}
	return nil
}

// paidBeforeNamed reports a verb of paying before the first company a
// question names: "who bought qualcomm", "who invested in kao data",
// "which fund acquired airtrunk" ask who paid the company named.
func paidBeforeNamed(tokens []string, named map[int]bool) bool {
	for i, t := range tokens {
		if named[i] {
			return false
		}
		if payVerbs[t] {
			return true
		}
	}
	return false
}

// paidFrom reports "from" after position i with a company named right
// after it or after "the": "get from amazon", "receive from the pentagon".
func paidFrom(tokens []string, named map[int]bool, i int) bool {
	for j := i + 1; j+1 < len(tokens); j++ {
		if tokens[j] == "from" {
			return named[j+1] || j+2 < len(tokens) && tokens[j+1] == "the" && named[j+2]
		}
	}
	return false
}

// MaxQueryWords is how many distinct words of a question are searched for.
// Questions people ask use a handful; past that, each word adds a search
// over every article and nothing to the answer.
const MaxQueryWords = 12

// View is the shape of answer a question asks for, named by its first word.
type View string

// The views. ViewAnswer is the plain answer; the others are asked for by
// starting the question with their name: "compare aws azure google",
// "timeline microsoft openai", "latest".
const (
	ViewAnswer   View = ""
	ViewCompare  View = "compare"
	ViewTimeline View = "timeline"
	ViewLatest   View = "latest"
)

// Order is how a question wants its figures ordered.
type Order string

// The orders a question can ask for with words such as "latest", "first" or
// "biggest".
const (
	ByRelevance Order = ""
	Newest      Order = "newest"
	Oldest      Order = "oldest"
	Biggest     Order = "biggest"
)

// orderWords map words of a question to the order they ask for.
var orderWords = map[string]Order{
	"latest": Newest, "newest": Newest, "recent": Newest, "recently": Newest, "last": Newest, "current": Newest,
	"currently": Newest, "now": Newest, "today": Newest,
	"first": Oldest, "earliest": Oldest, "oldest": Oldest, "initial": Oldest, "initially": Oldest, "original": Oldest, "originally": Oldest,
	"start": Oldest, "started": Oldest, "began": Oldest, "begin": Oldest,
	"biggest": Biggest, "largest": Biggest, "top": Biggest, "expensive": Biggest, "priciest": Biggest,
}

// viewWords are the first words that ask for a view.
var viewWords = map[string]View{
	"compare": ViewCompare, "comparison": ViewCompare, "vs": ViewCompare, "versus": ViewCompare,
	"timeline": ViewTimeline, "history": ViewTimeline,
	"latest": ViewLatest, "newest": ViewLatest, "recent": ViewLatest,
}

// quarters spell each quarter the ways a question or an article may:
// "Q3", "third quarter", and its months. A question's "third quarter" is
// read as the steering word "q3", and "q3" steers to articles that use any
// of its spellings.
var quarters = map[string][]string{
	"q1": {"q1", "first quarter", "january", "february", "march"},
	"q2": {"q2", "second quarter", "april", "may", "june"},
	"q3": {"q3", "third quarter", "july", "august", "september"},
	"q4": {"q4", "fourth quarter", "october", "november", "december"},
}

// ordinalQuarter are the ordinals a quarter is named by, in words and in
// figures ("3rd quarter").
var ordinalQuarter = map[string]string{"first": "q1", "second": "q2", "third": "q3", "fourth": "q4",
	"1st": "q1", "2nd": "q2", "3rd": "q3", "4th": "q4"}

// quarterWords are "quarter" and the short form people type for it
// ("third qtr").
var quarterWords = setOf("quarter qtr")

// monthQuarters are the quarters named by their first and last months, as
// Indian and Japanese reports and the people who read them do ("the
// April-June quarter"), each keyed by its first month with its last.
var monthQuarters = map[string]struct{ last, quarter string }{
	"january": {"march", "q1"}, "april": {"june", "q2"}, "july": {"september", "q3"}, "october": {"december", "q4"},
}

// halves spell each half of a year the ways a question or an article may;
// a question's "first half" is read as "h1", and "h1" steers to articles
// that say either.
var halves = map[string][]string{
	"h1": {"h1", "first half", "1h"},
	"h2": {"h2", "second half", "2h"},
}

var ordinalHalf = map[string]string{"first": "h1", "second": "h2", "1st": "h1", "2nd": "h2"}

// intents maps words of a question to the kind of fact they ask for.
// Phrases ("how much") are matched on adjacent words.
var intents = []struct {
	words []string
	kind  corpus.Kind
}{
	{[]string{"how", "much"}, corpus.DealValue},
	{[]string{"how", "many"}, corpus.Seats},
	{[]string{"worth"}, corpus.DealValue},
	{[]string{"value"}, corpus.DealValue},
	{[]string{"valued"}, corpus.DealValue},
	// The size of a trial or a rollout is its seats; of anything else,
	// its money.
	{[]string{"trial", "size"}, corpus.Seats},
	{[]string{"pilot", "size"}, corpus.Seats},
	{[]string{"rollout", "size"}, corpus.Seats},
	{[]string{"deployment", "size"}, corpus.Seats},
	{[]string{"size"}, corpus.DealValue},
	{[]string{"billion"}, corpus.DealValue},
	{[]string{"cost"}, corpus.DealValue},
	{[]string{"price"}, corpus.DealValue},
	{[]string{"pay"}, corpus.DealValue},
	{[]string{"paid"}, corpus.DealValue},
	{[]string{"pays"}, corpus.DealValue},
	{[]string{"paying"}, corpus.DealValue},
	{[]string{"spend"}, corpus.DealValue},
	{[]string{"spends"}, corpus.DealValue},
	{[]string{"spent"}, corpus.DealValue},
	{[]string{"spending"}, corpus.DealValue},
	{[]string{"buy"}, corpus.DealValue},
	{[]string{"buys"}, corpus.DealValue},
	{[]string{"bought"}, corpus.DealValue},
	{[]string{"purchase"}, corpus.DealValue},
	{[]string{"acquire"}, corpus.DealValue},
	{[]string{"acquired"}, corpus.DealValue},
	{[]string{"acquires"}, corpus.DealValue},
	{[]string{"acquisition"}, corpus.DealValue},
	{[]string{"invest"}, corpus.DealValue},
	{[]string{"invested"}, corpus.DealValue},
	{[]string{"investment"}, corpus.DealValue},
	{[]string{"raised"}, corpus.DealValue},
	{[]string{"raise"}, corpus.DealValue},
	{[]string{"raises"}, corpus.DealValue},
	{[]string{"raising"}, corpus.DealValue},
	{[]string{"invests"}, corpus.DealValue},
	{[]string{"investing"}, corpus.DealValue},
	{[]string{"financing"}, corpus.DealValue},
	{[]string{"funded"}, corpus.DealValue},
	{[]string{"backed"}, corpus.DealValue},
	{[]string{"backing"}, corpus.DealValue},
	{[]string{"funding"}, corpus.DealValue},
	{[]string{"contract"}, corpus.DealValue},
	{[]string{"deal"}, corpus.DealValue},
	{[]string{"deals"}, corpus.DealValue},
	{[]string{"seats"}, corpus.Seats},
	{[]string{"seat"}, corpus.Seats},
	{[]string{"licenses"}, corpus.Seats},
	{[]string{"license"}, corpus.Seats},
	{[]string{"licences"}, corpus.Seats},
	{[]string{"licence"}, corpus.Seats},
	{[]string{"users"}, corpus.Seats},
	{[]string{"employees"}, corpus.Seats},
	{[]string{"staff"}, corpus.Seats},
	{[]string{"workers"}, corpus.Seats},
	{[]string{"people"}, corpus.Seats},
	{[]string{"personnel"}, corpus.Seats},
	{[]string{"subscriptions"}, corpus.Seats},
	{[]string{"share"}, corpus.MarketShare},
	{[]string{"shares"}, corpus.MarketShare},
	{[]string{"market"}, corpus.MarketShare},
	{[]string{"percent"}, corpus.MarketShare},
	{[]string{"percentage"}, corpus.MarketShare},
	{[]string{"slice"}, corpus.MarketShare},
	{[]string{"pct"}, corpus.MarketShare},
}

// sharePhrases ask for a share whatever money words stand beside them:
// "llm spend market share openai" names the market by its money word.
var sharePhrases = [][]string{{"market", "share"}}

// shareWords say a question is about a share of a market even after "how
// much": "how much market share does oracle have", "how much of the cloud
// market does aws hold".
var shareWords = setOf("share shares market")

// asksHowMuchShare reports whether tokens[i:] is "how much" asking for a
// share: followed by a word of shareWords, or by "of" and one of them
// within a few words ("how much of the cloud market"), not "how much of
// the lease did google backstop".
func asksHowMuchShare(tokens []string, i int) bool {
	if i+2 >= len(tokens) || tokens[i] != "how" || tokens[i+1] != "much" {
		return false
	}
	if shareWords[tokens[i+2]] {
		return true
	}
	return tokens[i+2] == "of" && slices.ContainsFunc(tokens[i+3:min(len(tokens), i+7)], func(t string) bool { return shareWords[t] })
}

// stopWords are words that say nothing about which deal is meant; "s" is
// what is left of a possessive ("google's").
var stopWords = setOf(`a about after all also an and any are as at be been before but by
can could did do does for from had has have he her his how i if in into is it its
me my no not of on or our over she so than that the their them then there these they this
those to up us was we were what when where which who whom why will with would you your
tell show give find me know get got please dealbot many much s
most ever according right amount number count`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Understand parses a query into a Question, knowing the companies and
// research firms of x (the extractor the articles asked about were read
// with), their tickers and nicknames and the groups they make, but not the
// other organisations of an index: Index.Understand knows those too. It
// returns ErrEmptyQuery when the query holds no searchable words and
// ErrQueryTooLong past MaxQueryLen characters, and panics when x is nil, as
// New does.
func Understand(x *extract.Extractor, text string) (Question, error) {
	needExtractor("Understand", x)
	return understand(text, newNames(x, nil), nil)
}

// understand is Understand with the names of an index. isWord, when not
// nil, tells whether a word is used in the indexed articles: such a word is
// never taken for a misspelled company.
func understand(text string, n *names, isWord func(string) bool) (Question, error) {
	if c := utf8.RuneCountInString(text); c > MaxQueryLen {
		return Question{}, fmt.Errorf("%w (it has %d)", ErrQueryTooLong, c)
	}
	q := Question{Text: text}
	var unquoted string
	q.figures, unquoted = quotedFigures(text, func(w string) bool { _, ok := n.lookup(w); return ok })
	tokens := sizeTokens(quarterTokens(shorthandTokens(tokenize(unquoted))))
	tokens = n.intentTypos(tokens, isWord)
	if len(tokens) > 0 {
		if v, ok := viewWords[tokens[0]]; ok {
			q.View, tokens = v, tokens[1:]
		}
	}
	q.Kind = intentOf(tokens)
	if asksPercent(text) || hasPhrase(tokens, sharePhrases) {
		// "what % of enterprise llm spend does openai have", "llm spend
		// market share openai": the money word names the market.
		q.Kind = corpus.MarketShare
	}
	if q.Kind == "" {
		q.Kind = hintedKind(tokens)
	}
	q.cumulative = asksCumulative(tokens)
	q.seeking = hasPhrase(tokens, seekingPhrases) && !hasPhrase(tokens, raisingHeldPhrases)
	q.earlier = slices.ContainsFunc(tokens, func(t string) bool { return earlierWords[t] })
	q.who = len(tokens) > 0 && whoWords[tokens[0]] && (tokens[0] != "which" || len(tokens) > 1 && whichParties[tokens[1]])
	q.rate = askedRate(tokens)
	q.part = asksPart(tokens)
	switch {
	case q.View == ViewCompare:
		q.Kind = corpus.MarketShare
	case (q.View == ViewTimeline || q.View == ViewLatest) && q.Kind == "":
		q.Kind = corpus.DealValue
	}
	q.round = roundLetter(tokens)
	named, used := n.companyTokens(&q, tokens, isWord)
	if q.Kind == corpus.MarketShare {
		n.regionalArms(&q, tokens)
	}
	q.payer = payerOf(tokens, used, q.parties)
	if q.payer == nil && len(q.parties) == 1 && (slices.ContainsFunc(tokens, func(t string) bool { return raiseWords[t] }) || paidBeforeNamed(tokens, used)) {
		// "how much did xai raise", "who bought qualcomm": the one
		// company named is the one the money went to.
		q.payee = q.parties[0]
	}
	for _, i := range intentPositions(tokens) {
		used[i] = true
	}
	var grouped map[int]bool
	if q.Kind == corpus.MarketShare || slices.ContainsFunc(tokens, func(t string) bool { return groupWords[t] }) {
		// "top five" counts companies only of a share: "top 5 aws deals"
		// asks for the five biggest.
		q.groupSize, grouped = groupSizeOf(tokens, named)
	}
	for i, t := range tokens {
		// A word said twice asks nothing new, and each distinct word is a
		// search of its own: both are bounded so that no question, however
		// long, costs much more than a normal one.
		if (stopWords[t] && !namesUS(tokens, i, q.Kind)) || slices.Contains(q.Words, t) {
			continue
		}
		// Of a share, "combined" asks for one held together, which the
		// facts say; of seats or money, it is a word of the sentence
		// ("300,000 seats combined").
		if grouped[i] || (groupWords[t] && !named[i] && q.Kind == corpus.MarketShare) {
			q.together = true
			continue
		}
		if q.Kind == corpus.MarketShare && partyNouns[t] && !used[i] {
			// "top three cloud providers share": of a share, the noun for
			// the kind of party says whose share is asked for, which the
			// facts' companies say; articles put it as "players", "the
			// three leaders" or not at all, so it narrows nothing. In a
			// name ("european service providers") it is the name's.
			continue
		}
		if o, ok := orderWords[t]; ok && !named[i] && !describesNext(tokens, i, named) {
			if q.Order == ByRelevance {
				q.Order, q.ordered = o, true
			}
			continue
		}
		if len(q.Words) == MaxQueryWords {
			// Not searched for; but a word that named a company or the
			// kind of figure asked for was still read, so only a word
			// that did nothing is reported as ignored.
			if !used[i] {
				q.Ignored = append(q.Ignored, t)
			}
			continue
		}
		q.Words = append(q.Words, t)
		switch {
		case named[i]:
		case q.who && i == 1 && tokens[0] == "which":
			// "which firm invested in anthropic": the party word says
			// what is asked, not a word the figure's article should hold.
		case isIntentWord(t):
			q.intentWords = append(q.intentWords, t)
		default:
			q.Steering = append(q.Steering, t)
		}
	}
	if q.View != ViewAnswer && q.Order == ByRelevance {
		q.Order = map[View]Order{ViewTimeline: Oldest, ViewLatest: Newest, ViewCompare: Newest}[q.View]
	}
	if len(q.Words) == 0 && len(q.Companies) == 0 && q.View == ViewAnswer {
		return Question{}, ErrEmptyQuery
	}
	return q, nil
}

// regionalArms reads a company the question names beside a region where
// it works through an arm of another name as that arm, as the extractor
// credits the arm's shares there: "airtel nigeria share" asks for Airtel
// Africa's share of Nigeria, not Bharti Airtel's. The answer shows the
// arm as a guess.
func (n *names) regionalArms(q *Question, tokens []string) {
	for i, c := range q.Companies {
		arm, regions := n.x.RegionalArm(c)
		if arm == "" || slices.Contains(q.Companies, arm) || !slices.ContainsFunc(regions, func(r string) bool { return containsRun(tokens, tokenize(r)) }) {
			continue
		}
		q.Companies[i] = arm
		for k, p := range q.parties {
			if j := slices.Index(p, c); j >= 0 {
				// A group's parties are the names' own, shared by every
				// question: change a copy.
				p = slices.Clone(p)
				p[j] = arm
				q.parties[k] = p
			}
		}
		typed := strings.ToLower(c)
		if as := q.aliases[c]; len(as) > 0 {
			typed = as[0]
		}
		q.Guesses = append(q.Guesses, Guess{Typed: typed, Companies: []string{arm}})
	}
}

// roundLetter returns the letter of the funding round tokens name
// ("series a", "series c"), or "".
func roundLetter(tokens []string) string {
	for i := 0; i+1 < len(tokens); i++ {
		if tokens[i] == "series" && len(tokens[i+1]) == 1 && tokens[i+1][0] >= 'a' && tokens[i+1][0] <= 'z' {
			return tokens[i+1]
		}
	}
	return ""
}

// asksPercent reports a percent sign that is no figure's ("what % of
// the cloud market"): the question asks for a share. "40% of kao data"
// says which stake was bought.
func asksPercent(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != '%' {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:i], " ")); !unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// figureScales are the words and signs after a number that make it an
// amount a question quotes: "100k", "1.5bn", "$24 billion", "33%".
var figureScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "bil": 1e9, "billion": 1e9,
	"t": 1e12, "tn": 1e12, "trillion": 1e12, "crore": 1e7, "lakh": 1e5, "%": 1, "pc": 1, "percent": 1,
}

// quotedFigures finds the amounts a question quotes, a number with a
// scale after it ("1.5bn", "100k", "33%"), a currency sign before it
// ("$500") or thousands in it ("6,500", "65000"), and returns them with the text left once they are blanked
// out, so that their digits steer nowhere. A number inside a word ("q3",
// "g42", "4q21") or a year is no amount, nor a name such as "3m".
func quotedFigures(text string, isName func(string) bool) ([]quotedFigure, string) {
	var figs []quotedFigure
	out := []byte(text)
	for i := 0; i < len(text); i++ {
		if !isDigitByte(text[i]) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			for i+1 < len(text) && isWordByte(text[i+1]) {
				i++ // the rest of "g42" or "4q21" is no number either
			}
			continue
		}
		j := i
		for j < len(text) && (isDigitByte(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigitByte(text[j+1])) {
			j++
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(text[i:j], ",", ""), 64)
		if err != nil {
			i = j
			continue
		}
		k := j
		if k < len(text) && text[k] == ' ' {
			k++
		}
		e := k
		if e < len(text) && text[e] == '%' {
			e++
		}
		for e < len(text) && isWordByte(text[e]) && !isDigitByte(text[e]) {
			e++
		}
		suffix := strings.ToLower(text[k:e])
		scale, ok := figureScales[suffix]
		if !ok || e < len(text) && isWordByte(text[e]) || isName(strings.ToLower(text[i:e])) {
			scale, e, suffix = 1, j, ""
			// "6,500" and "65000" are counts; "2024" is a year and
			// "365" a product's number.
			if !currencySign(text[:i]) && !strings.Contains(text[i:j], ",") && j-i < 5 {
				i = j
				continue
			}
		}
		figs = append(figs, quotedFigure{value: v * scale, percent: scale == 1 && suffix != ""})
		for x := i; x < e; x++ {
			out[x] = ' '
		}
		i = e
	}
	return figs, string(out)
}

// quotedFigure is an amount a question quotes, and whether it is a
// percentage.
type quotedFigure struct {
	value   float64
	percent bool
}

// currencySign reports a currency sign right before a number: "$500",
// "€40".
func currencySign(before string) bool {
	for _, s := range []string{"$", "€", "£", "¥", "₹"} {
		if strings.HasSuffix(before, s) {
			return true
		}
	}
	return false
}

// isWordByte reports an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || isDigitByte(b)
}

// namesUS reports whether tokens[i] is "us" naming the United States, as
// in "hp share of us pc market", rather than the pronoun of "tell us": only
// a market share is asked for by where it was measured.
func namesUS(tokens []string, i int, kind corpus.Kind) bool {
	return tokens[i] == "us" && kind == corpus.MarketShare && (i == 0 || !addressVerbs[tokens[i-1]])
}

// addressVerbs are the verbs a question puts before "us" meaning whoever
// asks.
var addressVerbs = setOf("tell show give let send help")

// groupWords ask for what companies hold together. "total" is not one of
// them: of a deal it asks for the running total, so it stays a word that
// narrows.
var groupWords = setOf("combined together joint jointly collectively")

// groupLeads are the words before a count of companies ("top five", "big
// four"), and groupTails those after one ("three leaders", "five largest").
var (
	groupLeads = setOf("top big leading largest biggest")
	groupTails = setOf("leaders leading largest biggest")
	counts     = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

// groupSizeOf finds a count of companies a question asks about without
// naming them ("top five iaas providers", "the three leaders"): how many,
// and the tokens that say it. A named group ("big three") is a name, not
// a count.
func groupSizeOf(tokens []string, named map[int]bool) (int, map[int]bool) {
	count := func(t string) int {
		if n, ok := counts[t]; ok {
			return n
		}
		if n, err := strconv.Atoi(t); err == nil && n >= 2 && n <= 10 && len(t) <= 2 {
			return n
		}
		return 0
	}
	for i := 0; i+1 < len(tokens); i++ {
		if named[i] || named[i+1] {
			continue
		}
		if n := count(tokens[i+1]); n > 0 && groupLeads[tokens[i]] {
			return n, map[int]bool{i: true, i + 1: true}
		}
		if n := count(tokens[i]); n > 0 && groupTails[tokens[i+1]] {
			return n, map[int]bool{i: true, i + 1: true}
		}
	}
	return 0, nil
}

// describesNext reports whether tokens[i] is an adjective of the ordinary
// word after it, as "top" is in "top secret cloud", rather than asking for
// an order as in "top deals", "top 5" or "top aws deals".
func describesNext(tokens []string, i int, named map[int]bool) bool {
	if tokens[i] != "top" || i+1 == len(tokens) {
		return false
	}
	next := tokens[i+1]
	return !named[i+1] && !stopWords[next] && !isIntentWord(next) && !isNumber(next) && intentOf(tokens[i+1:i+2]) == ""
}

// tokenize lower-cases text and splits it into words of letters and digits.
// Everything else, including all of a search engine's query-string syntax
// (bleve's, Lucene's), separates words and is dropped.
func tokenize(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// companyTokens finds the companies a query names, longest name first, adds
// them to q and marks the tokens that spell them, such as all three of
// "amazon web services", so they do not count as steering words. People
// type names in lower case, so every alias counts, even one that in an
// article must be capitalised to be a company. A word that names nothing
// may be a misspelled name. used marks the tokens of every name that added
// a company, steering or not.
func (n *names) companyTokens(q *Question, tokens []string, isWord func(string) bool) (named, used map[int]bool) {
	named, used = map[int]bool{}, map[int]bool{}
	type spelled struct {
		f        found
		from, to int
	}
	var asWords []spelled       // names that are also words, kept for last
	var products []spelled      // products, read as their makers after them
	var spellings []spelledName // each company named and how
	mark := func(from, to int) {
		for j := from; j < to; j++ {
			used[j] = true
		}
	}
	add := func(f found) {
		if slices.ContainsFunc(q.parties, func(p []string) bool { return slices.Equal(p, f.companies) }) {
			return
		}
		q.parties = append(q.parties, f.companies)
		for _, c := range f.companies {
			if !slices.Contains(q.Companies, c) {
				q.Companies = append(q.Companies, c)
			}
		}
		q.steered = q.steered || f.known
		if f.known {
			q.fromArticles = append(q.fromArticles, f.companies...)
		}
		if f.region {
			q.places = append(q.places, f.companies...)
			for _, c := range f.companies {
				if g := n.governments[c]; g != "" {
					if q.governments == nil {
						q.governments = map[string]string{}
					}
					q.governments[c] = g
				}
			}
		}
	}
	// Misspellings are looked for only among the words that are searched
	// for, and only a few are checked against the articles: a question of
	// many odd words costs no more than a normal one.
	distinct, checks := map[string]bool{}, 0
	for i := 0; i < len(tokens); i++ {
		if !stopWords[tokens[i]] {
			distinct[tokens[i]] = true
		}
		w, f, ok := n.longestAt(tokens, i)
		possessive := false
		if !ok {
			w, f, ok = n.possessiveAt(tokens[i])
			possessive = ok
		}
		if ok && (f.region || f.measurer) && q.Kind == corpus.MarketShare {
			// "aws share in germany": a region, not a party; "google
			// share canalys": who measured it, not a party.
			i += w - 1
			continue
		}
		if !ok && !stopWords[tokens[i]] {
			if f, ok = n.joinedName(tokens[i]); ok && !slices.Contains(q.Companies, f.companies[0]) {
				w = 1
			} else {
				ok = false
			}
		}
		if !ok {
			t := tokens[i]
			if stopWords[t] || isIntentWord(t) || isNumber(t) || len(distinct) > MaxQueryWords || checks == maxTypoChecks {
				continue
			}
			target, typo := n.typo(t)
			if !typo || slices.Contains(q.Companies, target.company) {
				continue
			}
			if checks++; isWord != nil && isWord(t) {
				continue
			}
			w, f = 1, found{companies: []string{target.company}, guess: &Guess{Typed: t, Companies: []string{target.company}}}
		}
		for j := i; j < i+w; j++ {
			named[j] = !f.steers
		}
		if len(f.companies) == 1 && f.guess == nil {
			spellings = append(spellings, spelledName{f.companies[0], i, i + w})
			typed := strings.Join(tokens[i:i+w], " ")
			if possessive {
				// "microsofts" is Microsoft by its own name.
				typed = strings.TrimSuffix(typed, "s")
			}
			if typed != strings.ToLower(f.companies[0]) && !slices.Contains(q.aliases[f.companies[0]], typed) {
				if q.aliases == nil {
					q.aliases = map[string][]string{}
				}
				q.aliases[f.companies[0]] = append(q.aliases[f.companies[0]], typed)
			}
		}
		switch {
		case f.product:
			products = append(products, spelled{f, i, i + w})
		case f.alsoWord:
			asWords = append(asWords, spelled{f, i, i + w})
		default:
			add(f)
			mark(i, i+w)
		}
		if f.guess != nil && !f.product {
			q.Guesses = append(q.Guesses, *f.guess)
		}
		i += w - 1
	}
	// A ticker that is also a word ("crm") names the company only when
	// nothing else does: "oracle crm share" is about the CRM market.
	if len(q.Companies) == 0 {
		for _, s := range asWords {
			add(s.f)
			mark(s.from, s.to)
		}
	}
	// A product names its maker only when nothing else names a company:
	// "gemini users" asks about Google, but "barclays copilot licences"
	// about the licences Barclays bought, whoever sold them, and "target
	// chatgpt seats" about Target's.
	if len(q.Companies) == 0 {
		for _, s := range products {
			add(s.f)
			mark(s.from, s.to)
			maker := s.f.companies[0]
			if slices.ContainsFunc(q.Guesses, func(g Guess) bool { return g.Typed == s.f.guess.Typed }) {
				continue // "copilot ... copilot"
			}
			q.Guesses = append(q.Guesses, *s.f.guess)
			// The product's name is the maker's in the facts too: a share
			// of another of its products ("Google's Chrome" for "gemini")
			// is not the one asked for (see productsAsked).
			if q.aliases == nil {
				q.aliases = map[string][]string{}
			}
			q.aliases[maker] = append(q.aliases[maker], s.f.guess.Typed)
			// "chatgpt enterprise" is said by the articles that say
			// "chatgpt", "vertex ai" by those that say "vertex"; "office
			// 365" by none one word finds.
			for _, w := range strings.Fields(s.f.guess.Typed) {
				if n.products[w] == maker && !slices.Contains(q.productWords[maker], w) {
					if q.productWords == nil {
						q.productWords = map[string][]string{}
					}
					q.productWords[maker] = append(q.productWords[maker], w)
				}
			}
		}
	}
	secondNamesSteer(tokens, spellings, named)
	return named, used
}

// spelledName is a company a question names and the tokens that spell it.
type spelledName struct {
	company  string
	from, to int
}

// secondNamesSteer lets a company's other name steer when the question also
// names it by its own name: in "how much did microsoft pay for linkedin",
// "linkedin" adds no company but says which deal.
func secondNamesSteer(tokens []string, names []spelledName, named map[int]bool) {
	own := func(n spelledName) bool {
		return strings.Join(tokens[n.from:n.to], " ") == strings.ToLower(n.company)
	}
	for _, n := range names {
		if own(n) || !slices.ContainsFunc(names, func(o spelledName) bool { return o.company == n.company && own(o) }) {
			continue
		}
		for j := n.from; j < n.to; j++ {
			named[j] = false
		}
	}
}

// possessiveAt reads a word that is a one-word name with an "s" added as
// that name: people type "microsofts stake" for "Microsoft's stake", and
// the articles' stemmed words make it no misspelling to be guessed at.
// The name must have minTypoLen letters or more, so that a plural of an
// ordinary word is not read as a short name.
func (n *names) possessiveAt(t string) (int, found, bool) {
	stem, ok := strings.CutSuffix(t, "s")
	if !ok || utf8.RuneCountInString(stem) < minTypoLen {
		return 0, found{}, false
	}
	f, ok := n.lookup(stem)
	if !ok || f.guess != nil {
		return 0, found{}, false
	}
	return 1, f, true
}

// longestAt finds the longest name starting at tokens[i] and how many
// tokens spell it.
func (n *names) longestAt(tokens []string, i int) (int, found, bool) {
	for w := min(n.longest, len(tokens)-i); w > 0; w-- {
		if f, ok := n.lookup(strings.Join(tokens[i:i+w], " ")); ok {
			return w, f, true
		}
	}
	return 0, found{}, false
}

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

func intentOf(tokens []string) corpus.Kind {
	if slices.Contains(tokens, "size") && slices.ContainsFunc(tokens, func(t string) bool { return stageWords[t] }) {
		// "how big was westpac's copilot pilot": the size of a trial
		// or a rollout is its seats, wherever the question puts it.
		return corpus.Seats
	}
	for i := range tokens {
		if asksHowMuchShare(tokens, i) {
			return corpus.MarketShare
		}
		if paidFor[tokens[i]] && i+1 < len(tokens) && seatWord(tokens[i+1]) {
			// "copilot paid seats", "paying users": the word before the
			// noun says which seats are counted, not that money is
			// asked for.
			return corpus.Seats
		}
		for _, in := range intents {
			if i+len(in.words) <= len(tokens) && slices.Equal(tokens[i:i+len(in.words)], in.words) {
				if licenceWords[tokens[i]] && slices.ContainsFunc(tokens, func(t string) bool { return priceWords[t] || licenceDeals[t] }) {
					// "licence cost", "licences purchase": what was paid
					// for the licences, not how many there are; so does
					// "licence contract", "licence renewal": the deal
					// that sells them is money.
					return corpus.DealValue
				}
				return in.kind
			}
		}
	}
	return ""
}

// paidFor are the words that, put before a noun of seats ("paid seats",
// "paying subscribers"), say which seats are counted.
var paidFor = setOf("paid paying")

// seatWord reports a word the intents read as asking for seats.
func seatWord(w string) bool {
	for _, in := range intents {
		if len(in.words) == 1 && in.words[0] == w {
			return in.kind == corpus.Seats
		}
	}
	return false
}

// kindHints are words that say which kind of figure a question asks for
// when no intent word does, yet narrow the answer too: "barclays copilot
// pilot" asks for seats, and for the pilot's rather than the rollout's;
// "openai round" for money, and for a round's rather than a contract's.
// They stay steering words.
var kindHints = map[string]corpus.Kind{
	"round": corpus.DealValue, "rounds": corpus.DealValue, "stake": corpus.DealValue,
	"acquisitions": corpus.DealValue, "takeover": corpus.DealValue, "merger": corpus.DealValue,
	"rollout": corpus.Seats, "pilot": corpus.Seats, "trial": corpus.Seats,
	"rollouts": corpus.Seats, "pilots": corpus.Seats, "trials": corpus.Seats,
	"deployment": corpus.Seats, "deployments": corpus.Seats,
	"award": corpus.DealValue, "awarded": corpus.DealValue, "awards": corpus.DealValue,
	// "enterprise licensing agreement": a deal's money.
	"licensing": corpus.DealValue, "agreement": corpus.DealValue, "agreements": corpus.DealValue,
	"buyer": corpus.DealValue, "acquirer": corpus.DealValue, "sale": corpus.DealValue, "sold": corpus.DealValue,
	"seller": corpus.DealValue,
}

// hintedKind returns the kind the first of kindHints in tokens asks for.
func hintedKind(tokens []string) corpus.Kind {
	for _, t := range tokens {
		if k, ok := kindHints[t]; ok {
			return k
		}
	}
	return ""
}

// licenceWords are the seat words that name a thing bought, whose price a
// question may ask for; priceWords ask for it.
var (
	licenceWords = setOf("licence licences license licenses subscriptions")
	priceWords   = setOf("cost costs price priced purchase paid pay pays paying spend spent spending fee fees worth value")
	// licenceDeals are the deals licences are sold under: of "microsoft
	// licence renewal", the renewal's money is asked for.
	licenceDeals = setOf("contract contracts agreement agreements renewal renewals deal deals tender framework")
)

// intentPositions returns the positions in tokens of the intent words
// intentOf reads the kind from.
func intentPositions(tokens []string) []int {
	for i := range tokens {
		for _, in := range intents {
			if i+len(in.words) <= len(tokens) && slices.Equal(tokens[i:i+len(in.words)], in.words) {
				at := make([]int, len(in.words))
				for j := range at {
					at[j] = i + j
				}
				return at
			}
		}
	}
	return nil
}

func isIntentWord(w string) bool {
	for _, in := range intents {
		if len(in.words) == 1 && in.words[0] == w {
			return true
		}
	}
	return false
}

// quarterTokens reads "third quarter" as "q3" and "first half" as "h1", so
// both spellings steer the same way, analysts' "4q21" and "1h23" as a
// quarter or a half and its year, and the end or the start of a year as its
// last or first quarter: "end of 2022" is "q4 2022", "early 2023" is "q1
// 2023".
func quarterTokens(tokens []string) []string {
	out := tokens[:0:0]
	for i := 0; i < len(tokens); i++ {
		if q, ok := ordinalQuarter[tokens[i]]; ok && i+1 < len(tokens) && quarterWords[tokens[i+1]] {
			out = append(out, q)
			i++
			continue
		}
		if q, n := monthsQuarter(tokens[i:]); n > 0 {
			out = append(out, q)
			i += n - 1
			continue
		}
		if h, ok := ordinalHalf[tokens[i]]; ok && i+1 < len(tokens) && tokens[i+1] == "half" {
			out = append(out, h)
			i++
			continue
		}
		if p, y, ok := compactPeriod(tokens[i]); ok {
			out = append(out, p, y)
			continue
		}
		if _, ok := quarters[tokens[i]]; ok || halves[tokens[i]] != nil {
			// "q3 24" and "q3'24" are the third quarter of 2024: a
			// quarter has no day of the month a number could be.
			if i+1 < len(tokens) && len(tokens[i+1]) == 2 && isNumber(tokens[i+1]) {
				out = append(out, tokens[i], "20"+tokens[i+1])
				i++
				continue
			}
		}
		if m, ok := monthNames[tokens[i]]; ok {
			// "oct 2024" is October 2024, as articles spell it and as a
			// figure's period is read.
			out = append(out, m)
			continue
		}
		if q, ok := yearEdges[tokens[i]]; ok {
			next := i + 1
			if next < len(tokens) && tokens[next] == "of" {
				next++
			}
			if next < len(tokens) && isYear(tokens[next]) {
				out = append(out, q)
				i = next - 1
				continue
			}
		}
		out = append(out, tokens[i])
	}
	return out
}

// intentTypos reads a misspelled word of intent as the word ("investmnet",
// "aquisition", "licenes"), so the question still asks for its kind of
// figure: a word of at least minTypoLen letters one edit from exactly one
// kind's intent words, that names no company and that no indexed article
// uses ("rising" is no "raising", "shared" no "shares"). Only a few words
// are checked against the articles, each check a search. Without the
// articles' words (isWord nil) nothing is read as a typo. It returns
// tokens itself when it changes nothing.
func (n *names) intentTypos(tokens []string, isWord func(string) bool) []string {
	if isWord == nil {
		return tokens
	}
	out, checks, copied := tokens, 0, false
	for i, t := range tokens {
		if len(t) < minTypoLen || stopWords[t] || isIntentWord(t) || isNumber(t) || checks == maxIntentTypoChecks {
			continue
		}
		fix := intentTypo(t)
		if fix == "" {
			continue
		}
		if _, ok := n.lookup(t); ok {
			continue
		}
		if checks++; isWord(t) {
			continue
		}
		if !copied {
			out, copied = slices.Clone(tokens), true
		}
		out[i] = fix
	}
	return out
}

// maxIntentTypoChecks is how many possible misspellings of intent words
// one question has checked against the articles' words.
const maxIntentTypoChecks = 2

// intentTypo returns the intent word w is one edit from, when all such
// words ask for one kind of figure; "" otherwise.
func intentTypo(w string) string {
	var fix string
	var kind corpus.Kind
	for _, in := range intents {
		if len(in.words) != 1 || len(in.words[0]) < minTypoLen || abs(len(in.words[0])-len(w)) > 1 {
			continue
		}
		if editDistance(w, in.words[0], 1) > 1 {
			continue
		}
		if fix != "" && kind != in.kind {
			return ""
		}
		if fix == "" {
			fix, kind = in.words[0], in.kind
		}
	}
	return fix
}

// shorthand are the short forms people type in chat for words articles
// write in full ("dept of defense", "aws mkt share", "marketshare"), each
// with the words it stands for: read in full, they name the organisation,
// the kind of figure or the words the articles use.
var shorthand = map[string][]string{
	"mkt": {"market"}, "mkts": {"markets"}, "marketshare": {"market", "share"}, "mktshare": {"market", "share"},
	"dept": {"department"}, "depts": {"departments"}, "govt": {"government"}, "univ": {"university"},
	"natl": {"national"}, "acq": {"acquisition"}, "acqs": {"acquisitions"},
	"jv": {"joint", "venture"}, "yr": {"year"}, "yrs": {"years"}, "accts": {"accounts"},
	"lic": {"licence"}, "lics": {"licences"}, "emps": {"employees"}, "svcs": {"services"},
}

// shorthandTokens writes out the shorthand of tokens in full. It returns
// tokens itself when there is none, as there mostly is not.
func shorthandTokens(tokens []string) []string {
	if !slices.ContainsFunc(tokens, func(t string) bool { return shorthand[t] != nil }) {
		return tokens
	}
	out := make([]string, 0, len(tokens)+2)
	for _, t := range tokens {
		if full := shorthand[t]; full != nil {
			out = append(out, full...)
			continue
		}
		out = append(out, t)
	}
	return out
}

// monthsQuarter reads a quarter named by its first and last months at the
// start of tokens ("april-june", "jul to sep quarter"), returning it and
// how many tokens name it; n is 0 when they name none. Two months that
// are not a quarter's first and last ("june to september") are read as
// months.
func monthsQuarter(tokens []string) (q string, n int) {
	if len(tokens) < 2 {
		return "", 0
	}
	first := fullMonth(tokens[0])
	mq, ok := monthQuarters[first]
	if !ok {
		return "", 0
	}
	n = 1
	if tokens[n] == "to" || tokens[n] == "through" {
		n++
	}
	if n >= len(tokens) || fullMonth(tokens[n]) != mq.last {
		return "", 0
	}
	n++
	if n < len(tokens) && quarterWords[tokens[n]] {
		n++
	}
	return mq.quarter, n
}

// fullMonth returns the full name of a month named in full or short, and
// the word itself for any other word.
func fullMonth(w string) string {
	if m, ok := monthNames[w]; ok {
		return m
	}
	return w
}

// monthNames maps the short names people type for months ("oct",
// "sept") to the full ones.
var monthNames = map[string]string{
	"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
	"aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}

// compactPeriod reads a quarter or a half written with its year in one
// word, as analysts write them: "4q21" is "q4" of "2021", "1h23" is "h1"
// of "2023".
func compactPeriod(w string) (period, year string, ok bool) {
	if len(w) != 4 && len(w) != 6 || w[0] < '1' || w[0] > '4' || (w[1] != 'q' && w[1] != 'h') || !isNumber(w[2:]) {
		return "", "", false
	}
	if w[1] == 'h' && w[0] > '2' {
		return "", "", false
	}
	year = w[2:]
	if len(year) == 2 {
		year = "20" + year
	}
	return string(w[1]) + string(w[0]), year, true
}

// stageWords are the stages of a seat purchase a question may ask the
// size of.
var stageWords = setOf("trial pilot rollout deployment")

// sizeTokens reads "how big" and "how large" as "size": "how big was the
// deal" asks for its value, "how big was the pilot" for its seats.
func sizeTokens(tokens []string) []string {
	out := tokens[:0:0]
	for i := 0; i < len(tokens); i++ {
		if tokens[i] == "how" && i+1 < len(tokens) && (tokens[i+1] == "big" || tokens[i+1] == "large") {
			out = append(out, "size")
			i++
			continue
		}
		out = append(out, tokens[i])
	}
	return out
}

// yearEdges are the words that, before a year, name its last or first
// quarter.
var yearEdges = map[string]string{"end": "q4", "late": "q4", "start": "q1", "beginning": "q1", "early": "q1"}

// isYear reports whether w is a year a figure may be for.
func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (w[:2] == "19" || w[:2] == "20")
}

// cumulativePhrases ask for what has been added up so far: "how much has
// amazon announced this year" asks for the running total, not the latest
// increment, and so does "how much has the pentagon awarded".
var cumulativePhrases = [][]string{{"so", "far"}, {"to", "date"}, {"this", "year"}, {"in", "all"}, {"all", "told"},
	{"how", "much", "has"}, {"how", "much", "have"}, {"how", "many", "has"}, {"how", "many", "have"}}

// asksCumulative reports whether tokens hold a phrase asking for a running
// total.
func asksCumulative(tokens []string) bool {
	return hasPhrase(tokens, cumulativePhrases)
}

// seekingPhrases ask for money a company is raising now, not money it
// raised: "how much is xai raising", "how much is mistral trying to
// raise". A round still in talks answers them.
var seekingPhrases = [][]string{{"raising"}, {"trying", "to", "raise"}, {"seeking", "to", "raise"}}

// raisingHeldPhrases raise a stake a company already holds, no money it
// is raising: "how much is contoso raising its stake in fabrikam" asks
// for the stake deal, whenever it was made, not the newest of the two
// companies' deals. "raising its biggest round" still raises money.
var raisingHeldPhrases = [][]string{{"raising", "its", "stake"}, {"raising", "their", "stake"}, {"raising", "stake"}}

// hasPhrase reports whether tokens hold one of phrases, its words one
// after another.
func hasPhrase(tokens []string, phrases [][]string) bool {
	for i := range tokens {
		for _, p := range phrases {
			if i+len(p) <= len(tokens) && slices.Equal(tokens[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

// steeringText is what a steering word is searched as: itself, for a
// quarter or a half every spelling of it, and for a word asking for money
// added to a deal every word an article adds it with.
func steeringText(w string) string {
	if alts, ok := quarters[w]; ok {
		return strings.Join(alts, " ")
	}
	if alts, ok := halves[w]; ok {
		return strings.Join(alts, " ")
	}
	if addedWords[w] {
		return addedText
	}
	if short := monthShort[w]; short != "" {
		// An article may write "Sept. 2024" or "Oct 2024".
		return w + " " + short
	}
	return w
}

// monthShort are the short names of each month, as an article may write
// them: the inverse of monthNames.
var monthShort = map[string]string{
	"january": "jan", "february": "feb", "march": "mar", "april": "apr", "june": "jun", "july": "jul",
	"august": "aug", "september": "sep sept", "october": "oct", "november": "nov", "december": "dec",
}

// addedWords say that money is added to an earlier deal: "google anthropic
// additional investment" asks for what an article reports as "a further
// $1 billion" or "another $2 billion", so each word steers to articles
// that use any of them. "more" and "new" say too much else to steer so.
var addedWords = setOf("additional further another extra")

// addedText is every word of addedWords, for a match query.
var addedText = strings.Join(slices.Sorted(maps.Keys(addedWords)), " ")
