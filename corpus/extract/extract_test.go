package extract

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/internal/facttest"
)

// extractCase is one pinned extraction: a text and the deal values, seat
// counts and market shares it must yield, no more and no fewer.
type extractCase struct {
	Name  string     `json:"name"`
	Title string     `json:"title"`
	Text  string     `json:"text"`
	Want  []wantFact `json:"want"`
}

// wantFact is a hand label: the companies listed must all be among the
// prediction's; unit and qualifier default to the kind's usual ones.
type wantFact struct {
	Kind      corpus.Kind      `json:"kind"`
	Value     float64          `json:"value"`
	Unit      string           `json:"unit"`
	Qualifier corpus.Qualifier `json:"qualifier"`
	Companies []string         `json:"companies"`
	Market    string           `json:"market"`
}

func isScored(k corpus.Kind) bool {
	return k == corpus.DealValue || k == corpus.Seats || k == corpus.MarketShare
}

func TestExtractCases(t *testing.T) {
	testExtractCases(t, "cases.jsonl", isScored)
}

// TestExtractOtherKinds pins the revenue, growth and contract-length facts
// that keep such figures from being taken for deals.
func TestExtractOtherKinds(t *testing.T) {
	testExtractCases(t, "other_kinds.jsonl", func(k corpus.Kind) bool { return !isScored(k) })
}

// testExtractCases checks the facts of the kinds kept that each case in
// testdata/file yields.
func testExtractCases(t *testing.T, file string, keep func(corpus.Kind) bool) {
	for _, c := range facttest.ReadJSONL[extractCase](t, filepath.Join("testdata", file)) {
		t.Run(c.Name, func(t *testing.T) {
			got := facttest.Dedupe(New().Extract(corpus.Article{ID: "x", Title: c.Title, Body: c.Text}))
			var scored []corpus.Fact
			for _, f := range got {
				if keep(f.Kind) {
					scored = append(scored, f)
				}
			}
			for _, w := range c.Want {
				if !slices.ContainsFunc(scored, func(f corpus.Fact) bool { return matchesExactly(f, w) }) {
					t.Errorf("missing %+v\ngot %s", w, facttest.Describe(scored))
				}
			}
			for _, f := range scored {
				if !slices.ContainsFunc(c.Want, func(w wantFact) bool { return matchesExactly(f, w) }) {
					t.Errorf("unexpected %s", facttest.Describe([]corpus.Fact{f}))
				}
			}
		})
	}
}

// matchesExactly is stricter than the quality matching: unit, qualifier and
// every labelled company must agree.
func matchesExactly(f corpus.Fact, w wantFact) bool {
	if f.Kind != w.Kind || !corpus.SameFigure(f.Value, w.Value) || f.Qualifier != w.Qualifier {
		return false
	}
	if (w.Kind == corpus.DealValue || w.Unit != "") && f.Unit != w.Unit {
		return false
	}
	for _, c := range w.Companies {
		if !slices.Contains(f.Companies, c) {
			return false
		}
	}
	return w.Kind != corpus.MarketShare || len(w.Companies) == 0 || f.Companies[0] == w.Companies[0]
}

func TestExtractSetsProvenance(t *testing.T) {
	a := corpus.Article{ID: "abc", Title: "Oracle signs $1 billion deal with OpenAI", Body: "First paragraph.\n\nThe deal is worth about $1 billion."}
	facts := New().Extract(a)
	if len(facts) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range facts {
		if f.ArticleID != "abc" || f.Sentence == "" || f.Text == "" || !strings.Contains(f.Sentence, f.Text) {
			t.Errorf("bad provenance: %+v", f)
		}
	}
}

func TestExtractEmpty(t *testing.T) {
	if got := New().Extract(corpus.Article{}); len(got) != 0 {
		t.Errorf("Extract(empty) = %v", got)
	}
}

func shippedArticles(tb testing.TB) []corpus.Article {
	tb.Helper()
	loaded, err := corpus.LoadFS(context.Background(), corpus.Embedded())
	if err != nil {
		tb.Fatal(err)
	}
	return loaded.Articles
}

// TestExtractSameInAnyOrder extracts the shipped articles one after
// another, then again in reverse order from several goroutines at once:
// an Extractor lends one article's memory to the next, and nothing of an
// earlier article may show in a later one's facts.
func TestExtractSameInAnyOrder(t *testing.T) {
	arts := shippedArticles(t)
	// Each article alone, on an extractor with no arenas to reuse.
	want := make([][]corpus.Fact, len(arts))
	for i, a := range arts {
		want[i] = New().Extract(a)
	}
	x := New()
	got := make([][]corpus.Fact, len(arts))
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := len(arts) - 1 - w; i >= 0; i -= 4 {
				got[i] = x.Extract(arts[i])
			}
		})
	}
	wg.Wait()
	for i := range arts {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: facts differ when extracted after other articles:\n got %+v\nwant %+v", arts[i].ID, got[i], want[i])
		}
	}
}

// BenchmarkExtract measures throughput over the shipped corpus in MB/s.
func BenchmarkExtract(b *testing.B) {
	arts := shippedArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Title) + len(a.Body)
	}
	x := New()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}

// extremeBodies are article bodies shaped to find a superlinear path in
// extraction: the same dense sentence over and over, one long word, runs of
// numbers, of dollar signs and of company names.
var extremeBodies = []struct{ name, unit string }{
	{"dense-sentences", "Amazon signed a $1 billion deal with Microsoft covering 100,000 seats. AWS held a 32 percent share, followed by Microsoft at 22 percent and Google with 11%. "},
	{"dense-paragraphs", "Amazon signed a $1 billion deal with Microsoft covering 100,000 seats. AWS held a 32 percent share, followed by Microsoft at 22 percent and Google with 11%.\n\n"},
	{"one-word", "A"},
	{"number-runs", "1,"},
	{"dollar-runs", "$1 "},
	{"company-runs", "Acme Corp "},
	{"unnamed-groups", "The top five vendors accounted for 45%. "},
	{"home-dollar", "Singtel pledged S$1 billion for data centres in Singapore, and Keppel $2 billion. "},
	{"round-runs", "Contoso raised $1 billion in a Series B round led by Fabrikam. The $350 million came from banks including Barclays. "},
	{"share-changes", "The smartphone market grew 5% year-on-year, Canalys said. Samsung's share fell from 14% to 12%. "},
	{"one-deal-retold", "Amazon agreed to pay Microsoft over $1 billion for Microsoft 365 licences for about 1 million staff. "},
}

// BenchmarkExtractExtreme extracts each extreme body at 256 KB, 512 KB and
// 1 MB (MaxBody, the most an article keeps). Linear extraction shows the
// same MB/s at every size; a quadratic path halves it with each doubling.
//
//	go test ./corpus/extract -run XXX -bench ExtractExtreme -benchtime 1x -count 3
func BenchmarkExtractExtreme(b *testing.B) {
	for _, body := range extremeBodies {
		for _, size := range []int{corpus.MaxBody / 4, corpus.MaxBody / 2, corpus.MaxBody} {
			text := strings.Repeat(body.unit, size/len(body.unit))
			b.Run(fmt.Sprintf("%s/%dKB", body.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					New().Extract(corpus.Article{Body: text})
				}
			})
		}
	}
}

// manyNamesBody is an article of size bytes in which every sentence names
// two companies no other sentence names: work done per company against
// every company named so far shows here as falling MB/s.
func manyNamesBody(size int) string {
	const cons, vow = "bcdfgklmnprstvz", "aeiou"
	name := func(i int) string {
		b := []byte{cons[i%len(cons)] - 'a' + 'A'}
		i /= len(cons)
		for range 4 {
			b = append(b, vow[i%len(vow)], cons[i/len(vow)%len(cons)])
			i /= len(vow) * len(cons)
		}
		return string(b)
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i += 2 {
		b.WriteString(name(i) + " Corp signed a deal with " + name(i+1) + " Inc. ")
	}
	return b.String()[:size]
}

// BenchmarkExtractManyNames extracts articles naming ever more distinct
// companies at 256 KB, 512 KB and 1 MB: as BenchmarkExtractExtreme, a
// linear path shows the same MB/s at every size.
func BenchmarkExtractManyNames(b *testing.B) {
	for _, size := range []int{corpus.MaxBody / 4, corpus.MaxBody / 2, corpus.MaxBody} {
		text := manyNamesBody(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				New().Extract(corpus.Article{Body: text})
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Amazon Commits Over $1 Billion to Microsoft for Cloud Services",
		"AWS holds 32 percent, followed by Microsoft at 22 percent.",
		"Nvidia will invest $1.5bn to $2bn in xAI.",
		"US$4bn, €2.5 billion, ¥3, Rs 1,500 crore, 1M users, one and a half billion dollars",
		"Acme Inc. signed a deal with Globex Corp. Globex's contract with Acme",
		"$", "1,", "a", "half a", "U.S.$", "10-", "31%, 25% and",
	} {
		f.Add("Title", s)
	}
	// Shapes that once made extraction superlinear, at a quarter of MaxBody.
	deal := "Amazon agreed to pay Microsoft over $1 billion for Microsoft 365 licences for about 1 million staff. "
	f.Add("Big deal", strings.Repeat(deal, corpus.MaxBody/4/len(deal)))
	f.Add("T", strings.Repeat("word ", corpus.MaxBody/4/5))
	f.Add(strings.Repeat("Amazon paid $1 billion ", 12), "body")
	// A headline, which has no full stop, may stop on a place's
	// possessive in a list of backers.
	f.Add("Contoso raises $50m from investors including Abu Dhabi's", "body")
	f.Add("Contoso raises $50m, led by Temasek, with investors including Abu Dhabi's", "")
	round := "Contoso raised $1 billion in a Series B round led by Fabrikam. "
	f.Add("Contoso raises $1 billion", strings.Repeat(round, corpus.MaxBody/4/len(round)))
	// Each bare change in share asks what the sentences before it compared
	// with; reading them all again for each was quadratic.
	change := "Samsung's share fell from 14% to 12%. "
	f.Add("Smartphone market grows 5% year-on-year", strings.Repeat(change, corpus.MaxBody/4/len(change)))
	f.Fuzz(func(t *testing.T, title, body string) {
		for _, fact := range New().Extract(corpus.Article{ID: "fuzz", Title: title, Body: body}) {
			if !strings.Contains(fact.Sentence, fact.Text) {
				t.Fatalf("fact text %q not in sentence %q", fact.Text, fact.Sentence)
			}
		}
	})
}

// TestShortFormsNameTheirCompany checks which short forms in brackets an
// article defines: only capitals that are the initials of the name before
// them, in order, past a legal suffix and the words that open the
// sentence. A bare short form names a company only when the name it
// stands for was taken for one; otherwise only a name already found
// there is renamed (see classes.jsonl).
func TestShortFormsNameTheirCompany(t *testing.T) {
	tests := []struct {
		text, short, want string
	}{
		{"Saudi IT company Al Moammar Information Systems (MIS) signed.", "MIS", "Al Moammar Information Systems"},
		{"Wide World Importers Inc. (WWI) won the contract.", "WWI", ""},
		{"Regional carrier Tailspin Networks Group (TNG) bought it.", "TNG", "Tailspin Networks Group"},
		{"The Department of Energy (DoE) picked Contoso.", "DoE", "US Department of Energy"},
		{"Contoso (US) and Fabrikam (UK) signed a deal.", "US", ""},
		{"Tailspin Networks (TNG) bought it.", "TNG", ""},
		// A brand no initials make, after a name of two words or more
		// the sentence took for a party, is that party's: in small
		// letters too, but neither a place nor capitals throughout.
		{"Tower firm PT Proseware Infrastruktur (Provra) bought it.", "Provra", "Proseware Infrastruktur"},
		{"The operator Tailspin Integrated Telecommunications Company (tz) signed.", "tz", "Tailspin Integrated Telecommunications Company"},
		{"The retailer Woodgrove Holdings (Singapore) bought it.", "Singapore", ""},
		{"The retailer Woodgrove Holdings (sic) bought it.", "sic", ""},
	}
	for _, tt := range tests {
		sents := classExtractor(t).analyse(corpus.Article{ID: "x", Body: tt.text + " " + tt.short + " said more."}, newSentenceArena(0))
		shortForms(sents)
		got := ""
		for _, s := range sents {
			for _, m := range s.companies {
				if s.toks[m.start].text == tt.short && (m.start == 0 || s.toks[m.start-1].text != "(") {
					got = m.name
				}
			}
		}
		if got != tt.want && !(tt.want == "" && got == tt.short) {
			t.Errorf("%q: %s names %q, want %q", tt.text, tt.short, got, tt.want)
		}
	}
}

func TestTheOutletRunningAnArticleIsNoParty(t *testing.T) {
	for _, tc := range []struct {
		name, publication, body string
		want                    []corpus.Party
	}{
		{
			name:        "a site naming itself as the source",
			publication: "DealPulse",
			body:        "DealPulse understands that Contoso agreed to buy Fabrikam for $100 million.",
			want:        []corpus.Party{{Name: "Contoso", Role: corpus.RoleBuyer}, {Name: "Fabrikam", Role: corpus.RoleTarget}},
		},
		{
			name:        "an organisation no list knows in its own release",
			publication: "Tailspin County Council",
			body:        "Tailspin County Council has signed a £2.7 million agreement with Microsoft for licences.",
			want:        []corpus.Party{{Name: "Tailspin County Council", Role: corpus.RoleCustomer}, {Name: "Microsoft", Role: corpus.RoleVendor}},
		},
		{
			name:        "a known company in its own press release",
			publication: "Microsoft",
			body:        "Microsoft will invest $1 billion in Kenya over two years.",
			want:        []corpus.Party{{Name: "Microsoft", Role: corpus.RoleInvestor}, {Name: "Kenya", Role: corpus.RoleRecipient}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := corpus.Article{ID: "a", Title: "News", Body: tc.body, Publication: tc.publication}
			var deal *corpus.Fact
			for _, f := range New().Extract(a) {
				if f.Kind == corpus.DealValue {
					deal = &f
					break
				}
			}
			if deal == nil {
				t.Fatalf("no deal value in %q", tc.body)
			}
			if !slices.Equal(deal.Parties, tc.want) {
				t.Errorf("parties %v, want %v", deal.Parties, tc.want)
			}
		})
	}
}

// TestExtractReadsAFacilityNamedFirst guards the reading of a debt named
// before its size at the very start of a headline or sentence, where no
// word stands before the facility's name: such an article once stopped
// the whole index build.
func TestExtractReadsAFacilityNamedFirst(t *testing.T) {
	for _, tc := range []struct {
		a        corpus.Article
		wantDeal bool
	}{
		{corpus.Article{ID: "a", Title: "Financing size of $2 billion agreed"}, false},
		{corpus.Article{ID: "b", Title: "Loan news", Body: "Facility size of $100 million was agreed with Microsoft in the deal."}, true},
	} {
		facts := New().Extract(tc.a)
		if got := slices.ContainsFunc(facts, func(f corpus.Fact) bool { return f.Kind == corpus.DealValue }); got != tc.wantDeal {
			t.Errorf("%q %q: deal value found %v, want %v (facts %v)", tc.a.Title, tc.a.Body, got, tc.wantDeal, facts)
		}
	}
}

// shuffledWords are words and marks the rules look around, for
// TestExtractSurvivesShuffledWords: names, figures, brackets, possessives
// and the words that open or close a clause.
var shuffledWords = strings.Fields(`line up loan from From between January April 2025 to and % percent per cent
( ) , : ; each apiece the The three top five Four vendors providers makers ' ’ s share shares slice led by round Series B seed
$ 1 2.5 0.7 100 billion million raised raises Contoso Fabrikam Northwind Amazon Microsoft Inc Corp Incorporated .
participated joined as did including included banks lenders among investors with twelve months earlier now had signed
deal worth of MoU memoranda Maharashtra Nigeria Airtel government remaining further sale that which could fetch aims gap
subscribers first market - based taking bringing total in value off provide loans incentives for spend on chips this
fiscal year invest cost consideration price group its rose fell down beginning home secured pulled firm employees
company a an together account part took also co lead leads it is set € USD staff deploy at " / ahead against`)

// TestExtractSurvivesShuffledWords extracts short articles of those words
// in random order, glued or spaced, with sentences of one word and more:
// a rule that reads past either end of a sentence panics here.
func TestExtractSurvivesShuffledWords(t *testing.T) {
	r := rand.New(rand.NewSource(16))
	x := New()
	for range 5000 {
		var b strings.Builder
		for range 1 + r.Intn(5) {
			for range 1 + r.Intn(24) {
				b.WriteString(shuffledWords[r.Intn(len(shuffledWords))])
				if r.Intn(5) != 0 {
					b.WriteByte(' ')
				}
			}
			b.WriteString([]string{". ", ".\n\n", " ", "? "}[r.Intn(4)])
		}
		a := corpus.Article{ID: "shuffled", Title: shuffledWords[r.Intn(len(shuffledWords))] + " raises $1 billion", Body: b.String()}
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("extracting %q, %q: %v", a.Title, a.Body, e)
				}
			}()
			x.Extract(a)
		}()
	}
}
