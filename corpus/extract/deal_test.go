package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

func TestDeals(t *testing.T) {
	ps := func(names ...string) []corpus.Party {
		var out []corpus.Party
		for _, n := range names {
			out = append(out, corpus.Party{Name: n})
		}
		return out
	}
	fact := func(k corpus.Kind, v float64, unit string, total bool, names ...string) corpus.Fact {
		return corpus.Fact{Kind: k, Value: v, Unit: unit, Total: total, ArticleID: "a"}.WithParties(ps(names...))
	}
	tests := []struct {
		name  string
		facts []corpus.Fact
		want  []string
	}{
		{"value and seats of one deal", []corpus.Fact{
			fact(corpus.DealValue, 1e9, "USD", false, "Amazon", "Microsoft"),
			fact(corpus.Seats, 1e6, "seats", false, "Amazon", "Microsoft"),
			fact(corpus.DealValue, 1e9, "USD", false, "Amazon"),
		}, []string{"Amazon,Microsoft value=1e+09 seats=1e+06 n=3"}},
		{"two purchases by one buyer", []corpus.Fact{
			fact(corpus.DealValue, 6e9, "USD", false, "Acme", "Wiz"),
			fact(corpus.DealValue, 11.2e9, "USD", false, "Acme", "Wiz"),
		}, []string{"Acme,Wiz value=6e+09 n=1", "Acme,Wiz value=1.12e+10 n=1"}},
		{"a running total joins the increment", []corpus.Fact{
			fact(corpus.DealValue, 4e9, "USD", false, "Amazon", "Anthropic"),
			fact(corpus.DealValue, 8e9, "USD", true, "Amazon", "Anthropic"),
		}, []string{"Amazon,Anthropic value=4e+09 total=8e+09 n=2"}},
		{"other parties, other deal; shares ignored", []corpus.Fact{
			fact(corpus.DealValue, 2e9, "USD", false, "Google", "Anthropic"),
			fact(corpus.MarketShare, 30, "percent", false, "Amazon"),
			fact(corpus.DealValue, 2e9, "USD", false, "Amazon", "Anthropic"),
		}, []string{"Google,Anthropic value=2e+09 n=1", "Amazon,Anthropic value=2e+09 n=1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range corpus.Deals(tt.facts) {
				s := strings.Join(corpus.PartyNames(d.Parties), ",")
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
		got  corpus.Period
		want string
		year int
	}{{corpus.Quarter(2025, 3), "2025-Q3", 2025}, {corpus.Half(2024, 1), "2024-H1", 2024}, {corpus.Month(2025, 3), "2025-03", 2025}, {corpus.Year(2021), "2021", 2021}, {"", "", 0}} {
		if string(tt.got) != tt.want || tt.got.Year() != tt.year {
			t.Errorf("got %q (year %d), want %q (year %d)", tt.got, tt.got.Year(), tt.want, tt.year)
		}
	}
}

// TestDealRestatedOnce checks that a figure an article states twice, a
// headline rounding it and the body giving its date, reaches a deal as
// one figure: every fact of it carries the same value and period, so an
// answer folding an article's facts by figure shows it once rather than
// "$2B, $2B".
func TestDealRestatedOnce(t *testing.T) {
	a := corpus.Article{ID: "a", Title: "Contoso commits $2.8bn to Microsoft cloud services",
		Body: "Contoso will spend $2.75 billion on Microsoft's cloud services over five years, the firm said on 11 July 2023."}
	var deals []corpus.Fact
	for _, f := range New().Extract(a) {
		if f.Kind == corpus.DealValue {
			deals = append(deals, f)
		}
	}
	if len(deals) != 2 {
		t.Fatalf("want the headline's and the body's deal value, got %s", describeFull(deals))
	}
	for _, f := range deals[1:] {
		if f.Value != deals[0].Value || f.Period != deals[0].Period {
			t.Errorf("one figure read two ways: %s", describeFull(deals))
		}
	}
	if deals[0].Value != 2.75e9 || deals[0].Period != corpus.Month(2023, 7) {
		t.Errorf("want the body's precise value and date on both, got %s", describeFull(deals))
	}
	if d := corpus.Deals(deals); len(d) != 1 {
		t.Errorf("want one deal, got %d", len(d))
	}
}

func TestPeriodShift(t *testing.T) {
	for _, c := range []struct {
		p               corpus.Period
		years, quarters int
		want            corpus.Period
	}{
		{corpus.Quarter(2025, 3), 1, 0, corpus.Quarter(2024, 3)},
		{corpus.Quarter(2025, 1), 0, 1, corpus.Quarter(2024, 4)},
		{corpus.Year(2024), 1, 0, corpus.Year(2023)},
		{corpus.Half(2024, 1), 1, 0, corpus.Half(2023, 1)},
		{corpus.Year(2024), 0, 1, ""},
		{"", 1, 0, ""},
	} {
		if got := c.p.Shift(c.years, c.quarters); got != c.want {
			t.Errorf("%q shifted back %d years %d quarters = %q, want %q", c.p, c.years, c.quarters, got, c.want)
		}
	}
}
