package corpus

// Place is a country or region a deal can be made with or a market share
// measured in: its name as answers show it and the other names the press
// uses.
type Place struct {
	Name    string
	Aliases []string
	// Region is true for a region ("Europe") rather than a country.
	Region bool
}

// DefaultPlaces returns the countries and regions the extractor knows.
func DefaultPlaces() []Place {
	return []Place{
		{Name: "United States", Aliases: []string{"US", "U.S.", "USA", "America", "United States of America"}},
		{Name: "United Kingdom", Aliases: []string{"UK", "U.K.", "Britain", "Great Britain"}},
		{Name: "United Arab Emirates", Aliases: []string{"UAE", "U.A.E.", "Emirates"}},
		{Name: "Saudi Arabia", Aliases: []string{"Kingdom of Saudi Arabia"}},
		{Name: "South Korea", Aliases: []string{"Korea", "Republic of Korea"}},
		{Name: "New Zealand"}, {Name: "South Africa"}, {Name: "Czech Republic", Aliases: []string{"Czechia"}},
		{Name: "India"}, {Name: "Japan"}, {Name: "China"}, {Name: "Germany"}, {Name: "France"}, {Name: "Spain"},
		{Name: "Italy"}, {Name: "Netherlands"}, {Name: "Ireland"}, {Name: "Australia"}, {Name: "Canada"},
		{Name: "Brazil"}, {Name: "Mexico"}, {Name: "Singapore"}, {Name: "Indonesia"}, {Name: "Malaysia"},
		{Name: "Thailand"}, {Name: "Vietnam"}, {Name: "Philippines"}, {Name: "Poland"}, {Name: "Sweden"},
		{Name: "Norway"}, {Name: "Denmark"}, {Name: "Finland"}, {Name: "Switzerland"}, {Name: "Austria"},
		{Name: "Belgium"}, {Name: "Portugal"}, {Name: "Israel"}, {Name: "Qatar"}, {Name: "Kuwait"},
		{Name: "Nigeria"}, {Name: "Kenya"}, {Name: "Egypt"}, {Name: "Turkey"}, {Name: "Chile"},
		{Name: "Colombia"}, {Name: "Argentina"}, {Name: "Taiwan"}, {Name: "Greece"}, {Name: "Hong Kong"},
		{Name: "Telangana"}, {Name: "Maharashtra"}, {Name: "Tamil Nadu"}, {Name: "Andhra Pradesh"},
		{Name: "Karnataka"}, {Name: "Gujarat"}, {Name: "Uttar Pradesh"}, {Name: "Odisha"},
		{Name: "Virginia"}, {Name: "Texas"}, {Name: "Ohio"}, {Name: "Arizona"}, {Name: "Wisconsin"},
		{Name: "Quebec"}, {Name: "Ontario"}, {Name: "Bavaria"}, {Name: "Catalonia"}, {Name: "Aragon"},
		{Name: "Scotland"}, {Name: "Wales"},
		{Name: "Europe", Aliases: []string{"European"}, Region: true},
		{Name: "EMEA", Region: true},
		{Name: "Asia Pacific", Aliases: []string{"Asia-Pacific", "APAC", "APJ"}, Region: true},
		{Name: "Asia", Region: true},
		{Name: "Latin America", Aliases: []string{"LATAM"}, Region: true},
		{Name: "North America", Region: true},
		{Name: "Middle East", Region: true},
		{Name: "Africa", Region: true},
		{Name: "worldwide", Aliases: []string{"global", "globally", "world", "worldwide"}, Region: true},
	}
}

// placeGazetteer builds the matcher for places; names that are also plain
// words ("global", "world") only count written in lower case as the
// region, which is how they are used.
func placeGazetteer(places []Place) gazetteer {
	cs := make([]Company, 0, len(places))
	for _, p := range places {
		cs = append(cs, Company{Name: p.Name, Aliases: p.Aliases})
	}
	return buildGazetteer(cs)
}
