package state

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestStoreArticles(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		s, other := open(t), open(t)
		if got, err := s.ArticlesAfter(ctx, 0, 10); len(got) != 0 || err != nil {
			t.Fatalf("an empty store: %v, %v", got, err)
		}
		start := time.Now().Add(-time.Minute)
		puts := []struct {
			name, body string
			added      bool
			err        error
		}{
			{"2025-11-03-openai-signs-38-billion-cloud-deal-with-amazon.md", "AWS and OpenAI, $38 billion", true, nil},
			{"2025-09-10-oracle-openai.md", "Oracle, $300 billion", true, nil},
			{"2025-11-03-openai-signs-38-billion-cloud-deal-with-amazon.md", "AWS and OpenAI, $38 billion", false, nil}, // again: nothing
			{"2025-09-10-oracle-openai.md", "another story", false, ErrNameTaken},
			{"../x.md", "x", false, ErrInvalidArticle},
			{"2025-09-10-big.md", string(make([]byte, MaxArticleSize+1)), false, ErrInvalidArticle},
			{"2025-09-10-oracle-openai-2.md", "another story", true, nil},
		}
		for _, p := range puts {
			added, err := other.PutArticle(ctx, p.name, []byte(p.body))
			if added != p.added || !errors.Is(err, p.err) {
				t.Errorf("PutArticle(%q) = %v, %v; want %v, %v", p.name, added, err, p.added, p.err)
			}
		}
		all, err := s.ArticlesAfter(ctx, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		want := []struct{ name, body string }{{puts[0].name, puts[0].body}, {puts[1].name, puts[1].body}, {puts[6].name, puts[6].body}}
		if len(all) != len(want) {
			t.Fatalf("ArticlesAfter(0) gave %d articles, want %d", len(all), len(want))
		}
		for i, a := range all {
			if a.Name != want[i].name || string(a.Body) != want[i].body || a.Added.Before(start) || a.Added.After(time.Now().Add(time.Minute)) {
				t.Errorf("article %d = %s %q added %v, want %s %q just now", i, a.Name, a.Body, a.Added, want[i].name, want[i].body)
			}
			if i > 0 && a.Seq <= all[i-1].Seq {
				t.Errorf("sequence numbers %d then %d, want increasing", all[i-1].Seq, a.Seq)
			}
		}
		for _, c := range []struct {
			after int64
			limit int
			want  []StoredArticle
		}{
			{0, 2, all[:2]},
			{all[0].Seq, 10, all[1:]},
			{all[1].Seq, 1, all[2:]},
			{all[2].Seq, 10, nil},
		} {
			got, err := s.ArticlesAfter(ctx, c.after, c.limit)
			if err != nil || len(got) != len(c.want) {
				t.Errorf("ArticlesAfter(%d, %d) = %d articles, %v; want %d", c.after, c.limit, len(got), err, len(c.want))
				continue
			}
			for i := range got {
				if got[i].Seq != c.want[i].Seq || !bytes.Equal(got[i].Body, c.want[i].Body) {
					t.Errorf("ArticlesAfter(%d, %d)[%d] = %d %s, want %d %s", c.after, c.limit, i, got[i].Seq, got[i].Name, c.want[i].Seq, c.want[i].Name)
				}
			}
		}
	})
}

// TestStoreArticlesConcurrently stores articles from several replicas at
// once while another reads as a syncing replica does, remembering the last
// number seen: it must see every article.
func TestStoreArticlesConcurrently(t *testing.T) {
	eachKind(t, func(t *testing.T, open func(t *testing.T) Store) {
		ctx := context.Background()
		const writers, each = 4, 10
		var wg sync.WaitGroup
		for w := range writers {
			s := open(t)
			wg.Go(func() {
				for i := range each {
					name := fmt.Sprintf("2025-12-01-article-%d-%d.md", w, i)
					if _, err := s.PutArticle(ctx, name, []byte(name)); err != nil {
						t.Error(err)
					}
				}
			})
		}
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		reader := open(t)
		seen := map[string]bool{}
		var last int64
		for finished := false; ; {
			select {
			case <-done:
				finished = true
			default:
			}
			got, err := reader.ArticlesAfter(ctx, last, 3)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range got {
				if seen[a.Name] {
					t.Errorf("%s seen twice", a.Name)
				}
				seen[a.Name], last = true, a.Seq
			}
			if finished && len(got) == 0 {
				break
			}
		}
		if len(seen) != writers*each {
			t.Errorf("the reader saw %d articles, want %d", len(seen), writers*each)
		}
	})
}

// TestPostgresArticlesCommitInOrder holds an article's insert open, as a
// slow replica would: a second article stored meanwhile must not become
// visible with a higher number first, or a reader that saw it would
// skip the first for good.
func TestPostgresArticlesCommitInOrder(t *testing.T) {
	ctx := context.Background()
	p := mustOpen(t, pg.Database(t)).(*Postgres)
	tx, err := p.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, articleLock); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO articles (name, body) VALUES ('2025-12-01-slow.md', 'slow')`); err != nil {
		t.Fatal(err)
	}
	put := make(chan error, 1)
	go func() { _, err := p.PutArticle(ctx, "2025-12-01-quick.md", []byte("quick")); put <- err }()
	select {
	case err := <-put:
		t.Fatalf("an article was stored while an earlier one was being stored (%v)", err)
	case <-time.After(300 * time.Millisecond):
	}
	if got, err := p.ArticlesAfter(ctx, 0, 10); len(got) != 0 || err != nil {
		t.Fatalf("ArticlesAfter = %+v, %v; want nothing until the first commits", got, err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-put; err != nil {
		t.Fatal(err)
	}
	got, err := p.ArticlesAfter(ctx, 0, 10)
	if err != nil || len(got) != 2 || got[0].Name != "2025-12-01-slow.md" || got[1].Name != "2025-12-01-quick.md" {
		t.Errorf("ArticlesAfter = %+v, %v; want slow then quick", got, err)
	}
}
