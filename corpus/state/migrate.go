package state

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// migrations are the PostgreSQL schema's versions: migrations[i] takes the
// schema from version i to i+1. Append only; never edit one that has been
// released, since databases have run it.
var migrations = []string{
	// 1: everything the bbolt file holds, plus claims and the leader lease.
	`CREATE TABLE feeds (
		url   text PRIMARY KEY,
		state jsonb NOT NULL
	);
	CREATE TABLE watches (
		id      bigserial PRIMARY KEY,
		channel text NOT NULL,
		watch   jsonb NOT NULL
	);
	CREATE INDEX watches_channel ON watches (channel);
	CREATE TABLE digest_items (
		watch_id bigint NOT NULL,
		seq      bigserial,
		item     bytea NOT NULL,
		PRIMARY KEY (watch_id, seq)
	);
	CREATE TABLE digests (
		watch_id bigint PRIMARY KEY,
		last_at  timestamptz NOT NULL
	);
	CREATE TABLE announced (
		channel text NOT NULL,
		key     text NOT NULL,
		at      timestamptz NOT NULL,
		PRIMARY KEY (channel, key)
	);
	CREATE TABLE claims (
		id          text PRIMARY KEY,
		owner       text NOT NULL,
		expires_at  timestamptz NOT NULL,
		answered_at timestamptz
	);
	CREATE INDEX claims_age ON claims ((coalesce(answered_at, expires_at)));
	CREATE TABLE leader (
		name       text PRIMARY KEY,
		owner      text NOT NULL,
		expires_at timestamptz NOT NULL
	);`,
	// 2: article files, for every replica's folder.
	`CREATE TABLE articles (
		seq      bigserial PRIMARY KEY,
		name     text NOT NULL UNIQUE,
		body     bytea NOT NULL,
		added_at timestamptz NOT NULL DEFAULT now()
	);`,
}

// migrationLock is the advisory lock key that serialises migrations of
// dealbot's schema across replicas ("dealbot" in ASCII).
const migrationLock int64 = 0x6465616c626f74

// ErrSchemaTooNew is wrapped by the error of OpenPostgres when the
// database was migrated by a newer dealbot.
var ErrSchemaTooNew = errors.New("the state store's schema is newer than this dealbot")

// migrate brings the schema up to len(migrations) in one transaction. The
// transaction-scoped advisory lock makes a second replica starting at the
// same time wait, then find the schema done; should a migration fail,
// nothing of it stays.
func (p *Postgres) migrate(ctx context.Context) error {
	return p.migrateTo(ctx, migrations)
}

func (p *Postgres) migrateTo(ctx context.Context, steps []string) error {
	var have int
	err := pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
			version    int PRIMARY KEY,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&have); err != nil {
			return err
		}
		if have > len(steps) {
			return ErrSchemaTooNew
		}
		for v := have + 1; v <= len(steps); v++ {
			if _, err := tx.Exec(ctx, steps[v-1]); err != nil {
				return fmt.Errorf("schema version %d: %w", v, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, v); err != nil {
				return err
			}
		}
		return nil
	})
	if errors.Is(err, ErrSchemaTooNew) {
		return fmt.Errorf("%w: the state store %s is at schema version %d and this dealbot knows up to %d; run the newer dealbot, or point DEALBOT_STATE at another database",
			ErrSchemaTooNew, p.desc, have, len(steps))
	}
	if err != nil {
		return p.explain("bringing the schema up to date", err)
	}
	return nil
}

// SchemaVersion returns the version of the database's schema.
func (p *Postgres) SchemaVersion(ctx context.Context) (int, error) {
	ctx, cancel := p.bound(ctx)
	defer cancel()
	var v int
	if err := p.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return 0, p.explain("reading the schema version", err)
	}
	return v, nil
}
