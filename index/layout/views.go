package layout

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// report is one row of a comparison: the shares one article reported.
type report struct {
	label  string // the period, else the month the article appeared
	when   time.Time
	src    index.Source
	firm   string
	market string
	shares map[string]index.FactAnswer // by company
	ids    []string
}

// layCompare lays out market shares side by side: one row per report,
// newest first, the companies asked for in the order asked, the research
// firm on each row.
func layCompare(r *Reply, a index.Answer, opts Options) {
	var rows []*report
	at := map[string]*report{}
	for _, f := range a.Facts {
		if f.Kind != corpus.MarketShare {
			continue
		}
		if f.Group() {
			continue
		}
		for _, s := range f.Sources {
			// A row is one period as one firm measured it in one region;
			// a share without a period is its article's.
			firm := firmOf(f)
			key := "a|" + s.ArticleID
			if f.Period != "" {
				key = strings.Join([]string{"p", string(f.Period), firm, f.Region}, "|")
			}
			row, ok := at[key]
			if !ok {
				row = &report{src: s, market: f.Market, firm: firm, shares: map[string]index.FactAnswer{}}
				row.label, row.when = PeriodLabel(f.Period), periodDate(f.Period)
				if row.label == "" {
					row.label, row.when = corpus.FormatMonth(s.Published), s.Published
				}
				at[key] = row
				rows = append(rows, row)
			}
			c := company(f)
			if _, taken := row.shares[c]; taken {
				continue
			}
			row.shares[c] = f
			row.ids = append(row.ids, f.ID)
			if f.Period != "" {
				break // the best source stands for the period
			}
		}
	}
	// A row that names one company compares nothing when several were
	// asked for: "Show all" lists it.
	allRows := len(rows)
	if need := min(2, len(a.Companies)); need > 1 {
		rows = slices.DeleteFunc(rows, func(r *report) bool { return len(r.shares) < need })
	}
	// Rows that compare more of the companies asked for are the answer;
	// among equals, the newest.
	slices.SortStableFunc(rows, func(x, y *report) int {
		if c := cmp.Compare(min(len(y.shares), 2), min(len(x.shares), 2)); c != 0 {
			return c
		}
		return y.when.Compare(x.when)
	})
	if len(rows) == 0 {
		r.Notes = append(notes(a, nil), "No market shares for "+orList(a.Companies)+" in the articles.")
		return
	}
	companies := a.Companies
	r.Notes = notes(a, nil)
	first := rows[0]
	r.Lead = Line{{Text: shareRow(first, companies), Strong: true}}
	if first.label != "" {
		r.Lead = append(r.Lead, Span{Text: " · " + first.label})
	}
	if first.firm != "" {
		r.Lead = append(r.Lead, Span{Text: " · " + first.firm})
	}
	if first.market != "" {
		r.Lead = append(r.Lead, Span{Text: " · " + first.market})
	}
	r.Source = sourceLine(first.src, true)
	r.FactIDs = append(r.FactIDs, first.ids...)
	shown := rows[1:min(len(rows), 1+max(opts.MaxLines, 5))]
	for _, row := range shown {
		l := Line{{Text: row.label}}
		if row.firm != "" {
			l = append(l, Span{Text: " · " + row.firm})
		}
		l = append(l, Span{Text: ": "}, Span{Text: shareRow(row, companies), Strong: true}, Span{Text: " · "})
		l = append(l, sourceLine(row.src, false)[0])
		r.Lines = append(r.Lines, l)
		r.FactIDs = append(r.FactIDs, row.ids...)
	}
	if len(r.Lines) > 0 {
		r.Heading = "Earlier reports"
	}
	for _, row := range rows[:1+len(shown)] {
		if slices.ContainsFunc(companies, func(c string) bool { _, ok := row.shares[c]; return !ok }) {
			r.Footnotes = append(r.Footnotes, NoShareNote)
			break
		}
	}
	if left := allRows - 1 - len(shown); left > 0 {
		r.Hidden = strconv.Itoa(1+len(shown)) + " of " + count(allRows, "report", "reports")
		r.More = left
	}
}

// NoShareNote explains the dash a comparison shows for a company a report
// gives no share for.
const NoShareNote = "– no share reported for that period"

// shareRow writes a report's shares in the order the companies were asked:
// "Amazon 28% · Microsoft 21% · Google 15%", "–" for a company it omits.
func shareRow(row *report, companies []string) string {
	parts := make([]string, 0, len(companies))
	for _, c := range companies {
		if f, ok := row.shares[c]; ok {
			parts = append(parts, c+" "+corpus.FormatCompact(f.Fact))
		} else {
			parts = append(parts, c+" –")
		}
	}
	return strings.Join(parts, " · ")
}

// periodDate is a period's last day, to sort by; zero when unknown.
func periodDate(p corpus.Period) time.Time {
	y := p.Year()
	if y == 0 {
		return time.Time{}
	}
	rest := strings.TrimPrefix(string(p)[4:], "-")
	month := 12
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		month = 3 * int(rest[1]-'0')
	case len(rest) == 2 && rest[0] == 'H':
		month = 6 * int(rest[1]-'0')
	case len(rest) == 2:
		if m, err := strconv.Atoi(rest); err == nil && m >= 1 && m <= 12 {
			month = m
		}
	}
	return time.Date(y, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC)
}

// timelineLines is how many deals a timeline lists under its first line.
const timelineLines = 8

// layTimeline lays out the deals between companies in date order, each
// with its figures and what it was.
func layTimeline(r *Reply, a index.Answer, opts Options) {
	var deals []group
	for _, g := range groups(a.Facts) {
		if g.first().Kind == corpus.DealValue {
			deals = append(deals, g)
		}
	}
	slices.SortStableFunc(deals, func(x, y group) int {
		return x.first().Published().Compare(y.first().Published())
	})
	if len(deals) == 0 {
		r.Notes = append(notes(a, nil), "No deals between "+andList(a.Companies)+" in the articles.")
		return
	}
	r.Notes = notes(a, nil)
	last := deals[len(deals)-1].first()
	who := strings.Join(a.Companies, " · ")
	if who == "" {
		who = "Deals"
	}
	r.Lead = Line{
		{Text: who + ": " + count(len(deals), "deal", "deals"), Strong: true},
		{Text: ", " + monthRange(deals[0].first().Published(), last.Published()) + "; latest " + corpus.FormatCompact(last.Fact)},
	}
	shown := deals[:min(len(deals), max(opts.MaxLines, timelineLines))]
	for _, g := range shown {
		f := g.first()
		first, rest := figures(g)
		l := Line{{Text: corpus.FormatMonth(f.Published()) + " · "}, {Text: first, Strong: true}}
		if t := dealTypeLabel(f.DealType); t != "" && f.What == "" {
			rest += " " + t
		}
		l = append(l, Span{Text: rest + statusNote(g) + ", " + parties(g) + " ·"})
		src := f.Sources[0]
		l = append(l, Span{Text: " "}, Span{Text: Shorten(src.Title, 90), URL: src.URL})
		if src.Publication != "" {
			l = append(l, Span{Text: " · " + src.Publication})
		}
		r.Lines = append(r.Lines, l)
		for _, f := range g.facts {
			r.FactIDs = append(r.FactIDs, f.ID)
		}
	}
	r.Heading = "In date order"
	if left := len(deals) - len(shown); left > 0 {
		r.Hidden = strconv.Itoa(len(shown)) + " of " + count(len(deals), "deal", "deals")
		r.More = left
	}
}

// dealTypeLabel names a deal type for a line: "investment".
func dealTypeLabel(t corpus.DealType) string {
	return strings.ReplaceAll(string(t), "_", " ")
}

// LayArticles lays out the articles that matched a question, best first.
func LayArticles(a index.Answer) Reply {
	r := Reply{Query: a.Query, Articles: len(a.Articles) + a.MoreArticles}
	if r.Articles == 0 {
		return r
	}
	r.ArticlesAbout = articlesAbout(a)
	r.Lead = Line{{Text: r.ArticlesLine(), Strong: true}}
	for _, h := range a.Articles {
		r.Lines = append(r.Lines, sourceLine(h.Source, true))
	}
	if a.MoreArticles > 0 {
		r.Hidden = strconv.Itoa(len(a.Articles)) + " of " + count(r.Articles, "article", "articles")
		r.More = a.MoreArticles
	}
	return r
}

func andList(names []string) string {
	return strings.Replace(orList(names), " or ", " and ", 1)
}
