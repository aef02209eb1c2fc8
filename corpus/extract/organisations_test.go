package extract

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

func TestOrganisationsIn(t *testing.T) {
	tests := []struct {
		text string
		want []corpus.Organisation
	}{
		// The names are made up: real banks and funds are built-in
		// companies, and those are not new.
		{"Northwind-Dominion Bank (NDB) signed a $500m deal with Microsoft.",
			[]corpus.Organisation{{Name: "Northwind-Dominion Bank", Aliases: []string{"NDB"}}}},
		{"Saudi Arabia's Tailspin Investment Fund (TIF) will invest in the UAE.",
			[]corpus.Organisation{{Name: "Saudi Arabia", Country: true}, {Name: "Tailspin Investment Fund", Aliases: []string{"TIF"}}, {Name: "United Arab Emirates", Aliases: []string{"UAE"}, Country: true}}},
		{"Bank of Fabrikam and the UK Ministry of Defence agreed.",
			[]corpus.Organisation{{Name: "Bank of Fabrikam"}, {Name: "United Kingdom", Aliases: []string{"UK"}, Country: true}, {Name: "Ministry of Defence"}}},
		{"Toronto-Dominion Bank (TD) and Saudi Arabia's Public Investment Fund (PIF) agreed.",
			[]corpus.Organisation{{Name: "Saudi Arabia", Country: true}}},
		// Built-in companies, and names holding one, are not new.
		{"Amazon Web Services (AWS) and Alibaba Group Holding (BABA) and Microsoft Azure OpenAI Service.", nil},
		// Lower case "us" is a pronoun; a bracketed abbreviation of a thing is no name.
		{"It told us that Annual Recurring Revenue (ARR) rose.", nil},
		// A lone capitalised word is a name only when it brings a short form.
		{"Analysts at Morgan Stanley said Contoso (CTSO) rose.",
			[]corpus.Organisation{{Name: "Contoso", Aliases: []string{"CTSO"}}}},
		// A region written with its short form is a place, not a body;
		// a name that only starts with one is still a name.
		{"Shipments in the Middle East and Africa (MEA) and in Asia Pacific (APAC) fell.", nil},
		{"Middle East and Fabrikam Holdings (MEFH) signed.",
			[]corpus.Organisation{{Name: "Middle East and Fabrikam Holdings", Aliases: []string{"MEFH"}}}},
		// Descriptions are no names.
		{"The Abu Dhabi-based AI Group and Spanish AI startups grew.", nil},
		// A ministry's remit may be a list.
		{"The Ministry of Economy, Trade and Industry (METI) picked five firms.",
			[]corpus.Organisation{{Name: "Ministry of Economy, Trade and Industry", Aliases: []string{"METI"}}}},
		{"The Department for Science, Innovation and Technology signed.",
			[]corpus.Organisation{{Name: "Department for Science, Innovation and Technology"}}},
		// A list after a body's name that does not close with "and" is no
		// part of it.
		{"The Ministry of Defence, Fabrikam, Contoso.",
			[]corpus.Organisation{{Name: "Ministry of Defence"}}},
		// Legal forms of the Gulf and of Indonesia end a name as "Ltd" does.
		{"Adatum Wingtip PJSC signed. Litware Proseware Tbk agreed.",
			[]corpus.Organisation{{Name: "Adatum Wingtip PJSC"}, {Name: "Litware Proseware Tbk"}}},
		{"Fabrikam Capital invested. Fabrikam Capital (FC) again.",
			[]corpus.Organisation{{Name: "Fabrikam Capital", Aliases: []string{"FC"}}}},
	}
	x := New()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := x.OrganisationsIn(tt.text)
			if !slices.EqualFunc(got, tt.want, func(a, b corpus.Organisation) bool {
				return a.Name == b.Name && a.Country == b.Country && slices.Equal(a.Aliases, b.Aliases)
			}) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
