package slackfake

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// wsConn is one Socket Mode connection.
type wsConn struct {
	id   int // 1 for the first connection made, 2 for the next, …
	c    *websocket.Conn
	wmu  sync.Mutex
	once sync.Once
	done chan struct{}
}

func (c *wsConn) writeJSON(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.c.WriteJSON(v)
}

// close drops the connection abruptly, without a close frame.
func (c *wsConn) close() {
	c.once.Do(func() {
		close(c.done)
		_ = c.c.UnderlyingConn().Close()
	})
}

// envelope is a Socket Mode message that expects an acknowledgement.
type envelope struct {
	ID                     string          `json:"envelope_id"`
	Type                   string          `json:"type"`
	Payload                json.RawMessage `json:"payload"`
	AcceptsResponsePayload bool            `json:"accepts_response_payload"`
	RetryAttempt           int             `json:"retry_attempt"`
	RetryReason            string          `json:"retry_reason"`

	// conn is the open connection the envelope was last written to, nil
	// while it waits for one. When that connection closes unacknowledged
	// envelopes move to another open one (or wait for the next hello).
	conn *wsConn
	// sent is set once the envelope was handed to a connection: a later
	// delivery is a retry. One sent while no connection was open (or in the
	// moment between a hello and the fake counting its connection) goes out
	// first at the next hello, as a first delivery.
	sent bool
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveSocket is the Socket Mode websocket: hello, then any unacknowledged
// envelopes again (retry_attempt + 1 for those sent before), then whatever
// the test sends.
func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	hold := s.hold
	s.mu.Unlock()
	if hold != nil {
		select {
		case <-hold:
		case <-r.Context().Done():
			return
		}
	}
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	conn := &wsConn{c: c, done: make(chan struct{})}
	c.SetPongHandler(func(string) error {
		s.mu.Lock()
		s.pongs++
		s.notify()
		s.mu.Unlock()
		return nil
	})

	s.mu.Lock()
	n := s.numConnections
	s.mu.Unlock()
	hello := map[string]any{
		"type":            "hello",
		"num_connections": n,
		"connection_info": map[string]any{"app_id": "AFAKE01"},
		"debug_info":      map[string]any{"host": "slackfake", "build_number": 1, "approximate_connection_time": 3600},
	}
	if err := conn.writeJSON(hello); err != nil {
		conn.close()
		return
	}
	s.mu.Lock()
	s.connSeq++
	conn.id = s.connSeq
	s.conns = append(s.conns, conn)
	s.hellos++
	// Envelopes no open connection holds (sent while none was open, or
	// held by one that closed) go to the newcomer; those another open
	// connection holds stay with it.
	var redeliver []envelope
	for _, id := range s.unacked {
		e := s.envelopes[id]
		if e.conn != nil && e.conn != conn && s.isOpen(e.conn) {
			continue
		}
		if e.sent {
			e.RetryAttempt++
			e.RetryReason = "timeout"
		}
		e.sent = true
		e.conn = conn
		s.delivered[conn.id]++
		redeliver = append(redeliver, *e)
	}
	s.notify()
	s.mu.Unlock()
	for _, e := range redeliver {
		if err := conn.writeJSON(&e); err != nil {
			break
		}
	}

	go func() {
		t := time.NewTicker(pingInterval)
		defer t.Stop()
		for {
			select {
			case <-conn.done:
				return
			case <-t.C:
				if err := c.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second)); err != nil {
					return
				}
			}
		}
	}()

	defer func() {
		conn.close()
		s.mu.Lock()
		for i, x := range s.conns {
			if x == conn {
				s.conns = append(s.conns[:i], s.conns[i+1:]...)
				break
			}
		}
		// What this connection held unacknowledged goes to another open
		// one, as Slack retries an envelope on another of the app's
		// connections; with none open it waits for the next hello.
		type move struct {
			to *wsConn
			e  envelope
		}
		var moves []move
		for _, id := range s.unacked {
			e := s.envelopes[id]
			if e.conn != conn {
				continue
			}
			e.conn = s.pick()
			if e.conn == nil {
				continue
			}
			e.RetryAttempt++
			e.RetryReason = "timeout"
			s.delivered[e.conn.id]++
			moves = append(moves, move{e.conn, *e})
		}
		s.notify()
		s.mu.Unlock()
		for _, m := range moves {
			_ = m.to.writeJSON(&m.e)
		}
	}()
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var a struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if json.Unmarshal(data, &a) != nil || a.EnvelopeID == "" {
			continue
		}
		s.mu.Lock()
		if _, dup := s.acks[a.EnvelopeID]; !dup {
			s.ackOrder = append(s.ackOrder, a.EnvelopeID)
		}
		late := !slices.Contains(s.unacked, a.EnvelopeID)
		s.acks[a.EnvelopeID] = Ack{EnvelopeID: a.EnvelopeID, Payload: a.Payload, At: time.Now(), Conn: conn.id}
		s.ackHistory[a.EnvelopeID] = append(s.ackHistory[a.EnvelopeID], Ack{EnvelopeID: a.EnvelopeID, Payload: a.Payload, At: time.Now(), Conn: conn.id, Late: late})
		for i, id := range s.unacked {
			if id == a.EnvelopeID {
				s.unacked = append(s.unacked[:i], s.unacked[i+1:]...)
				break
			}
		}
		s.notify()
		s.mu.Unlock()
	}
}

// current returns the newest open connection, or nil.
func (s *Server) current() *wsConn {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.conns) == 0 {
		return nil
	}
	return s.conns[len(s.conns)-1]
}

// isOpen reports whether c is an open connection; s.mu must be held.
func (s *Server) isOpen(c *wsConn) bool {
	for _, x := range s.conns {
		if x == c {
			return true
		}
	}
	return false
}

// pick returns the open connection the next envelope goes to, taking them
// in turn as Slack spreads an app's envelopes over its connections, or nil
// when none is open; s.mu must be held.
func (s *Server) pick() *wsConn {
	if len(s.conns) == 0 {
		return nil
	}
	s.rr++
	return s.conns[s.rr%len(s.conns)]
}

// send delivers an envelope now to one of the open connections, in turn;
// with none open it waits, unacknowledged, for the next connection.
func (s *Server) send(e *envelope) string {
	s.mu.Lock()
	s.envelopes[e.ID] = e
	s.unacked = append(s.unacked, e.ID)
	s.deliverLocked(e)
	return e.ID
}

// deliverLocked hands e to the next open connection, if any, and unlocks
// s.mu before writing to the socket.
func (s *Server) deliverLocked(e *envelope) {
	c := s.pick()
	e.conn = c
	if c != nil {
		s.delivered[c.id]++
		e.sent = true
	}
	cp := *e
	s.mu.Unlock()
	if c != nil {
		_ = c.writeJSON(&cp)
	}
}

// Redeliver sends an envelope again, as Slack does when it got no
// acknowledgement, with retry_attempt incremented. The envelope counts as
// unacknowledged until acknowledged again.
func (s *Server) Redeliver(envelopeID string) {
	s.t.Helper()
	s.mu.Lock()
	e, ok := s.envelopes[envelopeID]
	if !ok {
		s.mu.Unlock()
		s.t.Fatalf("slackfake: Redeliver: no envelope %q", envelopeID)
		return
	}
	e.RetryAttempt++
	e.RetryReason = "timeout"
	delete(s.acks, envelopeID)
	s.unacked = append(s.unacked, envelopeID)
	s.deliverLocked(e)
}

// Disconnect sends a "disconnect" message, asking the client to reconnect.
func (s *Server) Disconnect() {
	s.t.Helper()
	c := s.current()
	if c == nil {
		s.t.Fatalf("slackfake: Disconnect: no open connection")
		return
	}
	_ = c.writeJSON(map[string]any{
		"type": "disconnect", "reason": "refresh_requested",
		"debug_info": map[string]any{"host": "slackfake"},
	})
}

// DropConnection closes every open socket abruptly, as a network failure would.
func (s *Server) DropConnection() {
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
}

// HoldConnections makes new sockets wait, unanswered, until
// ReleaseConnections: with DropConnection it keeps the client away while
// envelopes queue up.
func (s *Server) HoldConnections() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hold == nil {
		s.hold = make(chan struct{})
	}
}

// ReleaseConnections lets held sockets through.
func (s *Server) ReleaseConnections() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hold != nil {
		close(s.hold)
		s.hold = nil
	}
}

// WaitHello waits until n hellos have been sent in all (n connections made)
// and one connection is open.
func (s *Server) WaitHello(n int) {
	s.t.Helper()
	s.wait(fmt.Sprintf("hello number %d", n), func() bool { return s.hellos >= n && len(s.conns) > 0 })
}

// Hellos returns how many connections were greeted with hello.
func (s *Server) Hellos() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hellos
}

// WaitClosed waits until no socket is open.
func (s *Server) WaitClosed() {
	s.t.Helper()
	s.wait("every socket to close", func() bool { return len(s.conns) == 0 })
}

// WaitPong waits until the client has answered n pings.
func (s *Server) WaitPong(n int) {
	s.t.Helper()
	s.wait(fmt.Sprintf("%d pong(s)", n), func() bool { return s.pongs >= n })
}

// Ack is the client's acknowledgement of an envelope.
type Ack struct {
	EnvelopeID string
	// Payload is the response payload, absent (nil) for a plain ack.
	Payload json.RawMessage
	At      time.Time
	// Conn is the connection the ack came on (see ConnectionIDs).
	Conn int
	// Late is set (in AcksOf) on an ack for an envelope already
	// acknowledged and not redelivered since: Slack ignores it, payload
	// and all.
	Late bool
}

// Empty reports whether the ack carried no payload.
func (a Ack) Empty() bool {
	p := string(a.Payload)
	return p == "" || p == "null" || p == "{}"
}

// Reply decodes the payload as a message.
func (a Ack) Reply() Post {
	var m message
	_ = json.Unmarshal(a.Payload, &m)
	return m.post("ack", a.EnvelopeID, a.At)
}

// WaitAck waits for the acknowledgement of envelopeID and returns it.
func (s *Server) WaitAck(envelopeID string) Ack {
	s.t.Helper()
	s.wait("the ack of "+envelopeID, func() bool { _, ok := s.acks[envelopeID]; return ok })
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.acks[envelopeID]
}

// Unacked returns the IDs of envelopes not acknowledged yet.
func (s *Server) Unacked() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.unacked...)
}

// ConnectionIDs returns the IDs of the open sockets, oldest first: 1 is the
// first connection the fake accepted, 2 the next, and so on.
func (s *Server) ConnectionIDs() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]int, 0, len(s.conns))
	for _, c := range s.conns {
		ids = append(ids, c.id)
	}
	return ids
}

// WaitConnections waits until n sockets are open at once.
func (s *Server) WaitConnections(n int) {
	s.t.Helper()
	s.wait(fmt.Sprintf("%d open connection(s)", n), func() bool { return len(s.conns) >= n })
}

// DropConnectionID closes the socket with ID id abruptly, as a network
// failure or a killed process would; what it held unacknowledged moves to
// another open socket. It reports whether such a socket was open.
func (s *Server) DropConnectionID(id int) bool {
	s.mu.Lock()
	var c *wsConn
	for _, x := range s.conns {
		if x.id == id {
			c = x
		}
	}
	s.mu.Unlock()
	if c == nil {
		return false
	}
	c.close()
	return true
}

// Delivered returns how many envelope deliveries (first sends and
// redeliveries) each connection got, by connection ID.
func (s *Server) Delivered() map[int]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.delivered)
}

// Acks returns every acknowledgement, latest per envelope, in the order the
// envelopes were first acknowledged.
func (s *Server) Acks() []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Ack, 0, len(s.ackOrder))
	for _, id := range s.ackOrder {
		out = append(out, s.acks[id])
	}
	return out
}

// AcksOf returns every acknowledgement of envelopeID, oldest first: more
// than one when it was delivered more than once. WaitAck and Acks return
// only the latest, which for a redelivered /deal may be an empty ack after
// one that carried the answer.
func (s *Server) AcksOf(envelopeID string) []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Ack(nil), s.ackHistory[envelopeID]...)
}

// AwaitAck waits, until ctx is done, for the acknowledgement of envelopeID.
// Unlike WaitAck it does not fail the test, so load generators may call it
// from their own goroutines.
func (s *Server) AwaitAck(ctx context.Context, envelopeID string) (Ack, error) {
	var a Ack
	err := s.await(ctx, func() bool {
		var ok bool
		a, ok = s.acks[envelopeID]
		return ok
	})
	return a, err
}

// await blocks until cond (called with s.mu held) is true or ctx is done.
func (s *Server) await(ctx context.Context, cond func() bool) error {
	return s.changes.Wait(ctx, &s.mu, cond)
}

// Await blocks until cond is true of the posts and acks so far or ctx is
// done. cond is called with the fake locked, so it must not call the fake.
func (s *Server) Await(ctx context.Context, cond func(posts []Post, acks map[string]Ack) bool) error {
	return s.await(ctx, func() bool { return cond(s.posts, s.acks) })
}
