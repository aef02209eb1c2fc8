package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/layout"
)

// ShortcutCallbackID is the callback ID of the "Extract deal facts" message
// shortcut, as the manifest declares it.
const ShortcutCallbackID = "extract_deal_facts"

// addArticleActionID is the "Add to articles" button under a shortcut's
// answer.
const addArticleActionID = "add_article"

// ErrNoArticle is wrapped by PageReader and ArticleSaver errors for a page
// that was fetched but holds no article: a feed, or no readable text.
var ErrNoArticle = errors.New("no article in the page")

// ErrNotSaved is wrapped by ArticleSaver errors for a page that was read
// but could not be written into the article folder.
var ErrNotSaved = errors.New("the article could not be saved into the folder")

// Page is an article read from a link shared in Slack, with the figures
// found in it.
type Page struct {
	Article corpus.Article
	Facts   []corpus.Fact
}

// PageReader reads the pages behind links people hand dealbot with the
// "Extract deal facts" shortcut. The bot does no fetching of its own:
// cmd/dealbot wires this to the ingest fetcher and the extractor the index
// uses.
type PageReader interface {
	// ReadPage fetches the article page at url and extracts its figures.
	// Implementations fetch only from public addresses unless the operator
	// allows others. The error wraps ErrNoArticle when the page holds no
	// article; any other error means it could not be fetched. Either way
	// the text after ErrNoArticle's is the reason alone, without the URL
	// (the reply names the site), in words for the person who shared the
	// link.
	ReadPage(ctx context.Context, url string) (Page, error)
}

// Saved is what became of a page handed to an ArticleSaver.
type Saved struct {
	// Title is the article's title; it may be empty when Known.
	Title string
	// Known is true when the folder already held the article (or the same
	// story from another outlet), so nothing new was indexed.
	Known bool
}

// ArticleSaver saves a page into the article folder serve watches, for the
// "Add to articles" button.
type ArticleSaver interface {
	// SaveArticle fetches url again, under the same address rules as
	// PageReader, and writes the article into the folder as dealbot ingest
	// would, unless the folder holds it already. Errors are as ReadPage's,
	// or wrap ErrNotSaved when the folder cannot be written.
	SaveArticle(ctx context.Context, url string) (Saved, error)
}

// slackLink matches a link in message text as Slack sends it: <url> or
// <url|label>.
var slackLink = regexp.MustCompile(`<(https?://[^|>\s]+)(?:\|[^>]*)?>`)

// firstLink returns the first web link in message text as Slack sends it,
// with the entities Slack escapes undone, or "" when there is none.
func firstLink(text string) string {
	m := slackLink.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return entityUnescaper.Replace(m[1])
}

// onShortcut answers the "Extract deal facts" message shortcut privately,
// through the payload's response_url, once it is claimed under key.
func (b *Bot) onShortcut(ctx context.Context, key string, cb slack.InteractionCallback) {
	if cb.CallbackID != ShortcutCallbackID {
		b.log.Debug("ignoring an unknown message shortcut", "callback_id", cb.CallbackID)
		return
	}
	pageURL, responseURL, user := firstLink(cb.Message.Text), cb.ResponseURL, cb.User.ID
	b.spawnClaimed(ctx, key, user, func(ctx context.Context) {
		defer b.recoverPanic("extract deal facts", func() {
			b.postResponse(ctx, responseURL, payloadFor(renderApology(), false))
		})
		b.postResponse(ctx, responseURL, payloadFor(b.fit(b.shortcutMessage(ctx, pageURL)), false))
	})
}

// shortcutMessage reads the page behind pageURL and lays out its figures
// as an answer, with an "Add to articles" button when pages can be saved.
func (b *Bot) shortcutMessage(ctx context.Context, pageURL string) message {
	if pageURL == "" {
		return oneLine("That message has no link. Use Extract deal facts on a message that links to a news article.")
	}
	if b.cfg.Pages == nil {
		return oneLine("Reading links is not set up for this dealbot. Ask whoever runs it, or use /deal to ask about the articles it has.")
	}
	ctx, cancel := context.WithTimeout(ctx, b.askTimeout)
	defer cancel()
	page, err := b.cfg.Pages.ReadPage(ctx, pageURL)
	if err != nil {
		b.log.Info("extract deal facts: could not read a page", "url", pageURL, "error", err)
		return pageFailure(pageURL, err)
	}
	if len(page.Facts) == 0 {
		return oneLine(fmt.Sprintf("No figures in %s: dealbot finds deal values, seat counts and market shares, and this page states none it can read.",
			link(page.Article.URL, page.Article.Title, maxTitle)))
	}
	m := renderPage(page)
	if b.cfg.Saver != nil {
		m = withAddButton(m, pageURL)
	}
	return m
}

// pageFailure says why a page could not be read and what to do.
func pageFailure(pageURL string, err error) message {
	what := hostOf(pageURL)
	if errors.Is(err, ErrNoArticle) {
		return oneLine(fmt.Sprintf("No readable article at %s (%s). Use Extract deal facts on a link to the article itself.",
			escapeLine(what), escapeLine(reasonOf(err))))
	}
	return oneLine(fmt.Sprintf("Could not fetch %s: %s. Check that the link opens in a browser, or save the article with dealbot ingest.",
		escapeLine(what), escapeLine(reasonOf(err))))
}

// hostOf names the site a link leads to, for replies about it.
func hostOf(pageURL string) string {
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		return u.Host
	}
	return "the linked page"
}

// reasonOf is an error's text as the reply gives it: the reason alone,
// worded by the PageReader or ArticleSaver for the person who shared the
// link.
func reasonOf(err error) string {
	s := strings.TrimPrefix(err.Error(), ErrNoArticle.Error()+": ")
	return strings.TrimSuffix(strings.TrimSpace(s), ".")
}

// oneLine is a reply of one plain sentence, already escaped.
func oneLine(text string) message {
	return mrkdwnMessage(text, withoutLinks(text))
}

// withoutLinks strips mrkdwn links from text for the notification fallback:
// "<url|title>" becomes "title".
func withoutLinks(text string) string {
	return mrkdwnLink.ReplaceAllString(text, "$1")
}

// mrkdwnLink matches a titled link in mrkdwn.
var mrkdwnLink = regexp.MustCompile(`<[^|>]*\|([^>]*)>`)

// shortcutLines is how many further figures the answer lists: a page
// states a handful, and they are all of what the reader asked for.
const shortcutLines = 6

// renderPage lays out a page's figures as the bot's other answers are
// laid out: the main deal or share first, with its source, then the rest.
func renderPage(p Page) message {
	a := p.Article
	src := index.Source{ArticleID: a.ID, Title: a.Title, URL: a.URL, Publication: a.Publication, Published: a.Published}
	type figure struct {
		kind  corpus.Kind
		value float64
		unit  string
	}
	seen := map[figure]bool{}
	facts := make([]index.FactAnswer, 0, len(p.Facts))
	for _, f := range p.Facts {
		// A figure in the headline and again in the text is one figure.
		if k := (figure{f.Kind, f.Value, f.Unit}); !seen[k] {
			seen[k] = true
			facts = append(facts, index.FactAnswer{Fact: f, Sources: []index.Source{src}})
		}
	}
	// Deals first, then seats and shares, then the figures that only
	// describe the companies; in the order the page gives them within each.
	slices.SortStableFunc(facts, func(x, y index.FactAnswer) int { return cmp.Compare(pageRank(x.Kind), pageRank(y.Kind)) })
	r := layout.Lay(index.Answer{Facts: facts}, layout.Options{All: true, MaxLines: shortcutLines})
	if len(r.Lines) > 0 {
		r.Heading = "Also in this page"
	}
	return renderReply(r)
}

func pageRank(k corpus.Kind) int {
	switch k {
	case corpus.DealValue:
		return 0
	case corpus.Seats:
		return 1
	case corpus.MarketShare:
		return 2
	case corpus.ContractLength:
		return 3
	}
	return 4
}

// withAddButton puts the "Add to articles" button under a page's answer.
// Its value is the link only: pressing it fetches the page again, so
// nothing in the value is ever written to the folder.
func withAddButton(m message, pageURL string) message {
	if len(pageURL) > maxButtonValue {
		return m
	}
	btn := slack.NewButtonBlockElement(addArticleActionID, pageURL, plain("Add to articles"))
	btn.Style = slack.StylePrimary
	out := m
	out.Blocks = append(append([]slack.Block(nil), m.Blocks...), slack.NewActionBlock("dealbot_page_actions", btn))
	return out
}

// addArticle answers an "Add to articles" press by user privately: the
// page at pageURL is fetched again and saved into the watched folder,
// unless the press is over the limits on adding.
func (b *Bot) addArticle(ctx context.Context, pageURL, user, responseURL string) {
	defer b.recoverPanic("add to articles", func() {
		b.postResponse(ctx, responseURL, payloadFor(renderApology(), false))
	})
	b.postResponse(ctx, responseURL, payloadFor(b.fit(b.addArticleMessage(ctx, pageURL, user)), false))
}

func (b *Bot) addArticleMessage(ctx context.Context, pageURL, user string) message {
	if b.cfg.Saver == nil {
		return oneLine("Adding articles is not turned on: whoever runs dealbot can start it with serve --watch DIR.")
	}
	if u, err := url.Parse(pageURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return oneLine("That button does not hold a link dealbot can add. Use Extract deal facts on the message again.")
	}
	if r := b.adds.take(user); r != nil {
		b.log.Info("add to articles: refused a press over the limit", "user", user, "workspace_limit", r.workspace, "count", r.count)
		return oneLine(tooManyAdds(r))
	}
	ctx, cancel := context.WithTimeout(ctx, b.askTimeout)
	defer cancel()
	saved, err := b.cfg.Saver.SaveArticle(ctx, pageURL)
	if errors.Is(err, ErrNotSaved) {
		b.log.Error("add to articles: could not write into the article folder", "url", pageURL, "error", err)
		return oneLine("Could not save the article into dealbot's folder. Whoever runs dealbot can find why in its log.")
	}
	if err != nil {
		b.log.Info("add to articles: could not save a page", "url", pageURL, "error", err)
		return pageFailure(pageURL, err)
	}
	b.log.Info("add to articles: saved a page", "url", pageURL, "title", saved.Title, "known", saved.Known)
	if saved.Known {
		return oneLine("Already in the articles: " + link(pageURL, cmp.Or(saved.Title, hostOf(pageURL)), maxTitle) + " — nothing to add.")
	}
	return oneLine("Added: " + link(pageURL, saved.Title, maxTitle) + " — indexed within a second.")
}

// tooManyAdds says which limit on adding a press reached and when to try
// again, in the reader's time zone.
func tooManyAdds(r *addRefusal) string {
	// The minute shown is one by which the press is taken.
	t := r.retryAt
	if t.Truncate(time.Minute) != t {
		t = t.Truncate(time.Minute).Add(time.Minute)
	}
	at := fmt.Sprintf("<!date^%d^{time}|%s>", t.Unix(), t.UTC().Format("15:04 UTC"))
	if r.workspace {
		return fmt.Sprintf("Add to articles was pressed %d times in this workspace in the last hour, as many as dealbot takes; try again at %s, or ask whoever runs dealbot to add the page with dealbot ingest.", r.count, at)
	}
	return fmt.Sprintf("You have pressed Add to articles %d times in the last hour, as many as one person may; try again at %s.", r.count, at)
}
