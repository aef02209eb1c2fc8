package index_test

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestSameDealReportedApart asks about deals that several articles report
// with the same figure, one article leaving out what another says: the
// year it was struck, or one of its parties. Each is one fact with every
// article as a source, not two facts that push a third off the answer.
// A share of another period, a deal of the same amount between other
// companies and a deal one article reports cancelled stay apart.
func TestSameDealReportedApart(t *testing.T) {
	arts := []corpus.Article{
		dated(article("dated", "Snowflake's $1.4 billion Google Cloud order",
			"Snowflake signed a $1.4 billion cloud contract with Google in 2023, the filing shows."), "2024-02-01"),
		dated(article("undated", "Snowflake commits $1.4 billion to Google",
			"Snowflake has a $1.4 billion cloud contract with Google, its chief executive said."), "2024-03-05"),
		dated(article("parties", "Pentagon's $2 billion cloud deal with Oracle and Cisco",
			"The US Department of Defense awarded Oracle and Cisco a $2 billion cloud contract on Monday."), "2024-05-06"),
		dated(article("fewer", "Oracle wins $2 billion Pentagon cloud contract",
			"The US Department of Defense awarded Oracle a $2 billion cloud contract, the agency said."), "2024-05-07"),
		dated(article("other", "Cisco signs $2 billion deal with Nvidia",
			"Cisco signed a $2 billion cloud contract with Nvidia for networking chips."), "2024-05-08"),
		dated(article("awarded", "IBM wins $3 billion Pentagon cloud contract",
			"The US Department of Defense awarded IBM a $3 billion cloud contract."), "2023-03-01"),
		dated(article("cancelled", "Pentagon cancels IBM cloud contract",
			"The US Department of Defense and the US Air Force cancelled their $3 billion cloud contract with IBM on Friday."), "2024-03-01"),
		dated(article("share-2023", "IBM holds 3% of cloud in 2023",
			"IBM held a 3% share of the cloud infrastructure market in 2023, Synergy Research Group said."), "2024-01-20"),
		dated(article("share-2024", "IBM holds 3% of cloud in 2024",
			"IBM held a 3% share of the cloud infrastructure market in 2024, Synergy Research Group said."), "2025-01-20"),
		// One company's round in the same month, one article naming its
		// leaders; and one company that a later article names longer.
		dated(article("round-led", "Cerebras raises $720 million",
			"In May 2025 Cerebras raised $720 million in a round led by Fidelity and Benchmark."), "2025-06-02"),
		dated(article("round-alone", "Cerebras files to go public",
			"Cerebras, which raised $720 million in May 2025, filed for a listing on Tuesday."), "2025-09-09"),
		dated(article("round-other", "Cerebras raises $720 million again",
			"In March 2026 Cerebras raised $720 million from new investors."), "2026-03-10"),
		dated(article("short-name", "Equinix buys Nigeria's MainOne for $320 million",
			"Equinix agreed to buy the Nigerian data centre operator MainOne for $320 million."), "2021-12-13"),
		dated(article("long-name", "Equinix expands in Africa",
			"Equinix entered Africa with the $320 million acquisition of MainOne Cable in 2022."), "2024-02-23"),
	}
	ix := testIndex(t, arts)
	tests := []struct {
		query   string
		value   float64
		sources int // of the first fact
	}{
		{"snowflake google contract", 1.4e9, 2},
		{"oracle pentagon contract", 2e9, 2},
		{"cisco nvidia", 2e9, 1},
		{"ibm cloud share", 3, 1},
		{"ibm pentagon contract", 3e9, 1},
		{"cerebras round may 2025", 7.2e8, 2},
		{"cerebras round march 2026", 7.2e8, 1},
		{"equinix mainone", 3.2e8, 2},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			a := askOf(t, ix, tt.query)
			if len(a.Facts) == 0 || a.Facts[0].Value != tt.value || len(a.Facts[0].Sources) != tt.sources {
				t.Fatalf("want %g first from %d articles, got:\n%s", tt.value, tt.sources, describeAll(a.Facts))
			}
			for _, f := range a.Facts[1:] {
				if tt.sources > 1 && f.Kind == a.Facts[0].Kind && f.Value == tt.value {
					t.Errorf("%g is listed twice:\n%s", tt.value, describeAll(a.Facts))
				}
			}
		})
	}
}

// TestOtherDealsOfOneAmountStayApart checks that two reports of one amount
// about the same companies stay two facts when they are other deals: a
// cloud contract the startup pays for and an investment in it, or an award
// and the report that it was cancelled, which says so.
func TestOtherDealsOfOneAmountStayApart(t *testing.T) {
	tests := []struct {
		name     string
		arts     []corpus.Article
		query    string
		statuses []corpus.Status // of the two facts, in any order
	}{
		{"a contract and an investment", []corpus.Article{
			dated(article("contract", "Anthropic to spend $3 billion on Google Cloud",
				"Anthropic has agreed to spend $3 billion on Google Cloud over four years."), "2023-10-20"),
			dated(article("stake", "Google invests $3 billion in Anthropic",
				"Google has invested $3 billion in Anthropic, the startup said."), "2025-10-20"),
		}, "google anthropic", nil},
		{"an award and its cancellation", []corpus.Article{
			dated(article("awarded", "Navy awards IBM and Oracle $3 billion cloud contract",
				"The US Navy awarded IBM and Oracle a $3 billion cloud contract on Monday."), "2023-04-03"),
			dated(article("scrapped", "Navy scraps $3 billion cloud contract",
				"The US Navy cancelled the $3 billion cloud contract it had awarded IBM and Oracle."), "2024-06-03"),
		}, "ibm oracle navy cloud contract", []corpus.Status{corpus.StatusCancelled}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := askOf(t, testIndex(t, tt.arts), tt.query)
			var got []index.FactAnswer
			for _, f := range a.Facts {
				if f.Value == 3e9 {
					got = append(got, f)
				}
			}
			if len(got) != 2 {
				t.Fatalf("want two facts of $3 billion, got:\n%s", describeAll(a.Facts))
			}
			for _, st := range tt.statuses {
				if !slices.ContainsFunc(got, func(f index.FactAnswer) bool { return f.Status == st }) {
					t.Errorf("no fact says %s:\n%s", st, describeAll(a.Facts))
				}
			}
		})
	}
}

// TestNewsOfAnotherYearIsAnotherDeal checks undated reports of one amount
// about the same companies a year or more apart: when each article was
// written about that amount (it is in both titles), they are two deals,
// "a further $4 billion" after the first $4 billion, each with its own
// source; when the later one only mentions it in passing, it restates the
// deal and is one more source of it.
func TestNewsOfAnotherYearIsAnotherDeal(t *testing.T) {
	tests := []struct {
		name  string
		arts  []corpus.Article
		query string
		value float64
		want  [][]string // the sources of each fact of value, in any order
	}{
		{"a further investment of the same amount", []corpus.Article{
			dated(article("first", "Amazon to invest $4 billion in Anthropic",
				"Amazon will invest $4 billion in Anthropic, the AI startup said."), "2023-09-25"),
			dated(article("further", "Amazon invests a further $4 billion in Anthropic",
				"Amazon is investing a further $4 billion in Anthropic, the companies said on Friday."), "2024-11-22"),
		}, "amazon anthropic investment", 4e9, [][]string{{"first.md"}, {"further.md"}}},
		{"two pledges of one amount", []corpus.Article{
			dated(article("cables", "Google to spend $1 billion on subsea cables to Japan",
				"Google pledged $1 billion for two subsea cables between the United States and Japan."), "2024-04-10"),
			dated(article("colleges", "Google pledges $1 billion for AI training at colleges",
				"Google pledged $1 billion for AI training and tools at colleges in the United States."), "2025-08-06"),
		}, "google", 1e9, [][]string{{"cables.md"}, {"colleges.md"}}},
		{"a pledge restated when it grew", []corpus.Article{
			dated(article("pledge", "AWS pledges €15.7 billion for Spanish data centres",
				"Amazon Web Services pledged €15.7 billion for data centres in Spain."), "2024-05-21"),
			dated(article("grown", "Amazon raises its Spanish investment to €33.7 billion",
				"Amazon is adding €18 billion to the €15.7 billion it pledged for data centres in Spain."), "2026-03-03"),
		}, "amazon spain data centres", 15.7e9, [][]string{{"grown.md", "pledge.md"}}},
		{"a deal restated a year on beside two years' news", []corpus.Article{
			dated(article("first", "Amazon to invest $4 billion in Anthropic",
				"Amazon will invest $4 billion in Anthropic, the AI startup said."), "2023-09-25"),
			dated(article("further", "Amazon invests a further $4 billion in Anthropic",
				"Amazon is investing a further $4 billion in Anthropic, the companies said on Friday."), "2024-11-22"),
			dated(article("recap", "Anthropic hires in London",
				"Amazon has invested $4 billion in Anthropic, which is hiring 100 engineers in London."), "2024-02-12"),
		}, "amazon anthropic investment", 4e9, [][]string{{"first.md", "recap.md"}, {"further.md"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := askOf(t, testIndex(t, tt.arts), tt.query)
			var got [][]string
			for _, f := range a.Facts {
				if f.Value != tt.value {
					continue
				}
				var srcs []string
				for _, s := range f.Sources {
					srcs = append(srcs, s.Path)
				}
				slices.Sort(srcs)
				got = append(got, srcs)
			}
			slices.SortFunc(got, func(a, b []string) int { return slices.Compare(a, b) })
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("want facts of %g from %q, got %q:\n%s", tt.value, tt.want, got, describeAll(a.Facts))
			}
		})
	}
}
