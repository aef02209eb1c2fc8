package corpus

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// currencySymbols are the currencies written with a symbol; others are written
// with their ISO code, as in "CHF 2 billion".
var currencySymbols = map[string]string{
	"USD": "$",
	"EUR": "€",
	"GBP": "£",
	"JPY": "¥",
	"INR": "₹",
	"CNY": "CN¥",
	"KRW": "₩",
}

// FormatValue returns a fact's figure in full words, as a reader would say it, with its
// qualifier: "over $1.2 billion", "€2.5 billion", "1 million seats", "32%",
// "10 years". It falls back to the figure as the article wrote it (Fact.Text)
// when the value or unit cannot be formatted. The result is plain text, not
// escaped for mrkdwn.
func FormatValue(f Fact) string {
	v := f.Value
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || (v == 0 && f.Text != "") {
		return strings.TrimSpace(f.Text)
	}
	var s string
	unit := strings.TrimSpace(f.Unit)
	switch {
	case unit == "percent" || unit == "%":
		s = number(v, 1) + "%"
	case unit == "seats":
		s = scaled(v) + plural(v, " seat", " seats")
	case unit == "years":
		s = number(v, 1) + plural(v, " year", " years")
	case isCurrencyCode(unit):
		if sym, ok := currencySymbols[unit]; ok {
			s = sym + scaled(v)
		} else {
			s = unit + " " + scaled(v)
		}
	case unit == "":
		s = scaled(v)
	default:
		if f.Text != "" {
			return strings.TrimSpace(f.Text)
		}
		s = scaled(v) + " " + unit
	}
	if f.Qualifier != Exact {
		s = string(f.Qualifier) + " " + s
	}
	return s
}

func isCurrencyCode(u string) bool {
	if len(u) != 3 {
		return false
	}
	for _, r := range u {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// scaled writes v with a word for its size: "1.2 billion", "450 million",
// "50,000".
func scaled(v float64) string {
	switch {
	case v >= 1e12:
		return number(v/1e12, 2) + " trillion"
	case v >= 1e9:
		return number(v/1e9, 2) + " billion"
	case v >= 1e6:
		return number(v/1e6, 2) + " million"
	default:
		return grouped(v)
	}
}

// plural picks the unit word for v: one for exactly 1, many otherwise.
func plural(v float64, one, many string) string {
	if v == 1 {
		return one
	}
	return many
}

// number writes v with at most decimals digits after the point and no
// trailing zeros.
func number(v float64, decimals int) string {
	p := math.Pow(10, float64(decimals))
	return strconv.FormatFloat(math.Round(v*p)/p, 'f', -1, 64)
}

// grouped writes v below a million with thousands separators: "50,000",
// "1,234.5".
func grouped(v float64) string {
	s := number(v, 2)
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}

// FormatDate writes a publication date as "Nov 8, 2023"; "" for the zero
// time.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("Jan 2, 2006")
}

// FormatCompact returns a fact's figure the way people scan it in a list:
// "over $1B", "$38B", "$450M", "1M seats", "25,000 seats", "15%", "10 years".
// It falls back to FormatValue where there is no shorter form. The result is
// plain text.
func FormatCompact(f Fact) string {
	v := f.Value
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || (v == 0 && f.Text != "") {
		return strings.TrimSpace(f.Text)
	}
	var s string
	switch unit := strings.TrimSpace(f.Unit); {
	case unit == "seats":
		s = short(v) + plural(v, " seat", " seats")
	case isCurrencyCode(unit):
		if sym, ok := currencySymbols[unit]; ok {
			s = sym + short(v)
		} else {
			s = unit + " " + short(v)
		}
	default:
		return FormatValue(f)
	}
	if f.Qualifier != Exact {
		s = string(f.Qualifier) + " " + s
	}
	return s
}

// short writes v with a one-letter scale: "1.2B", "450M", "25,000".
func short(v float64) string {
	switch {
	case v >= 1e12:
		return number(v/1e12, 2) + "T"
	case v >= 1e9:
		return number(v/1e9, 2) + "B"
	case v >= 1e6:
		return number(v/1e6, 2) + "M"
	default:
		return grouped(v)
	}
}

// FormatMonth writes a date as "Oct 2023"; "" for the zero time.
func FormatMonth(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("Jan 2006")
}
