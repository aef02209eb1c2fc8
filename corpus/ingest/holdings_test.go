package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// TestHoldingsFind reads a folder and asks about articles as another
// writer of the folder would: by address, then by story, the way Run
// settles what it fetched.
func TestHoldingsFind(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)
	write := func(a corpus.Article) string {
		t.Helper()
		name := FileName(a, day)
		if err := os.WriteFile(filepath.Join(dir, name), Markdown(a), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	withURL := write(corpus.Article{Title: "Amazon and OpenAI sign a cloud deal", Published: day, URL: "https://news.example/amazon-openai",
		Body: storyText(1), OtherOutlets: []corpus.Outlet{{Publication: "Wire", URL: "https://wire.example/aws"}}})
	noURL := write(corpus.Article{Title: "Oracle signs with Meta", Published: day, Body: storyText(2)})

	known, err := ReadHoldings(context.Background(), dir, false)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		a    corpus.Article
		want Held
	}{
		{"its address, with tracking parameters", corpus.Article{URL: "http://www.news.example/amazon-openai?utm_source=rss", Body: storyText(9)}, Held{File: withURL}},
		{"another outlet's address it lists", corpus.Article{URL: "https://wire.example/aws", Body: storyText(9)}, Held{File: withURL}},
		{"an address the article lists as another source", corpus.Article{URL: "https://third.example/x", Body: storyText(9), OtherOutlets: []corpus.Outlet{{URL: "https://news.example/amazon-openai"}}}, Held{File: withURL}},
		{"its story under another address", corpus.Article{URL: "https://other.example/story", Body: storyText(1) + " Shares rose on the news."}, Held{File: withURL, SameStoryAs: "https://news.example/amazon-openai"}},
		{"the story of an article without an address", corpus.Article{URL: "https://other.example/meta", Body: storyText(2)}, Held{File: noURL}},
		{"a new story", corpus.Article{URL: "https://other.example/new", Body: storyText(3)}, Held{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := known.Find(tt.a); got != tt.want {
				t.Errorf("Find = %+v, want %+v", got, tt.want)
			}
		})
	}

	// What is added is found: a new story by its text, a copy by its
	// address alone.
	known.Add(corpus.Article{URL: "https://other.example/new", Body: storyText(3)}, "new.md")
	if got := known.Find(corpus.Article{URL: "https://elsewhere.example/n", Body: storyText(3)}); got.File != "new.md" {
		t.Errorf("an added story is not found by its text: %+v", got)
	}
	known.Add(corpus.Article{URL: "https://copy.example/c", Body: storyText(4), SameStoryAs: "https://news.example/amazon-openai"}, "copy.md")
	if got := known.Find(corpus.Article{URL: "https://copy.example/c"}); got.File != "copy.md" {
		t.Errorf("an added copy is not found by its address: %+v", got)
	}
	if got := known.Find(corpus.Article{URL: "https://elsewhere.example/c", Body: storyText(4)}); got != (Held{}) {
		t.Errorf("a copy's text was taken as a story of its own: %+v", got)
	}
}
