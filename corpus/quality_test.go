package corpus_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/internal/facttest"
)

// label is one hand-labelled figure of an article or newswire item.
type label struct {
	Article   string           `json:"article"`
	Kind      corpus.Kind      `json:"kind"`
	Value     float64          `json:"value"`
	Unit      string           `json:"unit"`
	Qualifier corpus.Qualifier `json:"qualifier"`
	Companies []string         `json:"companies"`
	Market    string           `json:"market"`
}

// newswireItem is a sentence or two in the style of a wire service, with
// the figures it states (none for negatives).
type newswireItem struct {
	Style string  `json:"style"`
	Text  string  `json:"text"`
	Facts []label `json:"facts"`
}

// minQuality is the precision and recall each scored kind must reach.
const minQuality = 0.90

var scoredKinds = []corpus.Kind{corpus.DealValue, corpus.Seats, corpus.MarketShare}

// score counts matches for one kind.
type score struct {
	predicted, labelled, truePos, labelsFound int
	qualifierOK, qualifierN                   int
}

func (s score) precision() float64 { return ratio(s.truePos, s.predicted) }
func (s score) recall() float64    { return ratio(s.labelsFound, s.labelled) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s *score) add(o score) {
	s.predicted += o.predicted
	s.labelled += o.labelled
	s.truePos += o.truePos
	s.labelsFound += o.labelsFound
	s.qualifierOK += o.qualifierOK
	s.qualifierN += o.qualifierN
}

// labelMatches is the scoring rule: same kind, value within 0.5%, the unit
// for money, and for market shares the label's company among the
// prediction's, for the others at least one label company.
func labelMatches(f corpus.Fact, l label) bool {
	if f.Kind != l.Kind || !corpus.SameFigure(f.Value, l.Value) {
		return false
	}
	if f.Kind == corpus.DealValue && f.Unit != l.Unit {
		return false
	}
	if len(l.Companies) == 0 {
		return true
	}
	if f.Kind == corpus.MarketShare {
		return slices.Contains(f.Companies, l.Companies[0])
	}
	return slices.ContainsFunc(l.Companies, func(c string) bool { return slices.Contains(f.Companies, c) })
}

// scoreDoc scores one document's predictions against its labels, per kind,
// logging misses so that a failing run says what to look at.
func scoreDoc(t *testing.T, doc string, facts []corpus.Fact, labels []label) map[corpus.Kind]score {
	out := map[corpus.Kind]score{}
	preds := facttest.Dedupe(facts)
	for _, k := range scoredKinds {
		var s score
		var ps []corpus.Fact
		for _, f := range preds {
			if f.Kind == k {
				ps = append(ps, f)
			}
		}
		var ls []label
		for _, l := range labels {
			if l.Kind == k {
				ls = append(ls, l)
			}
		}
		s.predicted, s.labelled = len(ps), len(ls)
		for _, p := range ps {
			if slices.ContainsFunc(ls, func(l label) bool { return labelMatches(p, l) }) {
				s.truePos++
			} else if testing.Verbose() {
				t.Logf("%s: false %s\n\t%s", doc, strings.TrimSpace(facttest.Describe([]corpus.Fact{p})), p.Sentence)
			}
		}
		for _, l := range ls {
			i := slices.IndexFunc(ps, func(p corpus.Fact) bool { return labelMatches(p, l) })
			if i < 0 {
				if testing.Verbose() {
					t.Logf("%s: missed %s %g %s %v%s", doc, l.Kind, l.Value, l.Unit, l.Companies, nearMisses(facts, l))
				}
				continue
			}
			s.labelsFound++
			if k == corpus.DealValue {
				s.qualifierN++
				if ps[i].Qualifier == l.Qualifier {
					s.qualifierOK++
				}
			}
		}
		out[k] = s
	}
	return out
}

func TestQuality(t *testing.T) {
	labelsPath := filepath.Join("testdata", "labels.jsonl")
	newswirePath := filepath.Join("testdata", "newswire.jsonl")
	articles, news := map[corpus.Kind]score{}, map[corpus.Kind]score{}
	haveInput := false

	if _, err := os.Stat(labelsPath); err == nil {
		haveInput = true
		loaded, err := corpus.LoadFS(context.Background(), corpus.Embedded())
		if err != nil {
			t.Fatal(err)
		}
		byArticle := map[string][]label{}
		for _, l := range facttest.ReadJSONL[label](t, labelsPath) {
			byArticle[l.Article] = append(byArticle[l.Article], l)
		}
		for _, a := range loaded.Articles {
			for k, s := range scoreDoc(t, a.Path, extract.New().Extract(a), byArticle[a.Path]) {
				acc := articles[k]
				acc.add(s)
				articles[k] = acc
			}
		}
	}
	if _, err := os.Stat(newswirePath); err == nil {
		haveInput = true
		for i, item := range facttest.ReadJSONL[newswireItem](t, newswirePath) {
			doc := fmt.Sprintf("newswire.jsonl:%d", i+1)
			for k, s := range scoreDoc(t, doc, extract.New().Extract(corpus.Article{ID: doc, Body: item.Text}), item.Facts) {
				acc := news[k]
				acc.add(s)
				news[k] = acc
			}
		}
	}
	if !haveInput {
		t.Skip("no labels.jsonl or newswire.jsonl yet")
	}

	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %-13s %6s %6s %9s %7s %10s\n", "set", "kind", "pred", "label", "precision", "recall", "qualifier")
	fail := false
	for _, set := range []struct {
		name   string
		scores func(corpus.Kind) score
	}{
		{"articles", func(k corpus.Kind) score { return articles[k] }},
		{"newswire", func(k corpus.Kind) score { return news[k] }},
		{"combined", func(k corpus.Kind) score { s := articles[k]; s.add(news[k]); return s }},
	} {
		for _, k := range scoredKinds {
			s := set.scores(k)
			q := "-"
			if s.qualifierN > 0 {
				q = fmt.Sprintf("%d/%d", s.qualifierOK, s.qualifierN)
			}
			fmt.Fprintf(&b, "%-10s %-13s %6d %6d %9.3f %7.3f %10s\n", set.name, k, s.predicted, s.labelled, s.precision(), s.recall(), q)
			if set.name == "combined" && (s.precision() < minQuality || s.recall() < minQuality) {
				fail = true
			}
		}
	}
	t.Logf("quality (dedup by article, kind, value, first company):\n%s", b.String())
	if fail {
		t.Errorf("a scored kind is below %.2f precision or recall on articles and newswire combined", minQuality)
	}
}

// nearMisses describes the facts with a missed label's value, to tell a
// wrong kind or company from a figure never found.
func nearMisses(facts []corpus.Fact, l label) string {
	var b strings.Builder
	for _, f := range facts {
		if corpus.SameFigure(f.Value, l.Value) {
			fmt.Fprintf(&b, "\n\tseen as %s %v in: %s", f.Kind, f.Companies, f.Sentence)
		}
	}
	return b.String()
}
