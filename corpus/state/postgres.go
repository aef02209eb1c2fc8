package state

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dealbot/dealbot/corpus/ingest"
)

// Postgres is the store in a PostgreSQL database, shared by every replica
// that names it. It is safe for concurrent use. Each call gives up after
// five seconds, sooner if its context says so, with an error wrapping
// ErrUnavailable.
type Postgres struct {
	pool *pgxpool.Pool
	desc string // postgres://host:port/db, for people
	// opTimeout bounds each call; see callTimeout.
	opTimeout time.Duration
}

// callTimeout bounds one call to the database when the caller's context
// allows longer. A database cut off without its connections being closed
// (a dropped link, a frozen machine) answers nothing and refuses nothing;
// without a bound, a question waiting on its claim would wait for TCP to
// give up, minutes later, instead of being answered without the store.
const callTimeout = 5 * time.Second

// bound returns ctx limited to p's call timeout, or to ctx's own deadline
// when that is sooner.
func (p *Postgres) bound(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, p.opTimeout)
}

// connectTimeout bounds a connection attempt when the URL sets none, so an
// unreachable database is reported in seconds, not minutes.
const connectTimeout = 5 * time.Second

// OpenPostgres connects to the database at rawURL and brings its schema up
// to this dealbot's version, under a lock, so replicas starting together
// migrate it once. It returns an error wrapping ErrBadURL when rawURL
// cannot be read, one wrapping ErrUnavailable when the database cannot be
// reached, and refuses a schema newer than this dealbot knows. No error or
// log names the password.
func OpenPostgres(ctx context.Context, rawURL string) (*Postgres, error) {
	cfg, err := pgxpool.ParseConfig(rawURL)
	if err != nil {
		return nil, badURL(rawURL, err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = connectTimeout
	}
	p := &Postgres{desc: describe(cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database), opTimeout: callTimeout}
	secret := cfg.ConnConfig.Password
	if p.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, p.explain("connecting", scrub(err, secret))
	}
	if err := p.migrate(ctx); err != nil {
		p.pool.Close()
		return nil, scrub(err, secret)
	}
	return p, nil
}

// badURL is the error for a PostgreSQL URL pgx cannot read. pgx hides the
// password in the URL it quotes; scrub makes sure of it.
func badURL(rawURL string, err error) error {
	return fmt.Errorf("%w: %s: %w; DEALBOT_STATE should look like postgres://user:password@host:5432/dealbot",
		ErrBadURL, Redact(rawURL), scrub(err, rawURL))
}

func describe(host string, port uint16, db string) string {
	return "postgres://" + net.JoinHostPort(host, strconv.Itoa(int(port))) + "/" + db
}

// scrubbed is an error whose text had a secret cut out; it still unwraps
// to the original, for errors.Is.
type scrubbed struct {
	msg string
	err error
}

func (e *scrubbed) Error() string { return e.msg }
func (e *scrubbed) Unwrap() error { return e.err }

// scrub makes sure secret (a password or a URL holding one) is not in the
// text of err, whatever a library put there.
func scrub(err error, secret string) error {
	if err == nil || secret == "" {
		return err
	}
	msg := err.Error()
	clean := strings.ReplaceAll(msg, secret, "xxxxx")
	if esc := url.QueryEscape(secret); esc != secret {
		clean = strings.ReplaceAll(clean, esc, "xxxxx")
	}
	if esc := url.PathEscape(secret); esc != secret {
		clean = strings.ReplaceAll(clean, esc, "xxxxx")
	}
	if clean == msg {
		return err
	}
	return &scrubbed{msg: clean, err: err}
}

// Describe returns postgres://host:port/database, without user or password.
func (p *Postgres) Describe() string { return p.desc }

// Close closes the connections, waiting for those in use.
func (p *Postgres) Close() error {
	p.pool.Close()
	return nil
}

// unavailable reports whether err means the database could not be reached
// or went away, rather than that it refused the statement.
func unavailable(err error) bool {
	if err == nil {
		return false
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		// Class 08 is connection exceptions; 57P01-57P03 are the
		// server shutting down or starting up.
		return len(pgErr.Code) == 5 && (pgErr.Code[:2] == "08" || pgErr.Code == "57P01" || pgErr.Code == "57P02" || pgErr.Code == "57P03")
	}
	var connErr *pgconn.ConnectError
	var netErr net.Error
	return errors.As(err, &connErr) || errors.As(err, &netErr) || errors.Is(err, io.EOF) ||
		errors.Is(err, io.ErrUnexpectedEOF) || pgconn.SafeToRetry(err) || pgconn.Timeout(err)
}

// explain words an error of the database for the operator; what describes
// the operation that failed.
func (p *Postgres) explain(what string, err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	if unavailable(err) {
		return fmt.Errorf("the state store %s cannot be reached while %s (%w): check that PostgreSQL is running and that DEALBOT_STATE names it; `dealbot state check` tests it: %w",
			p.desc, what, ErrUnavailable, err)
	}
	return fmt.Errorf("state store %s, %s: %w", p.desc, what, err)
}

// FeedState returns what was saved for url; ok is false when nothing was.
func (p *Postgres) FeedState(ctx context.Context, u string) (st ingest.FeedState, ok bool, err error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	var v []byte
	err = p.pool.QueryRow(ctx, `SELECT state FROM feeds WHERE url = $1`, u).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return st, false, nil
	}
	if err != nil {
		return st, false, p.explain("reading the state of "+u, err)
	}
	if err := json.Unmarshal(v, &st); err != nil {
		return st, false, fmt.Errorf("state store %s: the state of %s: %w", p.desc, u, err)
	}
	return st, true, nil
}

// SaveFeedState stores st under st.URL.
func (p *Postgres) SaveFeedState(ctx context.Context, st ingest.FeedState) error {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	v, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("saving the state of %s: %w", st.URL, err)
	}
	_, err = p.pool.Exec(ctx, `INSERT INTO feeds (url, state) VALUES ($1, $2)
		ON CONFLICT (url) DO UPDATE SET state = EXCLUDED.state`, st.URL, v)
	if err != nil {
		return p.explain("saving the state of "+st.URL, err)
	}
	return nil
}

// FeedStates returns every saved feed state, ordered by URL.
func (p *Postgres) FeedStates(ctx context.Context) ([]ingest.FeedState, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	rows, err := p.pool.Query(ctx, `SELECT url, state FROM feeds ORDER BY url COLLATE "C"`)
	if err != nil {
		return nil, p.explain("reading feed states", err)
	}
	defer rows.Close() // also on the early returns: an open Rows holds its connection
	var out []ingest.FeedState
	for rows.Next() {
		var u string
		var v []byte
		if err := rows.Scan(&u, &v); err != nil {
			return nil, p.explain("reading feed states", err)
		}
		var st ingest.FeedState
		if err := json.Unmarshal(v, &st); err != nil {
			return nil, fmt.Errorf("state store %s: the state of %s: %w", p.desc, u, err)
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, p.explain("reading feed states", err)
	}
	return out, nil
}

// AddWatch stores w under a new ID and returns it with the ID set.
func (p *Postgres) AddWatch(ctx context.Context, w Watch) (Watch, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	w.ID = 0
	v, err := json.Marshal(w)
	if err != nil {
		return w, err
	}
	var id int64
	if err := p.pool.QueryRow(ctx, `INSERT INTO watches (channel, watch) VALUES ($1, $2) RETURNING id`, w.Channel, v).Scan(&id); err != nil {
		return w, p.explain("adding a watch", err)
	}
	w.ID = uint64(id)
	return w, nil
}

// Watches returns the watches of channel, or of every channel when channel
// is "", oldest first.
func (p *Postgres) Watches(ctx context.Context, channel string) ([]Watch, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	rows, err := p.pool.Query(ctx, `SELECT id, watch FROM watches WHERE $1 = '' OR channel = $1 ORDER BY id`, channel)
	if err != nil {
		return nil, p.explain("reading watches", err)
	}
	defer rows.Close()
	var out []Watch
	for rows.Next() {
		var id int64
		var v []byte
		if err := rows.Scan(&id, &v); err != nil {
			return nil, p.explain("reading watches", err)
		}
		var w Watch
		if err := json.Unmarshal(v, &w); err != nil {
			return nil, fmt.Errorf("state store %s: watch %d: %w", p.desc, id, err)
		}
		w.ID = uint64(id)
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, p.explain("reading watches", err)
	}
	return out, nil
}

// RemoveWatch deletes watch id, with its waiting digest, when it belongs
// to channel, and reports whether it did.
func (p *Postgres) RemoveWatch(ctx context.Context, channel string, id uint64) (bool, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	removed := false
	err := pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM watches WHERE id = $1 AND channel = $2`, int64(id), channel)
		if err != nil || tag.RowsAffected() == 0 {
			return err
		}
		removed = true
		if _, err := tx.Exec(ctx, `DELETE FROM digest_items WHERE watch_id = $1`, int64(id)); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM digests WHERE watch_id = $1`, int64(id))
		return err
	})
	if err != nil {
		return false, p.explain(fmt.Sprintf("removing watch %d", id), err)
	}
	return removed, nil
}

// AddToDigest keeps items (opaque to the store) for watch id's next digest.
func (p *Postgres) AddToDigest(ctx context.Context, id uint64, items [][]byte) error {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	if len(items) == 0 {
		return nil
	}
	_, err := p.pool.Exec(ctx, `INSERT INTO digest_items (watch_id, item)
		SELECT $1, item FROM unnest($2::bytea[]) WITH ORDINALITY AS t(item, n) ORDER BY n`, int64(id), items)
	if err != nil {
		return p.explain(fmt.Sprintf("keeping figures for the digest of watch %d", id), err)
	}
	return nil
}

// TakeDigest returns the items kept for watch id, oldest first, and in the
// same commit removes them and records at as its last digest.
func (p *Postgres) TakeDigest(ctx context.Context, id uint64, at time.Time) ([][]byte, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	type item struct {
		seq  int64
		data []byte
	}
	var items []item
	err := pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		items = items[:0]
		rows, err := tx.Query(ctx, `DELETE FROM digest_items WHERE watch_id = $1 RETURNING seq, item`, int64(id))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var it item
			if err := rows.Scan(&it.seq, &it.data); err != nil {
				return err
			}
			items = append(items, it)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO digests (watch_id, last_at) VALUES ($1, $2)
			ON CONFLICT (watch_id) DO UPDATE SET last_at = EXCLUDED.last_at`, int64(id), at)
		return err
	})
	if err != nil {
		return nil, p.explain(fmt.Sprintf("taking the digest of watch %d", id), err)
	}
	slices.SortFunc(items, func(a, b item) int { return cmp.Compare(a.seq, b.seq) })
	var out [][]byte
	for _, it := range items {
		out = append(out, it.data)
	}
	return out, nil
}

// LastDigest returns when watch id's last digest was taken; zero when
// never.
func (p *Postgres) LastDigest(ctx context.Context, id uint64) (time.Time, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	var t time.Time
	err := p.pool.QueryRow(ctx, `SELECT last_at FROM digests WHERE watch_id = $1`, int64(id)).Scan(&t)
	if errors.Is(err, pgx.ErrNoRows) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, p.explain(fmt.Sprintf("reading the last digest of watch %d", id), err)
	}
	return t.UTC(), nil
}

// Announce records that the figures with keys are being announced in
// channel and returns those that had not been, in the order given. The
// unique (channel, key) makes two replicas announcing at once return each
// key to one of them only.
func (p *Postgres) Announce(ctx context.Context, channel string, keys []string, at time.Time) ([]string, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	if len(keys) == 0 {
		return nil, nil
	}
	// Rows are inserted in key order: two replicas announcing overlapping
	// keys then wait on each other's first common key instead of each
	// holding one the other needs, which PostgreSQL ends as a deadlock.
	rows, err := p.pool.Query(ctx, `INSERT INTO announced (channel, key, at)
		SELECT $1, k, $3 FROM unnest($2::text[]) AS t(k) ORDER BY k
		ON CONFLICT (channel, key) DO NOTHING RETURNING key`, channel, keys, at)
	if err != nil {
		return nil, p.explain("recording figures announced in "+channel, err)
	}
	defer rows.Close()
	fresh := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, p.explain("recording figures announced in "+channel, err)
		}
		fresh[k] = true
	}
	if err := rows.Err(); err != nil {
		return nil, p.explain("recording figures announced in "+channel, err)
	}
	var out []string
	for _, k := range keys {
		if fresh[k] {
			out = append(out, k)
			delete(fresh, k) // a key given twice is returned once
		}
	}
	return out, nil
}

// claimSQL takes the claim in one round trip. The upsert takes it when it
// is new, or unanswered with its lease run out (by the database's clock,
// the one clock all replicas share), or already the caller's; otherwise
// the second SELECT says why not. If another replica inserted the claim
// after this statement's snapshot was taken, neither part returns a row:
// that claim is live, so no row means held.
const claimSQL = `WITH taken AS (
	INSERT INTO claims AS c (id, owner, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))
	ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
	WHERE c.answered_at IS NULL AND (c.expires_at <= now() OR c.owner = EXCLUDED.owner)
	RETURNING 0 AS result
)
SELECT result FROM taken
UNION ALL
SELECT CASE WHEN answered_at IS NULL THEN 1 ELSE 2 END FROM claims
WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM taken)`

// Claim asks to answer id as owner; see Store.
func (p *Postgres) Claim(ctx context.Context, id, owner string, lease time.Duration) (ClaimResult, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	var r int
	err := p.pool.QueryRow(ctx, claimSQL, id, owner, lease.Seconds()).Scan(&r)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return ClaimHeld, nil
	case err != nil:
		return ClaimHeld, p.explain("claiming "+id, err)
	}
	return [...]ClaimResult{ClaimTaken, ClaimHeld, ClaimDone}[r], nil
}

// Answered marks id as answered; see Store. It records the answer even
// when the claim was pruned or never made (the store was away when it was
// taken), so a redelivery is not answered again.
func (p *Postgres) Answered(ctx context.Context, id, owner string) error {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	_, err := p.pool.Exec(ctx, `INSERT INTO claims AS c (id, owner, expires_at, answered_at) VALUES ($1, $2, now(), now())
		ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, answered_at = now()
		WHERE c.answered_at IS NULL`, id, owner)
	if err != nil {
		return p.explain("marking "+id+" answered", err)
	}
	return nil
}

// PruneClaims forgets old claims; see Store.
func (p *Postgres) PruneClaims(ctx context.Context) (int, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	return p.pruneClaims(ctx, AnsweredKept)
}

// pruneClaims forgets claims answered, or left by their owner, more than
// keep ago, and returns how many.
func (p *Postgres) pruneClaims(ctx context.Context, keep time.Duration) (int, error) {
	tag, err := p.pool.Exec(ctx, `DELETE FROM claims WHERE coalesce(answered_at, expires_at) < now() - make_interval(secs => $1)`, keep.Seconds())
	if err != nil {
		return 0, p.explain("forgetting old claims", err)
	}
	return int(tag.RowsAffected()), nil
}

// Lead takes or renews the leader lease; see Store. One row holds the
// lease; its expiry is on the database's clock.
func (p *Postgres) Lead(ctx context.Context, owner string, ttl time.Duration) (bool, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	var won bool
	err := p.pool.QueryRow(ctx, `INSERT INTO leader AS l (name, owner, expires_at) VALUES ('dealbot', $1, now() + make_interval(secs => $2))
		ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
		WHERE l.owner = EXCLUDED.owner OR l.expires_at <= now()
		RETURNING true`, owner, ttl.Seconds()).Scan(&won)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, p.explain("taking the leader lease", err)
	}
	return won, nil
}

// Resign frees the leader lease if owner holds it; see Store.
func (p *Postgres) Resign(ctx context.Context, owner string) error {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	if _, err := p.pool.Exec(ctx, `DELETE FROM leader WHERE name = 'dealbot' AND owner = $1`, owner); err != nil {
		return p.explain("giving up the leader lease", err)
	}
	return nil
}
