package corpus

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Helpers shared by the per-format parsers in load_*.go.

var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16BOMLE = []byte{0xFF, 0xFE}
	utf16BOMBE = []byte{0xFE, 0xFF}
)

// Reasons shared by several formats.
const (
	reasonEmpty  = "empty file: add a title line and the article text"
	reasonBinary = "binary file (contains NUL bytes), not a text article: remove it or save the article as text"
	reasonUTF16  = "UTF-16 text: re-save the file as UTF-8"
)

// decodeText checks that data is UTF-8 text and returns it with a leading
// byte order mark removed and line endings made "\n". When it is not, it
// returns a reason and the 1-based line of the first bad byte (0 when the
// whole file is at fault).
func decodeText(data []byte) (text string, line int, reason string) {
	if bytes.HasPrefix(data, utf16BOMLE) || bytes.HasPrefix(data, utf16BOMBE) {
		return "", 0, reasonUTF16
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if bytes.IndexByte(data, 0) >= 0 {
		return "", 0, reasonBinary
	}
	if !utf8.Valid(data) {
		line, off := badUTF8(data)
		return "", line, fmt.Sprintf("not UTF-8 text (invalid byte at offset %d): re-save the file as UTF-8", off)
	}
	text = normalizeNewlines(string(data))
	if strings.TrimSpace(text) == "" {
		return "", 0, reasonEmpty
	}
	return text, 0, ""
}

// badUTF8 returns the 1-based line and the byte offset of the first
// invalid UTF-8 sequence in data.
func badUTF8(data []byte) (line, offset int) {
	line = 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, i
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return line, len(data)
}

// normalizeNewlines turns "\r\n" and lone "\r" into "\n".
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// foldSpace trims s and folds each run of white space inside it to a single
// space.
func foldSpace(s string) string {
	if folded(s) {
		// Most paragraphs are folded already: they are kept as they are
		// rather than split into words and joined again.
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// folded reports whether foldSpace would give s back as it is: s neither
// starts nor ends with white space, and holds none but single spaces.
func folded(s string) bool {
	space := true // white space at the start is trimmed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\t', '\n', '\v', '\f', '\r':
				return false
			case ' ':
				if space {
					return false
				}
				space = true
			default:
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += n
	}
	return !space
}

// paragraphsFromLines groups lines into paragraphs: at blank lines when
// there are any, otherwise one paragraph per line (plain text saved from a
// page often has no blank lines). White space inside each paragraph is
// folded.
func paragraphsFromLines(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	hasBlank := slices.ContainsFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "" })
	var paras []string
	var cur []string
	flush := func() {
		if p := foldSpace(strings.Join(cur, " ")); p != "" {
			paras = append(paras, p)
		}
		cur = cur[:0]
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		cur = append(cur, l)
		if !hasBlank {
			flush()
		}
	}
	flush()
	return paras
}

// joinParagraphs joins paragraphs into an Article body.
func joinParagraphs(paras []string) string {
	return strings.Join(paras, "\n\n")
}

// normalizeBody folds a body given as one string (JSON lines) into
// paragraphs the way paragraphsFromLines does.
func normalizeBody(s string) string {
	return joinParagraphs(paragraphsFromLines(strings.Split(normalizeNewlines(s), "\n")))
}

// dateWarning returns the warning for a date that could not be read.
func dateWarning(p string, line int, field, value string) Problem {
	return Problem{
		Path:    p,
		Line:    line,
		Reason:  fmt.Sprintf("%s %q is not a date dealbot reads (use 2023-10-04, October 4, 2023 or RFC 3339); loaded without a date", field, value),
		Warning: true,
	}
}

// Caps on one article's text. News articles are far inside them; text
// beyond them is a table dump, encoded data or a file made to slow the
// build, and every later stage is linear in what is kept.
const (
	// MaxTitle is the longest title kept, in bytes.
	MaxTitle = 300
	// MaxBody is the longest body kept, in bytes.
	MaxBody = 1 << 20
	// MaxWord is the longest word kept, in bytes: longer runs without a
	// space are not words a question could name.
	MaxWord = 200
)

// newArticle cleans the article's text of hidden characters, cuts it to
// the caps above, fills in the ID and returns the article with a warning
// for each cut, or no article and the reason when no text is left. The
// fields are shown in terminals and Slack, where an escape sequence or a
// direction override would act rather than show. p and line locate the
// article for the problems.
func newArticle(a Article, p string, line int) ([]Article, []Problem) {
	var probs []Problem
	warn := func(reason string) {
		probs = append(probs, Problem{Path: p, Line: line, Reason: reason, Warning: true})
	}
	a.Title = foldSpace(StripHidden(a.Title))
	if len(a.Title) > MaxTitle {
		a.Title = cutAtSpace(a.Title, MaxTitle) + "…"
		warn(fmt.Sprintf("title over %d characters; cut", MaxTitle))
	}
	a.Publication = foldSpace(StripHidden(cutAtSpace(a.Publication, MaxTitle)))
	if len(a.Body) > MaxBody {
		a.Body = cutAtSpace(a.Body, MaxBody)
		warn(fmt.Sprintf("text over %d MB; only the first %d MB kept (split it into several articles)", MaxBody>>20, MaxBody>>20))
	}
	a.Body = StripHidden(a.Body)
	if body, n := dropLongWords(a.Body, MaxWord); n > 0 {
		a.Body = body
		warn(fmt.Sprintf("%d runs of text over %d characters without a space removed (encoded data?)", n, MaxWord))
	}
	if strings.TrimSpace(a.Body) == "" {
		return nil, []Problem{{Path: p, Line: line, Reason: "no readable text left once runs without spaces and hidden characters are removed"}}
	}
	if a.URL != "" && (len(a.URL) > 2000 || strings.ContainsFunc(a.URL, hidden) || strings.ContainsAny(a.URL, " \n\t")) {
		a.URL = "" // not a link anyone could follow
	}
	a.ID = ArticleID(a.Title, a.Body)
	return []Article{a}, probs
}

// cutAtSpace returns s cut to at most max bytes, at the last space before
// the cut when there is one in its second half, else at a rune boundary.
func cutAtSpace(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexAny(s[:cut], " \n"); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " \n")
}

// dropLongWords removes every run of non-space characters longer than max
// bytes from s, and says how many it removed.
func dropLongWords(s string, max int) (string, int) {
	n, start := 0, -1
	var b strings.Builder
	last := 0
	// The text is read as if a space followed it, which ends its last
	// run, without copying it to add one.
	for i := 0; i <= len(s); {
		r, size := ' ', 1
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		space := r == ' ' || r == '\n' || r == '\t'
		switch {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			if i-start > max {
				if n == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[last:start])
				last = i
				n++
			}
			start = -1
		}
		i += size
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
}
