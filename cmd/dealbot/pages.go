package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/ingest"
)

// pageTimeout bounds one fetch for the shortcut: someone in Slack is
// waiting for the answer.
const pageTimeout = 20 * time.Second

// slackPages reads and saves the pages people hand dealbot in Slack with the
// "Extract deal facts" shortcut. Its fetcher reaches only public addresses
// unless DEALBOT_FETCH_PRIVATE allows more.
type slackPages struct {
	// x extracts a page's figures as the index does.
	x       *extract.Extractor
	fetcher *ingest.Fetcher
	// ingester writes into the watched folder; nil without --watch.
	ingester *ingest.Ingester
	// share, when set, stores what is saved for the other replicas.
	share *articleShare
}

var (
	_ bot.PageReader   = (*slackPages)(nil)
	_ bot.ArticleSaver = (*slackPages)(nil)
)

// fetchGuard turns DEALBOT_FETCH_PRIVATE into the Control function of the
// fetcher for links from Slack: empty, 0 or false refuses every address
// that is not public; 1, true or all allows any; a comma-separated list of
// addresses and prefixes ("10.20.0.0/16, 192.168.1.20") allows those.
func fetchGuard(setting string, log *slog.Logger) (ingest.FetchOptions, error) {
	opts := ingest.FetchOptions{UserAgent: userAgent(), Timeout: pageTimeout}
	switch strings.ToLower(strings.TrimSpace(setting)) {
	case "", "0", "false", "no":
		opts.Control = ingest.PublicOnly()
	case "1", "true", "yes", "all":
		log.Warn("DEALBOT_FETCH_PRIVATE allows every address: a link shared in Slack can reach this machine and its network, the cloud metadata service included")
	default:
		allow, err := ingest.ParseAllow(setting)
		if err != nil {
			return opts, fmt.Errorf("DEALBOT_FETCH_PRIVATE: %w; set it to 1 to allow every address, or list addresses and prefixes separated by commas", err)
		}
		opts.Control = ingest.PublicOnly(allow...)
	}
	return opts, nil
}

// newSlackPages returns the pages for the shortcut, saving into watchDir
// when it is not empty. lock is the folder's, shared with everything else
// that writes articles into it (nil makes one for these pages alone): one
// save settles at a time, so two presses of the same button at once, or a
// press and a feed poll bringing the same story, write it once. A press
// waits for the lock only as long as its context allows.
func newSlackPages(x *extract.Extractor, opts ingest.FetchOptions, watchDir string, followLinks bool, lock *ingest.FolderLock, log *slog.Logger) *slackPages {
	p := &slackPages{x: x, fetcher: ingest.NewFetcher(opts)}
	if lock == nil {
		lock = ingest.NewFolderLock()
	}
	if watchDir != "" {
		p.ingester = ingest.New(ingest.Options{Dir: watchDir, FollowLinks: followLinks, Fetcher: p.fetcher, Log: log, Lock: lock})
	}
	return p
}

// ReadPage fetches the page and extracts its figures as the index does.
func (p *slackPages) ReadPage(ctx context.Context, url string) (bot.Page, error) {
	a, err := p.fetcher.ReadPage(ctx, url)
	if err != nil {
		return bot.Page{}, pageError(err)
	}
	a.ID = corpus.ArticleID(a.Title, a.Body)
	return bot.Page{Article: a, Facts: p.x.Extract(a)}, nil
}

// SaveArticle fetches the page again and writes it into the watched folder
// as dealbot ingest does.
func (p *slackPages) SaveArticle(ctx context.Context, url string) (bot.Saved, error) {
	if p.ingester == nil {
		return bot.Saved{}, fmt.Errorf("%w: serve runs without --watch", bot.ErrNotSaved)
	}
	l, err := p.ingester.AddPage(ctx, url)
	var fe *ingest.FetchError
	var pe *ingest.PageError
	switch {
	case errors.As(err, &fe), errors.As(err, &pe):
		return bot.Saved{}, pageError(err)
	case err != nil && ctx.Err() != nil:
		// Out of time, not a folder that cannot be written.
		return bot.Saved{}, tooLong(err)
	case err != nil:
		return bot.Saved{}, fmt.Errorf("%w: %w", bot.ErrNotSaved, err)
	}
	if p.share != nil {
		p.share.publish(ctx, newFiles([]ingest.Line{l}))
	}
	if l.Outcome != ingest.Added {
		// The line names the file holding the page, not its title.
		return bot.Saved{Known: true}, nil
	}
	return bot.Saved{Title: l.Text}, nil
}

// pageError words an ingest error for the person in Slack: the reason
// alone, a page without an article marked as such.
func pageError(err error) error {
	var fe *ingest.FetchError
	var pe *ingest.PageError
	switch {
	case errors.As(err, &pe):
		return fmt.Errorf("%w: %s", bot.ErrNoArticle, pe.Reason)
	case errors.As(err, &fe):
		return reasonError{reason: fe.Reason, err: err}
	}
	return err
}

// tooLong is the error for a save that ran out of time, worded for the
// person who pressed the button.
func tooLong(err error) error {
	return reasonError{reason: "it took too long, nothing was saved; press the button again in a minute", err: err}
}

// reasonError is an error shown by its reason alone: the URL it is about
// is in the reply already.
type reasonError struct {
	reason string
	err    error
}

func (e reasonError) Error() string { return e.reason }

func (e reasonError) Unwrap() error { return e.err }
