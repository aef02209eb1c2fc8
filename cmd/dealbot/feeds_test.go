package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot/slackfake"
	"github.com/dealbot/dealbot/corpus"
)

// TestServePollsFeeds runs serve --watch DIR --feeds FILE against a news
// site on 127.0.0.1: the feed's article is written into DIR, indexed by the
// watch and answered, and /deal feeds says what the fetch gave.
func TestServePollsFeeds(t *testing.T) {
	site := newsSite(t)
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "articles")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "oracle-openai.md"), good, 0o644); err != nil {
		t.Fatal(err)
	}
	feedsFile := filepath.Join(tmp, "feeds.txt")
	if err := os.WriteFile(feedsFile, []byte("# cloud news\n"+site.URL+"/rss\n"+site.URL+"/missing-feed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	statePath := filepath.Join(tmp, "state.db")

	loaded, err := corpus.LoadDir(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(tmp, "deals.bleve")
	buildIndex(t, path, loaded.Articles)
	fake := slackfake.New(t)
	s := serveWithEnv(t, fake, path, map[string]string{"DEALBOT_STATE": statePath}, "--watch", dir, "--feeds", feedsFile, "--every", "1h")

	askUntil(t, fake, "amazon openai", "$38 billion")
	waitLog(t, s, "polled the feeds")
	got := ask(t, fake, "feeds")
	mustContainAll(t, "/deal feeds", got, "Feeds* (2)", "/rss|", "1 new, 0 already known", "/missing-feed|", "failed: the server answered 404 Not Found")
	if _, err := os.Stat(filepath.Join(dir, "2025-11-03-openai-signs-38-billion-cloud-deal-with-amazon.md")); err != nil {
		t.Errorf("the feed's article is not in the folder: %v", err)
	}
}

func TestServeFeedsFlags(t *testing.T) {
	tmp := t.TempDir()
	env := map[string]string{
		"SLACK_APP_TOKEN": "xapp-1-A111-222-abc",
		"SLACK_BOT_TOKEN": "xoxb-111-222-abc",
		"DEALBOT_STATE":   filepath.Join(tmp, "state.db"),
	}
	feedsFile := filepath.Join(tmp, "feeds.txt")
	os.WriteFile(feedsFile, []byte("https://news.example/rss\n"), 0o644)
	damaged := filepath.Join(tmp, "damaged.db")
	junk := strings.Repeat("junk", 2048)
	os.WriteFile(damaged, []byte(junk), 0o600)

	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		code   int
		stderr string
	}{
		{"feeds without watch", env, []string{"serve", "--feeds", feedsFile}, exitUsage, "--feeds needs --watch DIR"},
		{"too often", env, []string{"serve", "--watch", tmp, "--feeds", feedsFile, "--every", "10s"}, exitUsage, "too often"},
		{"missing feeds file", env, []string{"serve", "--watch", tmp, "--feeds", filepath.Join(tmp, "none.txt")}, exitFail, "none.txt"},
		{"damaged state", map[string]string{
			"SLACK_APP_TOKEN": env["SLACK_APP_TOKEN"], "SLACK_BOT_TOKEN": env["SLACK_BOT_TOKEN"], "DEALBOT_STATE": damaged,
		}, []string{"serve", "--watch", tmp, "--feeds", feedsFile}, exitFail, "move it aside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := dealbot(t, tt.env, "", tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit %d, want %d; stderr should say %q:\n%s", r.code, tt.code, tt.stderr, r.stderr)
			}
		})
	}
	if data, _ := os.ReadFile(damaged); string(data) != junk {
		t.Error("serve changed the damaged state file")
	}
}
