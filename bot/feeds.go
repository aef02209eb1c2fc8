package bot

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/slack-go/slack"
)

// FeedStatus is what /deal feeds shows for one feed serve polls.
type FeedStatus struct {
	// URL is the feed as listed in the feeds file.
	URL string
	// LastFetch is when it was last fetched; zero when it has not been yet.
	LastFetch time.Time
	// New, Known and Failed count the articles the last fetch gave.
	New, Known, Failed int
	// NotModified is true when the last fetch found the feed unchanged.
	NotModified bool
	// Error is why the last fetch failed; empty when it did not.
	Error string
}

// Feeds lists the feeds serve polls, for /deal feeds.
type Feeds interface {
	// Feeds returns every feed, in the order of the feeds file.
	Feeds(ctx context.Context) ([]FeedStatus, error)
}

// maxFeedLines bounds the feeds one answer lists, within Slack's 50 blocks.
const maxFeedLines = 40

// renderFeeds lists the feeds and what each last fetch gave.
func renderFeeds(feeds []FeedStatus) message {
	if len(feeds) == 0 {
		text := "dealbot polls no feeds. Whoever runs it can list some in a file and start it with `dealbot serve --watch DIR --feeds FILE`."
		return message{Text: text, Blocks: []slack.Block{section(text)}}
	}
	var blocks []slack.Block
	head := fmt.Sprintf("*Feeds* (%d), fetched into the articles dealbot answers from:", len(feeds))
	blocks = append(blocks, section(head))
	var lines []string
	for i, f := range feeds {
		if i == maxFeedLines {
			lines = append(lines, fmt.Sprintf("…and %d more", len(feeds)-i))
			break
		}
		lines = append(lines, "• "+feedLine(f))
	}
	blocks = append(blocks, sections(lines)...)
	text := fmt.Sprintf("dealbot polls %d feeds.", len(feeds))
	return message{Text: text, Blocks: blocks}
}

// feedLine is one feed: its link, when it was fetched and what it gave.
func feedLine(f FeedStatus) string {
	name := f.URL
	if u, err := url.Parse(f.URL); err == nil && u.Host != "" {
		name = u.Host + strings.TrimSuffix(u.EscapedPath(), "/")
	}
	l := link(f.URL, name, 120)
	if f.LastFetch.IsZero() {
		return l + " — not fetched yet"
	}
	when := fmt.Sprintf("<!date^%d^{date_short_pretty} {time}|%s>", f.LastFetch.Unix(), f.LastFetch.UTC().Format("2006-01-02 15:04 UTC"))
	var what string
	switch {
	case f.Error != "":
		what = "failed: " + truncate(escapeLine(f.Error), 150)
	case f.NotModified:
		what = "unchanged"
	default:
		what = fmt.Sprintf("%d new, %d already known", f.New, f.Known)
		if f.Failed > 0 {
			what += fmt.Sprintf(", %d could not be read", f.Failed)
		}
	}
	return l + " — fetched " + when + ": " + what
}

// listFeeds answers /deal feeds.
func (b *Bot) listFeeds(ctx context.Context) reply {
	if b.cfg.Feeds == nil {
		return reply{msg: renderFeeds(nil)}
	}
	feeds, err := b.cfg.Feeds.Feeds(ctx)
	if err != nil {
		b.log.Error("listing the feeds failed", "error", err)
		return reply{msg: renderApology()}
	}
	return reply{msg: renderFeeds(feeds)}
}

// sections puts lines into as many sections as it takes for none to be cut
// at Slack's 3,000 characters, where a cut could fall inside a link.
func sections(lines []string) []slack.Block {
	var blocks []slack.Block
	var cur []string
	size := 0
	for _, l := range lines {
		if size+len(l)+1 > maxSectionText-100 && len(cur) > 0 {
			blocks = append(blocks, section(strings.Join(cur, "\n")))
			cur, size = nil, 0
		}
		cur = append(cur, l)
		size += len(l) + 1
	}
	if len(cur) > 0 {
		blocks = append(blocks, section(strings.Join(cur, "\n")))
	}
	return blocks
}
