package corpus

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// TestParseArticleAsLoad checks that ParseArticle gives, for every file of
// the load test folders and the shipped corpus, what loading a folder
// holding that file alone gives: the same article, or an error when the
// load gives no article or several.
func TestParseArticleAsLoad(t *testing.T) {
	files := map[string][]byte{}
	for _, dir := range []string{filepath.Join("testdata", "load"), "articles"} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			files[filepath.Base(p)+"\x00"+p] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 60 {
		t.Fatalf("found %d files; the test folders have moved", len(files))
	}
	for key, data := range files {
		name, p, _ := strings.Cut(key, "\x00")
		t.Run(p, func(t *testing.T) {
			loaded, err := LoadFS(context.Background(), fstest.MapFS{name: &fstest.MapFile{Data: data, Mode: 0o644}})
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseArticle(name, data)
			if len(loaded.Articles) != 1 {
				if err == nil {
					t.Errorf("got an article, but a load gives %d", len(loaded.Articles))
				} else if !strings.HasPrefix(err.Error(), name+":") {
					t.Errorf("error %q does not name the file", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("got %v, but a load gives an article", err)
			}
			if !reflect.DeepEqual(got, loaded.Articles[0]) {
				t.Errorf("got\n%+v\na load gives\n%+v", got, loaded.Articles[0])
			}
		})
	}
}

// TestParseArticleRefuses checks that a file a load would skip, or that
// holds no single article, is refused with the reason.
func TestParseArticleRefuses(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string
	}{
		{".draft.md", "# Title\n\nBody.\n", "a hidden file"},
		{"notes/.old/deal.md", "# Title\n\nBody.\n", "a hidden file"},
		{"figures.csv", "a,b\n", "not an article format"},
		{"empty.txt", "", "empty.txt:"},
		{"two.jsonl", `{"title": "One", "body": "The first article."}` + "\n" + `{"title": "Two", "body": "The second article."}` + "\n", "holds 2 articles"},
		{"big.txt", "Title\n\n" + strings.Repeat("x", MaxFileSize), "over the 10 MB limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle(tt.name, []byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %+v, %v; want an error containing %q", a, err, tt.want)
			}
		})
	}
}
