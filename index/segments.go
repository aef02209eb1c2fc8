package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// segmentWords name the segments a market is split into when a share is
// given for one of them ("AMD's desktop share", "Jio's broadband market
// share", "Chrome leads on mobile"): a question naming one asks for that
// segment's share, and one naming none asks for the whole market's.
var segmentWords = setOf("desktop notebook laptop mobile server tablet broadband wireless wireline")

// segmentsAsked returns the segment words among a question's steering
// words ("desktop" of "amd desktop cpu share").
func segmentsAsked(steering []string) []string {
	var out []string
	for _, w := range steering {
		if isSegment(w) {
			out = append(out, w)
		}
	}
	return out
}

// isSegment reports a segment word, in the singular or the plural.
func isSegment(t string) bool {
	return segmentWords[t] || strings.HasSuffix(t, "s") && segmentWords[t[:len(t)-1]]
}

// segmentOf returns the segment a share's sentence gives its figure for,
// or "". After the figure, only a phrase of its own clause that the
// segment ends counts: "of", "on", "in" or "for", an article and a word
// maybe, then the segment ("27% of desktop units", "3.3% on tablets",
// "a 19.8% share of notebook processors"); "33.5 per cent in March as
// mobile data use grew" gives none. Before it, in its stretch of the
// sentence, the segment must head the share ("Jio's broadband share was
// 55.9 per cent", "its desktop market share") or close a phrase opened by
// "in", "on" or "across" ("On the desktop, ... 27.1%", "In desktop chips,
// its share rose to 36%", "leads on mobile"); "Contoso, the server
// maker, holds 30%" gives none. A stretch ends at a semicolon or at
// "while", "whereas", "but", "as" or "after", which set another segment
// or another matter beside it ("..., while its mobile share climbed").
// A segment word inside a hyphenated word or a name ("T-Mobile") is
// none.
func segmentOf(sentence, figure string) string {
	if !mentionsSegment(sentence) {
		// Most shares' sentences name no segment: a plain search is
		// far cheaper than splitting the sentence into words.
		return ""
	}
	at := findFigure(sentence, figure)
	if at < 0 {
		return ""
	}
	toks := segmentTokens(sentence)
	figEnd := at + len(figure)
	clauseEnd := figEnd + len(clauseText(sentence[figEnd:]))
	var after, before []segmentToken
	for _, t := range toks {
		switch {
		case t.from >= figEnd && t.to <= clauseEnd:
			after = append(after, t)
		case t.to <= at:
			before = append(before, t)
		}
	}
	if seg := segmentAfter(after); seg != "" {
		return seg
	}
	if i := strings.LastIndexByte(sentence[:at], ';'); i >= 0 {
		before = slices.DeleteFunc(before, func(t segmentToken) bool { return t.from < i })
	}
	for i := len(before) - 1; i >= 0; i-- {
		if stretchEnds[before[i].word] {
			before = before[i+1:]
			break
		}
	}
	for i := len(before) - 1; i >= 0; i-- {
		if before[i].usableSegment() && (headsShare(before[i+1:]) || closesPhrase(before[:i])) {
			return before[i].word
		}
	}
	return ""
}

// mentionsSegment reports a sentence holding a segment word anywhere,
// even inside another word, so that no sentence it rejects could name one.
func mentionsSegment(sentence string) bool {
	lower := strings.ToLower(sentence)
	for w := range segmentWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// segmentToken is a word of a share's sentence, where it stands in it,
// and whether it is part of a hyphenated word or a name.
type segmentToken struct {
	word     string
	from, to int
	named    bool
}

// usableSegment reports a segment word that stands on its own: not part
// of "T-Mobile" or of a capitalised name past the sentence's first word.
func (t segmentToken) usableSegment() bool { return !t.named && isSegment(t.word) }

// segmentTokens splits a sentence into its lower-cased words as tokenize
// does, marking each joined by a hyphen to another word ("t-mobile") or
// capitalised past the sentence's first word ("Vodafone Mobile").
func segmentTokens(sentence string) []segmentToken {
	var out []segmentToken
	isWordRune := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	isHyphen := func(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }
	from := -1
	var prev, prev2 rune // the two runes before the current word
	flush := func(to int, next rune) {
		w := sentence[from:to]
		first, _ := utf8.DecodeRuneInString(w)
		t := segmentToken{word: strings.ToLower(w), from: from, to: to}
		joined := isHyphen(next) || isHyphen(prev) && isWordRune(prev2)
		t.named = joined || unicode.IsUpper(first) && len(out) > 0
		out = append(out, t)
		from = -1
	}
	var last, last2 rune
	for i, r := range sentence {
		if isWordRune(r) {
			if from < 0 {
				from, prev, prev2 = i, last, last2
			}
		} else if from >= 0 {
			next := r
			if isHyphen(r) {
				nr, _ := utf8.DecodeRuneInString(sentence[i+utf8.RuneLen(r):])
				if !isWordRune(nr) {
					next = 0
				}
			}
			flush(i, next)
		}
		last, last2 = r, last
	}
	if from >= 0 {
		flush(len(sentence), 0)
	}
	return out
}

// segmentAfter returns the segment the words of a figure's clause after
// it give it for: "of", "on", "in" or "for", maybe an article, maybe one
// word more ("global"), then the segment ("of the global desktop
// market"), past the words naming the figure ("per cent", "market
// share").
func segmentAfter(toks []segmentToken) string {
	for len(toks) > 0 && figureWords[toks[0].word] {
		toks = toks[1:]
	}
	if len(toks) == 0 || !segmentPrepositions[toks[0].word] {
		return ""
	}
	toks = toks[1:]
	if len(toks) > 0 && segmentArticles[toks[0].word] {
		toks = toks[1:]
	}
	for i := 0; i < 2 && i < len(toks); i++ {
		t := toks[i]
		if t.usableSegment() {
			return t.word
		}
		if stretchEnds[t.word] || segmentBreaks[t.word] || isDigitByte(t.word[0]) {
			break
		}
	}
	return ""
}

// headsShare reports the words after a segment word saying it is the
// share's ("desktop share", "broadband market share").
func headsShare(next []segmentToken) bool {
	for len(next) > 0 && (next[0].word == "market" || next[0].word == "unit" || next[0].word == "revenue") {
		next = next[1:]
	}
	return len(next) > 0 && (next[0].word == "share" || next[0].word == "shares")
}

// closesPhrase reports the words before a segment word opening a phrase
// it closes: "in", "on" or "across", maybe an article, maybe a word more
// ("On the desktop", "in desktop", "across the mobile").
func closesPhrase(prev []segmentToken) bool {
	for back := 1; back <= 3 && back <= len(prev); back++ {
		w := prev[len(prev)-back].word
		if segmentOpeners[w] {
			return true
		}
		if back > 1 && !segmentArticles[w] || stretchEnds[w] || segmentBreaks[w] || isDigitByte(w[0]) {
			return false
		}
	}
	return false
}

var (
	// stretchEnds are the words that set one figure's segment against
	// another's, or against another matter, in a sentence.
	stretchEnds = setOf("while whereas but as after")
	// segmentBreaks are words no phrase naming a segment runs across.
	segmentBreaks = setOf("and or with by to from")
	// figureWords name the figure right after it ("per cent", "market
	// share").
	figureWords = setOf("per cent percent market unit revenue share shares stake")
	// segmentPrepositions open the phrase after a figure that names its
	// segment; segmentOpeners the one before it.
	segmentPrepositions = setOf("of on in for")
	segmentOpeners      = setOf("in on across")
	segmentArticles     = setOf("the a an all its their")
)

// segmentFit grades a market share by the segment its sentence gives it
// for against the segments a question asks for: 1 when it is one of
// them, -1 when it is another, or a segment at all when the question asks
// for none (see wholeOnly), 0 when the sentence names no segment.
func segmentFit(asked []string, sentence, figure string) int {
	seg := segmentOf(sentence, figure)
	switch {
	case seg == "":
		return 0
	case slices.ContainsFunc(asked, func(w string) bool { return sameWord(seg, w) }):
		return 1
	}
	return -1
}

// wholeOnly keeps a segment's share below the whole market's, for a
// question naming no segment, only where the share's own article gives
// the company's share of the whole too: "vodafone idea share" asks for
// the 25.7% of an article that also gives its 16.5% of broadband, but an
// article giving only a segment's share answers as a newer report would.
func wholeOnly(ranked []rankedFact) {
	if !slices.ContainsFunc(ranked, func(r rankedFact) bool { return r.segment < 0 }) {
		return
	}
	type holder struct{ article, companies string }
	whole := map[holder]bool{}
	key := func(r rankedFact) holder { return holder{r.ArticleID, strings.Join(r.Companies, "|")} }
	for _, r := range ranked {
		if r.Kind == corpus.MarketShare && r.segment == 0 {
			whole[key(r)] = true
		}
	}
	for i := range ranked {
		if ranked[i].segment < 0 && !whole[key(ranked[i])] {
			ranked[i].segment = 0
		}
	}
}
