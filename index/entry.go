package index

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// MaxFactsPerArticle caps the facts indexed from one article. A news
// article states a few dozen figures; thousands mean a table dump or a
// file made to slow the build, and the first ones are kept.
const MaxFactsPerArticle = 1000

// Entry is what one article puts into an index, whatever the engine: the
// article, the companies it names and its facts. A loader makes one
// document of the article and one of each fact, with the fields of Field.
type Entry struct {
	Article corpus.Article
	// Mentions are the companies the article names or its facts are about
	// and the other organisations it names, so a question about one finds
	// articles that call it by any alias (FieldMentions).
	Mentions []string
	// Facts are the article's facts in the order it states them.
	Facts []EntryFact
	// Organisations are those the article names beyond the companies the
	// extractor knows, for an OrgTally.
	Organisations []corpus.Organisation
	// Warning says why the article is indexed only in part; empty when it
	// is indexed whole.
	Warning string
}

// EntryFact is a fact as an index keeps it.
type EntryFact struct {
	// ID names the fact in every index: see FactID.
	ID   string
	Fact corpus.Fact
	// Headline says the figure is in the article's title too: the news
	// the article was written for, rather than background it repeats.
	Headline bool
	// Retold says the title spells the figure as the body gives it, no
	// fact being read from the title itself: the title does not round
	// another of the body's figures, as a title's own "$8B" may.
	Retold bool
}

// NewEntry extracts an article's facts with x (up to MaxFactsPerArticle)
// and returns what it puts into an index.
func NewEntry(x *extract.Extractor, a corpus.Article) Entry {
	r := x.Read(a)
	facts := r.Facts
	e := Entry{Article: a}
	if len(facts) > MaxFactsPerArticle {
		e.Warning = fmt.Sprintf("%d figures found; only the first %d indexed (split the article if they all matter)", len(facts), MaxFactsPerArticle)
		facts = facts[:MaxFactsPerArticle]
	}
	e.Organisations = articleOrgs(x, r.Organisations, facts)
	e.Mentions = articleCompanies(r.Companies, facts, e.Organisations)
	inTitle := titleFigures(a.Title, facts)
	e.Facts = make([]EntryFact, len(facts))
	for n, f := range facts {
		read, ok := inTitle[figure{f.Kind, f.Value}]
		e.Facts[n] = EntryFact{ID: FactID(a.ID, n), Fact: f, Headline: ok, Retold: ok && !read}
	}
	return e
}

// factPrefix starts the ID of every fact.
const factPrefix = "f:"

// FactID is the ID of an article's nth fact, in the order the article
// states them: "f:ARTICLE:N". Answers name facts by it (FactAnswer.ID), and
// ranking breaks its last ties by it, so every engine must keep it.
func FactID(articleID string, n int) string {
	return factPrefix + articleID + ":" + strconv.Itoa(n)
}

// Dateline spells out when an article appeared, as words a question may
// use: "march 2024", "q1 2024". Dates in metadata would otherwise be
// invisible to a question such as "how much did Amazon put into Anthropic
// in March 2024". An index keeps it as FieldDateline.
func Dateline(t time.Time) string {
	q := (int(t.Month())-1)/3 + 1
	return fmt.Sprintf("%s %d q%d %s", strings.ToLower(t.Month().String()), t.Year(), q, t.Format("2006-01-02"))
}

// figure is a fact's kind and value, what a headline and a sentence share
// when they state the same figure.
type figure struct {
	kind  corpus.Kind
	value float64
}

// titleFigures returns the figures the article's title states, so that a
// fact can be marked as headline news in one look-up: true for a figure
// a fact is read from the title itself, false for one only spelled there.
//
// A title the extractor reads no fact from still states its figure
// ("Blackstone to spend £10B on Northumberland data centre campus", its
// £10B read from the body): a fact whose figure the title spells, as
// headlines shorten it ("$10bn" for "$10 billion"), is the news too.
func titleFigures(title string, facts []corpus.Fact) map[figure]bool {
	out := map[figure]bool{}
	var spelled string
	for _, f := range facts {
		if f.Sentence == title {
			out[figure{f.Kind, f.Value}] = true
			continue
		}
		core := figureSpelling(f.Text)
		if core == "" {
			continue
		}
		if spelled == "" {
			spelled = canonicalFigures(title)
		}
		if key := (figure{f.Kind, f.Value}); !out[key] && spellsFigure(spelled, core) {
			out[key] = false
		}
	}
	return out
}

// figureMagnitudes are the ways a headline or a sentence writes a
// figure's magnitude, longest first, and the letter each is read as.
var figureMagnitudes = strings.NewReplacer(
	" trillion", "t", " billion", "b", " million", "m",
	"trillion", "t", "billion", "b", "million", "m",
	" tn", "t", " bn", "b", " mn", "m",
	"tn", "t", "bn", "b", "mn", "m",
	" per cent", "%", "per cent", "%", " percent", "%", "percent", "%",
	",", "",
)

// canonicalFigures writes s lower-cased without thousands separators and
// with every magnitude as one letter against its number, so "$10
// billion", "$10bn" and "$10B" all read "$10b".
func canonicalFigures(s string) string {
	return figureMagnitudes.Replace(strings.ToLower(s))
}

// figureSpelling is the core of a fact's text as canonicalFigures writes
// it: from its currency sign or first digit through its digits and one
// magnitude letter or percent sign ("more than US$5.3 billion" is "$5.3b").
// It is empty for a text without a digit, as spelled-out numbers are.
func figureSpelling(text string) string {
	c := canonicalFigures(text)
	start := strings.IndexFunc(c, func(r rune) bool { return r >= '0' && r <= '9' })
	if start < 0 {
		return ""
	}
	end := start
	if r, size := utf8.DecodeLastRuneInString(c[:start]); size > 0 && (r == '$' || r == '€' || r == '£' || r == '¥' || r == '₹') {
		start -= size
	}
	for end < len(c) && (c[end] >= '0' && c[end] <= '9' || c[end] == '.') {
		end++
	}
	if end < len(c) && strings.IndexByte("tbm%", c[end]) >= 0 {
		end++
	}
	core := strings.TrimRight(c[start:end], ".")
	// A bare number of a few digits is no figure a title can be said to
	// spell: "AWS turns 500 days old" does not state 500 seats. A
	// currency sign, a magnitude, a percent sign or four digits do.
	if last := core[len(core)-1]; core[0] >= '0' && core[0] <= '9' && last >= '0' && last <= '9' && len(core) < 4 {
		return ""
	}
	return core
}

// spellsFigure reports whether a canonical title holds core as a whole
// figure: not the "1b" of "$11b" nor the "$1m" of "$1more".
func spellsFigure(title, core string) bool {
	for i := 0; ; {
		j := strings.Index(title[i:], core)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(core)
		before := at == 0 || !(title[at-1] >= '0' && title[at-1] <= '9' || title[at-1] == '.')
		// A figure whose own text carries no sign the extractor reads
		// ("R2 billion" is "2b") is not the one a title's sign names:
		// "$2bn" spells dollars.
		if r, _ := utf8.DecodeLastRuneInString(title[:at]); core[0] >= '0' && core[0] <= '9' && (r == '$' || r == '€' || r == '£' || r == '¥' || r == '₹') {
			before = false
		}
		after := end == len(title) || !(title[end] >= '0' && title[end] <= '9' || title[end] >= 'a' && title[end] <= 'z' || title[end] == '.' && end+1 < len(title) && title[end+1] >= '0' && title[end+1] <= '9')
		if before && after {
			return true
		}
		i = at + 1
	}
}

// articleCompanies is every company an article names (named, as
// extract.Reading has them) or its facts are about, and the other
// organisations it names.
func articleCompanies(named []string, facts []corpus.Fact, orgs []corpus.Organisation) []string {
	seen := map[string]bool{}
	var out []string
	add := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, c := range named {
		add(c)
	}
	for _, f := range facts {
		for _, c := range f.Companies {
			add(c)
		}
	}
	for _, o := range orgs {
		add(o.Name)
	}
	return out
}
