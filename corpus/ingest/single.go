package ingest

import (
	"context"
	"fmt"

	"github.com/dealbot/dealbot/corpus"
)

// PageError is a fetched page dealbot cannot take as an article: a feed
// where one article was expected, or a page with no readable text. Reason
// is worded for the person who gave the URL.
type PageError struct {
	URL    string
	Reason string
}

// Error is the URL and the reason.
func (e *PageError) Error() string { return e.URL + ": " + e.Reason }

// notAPage is why a feed is refused where one article page was asked for.
const notAPage = "this is a news feed, not an article page: add it to the feeds file (serve --feeds) or give it to dealbot ingest"

// ReadPage fetches one article page and reads it as Run reads a page: its
// title, date, publication and readable text. It is for pages someone
// other than the operator hands dealbot, so what the page says of its
// origin is checked against the host it was fetched from (after
// redirects): the article's URL is the page's canonical link only when
// that stays on the same site, otherwise the address fetched, tidied as
// ingest writes it; its publication is the one the page names only when
// that names the site (Reuters on reuters.com), otherwise the host.
//
// It returns a *FetchError when the page cannot be fetched (a refused
// address among the reasons, with Control set), and a *PageError when it
// is a feed or has no readable text.
func (f *Fetcher) ReadPage(ctx context.Context, rawURL string) (corpus.Article, error) {
	resp, err := f.Get(ctx, rawURL, Validators{})
	if err != nil {
		return corpus.Article{}, err
	}
	return pageArticle(rawURL, resp)
}

// pageArticle reads a fetched response as one article page.
func pageArticle(rawURL string, resp *Response) (corpus.Article, error) {
	a, err := strangerPage(rawURL, resp)
	if err != nil {
		return corpus.Article{}, err
	}
	a.URL = Tidy(firstNonEmpty(a.URL, resp.URL.String()))
	return a, nil
}

// strangerPage reads a fetched response as one article page, held to the
// host it was fetched from (fromStranger), or returns a *PageError.
func strangerPage(rawURL string, resp *Response) (corpus.Article, error) {
	if kindOf(resp.ContentType, resp.Body) == "feed" {
		return corpus.Article{}, &PageError{URL: rawURL, Reason: notAPage}
	}
	a, err := readPage(rawURL, resp.ContentType, resp.Body)
	if err != nil {
		return corpus.Article{}, &PageError{URL: rawURL, Reason: err.Error()}
	}
	return fromStranger(a, resp.URL), nil
}

// AddPage fetches one article page into the folder as Run would for a
// page URL: the same file name, front matter and duplicate checks against
// what the folder holds. Like ReadPage, it is for pages from someone other
// than the operator: the page's canonical link and publication are held to
// the host it was fetched from, as ReadPage says. A feed is refused, since
// it would bring in many articles at once.
//
// The Line says what became of the page: Added (File is the file
// written, Text its title), Known (the folder has it already) or Copied
// (the same story as an article already there, kept in a file of its own
// as another of its sources). It returns a *FetchError when the page
// cannot be fetched and a *PageError when it is a feed or has no readable
// text; any other error means the folder could not be read or written, or
// ctx is done. Nothing is written when there is an error.
func (in *Ingester) AddPage(ctx context.Context, rawURL string) (Line, error) {
	// One page is fetched whatever the folder holds; with a lock, the
	// folder is read under it, once the page is in hand.
	r, err := in.start(ctx, 1, nil, in.opts.Lock == nil)
	if err != nil {
		return Line{}, err
	}
	resp, err := r.get(ctx, rawURL, Validators{})
	var a corpus.Article
	if err == nil {
		a, err = strangerPage(rawURL, resp)
	}
	if ctx.Err() != nil {
		return Line{}, fmt.Errorf("interrupted; nothing was written: %w", ctx.Err())
	}
	if err != nil {
		return Line{Outcome: Failed, URL: rawURL, Text: reason(err)}, err
	}
	unlock, err := r.lock(ctx)
	if err != nil {
		return Line{}, err
	}
	defer unlock()
	// offer resolves the page's canonical link and checks every address
	// the page goes by, so it is given the page as Run reads it, untidied.
	r.offer(a, rawURL, resp.URL)
	if err := r.write(); err != nil {
		return Line{}, err
	}
	return r.sum.Lines[len(r.sum.Lines)-1], nil
}
