package extract

import (
	"slices"
	"sort"
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
		{"Teams", "", false},
		{"Office", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := Canonical(tt.name)
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
	}
	for _, tt := range tests {
		if got := CompaniesIn(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("CompaniesIn(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestKnownCompanies(t *testing.T) {
	got := KnownCompanies()
	if len(got) < 40 || !sort.StringsAreSorted(got) {
		t.Fatalf("KnownCompanies() has %d names, sorted %v", len(got), sort.StringsAreSorted(got))
	}
	for _, name := range got {
		if c, ok := Canonical(name); !ok || c != name {
			t.Errorf("Canonical(%q) = %q, %v", name, c, ok)
		}
	}
	got[0] = "changed"
	if KnownCompanies()[0] == "changed" {
		t.Error("KnownCompanies shares its slice with callers")
	}
}
