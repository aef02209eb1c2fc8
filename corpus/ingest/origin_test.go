package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// A page handed over by a stranger names its own publication and link;
// dealbot keeps them only when they agree with where it was fetched from.
func TestFromStranger(t *testing.T) {
	for _, c := range []struct {
		name      string
		fetched   string
		pub, link string // what the page says
		wantPub   string
		wantURL   string // "" when the fetched address is kept
	}{
		{"own name and link", "https://www.reuters.com/tech/deal", "Reuters", "https://www.reuters.com/tech/deal-2025", "Reuters", "https://www.reuters.com/tech/deal-2025"},
		{"posing as Reuters", "https://evil.example/deal", "Reuters", "https://www.reuters.com/tech/deal", "evil.example", ""},
		{"subdomain named like the outlet", "https://reuters.evil.example/deal", "Reuters", "", "reuters.evil.example", ""},
		{"outlet name in a longer domain", "https://reuters-com.example/deal", "Reuters", "", "reuters-com.example", ""},
		{"no name given", "https://www.geekwire.com/2025/deal", "", "", "geekwire.com", ""},
		{"relative canonical link", "https://news.example/a?utm_source=x", "", "/a", "news.example", "https://news.example/a"},
		{"canonical on another subdomain of the site", "https://amp.theregister.com/x", "The Register", "https://www.theregister.com/x", "The Register", "https://www.theregister.com/x"},
		{"leading The dropped", "https://www.verge.example/x", "The Verge", "", "The Verge", ""},
		{"initials", "https://www.ft.com/content/x", "Financial Times", "", "Financial Times", ""},
		{"words spelling the domain", "https://www.datacenterdynamics.com/x", "Data Center Dynamics", "", "Data Center Dynamics", ""},
		{"country suffix", "https://www.bbc.co.uk/news/x", "BBC", "https://www.bbc.co.uk/news/x", "BBC", "https://www.bbc.co.uk/news/x"},
		{"another site on a shared suffix", "https://mallory.github.io/x", "Alice", "https://alice.github.io/x", "mallory.github.io", ""},
		{"link into another scheme", "https://news.example/x", "", "javascript:alert(1)", "news.example", ""},
		{"an IP address names nothing", "http://127.0.0.1:8080/x", "Reuters", "http://127.0.0.1:9090/x", "127.0.0.1", ""},
		{"same IP address and port", "http://127.0.0.1:8080/x", "", "http://127.0.0.1:8080/y", "127.0.0.1", "http://127.0.0.1:8080/y"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fetched, err := url.Parse(c.fetched)
			if err != nil {
				t.Fatal(err)
			}
			got := fromStranger(corpus.Article{Publication: c.pub, URL: c.link, Title: "T"}, fetched)
			if got.Publication != c.wantPub {
				t.Errorf("publication = %q, want %q", got.Publication, c.wantPub)
			}
			if got.URL != c.wantURL {
				t.Errorf("url = %q, want %q", got.URL, c.wantURL)
			}
		})
	}
}

// A page on one host that names another outlet and links into its site is
// saved under the address it was fetched from and that host, by AddPage
// and in what ReadPage shows.
func TestAddPageFromAnotherHost(t *testing.T) {
	body, err := os.ReadFile("testdata/oracle-openai.html")
	if err != nil {
		t.Fatal(err)
	}
	posing := strings.NewReplacer(
		`content="Newswire"`, `content="Reuters"`,
		`href="/news/oracle-openai"`, `href="https://www.reuters.com/technology/oracle-openai"`,
	).Replace(string(body))
	if posing == string(body) {
		t.Fatal("the test page no longer has the og:site_name and canonical link this test replaces")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/short" {
			http.Redirect(w, r, "/story?utm_source=slack", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(posing))
	}))
	defer srv.Close()
	host, _ := url.Parse(srv.URL)
	ctx := context.Background()

	a, err := NewFetcher(FetchOptions{}).ReadPage(ctx, srv.URL+"/short")
	if err != nil {
		t.Fatal(err)
	}
	if a.Publication != host.Hostname() || a.URL != srv.URL+"/story" {
		t.Errorf("ReadPage: publication %q, url %q; want %q and %s/story, the host and address fetched", a.Publication, a.URL, host.Hostname(), srv.URL)
	}

	dir := t.TempDir()
	if _, err := newTestIngester(dir, nil, FetchOptions{}).AddPage(ctx, srv.URL+"/short"); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) != 1 {
		t.Fatalf("files = %v, want one", files)
	}
	saved, _ := os.ReadFile(files[0])
	for _, want := range []string{"source: " + host.Hostname() + "\n", "url: " + srv.URL + "/story\n"} {
		if !strings.Contains(string(saved), want) {
			t.Errorf("saved file lacks %q:\n%s", want, saved)
		}
	}
	if strings.Contains(string(saved), "Reuters") || strings.Contains(string(saved), "reuters.com") {
		t.Errorf("saved file still cites the outlet the page poses as:\n%s", saved)
	}
}
