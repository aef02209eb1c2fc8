package state

import (
	"context"
	"errors"
	"fmt"
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
	// PruneClaims forgets the claims answered, or left by their owner,
	// more than AnsweredKept ago, and returns how many. Claim and
	// Answered never prune: one replica at a time (the leader) calls this
	// now and then, so that no question waits on the cleanup.
	PruneClaims(ctx context.Context) (int, error)

	// Lead takes the leader lease for owner when it is free or has run
	// out, or renews it when owner holds it, for ttl; it reports whether
	// owner holds it now.
	//
	// The lease runs on the store's clock (PostgreSQL's, or this
	// machine's for a file), which the caller cannot read. A caller that
	// won may act as leader only until ttl after it began the call, by
	// its own monotonic clock: that instant is never later than the
	// lease's end, however far apart the clocks are set, unless the
	// store's clock is stepped forward meanwhile. An error or a timeout
	// does not extend that time; a leader that cannot renew must stop by
	// then, or another replica may take over while it still acts.
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

// String names r for logs and errors.
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
//
// PostgreSQL settings written as key=value pairs ("host=db password=...")
// are refused with an error wrapping ErrBadURL, rather than taken for the
// name of a file to create.
func Open(ctx context.Context, spec string) (Store, error) {
	if IsPostgres(spec) {
		return OpenPostgres(ctx, spec)
	}
	if isKeywordSettings(spec) {
		return nil, errKeywordSettings
	}
	return OpenFile(ctx, spec)
}

// errKeywordSettings refuses libpq's key=value form, which pgx would read
// but which a file path can look like, and which would be shown whole.
var errKeywordSettings = fmt.Errorf("%w: it holds PostgreSQL settings as key=value pairs; write them as a URL: postgres://user:password@host:5432/dealbot", ErrBadURL)

// isKeywordSettings reports whether spec reads as libpq's key=value
// connection settings: words that each set a keyword libpq knows.
func isKeywordSettings(spec string) bool {
	fields := strings.Fields(spec)
	if len(fields) < 2 {
		return false
	}
	for _, f := range fields {
		k, _, ok := strings.Cut(f, "=")
		if !ok {
			return false
		}
		switch k {
		case "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "sslmode", "sslpassword", "connect_timeout", "application_name", "target_session_attrs":
		default:
			return false
		}
	}
	return true
}

// IsPostgres reports whether spec names a PostgreSQL database rather than
// a file.
func IsPostgres(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// ErrBadURL is wrapped by the errors of Open and Check for a PostgreSQL
// URL that cannot be read: no connection was tried.
var ErrBadURL = errors.New("the state store URL cannot be read")
