package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"aws", "Amazon", true},
		{"Amazon Web Services", "Amazon", true},
		{"AZURE", "Microsoft", true},
		{"Alphabet", "Google", true},
		{"GCP", "Google", true},
		{"OCI", "Oracle", true},
		{"Facebook", "Meta", true},
		{"Aliyun", "Alibaba", true},
		{"Pentagon", "US Department of Defense", true},
		{"DoD", "US Department of Defense", true},
		{"Salesforce, Inc.", "Salesforce", true},
		{"Amazon's", "Amazon", true},
		// A canonical name ending in what looks like a legal suffix.
		{"Mitsui & Co.", "Mitsui & Co.", true},
		{"mufg", "MUFG", true},
		{"Teams", "", false},
		{"Office", "", false},
		{"", "", false},
	}
	x := New()
	for _, tt := range tests {
		got, ok := x.Canonical(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Canonical(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCompaniesIn(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Amazon's deal with Microsoft, and AWS again", []string{"Amazon", "Microsoft"}},
		{"The metadata service and metaverse", nil},
		{"Meta signed with Google Cloud", []string{"Meta", "Google"}},
		{"Azure and Teams and Office", []string{"Microsoft"}},
		{"they cut some slack; an apple a day", nil},
		{"Slack and Apple and Oracle", []string{"Slack", "Apple", "Oracle"}},
		{"the U.S. Department of Defense and the Pentagon", []string{"US Department of Defense"}},
		{"Hewlett Packard Enterprise bought Juniper", []string{"HPE", "Juniper Networks"}},
		{"AWS Lambda is not the Lambda company", []string{"Amazon", "Lambda"}},
		{"MetaX and Amazonian", nil},
		// Names that are also words count alone and capitalised only.
		{"flip the switch; the orange glow", nil},
		{"Orange County, Army Vantage and a program called Apollo", []string{"US Army"}},
		{"Supernap (Switch) and Orange signed", []string{"Orange"}},
		{"Vantage Research sold a stake to Vantage.", []string{"Vantage Data Centers"}},
		// A spaced ampersand joins a name's words.
		{"Mitsui & Co. and Ernst & Young", []string{"Mitsui & Co.", "Ernst & Young"}},
	}
	x := New()
	for _, tt := range tests {
		if got := x.CompaniesIn(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("CompaniesIn(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestKnownCompanies(t *testing.T) {
	x := New()
	got := x.KnownCompanies()
	if len(got) < 40 || !sort.StringsAreSorted(got) {
		t.Fatalf("KnownCompanies() has %d names, sorted %v", len(got), sort.StringsAreSorted(got))
	}
	for _, name := range got {
		if c, ok := x.Canonical(name); !ok || c != name {
			t.Errorf("Canonical(%q) = %q, %v", name, c, ok)
		}
	}
	got[0] = "changed"
	if x.KnownCompanies()[0] == "changed" {
		t.Error("KnownCompanies shares its slice with callers")
	}
}

// TestCompaniesOfKnowledge shows that an extractor's company lookups read
// its own knowledge: a company added before NewWith is known by its name
// and aliases, and an extractor from New, which shares nothing with it,
// still does not know it.
func TestCompaniesOfKnowledge(t *testing.T) {
	k := DefaultKnowledge()
	k.Companies = append(k.Companies, Company{Name: "Contoso Robotics", Aliases: []string{"Contoso", "CTSO"}, Typed: []string{"CTRB"}})
	k.Measurers = append(k.Measurers, Measurer{Name: "Fabrikam Insights", Aliases: []string{"Fabrikam"}})
	more, err := NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	builtin := New()
	const text = "Contoso signed a $40 million deal with Microsoft; CTSO shares rose."

	if got, ok := more.Canonical("ctso"); !ok || got != "Contoso Robotics" {
		t.Errorf("Canonical(%q) with the company added = %q, %v; want Contoso Robotics", "ctso", got, ok)
	}
	if got, want := more.CompaniesIn(text), []string{"Contoso Robotics", "Microsoft"}; !slices.Equal(got, want) {
		t.Errorf("CompaniesIn with the company added = %q; want %q", got, want)
	}
	if !slices.Contains(more.KnownCompanies(), "Contoso Robotics") || !sort.StringsAreSorted(more.KnownCompanies()) {
		t.Error("KnownCompanies with the company added lacks it or is not sorted")
	}
	if !slices.ContainsFunc(more.KnownMeasurers(), func(m Measurer) bool { return m.Name == "Fabrikam Insights" }) {
		t.Error("KnownMeasurers lacks the research firm added")
	}
	// A typed name is for questions only: text does not name the company
	// by it.
	if got := more.TypedNames()["ctrb"]; got != "Contoso Robotics" {
		t.Errorf("TypedNames()[%q] with the company added = %q; want Contoso Robotics", "ctrb", got)
	}
	if got := more.CompaniesIn("CTRB shares rose."); len(got) != 0 {
		t.Errorf("CompaniesIn(%q) = %q; want none, a typed name is not looked for in text", "CTRB shares rose.", got)
	}
	if orgs := more.OrganisationsIn("Contoso Robotics (CTSO) hired."); len(orgs) != 0 {
		t.Errorf("OrganisationsIn with the company added = %+v; want it known, not new", orgs)
	}

	if got, ok := builtin.Canonical("Contoso Robotics"); ok {
		t.Errorf("New().Canonical(%q) = %q; want it unknown", "Contoso Robotics", got)
	}
	if got, want := builtin.CompaniesIn(text), []string{"Microsoft"}; !slices.Equal(got, want) {
		t.Errorf("New().CompaniesIn = %q; want %q", got, want)
	}
	if slices.Contains(builtin.KnownCompanies(), "Contoso Robotics") {
		t.Error("New().KnownCompanies has the company another extractor added")
	}
	if slices.ContainsFunc(builtin.KnownMeasurers(), func(m Measurer) bool { return m.Name == "Fabrikam Insights" }) {
		t.Error("New().KnownMeasurers has the research firm another extractor added")
	}
}

// TestNewWithRefusesNamelessParties shows that NewWith refuses a company or
// a research firm without a name, which no text could name.
func TestNewWithRefusesNamelessParties(t *testing.T) {
	tests := map[string]func(*Knowledge){
		"company": func(k *Knowledge) {
			k.Companies = append(k.Companies, Company{Name: " ", Aliases: []string{"Northwind"}})
		},
		"research firm": func(k *Knowledge) {
			k.Measurers = append(k.Measurers, Measurer{Aliases: []string{"Tailspin Research"}})
		},
	}
	for what, change := range tests {
		k := DefaultKnowledge()
		change(&k)
		if _, err := NewWith(k); err == nil || !strings.Contains(err.Error(), what) {
			t.Errorf("NewWith with a nameless %s: err = %v, want one naming it", what, err)
		}
	}
}

func TestEverydayPhrasesNameNoCompany(t *testing.T) {
	x := New()
	for _, text := range []string{
		"The plant will connect to the national grid next year.",
		"The forum was opened by Klaus Schwab in Davos.",
		"It runs a northern data centre in Sweden.",
		"The lab wants to bring together AI researchers from three countries.",
		"The national semiconductor mission funds the fab.",
		"Its founders talk of safe superintelligence and thinking machines.",
		"The fund backed its global infrastructure partners in the bid.",
		"A public investment fund of the state put in $1 billion.",
		"The chipmaker is a pure storage play with analog devices on the side.",
		"The moonshot AI project needs aligned energy policies.",
		"She moved from legal and general counsel roles to the board.",
		"At the summit, Ichiro Suzuki and Anand Mahindra spoke.",
	} {
		if got := x.CompaniesIn(text); len(got) > 0 {
			t.Errorf("%q names %v, want no company", text, got)
		}
	}
	if got := x.CompaniesIn("Microsoft will invest $15.2 billion in the Emirates."); slices.Contains(got, "Emirates Airline") {
		t.Errorf("the country names the airline: %v", got)
	}
	for text, want := range map[string]string{
		"National Grid signed a £500m deal with Microsoft.":         "National Grid",
		"Mitsubishi Motors and Mitsubishi bought licences.":         "Mitsubishi Corporation",
		"Thinking Machines Lab raised $2 billion from Nvidia.":      "Thinking Machines Lab",
		"Schwab gave 30,000 staff access to ChatGPT Enterprise.":    "Charles Schwab",
		"Emirates Airline bought Microsoft 365 for its cabin crew.": "Emirates Airline",
	} {
		if got := x.CompaniesIn(text); !slices.Contains(got, want) {
			t.Errorf("%q names %v, want %s among them", text, got, want)
		}
	}
}
