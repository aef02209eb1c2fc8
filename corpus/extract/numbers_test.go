package extract

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestQuantitiesMoney reads the money notations news uses: signs and codes
// before or after the amount, currency names, scale words, amounts in
// words and conversions in brackets.
func TestQuantitiesMoney(t *testing.T) {
	cases := []struct {
		text string
		want string // each money amount as value unit [conv value unit], joined by "; "
	}{
		{"a $1.2tn contract", "1.2e+12 USD"},
		{"US$38 billion over seven years", "3.8e+10 USD"},
		{"an A$2bn (US$1.3bn) contract", "2e+09 AUD [1.3e+09 USD]"},
		{"C$240m ($169.45m) for the centre", "2.4e+08 CAD [1.6945e+08 USD]"},
		{"R$1.5 billion in Brazil", "1.5e+09 BRL"},
		{"₹1,200 crore over three years", "1.2e+10 INR"},
		{"₹3 lakh crore", "3e+12 INR"},
		{"Rs 50 lakh", "5e+06 INR"},
		// A decimal times its scale is a whole amount, not a float's
		// nearest neighbour (229999.99999999997).
		{"Rs 2.3 lakh", "230000 INR"},
		{"a $32.3k pilot", "32300 USD"},
		{"between $16.1 thousand and $20 thousand", "16100 USD"},
		{"¥2.26 trillion", "2.26e+12 JPY"},
		{"2.26 trillion yen", "2.26e+12 JPY"},
		{"5 trillion won ($3.6 billion)", "5e+12 KRW [3.6e+09 USD]"},
		{"USD 4 billion", "4e+09 USD"},
		{"4 billion EUR", "4e+09 EUR"},
		{"two billion euros", "2e+09 EUR"},
		{"a one-billion-euro fund", "1e+09 EUR"},
		{"5.5 billion euros ($6.4 billion)", "5.5e+09 EUR [6.4e+09 USD]"},
		{"52 billion pesos ($3.04 billion) since 2015", "5.2e+10 MXN [3.04e+09 USD]"},
		{"$3.04 billion (52 billion pesos) since 2015", "3.04e+09 USD [5.2e+10 MXN]"},
		{"an initial NIS 4 billion", "4e+09 ILS"},
		{"4 billion NIS", "4e+09 ILS"},
		{"₪1.2 billion", "1.2e+09 ILS"},
		{"3 billion shekels", "3e+09 ILS"},
		{"₱5 billion", "5e+09 PHP"},
		{"8 billion Norwegian kroner", "8e+09 NOK"},
		{"700 million Kenyan shillings", "7e+08 KES"},
		{"12 billion Egyptian pounds", "1.2e+10 EGP"},
		{"50 trillion dong", "5e+13 VND"},
		{"20 Dong Energy sites", ""},
		{"in 2019 won", ""},
		{"Rs 1,00,000 crore", "1e+12 INR"},
		{"₹12,34,567", "1.234567e+06 INR"},
		{"in 2019,20 firms", ""},
		{"SG$870 million ($623.56 million)", "8.7e+08 SGD [6.2356e+08 USD]"},
		{"up to $US5 billion ($8 billion)", "5e+09 USD [8e+09 USD]"},
		{"$A2bn", "2e+09 AUD"},
		{"$8 billion (US$5 billion)", "8e+09 USD [5e+09 USD]"},
		{"$8 billion ($5 billion)", "8e+09 USD; 5e+09 USD"},
		{"around A$7 billion, roughly US$4.6 billion.", "7e+09 AUD [4.6e+09 USD]"},
		{"€2bn, or $2.2bn, over five years", "2e+09 EUR [2.2e+09 USD]"},
		{"$1 billion for 20 MW, which is about 10.3 billion kroner at today's exchange rate", "1e+09 USD [1.03e+10 NOK]"},
		{"$5bn, about €4.6bn of it in France", "5e+09 USD; 4.6e+09 EUR"},
		{"$5bn, and Contoso €3bn.", "5e+09 USD; 3e+09 EUR"},
		{"$5bn, €3bn and £2bn", "5e+09 USD; 3e+09 EUR; 2e+09 GBP"},
		{"investments of 30 to 50 billion euros", "3e+10 EUR"},
		{"approximately one billion euros", "1e+09 EUR"},
		{"₩2.5 trillion (around $1.8 billion)", "2.5e+12 KRW [1.8e+09 USD]"},
		{"CA$70 billion (US$50.6bn)", "7e+10 CAD [5.06e+10 USD]"},
		{"a $15-billion vision", "1.5e+10 USD"},
		{"2.5tn won", "2.5e+12 KRW"},
		{"JPY 10bn", "1e+10 JPY"},
		{"10 billion yen ($68 million)", "1e+10 JPY [6.8e+07 USD]"},
		{"JPY 10 billion (then $68 million)", "1e+10 JPY [6.8e+07 USD]"},
		{"€4bn (or about $4.4bn)", "4e+09 EUR [4.4e+09 USD]"},
		{"US $5 billion (A$7.6 billion)", "5e+09 USD [7.6e+09 AUD]"},
		{"Rs 500 cr", "5e+09 INR"},
		{"₹1,200 crores", "1.2e+10 INR"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			if got := describeMoney(quantitiesIn(c.text)); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestQuantitiesGroupedThousands reads thousands grouped by dots, spaces
// and apostrophes as Europe writes them, and leaves English decimals of
// three places, web addresses and two numbers side by side alone.
func TestQuantitiesGroupedThousands(t *testing.T) {
	cases := []struct {
		text string
		want string // each quantity's value, joined by "; "
	}{
		{"to 12.000 employees", "12000"},
		{"a €1.500 million contract", "1.5e+09"},
		{"a €1.500-million contract", "1.5e+09"},
		{"EUR 2.500 Mio. for the site", "2.5e+09"},
		{"some 1.200.000 users", "1.2e+06"},
		{"bought 3 400 licences", "3400"},
		{"gave 25\u00a0000 consultants", "25000"},
		{"gave 25\u202f000 consultants", "25000"},
		{"CHF 1'200 million", "1.2e+09"},
		{"CHF 1’200 million", "1.2e+09"},
		{"covers 8'500 workplaces", "8500"},
		// English decimals of three places stay decimals.
		{"$1.125 billion", "1.125e+09"},
		{"$2.250 billion", "2.25e+09"},
		{"$3.125 million", "3.125e+06"},
		{"a 3.125% note", "3.125"},
		{"at $1.085 per euro", "1.085"},
		{"RMB 0.960 billion", "9.6e+08"},
		// Two numbers, not one.
		{"5 100MW sites", "5; 100"},
		{"20 200-seat deals", "20; 200"},
		{"in 2019 200 firms", "2019; 200"},
		{"see 64.166.146.245/agenda", "64.166; 146.245"},
		// A date written with dots is no number.
		{"bought 900 licences on 12.03.2024", "900"},
		{"from 1.9.2025 on", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var parts []string
			for _, q := range quantitiesIn(c.text) {
				parts = append(parts, fmt.Sprintf("%g", q.value))
			}
			if got := strings.Join(parts, "; "); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func describeMoney(qs []quantity) string {
	var parts []string
	for _, q := range qs {
		if q.kind != qtyMoney {
			continue
		}
		s := fmt.Sprintf("%g %s", q.value, q.unit)
		if q.conv.unit != "" {
			s += fmt.Sprintf(" [%g %s]", q.conv.value, q.conv.unit)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// quantitiesIn reads the quantities of text as extraction does, with the
// built-in lexicon.
func quantitiesIn(text string) []quantity {
	toks := tokenize(text)
	_, _, marks, _ := defaultExtractor.lex.sentenceCues(toks)
	return quantities(toks, marks)
}

// Every number word and every short currency word must be able to start
// a quantity, however it is capitalised.
func TestMayStartQuantityWords(t *testing.T) {
	words := append(slices.Collect(maps.Keys(wordNumbers)), DefaultLexicon()["quantity-starts"]...)
	for _, w := range words {
		for _, text := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			toks := tokenize(text + " 5 billion")
			_, _, marks, _ := defaultExtractor.lex.sentenceCues(toks)
			if !mayStartQuantity(toks, marks, 0) {
				t.Errorf("%q cannot start a quantity", text)
			}
		}
	}
}

func TestWholeNumberReadsAsParseFloatDoes(t *testing.T) {
	for _, text := range []string{"0", "7", "2,500", "1,234,567", "007", "999999999999999"} {
		got, ok := wholeNumber(text)
		want, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", ""), 64)
		if !ok || err != nil || got != want {
			t.Errorf("wholeNumber(%q) = %v, %v; ParseFloat gives %v", text, got, ok, want)
		}
	}
	for _, text := range []string{"", "17.5", ",5", "1e3", "1234567890123456", "12a"} {
		if v, ok := wholeNumber(text); ok {
			t.Errorf("wholeNumber(%q) = %v, want it left to ParseFloat", text, v)
		}
	}
}

// TestQualifierEnds checks that qualifierBefore, which reads the phrases
// only after a word qualifierEnd accepts, misses no phrase's last word.
func TestQualifierEnds(t *testing.T) {
	for _, p := range qualifierPhrases {
		if w := p.words[len(p.words)-1]; !qualifierEnd(w) {
			t.Errorf("qualifierEnd(%q) = false: %q ends %v", w, w, p.words)
		}
	}
}

// TestLocalSignsShape checks that every local currency sign is a
// capitalised word of at most four letters, as currencyPrefix assumes
// before it looks one up.
func TestLocalSignsShape(t *testing.T) {
	for sign := range localSigns {
		toks := tokenize(sign)
		if len(toks) != 1 || len(sign) > 4 || !toks[0].startsUpper() {
			t.Errorf("local sign %q is no capitalised word of at most four letters", sign)
		}
	}
}

// TestLocalSignsTokenized checks that the tokenizer parts every local
// currency sign from an amount glued to it, as currencySignEnd must list
// each of localSigns: "P766 million" is read only once "P" stands alone.
func TestLocalSignsTokenized(t *testing.T) {
	for sign := range localSigns {
		toks := tokenize(sign + "5 billion")
		if len(toks) < 2 || toks[0].text != sign || toks[1].kind != tokNum {
			t.Errorf("%q glued to an amount is not parted from it", sign)
		}
	}
}
