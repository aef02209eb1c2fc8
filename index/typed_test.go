package index

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// TestPeriodsAsTyped: people type a month by its short name and a
// quarter's year in two digits ("aws share sept 2024", "q3 24",
// "q3'24"); each is read as the period it names, so that the figure for
// that very month or quarter answers. A number after a month may be its
// day, so only a quarter's or a half's two digits are read as a year.
func TestPeriodsAsTyped(t *testing.T) {
	tests := []struct {
		query    string
		steering []string
		period   corpus.Period
	}{
		{"aws share sept 2024", []string{"september", "2024"}, "2024-09"},
		{"aws share sep 2024", []string{"september", "2024"}, "2024-09"},
		{"google share oct 2025", []string{"october", "2025"}, "2025-10"},
		{"edge share feb 2022 statcounter", []string{"february", "2022", "statcounter"}, "2022-02"},
		{"aws share q3 24", []string{"q3", "2024"}, "2024-Q3"},
		{"aws share q3'24 canalys", []string{"q3", "2024", "canalys"}, "2024-Q3"},
		{"oracle share h1 23", []string{"h1", "2023"}, "2023-H1"},
		// Near misses: a month's number may be its day, and a number
		// before a quarter is no year of it.
		{"aws share oct 25", []string{"october", "25"}, ""},
		{"aws share 24 q3", []string{"24", "q3"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := Understand(extract.New(), tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.Steering, tt.steering) {
				t.Errorf("steering = %q, want %q", q.Steering, tt.steering)
			}
			if p := askedPeriod(q.Steering); p != tt.period {
				t.Errorf("period = %q, want %q", p, tt.period)
			}
		})
	}
}

// TestShareAskedWithMoneyWords: a percent sign with no figure before it
// ("what %"), "pct" and the words "market share" ask for a share, though
// the market they name is one of spending ("enterprise llm spend"). A
// percentage of a stake ("40% of kao data") says which stake was paid
// for, and a question of money stays one.
func TestShareAskedWithMoneyWords(t *testing.T) {
	tests := []struct {
		query string
		kind  corpus.Kind
	}{
		{"what % of enterprise llm spend does openai have", corpus.MarketShare},
		{"what % of cloud does aws have", corpus.MarketShare},
		{"openai enterprise llm spend market share", corpus.MarketShare},
		{"aws pct of cloud spending", corpus.MarketShare},
		{"how much is infratil paying for 40% of kao data", corpus.DealValue},
		{"how much did google spend on wiz", corpus.DealValue},
		{"openai compute spend", corpus.DealValue},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := Understand(extract.New(), tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if q.Kind != tt.kind {
				t.Errorf("kind = %q, want %q", q.Kind, tt.kind)
			}
		})
	}
}

// TestMoneyVerbsInEveryForm: "raising", "investing", "financing" and
// "backed" ask for money as "raised" and "invested" do, so the figure
// asked for is a deal value and the verb narrows nothing.
func TestMoneyVerbsInEveryForm(t *testing.T) {
	for _, query := range []string{"how much is xai raising", "xai raises", "who is investing in anthropic",
		"nvidia invests in openai", "coreweave financing", "who funded mistral", "who backed mistral"} {
		t.Run(query, func(t *testing.T) {
			q, err := Understand(extract.New(), query)
			if err != nil {
				t.Fatal(err)
			}
			if q.Kind != corpus.DealValue || len(q.Steering) != 0 {
				t.Errorf("kind %q, steering %q; want deal_value and none", q.Kind, q.Steering)
			}
		})
	}
}

// TestFiguresQuoted: people paste the figure they remember ("microsoft
// g42 1.5bn", "barclays copilot 100k", "aws 31% share", "6,500"); it is
// read as the amount asked about, not as words to search for. A number
// that is part of a word ("q3", "g42", "4q21"), a year or a product's
// number ("office 365") is no amount.
func TestFiguresQuoted(t *testing.T) {
	tests := []struct {
		query   string
		figures []quotedFigure
		words   []string
	}{
		{"microsoft g42 1.5bn", []quotedFigure{{1.5e9, false}}, []string{"microsoft", "g42"}},
		{"blackstone airtrunk a$24bn", []quotedFigure{{24e9, false}}, []string{"blackstone", "airtrunk"}},
		{"barclays copilot 100k", []quotedFigure{{1e5, false}}, []string{"barclays", "copilot"}},
		{"aws 31% share", []quotedFigure{{31, true}}, []string{"aws", "share"}},
		{"woodgrove 6,500 copilot seats", []quotedFigure{{6500, false}}, []string{"woodgrove", "copilot", "seats"}},
		{"contoso $500 licences", []quotedFigure{{500, false}}, []string{"contoso", "licences"}},
		{"fabrikam 2 billion deal", []quotedFigure{{2e9, false}}, []string{"fabrikam", "deal"}},
		// Near misses.
		{"samsung share 4q21", nil, []string{"samsung", "share", "q4", "2021"}},
		{"office 365 seats 2024", nil, []string{"office", "365", "seats", "2024"}},
		{"top 3 deals", nil, []string{"3", "deals"}},
		{"aws share q3 24", nil, []string{"aws", "share", "q3", "2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := Understand(extract.New(), tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.figures, tt.figures) {
				t.Errorf("figures = %v, want %v", q.figures, tt.figures)
			}
			if !slices.Equal(q.Words, tt.words) {
				t.Errorf("words = %q, want %q", q.Words, tt.words)
			}
		})
	}
}

// TestWhoWasPaid: a question naming one company after a verb of paying
// ("who bought qualcomm", "who invested in kao data") or asking what it
// raised or sold for ("how much did xai raise") wants that company on the
// paid side; one naming the payer first ("how much did amazon invest")
// wants the payer.
func TestWhoWasPaid(t *testing.T) {
	tests := []struct {
		query        string
		payer, payee []string
	}{
		{"who bought qualcomm", nil, []string{"Qualcomm"}},
		{"who invested in anthropic", nil, []string{"Anthropic"}},
		{"which fund backed mistral", nil, []string{"Mistral"}},
		{"how much did xai raise", nil, []string{"xAI"}},
		{"xai raising", nil, []string{"xAI"}},
		// Near misses.
		{"how much did amazon invest", []string{"Amazon"}, nil},
		{"how much did google pay for wiz", []string{"Google"}, nil},
		{"openai funding", nil, nil},
		{"amazon anthropic", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := Understand(extract.New(), tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.payer, tt.payer) || !slices.Equal(q.payee, tt.payee) {
				t.Errorf("payer %q, payee %q; want %q, %q", q.payer, q.payee, tt.payer, tt.payee)
			}
		})
	}
}
