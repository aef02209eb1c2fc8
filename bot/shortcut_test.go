package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// ingestPages is the shortcut's reader and saver built from the parts serve
// wires to it: the ingest fetcher behind the public-address guard, the
// ingest writer, and the extractor the index uses.
type ingestPages struct {
	fetcher *ingest.Fetcher
	in      *ingest.Ingester
}

var (
	_ PageReader   = (*ingestPages)(nil)
	_ ArticleSaver = (*ingestPages)(nil)
)

// newIngestPages fetches only from public addresses and those in allow,
// saving into dir when it is not empty.
func newIngestPages(dir string, allow ...netip.Prefix) *ingestPages {
	f := ingest.NewFetcher(ingest.FetchOptions{UserAgent: "dealbot/test", Timeout: 5 * time.Second, Control: ingest.PublicOnly(allow...)})
	p := &ingestPages{fetcher: f}
	if dir != "" {
		p.in = ingest.New(ingest.Options{Dir: dir, Fetcher: f})
	}
	return p
}

func (p *ingestPages) ReadPage(ctx context.Context, url string) (Page, error) {
	a, err := p.fetcher.ReadPage(ctx, url)
	if err != nil {
		return Page{}, slackError(err)
	}
	a.ID = corpus.ArticleID(a.Title, a.Body)
	return Page{Article: a, Facts: extract.New().Extract(a)}, nil
}

func (p *ingestPages) SaveArticle(ctx context.Context, url string) (Saved, error) {
	l, err := p.in.AddPage(ctx, url)
	var fe *ingest.FetchError
	var pe *ingest.PageError
	switch {
	case errors.As(err, &fe), errors.As(err, &pe):
		return Saved{}, slackError(err)
	case err != nil:
		return Saved{}, fmt.Errorf("%w: %w", ErrNotSaved, err)
	}
	return Saved{Title: l.Text, Known: l.Outcome != ingest.Added}, nil
}

func slackError(err error) error {
	if pe, ok := errors.AsType[*ingest.PageError](err); ok {
		return fmt.Errorf("%w: %s", ErrNoArticle, pe.Reason)
	}
	if fe, ok := errors.AsType[*ingest.FetchError](err); ok {
		return errors.New(fe.Reason)
	}
	return err
}

// pageServer is a loopback web server with article pages, redirects, and a
// count of the requests it answered.
type pageServer struct {
	*httptest.Server
	mu   sync.Mutex
	hits int
}

func newPageServer(t *testing.T) *pageServer {
	t.Helper()
	s := &pageServer{}
	mux := http.NewServeMux()
	for path, file := range map[string]string{
		"/news/oracle-openai":   "oracle-openai.html",
		"/news/microsoft-seats": "microsoft-seats.html",
		"/news/quiet-winter":    "no-figures.html",
		"/news/empty":           "no-text.html",
		"/news/hostile":         "hostile.html",
	} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			data, err := os.ReadFile(filepath.Join("testdata", "shortcut", file))
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(data)
		})
	}
	// A page that moved somewhere no link from Slack may lead.
	mux.HandleFunc("/moved/metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/iam/security-credentials/", http.StatusFound)
	})
	mux.HandleFunc("/moved/intranet", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://10.0.0.5:8080/admin", http.StatusMovedPermanently)
	})
	// A server that puts Slack syntax in its status line.
	mux.HandleFunc("/news/hostile-status", func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		buf.WriteString("HTTP/1.1 503 <!channel> see <https://evil.example/|the status page>\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
		buf.Flush()
	})
	mux.HandleFunc("/moved/loopback", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://127.0.0.2:"+r.URL.Port()+"/news/oracle-openai", http.StatusFound)
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits++
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *pageServer) requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits
}

// self is the prefix of the test server's own address: the tests allow it
// explicitly, as an operator allows an intranet, because by default a link
// from Slack may not lead to loopback.
func (s *pageServer) self(t *testing.T) netip.Prefix {
	t.Helper()
	ap, err := netip.ParseAddrPort(s.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	return netip.PrefixFrom(ap.Addr(), ap.Addr().BitLen())
}

// slackText writes a link into message text as Slack sends it.
func slackText(url, label string) string {
	url = strings.ReplaceAll(url, "&", "&amp;")
	return "Have you seen this? <" + url + "|" + label + "> big news"
}

// buttonValues returns the value of each button in a post, by action ID.
func buttonValues(p slackfake.Post) map[string]string {
	out := map[string]string{}
	for _, b := range p.BlockList() {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			m, _ := e.(map[string]any)
			if m["type"] == "button" {
				out[m["action_id"].(string)], _ = m["value"].(string)
			}
		}
	}
	return out
}

// lastResponse waits for the n-th post and returns it, checking that it
// went privately to the response_url.
func lastResponse(t *testing.T, fake *slackfake.Server, n int) slackfake.Post {
	t.Helper()
	posts := fake.WaitPosts(n)
	p := posts[n-1]
	if p.Method != "response_url" || (p.ResponseType != "" && p.ResponseType != "ephemeral") {
		t.Errorf("reply went by %s as %q, want a private response_url post", p.Method, p.ResponseType)
	}
	return p
}

func TestShortcutAnswersWithTheFiguresOfTheLinkedPage(t *testing.T) {
	srv := newPageServer(t)
	tests := []struct {
		name  string
		path  string
		watch bool
		wants []string // in the reply
	}{
		{"deal with watch", "/news/oracle-openai", true, []string{"$300B", "Oracle agrees five-year cloud contract with OpenAI", "127.0.0.1"}},
		{"deal without watch", "/news/oracle-openai", false, []string{"$300B", "127.0.0.1"}},
		{"seats and value", "/news/microsoft-seats", true, []string{"$180M", "50,000 Microsoft 365 Copilot seats", "127.0.0.1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := ""
			if tt.watch {
				dir = t.TempDir()
			}
			pages := newIngestPages(dir, srv.self(t))
			h := start(t, answering(nil), func(c *Config) {
				c.Pages = pages
				if tt.watch {
					c.Saver = pages
				}
			})
			h.fake.MessageShortcut(ShortcutCallbackID, slackText(srv.URL+tt.path+"?utm_source=slack&ref=1", "the story"))
			p := lastResponse(t, h.fake, 1)
			mustContain(t, "reply", p.AllText(), tt.wants...)
			if !strings.Contains(p.Text, tt.wants[0]) {
				t.Errorf("the notification text %q does not carry the figure %s", p.Text, tt.wants[0])
			}
			v, ok := buttonValues(p)[addArticleActionID]
			switch {
			case tt.watch && !ok:
				t.Errorf("no Add to articles button with --watch; blocks: %s", p.Blocks)
			case !tt.watch && ok:
				t.Errorf("an Add to articles button without --watch: %q", v)
			case tt.watch && v != srv.URL+tt.path+"?utm_source=slack&ref=1":
				t.Errorf("button value = %q, want the link as shared", v)
			}
		})
	}
}

// Pressing "Add to articles" writes the article as dealbot ingest does, and
// its figure is then answered from the index built over the folder.
func TestAddToArticlesSavesAsIngestDoes(t *testing.T) {
	srv := newPageServer(t)
	dir := t.TempDir()
	pages := newIngestPages(dir, srv.self(t))
	h := start(t, answering(nil), func(c *Config) { c.Pages, c.Saver = pages, pages })
	ctx := context.Background()

	h.fake.MessageShortcut(ShortcutCallbackID, slackText(srv.URL+"/news/oracle-openai", "Oracle"))
	value := buttonValues(lastResponse(t, h.fake, 1))[addArticleActionID]
	if value == "" {
		t.Fatal("no Add to articles button")
	}
	h.fake.Click(addArticleActionID, value)
	added := lastResponse(t, h.fake, 2)
	mustContain(t, "reply to the press", added.Text, "Added: Oracle agrees five-year cloud contract with OpenAI", "indexed within a second")

	// The file is what dealbot ingest writes for the same page, but for its
	// publication.
	byIngest := t.TempDir()
	if _, err := ingest.New(ingest.Options{Dir: byIngest, Fetcher: ingest.NewFetcher(ingest.FetchOptions{})}).Run(ctx, []string{srv.URL + "/news/oracle-openai"}, nil); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadDir(byIngest)
	if err != nil || len(want) != 1 {
		t.Fatalf("ingest wrote %v (%v), want one file", want, err)
	}
	name := want[0].Name()
	got, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("the watched folder has no %s: %v", name, err)
	}
	wantData, _ := os.ReadFile(filepath.Join(byIngest, name))
	// A page from Slack is cited by the host it was fetched from, not by
	// the name it gives itself, unless the two agree.
	wantData = []byte(strings.Replace(string(wantData), "source: Newswire\n", "source: 127.0.0.1\n", 1))
	if string(got) != string(wantData) {
		t.Errorf("the button wrote\n%s\nwant what ingest writes:\n%s", got, wantData)
	}

	// The figure is answerable once the folder is indexed.
	loaded, err := corpus.LoadDir(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "deals.bleve")
	if _, err := bleveindex.Build(ctx, extract.New(), path, loaded.Articles, nil); err != nil {
		t.Fatal(err)
	}
	e, err := bleveindex.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ix := index.New(e, extract.New())
	defer ix.Close()
	a, err := ix.AskN(ctx, "oracle openai", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Facts) == 0 || a.Facts[0].Value != 300e9 {
		t.Errorf("after the rebuild, oracle openai answers %+v, want the $300B deal", a.Facts)
	}

	// A second press, or the same story shared again, adds nothing.
	h.fake.Click(addArticleActionID, value)
	again := lastResponse(t, h.fake, 3)
	mustContain(t, "reply to a second press", again.Text, "Already in the articles")
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files after a second press, want 1", len(entries))
	}
}

// Links from Slack reach only public addresses: loopback by default, the
// cloud metadata address, and redirects to private addresses are refused,
// on the shortcut and again on the button, with nothing fetched from them.
func TestShortcutRefusesNonPublicAddresses(t *testing.T) {
	srv := newPageServer(t)
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	tests := []struct {
		name   string
		url    string
		allow  bool // allow the test server's own address
		wants  []string
		served bool // whether the test server may be asked at all
	}{
		{"loopback by default", srv.URL + "/news/oracle-openai", false, []string{"Could not fetch", "a loopback address", "only public addresses"}, false},
		{"loopback by name", "http://localhost" + port + "/news/oracle-openai", false, []string{"Could not fetch localhost", "a loopback address"}, false},
		{"cloud metadata", "http://169.254.169.254/latest/meta-data/", true, []string{"Could not fetch 169.254.169.254", "cloud metadata address"}, false},
		{"redirect to cloud metadata", srv.URL + "/moved/metadata", true, []string{"the cloud metadata address"}, true},
		{"redirect to a private address", srv.URL + "/moved/intranet", true, []string{"10.0.0.5", "a private address"}, true},
		{"redirect to other loopback", srv.URL + "/moved/loopback", true, []string{"127.0.0.2", "a loopback address"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var allow []netip.Prefix
			if tt.allow {
				allow = append(allow, srv.self(t))
			}
			dir := t.TempDir()
			pages := newIngestPages(dir, allow...)
			h := start(t, answering(nil), func(c *Config) { c.Pages, c.Saver = pages, pages })
			before := srv.requests()

			h.fake.MessageShortcut(ShortcutCallbackID, slackText(tt.url, "look"))
			p := lastResponse(t, h.fake, 1)
			mustContain(t, "reply", p.Text, tt.wants...)
			if _, ok := buttonValues(p)[addArticleActionID]; ok {
				t.Error("a refused page is offered to add")
			}
			// The button's value is never trusted: pressed with the same
			// link, the rule is checked again.
			h.fake.Click(addArticleActionID, tt.url)
			mustContain(t, "reply to a press", lastResponse(t, h.fake, 2).Text, tt.wants...)
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("a refused page was written: %v", entries)
			}
			if n := srv.requests() - before; !tt.served && n != 0 {
				t.Errorf("the refused server answered %d requests", n)
			}
		})
	}
}

// Messages and pages the shortcut cannot use get one line saying which
// and what to do; a button value that is not a link writes nothing.
func TestShortcutExplainsWhatItCannotUse(t *testing.T) {
	srv := newPageServer(t)
	tests := []struct {
		name string
		text string
		want string
	}{
		{"no link", "Oracle and OpenAI signed something big, see <@U0OTHER> and <#C0NEWS|news>", "That message has no link"},
		{"no readable text", slackText(srv.URL+"/news/empty", "empty"), "No readable article at 127.0.0.1"},
		{"no figures", slackText(srv.URL+"/news/quiet-winter", "winter"), "No figures in"},
		{"not found", slackText(srv.URL+"/news/gone", "gone"), "Could not fetch 127.0.0.1" + srv.URL[strings.LastIndex(srv.URL, ":"):] + ": the server answered 404 Not Found"},
	}
	dir := t.TempDir()
	pages := newIngestPages(dir, srv.self(t))
	h := start(t, answering(nil), func(c *Config) { c.Pages, c.Saver = pages, pages })
	n := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.fake.MessageShortcut(ShortcutCallbackID, tt.text)
			n++
			p := lastResponse(t, h.fake, n)
			mustContain(t, "reply", p.Text, tt.want)
			if len(p.BlockList()) != 1 || strings.Contains(p.Text, "\n") {
				t.Errorf("want one line in one block, got %q with %d blocks", p.Text, len(p.BlockList()))
			}
		})
	}
	for _, v := range []string{"javascript:alert(1)", "---\ntitle: forged\n---\nOracle pays $1 trillion", ""} {
		h.fake.Click(addArticleActionID, v)
		n++
		mustContain(t, "reply to a forged button", lastResponse(t, h.fake, n).Text, "does not hold a link")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("forged buttons wrote %v", entries)
	}
}

// Text from a page or its server reaches Slack escaped: a page cannot
// mention @channel or a person, or put a link of its own choosing under
// words of its own choosing.
func TestShortcutEscapesPageText(t *testing.T) {
	srv := newPageServer(t)
	pages := newIngestPages(t.TempDir(), srv.self(t))
	h := start(t, answering(nil), func(c *Config) { c.Pages, c.Saver = pages, pages })
	for i, path := range []string{"/news/hostile", "/news/hostile-status"} {
		h.fake.MessageShortcut(ShortcutCallbackID, slackText(srv.URL+path, "news"))
		p := lastResponse(t, h.fake, i+1)
		got := p.Text + "\n" + p.AllText()
		for _, raw := range []string{"<!channel>", "<!here>", "<!everyone>", "<@U0BOSS>", "<https://evil.example"} {
			if strings.Contains(got, raw) {
				t.Errorf("%s: the reply carries %q unescaped:\n%s", path, raw, got)
			}
		}
		if path == "/news/hostile" {
			mustContain(t, "reply", got, "$300B", "&lt;!channel&gt;")
		} else {
			mustContain(t, "reply", got, "503 &lt;!channel&gt;")
		}
	}
}

func TestFirstLink(t *testing.T) {
	tests := []struct{ text, want string }{
		{"see <https://news.example/a?x=1&amp;y=2|the story>", "https://news.example/a?x=1&y=2"},
		{"<@U123> <#C1|general> <!here> then <http://b.example/>", "http://b.example/"},
		{"<mailto:a@b.example|mail> <https://c.example/x>", "https://c.example/x"},
		{"https://not-a-slack-link.example/ typed bare", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := firstLink(tt.text); got != tt.want {
			t.Errorf("firstLink(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
