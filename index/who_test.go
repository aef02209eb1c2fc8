package index_test

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// whoArticles report a start-up's money: a round naming who put it in,
// and a newer, bigger one that names nobody who paid.
var whoArticles = []corpus.Article{
	dated(article("round", "Contoso raises $200 million",
		"Contoso has raised $200 million in a round led by Fabrikam, the start-up said."), "2025-03-03"),
	dated(article("more", "Contoso raises again",
		"Contoso raised $1 billion in a new funding round, the start-up said."), "2025-06-02"),
	dated(article("buy", "Contoso buys Woodgrove",
		"Contoso will pay $90 million for Woodgrove, the two companies said."), "2025-07-01"),
}

// TestWhoAsksForTheOtherSide asks who paid a company, or whom it paid: the
// deal naming the party on the other side answers before a bigger or newer
// sum that names nobody who paid. Asked how much, the question wants no
// party named and the usual order holds.
func TestWhoAsksForTheOtherSide(t *testing.T) {
	ix := testIndex(t, whoArticles)
	tests := []struct {
		query string
		first want
	}{
		{"who invested in contoso", want{corpus.DealValue, 200e6, "", []string{"Contoso", "Fabrikam"}, 1}},
		{"which firm backed contoso", want{corpus.DealValue, 200e6, "", []string{"Contoso", "Fabrikam"}, 1}},
		{"who did contoso buy", want{corpus.DealValue, 90e6, "", []string{"Contoso", "Woodgrove"}, 1}},
		// Near miss: not asking who, the newer and bigger round answers,
		// though it names nobody who paid.
		{"how much did contoso raise", want{corpus.DealValue, 1e9, "", []string{"Contoso"}, 1}},
		// "which" asks who only before a word for a party: "which rounds"
		// asks for rounds.
		{"which rounds did contoso raise", want{corpus.DealValue, 1e9, "", []string{"Contoso"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestNameTypedWithoutItsSpaces reads a name of two words typed as one
// ("silverlake") as that name, and says it guessed; a word joining no
// name is left as a word.
func TestNameTypedWithoutItsSpaces(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("lake", "Silver Lake invests in Fabrikam",
			"Silver Lake will invest $800 million in Fabrikam, the companies said."), "2025-03-03"),
		dated(article("other", "Fabrikam signs a cloud deal",
			"Fabrikam signed a $50 million cloud contract with Northwind."), "2025-04-03"),
	})
	a := askOf(t, ix, "silverlake fabrikam")
	if len(a.Facts) == 0 || !(want{corpus.DealValue, 800e6, "", []string{"Silver Lake", "Fabrikam"}, 1}).matches(a.Facts[0]) {
		t.Errorf("silverlake fabrikam: want Silver Lake's $800 million first, got:\n%s", describeAll(a.Facts))
	}
	if !slices.ContainsFunc(a.Guesses, func(g index.Guess) bool {
		return g.Typed == "silverlake" && slices.Equal(g.Companies, []string{"Silver Lake"})
	}) {
		t.Errorf("silverlake fabrikam: want the guess of Silver Lake shown, got %v", a.Guesses)
	}
	// Near misses: spelled with its space there is nothing to guess, and
	// a made-up word joins no name.
	for _, q := range []string{"silver lake fabrikam", "bluelake fabrikam"} {
		if a := askOf(t, ix, q); len(a.Guesses) != 0 {
			t.Errorf("%s: want no guess, got %v", q, a.Guesses)
		}
	}
}

// TestShortNameWithLettersSwapped reads a word that is a four-letter name
// with two neighbouring letters swapped ("kpgm") as that name, and says it
// guessed; a letter changed in so short a name is no guess, as such a
// word is too near ordinary ones.
func TestShortNameWithLettersSwapped(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("kpmg", "KPMG rolls out Copilot",
			"KPMG will give Copilot to 20,000 staff, the firm said."), "2025-03-03"),
		dated(article("other", "Contoso buys Copilot seats",
			"Contoso bought 5,000 Copilot seats for its engineers."), "2025-04-03"),
	})
	a := askOf(t, ix, "kpgm copilot seats")
	if len(a.Facts) == 0 || !(want{corpus.Seats, 20000, "", []string{"KPMG"}, 1}).matches(a.Facts[0]) {
		t.Errorf("kpgm copilot seats: want KPMG's 20,000 first, got:\n%s", describeAll(a.Facts))
	}
	if !slices.ContainsFunc(a.Guesses, func(g index.Guess) bool { return g.Typed == "kpgm" && slices.Equal(g.Companies, []string{"KPMG"}) }) {
		t.Errorf("kpgm copilot seats: want the guess of KPMG shown, got %v", a.Guesses)
	}
	if a := askOf(t, ix, "kpmx copilot seats"); slices.ContainsFunc(a.Guesses, func(g index.Guess) bool { return g.Typed == "kpmx" }) {
		t.Errorf("kpmx copilot seats: want no guess of kpmx, got %v", a.Guesses)
	}
}

// TestWhichPartyWordSteersNothing asks "which firm" or "which fund": the
// word says what is asked, so it does not steer to articles that hold it
// (nor is an answer told that none does). Elsewhere in a question the
// same word still steers.
func TestWhichPartyWordSteersNothing(t *testing.T) {
	ix := testIndex(t, whoArticles)
	for _, tt := range []struct {
		query, word string
		steers      bool
	}{
		{"which firm backed contoso", "firm", false},
		{"which fund invested in contoso", "fund", false},
		// Near miss: not after "which", the word steers.
		{"contoso deal with a firm", "firm", true},
	} {
		if a := askOf(t, ix, tt.query); slices.Contains(a.Steering, tt.word) != tt.steers {
			t.Errorf("%s: want %q steering %v, got steering words %v", tt.query, tt.word, tt.steers, a.Steering)
		}
	}
}
