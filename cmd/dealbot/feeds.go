package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
)

// minEvery is the shortest interval serve polls feeds at: more often is
// impolite to the sites and finds nothing more.
const minEvery = time.Minute

// feedPoller fetches the feeds listed in a file into the watched folder,
// now and then every interval; the folder watch indexes what it writes.
type feedPoller struct {
	file  string
	dir   string
	every time.Duration
	db    state.Store
	log   *slog.Logger
	// followLinks is serve's --follow-links: articles reached through
	// links count as known.
	followLinks bool
	// leading, when set, says whether this replica holds the leader
	// lease; only the leader polls. gained delivers when it takes the
	// lease, to poll at once rather than at the next tick.
	leading func() bool
	gained  <-chan struct{}
	// share, when set, stores the new articles for the other replicas.
	share *articleShare
	// lock is held while ingest settles articles into dir, shared with
	// the pages saved from Slack; nil when nothing else writes there.
	lock *ingest.FolderLock
}

var _ bot.Feeds = (*feedPoller)(nil)

// list reads the feeds file afresh, so that edits apply at the next poll
// without a restart. Lines that are not URLs are logged and skipped.
func (p *feedPoller) list() ([]string, error) {
	data, err := os.ReadFile(p.file)
	if err != nil {
		return nil, fmt.Errorf("reading the feeds file: %w", err)
	}
	urls, problems := ingest.ParseFeedList(p.file, data)
	for _, pr := range problems {
		p.log.Warn("feeds file: skipped a line", "problem", pr)
	}
	return urls, nil
}

// ingester returns the Ingester a poll runs.
func (p *feedPoller) ingester() *ingest.Ingester {
	return ingest.New(ingest.Options{
		Dir:         p.dir,
		FollowLinks: p.followLinks,
		Fetcher:     ingest.NewFetcher(ingest.FetchOptions{UserAgent: userAgent()}),
		Store:       p.db,
		Log:         p.log,
		Lock:        p.lock,
	})
}

// run polls until ctx is done.
func (p *feedPoller) run(ctx context.Context) {
	in := p.ingester()
	p.log.Info("polling feeds", "file", p.file, "every", p.every.String(), "into", p.dir)
	ticker := time.NewTicker(p.every)
	defer ticker.Stop()
	for {
		if p.leading == nil || p.leading() {
			p.poll(ctx, in)
			// Taking the lease before or during this poll needs no
			// second poll at once: this one ran as the leader.
			select {
			case <-p.gained:
			default:
			}
		} else {
			p.log.Debug("not polling the feeds: another replica leads")
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		case <-p.gained:
		}
	}
}

func (p *feedPoller) poll(ctx context.Context, in *ingest.Ingester) {
	urls, err := p.list()
	if err != nil {
		p.log.Error("cannot poll the feeds; trying again at the next poll", "err", err)
		return
	}
	if len(urls) == 0 {
		p.log.Warn("the feeds file lists no feeds", "file", p.file)
		return
	}
	sum, err := in.Run(ctx, urls, nil)
	if p.share != nil {
		// Also after an error: what was written is in the folder.
		p.share.publish(ctx, newFiles(sum.Lines))
	}
	for _, l := range sum.Lines {
		switch l.Outcome {
		case ingest.Failed:
			p.log.Warn("feeds: could not fetch", "url", l.URL, "reason", l.Text)
		case ingest.Added:
			p.log.Info("feeds: new article", "file", l.File, "url", l.URL)
		}
	}
	if err != nil {
		if ctx.Err() == nil {
			p.log.Error("polling the feeds failed", "err", err)
		}
		return
	}
	p.log.Info("polled the feeds", "feeds", len(urls), "new", sum.New, "known", sum.Known, "failed", sum.Failed)
}

// Feeds lists the feeds in the file with what their last fetch gave.
func (p *feedPoller) Feeds(ctx context.Context) ([]bot.FeedStatus, error) {
	urls, err := p.list()
	if err != nil {
		return nil, err
	}
	out := make([]bot.FeedStatus, 0, len(urls))
	for _, u := range urls {
		st, ok, err := p.db.FeedState(ctx, u)
		if err != nil {
			return nil, err
		}
		fs := bot.FeedStatus{URL: u}
		if ok {
			fs.LastFetch, fs.New, fs.Known, fs.Failed = st.LastFetch, st.New, st.Known, st.Failed
			fs.NotModified, fs.Error = st.NotModified, st.Error
		}
		out = append(out, fs)
	}
	return out, nil
}
