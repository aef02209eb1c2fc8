package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/internal/facttest"
)

// realLabel is one labelled figure of the real-reporting set
// (corpus/testdata/real/{dev,test}/labels.jsonl).
type realLabel struct {
	Article   string           `json:"article"`
	Kind      corpus.Kind      `json:"kind"`
	Value     float64          `json:"value"`
	Low       float64          `json:"low"`
	High      float64          `json:"high"`
	Unit      string           `json:"unit"`
	Qualifier corpus.Qualifier `json:"qualifier"`
	Converted *struct {
		Value float64 `json:"value"`
		Unit  string  `json:"unit"`
	} `json:"converted"`
	Total   bool   `json:"total"`
	Text    string `json:"text"`
	Parties []struct {
		Name string      `json:"name"`
		Role corpus.Role `json:"role"`
	} `json:"parties"`
	DealType corpus.DealType `json:"deal_type"`
	Status   corpus.Status   `json:"status"`
	Product  string          `json:"product"`
	Stage    corpus.Stage    `json:"stage"`
	Market   string          `json:"market"`
	Region   string          `json:"region"`
	Period   corpus.Period   `json:"period"`
	Measurer string          `json:"measurer"`
	Group    bool            `json:"group"`
}

// realFloors are the least each dev-split figure may fall to: the figures
// measured when the extractor was last tuned, rounded down. The test split
// has no floors on purpose: its figures are printed, never tuned for. A
// floor is lowered only when articles join the dev split untuned, as the
// deal-value precision was for the 25 dev articles of c1b37bc's batch and
// the market-share precision, recall and firm for the 20 of 3f04ab4's
// (0.952, 0.939 and 0.934 untuned) and the status for the 19 added after
// 71dcf8e (0.808 untuned), and the seats recall and roles for the 58 of
// the fifteenth batch (2279df5b: 0.364 and 23 of 59 untuned), and the
// roles, type and seat stage for the 24 of the seventeenth (60503322: 15
// of 37, 25 of 31 and 3 of 6 untuned).
var realFloors = map[string]float64{
	"dev deal_value precision":   0.94,
	"dev deal_value recall":      0.90,
	"dev seats precision":        0.94,
	"dev seats recall":           0.88,
	"dev market_share precision": 0.95,
	"dev market_share recall":    0.93,
	"dev roles":                  0.75,
	"dev period":                 0.89,
	"dev status":                 0.80,
	"dev type":                   0.85,
	"dev stage":                  0.87,
	"dev region":                 0.92,
	"dev firm":                   0.93,
}

// realScore counts one kind's matches on a split, and how often the
// details of the matched figures are right.
type realScore struct {
	predicted, labelled, truePos, found int
	rolesOK, rolesN                     int
	periodOK, periodN                   int
	statusOK, statusN                   int
	typeOK, typeN                       int
	stageOK, stageN                     int
	regionOK, regionN                   int
	measurerOK, measurerN               int
	// unknownMissed counts missed labels with a party (other than a
	// place receiving money) that the extractor recognises nowhere in
	// the article: misses of knowledge rather than of phrasing.
	unknownMissed int
	// otherParties counts false figures whose kind and value are a
	// labelled figure's but whose parties are not its: the figure was
	// read, and credited to the wrong companies (or named differently).
	otherParties int
	// partyAbsent counts wrong roles where a labelled party is not among
	// the fact's parties at all, rather than present in another role.
	partyAbsent int
}

func (s realScore) precision() float64 { return ratio(s.truePos, s.predicted) }
func (s realScore) recall() float64    { return ratio(s.found, s.labelled) }

// samePlace compares a predicted region with a labelled one as sameParty
// does, taking the short names labels use for two countries as theirs. A
// share given with no region reads as the whole market's, so it is right
// for a label of "worldwide" and wrong for any country or region.
func samePlace(pred, label string) bool {
	short := map[string]string{"": "worldwide", "uk": "united kingdom", "us": "united states", "usa": "united states", "global": "worldwide"}
	p, l := strings.ToLower(pred), strings.ToLower(label)
	if s, ok := short[p]; ok {
		p = s
	}
	if s, ok := short[l]; ok {
		l = s
	}
	return sameParty(p, l)
}

// sameParty compares a predicted party name with a labelled one: equal
// ignoring case and a leading "the" ("The Permanente Medical Group"), or
// one the start of the other ("Contoso" and "Contoso Bank"), since names
// the gazetteer does not know come as written.
func sameParty(pred, label string) bool {
	p := strings.TrimPrefix(strings.ToLower(pred), "the ")
	l := strings.TrimPrefix(strings.ToLower(label), "the ")
	return p == l || strings.HasPrefix(p, l+" ") || strings.HasPrefix(l, p+" ") || spelledAlike(p, l)
}

// spelledAlike reports whether two names differ only in accents, spaces
// and punctuation ("América Móvil" and "America Movil", "FuriosaAI" and
// "Furiosa AI"): a reader takes them for one company, and labels keep the
// spelling of the article while the extractor may keep another's.
func spelledAlike(a, b string) bool {
	return bareLetters(a) == bareLetters(b) && bareLetters(a) != ""
}

// bareLetters is s's letters and digits without their accents.
func bareLetters(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// realMatches is the scoring rule for the real set: same kind, value
// within 0.5% (a range's low bound), same currency for money, and the
// right parties: for a market share its subject first (or, for a group
// share, a group fact), for the others at least one labelled party.
func realMatches(f corpus.Fact, l realLabel) bool {
	if f.Kind != l.Kind || !corpus.SameFigure(f.Value, l.Value) {
		return false
	}
	if f.Kind == corpus.DealValue && f.Unit != l.Unit {
		return false
	}
	if len(l.Parties) == 0 {
		return true
	}
	if f.Kind == corpus.MarketShare {
		if l.Group {
			return f.Group()
		}
		return !f.Group() && len(f.Companies) > 0 && sameParty(f.Companies[0], l.Parties[0].Name)
	}
	for _, lp := range l.Parties {
		if slices.ContainsFunc(f.Companies, func(c string) bool { return sameParty(c, lp.Name) }) {
			return true
		}
	}
	return false
}

// sameFigureAs reports whether f is l's kind and figure (and currency),
// whoever its parties are.
func sameFigureAs(f corpus.Fact, l realLabel) bool {
	return f.Kind == l.Kind && corpus.SameFigure(f.Value, l.Value) && (f.Kind != corpus.DealValue || f.Unit == l.Unit)
}

// partyAbsent reports whether a labelled party with a role is missing from
// the fact's parties by name, whatever its role there.
func partyAbsent(f corpus.Fact, l realLabel) bool {
	for _, lp := range l.Parties {
		if lp.Role != corpus.RoleUnknown && !slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return sameParty(p.Name, lp.Name) }) {
			return true
		}
	}
	return false
}

// rolesRight reports whether every labelled party with a role is among the
// fact's parties with that role.
func rolesRight(f corpus.Fact, l realLabel) bool {
	for _, lp := range l.Parties {
		if lp.Role == corpus.RoleUnknown {
			continue
		}
		if !slices.ContainsFunc(f.Parties, func(p corpus.Party) bool { return sameParty(p.Name, lp.Name) && p.Role == lp.Role }) {
			return false
		}
	}
	return true
}

// realSplit is one split's articles and labels.
type realSplit struct {
	name     string
	articles []corpus.Article
	labels   map[string][]realLabel
}

func loadRealSplit(t *testing.T, name string) (realSplit, bool) {
	dir := filepath.Join("testdata", "real", name)
	labelsPath := filepath.Join(dir, "labels.jsonl")
	if _, err := os.Stat(labelsPath); err != nil {
		return realSplit{}, false
	}
	sp := realSplit{name: name, labels: map[string][]realLabel{}}
	for _, l := range facttest.ReadJSONL[realLabel](t, labelsPath) {
		sp.labels[l.Article] = append(sp.labels[l.Article], l)
	}
	sp.articles = facttest.RealArticles(t, dir)
	for article := range sp.labels {
		if !slices.ContainsFunc(sp.articles, func(a corpus.Article) bool { return a.Path == article }) {
			t.Errorf("%s: labels for %s, which is not in the split", labelsPath, article)
		}
	}
	return sp, true
}

// scoreReal extracts every article of a split and scores it per kind,
// counting facts per rule and logging misses when verbose.
func scoreReal(t *testing.T, sp realSplit, ex *extract.Extractor) (map[corpus.Kind]*realScore, map[string][2]int) {
	scores := map[corpus.Kind]*realScore{}
	for _, k := range scoredKinds {
		scores[k] = &realScore{}
	}
	rules := map[string][2]int{} // rule: facts, of which labelled
	// Only dev's misses are logged: the test split is held out, and what
	// the extractor gets wrong there must not steer its tuning.
	verbose := testing.Verbose() && sp.name == "dev"
	for _, a := range sp.articles {
		all := ex.Extract(a)
		preds := facttest.Dedupe(all)
		labels := sp.labels[a.Path]
		recognised := recognisedIn(ex, a, all)
		for _, k := range scoredKinds {
			s := scores[k]
			for _, p := range preds {
				if p.Kind != k {
					continue
				}
				s.predicted++
				r := rules[p.Rule]
				r[0]++
				if slices.ContainsFunc(labels, func(l realLabel) bool { return realMatches(p, l) }) {
					s.truePos++
					r[1]++
				} else {
					if slices.ContainsFunc(labels, func(l realLabel) bool { return sameFigureAs(p, l) }) {
						s.otherParties++
					}
					if verbose {
						t.Logf("%s/%s: false %s [%s] %v by %s\n\t%s", sp.name, a.Path, k, p.Text, p.Parties, p.Rule, p.Sentence)
					}
				}
				rules[p.Rule] = r
			}
			for _, l := range labels {
				if l.Kind != k {
					continue
				}
				s.labelled++
				// Of several facts that match the label (one value said
				// twice, about overlapping parties; "13.8" in 2004 and in
				// 2003), the one that agrees with it most is the label's:
				// roles right, then period.
				i, best := -1, -1
				for j, p := range preds {
					if !realMatches(p, l) {
						continue
					}
					agree := 0
					if rolesRight(p, l) {
						agree += 2
					}
					if p.Period == l.Period {
						agree++
					}
					if agree > best {
						i, best = j, agree
					}
				}
				if i < 0 {
					if slices.ContainsFunc(l.Parties, func(p struct {
						Name string      `json:"name"`
						Role corpus.Role `json:"role"`
					}) bool {
						return p.Role != corpus.RoleRecipient && !slices.ContainsFunc(recognised, func(r string) bool { return sameParty(r, p.Name) })
					}) {
						s.unknownMissed++
					}
					if verbose {
						t.Logf("%s/%s: missed %s %q %g %s %v%s", sp.name, a.Path, k, l.Text, l.Value, l.Unit, l.Parties, nearMisses(all, label{Value: l.Value}))
					}
					continue
				}
				s.found++
				if k != corpus.MarketShare && slices.ContainsFunc(l.Parties, func(p struct {
					Name string      `json:"name"`
					Role corpus.Role `json:"role"`
				}) bool {
					return p.Role != corpus.RoleUnknown
				}) {
					s.rolesN++
					if rolesRight(preds[i], l) {
						s.rolesOK++
					} else if partyAbsent(preds[i], l) {
						s.partyAbsent++
					}
					if !rolesRight(preds[i], l) && verbose {
						t.Logf("%s/%s: %s roles %v, labelled %v\n\t%s", sp.name, a.Path, k, preds[i].Parties, l.Parties, preds[i].Sentence)
					}
				}
				detailAs := func(name string, labelled, got string, ok, n *int, same func(got, labelled string) bool) {
					if labelled == "" {
						return
					}
					*n++
					if same(got, labelled) {
						*ok++
					} else if verbose {
						t.Logf("%s/%s: %s %q, labelled %q\n\t%s", sp.name, a.Path, name, got, labelled, preds[i].Sentence)
					}
				}
				detail := func(name string, labelled, got string, ok, n *int) {
					detailAs(name, labelled, got, ok, n, func(g, l string) bool { return g == l })
				}
				detail("status", string(l.Status), string(preds[i].Status), &s.statusOK, &s.statusN)
				detail("deal type", string(l.DealType), string(preds[i].DealType), &s.typeOK, &s.typeN)
				detail("period", string(l.Period), string(preds[i].Period), &s.periodOK, &s.periodN)
				detail("stage", string(l.Stage), string(preds[i].Stage), &s.stageOK, &s.stageN)
				detailAs("region", l.Region, preds[i].Region, &s.regionOK, &s.regionN, samePlace)
				detailAs("measurer", l.Measurer, preds[i].Measurer, &s.measurerOK, &s.measurerN, sameParty)
			}
		}
	}
	return scores, rules
}

// TestQualityReal measures the extractor on real reporting restated in our
// own words, the dev and test splits apart. Only dev has floors; the test
// split is held out and its figures are printed for the record.
func TestQualityReal(t *testing.T) {
	ex := extract.New()
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %-13s %5s %5s %9s %7s %7s %7s %7s %7s %7s %7s %7s\n", "split", "kind", "pred", "label", "precision", "recall", "roles", "period", "status", "type", "stage", "region", "firm")
	ran := false
	allRules := map[string][2]int{}
	var misses []string
	for _, name := range []string{"dev", "test"} {
		sp, ok := loadRealSplit(t, name)
		if !ok {
			t.Logf("no corpus/testdata/real/%s/labels.jsonl", name)
			continue
		}
		ran = true
		scores, rules := scoreReal(t, sp, ex)
		if name == "dev" {
			allRules = rules
		}
		var roles, period realScore
		missed, unknown, falses, other, wrongRoles, absent := 0, 0, 0, 0, 0, 0
		for _, k := range scoredKinds {
			s := scores[k]
			roles.rolesOK += s.rolesOK
			roles.rolesN += s.rolesN
			period.periodOK += s.periodOK
			period.periodN += s.periodN
			period.statusOK += s.statusOK
			period.statusN += s.statusN
			period.typeOK += s.typeOK
			period.typeN += s.typeN
			period.stageOK += s.stageOK
			period.stageN += s.stageN
			period.regionOK += s.regionOK
			period.regionN += s.regionN
			period.measurerOK += s.measurerOK
			period.measurerN += s.measurerN
			missed += s.labelled - s.found
			unknown += s.unknownMissed
			falses += s.predicted - s.truePos
			other += s.otherParties
			wrongRoles += s.rolesN - s.rolesOK
			absent += s.partyAbsent
			fmt.Fprintf(&b, "%-5s %-13s %5d %5d %9.3f %7.3f %7s %7s %7s %7s %7s %7s %7s\n", name, k, s.predicted, s.labelled, s.precision(), s.recall(),
				frac(s.rolesOK, s.rolesN), frac(s.periodOK, s.periodN), frac(s.statusOK, s.statusN), frac(s.typeOK, s.typeN), frac(s.stageOK, s.stageN),
				frac(s.regionOK, s.regionN), frac(s.measurerOK, s.measurerN))
			if name == "dev" {
				checkFloor(t, name+" "+string(k)+" precision", s.precision())
				checkFloor(t, name+" "+string(k)+" recall", s.recall())
			}
		}
		fmt.Fprintf(&b, "%-5s %-13s %5s %5s %9s %7s %7s %7s %7s %7s %7s %7s %7s\n", name, "all", "", "", "", "",
			frac(roles.rolesOK, roles.rolesN), frac(period.periodOK, period.periodN), frac(period.statusOK, period.statusN), frac(period.typeOK, period.typeN), frac(period.stageOK, period.stageN),
			frac(period.regionOK, period.regionN), frac(period.measurerOK, period.measurerN))
		misses = append(misses, fmt.Sprintf("%s: %d labelled figures missed, %d of them with a party the extractor recognises nowhere in the article", name, missed, unknown),
			fmt.Sprintf("%s: %d figures false, %d of them a labelled figure credited to other parties; %d found with wrong roles, %d of them lacking a labelled party", name, falses, other, wrongRoles, absent))
		if name == "dev" {
			checkFloor(t, "dev roles", ratio(roles.rolesOK, roles.rolesN))
			checkFloor(t, "dev period", ratio(period.periodOK, period.periodN))
			checkFloor(t, "dev status", ratio(period.statusOK, period.statusN))
			checkFloor(t, "dev type", ratio(period.typeOK, period.typeN))
			checkFloor(t, "dev stage", ratio(period.stageOK, period.stageN))
			checkFloor(t, "dev region", ratio(period.regionOK, period.regionN))
			checkFloor(t, "dev firm", ratio(period.measurerOK, period.measurerN))
		}
	}
	if !ran {
		t.Skip("no real-reporting labels yet")
	}
	names := make([]string, 0, len(allRules))
	for r := range allRules {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, m := range misses {
		fmt.Fprintf(&b, "%s\n", m)
	}
	fmt.Fprintf(&b, "\nhits per rule on dev (scored kinds): facts, of which labelled\n")
	for _, r := range names {
		fmt.Fprintf(&b, "  %-28s %4d %4d\n", r, allRules[r][0], allRules[r][1])
	}
	t.Logf("real reporting:\n%s", b.String())
}

// recognisedIn is every name the extractor recognises in article a: the
// companies it knows, the organisations it finds, and its facts' parties.
func recognisedIn(ex *extract.Extractor, a corpus.Article, facts []corpus.Fact) []string {
	text := a.Title + "\n" + a.Body
	names := ex.CompaniesIn(text)
	for _, o := range ex.OrganisationsIn(text) {
		names = append(names, o.Name)
	}
	for _, f := range facts {
		names = append(names, corpus.PartyNames(f.Parties)...)
	}
	return names
}

func checkFloor(t *testing.T, name string, got float64) {
	if floor, ok := realFloors[name]; ok && got < floor {
		t.Errorf("%s fell to %.3f, below its floor of %.3f", name, got, floor)
	}
}

func frac(ok, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d", ok, n)
}
