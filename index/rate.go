package index

import "github.com/dealbot/dealbot/corpus"

// A figure may be an amount per period ("$400 million a year", "$920
// million per month") rather than the whole of a deal ("worth roughly $30
// billion over its term"). A question asks for one or the other: "how much
// does snap pay google each year" for the rate, "what is the contract worth
// in total" for the whole.

// rateLeads are the words before a period that make an amount one per
// period: "a year", "per month", "each quarter".
var rateLeads = setOf("a an per each every")

// ratePeriods name the period a rate is per, as rateLeads' next word.
var ratePeriods = map[string]string{"year": "year", "annum": "year", "month": "month", "quarter": "quarter"}

// rateWords name a rate's period in one word: "annually", "a monthly fee".
var rateWords = map[string]string{
	"annually": "year", "yearly": "year", "annual": "year",
	"monthly": "month", "quarterly": "quarter",
}

// askedRate returns the period a question asks an amount per ("year" for
// "how much does snap pay google each year"), or "" when it asks for none.
// It reads the question's tokens before stop words are dropped, as "a year"
// is spelled with one.
func askedRate(tokens []string) string {
	for i, t := range tokens {
		if p, ok := rateWords[t]; ok {
			return p
		}
		// "a year ago" says when, not how often.
		if rateLeads[t] && i+1 < len(tokens) && (i+2 >= len(tokens) || tokens[i+2] != "ago") {
			if p, ok := ratePeriods[tokens[i+1]]; ok {
				return p
			}
		}
	}
	return ""
}

// rateOf returns the period a figure is an amount per, as its sentence
// says next to it ("$400 million a year", "an annual $2 billion"), or ""
// when the figure is not a rate or its sentence does not hold it.
func rateOf(sentence, figure string) string {
	if figure == "" {
		return ""
	}
	at := findFigure(sentence, figure)
	if at < 0 {
		return ""
	}
	after := clauseWords(sentence[at+len(figure):], false)
	if len(after) > 0 {
		if p, ok := rateWords[after[0]]; ok && after[0] != "annual" {
			return p
		}
		if len(after) > 1 && rateLeads[after[0]] {
			if p, ok := ratePeriods[after[1]]; ok {
				return p
			}
		}
	}
	if before := clauseWords(sentence[:at], true); len(before) > 0 {
		if p, ok := rateWords[before[len(before)-1]]; ok {
			return p
		}
	}
	return ""
}

// measureOf grades how well f is the measure q asks for. Of a question
// asking an amount per period, a rate per that period is the answer. Of
// one asking for a total (total says so), a running total is, then the
// whole of a deal before an amount per period ("$920 million a month"
// is not what the contract is worth in total). Of any other question every
// figure grades alike.
func measureOf(q Question, total bool, f corpus.Fact) int {
	if q.rate == "" && !total {
		return 0
	}
	rate := rateOf(f.Sentence, f.Text)
	switch {
	case q.rate != "":
		if rate == q.rate {
			return 1
		}
		return 0
	case f.Total:
		return 2
	case rate == "":
		return 1
	}
	return 0
}
