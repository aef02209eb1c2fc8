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
	want := []Source{
		{Name: "Daily Cloud", URL: "https://dailycloud.example/2025/oracle-openai"},
		{Name: "Tech Weekly"},
	}
	if got := loaded.Articles[0].Sources; !slices.Equal(got, want) {
		t.Errorf("sources = %+v, want %+v", got, want)
	}
}
