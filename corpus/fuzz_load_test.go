package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzParse runs parse on data and checks that what it returns is sound:
// every article has a valid UTF-8 title and body, a title, an ID and a
// path, and every problem has a reason.
func fuzzParse(t *testing.T, parse parseFunc, name string, data []byte) {
	arts, probs := parse(name, data)
	for _, a := range arts {
		if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Body) {
			t.Errorf("article %s has invalid UTF-8: title %q body %q", a.Path, a.Title, a.Body)
		}
		if a.Title == "" || a.Body == "" || a.ID == "" || a.Path == "" {
			t.Errorf("article missing title, body, ID or path: %#v", a)
		}
		if len(a.Title) > MaxTitle+len("…") || len(a.Body) > MaxBody {
			t.Errorf("article %s over the caps: title %d bytes, body %d bytes", a.Path, len(a.Title), len(a.Body))
		}
		for _, w := range strings.Fields(a.Body) {
			if len(w) > MaxWord {
				t.Errorf("article %s keeps a %d-byte word", a.Path, len(w))
				break
			}
		}
	}
	for _, p := range probs {
		if p.Reason == "" || p.Path != name {
			t.Errorf("bad problem: %#v", p)
		}
	}
}

// addSeeds adds the fixtures with the given extensions as seeds.
func addSeeds(f *testing.F, exts ...string) {
	for _, dir := range []string{"testdata/load/good", "testdata/load/bad", "testdata/load/dup"} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			for _, ext := range exts {
				if filepath.Ext(p) == ext {
					if b, err := os.ReadFile(p); err == nil {
						f.Add(b)
					}
				}
			}
			return nil
		})
	}
}

// largeShapes are articles past the caps on title, body and word length,
// shaped as the costly files that once made a build superlinear.
func largeShapes(ext string) [][]byte {
	const size = MaxBody + MaxBody/4
	deal := "Amazon agreed to pay Microsoft over $1 billion for Microsoft 365 licences for about 1 million staff. "
	switch ext {
	case ".md":
		return [][]byte{
			[]byte("# T\n\n" + strings.Repeat("_a", size/2)),
			[]byte("---\ntitle: " + strings.Repeat("long ", 200) + "\n---\n" + strings.Repeat(deal, size/len(deal))),
		}
	case ".html":
		return [][]byte{[]byte(`<html><head><meta property="og:title" content="` + strings.Repeat("x", 4*MaxTitle) + `"></head><body><p>Amazon paid $1 billion.</p></body></html>`)}
	}
	return [][]byte{
		[]byte("Big deal\n" + strings.Repeat(deal, size/len(deal))),
		[]byte("T\n" + strings.Repeat("word ", size/5)),
		[]byte(strings.Repeat("Amazon paid $1 billion ", 100) + "\nbody\n"),
	}
}

func FuzzLoadTxt(f *testing.F) {
	addSeeds(f, ".txt")
	for _, s := range largeShapes(".txt") {
		f.Add(s)
	}
	f.Add([]byte("T\r\n\r\nSource: x\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, parseTxt, "f.txt", data) })
}

func FuzzLoadMarkdown(f *testing.F) {
	addSeeds(f, ".md", ".markdown")
	for _, s := range largeShapes(".md") {
		f.Add(s)
	}
	f.Add([]byte("---\ntitle: *a\ndate: !!binary x\n---\n# [a](b) **c** _d_ `e` \\*\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, parseMarkdown, "f.md", data) })
}

func FuzzLoadHTML(f *testing.F) {
	for _, s := range largeShapes(".html") {
		f.Add(s)
	}
	addSeeds(f, ".html", ".htm")
	f.Add([]byte("<meta charset=latin1><title>\xe9</title><p>a<br><br>b</p><table><td>c"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, parseHTML, "f.html", data) })
}

func FuzzLoadJSONL(f *testing.F) {
	addSeeds(f, ".jsonl")
	f.Add([]byte(`{"title":"\ud800","text":"a\u0000b","date":[1]}` + "\n\n{}"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, parseJSONL, "f.jsonl", data) })
}
