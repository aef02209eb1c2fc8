package corpus

import (
	"embed"
	"io/fs"
)

// articlesFS holds the corpus shipped in the binary, under "articles".
//
//go:embed articles
var articlesFS embed.FS

// Embedded returns the articles shipped in the binary, as a file system
// rooted at corpus/articles, for LoadFS.
func Embedded() fs.FS {
	sub, err := fs.Sub(articlesFS, "articles")
	if err != nil {
		// fs.Sub fails only for an invalid directory name, and
		// "articles" is valid.
		panic(err)
	}
	return sub
}
