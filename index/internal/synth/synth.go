// Package synth generates a deterministic corpus of news-like articles about
// cloud deals for dealbot's benchmarks.
//
// Each article is 300 to 800 words: a headline stating a deal, a few
// sentences with deal values, seat counts and market shares written the
// many ways the press writes them ("$1.2bn", "US$4 billion", "more than
// 100,000 seats", "a 32% share"), company aliases (AWS, Azure, GCP), and
// paragraphs of plausible business prose around them. The same seed always
// gives the same articles, so benchmark runs compare like with like.
//
// It must not be used for anything but tests and benchmarks: the figures
// are invented.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// Bounds on an article's length in words, title included.
const (
	MinWords = 300
	MaxWords = 800
)

// Articles returns n articles generated from seed. The same seed and n give
// the same articles; the first k of Articles(seed, n) are the same for every
// n ≥ k. IDs are derived from title and body the way the corpus loaders
// derive them, so loading the articles back from Markdown gives the same IDs.
func Articles(seed int64, n int) []corpus.Article {
	out := make([]corpus.Article, n)
	// Every article has its own random stream, so they can be generated
	// in parallel and still come out the same.
	workers := min(runtime.GOMAXPROCS(0), max(1, n/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				g := gen{r: rand.New(rand.NewPCG(uint64(seed), uint64(i)))}
				out[i] = g.article(i)
			}
		})
	}
	wg.Wait()
	return out
}

// Markdown renders a as a Markdown file with YAML front matter, the format
// corpus.LoadDir reads.
func Markdown(a corpus.Article) []byte {
	var b strings.Builder
	b.Grow(len(a.Body) + 256)
	b.WriteString("---\ntitle: ")
	b.WriteString(strconv.Quote(a.Title))
	b.WriteString("\ndate: ")
	b.WriteString(a.Published.Format("2006-01-02"))
	b.WriteString("\nsource: ")
	b.WriteString(strconv.Quote(a.Publication))
	b.WriteString("\nurl: ")
	b.WriteString(a.URL)
	b.WriteString("\n---\n\n")
	b.WriteString(a.Body)
	b.WriteString("\n")
	return []byte(b.String())
}

// WriteDir writes each article into dir as a Markdown file named after its
// index, for benchmarks that measure loading too.
func WriteDir(dir string, articles []corpus.Article) error {
	for i, a := range articles {
		name := filepath.Join(dir, fmt.Sprintf("%06d.md", i))
		if err := os.WriteFile(name, Markdown(a), 0o644); err != nil {
			return fmt.Errorf("writing a synthetic article: %w", err)
		}
	}
	return nil
}

// Words counts the words of an article's title and body.
func Words(a corpus.Article) int {
	return len(strings.Fields(a.Title)) + len(strings.Fields(a.Body))
}

// gen builds one article from its own random stream, so articles do not
// depend on each other and can be generated in any order.
type gen struct {
	r *rand.Rand
	// The deal the article is about.
	vendor, customer party
	product          string
	money            string // as written in the headline
	seats            string
	// fillers is the order this article uses the prose templates in, so a
	// paragraph is not repeated before all have been used.
	fillers []int
	used    int
}

// party is a company and the names an article may call it by.
type party struct {
	name    string
	aliases []string
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// call names a party, by its name most of the time and by an alias now and
// then, as articles do after the first mention.
func (g *gen) call(p party) string {
	if len(p.aliases) > 0 && g.r.IntN(3) == 0 {
		return g.pick(p.aliases)
	}
	return p.name
}

func (g *gen) article(i int) corpus.Article {
	g.vendor = vendors[g.r.IntN(len(vendors))]
	g.customer = g.customerParty()
	for g.customer.name == g.vendor.name {
		g.customer = g.customerParty()
	}
	g.product = g.pick(products)
	g.money = g.moneyText()
	g.seats = g.seatText()

	title := g.title()
	target := MinWords + g.r.IntN(MaxWords-MinWords-60) // the last sentence may add up to 50 words
	words := len(strings.Fields(title))

	var paras []string
	var para []string
	add := func(s string) {
		para = append(para, s)
		words += len(strings.Fields(s))
	}
	// The lede states the deal; facts and prose follow in random order,
	// three to six sentences a paragraph.
	add(g.lede())
	for words < target {
		if len(para) >= 3+g.r.IntN(4) {
			paras = append(paras, strings.Join(para, " "))
			para = para[:0]
		}
		// About a third of sentences state a figure, a little more
		// than the shipped articles do, so extraction is not flattered.
		switch k := g.r.IntN(20); {
		case k < 3:
			add(g.dealSentence())
		case k < 5:
			add(g.seatSentence())
		case k < 6:
			add(g.shareSentence())
		case k < 7:
			add(g.revenueSentence())
		default:
			add(g.filler())
		}
	}
	paras = append(paras, strings.Join(para, " "))
	body := strings.Join(paras, "\n\n")

	day := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(8*365))
	slug := strings.ToLower(strings.NewReplacer(" ", "-", ".", "", "&", "and").Replace(g.vendor.name + " " + g.customer.name))
	return corpus.Article{
		ID:          corpus.ArticleID(title, body),
		Title:       title,
		Body:        body,
		Published:   day,
		Publication: g.pick(publications),
		URL:         fmt.Sprintf("https://news.example.com/%d/%s-%d", day.Year(), slug, i),
		Path:        fmt.Sprintf("%06d.md", i),
	}
}

func (g *gen) customerParty() party {
	if g.r.IntN(3) == 0 {
		return vendors[g.r.IntN(len(vendors))]
	}
	// A company the gazetteer does not know, as most customers are.
	name := g.pick(customerFirst) + " " + g.pick(customerSecond)
	return party{name: name, aliases: []string{strings.Fields(name)[0]}}
}

// moneyText writes an amount the ways the press does.
func (g *gen) moneyText() string {
	whole := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 50, 100, 300}
	n := whole[g.r.IntN(len(whole))]
	dec := ""
	if n < 10 && g.r.IntN(2) == 0 {
		dec = "." + strconv.Itoa(1+g.r.IntN(9))
	}
	millions := 50 * (1 + g.r.IntN(19))
	switch g.r.IntN(10) {
	case 0:
		return fmt.Sprintf("$%d%sbn", n, dec)
	case 1:
		return fmt.Sprintf("US$%d%s billion", n, dec)
	case 2:
		return fmt.Sprintf("$%d million", millions)
	case 3:
		return fmt.Sprintf("€%d%s billion", n, dec)
	case 4:
		return fmt.Sprintf("£%dm", millions)
	case 5:
		return fmt.Sprintf("%d%s billion dollars", n, dec)
	case 6:
		return fmt.Sprintf("$%d%sB", n, dec)
	case 7:
		return fmt.Sprintf("USD %d%s billion", n, dec)
	default:
		return fmt.Sprintf("$%d%s billion", n, dec)
	}
}

func (g *gen) seatText() string {
	n := []int{500, 2000, 5000, 12500, 20000, 30000, 45000, 60000, 100000, 150000, 250000}[g.r.IntN(11)]
	num := commas(n)
	if n >= 1000 && g.r.IntN(4) == 0 {
		num = strconv.Itoa(n/1000) + ",000"
	}
	return num
}

func (g *gen) shareText() string {
	p := 3 + g.r.IntN(38)
	switch g.r.IntN(3) {
	case 0:
		return fmt.Sprintf("%d%%", p)
	case 1:
		return fmt.Sprintf("%d percent", p)
	default:
		return fmt.Sprintf("%d per cent", p)
	}
}

func commas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// fill replaces the placeholders of a template: {V} the vendor, {C} the
// customer, {P} the product, {M} the deal's amount, {m} another amount,
// {S} the seats, {N} a share, {Y} a year, {Q} a quarter, {X} an executive,
// {F} a research firm, {K} a market, {R} a rival vendor, {D} a duration.
func (g *gen) fill(t string) string {
	var b strings.Builder
	b.Grow(len(t) + 64)
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 || i+2 >= len(t) || t[i+2] != '}' {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		switch t[i+1] {
		case 'V':
			b.WriteString(g.call(g.vendor))
		case 'C':
			b.WriteString(g.call(g.customer))
		case 'P':
			b.WriteString(g.product)
		case 'M':
			b.WriteString(g.money)
		case 'm':
			b.WriteString(g.moneyText())
		case 'S':
			b.WriteString(g.seats)
		case 'N':
			b.WriteString(g.shareText())
		case 'Y':
			b.WriteString(strconv.Itoa(2018 + g.r.IntN(8)))
		case 'Q':
			b.WriteString(g.pick(quarters))
		case 'X':
			b.WriteString(g.pick(firstNames) + " " + g.pick(lastNames))
		case 'F':
			b.WriteString(g.pick(researchFirms))
		case 'K':
			b.WriteString(g.pick(markets))
		case 'R':
			r := vendors[g.r.IntN(len(vendors))]
			b.WriteString(g.call(r))
		case 'D':
			b.WriteString(g.pick(durations))
		default:
			b.WriteString(t[i : i+3])
		}
		t = t[i+3:]
	}
}

func (g *gen) title() string { return g.fill(g.pick(titles)) }
func (g *gen) lede() string  { return g.fill(g.pick(ledes)) }
func (g *gen) dealSentence() string {
	return g.fill(g.pick(dealSentences))
}
func (g *gen) seatSentence() string    { return g.fill(g.pick(seatSentences)) }
func (g *gen) shareSentence() string   { return g.fill(g.pick(shareSentences)) }
func (g *gen) revenueSentence() string { return g.fill(g.pick(revenueSentences)) }
func (g *gen) filler() string {
	if g.used%len(fillers) == 0 {
		g.fillers = g.r.Perm(len(fillers))
	}
	t := fillers[g.fillers[g.used%len(fillers)]]
	g.used++
	return g.fill(t)
}
