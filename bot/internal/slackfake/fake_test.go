package slackfake

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// client is the least of a Socket Mode client: it opens a connection the
// way Slack's clients do and reads and writes JSON on it.
type client struct {
	t *testing.T
	c *websocket.Conn
}

// call posts form to the Web API method with token and decodes the answer.
func call(t *testing.T, s *Server, method, token string, form url.Values) (*http.Response, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.URL+method, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	defer resp.Body.Close()
	var body map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&body)
	return resp, body
}

// connect opens a Socket Mode connection and reads its hello.
func connect(t *testing.T, s *Server) *client {
	t.Helper()
	_, body := call(t, s, "apps.connections.open", s.AppToken, nil)
	ws, _ := body["url"].(string)
	if ws == "" {
		t.Fatalf("apps.connections.open gave no URL: %v", body)
	}
	c, _, err := websocket.DefaultDialer.Dial(ws, nil)
	if err != nil {
		t.Fatalf("dialing %s: %v", ws, err)
	}
	t.Cleanup(func() { c.Close() })
	cl := &client{t: t, c: c}
	if hello := cl.read(); hello["type"] != "hello" {
		t.Fatalf("first message is %v, want a hello", hello)
	}
	return cl
}

func (c *client) read() map[string]any {
	c.t.Helper()
	_ = c.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	var m map[string]any
	if err := c.c.ReadJSON(&m); err != nil {
		c.t.Fatalf("reading from the socket: %v", err)
	}
	return m
}

func (c *client) ack(envelopeID string, payload any) {
	c.t.Helper()
	if err := c.c.WriteJSON(map[string]any{"envelope_id": envelopeID, "payload": payload}); err != nil {
		c.t.Fatalf("writing an ack: %v", err)
	}
}

func TestEnvelopeIsDeliveredAndAcked(t *testing.T) {
	s := New(t)
	c := connect(t, s)
	id := s.SlashCommand("/deal", "amazon microsoft")

	env := c.read()
	if env["envelope_id"] != id || env["type"] != "slash_commands" {
		t.Fatalf("got %v, want the slash_commands envelope %s", env, id)
	}
	payload, _ := env["payload"].(map[string]any)
	if payload["command"] != "/deal" || payload["text"] != "amazon microsoft" {
		t.Errorf("payload = %v, want /deal amazon microsoft", payload)
	}
	if u := s.Unacked(); len(u) != 1 || u[0] != id {
		t.Errorf("unacked = %v before the ack, want [%s]", u, id)
	}

	c.ack(id, map[string]any{"text": "over $1 billion"})
	ack := s.WaitAck(id)
	if got := ack.Reply().Text; got != "over $1 billion" {
		t.Errorf("ack text = %q, want the payload sent", got)
	}
	if len(s.Unacked()) != 0 {
		t.Errorf("unacked = %v after the ack, want none", s.Unacked())
	}
}

func TestDroppedConnectionIsSeenAndItsEnvelopesRedelivered(t *testing.T) {
	s := New(t)
	c := connect(t, s)
	id := s.Mention("<@" + DefaultBotUserID + "> amazon")
	if env := c.read(); env["envelope_id"] != id {
		t.Fatalf("got %v, want envelope %s", env, id)
	}

	_ = c.c.UnderlyingConn().Close() // no close frame: the network failed
	s.WaitClosed()
	if n := len(s.ConnectionIDs()); n != 0 {
		t.Fatalf("%d connections open after the drop, want 0", n)
	}

	again := connect(t, s)
	env := again.read()
	if env["envelope_id"] != id || env["retry_attempt"] != float64(1) || env["retry_reason"] != "timeout" {
		t.Errorf("got %v; want envelope %s again with retry_attempt 1", env, id)
	}
	if s.Hellos() != 2 {
		t.Errorf("%d hellos, want 2", s.Hellos())
	}
}

func TestRateLimitedCallCarriesRetryAfter(t *testing.T) {
	s := New(t)
	s.Fail("chat.postMessage", 1, RateLimited(1500*time.Millisecond))
	form := url.Values{"channel": {DefaultChannel}, "text": {"hello"}}

	resp, _ := call(t, s, "chat.postMessage", s.BotToken, form)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "2" {
		t.Errorf("status %d, Retry-After %q; want 429 with Retry-After 2 (whole seconds, rounded up)",
			resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if n := len(s.Posts()); n != 0 {
		t.Errorf("%d posts recorded for a rate-limited call, want 0", n)
	}

	resp, body := call(t, s, "chat.postMessage", s.BotToken, form)
	if resp.StatusCode != http.StatusOK || body["ok"] != true {
		t.Errorf("the call after the failure: status %d, %v; want it to succeed", resp.StatusCode, body)
	}
	if posts := s.Posts(); len(posts) != 1 || posts[0].Text != "hello" || posts[0].Channel != DefaultChannel {
		t.Errorf("posts = %+v, want the one hello", posts)
	}
	if calls := s.Calls("chat.postMessage"); len(calls) != 2 || calls[0].Status != http.StatusTooManyRequests {
		t.Errorf("calls = %+v, want the 429 then the success", calls)
	}
}
