package corpus

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"
)

func TestMarkdownSources(t *testing.T) {
	fsys := fstest.MapFS{
		"story.md": {Data: []byte(`---
title: Oracle signs a cloud deal with OpenAI
source: Newswire
url: https://newswire.example/oracle-openai
sources:
  - source: Daily Cloud
    url: https://dailycloud.example/2025/oracle-openai
  - source: "  Tech   Weekly "
  - {}
---
Oracle will supply OpenAI with computing capacity worth $30 billion a year.
`)},
	}
	loaded, err := LoadFS(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Articles) != 1 || len(loaded.Problems) != 0 {
		t.Fatalf("got %d articles and problems %v, want one article and no problems", len(loaded.Articles), loaded.Problems)
	}
	want := []Outlet{
		{Publication: "Daily Cloud", URL: "https://dailycloud.example/2025/oracle-openai"},
		{Publication: "Tech Weekly"},
	}
	if got := loaded.Articles[0].OtherOutlets; !slices.Equal(got, want) {
		t.Errorf("other outlets = %+v, want %+v", got, want)
	}
}

func TestCopiesFoldIntoTheirStory(t *testing.T) {
	fsys := fstest.MapFS{
		"a-original.md": {Data: []byte("---\ntitle: Oracle signs a cloud deal with OpenAI\nsource: Newswire\nurl: https://newswire.example/oracle-openai\nsources:\n  - source: Daily Cloud\n    url: https://dailycloud.example/oracle-openai\n---\nOracle will supply OpenAI with computing capacity worth $300 billion.\n")},
		"b-copy.md":     {Data: []byte("---\ntitle: OpenAI buys $300bn of Oracle capacity\nsource: Tech Weekly\nurl: https://techweekly.example/oracle\nsame_story_as: https://newswire.example/oracle-openai\n---\nOracle will supply OpenAI with computing capacity worth $300 billion, the companies said.\n")},
		"c-copy.md":     {Data: []byte("---\ntitle: Oracle and OpenAI\nsource: Daily Cloud\nurl: https://dailycloud.example/oracle-openai\nsame_story_as: https://newswire.example/oracle-openai\n---\nOracle will supply OpenAI with computing capacity worth $300 billion a year.\n")},
		"d-orphan.md":   {Data: []byte("---\ntitle: Amazon signs OpenAI\nsource: Other Wire\nurl: https://other.example/amazon\nsame_story_as: https://gone.example/amazon-openai\n---\nOpenAI will buy $38 billion of cloud services from Amazon.\n")},
	}
	loaded, err := LoadFS(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Articles) != 2 {
		t.Fatalf("got %d articles, want the story and the orphan copy", len(loaded.Articles))
	}
	want := []Outlet{
		{Publication: "Daily Cloud", URL: "https://dailycloud.example/oracle-openai"},
		{Publication: "Tech Weekly", URL: "https://techweekly.example/oracle"},
	}
	if got := loaded.Articles[0].OtherOutlets; !slices.Equal(got, want) {
		t.Errorf("other outlets = %+v, want %+v (each outlet once)", got, want)
	}
	if a := loaded.Articles[1]; a.Title != "Amazon signs OpenAI" {
		t.Errorf("second article = %q, want the orphan copy kept", a.Title)
	}
	if len(loaded.Problems) != 1 || !loaded.Problems[0].Warning || loaded.Problems[0].Path != "d-orphan.md" {
		t.Errorf("problems = %v, want one warning about d-orphan.md", loaded.Problems)
	}
}
