package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
	"github.com/dealbot/dealbot/corpus/state/pgtest"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// testSync is how often replicas in tests look for stored articles.
const testSync = 100 * time.Millisecond

// fetchedName is the file ingest names the article of newsSite's feed.
const fetchedName = "2025-11-03-openai-signs-38-billion-cloud-deal-with-amazon.md"

// TestReplicasShareArticles runs serve replicas with separate article
// folders on one PostgreSQL store, all given the same feeds file: the
// leader fetches the feed, and its article reaches every folder and every
// index, also that of a replica started later. Articles stored under
// names ingest never gives are refused, and nothing is written outside
// the folders. An article fetched with dealbot ingest on the same store
// reaches every folder as well.
func TestReplicasShareArticles(t *testing.T) {
	srv := pgtest.Start(t)
	spec := srv.Database(t)
	ctx := context.Background()
	site := newsSite(t)
	feeds := filepath.Join(t.TempDir(), "feeds.txt")
	if err := os.WriteFile(feeds, []byte(site.URL+"/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	slack := newSocketSlack(t)
	// start runs a replica on a folder of its own, inside a folder of its
	// own so that a write outside it would be seen.
	start := func() (r *replica, root, dir string) {
		t.Helper()
		root = t.TempDir()
		dir = filepath.Join(root, "articles")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "oracle-openai.md"), good, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := state.Open(ctx, spec)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		lock := ingest.NewFolderLock()
		poller := &feedPoller{file: feeds, dir: dir, every: time.Hour, db: st, lock: lock}
		share := func(log *slog.Logger) *articleShare { return newArticleShare(st, dir, lock, false, testSync, log) }
		return startServe(t, slack, dir, spec, st, poller, nil, share), root, dir
	}

	a, rootA, dirA := start()
	b, rootB, dirB := start()
	fetched := waitFile(t, filepath.Join(dirA, fetchedName), 10*time.Second)
	if got := waitFile(t, filepath.Join(dirB, fetchedName), 10*time.Second); !bytes.Equal(got, fetched) {
		t.Errorf("the replica that did not fetch wrote another file:\n%s\nwant\n%s", got, fetched)
	}
	b.logs.waitCount(t, "wrote an article another replica stored", 1, time.Second)
	t.Logf("the other replica wrote the fetched article %v after the leader stored it (syncing every %v)",
		logTime(t, b.logs, "wrote an article another replica stored").Sub(logTime(t, a.logs, "stored for the other replicas")).Round(time.Millisecond), testSync)
	if strings.Contains(b.logs.String(), "feeds: new article") {
		t.Error("the replica without the lease fetched the feed too")
	}

	// Names ingest never gives, put straight into the database as a
	// hostile writer could, then a good one after them.
	conn, err := pgx.Connect(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	hostile := []string{"../x", "/etc/passwd", ".hidden", "../2025-12-01-escape.md", "sub/2025-12-01-a.md", "2025-12-01-a.md\n"}
	for _, name := range append(hostile, "2025-12-02-after-the-refused-ones.md") {
		if _, err := conn.Exec(ctx, `INSERT INTO articles (name, body) VALUES ($1, $2)`, name, []byte("---\ntitle: x\n---\nrm -rf /\n")); err != nil {
			t.Fatal(err)
		}
	}

	c, rootC, dirC := start() // catches up from the first article stored
	if got := waitFile(t, filepath.Join(dirC, fetchedName), 10*time.Second); !bytes.Equal(got, fetched) {
		t.Errorf("the replica started later wrote another file:\n%s\nwant\n%s", got, fetched)
	}
	for _, r := range []*replica{a, b, c} {
		r.logs.waitCount(t, "refused an article from the state store", len(hostile), 10*time.Second)
	}
	for _, f := range []struct{ root, dir string }{{rootA, dirA}, {rootB, dirB}, {rootC, dirC}} {
		waitFile(t, filepath.Join(f.dir, "2025-12-02-after-the-refused-ones.md"), 10*time.Second)
		if got := names(t, f.root); !slices.Equal(got, []string{"articles"}) {
			t.Errorf("%s holds %v, want the article folder alone", f.root, got)
		}
		want := []string{"2025-11-03-openai-signs-38-billion-cloud-deal-with-amazon.md", "2025-12-02-after-the-refused-ones.md", "oracle-openai.md"}
		if got := names(t, f.dir); !slices.Equal(got, want) {
			t.Errorf("%s holds %v, want %v", f.dir, got, want)
		}
	}
	if _, err := os.Lstat(filepath.Join(filepath.Dir(rootA), "x")); err == nil {
		t.Error("a file was written beside the replica's folder")
	}

	// An article fetched by hand with dealbot ingest on the same store
	// reaches every replica too.
	pages := pagesServer(t)
	r := dealbot(t, map[string]string{"DEALBOT_STATE": spec}, "", "ingest", "--corpus", t.TempDir(), pages.URL+"/deal")
	if r.code != exitOK || strings.Contains(r.stderr, "could not be stored") {
		t.Fatalf("ingest: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, dir := range []string{dirA, dirB, dirC} {
		waitFile(t, filepath.Join(dir, "2025-09-10-oracle-agrees-five-year-cloud-contract-with-openai.md"), 10*time.Second)
	}

	// Every index answers with the fetched article's figure.
	for name, r := range map[string]*replica{"leader": a, "other": b, "later": c} {
		// The folder's four articles: its own, the fetched one, the one
		// after the refused names and the one ingested by hand.
		r.logs.waitCount(t, `"rebuilt the index","articles":4`, 1, 15*time.Second)
		r.stop(t)
		e, err := bleveindex.Open(r.path)
		if err != nil {
			t.Fatal(err)
		}
		ix := index.New(e, extract.New())
		ans, err := ix.Ask(ctx, "amazon openai")
		ix.Close()
		if err != nil || !slices.ContainsFunc(ans.Facts, func(f index.FactAnswer) bool { return f.Value == 38e9 }) {
			t.Errorf("the %s replica's index does not answer amazon openai with $38 billion: %v, %+v", name, err, ans.Facts)
		}
	}
}

// logTime returns the time of the first line logged with msg.
func logTime(t *testing.T, logs *logBuffer, msg string) time.Time {
	t.Helper()
	for _, line := range strings.Split(logs.String(), "\n") {
		if !strings.Contains(line, msg) {
			continue
		}
		var l struct{ Time time.Time }
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatal(err)
		}
		return l.Time
	}
	t.Fatalf("%q not logged", msg)
	return time.Time{}
}

// TestReplicasShareAcrossAnOutage saves a page with "Add to articles" on a
// replica while PostgreSQL is down: once it is back, the other replica's
// folder gets the article, with one warning on the way.
func TestReplicasShareAcrossAnOutage(t *testing.T) {
	srv := pgtest.Start(t)
	spec := srv.Database(t)
	ctx := context.Background()
	site := pagesServer(t)
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	slack := newSocketSlack(t)
	opts, err := fetchGuard("127.0.0.1", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	start := func() (*replica, string, *slackPages) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "oracle-openai.md"), good, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := state.Open(ctx, spec)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		lock := ingest.NewFolderLock()
		pages := newSlackPages(extract.New(), opts, dir, false, lock, slog.New(slog.DiscardHandler))
		share := func(log *slog.Logger) *articleShare { return newArticleShare(st, dir, lock, false, testSync, log) }
		return startServe(t, slack, dir, spec, st, nil, pages, share), dir, pages
	}
	a, dirA, pagesA := start()
	b, dirB, _ := start()

	srv.Stop(t)
	saved, err := pagesA.SaveArticle(ctx, site.URL+"/deal")
	if err != nil || saved.Known {
		t.Fatalf("Add to articles with the store down: %+v, %v; want it saved", saved, err)
	}
	const name = "2025-09-10-oracle-agrees-five-year-cloud-contract-with-openai.md"
	mine := waitFile(t, filepath.Join(dirA, name), time.Second)
	time.Sleep(5 * testSync) // a few passes, all failing
	srv.Start(t)
	if got := waitFile(t, filepath.Join(dirB, name), 10*time.Second); !bytes.Equal(got, mine) {
		t.Errorf("the other replica wrote another file:\n%s\nwant\n%s", got, mine)
	}
	a.logs.waitCount(t, "article sync: the state store is reachable again", 1, time.Second)
	for _, r := range []*replica{a, b} {
		if n := strings.Count(r.logs.String(), "article sync: the state store cannot be reached"); n != 1 {
			t.Errorf("the outage was logged %d times by one replica, want once", n)
		}
	}
}

// waitFile waits for the file at path and returns its content.
func waitFile(t *testing.T, path string, timeout time.Duration) []byte {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		data, err := os.ReadFile(path)
		if err == nil {
			return data
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not there after %v: %v", filepath.Base(path), timeout, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// names lists the names in dir, hidden ones too, but for the temporary
// file of a write still in progress.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".ingest-") {
			out = append(out, e.Name())
		}
	}
	return out
}

// memArticles is an article store in memory that can be made unreachable.
type memArticles struct {
	mu   sync.Mutex
	down bool
	arts []state.StoredArticle
}

var _ articleStore = (*memArticles)(nil)

func (m *memArticles) PutArticle(_ context.Context, name string, body []byte) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.down {
		return false, fmt.Errorf("connection refused: %w", state.ErrUnavailable)
	}
	for _, a := range m.arts {
		if a.Name == name {
			if !bytes.Equal(a.Body, body) {
				return false, state.ErrNameTaken
			}
			return false, nil
		}
	}
	m.arts = append(m.arts, state.StoredArticle{Seq: int64(len(m.arts) + 1), Name: name, Body: body, Added: time.Now()})
	return true, nil
}

func (m *memArticles) ArticlesAfter(_ context.Context, seq int64, limit int) ([]state.StoredArticle, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.down {
		return nil, fmt.Errorf("connection refused: %w", state.ErrUnavailable)
	}
	var out []state.StoredArticle
	for _, a := range m.arts {
		if a.Seq > seq && len(out) < limit {
			out = append(out, a)
		}
	}
	return out, nil
}

func (m *memArticles) setDown(down bool) {
	m.mu.Lock()
	m.down = down
	m.mu.Unlock()
}

// TestArticleShareRefusesHostileNames settles stored articles whose names
// would lead out of the folder, hide, or hold a NUL byte: each is refused
// and logged, and the sync goes on to the good one after them.
func TestArticleShareRefusesHostileNames(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "articles")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	store := &memArticles{}
	hostile := []string{"../x", "/etc/passwd", ".hidden", "2025-12-01-a\x00.md", "2025-12-01-a.md\x00/../../x", "..", "", "sub/2025-12-01-a.md", strings.Repeat("a/", 5000)}
	for i, name := range append(hostile, "2025-12-01-good.md") {
		store.arts = append(store.arts, state.StoredArticle{Seq: int64(10 + i), Name: name, Body: []byte("text")})
	}
	store.arts = append(store.arts, state.StoredArticle{Seq: 30, Name: "2025-12-01-huge.md", Body: make([]byte, state.MaxArticleSize+1)})
	logs := &logBuffer{}
	s := newArticleShare(store, dir, nil, false, time.Hour, slog.New(slog.NewTextHandler(logs, nil)))
	s.sync(context.Background())

	if got := names(t, dir); !slices.Equal(got, []string{"2025-12-01-good.md"}) {
		t.Errorf("the folder holds %v, want the good article alone", got)
	}
	if got := names(t, root); !slices.Equal(got, []string{"articles"}) {
		t.Errorf("beside the folder: %v, want nothing", got)
	}
	if n := strings.Count(logs.String(), "refused an article from the state store"); n != len(hostile)+1 {
		t.Errorf("%d refusals logged, want %d:\n%s", n, len(hostile)+1, logs)
	}
	if strings.Contains(logs.String(), "\x00") || len(logs.String()) > 5000 {
		t.Errorf("a stored name reached the log as it is:\n%q", logs)
	}
	if s.after != 30 {
		t.Errorf("the sync stopped at %d, want past every article (30)", s.after)
	}
}

// TestArticleShareNeverReplaces settles a stored article whose name a
// different file of the folder holds, twice, as a replica starting again
// scans from the first: it is written once, beside the other.
func TestArticleShareNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("2025-12-01-deal.md", "mine")
	write("2025-12-01-same.md", "same")
	store := &memArticles{}
	for _, a := range [][2]string{{"2025-12-01-deal.md", "theirs"}, {"2025-12-01-same.md", "same"}} {
		if _, err := store.PutArticle(context.Background(), a[0], []byte(a[1])); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		newArticleShare(store, dir, nil, false, time.Hour, slog.New(slog.DiscardHandler)).sync(context.Background())
	}
	want := map[string]string{"2025-12-01-deal.md": "mine", "2025-12-01-deal-2.md": "theirs", "2025-12-01-same.md": "same"}
	got := names(t, dir)
	if len(got) != len(want) {
		t.Errorf("the folder holds %v, want %d files", got, len(want))
	}
	for name, text := range want {
		if data, _ := os.ReadFile(filepath.Join(dir, name)); string(data) != text {
			t.Errorf("%s holds %q, want %q", name, data, text)
		}
	}
}

// TestArticleShareOutage publishes an article while the store is down:
// one warning, however many tries; once the store is back the article is
// stored, under a free name when another article holds its own, and the
// return is logged once.
func TestArticleShareOutage(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	const name = "2025-12-01-deal.md"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("ours"), 0o644); err != nil {
		t.Fatal(err)
	}
	store := &memArticles{}
	if _, err := store.PutArticle(ctx, name, []byte("another replica's")); err != nil {
		t.Fatal(err)
	}
	logs := &logBuffer{}
	s := newArticleShare(store, dir, nil, false, time.Hour, slog.New(slog.NewTextHandler(logs, nil)))
	store.setDown(true)
	s.publish(ctx, []string{filepath.Join(dir, name)})
	for range 3 {
		s.sync(ctx)
	}
	if n := strings.Count(logs.String(), "cannot be reached"); n != 1 {
		t.Errorf("the outage was logged %d times, want once:\n%s", n, logs)
	}
	store.setDown(false)
	s.sync(ctx)
	if n := strings.Count(logs.String(), "reachable again"); n != 1 {
		t.Errorf("the store's return was logged %d times, want once:\n%s", n, logs)
	}
	got, _ := store.ArticlesAfter(ctx, 0, 10)
	if len(got) != 2 || got[1].Name != "2025-12-01-deal-2.md" || string(got[1].Body) != "ours" {
		t.Errorf("stored after the outage: %+v; want ours as 2025-12-01-deal-2.md", got)
	}
	if s.pending != nil {
		t.Errorf("still pending: %v", s.pending)
	}
	// The other replica's article is written beside ours, once.
	s.sync(ctx)
	if got := names(t, dir); !slices.Equal(got, []string{"2025-12-01-deal-2.md", name}) {
		t.Errorf("the folder holds %v", got)
	}
}

// TestSavedArticleIsShared saves a page with "Add to articles" on one
// replica: it is stored, and another replica's sync writes the same file
// into its folder.
func TestSavedArticleIsShared(t *testing.T) {
	srv := pagesServer(t)
	ctx := context.Background()
	opts, err := fetchGuard("127.0.0.1", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	store := &memArticles{}
	here, there := t.TempDir(), t.TempDir()
	pages := newSlackPages(extract.New(), opts, here, false, nil, slog.New(slog.DiscardHandler))
	pages.share = newArticleShare(store, here, nil, false, time.Hour, slog.New(slog.DiscardHandler))
	if _, err := pages.SaveArticle(ctx, srv.URL+"/deal"); err != nil {
		t.Fatal(err)
	}
	saved := names(t, here)
	if len(saved) != 1 {
		t.Fatalf("the folder holds %v, want the saved article", saved)
	}
	newArticleShare(store, there, nil, false, time.Hour, slog.New(slog.DiscardHandler)).sync(ctx)
	mine, _ := os.ReadFile(filepath.Join(here, saved[0]))
	if theirs, err := os.ReadFile(filepath.Join(there, saved[0])); err != nil || !bytes.Equal(theirs, mine) {
		t.Errorf("the other replica's folder does not hold %s as saved: %v", saved[0], err)
	}
}
