package corpus

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hidden reports whether r is a character a reader cannot see but a
// terminal or a renderer obeys: control characters other than newline and
// tab (ESC starts terminal sequences), and format characters (direction
// overrides such as U+202E, zero-width spaces and joiners, the byte order
// mark). Text from articles has no use for them, and they can make a title
// show as something it is not.
func hidden(r rune) bool {
	if r < utf8.RuneSelf {
		// ASCII has no format characters, and its control characters are
		// those below space and DEL: most text is read without a table.
		return (r < ' ' && r != '\n' && r != '\t') || r == 0x7f
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}

// StripHidden returns s without the characters a reader cannot see but a
// terminal or Slack would act on: control characters other than newline
// and tab, direction overrides and zero-width characters. Invalid UTF-8 is
// replaced with U+FFFD.
func StripHidden(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(s, hidden) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if hidden(r) {
			return -1
		}
		return r
	}, s)
}

// ShowHidden returns s with every hidden character (and newline and tab)
// written as a Go escape such as \x1b, \n or \u202e, so that a file name
// printed to a terminal can neither send it commands nor forge a line.
// Backslashes are doubled so that the escapes cannot be mistaken for text.
func ShowHidden(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r == '\n' || r == '\t' || hidden(r) || r == '\\' }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case hidden(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case hidden(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
