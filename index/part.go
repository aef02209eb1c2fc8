package index

import (
	"slices"
	"strings"
)

// A deal's whole is often set beside its parts: "sells its data centres
// for $736 million. Of the total, $662 million is for three in Chile",
// "spends $25,000, including $1,725 for licences", "$83 million paid out
// as part of the $300 million commitment". A question naming the deal
// asks for the whole; a part answers only a question asking for one
// ("how much of the lease", "what portion"), or one whose words only the
// part's sentence says, which the ranking's earlier keys already weigh.

// partLeads, as the last word before a figure, make it a part of a sum
// the sentence names before it: "including $1,725 for licences".
var partLeads = setOf("including includes included incl")

// partOpeners open a sentence whose figures after its first comma are
// parts of a sum named in the sentence before: "Of the total, $662
// million is for Chile", "Of that, $1,725 would buy licences".
var partOpeners = setOf("of within")

// wholeWords follow a partOpener to point back at the sum: "Of the
// total", "Of that"; "Of course" points at nothing.
var wholeWords = setOf("the that this which it these those its")

// splitWords, before a colon, say the figures after it are the parts a
// sum is split into: "The facilities are split across three tranches:
// $800 million – Term Loan Facility; $400 million – ...". splitNouns say
// it alone; splitVerbs only with a word of splitHow after them ("split
// into", "divided between", "broken down as follows"), as "Analysts were
// divided:" and "talks had broken down in May" split no sum.
var (
	splitNouns = setOf("tranches breakdown")
	splitVerbs = setOf("split divided broken")
	splitHow   = setOf("into across between among as")
)

// partWords in a question ask for a part of a deal: "what portion of the
// lease does google backstop".
var partWords = setOf("part portion slice chunk tranche instalment installment instalments installments")

// asksPart reports whether a question's tokens, stop words kept, ask for
// a part of a deal: a word for one, or "how much of".
func asksPart(tokens []string) bool {
	for i, t := range tokens {
		if partWords[t] || t == "of" && i > 0 && (tokens[i-1] == "much" || tokens[i-1] == "many") {
			return true
		}
	}
	return false
}

// partOf reports a figure its sentence gives as a part of a bigger one:
// after "including" or "of which", after a sentence's opening "Of the
// total," or "Of that,", after a colon a clause saying a sum is split
// ("split across three tranches:"), or before "of the $300 million" or "as part of
// the $300 million". It reads the sentence in place, with no allocation,
// as every candidate deal of a question is checked.
func partOf(sentence, figure string) bool {
	at := findFigure(sentence, figure)
	if at < 0 {
		return false
	}
	// The words before the figure in its clause: "including", "of which".
	var last, prev string
	eachWord(lastClause(sentence[:at]), func(w string, _ int) bool {
		prev, last = last, w
		return true
	})
	if inFold(partLeads, last) || strings.EqualFold(last, "which") && strings.EqualFold(prev, "of") {
		return true
	}
	// "Of the total, $662 million is for Chile and $74 million for Lima":
	// the sentence opens on the whole, the figures after its comma are
	// its parts; the whole itself ("Of the $736 million, ...") is not.
	if comma := strings.IndexByte(sentence[:at], ','); comma > 0 {
		var first, second string
		eachWord(sentence[:comma], func(w string, _ int) bool {
			if first == "" {
				first = w
				return true
			}
			second = w
			return false
		})
		if inFold(partOpeners, first) && inFold(wholeWords, second) && !hasDigit(sentence[:comma]) {
			return true
		}
	}
	// "split across three tranches: $800 million – Term Loan Facility;
	// $400 million – ...": the clause before the colon names the whole
	// the listed figures make up.
	if colon := strings.LastIndexByte(sentence[:at], ':'); colon > 0 {
		split, prev := false, ""
		eachWord(sentence[:colon], func(w string, _ int) bool {
			if strings.EqualFold(w, "down") {
				return true // "broken down as follows"
			}
			split = inFold(splitNouns, w) || inFold(splitVerbs, prev) && (inFold(splitHow, w) || strings.EqualFold(prev, "split") && strings.EqualFold(w, "in"))
			prev = w
			return !split
		})
		if split {
			return true
		}
	}
	// "$1.4 billion of the $2 billion", "$83 million paid out as part of
	// the $300 million commitment": the figure after "of" is the whole.
	after := sentence[at+len(figure):]
	after = after[:len(clauseText(after))]
	seen, of, part := 0, false, false
	last = ""
	eachWord(after, func(w string, end int) bool {
		seen++
		switch {
		case strings.EqualFold(w, "of") && (seen == 1 || strings.EqualFold(last, "part")):
			of = true
			seen = 0
		case of && seen <= 3 && isDigitByte(w[0]) && !isYear(w):
			part = true
			return false
		case of && seen > 3:
			of = false
		}
		last = w
		return true
	})
	return part
}

// lastClause returns what follows the last comma, semicolon, colon or
// bracket of text that is not inside a number ("5,000"): the words before
// a figure in its own clause.
func lastClause(text string) string {
	for i := len(text) - 1; i >= 0; i-- {
		switch c := text[i]; c {
		case ';', ':', '(', ')':
			return text[i+1:]
		case ',':
			if i == 0 || i+1 >= len(text) || !isDigitByte(text[i-1]) || !isDigitByte(text[i+1]) {
				return text[i+1:]
			}
		}
	}
	return text
}

// hasDigit reports whether text holds a digit.
func hasDigit(text string) bool {
	return strings.IndexFunc(text, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
}

// instalment reports a figure its sentence gives as one of two or more
// sums paid in turn: "$50 million in 2025 and $80 million in 2026",
// "£313,865 in the first year, £255,890 in the second". Each is a part of
// the deal, which a question asking no period asks for whole. It reads
// the sentence in place, with no allocation.
func instalment(sentence, figure string) bool {
	at := findFigure(sentence, figure)
	if at < 0 || !dueWhen(sentence[at+len(figure):]) {
		return false
	}
	// Another sum of the sentence said when it is due: a figure's last
	// word (a digit or a magnitude) right before "in".
	n := 0
	var prev string
	eachWord(sentence, func(w string, end int) bool {
		if strings.EqualFold(w, "in") && prev != "" && (isDigitByte(prev[0]) || inFold(magnitudes, prev)) && dueWhen(sentence[end-len(w)-1:]) {
			n++
		}
		prev = w
		return n < 2
	})
	return n >= 2
}

// magnitudes are the words a figure may end on: "$50 million".
var magnitudes = setOf("million billion trillion bn m mn k thousand crore lakh")

// ordinalYears name the year of a deal a sum is due in: "in the second
// year", or "in the second" after the first.
var ordinalYears = setOf("first second third fourth fifth sixth seventh eighth ninth tenth final last")

// dueWhen reports whether text opens with when a sum is due: "in 2026",
// "in the first year", "in the second".
func dueWhen(text string) bool {
	i := 0
	ok := false
	eachWord(text, func(w string, _ int) bool {
		switch i {
		case 0:
			if !strings.EqualFold(w, "in") {
				return false
			}
		case 1:
			if isYear(w) || strings.EqualFold(w, "fiscal") || strings.EqualFold(w, "fy") {
				ok = true
				return false
			}
			if !strings.EqualFold(w, "the") {
				return false
			}
		case 2:
			ok = inFold(ordinalYears, w)
			return false
		}
		i++
		return true
	})
	return ok
}

// partNamed reports a part its sentence says is for a place or a company
// the question names, in the words after the figure up to the next
// figure: of "$662 million is for three data centres in Chile and $74
// million for one in Lima", "equinix entel chile" asks for the $662
// million, and of "Of that, $1,725 would buy Zoom licences", "county
// zoom licensing cost" for the $1,725.
func partNamed(names []string, sentence, figure string) bool {
	if len(names) == 0 {
		return false
	}
	at := findFigure(sentence, figure)
	if at < 0 {
		return false
	}
	after := clauseText(sentence[at+len(figure):])
	eachWord(after, func(w string, end int) bool {
		if isDigitByte(w[0]) {
			after = after[:end-len(w)]
			return false
		}
		return true
	})
	says := func(t string) bool {
		found := false
		eachWord(after, func(w string, _ int) bool {
			found = strings.EqualFold(w, t)
			return !found
		})
		return found
	}
	return slices.ContainsFunc(names, func(p string) bool {
		all, some := true, false
		eachWord(p, func(t string, _ int) bool {
			some, all = true, says(t)
			return all
		})
		return some && all
	})
}

// inFold reports whether w, in lower case, is in set, without the
// allocation strings.ToLower makes of a capitalised word: every candidate
// deal of a question is read.
func inFold(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
