package state

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus/ingest"
)

func TestFeedStateRoundTrip(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "data", "state.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := db.FeedState(ctx, "https://news.example/rss"); ok || err != nil {
		t.Fatalf("empty file: ok %v err %v", ok, err)
	}
	want := ingest.FeedState{
		URL:        "https://news.example/rss",
		Validators: ingest.Validators{ETag: `"abc"`, LastModified: "Mon, 03 Nov 2025 13:00:00 GMT"},
		LastFetch:  time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC),
		Feed:       true, New: 3, Known: 2, Failed: 1,
		Error: "",
	}
	if err := db.SaveFeedState(ctx, want); err != nil {
		t.Fatal(err)
	}
	other := ingest.FeedState{URL: "https://a.example/feed", Error: "the server answered 500 Internal Server Error"}
	if err := db.SaveFeedState(ctx, other); err != nil {
		t.Fatal(err)
	}

	// Another process opening the same file sees it all.
	again, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := again.FeedState(ctx, want.URL)
	if err != nil || !ok || got != want {
		t.Errorf("read back %+v (ok %v, err %v), want %+v", got, ok, err, want)
	}
	all, err := again.FeedStates(ctx)
	if err != nil || len(all) != 2 || all[0] != other || all[1] != want {
		t.Errorf("FeedStates = %+v, %v; want both, by URL", all, err)
	}
}

func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 20 {
		db := a
		if i%2 == 1 {
			db = b
		}
		wg.Go(func() {
			url := "https://news.example/" + string(rune('a'+i))
			if err := db.SaveFeedState(ctx, ingest.FeedState{URL: url, New: i}); err != nil {
				t.Error(err)
			}
			if _, _, err := db.FeedState(ctx, url); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	all, err := a.FeedStates(ctx)
	if err != nil || len(all) != 20 {
		t.Errorf("after 20 concurrent saves: %d states, %v", len(all), err)
	}
}

func TestDamagedFileIsReportedAndKept(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"garbage":   bytes.Repeat([]byte("not a bbolt file "), 2000),
		"truncated": nil, // filled below from a real file cut short
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".db")
			if data == nil {
				db, err := Open(ctx, path)
				if err != nil {
					t.Fatal(err)
				}
				if err := db.SaveFeedState(ctx, ingest.FeedState{URL: "https://news.example/rss"}); err != nil {
					t.Fatal(err)
				}
				full, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				// Keep the first meta page, lose the rest.
				data = full[:4096]
				data[100] ^= 0xff
			}
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Open(ctx, path)
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("Open of a damaged file: err = %v, want ErrDamaged", err)
			}
			for _, want := range []string{path, "move it aside", "left it as it is"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("message %q does not say %q", err, want)
				}
			}
			after, rerr := os.ReadFile(path)
			if rerr != nil || !bytes.Equal(after, data) {
				t.Errorf("the damaged file was changed or removed (%v)", rerr)
			}
		})
	}
}
