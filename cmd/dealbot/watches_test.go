package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/slackfake"
	"github.com/dealbot/dealbot/corpus"
)

const (
	amazonOpenAI = "---\ntitle: OpenAI signs cloud contract with Amazon\ndate: 2025-11-03\nsource: Test Wire\nurl: https://example.com/amazon-openai\n---\nOpenAI agreed to buy cloud computing services from Amazon worth $38 billion over seven years.\n"
	// The same figure, as another outlet wrote it.
	amazonOpenAIElsewhere = "---\ntitle: Amazon wins OpenAI as a cloud customer\ndate: 2025-11-03\nsource: Other Wire\nurl: https://other.example/amazon-openai\n---\nAmazon will sell OpenAI cloud computing services worth $38 billion over seven years, the companies said.\n"
	oracleMeta            = "---\ntitle: Oracle signs Meta cloud deal\ndate: 2025-10-01\nsource: Test Wire\nurl: https://example.com/oracle-meta\n---\nMeta agreed to buy cloud computing capacity from Oracle worth $20 billion over several years.\n"
	amazonOpenAI2         = "---\ntitle: OpenAI widens its Amazon contract\ndate: 2026-01-10\nsource: Test Wire\nurl: https://example.com/amazon-openai-2\n---\nOpenAI agreed to buy further cloud computing services from Amazon worth $12 billion over three years.\n"
)

// rebuildAndCheck writes files into dir (and removes those mapped to "")
// and waits until serve has rebuilt and checked the watches.
func rebuildAndCheck(t *testing.T, s *server, dir string, files map[string]string) {
	t.Helper()
	before := s.logs.count("watches checked after the rebuild")
	for name, data := range files {
		p := filepath.Join(dir, name)
		if data == "" {
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(15 * time.Second)
	for s.logs.count("watches checked after the rebuild") <= before {
		if time.Now().After(deadline) {
			t.Fatalf("no rebuild within 15s of changing %d files", len(files))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func postsTo(fake *slackfake.Server, channel string) []slackfake.Post {
	var out []slackfake.Post
	for _, p := range fake.Posts() {
		if p.Method == "chat.postMessage" && p.Channel == channel {
			out = append(out, p)
		}
	}
	return out
}

// TestWatchesAnnounceNewFiguresOnce: a watch posts a new matching figure
// once; the same figure again, from a copy, another outlet, after a
// restart, or after the article left and came back, is not posted again; a
// watch made after a figure was indexed does not announce it; unwatch
// stops posts.
func TestWatchesAnnounceNewFiguresOnce(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "articles")
	os.MkdirAll(dir, 0o755)
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "oracle-openai.md"), good, 0o644)
	loaded, err := corpus.LoadDir(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(tmp, "deals.bleve")
	buildIndex(t, path, loaded.Articles)
	env := map[string]string{"DEALBOT_STATE": filepath.Join(tmp, "state.db")}
	fake := slackfake.New(t)
	s := serveWithEnv(t, fake, path, env, "--watch", dir)
	waitLog(t, s, "watching for article changes")
	channel := slackfake.DefaultChannel

	fake.LeaveChannel("CSECRET")
	id := fake.SlashCommand("/deal", "watch openai", slackfake.Channel("CSECRET"))
	mustContainAll(t, "a watch in a channel the bot is not in", fake.WaitAck(id).Reply().AllText(), "/invite <@"+fake.BotUserID+">")

	fake.Fail("conversations.info", 1, slackfake.Failure{Status: 200, Error: "missing_scope"})
	mustContainAll(t, "a watch with a scope missing", ask(t, fake, "watch oracle"), "dealbot manifest", "channels:read")
	// A rate-limited check is retried after Retry-After.
	fake.Fail("conversations.info", 1, slackfake.Failure{Status: 429, RetryAfter: time.Second})
	mustContainAll(t, "watch oracle", ask(t, fake, "watch oracle"), "Watching for “oracle”", "(watch 1)")
	mustContainAll(t, "watch amazon openai", ask(t, fake, "watch amazon openai"), "(watch 2)")
	mustContainAll(t, "watches", ask(t, fake, "watches"), "1. “oracle”", "2. “amazon openai”", "/deal unwatch N")

	// A new article with an Amazon–OpenAI figure: one post, for watch 2,
	// and nothing about the Oracle–OpenAI figure that was there before the
	// oracle watch was made.
	rebuildAndCheck(t, s, dir, map[string]string{"amazon-openai.md": amazonOpenAI})
	posts := postsTo(fake, channel)
	if len(posts) != 1 {
		t.Fatalf("%d posts after the new article, want 1", len(posts))
	}
	got := posts[0].AllText()
	t.Logf("announcement:\n%s", got)
	mustContainAll(t, "the announcement", got, "New for watch 2", "$38 billion", "OpenAI signs cloud contract with Amazon")
	if strings.Contains(got, "$300 billion") || strings.Contains(got, "watch 1") {
		t.Errorf("the announcement has a figure that was indexed before its watch was made:\n%s", got)
	}

	// The same article saved again, and the figure from another outlet.
	rebuildAndCheck(t, s, dir, map[string]string{"amazon-openai-copy.md": amazonOpenAI, "amazon-openai-other.md": amazonOpenAIElsewhere})
	// A restart.
	if code, ok := s.stop(); !ok || code != exitOK {
		t.Fatalf("serve did not stop cleanly: %d %v", code, ok)
	}
	s = serveWithEnv(t, fake, path, env, "--watch", dir)
	waitLog(t, s, "watching for article changes")
	// The figure leaves the folder and comes back: new to the index, but
	// announced in this channel already.
	rebuildAndCheck(t, s, dir, map[string]string{"amazon-openai.md": "", "amazon-openai-copy.md": "", "amazon-openai-other.md": ""})
	rebuildAndCheck(t, s, dir, map[string]string{"amazon-openai.md": amazonOpenAI})
	if posts := postsTo(fake, channel); len(posts) != 1 {
		t.Fatalf("%d posts, want still 1: the same figure was announced again:\n%s", len(posts), posts[len(posts)-1].AllText())
	}

	// Unwatch 2, then new figures for both watches: only watch 1 posts.
	mustContainAll(t, "unwatch", ask(t, fake, "unwatch 2"), "Stopped watch 2")
	mustContainAll(t, "unwatch again", ask(t, fake, "unwatch 2"), "no watch 2")
	rebuildAndCheck(t, s, dir, map[string]string{"oracle-meta.md": oracleMeta, "amazon-openai-2.md": amazonOpenAI2})
	posts = postsTo(fake, channel)
	if len(posts) != 2 {
		t.Fatalf("%d posts, want 2", len(posts))
	}
	got = posts[1].AllText()
	mustContainAll(t, "the announcement for watch 1", got, "New for watch 1", "$20 billion")
	if strings.Contains(got, "$12 billion") || strings.Contains(got, "watch 2") {
		t.Errorf("a removed watch was announced:\n%s", got)
	}
}

func TestWatchCommandsWithoutWatchFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	buildIndex(t, path, shippedArticles(t))
	fake := slackfake.New(t)
	serve(t, fake, path)
	mustContainAll(t, "watch without --watch", ask(t, fake, "watch openai"), "Watches are off", "--watch DIR")
}
