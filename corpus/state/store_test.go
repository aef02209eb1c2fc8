package state

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state/pgtest"
)

// pg is one PostgreSQL cluster for the package's tests; each test takes a
// database of its own.
var pg pgtest.Shared

func TestMain(m *testing.M) { os.Exit(pg.Run(m)) }

// kind is one implementation of Store. fresh makes new, empty storage and
// returns its spec for Open; opening it twice gives two Store values on the
// same storage, as two replicas have.
type kind struct {
	name  string
	fresh func(t *testing.T) (spec string)
}

var kinds = []kind{
	{"bbolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "state.db") }},
	{"postgres", func(t *testing.T) string { return pg.Database(t) }},
}

func mustOpen(t *testing.T, spec string) Store {
	t.Helper()
	s, err := Open(context.Background(), spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// eachKind runs fn against every kind of store.
func eachKind(t *testing.T, fn func(t *testing.T, open func(t *testing.T) Store)) {
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			spec := k.fresh(t)
			fn(t, func(t *testing.T) Store { return mustOpen(t, spec) })
		})
	}
}

func TestStoreFeedStates(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		s := open(t)
		if _, ok, err := s.FeedState(ctx, "https://b.example/rss"); ok || err != nil {
			t.Fatalf("empty store: ok %v err %v", ok, err)
		}
		at := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
		saves := []ingest.FeedState{
			{URL: "https://b.example/rss", Validators: ingest.Validators{ETag: `"v1"`}, LastFetch: at, Feed: true, New: 3},
			{URL: "https://a.example/feed", LastFetch: at, Error: "HTTP 503"},
			{URL: "https://b.example/rss", Validators: ingest.Validators{ETag: `"v2"`, LastModified: "Mon, 01 Dec 2025 09:00:00 GMT"}, LastFetch: at.Add(time.Hour), Feed: true, Known: 3, NotModified: true},
		}
		for _, st := range saves {
			if err := s.SaveFeedState(ctx, st); err != nil {
				t.Fatal(err)
			}
		}
		// Another replica reads what this one saved.
		other := open(t)
		got, ok, err := other.FeedState(ctx, "https://b.example/rss")
		if !ok || err != nil || got != saves[2] {
			t.Errorf("FeedState = %+v, %v, %v; want the latest save %+v", got, ok, err, saves[2])
		}
		all, err := other.FeedStates(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := []ingest.FeedState{saves[1], saves[2]}; !slices.Equal(all, want) {
			t.Errorf("FeedStates = %+v, want %+v (by URL, latest save)", all, want)
		}
	})
}

func TestStoreWatches(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		s := open(t)
		made := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
		var added []Watch
		for _, w := range []Watch{
			{Channel: "C1", Query: "amazon openai", User: "U1", Created: made},
			{Channel: "C2", Query: "microsoft", User: "U2", Created: made, Digest: "daily"},
			{Channel: "C1", Query: "oracle", User: "U1", Created: made, Digest: "weekly"},
		} {
			got, err := s.AddWatch(ctx, w)
			if err != nil {
				t.Fatal(err)
			}
			if got.ID == 0 || (len(added) > 0 && got.ID <= added[len(added)-1].ID) {
				t.Errorf("watch %q got ID %d after %v: want new, increasing IDs", w.Query, got.ID, added)
			}
			w.ID = got.ID
			if got != w {
				t.Errorf("AddWatch returned %+v, want %+v", got, w)
			}
			added = append(added, got)
		}
		other := open(t) // a watch made through one replica is known to all
		for _, c := range []struct {
			channel string
			want    []Watch
		}{
			{"C1", []Watch{added[0], added[2]}},
			{"C2", []Watch{added[1]}},
			{"C3", nil},
			{"", added},
		} {
			got, err := other.Watches(ctx, c.channel)
			if err != nil || !slices.Equal(got, c.want) {
				t.Errorf("Watches(%q) = %+v, %v; want %+v", c.channel, got, err, c.want)
			}
		}

		if err := s.AddToDigest(ctx, added[2].ID, [][]byte{[]byte("x")}); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			channel string
			id      uint64
			want    bool
		}{
			{"C2", added[2].ID, false}, // not that channel's
			{"C1", 999, false},
			{"C1", added[2].ID, true},
			{"C1", added[2].ID, false}, // already gone
		} {
			if got, err := other.RemoveWatch(ctx, c.channel, c.id); got != c.want || err != nil {
				t.Errorf("RemoveWatch(%q, %d) = %v, %v; want %v", c.channel, c.id, got, err, c.want)
			}
		}
		if got, _ := s.Watches(ctx, "C1"); !slices.Equal(got, added[:1]) {
			t.Errorf("after removing: %+v", got)
		}
		if items, err := s.TakeDigest(ctx, added[2].ID, made); len(items) != 0 || err != nil {
			t.Errorf("a removed watch's digest still holds %q (%v)", items, err)
		}
	})
}

func TestStoreDigests(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		a, b := open(t), open(t)
		if last, err := a.LastDigest(ctx, 7); !last.IsZero() || err != nil {
			t.Errorf("LastDigest of a new watch = %v, %v; want zero", last, err)
		}
		steps := [][]string{{"one", "two"}, {}, {"three"}}
		for i, items := range steps {
			s := []Store{a, b}[i%2]
			var raw [][]byte
			for _, it := range items {
				raw = append(raw, []byte(it))
			}
			if err := s.AddToDigest(ctx, 7, raw); err != nil {
				t.Fatal(err)
			}
		}
		if err := a.AddToDigest(ctx, 8, [][]byte{[]byte("other watch")}); err != nil {
			t.Fatal(err)
		}
		at := time.Date(2025, 12, 2, 9, 0, 0, 0, time.UTC)
		got, err := b.TakeDigest(ctx, 7, at)
		if err != nil {
			t.Fatal(err)
		}
		if want := "one two three"; fmt.Sprintf("%s", got) != "["+want+"]" {
			t.Errorf("TakeDigest = %s, want [%s] oldest first", got, want)
		}
		if again, err := a.TakeDigest(ctx, 7, at.Add(time.Hour)); len(again) != 0 || err != nil {
			t.Errorf("a second TakeDigest = %s, %v; want nothing", again, err)
		}
		if last, err := a.LastDigest(ctx, 7); !last.Equal(at.Add(time.Hour)) || err != nil {
			t.Errorf("LastDigest = %v, %v; want %v", last, err, at.Add(time.Hour))
		}
		if got, _ := a.TakeDigest(ctx, 8, at); len(got) != 1 {
			t.Errorf("watch 8's digest = %s, want its one item", got)
		}
	})
}

func TestStoreAnnounce(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		a, b := open(t), open(t)
		at := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
		for _, c := range []struct {
			store   Store
			channel string
			keys    []string
			want    []string
		}{
			{a, "C1", []string{"k1", "k2"}, []string{"k1", "k2"}},
			{b, "C1", []string{"k3", "k2", "k1"}, []string{"k3"}},
			{b, "C2", []string{"k2"}, []string{"k2"}}, // once per channel
			{a, "C1", []string{"k4", "k4"}, []string{"k4"}},
			{a, "C1", nil, nil},
		} {
			got, err := c.store.Announce(ctx, c.channel, c.keys, at)
			if err != nil || !slices.Equal(got, c.want) {
				t.Errorf("Announce(%s, %q) = %q, %v; want %q", c.channel, c.keys, got, err, c.want)
			}
		}
	})
}

func TestStoreAnnounceConcurrently(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		stores := []Store{open(t), open(t)}
		var keys []string
		for i := range 40 {
			keys = append(keys, fmt.Sprintf("fact-%02d", i))
		}
		var mu sync.Mutex
		seen := map[string]int{}
		var wg sync.WaitGroup
		for i := range 6 {
			wg.Go(func() {
				// Each announcer sees the rebuild's figures in its own
				// order, some of them only.
				mine := slices.Clone(keys[i%3*5:])
				if i%2 == 1 {
					slices.Reverse(mine)
				}
				got, err := stores[i%2].Announce(ctx, "C1", mine, time.Now())
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				defer mu.Unlock()
				for _, k := range got {
					seen[k]++
				}
			})
		}
		wg.Wait()
		for _, k := range keys {
			if seen[k] != 1 {
				t.Errorf("%s announced %d times, want once", k, seen[k])
			}
		}
	})
}

func TestStoreClaims(t *testing.T) {
	const long = time.Hour
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		a, b := open(t), open(t)
		type step struct {
			store  Store
			op     string // "claim", "answered", "wait"
			id     string
			owner  string
			lease  time.Duration
			want   ClaimResult
			reason string
		}
		short := 300 * time.Millisecond
		for i, s := range []step{
			{a, "claim", "E1", "r1", long, ClaimTaken, "a new event is the first asker's"},
			{b, "claim", "E1", "r2", long, ClaimHeld, "another replica holds it"},
			{a, "claim", "E1", "r1", long, ClaimTaken, "asking again for one's own claim"},
			{a, "answered", "E1", "r1", 0, 0, ""},
			{b, "claim", "E1", "r2", long, ClaimDone, "answered by the other replica"},
			{a, "claim", "E1", "r1", long, ClaimDone, "answered by itself"},
			{b, "claim", "E2", "r2", short, ClaimTaken, "a new event"},
			{a, "claim", "E2", "r1", long, ClaimHeld, "the lease has not run out"},
			{a, "wait", "", "", short + 100*time.Millisecond, 0, ""},
			{a, "claim", "E2", "r1", long, ClaimTaken, "the lease ran out unanswered: taken over"},
			{b, "claim", "E2", "r2", long, ClaimHeld, "the first owner lost it"},
			{b, "answered", "E3", "r2", 0, 0, ""},
			{a, "claim", "E3", "r1", long, ClaimDone, "answered without a claim (the store was away)"},
		} {
			switch s.op {
			case "wait":
				time.Sleep(s.lease)
			case "answered":
				if err := s.store.Answered(ctx, s.id, s.owner); err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
			case "claim":
				got, err := s.store.Claim(ctx, s.id, s.owner, s.lease)
				if err != nil || got != s.want {
					t.Errorf("step %d, %s claims %s: %v, %v; want %v (%s)", i, s.owner, s.id, got, err, s.want, s.reason)
				}
			}
		}
	})
}

func TestStoreClaimRace(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		stores := []Store{open(t), open(t)}
		const events = 30
		results := make([][2]ClaimResult, events)
		var wg sync.WaitGroup
		for r := range 2 {
			wg.Go(func() {
				for e := range events {
					got, err := stores[r].Claim(ctx, fmt.Sprintf("Ev%d", e), fmt.Sprintf("replica-%d", r), 10*time.Second)
					if err != nil {
						t.Error(err)
					}
					results[e][r] = got
				}
			})
		}
		wg.Wait()
		for e, rs := range results {
			taken := 0
			for _, r := range rs {
				if r == ClaimTaken {
					taken++
				} else if r != ClaimHeld {
					t.Errorf("Ev%d: %v, want taken or held", e, r)
				}
			}
			if taken != 1 {
				t.Errorf("Ev%d taken by %d replicas, want exactly 1 (%v)", e, taken, rs)
			}
		}
	})
}

// TestStorePrunesAnsweredClaims ages claims as if time had passed: taking
// claims, however many, forgets none of them; PruneClaims forgets those
// answered or left more than AnsweredKept ago, and only those.
func TestStorePrunesAnsweredClaims(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		s := open(t)
		for _, id := range []string{"old", "recent", "left"} {
			if _, err := s.Claim(ctx, id, "r1", time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		for _, id := range []string{"old", "recent"} {
			if err := s.Answered(ctx, id, "r1"); err != nil {
				t.Fatal(err)
			}
		}
		backdate(t, s, "old", time.Hour)  // answered an hour ago
		backdate(t, s, "left", time.Hour) // its lease ran out 59 minutes ago
		for i := range 130 {
			if _, err := s.Claim(ctx, fmt.Sprintf("E%d", i), "r1", time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := s.Claim(ctx, "old", "r2", time.Minute); got != ClaimDone || err != nil {
			t.Errorf("a claim answered an hour ago, after 130 claims: %v, %v; want done (claims do not prune)", got, err)
		}
		n, err := s.PruneClaims(ctx)
		if n != 2 || err != nil {
			t.Errorf("PruneClaims = %d, %v; want the 2 claims older than %v", n, err, AnsweredKept)
		}
		if got, _ := s.Claim(ctx, "old", "r2", time.Minute); got != ClaimTaken {
			t.Errorf("a claim answered an hour ago, after pruning: %v, want it forgotten (taken)", got)
		}
		if got, _ := s.Claim(ctx, "recent", "r2", time.Minute); got != ClaimDone {
			t.Errorf("a claim answered just now, after pruning: %v, want done", got)
		}
	})
}

// backdate moves a claim's times ago into the past.
func backdate(t *testing.T, s Store, id string, ago time.Duration) {
	t.Helper()
	ctx := context.Background()
	var err error
	switch s := s.(type) {
	case *DB:
		err = s.update(ctx, func(tx *bolt.Tx) error {
			b := tx.Bucket(claimsBucket)
			var c fileClaim
			if err := json.Unmarshal(b.Get([]byte(id)), &c); err != nil {
				return err
			}
			c.Expires = c.Expires.Add(-ago)
			if !c.Answered.IsZero() {
				c.Answered = c.Answered.Add(-ago)
			}
			v, err := json.Marshal(c)
			if err != nil {
				return err
			}
			return b.Put([]byte(id), v)
		})
	case *Postgres:
		_, err = s.pool.Exec(ctx, `UPDATE claims SET expires_at = expires_at - make_interval(secs => $2),
			answered_at = answered_at - make_interval(secs => $2) WHERE id = $1`, id, ago.Seconds())
	default:
		t.Fatalf("cannot age a claim in %T", s)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func TestStoreLeader(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		a, b := open(t), open(t)
		short := 300 * time.Millisecond
		type step struct {
			store Store
			op    string // "lead", "resign", "wait"
			owner string
			ttl   time.Duration
			want  bool
		}
		for i, s := range []step{
			{a, "lead", "r1", time.Hour, true},
			{b, "lead", "r2", time.Hour, false},
			{a, "lead", "r1", short, true}, // renewed, now short
			{b, "resign", "r2", 0, false},  // not r2's to give up
			{b, "lead", "r2", time.Hour, false},
			{a, "wait", "", short + 100*time.Millisecond, false},
			{b, "lead", "r2", time.Hour, true}, // r1 stopped renewing
			{a, "lead", "r1", time.Hour, false},
			{b, "resign", "r2", 0, false},
			{a, "lead", "r1", time.Hour, true},
		} {
			switch s.op {
			case "wait":
				time.Sleep(s.ttl)
			case "resign":
				if err := s.store.Resign(ctx, s.owner); err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
			case "lead":
				if got, err := s.store.Lead(ctx, s.owner, s.ttl); got != s.want || err != nil {
					t.Errorf("step %d: %s Lead = %v, %v; want %v", i, s.owner, got, err, s.want)
				}
			}
		}

		// Many replicas at once on a free lease: one wins.
		if err := a.Resign(ctx, "r1"); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		won := make([]bool, 8)
		for i := range won {
			wg.Go(func() {
				var err error
				if won[i], err = []Store{a, b}[i%2].Lead(ctx, fmt.Sprintf("c%d", i), time.Hour); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		if n := len(slices.DeleteFunc(won, func(w bool) bool { return !w })); n != 1 {
			t.Errorf("%d of 8 replicas lead at once, want 1", n)
		}
	})
}

func TestStoreOpenTogether(t *testing.T) {
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			spec := k.fresh(t)
			stores := make([]Store, 4)
			errs := make([]error, len(stores))
			var wg sync.WaitGroup
			for i := range stores {
				wg.Go(func() { stores[i], errs[i] = Open(context.Background(), spec) })
			}
			wg.Wait()
			for i, s := range stores {
				if errs[i] != nil {
					t.Fatalf("Open %d of %d at once: %v", i+1, len(stores), errs[i])
				}
				defer s.Close()
			}
			for i, s := range stores {
				v, err := s.SchemaVersion(context.Background())
				if err != nil || v < 1 {
					t.Errorf("store %d at schema version %d, %v", i, v, err)
				}
			}
		})
	}
}
