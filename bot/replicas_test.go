package bot

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/corpus/state"
	"github.com/dealbot/dealbot/corpus/state/pgtest"
)

// TestTwoReplicasOneKilledMidStream runs two `dealbot serve` replicas on
// one fake Slack, which spreads envelopes over their connections in turn,
// and stops one (as a rolling deploy does) while /deal commands and
// mentions stream in: every question is answered exactly once, those the
// stopped replica had not acknowledged by the other.
func TestTwoReplicasOneKilledMidStream(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	buildIndex(t, path, shippedArticles(t))
	fake := slackfake.New(t)
	a := serve(t, fake, path)
	connA := fake.ConnectionIDs()
	b := serve(t, fake, path)
	fake.WaitConnections(2)

	n := loadSize(600, 200)
	const inFlight = 20
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	var (
		mu     sync.Mutex
		sent   []question
		slash  = map[string]bool{} // envelope IDs of /deal commands
		next   atomic.Int64
		wg     sync.WaitGroup
		killed = make(chan struct{})
		before map[int]int
	)
	killAt := n / 2
	for range inFlight {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if i == killAt {
					before = fake.Delivered()
					a.cancel() // the replica stops taking envelopes and drains
					close(killed)
				}
				q := question{sent: time.Now(), ts: fmt.Sprintf("1700000001.%06d", i)}
				text := questions[i%len(questions)]
				if i%2 == 0 {
					q.id = fake.SlashCommand("/deal", text, asker(i))
					mu.Lock()
					slash[q.id] = true
				} else {
					q.id = fake.Mention("<@"+fake.BotUserID+"> "+text, slackfake.TS(q.ts), asker(i))
					mu.Lock()
				}
				sent = append(sent, q)
				mu.Unlock()
				// Pace: wait for the ack, but never long (the killed
				// replica's unacked envelopes are acked by the other only
				// once its socket closes).
				actx, acancel := context.WithTimeout(ctx, 200*time.Millisecond)
				_, _ = fake.AwaitAck(actx, q.id)
				acancel()
			}
		})
	}
	wg.Wait()
	<-killed
	if err, ok := a.stop(); !ok || err != nil {
		t.Errorf("the stopped replica: Run returned %v (%v)", err, ok)
	}

	// Every envelope is answered once: /deal in its ack or on its
	// response_url, mentions in their thread.
	isAnswer := func(p slackfake.Post, q question) bool {
		if slash[q.id] {
			return p.Method == "response_url" && p.EnvelopeID == q.id
		}
		return p.Method == "chat.postMessage" && p.ThreadTS == q.ts
	}
	final := false // set once the fake is no longer locked by Await
	answersOf := func(posts []slackfake.Post, acks map[string]slackfake.Ack, q question) int {
		n := 0
		if a, ok := acks[q.id]; ok && slash[q.id] && !a.Empty() {
			n++
		}
		if slash[q.id] && !final {
			// While waiting, the latest ack will do.
		} else if slash[q.id] {
			n = 0
			for _, a := range fake.AcksOf(q.id) {
				if !a.Empty() && !a.Late {
					n++
				}
			}
		}
		for _, p := range posts {
			if isAnswer(p, q) {
				n++
			}
		}
		return n
	}
	_ = fake.Await(ctx, func(posts []slackfake.Post, acks map[string]slackfake.Ack) bool {
		return !slices.ContainsFunc(sent, func(q question) bool { return answersOf(posts, acks, q) == 0 })
	})
	quiesce(t, fake, b)

	final = true
	posts, acks := fake.Posts(), map[string]slackfake.Ack{}
	for _, a := range fake.Acks() {
		acks[a.EnvelopeID] = a
	}
	var lost, doubled, answered, redelivered int
	for _, q := range sent {
		switch c := answersOf(posts, acks, q); {
		case c == 0:
			lost++
			t.Errorf("%s was never answered", q.id)
		case c > 1:
			doubled++
			t.Errorf("%s was answered %d times", q.id, c)
		default:
			answered++
		}
	}
	delivered := fake.Delivered()
	for _, c := range delivered {
		redelivered += c
	}
	redelivered -= len(sent)
	t.Logf("replicas: sent %d (half /deal, half mentions), answered %d, lost %d, doubled %d; deliveries per connection before the kill %v, at the end %v (%d redelivered); replica A was connection %v",
		len(sent), answered, lost, doubled, before, delivered, redelivered, connA)

	// Both replicas took a share before one was stopped.
	if len(before) < 2 {
		t.Errorf("envelopes went to %d connection(s) before the kill, want them spread over both: %v", len(before), before)
	}
	for id, c := range before {
		if c < killAt/4 {
			t.Errorf("connection %d got %d of the first %d envelopes; want them spread in turn", id, c, killAt)
		}
	}
	if len(fake.Unacked()) > 0 {
		t.Errorf("%d envelopes never acknowledged", len(fake.Unacked()))
	}
}

// replicaStores are the memories two replicas can share in a test: none
// (each its own, as without Config.Claims), a shared claims table in
// memory, and the PostgreSQL state store (when PostgreSQL is installed).
// claimsFor returns what replica owner claims in (nil: none).
// outage, when set, makes the shared store unreachable (down) or brings
// it back.
type replicaStore struct {
	name      string
	shared    bool
	claimsFor func(owner string) Claims
	outage    func(t *testing.T, down bool)
}

func replicaStores(t *testing.T) []replicaStore {
	shared := newSharedClaims(10 * time.Second)
	stores := []replicaStore{
		{name: "memory only", claimsFor: func(string) Claims { return nil }},
		{name: "shared claims", shared: true, claimsFor: shared.as,
			outage: func(_ *testing.T, down bool) { shared.down.Store(down) }},
	}
	srv, err := pgtest.New(context.Background())
	if errors.Is(err, pgtest.ErrNotFound) {
		t.Logf("not running the PostgreSQL case: %v", err)
		return stores
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := srv.Close(); err != nil {
			t.Error(err)
		}
	})
	store, err := state.Open(context.Background(), srv.Database(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return append(stores, replicaStore{name: "PostgreSQL", shared: true,
		claimsFor: func(owner string) Claims { return pgClaims{store: store, owner: owner} },
		outage: func(t *testing.T, down bool) {
			if down {
				srv.Stop(t)
			} else {
				srv.Start(t)
			}
		}})
}

// pgClaims claims in the PostgreSQL state store, as serve does.
type pgClaims struct {
	store state.Store
	owner string
}

func (c pgClaims) Claim(ctx context.Context, id string) (Claim, error) {
	r, err := c.store.Claim(ctx, id, c.owner, 10*time.Second)
	return map[state.ClaimResult]Claim{state.ClaimTaken: ClaimMine, state.ClaimHeld: ClaimHeld, state.ClaimDone: ClaimDone}[r], err
}

func (c pgClaims) Answered(ctx context.Context, id string) error {
	return c.store.Answered(ctx, id, c.owner)
}

// mixedQuestions sends n questions, /deal and mentions in turn, calling
// before(i) first, and returns them with the envelope IDs of the /deal
// commands.
func mixedQuestions(fake *slackfake.Server, n int, tsPrefix string, before func(i int)) (sent []question, slash map[string]bool) {
	slash = map[string]bool{}
	for i := range n {
		if before != nil {
			before(i)
		}
		q := question{sent: time.Now(), ts: fmt.Sprintf("%s.%06d", tsPrefix, i)}
		text := questions[i%len(questions)]
		if i%2 == 0 {
			q.id = fake.SlashCommand("/deal", text, asker(i))
			slash[q.id] = true
		} else {
			q.id = fake.Mention("<@"+fake.BotUserID+"> "+text, slackfake.TS(q.ts), asker(i))
		}
		sent = append(sent, q)
	}
	return sent, slash
}

// answerCount counts the answers to each of sent in posts and acks: for
// /deal, acks that carried one (on time) and response_url posts; for
// mentions, posts in their thread. acksOf returns the acks of an envelope.
func answerCount(sent []question, slash map[string]bool, posts []slackfake.Post, acksOf func(id string) []slackfake.Ack) map[string]int {
	n := map[string]int{}
	byThread := map[string]string{}
	for _, q := range sent {
		if !slash[q.id] {
			byThread[q.ts] = q.id
			continue
		}
		for _, a := range acksOf(q.id) {
			if !a.Empty() && !a.Late {
				n[q.id]++
			}
		}
	}
	for _, p := range posts {
		switch {
		case p.Method == "response_url" && slash[p.EnvelopeID]:
			n[p.EnvelopeID]++
		case p.Method == "chat.postMessage" && byThread[p.ThreadTS] != "":
			n[byThread[p.ThreadTS]]++
		}
	}
	return n
}

// tallyAnswers waits until each of sent has an answer (or ctx is done),
// stops the servers so that any late duplicate has arrived, and counts.
func tallyAnswers(t *testing.T, ctx context.Context, fake *slackfake.Server, sent []question, slash map[string]bool, servers ...*server) loadReport {
	t.Helper()
	_ = fake.Await(ctx, func(posts []slackfake.Post, acks map[string]slackfake.Ack) bool {
		// The latest ack of each envelope will do to see that it has an
		// answer; counting every ack waits until the fake is unlocked.
		latest := func(id string) []slackfake.Ack {
			if a, ok := acks[id]; ok {
				return []slackfake.Ack{a}
			}
			return nil
		}
		n := answerCount(sent, slash, posts, latest)
		return !slices.ContainsFunc(sent, func(q question) bool { return n[q.id] == 0 })
	})
	quiesce(t, fake, servers...)
	r := loadReport{sent: len(sent)}
	n := answerCount(sent, slash, fake.Posts(), fake.AcksOf)
	for _, q := range sent {
		if len(fake.AcksOf(q.id)) > 0 {
			r.acked++
		}
		switch c := n[q.id]; {
		case c == 0:
			r.lost++
		case c == 1:
			r.answered++
		default:
			r.doubled++
		}
	}
	return r
}

// tally says how many questions were answered once, not at all and more
// than once.
func (r loadReport) tally() string {
	return fmt.Sprintf("sent %d (half /deal, half mentions), acknowledged %d, answered once %d, lost %d, doubled %d", r.sent, r.acked, r.answered, r.lost, r.doubled)
}

// TestReplicaSocketDroppedMidStream drops one replica's socket abruptly
// half way through a stream of /deal commands and mentions: the fake moves
// what it held unacknowledged to the other replica, the dropped one
// reconnects, and every question is answered. Without a shared store, a
// question the dropped replica had read but whose acknowledgement died
// with the socket is answered by both (Slack delivers at least once);
// with one, by one.
func TestReplicaSocketDroppedMidStream(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	buildIndex(t, path, shippedArticles(t))
	n := loadSize(200, 40)
	for _, st := range replicaStores(t) {
		t.Run(st.name, func(t *testing.T) {
			fake := slackfake.New(t)
			a := serveClaiming(t, fake, path, st.claimsFor("a"))
			b := serveClaiming(t, fake, path, st.claimsFor("b"))
			fake.WaitConnections(2)
			first := fake.ConnectionIDs()[0]
			sent, slash := mixedQuestions(fake, n, "1700000002", func(i int) {
				if i == n/2 {
					fake.DropConnectionID(first)
				}
			})
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			r := tallyAnswers(t, ctx, fake, sent, slash, a, b)
			t.Logf("%s, one socket dropped: %s; deliveries per connection %v", st.name, r.tally(), fake.Delivered())
			if r.lost > 0 || r.acked != r.sent {
				t.Errorf("questions lost or never acknowledged when a replica's socket dropped: %s", r.tally())
			}
			if st.shared && r.doubled > 0 {
				t.Errorf("%d questions answered twice with a shared store, want none", r.doubled)
			}
		})
	}
}

// TestReplicasStoreDownMidStream makes the shared store unreachable while
// two replicas answer a stream of /deal commands and mentions, then brings
// it back: every question is answered once, each replica warns once that
// it answers on its own memory, and says when it uses the store again.
func TestReplicasStoreDownMidStream(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	buildIndex(t, path, shippedArticles(t))
	n := loadSize(200, 40)
	for _, st := range replicaStores(t) {
		if st.outage == nil {
			continue
		}
		t.Run(st.name, func(t *testing.T) {
			fake := slackfake.New(t)
			a := serveClaiming(t, fake, path, st.claimsFor("a"))
			b := serveClaiming(t, fake, path, st.claimsFor("b"))
			fake.WaitConnections(2)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			sent, slash := mixedQuestions(fake, n, "1700000003", func(i int) {
				switch i {
				case n / 4:
					st.outage(t, true)
				case n / 2:
					st.outage(t, false)
					// Each replica asks the store again once its
					// retry interval has passed.
					time.Sleep(2 * testStoreRetry)
				}
				if i > n/4 && i < n/2 {
					// Pace the questions asked during the outage, so
					// that both replicas notice it.
					time.Sleep(testStoreRetry / 10)
				}
			})
			for _, s := range []*server{a, b} {
				s.waitLogged(t, "the shared store is reachable again", 1)
			}
			r := tallyAnswers(t, ctx, fake, sent, slash, a, b)
			t.Logf("%s down for questions %d to %d: %s", st.name, n/4, n/2, r.tally())
			if r.lost > 0 || r.doubled > 0 || r.acked != r.sent {
				t.Errorf("want every question answered once with the store down part of the time: %s", r.tally())
			}
			for name, s := range map[string]*server{"a": a, "b": b} {
				if c := s.logs.count("the shared store cannot be reached"); c != 1 {
					t.Errorf("replica %s warned %d times that the store is down, want once", name, c)
					for _, l := range strings.Split(s.logs.String(), "\n") {
						if strings.Contains(l, "shared store") {
							t.Log(l)
						}
					}
				}
			}
		})
	}
}
