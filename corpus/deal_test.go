package corpus

import (
	"fmt"
	"strings"
	"testing"
)

func TestDeals(t *testing.T) {
	ps := func(names ...string) []Party {
		var out []Party
		for _, n := range names {
			out = append(out, Party{Name: n})
		}
		return out
	}
	fact := func(k Kind, v float64, unit string, total bool, names ...string) Fact {
		return Fact{Kind: k, Value: v, Unit: unit, Total: total, ArticleID: "a"}.WithParties(ps(names...))
	}
	tests := []struct {
		name  string
		facts []Fact
		want  []string
	}{
		{"value and seats of one deal", []Fact{
			fact(DealValue, 1e9, "USD", false, "Amazon", "Microsoft"),
			fact(Seats, 1e6, "seats", false, "Amazon", "Microsoft"),
			fact(DealValue, 1e9, "USD", false, "Amazon"),
		}, []string{"Amazon,Microsoft value=1e+09 seats=1e+06 n=3"}},
		{"two purchases by one buyer", []Fact{
			fact(DealValue, 6e9, "USD", false, "Acme", "Wiz"),
			fact(DealValue, 11.2e9, "USD", false, "Acme", "Wiz"),
		}, []string{"Acme,Wiz value=6e+09 n=1", "Acme,Wiz value=1.12e+10 n=1"}},
		{"a running total joins the increment", []Fact{
			fact(DealValue, 4e9, "USD", false, "Amazon", "Anthropic"),
			fact(DealValue, 8e9, "USD", true, "Amazon", "Anthropic"),
		}, []string{"Amazon,Anthropic value=4e+09 total=8e+09 n=2"}},
		{"other parties, other deal; shares ignored", []Fact{
			fact(DealValue, 2e9, "USD", false, "Google", "Anthropic"),
			fact(MarketShare, 30, "percent", false, "Amazon"),
			fact(DealValue, 2e9, "USD", false, "Amazon", "Anthropic"),
		}, []string{"Google,Anthropic value=2e+09 n=1", "Amazon,Anthropic value=2e+09 n=1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Deals(tt.facts) {
				s := strings.Join(PartyNames(d.Parties), ",")
				if d.Value.Kind != "" {
					s += fmt.Sprintf(" value=%g", d.Value.Value)
				}
				if d.Total.Kind != "" {
					s += fmt.Sprintf(" total=%g", d.Total.Value)
				}
				if d.Seats.Kind != "" {
					s += fmt.Sprintf(" seats=%g", d.Seats.Value)
				}
				got = append(got, s+fmt.Sprintf(" n=%d", len(d.Facts)))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestPeriodConstructors(t *testing.T) {
	for _, tt := range []struct {
		got  Period
		want string
		year int
	}{{Quarter(2025, 3), "2025-Q3", 2025}, {Half(2024, 1), "2024-H1", 2024}, {Month(2025, 3), "2025-03", 2025}, {Year(2021), "2021", 2021}, {"", "", 0},
		{Month(2024, 12), "2024-12", 2024}, {Year(999), "0999", 999}} {
		if string(tt.got) != tt.want || tt.got.Year() != tt.year {
			t.Errorf("got %q (year %d), want %q (year %d)", tt.got, tt.got.Year(), tt.want, tt.year)
		}
	}
}

func TestPeriodShift(t *testing.T) {
	for _, c := range []struct {
		p               Period
		years, quarters int
		want            Period
	}{
		{Quarter(2025, 3), 1, 0, Quarter(2024, 3)},
		{Quarter(2025, 1), 0, 1, Quarter(2024, 4)},
		{Year(2024), 1, 0, Year(2023)},
		{Half(2024, 1), 1, 0, Half(2023, 1)},
		{Year(2024), 0, 1, ""},
		{"", 1, 0, ""},
	} {
		if got := c.p.Back(c.years, c.quarters); got != c.want {
			t.Errorf("%q shifted back %d years %d quarters = %q, want %q", c.p, c.years, c.quarters, got, c.want)
		}
	}
}
