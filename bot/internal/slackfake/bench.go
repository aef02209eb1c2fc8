package slackfake

import (
	"fmt"
	"time"
)

// Helpers for latency benchmarks: the fake records when it acknowledges and
// receives posts (Ack.At, Post.At) but not when it sent an envelope, so
// these send one and say when it went out.

// SlashCommandAt sends a slash_commands envelope as SlashCommand does and
// returns its ID with the time the fake sent it (just before its own
// bookkeeping and the socket write), the start of the round trip the bot is
// measured on. With no socket open it fails the test: a queued envelope has
// no meaningful send time.
func (s *Server) SlashCommandAt(command, text string, opts ...Option) (id string, sent time.Time) {
	s.t.Helper()
	e := s.slashEnvelope(command, text, opts)
	if len(s.ConnectionIDs()) == 0 {
		s.t.Fatalf("slackfake: SlashCommandAt: no open connection")
		return "", time.Time{}
	}
	// send does a few map updates before it writes: microseconds.
	sent = time.Now()
	s.send(e)
	return e.ID, sent
}

// WaitResponse waits for the first post to the response_url of envelopeID
// and returns it.
func (s *Server) WaitResponse(envelopeID string) Post {
	s.t.Helper()
	var found Post
	s.wait(fmt.Sprintf("a response_url post for %s", envelopeID), func() bool {
		for _, p := range s.posts {
			if p.Method == "response_url" && p.EnvelopeID == envelopeID {
				found = p
				return true
			}
		}
		return false
	})
	return found
}
