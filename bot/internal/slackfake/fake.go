// Package slackfake is a small fake Slack for tests: an httptest server on
// 127.0.0.1 with the Web API methods dealbot uses (auth.test,
// apps.connections.open, chat.postMessage, chat.postEphemeral),
// response_url endpoints, scripted failures (429 with Retry-After, 500, Slack
// error codes), and a Socket Mode websocket that sends hello, envelopes
// (slash_commands, events_api, interactive), pings and disconnect, records
// acknowledgements, can drop the socket abruptly and redelivers unacknowledged
// envelopes on the next connection with retry_attempt incremented.
//
// Like Slack it takes several Socket Mode connections at once (one per
// replica of a bot), hands envelopes to them in turn, and when one closes
// moves the envelopes it held unacknowledged to another open one. Web API
// and response_url answers can be delayed or held until the client gives
// up (Slow, Hang).
//
// Helpers read like a specification:
//
//	fake := slackfake.New(t)
//	id := fake.SlashCommand("/deal", "amazon microsoft")
//	ack := fake.WaitAck(id)
//	posts := fake.WaitPosts(1)
//
// It knows nothing of dealbot.
package slackfake

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/internal/changes"
)

// Defaults for the identities the fake answers with.
const (
	DefaultAppToken  = "xapp-1-AFAKE01-1234567890-fakeapptokenfakeapptoken"
	DefaultBotToken  = "xoxb-1234567890-1234567890-fakebottokenfakebottoken"
	DefaultBotUserID = "UDEALBOT"
	DefaultBotID     = "BDEALBOT"
	DefaultTeamID    = "TFAKE"
	DefaultChannel   = "CGENERAL"
	DefaultDM        = "DDIRECT"
	DefaultUser      = "UALICE"
)

// pingInterval is how often the fake pings each socket.
const pingInterval = 500 * time.Millisecond

// Server is a fake Slack. Its exported fields may be changed before the bot
// connects.
type Server struct {
	// URL is the Web API base URL, ending in "/", to pass as the bot's API URL.
	URL string
	// AppToken and BotToken are the only tokens the fake accepts.
	AppToken, BotToken string
	// BotUserID and BotID are what auth.test reports.
	BotUserID, BotID string
	// Timeout bounds every Wait method; the test fails when it passes.
	Timeout time.Duration

	t    testing.TB
	srv  *httptest.Server
	base string

	mu             sync.Mutex
	changes        changes.Signal
	conns          []*wsConn
	hellos         int
	numConnections int
	envelopes      map[string]*envelope
	unacked        []string
	acks           map[string]Ack
	ackOrder       []string
	posts          []Post
	calls          []Call
	failures       map[string][]Failure
	responseURLs   map[string]string // response_url id → envelope ID
	pongs          int
	serving        int // Web API and response_url requests being answered
	hold           chan struct{}
	seq            int
	connSeq        int         // IDs given to connections so far
	rr             int         // round-robin position over conns
	delivered      map[int]int // connection ID → envelopes written to it
	ackHistory     map[string][]Ack
	closed         chan struct{} // closed by Close, to end delayed answers
	closeOnce      sync.Once
	outside        map[string]bool // channels the bot is not a member of
}

// New starts a fake Slack on 127.0.0.1; it is closed when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{
		AppToken:       DefaultAppToken,
		BotToken:       DefaultBotToken,
		BotUserID:      DefaultBotUserID,
		BotID:          DefaultBotID,
		Timeout:        10 * time.Second,
		t:              t,
		numConnections: 1,
		envelopes:      map[string]*envelope{},
		acks:           map[string]Ack{},
		failures:       map[string][]Failure{},
		responseURLs:   map[string]string{},
		delivered:      map[int]int{},
		ackHistory:     map[string][]Ack{},
		closed:         make(chan struct{}),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/{method}", s.serveAPI)
	mux.HandleFunc("/response/{id}", s.serveResponseURL)
	mux.HandleFunc("/ws", s.serveSocket)
	s.srv = httptest.NewUnstartedServer(mux)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("slackfake: listening on 127.0.0.1: %v", err)
	}
	s.srv.Listener = l
	s.srv.Start()
	s.base = s.srv.URL
	s.URL = s.base + "/api/"
	t.Cleanup(s.Close)
	return s
}

// Close drops every connection and stops the server.
func (s *Server) Close() {
	s.closeOnce.Do(func() { close(s.closed) })
	s.ReleaseConnections()
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
	s.srv.Close()
}

// SetNumConnections sets the num_connections the next hellos report.
func (s *Server) SetNumConnections(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.numConnections = n
}

// LeaveChannel makes conversations.info say the bot is not a member of
// channel (it is of every other).
func (s *Server) LeaveChannel(channel string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.outside == nil {
		s.outside = map[string]bool{}
	}
	s.outside[channel] = true
}

// notify wakes every waiter; s.mu must be held.
func (s *Server) notify() {
	s.changes.Changed()
}

// wait blocks until cond (called with s.mu held) is true, failing the test
// after s.Timeout.
func (s *Server) wait(what string, cond func() bool) {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), s.Timeout)
	defer cancel()
	if s.await(ctx, cond) != nil {
		s.t.Fatalf("slackfake: timed out after %v waiting for %s", s.Timeout, what)
	}
}

func (s *Server) nextID(prefix string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	return prefix + strconv.Itoa(s.seq)
}

// Call is one Web API or response_url request the fake received.
type Call struct {
	Method string
	At     time.Time
	// Status is the HTTP status the fake answered with (200 for an
	// {"ok":false} error).
	Status int
}

// Calls returns the requests made to method, oldest first.
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// WaitCalls waits until method was called at least n times and returns the calls.
func (s *Server) WaitCalls(method string, n int) []Call {
	s.t.Helper()
	s.wait(fmt.Sprintf("%d call(s) to %s", n, method), func() bool {
		c := 0
		for _, call := range s.calls {
			if call.Method == method {
				c++
			}
		}
		return c >= n
	})
	return s.Calls(method)
}

// Failure is a scripted failed answer to a Web API method or response_url.
type Failure struct {
	// Status is the HTTP status; 200 with Error set answers {"ok":false}.
	Status int
	// RetryAfter is sent as the Retry-After header (whole seconds) when set.
	RetryAfter time.Duration
	// Error is Slack's error code for an {"ok":false} answer.
	Error string
	// Delay holds the answer back this long, or until the client gives up
	// on the request (then nothing is answered or recorded as posted) or
	// the fake closes. A Failure with only Delay set then answers
	// normally: a slow Slack rather than a failing one.
	Delay time.Duration
}

// Hang is an answer that never comes: the request is held until the client
// times out, as with a stalled connection to Slack.
func Hang() Failure { return Failure{Delay: 24 * time.Hour} }

// Slow answers normally, but only after d; a client whose timeout is
// shorter gives up first and the call does nothing.
func Slow(d time.Duration) Failure { return Failure{Delay: d} }

// delay holds a request back for f.Delay and reports whether to answer it
// (false once the client has gone away or the fake is closing).
func (s *Server) delay(r *http.Request, f Failure) bool {
	if f.Delay <= 0 {
		return true
	}
	t := time.NewTimer(f.Delay)
	defer t.Stop()
	select {
	case <-t.C:
		return r.Context().Err() == nil
	case <-r.Context().Done():
		return false
	case <-s.closed:
		return false
	}
}

// answersNormally reports whether f, once its delay is over, lets the call
// succeed.
func (f Failure) answersNormally() bool { return f.Status == 0 && f.Error == "" }

// RateLimited is a 429 answer asking the client to wait after.
func RateLimited(after time.Duration) Failure {
	return Failure{Status: http.StatusTooManyRequests, RetryAfter: after}
}

// ServerError is a 500 answer.
func ServerError() Failure { return Failure{Status: http.StatusInternalServerError} }

// SlackError is an {"ok":false,"error":code} answer.
func SlackError(code string) Failure { return Failure{Status: http.StatusOK, Error: code} }

// Fail makes the next times calls to method (a Web API method such as
// "chat.postMessage", or "response_url") fail with f.
func (s *Server) Fail(method string, times int, f Failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range times {
		s.failures[method] = append(s.failures[method], f)
	}
}

// FailIn is Fail for calls to method (such as "chat.postMessage") that post
// in channel only: one conversation's answers fail while others go through.
func (s *Server) FailIn(method, channel string, times int, f Failure) {
	s.Fail(method+" in "+channel, times, f)
}

// record notes a call to method, before it is answered, and pops the next
// scripted failure for it: one scripted for its channel first, if given.
func (s *Server) record(method string, channel ...string) (Failure, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var f Failure
	fail := false
	if len(channel) > 0 && channel[0] != "" {
		f, fail = s.takeFailure(method + " in " + channel[0])
	}
	if !fail {
		f, fail = s.takeFailure(method)
	}
	status := http.StatusOK
	if fail && f.Status != 0 {
		status = f.Status
	}
	s.calls = append(s.calls, Call{Method: method, At: time.Now(), Status: status})
	s.notify()
	return f, fail
}

// takeFailure pops the next scripted failure for method; s.mu must be held.
func (s *Server) takeFailure(method string) (Failure, bool) {
	fs := s.failures[method]
	if len(fs) == 0 {
		return Failure{}, false
	}
	s.failures[method] = fs[1:]
	return fs[0], true
}

func writeFailure(w http.ResponseWriter, f Failure) {
	if f.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int((f.RetryAfter+time.Second-1)/time.Second)))
	}
	if f.Status == http.StatusOK || f.Status == 0 {
		writeJSON(w, map[string]any{"ok": false, "error": f.Error})
		return
	}
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(f.Status)
	fmt.Fprintf(w, "<html><body>fake failure %d</body></html>", f.Status)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(v)
}

// busy counts a request as being answered until the returned func is
// called, for WaitIdle.
func (s *Server) busy() func() {
	s.mu.Lock()
	s.serving++
	s.mu.Unlock()
	return func() {
		s.mu.Lock()
		s.serving--
		s.notify()
		s.mu.Unlock()
	}
}

// WaitIdle waits until no Web API or response_url request is being
// answered: one held back (Slow, Hang) has been answered or abandoned, so
// nothing more will be recorded until the client calls again.
func (s *Server) WaitIdle() {
	s.t.Helper()
	s.wait("every request to be answered", func() bool { return s.serving == 0 })
}

// serveAPI answers Web API methods.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	defer s.busy()()
	method := r.PathValue("method")
	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	var body []byte
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		body, _ = readAll(r)
	} else {
		_ = r.ParseForm()
		if t := r.PostForm.Get("token"); t != "" {
			token = t
		}
	}
	f, fail := s.record(method, r.PostForm.Get("channel"))
	if fail && !s.delay(r, f) {
		return
	}
	if fail && !f.answersNormally() {
		writeFailure(w, f)
		return
	}

	switch method {
	case "auth.test":
		if token != s.BotToken {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		writeJSON(w, map[string]any{
			"ok": true, "url": "https://fake.slack.com/", "team": "Fake", "user": "dealbot",
			"team_id": DefaultTeamID, "user_id": s.BotUserID, "bot_id": s.BotID,
		})
	case "apps.connections.open":
		if token != s.AppToken {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		ws := "ws" + strings.TrimPrefix(s.base, "http") + "/ws?ticket=" + s.nextID("ticket")
		writeJSON(w, map[string]any{"ok": true, "url": ws})
	case "chat.postMessage", "chat.postEphemeral":
		if token != s.BotToken {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		p := Post{
			Method:   method,
			Channel:  r.PostForm.Get("channel"),
			User:     r.PostForm.Get("user"),
			ThreadTS: r.PostForm.Get("thread_ts"),
			Text:     r.PostForm.Get("text"),
			Blocks:   json.RawMessage(r.PostForm.Get("blocks")),
			At:       time.Now(),
		}
		if p.Channel == "" {
			writeJSON(w, map[string]any{"ok": false, "error": "channel_not_found"})
			return
		}
		ts := fmt.Sprintf("%d.%06d", time.Now().Unix(), s.seqNext())
		s.addPost(p)
		writeJSON(w, map[string]any{"ok": true, "channel": p.Channel, "ts": ts, "message_ts": ts})
	case "views.publish":
		var req struct {
			UserID string          `json:"user_id"`
			View   json.RawMessage `json:"view"`
		}
		if token != s.BotToken || json.Unmarshal(body, &req) != nil || req.UserID == "" {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_arguments"})
			return
		}
		var view struct {
			Type   string          `json:"type"`
			Blocks json.RawMessage `json:"blocks"`
		}
		if json.Unmarshal(req.View, &view) != nil || view.Type != "home" {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_arguments"})
			return
		}
		s.addPost(Post{Method: method, User: req.UserID, Blocks: view.Blocks, At: time.Now()})
		writeJSON(w, map[string]any{"ok": true, "view": map[string]any{"id": s.nextID("V"), "type": "home"}})
	case "conversations.info":
		ch := r.PostForm.Get("channel")
		s.mu.Lock()
		member := !s.outside[ch]
		s.mu.Unlock()
		writeJSON(w, map[string]any{"ok": true, "channel": map[string]any{
			"id": ch, "is_member": member, "is_im": strings.HasPrefix(ch, "D"),
		}})
	default:
		writeJSON(w, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

func (s *Server) seqNext() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	return s.seq
}

func readAll(r *http.Request) ([]byte, error) {
	defer r.Body.Close()
	return io.ReadAll(io.LimitReader(r.Body, 10<<20))
}

// newResponseURL returns a fresh response_url tied to envelopeID.
func (s *Server) newResponseURL(envelopeID string) string {
	id := s.nextID("resp")
	s.mu.Lock()
	s.responseURLs[id] = envelopeID
	s.mu.Unlock()
	return s.base + "/response/" + id
}

// serveResponseURL records posts to response_urls.
func (s *Server) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	defer s.busy()()
	id := r.PathValue("id")
	body, _ := readAll(r)
	s.mu.Lock()
	env, known := s.responseURLs[id]
	s.mu.Unlock()
	f, fail := s.record("response_url")
	if fail && !s.delay(r, f) {
		return
	}
	switch {
	case fail && !f.answersNormally():
		writeFailure(w, f)
		return
	case !known:
		http.Error(w, "expired_url", http.StatusNotFound)
		return
	}
	var m message
	if err := json.Unmarshal(body, &m); err != nil {
		http.Error(w, "invalid_payload", http.StatusBadRequest)
		return
	}
	s.addPost(m.post("response_url", env, time.Now()))
	writeJSON(w, map[string]any{"ok": true})
}

// message is a message as a response_url post or an ack's payload carries
// it.
type message struct {
	Text            string          `json:"text"`
	ResponseType    string          `json:"response_type"`
	ReplaceOriginal bool            `json:"replace_original"`
	DeleteOriginal  bool            `json:"delete_original"`
	Blocks          json.RawMessage `json:"blocks"`
}

func (m message) post(method, envelopeID string, at time.Time) Post {
	return Post{Method: method, Text: m.Text, ResponseType: m.ResponseType, ReplaceOriginal: m.ReplaceOriginal,
		DeleteOriginal: m.DeleteOriginal, Blocks: m.Blocks, EnvelopeID: envelopeID, At: at}
}

func (s *Server) addPost(p Post) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.posts = append(s.posts, p)
	s.notify()
}

// Post is a message the bot sent: through chat.postMessage,
// chat.postEphemeral or a response_url.
type Post struct {
	// Method is "chat.postMessage", "chat.postEphemeral", "response_url",
	// or "views.publish" for an App Home (User is whose, Blocks its blocks).
	Method                          string
	Channel, User, ThreadTS, Text   string
	ResponseType                    string
	ReplaceOriginal, DeleteOriginal bool
	// Blocks is the Block Kit JSON, if any.
	Blocks json.RawMessage
	// EnvelopeID is, for response_url posts, the envelope that carried the URL.
	EnvelopeID string
	At         time.Time
}

// AllText returns the post's fallback text and every text shown in its
// blocks (not button values), one per line, for assertions.
func (p Post) AllText() string {
	var texts []string
	texts = append(texts, p.Text)
	if len(p.Blocks) > 0 {
		var v any
		if json.Unmarshal(p.Blocks, &v) == nil {
			collectTexts(v, &texts)
		}
	}
	return strings.Join(texts, "\n")
}

// BlockList decodes the post's blocks as generic JSON objects.
func (p Post) BlockList() []map[string]any {
	var out []map[string]any
	_ = json.Unmarshal(p.Blocks, &out)
	return out
}

func collectTexts(v any, out *[]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "text" {
				*out = append(*out, s)
				continue
			}
			collectTexts(x, out)
		}
	case []any:
		for _, x := range v {
			collectTexts(x, out)
		}
	}
}

// Posts returns every message the bot sent, oldest first.
func (s *Server) Posts() []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Post(nil), s.posts...)
}

// WaitPosts waits until the bot has sent at least n messages and returns
// them all.
func (s *Server) WaitPosts(n int) []Post {
	s.t.Helper()
	s.wait(fmt.Sprintf("%d post(s)", n), func() bool { return len(s.posts) >= n })
	return s.Posts()
}
