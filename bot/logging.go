package bot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
)

// tokenPattern matches anything shaped like a Slack token.
var tokenPattern = regexp.MustCompile(`x(?:ox[abposre]|app)-[A-Za-z0-9-]+`)

// redactor replaces the bot's own tokens, and anything shaped like a Slack
// token, in log text.
type redactor struct{ tokens []string }

func (r redactor) redact(s string) string {
	for _, t := range r.tokens {
		if t != "" {
			s = strings.ReplaceAll(s, t, "[redacted]")
		}
	}
	return tokenPattern.ReplaceAllString(s, "[redacted]")
}

// redactHandler is a slog.Handler that redacts tokens from messages and
// attribute values before passing records on.
type redactHandler struct {
	next slog.Handler
	r    redactor
}

func (h redactHandler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h redactHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, h.r.redact(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

func (h redactHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.r.redact(v.String()))
	case slog.KindGroup:
		g := v.Group()
		attrs := make([]slog.Attr, len(g))
		for i, ga := range g {
			attrs[i] = h.attr(ga)
		}
		return slog.Attr{Key: a.Key, Value: slog.GroupValue(attrs...)}
	case slog.KindAny:
		// Errors and other values are logged as their text, redacted.
		return slog.String(a.Key, h.r.redact(fmt.Sprint(v.Any())))
	default:
		return slog.Attr{Key: a.Key, Value: v}
	}
}

func (h redactHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		red[i] = h.attr(a)
	}
	return redactHandler{next: h.next.WithAttrs(red), r: h.r}
}

func (h redactHandler) WithGroup(name string) slog.Handler {
	return redactHandler{next: h.next.WithGroup(name), r: h.r}
}
