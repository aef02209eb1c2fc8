package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/dealbot/dealbot/corpus"
)

// markdownFrontMatter is what ingest writes at the top of an article; the
// keys are those corpus reads from Markdown front matter.
type markdownFrontMatter struct {
	Title       string           `yaml:"title"`
	Date        string           `yaml:"date,omitempty"`
	Source      string           `yaml:"source,omitempty"`
	URL         string           `yaml:"url,omitempty"`
	Sources     []markdownSource `yaml:"sources,omitempty"`
	SameStoryAs string           `yaml:"same_story_as,omitempty"`
}

type markdownSource struct {
	Source string `yaml:"source,omitempty"`
	URL    string `yaml:"url,omitempty"`
}

// Markdown renders a as the Markdown file corpus reads back as the same
// article: front matter with title, date, source, url, the other outlets
// under sources and, for a copy of a story already in the folder,
// same_story_as; then the body, one line per paragraph, with the
// characters Markdown would take as syntax escaped.
func Markdown(a corpus.Article) []byte {
	fm := markdownFrontMatter{
		Title:       escapeMarkdown(a.Title, false),
		Source:      a.Publication,
		URL:         a.URL,
		SameStoryAs: a.SameStoryAs,
	}
	if !a.Published.IsZero() {
		fm.Date = a.Published.UTC().Format(time.RFC3339)
	}
	for _, s := range a.OtherOutlets {
		fm.Sources = append(fm.Sources, markdownSource{Source: s.Publication, URL: s.URL})
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		// Strings and a slice of structs of strings always encode.
		panic(fmt.Sprintf("encoding front matter: %v", err))
	}
	enc.Close()
	b.WriteString("---\n")
	for _, p := range strings.Split(a.Body, "\n\n") {
		b.WriteString("\n")
		b.WriteString(escapeMarkdown(strings.Join(strings.Fields(p), " "), true))
		b.WriteString("\n")
	}
	return b.Bytes()
}

// escapeMarkdown puts a backslash before every character corpus's Markdown
// reader would take as syntax, so that the text reads back as it is.
// Block markers (#, >, list bullets and numbers) matter only at the start
// of a paragraph.
func escapeMarkdown(s string, paragraph bool) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '~':
			b.WriteByte('\\')
		case '!':
			// <!-- would start an HTML comment.
			if strings.HasSuffix(s[:i], "<") {
				b.WriteByte('\\')
			}
		case '#', '>', '-', '+', '.', ')':
			if paragraph && atBlockStart(s[:i]) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// atBlockStart reports whether a marker after prefix would start a block:
// prefix is empty or only digits (an ordered list number) or white space.
func atBlockStart(prefix string) bool {
	return strings.TrimFunc(prefix, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' }) == ""
}

// FileName returns the name for an article's file: its date (the day it
// was fetched when it has none) and a slug of its title, such as
// 2025-09-10-oracle-signs-300-billion-deal-with-openai.md.
func FileName(a corpus.Article, fetched time.Time) string {
	d := a.Published
	if d.IsZero() {
		d = fetched
	}
	return d.UTC().Format("2006-01-02") + "-" + slug(a.Title) + ".md"
}

// slug is title in lower-case ASCII words joined by hyphens, at most about
// 60 characters, accents dropped.
func slug(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(strings.ToLower(title)) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r) || r == '\'' || r == '’':
			// Accents and apostrophes join their word.
		default:
			hyphen = true
		}
	}
	s := strings.Trim(b.String(), "-")
	if len(s) > 60 {
		if i := strings.LastIndexByte(s[:60], '-'); i > 20 {
			s = s[:i]
		} else {
			s = s[:60]
		}
	}
	if s == "" {
		return "article"
	}
	return s
}

// createFile writes data into dir under name, or under name-2, name-3, ...
// when name is taken, and returns the name used. The data is written to a
// hidden temporary file first, synced, and linked into place, so a reader
// never sees half a file and no existing file is ever replaced. The caller
// syncs dir once it has created its files.
func createFile(dir, name string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(dir, ".ingest-*.tmp")
	if err != nil {
		return "", fmt.Errorf("writing into %s: %w", dir, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return "", fmt.Errorf("writing into %s: %w", dir, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", fmt.Errorf("writing into %s: %w", dir, err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("writing into %s: %w", dir, err)
	}
	for n := 1; n <= MaxNameTries; n++ {
		candidate := NumberedName(name, n)
		err := os.Link(tmp.Name(), filepath.Join(dir, candidate))
		switch {
		case err == nil:
			return candidate, nil
		case errors.Is(err, fs.ErrExist):
			continue
		}
		// No hard links on this file system: rename, after checking the
		// name is free (a race here can only lose to another writer of the
		// same new name, never to a file that was there before).
		if _, statErr := os.Lstat(filepath.Join(dir, candidate)); statErr == nil {
			continue
		}
		if err := os.Rename(tmp.Name(), filepath.Join(dir, candidate)); err != nil {
			return "", fmt.Errorf("writing %s: %w", filepath.Join(dir, candidate), err)
		}
		return candidate, nil
	}
	return "", fmt.Errorf("writing into %s: every name like %s is taken", dir, name)
}

// syncDir makes a new directory entry durable; failure only weakens that.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
