package index

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

func TestUnderstand(t *testing.T) {
	tests := []struct {
		query     string
		companies []string
		kind      corpus.Kind
		steering  []string
		view      View
		order     Order
	}{
		{"amazon microsoft", []string{"Amazon", "Microsoft"}, "", nil, "", ""},
		{"what is AWS market share", []string{"Amazon"}, corpus.MarketShare, nil, "", ""},
		{"how many licenses did amazon buy", []string{"Amazon"}, corpus.Seats, nil, "", ""},
		{"How much did Amazon put into Anthropic in March 2024?", []string{"Amazon", "Anthropic"}, corpus.DealValue, []string{"put", "march", "2024"}, "", ""},
		{"Gartner 2021 Alibaba share", []string{"Alibaba"}, corpus.MarketShare, []string{"gartner", "2021"}, "", ""},
		{"the Pentagon contract", []string{"US Department of Defense"}, corpus.DealValue, nil, "", ""},
		{"what did microsoft pay for activision", []string{"Microsoft"}, corpus.DealValue, []string{"activision"}, "", ""},
		{"oracle acquisition", []string{"Oracle"}, corpus.DealValue, nil, "", ""},
		// A company's name that is also a word names it only when no
		// other company is named.
		{"ibm hashicorp acquisition target", []string{"IBM", "HashiCorp"}, corpus.DealValue, []string{"target"}, "", ""},
		{"nvidia sharp rise in share", []string{"Nvidia"}, corpus.MarketShare, []string{"sharp", "rise"}, "", ""},
		{"target chatgpt seats", []string{"Target"}, corpus.Seats, []string{"target", "chatgpt"}, "", ""},
		{"barclays employees", []string{"Barclays"}, corpus.Seats, nil, "", ""},
		{"google share third quarter 2024", []string{"Google"}, corpus.MarketShare, []string{"q3", "2024"}, "", ""},
		{"google share end of 2024", []string{"Google"}, corpus.MarketShare, []string{"q4", "2024"}, "", ""},
		{"google share late 2024", []string{"Google"}, corpus.MarketShare, []string{"q4", "2024"}, "", ""},
		{"google share early 2024", []string{"Google"}, corpus.MarketShare, []string{"q1", "2024"}, "", ""},
		{"google deal end of talks", []string{"Google"}, corpus.DealValue, []string{"end", "talks"}, "", ""},
		// Halves as people say them, and quarters and halves as analysts
		// write them, with the year in the same word; "first half" asks
		// for a period, not the first figure.
		{"oracle share first half 2023", []string{"Oracle"}, corpus.MarketShare, []string{"h1", "2023"}, "", ""},
		{"oracle share second half of 2022", []string{"Oracle"}, corpus.MarketShare, []string{"h2", "2022"}, "", ""},
		{"samsung share 4q21", []string{"Samsung"}, corpus.MarketShare, []string{"q4", "2021"}, "", ""},
		{"ibm cloud share 1h2023", []string{"IBM"}, corpus.MarketShare, []string{"h1", "2023"}, "", ""},
		{"ibm cloud share 3h23", []string{"IBM"}, corpus.MarketShare, []string{"3h23"}, "", ""},
		// Quarters as people type them: an ordinal in figures, "qtr",
		// and a quarter's first and last months, as Indian and Japanese
		// reports name it. Two months that are no quarter's ends, and a
		// month alone, stay months.
		{"aws share 3rd quarter 2022", []string{"Amazon"}, corpus.MarketShare, []string{"q3", "2022"}, "", ""},
		{"aws share third qtr 2022", []string{"Amazon"}, corpus.MarketShare, []string{"q3", "2022"}, "", ""},
		{"jio share april-june 2023", []string{"Reliance"}, corpus.MarketShare, []string{"q2", "2023"}, "", ""},
		{"aws share in the jul to sep quarter of 2022", []string{"Amazon"}, corpus.MarketShare, []string{"q3", "2022"}, "", ""},
		{"oracle share 2nd half 2023", []string{"Oracle"}, corpus.MarketShare, []string{"h2", "2023"}, "", ""},
		{"aws share june to september 2022", []string{"Amazon"}, corpus.MarketShare, []string{"june", "september", "2022"}, "", ""},
		{"aws share april 2022", []string{"Amazon"}, corpus.MarketShare, []string{"april", "2022"}, "", ""},
		// Chat shorthand is read in full: it names the organisation and
		// the kind of figure as the words do. A word that only starts
		// like one ("department" typed out, "mktg") is itself.
		{"dept of defense cloud contract", []string{"US Department of Defense"}, corpus.DealValue, []string{"cloud"}, "", ""},
		{"aws marketshare 2023", []string{"Amazon"}, corpus.MarketShare, []string{"2023"}, "", ""},
		{"aws mkt share q3 2024", []string{"Amazon"}, corpus.MarketShare, []string{"q3", "2024"}, "", ""},
		{"acq of splunk", []string{"Splunk"}, corpus.DealValue, nil, "", ""},
		{"oracle mktg deal", []string{"Oracle"}, corpus.DealValue, []string{"mktg"}, "", ""},
		// "us" of a share is where it was measured; elsewhere a pronoun.
		{"hp share of us pc market", []string{"HP"}, corpus.MarketShare, []string{"us", "pc"}, "", ""},
		{"tell us ibm cloud share", []string{"IBM"}, corpus.MarketShare, nil, "", ""},
		{"show us oracle deals", []string{"Oracle"}, corpus.DealValue, nil, "", ""},
		{"microsoft openai first deal", []string{"Microsoft", "OpenAI"}, corpus.DealValue, nil, "", Oldest},
		{"biggest anthropic investment", []string{"Anthropic"}, corpus.DealValue, nil, "", Biggest},
		{"compare aws azure google", []string{"Amazon", "Microsoft", "Google"}, corpus.MarketShare, nil, ViewCompare, Newest},
		{"timeline microsoft openai", []string{"Microsoft", "OpenAI"}, corpus.DealValue, nil, ViewTimeline, Oldest},
		{"latest", nil, corpus.DealValue, nil, ViewLatest, Newest},
		{"amazon web services deal worth", []string{"Amazon"}, corpus.DealValue, nil, "", ""},
		{"azure seats", []string{"Microsoft"}, corpus.Seats, nil, "", ""},
		// What licences cost is money; how many there are, seats.
		{"barclays copilot licence cost", []string{"Barclays"}, corpus.DealValue, []string{"copilot"}, "", ""},
		{"barclays microsoft licences purchase", []string{"Barclays", "Microsoft"}, corpus.DealValue, nil, "", ""},
		{"how many licences did barclays pay for", []string{"Barclays"}, corpus.Seats, nil, "", ""},
		{"barclays copilot licences", []string{"Barclays"}, corpus.Seats, []string{"copilot"}, "", ""},
		// The deal licences are sold under is money: a contract, a
		// renewal, a licensing agreement; how many the renewal covers
		// is seats.
		{"barclays microsoft licence renewal", []string{"Barclays", "Microsoft"}, corpus.DealValue, []string{"renewal"}, "", ""},
		{"barclays microsoft licence contract", []string{"Barclays", "Microsoft"}, corpus.DealValue, nil, "", ""},
		{"oracle enterprise licensing agreement", []string{"Oracle"}, corpus.DealValue, []string{"enterprise", "licensing", "agreement"}, "", ""},
		{"how many licences in the barclays microsoft renewal", []string{"Barclays", "Microsoft"}, corpus.Seats, []string{"renewal"}, "", ""},
		{"asd aws top secret cloud", []string{"Amazon"}, "", []string{"asd", "top", "secret", "cloud"}, "", ""},
		{"microsoft openai initial investment", []string{"Microsoft", "OpenAI"}, corpus.DealValue, nil, "", Oldest},
		{"top aws deals", []string{"Amazon"}, corpus.DealValue, nil, "", Biggest},
		{"top 3 deals", nil, corpus.DealValue, []string{"3"}, "", Biggest},
		// A second name of a company named by its own name says which deal.
		{"how much did microsoft pay for linkedin", []string{"Microsoft"}, corpus.DealValue, []string{"linkedin"}, "", ""},
		{"microsoft github", []string{"Microsoft"}, "", []string{"github"}, "", ""},
		{"github", []string{"Microsoft"}, "", nil, "", ""},
		// The size of a trial is its seats; of a deal, its money.
		{"wipro copilot trial size", []string{"Wipro"}, corpus.Seats, []string{"copilot", "trial"}, "", ""},
		// A rollout however named is seats, and so are several.
		{"wipro copilot deployment", []string{"Wipro"}, corpus.Seats, []string{"copilot", "deployment"}, "", ""},
		// A product alone names its maker, and still steers.
		{"bank copilot pilots", []string{"Microsoft"}, corpus.Seats, []string{"bank", "copilot", "pilots"}, "", ""},
		{"openai deal size", []string{"OpenAI"}, corpus.DealValue, nil, "", ""},
		// Spending asks for money, whatever it was spent on.
		{"kyndryl spend on microsoft licences", []string{"Kyndryl", "Microsoft"}, corpus.DealValue, nil, "", ""},
		// A possessive's "s" steers nowhere.
		{"google's first investment in anthropic", []string{"Google", "Anthropic"}, corpus.DealValue, nil, "", Oldest},
		// A word naming a stage of a rollout or a kind of deal says which
		// figure is asked for when no other word does, and still narrows:
		// a pilot's seats, a round's or a stake's money; a word of money
		// asks for money even of a pilot.
		{"barclays copilot pilot", []string{"Barclays"}, corpus.Seats, []string{"copilot", "pilot"}, "", ""},
		{"lloyds chatgpt rollout", []string{"Lloyds Banking Group"}, corpus.Seats, []string{"chatgpt", "rollout"}, "", ""},
		{"barclays copilot pilot cost", []string{"Barclays"}, corpus.DealValue, []string{"copilot", "pilot"}, "", ""},
		{"openai latest round", []string{"OpenAI"}, corpus.DealValue, []string{"round"}, "", Newest},
		{"microsoft stake in openai", []string{"Microsoft", "OpenAI"}, corpus.DealValue, []string{"stake"}, "", ""},
		{"salesforce acquisitions", []string{"Salesforce"}, corpus.DealValue, []string{"acquisitions"}, "", ""},
		// "How much" of a market, a percentage or a slice asks for a share;
		// "how much of" a lease or a deal still asks for money.
		{"how much market share does oracle have", []string{"Oracle"}, corpus.MarketShare, nil, "", ""},
		{"how much of the cloud market does ibm have", []string{"IBM"}, corpus.MarketShare, []string{"cloud"}, "", ""},
		{"what percentage of cloud spending goes to alibaba", []string{"Alibaba"}, corpus.MarketShare, []string{"cloud", "goes"}, "", ""},
		{"how much of the contract did oracle win", []string{"Oracle"}, corpus.DealValue, []string{"win"}, "", ""},
		// Now is the newest; the most expensive is the biggest; words that
		// only carry a question ("according to", "the number of") narrow
		// nothing.
		{"what is azure's share right now", []string{"Microsoft"}, corpus.MarketShare, nil, "", Newest},
		{"ibm cloud share today", []string{"IBM"}, corpus.MarketShare, nil, "", Newest},
		{"oracle's most expensive acquisition", []string{"Oracle"}, corpus.DealValue, nil, "", Biggest},
		{"alibaba share according to canalys", []string{"Alibaba"}, corpus.MarketShare, []string{"canalys"}, "", ""},
		{"the number of copilot seats at barclays", []string{"Barclays"}, corpus.Seats, []string{"copilot"}, "", ""},
		// What an agency awarded is money.
		{"what did the pentagon award oracle", []string{"US Department of Defense", "Oracle"}, corpus.DealValue, []string{"award"}, "", ""},
		// What a company started with is its first figure.
		{"how many chatgpt accounts did bbva start with", []string{"BBVA"}, corpus.Seats, []string{"chatgpt", "accounts"}, "", Oldest},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := Understand(extract.New(), tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.Companies, tt.companies) {
				t.Errorf("companies = %q, want %q", q.Companies, tt.companies)
			}
			if q.Kind != tt.kind {
				t.Errorf("kind = %q, want %q", q.Kind, tt.kind)
			}
			if !slices.Equal(q.Steering, tt.steering) {
				t.Errorf("steering = %q, want %q", q.Steering, tt.steering)
			}
			if q.View != tt.view || q.Order != tt.order {
				t.Errorf("view, order = %q, %q; want %q, %q", q.View, q.Order, tt.view, tt.order)
			}
		})
	}
}

func TestUnderstandRefusesWhatItCannotSearch(t *testing.T) {
	tests := []struct {
		query string
		want  error
	}{
		{"", ErrEmptyQuery},
		{"   \t\n", ErrEmptyQuery},
		{"?!(((", ErrEmptyQuery},
		{"what is the", ErrEmptyQuery},
		{strings.Repeat("amazon ", 80), ErrQueryTooLong},
		{strings.Repeat("x", MaxQueryLen+1), ErrQueryTooLong},
		// The limit counts characters, as the message says, not bytes:
		// 300 accented letters are 600 bytes and still a short question.
		{"zürich " + strings.Repeat("é", 300), nil},
		{strings.Repeat("x", MaxQueryLen), nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if _, err := Understand(extract.New(), tt.query); !errors.Is(err, tt.want) {
				t.Errorf("Understand(%q) = %v, want %v", tt.query, err, tt.want)
			}
		})
	}
}

// Every character of bleve's query-string syntax is only a separator: the
// words around it are searched as words.
func TestQuerySyntaxIsJustWords(t *testing.T) {
	tests := []struct {
		query string
		words []string
	}{
		{"AND OR NOT (((", nil},
		{"amazon AND microsoft", []string{"amazon", "microsoft"}},
		{"oracle*", []string{"oracle"}},
		{"openai~2", []string{"openai", "2"}},
		{"/micro.*/", []string{"micro"}},
		{"title:amazon +kind:seats -body:x", []string{"title", "amazon", "kind", "seats", "body", "x"}},
		{`"unclosed quote ^3 \ {}[]`, []string{"unclosed", "quote", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := Understand(extract.New(), tt.query)
			if tt.words == nil {
				if !errors.Is(err, ErrEmptyQuery) {
					t.Errorf("want ErrEmptyQuery, got %v (%q)", err, q.Words)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.Words, tt.words) {
				t.Errorf("words = %q, want %q", q.Words, tt.words)
			}
		})
	}
}

func TestRepeatedAndExcessWordsAreBounded(t *testing.T) {
	tests := []struct {
		q            string
		words        []string
		ignoredCount int
	}{
		{strings.TrimSpace(strings.Repeat("said ", 99)), []string{"said"}, 0},
		{"microsoft Microsoft MICROSOFT azure", []string{"microsoft", "azure"}, 0},
		{"w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w1 w15", []string{"w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11", "w12"}, 3},
	}
	for _, tt := range tests {
		q, err := Understand(extract.New(), tt.q)
		if err != nil {
			t.Fatalf("Understand(%q): %v", tt.q, err)
		}
		if !slices.Equal(q.Words, tt.words) || len(q.Ignored) != tt.ignoredCount {
			t.Errorf("Understand(%.40q): words %q, ignored %q; want %q and %d ignored", tt.q, q.Words, q.Ignored, tt.words, tt.ignoredCount)
		}
	}
}

// TestIgnoredWordsHadNoEffect holds that a word past MaxQueryWords is
// reported as ignored only when it did nothing: one read as a company, the
// kind of figure or the order was not ignored.
func TestIgnoredWordsHadNoEffect(t *testing.T) {
	const twelve = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12"
	tests := []struct {
		name    string
		tail    string
		ignored []string
		check   func(Question) bool
	}{
		{"a company", "amazon w13", []string{"w13"}, func(q Question) bool { return slices.Contains(q.Companies, "Amazon") }},
		{"a company of two words", "amazon web services", nil, func(q Question) bool { return slices.Contains(q.Companies, "Amazon") }},
		{"the kind asked for", "seats w13", []string{"w13"}, func(q Question) bool { return q.Kind == corpus.Seats }},
		{"the order", "latest w13", []string{"w13"}, func(q Question) bool { return q.Order == Newest }},
		{"nothing", "w13 w14", []string{"w13", "w14"}, func(Question) bool { return true }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Understand(extract.New(), twelve+" "+tt.tail)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.Ignored, tt.ignored) {
				t.Errorf("ignored %q, want %q", q.Ignored, tt.ignored)
			}
			if !tt.check(q) {
				t.Errorf("the words past the limit were not read: %+v", q)
			}
		})
	}
}
