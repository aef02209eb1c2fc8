package extract

import (
	"fmt"
	"slices"
)

// MarketLeaders names the companies that lead a market in every research
// firm's ranking, so that a share of "the top three" in a sentence about
// that market is theirs even when the article names no shares to rank
// them by.
type MarketLeaders struct {
	// Market is the word or words that name the market in a sentence, in
	// lower case: "cloud".
	Market string
	// Leaders are the leaders' canonical company names, largest first. A
	// group of exactly this many ("the top three") is read as them; a
	// group of another size is left unnamed, as the table does not say
	// who it is.
	Leaders []string
}

// DefaultMarketLeaders returns the markets whose leaders the extractor
// knows.
func DefaultMarketLeaders() []MarketLeaders {
	return []MarketLeaders{
		// Synergy Research Group and Canalys rank these three first in
		// cloud infrastructure services. Gartner's IaaS ranking has put
		// Alibaba third, but its reports name their leaders' shares, which
		// come before this table.
		{Market: "cloud", Leaders: []string{"Amazon", "Microsoft", "Google"}},
		// "The big three hyperscalers control two-thirds of the market":
		// the word is cloud reporting's own for the same three, and a
		// sentence that uses it need not say "cloud".
		{Market: "hyperscalers", Leaders: []string{"Amazon", "Microsoft", "Google"}},
		// Memory and PC trackers (TrendForce, IDC, Gartner) have ranked
		// the same three first for a decade. Radio access is left out:
		// its leaders outside China are not those worldwide.
		{Market: "dram", Leaders: []string{"Samsung", "SK hynix", "Micron"}},
		{Market: "pc", Leaders: []string{"Lenovo", "HP", "Dell"}},
	}
}

// marketLeaders is a MarketLeaders row ready to match: its market split
// into lower-case word tokens.
type marketLeaders struct {
	market  []string
	leaders []string
}

// checkMarketLeaders checks the table against the companies the extractor
// knows and prepares it. A market must be one or more words as the
// tokenizer splits text, in lower case, or it could never match; a row
// needs two leaders or more, each a company's canonical name, so that a
// misspelt name is caught here rather than credited with a share.
func checkMarketLeaders(rows []MarketLeaders, companies []Company) ([]marketLeaders, error) {
	known := map[string]bool{}
	for _, c := range companies {
		known[c.Name] = true
	}
	var out []marketLeaders
	for i, r := range rows {
		var words []string
		for _, t := range tokenize(r.Market) {
			if t.kind == tokSym || t.lower != t.text {
				return nil, fmt.Errorf("market leaders %d of %d: market %q must be lower-case words, as text is matched lower-cased", i+1, len(rows), r.Market)
			}
			words = append(words, t.lower)
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("market leaders %d of %d: no market named", i+1, len(rows))
		}
		if len(r.Leaders) < 2 {
			return nil, fmt.Errorf("market leaders of %q: name two leaders or more, as a group of one is no group", r.Market)
		}
		for _, name := range r.Leaders {
			if !known[name] {
				return nil, fmt.Errorf("market leaders of %q: %q is no company's canonical name; add it to the companies or use the name they give", r.Market, name)
			}
		}
		out = append(out, marketLeaders{market: words, leaders: slices.Clone(r.Leaders)})
	}
	return out, nil
}

// leadersOf returns the n leaders of the market the sentence is about,
// from the first row that names it and has n leaders; nil when none does.
func leadersOf(rows []marketLeaders, sentence string, n int) []string {
	var words []string
	for _, r := range rows {
		if len(r.leaders) != n {
			continue
		}
		if words == nil {
			for _, t := range tokenize(sentence) {
				words = append(words, t.lower)
			}
		}
		for i := 0; i+len(r.market) <= len(words); i++ {
			if slices.Equal(words[i:i+len(r.market)], r.market) {
				return r.leaders
			}
		}
	}
	return nil
}
