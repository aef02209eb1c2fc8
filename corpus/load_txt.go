package corpus

import (
	"net/url"
	"strings"
)

// parseTxt reads a plain-text article: the first non-empty line is the
// title and the rest the body. Optional last lines of the form "Key: value"
// describe the article and are not part of the body:
//
//	Source: https://…          the link ("Source: Name", without a URL, names the publication)
//	Publication: The Register  the publication
//	Date: 2019-10-25           when it appeared ("Published:" works too)
func parseTxt(p string, data []byte) ([]Article, []Problem) {
	text, line, reason := decodeText(data)
	if reason != "" {
		return nil, []Problem{{Path: p, Line: line, Reason: reason}}
	}
	lines := strings.Split(text, "\n")
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	lines = trimBlankTail(lines[first:])
	a := Article{Path: p, Title: foldSpace(lines[0])}
	rest := lines[1:]
	var probs []Problem
	for len(rest) > 0 {
		key, v, ok := metaLine(rest[len(rest)-1])
		if !ok {
			break
		}
		lineNo := first + len(rest) + 1 // 1-based line of rest's last element
		rest = trimBlankTail(rest[:len(rest)-1])
		switch key {
		case "source":
			if isWebURL(v) {
				a.URL = v
			} else {
				a.Publication = v
			}
		case "publication":
			a.Publication = v
		case "date", "published":
			t, err := ParseDate(v)
			if err != nil {
				probs = append(probs, dateWarning(p, lineNo, key, v))
				continue
			}
			a.Published = t
		}
	}
	a.Body = joinParagraphs(paragraphsFromLines(rest))
	if a.Body == "" {
		return nil, []Problem{{Path: p, Reason: "no article text after the title line: add the text below the title"}}
	}
	arts, capped := newArticle(a, p, 0)
	return arts, append(probs, capped...)
}

func trimBlankTail(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// metaLine reports whether line is "Key: value" for one of the keys a .txt
// article may end with, and returns the lower-cased key and the value.
func metaLine(line string) (key, value string, ok bool) {
	k, v, found := strings.Cut(strings.TrimSpace(line), ":")
	if !found {
		return "", "", false
	}
	k = strings.ToLower(strings.TrimSpace(k))
	switch k {
	case "source", "publication", "date", "published":
	default:
		return "", "", false
	}
	v = foldSpace(v)
	return k, v, v != ""
}

// isWebURL reports whether s is an absolute http or https URL.
func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t")
}
