package bleveindex

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// largeShapes are single articles made to be costly: each is a file of the
// given size that `dealbot index` loads and builds as it would any other.
var largeShapes = []struct {
	name, file string
	make       func(size int) string
}{
	{"deal-sentences", "a.txt", func(size int) string {
		s := "Amazon agreed to pay Microsoft over $1 billion for Microsoft 365 licences for about 1 million staff. "
		return "Big deal\n" + strings.Repeat(s, size/len(s))
	}},
	{"one-line", "a.txt", func(size int) string { return "T\n" + strings.Repeat("word ", size/5) }},
	{"markdown-emphasis", "a.md", func(size int) string { return "# T\n\n" + strings.Repeat("_a ", size/3) }},
	{"og-title", "a.html", func(size int) string {
		return `<html><head><meta property="og:title" content="` + strings.Repeat("x", size) + `"></head><body><p>Amazon paid $1 billion.</p></body></html>`
	}},
}

// BenchmarkIndexLargeArticle loads and builds one large article of each
// shape at 0.5, 1, 2, 5 and 10 MB. Time and bytes allocated grow linearly
// with the size, and flatten once corpus.MaxBody and MaxFactsPerArticle
// cut what is kept.
//
//	go test ./index/bleveindex -run XXX -bench IndexLargeArticle -benchtime 1x -count 3
func BenchmarkIndexLargeArticle(b *testing.B) {
	for _, shape := range largeShapes {
		for _, mb := range []float64{0.5, 1, 2, 5, 10} {
			size := int(mb*(1<<20)) - 1024
			b.Run(fmt.Sprintf("%s/%gMB", shape.name, mb), func(b *testing.B) {
				dir := b.TempDir()
				if err := os.WriteFile(filepath.Join(dir, shape.file), []byte(shape.make(size)), 0o644); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(size))
				b.ReportAllocs()
				for i := range b.N {
					ctx := context.Background()
					loaded, err := corpus.LoadDir(ctx, dir)
					if err != nil || len(loaded.Articles) != 1 {
						b.Fatalf("load: %v %v", err, loaded.Problems)
					}
					if _, err := Build(ctx, extract.New(), filepath.Join(dir, fmt.Sprint("idx", i)), loaded.Articles, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
