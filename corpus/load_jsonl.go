package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// jsonArticle is one line of a .jsonl file.
type jsonArticle struct {
	Title  string `json:"title"`
	Body   string `json:"body"`
	Text   string `json:"text"`
	Date   any    `json:"date"`
	URL    string `json:"url"`
	Source string `json:"source"`
}

// parseJSONL reads one article per line of JSON, with fields title, body
// (or text), date, url and source. Blank lines are ignored; a bad line is
// reported with its number and the others are kept. Article.Path is
// "path:N" for line N.
func parseJSONL(p string, data []byte) ([]Article, []Problem) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if bytes.HasPrefix(data, utf16BOMLE) || bytes.HasPrefix(data, utf16BOMBE) {
		return nil, []Problem{{Path: p, Reason: reasonUTF16}}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, []Problem{{Path: p, Reason: reasonBinary}}
	}
	var arts []Article
	var probs []Problem
	n := 0
	for len(data) > 0 {
		n++
		var line []byte
		line, data, _ = bytes.Cut(data, []byte{'\n'})
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		a, warn, reason := parseJSONLine(line)
		if reason != "" {
			probs = append(probs, Problem{Path: p, Line: n, Reason: reason})
			continue
		}
		if warn != "" {
			probs = append(probs, dateWarning(p, n, "date", warn))
		}
		a.Path = fmt.Sprintf("%s:%d", p, n)
		got, capped := newArticle(a, p, n)
		arts = append(arts, got...)
		probs = append(probs, capped...)
	}
	if len(arts) == 0 && len(probs) == 0 {
		return nil, []Problem{{Path: p, Reason: "empty file: add one JSON object per line, with a title and a body"}}
	}
	return arts, probs
}

// parseJSONLine decodes one non-blank line. badDate is the date as written
// when it could not be read; reason is set when the line is skipped.
func parseJSONLine(line []byte) (a Article, badDate, reason string) {
	if !utf8.Valid(line) {
		return a, "", "not UTF-8 text: re-save the file as UTF-8"
	}
	var j jsonArticle
	if err := json.Unmarshal(line, &j); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &typ) && typ.Field == "":
			return a, "", "not a JSON object: each line must be one {...} article"
		case errors.As(err, &typ):
			return a, "", fmt.Sprintf("field %q is a JSON %s, want a string", typ.Field, typ.Value)
		case errors.As(err, &syn):
			return a, "", fmt.Sprintf("not valid JSON (%v at byte %d): each line must be one complete JSON object", err, syn.Offset)
		}
		return a, "", fmt.Sprintf("not valid JSON: %v", err)
	}
	a.Title = foldSpace(j.Title)
	body := j.Body
	if strings.TrimSpace(body) == "" {
		body = j.Text
	}
	a.Body = normalizeBody(body)
	switch {
	case a.Title == "" && a.Body == "":
		return a, "", `missing "title" and "body": each line needs both`
	case a.Title == "":
		return a, "", `missing "title": add a "title" field`
	case a.Body == "":
		return a, "", `missing "body" (or "text"): add the article text`
	}
	a.URL = strings.TrimSpace(j.URL)
	a.Publication = foldSpace(j.Source)
	switch d := j.Date.(type) {
	case nil:
	case string:
		if strings.TrimSpace(d) != "" {
			t, err := ParseDate(d)
			if err != nil {
				return a, d, ""
			}
			a.Published = t
		}
	default:
		b, _ := json.Marshal(d)
		return a, string(b), ""
	}
	return a, "", ""
}
