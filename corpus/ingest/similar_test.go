package ingest

import (
	"strings"
	"testing"
)

func TestSameStory(t *testing.T) {
	s := newStories()
	credit := " This story was reported by the cloud desk of the Newswire and edited by the business desk, which takes corrections by email at any hour."
	for i := range 30 {
		s.add(storyText(1000+i) + credit)
	}
	story := storyText(1)
	n := s.add(story)

	tests := []struct {
		name string
		text string
		want int
	}{
		{"the same text", story, n},
		{"with a credit line and a new last paragraph", story + " Reporting by another newsroom. Shares rose four percent in early trading on the news.", n},
		{"cut short", story[:len(story)*2/3], n},
		{"another story with the same credit line", storyText(2) + credit, -1},
		{"a short text", "Amazon signs a deal", -1},
	}
	for _, tt := range tests {
		if got := s.match(tt.text); got != tt.want {
			t.Errorf("%s: match = %d, want %d", tt.name, got, tt.want)
		}
	}
	short := newStories()
	m := short.add("Oracle signs a $300 billion deal with OpenAI.")
	if got := short.match("Oracle  signs a $300 billion deal with OpenAI"); got != m {
		t.Errorf("short texts with the same words: match = %d, want %d", got, m)
	}
	if got := short.match(strings.Repeat("other words ", 3)); got != -1 {
		t.Errorf("short texts with other words: match = %d", got)
	}
}
