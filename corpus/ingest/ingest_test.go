package ingest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

var fetchedAt = time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)

func newTestIngester(dir string, store FeedStore, opts FetchOptions) *Ingester {
	if opts.UserAgent == "" {
		opts.UserAgent = "dealbot/test (+https://github.com/dealbot/dealbot)"
	}
	var st FeedStore
	if store != nil {
		st = store
	}
	return New(Options{
		Dir:     dir,
		Fetcher: NewFetcher(opts),
		Store:   st,
		Now:     func() time.Time { return fetchedAt },
	})
}

// snapshot reads every file in dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(data)
	}
	return out
}

func linesOf(s Summary, o Outcome) []string {
	var out []string
	for _, l := range s.Lines {
		if l.Outcome == o {
			out = append(out, l.String())
		}
	}
	return out
}

func TestIngestFeeds(t *testing.T) {
	srv := newNewsServer(t)
	dir := t.TempDir()
	store := newMemStore()
	feeds := []string{srv.URL + "/rss.xml", srv.URL + "/atom.xml", srv.URL + "/feed.json"}
	ctx := context.Background()

	sum, err := newTestIngester(dir, store, FetchOptions{}).Run(ctx, feeds, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range sum.Lines {
		t.Log(l)
	}
	// Four stories: Oracle-OpenAI (in two outlets), Amazon-OpenAI (full
	// text in the feed), Microsoft-Anthropic (also as an AMP page),
	// Google-Anthropic; one item's page answers 500.
	if sum.New != 4 || sum.Copies != 1 || sum.Failed != 1 || sum.Nothing() {
		t.Errorf("new %d, copies %d, failed %d, nothing %v; want 4 new, 1 copy, 1 failed", sum.New, sum.Copies, sum.Failed, sum.Nothing())
	}
	if failed := linesOf(sum, Failed); len(failed) != 1 || !strings.Contains(failed[0], "/error/500") || !strings.Contains(failed[0], "500 Internal Server Error") {
		t.Errorf("failed lines = %q, want one naming /error/500 and the status", failed)
	}
	if n := srv.hitsOf("/news/amazon-openai"); n != 0 {
		t.Errorf("the page of an item with its full text in the feed was fetched %d times, want 0", n)
	}
	if n := srv.hitsOf("/news/oracle-openai"); n != 1 {
		t.Errorf("the page linked from two feeds under two URLs was fetched %d times, want 1", n)
	}
	srv.mu.Lock()
	for ua := range srv.agents {
		if !strings.HasPrefix(ua, "dealbot") {
			t.Errorf("User-Agent %q does not name dealbot", ua)
		}
	}
	srv.mu.Unlock()

	files := snapshot(t, dir)
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range files {
			if !yield(n) {
				return
			}
		}
	})
	want := []string{
		"2025-09-10-oracle-agrees-five-year-cloud-contract-with-openai.md",
		"2025-10-23-anthropic-to-use-up-to-one-million-google-tpus.md",
		"2025-11-03-openai-signs-38-billion-cloud-deal-with-amazon.md",
		"2025-11-18-anthropic-commits-30-billion-to-azure-as-microsoft-and.md",
	}
	if !slices.Equal(names, want) {
		t.Fatalf("files = %q, want %q", names, want)
	}

	loaded, err := corpus.LoadDir(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Problems) != 0 {
		t.Errorf("loading what ingest wrote: %v", loaded.Problems)
	}
	byTitle := map[string]corpus.Article{}
	for _, a := range loaded.Articles {
		byTitle[a.Title] = a
	}
	oracle := byTitle["Oracle agrees five-year cloud contract with OpenAI"]
	if oracle.Publication != "Newswire" || oracle.URL != srv.URL+"/news/oracle-openai" || !oracle.Published.Equal(time.Date(2025, 9, 10, 14, 0, 0, 0, time.UTC)) {
		t.Errorf("oracle article = source %q, url %q, date %v", oracle.Publication, oracle.URL, oracle.Published)
	}
	if want := []corpus.Outlet{{Publication: "Daily Cloud", URL: srv.URL + "/dailycloud/openai-oracle"}}; !slices.Equal(oracle.OtherOutlets, want) {
		t.Errorf("oracle sources = %+v, want %+v", oracle.OtherOutlets, want)
	}
	if !strings.HasPrefix(oracle.Body, "OpenAI has signed a contract to buy about $300 billion") || strings.Contains(oracle.Body, "Home") || strings.Contains(oracle.Body, "Copyright") {
		t.Errorf("oracle body is not the article's readable text:\n%s", oracle.Body)
	}
	amazon := byTitle["OpenAI signs $38 billion cloud deal with Amazon"]
	if amazon.Publication != "Newswire Cloud" || !strings.Contains(amazon.Body, "hundreds of thousands of Nvidia") {
		t.Errorf("amazon article from the feed's full text: source %q body %q", amazon.Publication, amazon.Body)
	}
	if ms := byTitle["Anthropic commits $30 billion to Azure as Microsoft and Nvidia invest"]; ms.URL != srv.URL+"/news/microsoft-anthropic" {
		t.Errorf("microsoft article url = %q, want the canonical page, not the AMP one", ms.URL)
	}

	// Again: the Atom and JSON feeds are unchanged, so the server answers
	// 304; the RSS feed had an item fail, so it is fetched in full to try
	// that item again, and its other items are known. Nothing is written.
	sum, err = newTestIngester(dir, store, FetchOptions{}).Run(ctx, feeds, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Known != 4 || sum.Failed != 1 || sum.Nothing() {
		t.Errorf("second run: new %d known %d failed %d, want 0, 4 (2 unchanged feeds, 2 known items), 1; lines %q", sum.New, sum.Known, sum.Failed, sum.Lines)
	}
	if unchanged := linesOf(sum, Known); !slices.ContainsFunc(unchanged, func(l string) bool {
		return strings.Contains(l, "/atom.xml") && strings.Contains(l, "unchanged")
	}) {
		t.Errorf("known lines %q do not say the Atom feed was unchanged", unchanged)
	}
	srv.mu.Lock()
	if srv.cond["/atom.xml"] == "" {
		t.Error("the second fetch of a feed was not conditional (no If-None-Match)")
	}
	srv.mu.Unlock()
	if got := srv.hitsOf("/error/500"); got != 2 {
		t.Errorf("the failed item was fetched %d times over two runs, want 2 (retried)", got)
	}

	// With the remembered state lost, everything is fetched in full and
	// recognised by its URL or text.
	sum, err = newTestIngester(dir, newMemStore(), FetchOptions{}).Run(ctx, feeds, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Copies != 0 {
		t.Errorf("third run: new %d, copies %d, want nothing new; lines %q", sum.New, sum.Copies, sum.Lines)
	}
	if after := snapshot(t, dir); !mapsEqual(after, files) {
		t.Error("the folder changed on runs that found nothing new")
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestIngestBadInputs(t *testing.T) {
	srv := newNewsServer(t)
	closed := newNewsServer(t)
	closedURL := closed.URL
	closed.Close()

	tests := []struct {
		name, path, reason string
		url                string // instead of path, when set
	}{
		{"unreachable host", "", "unreachable host", closedURL + "/rss.xml"},
		{"not found", "/gone", "404 Not Found", ""},
		{"server error", "/error/500", "500 Internal Server Error", ""},
		{"redirect loop", "/loop/a", "redirect loop", ""},
		{"too many redirects", "/hops/6", "more than 5 redirects", ""},
		{"broken XML", "/broken.xml", "broken feed", ""},
		{"no readable text", "/notext", "no title or article text", ""},
		{"unknown charset", "/strange-charset", `"x-martian" character set`, ""},
		{"huge page", "/huge", "over the 10 MB size limit", ""},
		{"gzip bomb", "/bomb", "over the 10 MB size limit", ""},
		{"huge page announced", "/huge-declared", "over the 10 MB size limit", ""},
		{"slow server", "/slow", "timed out", ""},
		{"not http", "", "not an http or https URL", "ftp://127.0.0.1/feed"},
	}
	good := srv.URL + "/dailycloud/google-anthropic"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := tt.url
			if u == "" {
				u = srv.URL + tt.path
			}
			dir := t.TempDir()
			timeout := 10 * time.Second
			if tt.name == "slow server" {
				timeout = time.Second
			}
			in := newTestIngester(dir, nil, FetchOptions{Timeout: timeout})
			sum, err := in.Run(context.Background(), []string{u, good}, nil)
			if err != nil {
				t.Fatal(err)
			}
			failed := linesOf(sum, Failed)
			if len(failed) != 1 || !strings.Contains(failed[0], u) || !strings.Contains(failed[0], tt.reason) {
				t.Errorf("failed lines = %q, want one naming %s and saying %q", failed, u, tt.reason)
			}
			if sum.New != 1 || sum.Nothing() {
				t.Errorf("the good page beside it: new = %d, nothing = %v; want it written", sum.New, sum.Nothing())
			}

			sum, err = in.Run(context.Background(), []string{u}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !sum.Nothing() {
				t.Errorf("a run where the only URL failed: Nothing() = false, want true")
			}
		})
	}
}

func TestIngestRedirectsWithinLimit(t *testing.T) {
	srv := newNewsServer(t)
	sum, err := newTestIngester(t.TempDir(), nil, FetchOptions{}).Run(context.Background(), []string{srv.URL + "/hops/5"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 {
		t.Errorf("five redirects: new = %d, lines %q; want the page written", sum.New, sum.Lines)
	}
}

func TestIngestCharsets(t *testing.T) {
	srv := newNewsServer(t)
	for _, path := range []string{"/latin1", "/latin1-header"} {
		t.Run(path, func(t *testing.T) {
			dir := t.TempDir()
			sum, err := newTestIngester(dir, nil, FetchOptions{}).Run(context.Background(), []string{srv.URL + path}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if sum.New != 1 {
				t.Fatalf("new = %d, lines %q; want the ISO-8859-1 page converted and written", sum.New, sum.Lines)
			}
			loaded, err := corpus.LoadDir(context.Background(), dir)
			if err != nil || len(loaded.Articles) != 1 {
				t.Fatalf("loading: %v, %d articles", err, len(loaded.Articles))
			}
			a := loaded.Articles[0]
			if a.Title != "Société Générale moves its data centres to Microsoft Azure" || !strings.Contains(a.Body, "the Paris bank said") {
				t.Errorf("article = %q / %q", a.Title, a.Body)
			}
		})
	}
}

func TestIngestPageWithoutContentType(t *testing.T) {
	srv := newNewsServer(t)
	sum, err := newTestIngester(t.TempDir(), nil, FetchOptions{}).Run(context.Background(), []string{srv.URL + "/no-type/google-anthropic"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 {
		t.Errorf("new = %d, lines %q", sum.New, sum.Lines)
	}
}

func TestIngestNeverOverwrites(t *testing.T) {
	srv := newNewsServer(t)
	dir := t.TempDir()
	// A hand-written file under the name ingest would choose, about
	// another story.
	name := "2025-10-23-anthropic-to-use-up-to-one-million-google-tpus.md"
	mine := "# My notes\n\nNothing to do with the page, but it is mine and must stay as it is.\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := newTestIngester(dir, nil, FetchOptions{}).Run(context.Background(), []string{srv.URL + "/dailycloud/google-anthropic"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	files := snapshot(t, dir)
	if files[name] != mine {
		t.Errorf("the file already there was changed to:\n%s", files[name])
	}
	if _, ok := files[strings.TrimSuffix(name, ".md")+"-2.md"]; !ok || sum.New != 1 || len(files) != 2 {
		t.Errorf("files %v; want the new article beside it as -2.md", slices.Collect(func(yield func(string) bool) {
			for n := range files {
				if !yield(n) {
					return
				}
			}
		}))
	}
}

func TestIngestSameStoryAlreadyInFolder(t *testing.T) {
	srv := newNewsServer(t)
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := newTestIngester(dir, nil, FetchOptions{}).Run(ctx, []string{srv.URL + "/news/oracle-openai"}, nil); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	sum, err := newTestIngester(dir, nil, FetchOptions{}).Run(ctx, []string{srv.URL + "/dailycloud/openai-oracle"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Copies != 1 || sum.Nothing() {
		t.Errorf("the same story from another outlet: new %d copies %d, lines %q; want it kept as a source", sum.New, sum.Copies, sum.Lines)
	}
	after := snapshot(t, dir)
	for name, data := range before {
		if after[name] != data {
			t.Errorf("%s was changed", name)
		}
	}
	if len(after) != len(before)+1 {
		t.Fatalf("%d files, want one more for the copy", len(after))
	}
	loaded, err := corpus.LoadDir(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Articles) != 1 || len(loaded.Problems) != 0 {
		t.Fatalf("loaded %d articles, problems %v; want the one story", len(loaded.Articles), loaded.Problems)
	}
	want := []corpus.Outlet{{Publication: "Daily Cloud", URL: srv.URL + "/dailycloud/openai-oracle"}}
	if got := loaded.Articles[0]; got.Publication != "Newswire" || !slices.Equal(got.OtherOutlets, want) {
		t.Errorf("the story: source %q, sources %+v; want Newswire with %+v", got.Publication, got.OtherOutlets, want)
	}

	// A third run finds both outlets known, and writes nothing.
	sum, err = newTestIngester(dir, nil, FetchOptions{}).Run(ctx, []string{srv.URL + "/dailycloud/openai-oracle", srv.URL + "/news/oracle-openai"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Copies != 0 || sum.Known != 2 || len(snapshot(t, dir)) != len(after) {
		t.Errorf("third run: new %d copies %d known %d; want both known and nothing written", sum.New, sum.Copies, sum.Known)
	}
}

func TestPerHostLimit(t *testing.T) {
	srv := newNewsServer(t)
	srv.delay = 50 * time.Millisecond
	var urls []string
	for _, p := range []string{"/news/oracle-openai", "/news/microsoft-anthropic", "/dailycloud/google-anthropic", "/latin1", "/notext", "/gone"} {
		urls = append(urls, srv.URL+p)
	}
	if _, err := newTestIngester(t.TempDir(), nil, FetchOptions{PerHost: 2}).Run(context.Background(), urls, nil); err != nil {
		t.Fatal(err)
	}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.maxIn > 2 {
		t.Errorf("%d requests at once to one host, want at most 2", srv.maxIn)
	}
}

func TestIngestInterrupted(t *testing.T) {
	srv := newNewsServer(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := newTestIngester(dir, nil, FetchOptions{}).Run(ctx, []string{srv.URL + "/slow", srv.URL + "/news/oracle-openai"}, nil)
	if err == nil {
		t.Fatal("an interrupted run returned no error")
	}
	if files := snapshot(t, dir); len(files) != 0 {
		t.Errorf("an interrupted run left %d files", len(files))
	}
}

func TestIngestItemWithoutLink(t *testing.T) {
	srv := newNewsServer(t)
	dir := t.TempDir()
	sum, err := newTestIngester(dir, nil, FetchOptions{}).Run(context.Background(), []string{srv.URL + "/nolink.json"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 {
		t.Fatalf("new %d, lines %q; want the item's full text written", sum.New, sum.Lines)
	}
	loaded, err := corpus.LoadDir(context.Background(), dir)
	if err != nil || len(loaded.Articles) != 1 || len(loaded.Problems) != 0 {
		t.Fatalf("loading: %v, %d articles, %v", err, len(loaded.Articles), loaded.Problems)
	}
	a := loaded.Articles[0]
	if a.URL != "" || a.Publication != "Cloud Notes" || a.Title != "Microsoft and OpenAI sign a new agreement" || !strings.Contains(a.Body, "$250 billion of Azure") {
		t.Errorf("article = url %q, publication %q, title %q", a.URL, a.Publication, a.Title)
	}
}
