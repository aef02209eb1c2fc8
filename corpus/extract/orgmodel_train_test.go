package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

var writeOrgModel = flag.Bool("orgmodel.write", false, "train the organisation model on the dev articles and write orgmodel_gen.go")

// orgExample is one capitalised span of a dev article: its features and
// whether it names an organisation. known marks a span the gazetteer or
// the role rules already read, unknown one neither reads.
type orgExample struct {
	feats   []string
	org     bool
	unknown bool
	fold    int
	text    string
	// orphan marks a span of a sentence that states a figure and names
	// no organisation; listed one in a list with a name already read.
	orphan, listed bool
}

// orgFeatures names the features orgScore reads of toks[start:end), as
// the training counts them.
func orgFeatures(toks []token, bits []listSet, start, end int) []string {
	prev, prev2, next := orgContext(toks, start, end)
	fs := []string{"f|" + toks[start].lower, "l|" + toks[end-1].lower, "p|" + prev, "q|" + prev2, "n|" + next}
	for _, l := range orgContextLists {
		if start > 0 && bits[start-1].has(l) {
			fs = append(fs, "pl|"+strconv.Itoa(int(l)))
		}
		if end < len(toks) && bits[end].has(l) {
			fs = append(fs, "nl|"+strconv.Itoa(int(l)))
		}
	}
	shapes := orgShapes(toks, start, end)
	for i := 0; i < shapeCount; i++ {
		if shapes&(1<<i) != 0 {
			fs = append(fs, "s|"+strconv.Itoa(i))
		}
	}
	return fs
}

// monthWord reports a month's name, which opens many capitalised spans.
func monthWord(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// orgExamples reads the capitalised spans of the dev articles.
func orgExamples(t *testing.T) []orgExample {
	dir := filepath.Join("..", "testdata", "real", "dev")
	data, err := os.ReadFile(filepath.Join(dir, "labels.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	parties := map[string]map[string]bool{}
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var l struct {
			Article string `json:"article"`
			Parties []struct {
				Name string `json:"name"`
			} `json:"parties"`
		}
		if err := json.Unmarshal(line, &l); err != nil {
			t.Fatal(err)
		}
		if parties[l.Article] == nil {
			parties[l.Article] = map[string]bool{}
		}
		for _, p := range l.Parties {
			parties[l.Article][strings.ToLower(p.Name)] = true
		}
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	e := New()
	e.unlearned = true
	var out []orgExample
	for ai, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := corpus.ParseArticle(filepath.Base(p), raw)
		if err != nil {
			t.Fatal(err)
		}
		named := parties[a.Path]
		arena := e.arena(len(a.Title) + len(a.Body))
		for _, s := range e.analyse(a, arena) {
			toks := s.toks
			for k := range toks {
				end := orgSpanEnd(toks, k)
				if end == k {
					continue
				}
				text := strings.ToLower(joinedText(toks, k, end))
				meets := func(ms []mention) bool {
					return slices.ContainsFunc(ms, func(m mention) bool { return m.start < end && k < m.end })
				}
				ex := orgExample{feats: orgFeatures(toks, s.bits, k, end), fold: ai % 2, text: text}
				ex.orphan = len(s.companies) == 0 && slices.ContainsFunc(s.qty, func(q quantity) bool { return q.kind == qtyMoney || q.kind == qtyPercent })
				ex.listed = listedWithKnown(toks, s.companies, k, end)
				exact := slices.ContainsFunc(s.companies, func(m mention) bool { return m.start == k && m.end == end }) && !meets(s.found)
				switch {
				case meets(s.places):
					// A place is read by the place lists, and one a label
					// names as a party is its government.
					continue
				case exact:
					// A name the gazetteer knows teaches the contexts an
					// organisation stands in.
					ex.org = true
				case meets(s.companies) || meets(s.measurers):
					// Runs into a name already read: the model never
					// scores such a span.
					continue
				case named[text]:
					ex.org, ex.unknown = true, true
				default:
					// Products, months, people and every other
					// capitalised span no label names.
					ex.unknown = true
				}
				out = append(out, ex)
			}
		}
		e.release(arena)
	}
	return out
}

// orgWeights fits a logistic regression to the examples of the folds
// keep holds, over features seen at least three times.
func orgWeights(exs []orgExample, keep func(int) bool) map[string]float64 {
	counts := map[string]int{}
	for _, ex := range exs {
		if keep(ex.fold) {
			for _, f := range ex.feats {
				counts[f]++
			}
		}
	}
	w := map[string]float64{}
	const rate, l2 = 0.05, 1e-4
	for epoch := 0; epoch < 40; epoch++ {
		for _, ex := range exs {
			if !keep(ex.fold) {
				continue
			}
			z := w[""]
			for _, f := range ex.feats {
				if counts[f] >= 3 {
					z += w[f]
				}
			}
			y := 0.0
			if ex.org {
				y = 1
			}
			g := y - 1/(1+math.Exp(-z))
			w[""] += rate * g
			for _, f := range ex.feats {
				if counts[f] >= 3 {
					w[f] += rate * (g - l2*w[f])
				}
			}
		}
	}
	return w
}

// quantised is a weight in the 256ths orgScore adds, or 0 for one too
// small to matter.
func quantised(x float64) int {
	q := int(math.Round(x * 256))
	if q > -13 && q < 13 {
		return 0
	}
	return q
}

// scoreOf is orgScore of an example under weights w.
func scoreOf(w map[string]float64, ex orgExample) int {
	s := quantised(w[""])
	for _, f := range ex.feats {
		s += quantised(w[f])
	}
	return s
}

// TestTrainOrgModel trains the organisation model on the dev articles,
// reports its precision and recall on spans no name list or rule reads
// when trained on one half of the articles and scored on the other, and,
// with -orgmodel.write, writes the weights trained on all of them.
func TestTrainOrgModel(t *testing.T) {
	if !*writeOrgModel {
		t.Skip("run with -orgmodel.write (go generate) to train the model")
	}
	exs := orgExamples(t)
	pos, unk := 0, 0
	for _, ex := range exs {
		if ex.org && ex.unknown {
			pos++
		}
		if ex.unknown {
			unk++
		}
	}
	t.Logf("%d spans, %d unread, %d of them labelled parties", len(exs), unk, pos)
	// Two folds: each half's spans are scored by weights from the other.
	scores := make([]int, len(exs))
	for fold := 0; fold < 2; fold++ {
		w := orgWeights(exs, func(f int) bool { return f != fold })
		for i, ex := range exs {
			if ex.fold == fold {
				scores[i] = scoreOf(w, ex)
			}
		}
	}
	for _, sub := range []struct {
		name string
		in   func(orgExample) bool
	}{
		{"all", func(orgExample) bool { return true }},
		{"orphan", func(ex orgExample) bool { return ex.orphan }},
		{"listed", func(ex orgExample) bool { return ex.listed }},
	} {
		n, np := 0, 0
		for _, ex := range exs {
			if ex.unknown && sub.in(ex) {
				n++
				if ex.org {
					np++
				}
			}
		}
		for th := -512; th <= 1024; th += 128 {
			tp, fp := 0, 0
			for i, ex := range exs {
				if ex.unknown && sub.in(ex) && scores[i] > th {
					if ex.org {
						tp++
					} else {
						fp++
					}
				}
			}
			t.Logf("%s (%d spans, %d parties) threshold %5d: %4d right, %4d wrong", sub.name, n, np, th, tp, fp)
		}
	}
	if testing.Verbose() {
		for i, ex := range exs {
			if ex.unknown && scores[i] > orgThreshold {
				t.Logf("%v %5d %s", ex.org, scores[i], ex.text)
			}
		}
	}
	w := orgWeights(exs, func(int) bool { return true })
	src, err := orgModelSource(w)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("orgmodel_gen.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
}

// orgModelSource writes weights w as the Go tables orgScore reads.
func orgModelSource(w map[string]float64) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by TestTrainOrgModel (go generate ./corpus/extract); DO NOT EDIT.\n\npackage extract\n\n")
	fmt.Fprintf(&b, "// orgBias is the model's score of a span with no feature it knows.\nconst orgBias = %d\n\n", quantised(w[""]))
	fmt.Fprintf(&b, "// orgThreshold is the score above which a span reads as an organisation's\n// name, chosen on the dev articles.\nconst orgThreshold = %d\n\n", orgThreshold)
	b.WriteString("// orgShapeWeight weighs each shape feature (see orgShapes).\nvar orgShapeWeight = [shapeCount]int{")
	for i := 0; i < shapeCount; i++ {
		fmt.Fprintf(&b, "%d, ", quantised(w["s|"+strconv.Itoa(i)]))
	}
	b.WriteString("}\n\n")
	for _, f := range []struct{ prefix, name, doc string }{
		{"pl|", "orgPrevListWeight", "the lexicon's lists the word before the span is in"},
		{"nl|", "orgNextListWeight", "the lexicon's lists the word after the span is in"},
	} {
		fmt.Fprintf(&b, "// %s weighs %s.\nvar %s = [numWordLists]int{", f.name, f.doc, f.name)
		for _, l := range orgContextLists {
			if q := quantised(w[f.prefix+strconv.Itoa(int(l))]); q != 0 {
				fmt.Fprintf(&b, "%s: %d, ", orgListIdents[l], q)
			}
		}
		b.WriteString("}\n\n")
	}
	for _, f := range []struct{ prefix, name, doc string }{
		{"f|", "orgFirstWeight", "the span's first word"},
		{"l|", "orgLastWeight", "the span's last word"},
		{"p|", "orgPrevWeight", "the word before the span"},
		{"q|", "orgPrev2Weight", "the word two before the span"},
		{"n|", "orgNextWeight", "the word after the span"},
	} {
		var keys []string
		for k := range w {
			if strings.HasPrefix(k, f.prefix) && quantised(w[k]) != 0 {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		fmt.Fprintf(&b, "// %s weighs %s.\nfunc %s(w string) int {\n\tswitch w {\n", f.name, f.doc, f.name)
		for _, k := range keys {
			fmt.Fprintf(&b, "\tcase %s:\n\t\treturn %d\n", strconv.Quote(k[len(f.prefix):]), quantised(w[k]))
		}
		b.WriteString("\t}\n\treturn 0\n}\n\n")
	}
	return format.Source(b.Bytes())
}

// orgListIdents are the Go names of the lists orgContextLists holds, which
// the generated tables index by name so that a list added before them
// moves no weight.
var orgListIdents = map[wordList]string{wDescriptor: "wDescriptor", wRaise: "wRaise", wInvest: "wInvest", wAcquire: "wAcquire", wSubjectVerbs: "wSubjectVerbs",
	wObjectVerbs: "wObjectVerbs", wAward: "wAward", wSigned: "wSigned", wPartner: "wPartner", wSell: "wSell", wReceive: "wReceive", wPledge: "wPledge",
	wAgreed: "wAgreed", wCompleted: "wCompleted", wAnnounced: "wAnnounced", wNotNames: "wNotNames", wPublicBody: "wPublicBody", wInstitution: "wInstitution",
	wBusiness: "wBusiness", wSector: "wSector", wMarket: "wMarket", wShareCues: "wShareCues", wPeopleNouns: "wPeopleNouns", wSeatNouns: "wSeatNouns",
	wAux: "wAux", wDealNouns: "wDealNouns", wPronoun: "wPronoun", wStrongDeal: "wStrongDeal", wWeakDeal: "wWeakDeal", wGroupVerbs: "wGroupVerbs",
	wDeploy: "wDeploy", wRollout: "wRollout", wLease: "wLease", wStock: "wStock", wRevenue: "wRevenue"}
