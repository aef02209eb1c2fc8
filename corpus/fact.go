package corpus

import (
	"strings"
	"unicode"
)

// Kind names what a Fact measures.
type Kind string

// The kinds of fact dealbot extracts. DealValue, Seats and MarketShare are
// the ones users ask about; the others exist so that figures such as revenue
// are recognised for what they are and never mislabelled as a deal.
const (
	DealValue      Kind = "deal_value"
	Seats          Kind = "seats"
	MarketShare    Kind = "market_share"
	ContractLength Kind = "contract_length"
	Revenue        Kind = "revenue"
	Growth         Kind = "growth"
)

// Qualifier says how exact a figure is, as the article put it.
type Qualifier string

// Qualifiers normalised from the many ways news writes them ("more than",
// "roughly", "almost", ...). The empty Qualifier means the figure is exact.
const (
	Exact   Qualifier = ""
	Over    Qualifier = "over"
	AtLeast Qualifier = "at least"
	About   Qualifier = "about"
	Nearly  Qualifier = "nearly"
	UpTo    Qualifier = "up to"
	Under   Qualifier = "under"
)

// Fact is one figure stated in an article, with the companies it is about.
type Fact struct {
	Kind Kind
	// Value is in Unit: currency units for money (1e9 for "$1 billion"),
	// a count for seats, a percentage number for shares and growth, years
	// for contract lengths.
	Value float64
	// Unit is an ISO 4217 code for money, or "seats", "percent", "years".
	Unit      string
	Qualifier Qualifier
	// Text is the figure as written, such as "over $1 billion".
	Text string
	// Companies are canonical names ("Amazon", not "AWS"), most relevant
	// first.
	Companies []string
	// Market is what a market share is of, such as "cloud infrastructure";
	// empty when the article does not say.
	Market string
	// Sentence is the sentence the figure was found in.
	Sentence string
	// ArticleID is the ID of the Article the fact came from.
	ArticleID string
}

// Label names the kind for a reader: "Deal value", "Market share".
func (k Kind) Label() string {
	switch k {
	case DealValue:
		return "Deal value"
	case Seats:
		return "Seats"
	case MarketShare:
		return "Market share"
	case ContractLength:
		return "Contract length"
	case Revenue:
		return "Revenue"
	case Growth:
		return "Growth"
	case "":
		return "Figure"
	default:
		r := []rune(strings.ReplaceAll(string(k), "_", " "))
		r[0] = unicode.ToUpper(r[0])
		return string(r)
	}
}

// Plural names facts of the kind in a sentence: "deal values", "seat
// counts", "market shares".
func (k Kind) Plural() string {
	switch k {
	case DealValue:
		return "deal values"
	case Seats:
		return "seat counts"
	case MarketShare:
		return "market shares"
	case ContractLength:
		return "contract lengths"
	case Revenue:
		return "revenue figures"
	case Growth:
		return "growth rates"
	case "":
		return "figures"
	default:
		return strings.ToLower(k.Label()) + " figures"
	}
}
