package ingest

import (
	"slices"
	"strings"
	"testing"
)

func TestParseFeedList(t *testing.T) {
	data := "# cloud news\nhttps://news.example/rss\n\n  https://dailycloud.example/feed.json   # JSON Feed\nnews.example/atom\nftp://files.example/feed\nhttps://news.example/rss\n"
	urls, probs := ParseFeedList("feeds.txt", []byte(data))
	if want := []string{"https://news.example/rss", "https://dailycloud.example/feed.json"}; !slices.Equal(urls, want) {
		t.Errorf("urls = %q, want %q", urls, want)
	}
	if len(probs) != 2 || !strings.HasPrefix(probs[0], "feeds.txt:5: ") || !strings.HasPrefix(probs[1], "feeds.txt:6: ") {
		t.Errorf("problems = %q, want lines 5 and 6", probs)
	}
}
