package slackfake

import (
	"encoding/json"
	"fmt"
	"maps"
	"time"
)

// Option adjusts an envelope or the event in it.
type Option func(*options)

type options struct {
	envelopeID string
	eventID    string
	retry      int
	channel    string
	user       string
	botID      string
	ts         string
	threadTS   string
	subtype    string
	fields     map[string]any
}

// EnvelopeID sets the envelope ID (default: a fresh one).
func EnvelopeID(id string) Option { return func(o *options) { o.envelopeID = id } }

// EventID sets an Events API event_id (default: a fresh one).
func EventID(id string) Option { return func(o *options) { o.eventID = id } }

// Retry sets retry_attempt, as for an event first sent while the client was
// away.
func Retry(n int) Option { return func(o *options) { o.retry = n } }

// Channel sets the channel the event or command came from.
func Channel(id string) Option { return func(o *options) { o.channel = id } }

// User sets who wrote the message or ran the command.
func User(id string) Option { return func(o *options) { o.user = id } }

// Bot marks the message as written by the bot botID (with no user unless User
// is also given).
func Bot(botID string) Option {
	return func(o *options) {
		o.botID = botID
		if o.user == DefaultUser {
			o.user = ""
		}
	}
}

// TS sets the message's ts.
func TS(ts string) Option { return func(o *options) { o.ts = ts } }

// InThread puts the message in the thread whose parent has ts threadTS.
func InThread(threadTS string) Option { return func(o *options) { o.threadTS = threadTS } }

// Subtype sets the message subtype, such as "message_changed".
func Subtype(s string) Option { return func(o *options) { o.subtype = s } }

// Field sets any other field of the inner event.
func Field(key string, value any) Option {
	return func(o *options) {
		if o.fields == nil {
			o.fields = map[string]any{}
		}
		o.fields[key] = value
	}
}

func (s *Server) options(channel string, opts []Option) *options {
	o := &options{channel: channel, user: DefaultUser}
	for _, f := range opts {
		f(o)
	}
	if o.envelopeID == "" {
		o.envelopeID = s.nextID("env-")
	}
	if o.eventID == "" {
		o.eventID = s.nextID("Ev")
	}
	if o.ts == "" {
		o.ts = fmt.Sprintf("%d.%06d", time.Now().Unix(), s.seqNext())
	}
	return o
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// SlashCommand sends a slash_commands envelope for command with text, with a
// fresh response_url, and returns the envelope ID.
func (s *Server) SlashCommand(command, text string, opts ...Option) string {
	return s.send(s.slashEnvelope(command, text, opts))
}

func (s *Server) slashEnvelope(command, text string, opts []Option) *envelope {
	o := s.options(DefaultChannel, opts)
	payload := map[string]any{
		"token": "fake-verification-token", "team_id": DefaultTeamID, "team_domain": "fake",
		"channel_id": o.channel, "channel_name": "general", "user_id": o.user, "user_name": "alice",
		"command": command, "text": text, "api_app_id": "AFAKE01",
		"response_url": s.newResponseURL(o.envelopeID),
		"trigger_id":   s.nextID("trigger-"),
	}
	return &envelope{ID: o.envelopeID, Type: "slash_commands", Payload: mustJSON(payload),
		AcceptsResponsePayload: true, RetryAttempt: o.retry}
}

// event sends an events_api envelope around inner.
func (s *Server) event(o *options, inner map[string]any) string {
	if o.threadTS != "" {
		inner["thread_ts"] = o.threadTS
	}
	if o.user != "" {
		inner["user"] = o.user
	}
	if o.botID != "" {
		inner["bot_id"] = o.botID
	}
	if o.subtype != "" {
		inner["subtype"] = o.subtype
	}
	maps.Copy(inner, o.fields)
	payload := map[string]any{
		"token": "fake-verification-token", "team_id": DefaultTeamID, "api_app_id": "AFAKE01",
		"type": "event_callback", "event_id": o.eventID, "event_time": time.Now().Unix(),
		"event": inner,
	}
	reason := ""
	if o.retry > 0 {
		reason = "timeout"
	}
	return s.send(&envelope{ID: o.envelopeID, Type: "events_api", Payload: mustJSON(payload),
		RetryAttempt: o.retry, RetryReason: reason})
}

// Mention sends an app_mention event with text (which should contain the
// bot's mention, e.g. "<@UDEALBOT> amazon") and returns the envelope ID.
func (s *Server) Mention(text string, opts ...Option) string {
	o := s.options(DefaultChannel, opts)
	return s.event(o, map[string]any{
		"type": "app_mention", "text": text, "channel": o.channel, "ts": o.ts, "event_ts": o.ts,
	})
}

// DirectMessage sends a message.im event (channel_type "im") and returns the
// envelope ID.
func (s *Server) DirectMessage(text string, opts ...Option) string {
	o := s.options(DefaultDM, opts)
	return s.event(o, map[string]any{
		"type": "message", "channel_type": "im", "text": text, "channel": o.channel, "ts": o.ts, "event_ts": o.ts,
	})
}

// OpenHome sends an app_home_opened event for the Home tab, as when a user
// opens dealbot's App Home, and returns the envelope ID.
func (s *Server) OpenHome(opts ...Option) string {
	o := s.options(DefaultDM, opts)
	return s.event(o, map[string]any{
		"type": "app_home_opened", "user": o.user, "channel": o.channel, "tab": "home", "event_ts": o.ts,
	})
}

// Click sends a block_actions interaction for a button with actionID and
// value, with a fresh response_url, and returns the envelope ID.
func (s *Server) Click(actionID, value string, opts ...Option) string {
	o := s.options(DefaultChannel, opts)
	payload := map[string]any{
		"type": "block_actions", "token": "fake-verification-token", "api_app_id": "AFAKE01",
		"trigger_id":   s.nextID("trigger-"),
		"team":         map[string]any{"id": DefaultTeamID, "domain": "fake"},
		"user":         map[string]any{"id": o.user, "name": "alice"},
		"channel":      map[string]any{"id": o.channel, "name": "general"},
		"container":    map[string]any{"type": "message", "message_ts": o.ts, "channel_id": o.channel, "is_ephemeral": true},
		"response_url": s.newResponseURL(o.envelopeID),
		"actions": []any{map[string]any{
			"type": "button", "action_id": actionID, "block_id": "actions", "value": value,
			"text":      map[string]any{"type": "plain_text", "text": "Share in channel"},
			"action_ts": o.ts,
		}},
	}
	return s.send(&envelope{ID: o.envelopeID, Type: "interactive", Payload: mustJSON(payload), AcceptsResponsePayload: false})
}

// MessageShortcut sends a message_action interaction, as when a user picks
// the message shortcut callbackID on a message whose text (as Slack sends
// it, links as <url|label>) is text, with a fresh response_url, and returns
// the envelope ID.
func (s *Server) MessageShortcut(callbackID, text string, opts ...Option) string {
	o := s.options(DefaultChannel, opts)
	payload := map[string]any{
		"type": "message_action", "token": "fake-verification-token", "api_app_id": "AFAKE01",
		"callback_id":  callbackID,
		"trigger_id":   s.nextID("trigger-"),
		"action_ts":    o.ts,
		"message_ts":   o.ts,
		"team":         map[string]any{"id": DefaultTeamID, "domain": "fake"},
		"user":         map[string]any{"id": o.user, "name": "alice"},
		"channel":      map[string]any{"id": o.channel, "name": "general"},
		"message":      map[string]any{"type": "message", "user": "UPOSTER1", "ts": o.ts, "text": text},
		"response_url": s.newResponseURL(o.envelopeID),
	}
	maps.Copy(payload, o.fields)
	return s.send(&envelope{ID: o.envelopeID, Type: "interactive", Payload: mustJSON(payload), AcceptsResponsePayload: false})
}
