package corpus

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// htmlMeta is the metadata read from a saved page.
type htmlMeta struct {
	ogTitle, title, h1 string
	published          string // article:published_time
	timeDatetime       string // first <time datetime>
	siteName           string // og:site_name
	canonical, ogURL   string
}

// parseHTML reads a saved news page. The title comes from og:title,
// <title> or the first <h1> (with a " | Site" suffix naming og:site_name
// removed); the body is the page's readable text as found by
// go-readability, falling back to the text of <article> or <body>; the
// date from article:published_time or the first <time datetime>; the
// source from og:site_name; the URL from <link rel=canonical> or og:url.
//
// A page that is not UTF-8 is decoded when it declares its character set
// (<meta charset=...>).
func parseHTML(p string, data []byte) ([]Article, []Problem) {
	text, line, reason := decodeHTMLText(data)
	if reason != "" {
		return nil, []Problem{{Path: p, Line: line, Reason: reason}}
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, []Problem{{Path: p, Reason: fmt.Sprintf("cannot parse HTML: %v", err)}}
	}
	meta := readHTMLMeta(doc)

	a := Article{
		Path:        p,
		Publication: meta.siteName,
		URL:         firstNonEmpty(meta.canonical, meta.ogURL),
	}
	a.Title = trimSiteSuffix(firstNonEmpty(meta.ogTitle, meta.title, meta.h1), meta.siteName)

	var base *url.URL
	if u, err := url.Parse(a.URL); err == nil && u.IsAbs() {
		base = u
	}
	var paras []string
	if ra, err := readability.FromDocument(doc, base); err == nil {
		if ra.Node != nil {
			paras = htmlParagraphs(ra.Node)
		}
		if a.Title == "" {
			a.Title = foldSpace(ra.Title())
		}
	}
	if len(paras) == 0 {
		if n := findElement(doc, atom.Article); n != nil {
			paras = htmlParagraphs(n)
		}
	}
	if len(paras) == 0 {
		if n := findElement(doc, atom.Body); n != nil {
			paras = htmlParagraphs(n)
		}
	}
	// Pages often repeat the headline at the top of the article.
	for len(paras) > 0 && strings.EqualFold(paras[0], a.Title) {
		paras = paras[1:]
	}
	a.Body = joinParagraphs(paras)

	switch {
	case a.Title == "" && a.Body == "":
		return nil, []Problem{{Path: p, Reason: "no title or article text found in the page"}}
	case a.Title == "":
		return nil, []Problem{{Path: p, Reason: "no title found: add a <title> or <h1> to the page"}}
	case a.Body == "":
		return nil, []Problem{{Path: p, Reason: "no article text found in the page"}}
	}

	var probs []Problem
	field, date := "article:published_time", meta.published
	if date == "" {
		field, date = "<time datetime>", meta.timeDatetime
	}
	if date != "" {
		t, err := ParseDate(date)
		if err != nil {
			probs = append(probs, dateWarning(p, 0, field, date))
		} else {
			a.Published = t
		}
	}
	arts, capped := newArticle(a, p, 0)
	return arts, append(probs, capped...)
}

var htmlCharsetDecl = regexp.MustCompile(`(?i)<meta[^>]+charset`)

// decodeHTMLText is decodeText for pages: a page that is not UTF-8 but
// declares another character set is converted to UTF-8.
func decodeHTMLText(data []byte) (text string, line int, reason string) {
	if !bytes.HasPrefix(data, utf16BOMLE) && !bytes.HasPrefix(data, utf16BOMBE) &&
		bytes.IndexByte(data, 0) < 0 && !utf8.Valid(data) {
		head := data[:min(len(data), 1024)]
		if enc, name, _ := charset.DetermineEncoding(head, ""); name != "utf-8" && htmlCharsetDecl.Match(head) {
			if b, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(data))); err == nil && utf8.Valid(b) {
				data = b
			}
		}
	}
	return decodeText(data)
}

// readHTMLMeta collects the page's metadata in one walk.
func readHTMLMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name")))
			content := foldSpace(attr(n, "content"))
			switch key {
			case "og:title":
				setOnce(&m.ogTitle, content)
			case "article:published_time":
				setOnce(&m.published, content)
			case "og:site_name":
				setOnce(&m.siteName, content)
			case "og:url":
				setOnce(&m.ogURL, content)
			}
		case atom.Link:
			for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
				if rel == "canonical" {
					setOnce(&m.canonical, strings.TrimSpace(attr(n, "href")))
				}
			}
		case atom.Title:
			if !inSVG(n) {
				setOnce(&m.title, foldSpace(textContent(n)))
			}
		case atom.H1:
			setOnce(&m.h1, foldSpace(textContent(n)))
		case atom.Time:
			setOnce(&m.timeDatetime, strings.TrimSpace(attr(n, "datetime")))
		}
	}
	return m
}

// htmlSkip are elements whose text is never article text.
var htmlSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Nav: true, atom.Footer: true, atom.Aside: true,
	atom.Header: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Object: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
	atom.Dialog: true, atom.Menu: true,
}

// htmlBlock are elements that start and end a paragraph.
var htmlBlock = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Hgroup: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tr: true, atom.Ul: true, atom.Html: true,
}

// brMark stands for a <br> while text is collected; it cannot occur in
// the text itself, which has been checked for NUL bytes.
const brMark = "\x00"

var htmlDoubleBr = regexp.MustCompile(brMark + `\s*` + brMark + `[\s` + brMark + `]*`)

// htmlParagraphs returns the text below n as paragraphs: one per block
// element (p, li, h2, ...) or run of two or more <br>, with white space
// folded. Scripts, styles, navigation, headers, footers, forms and hidden
// elements are left out.
func htmlParagraphs(n *html.Node) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		for _, s := range htmlDoubleBr.Split(cur.String(), -1) {
			if t := foldSpace(strings.ReplaceAll(s, brMark, " ")); t != "" {
				paras = append(paras, t)
			}
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		var tag atom.Atom
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			tag = elementAtom(n)
			if htmlSkip[tag] || hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
				return
			}
			switch tag {
			case atom.Br:
				cur.WriteString(brMark)
				return
			case atom.Td, atom.Th:
				cur.WriteByte(' ')
			}
		case html.DocumentNode:
		default:
			return
		}
		block := htmlBlock[tag]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if tag == atom.Td || tag == atom.Th {
			cur.WriteByte(' ')
		}
	}
	walk(n)
	flush()
	return paras
}

// trimSiteSuffix removes " | Site" (or " - Site", " — Site", ...) from the
// end of a page title when Site is the page's og:site_name.
func trimSiteSuffix(title, site string) string {
	title = foldSpace(title)
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

// elementAtom returns n's tag as an atom. Elements made by go-readability
// carry their tag name in Data only.
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Namespace != "" {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == a {
			return d
		}
	}
	return nil
}

func textContent(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
