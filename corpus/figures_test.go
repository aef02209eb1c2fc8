package corpus

import (
	"math"
	"testing"
	"time"
)

func TestFormatValue(t *testing.T) {
	tests := []struct {
		name string
		fact Fact
		want string
	}{
		{"usd billion over", Fact{Value: 1.2e9, Unit: "USD", Qualifier: Over}, "over $1.2 billion"},
		{"usd one billion", Fact{Value: 1e9, Unit: "USD", Qualifier: Over}, "over $1 billion"},
		{"eur", Fact{Value: 2.5e9, Unit: "EUR"}, "€2.5 billion"},
		{"gbp million about", Fact{Value: 450e6, Unit: "GBP", Qualifier: About}, "about £450 million"},
		{"two decimals", Fact{Value: 1.25e9, Unit: "USD"}, "$1.25 billion"},
		{"trillion", Fact{Value: 1e12, Unit: "USD", Qualifier: Nearly}, "nearly $1 trillion"},
		{"thousands", Fact{Value: 450000, Unit: "USD"}, "$450,000"},
		{"other currency", Fact{Value: 3e9, Unit: "CHF", Qualifier: UpTo}, "up to CHF 3 billion"},
		{"seats million", Fact{Value: 1e6, Unit: "seats"}, "1 million seats"},
		{"seats thousands", Fact{Value: 50000, Unit: "seats", Qualifier: AtLeast}, "at least 50,000 seats"},
		{"one seat", Fact{Value: 1, Unit: "seats"}, "1 seat"},
		{"percent", Fact{Value: 32, Unit: "percent"}, "32%"},
		{"percent decimal", Fact{Value: 32.45, Unit: "percent", Qualifier: Under}, "under 32.5%"},
		{"years", Fact{Value: 10, Unit: "years"}, "10 years"},
		{"one year", Fact{Value: 1, Unit: "years"}, "1 year"},
		{"no unit", Fact{Value: 1234567, Unit: ""}, "1.23 million"},
		{"unknown unit uses text", Fact{Value: 5, Unit: "racks", Text: "five racks"}, "five racks"},
		{"unknown unit no text", Fact{Value: 5, Unit: "racks"}, "5 racks"},
		{"NaN uses text", Fact{Value: math.NaN(), Unit: "USD", Text: "undisclosed sum"}, "undisclosed sum"},
		{"zero uses text", Fact{Value: 0, Unit: "USD", Text: "a sum"}, "a sum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatValue(tt.fact); got != tt.want {
				t.Errorf("FormatValue = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFormatDate(t *testing.T) {
	if got := FormatDate(time.Date(2023, 11, 8, 23, 0, 0, 0, time.UTC)); got != "Nov 8, 2023" {
		t.Errorf("FormatDate = %q, want Nov 8, 2023", got)
	}
	if got := FormatDate(time.Time{}); got != "" {
		t.Errorf("FormatDate(zero) = %q, want empty", got)
	}
}

func TestFormatCompact(t *testing.T) {
	tests := []struct {
		fact Fact
		want string
	}{
		{Fact{Value: 1e9, Unit: "USD", Qualifier: Over}, "over $1B"},
		{Fact{Value: 38e9, Unit: "USD"}, "$38B"},
		{Fact{Value: 1.25e9, Unit: "USD"}, "$1.25B"},
		{Fact{Value: 450e6, Unit: "GBP", Qualifier: About}, "about £450M"},
		{Fact{Value: 3e9, Unit: "CHF"}, "CHF 3B"},
		{Fact{Value: 1e6, Unit: "seats", Qualifier: About}, "about 1M seats"},
		{Fact{Value: 25000, Unit: "seats"}, "25,000 seats"},
		{Fact{Value: 15, Unit: "percent"}, "15%"},
		{Fact{Value: 10, Unit: "years"}, "10 years"},
		{Fact{Value: 0, Unit: "USD", Text: "an undisclosed sum"}, "an undisclosed sum"},
	}
	for _, tt := range tests {
		if got := FormatCompact(tt.fact); got != tt.want {
			t.Errorf("FormatCompact(%+v) = %q, want %q", tt.fact, got, tt.want)
		}
	}
}
