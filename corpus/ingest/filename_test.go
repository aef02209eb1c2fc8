package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

func TestCheckFileName(t *testing.T) {
	fetched := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, title := range []string{"Oracle signs $300 billion deal with OpenAI", "クラウド契約", "../../etc/passwd", ".hidden", strings.Repeat("word ", 40)} {
		name := FileName(corpus.Article{Title: title}, fetched)
		if err := CheckFileName(name); err != nil {
			t.Errorf("FileName(%q) = %q, which CheckFileName refuses: %v", title, name, err)
		}
	}
	for _, name := range []string{"2025-12-01-a.md", "2025-12-01-oracle-openai-2.md"} {
		if err := CheckFileName(name); err != nil {
			t.Errorf("CheckFileName(%q) = %v, want nil", name, err)
		}
	}
	for _, name := range []string{
		"", "../x", "/etc/passwd", ".hidden", "2025-12-01-a.md\x00", "2025-12-01-a\x00.md",
		"2025-12-01-../../x.md", "2025-12-01-a/b.md", `2025-12-01-a\b.md`, "2025-12-01-.md", "2025-12-01-a--b.md",
		"2025-12-01-A.md", "2025-12-01-a.txt", "2025-12-01-a.md/", "2025-13-40-a.md", "a.md", "2025-12-01-a.md\n",
		"2025-12-01-" + strings.Repeat("a", 100) + ".md",
	} {
		if err := CheckFileName(name); err == nil {
			t.Errorf("CheckFileName(%q) = nil, want it refused", name)
		}
	}
}

func TestWriteFileNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	const name = "2025-12-01-oracle-openai.md"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	used, err := WriteFile(dir, name, []byte("theirs"))
	if err != nil || used != "2025-12-01-oracle-openai-2.md" {
		t.Fatalf("WriteFile over a taken name = %q, %v; want the -2 name", used, err)
	}
	for file, want := range map[string]string{name: "mine", used: "theirs"} {
		if got, _ := os.ReadFile(filepath.Join(dir, file)); string(got) != want {
			t.Errorf("%s holds %q, want %q", file, got, want)
		}
	}
	if _, err := WriteFile(dir, "../escaped.md", []byte("x")); err == nil {
		t.Error("WriteFile took a name with a path in it")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("the folder holds %d entries, want the 2 files and no leftovers", len(entries))
	}
}
