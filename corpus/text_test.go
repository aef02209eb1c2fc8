package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
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

func TestArticlesAreCutToTheCaps(t *testing.T) {
	longWord := strings.Repeat("x", MaxWord+1)
	tests := []struct {
		name, file, text string
		check            func(t *testing.T, a Article)
		warning          string
	}{
		{"long title", "a.txt", strings.Repeat("Amazon pays ", 100) + "\nbody\n",
			func(t *testing.T, a Article) {
				if len(a.Title) > MaxTitle+len("…") || !strings.HasSuffix(a.Title, "pays…") {
					t.Errorf("title = %d bytes %q, want at most %d, cut at a space", len(a.Title), a.Title, MaxTitle)
				}
			}, "title over 300 characters; cut"},
		{"long body", "a.txt", "T\n" + strings.Repeat("Amazon paid $1 billion. ", MaxBody/20),
			func(t *testing.T, a Article) {
				words := strings.Fields(a.Body)
				if last := words[len(words)-1]; len(a.Body) > MaxBody || !slices.Contains([]string{"Amazon", "paid", "$1", "billion."}, last) {
					t.Errorf("body = %d bytes ending %q, want at most %d, cut at a space", len(a.Body), last, MaxBody)
				}
			}, "text over 1 MB; only the first 1 MB kept"},
		{"long words", "a.md", "# T\n\nAmazon " + longWord + " paid " + longWord + " $1 billion.\n",
			func(t *testing.T, a Article) {
				if a.Body != "Amazon  paid  $1 billion." {
					t.Errorf("body = %q, want the long runs removed", a.Body)
				}
			}, "2 runs of text over 200 characters without a space removed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			mustWrite(t, filepath.Join(dir, tt.file), tt.text)
			got, err := LoadDir(context.Background(), dir)
			if err != nil || len(got.Articles) != 1 {
				t.Fatalf("load: %v, %d articles, %v", err, len(got.Articles), got.Problems)
			}
			tt.check(t, got.Articles[0])
			checkProblems(t, got.Problems, []wantProblem{{tt.file, 0, tt.warning, true}})
		})
	}
}

func TestFrontMatterOverTheCapIsRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\n")
	for i := 0; b.Len() <= maxFrontMatter; i++ {
		fmt.Fprintf(&b, "k%d: v\n", i)
	}
	b.WriteString("title: T\n---\nAmazon paid $1 billion.\n")
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "a.md"), b.String())
	got, err := LoadDir(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	checkProblems(t, got.Problems, []wantProblem{{"a.md", 1, "front matter over 64 KB", false}})
}

// Every token's lower case is its own text lower-cased, also when a
// sentence holds runes whose lower case is longer or shorter in bytes.

// TestHiddenASCIIAsTables keeps hidden's ASCII shortcut the same as the
// Unicode tables it stands for.
func TestHiddenASCIIAsTables(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := r != '\n' && r != '\t' && (unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r))
		if got := hidden(r); got != want {
			t.Errorf("hidden(%#x) = %v, want %v", r, got, want)
		}
	}
}
