// Package ingest brings news into an article folder: it fetches feeds
// (RSS 2.0, Atom, JSON Feed) and article pages over HTTP, drops stories
// the folder already holds, and writes each new article as a Markdown file
// that corpus.LoadDir reads.
//
// Fetching is bounded (time, size, redirects, concurrent requests per
// host) and polite (a User-Agent naming dealbot, conditional requests for
// feeds). URLs that come from people who do not run dealbot can be limited
// to public addresses with PublicOnly.
//
// It never changes or removes a file already in the folder: new files are
// written under a temporary name and linked into place only if the name is
// free.
package ingest
