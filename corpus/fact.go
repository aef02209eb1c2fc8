package corpus

import (
	"fmt"
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

// Role is the part a party plays in a fact. Deals have a paying side
// (buyer, investor, customer) and a paid side (seller, target, vendor,
// recipient); seat counts have a customer and a vendor; a market share
// has its subject, or members when several companies hold it together.
type Role string

// The roles a party can play. RoleUnknown is a party the text names
// without saying which side it is on.
const (
	RoleUnknown   Role = ""
	RoleBuyer     Role = "buyer"
	RoleInvestor  Role = "investor"
	RoleCustomer  Role = "customer"
	RoleSeller    Role = "seller"
	RoleTarget    Role = "target"
	RoleVendor    Role = "vendor"
	RoleRecipient Role = "recipient"
	RolePartner   Role = "partner"
	RoleSubject   Role = "subject"
	RoleMember    Role = "member"
)

// Pays reports whether the role is on the paying side of a deal.
func (r Role) Pays() bool { return r == RoleBuyer || r == RoleInvestor || r == RoleCustomer }

// Paid reports whether the role is on the paid side of a deal.
func (r Role) Paid() bool {
	return r == RoleSeller || r == RoleTarget || r == RoleVendor || r == RoleRecipient
}

// Party is a company, government body or country a fact is about, with
// the part it plays. Name is canonical ("Amazon", not "AWS") for companies
// dealbot knows, else as the article wrote it.
type Party struct {
	Name string
	Role Role
}

// DealType says what kind of deal a deal value is for.
type DealType string

// The deal types. DealUnknown means the text does not say.
const (
	DealUnknown            DealType = ""
	DealAcquisition        DealType = "acquisition"
	DealInvestment         DealType = "investment"
	DealFundingRound       DealType = "funding_round"
	DealCloudContract      DealType = "cloud_contract"
	DealLicencePurchase    DealType = "licence_purchase"
	DealGovernmentContract DealType = "government_contract"
	DealInvestmentPledge   DealType = "investment_pledge"
	DealPartnership        DealType = "partnership"
)

// Status is how far a deal has got, when the article says.
type Status string

// The deal statuses. StatusUnknown means the text does not say.
const (
	StatusUnknown   Status = ""
	StatusAnnounced Status = "announced"
	StatusAgreed    Status = "agreed"
	StatusCompleted Status = "completed"
	StatusInTalks   Status = "in_talks"
	StatusCancelled Status = "cancelled"
	StatusBlocked   Status = "blocked"
	StatusLost      Status = "lost"
)

// Live reports whether a deal with this status may still go ahead or has
// gone ahead: not cancelled, blocked or lost.
func (s Status) Live() bool {
	return s != StatusCancelled && s != StatusBlocked && s != StatusLost
}

// Final reports whether s ends a deal's story: cancelled, blocked, lost or
// completed.
func (s Status) Final() bool {
	return s == StatusCancelled || s == StatusBlocked || s == StatusLost || s == StatusCompleted
}

// Stage says how far a seat purchase has got.
type Stage string

// The seat stages. StageUnknown means the text does not say.
const (
	StageUnknown Stage = ""
	StagePilot   Stage = "pilot"
	StageRollout Stage = "rollout"
	StagePlan    Stage = "plan"
)

// Period is a normalised span of time a figure is for: "2025-Q3",
// "2024-H1", "2025-03" or "2024". The zero Period means the text does not
// say. Build one with Quarter, Half, Month or Year so it is always well
// formed.
type Period string

// Quarter is the period of quarter q (1-4) of year y: "2025-Q3".
func Quarter(y, q int) Period {
	if b, ok := yearDigits(y); ok && q >= 0 && q <= 9 {
		return Period([]byte{b[0], b[1], b[2], b[3], '-', 'Q', byte('0' + q)})
	}
	return Period(fmt.Sprintf("%04d-Q%d", y, q))
}

// Half is the period of half h (1-2) of year y: "2024-H1".
func Half(y, h int) Period {
	if b, ok := yearDigits(y); ok && h >= 0 && h <= 9 {
		return Period([]byte{b[0], b[1], b[2], b[3], '-', 'H', byte('0' + h)})
	}
	return Period(fmt.Sprintf("%04d-H%d", y, h))
}

// Month is the period of month m (1-12) of year y: "2025-03".
func Month(y, m int) Period {
	if b, ok := yearDigits(y); ok && m >= 0 && m <= 99 {
		return Period([]byte{b[0], b[1], b[2], b[3], '-', byte('0' + m/10), byte('0' + m%10)})
	}
	return Period(fmt.Sprintf("%04d-%02d", y, m))
}

// Year is the period of year y: "2024".
func Year(y int) Period {
	if b, ok := yearDigits(y); ok {
		return Period(b[:])
	}
	return Period(fmt.Sprintf("%04d", y))
}

// yearDigits writes a year of four digits without fmt, which extraction
// calls for most figures it dates; ok is false for any other year.
func yearDigits(y int) (b [4]byte, ok bool) {
	if y < 0 || y > 9999 {
		return b, false
	}
	return [4]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}, true
}

// Year returns the period's year, or 0 for the zero Period.
func (p Period) Year() int {
	if len(p) < 4 {
		return 0
	}
	y := 0
	for _, c := range p[:4] {
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int(c-'0')
	}
	return y
}

// Back returns the period years and quarters before p: a year before
// "2025-Q3" is "2024-Q3", a quarter before it "2025-Q2". It returns the
// zero Period when p is zero or, for a quarter back, not a quarter.
func (p Period) Back(years, quarters int) Period {
	y := p.Year()
	if y == 0 {
		return ""
	}
	rest := string(p[4:])
	if len(rest) == 3 && rest[:2] == "-Q" {
		n := y*4 + int(rest[2]-'1') - years*4 - quarters
		return Quarter(n/4, n%4+1)
	}
	if quarters != 0 {
		return ""
	}
	return Period(fmt.Sprintf("%04d", y-years)) + Period(rest)
}

// Previous returns the period of the same length just before p: the
// quarter, half or year before; "" for a month or the zero Period.
func (p Period) Previous() Period {
	y := p.Year()
	switch rest := string(p[min(4, len(p)):]); {
	case y == 0:
		return ""
	case rest == "":
		return Year(y - 1)
	case len(rest) == 3 && rest[:2] == "-Q":
		return p.Back(0, 1)
	case rest == "-H2":
		return Half(y, 1)
	case rest == "-H1":
		return Half(y-1, 2)
	}
	return ""
}

// EndMonth returns the period's last month counted from year 0 (year*12 +
// month, months 1-12), or 0 for the zero Period.
func (p Period) EndMonth() int {
	y := p.Year()
	if y == 0 {
		return 0
	}
	rest := string(p[4:])
	switch {
	case rest == "":
		return y*12 + 12
	case len(rest) == 3 && rest[:2] == "-Q":
		return y*12 + 3*int(rest[2]-'0')
	case len(rest) == 3 && rest[:2] == "-H":
		return y*12 + 6*int(rest[2]-'0')
	case len(rest) == 3 && rest[0] == '-':
		return y*12 + int(rest[1]-'0')*10 + int(rest[2]-'0')
	}
	return 0
}

// Amount is a sum of money in one currency.
type Amount struct {
	// Value is in currency units: 1.3e9 for "US$1.3bn".
	Value float64
	// Unit is an ISO 4217 code.
	Unit string
	// Text is the amount as written.
	Text string
}

// IsZero reports whether the amount is absent.
func (a Amount) IsZero() bool { return a.Unit == "" && a.Value == 0 }

// Range is the span of a figure the article gives as bounds: "between €40m
// and €55m", "at least $3bn, and as much as $9bn". Fact.Value is Low.
type Range struct {
	Low, High float64
	// LowQualifier and HighQualifier say how each bound was put ("at
	// least", "up to"); exact when written as plain bounds.
	LowQualifier, HighQualifier Qualifier
}

// IsZero reports whether the figure is a single value, not a range.
func (r Range) IsZero() bool { return r.High == 0 }

// Fact is one figure stated in an article, with the parties it is about and
// what the article says of it.
type Fact struct {
	Kind Kind
	// Value is in Unit: currency units for money (1e9 for "$1 billion"),
	// a count for seats, a percentage number for shares and growth, years
	// for contract lengths. For a range it is the low bound.
	Value float64
	// Unit is an ISO 4217 code for money, or "seats", "percent", "years".
	Unit      string
	Qualifier Qualifier
	// Range holds both bounds when the figure is a range; zero otherwise.
	Range Range
	// Converted is the same amount in another currency when the article
	// gives a conversion ("A$2bn (US$1.3bn)"); zero otherwise.
	Converted Amount
	// Total marks a running total ("bringing its total commitment to
	// $17bn") rather than the increment the news is about.
	Total bool
	// Text is the figure as written, such as "over $1 billion".
	Text string
	// Parties are who the fact is about, with their roles, most relevant
	// first.
	Parties []Party
	// Companies are the names of Parties, in the same order. WithParties sets
	// both; code that only needs names reads this.
	Companies []string

	// DealType, Status and What describe a deal value: what kind of deal,
	// how far it has got and what was bought ("compute capacity", "a
	// stake"), each empty when the article does not say.
	DealType DealType
	Status   Status
	What     string

	// Product and Stage describe a seat count: what the seats are for
	// ("Copilot") and whether it is a pilot, a rollout or a plan.
	Product string
	Stage   Stage

	// Market is what a market share is of, such as "cloud infrastructure";
	// empty when the article does not say.
	Market string
	// Region is where a market share is measured ("worldwide", "Europe").
	Region string
	// Period is the span a market share (or a deal, when that is the
	// point) is for.
	Period Period
	// Measurer is who measured a market share ("Synergy Research Group").
	Measurer string

	// Rule names the extraction rule that produced the fact, so a wrong
	// fact says where to look.
	Rule string
	// Sentence is the sentence the figure was found in.
	Sentence string
	// ArticleID is the ID of the Article the fact came from.
	ArticleID string
}

// Group reports a market share held by several companies together ("the
// three leaders together hold 68%"): it belongs to none of them alone.
func (f Fact) Group() bool {
	for _, p := range f.Parties {
		if p.Role == RoleMember {
			return true
		}
	}
	return false
}

// PartyNames returns the names of parties in order.
func PartyNames(parties []Party) []string {
	if len(parties) == 0 {
		return nil
	}
	out := make([]string, len(parties))
	for i, p := range parties {
		out[i] = p.Name
	}
	return out
}

// WithParties returns f with parties ps and the Companies derived from them.
func (f Fact) WithParties(ps []Party) Fact {
	f.Parties = ps
	f.Companies = PartyNames(ps)
	return f
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
