package extract

import (
	"slices"
	"strings"
)

// companyHome is what writers call a company by instead of its name: the
// city it is based in ("the Redmond company"), its country ("the Chinese
// group") and its trades ("the retailer", "the search giant", "the iPhone
// maker"). Trades are single lower-case words an epithet holds.
type companyHome struct {
	name    string
	cities  []string
	country string
	trades  []string
}

// defaultCompanyHomes returns the built-in homes and trades of the
// companies news most often calls by an epithet. A company missing here is
// never the one an epithet stands for; a trade or country epithet is read
// only when every company named before it is here, so that one it lacks
// cannot be the one meant.
func defaultCompanyHomes() []companyHome {
	us, cn := "United States", "China"
	chips := []string{"chipmaker", "chip", "chips", "semiconductor", "semiconductors"}
	phones := []string{"smartphone", "handset", "phone"}
	telco := []string{"carrier", "telco", "telecom", "telecoms", "operator", "wireless"}
	gear := []string{"telecom", "telecoms", "equipment", "networking"}
	return []companyHome{
		{"Amazon", []string{"Seattle"}, us, []string{"retailer", "commerce", "online", "kindle", "retail"}},
		{"Microsoft", []string{"Redmond"}, us, []string{"software", "windows", "xbox"}},
		{"Google", []string{"Mountain View"}, us, []string{"search", "android", "internet", "advertising"}},
		{"Apple", []string{"Cupertino"}, us, append([]string{"iphone", "ipad", "mac", "electronics"}, phones...)},
		{"IBM", []string{"Armonk"}, us, []string{"mainframe"}},
		{"Oracle", []string{"Austin", "Redwood City", "Redwood Shores"}, us, []string{"database", "software"}},
		{"Salesforce", []string{"San Francisco"}, us, []string{"crm", "software"}},
		{"SAP", []string{"Walldorf"}, "Germany", []string{"software", "erp"}},
		{"Meta", []string{"Menlo Park"}, us, []string{"social", "facebook"}},
		{"Nvidia", []string{"Santa Clara"}, us, append([]string{"gpu", "graphics"}, chips...)},
		{"Intel", []string{"Santa Clara"}, us, append([]string{"processor", "cpu"}, chips...)},
		{"AMD", []string{"Santa Clara"}, us, append([]string{"processor", "cpu", "gpu", "graphics"}, chips...)},
		{"ServiceNow", []string{"Santa Clara"}, us, []string{"software"}},
		{"Workday", []string{"Pleasanton"}, us, []string{"software"}},
		{"Adobe", []string{"San Jose"}, us, []string{"software"}},
		{"Cisco", []string{"San Jose"}, us, []string{"networking", "network", "equipment"}},
		{"Qualcomm", []string{"San Diego"}, us, append([]string{"processor"}, chips...)},
		{"Broadcom", []string{"Palo Alto"}, us, chips},
		{"HP", []string{"Palo Alto"}, us, []string{"pc", "printer", "computer"}},
		{"HPE", []string{"Houston"}, us, []string{"server", "servers"}},
		{"Dell", []string{"Round Rock"}, us, []string{"pc", "computer", "server", "servers"}},
		{"Micron", []string{"Boise"}, us, append([]string{"memory"}, chips...)},
		{"Tesla", []string{"Austin"}, us, []string{"automaker", "carmaker", "ev"}},
		{"Netflix", []string{"Los Gatos"}, us, []string{"streaming"}},
		{"Walmart", []string{"Bentonville"}, us, []string{"retailer", "retail"}},
		{"Verizon", []string{"New York"}, us, telco},
		{"AT&T", []string{"Dallas"}, us, telco},
		{"Alibaba", []string{"Hangzhou"}, cn, []string{"commerce", "online"}},
		{"Tencent", []string{"Shenzhen"}, cn, []string{"gaming", "internet", "wechat"}},
		{"Huawei", []string{"Shenzhen"}, cn, append(append([]string{}, phones...), gear...)},
		{"ZTE", []string{"Shenzhen"}, cn, append(append([]string{}, phones...), gear...)},
		{"Honor", []string{"Shenzhen"}, cn, phones},
		{"Transsion", []string{"Shenzhen"}, cn, phones},
		{"Oppo", []string{"Dongguan"}, cn, phones},
		{"Vivo", []string{"Dongguan"}, cn, phones},
		{"Baidu", []string{"Beijing"}, cn, []string{"search", "internet"}},
		{"Xiaomi", []string{"Beijing"}, cn, append([]string{"electronics"}, phones...)},
		{"Lenovo", []string{"Beijing", "Hong Kong"}, cn, []string{"pc", "computer"}},
		{"ByteDance", []string{"Beijing"}, cn, []string{"tiktok", "internet"}},
		{"Samsung", []string{"Suwon", "Seoul"}, "South Korea", append(append([]string{"electronics", "memory"}, phones...), chips...)},
		{"SK hynix", []string{"Icheon"}, "South Korea", append([]string{"memory"}, chips...)},
		{"TSMC", []string{"Hsinchu"}, "Taiwan", chips},
		{"MediaTek", []string{"Hsinchu"}, "Taiwan", chips},
		{"Asus", []string{"Taipei"}, "Taiwan", []string{"pc", "computer"}},
		{"Acer", []string{"New Taipei"}, "Taiwan", []string{"pc", "computer"}},
		{"Nokia", []string{"Espoo"}, "Finland", gear},
		{"Ericsson", []string{"Stockholm"}, "Sweden", gear},
		{"Deutsche Telekom", []string{"Bonn"}, "Germany", telco},
		{"Vodafone", []string{"Newbury"}, "United Kingdom", telco},
		{"ASML", []string{"Veldhoven"}, "Netherlands", []string{"lithography", "chip", "equipment"}},
		{"Fujitsu", []string{"Tokyo"}, "Japan", nil},
	}
}

// epithetCountryWords returns the words an epithet names a country by,
// adjectives and nouns ("the Chinese group", "the China-based maker"),
// with the country.
func epithetCountryWords() map[string]string {
	return map[string]string{
		"chinese": "China", "china": "China",
		"american": "United States", "us": "United States",
		"korean": "South Korea", "korea": "South Korea",
		"taiwanese": "Taiwan", "taiwan": "Taiwan",
		"japanese": "Japan", "japan": "Japan",
		"german": "Germany", "germany": "Germany",
		"finnish": "Finland", "finland": "Finland",
		"swedish": "Sweden", "sweden": "Sweden",
		"dutch":   "Netherlands",
		"british": "United Kingdom", "uk": "United Kingdom",
	}
}

// epithetTable is the homes and trades of companies, looked up by an
// epithet's words.
type epithetTable struct {
	// cities maps a city's first lower-case word to its cities, each
	// with its words and the companies based there.
	cities map[string][]epithetCity
	// trades maps a trade word to the companies in that trade.
	trades map[string][]string
	// country maps a company to its country; a company is in the table
	// when it has one.
	country map[string]string
	// countryWords maps an epithet's word for a country to the country.
	countryWords map[string]string
}

// epithetCity is one home city and the companies based there.
type epithetCity struct {
	words     []string
	companies []string
}

// newEpithetTable indexes homes for lookup by an epithet's words, keeping
// only the companies known (a knowledge without them never names them).
func newEpithetTable(homes []companyHome, known func(string) bool) *epithetTable {
	t := &epithetTable{cities: map[string][]epithetCity{}, trades: map[string][]string{}, country: map[string]string{}, countryWords: epithetCountryWords()}
	for _, h := range homes {
		if !known(h.name) {
			continue
		}
		t.country[h.name] = h.country
		for _, c := range h.cities {
			words := strings.Fields(strings.ToLower(c))
			list := t.cities[words[0]]
			i := slices.IndexFunc(list, func(e epithetCity) bool { return slices.Equal(e.words, words) })
			if i < 0 {
				list = append(list, epithetCity{words: words})
				i = len(list) - 1
			}
			list[i].companies = append(list[i].companies, h.name)
			t.cities[words[0]] = list
		}
		for _, w := range h.trades {
			if !slices.Contains(t.trades[w], h.name) {
				t.trades[w] = append(t.trades[w], h.name)
			}
		}
	}
	return t
}

// epithet is what an epithet's words require of the company it stands for.
type epithet struct {
	city    []string // companies based in the city it names; nil when none
	country string
	trades  [4]string
	n       int // trades held
}

// fits reports whether company c is what the epithet says: based in its
// city, of its country, and in one of its trades. One trade is enough, as
// the table cannot know every word a writer may add ("the network
// operator" is a carrier, "the search and advertising giant" one firm).
func (t *epithetTable) fits(ep *epithet, c string) bool {
	if ep.city != nil && !slices.Contains(ep.city, c) {
		return false
	}
	if ep.country != "" && t.country[c] != ep.country {
		return false
	}
	if ep.n == 0 {
		return true
	}
	for _, w := range ep.trades[:ep.n] {
		if slices.Contains(t.trades[w], c) {
			return true
		}
	}
	return false
}

// resolveEpithets makes a company named by an epithet a mention of that
// company where the sentence's companies are: "Microsoft gained ground.
// The Redmond company lifted its share to 24%", "Amazon and Lenovo
// followed. The retailer sold 2.4 million devices". The epithet stands
// for the one company named before it (in its paragraph first, else the
// article before) that fits its city, its country and one of its trades;
// when none or several fit it stands for none (the sentence's vague), and
// when a sentence before opened on a company the table lacks it is left
// to the readers of "the company". An epithet that sits beside a name
// ("Microsoft, the Redmond company," or "the Chinese group Alibaba") adds
// nothing, as the name is there.
func (e *Extractor) resolveEpithets(sents []sentence) {
	t := e.epithets
	if t == nil {
		return
	}
	// What the sentences after the last with a descriptor name resolves
	// nothing: the notes stop there.
	last := -1
	for i := range sents {
		if sents[i].cues.has(wDescriptor) {
			last = i
		}
	}
	var before namedBefore
	for i := range sents[:last+1] {
		s := &sents[i]
		if s.cues.has(wDescriptor) {
			var add []mention
			for j := 1; j < len(s.toks); j++ {
				// "the chipmaker giant": the phrase ends on its last noun.
				if !s.bits[j].has(wDescriptor) || j+1 < len(s.toks) && s.bits[j+1].has(wDescriptor) {
					continue
				}
				k, ep, ok := t.epithetEnding(s, j)
				if !ok || len(add) > 0 && add[len(add)-1].end > k {
					continue
				}
				name, told := before.resolve(t, &ep, s, k)
				switch {
				case name != "":
					add = append(add, mention{name: name, start: k + 1, end: j + 1})
				case told:
					// "Intel and Nvidia reported. The Santa Clara
					// chipmaker held 80%": either, so neither, and no
					// guess.
					s.vague = append(s.vague, j)
				}
			}
			if len(add) > 0 {
				s.companies = mergeMentions(s.companies, add)
			}
		}
		for mi, m := range s.companies {
			before.note(t, m.name, s.paragraph, mi == 0)
		}
	}
}

// epithetEnding reads the epithet whose noun is token j of s ("the
// Redmond, Wash.-based giant", "the Chinese group", "the retailer"):
// where its "the" is and what it requires. ok is false when the words
// before j are no epithet, say nothing of a city, country or trade, hold
// a name, or sit beside one.
func (t *epithetTable) epithetEnding(s *sentence, j int) (k int, ep epithet, ok bool) {
	toks := s.toks
	k = -1
	for b := j - 1; b >= 0 && b >= j-9; b-- {
		if toks[b].lower == "the" {
			k = b
			break
		}
		if tx := toks[b].text; toks[b].kind != tokWord && tx != "-" && tx != "," && tx != "." {
			return 0, ep, false
		}
	}
	if k < 0 {
		return 0, ep, false
	}
	// "Microsoft, the Redmond company," and "the Chinese group Alibaba":
	// the name is there already.
	// "made Alibaba Cloud the highest-ranked Chinese provider": the name
	// is the subject the epithet is said of.
	if k >= 1 && endsCompany(s.companies, k) || k >= 2 && toks[k-1].text == "," && endsCompany(s.companies, k-1) ||
		j+1 < len(toks) && (startsCompanyAt(s.companies, j+1) || toks[j+1].startsUpper() && toks[j+1].kind == tokWord) {
		return 0, ep, false
	}
	// "The Contoso Group", "the Nvidia-backed provider": a name within
	// is no epithet, and mentions may not overlap.
	if slices.ContainsFunc(s.companies, func(m mention) bool { return m.start <= j && m.end > k }) {
		return 0, ep, false
	}
	// "Over the period it tracked, Synergy Research Group says": a
	// clause and a research firm's name, no epithet.
	if slices.ContainsFunc(s.measurers, func(m mention) bool { return m.start <= j && m.end > k }) {
		return 0, ep, false
	}
	for b := k + 1; b <= j; b++ {
		if s.bits[b].has(wPronoun) || s.bits[b].has(wAux) || notAnaphoric(s, b) {
			return 0, ep, false
		}
		w := toks[b].lower
		if cs, found := t.cities[w]; found {
			for _, c := range cs {
				if b+len(c.words) <= j && wordsAt(toks, b, c.words) {
					ep.city = c.companies
				}
			}
		}
		if c, found := t.countryWords[w]; found {
			ep.country = c
		}
		if _, found := t.trades[w]; found && ep.n < len(ep.trades) {
			ep.trades[ep.n] = w
			ep.n++
		}
	}
	return k, ep, ep.city != nil || ep.country != "" || ep.n > 0
}

// notAnaphoric reports a word that makes "the ... firm" a rank or a
// contrast, not a company named before: "the biggest smartphone vendor",
// "the highest-ranked Chinese provider", "the second chipmaker", "the
// other carrier". The ranking words are companyWord's.
func notAnaphoric(s *sentence, b int) bool {
	t := &s.toks[b]
	return s.marks[b]&namesBiggest != 0 || ordinals[t.lower] != 0 ||
		t.is9(wdOther, wdRival, wdSame, wdNew, wdFormer, wdLatter, wdOnly, wdNext, wdLast) ||
		len(t.lower) > 5 && strings.HasSuffix(t.lower, "est")
}

// wordsAt reports whether toks from b read words, in lower case.
func wordsAt(toks []token, b int, words []string) bool {
	for i, w := range words {
		if b+i >= len(toks) || toks[b+i].lower != w {
			return false
		}
	}
	return true
}

// startsCompanyAt reports whether a company mention starts at token b.
func startsCompanyAt(ms []mention, b int) bool {
	return slices.ContainsFunc(ms, func(m mention) bool { return m.start == b })
}

// endsCompany reports whether a company mention ends at token b.
func endsCompany(ms []mention, b int) bool {
	return slices.ContainsFunc(ms, func(m mention) bool { return m.end == b })
}

// namedBefore is what the sentences before an epithet named: each
// company once, with the last paragraph that named it, so that resolving
// an epithet costs the article's companies, not its sentences.
// They are arrays, as an article names few: one naming more than they
// hold resolves no more epithets, as if it named one the table lacks.
type namedBefore struct {
	names [32]string
	paras [32]int
	n     int
	// unknown is true once a sentence opens on a company the table
	// lacks, one the article is about and an epithet may mean.
	unknown bool
}

// note records that the paragraph para names company name, first in its
// sentence when first. A company the table lacks named later in a
// sentence, as an object ("both bid for Wiz"), is seldom what an epithet
// after means.
func (nb *namedBefore) note(t *epithetTable, name string, para int, first bool) {
	if _, inTable := t.country[name]; !inTable {
		nb.unknown = nb.unknown || first
		return
	}
	if i := slices.Index(nb.names[:nb.n], name); i >= 0 {
		nb.paras[i] = para
		return
	}
	if nb.n == len(nb.names) {
		nb.unknown = true
		return
	}
	nb.names[nb.n], nb.paras[nb.n] = name, para
	nb.n++
}

// resolve returns the one company named before token k of s that fits
// ep: among those of its paragraph first, else of the whole article
// before; "" when none or several fit. told is true when no sentence
// before opened on a company the table lacks, so that "" says the epithet
// stands for none of them. An epithet stands for a company only then, for
// one the table does not know may be the one meant: "Baichuan raises
// money from Xiaomi. The Beijing-based firm's round drew ..." is
// Baichuan's round.
func (nb *namedBefore) resolve(t *epithetTable, ep *epithet, s *sentence, k int) (name string, told bool) {
	if nb.unknown {
		return "", false
	}
	var all, near fitting
	for mi, m := range s.companies {
		if m.end > k {
			break
		}
		if _, inTable := t.country[m.name]; !inTable {
			if mi == 0 {
				return "", false
			}
			continue
		}
		if t.fits(ep, m.name) {
			all.add(m.name)
			near.add(m.name)
		}
	}
	for i, c := range nb.names[:nb.n] {
		if t.fits(ep, c) {
			all.add(c)
			if nb.paras[i] == s.paragraph {
				near.add(c)
			}
		}
	}
	if near.n > 0 {
		return near.one(), true
	}
	return all.one(), true
}

// fitting counts the distinct companies that fit an epithet, up to two.
type fitting struct {
	names [2]string
	n     int
}

// add counts name unless it is counted or two are.
func (f *fitting) add(name string) {
	if f.n < len(f.names) && !slices.Contains(f.names[:f.n], name) {
		f.names[f.n] = name
		f.n++
	}
}

// one returns the company when exactly one fits, else "".
func (f *fitting) one() string {
	if f.n == 1 {
		return f.names[0]
	}
	return ""
}
