package state

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/dealbot/dealbot/corpus/state/pgtest"
)

func TestStoreRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		kind kind
		// newer leaves the storage as a newer dealbot would.
		newer func(t *testing.T, spec string)
		want  error
	}{
		{kinds[0], func(t *testing.T, path string) {
			mustOpen(t, path)
			db, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(metaBucket).Put(versionKey, []byte("2")) }); err != nil {
				t.Fatal(err)
			}
		}, ErrDamaged},
		{kinds[1], func(t *testing.T, url string) {
			p := mustOpen(t, url).(*Postgres)
			if err := p.migrateTo(ctx, append(migrations[:len(migrations):len(migrations)], `CREATE TABLE later (x int)`)); err != nil {
				t.Fatal(err)
			}
		}, ErrSchemaTooNew},
	} {
		t.Run(c.kind.name, func(t *testing.T) {
			spec := c.kind.fresh(t)
			c.newer(t, spec)
			s, err := Open(ctx, spec)
			if err == nil {
				s.Close()
				t.Fatal("a store from a newer dealbot was opened")
			}
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), "newer dealbot") || !strings.Contains(err.Error(), "2") {
				t.Errorf("%q does not say a newer dealbot made version 2", err)
			}
		})
	}
}

func TestPostgresMigrations(t *testing.T) {
	ctx := context.Background()
	p := mustOpen(t, pg.Database(t)).(*Postgres)
	if v, err := p.SchemaVersion(ctx); v != len(migrations) || err != nil {
		t.Fatalf("a new database is at version %d (%v), want %d", v, err, len(migrations))
	}

	// A failed step leaves nothing of itself behind.
	broken := append(migrations[:len(migrations):len(migrations)], `CREATE TABLE half (x int); SELECT * FROM no_such_table`)
	if err := p.migrateTo(ctx, broken); err == nil || !strings.Contains(err.Error(), "no_such_table") {
		t.Errorf("a failing migration: err = %v", err)
	}
	var half bool
	if err := p.pool.QueryRow(ctx, `SELECT to_regclass('half') IS NOT NULL`).Scan(&half); err != nil || half {
		t.Errorf("the failed migration left its table (%v)", err)
	}
	if v, _ := p.SchemaVersion(ctx); v != len(migrations) {
		t.Errorf("after a failed migration the version is %d, want %d", v, len(migrations))
	}

	// A later version runs once, however many replicas start with it.
	later := append(migrations[:len(migrations):len(migrations)], `ALTER TABLE feeds ADD COLUMN note text`)
	for range 2 {
		if err := p.migrateTo(ctx, later); err != nil {
			t.Fatal(err)
		}
	}
	if v, _ := p.SchemaVersion(ctx); v != len(later) {
		t.Errorf("after migrating: version %d, want %d", v, len(later))
	}
}

func TestPostgresOutage(t *testing.T) {
	ctx := context.Background()
	srv := pgtest.Start(t)
	url := srv.Database(t)
	s := mustOpen(t, url)
	if strings.Contains(s.Describe(), srv.Password()) || strings.Contains(s.Describe(), pgtest.User) {
		t.Errorf("Describe() = %q names the user or the password", s.Describe())
	}
	if got, err := s.Claim(ctx, "E1", "r1", time.Minute); got != ClaimTaken || err != nil {
		t.Fatalf("Claim before the outage: %v, %v", got, err)
	}

	srv.Stop(t)
	for name, op := range map[string]func() error{
		"Claim":    func() error { _, err := s.Claim(ctx, "E2", "r1", time.Minute); return err },
		"Answered": func() error { return s.Answered(ctx, "E1", "r1") },
		"Lead":     func() error { _, err := s.Lead(ctx, "r1", time.Minute); return err },
		"Announce": func() error { _, err := s.Announce(ctx, "C1", []string{"k"}, time.Now()); return err },
		"Watches":  func() error { _, err := s.Watches(ctx, ""); return err },
		"PutArticle": func() error {
			_, err := s.PutArticle(ctx, "2025-12-01-a.md", []byte("a"))
			return err
		},
		"ArticlesAfter": func() error { _, err := s.ArticlesAfter(ctx, 0, 10); return err },
	} {
		err := op()
		t.Log(name, err)
		if !errors.Is(err, ErrUnavailable) {
			t.Errorf("%s with PostgreSQL stopped: err = %v, want ErrUnavailable", name, err)
			continue
		}
		if strings.Contains(err.Error(), srv.Password()) {
			t.Errorf("%s: the error shows the password: %v", name, err)
		}
		if !strings.Contains(err.Error(), s.Describe()) {
			t.Errorf("%s: the error does not name the store: %v", name, err)
		}
	}

	// Back again, the same Store works without being opened anew, and
	// nothing stored before is lost.
	srv.Start(t)
	if got, err := s.Claim(ctx, "E1", "r2", time.Minute); got != ClaimHeld || err != nil {
		t.Errorf("Claim after the outage: %v, %v; want held (r1's claim kept)", got, err)
	}
}

func TestPostgresOpenErrorsHideThePassword(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const secret = "s3cr%21t-pass"
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close() // nothing listens there now
	for _, c := range []struct {
		name, url   string
		unavailable bool
	}{
		{"nothing listening", fmt.Sprintf("postgres://dealbot:%s@%s/dealbot?sslmode=disable", secret, closed), true},
		{"bad port", fmt.Sprintf("postgres://dealbot:%s@127.0.0.1:notaport/dealbot", secret), false},
		{"bad option", fmt.Sprintf("postgresql://dealbot:%s@127.0.0.1:5432/dealbot?sslmode=sometimes", secret), false},
		{"bad option, password in the query", fmt.Sprintf("postgresql://dealbot@127.0.0.1:5432/dealbot?sslmode=sometimes&password=%s", secret), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Open(ctx, c.url)
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			t.Log(err)
			if errors.Is(err, ErrBadURL) == c.unavailable {
				t.Errorf("errors.Is(err, ErrBadURL) = %v, want %v: %v", c.unavailable, !c.unavailable, err)
			}
			if errors.Is(err, ErrUnavailable) != c.unavailable {
				t.Errorf("errors.Is(err, ErrUnavailable) = %v, want %v: %v", !c.unavailable, c.unavailable, err)
			}
			for _, shown := range []string{secret, "s3cr!t-pass", "s3cr"} {
				if strings.Contains(err.Error(), shown) {
					t.Errorf("the error shows the password: %v", err)
				}
			}
		})
	}
}

// A row the store cannot read is reported, and the connection that read it
// goes back to the pool: a replica that meets one on every poll must not
// run out of connections.
func TestPostgresUnreadableRowsReleaseTheConnection(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, pg.Database(t))
	if err != nil {
		t.Fatal(err)
	}
	p := s.(*Postgres)
	leaked := false
	defer func() {
		if !leaked { // Close would wait for the leaked connection forever
			p.Close()
		}
	}()
	for _, stmt := range []string{
		`INSERT INTO watches (channel, watch) VALUES ('C1', '[1, 2]')`,
		`INSERT INTO feeds (url, state) VALUES ('https://news.example/feed', '"not a feed state"')`,
	} {
		if _, err := p.pool.Exec(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	for name, op := range map[string]func() error{
		"Watches":    func() error { _, err := p.Watches(ctx, "C1"); return err },
		"FeedStates": func() error { _, err := p.FeedStates(ctx); return err },
	} {
		if err := op(); err == nil {
			t.Errorf("%s read an unreadable row without an error", name)
		}
		if n := p.pool.Stat().AcquiredConns(); n != 0 {
			leaked = true
			t.Errorf("after %s failed, %d connections are still taken from the pool", name, n)
		}
	}
}

// stallingProxy forwards TCP connections to target until stall is called;
// from then on it keeps every connection open and passes nothing, as a
// database behind a dropped network link or a frozen machine does.
type stallingProxy struct {
	addr    string
	stalled chan struct{}
	done    chan struct{}
	once    sync.Once
}

func newStallingProxy(t *testing.T, target string) *stallingProxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &stallingProxy{addr: l.Addr().String(), stalled: make(chan struct{}), done: make(chan struct{})}
	t.Cleanup(func() { p.release(); l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go p.serve(c, target)
		}
	}()
	return p
}

func (p *stallingProxy) stall() { close(p.stalled) }

// release closes the connections held since stall.
func (p *stallingProxy) release() { p.once.Do(func() { close(p.done) }) }

func (p *stallingProxy) serve(c net.Conn, target string) {
	defer c.Close()
	up, err := net.Dial("tcp", target)
	if err != nil {
		return
	}
	defer up.Close()
	pipe := func(dst, src net.Conn) {
		defer dst.Close() // and so end the other direction too
		defer src.Close()
		buf := make([]byte, 32<<10)
		for {
			n, err := src.Read(buf)
			select {
			case <-p.stalled:
				<-p.done // hold the connection, pass nothing
				return
			default:
			}
			if n > 0 {
				if _, err := dst.Write(buf[:n]); err != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}
	go pipe(up, c)
	pipe(c, up)
}

// A database that stops answering without closing its connections (a
// network link dropped, not refused) makes every call fail within the
// store's own bound, even for a caller whose context has no deadline, so
// a replica goes on answering on its own.
func TestPostgresStalledDatabase(t *testing.T) {
	srv := pg.Server(t)
	u, err := url.Parse(srv.Database(t))
	if err != nil {
		t.Fatal(err)
	}
	proxy := newStallingProxy(t, u.Host)
	u.Host = proxy.addr
	s := mustOpen(t, u.String())
	t.Cleanup(proxy.release) // before Close, which would wait on held connections
	p := s.(*Postgres)
	p.opTimeout = 300 * time.Millisecond
	ctx := context.Background()
	if _, err := s.Claim(ctx, "E1", "r1", time.Minute); err != nil {
		t.Fatal(err)
	}

	proxy.stall()
	for name, op := range map[string]func() error{
		"Claim":      func() error { _, err := s.Claim(ctx, "E2", "r1", time.Minute); return err },
		"Answered":   func() error { return s.Answered(ctx, "E1", "r1") },
		"Lead":       func() error { _, err := s.Lead(ctx, "r1", time.Minute); return err },
		"Announce":   func() error { _, err := s.Announce(ctx, "C1", []string{"k"}, time.Now()); return err },
		"Watches":    func() error { _, err := s.Watches(ctx, ""); return err },
		"TakeDigest": func() error { _, err := s.TakeDigest(ctx, 1, time.Now()); return err },
	} {
		errc := make(chan error, 1)
		start := time.Now()
		go func() { errc <- op() }()
		select {
		case err := <-errc:
			t.Logf("%s: %v after %v", name, err, time.Since(start).Round(time.Millisecond))
			if !errors.Is(err, ErrUnavailable) {
				t.Errorf("%s against a stalled database: err = %v, want ErrUnavailable", name, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s against a stalled database still waits after 10s", name)
		}
	}
}
