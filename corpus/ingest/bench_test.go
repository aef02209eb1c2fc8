package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// storyText makes the n-th of many different stories, about 200 words
// drawn from a news-sized vocabulary, ending in the same credit line.
func storyText(n int) string {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	var b strings.Builder
	for range 200 {
		fmt.Fprintf(&b, "w%d ", r.IntN(5000))
	}
	b.WriteString("Reporting by the newsroom; editing by the desk.")
	return b.String()
}

// BenchmarkSameStory measures finding whether a text repeats one of 10,000
// stories already in the folder.
func BenchmarkSameStory(b *testing.B) {
	s := newStories()
	for i := range 10_000 {
		s.add(storyText(i))
	}
	probe := storyText(5_000) + " Reporting by another newsroom."
	b.ResetTimer()
	for b.Loop() {
		if s.match(probe) < 0 {
			b.Fatal("no match")
		}
	}
}

// BenchmarkIngestFeed measures one run over a feed of 100 items whose pages
// come from a loopback server, into an empty folder.
func BenchmarkIngestFeed(b *testing.B) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>`)
		for i := range 100 {
			fmt.Fprintf(w, `<item><title>Deal %d</title><link>http://%s/story/%d</link></item>`, i, r.Host, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/story/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>Deal %d</title></head><body><article><p>%s</p><p>%s</p></article></body></html>", n, storyText(n), storyText(n+1000))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for b.Loop() {
		in := New(Options{Dir: b.TempDir(), Fetcher: NewFetcher(FetchOptions{PerHost: 8}), Now: func() time.Time { return fetchedAt }})
		sum, err := in.Run(context.Background(), []string{srv.URL + "/feed"}, nil)
		if err != nil || sum.New != 100 {
			b.Fatalf("new %d, err %v", sum.New, err)
		}
	}
}
