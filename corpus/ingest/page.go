package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"mime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"

	"github.com/dealbot/dealbot/corpus"
)

// kindOf says whether a response is a feed or a page, from its
// Content-Type and, when that is vague, from its first bytes.
func kindOf(contentType string, body []byte) string {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/feed+json",
		"application/rdf+xml", "application/json", "application/xml", "text/xml":
		return "feed"
	case "text/html", "application/xhtml+xml":
		return "page"
	}
	head := body[:min(len(body), 4096)]
	if gofeed.DetectFeedType(bytes.NewReader(head)) != gofeed.FeedTypeUnknown {
		return "feed"
	}
	return "page"
}

// parseFeed reads an RSS, Atom or JSON feed.
func parseFeed(body []byte) (*gofeed.Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, errors.New("not a feed dealbot reads (RSS 2.0, Atom or JSON Feed)")
	}
	if err != nil {
		return nil, fmt.Errorf("broken feed: %w", err)
	}
	return f, nil
}

// toUTF8 converts a page to UTF-8 using the character set its
// Content-Type names. Without one, a page that is not UTF-8 is left for
// corpus.ParsePage, which reads a <meta charset>. A named character set
// dealbot cannot convert is an error.
func toUTF8(contentType string, body []byte) ([]byte, error) {
	_, params, _ := mime.ParseMediaType(contentType)
	name := strings.TrimSpace(params["charset"])
	if name == "" {
		if utf8.Valid(body) {
			return body, nil
		}
		// Let a <meta charset> decide, as a browser would; without one,
		// browsers read windows-1252, and so does this.
		_, name, _ = charset.DetermineEncoding(body[:min(len(body), 1024)], "")
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, fmt.Errorf("the page is in the %q character set, which dealbot cannot convert to UTF-8", name)
	}
	if canonical, _ := htmlindex.Name(enc); canonical == "utf-8" {
		if !utf8.Valid(body) {
			return nil, errors.New("the page says it is UTF-8 but is not")
		}
		return body, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, fmt.Errorf("converting the page from %s to UTF-8: %w", name, err)
	}
	// The page's own <meta charset> now lies; corpus reads UTF-8 first.
	return out, nil
}

// readPage turns a fetched page into an article, or says why it cannot.
func readPage(pageURL string, contentType string, body []byte) (corpus.Article, error) {
	text, err := toUTF8(contentType, body)
	if err != nil {
		return corpus.Article{}, err
	}
	arts, probs := corpus.ParsePage(pageURL, text)
	if len(arts) == 0 {
		for _, p := range probs {
			if !p.Warning {
				return corpus.Article{}, errors.New(p.Reason)
			}
		}
		return corpus.Article{}, errors.New("no article text found in the page")
	}
	return arts[0], nil
}

// fullContentWords is how long an item's content must be to be taken as
// the article itself rather than a teaser for it.
const fullContentWords = 150

// itemArticle returns the article a feed item carries in full, or false
// when the item's page must be fetched.
func itemArticle(feedURL string, item *gofeed.Item) (corpus.Article, bool) {
	content := item.Content
	if content == "" {
		return corpus.Article{}, false
	}
	doc := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(item.Title) +
		"</title></head><body><article>" + content + "</article></body></html>"
	if !strings.Contains(content, "<") {
		// content_text in a JSON Feed: paragraphs at blank lines.
		var b strings.Builder
		for _, p := range strings.Split(strings.ReplaceAll(content, "\r\n", "\n"), "\n\n") {
			b.WriteString("<p>" + html.EscapeString(p) + "</p>")
		}
		doc = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(item.Title) +
			"</title></head><body><article>" + b.String() + "</article></body></html>"
	}
	arts, _ := corpus.ParsePage(feedURL, []byte(doc))
	if len(arts) == 0 || len(strings.Fields(arts[0].Body)) < fullContentWords {
		return corpus.Article{}, false
	}
	return arts[0], true
}

// itemDate is when a feed item was published, or updated when that is all
// it says.
func itemDate(item *gofeed.Item) time.Time {
	switch {
	case item.PublishedParsed != nil:
		return item.PublishedParsed.UTC()
	case item.UpdatedParsed != nil:
		return item.UpdatedParsed.UTC()
	}
	return time.Time{}
}
