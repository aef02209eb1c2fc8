package state

import (
	"context"
	"errors"
	"io/fs"
	"os"

	"github.com/jackc/pgx/v5"
)

// Status is what Check found about a store.
type Status struct {
	// Store names it as Describe does.
	Store string
	// Version is the schema version found; 0 when the store is empty (a
	// file not made yet, a database dealbot has not started on).
	Version int
	// Latest is the version this dealbot writes; a store at a lower one is
	// migrated when dealbot opens it, one at a higher one is refused.
	Latest int
}

// Check looks at the store named by spec without changing it: no file is
// created, no schema migrated. It returns an error wrapping ErrBadURL for
// a PostgreSQL URL that cannot be read, one wrapping ErrUnavailable when
// PostgreSQL cannot be reached, and one wrapping ErrDamaged for a file that
// cannot be read; the Status names the store in every case.
func Check(ctx context.Context, spec string) (Status, error) {
	if isKeywordSettings(spec) {
		return Status{Store: Redact(spec), Latest: len(migrations)}, errKeywordSettings
	}
	if !IsPostgres(spec) {
		st := Status{Store: spec, Latest: schemaVersion}
		if _, err := os.Stat(spec); errors.Is(err, fs.ErrNotExist) {
			return st, nil
		}
		var err error
		st.Version, err = inspectFile(ctx, spec)
		return st, err
	}
	st := Status{Store: Redact(spec), Latest: len(migrations)}
	cfg, err := pgx.ParseConfig(spec)
	if err != nil {
		return st, badURL(spec, err)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = connectTimeout
	}
	p := &Postgres{desc: describe(cfg.Host, cfg.Port, cfg.Database)}
	st.Store = p.desc
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return st, p.explain("connecting", scrub(err, cfg.Password))
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass('schema_version') IS NOT NULL`).Scan(&exists); err != nil {
		return st, p.explain("reading the schema version", scrub(err, cfg.Password))
	}
	if !exists {
		return st, nil
	}
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&st.Version); err != nil {
		return st, p.explain("reading the schema version", scrub(err, cfg.Password))
	}
	return st, nil
}
