package corpus

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	e := NewExtractor()
	a := Article{ID: "x", Body: text}
	sents := e.analyse(a)
	for _, s := range sents {
		ctx := mentionNames(s.companies)
		if len(ctx) == 0 {
			ctx = []string{"CoreWeave"}
		}
		x := extractor{s: s, e: e, lex: e.lex, rules: e.rules, context: ctx}
		x.listed = x.shareCompanies()
		x.groups = x.shareGroups()
		fmt.Println("S:", s.text)
		for qi, q := range s.qty {
			name := "-"
			for _, r := range x.rules {
				if r.on == q.kind && r.match(&x, qi, q) {
					name = r.name
					break
				}
			}
			fmt.Printf("  %q kind=%d rule=%s\n", s.text[s.toks[q.start].start:s.toks[q.end-1].end], q.kind, name)
		}
	}
}

func TestZZDbg2(t *testing.T) {
	e := NewExtractor()
	s := e.analyse(Article{Body: "The expected price is between $47.00 and $55.00 a share, which would raise approximately $2.2 billion to $2.7 billion."})[0]
	x := extractor{s: s, e: e, lex: e.lex, rules: e.rules, context: []string{"CoreWeave"}}
	q := s.qty[1]
	tr, at := x.triggerNear(q)
	fmt.Println(tr, at, x.isOtherMoney(1, q), x.isRevenue(1, q), x.isPrice(1, q), x.isCommitment(1, q))
}

func TestZZDbg3(t *testing.T) {
	fmt.Println(periodIn(tokenize("in the second half of 2020, behind Salesforce with"), when{}))
	fmt.Println(lastPeriodIn(tokenize("in the second half of 2020, behind Salesforce with"), when{}))
}

func TestZZDbg4(t *testing.T) {
	e := NewExtractor()
	for _, s := range e.analyse(Article{Body: "Microsoft signed a $9.7 billion cloud services agreement with data center operator IREN. IREN shares jumped about 18% after the news."}) {
		fmt.Println(s.companies, s.found)
	}
}

func TestZZDbg5(t *testing.T) {
	e := NewExtractor()
	for _, s := range e.analyse(Article{Body: "Fabrikam won a £300m contract from the Home Office."}) {
		fmt.Println(s.companies, s.found, s.places)
	}
}
