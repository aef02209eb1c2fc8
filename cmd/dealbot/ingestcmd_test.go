package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const ingestPage = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>OpenAI signs $38 billion cloud deal with Amazon</title>
<meta property="og:site_name" content="Newswire">
<meta property="article:published_time" content="2025-11-03T13:00:00Z">
</head><body><article>
<h1>OpenAI signs $38 billion cloud deal with Amazon</h1>
<p>OpenAI has agreed to buy $38 billion of cloud computing services from Amazon Web Services over seven years, the companies said on Monday.</p>
<p>OpenAI will begin running workloads on AWS at once, using hundreds of thousands of Nvidia graphics processors in the United States.</p>
</article></body></html>`

func newsSite(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Newswire</title>
<item><title>OpenAI signs $38 billion cloud deal with Amazon</title><link>http://%s/amazon-openai?utm_source=rss</link></item>
</channel></rss>`, r.Host)
	})
	mux.HandleFunc("/amazon-openai", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, ingestPage)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestIngestThenIndexThenAsk(t *testing.T) {
	srv := newsSite(t)
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "articles")
	env := map[string]string{
		"DEALBOT_STATE": filepath.Join(tmp, "state.db"),
		"DEALBOT_INDEX": filepath.Join(tmp, "deals.bleve"),
	}
	feedsFile := filepath.Join(tmp, "feeds.txt")
	if err := os.WriteFile(feedsFile, []byte("# news\n"+srv.URL+"/rss\nnot a url\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	r := dealbot(t, env, "", "ingest", "--corpus", dir, "--feeds", feedsFile, srv.URL+"/amazon-openai", srv.URL+"/missing")
	if r.code != exitOK {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"1 new, 1 already known", "1 failed", "2025-11-03-openai-signs-38-billion-cloud-deal-with-amazon.md"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout does not say %q:\n%s", want, r.stdout)
		}
	}
	for _, want := range []string{"feeds.txt:3:", "failed  " + srv.URL + "/missing: the server answered 404 Not Found"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
		}
	}
	if _, err := os.Stat(env["DEALBOT_STATE"]); err != nil {
		t.Errorf("no state file: %v", err)
	}

	if r := dealbot(t, env, "", "index", "--corpus", dir); r.code != exitOK {
		t.Fatalf("index: exit %d: %s", r.code, r.stderr)
	}
	r = dealbot(t, env, "", "ask", "amazon", "openai")
	if r.code != exitOK || !strings.Contains(r.stdout, "$38 billion") {
		t.Errorf("ask after ingest: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestIngestFailures(t *testing.T) {
	srv := newsSite(t)
	tmp := t.TempDir()
	env := map[string]string{"DEALBOT_STATE": filepath.Join(tmp, "state.db")}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no folder", []string{"ingest", srv.URL + "/rss"}, exitUsage, "--corpus DIR"},
		{"no URL", []string{"ingest", "--corpus", tmp}, exitUsage, "what should I fetch?"},
		{"everything fails", []string{"ingest", "--corpus", tmp, srv.URL + "/missing", "http://127.0.0.1:1/rss"}, exitFail, "nothing could be ingested"},
		{"missing feed list", []string{"ingest", "--corpus", tmp, "--feeds", filepath.Join(tmp, "none.txt")}, exitFail, "none.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := dealbot(t, env, "", tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit %d, want %d; stderr does not say %q?\n%s", r.code, tt.code, tt.stderr, r.stderr)
			}
		})
	}
}

func TestIngestWithDamagedStateStillIngests(t *testing.T) {
	srv := newsSite(t)
	tmp := t.TempDir()
	statePath := filepath.Join(tmp, "state.db")
	junk := []byte(strings.Repeat("junk", 2048))
	if err := os.WriteFile(statePath, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	r := dealbot(t, map[string]string{"DEALBOT_STATE": statePath}, "", "ingest", "--corpus", filepath.Join(tmp, "a"), srv.URL+"/rss")
	if r.code != exitOK || !strings.Contains(r.stdout, "1 new") || !strings.Contains(r.stderr, "move it aside") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if data, _ := os.ReadFile(statePath); string(data) != string(junk) {
		t.Error("the damaged state file was changed")
	}
}
