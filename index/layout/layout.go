// Package layout turns an index.Answer into the reply a person reads: the
// answer in the first line, one line for each further deal or share, and a
// count of what is left out. Slack's blocks, the plain-text fallback and the
// terminal are all drawn from the same Reply, so they never disagree.
//
// It knows no output format: text in a Reply is plain, as the articles and
// the user wrote it, and each renderer escapes it for its medium.
package layout

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// Span is a run of text in a line: emphasised (the figure), linked (a
// title), or plain.
type Span struct {
	Text   string
	Strong bool
	// URL, when set, is the link the text leads to.
	URL string
}

// Line is one line of a reply.
type Line []Span

// Plain returns the line's text without emphasis or links.
func (l Line) Plain() string {
	var b strings.Builder
	for _, s := range l {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Reply is an answer laid out for reading.
type Reply struct {
	// Query is the question as asked.
	Query string
	// Notes are said before the answer: a kind asked for that does not
	// exist, words that matched nothing.
	Notes []string
	// Lead is the answer: who, how much, for what, how many seats. Empty
	// only when nothing was found.
	Lead Line
	// Detail is the sentence the lead's figure came from; empty when it
	// would only repeat the source's headline.
	Detail string
	// Source says where the lead came from: the title (linked when a link
	// is known), the publication and the date.
	Source Line
	// Heading names the Lines: "Other deals naming both", "Earlier".
	Heading string
	// Lines are the further deals or shares, one each.
	Lines []Line
	// Hidden counts what is not shown, such as "3 of 7 deal figures naming
	// both"; empty when everything is shown.
	Hidden string
	// Footnotes explain the marks the lead and lines use, such as the
	// dash a comparison puts for a share a report does not give.
	Footnotes []string
	// More is how many facts were found beyond those shown.
	More int
	// Articles is how many articles matched the question.
	Articles int
	// ArticlesAbout says what they match: "mention Amazon or Microsoft".
	ArticlesAbout string
	// FactIDs are the facts shown, for feedback on the answer.
	FactIDs []string
}

// Empty reports whether the reply has no answer to show.
func (r Reply) Empty() bool { return len(r.Lead) == 0 }

// Options tune a layout.
type Options struct {
	// MaxLines bounds the further lines; 0 means DefaultLines.
	MaxLines int
	// All lists every fact found, of every kind and series, as "Show all"
	// does.
	All bool
}

// maxName bounds a company, market or publication name in a line, in
// characters; longer ones come from broken input, not from the news.
const maxName = 60

// DefaultLines is how many further deals or shares a typical answer lists
// under its first line: with the first, an answer fits on a phone screen.
const DefaultLines = 4

// Lay out an answer; see Reply.
func Lay(a index.Answer, opts Options) Reply {
	if opts.MaxLines <= 0 {
		opts.MaxLines = DefaultLines
	}
	r := Reply{Query: a.Query, Articles: len(a.Articles) + a.MoreArticles}
	if r.Articles > 0 {
		r.ArticlesAbout = articlesAbout(a)
	}
	if len(a.Facts) == 0 {
		r.Notes = notes(a, nil)
		return r
	}
	shares := a.Kind == corpus.MarketShare && a.Facts[0].Kind == corpus.MarketShare
	switch {
	case a.View == index.ViewCompare || (a.View == index.ViewAnswer && shares && len(a.Companies) > 1):
		// Shares of several companies read best side by side.
		layCompare(&r, a, opts)
	case a.View == index.ViewTimeline:
		layTimeline(&r, a, opts)
	default:
		layAnswer(&r, a, opts)
	}
	return r
}

// group is the facts an answer shows as one line: those of one article,
// which describe one deal (its value, its seats) or one report.
type group struct {
	facts []index.FactAnswer
}

func (g group) first() index.FactAnswer { return g.facts[0] }

// groups folds facts into the lines an answer shows, in the order of each
// line's best fact: the facts of one deal (its value, seats and length, as
// corpus.Deals groups an article's facts) are one line; any other fact is a
// line of its own.
func groups(facts []index.FactAnswer) []group {
	var out []group
	byArticle := map[string][]int{} // article -> indexes into facts of its deal facts
	var order []string
	for i, f := range facts {
		if !dealKind(f.Kind) {
			continue
		}
		key := articleOf(f)
		if _, ok := byArticle[key]; !ok {
			order = append(order, key)
		}
		byArticle[key] = append(byArticle[key], i)
	}
	placed := make([]int, len(facts)) // 1 + the group each fact is in
	for _, key := range order {
		idx := byArticle[key]
		plain := make([]corpus.Fact, len(idx))
		for j, i := range idx {
			plain[j] = facts[i].Fact
			plain[j].ArticleID = key
		}
		deals := corpus.Deals(plain)
		for _, d := range deals {
			var g group
			for _, df := range d.Facts {
				for _, i := range idx {
					if placed[i] == 0 && sameFact(facts[i].Fact, df) {
						g.facts = append(g.facts, facts[i])
						placed[i] = -1
						break
					}
				}
			}
			if len(g.facts) > 0 {
				out = append(out, g)
			}
		}
	}
	// Put the groups in the order of their best fact, with the facts
	// corpus.Deals left out (and every other kind) on lines of their own.
	var ordered []group
	seen := map[int]bool{}
	for i, f := range facts {
		if placed[i] == 0 || !dealKind(f.Kind) {
			ordered = append(ordered, group{facts: []index.FactAnswer{f}})
			continue
		}
		for gi, g := range out {
			if !seen[gi] && slices.ContainsFunc(g.facts, func(h index.FactAnswer) bool { return h.ID == f.ID && sameFact(h.Fact, f.Fact) }) {
				seen[gi] = true
				ordered = append(ordered, orderGroup(g))
			}
		}
	}
	return ordered
}

// orderGroup puts a deal's value first, then its seats and length.
func orderGroup(g group) group {
	slices.SortStableFunc(g.facts, func(a, b index.FactAnswer) int {
		return kindRank(a.Kind) - kindRank(b.Kind)
	})
	return g
}

func kindRank(k corpus.Kind) int {
	switch k {
	case corpus.DealValue:
		return 0
	case corpus.Seats:
		return 1
	default:
		return 2
	}
}

func dealKind(k corpus.Kind) bool {
	return k == corpus.DealValue || k == corpus.Seats || k == corpus.ContractLength
}

func articleOf(f index.FactAnswer) string {
	if len(f.Sources) > 0 && f.Sources[0].ArticleID != "" {
		return f.Sources[0].ArticleID
	}
	return f.ArticleID
}

func sameFact(a, b corpus.Fact) bool {
	return a.Kind == b.Kind && a.Value == b.Value && a.Unit == b.Unit && a.Text == b.Text && a.Sentence == b.Sentence
}

// figures writes a deal group's figures: "over $1B for Microsoft 365, about
// 1M seats, 7 years".
func figures(g group) (first string, rest string) {
	for i, f := range g.facts {
		text := corpus.FormatCompact(f.Fact)
		if f.Kind == corpus.Seats && f.Product != "" && strings.HasSuffix(text, " seats") {
			text = strings.TrimSuffix(text, " seats") + " " + Shorten(f.Product, maxName) + " seats"
		}
		if f.Kind == corpus.DealValue && f.What != "" {
			text += " for " + Shorten(f.What, maxName)
		}
		if i == 0 {
			first = text
			continue
		}
		rest += ", " + text
	}
	return first, rest
}

// parties writes who a deal is between, payer first: "Amazon → Microsoft",
// or "Amazon · Microsoft" when the article does not say who paid.
func parties(g group) string {
	var payers, paid, others []string
	add := func(list *[]string, name string) {
		if !slices.Contains(*list, name) {
			*list = append(*list, name)
		}
	}
	for _, f := range g.facts {
		for _, p := range f.Parties {
			switch {
			case p.Role.Pays():
				add(&payers, p.Name)
			case p.Role.Paid():
				add(&paid, p.Name)
			}
		}
	}
	// One figure of a deal may say who was paid where another, read less
	// surely, lists the same company among those paying: it was paid.
	if kept := slices.DeleteFunc(slices.Clone(payers), func(n string) bool { return slices.Contains(paid, n) }); len(kept) > 0 {
		payers = kept
	}
	for _, f := range g.facts {
		for _, c := range f.Companies {
			if !slices.Contains(payers, c) && !slices.Contains(paid, c) {
				add(&others, c)
			}
		}
	}
	clip := func(names []string) string {
		if len(names) > 4 {
			names = append(names[:4:4], "others")
		}
		return Shorten(strings.Join(names, " · "), 2*maxName)
	}
	switch {
	case len(payers) > 0 && len(paid) == 0 && len(others) > 0:
		return clip(payers) + " → " + clip(others)
	case len(payers) > 0 && len(paid) > 0:
		return clip(payers) + " → " + clip(paid)
	case len(paid) > 0 && len(others) > 0:
		return clip(others) + " → " + clip(paid)
	}
	return clip(append(append(payers, paid...), others...))
}

// statusNote marks a deal that did not go ahead: " (cancelled)".
func statusNote(g group) string {
	for _, f := range g.facts {
		if !f.Status.Live() {
			return " (" + string(f.Status) + ")"
		}
	}
	return ""
}

// PeriodLabel writes a period for a reader: "Q3 2025", "H1 2024", "Mar
// 2025", "2024"; "" for the zero Period.
func PeriodLabel(p corpus.Period) string {
	y := p.Year()
	if y == 0 {
		return ""
	}
	year, rest := string(p)[:4], strings.TrimPrefix(string(p)[4:], "-")
	switch {
	case rest == "":
		return year
	case strings.HasPrefix(rest, "Q") || strings.HasPrefix(rest, "H"):
		return rest + " " + year
	default:
		if t, err := time.Parse("2006-01", string(p)); err == nil {
			return t.Format("Jan 2006")
		}
		return string(p)
	}
}

// shareLabel writes what a share is of and who says so: " of cloud
// infrastructure · Europe · Q4 2025 · Synergy Research Group".
func shareLabel(f index.FactAnswer, market bool) string {
	var parts []string
	if market && f.Market != "" {
		parts = append(parts, "of "+Shorten(f.Market, maxName))
	}
	if f.Region != "" && !strings.EqualFold(f.Region, "worldwide") && !strings.EqualFold(f.Region, "global") {
		parts = append(parts, Shorten(f.Region, maxName))
	}
	if p := PeriodLabel(f.Period); p != "" {
		parts = append(parts, p)
	}
	if firm := firmOf(f); firm != "" {
		parts = append(parts, firm)
	}
	if len(parts) == 0 {
		return ""
	}
	if market && f.Market != "" {
		return " " + parts[0] + strings.Join(append([]string{""}, parts[1:]...), " · ")
	}
	return " · " + strings.Join(parts, " · ")
}

// shareDate is when a share was measured: the end of its period, else
// its article's date.
func shareDate(f index.FactAnswer) time.Time {
	if t := periodDate(f.Period); !t.IsZero() {
		return t
	}
	return f.Published()
}

// sameSeriesShare says whether two shares can be read as one series: the
// same company, and no different market, region or firm.
func sameSeriesShare(a, b index.FactAnswer) bool {
	differ := func(x, y string) bool { return x != "" && y != "" && !strings.EqualFold(x, y) }
	return company(a) == company(b) && !differ(a.Region, b.Region) && !differ(firmOf(a), firmOf(b)) && !differ(a.Market, b.Market)
}

// layAnswer lays out a plain answer: the best deal or share first, then
// more of the same kind.
func layAnswer(r *Reply, a index.Answer, opts Options) {
	lead := a.Facts[0]
	var same []index.FactAnswer
	for _, f := range a.Facts {
		if opts.All || sameSeries(lead, f) {
			same = append(same, f)
		}
	}
	gs := groups(same)
	r.Notes = notes(a, &lead)
	r.Lead, r.Detail, r.Source = leadOf(gs[0], a)
	shown := gs[0].facts
	lines := gs[1:]
	if lead.Kind == corpus.MarketShare && !opts.All {
		// Earlier shares of the same series only, newest first: another
		// market, region or firm is another series, shown with "Show all".
		lines = slices.DeleteFunc(slices.Clone(lines), func(g group) bool { return !sameSeriesShare(lead, g.first()) })
		slices.SortStableFunc(lines, func(x, y group) int { return shareDate(y.first()).Compare(shareDate(x.first())) })
	}
	if len(lines) > opts.MaxLines {
		lines = lines[:opts.MaxLines]
	}
	cited := map[string]bool{articleOf(lead): true}
	for _, g := range lines {
		r.Lines = append(r.Lines, lineOf(g, gs[0], cited))
		cited[articleOf(g.first())] = true
		shown = append(shown, g.facts...)
	}
	if len(r.Lines) > 0 {
		r.Heading = headingOf(a, lead, lines)
		if opts.All {
			r.Heading = "Everything else found"
		}
	}
	for _, f := range shown {
		r.FactIDs = append(r.FactIDs, f.ID)
	}
	r.Hidden, r.More = hidden(a, lead, shown)
}

// sameSeries says whether f belongs in the same list as the lead: deals
// with deals (seats and contract lengths ride along with their deal),
// shares with shares.
func sameSeries(lead, f index.FactAnswer) bool {
	if lead.Kind == corpus.MarketShare || f.Kind == corpus.MarketShare {
		return lead.Kind == f.Kind
	}
	return f.Kind == corpus.DealValue || f.Kind == corpus.Seats || f.Kind == lead.Kind
}

// leadOf writes the first line of an answer from the best group.
func leadOf(g group, a index.Answer) (lead Line, detail string, source Line) {
	f := g.first()
	if f.Kind == corpus.MarketShare {
		lead = Line{{Text: company(f) + ": " + corpus.FormatCompact(f.Fact), Strong: true}}
		if l := shareLabel(f, true); l != "" {
			lead = append(lead, Span{Text: l})
		}
	} else {
		who := parties(g)
		if who == "" {
			who = f.Kind.Label()
		}
		first, rest := figures(g)
		lead = Line{{Text: who + ": " + first, Strong: true}}
		if rest != "" || statusNote(g) != "" {
			lead = append(lead, Span{Text: rest + statusNote(g)})
		}
	}
	src := f.Sources[0]
	detail = strings.Join(strings.Fields(f.Sentence), " ")
	if sameText(detail, src.Title) {
		detail = ""
	}
	return lead, detail, sourceLine(src, true)
}

// lineOf writes one further line of an answer: the figures, then what they
// are (the article's title, linked), or who the deal is between when a line
// above already names the article: no headline is quoted twice.
func lineOf(g group, lead group, cited map[string]bool) Line {
	f := g.first()
	var l Line
	if f.Kind == corpus.MarketShare {
		if c := company(f); c != company(lead.first()) || lead.first().Kind != corpus.MarketShare {
			l = append(l, Span{Text: c + " "})
		}
		l = append(l, Span{Text: corpus.FormatCompact(f.Fact), Strong: true})
		l = append(l, Span{Text: shareLabel(f, f.Market != lead.first().Market)})
		return append(l, append(Line{{Text: " · "}}, sourceLine(f.Sources[0], false)...)...)
	}
	first, rest := figures(g)
	l = append(l, Span{Text: first, Strong: true})
	if rest != "" || statusNote(g) != "" {
		l = append(l, Span{Text: rest + statusNote(g)})
	}
	src := f.Sources[0]
	if !cited[articleOf(f)] {
		l = append(l, Span{Text: " · "}, Span{Text: Shorten(src.Title, 90), URL: src.URL})
	} else {
		l = append(l, Span{Text: " · " + parties(g)})
	}
	meta := []string{}
	if src.Publication != "" {
		meta = append(meta, Shorten(src.Publication, maxName))
	}
	if d := corpus.FormatMonth(src.Published); d != "" {
		meta = append(meta, d)
	}
	if len(meta) > 0 {
		l = append(l, Span{Text: " · " + strings.Join(meta, " · ")})
	}
	return l
}

// headingOf names the further lines of an answer.
func headingOf(a index.Answer, lead index.FactAnswer, lines []group) string {
	if lead.Kind == corpus.MarketShare {
		for _, g := range lines {
			if company(g.first()) != company(lead) {
				return "Other market shares"
			}
		}
		// "Earlier" only when it is true: a question narrowed to a period
		// leads with that period, and later reports follow it.
		for _, g := range lines {
			if factDate(g.first()).Before(factDate(lead)) {
				continue
			}
			if len(lead.Companies) == 0 {
				return "Other shares" // company's "Share" would read "Other Share shares"
			}
			return "Other " + company(lead) + " shares"
		}
		return "Earlier"
	}
	// "Naming both" only when every line does: a question's companies
	// may be named together in no other deal.
	all := true
	for _, g := range lines {
		all = all && coversAll(g.first().Companies, a.Companies)
	}
	switch {
	case a.View == index.ViewLatest:
		return "Before that"
	case len(a.Companies) == 2 && all:
		return "Other deals naming both"
	case len(a.Companies) > 2 && all:
		return "Other deals naming them"
	case len(a.Companies) >= 2:
		return "Other deals"
	case len(a.Companies) == 1 && all:
		// Only when every line names it: a company guessed from a product
		// ("gemini") can lead to articles that merely mention the product.
		return "Other " + a.Companies[0] + " deals"
	}
	return "Other deals"
}

// factDate is when a fact held: its period's last day, or else the day its
// article was published.
func factDate(f index.FactAnswer) time.Time {
	if d := periodDate(f.Period); !d.IsZero() {
		return d
	}
	if len(f.Sources) > 0 {
		return f.Sources[0].Published
	}
	return time.Time{}
}

// hidden counts the facts of the lead's kind not shown: "3 of 7 deal
// figures naming both".
func hidden(a index.Answer, lead index.FactAnswer, shown []index.FactAnswer) (string, int) {
	found := a.Found
	if len(found) == 0 {
		// An answer built without counts: what it holds is all there is.
		for _, f := range a.Facts {
			found = addCount(found, f.Kind, coversAll(f.Companies, a.Companies))
		}
	}
	a.Found = found
	total, all := 0, 0
	for _, c := range a.Found {
		total += c.N
		if c.Kind == lead.Kind && c.AboutAll {
			all += c.N
		}
	}
	shownOfKind := 0
	for _, f := range shown {
		if f.Kind == lead.Kind {
			shownOfKind++
		}
	}
	more := max(0, total-len(shown))
	if more == 0 {
		return "", 0
	}
	of := all
	if of == 0 {
		for _, c := range a.Found {
			if c.Kind == lead.Kind {
				of += c.N
			}
		}
	}
	if shownOfKind >= of && all > 0 {
		// Every figure of the kind naming them all is shown: count the
		// kind's figures naming fewer of them instead.
		of, all = 0, 0
		for _, c := range a.Found {
			if c.Kind == lead.Kind {
				of += c.N
			}
		}
	}
	if shownOfKind >= of {
		// Every figure of the lead's kind is shown; the rest are other
		// kinds (growth, revenue) that "Show all" lists.
		return count(more, "other figure", "other figures"), more
	}
	noun := strings.TrimSuffix(lead.Kind.Plural(), "s")
	switch lead.Kind {
	case corpus.DealValue:
		noun = "deal figure"
	case corpus.MarketShare:
		noun = "market share"
	}
	s := strconv.Itoa(min(shownOfKind, of)) + " of " + count(of, noun, noun+"s")
	if all > 0 {
		s += naming(a.Companies)
	}
	return s, more
}

func addCount(counts []index.Count, k corpus.Kind, all bool) []index.Count {
	for i, c := range counts {
		if c.Kind == k && c.AboutAll == all {
			counts[i].N++
			return counts
		}
	}
	return append(counts, index.Count{Kind: k, AboutAll: all, N: 1})
}

func coversAll(have, want []string) bool {
	if len(want) == 0 {
		return false
	}
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// naming says which companies a count is about: " naming both".
func naming(companies []string) string {
	switch len(companies) {
	case 0:
		return ""
	case 1:
		return " for " + companies[0]
	case 2:
		return " naming both"
	default:
		return " naming all " + strconv.Itoa(len(companies))
	}
}

// notes are what an answer says before the figure: the kind asked for when
// there is none, and the words it could not match.
func notes(a index.Answer, lead *index.FactAnswer) []string {
	var out []string
	for _, g := range a.Guesses {
		out = append(out, g.String()+".")
	}
	who := "the articles"
	if len(a.Companies) > 0 {
		who = orList(a.Companies)
	}
	if a.Kind != "" && lead != nil && lead.Kind != a.Kind && a.View == index.ViewAnswer {
		out = append(out, fmt.Sprintf("No %s for %s in the articles; %s instead.", a.Kind.Plural(), who, lead.Kind.Plural()))
	}
	if len(a.Companies) > 1 && lead != nil && lead.Kind != corpus.MarketShare && a.View == index.ViewAnswer &&
		!coversAll(lead.Companies, a.Companies) {
		// The figures rank those naming every company asked for first:
		// a lead naming fewer means no figure names them all.
		out = append(out, fmt.Sprintf("No figure names %s together; figures for %s instead.", andList(a.Companies), orList(a.Companies)))
	}
	if len(a.MentionedOnly) > 0 && lead != nil {
		// No fact names them: the figures are the deals of articles that
		// only mention them, which may be anybody's.
		out = append(out, fmt.Sprintf("No figure names %s; figures from articles that mention %s instead.", orList(a.MentionedOnly), map[bool]string{true: "it", false: "them"}[len(a.MentionedOnly) == 1]))
	}
	if a.Widened {
		what := "figures"
		if lead != nil {
			what = lead.Kind.Plural()
		}
		out = append(out, fmt.Sprintf("Nothing about %s among the figures for %s; other %s instead.", quoteAll(a.Steering), who, what))
	} else if len(a.Unmatched) > 0 {
		// The words were looked for only in the articles about the
		// companies asked for; another article may well say them.
		where := "No article"
		if len(a.Companies) > 0 {
			where = "No article about " + orList(a.Companies)
		}
		out = append(out, fmt.Sprintf("%s mentions %s, so %s left out.", where, quoteAll(a.Unmatched), map[bool]string{true: "it was", false: "they were"}[len(a.Unmatched) == 1]))
	}
	if len(a.Ignored) > 0 {
		out = append(out, fmt.Sprintf("Only the first %d different words were searched for; not %s.", index.MaxQueryWords, quoteAll(a.Ignored)))
	}
	return out
}

// ArticlesLine counts the matching articles and says what they match, the
// verb agreeing with the count: "1 article mentions Oracle", "20 articles
// mention Amazon or Microsoft".
func (r Reply) ArticlesLine() string {
	about := r.ArticlesAbout
	if r.Articles == 1 {
		if rest, ok := strings.CutPrefix(about, "mention "); ok {
			about = "mentions " + rest
		} else if rest, ok := strings.CutPrefix(about, "match "); ok {
			about = "matches " + rest
		}
	}
	return count(r.Articles, "article", "articles") + " " + about
}

// articlesAbout says what the matching articles match.
func articlesAbout(a index.Answer) string {
	if len(a.Companies) > 0 {
		return Shorten("mention "+orList(a.Companies), 2*maxName)
	}
	return "match “" + Shorten(a.Query, maxName) + "”"
}

// sourceLine writes an article as "Title · Publication · Oct 17, 2023",
// the title linked when its link is known. Without withTitle it names the
// publication alone, linked.
func sourceLine(s index.Source, withTitle bool) Line {
	var l Line
	add := func(sp Span) {
		if len(l) > 0 {
			l = append(l, Span{Text: " · "})
		}
		l = append(l, sp)
	}
	switch {
	case withTitle && s.Title != "":
		add(Span{Text: Shorten(s.Title, 150), URL: s.URL})
		if s.Publication != "" {
			add(Span{Text: Shorten(s.Publication, maxName)})
		}
	case s.Publication != "":
		add(Span{Text: Shorten(s.Publication, maxName), URL: s.URL})
	default:
		add(Span{Text: Shorten(s.Title, 60), URL: s.URL})
	}
	if withTitle {
		if d := corpus.FormatDate(s.Published); d != "" {
			add(Span{Text: d})
		}
	} else if d := corpus.FormatMonth(s.Published); d != "" {
		add(Span{Text: d})
	}
	return l
}

// company is the company a market share is of.
func company(f index.FactAnswer) string {
	if len(f.Companies) > 0 {
		return Shorten(f.Companies[0], maxName)
	}
	return "Share"
}

// researchFirms are the firms whose market-share figures the news quotes.
var researchFirms = []string{"Synergy", "Gartner", "Canalys", "IDC", "Omdia", "Forrester", "Statista"}

// firmOf names the research firm a share is attributed to, from its
// sentence or its article's title; empty when neither says.
func firmOf(f index.FactAnswer) string {
	if f.Measurer != "" {
		return shortFirm(f.Measurer)
	}
	for _, firm := range researchFirms {
		if strings.Contains(f.Sentence, firm) || (len(f.Sources) > 0 && strings.Contains(f.Sources[0].Title, firm)) {
			return firm
		}
	}
	return ""
}

// shortFirm drops the words a research firm's name does without:
// "Synergy Research Group" is "Synergy".
func shortFirm(name string) string {
	for _, firm := range researchFirms {
		if strings.HasPrefix(name, firm+" ") {
			return firm
		}
	}
	return Shorten(name, maxName)
}

func sameText(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.Trim(strings.Join(strings.Fields(s), " "), ".!? "))
	}
	return a != "" && norm(a) == norm(b)
}

// Shorten cuts s to at most n runes at a word boundary, with an ellipsis.
func Shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:·-") + "…"
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func orList(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	default:
		return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
	}
}

func quoteAll(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "“" + w + "”"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// span of months between two dates, as "Jul 2019 to Nov 2025".
func monthRange(from, to time.Time) string {
	a, b := corpus.FormatMonth(from), corpus.FormatMonth(to)
	if a == b {
		return a
	}
	return a + " to " + b
}
