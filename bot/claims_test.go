package bot

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// sharedClaims is a claims table in memory, shared by the replicas of one
// test, with the rules the shared store keeps: a claim is held by its
// owner until its lease lapses or it is answered; the owner may claim it
// again (renewing the lease); an answered claim is done for everyone.
type sharedClaims struct {
	lease time.Duration
	down  atomic.Bool // when set, every call fails as an unreachable store does

	mu   sync.Mutex
	rows map[string]claimRow
}

type claimRow struct {
	owner    string
	expires  time.Time
	answered bool
}

func newSharedClaims(lease time.Duration) *sharedClaims {
	return &sharedClaims{lease: lease, rows: map[string]claimRow{}}
}

// as is the table as replica owner sees it.
func (s *sharedClaims) as(owner string) Claims { return replicaClaims{s: s, owner: owner} }

var errStoreDown = errors.New("dial tcp 127.0.0.1:5432: connect: connection refused")

type replicaClaims struct {
	s     *sharedClaims
	owner string
}

var _ Claims = replicaClaims{}

func (r replicaClaims) Claim(ctx context.Context, id string) (Claim, error) {
	if r.s.down.Load() {
		return 0, errStoreDown
	}
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	now := time.Now()
	row, ok := r.s.rows[id]
	switch {
	case ok && row.answered:
		return ClaimDone, nil
	case ok && row.owner != r.owner && now.Before(row.expires):
		return ClaimHeld, nil
	}
	r.s.rows[id] = claimRow{owner: r.owner, expires: now.Add(r.s.lease)}
	return ClaimMine, nil
}

func (r replicaClaims) Answered(ctx context.Context, id string) error {
	if r.s.down.Load() {
		return errStoreDown
	}
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	row := r.s.rows[id]
	row.answered = true
	r.s.rows[id] = row
	return nil
}

// testClaimer is a claimer over claims as seen by owner, logging to logs,
// with timings short enough for tests.
func testClaimer(claims Claims, logs *bytes.Buffer) *claimer {
	return &claimer{
		shared: claims,
		seen:   newTTLCache[struct{}](100, time.Hour, time.Now),
		log:    slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo})),
		now:    time.Now,
		poll:   5 * time.Millisecond,
		renew:  10 * time.Millisecond,
		retry:  20 * time.Millisecond,
	}
}

// TestClaimDecidesWhoAnswers walks one question through two replicas: the
// first to claim answers; the other waits while it is held and drops it
// once answered; a claim whose replica died (never answered) is taken over
// when its lease lapses, and renewing keeps a slow answer from being taken
// over.
func TestClaimDecidesWhoAnswers(t *testing.T) {
	ctx := context.Background()
	const lease = 300 * time.Millisecond // wide enough that a loaded machine still renews in time
	shared := newSharedClaims(lease)
	var logs bytes.Buffer
	a, b := testClaimer(shared.as("a"), &logs), testClaimer(shared.as("b"), &logs)

	if !a.first("event:1") || !a.claim(ctx, "event:1") {
		t.Fatal("the first replica to see a question does not get to answer it")
	}
	if a.first("event:1") {
		t.Error("a redelivery to the same replica is taken as new")
	}
	// b waits while a answers, then drops it.
	got := make(chan bool, 1)
	go func() { got <- b.first("event:1") && b.claim(ctx, "event:1") }()
	time.Sleep(lease / 3)
	a.answered(ctx, "event:1")
	if <-got {
		t.Error("the second replica answers a question the first answered")
	}

	// a claims and dies: b takes it over once the lease lapses.
	a.claim(ctx, "event:2")
	start := time.Now()
	if !b.claim(ctx, "event:2") {
		t.Fatal("a question whose replica died is never answered")
	}
	if waited := time.Since(start); waited < lease/2 {
		t.Errorf("taken over after %v, before the lease (%v) lapsed", waited, lease)
	}

	// a answers slowly, renewing: b does not take it over.
	a.claim(ctx, "event:3")
	stop := a.hold(ctx, "event:3")
	wctx, cancel := context.WithTimeout(ctx, 3*lease)
	defer cancel()
	if b.claim(wctx, "event:3") {
		t.Error("a question still being answered (its claim renewed) was taken over")
	}
	stop()
	if logs.Len() > 0 {
		t.Errorf("logged with the store up:\n%s", logs.String())
	}
}

// TestStoreDownAnswersOnMemory: with the shared store unreachable, every
// new question is answered (on this replica's memory), a redelivery to the
// same replica is not; one warning says so, not one per question, and one
// line says when the store is back and used again.
func TestStoreDownAnswersOnMemory(t *testing.T) {
	ctx := context.Background()
	shared := newSharedClaims(time.Second)
	var logs bytes.Buffer
	c := testClaimer(shared.as("a"), &logs)

	shared.down.Store(true)
	for _, key := range []string{"event:1", "event:2", "event:3"} {
		if !c.first(key) || !c.claim(ctx, key) {
			t.Errorf("%s is not answered while the store is down", key)
		}
		c.answered(ctx, key)
	}
	if c.first("event:2") {
		t.Error("a redelivery to the same replica is answered again while the store is down")
	}
	if n := strings.Count(logs.String(), "the shared store cannot be reached"); n != 1 {
		t.Errorf("warned %d times for 3 questions, want once:\n%s", n, logs.String())
	}
	shared.down.Store(false)
	time.Sleep(2 * c.retry)
	if !c.first("event:4") || !c.claim(ctx, "event:4") {
		t.Fatal("the first question after the store came back is not answered")
	}
	if n := strings.Count(logs.String(), "the shared store is reachable again"); n != 1 {
		t.Errorf("said %d times that the store is back, want once:\n%s", n, logs.String())
	}
	// The store is used again: what it says another replica answered is
	// dropped.
	other := shared.as("b")
	other.Claim(ctx, "event:5")
	other.Answered(ctx, "event:5")
	if c.first("event:5") && c.claim(ctx, "event:5") {
		t.Error("after the store came back, a question answered elsewhere is answered again")
	}
}

// TestSharedClaimsSlashAnswerGoesToResponseURL: with a shared store, /deal
// is acknowledged empty at once and answered on its response_url, where
// the answer does not die with the socket, and then marked answered, so
// that another replica given the same command drops it.
func TestSharedClaimsSlashAnswerGoesToResponseURL(t *testing.T) {
	shared := newSharedClaims(10 * time.Second)
	h := start(t, answering(nil), func(c *Config) { c.Claims = shared.as("a") })

	id := h.fake.SlashCommand("/deal", "amazon microsoft")
	if ack := h.fake.WaitAck(id); !ack.Empty() {
		t.Errorf("the ack carries the answer; with a shared store want it empty and the answer on the response_url")
	}
	p := h.fake.WaitPosts(1)[0]
	if p.Method != "response_url" || p.EnvelopeID != id {
		t.Fatalf("answered by %s for %q, want the response_url of %s", p.Method, p.EnvelopeID, id)
	}
	mustContain(t, "answer", p.AllText(), "over $1.2B", "Share in channel")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for {
		if got, _ := shared.as("b").Claim(ctx, "envelope:"+id); got == ClaimDone {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the answered command is not marked answered in the shared store")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
