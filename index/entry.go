package index

import (
	"fmt"
	"strconv"
	"strings"
	"time"

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
}

// NewEntry extracts an article's facts with x (up to MaxFactsPerArticle)
// and returns what it puts into an index.
func NewEntry(x *extract.Extractor, a corpus.Article) Entry {
	facts := x.Extract(a)
	e := Entry{Article: a}
	if len(facts) > MaxFactsPerArticle {
		e.Warning = fmt.Sprintf("%d figures found; only the first %d indexed (split the article if they all matter)", len(facts), MaxFactsPerArticle)
		facts = facts[:MaxFactsPerArticle]
	}
	e.Organisations = articleOrgs(x, a, facts)
	e.Mentions = articleCompanies(x, a, facts, e.Organisations)
	inTitle := titleFigures(a.Title, facts)
	e.Facts = make([]EntryFact, len(facts))
	for n, f := range facts {
		e.Facts[n] = EntryFact{ID: FactID(a.ID, n), Fact: f, Headline: inTitle[figure{f.Kind, f.Value}]}
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
// fact can be marked as headline news in one look-up.
func titleFigures(title string, facts []corpus.Fact) map[figure]bool {
	out := map[figure]bool{}
	for _, f := range facts {
		if f.Sentence == title {
			out[figure{f.Kind, f.Value}] = true
		}
	}
	return out
}

// articleCompanies is every company of x an article names or its facts are
// about, and the other organisations it names.
func articleCompanies(x *extract.Extractor, a corpus.Article, facts []corpus.Fact, orgs []corpus.Organisation) []string {
	seen := map[string]bool{}
	var out []string
	add := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, c := range x.CompaniesIn(a.Title + "\n" + a.Body) {
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
