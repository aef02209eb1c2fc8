package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dealbot/dealbot/corpus/state"
	"github.com/dealbot/dealbot/corpus/state/pgtest"
)

// TestLeaderPrunesOldClaims serves on a PostgreSQL store holding a claim
// answered an hour ago, one left unanswered as long ago, and one answered
// just now: the replica, leading, forgets the two old ones and keeps the
// recent one, without a question asked.
func TestLeaderPrunesOldClaims(t *testing.T) {
	srv := pgtest.Start(t)
	spec := srv.Database(t)
	ctx := context.Background()
	st, err := state.Open(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	conn, err := pgx.Connect(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `INSERT INTO claims (id, owner, expires_at, answered_at) VALUES
		('old', 'gone', now() - interval '1 hour', now() - interval '1 hour'),
		('left', 'gone', now() - interval '1 hour', NULL),
		('recent', 'gone', now(), now())`); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile("testdata/articles/oracle-openai.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "oracle-openai.md"), good, 0o644); err != nil {
		t.Fatal(err)
	}
	startServe(t, newSocketSlack(t), dir, spec, st, nil, nil, nil)

	deadline := time.Now().Add(10 * time.Second)
	for {
		rows, _ := conn.Query(ctx, `SELECT id FROM claims ORDER BY id`)
		ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) == 1 && ids[0] == "recent" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("claims held after 10 s of serving: %v, want the recent one alone", ids)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
