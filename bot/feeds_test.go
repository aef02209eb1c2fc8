package bot

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestRenderFeeds(t *testing.T) {
	fetched := time.Date(2025, 12, 1, 9, 30, 0, 0, time.UTC)
	m := renderFeeds([]FeedStatus{
		{URL: "https://news.example/cloud/rss", LastFetch: fetched, New: 3, Known: 7, Failed: 1},
		{URL: "https://dailycloud.example/feed.json", LastFetch: fetched, NotModified: true},
		{URL: "https://broken.example/rss", LastFetch: fetched, Error: "broken feed: <!channel> *look* at https://evil.example|here"},
		{URL: "https://later.example/atom.xml"},
	})
	js, err := json.Marshal(m.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	all := string(js)
	for _, want := range []string{
		"Feeds* (4)",
		"<https://news.example/cloud/rss|news.example/cloud/rss> — fetched <!date^1764581400^{date_short_pretty} {time}|2025-12-01 09:30 UTC>: 3 new, 7 already known, 1 could not be read",
		"dailycloud.example/feed.json> — fetched",
		": unchanged",
		"later.example/atom.xml> — not fetched yet",
		"failed: broken feed: &lt;!channel&gt;",
	} {
		if !strings.Contains(all, jsonText(want)) {
			t.Errorf("blocks do not contain %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "<!channel>") || strings.Contains(all, "*look*") {
		t.Errorf("a feed's error text reached Slack unescaped:\n%s", all)
	}
	if m.Text != "dealbot polls 4 feeds." {
		t.Errorf("fallback text = %q", m.Text)
	}

	if none := renderFeeds(nil); !strings.Contains(none.Text, "--feeds FILE") {
		t.Errorf("with no feeds: %q does not say how to add some", none.Text)
	}
}

// jsonText is s as it appears inside a JSON string.
func jsonText(s string) string {
	b, _ := json.Marshal(s)
	return string(b[1 : len(b)-1])
}

func TestRenderFeedsManyLongURLs(t *testing.T) {
	var feeds []FeedStatus
	for i := range 60 {
		feeds = append(feeds, FeedStatus{URL: "https://news.example/" + strings.Repeat("x", 400) + "/" + string(rune('a'+i%26)) + "/rss"})
	}
	m := renderFeeds(feeds)
	if err := checkLimits(m); err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(m.Blocks)
	if !strings.Contains(string(js), "and 20 more") {
		t.Error("the feeds over the limit are not counted")
	}
	if n := strings.Count(string(js), "not fetched yet"); n != 40 {
		t.Errorf("%d feed lines shown whole, want 40: a section was cut short", n)
	}
}
