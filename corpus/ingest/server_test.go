package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// newsServer is a loopback web server with feeds and pages, that records
// what it was asked.
type newsServer struct {
	*httptest.Server

	mu       sync.Mutex
	hits     map[string]int
	agents   map[string]bool
	cond     map[string]string // path -> If-None-Match of the last request
	inFlight int
	maxIn    int
	delay    time.Duration
}

// files maps server paths to testdata files and their Content-Type.
var files = map[string][2]string{
	"/rss.xml":                      {"rss.xml", "application/rss+xml; charset=utf-8"},
	"/atom.xml":                     {"atom.xml", "application/atom+xml"},
	"/feed.json":                    {"feed.json", "application/feed+json"},
	"/broken.xml":                   {"broken.xml", "application/rss+xml"},
	"/news/oracle-openai":           {"oracle-openai.html", "text/html; charset=utf-8"},
	"/news/microsoft-anthropic":     {"microsoft-anthropic.html", "text/html"},
	"/amp/news/microsoft-anthropic": {"microsoft-anthropic.html", "text/html"},
	"/dailycloud/openai-oracle":     {"oracle-openai-dailycloud.html", "text/html"},
	"/dailycloud/google-anthropic":  {"google-anthropic.html", "text/html"},
	"/notext":                       {"no-text.html", "text/html"},
	"/latin1":                       {"latin1.html", "text/html"},
	"/latin1-header":                {"latin1.html", "text/html; charset=ISO-8859-1"},
	"/strange-charset":              {"latin1.html", "text/html; charset=x-martian"},
	"/no-type/google-anthropic":     {"google-anthropic.html", ""},
	"/nolink.json":                  {"nolink.json", "application/feed+json"},
}

func newNewsServer(t *testing.T) *newsServer {
	t.Helper()
	s := &newsServer{hits: map[string]int{}, agents: map[string]bool{}, cond: map[string]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *newsServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.agents[r.UserAgent()] = true
	s.cond[r.URL.Path] = r.Header.Get("If-None-Match")
	s.inFlight++
	s.maxIn = max(s.maxIn, s.inFlight)
	delay := s.delay
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()
	if delay > 0 {
		time.Sleep(delay)
	}

	p := r.URL.Path
	switch {
	case p == "/error/500":
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	case p == "/gone":
		http.NotFound(w, r)
		return
	case p == "/slow":
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
		return
	case p == "/loop/a":
		http.Redirect(w, r, "/loop/b", http.StatusFound)
		return
	case p == "/loop/b":
		http.Redirect(w, r, "/loop/a", http.StatusFound)
		return
	case strings.HasPrefix(p, "/hops/"):
		var n int
		fmt.Sscanf(strings.TrimPrefix(p, "/hops/"), "%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hops/%d", n-1), http.StatusFound)
			return
		}
		p = "/dailycloud/google-anthropic"
	case p == "/huge":
		// No Content-Length: the limit must stop the reading itself.
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><head><title>Huge</title></head><body><p>"))
		chunk := []byte(strings.Repeat("cloud deal ", 1000))
		for written := 0; written < 11<<20; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
		return
	case p == "/bomb":
		// 11 MB of spaces, a few kilobytes on the wire.
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte("<html><body><p>"))
		zw.Write(bytes.Repeat([]byte(" "), 11<<20))
		zw.Close()
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
		return
	case p == "/huge-declared":
		w.Header().Set("Content-Length", fmt.Sprint(11<<20))
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		return
	}
	f, ok := files[p]
	if !ok {
		http.NotFound(w, r)
		return
	}
	data, err := os.ReadFile("testdata/" + f[0])
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	data = []byte(strings.ReplaceAll(string(data), "HOST", r.Host))
	etag := fmt.Sprintf(`"%x"`, len(data))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	if f[1] != "" {
		w.Header().Set("Content-Type", f[1])
	} else {
		w.Header()["Content-Type"] = nil // no sniffing by net/http
	}
	w.Write(data)
}

func (s *newsServer) hitsOf(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// memStore is a FeedStore in memory.
type memStore struct {
	mu sync.Mutex
	m  map[string]FeedState
}

var _ FeedStore = (*memStore)(nil)

func newMemStore() *memStore { return &memStore{m: map[string]FeedState{}} }

func (s *memStore) FeedState(_ context.Context, url string) (FeedState, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.m[url]
	return st, ok, nil
}

func (s *memStore) SaveFeedState(_ context.Context, st FeedState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[st.URL] = st
	return nil
}
