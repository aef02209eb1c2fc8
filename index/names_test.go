package index_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

func TestUnderstandNamesAsTyped(t *testing.T) {
	tests := []struct {
		query     string
		companies []string
		steering  []string
		guessed   []string // Typed of each guess
	}{
		{"msft goog", []string{"Microsoft", "Google"}, nil, nil},
		{"amzn orcl nvda googl", []string{"Amazon", "Oracle", "Nvidia", "Google"}, nil, nil},
		{"big blue gcp", []string{"IBM", "Google"}, nil, nil},
		{"micorsoft openai", []string{"Microsoft", "OpenAI"}, nil, []string{"micorsoft"}},
		{"salesfroce slack", []string{"Salesforce", "Slack"}, nil, []string{"salesfroce"}},
		{"goggle wiz", []string{"Google", "Wiz"}, nil, []string{"goggle"}},
		{"the big three market share", []string{"Amazon", "Microsoft", "Google"}, nil, []string{"big three"}},
		{"hyperscalers 2024", []string{"Amazon", "Microsoft", "Google"}, []string{"2024"}, []string{"hyperscalers"}},
		// A ticker that is also a word names the company only alone.
		{"crm", []string{"Salesforce"}, []string{"crm"}, nil},
		{"oracle crm market share", []string{"Oracle"}, []string{"crm"}, nil},
		// Short or ordinary words are never taken for misspellings.
		{"intl deal", nil, []string{"intl"}, nil},
		{"sales share 2024", nil, []string{"sales", "2024"}, nil},
		{"amazon q3 2025", []string{"Amazon"}, []string{"q3", "2025"}, nil},
		// A place's name is no misspelling of a company one letter away
		// ("saudi" is not Saudia).
		{"amazon saudi arabia", []string{"Amazon"}, []string{"saudi", "arabia"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := index.Understand(extract.New(), tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.Companies, tt.companies) {
				t.Errorf("companies = %q, want %q", q.Companies, tt.companies)
			}
			if !slices.Equal(q.Steering, tt.steering) {
				t.Errorf("steering = %q, want %q", q.Steering, tt.steering)
			}
			var typed []string
			for _, g := range q.Guesses {
				typed = append(typed, g.Typed)
			}
			if !slices.Equal(typed, tt.guessed) {
				t.Errorf("guessed %q, want %q", typed, tt.guessed)
			}
		})
	}
}

func TestGuessSaysWhatItShows(t *testing.T) {
	for _, tt := range []struct {
		g    index.Guess
		want string
	}{
		{index.Guess{Typed: "micorsoft", Companies: []string{"Microsoft"}}, "Showing Microsoft for “micorsoft”"},
		{index.Guess{Typed: "big three", Companies: []string{"Amazon", "Microsoft", "Google"}, Group: true}, "Showing Amazon, Microsoft and Google for “big three”"},
	} {
		if got := tt.g.String(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// The organisations of the indexed articles, and the short forms the
// articles give them, are names a question may use; they are stored with
// the generation and read back when it is opened.
func TestIndexKnowsTheOrganisationsOfItsArticles(t *testing.T) {
	day := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	arts := []corpus.Article{
		{Title: "Canadian lender signs cloud deal", Path: "td.md", Published: day,
			Body: "Toronto-Dominion Bank (TD) signed a $450 million contract with Microsoft to move its trading systems to Azure.\n\nTD said the work starts in the autumn."},
		{Title: "Fabrikam picks a cloud", Path: "fabrikam.md", Published: day,
			Body: "Fabrikam Capital agreed a $90 million contract with Oracle. Staff apply for access through a portal."},
		{Title: "Gulf pledge", Path: "uae.md", Published: day,
			Body: "Microsoft will invest $15.2 billion in the UAE by 2029."},
		{Title: "Cloud in Germany", Path: "germany.md", Published: day,
			Body: "AWS held a 31% share of cloud infrastructure spending in Germany last year, ahead of Microsoft."},
		{Title: "Synergy counts the cloud", Path: "synergy.md", Published: day,
			Body: "Google held 11% of cloud infrastructure spending in the first quarter, Synergy Research Group said.\n\nThe research firm expects spending to grow by a fifth this year."},
	}
	for i := range arts {
		arts[i].ID = corpus.ArticleID(arts[i].Title, arts[i].Body)
	}
	path := filepath.Join(t.TempDir(), "index")
	if _, err := bleveindex.Build(context.Background(), extract.New(), path, arts, nil); err != nil {
		t.Fatal(err)
	}
	for range 2 { // each open reads the names back
		ix, err := openIndex(path)
		if err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			query     string
			companies []string
			value     float64 // of the first fact
			guessed   bool
			article   string // the first article, when not ""
		}{
			{"td bank", []string{"Toronto-Dominion Bank"}, 450e6, false, "td.md"},
			{"toronto dominion bank microsoft", []string{"Toronto-Dominion Bank", "Microsoft"}, 450e6, false, "td.md"},
			{"fabrikam capital", []string{"Fabrikam Capital"}, 90e6, false, "fabrikam.md"},
			{"uae", []string{"United Arab Emirates"}, 0, false, "uae.md"},
			// In a market-share question a country is the region.
			{"aws market share germany", []string{"Amazon"}, 31, false, "germany.md"},
			// In a market-share question a research firm is who measured it;
			// elsewhere it is an organisation like any other.
			{"google share synergy research group", []string{"Google"}, 11, false, "synergy.md"},
			{"synergy research group", []string{"Synergy Research Group"}, 0, false, "synergy.md"},
			// "apply" is one letter from Apple, but the articles use it.
			{"apply", nil, 0, false, "fabrikam.md"},
			{"oracel", []string{"Oracle"}, 90e6, true, "fabrikam.md"},
		}
		for _, tt := range tests {
			a, err := ix.Ask(context.Background(), tt.query)
			if err != nil {
				t.Fatalf("Ask(%q): %v", tt.query, err)
			}
			if !slices.Equal(a.Companies, tt.companies) {
				t.Errorf("%q: companies %q, want %q", tt.query, a.Companies, tt.companies)
			}
			if tt.value != 0 && (len(a.Facts) == 0 || a.Facts[0].Value != tt.value) {
				t.Errorf("%q: want %g first, got:\n%s", tt.query, tt.value, describe(a.Facts))
			}
			if tt.article != "" && (len(a.Articles) == 0 || a.Articles[0].Path != tt.article) {
				t.Errorf("%q: want %s first among the articles, got %+v", tt.query, tt.article, a.Articles)
			}
			if (len(a.Guesses) > 0) != tt.guessed {
				t.Errorf("%q: guesses %+v, want guessed=%v", tt.query, a.Guesses, tt.guessed)
			}
		}
		ix.Close()
	}
}

// contosoExtractor is the built-in extractor with one more company, a
// made-up maker of warehouse robots, known by a short name and a ticker.
func contosoExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	k := extract.DefaultKnowledge()
	k.Companies = append(k.Companies, extract.Company{Name: "Contoso Robotics", Aliases: []string{"Contoso", "CTSO"}})
	x, err := extract.NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestQuestionsKnowOnlyTheExtractorsCompanies shows that a company left out
// of the knowledge is not read in a question by its name, its ticker, a
// misspelling of it, or as one of a group.
func TestQuestionsKnowOnlyTheExtractorsCompanies(t *testing.T) {
	k := extract.DefaultKnowledge()
	k.Companies = slices.DeleteFunc(k.Companies, func(c extract.Company) bool { return c.Name == "Tesla" })
	x, err := extract.NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	for _, query := range []string{"tesla revenue", "tsla revenue", "teslla revenue", "magnificent seven revenue"} {
		q, err := index.Understand(x, query)
		if err != nil {
			t.Fatalf("Understand(%q): %v", query, err)
		}
		if slices.Contains(q.Companies, "Tesla") {
			t.Errorf("Understand(%q) without Tesla: companies = %q, want no Tesla", query, q.Companies)
		}
		for _, g := range q.Guesses {
			if slices.Contains(g.Companies, "Tesla") {
				t.Errorf("Understand(%q) without Tesla: guess %q", query, g)
			}
		}
	}
	// The group still names the companies it has that x knows.
	q, err := index.Understand(x, "mag 7 revenue")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(q.Companies, []string{"Apple", "Microsoft", "Google", "Amazon", "Nvidia", "Meta"}) {
		t.Errorf("Understand(%q) without Tesla: companies = %q, want the other six", "mag 7 revenue", q.Companies)
	}
	// The built-in knowledge reads the ticker and the misspelling.
	for _, query := range []string{"tsla revenue", "teslla revenue"} {
		q, err := index.Understand(extract.New(), query)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(q.Companies, []string{"Tesla"}) {
			t.Errorf("Understand(%q) with the built-in knowledge: companies = %q, want Tesla", query, q.Companies)
		}
	}
}

// TestCompaniesComeFromTheExtractor shows that the question parser, an
// index's questions and its coverage know the companies of the extractor
// they are given, and only those: a company added with NewWith is read in
// a question and in an article, while the built-in extractor, given the
// same question, does not know it. Live serving still knows it after a
// reload swaps in a new generation.
func TestCompaniesComeFromTheExtractor(t *testing.T) {
	ctx := context.Background()
	more, builtin := contosoExtractor(t), extract.New()
	const question = "how much did ctso pay microsoft"

	q, err := index.Understand(more, question)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(q.Companies, []string{"Contoso Robotics", "Microsoft"}) {
		t.Errorf("Understand with Contoso added: companies = %q, want Contoso Robotics and Microsoft", q.Companies)
	}
	q, err = index.Understand(builtin, question)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(q.Companies, "Contoso Robotics") {
		t.Errorf("Understand with the built-in extractor: companies = %q, want no Contoso Robotics", q.Companies)
	}

	// An index built and asked with the same extractor answers with the
	// company's figure, and counts it in its coverage.
	art := corpus.Article{ID: "contoso", Title: "Contoso Robotics signs $300 million cloud deal with Microsoft",
		Body:      "Contoso Robotics, which builds warehouse robots, agreed to spend $300 million on Microsoft's cloud over five years, the companies said.",
		Published: time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)}
	e, _, err := bleveindex.Memory(ctx, more, []corpus.Article{art})
	if err != nil {
		t.Fatal(err)
	}
	ix := index.New(e, more)
	defer ix.Close()
	ans, err := ix.Ask(ctx, question)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ans.Companies, "Contoso Robotics") || len(ans.Facts) == 0 || !slices.Contains(ans.Facts[0].Companies, "Contoso Robotics") {
		t.Errorf("Ask(%q) = companies %q, facts %+v; want the Contoso Robotics deal", question, ans.Companies, ans.Facts)
	}
	cov, err := ix.Coverage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(cov.Companies, "Contoso Robotics") {
		t.Errorf("Coverage().Companies = %q, want Contoso Robotics among them", cov.Companies)
	}
	if q, err := ix.Understand(ctx, question); err != nil || !slices.Contains(q.Companies, "Contoso Robotics") {
		t.Errorf("Index.Understand(%q) = companies %q, %v; want Contoso Robotics", question, q.Companies, err)
	}

	// Live serving keeps the extractor across generations: one built
	// before the Contoso article, then one with it, swapped in by Reload.
	path := filepath.Join(t.TempDir(), "index")
	other := corpus.Article{ID: "other", Title: "Microsoft signs $50 million cloud deal with Fabrikam",
		Body:      "Fabrikam will spend $50 million on Microsoft's cloud over three years.",
		Published: time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := bleveindex.Build(ctx, more, path, []corpus.Article{other}, nil); err != nil {
		t.Fatal(err)
	}
	live, err := index.OpenLive(ctx, bleveindex.Dir(path), more, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	if q, err := live.Understand(ctx, question); err != nil || !slices.Contains(q.Companies, "Contoso Robotics") {
		t.Errorf("Live.Understand(%q) before the reload = companies %q, %v; want Contoso Robotics", question, q.Companies, err)
	}
	if _, err := bleveindex.Build(ctx, more, path, []corpus.Article{other, art}, nil); err != nil {
		t.Fatal(err)
	}
	if swapped, err := live.Reload(ctx); err != nil || !swapped {
		t.Fatalf("Reload = %v, %v; want a swap to the new generation", swapped, err)
	}
	if q, err := live.Understand(ctx, question); err != nil || !slices.Contains(q.Companies, "Contoso Robotics") {
		t.Errorf("Live.Understand(%q) after the reload = companies %q, %v; want Contoso Robotics", question, q.Companies, err)
	}
	ans, err = live.Ask(ctx, question)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ans.Companies, "Contoso Robotics") || len(ans.Facts) == 0 || !slices.Contains(ans.Facts[0].Companies, "Contoso Robotics") {
		t.Errorf("Live.Ask(%q) after the reload = companies %q, facts %+v; want the Contoso Robotics deal", question, ans.Companies, ans.Facts)
	}
	// With no generation to serve, Live still reads questions with its
	// extractor's companies.
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
	if _, err := live.Reload(ctx); !errors.Is(err, index.ErrUnavailable) {
		t.Fatalf("Reload of a deleted index = %v; want ErrUnavailable", err)
	}
	if q, err := live.Understand(ctx, question); err != nil || !slices.Contains(q.Companies, "Contoso Robotics") {
		t.Errorf("Live.Understand(%q) with no generation = companies %q, %v; want Contoso Robotics", question, q.Companies, err)
	}
}

// TestNilExtractorPanics shows the one contract of New, OpenLive and
// Understand for a nil extractor: a panic that says what is missing.
func TestNilExtractorPanics(t *testing.T) {
	calls := map[string]func(){
		"New":        func() { index.New(nil, nil) },
		"OpenLive":   func() { index.OpenLive(context.Background(), bleveindex.Dir(t.TempDir()), nil, nil) },
		"Understand": func() { index.Understand(nil, "aws revenue") },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			defer func() {
				want := "index: " + name + " needs the extractor the articles were read with, got nil"
				if r := recover(); r != want {
					t.Errorf("%s with a nil extractor: recovered %v, want a panic %q", name, r, want)
				}
			}()
			call()
		})
	}
}

// TestPossessiveWithoutApostrophe types a company's possessive without
// its apostrophe, as chat does: "microsofts stake" names Microsoft by its
// own name, an alias's possessive names the company by that alias, and a
// plural of an ordinary word, or a short name's, is not a name.
func TestPossessiveWithoutApostrophe(t *testing.T) {
	tests := []struct {
		query     string
		companies []string
	}{
		{"microsofts openai stake", []string{"Microsoft", "OpenAI"}},
		{"amazons anthropic investment", []string{"Amazon", "Anthropic"}},
		{"nvidias gpu share", []string{"Nvidia"}},
		// Near misses: ordinary plurals, and a name too short to trust.
		{"cloud contracts deals", nil},
		{"ibms share", nil},
	}
	for _, tt := range tests {
		q, err := index.Understand(extract.New(), tt.query)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(q.Companies, tt.companies) {
			t.Errorf("%q: companies %q, want %q", tt.query, q.Companies, tt.companies)
		}
	}
}

// TestQuestionsKnowTheExtractorsPlaces shows that the question parser
// reads places from the extractor it is given: a country added with
// NewWith is a place, never a misspelled company, while the built-in
// extractor, which lacks it, guesses the company one letter off.
func TestQuestionsKnowTheExtractorsPlaces(t *testing.T) {
	k := extract.DefaultKnowledge()
	k.Companies = append(k.Companies, extract.Company{Name: "Fredonia"})
	without, err := extract.NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	k.Places = append(k.Places, extract.Place{Name: "Freedonia", Government: "Freedonian government"})
	with, err := extract.NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	const query = "amazon freedonia"
	guessed := func(x *extract.Extractor) bool {
		q, err := index.Understand(x, query)
		if err != nil {
			t.Fatalf("Understand(%q): %v", query, err)
		}
		return slices.Contains(q.Companies, "Fredonia")
	}
	if !guessed(without) {
		t.Errorf("Understand(%q) without the country: want Fredonia guessed for the misspelling", query)
	}
	if guessed(with) {
		t.Errorf("Understand(%q) with Freedonia a country: want no company guessed for the place", query)
	}
	if !slices.ContainsFunc(with.KnownPlaces(), func(p extract.Place) bool { return p.Name == "Freedonia" }) {
		t.Error("KnownPlaces lacks the country added")
	}
}
