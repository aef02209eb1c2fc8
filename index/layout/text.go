package layout

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// WriteText writes a reply for a terminal, in the order Slack shows it: the
// notes, the answer, its source and sentence, the further lines and the
// count of what is left out. Links follow their text in angle brackets.
func WriteText(w io.Writer, r Reply) error {
	var b strings.Builder
	for _, n := range r.Notes {
		b.WriteString(n + "\n")
	}
	if len(r.Lead) > 0 {
		b.WriteString(lineText(r.Lead) + "\n")
	}
	if len(r.Source) > 0 {
		b.WriteString("  " + lineText(r.Source) + "\n")
	}
	if r.Detail != "" {
		b.WriteString("  “" + Shorten(r.Detail, 220) + "”\n")
	}
	if len(r.Lines) > 0 {
		b.WriteString("\n" + r.Heading + "\n")
		for _, l := range r.Lines {
			b.WriteString("  • " + lineText(l) + "\n")
		}
	}
	foot := slices.Clone(r.Footnotes)
	if r.Hidden != "" {
		foot = append(foot, r.Hidden)
	}
	if r.Articles > 0 && r.ArticlesAbout != "" && len(r.Lead) > 0 && !strings.HasPrefix(r.Lead.Plain(), fmt.Sprint(r.Articles)) {
		foot = append(foot, r.ArticlesLine())
	}
	if len(foot) > 0 {
		b.WriteString("\n" + strings.Join(foot, " · ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// lineText writes a line as plain text, each link after its text.
func lineText(l Line) string {
	var b strings.Builder
	for _, s := range l {
		b.WriteString(s.Text)
		if s.URL != "" {
			b.WriteString(" <" + s.URL + ">")
		}
	}
	return b.String()
}
