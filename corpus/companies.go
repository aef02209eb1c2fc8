package corpus

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// company is one gazetteer entry: a canonical name and the other names the
// press uses for it.
type company struct {
	name    string
	aliases []string
	// capitalised lists names that are also ordinary English words ("apple",
	// "slack", "oracle"): in running text they only count when written with
	// a capital, so "cut slack" or "intel on the deal" is not a company.
	capitalised []string
}

// gazetteerEntries is the table of companies dealbot knows by name. The
// canonical name itself is always an alias.
var gazetteerEntries = []company{
	{name: "Amazon", aliases: []string{"AWS", "Amazon Web Services", "Amazon.com", "AWS Lambda"}},
	{name: "Microsoft", aliases: []string{"MSFT", "Microsoft Azure", "GitHub", "LinkedIn"}, capitalised: []string{"Azure"}},
	{name: "Google", aliases: []string{"Google Cloud", "GCP", "Google Cloud Platform", "Google DeepMind", "DeepMind"}, capitalised: []string{"Alphabet"}},
	{name: "Oracle", aliases: []string{"OCI", "Oracle Cloud", "Oracle Cloud Infrastructure"}, capitalised: []string{"Oracle"}},
	{name: "IBM", aliases: []string{"International Business Machines", "IBM Cloud", "Big Blue"}},
	{name: "Salesforce", aliases: []string{"Salesforce.com"}},
	{name: "SAP", aliases: []string{"SAP SE"}},
	{name: "OpenAI", aliases: []string{"Open AI"}},
	{name: "Anthropic"},
	{name: "Nvidia", aliases: []string{"NVDA"}},
	{name: "CoreWeave"},
	{name: "Meta", aliases: []string{"Facebook", "Meta Platforms"}, capitalised: []string{"Meta"}},
	{name: "Snowflake", capitalised: []string{"Snowflake"}},
	{name: "Databricks"},
	{name: "Broadcom"},
	{name: "VMware"},
	{name: "Alibaba", aliases: []string{"Alibaba Cloud", "Aliyun", "Alibaba Group"}},
	{name: "Tencent", aliases: []string{"Tencent Cloud"}},
	{name: "Huawei", aliases: []string{"Huawei Cloud"}},
	{name: "Dell", aliases: []string{"Dell Technologies"}},
	{name: "HPE", aliases: []string{"Hewlett Packard Enterprise", "Hewlett-Packard Enterprise"}},
	{name: "Cisco", aliases: []string{"Cisco Systems"}},
	{name: "Accenture"},
	{name: "xAI", aliases: []string{"X.AI"}},
	{name: "Mistral", aliases: []string{"Mistral AI"}, capitalised: []string{"Mistral"}},
	{name: "Nebius"},
	{name: "Lambda", aliases: []string{"Lambda Labs"}, capitalised: []string{"Lambda"}},
	{name: "Crusoe", aliases: []string{"Crusoe Energy"}, capitalised: []string{"Crusoe"}},
	{name: "SoftBank", aliases: []string{"SoftBank Group"}},
	{name: "Apple", capitalised: []string{"Apple"}},
	{name: "Intel", capitalised: []string{"Intel"}},
	{name: "AMD", aliases: []string{"Advanced Micro Devices"}},
	{name: "Workday", capitalised: []string{"Workday"}},
	{name: "ServiceNow"},
	{name: "Slack", aliases: []string{"Slack Technologies"}, capitalised: []string{"Slack"}},
	{name: "HashiCorp"},
	{name: "Wiz", capitalised: []string{"Wiz"}},
	{name: "Rackspace", aliases: []string{"Rackspace Technology"}},
	{name: "DigitalOcean"},
	{name: "Cloudflare"},
	{name: "Baidu"},
	{name: "Deloitte"},
	{name: "Capgemini"},
	{name: "Infosys"},
	{name: "TCS", aliases: []string{"Tata Consultancy Services"}},
	{name: "Kyndryl"},
	{name: "Palantir", aliases: []string{"Palantir Technologies"}},
	{name: "US Department of Defense", aliases: []string{"Pentagon", "DoD", "Department of Defense", "U.S. Department of Defense", "Defense Department", "Department of War"}},
	{name: "Red Hat"},
	{name: "UK government", aliases: []string{"British government", "Government Digital Service", "GDS", "UK civil service", "HM Government", "Whitehall"}},
	{name: "US General Services Administration", aliases: []string{"General Services Administration", "GSA"}},
	{name: "CIA", aliases: []string{"Central Intelligence Agency"}},
	{name: "NHS", aliases: []string{"National Health Service", "NHS England"}},
	{name: "Juniper Networks", aliases: []string{"Juniper"}},
	{name: "Splunk"},
	{name: "MGX"},
	{name: "Barclays"},
	{name: "UBS"},
	{name: "BBVA"},
	{name: "Adobe"},
	{name: "Atlassian"},
	{name: "Zoom", aliases: []string{"Zoom Video Communications"}, capitalised: []string{"Zoom"}},
	{name: "Samsung", aliases: []string{"Samsung Electronics"}},
	{name: "Qualcomm"},
	{name: "TSMC", aliases: []string{"Taiwan Semiconductor Manufacturing", "Taiwan Semiconductor"}},
	{name: "Equinix"},
	{name: "Digital Realty"},
	{name: "Fujitsu"},
	{name: "NTT Data"},
	{name: "Wipro"},
	{name: "HCLTech", aliases: []string{"HCL Technologies", "HCL Tech"}},
	{name: "Cognizant"},
	{name: "OVHcloud", aliases: []string{"OVH"}},
	{name: "Cohere", capitalised: []string{"Cohere"}},
	{name: "Perplexity", capitalised: []string{"Perplexity"}},
	{name: "Scale AI"},
	{name: "Hugging Face"},
	{name: "Groq"},
	{name: "Cerebras", aliases: []string{"Cerebras Systems"}},
	{name: "G42"},
	{name: "ByteDance", aliases: []string{"TikTok"}},
	{name: "Lenovo"},
	{name: "Supermicro", aliases: []string{"Super Micro Computer", "Super Micro"}},
	{name: "Micron", aliases: []string{"Micron Technology"}},
	{name: "Arm", aliases: []string{"Arm Holdings"}, capitalised: []string{"Arm"}},
	{name: "MongoDB"},
	{name: "Datadog"},
	{name: "CrowdStrike"},
	{name: "Palo Alto Networks"},
	{name: "Verizon"},
	{name: "AT&T"},
	{name: "Vodafone"},
	{name: "Deutsche Telekom"},
	{name: "Reliance", aliases: []string{"Reliance Industries", "Reliance Jio", "Jio"}, capitalised: []string{"Reliance"}},
	{name: "Booz Allen Hamilton", aliases: []string{"Booz Allen"}},
	{name: "Leidos"},
	{name: "Netflix"},
	{name: "Uber"},
	{name: "Walmart"},
	{name: "Tesla"},
	{name: "SpaceX"},
	{name: "Blackstone"},
	{name: "BlackRock"},
	{name: "KPMG"},
	{name: "PwC", aliases: []string{"PricewaterhouseCoopers"}},
	{name: "Ernst & Young"},
	{name: "Atos"},
	{name: "Hitachi"},
	{name: "Siemens"},
}

// gazetteer is the lookup built from gazetteerEntries: alias keys (lower
// case words joined by single spaces) to canonical names. Built once and
// never written again.
type gazetteer struct {
	byKey map[string]aliasInfo
	// maxWords is the longest alias in words, which bounds the lookahead of
	// the matcher and so keeps it linear.
	maxWords int
	// firstWords holds, for each word that starts an alias, the most words
	// an alias starting with it has; most words start none and are skipped
	// with one lookup.
	firstWords map[string]int
	names      []string
}

type aliasInfo struct {
	canonical   string
	capitalised bool
}

var companies = buildGazetteer(gazetteerEntries)

func buildGazetteer(entries []company) gazetteer {
	g := gazetteer{byKey: map[string]aliasInfo{}, firstWords: map[string]int{}}
	add := func(alias, canonical string, capitalised bool) {
		words := aliasWords(alias)
		if len(words) == 0 {
			return
		}
		key := strings.Join(words, " ")
		if old, ok := g.byKey[key]; ok && old.canonical == canonical {
			capitalised = capitalised || old.capitalised
		}
		g.byKey[key] = aliasInfo{canonical: canonical, capitalised: capitalised}
		g.maxWords = max(g.maxWords, len(words))
		g.firstWords[words[0]] = max(g.firstWords[words[0]], len(words))
	}
	for _, e := range entries {
		g.names = append(g.names, e.name)
		add(e.name, e.name, false)
		for _, a := range e.aliases {
			add(a, e.name, false)
		}
		for _, a := range e.capitalised {
			add(a, e.name, true)
		}
	}
	sort.Strings(g.names)
	return g
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

// Canonical returns the canonical company for a name or alias,
// case-insensitively ("aws" gives "Amazon"). Legal suffixes and a trailing
// possessive are ignored. ok is false when the gazetteer does not know the
// name.
func Canonical(name string) (canonical string, ok bool) {
	words := aliasWords(name)
	for len(words) > 0 && (isLegalSuffix(words[len(words)-1]) || words[len(words)-1] == "s") {
		if words[len(words)-1] == "s" && !strings.ContainsAny(name, "'’") {
			break
		}
		words = words[:len(words)-1]
	}
	info, ok := companies.byKey[strings.Join(words, " ")]
	return info.canonical, ok
}

// CompaniesIn returns the canonical companies of the gazetteer named in text,
// in order of first mention and without repeats. Matching ignores case and
// respects word boundaries ("metadata" is not Meta); names that are also
// common words ("Apple", "Slack", "Oracle") must be capitalised.
func CompaniesIn(text string) []string {
	return mentionNames(companies.mentions(tokenize(text)))
}

// KnownCompanies returns every canonical company of the gazetteer, sorted.
func KnownCompanies() []string {
	return append([]string(nil), companies.names...)
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
func (g gazetteer) mentions(toks []token) []mention {
	var out []mention
	var key strings.Builder
	for i := 0; i < len(toks); i++ {
		if !toks[i].isWordOrNum() || (i > 0 && toks[i-1].joins(toks[i])) {
			continue
		}
		limit, ok := g.firstWords[toks[i].lower]
		if !ok {
			continue
		}
		best, bestEnd := aliasInfo{}, -1
		key.Reset()
		words := 0
		for j := i; j < len(toks) && words < limit; j++ {
			t := toks[j]
			if !t.isWordOrNum() {
				if isNameJoiner(t.text) && t.joins(next(toks, j)) && j > i && toks[j-1].joins(t) {
					continue
				}
				break
			}
			if words > 0 {
				key.WriteByte(' ')
			}
			key.WriteString(t.lower)
			words++
			info, ok := g.byKey[key.String()]
			if !ok || (info.capitalised && !capitalisedRun(toks[i:j+1])) {
				continue
			}
			// A match that stops inside a longer word ("Meta" in "MetaX") is
			// no match: the next token must not continue the word.
			if n := next(toks, j); n.isWordOrNum() && t.joins(n) {
				continue
			}
			best, bestEnd = info, j+1
		}
		if bestEnd < 0 {
			continue
		}
		out = append(out, mention{name: best.canonical, start: i, end: bestEnd})
		i = bestEnd - 1
	}
	return out
}

func next(toks []token, i int) token {
	if i+1 < len(toks) {
		return toks[i+1]
	}
	return token{}
}

func isNameJoiner(s string) bool { return s == "-" || s == "&" || s == "." }

// capitalisedRun reports whether every word in toks starts with an upper
// case letter.
func capitalisedRun(toks []token) bool {
	for _, t := range toks {
		if !t.isWordOrNum() {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func mentionNames(ms []mention) []string {
	var names []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.name] {
			seen[m.name] = true
			names = append(names, m.name)
		}
	}
	return names
}

// isLegalSuffix reports whether a lower-case word is a company-form suffix
// such as "inc" or "plc" that names carry in filings but not in questions.
func isLegalSuffix(w string) bool {
	switch w {
	case "inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "ag", "se", "sa", "gmbh", "nv", "co", "llp", "lp", "bv", "oy", "ab", "asa", "spa", "kk":
		return true
	}
	return false
}
