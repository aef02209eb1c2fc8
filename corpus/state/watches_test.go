package state

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestWatches(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
	w1, err := db.AddWatch(ctx, Watch{Channel: "C1", Query: "openai", User: "U1", Created: now})
	if err != nil {
		t.Fatal(err)
	}
	w2, _ := db.AddWatch(ctx, Watch{Channel: "C2", Query: "amazon microsoft", User: "U2", Created: now})
	w3, _ := db.AddWatch(ctx, Watch{Channel: "C1", Query: "google market share", User: "U1", Created: now})
	if w1.ID == 0 || w2.ID <= w1.ID || w3.ID <= w2.ID {
		t.Fatalf("IDs %d %d %d, want increasing from 1", w1.ID, w2.ID, w3.ID)
	}
	got, err := db.Watches(ctx, "C1")
	if err != nil || !slices.Equal(got, []Watch{w1, w3}) {
		t.Errorf("Watches(C1) = %+v, %v", got, err)
	}
	if ok, err := db.RemoveWatch(ctx, "C2", w1.ID); ok || err != nil {
		t.Errorf("removing C1's watch from C2: %v, %v; want refused", ok, err)
	}
	if ok, err := db.RemoveWatch(ctx, "C1", w1.ID); !ok || err != nil {
		t.Errorf("RemoveWatch: %v, %v", ok, err)
	}
	// Reopened, as after a restart.
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	all, err := db.Watches(ctx, "")
	if err != nil || !slices.Equal(all, []Watch{w2, w3}) {
		t.Errorf("Watches() after a restart = %+v, %v", all, err)
	}
	w4, _ := db.AddWatch(ctx, Watch{Channel: "C1", Query: "oracle"})
	if w4.ID <= w3.ID {
		t.Errorf("a new watch got ID %d, not above %d", w4.ID, w3.ID)
	}
}

func TestAnnounceOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	fresh, err := db.Announce(ctx, "C1", []string{"a", "b"}, now)
	if err != nil || !slices.Equal(fresh, []string{"a", "b"}) {
		t.Fatalf("first: %q, %v", fresh, err)
	}
	if fresh, _ := db.Announce(ctx, "C1", []string{"b", "c"}, now); !slices.Equal(fresh, []string{"c"}) {
		t.Errorf("second: %q, want only c", fresh)
	}
	if fresh, _ := db.Announce(ctx, "C2", []string{"a"}, now); !slices.Equal(fresh, []string{"a"}) {
		t.Errorf("another channel: %q, want a", fresh)
	}
	db, _ = Open(ctx, path)
	if fresh, _ := db.Announce(ctx, "C1", []string{"a", "b", "c"}, now); len(fresh) != 0 {
		t.Errorf("after a restart: %q, want nothing", fresh)
	}
}

func TestDigestItems(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := db.AddWatch(ctx, Watch{Channel: "C1", Query: "openai", Digest: "daily"})
	if last, err := db.LastDigest(ctx, w.ID); err != nil || !last.IsZero() {
		t.Fatalf("LastDigest of a new watch = %v, %v", last, err)
	}
	db.AddToDigest(ctx, w.ID, [][]byte{[]byte("one"), []byte("two")})
	db.AddToDigest(ctx, w.ID, [][]byte{[]byte("three")})
	db, _ = Open(ctx, path) // a restart keeps them
	at := time.Date(2025, 12, 2, 9, 0, 0, 0, time.UTC)
	items, err := db.TakeDigest(ctx, w.ID, at)
	if err != nil || len(items) != 3 || string(items[0]) != "one" || string(items[2]) != "three" {
		t.Fatalf("TakeDigest = %q, %v", items, err)
	}
	if last, _ := db.LastDigest(ctx, w.ID); !last.Equal(at) {
		t.Errorf("LastDigest = %v, want %v", last, at)
	}
	if items, _ := db.TakeDigest(ctx, w.ID, at); len(items) != 0 {
		t.Errorf("taken twice: %q", items)
	}
	db.AddToDigest(ctx, w.ID, [][]byte{[]byte("four")})
	if ok, _ := db.RemoveWatch(ctx, "C1", w.ID); !ok {
		t.Fatal("RemoveWatch failed")
	}
	if items, _ := db.TakeDigest(ctx, w.ID, at); len(items) != 0 {
		t.Errorf("a removed watch's digest kept %q", items)
	}
}
