package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// FeedState is what is remembered about one URL given to ingest between
// runs: how to ask for it conditionally, and what the last fetch gave.
type FeedState struct {
	// URL is the address as it was given.
	URL string
	// Validators are sent with the next request, so an unchanged feed
	// costs the server a 304.
	Validators Validators
	// LastFetch is when it was last fetched.
	LastFetch time.Time
	// Feed is true when it was a feed the last time it could be read.
	Feed bool
	// New, Known and Failed count the articles the last fetch gave.
	New, Known, Failed int
	// NotModified is true when the last fetch was answered 304.
	NotModified bool
	// Error is why the last fetch failed; empty when it did not.
	Error string
}

// FeedStore keeps FeedState between runs. Implementations must be safe for
// concurrent use.
type FeedStore interface {
	// FeedState returns the state saved for url; ok is false when there is
	// none.
	FeedState(ctx context.Context, url string) (st FeedState, ok bool, err error)
	// SaveFeedState stores st under st.URL, replacing what was there.
	SaveFeedState(ctx context.Context, st FeedState) error
}

// Outcome is what became of one article or URL, for the person who asked.
type Outcome string

// Outcomes.
const (
	Added  Outcome = "new"    // written to the folder
	Known  Outcome = "known"  // the folder already had it, or the feed was unchanged
	Copied Outcome = "copy"   // the same story as a new article, kept as another of its sources
	Failed Outcome = "failed" // could not be read
)

// Line is one thing ingest has to say: an article written, one already
// known, a URL that failed and why.
type Line struct {
	Outcome Outcome
	// URL is the feed, page or item the line is about.
	URL string
	// File is the file written (Added) or already holding the story.
	File string
	// Text says more: the title, or the reason for a failure.
	Text string
}

// String returns the line as it is printed.
func (l Line) String() string {
	switch l.Outcome {
	case Added:
		return fmt.Sprintf("new     %s  %s", l.File, l.Text)
	case Known:
		switch {
		case l.File != "" && l.Text != "":
			return fmt.Sprintf("known   %s  %s %s", l.URL, l.Text, l.File)
		case l.File != "":
			return fmt.Sprintf("known   %s  (%s)", l.URL, l.File)
		}
		return fmt.Sprintf("known   %s  %s", l.URL, l.Text)
	case Copied:
		if l.File != "" {
			return fmt.Sprintf("source  %s  %s (%s)", l.URL, l.Text, l.File)
		}
		return fmt.Sprintf("source  %s  %s", l.URL, l.Text)
	}
	return fmt.Sprintf("failed  %s: %s", l.URL, l.Text)
}

// Summary is what one run did.
type Summary struct {
	// New, Known, Copies and Failed count articles (or whole URLs, for an
	// unchanged feed or one that failed before any article was seen).
	New, Known, Copies, Failed int
	// Lines say what became of each, in the order they were settled.
	Lines []Line
	// Inputs and InputsFailed count the URLs given and those that gave
	// nothing at all.
	Inputs, InputsFailed int
}

// Nothing reports whether no URL could be ingested at all: every one
// failed.
func (s Summary) Nothing() bool { return s.Inputs > 0 && s.InputsFailed == s.Inputs }

// Options configures an Ingester.
type Options struct {
	// Dir is the article folder new articles are written into. It is
	// created when missing.
	Dir string
	// FollowLinks reads the articles already in Dir following symbolic
	// links that lead outside it, as serve --follow-links does, so that
	// they count as known.
	FollowLinks bool
	// Fetcher fetches feeds and pages.
	Fetcher *Fetcher
	// Store remembers feed state between runs; nil remembers nothing.
	Store FeedStore
	// Workers is how many pages are fetched at once, over all hosts; the
	// Fetcher's per-host limit applies within it. Zero means 8.
	Workers int
	// Now returns the time; nil means time.Now.
	Now func() time.Time
	// Log receives debug lines; nil discards them.
	Log *slog.Logger
	// Lock, when set, is held from reading the folder for the duplicate
	// checks to writing the new files, and shared with every other
	// Ingester writing into Dir; fetching happens outside it.
	Lock *FolderLock
}

// Ingester fetches URLs into an article folder.
type Ingester struct {
	opts Options
}

// New returns an Ingester.
func New(opts Options) *Ingester {
	if opts.Workers <= 0 {
		opts.Workers = 8
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	return &Ingester{opts: opts}
}

// Progress is told how many articles and URLs are settled out of how many
// are known so far; the total grows as feeds list their items.
