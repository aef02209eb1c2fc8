// Package bleveindex is the bleve engine behind dealbot's answering core:
// it implements index.Engine over an embedded bleve index, and
// index.Generations over a directory of index generations on disk.
//
// Build extracts the facts of each article (index.NewEntry), maps them to
// bleve documents with a lean mapping and writes a new generation beside
// the others, then renames a "current" link to it, so a rebuild is atomic
// for every process that reads the index; a lock keeps builds apart, and a
// build that would fill the disk is refused before it starts. Open opens
// the current generation read-only; Dir hands generations to index.Live;
// Memory indexes articles without a disk.
//
// It translates the core's engine-neutral requests clause for clause into
// bleve match, term, conjunction, disjunction, boolean and document ID
// queries, never into bleve's query-string syntax, and returns hits in the
// core's types: no bleve type crosses its API.
package bleveindex
