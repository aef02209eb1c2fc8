package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// records is a slog.Handler that hands every record to a channel, for tests
// to wait on what a goroutine logs.
type records chan slog.Record

func (r records) Enabled(context.Context, slog.Level) bool { return true }
func (r records) Handle(_ context.Context, rec slog.Record) error {
	r <- rec.Clone()
	return nil
}
func (r records) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r records) WithGroup(string) slog.Handler      { return r }

// waitFor reads records until one has message msg, and returns the text of
// every record read on the way, itself included. It fails the test after
// 10s.
func (r records) waitFor(t *testing.T, msg string) string {
	t.Helper()
	var seen strings.Builder
	timeout := time.After(10 * time.Second)
	for {
		select {
		case rec := <-r:
			seen.WriteString(rec.Message)
			rec.Attrs(func(a slog.Attr) bool {
				seen.WriteString(" " + a.String())
				return true
			})
			seen.WriteString("\n")
			if rec.Message == msg {
				return seen.String()
			}
		case <-timeout:
			t.Fatalf("nothing logged %q within 10s; logged:\n%s", msg, seen.String())
		}
	}
}

// TestWatchPicksUpNewArticles runs what serve --watch DIR runs: an article
// dropped in the folder is answered after the rebuild, and a broken file
// dropped with it is skipped with its reason logged.
func TestWatchPicksUpNewArticles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "oracle-openai.md"), good, 0o644); err != nil {
		t.Fatal(err)
	}
	loaded, err := corpus.LoadDir(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "deals.bleve")
	if _, err := bleveindex.Build(context.Background(), extract.New(), path, loaded.Articles, nil); err != nil {
		t.Fatal(err)
	}
	logged := make(records, 100)
	log := slog.New(logged)
	live, err := index.OpenLive(context.Background(), bleveindex.Dir(path), extract.New(), log)
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	answers := func(q, want string) bool {
		t.Helper()
		a, err := live.Ask(context.Background(), q)
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		return len(a.Facts) > 0 && strings.Contains(a.Facts[0].Text, want)
	}
	if answers("ibm salesforce", "$3 billion") {
		t.Fatal("the new article is answered before it was written")
	}

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		watchCorpus(ctx, extract.New(), dir, false, path, live, log, nil, nil)
	}()
	defer func() { cancel(); <-done }()
	logged.waitFor(t, "watching for article changes")

	article := "IBM signs cloud deal with Salesforce\n\nIBM agreed to pay Salesforce $3 billion for cloud software over five years, the companies said.\n\nSource: https://example.com/ibm-salesforce\n"
	files := map[string][]byte{
		"ibm-salesforce.txt": []byte(article),
		"broken.md":          []byte("---\ntitle: [unclosed\nNo closing front matter"),
		"binary.txt":         {0x00, 0x01, 0x02, 0xff, 0xfe, 0x00},
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	seen := logged.waitFor(t, "serving a new index generation")
	for _, want := range []string{"rebuild: skipped", "broken.md", "binary.txt", "rebuilt the index"} {
		if !strings.Contains(seen, want) {
			t.Errorf("the log does not say %q:\n%s", want, seen)
		}
	}
	if !answers("ibm salesforce", "$3 billion") {
		t.Error("the new article is not answered after the rebuild")
	}
	if !answers("oracle openai", "$300 billion") {
		t.Error("the article that was there before is no longer answered")
	}
}
