package extract

import "slices"

// Product is a product seats are bought for, with the company that sells
// it and the other names the press uses.
type Product struct {
	Name    string
	Vendor  string
	Aliases []string
	// Capitalised lists names that are also ordinary English words
	// ("teams", "cursor"): they only count when written with a capital,
	// so "its sales teams" names no product.
	Capitalised []string
}

// DefaultProducts returns the products seat counts are recognised for.
func DefaultProducts() []Product {
	return []Product{
		{Name: "Microsoft 365 Copilot", Vendor: "Microsoft", Aliases: []string{"M365 Copilot", "Copilot for Microsoft 365"}},
		{Name: "GitHub Copilot", Vendor: "GitHub"},
		{Name: "Copilot", Vendor: "Microsoft", Aliases: []string{"Microsoft Copilot", "Copilot Chat"}},
		{Name: "Microsoft 365", Vendor: "Microsoft", Aliases: []string{"Office 365", "M365", "Microsoft Office"}},
		{Name: "Microsoft Teams", Vendor: "Microsoft", Capitalised: []string{"Teams"}},
		{Name: "ChatGPT Enterprise", Vendor: "OpenAI"},
		{Name: "ChatGPT Edu", Vendor: "OpenAI"},
		{Name: "ChatGPT Team", Vendor: "OpenAI", Aliases: []string{"ChatGPT Business"}},
		{Name: "ChatGPT", Vendor: "OpenAI", Aliases: []string{"ChatGPT Gov"}},
		{Name: "Claude", Vendor: "Anthropic", Aliases: []string{"Claude Enterprise", "Claude for Work", "Claude Code"}},
		{Name: "Gemini", Vendor: "Google", Aliases: []string{"Gemini Enterprise", "Gemini for Workspace", "Gemini for Government"}},
		{Name: "Google Workspace", Vendor: "Google", Aliases: []string{"G Suite", "Google Apps", "Google for Work", "Google Apps for Work"}, Capitalised: []string{"Workspace"}},
		{Name: "Cursor", Vendor: "Anysphere", Capitalised: []string{"Cursor"}},
		// Slack sells Slack, as GitHub sells GitHub Copilot: the company
		// list knows the subsidiary by its own name.
		{Name: "Slack", Vendor: "Slack"},
		{Name: "Agentforce", Vendor: "Salesforce"},
		{Name: "Zoom Workplace", Vendor: "Zoom", Aliases: []string{"Zoom Meetings", "Zoom Phone", "Zoom One", "Zoom Rooms"}},
		{Name: "Webex", Vendor: "Cisco", Aliases: []string{"Cisco Webex"}},
		// Nuance's clinical note-taker, sold by Microsoft.
		{Name: "DAX Copilot", Vendor: "Microsoft", Aliases: []string{"Dragon Copilot", "Nuance DAX"}},
		{Name: "Adobe Creative Cloud", Vendor: "Adobe", Aliases: []string{"Creative Cloud"}},
		{Name: "Adobe Acrobat", Vendor: "Adobe", Capitalised: []string{"Acrobat"}},
		{Name: "Jira", Vendor: "Atlassian", Capitalised: []string{"Jira"}},
		{Name: "Confluence", Vendor: "Atlassian", Capitalised: []string{"Confluence"}},
		{Name: "Perplexity Enterprise", Vendor: "Perplexity", Aliases: []string{"Perplexity Enterprise Pro"}},
		{Name: "Le Chat", Vendor: "Mistral"},
		{Name: "Google Classroom", Vendor: "Google", Capitalised: []string{"Classroom"}},
		{Name: "Amazon Q", Vendor: "Amazon"},
		{Name: "Glean", Vendor: "Glean", Capitalised: []string{"Glean"}},
		// "Harvey will now be open to nearly 8,000 lawyers": the legal
		// assistant is sold under its maker's name.
		{Name: "Harvey", Vendor: "Harvey", Capitalised: []string{"Harvey"}},
		// Mail services moves to the cloud are counted in: "moved 75,000
		// mailboxes to Exchange Online".
		{Name: "Exchange Online", Vendor: "Microsoft", Aliases: []string{"Microsoft Exchange Online"}},
		{Name: "Gmail", Vendor: "Google"},
		// Suites governments and firms outside the US move staff to:
		// "moved 12 lakh email accounts to Zoho Mail", "rolled out
		// DingTalk to 20,000 staff".
		{Name: "Zoho Mail", Vendor: "Zoho", Aliases: []string{"Zoho Workplace"}},
		{Name: "DingTalk", Vendor: "Alibaba"},
		{Name: "WeCom", Vendor: "Tencent", Aliases: []string{"WeChat Work"}},
		// Workplace was Facebook's until the company became Meta in
		// 2021: each name of the product names its maker as it was then.
		{Name: "Workplace from Meta", Vendor: "Meta"},
		{Name: "Workplace by Facebook", Vendor: "Facebook", Aliases: []string{"Workplace from Facebook", "Facebook at Work", "Facebook Workplace"}},
	}
}

// Measurer is a research firm that publishes market shares.
type Measurer struct {
	Name    string
	Aliases []string
	// Region is the place a national body measures (a telecom
	// regulator's country), for the shares it reports where the sentence
	// names none; empty for firms that measure anywhere.
	Region string
	// Monthly marks a tracker that publishes each month's shares
	// (StatCounter, Similarweb): its latest figures in an article are
	// those of the month before the article appeared.
	Monthly bool
}

// KnownMeasurers returns the research firms e knows, in a slice of the
// caller's own.
func (e *Extractor) KnownMeasurers() []Measurer {
	out := make([]Measurer, len(e.measurers))
	for i, m := range e.measurers {
		out[i] = Measurer{Name: m.Name, Aliases: slices.Clone(m.Aliases), Region: m.Region, Monthly: m.Monthly}
	}
	return out
}

// KnownPlaces returns the countries, states and regions the extractor
// reads, so a question parser built beside it knows the same places and
// governments; the caller may change the copy.
func (e *Extractor) KnownPlaces() []Place {
	out := make([]Place, len(e.places))
	for i, p := range e.places {
		p.Aliases = slices.Clone(p.Aliases)
		out[i] = p
	}
	return out
}

// DefaultMeasurers returns the research firms the built-in knowledge holds.
func DefaultMeasurers() []Measurer {
	return []Measurer{
		{Name: "Synergy Research Group", Aliases: []string{"Synergy Research", "Synergy"}},
		{Name: "Canalys"}, {Name: "Gartner"},
		{Name: "IDC", Aliases: []string{"International Data Corporation", "International Data Corp"}},
		{Name: "Omdia"}, {Name: "Forrester", Aliases: []string{"Forrester Research"}},
		{Name: "Counterpoint Research", Aliases: []string{"Counterpoint"}},
		{Name: "TrendForce", Aliases: []string{"DRAMeXchange"}}, {Name: "Statista"}, {Name: "HG Insights"}, {Name: "Flexera"},
		{Name: "Menlo Ventures"}, {Name: "StatCounter", Monthly: true}, {Name: "Similarweb", Monthly: true},
		// Net Applications published its browser and desktop shares
		// monthly as NetMarketShare.
		{Name: "Net Applications", Aliases: []string{"NetMarketShare", "NetMarketShare.com"}, Monthly: true}, {Name: "Sensor Tower"},
		{Name: "Dell'Oro Group", Aliases: []string{"Dell'Oro"}}, {Name: "Mercury Research"},
		{Name: "Jon Peddie Research", Aliases: []string{"Jon Peddie", "JPR"}}, {Name: "Kantar"}, {Name: "Apptopia"}, {Name: "Ramp"},
		{Name: "Grand View Research"}, {Name: "MarketsandMarkets"}, {Name: "Wells Fargo"},
		{Name: "Morgan Stanley"}, {Name: "Bernstein"}, {Name: "UBS Evidence Lab"}, {Name: "Enlyft"},
		{Name: "6sense"}, {Name: "Datanyze"}, {Name: "W3Techs"}, {Name: "Technavio"},
		{Name: "IHS Markit", Aliases: []string{"IHS"}},
		{Name: "TechInsights"}, {Name: "Strategy Analytics"}, {Name: "Infonetics Research", Aliases: []string{"Infonetics"}}, {Name: "Apps Run The World"},
		{Name: "Nielsen"}, {Name: "Second Measure", Aliases: []string{"Bloomberg Second Measure"}}, {Name: "SNE Research"},
		{Name: "Yole Développement", Aliases: []string{"Yole Developpement", "Yole Group", "Yole Intelligence"}},
		{Name: "Consumer Intelligence Research Partners", Aliases: []string{"CIRP"}},
		{Name: "JATO Dynamics"}, {Name: "Rho Motion"}, {Name: "Newzoo"}, {Name: "Ampere Analysis"},
		{Name: "Digitimes Research"}, {Name: "GSMA Intelligence"}, {Name: "Wood Mackenzie"}, {Name: "BloombergNEF"},
		{Name: "Comscore"}, {Name: "GfK"}, {Name: "Euromonitor", Aliases: []string{"Euromonitor International"}}, {Name: "Circana"},
		{Name: "National Payments Corporation of India", Aliases: []string{"NPCI"}, Region: "India"},
		// Telecom regulators, whose subscriber counts give operators'
		// shares.
		{Name: "Telecom Regulatory Authority of India", Aliases: []string{"TRAI"}, Region: "India"},
		// The operators' association publishes its members' counts
		// monthly, often ahead of the regulator's.
		{Name: "Cellular Operators Association of India", Aliases: []string{"COAI"}, Region: "India"},
		{Name: "Nigerian Communications Commission", Aliases: []string{"NCC"}, Region: "Nigeria"},
		{Name: "Ofcom", Region: "United Kingdom"}, {Name: "Australian Communications and Media Authority", Aliases: []string{"ACMA"}, Region: "Australia"},
		{Name: "Anatel", Region: "Brazil"}, {Name: "Communications Authority of Kenya", Region: "Kenya"},
		// Ghana's regulator goes by its plural name alone: South Sudan's
		// is the singular "National Communication Authority", so the
		// singular must not bring Ghana as the region.
		{Name: "National Communications Authority", Region: "Ghana"},
		{Name: "Bangladesh Telecommunication Regulatory Commission", Aliases: []string{"BTRC"}, Region: "Bangladesh"},
		{Name: "Tanzania Communications Regulatory Authority", Aliases: []string{"TCRA"}, Region: "Tanzania"},
		// No bare "PTA": it is as often a chemical ("the PTA market") or
		// another body, and would bring Pakistan with it.
		{Name: "Pakistan Telecommunication Authority", Region: "Pakistan"},
		// No bare "IFT": food technologists and companies go by it too
		// ("bought IFT Holdings"), and it would bring Mexico with it.
		{Name: "Federal Telecommunications Institute", Aliases: []string{"Instituto Federal de Telecomunicaciones"}, Region: "Mexico"},
		{Name: "Independent Communications Authority of South Africa", Aliases: []string{"ICASA"}, Region: "South Africa"},
		// Competition authorities measure a market when they rule on it.
		{Name: "Autorité de la concurrence", Aliases: []string{"Autorite de la concurrence"}, Region: "France"},
	}
}

// hostRank is the provider rank of a data-centre host, who sells space
// and power to the clouds.
const hostRank = 4

// providerRanks say how surely a company sells rather than buys when a
// deal names it beside another: hostRank for data-centre hosts, 3 for
// neoclouds, 2 for other cloud and hardware providers, 1 for software and
// model makers. In "OpenAI signs $38bn deal with AWS", the higher rank is
// the vendor.
func defaultProviderRanks() map[string]int {
	r := map[string]int{}
	// Data-centre hosts (miners turned landlords) lease space and power
	// to the neoclouds: "TeraWulf signed a colocation agreement with
	// Fluidstack" has TeraWulf sell.
	for _, c := range []string{"TeraWulf", "Cipher Mining", "Hut 8", "Applied Digital", "Core Scientific", "Galaxy Digital"} {
		r[c] = hostRank
	}
	// Neoclouds sell capacity even to the hyperscalers.
	for _, c := range []string{"CoreWeave", "Nebius", "Lambda", "Crusoe", "Nscale", "IREN", "Oracle", "Fluidstack", "Together AI", "Vultr", "Voltage Park", "Firmus"} {
		r[c] = 3
	}
	for _, c := range []string{"Amazon", "Microsoft", "Google",
		"IBM", "Alibaba", "Tencent", "Huawei", "Nvidia", "AMD", "Broadcom", "Cisco", "Dell", "HPE", "Equinix",
		"Digital Realty", "Supermicro", "Rackspace", "OVHcloud", "DigitalOcean", "Cloudflare", "Baidu", "Intel"} {
		r[c] = 2
	}
	for _, c := range []string{"OpenAI", "Anthropic", "Salesforce", "SAP", "ServiceNow", "Workday", "Snowflake",
		"Databricks", "Mistral", "Cohere", "Palantir", "Adobe", "Atlassian", "Zoom", "Slack", "xAI", "VMware",
		"Red Hat", "Scale AI", "Groq", "Cerebras", "MongoDB", "Datadog", "CrowdStrike", "Palo Alto Networks",
		"HashiCorp", "Wiz", "Splunk", "Booz Allen Hamilton", "Leidos", "Kyndryl", "Fujitsu", "NTT Data"} {
		r[c] = 1
	}
	return r
}

// governments are the gazetteer's public bodies: in a contract they buy.
func defaultGovernments() map[string]bool {
	g := map[string]bool{"US Department of Defense": true, "UK government": true,
		"US General Services Administration": true, "CIA": true, "US Department of Veterans Affairs": true, "ICE": true,
		"National Geospatial-Intelligence Agency": true, "NHS": true, "HMRC": true, "Australian government": true,
		"US Army": true, "US Navy": true, "Canadian government": true,
		"US Department of Agriculture": true, "US Department of Commerce": true, "US Department of Education": true,
		"US Department of Energy": true, "US Department of Health and Human Services": true,
		"US Department of Homeland Security": true, "US Department of Housing and Urban Development": true,
		"US Department of the Interior": true, "US Department of Justice": true, "US Department of Labor": true,
		"US Department of State": true, "US Department of Transportation": true, "US Department of the Treasury": true}
	for _, c := range publicBodyCompanies() {
		g[c.Name] = true
	}
	return g
}
