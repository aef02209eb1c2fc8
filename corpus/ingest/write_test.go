package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// TestMarkdownReadsBack writes articles whose text looks like Markdown
// syntax and checks corpus reads back exactly the same article.
func TestMarkdownReadsBack(t *testing.T) {
	arts := []corpus.Article{
		{
			Title:        "AWS *wins* [big] deal: $38bn_total ~ `OpenAI`",
			Body:         "# Not a heading\n\n- not a list item\n\n1. not a numbered item, nor 2) this\n\n> not a quote\n\n--- not a rule\n\nA back\\slash, <!-- not a comment --> and [a](link) stay as they are.\n\n```\n\nPlain text after.",
			Published:    time.Date(2025, 11, 3, 13, 0, 0, 0, time.UTC),
			Publication:  "Newswire: Cloud",
			URL:          "https://news.example/a?id=1",
			OtherOutlets: []corpus.Outlet{{Publication: "Daily Cloud", URL: "https://dailycloud.example/b"}, {Publication: "Tech Weekly"}},
		},
		{Title: "yes", Body: "true"},
		{Title: "---", Body: "null: 3\n\n+ 4"},
	}
	dir := t.TempDir()
	for i, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".md"), Markdown(a), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	loaded, err := corpus.LoadDir(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Problems) != 0 || len(loaded.Articles) != len(arts) {
		t.Fatalf("loaded %d articles, problems %v; want %d and none", len(loaded.Articles), loaded.Problems, len(arts))
	}
	for i, want := range arts {
		got := loaded.Articles[i]
		if got.Title != want.Title || got.Body != want.Body || !got.Published.Equal(want.Published) ||
			got.Publication != want.Publication || got.URL != want.URL || len(got.OtherOutlets) != len(want.OtherOutlets) {
			t.Errorf("article %d read back as\n%+v\nwant\n%+v\nfile:\n%s", i, got, want, Markdown(want))
			continue
		}
		for j := range want.OtherOutlets {
			if got.OtherOutlets[j] != want.OtherOutlets[j] {
				t.Errorf("article %d source %d = %+v, want %+v", i, j, got.OtherOutlets[j], want.OtherOutlets[j])
			}
		}
		if got.ID != corpus.ArticleID(want.Title, want.Body) {
			t.Errorf("article %d has another ID once read back", i)
		}
	}
}

func TestFileName(t *testing.T) {
	fetched := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		a    corpus.Article
		want string
	}{
		{corpus.Article{Title: "Oracle signs $300 billion deal with OpenAI", Published: time.Date(2025, 9, 10, 23, 0, 0, 0, time.FixedZone("", -5*3600))}, "2025-09-11-oracle-signs-300-billion-deal-with-openai.md"},
		{corpus.Article{Title: "Société Générale’s move to Azure"}, "2025-12-01-societe-generales-move-to-azure.md"},
		{corpus.Article{Title: "クラウド契約"}, "2025-12-01-article.md"},
		{corpus.Article{Title: "Anthropic commits $30 billion to Azure as Microsoft and Nvidia invest in the company"}, "2025-12-01-anthropic-commits-30-billion-to-azure-as-microsoft-and.md"},
		{corpus.Article{Title: "../../etc/passwd"}, "2025-12-01-etc-passwd.md"},
	}
	for _, tt := range tests {
		if got := FileName(tt.a, fetched); got != tt.want {
			t.Errorf("FileName(%q) = %q, want %q", tt.a.Title, got, tt.want)
		}
	}
}
