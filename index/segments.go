package index

import (
	"slices"
	"strings"

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
// or "": the segment word right after the figure in its clause ("27% of
// desktop units", "3.3% on tablets"), else the last one before it in its
// stretch of the sentence ("In desktop chips, its share rose to 36%";
// "Jio's broadband share was 55.9 per cent, Airtel's 22.9 per cent"). A
// stretch ends at a semicolon or at "while", "whereas" or "but", which set
// another segment beside it ("..., while its mobile share climbed").
func segmentOf(sentence, figure string) string {
	at := findFigure(sentence, figure)
	if at < 0 {
		return ""
	}
	for _, t := range tokenize(clauseText(sentence[at+len(figure):])) {
		if isDigitByte(t[0]) {
			break
		}
		if isSegment(t) {
			return t
		}
	}
	before := sentence[:at]
	if i := strings.LastIndexByte(before, ';'); i >= 0 {
		before = before[i+1:]
	}
	toks := tokenize(before)
	for i := len(toks) - 1; i >= 0; i-- {
		if stretchEnds[toks[i]] {
			break
		}
		if isSegment(toks[i]) {
			return toks[i]
		}
	}
	return ""
}

// stretchEnds are the words that set one figure's segment against
// another's in a sentence.
var stretchEnds = setOf("while whereas but")

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
