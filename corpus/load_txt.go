package corpus

import (
	"net/url"
	"strings"
)

// parseTxt reads a plain-text article: the first non-empty line is the
// title and the rest the body. An optional last non-empty line
// "Source: URL" sets the URL ("Source: Name", without a URL, sets the
// Source) and is not part of the body.
func parseTxt(p string, data []byte) ([]Article, []Problem) {
	text, line, reason := decodeText(data)
	if reason != "" {
		return nil, []Problem{{Path: p, Line: line, Reason: reason}}
	}
	lines := strings.Split(text, "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	a := Article{Path: p, Title: foldSpace(lines[0])}
	rest := lines[1:]
	if n := len(rest); n > 0 {
		if v, ok := sourceLine(rest[n-1]); ok {
			rest = rest[:n-1]
			if isWebURL(v) {
				a.URL = v
			} else {
				a.Source = v
			}
		}
	}
	a.Body = joinParagraphs(paragraphsFromLines(rest))
	if a.Body == "" {
		return nil, []Problem{{Path: p, Reason: "no article text after the title line: add the text below the title"}}
	}
	return []Article{newArticle(a)}, nil
}

// sourceLine reports whether line is "Source: value" (any case) and
// returns the value.
func sourceLine(line string) (string, bool) {
	line = strings.TrimSpace(line)
	const prefix = "source:"
	if len(line) <= len(prefix) || !strings.EqualFold(line[:len(prefix)], prefix) {
		return "", false
	}
	v := foldSpace(line[len(prefix):])
	return v, v != ""
}

// isWebURL reports whether s is an absolute http or https URL.
func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t")
}
