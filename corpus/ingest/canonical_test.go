package ingest

import "testing"

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		{"tracking parameters", "https://news.example/2025/oracle-openai?utm_source=rss&utm_medium=feed&fbclid=x1", "https://news.example/2025/oracle-openai"},
		{"fragment", "https://news.example/2025/oracle-openai#comments", "https://news.example/2025/oracle-openai"},
		{"www and case", "HTTPS://WWW.News.Example/2025/oracle-openai", "https://news.example/2025/oracle-openai"},
		{"http and default port", "http://news.example:80/2025/oracle-openai", "https://news.example/2025/oracle-openai"},
		{"trailing slash", "https://news.example/2025/oracle-openai/", "https://news.example/2025/oracle-openai"},
		{"amp suffix", "https://news.example/2025/oracle-openai/amp/", "https://news.example/2025/oracle-openai"},
		{"amp prefix", "https://news.example/amp/2025/oracle-openai", "https://news.example/2025/oracle-openai"},
		{"amp host", "https://amp.news.example/2025/oracle-openai", "https://news.example/2025/oracle-openai"},
		{"amp html", "https://news.example/2025/oracle-openai.amp.html", "https://news.example/2025/oracle-openai.html"},
		{"amp parameter", "https://news.example/2025/oracle-openai?amp=1&outputType=amp", "https://news.example/2025/oracle-openai"},
		{"amp cache", "https://news-example.cdn.ampproject.org/c/s/news.example/2025/oracle-openai", "https://news.example/2025/oracle-openai"},
		{"parameter order", "https://news.example/story?id=7&page=2", "https://news.example/story?page=2&id=7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ca, cb := Canonical(tt.a), Canonical(tt.b); ca != cb {
				t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q; want the same", tt.a, ca, tt.b, cb)
			}
		})
	}

	different := []struct{ a, b string }{
		{"https://news.example/story?id=7", "https://news.example/story?id=8"},
		{"https://news.example/2025/oracle-openai", "https://other.example/2025/oracle-openai"},
		{"https://news.example/2025/oracle-openai", "https://news.example/2025/oracle-openai-2"},
		{"https://news.example:8443/a", "https://news.example/a"},
	}
	for _, d := range different {
		if Canonical(d.a) == Canonical(d.b) {
			t.Errorf("Canonical(%q) = Canonical(%q) = %q; want them apart", d.a, d.b, Canonical(d.a))
		}
	}
}

func TestTidy(t *testing.T) {
	got := Tidy("https://news.example/story?utm_source=rss&id=7#top")
	if want := "https://news.example/story?id=7"; got != want {
		t.Errorf("Tidy = %q, want %q", got, want)
	}
}
