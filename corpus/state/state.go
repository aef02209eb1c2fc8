// Package state keeps what dealbot must remember between runs and shares
// between replicas: when each feed was last fetched and how to ask for it
// conditionally, the watches, the ledger of figures announced, which
// replica answers which Slack event and which one leads, and the article
// files new to the replicas' folders. Store is the
// whole of it; there are two: an embedded bbolt file (data/state.db by
// default, for one machine) and a PostgreSQL database (for replicas).
//
// The bbolt file is opened for each operation and closed after it, so that
// "dealbot ingest" and "dealbot serve" can share it; bbolt's file lock
// makes one wait for the other. A write is committed with fsync before it
// returns, so a crash loses nothing committed. A damaged file is reported,
// never repaired or removed.
package state

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/dealbot/dealbot/corpus/ingest"
)

// lockWait is how long an operation waits for another dealbot process
// holding the file.
const lockWait = 10 * time.Second

var (
	metaBucket  = []byte("meta")
	feedsBucket = []byte("feeds")
	versionKey  = []byte("version")
)

// schemaVersion is the layout of the buckets; a file from a newer dealbot
// is refused rather than misread.
const schemaVersion = 1

// ErrDamaged is returned (wrapped) when the state file cannot be read as a
// dealbot state file.
var ErrDamaged = errors.New("state file damaged")

// DB is the state file. It is safe for concurrent use.
type DB struct {
	path string
}

var _ ingest.FeedStore = (*DB)(nil)

// OpenFile checks the state file at path, creating it (and its folder) when
// missing, and returns a DB for it. It returns an error wrapping
// ErrDamaged, worded for the operator, when the file is not a bbolt file,
// fails its consistency check or comes from a newer dealbot; the file is
// left as it is.
func OpenFile(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("creating the folder for the state file %s: %w", path, err)
		}
	}
	d := &DB{path: path}
	err := d.update(ctx, func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(metaBucket)
		if err != nil {
			return err
		}
		n, recorded, err := recordedVersion(tx)
		switch {
		case err != nil:
			return err
		case n > schemaVersion:
			return fmt.Errorf("%w: written by a newer dealbot (layout %d, this one reads %d)", ErrDamaged, n, schemaVersion)
		case !recorded:
			if err := meta.Put(versionKey, []byte(fmt.Sprint(schemaVersion))); err != nil {
				return err
			}
		}
		if _, err := tx.CreateBucketIfNotExists(feedsBucket); err != nil {
			return err
		}
		return consistent(tx)
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// inspectFile reads the state file at path without changing it, as
// OpenFile checks it: the schema version recorded (0 when none is, as in
// a file from a dealbot older than the version key) and bbolt's
// consistency check. It returns an error wrapping ErrDamaged when the file
// cannot be read as a state file, and one wrapping fs.ErrNotExist when
// there is no file.
func inspectFile(ctx context.Context, path string) (int, error) {
	d := &DB{path: path}
	var n int
	err := d.with(ctx, readOnly, func(db *bolt.DB) error {
		return db.View(func(tx *bolt.Tx) error {
			var err error
			if n, _, err = recordedVersion(tx); err != nil {
				return err
			}
			return consistent(tx)
		})
	})
	return n, err
}

// recordedVersion returns the schema version the file records, and
// whether it records one. An unreadable one is an error wrapping
// ErrDamaged.
func recordedVersion(tx *bolt.Tx) (n int, recorded bool, err error) {
	meta := tx.Bucket(metaBucket)
	if meta == nil {
		return 0, false, nil
	}
	v := meta.Get(versionKey)
	if v == nil {
		return 0, false, nil
	}
	if err := json.Unmarshal(v, &n); err != nil {
		return 0, false, fmt.Errorf("%w: unreadable version %q", ErrDamaged, v)
	}
	return n, true, nil
}

// consistent runs bbolt's consistency check, returning the first problem
// it finds as an error wrapping ErrDamaged.
func consistent(tx *bolt.Tx) error {
	for err := range tx.Check() {
		return fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	return nil
}

// Path returns the file's path.
func (d *DB) Path() string { return d.path }

// Describe returns the file's path.
func (d *DB) Describe() string { return d.path }

// SchemaVersion returns the layout version recorded in the file.
func (d *DB) SchemaVersion(ctx context.Context) (int, error) {
	var n int
	err := d.view(ctx, func(tx *bolt.Tx) error {
		v := tx.Bucket(metaBucket).Get(versionKey)
		if err := json.Unmarshal(v, &n); err != nil {
			return fmt.Errorf("%w: unreadable version %q", ErrDamaged, v)
		}
		return nil
	})
	return n, err
}

// Close does nothing: the file is opened for each operation.
func (d *DB) Close() error { return nil }

// FeedState returns what was saved for url; ok is false when nothing was.
func (d *DB) FeedState(ctx context.Context, url string) (st ingest.FeedState, ok bool, err error) {
	err = d.view(ctx, func(tx *bolt.Tx) error {
		v := tx.Bucket(feedsBucket).Get([]byte(url))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &st)
	})
	return st, ok, err
}

// SaveFeedState stores st under st.URL.
func (d *DB) SaveFeedState(ctx context.Context, st ingest.FeedState) error {
	v, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("saving the state of %s: %w", st.URL, err)
	}
	return d.update(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(feedsBucket).Put([]byte(st.URL), v)
	})
}

// FeedStates returns every saved feed state, ordered by URL.
func (d *DB) FeedStates(ctx context.Context) ([]ingest.FeedState, error) {
	var out []ingest.FeedState
	err := d.view(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(feedsBucket).ForEach(func(k, v []byte) error {
			var st ingest.FeedState
			if err := json.Unmarshal(v, &st); err != nil {
				return fmt.Errorf("%w: the entry for %s: %v", ErrDamaged, k, err)
			}
			out = append(out, st)
			return nil
		})
	})
	return out, err
}

func (d *DB) view(ctx context.Context, fn func(*bolt.Tx) error) error {
	return d.with(ctx, readOrCreate, func(db *bolt.DB) error { return db.View(fn) })
}

func (d *DB) update(ctx context.Context, fn func(*bolt.Tx) error) error {
	return d.with(ctx, readWrite, func(db *bolt.DB) error { return db.Update(fn) })
}

// openMode is how with opens the file.
type openMode int

const (
	readWrite    openMode = iota
	readOrCreate          // read-only, but a missing file is created first
	readOnly              // read-only; a missing file is an error
)

// with opens the file, runs fn and closes it. A panic inside bbolt, which
// is how it meets some kinds of damage, becomes an error.
func (d *DB) with(ctx context.Context, mode openMode, fn func(*bolt.DB) error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	if mode == readOrCreate {
		if _, statErr := os.Stat(d.path); errors.Is(statErr, os.ErrNotExist) {
			// Read-only opening cannot create the file.
			return d.with(ctx, readWrite, fn)
		}
	}
	db, err := bolt.Open(d.path, 0o600, &bolt.Options{Timeout: lockWait, ReadOnly: mode != readWrite})
	if err != nil {
		var pathErr *fs.PathError
		if !errors.Is(err, berrors.ErrTimeout) && !errors.As(err, &pathErr) {
			// bbolt reports a file it cannot make sense of in many
			// words ("file size too small", "invalid database", ...).
			err = fmt.Errorf("%w: %w", ErrDamaged, err)
		}
		return d.explain(err)
	}
	defer func() {
		if cerr := db.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("closing the state file %s: %w", d.path, cerr)
		}
	}()
	defer func() {
		if p := recover(); p != nil {
			err = d.explain(fmt.Errorf("%w: %v", ErrDamaged, p))
		}
	}()
	if err := fn(db); err != nil {
		return d.explain(err)
	}
	return nil
}

// explain words an error from the state file for the operator.
func (d *DB) explain(err error) error {
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return fmt.Errorf("the state file %s is held by another dealbot process for more than %s: wait for it, or set DEALBOT_STATE to another file: %w", d.path, lockWait, err)
	case errors.Is(err, ErrDamaged), errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrInvalidMapping):
		if !errors.Is(err, ErrDamaged) {
			err = fmt.Errorf("%w: %w", ErrDamaged, err)
		}
		return fmt.Errorf("the state file %s cannot be read (%w). dealbot has left it as it is: move it aside (mv %s %s.damaged) and start again; feeds are then fetched in full once and watches must be made again",
			d.path, err, d.path, d.path)
	}
	return fmt.Errorf("state file %s: %w", d.path, err)
}
