package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStripHidden(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"two\nlines\tand a tab", "two\nlines\tand a tab"},
		{"title\x1b]0;pwned\x07", "title]0;pwned"},
		{"\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "]8;;https://evil.example\\click]8;;\\"},
		{"Amazon \u202egnp.exe", "Amazon gnp.exe"},
		{"zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"crore ₹ and € stay", "crore ₹ and € stay"},
	}
	for _, tt := range tests {
		if got := StripHidden(tt.in); got != tt.want {
			t.Errorf("StripHidden(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShowHidden(t *testing.T) {
	tests := []struct{ in, want string }{
		{"deal.md", "deal.md"},
		{"a\nskipped b.md: all good", `a\nskipped b.md: all good`},
		{"t\x1b]0;x\x07.md", `t\x1b]0;x\x07.md`},
		{"rlo\u202e.md", `rlo\u202e.md`},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		if got := ShowHidden(tt.in); got != tt.want {
			t.Errorf("ShowHidden(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadCleansHiddenCharacters(t *testing.T) {
	dir := t.TempDir()
	evilName := "evil\x1b]0;owned\x07\nskipped other.md: all good.md"
	mustWrite(t, filepath.Join(dir, evilName), "") // empty: reported as a problem
	mustWrite(t, filepath.Join(dir, "deal.md"), "---\ntitle: \"Amazon \\e]8;;https://evil.example\\e\\\\signs\\e]8;;\\e\\\\ \\u202Edeal\"\nsource: \"Wire\\u200b\"\nurl: \"https://example.com/a\\nb\"\n---\nAmazon will pay\x1b[2J over $1 billion.\n")
	got, err := LoadDir(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != 1 {
		t.Fatalf("articles = %d, want 1; problems %v", len(got.Articles), got.Problems)
	}
	a := got.Articles[0]
	for field, v := range map[string]string{"title": a.Title, "publication": a.Publication, "body": a.Body, "url": a.URL} {
		if strings.ContainsFunc(v, hidden) {
			t.Errorf("%s keeps hidden characters: %q", field, v)
		}
	}
	if a.URL != "" {
		t.Errorf("url = %q, want none: a URL with a newline cannot be followed", a.URL)
	}
	if len(got.Problems) != 1 {
		t.Fatalf("problems = %v, want one for the empty file", got.Problems)
	}
	line := got.Problems[0].String()
	if strings.ContainsAny(line, "\x1b\x07\n") || !strings.HasPrefix(line, `evil\x1b]0;owned\x07\nskipped other.md`) {
		t.Errorf("problem line = %q, want the name's escape and newline shown, not sent", line)
	}
	if _, err := os.Stat(filepath.Join(dir, evilName)); err != nil {
		t.Fatal(err)
	}
}
