package ingest

import (
	"context"

	"github.com/dealbot/dealbot/corpus"
)

// Holdings is what an article folder holds as ingest's duplicate checks see
// it: the addresses its articles were fetched from (each article's own
// and its other outlets'), and their stories, compared as near-duplicates
// so that a syndicated copy under another headline or credit line is the
// same story. Run and AddPage settle every article against it; whatever
// else writes into the folder can read one with ReadHoldings and ask Find,
// so that what it writes passes the same test. Holdings are not safe for
// concurrent use.
type Holdings struct {
	// urls maps canonical addresses to the file holding them (or, during
	// a run, the pending article, "#N").
	urls    map[string]string
	stories *stories
	// file and url are, by story number, the file telling the story and
	// its article's address.
	file []string
	url  []string
}

func newHoldings() *Holdings {
	return &Holdings{urls: map[string]string{}, stories: newStories()}
}

// ReadHoldings reads the articles in dir as Run does before settling, with
// symbolic links leading out of dir followed when followLinks is set. The
// error is corpus.LoadDir's: dir cannot be read, or ctx is done.
func ReadHoldings(ctx context.Context, dir string, followLinks bool) (*Holdings, error) {
	load := corpus.LoadDir
	if followLinks {
		load = corpus.LoadDirFollowingLinks
	}
	loaded, err := load(ctx, dir)
	if err != nil {
		return nil, err
	}
	k := newHoldings()
	for _, a := range loaded.Articles {
		k.add(a, a.Path)
	}
	return k, nil
}

// Held is what Find says of an article.
type Held struct {
	// File is the file holding the article's address or its story, as a
	// path within the folder; empty when the folder holds neither.
	File string
	// SameStoryAs is set when the folder holds the article's story but
	// not its address: it is the address of the article telling the
	// story. Ingest keeps such an article as another source of the story,
	// in a file of its own that names it (corpus.Article.SameStoryAs).
	// It is empty when the address is held, and when the story's article
	// has no address to name, which ingest takes as holding it.
	SameStoryAs string
}

// Find reports whether the folder holds article a, as ingest would judge
// it had it fetched a: by any of a's addresses (its URL and its other
// outlets', compared in their canonical form), then by its story.
func (k *Holdings) Find(a corpus.Article) Held {
	for _, u := range articleURLs(a) {
		if file, ok := k.urls[Canonical(u)]; ok {
			return Held{File: file}
		}
	}
	n := k.stories.match(a.Body)
	if n < 0 {
		return Held{}
	}
	return Held{File: k.file[n], SameStoryAs: k.url[n]}
}

// Add records that file holds article a: its addresses and, unless a is
// another outlet's copy of a story (SameStoryAs set), its story.
func (k *Holdings) Add(a corpus.Article, file string) {
	if a.SameStoryAs != "" {
		for _, u := range articleURLs(a) {
			k.urls[Canonical(u)] = file
		}
		return
	}
	k.add(a, file)
}

// add records a's addresses and its story as held by file, and returns
// the story's number.
func (k *Holdings) add(a corpus.Article, file string) int {
	for _, u := range articleURLs(a) {
		k.urls[Canonical(u)] = file
	}
	n := k.stories.add(a.Body)
	k.file = append(k.file, file)
	k.url = append(k.url, a.URL)
	return n
}

// articleURLs returns the addresses article a goes by: its own and its
// other outlets', the empty ones left out.
func articleURLs(a corpus.Article) []string {
	var out []string
	if a.URL != "" {
		out = append(out, a.URL)
	}
	for _, s := range a.OtherOutlets {
		if s.URL != "" {
			out = append(out, s.URL)
		}
	}
	return out
}
