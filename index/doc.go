// Package index keeps dealbot's articles and facts in an embedded bleve index
// and answers questions from it.
//
// It adapts bleve to dealbot's domain: callers hand it corpus.Article values
// and get back an Answer; no bleve type crosses its API. An index on disk is a
// directory of generations with a "current" symlink, so a rebuild is atomic
// for every process that reads it.
package index
