package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestReadPage(t *testing.T) {
	srv := newNewsServer(t)
	f := NewFetcher(FetchOptions{})
	ctx := context.Background()

	a, err := f.ReadPage(ctx, srv.URL+"/hops/1")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Anthropic to use up to one million Google TPUs" {
		t.Errorf("title = %q", a.Title)
	}
	if a.URL != srv.URL+"/hops/0" {
		t.Errorf("URL = %q, want the address after the redirect, %s/hops/0", a.URL, srv.URL)
	}

	for _, c := range []struct {
		path string
		want string // in the reason
		page bool   // a *PageError rather than a *FetchError
	}{
		{"/rss.xml", "feed, not an article page", true},
		{"/notext", "", true},
		{"/gone", "404", false},
	} {
		_, err := f.ReadPage(ctx, srv.URL+c.path)
		var pe *PageError
		var fe *FetchError
		switch {
		case c.page && !errors.As(err, &pe):
			t.Errorf("%s: err = %v, want a PageError", c.path, err)
		case !c.page && !errors.As(err, &fe):
			t.Errorf("%s: err = %v, want a FetchError", c.path, err)
		case !strings.Contains(err.Error(), c.want):
			t.Errorf("%s: err = %q, want it to say %q", c.path, err, c.want)
		}
	}
}

// AddPage writes the same file Run writes for the same page, but for its
// publication (the host, as the page's name is not the host's), and knows
// it the second time.
func TestAddPageWritesAsRunDoes(t *testing.T) {
	srv := newNewsServer(t)
	ctx := context.Background()
	page := srv.URL + "/news/oracle-openai"

	byRun := t.TempDir()
	if _, err := newTestIngester(byRun, nil, FetchOptions{}).Run(ctx, []string{page}, nil); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := newTestIngester(dir, nil, FetchOptions{})
	l, err := in.AddPage(ctx, page)
	if err != nil {
		t.Fatal(err)
	}
	if l.Outcome != Added || l.Text != "Oracle agrees five-year cloud contract with OpenAI" {
		t.Errorf("line = %+v, want Added with the title", l)
	}
	want, got := snapshot(t, byRun), snapshot(t, dir)
	if len(got) != 1 || len(want) != 1 {
		t.Fatalf("files = %v, want one as Run wrote %v", got, want)
	}
	for name, data := range want {
		data = strings.Replace(data, "source: Newswire\n", "source: 127.0.0.1\n", 1)
		if got[name] != data {
			t.Errorf("AddPage wrote %v, want %s as Run writes it:\n%s", got, name, data)
		}
	}

	again, err := in.AddPage(ctx, page+"?utm_source=slack")
	if err != nil {
		t.Fatal(err)
	}
	if again.Outcome != Known || len(snapshot(t, dir)) != 1 {
		t.Errorf("second add: %+v with %d files, want Known and one file", again, len(snapshot(t, dir)))
	}

	feed, err := in.AddPage(ctx, srv.URL+"/rss.xml")
	var pe *PageError
	if !errors.As(err, &pe) || feed.Outcome != Failed || !strings.Contains(feed.Text, "feed") || len(snapshot(t, dir)) != 1 {
		t.Errorf("a feed: %+v, %v; want a PageError saying it is a feed, and nothing written", feed, err)
	}
	_, err = in.AddPage(ctx, srv.URL+"/gone")
	var fe *FetchError
	if !errors.As(err, &fe) || len(snapshot(t, dir)) != 1 {
		t.Errorf("a 404: %v; want a FetchError, and nothing written", err)
	}
}
