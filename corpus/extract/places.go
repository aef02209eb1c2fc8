package extract

// Place is a country or region a deal can be made with or a market share
// measured in: its name as answers show it and the other names the press
// uses.
type Place struct {
	Name    string
	Aliases []string
	// Region is true for a region ("Europe") rather than a country.
	Region bool
	// Dollar is the currency its press means by a bare "$" ("AUD" for
	// Australia); empty where "$" is the US dollar.
	Dollar string
	// Currency is its own currency where other countries' share its name
	// ("MXN" for Mexico's pesos, "DKK" for Denmark's kroner), so that the
	// bare name in an article about it reads as its own.
	Currency string
	// In is the state or country a city is in: money invested in a city
	// goes to the government that receives it.
	In string
	// Within is the country a state or province is part of: money pledged
	// to Telangana is pledged to India too. Unlike In, the state keeps
	// its own name.
	Within string
	// Government is the party a country's government is as a buyer or an
	// investor ("Australian government"), for an article about that
	// country that says only "the government"; empty when unknown.
	Government string
}

// DefaultPlaces returns the countries and regions the extractor knows.
func DefaultPlaces() []Place {
	places := []Place{
		{Name: "United States", Aliases: []string{"US", "U.S.", "USA", "America", "United States of America"}, Government: "US government"},
		{Name: "United Kingdom", Aliases: []string{"UK", "U.K.", "Britain", "Great Britain", "British"}, Government: "UK government"},
		{Name: "United Arab Emirates", Aliases: []string{"UAE", "U.A.E.", "Emirates", "Emirati"}, Currency: "AED"},
		{Name: "Saudi Arabia", Aliases: []string{"Kingdom of Saudi Arabia", "Saudi"}},
		{Name: "South Korea", Aliases: []string{"Korea", "Republic of Korea", "Korean"}},
		{Name: "New Zealand", Dollar: "NZD"}, {Name: "South Africa", Aliases: []string{"South African"}}, {Name: "Czech Republic", Aliases: []string{"Czechia", "Czech"}},
		{Name: "India", Aliases: []string{"Indian"}}, {Name: "Japan", Aliases: []string{"Japanese"}}, {Name: "China", Aliases: []string{"Chinese"}}, {Name: "Germany", Aliases: []string{"German"}}, {Name: "France", Aliases: []string{"French"}}, {Name: "Spain", Aliases: []string{"Spanish"}},
		{Name: "Italy", Aliases: []string{"Italian"}}, {Name: "Netherlands", Aliases: []string{"Dutch"}}, {Name: "Ireland", Aliases: []string{"Irish"}}, {Name: "Australia", Aliases: []string{"Australian"}, Dollar: "AUD", Government: "Australian government"}, {Name: "Canada", Aliases: []string{"Canadian"}, Dollar: "CAD", Government: "Canadian government"},
		{Name: "Brazil", Aliases: []string{"Brazilian"}}, {Name: "Mexico", Aliases: []string{"Mexican"}, Currency: "MXN"}, {Name: "Singapore", Aliases: []string{"Singaporean"}, Dollar: "SGD"}, {Name: "Indonesia", Aliases: []string{"Indonesian"}}, {Name: "Malaysia", Aliases: []string{"Malaysian"}},
		{Name: "Thailand", Aliases: []string{"Thai"}}, {Name: "Vietnam", Aliases: []string{"Vietnamese"}}, {Name: "Philippines", Aliases: []string{"Filipino"}, Currency: "PHP"}, {Name: "Poland", Aliases: []string{"Polish"}}, {Name: "Sweden", Aliases: []string{"Swedish"}},
		{Name: "Norway", Aliases: []string{"Norwegian"}, Currency: "NOK"}, {Name: "Denmark", Aliases: []string{"Danish"}, Currency: "DKK"}, {Name: "Finland", Aliases: []string{"Finnish"}}, {Name: "Switzerland", Aliases: []string{"Swiss"}}, {Name: "Austria", Aliases: []string{"Austrian"}},
		{Name: "Belgium", Aliases: []string{"Belgian"}}, {Name: "Portugal", Aliases: []string{"Portuguese"}}, {Name: "Israel", Aliases: []string{"Israeli"}}, {Name: "Qatar", Aliases: []string{"Qatari"}}, {Name: "Kuwait", Aliases: []string{"Kuwaiti"}},
		{Name: "Nigeria", Aliases: []string{"Nigerian"}}, {Name: "Kenya", Aliases: []string{"Kenyan"}}, {Name: "Egypt", Aliases: []string{"Egyptian"}}, {Name: "Turkey", Aliases: []string{"Turkish", "Türkiye"}}, {Name: "Chile", Aliases: []string{"Chilean"}, Currency: "CLP"},
		{Name: "Colombia", Aliases: []string{"Colombian"}, Currency: "COP"}, {Name: "Argentina", Aliases: []string{"Argentine", "Argentinian"}, Currency: "ARS"}, {Name: "Taiwan", Aliases: []string{"Taiwanese"}}, {Name: "Greece", Aliases: []string{"Greek"}}, {Name: "Hong Kong", Dollar: "HKD"},
		{Name: "Estonia", Aliases: []string{"Estonian"}}, {Name: "Latvia", Aliases: []string{"Latvian"}}, {Name: "Lithuania", Aliases: []string{"Lithuanian"}},
		{Name: "Kazakhstan", Aliases: []string{"Kazakh"}}, {Name: "Hungary", Aliases: []string{"Hungarian"}}, {Name: "Romania", Aliases: []string{"Romanian"}},
		{Name: "Ukraine", Aliases: []string{"Ukrainian"}}, {Name: "Pakistan", Aliases: []string{"Pakistani"}}, {Name: "Bangladesh"},
		{Name: "Peru", Aliases: []string{"Peruvian"}}, {Name: "Morocco", Aliases: []string{"Moroccan"}, Currency: "MAD"}, {Name: "Luxembourg"}, {Name: "Iceland", Aliases: []string{"Icelandic"}},
		// Countries fewer deals name, whose names are no one's name:
		// "Jordan", "Chad" and "Georgia" are left out.
		{Name: "Uruguay", Aliases: []string{"Uruguayan"}}, {Name: "Paraguay"}, {Name: "Bolivia"}, {Name: "Ecuador"}, {Name: "Venezuela"}, {Name: "Costa Rica"}, {Name: "Panama"},
		{Name: "Oman", Aliases: []string{"Omani"}}, {Name: "Bahrain", Aliases: []string{"Bahraini"}}, {Name: "Iraq"}, {Name: "Lebanon"}, {Name: "Armenia"}, {Name: "Azerbaijan"}, {Name: "Uzbekistan"},
		{Name: "Ghana", Aliases: []string{"Ghanaian"}}, {Name: "South Sudan"}, {Name: "Rwanda"}, {Name: "Ethiopia"}, {Name: "Tanzania"}, {Name: "Uganda"}, {Name: "Senegal"}, {Name: "Algeria"}, {Name: "Tunisia"},
		{Name: "Angola"}, {Name: "Zambia"}, {Name: "Zimbabwe"}, {Name: "Namibia"}, {Name: "Botswana"}, {Name: "Mozambique"},
		{Name: "Sri Lanka"}, {Name: "Nepal"}, {Name: "Cambodia"}, {Name: "Myanmar"}, {Name: "Mongolia"},
		{Name: "Serbia"}, {Name: "Croatia"}, {Name: "Bulgaria"}, {Name: "Slovakia"}, {Name: "Slovenia"}, {Name: "Cyprus"}, {Name: "Malta"},
		{Name: "Telangana", Within: "India"}, {Name: "Maharashtra", Within: "India"}, {Name: "Tamil Nadu", Within: "India"}, {Name: "Andhra Pradesh", Within: "India"},
		{Name: "Karnataka", Within: "India"}, {Name: "Gujarat", Within: "India"}, {Name: "Uttar Pradesh", Within: "India"}, {Name: "Odisha", Within: "India"},
		{Name: "West Bengal", Within: "India"}, {Name: "Kerala", Within: "India"}, {Name: "Rajasthan", Within: "India"}, {Name: "Madhya Pradesh", Within: "India"},
		{Name: "Haryana", Within: "India"}, {Name: "Bihar", Within: "India"}, {Name: "Assam", Within: "India"}, {Name: "Jharkhand", Within: "India"}, {Name: "Chhattisgarh", Within: "India"},
		{Name: "Hesse", Aliases: []string{"Hessen"}, Within: "Germany"}, {Name: "Brandenburg", Within: "Germany"}, {Name: "North Rhine-Westphalia", Within: "Germany"},
		{Name: "Virginia", Within: "United States"}, {Name: "Texas", Within: "United States"}, {Name: "Ohio", Within: "United States"}, {Name: "Arizona", Within: "United States"}, {Name: "Wisconsin", Within: "United States"},
		{Name: "Quebec", Within: "Canada"}, {Name: "Ontario", Within: "Canada"}, {Name: "Bavaria", Within: "Germany"}, {Name: "Catalonia", Within: "Spain"}, {Name: "Andalusia", Aliases: []string{"Andalucía", "Andalucia"}, Within: "Spain", Government: "Junta de Andalucía"}, {Name: "Aragon", Aliases: []string{"Aragón"}, Within: "Spain"},
		{Name: "Scotland", Aliases: []string{"Scottish"}, Within: "United Kingdom"}, {Name: "Wales", Aliases: []string{"Welsh"}, Within: "United Kingdom"},
		// England stands for the United Kingdom, as money "in the north of
		// England" is the UK's; São Paulo is a state as well as its city.
		{Name: "England", In: "United Kingdom"}, {Name: "São Paulo", Aliases: []string{"Sao Paulo"}, Within: "Brazil"},
		// US states where data centres are pledged; Washington and Georgia
		// are left out, as news more often means the capital and the
		// country.
		{Name: "Alabama", Within: "United States"}, {Name: "Alaska", Within: "United States"}, {Name: "Arkansas", Within: "United States"}, {Name: "California", Within: "United States"}, {Name: "Colorado", Within: "United States"}, {Name: "Connecticut", Within: "United States"},
		{Name: "Delaware", Within: "United States"}, {Name: "Florida", Within: "United States"}, {Name: "Hawaii", Within: "United States"}, {Name: "Idaho", Within: "United States"}, {Name: "Illinois", Within: "United States"}, {Name: "Indiana", Within: "United States"}, {Name: "Iowa", Within: "United States"},
		{Name: "Kansas", Within: "United States"}, {Name: "Kentucky", Within: "United States"}, {Name: "Louisiana", Within: "United States"}, {Name: "Maine", Within: "United States"}, {Name: "Maryland", Within: "United States"}, {Name: "Massachusetts", Within: "United States"},
		{Name: "Michigan", Within: "United States"}, {Name: "Minnesota", Within: "United States"}, {Name: "Mississippi", Within: "United States"}, {Name: "Missouri", Within: "United States"}, {Name: "Montana", Within: "United States"}, {Name: "Nebraska", Within: "United States"},
		{Name: "Nevada", Within: "United States"}, {Name: "New Hampshire", Within: "United States"}, {Name: "New Jersey", Within: "United States"}, {Name: "New Mexico", Within: "United States"}, {Name: "New York", Within: "United States"},
		{Name: "North Carolina", Within: "United States"}, {Name: "North Dakota", Within: "United States"}, {Name: "Oklahoma", Within: "United States"}, {Name: "Oregon", Within: "United States"}, {Name: "Pennsylvania", Within: "United States"},
		{Name: "Rhode Island", Within: "United States"}, {Name: "South Carolina", Within: "United States"}, {Name: "South Dakota", Within: "United States"}, {Name: "Tennessee", Within: "United States"}, {Name: "Utah", Within: "United States"},
		{Name: "Vermont", Within: "United States"}, {Name: "West Virginia", Within: "United States"}, {Name: "Wyoming", Within: "United States"},
		{Name: "Stockholm", In: "Sweden"}, {Name: "Johannesburg", In: "South Africa"},
		{Name: "Cape Town", In: "South Africa"}, {Name: "Seoul", In: "South Korea"}, {Name: "Warsaw", In: "Poland"},
		{Name: "Milan", In: "Italy"}, {Name: "Amsterdam", In: "Netherlands"}, {Name: "Zurich", In: "Switzerland"},
		{Name: "Hyderabad", In: "Telangana"}, {Name: "Visakhapatnam", Aliases: []string{"Vizag"}, In: "Andhra Pradesh"},
		{Name: "Mumbai", In: "India"}, {Name: "Chennai", In: "India"}, {Name: "Bengaluru", Aliases: []string{"Bangalore"}, In: "India"},
		{Name: "Pune", In: "India"}, {Name: "Kolkata", In: "West Bengal"}, {Name: "Noida", In: "Uttar Pradesh"}, {Name: "Tokyo", In: "Japan"}, {Name: "Osaka", In: "Japan"},
		{Name: "Canberra", In: "Australia"}, {Name: "Sydney", In: "Australia"}, {Name: "Melbourne", In: "Australia"},
		{Name: "Johor", In: "Malaysia"}, {Name: "Jakarta", In: "Indonesia"}, {Name: "Dubai", In: "United Arab Emirates"},
		{Name: "Abu Dhabi", In: "United Arab Emirates"}, {Name: "Riyadh", In: "Saudi Arabia"}, {Name: "Madrid", In: "Spain"},
		{Name: "Frankfurt", In: "Germany"}, {Name: "Paris", In: "France"}, {Name: "Dublin", In: "Ireland"},
		// Wellington is left out, as Washington is: the press more often
		// means Wellington Management, an investor in a list ("Fidelity,
		// Wellington and T. Rowe Price"), or a title ("the Duke of
		// Wellington"), and a city read there would make the party a
		// place and the article's "$" New Zealand's.
		{Name: "Toronto", In: "Canada"}, {Name: "Ottawa", In: "Canada"}, {Name: "Auckland", In: "New Zealand"},
		{Name: "Europe", Aliases: []string{"European"}, Region: true},
		{Name: "EMEA", Region: true},
		{Name: "Asia Pacific", Aliases: []string{"Asia-Pacific", "APAC", "APJ"}, Region: true},
		// "the Southeast Asian market" is measured there, not across Asia.
		{Name: "Southeast Asia", Aliases: []string{"South-East Asia", "South East Asia", "Southeast Asian", "South-East Asian", "South East Asian"}, Region: true},
		{Name: "Asia", Region: true},
		{Name: "Latin America", Aliases: []string{"LATAM", "Latin American"}, Region: true},
		{Name: "North America", Aliases: []string{"North American"}, Region: true},
		{Name: "Middle East", Aliases: []string{"Middle Eastern"}, Region: true},
		// Research firms' own regions: "MEA" and "MENA" take in Africa,
		// "DACH" Germany, Austria and Switzerland.
		{Name: "Middle East and Africa", Aliases: []string{"MEA", "Middle East & Africa"}, Region: true},
		{Name: "Middle East and North Africa", Aliases: []string{"MENA", "Middle East & North Africa"}, Region: true},
		{Name: "Nordics", Aliases: []string{"Nordic region", "Nordic countries"}, Region: true},
		{Name: "DACH", Aliases: []string{"DACH region"}, Region: true},
		{Name: "Africa", Region: true},
		{Name: "worldwide", Aliases: []string{"global", "globally", "world", "worldwide"}, Region: true},
	}
	// A country's government is named as the press names it, by the
	// country's adjective ("Japanese government"), whichever way the
	// text put it: "Japan's government", "the government of Japan".
	adjectives := governmentAdjectives()
	for i := range places {
		p := &places[i]
		if a := adjectives[p.Name]; a != "" && p.Government == "" && p.In == "" && p.Within == "" {
			p.Government = a + " government"
		}
	}
	return places
}

// governmentAdjectives maps a country to the word the press puts before
// "government" for it: the adjective ("Indian"), or the name itself where
// the press writes that ("Singapore government", "UAE government", "Cyprus
// government").
func governmentAdjectives() map[string]string {
	return map[string]string{
		"United Arab Emirates": "UAE", "Saudi Arabia": "Saudi", "South Korea": "South Korean", "New Zealand": "New Zealand",
		"South Africa": "South African", "Czech Republic": "Czech", "India": "Indian", "Japan": "Japanese", "China": "Chinese",
		"Germany": "German", "France": "French", "Spain": "Spanish", "Italy": "Italian", "Netherlands": "Dutch", "Ireland": "Irish",
		"Brazil": "Brazilian", "Mexico": "Mexican", "Singapore": "Singapore", "Indonesia": "Indonesian", "Malaysia": "Malaysian",
		"Thailand": "Thai", "Vietnam": "Vietnamese", "Philippines": "Philippine", "Poland": "Polish", "Sweden": "Swedish",
		"Norway": "Norwegian", "Denmark": "Danish", "Finland": "Finnish", "Switzerland": "Swiss", "Austria": "Austrian",
		"Belgium": "Belgian", "Portugal": "Portuguese", "Israel": "Israeli", "Qatar": "Qatari", "Kuwait": "Kuwaiti",
		"Nigeria": "Nigerian", "Kenya": "Kenyan", "Egypt": "Egyptian", "Turkey": "Turkish", "Chile": "Chilean",
		"Colombia": "Colombian", "Argentina": "Argentine", "Taiwan": "Taiwanese", "Greece": "Greek", "Hong Kong": "Hong Kong",
		"Estonia": "Estonian", "Latvia": "Latvian", "Lithuania": "Lithuanian", "Kazakhstan": "Kazakh", "Hungary": "Hungarian",
		"Romania": "Romanian", "Ukraine": "Ukrainian", "Pakistan": "Pakistani", "Bangladesh": "Bangladeshi", "Peru": "Peruvian",
		"Morocco": "Moroccan", "Luxembourg": "Luxembourg", "Iceland": "Icelandic", "Uruguay": "Uruguayan", "Paraguay": "Paraguayan",
		"Bolivia": "Bolivian", "Ecuador": "Ecuadorian", "Venezuela": "Venezuelan", "Costa Rica": "Costa Rican", "Panama": "Panamanian",
		"Oman": "Omani", "Bahrain": "Bahraini", "Iraq": "Iraqi", "Lebanon": "Lebanese", "Armenia": "Armenian",
		"Azerbaijan": "Azerbaijani", "Uzbekistan": "Uzbek", "Ghana": "Ghanaian", "Rwanda": "Rwandan", "Ethiopia": "Ethiopian",
		"Tanzania": "Tanzanian", "Uganda": "Ugandan", "Senegal": "Senegalese", "Algeria": "Algerian", "Tunisia": "Tunisian",
		"Angola": "Angolan", "Zambia": "Zambian", "Zimbabwe": "Zimbabwean", "Namibia": "Namibian", "Botswana": "Botswana",
		"Mozambique": "Mozambican", "Sri Lanka": "Sri Lankan", "Nepal": "Nepali", "Cambodia": "Cambodian", "Myanmar": "Myanmar",
		"Mongolia": "Mongolian", "Serbia": "Serbian", "Croatia": "Croatian", "Bulgaria": "Bulgarian", "Slovakia": "Slovak",
		"Slovenia": "Slovenian", "Cyprus": "Cyprus", "Malta": "Maltese",
	}
}

// The kinds of name in Extractor.names, as prefixes of canonical names.
const (
	kindPlace    = "p:"
	kindProduct  = "r:"
	kindMeasurer = "m:"
)

// placeEntries are the matcher entries for places, a city matched under
// its own name but standing for its state or country.
func placeEntries(places []Place) []Company {
	cs := make([]Company, 0, len(places))
	for _, p := range places {
		if p.In != "" {
			cs = append(cs, Company{Name: kindPlace + p.In, Aliases: append([]string{p.Name}, p.Aliases...)})
			continue
		}
		cs = append(cs, Company{Name: kindPlace + p.Name, Aliases: append([]string{p.Name}, p.Aliases...)})
	}
	return cs
}

// splitNames sorts the mentions of Extractor.names by kind, dropping the
// prefixes.
func splitNames(ms []mention) (places, products, measurers []mention) {
	for _, m := range ms {
		kind := m.name[:2]
		m.name = m.name[2:]
		switch kind {
		case kindPlace:
			places = append(places, m)
		case kindProduct:
			products = append(products, m)
		case kindMeasurer:
			measurers = append(measurers, m)
		}
	}
	return places, products, measurers
}
