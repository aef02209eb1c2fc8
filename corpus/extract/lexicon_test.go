package extract

import (
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestLexiconRejects checks that a word list a rule could never match,
// or that would read a figure two ways, is refused with a message naming
// the word.
func TestLexiconRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(Lexicon)
		want   string
	}{
		{"two tokens", func(l Lexicon) { l["strong-deal"] = append(l["strong-deal"], "tie-up") }, `"tie-up" in strong-deal is not one word token`},
		{"apostrophe", func(l Lexicon) { l["pronouns"] = append(l["pronouns"], "it's") }, `"it's" in pronouns is not one word token`},
		{"upper case", func(l Lexicon) { l["revenue"] = append(l["revenue"], "Sales") }, `"Sales" in revenue is not lower case`},
		{"repeated", func(l Lexicon) { l["revenue"] = append(l["revenue"], "revenue") }, `"revenue" is twice in revenue`},
		{"opposite lists", func(l Lexicon) { l["revenue"] = append(l["revenue"], "acquisition") }, `"acquisition" is in both strong-deal and revenue`},
		{"unknown list", func(l Lexicon) { l["deal-words"] = []string{"deal"} }, `no rule reads a list called "deal-words"`},
		{"missing list", func(l Lexicon) { delete(l, "stock") }, `list stock is missing`},
		{"mark list, two tokens", func(l Lexicon) { l["round-lead-verbs"] = append(l["round-lead-verbs"], "co-led") }, `"co-led" in round-lead-verbs is not one word token`},
		{"mark list repeated", func(l Lexicon) { l["hold-verbs"] = append(l["hold-verbs"], "held") }, `"held" is twice in hold-verbs`},
		{"mark list missing", func(l Lexicon) { delete(l, "org-cues") }, `list org-cues is missing`},
		{"site noun, two tokens", func(l Lexicon) { l["site-nouns"] = append(l["site-nouns"], "data-centre") }, `"data-centre" in site-nouns is not one word token`},
		{"two franc zones", func(l Lexicon) { l["cfa-west-words"] = append(l["cfa-west-words"], "gabon") }, `"gabon" is in both cfa-central-words and cfa-west-words`},
		{"cfa word, two tokens", func(l Lexicon) { l["cfa-central-words"] = append(l["cfa-central-words"], "n'djamena") }, `"n'djamena" in cfa-central-words is not one word token`},
		{"pay verb, upper case", func(l Lexicon) { l["pay-verbs"] = append(l["pay-verbs"], "Paid") }, `"Paid" in pay-verbs is not lower case`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lex := DefaultLexicon()
			tt.change(lex)
			_, err := newLexicon(lex)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %s", err, tt.want)
			}
			k := DefaultKnowledge()
			k.Lexicon = lex
			if _, err := NewWith(k); err == nil {
				t.Error("NewWith accepted the lexicon")
			}
		})
	}
	if _, err := newLexicon(DefaultLexicon()); err != nil {
		t.Errorf("the built-in lexicon: %v", err)
	}
}

// TestExtractorKnowsCompaniesPassedIn checks that the company list is the
// extractor's, not the package's: a company added to one extractor is
// unknown to the default one.
func TestExtractorKnowsCompaniesPassedIn(t *testing.T) {
	// No role in the sentence names them: only a company list can.
	a := corpus.Article{ID: "x", Body: "Contoso and Fabrikam: 30% and 20% of the cloud market, respectively."}
	if got := New().Extract(a); len(got) != 0 {
		t.Fatalf("the default extractor knows made-up companies: %s", describeFull(got))
	}
	got := classExtractor(t).Extract(a)
	if len(got) != 2 || got[0].Companies[0] != "Contoso" || got[1].Companies[0] != "Fabrikam" || got[0].Rule != "percent-share-list" {
		t.Errorf("want Contoso's and Fabrikam's shares by percent-share-list, got %s", describeFull(got))
	}
}

// TestListSetHoldsEveryList checks that each list of the lexicon and each
// bit past them has a place of its own in a listSet, however many there
// are, and that the lexicon gives every list its words.
func TestListSetHoldsEveryList(t *testing.T) {
	named := map[wordList]string{}
	for _, l := range defaultLexicon() {
		if prev, ok := named[l.list]; ok {
			t.Errorf("lists %s and %s have the same number %d", prev, l.name, l.list)
		}
		named[l.list] = l.name
	}
	for l := range numWordLists {
		if named[l] == "" {
			t.Errorf("list number %d has no words in defaultLexicon", l)
		}
	}
	for l := range numWordLists {
		var s listSet
		s.add(l)
		for m := range numWordLists {
			if s.has(m) != (m == l) {
				t.Fatalf("a set holding only %s (bit %d of %d) says it holds %d: %v", listName(l), l, numWordLists, m, s.has(m))
			}
		}
		var all listSet
		all.addAll(s)
		if !all.has(l) {
			t.Fatalf("adding a set holding %s loses it", listName(l))
		}
	}
}

// TestMarkListsHaveOwnBits checks that each list read as a mark has a
// mark of its own, one bit that no other list and no name matcher uses,
// and that the lexicon gives each of its words that mark: a list sharing
// a bit with another would be read as both.
func TestMarkListsHaveOwnBits(t *testing.T) {
	x, err := newLexicon(DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	used := map[wordMark]string{startsCompany: "company names", startsName: "place, product and research firm names"}
	for _, l := range defaultMarkLists() {
		if l.mark == 0 || l.mark&(l.mark-1) != 0 {
			t.Errorf("list %s has mark %b, not one bit", l.name, l.mark)
		}
		if prev, ok := used[l.mark]; ok {
			t.Errorf("lists %s and %s have the same mark %b", prev, l.name, l.mark)
		}
		used[l.mark] = l.name
		if len(l.words) == 0 {
			t.Errorf("list %s has no words", l.name)
		}
		for _, w := range l.words {
			if x.words[w].marks&l.mark == 0 {
				t.Errorf("%q of %s lacks the list's mark", w, l.name)
			}
		}
	}
}

// TestLookupListsAnswerForTheirWords checks that each list read by looking
// words up gives its words, and only those, to the rules that ask, and
// that token list sets stay one word.
func TestLookupListsAnswerForTheirWords(t *testing.T) {
	x, err := newLexicon(DefaultLexicon())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[lookupList]bool{}
	for _, l := range defaultLookupLists() {
		seen[l.list] = true
		if len(l.words) == 0 {
			t.Errorf("lookup list %s has no words", l.name)
		}
		for _, w := range l.words {
			if !x.in(l.list, w) {
				t.Errorf("%q of %s is not found in it", w, l.name)
			}
		}
		if x.in(l.list, "contoso") {
			t.Errorf("%s answers for a word it does not hold", l.name)
		}
	}
	for l := range numLookupLists {
		if !seen[l] {
			t.Errorf("lookup list number %d has no words in defaultLookupLists", l)
		}
	}
	if numLookupLists > 64 {
		t.Errorf("%d lookup lists; a word's lookups hold 64", numLookupLists)
	}
	if n := len(listSet{}); n != 1 {
		t.Errorf("a token's list set is %d words; a list read at few places belongs in defaultLookupLists", n)
	}
}
