package corpus

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
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
	return strings.Join(strings.Fields(s), " ")
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

// newArticle cleans the article's text of hidden characters, fills in the
// ID and returns the article. The fields are shown in terminals and Slack,
// where an escape sequence or a direction override would act rather than
// show.
func newArticle(a Article) Article {
	a.Title = foldSpace(StripHidden(a.Title))
	a.Publication = foldSpace(StripHidden(a.Publication))
	a.Body = StripHidden(a.Body)
	if a.URL != "" && (strings.ContainsFunc(a.URL, hidden) || strings.ContainsAny(a.URL, " \n\t")) {
		a.URL = "" // not a link anyone could follow
	}
	a.ID = ArticleID(a.Title, a.Body)
	return a
}
