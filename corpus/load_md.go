package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// maxFrontMatter bounds the YAML block: a few fields take a few hundred
// bytes, and YAML's cost grows faster than its size.
const maxFrontMatter = 64 << 10

// frontMatter is the YAML block at the top of a Markdown article. Unknown
// keys are ignored.
type frontMatter struct {
	Title  string `yaml:"title"`
	Date   any    `yaml:"date"`
	Source string `yaml:"source"`
	URL    string `yaml:"url"`
	// Sources are other outlets that ran the same story.
	Sources []struct {
		Source string `yaml:"source"`
		URL    string `yaml:"url"`
	} `yaml:"sources"`
	// SameStoryAs marks the file as another outlet's copy of the article
	// with this URL.
	SameStoryAs string `yaml:"same_story_as"`
}

// mdBlock is one paragraph or heading of a Markdown body.
type mdBlock struct {
	text  string
	level int // 1-6 for a heading, 0 for a paragraph
}

var (
	mdATXHeading   = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdFence        = regexp.MustCompile("^ {0,3}(```|~~~)")
	mdSetextH1     = regexp.MustCompile(`^ {0,3}=+[ \t]*$`)
	mdSetextH2     = regexp.MustCompile(`^ {0,3}-+[ \t]*$`)
	mdThematic     = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdListItem     = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	mdQuote        = regexp.MustCompile(`^[ \t]*(?:>[ \t]?)+`)
	mdLinkRefDef   = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S+`)
	mdImage        = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink         = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink      = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAutoLink     = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdCode         = regexp.MustCompile("`+([^`]+)`+")
	mdStrongStar   = regexp.MustCompile(`\*\*(\S(?:.*?\S)?)\*\*`)
	mdEmStar       = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	mdStrongUnder  = regexp.MustCompile(`(^|[^\pL\pN_])__(\S(?:.*?\S)?)__([^\pL\pN_]|$)`)
	mdEmUnder      = regexp.MustCompile(`(^|[^\pL\pN_])_(\S(?:[^_]*?\S)?)_([^\pL\pN_]|$)`)
	mdStrike       = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdEscape       = regexp.MustCompile(`\\[\\` + "`" + `*_{}\[\]()#+\-.!>~|]`)
	mdHTMLComment  = regexp.MustCompile(`<!--.*?-->`)
	reasonNoMDHead = "no title: add a title: line to the front matter or a # Title line"
)

// parseMarkdown reads a Markdown article with optional YAML front matter
// (title, date, source, url, and sources: a list of other outlets that ran
// the same story, each with a source and a url). Without a front-matter title the first
// "# heading" is the title. The body is the text with Markdown syntax
// (heading marks, emphasis, links, list and quote markers, code fences)
// stripped lightly, paragraphs separated by blank lines.
func parseMarkdown(p string, data []byte) ([]Article, []Problem) {
	text, line, reason := decodeText(data)
	if reason != "" {
		return nil, []Problem{{Path: p, Line: line, Reason: reason}}
	}
	lines := strings.Split(text, "\n")

	var fm frontMatter
	if strings.TrimRight(lines[0], " \t") == "---" {
		end := -1
		for i := 1; i < len(lines); i++ {
			if l := strings.TrimRight(lines[i], " \t"); l == "---" || l == "..." {
				end = i
				break
			}
		}
		if end < 0 {
			return nil, []Problem{{Path: p, Line: 1, Reason: "front matter starts with --- but never ends: add a closing --- line"}}
		}
		block := strings.Join(lines[1:end], "\n")
		if len(block) > maxFrontMatter {
			return nil, []Problem{{Path: p, Line: 1, Reason: fmt.Sprintf("front matter over %d KB: it holds title, date, source and url, so keep the text below the closing ---", maxFrontMatter>>10)}}
		}
		if err := yaml.Unmarshal([]byte(block), &fm); err != nil {
			line, msg := yamlErrorLine(err)
			return nil, []Problem{{Path: p, Line: line, Reason: fmt.Sprintf("front matter is not valid YAML (%s): fix the lines between the --- markers", msg)}}
		}
		lines = lines[end+1:]
	}

	a := Article{
		Path:        p,
		Title:       foldSpace(mdInline(fm.Title)),
		Publication: foldSpace(fm.Source),
		URL:         strings.TrimSpace(fm.URL),

		SameStoryAs: strings.TrimSpace(fm.SameStoryAs),
	}
	for _, s := range fm.Sources {
		o := Outlet{Publication: foldSpace(StripHidden(s.Source)), URL: strings.TrimSpace(s.URL)}
		if strings.ContainsFunc(o.URL, hidden) || strings.ContainsAny(o.URL, " \n\t") {
			o.URL = "" // not a link anyone could follow
		}
		if o != (Outlet{}) {
			a.OtherOutlets = append(a.OtherOutlets, o)
		}
	}
	var probs []Problem
	switch d := fm.Date.(type) {
	case nil:
	case time.Time:
		a.Published = d
	case string:
		if strings.TrimSpace(d) != "" {
			t, err := ParseDate(d)
			if err != nil {
				probs = append(probs, dateWarning(p, 0, "front matter date", d))
			} else {
				a.Published = t
			}
		}
	default:
		probs = append(probs, dateWarning(p, 0, "front matter date", fmt.Sprint(d)))
	}

	blocks := mdBlocks(lines)
	if a.Title == "" {
		i := mdTitleBlock(blocks)
		if i < 0 {
			return nil, append(probs, Problem{Path: p, Reason: reasonNoMDHead})
		}
		a.Title = blocks[i].text
		blocks = append(blocks[:i:i], blocks[i+1:]...)
	} else if len(blocks) > 0 && blocks[0].level > 0 && strings.EqualFold(blocks[0].text, a.Title) {
		// The heading repeats the front-matter title.
		blocks = blocks[1:]
	}
	paras := make([]string, 0, len(blocks))
	for _, b := range blocks {
		paras = append(paras, b.text)
	}
	a.Body = joinParagraphs(paras)
	if a.Body == "" {
		return nil, append(probs, Problem{Path: p, Reason: "no article text after the title: add the text below it"})
	}
	arts, capped := newArticle(a, p, 0)
	return arts, append(probs, capped...)
}

// mdTitleBlock returns the index of the block to use as title: the first
// level-1 heading, else the first heading, else -1.
func mdTitleBlock(blocks []mdBlock) int {
	first := -1
	for i, b := range blocks {
		if b.level == 1 {
			return i
		}
		if b.level > 0 && first < 0 {
			first = i
		}
	}
	return first
}

// mdBlocks splits Markdown lines into headings and paragraphs of plain
// text.
func mdBlocks(lines []string) []mdBlock {
	var blocks []mdBlock
	var cur []string
	inCode := ""
	flush := func(level int) {
		var t string
		if inCode != "" {
			t = foldSpace(strings.Join(cur, " "))
		} else {
			t = foldSpace(mdInline(strings.Join(cur, " ")))
		}
		if t != "" {
			blocks = append(blocks, mdBlock{text: t, level: level})
		}
		cur = cur[:0]
	}
	for _, l := range lines {
		if m := mdFence.FindStringSubmatch(l); m != nil {
			switch {
			case inCode == "":
				flush(0)
				inCode = m[1]
				continue
			case inCode == m[1]:
				flush(0)
				inCode = ""
				continue
			}
		}
		if inCode != "" {
			if strings.TrimSpace(l) == "" {
				flush(0)
			} else {
				cur = append(cur, l)
			}
			continue
		}
		switch {
		case strings.TrimSpace(l) == "":
			flush(0)
		case mdLinkRefDef.MatchString(l):
			flush(0)
		case len(cur) > 0 && mdSetextH1.MatchString(l):
			flush(1)
		case len(cur) > 0 && mdSetextH2.MatchString(l):
			flush(2)
		case mdThematic.MatchString(l):
			flush(0)
		default:
			if m := mdATXHeading.FindStringSubmatch(l); m != nil {
				flush(0)
				cur = append(cur, m[2])
				flush(len(m[1]))
				continue
			}
			if loc := mdListItem.FindStringIndex(l); loc != nil {
				flush(0)
				l = l[loc[1]:]
			}
			if loc := mdQuote.FindStringIndex(l); loc != nil {
				l = l[loc[1]:]
			}
			cur = append(cur, l)
		}
	}
	flush(0)
	return blocks
}

// mdInline removes inline Markdown syntax: links and images become their
// text, emphasis and code marks are dropped, escapes are undone.
func mdInline(s string) string {
	// Every pattern below needs one of these characters, and most
	// paragraphs of news have none: skipping them is most of what loading
	// Markdown costs.
	if !strings.ContainsAny(s, "\\<![`*_~") {
		return s
	}
	// Hide escaped characters from the patterns below, as private-use
	// runes, and restore them at the end.
	s = mdEscape.ReplaceAllStringFunc(s, func(e string) string { return string(rune(mdEscapeBase + rune(e[1]))) })
	s = mdHTMLComment.ReplaceAllString(s, "")
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAutoLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrongStar.ReplaceAllString(s, "$1")
	s = mdEmStar.ReplaceAllString(s, "$1")
	s = mdStrongUnder.ReplaceAllString(s, "$1$2$3")
	s = mdEmUnder.ReplaceAllString(s, "$1$2$3")
	s = mdStrike.ReplaceAllString(s, "$1")
	return strings.Map(func(r rune) rune {
		if r > mdEscapeBase && r < mdEscapeBase+utf8.RuneSelf {
			return r - mdEscapeBase
		}
		return r
	}, s)
}

// mdEscapeBase is where mdInline maps escaped ASCII characters into the
// Unicode private use area.
const mdEscapeBase = 0xE000

var yamlLineErr = regexp.MustCompile(`line (\d+): `)

// yamlErrorLine returns the file line a front-matter YAML error is on (the
// opening --- is line 1) and the error message without its line prefix.
// Errors without a line are put on line 1.
func yamlErrorLine(err error) (int, string) {
	msg := foldSpace(err.Error())
	m := yamlLineErr.FindStringSubmatchIndex(msg)
	if m == nil {
		return 1, strings.TrimPrefix(msg, "yaml: ")
	}
	n, convErr := strconv.Atoi(msg[m[2]:m[3]])
	if convErr != nil {
		return 1, msg
	}
	return n + 1, msg[m[1]:]
}
