package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// OrganisationsIn returns the organisations named in text that are not
// companies e knows (see Canonical and CompaniesIn), in order of first
// mention and without repeats: a capitalised name followed by a short form
// in brackets, a capitalised name ending or starting with a word
// organisations are named by ("Deutsche Bank", "Ministry of Defence"), and
// countries. Its work is linear in the length of text.
func (e *Extractor) OrganisationsIn(text string) []corpus.Organisation {
	out, _ := e.organisationsIn(text, nil)
	return out
}

// organisationsIn is OrganisationsIn, splitting text into words in buf's
// array when it has room; it returns buf's array, or the larger one the
// words took, cleared for the next text.
func (e *Extractor) organisationsIn(text string, buf []orgWord) ([]corpus.Organisation, []orgWord) {
	words := orgWords(buf[:0], text)
	// The words refer to text, which a kept array must not hold on to.
	defer clear(words)
	var out []corpus.Organisation
	at := map[string]int{}
	add := func(name, alias string, country bool) {
		if name == "" {
			return
		}
		// A name holding a known one ("Alibaba Group Holding") is that
		// company, or a part of it the known name answers for.
		if _, known := e.Canonical(name); known || len(e.CompaniesIn(name)) > 0 {
			return
		}
		key := strings.ToLower(name)
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			out = append(out, corpus.Organisation{Name: name, Country: country})
		}
		if alias != "" && !strings.EqualFold(alias, name) && !containsFold(out[i].Aliases, alias) {
			if _, known := e.Canonical(alias); !known {
				out[i].Aliases = append(out[i].Aliases, alias)
			}
		}
	}
	for i := 0; i < len(words); i++ {
		if c, n := countryAt(words, i); n > 0 {
			as := make([]string, n)
			for k := range n {
				as[k] = words[i+k].text
			}
			add(c, strings.Join(as, " "), true)
			i += n - 1
			continue
		}
		if !words[i].upper {
			continue
		}
		end := nameRun(words, i)
		name := orgRunName(words, i, end)
		if name == "" {
			i = end - 1
			continue
		}
		alias := ""
		if end < len(words) && words[end].bracketed && isShortForm(words[end].text) {
			alias = words[end].text
		}
		if (alias != "" || namedLikeOrg(words, i, end)) && !e.placeNamed(name) {
			add(name, alias, false)
		}
		i = end - 1
	}
	return out, words[:0]
}

// orgWord is a word of text, with what surrounds it.
type orgWord struct {
	text  string
	lower string
	upper bool // starts with a capital letter
	// bracketed is true for a word alone in brackets: "(TD)".
	bracketed bool
	// brokenBefore is true when punctuation other than a hyphen, an
	// ampersand or an apostrophe comes before the word, so no name runs
	// across it.
	brokenBefore bool
	// commaBefore is true when that punctuation is a lone comma, which
	// may part the items of a body's list ("Ministry of Economy, Trade
	// and Industry").
	commaBefore bool
}

// orgWords splits text into words, noting which stand alone in brackets and
// which follow punctuation.
func orgWords(out []orgWord, text string) []orgWord {
	// A word is some six bytes with the space after it: room for them all
	// at once spares the slice's growing, most of the split's cost.
	out = slices.Grow(out[:0], len(text)/6+1)
	// The text lowered once, where a word's lower case is its span of
	// it, rather than a string made for each capitalised word; "" when
	// lowering would move a word (see lowerText).
	low := lowerText(text)
	broken, commas := true, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if !unicode.IsSpace(r) && r != '-' && r != '&' && r != '\'' && r != '’' {
				broken = true
				commas++
				if r != ',' {
					commas++
				}
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '&' && !(r2 == '-' && j+n < len(text) && isLetterAt(text, j+n)) {
				break
			}
			j += n
		}
		w := text[i:j]
		first, _ := utf8.DecodeRuneInString(w)
		lower := ""
		if low != "" {
			lower = low[i:j]
		} else {
			lower = strings.ToLower(w)
		}
		out = append(out, orgWord{
			text:         w,
			lower:        lower,
			upper:        unicode.IsUpper(first),
			bracketed:    i > 0 && text[i-1] == '(' && j < len(text) && text[j] == ')',
			brokenBefore: broken,
			commaBefore:  commas == 1 && len(out) > 0,
		})
		broken, commas = false, 0
		i = j
	}
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// nameRun returns the end of the run of capitalised words starting
// at i, which may hold "of", "and", "&" and "for" between capitalised words
// ("Bank of Nova Scotia"), and is at most six words long.
func nameRun(words []orgWord, i int) int {
	end := i + 1
	for end < len(words) && end-i < 6 && !words[end].brokenBefore && !words[end].bracketed {
		switch {
		case words[end].upper:
			end++
		case orgJoiners[words[end].lower] && end+1 < len(words) && words[end+1].upper && !words[end+1].brokenBefore:
			end += 2
		default:
			return end
		}
	}
	s := i
	for s < end && notOrgStart[words[s].lower] {
		s++
	}
	if end-s == 3 && bodyNouns[words[s].lower] && (words[s+1].lower == "of" || words[s+1].lower == "for") {
		end = bodyList(words, end)
	}
	return end
}

// bodyList extends "Ministry of Economy" from end over the rest of its
// list, ", Trade and Industry", when the list closes with "and" and a
// capitalised word; otherwise the name ends at end.
func bodyList(words []orgWord, end int) int {
	e := end
	for e < len(words) && e-end < 8 && words[e].commaBefore && words[e].upper {
		e++
	}
	if e > end && e+1 < len(words) && words[e].lower == "and" && !words[e].brokenBefore && words[e+1].upper && !words[e+1].brokenBefore {
		return e + 2
	}
	return end
}

// orgRunName is the name spelled by words[start:end), without a leading
// article or a word that merely starts a sentence, or "" when nothing of a
// name is left.
func orgRunName(words []orgWord, start, end int) string {
	for start < end && notOrgStart[words[start].lower] {
		start++
	}
	for end > start && orgJoiners[words[end-1].lower] {
		end--
	}
	if start >= end {
		return ""
	}
	size := 0
	for _, w := range words[start:end] {
		if strings.HasSuffix(w.lower, "-based") || strings.HasSuffix(w.lower, "-owned") {
			return "" // "Abu Dhabi-based AI" describes, it does not name
		}
		size += len(w.text) + 2
	}
	if end-start == 1 {
		return words[start].text
	}
	// The words written once into a string of their length, a comma
	// after each that one comes after: every capitalised run of a text
	// is named so.
	var b strings.Builder
	b.Grow(size)
	for k, w := range words[start:end] {
		if k > 0 {
			if w.commaBefore {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// namedLikeOrg reports whether a capitalised run is named as organisations
// are: two words or more, ending with a word such as "Bank" or "Group", or
// starting with one followed by "of" ("Bank of America").
func namedLikeOrg(words []orgWord, start, end int) bool {
	for start < end && notOrgStart[words[start].lower] {
		start++
	}
	if end-start < 2 {
		return false
	}
	return orgNouns[words[end-1].lower] ||
		(orgNouns[words[start].lower] && words[start+1].lower == "of")
}

// isShortForm reports whether a bracketed word is the kind of short form an
// article introduces for a name: two to eight letters, mostly capitals,
// and not a common abbreviation of something else.
func isShortForm(w string) bool {
	if n := utf8.RuneCountInString(w); n < 2 || n > 8 {
		return false
	}
	upper := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper*2 > utf8.RuneCountInString(w) && !notShortForms[strings.ToLower(w)]
}

// countryAt returns the country named at words[i] and how many words name
// it, or 0 words.
func countryAt(words []orgWord, i int) (string, int) {
	// Every capitalised word of a text comes here, and few start a
	// country's name.
	if !words[i].upper || !countryFirsts[words[i].lower] {
		return "", 0
	}
	// The words a name may take: up to a break, or a word in lower case
	// that joins no name.
	most := 1
	for most < min(4, len(words)-i) {
		w := &words[i+most]
		if w.brokenBefore || (!w.upper && !orgJoiners[w.lower]) {
			break
		}
		most++
	}
	// The name's words joined in a buffer on the stack: a map read by
	// string(key) makes no string.
	var buf [64]byte
	for n := most; n > 0; n-- {
		key := buf[:0]
		for k := range n {
			if k > 0 {
				key = append(key, ' ')
			}
			key = append(key, words[i+k].lower...)
		}
		if c, ok := countries[string(key)]; ok {
			// "US" and "UK" only in capitals: "us" is a pronoun.
			if n == 1 && len(words[i].text) <= 3 && strings.ToUpper(words[i].text) != words[i].text {
				continue
			}
			return c, n
		}
	}
	return "", 0
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

var (
	orgJoiners = nameSet("of", "and", "&", "for", "de", "du")
	// bodyNouns head the names of public bodies whose remit may be a list.
	bodyNouns   = nameSet("ministry", "department", "minister", "secretariat", "commission", "agency")
	notOrgStart = nameSet("the", "a", "an", "this", "that", "its", "their", "our", "in", "on", "at", "for", "with", "by",
		"from", "to", "and", "but", "after", "before", "as", "when", "while", "under", "since", "according", "meanwhile",
		"last", "next", "earlier", "later", "both", "each", "every", "if", "so", "also", "how", "what", "why", "shares",
		"despite", "amid", "during", "although", "though", "because", "unlike",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	orgNouns = nameSet("bank", "bancorp", "banking", "group", "holdings", "holding", "capital", "partners", "ventures",
		"fund", "investments", "investment", "authority", "agency", "ministry", "department", "council", "commission",
		"corporation", "corp", "inc", "ltd", "plc", "llc", "ag", "se", "sa", "gmbh", "technologies", "technology",
		"systems", "labs", "networks", "telecom", "telecommunications", "airlines", "airways", "motors", "insurance",
		"trust", "foundation", "university", "institute", "hospital", "hospitals", "government", "administration",
		"bureau", "office", "service", "services", "exchange", "energy", "industries", "semiconductor",
		"pharmaceuticals", "health", "healthcare", "financial", "securities", "asset", "management", "communications",
		"solutions", "software", "electronics", "robotics",
		// schools, colleges and utilities buy seats too
		"schools", "school", "college", "academy", "district", "mutual", "retail", "water", "foods",
		"logistics", "shipping", "engineering", "pharma", "police", "society",
		// the legal forms of the Gulf, Russia, south-east Asia and the
		// Nordics end a company's name as "Ltd" does
		"pjsc", "jsc", "tbk", "bhd", "berhad", "oyj", "asa", "pte", "pty", "limited")
	// notShortForms are bracketed capitals that abbreviate things other
	// than organisations.
	notShortForms = nameSet("ai", "arr", "gpu", "gpus", "cpu", "tpu", "tpus", "ceo", "cfo", "cto", "ipo", "ip", "it",
		"hr", "us", "usd", "eur", "gbp", "jpy", "inr", "aud", "cad", "gdp", "capex", "opex", "rpo", "tcv", "acv",
		"saas", "paas", "iaas", "crm", "erp", "api", "llm", "llms", "ml", "mw", "gw", "kw", "tb", "pb", "eu", "uk",
		"q1", "q2", "q3", "q4", "h1", "h2", "fy", "yoy", "ebitda", "eps", "esg", "r&d", "ar", "vr", "iot")
	// countries maps the names of countries, lower case, to the name used
	// for them as parties.
	countries = func() map[string]string {
		m := map[string]string{}
		for _, line := range strings.Split(countryNames, "\n") {
			names := strings.Split(line, "|")
			for _, n := range names {
				if n = strings.TrimSpace(n); n != "" {
					m[strings.ToLower(n)] = strings.TrimSpace(names[0])
				}
			}
		}
		return m
	}()
	// countryFirsts holds the first word of each of countries' names.
	countryFirsts = func() map[string]bool {
		m := map[string]bool{}
		for name := range countries {
			first, _, _ := strings.Cut(name, " ")
			m[first] = true
		}
		return m
	}()
)

// countryNames lists countries, one a line: the name used for it, then the
// other names the press gives it.
const countryNames = `United States|US|USA|U S|America
United Kingdom|UK|Britain|Great Britain
United Arab Emirates|UAE
Saudi Arabia|KSA
Qatar
Kuwait
Bahrain
Oman
Israel
Turkey|Türkiye
Egypt
Morocco
Nigeria
Kenya
South Africa
India
Pakistan
Bangladesh
Sri Lanka
China|PRC
Hong Kong
Taiwan
Japan
South Korea|Korea
Singapore
Malaysia
Indonesia
Thailand
Vietnam
Philippines
Australia
New Zealand
Canada
Mexico
Brazil
Argentina
Chile
Colombia
Peru
Germany
France
Italy
Spain
Portugal
Netherlands|Holland
Belgium
Luxembourg
Ireland
Switzerland
Austria
Denmark
Sweden
Norway
Finland
Iceland
Poland
Czech Republic|Czechia
Hungary
Romania
Greece
Ukraine
Russia
Kazakhstan
Uzbekistan`

// nameSet makes a set of words; this file keeps its own word lists, apart
// from the extractor's.
func nameSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// placeNamed reports whether name is a place the extractor knows, or places
// joined by "and": research firms write a market's region with its short
// form ("the Middle East and Africa (MEA)", "Asia Pacific (APAC)"), and a
// question naming that region must not be read as naming an organisation.
func (e *Extractor) placeNamed(name string) bool {
	for part := range strings.SplitSeq(name, " and ") {
		if _, ok := e.regions[strings.TrimSuffix(part, ",")]; !ok {
			return false
		}
	}
	return true
}
