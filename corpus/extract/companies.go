package extract

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unsafe"
)

// Company is one company the extractor knows by name: its canonical name
// and the other names the press uses for it.
type Company struct {
	Name    string
	Aliases []string
	// Capitalised lists names that are also ordinary English words ("apple",
	// "slack", "oracle"): in running text they only count when written with
	// a capital, so "cut slack" or "intel on the deal" is not a company.
	Capitalised []string
	// Typed are names people type in questions but articles rarely use,
	// or use for something else: tickers ("TSLA") and nicknames
	// ("alicloud"). "CRM" is also a market, so the extractor never looks
	// for them in text; the question parser reads them (TypedNames).
	Typed []string
	// Products are names of the company's products and services that
	// questions name it by ("bedrock" for Amazon, "vertex ai" for Google)
	// but that are no product seats are bought for (Product): the
	// extractor never looks for them in text; the question parser reads
	// them with the products' names (ProductMakers).
	Products []string
	// Alone lists names that are ordinary words and also belong to other
	// names ("Orange", "Vantage", "Apollo"): they count only capitalised,
	// as Capitalised ones do, and only when no capitalised word follows or
	// precedes them (but the sentence's first), for that word makes them
	// part of a longer name ("Orange County", "Vantage Research", "Army
	// Vantage"). The company's own longer names go in Aliases.
	Alone []string
}

// DefaultCompanies returns the companies dealbot knows by name. The
// canonical name itself is always an alias.
func DefaultCompanies() []Company {
	return append([]Company{
		{Name: "Amazon", Aliases: []string{"AWS", "Amazon Web Services", "Amazon.com", "AWS Lambda", "Amazon Bedrock", "AWS Bedrock", "Prime Video", "Amazon Prime Video"}, Typed: []string{"amzn", "amazon cloud"},
			Products: []string{"Bedrock", "SageMaker", "EC2", "Trainium", "Alexa"}},
		{Name: "Microsoft", Aliases: []string{"MSFT", "Microsoft Azure", "GitHub", "LinkedIn", "Microsoft Edge", "Internet Explorer", "SQL Server", "Windows Phone"}, Capitalised: []string{"Azure", "Bing", "Edge"}, Typed: []string{"ms azure", "azure"}},
		{Name: "Google", Aliases: []string{"Google Cloud", "GCP", "Google Cloud Platform", "Google DeepMind", "DeepMind", "Google Chrome", "Google Search"}, Capitalised: []string{"Alphabet", "Chrome", "Android"}, Typed: []string{"goog", "googl", "alphabet"},
			Products: []string{"Vertex AI", "Vertex", "BigQuery", "TPU", "TPUs"}},
		{Name: "Oracle", Aliases: []string{"OCI", "Oracle Cloud", "Oracle Cloud Infrastructure"}, Capitalised: []string{"Oracle"}, Typed: []string{"orcl"}},
		{Name: "IBM", Aliases: []string{"International Business Machines", "IBM Cloud", "Big Blue"}},
		{Name: "Salesforce", Aliases: []string{"Salesforce.com"}, Typed: []string{"crm", "sfdc"}},
		{Name: "SAP", Aliases: []string{"SAP SE"}},
		{Name: "OpenAI", Aliases: []string{"Open AI"}, Typed: []string{"oai"}, Products: []string{"Chat GPT", "GPT", "GPT-4", "GPT-5", "Sora", "Codex"}},
		{Name: "Anthropic"},
		{Name: "Nvidia", Aliases: []string{"NVDA"}, Capitalised: []string{"Team Green"}},
		{Name: "CoreWeave", Typed: []string{"crwv"}},
		{Name: "Meta", Aliases: []string{"Facebook", "Meta Platforms"}, Capitalised: []string{"Meta"}, Typed: []string{"fb"}, Products: []string{"Llama"}},
		{Name: "Snowflake", Capitalised: []string{"Snowflake"}},
		{Name: "Databricks"},
		{Name: "Broadcom", Typed: []string{"avgo"}},
		{Name: "VMware", Typed: []string{"vmw"}},
		{Name: "Alibaba", Aliases: []string{"Alibaba Cloud", "Aliyun", "Alibaba Group"}, Typed: []string{"baba", "alicloud", "ali cloud"}},
		{Name: "Tencent", Aliases: []string{"Tencent Cloud"}, Typed: []string{"tcehy"}},
		{Name: "Huawei", Aliases: []string{"Huawei Cloud"}},
		{Name: "Dell", Aliases: []string{"Dell Technologies", "Dell EMC"}},
		{Name: "HPE", Aliases: []string{"Hewlett Packard Enterprise", "Hewlett-Packard Enterprise"}},
		{Name: "Cisco", Aliases: []string{"Cisco Systems"}, Typed: []string{"csco"}},
		{Name: "Accenture", Typed: []string{"acn"}},
		{Name: "xAI", Aliases: []string{"X.AI"}, Capitalised: []string{"Grok"}},
		{Name: "Mistral", Aliases: []string{"Mistral AI"}, Capitalised: []string{"Mistral"}},
		{Name: "Nebius", Typed: []string{"nbis"}},
		{Name: "Lambda", Aliases: []string{"Lambda Labs"}, Capitalised: []string{"Lambda"}},
		{Name: "Crusoe", Aliases: []string{"Crusoe Energy"}, Capitalised: []string{"Crusoe"}},
		{Name: "SoftBank", Aliases: []string{"SoftBank Group"}},
		{Name: "Apple", Aliases: []string{"iPhone", "iPad", "iOS", "macOS"}, Capitalised: []string{"Apple", "Safari"}, Typed: []string{"aapl"}, Alone: []string{"Mac"}},
		{Name: "Intel", Capitalised: []string{"Intel", "Team Blue"}, Typed: []string{"intc"}},
		{Name: "AMD", Aliases: []string{"Advanced Micro Devices"}, Capitalised: []string{"Team Red"}},
		{Name: "Workday", Capitalised: []string{"Workday"}, Typed: []string{"wday"}},
		{Name: "ServiceNow"},
		{Name: "Slack", Aliases: []string{"Slack Technologies"}, Capitalised: []string{"Slack"}},
		{Name: "HashiCorp"},
		{Name: "Wiz", Capitalised: []string{"Wiz"}},
		{Name: "Rackspace", Aliases: []string{"Rackspace Technology"}},
		{Name: "DigitalOcean"},
		{Name: "Cloudflare"},
		{Name: "Baidu", Typed: []string{"bidu"}},
		{Name: "Akamai", Aliases: []string{"Akamai Technologies"}},
		{Name: "China Telecom", Aliases: []string{"Tianyi Cloud"}},
		{Name: "China Mobile"},
		{Name: "KDDI"},
		{Name: "China Unicom"},
		{Name: "Kingsoft Cloud"},
		{Name: "Marvell", Aliases: []string{"Marvell Technology"}},
		{Name: "Deloitte"},
		{Name: "Capgemini"},
		{Name: "Infosys", Typed: []string{"infy"}},
		{Name: "TCS", Aliases: []string{"Tata Consultancy Services"}},
		{Name: "Kyndryl", Typed: []string{"kd"}},
		{Name: "Palantir", Aliases: []string{"Palantir Technologies"}, Typed: []string{"pltr"}},
		{Name: "US Department of Defense", Aliases: []string{"Pentagon", "DoD", "Department of Defense", "U.S. Department of Defense", "Defense Department", "Department of War"}},
		{Name: "Red Hat"},
		{Name: "UK government", Aliases: []string{"British government", "Government Digital Service", "GDS", "UK civil service", "HM Government", "Whitehall"}},
		// The other US executive departments, by the names the press gives
		// them: "the Department of Agriculture", "the Interior Department",
		// "USDA". A bare "Department of Energy" is as often some other
		// country's; the US ones are by far the most reported buyers.
		{Name: "US Department of Agriculture", Aliases: []string{"Department of Agriculture", "U.S. Department of Agriculture", "Agriculture Department", "USDA"}},
		{Name: "US Department of Commerce", Aliases: []string{"Department of Commerce", "U.S. Department of Commerce", "Commerce Department"}},
		{Name: "US Department of Education", Aliases: []string{"Department of Education", "U.S. Department of Education", "Education Department"}},
		{Name: "US Department of Energy", Aliases: []string{"Department of Energy", "U.S. Department of Energy", "Energy Department", "DOE"}, Capitalised: []string{"DOE"}},
		{Name: "US Department of Health and Human Services", Aliases: []string{"Department of Health and Human Services", "U.S. Department of Health and Human Services", "HHS"}},
		{Name: "US Department of Homeland Security", Aliases: []string{"Department of Homeland Security", "U.S. Department of Homeland Security", "Homeland Security Department", "DHS"}},
		{Name: "US Department of Housing and Urban Development", Aliases: []string{"Department of Housing and Urban Development", "HUD"}, Capitalised: []string{"HUD"}},
		{Name: "US Department of the Interior", Aliases: []string{"Department of the Interior", "U.S. Department of the Interior", "Interior Department", "US Interior Department"}},
		{Name: "US Department of Justice", Aliases: []string{"Department of Justice", "U.S. Department of Justice", "Justice Department", "DOJ"}},
		{Name: "US Department of Labor", Aliases: []string{"Department of Labor", "U.S. Department of Labor", "Labor Department", "DOL"}},
		{Name: "US Department of State", Aliases: []string{"Department of State", "U.S. Department of State", "State Department", "US State Department"}},
		{Name: "US Department of Transportation", Aliases: []string{"Department of Transportation", "U.S. Department of Transportation", "Transportation Department", "USDOT"}, Capitalised: []string{"DOT"}},
		{Name: "US Department of the Treasury", Aliases: []string{"Department of the Treasury", "U.S. Department of the Treasury", "Treasury Department", "US Treasury"}},
		{Name: "US General Services Administration", Aliases: []string{"General Services Administration", "GSA"}},
		{Name: "CIA", Aliases: []string{"Central Intelligence Agency"}},
		{Name: "US Air Force", Aliases: []string{"U.S. Air Force", "United States Air Force", "USAF"}, Capitalised: []string{"Air Force"}},
		{Name: "US Department of Veterans Affairs", Aliases: []string{"Department of Veterans Affairs", "Veterans Affairs Department", "VA"}, Capitalised: []string{"VA"}},
		{Name: "ICE", Aliases: []string{"Immigration and Customs Enforcement", "US Immigration and Customs Enforcement"}, Capitalised: []string{"ICE"}},
		{Name: "National Geospatial-Intelligence Agency", Aliases: []string{"NGA"}, Capitalised: []string{"NGA"}},
		{Name: "NHS", Aliases: []string{"National Health Service", "NHS England", "NHS Scotland", "NHS Wales", "NHS Digital"}},
		// London's police, by the names the press gives it; a bare "Met"
		// is left out, as it is also a verb.
		{Name: "Metropolitan Police", Aliases: []string{"Metropolitan Police Service", "Met Police", "Scotland Yard"}},
		{Name: "HMRC", Aliases: []string{"HM Revenue and Customs", "HM Revenue & Customs", "Her Majesty's Revenue and Customs"}, Capitalised: []string{"HMRC"}},
		{Name: "Juniper Networks", Aliases: []string{"Juniper"}},
		{Name: "Splunk"},
		{Name: "MGX"},
		{Name: "Barclays"},
		{Name: "Lloyds Banking Group", Aliases: []string{"Lloyds", "Lloyds Bank"}},
		{Name: "ANZ", Aliases: []string{"ANZ Bank", "Australia and New Zealand Banking Group"}},
		{Name: "ASML", Aliases: []string{"ASML Holding"}},
		{Name: "Bharti Airtel", Aliases: []string{"Airtel"}},
		{Name: "US Army", Aliases: []string{"U.S. Army", "United States Army"}, Capitalised: []string{"Army"}},
		{Name: "US Navy", Aliases: []string{"U.S. Navy", "United States Navy"}, Capitalised: []string{"Navy"}},
		{Name: "California State University", Aliases: []string{"Cal State", "CSU", "California State University system"}},
		{Name: "Australian government", Aliases: []string{"Australian Government", "Australian Public Service", "Commonwealth government"}},
		{Name: "Canadian government", Aliases: []string{"Government of Canada", "Canadian federal government", "Ottawa"}},
		{Name: "UBS"},
		{Name: "Citi", Aliases: []string{"Citigroup", "Citibank"}},
		{Name: "BBVA"},
		{Name: "Adobe", Typed: []string{"adbe"}},
		{Name: "Atlassian"},
		{Name: "Zoom", Aliases: []string{"Zoom Video Communications"}, Capitalised: []string{"Zoom"}},
		{Name: "Mitel", Aliases: []string{"Mitel Networks"}},
		{Name: "Samsung", Aliases: []string{"Samsung Electronics"}},
		// Makers of phones, PCs and memory, whose market shares research
		// firms report each quarter.
		{Name: "SK hynix", Aliases: []string{"Hynix", "SK Hynix Inc"}},
		{Name: "Kioxia"},
		{Name: "Nanya", Aliases: []string{"Nanya Technology"}},
		{Name: "Winbond", Aliases: []string{"Winbond Electronics"}},
		{Name: "Xiaomi"},
		{Name: "Oppo"},
		// The maker writes its name "vivo".
		{Name: "Vivo"},
		{Name: "Transsion"},
		{Name: "Honor", Capitalised: []string{"Honor"}},
		{Name: "Realme"},
		{Name: "HP", Aliases: []string{"HP Inc", "Hewlett-Packard", "Hewlett Packard"}},
		{Name: "Asus", Aliases: []string{"ASUSTeK"}},
		{Name: "Acer"},
		{Name: "Qualcomm", Typed: []string{"qcom"}},
		// Smartphone chipset and EDA reports rank these beside Qualcomm
		// and Apple.
		{Name: "MediaTek"}, {Name: "Unisoc"},
		{Name: "Synopsys"}, {Name: "Cadence", Aliases: []string{"Cadence Design Systems"}, Capitalised: []string{"Cadence"}},
		{Name: "TSMC", Aliases: []string{"Taiwan Semiconductor Manufacturing", "Taiwan Semiconductor"}, Typed: []string{"tsm"}},
		{Name: "SMIC", Aliases: []string{"Semiconductor Manufacturing International"}},
		{Name: "UMC", Aliases: []string{"United Microelectronics"}},
		{Name: "GlobalFoundries", Aliases: []string{"Global Foundries"}},
		{Name: "Equinix", Typed: []string{"eqix"}},
		{Name: "Digital Realty", Typed: []string{"dlr"}},
		{Name: "Fujitsu"},
		{Name: "NTT Data"},
		{Name: "NTT", Aliases: []string{"Nippon Telegraph and Telephone", "NTT Communications"}},
		{Name: "Wipro"},
		{Name: "HCLTech", Aliases: []string{"HCL Technologies", "HCL Tech"}},
		{Name: "Cognizant", Typed: []string{"ctsh"}},
		{Name: "OVHcloud", Aliases: []string{"OVH"}},
		{Name: "Cohere", Capitalised: []string{"Cohere"}},
		{Name: "Perplexity", Capitalised: []string{"Perplexity"}},
		{Name: "Scale AI"},
		{Name: "Hugging Face"},
		{Name: "Groq"},
		{Name: "Cerebras", Aliases: []string{"Cerebras Systems"}},
		{Name: "G42", Aliases: []string{"Group 42"}},
		{Name: "ByteDance", Aliases: []string{"TikTok"}},
		{Name: "Lenovo"},
		{Name: "Supermicro", Aliases: []string{"Super Micro Computer", "Super Micro"}, Typed: []string{"smci"}},
		{Name: "Micron", Aliases: []string{"Micron Technology"}},
		{Name: "Arm", Aliases: []string{"Arm Holdings"}, Capitalised: []string{"Arm"}},
		{Name: "MongoDB", Typed: []string{"mdb"}},
		{Name: "Datadog", Typed: []string{"ddog"}},
		{Name: "CrowdStrike", Typed: []string{"crwd"}},
		{Name: "Palo Alto Networks", Typed: []string{"panw"}},
		{Name: "Verizon"},
		{Name: "AT&T"},
		{Name: "Vodafone"},
		{Name: "Deutsche Telekom"},
		{Name: "Reliance", Aliases: []string{"Reliance Industries", "Reliance Jio", "Jio"}, Capitalised: []string{"Reliance"}},
		{Name: "Booz Allen Hamilton", Aliases: []string{"Booz Allen"}},
		{Name: "Leidos"},
		// Federal contractors the award notices name beside Leidos.
		{Name: "KBR"},
		{Name: "Amentum"},
		{Name: "V2X"},
		{Name: "Guidehouse"},
		{Name: "Parsons Corporation", Aliases: []string{"Parsons Corp"}},
		{Name: "Sierra Nevada Corporation", Aliases: []string{"Sierra Nevada Corp"}},
		{Name: "SAIC", Aliases: []string{"Science Applications International", "Science Applications International Corp", "Science Applications International Corporation"}, Capitalised: []string{"SAIC"}},
		{Name: "Netflix", Typed: []string{"nflx"}},
		{Name: "Uber"},
		{Name: "Walmart"},
		{Name: "Tesla", Typed: []string{"tsla"}},
		{Name: "SpaceX"},
		{Name: "Blackstone"},
		{Name: "BlackRock"},
		{Name: "TWG Global", Aliases: []string{"TWG"}},
		{Name: "Mubadala Capital", Aliases: []string{"Mubadala", "Mubadala Investment Company"}},
		{Name: "KPMG"},
		{Name: "PwC", Aliases: []string{"PricewaterhouseCoopers"}},
		{Name: "Ernst & Young"},
		{Name: "Atos"},
		{Name: "Hitachi"},
		{Name: "Siemens"},
		// Vendors the market-share reports of memory, foundry, servers,
		// networking, security, databases, CRM and meetings rank.
		{Name: "Western Digital"}, {Name: "Seagate", Aliases: []string{"Seagate Technology"}}, {Name: "Solidigm"},
		{Name: "YMTC", Aliases: []string{"Yangtze Memory Technologies", "Yangtze Memory"}}, {Name: "CXMT", Aliases: []string{"ChangXin Memory Technologies", "ChangXin Memory"}},
		{Name: "Hua Hong", Aliases: []string{"Hua Hong Semiconductor"}}, {Name: "Tower Semiconductor"},
		{Name: "Inspur", Aliases: []string{"Inspur Information"}}, {Name: "xFusion"}, {Name: "H3C", Aliases: []string{"New H3C"}},
		{Name: "Quanta", Aliases: []string{"Quanta Computer"}}, {Name: "Wiwynn"}, {Name: "Foxconn", Aliases: []string{"Hon Hai"}},
		{Name: "Arista", Aliases: []string{"Arista Networks"}}, {Name: "Extreme Networks"}, {Name: "Nokia"}, {Name: "Ericsson"}, {Name: "ZTE"}, {Name: "Ciena"},
		{Name: "Fortinet"}, {Name: "Check Point", Aliases: []string{"Check Point Software", "Check Point Software Technologies"}}, {Name: "Zscaler"},
		{Name: "Okta"}, {Name: "Symantec"}, {Name: "McAfee"}, {Name: "Trend Micro"}, {Name: "Sophos"},
		// Large enterprises that seat and licence stories name as customers.
		{Name: "Goldman Sachs"}, {Name: "JPMorgan Chase", Aliases: []string{"JPMorgan", "JP Morgan", "J.P. Morgan"}},
		{Name: "HSBC"}, {Name: "NatWest"}, {Name: "Commonwealth Bank", Aliases: []string{"Commonwealth Bank of Australia"}}, {Name: "Westpac"},
		{Name: "Allianz"}, {Name: "AXA"}, {Name: "Unilever"}, {Name: "Pfizer"}, {Name: "Novartis"}, {Name: "Toyota"}, {Name: "Volkswagen"},
		{Name: "Airbus"}, {Name: "Boeing"}, {Name: "McKinsey", Aliases: []string{"McKinsey & Company"}}, {Name: "Telstra"},
		{Name: "Teradata"}, {Name: "HubSpot"}, {Name: "Zoho"}, {Name: "RingCentral"}, {Name: "GoTo", Capitalised: []string{"GoTo"}},
		// Makers whose products browser, search and chatbot shares are
		// reported under: "Chrome holds 66%" is Google's share, as "Bing
		// had 4%" is Microsoft's and "Firefox 7%" Mozilla's.
		{Name: "Mozilla", Aliases: []string{"Mozilla Firefox"}, Capitalised: []string{"Firefox"}}, {Name: "Yahoo"}, {Name: "Yandex"},
		{Name: "DuckDuckGo"}, {Name: "DeepSeek"}, {Name: "Opera", Capitalised: []string{"Opera"}},
		// Phone brands the shipment rankings list as their own.
		{Name: "Poco", Capitalised: []string{"Poco", "POCO"}}, {Name: "Motorola"}, {Name: "Tecno"}, {Name: "Infinix"}, {Name: "OnePlus"}, {Name: "iQOO"}, {Name: "Lava", Capitalised: []string{"Lava"}},
	}, append(append(append(industryCompanies(), customerCompanies()...), worldCompanies()...), capitalCompanies()...)...)
}

// gazetteer is the lookup built from gazetteerEntries: alias keys (lower
// case words joined by single spaces) to canonical names. Built once and
// never written again.
type gazetteer struct {
	byKey map[string]aliasInfo
	// firstWords holds each word that starts an alias, for the lexicon to
	// mark: most words start none and are skipped with a bit test.
	firstWords map[string]bool
	// steps holds every alias key and every proper prefix of one (its
	// first words, joined by one space), so that the matcher makes one
	// lookup per word and stops at the first word no alias continues with:
	// most first words ("global", "china") start a long alias but are
	// followed by a word none goes on with.
	steps map[string]aliasStep
	// stepTable holds steps for the matcher's lookups.
	stepTable wordTable[aliasStep]
	// firstAt and firstSteps are the steps of the first words tokenize
	// numbers (see wordID): firstSteps[firstAt[id]-1] for a word that
	// starts an alias, firstAt[id] 0 for one that starts none. A numbered
	// word starting a name, as most do, is read without a lookup in
	// stepTable; the numbers are small, so that firstAt stays in the
	// nearest cache.
	firstAt    []uint16
	firstSteps []aliasStep
	names      []string
}

// aliasStep is what the matcher learns of the words read so far: the alias
// they spell, if alias, and whether a longer alias begins with them.
// plain is whether the alias or a longer one may be written in lower
// case: when none may, words read so far not all capitalised ("the" of
// "the company") end the search.
type aliasStep struct {
	info   aliasInfo
	alias  bool
	longer bool
	plain  bool
	// next has the wordBit of each word a longer alias goes on with
	// after these words. A word whose bit is clear continues none, which
	// the matcher tells without the lookup that would fail: most names
	// are followed by a word no alias goes on with.
	next uint64
}

// wordBit is one of 64 bits for a word, from its length and its first,
// middle and last bytes: a few instructions for any word.
func wordBit(w string) uint64 {
	h := uint32(len(w))<<24 ^ uint32(w[0])<<16 ^ uint32(w[len(w)/2])<<8 ^ uint32(w[len(w)-1])
	return 1 << (h * 0x9e3779b1 >> 26) // Fibonacci hashing: the top 6 bits
}

// aliasInfo is what an alias key names. alone marks a name of
// Company.Alone, which is capitalised too.
type aliasInfo struct {
	canonical   string
	capitalised bool
	alone       bool
	// initialism marks a two-letter alias written in capitals ("VA",
	// "BT"), or one of Company.Alone so written ("ADI"): it counts only
	// written so, for "Richmond, Va." names a state, "Bt" no company
	// and "said Adi" a person.
	initialism bool
	// lowerInside marks an alias of Company.Alone written with small
	// letters ("Mac", "Orange"): in capitals throughout ("Hospitales MAC")
	// the word is an acronym or another name's, not the company's.
	lowerInside bool
}

func buildGazetteer(entries []Company) gazetteer {
	g := gazetteer{byKey: map[string]aliasInfo{}, firstWords: map[string]bool{}, steps: map[string]aliasStep{}}
	add := func(alias, canonical string, capitalised, alone bool) {
		words := aliasWords(alias)
		if len(words) == 0 {
			return
		}
		key := strings.Join(words, " ")
		if old, ok := g.byKey[key]; ok && old.canonical == canonical {
			capitalised = capitalised || old.capitalised
			alone = alone || old.alone
		}
		g.byKey[key] = aliasInfo{canonical: canonical, capitalised: capitalised || alone, alone: alone, initialism: twoCapitals(alias) || alone && noSmallLetter(alias), lowerInside: alone && strings.ToUpper(alias) != alias}
		g.firstWords[words[0]] = true
		st := g.steps[key]
		st.info, st.alias = g.byKey[key], true
		g.steps[key] = st
		for n := 1; n < len(words); n++ {
			prefix := strings.Join(words[:n], " ")
			st := g.steps[prefix]
			st.longer = true
			st.next |= wordBit(words[n])
			g.steps[prefix] = st
		}
	}
	for _, e := range entries {
		g.names = append(g.names, e.Name)
		add(e.Name, e.Name, false, false)
		for _, a := range e.Aliases {
			add(a, e.Name, false, false)
		}
		for _, a := range e.Capitalised {
			add(a, e.Name, true, false)
		}
		for _, a := range e.Alone {
			add(a, e.Name, true, true)
		}
	}
	// Which keys an alias in any case extends is known once every alias
	// has its last word on being capitalised.
	for key, info := range g.byKey {
		if info.capitalised {
			continue
		}
		for prefix := key; ; {
			st := g.steps[prefix]
			st.plain = true
			g.steps[prefix] = st
			k := strings.LastIndexByte(prefix, ' ')
			if k < 0 {
				break
			}
			prefix = prefix[:k]
		}
	}
	sort.Strings(g.names)
	g.stepTable = newWordTable(g.steps)
	g.numberFirstSteps()
	return g
}

// numberFirstSteps keeps in firstSteps the step of each word wordIDs
// numbers, as the table holds it then.
func (g *gazetteer) numberFirstSteps() {
	g.firstAt, g.firstSteps = make([]uint16, len(wordIDs.words)), nil
	for id, w := range wordIDs.words {
		if st, ok := g.stepTable.get(w); ok && w != "" {
			if len(g.firstSteps) == math.MaxUint16 {
				// Too many to number: every word is looked up.
				g.firstAt, g.firstSteps = nil, nil
				return
			}
			g.firstSteps = append(g.firstSteps, st)
			g.firstAt[id] = uint16(len(g.firstSteps))
		}
	}
}

// aliasWords splits a name into the lower-case words the matcher compares,
// so that "Amazon.com", "AT&T" and "Hewlett-Packard" tokenise the same way
// in the gazetteer as in text.
func aliasWords(s string) []string {
	var words []string
	for _, t := range tokenize(s) {
		if t.isWordOrNum() {
			words = append(words, t.lower)
		}
	}
	return words
}

// Canonical returns the canonical name of a company e knows for a name or
// alias, case-insensitively ("aws" gives "Amazon" with the built-in
// companies). Legal suffixes and a trailing possessive are ignored. ok is
// false when e does not know the name.
func (e *Extractor) Canonical(name string) (canonical string, ok bool) {
	words := aliasWords(name)
	// A name whose last word looks like a legal suffix may be written out
	// in full ("Software AG", "Mitsui & Co."): the whole of it first.
	if info, ok := e.gaz.byKey[strings.Join(words, " ")]; ok {
		return info.canonical, true
	}
	for len(words) > 0 && (isLegalSuffix(words[len(words)-1]) || words[len(words)-1] == "s") {
		if words[len(words)-1] == "s" && !strings.ContainsAny(name, "'’") {
			break
		}
		words = words[:len(words)-1]
	}
	info, ok := e.gaz.byKey[strings.Join(words, " ")]
	return info.canonical, ok
}

// CompaniesIn returns the canonical names of the companies e knows that text
// names, in order of first mention and without repeats. Matching ignores
// case and respects word boundaries ("metadata" is not Meta); names that are
// also common words ("Apple", "Slack", "Oracle") must be capitalised.
func (e *Extractor) CompaniesIn(text string) []string {
	return mentionNames(e.gaz.mentions(tokenize(text)))
}

// TypedNames returns the names people type in questions for the companies
// e knows (Company.Typed), lower case with words joined by one space, each
// mapped to its company's canonical name, in a map of the caller's own.
func (e *Extractor) TypedNames() map[string]string {
	return maps.Clone(e.typed)
}

// ProductMakers returns the names of the products e knows (Product, with
// their aliases, but not their Capitalised names, which are ordinary
// words) and of its companies' Company.Products, each as written and mapped
// to the canonical name of the company that makes it ("Gemini" to
// "Google", "GitHub Copilot" to "Microsoft"), in a map of the caller's own.
func (e *Extractor) ProductMakers() map[string]string {
	return maps.Clone(e.productMakers)
}

// WordNames returns the names of Company.Alone, lower case with words
// joined by one space, sorted, in a slice of the caller's own: names that
// are also ordinary words ("target", "switch"), which a question typed in
// lower case may use as either.
func (e *Extractor) WordNames() []string {
	var out []string
	for key, info := range e.gaz.byKey {
		if info.alone {
			out = append(out, key)
		}
	}
	slices.Sort(out)
	return out
}

// KnownCompanies returns the canonical name of every company e knows,
// sorted, in a slice of the caller's own.
func (e *Extractor) KnownCompanies() []string {
	return slices.Clone(e.gaz.names)
}

// mention is a company named in a token slice: tokens [start, end).
type mention struct {
	name       string
	start, end int
}

// mentions finds gazetteer names in toks, longest match first at each
// position. Only word and number tokens joined by nothing, a hyphen, an
// ampersand or a dot can form one name, so "Amazon, Web" is not
// "Amazon Web".
func (g gazetteer) mentions(toks []token) []mention { return g.mentionsAt(toks, nil, 0) }

// mentionsAt is mentions for a sentence whose tokens' lexicon marks are
// known: a token without mark "starts" starts no alias and is skipped
// without a lookup.
func (g gazetteer) mentionsAt(toks []token, marks []wordMark, starts wordMark) []mention {
	return g.appendMentionsAt(nil, toks, marks, starts)
}

// appendMentionsAt appends to dst the mentions mentionsAt finds.
func (g gazetteer) appendMentionsAt(dst []mention, toks []token, marks []wordMark, starts wordMark) []mention {
	out := dst
	// The alias tried so far, in a buffer of its own: looking a map up
	// by string(key) copies nothing.
	var buf [64]byte
	key := buf[:0]
	if marks != nil {
		// As long as toks, which spares a bounds check at each token.
		marks = marks[:len(toks)]
	}
	for i := 0; i < len(toks); i++ {
		if marks != nil {
			// Most tokens start no name: a tight loop over the marks
			// alone passes them.
			for i < len(marks) && marks[i]&starts == 0 {
				i++
			}
			if i == len(marks) {
				break
			}
		}
		// A name glued to the word before is inside another word; glued
		// to an opening quote or bracket ("“Microsoft had 23%") it is not.
		if !toks[i].isWordOrNum() || (i > 0 && toks[i-1].joins(&toks[i]) && !opens(toks[i-1].text)) {
			continue
		}
		best, bestEnd := aliasInfo{}, -1
		key = key[:0]
		words := 0
		var goesOn uint64   // the words a longer alias goes on with (aliasStep.next)
		var found aliasStep // a step looked up in stepTable
		upper := true       // every word read so far is capitalised, as capitalisedRun asks
		for j := i; j < len(toks); j++ {
			// Tokens are read in place: a copy of each is 48 bytes.
			t := &toks[j]
			// nextWord is whether a word or number follows t.
			nextWord := j+1 < len(toks) && toks[j+1].isWordOrNum()
			if !t.isWordOrNum() {
				if (isNameJoiner(t.text) || innerApostrophe(toks, j)) && j+1 < len(toks) && t.joins(&toks[j+1]) && j > i && toks[j-1].joins(t) {
					continue
				}
				// An ampersand between words with spaces round it
				// is inside a name too ("Ernst & Young", "Mitsui &
				// Co."); the words either side must still spell an
				// alias.
				if t.text == "&" && j > i && nextWord {
					continue
				}
				// The last dot of "U.S." stands before a space, yet
				// "U.S. Space Force" goes on past it.
				if t.text == "." && j >= i+3 && toks[j-1].joins(t) && len(toks[j-1].text) == 1 && toks[j-2].text == "." && nextWord {
					continue
				}
				// An initial's dot, "T. Rowe Price": the name goes on
				// past it when an alias does.
				if t.text == "." && j > i && toks[j-1].joins(t) && len(toks[j-1].text) == 1 && toks[j-1].startsUpper() && nextWord && toks[j+1].startsUpper() {
					continue
				}
				// A legal form's dot inside a name, "Investment
				// Management Corp. of Ontario", and a plural's
				// apostrophe, "Teachers' Venture Growth": the name goes
				// on past them when an alias does.
				// After the apostrophe the name goes on capitalised:
				// "Siemens' energy arm" is no Siemens Energy.
				if j > i && nextWord && toks[j-1].joins(t) && (isSuffixDot(toks, j) || isPluralApostrophe(toks, j) && toks[j+1].startsUpper()) {
					continue
				}
				break
			}
			// st points at the step of the words read so far: the
			// gazetteer's own for a first word with a number, or found.
			var st *aliasStep
			ok := false
			if words == 0 {
				// The first word by its number; the key is written only
				// when a second word is read.
				if t.id != wdNone && int(t.id) < len(g.firstAt) {
					if n := g.firstAt[t.id]; n != 0 {
						st, ok = &g.firstSteps[n-1], true
					}
				} else {
					found, ok = g.stepTable.get(t.lower)
					st = &found
				}
			} else {
				if goesOn&wordBit(t.lower) == 0 {
					break // no alias begins with these words
				}
				if words == 1 {
					key = append(key[:0], toks[i].lower...)
				}
				key = append(key, ' ')
				key = append(key, t.lower...)
				// The table keeps no word it is asked, so the key's bytes
				// are read in place, not copied into a string.
				found, ok = g.stepTable.get(unsafe.String(unsafe.SliceData(key), len(key)))
				st = &found
			}
			words++
			if !ok {
				break // no alias begins with these words
			}
			goesOn = st.next
			upper = upper && capitalisedRun(toks[j:j+1])
			if !upper && !st.plain {
				break // every alias that begins so must be capitalised
			}
			info := st.info
			if !st.alias || (info.capitalised && !capitalisedRun(toks[i:j+1])) {
				if !st.longer {
					break
				}
				continue
			}
			// A match that stops inside a longer word ("Meta" in "MetaX") is
			// no match: the next token must not continue the word.
			if nextWord && t.end == toks[j+1].start {
				continue
			}
			if info.initialism && !noSmallLetter(t.text) {
				continue
			}
			if info.alone && (j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j+1].startsUpper() && !countryArm(toks, j+1) || inLongerName(toks, i)) {
				continue
			}
			if info.lowerInside && j == i && len(t.text) > 2 && noSmallLetter(t.text) {
				continue
			}
			best, bestEnd = info, j+1
		}
		if bestEnd < 0 {
			continue
		}
		name := best.canonical
		if e := armAfter(toks, bestEnd); e > bestEnd {
			// "UOB Venture Management", "Telkomsel Mitra Inovasi": a
			// venture arm named with its parent's name is a party of
			// its own, kept as written, not its parent.
			name, bestEnd = spanText(toks, i, e), e
		}
		out = append(out, mention{name: name, start: i, end: bestEnd})
		i = bestEnd - 1
	}
	return out
}

// armAfter returns the end of the words after a gazetteer name at e that
// make it the name of the parent's venture or investment arm ("Intel
// Capital", "Kakao Investment", "UOB Venture Management", "Telkomsel
// Mitra Inovasi", Bahasa for innovation partner), or e when none follow.
// "SBI Investment" is so no State Bank of India. The arm invests on its
// own account, so deal parties collapsed into the parent lose it.
func armAfter(toks []token, e int) int {
	if e >= len(toks) || toks[e].kind != tokWord || !toks[e].startsUpper() || !toks[e-1].isWordOrNum() || toks[e-1].joins(&toks[e]) {
		return e
	}
	switch toks[e].lower {
	case "ventures", "capital", "investment", "investments":
		e++
		if e < len(toks) && toks[e].kind == tokWord && toks[e].startsUpper() && toks[e].is3(wdManagement, wdPartners, wdFund) {
			e++
		}
		return e
	case "venture", "mitra":
		// "Venture" and "Mitra" need the word that finishes the arm's
		// name ("Venture Partners"); alone they are no arm.
		if e+1 < len(toks) && toks[e+1].kind == tokWord && toks[e+1].startsUpper() && !toks[e].joins(&toks[e+1]) {
			return e + 2
		}
	}
	return e
}

// countryArm reports a country's name at token k that ends the run of
// capitalised words there: after a name that is also a word ("Orange
// Egypt", "Orange Belgium") it names the company's arm in that country,
// not a longer name of something else, as "Orange County" does.
func countryArm(toks []token, k int) bool {
	if !countryFirsts[toks[k].lower] {
		return false
	}
	// A name of up to three words, its key in a buffer on the stack.
	var buf [48]byte
	key := buf[:0]
	for e := k; e < len(toks) && e < k+3; e++ {
		t := &toks[e]
		if t.kind != tokWord || !t.startsUpper() {
			return false
		}
		if e > k {
			key = append(key, ' ')
		}
		key = append(key, t.lower...)
		if _, ok := countries[string(key)]; ok && (e+1 == len(toks) || toks[e+1].kind != tokWord || !toks[e+1].startsUpper()) {
			return true
		}
	}
	return false
}

// inLongerName reports a capitalised word before token i, but the
// sentence's first, that makes it part of a longer name ("Army Vantage"),
// a name in brackets right after one, which the bracket names again
// ("Supernap (Switch)"), a ticker after its exchange ("Sensata (NYSE:
// ST)"), which is the bracket's company's, or a name something is called
// by ("a program called Vantage").
func inLongerName(toks []token, i int) bool {
	if i > 0 && toks[i-1].is4(wdCalled, wdNamed, wdDubbed, wdCodenamed) {
		return true // "a program called Vantage" names no company
	}
	if i > 2 && toks[i-1].text == ":" && toks[i-3].text == "(" {
		return true
	}
	if i > 1 && toks[i-1].text == "(" {
		return toks[i-2].kind == tokWord && toks[i-2].startsUpper()
	}
	return i > 1 && toks[i-1].kind == tokWord && toks[i-1].startsUpper()
}

func next(toks []token, i int) token {
	if i+1 < len(toks) {
		return toks[i+1]
	}
	return token{}
}

func isNameJoiner(s string) bool { return s == "-" || s == "&" || s == "." }

// isPluralApostrophe reports the apostrophe of a plural's possessive at
// token j, "Teachers'", written after the word's "s" with no space.
func isPluralApostrophe(toks []token, j int) bool {
	return (toks[j].text == "'" || toks[j].text == "’") && j > 0 && toks[j-1].joins(&toks[j]) && strings.HasSuffix(toks[j-1].lower, "s")
}

// innerApostrophe reports an apostrophe at token j inside a name, as in
// "Dell'Oro" or "O'Reilly", rather than a possessive's: without it "Dell"
// of "Dell'Oro Group said" would be the company Dell.
func innerApostrophe(toks []token, j int) bool {
	return (toks[j].text == "'" || toks[j].text == "’") && next(toks, j).lower != "s"
}

// capitalisedRun reports whether every word in toks starts with an upper
// case letter.
func capitalisedRun(toks []token) bool {
	for i := range toks {
		// A number starts with no letter; a word is asked as any rule asks
		// it, by its first byte when that is ASCII.
		if t := &toks[i]; t.kind == tokNum || t.kind == tokWord && !t.startsUpper() {
			return false
		}
	}
	return true
}

// mentionNames returns the names ms mention, each once, in the order they
// are first mentioned.
func mentionNames(ms []mention) []string {
	if len(ms) == 0 {
		return nil
	}
	return appendMentionNames(make([]string, 0, len(ms)), ms)
}

// appendMentionNames appends to dst the names ms mention, each once, in
// the order they are first mentioned; names dst holds already count
// apart.
func appendMentionNames(dst []string, ms []mention) []string {
	start := len(dst)
	if len(ms) <= 16 {
		// A sentence names a few companies: a look along the names
		// found costs less than a set of them.
		for _, m := range ms {
			if !slices.Contains(dst[start:], m.name) {
				dst = append(dst, m.name)
			}
		}
		return dst
	}
	seen := make(map[string]bool, len(ms))
	for _, m := range ms {
		if !seen[m.name] {
			seen[m.name] = true
			dst = append(dst, m.name)
		}
	}
	return dst
}

// noSmallLetter reports a word with no ASCII small letter ("MAC"), without
// the copy strings.ToUpper would make of one that has some.
func noSmallLetter(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// twoCapitals reports a word of two capital ASCII letters: "VA", "BT".
func twoCapitals(w string) bool {
	return len(w) == 2 && 'A' <= w[0] && w[0] <= 'Z' && 'A' <= w[1] && w[1] <= 'Z'
}

// isLegalSuffix reports whether a lower-case word is a company-form suffix
// such as "inc" or "plc" that names carry in filings but not in questions.
func isLegalSuffix(w string) bool {
	switch w {
	case "inc", "corp", "corporation", "ltd", "limited", "pvt", "plc", "llc", "ag", "se", "sa", "gmbh", "nv", "co", "llp", "lp", "bv", "oy", "ab", "asa", "spa", "kk",
		"bhd", "berhad", "sdn", "tbk", "pte", "pty", "oyj", "ltda", "srl", "sarl", "pjsc", "jsc":
		return true
	}
	return false
}

// opens reports a symbol that opens a quotation or an aside, a dash
// included: "the top three vendors—AWS, Azure and Google Cloud—".
func opens(s string) bool {
	switch s {
	case `"`, "“", "‘", "'", "(", "[", "—", "–":
		return true
	}
	return false
}
