package state

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/dealbot/dealbot/corpus/ingest"
)

// Store is what dealbot remembers between runs and shares between
// replicas. *DB (a bbolt file, the default) and *Postgres both implement
// it. Every method is safe for concurrent use, also from several Store
// values (or processes) on the same file or database.
//
// On PostgreSQL, an error wraps ErrUnavailable when the database cannot be
// reached, so that the caller may carry on without it and try again later.
type Store interface {
	// FeedState returns what was saved for url; ok is false when nothing
	// was.
	FeedState(ctx context.Context, url string) (st ingest.FeedState, ok bool, err error)
	// SaveFeedState stores st under st.URL.
	SaveFeedState(ctx context.Context, st ingest.FeedState) error
	// FeedStates returns every saved feed state, ordered by URL.
	FeedStates(ctx context.Context) ([]ingest.FeedState, error)

	// AddWatch stores w under a new ID and returns it with the ID set.
	AddWatch(ctx context.Context, w Watch) (Watch, error)
	// Watches returns the watches of channel, or of every channel when
	// channel is "", oldest first.
	Watches(ctx context.Context, channel string) ([]Watch, error)
	// RemoveWatch deletes watch id, with its waiting digest, when it
	// belongs to channel, and reports whether it did.
	RemoveWatch(ctx context.Context, channel string, id uint64) (bool, error)
	// AddToDigest keeps items (opaque to the store) for watch id's next
	// digest.
	AddToDigest(ctx context.Context, id uint64, items [][]byte) error
	// TakeDigest returns the items kept for watch id, oldest first, and in
	// the same commit removes them and records at as its last digest.
	TakeDigest(ctx context.Context, id uint64, at time.Time) ([][]byte, error)
	// LastDigest returns when watch id's last digest was taken; zero when
	// never.
	LastDigest(ctx context.Context, id uint64) (time.Time, error)
	// Announce records that the figures with keys are being announced in
	// channel and returns those that had not been, in the order given,
	// each once: whoever calls it, a key is returned once per channel.
	Announce(ctx context.Context, channel string, keys []string, at time.Time) ([]string, error)

	// Claim asks to answer the event or envelope id as owner, for lease.
	// ClaimTaken means answer it, then call Answered; a claim whose owner
	// never calls Answered can be taken by another owner once its lease
	// has run out. The same owner asking again gets ClaimTaken again.
	Claim(ctx context.Context, id, owner string, lease time.Duration) (ClaimResult, error)
	// Answered marks id as answered; later claims get ClaimDone for
	// AnsweredKept.
	Answered(ctx context.Context, id, owner string) error

	// Lead takes the leader lease for owner when it is free or has run
	// out, or renews it when owner holds it, for ttl; it reports whether
	// owner holds it now.
	Lead(ctx context.Context, owner string, ttl time.Duration) (bool, error)
	// Resign frees the leader lease if owner holds it.
	Resign(ctx context.Context, owner string) error

	// PutArticle keeps the article file name (as ingest named it) with its
	// content for every replica's folder, and reports whether it was new.
	// Storing the same name and content again does nothing; another
	// content under a stored name returns an error wrapping ErrNameTaken.
	// A name ingest.CheckFileName refuses, or a body over MaxArticleSize,
	// returns an error wrapping ErrInvalidArticle.
	PutArticle(ctx context.Context, name string, body []byte) (added bool, err error)
	// ArticlesAfter returns at most limit articles stored with a sequence
	// number above seq, lowest first; 0 starts from the first. An article
	// stored after a call returned one numbered n is numbered above n.
	ArticlesAfter(ctx context.Context, seq int64, limit int) ([]StoredArticle, error)

	// Describe names the store for logs and people: the file's path, or
	// postgres://host:port/database without user or password.
	Describe() string
	// SchemaVersion returns the version of the store's layout.
	SchemaVersion(ctx context.Context) (int, error)
	// Close releases the store's connections.
	Close() error
}

// ClaimResult is what Claim found.
type ClaimResult int

const (
	// ClaimTaken means the caller now holds the claim: answer, then call
	// Answered.
	ClaimTaken ClaimResult = iota
	// ClaimHeld means another owner holds a live claim: do not answer now;
	// ask again after the lease if the event is delivered again.
	ClaimHeld
	// ClaimDone means it has been answered already: drop it.
	ClaimDone
)

func (r ClaimResult) String() string {
	switch r {
	case ClaimTaken:
		return "taken"
	case ClaimHeld:
		return "held"
	case ClaimDone:
		return "done"
	}
	return "unknown"
}

// AnsweredKept is how long an answered claim is remembered; a redelivery
// later than that would be answered again.
const AnsweredKept = 30 * time.Minute

// pruneEvery is how many claims a store takes between two prunings of old
// claims: often enough to keep the table small, rarely enough to cost
// nothing per answer.
const pruneEvery = 64

// ErrUnavailable is wrapped by errors of a store that cannot be reached
// (PostgreSQL down, refused, cut off). What is already stored is not lost;
// the caller may work without the store and try again.
var ErrUnavailable = errors.New("state store unavailable")

var (
	_ Store = (*DB)(nil)
	_ Store = (*Postgres)(nil)
)

// Open opens the store named by spec: a postgres:// or postgresql:// URL
// opens PostgreSQL (see OpenPostgres), anything else is the path of a
// bbolt file (see OpenFile).
func Open(ctx context.Context, spec string) (Store, error) {
	if IsPostgres(spec) {
		return OpenPostgres(ctx, spec)
	}
	return OpenFile(ctx, spec)
}

// IsPostgres reports whether spec names a PostgreSQL database rather than
// a file.
func IsPostgres(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// Redact returns spec fit to show: a PostgreSQL URL with its password
// replaced by xxxxx, a file path as it is.
func Redact(spec string) string {
	if !IsPostgres(spec) {
		return spec
	}
	u, err := url.Parse(spec)
	if err != nil {
		return "(a postgres URL that cannot be read)"
	}
	return u.Redacted()
}
