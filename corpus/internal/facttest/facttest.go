// Package facttest holds what the extraction tests and the quality tests
// share: reading a table of cases and printing facts for a failure.
package facttest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// ReadJSONL reads one T from each non-blank line of the JSON Lines file
// at path, failing the test with the line number when one does not parse.
func ReadJSONL[T any](t testing.TB, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Dedupe keeps the first of facts equal in kind, value and first company,
// as an article repeating "$1 billion" states one figure.
func Dedupe(facts []corpus.Fact) []corpus.Fact {
	seen := map[string]bool{}
	var out []corpus.Fact
	for _, f := range facts {
		first := ""
		if len(f.Companies) > 0 {
			first = f.Companies[0]
		}
		// Two currencies are two figures: "€5bn for Belgium" and "£5bn
		// for the UK" in one article.
		// A group's share and one member's alike are two figures too.
		k := fmt.Sprintf("%s|%g|%s|%s|%v", f.Kind, f.Value, f.Unit, first, f.Group())
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// Describe prints facts one to a line for a failure message.
func Describe(facts []corpus.Fact) string {
	var b strings.Builder
	for _, f := range facts {
		fmt.Fprintf(&b, "\n  %s %g %s %q %v %q (%s)", f.Kind, f.Value, f.Unit, f.Qualifier, f.Companies, f.Market, f.Text)
	}
	return b.String()
}

// RealArticles reads the Markdown articles of one split of the
// real-reporting set, each with its file name as ID, as the labels name it.
func RealArticles(tb testing.TB, dir string) []corpus.Article {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []corpus.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := corpus.ParseArticle(filepath.Base(p), data)
		if err != nil {
			tb.Errorf("%s: %v", p, err)
			continue
		}
		a.ID = a.Path
		out = append(out, a)
	}
	return out
}
