package bot

import (
	"log/slog"
	"math"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func TestFormatValue(t *testing.T) {
	tests := []struct {
		name string
		fact corpus.Fact
		want string
	}{
		{"usd billion over", corpus.Fact{Value: 1.2e9, Unit: "USD", Qualifier: corpus.Over}, "over $1.2 billion"},
		{"usd one billion", corpus.Fact{Value: 1e9, Unit: "USD", Qualifier: corpus.Over}, "over $1 billion"},
		{"eur", corpus.Fact{Value: 2.5e9, Unit: "EUR"}, "€2.5 billion"},
		{"gbp million about", corpus.Fact{Value: 450e6, Unit: "GBP", Qualifier: corpus.About}, "about £450 million"},
		{"two decimals", corpus.Fact{Value: 1.25e9, Unit: "USD"}, "$1.25 billion"},
		{"trillion", corpus.Fact{Value: 1e12, Unit: "USD", Qualifier: corpus.Nearly}, "nearly $1 trillion"},
		{"thousands", corpus.Fact{Value: 450000, Unit: "USD"}, "$450,000"},
		{"other currency", corpus.Fact{Value: 3e9, Unit: "CHF", Qualifier: corpus.UpTo}, "up to CHF 3 billion"},
		{"seats million", corpus.Fact{Value: 1e6, Unit: "seats"}, "1 million seats"},
		{"seats thousands", corpus.Fact{Value: 50000, Unit: "seats", Qualifier: corpus.AtLeast}, "at least 50,000 seats"},
		{"one seat", corpus.Fact{Value: 1, Unit: "seats"}, "1 seat"},
		{"percent", corpus.Fact{Value: 32, Unit: "percent"}, "32%"},
		{"percent decimal", corpus.Fact{Value: 32.45, Unit: "percent", Qualifier: corpus.Under}, "under 32.5%"},
		{"years", corpus.Fact{Value: 10, Unit: "years"}, "10 years"},
		{"one year", corpus.Fact{Value: 1, Unit: "years"}, "1 year"},
		{"no unit", corpus.Fact{Value: 1234567, Unit: ""}, "1.23 million"},
		{"unknown unit uses text", corpus.Fact{Value: 5, Unit: "racks", Text: "five racks"}, "five racks"},
		{"unknown unit no text", corpus.Fact{Value: 5, Unit: "racks"}, "5 racks"},
		{"NaN uses text", corpus.Fact{Value: math.NaN(), Unit: "USD", Text: "undisclosed sum"}, "undisclosed sum"},
		{"zero uses text", corpus.Fact{Value: 0, Unit: "USD", Text: "a sum"}, "a sum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatValue(tt.fact); got != tt.want {
				t.Errorf("FormatValue = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFormatDate(t *testing.T) {
	if got := formatDate(time.Date(2023, 11, 8, 23, 0, 0, 0, time.UTC)); got != "Nov 8, 2023" {
		t.Errorf("formatDate = %q, want Nov 8, 2023", got)
	}
	if got := formatDate(time.Time{}); got != "" {
		t.Errorf("formatDate(zero) = %q, want empty", got)
	}
}

func TestSeenCache(t *testing.T) {
	now := time.Unix(0, 0)
	c := newTTLCache[struct{}](3, 10*time.Minute, func() time.Time { return now })
	if !c.firstTime("a") || c.firstTime("a") {
		t.Fatal("a: want first time then seen")
	}
	now = now.Add(9 * time.Minute)
	if c.firstTime("a") {
		t.Error("a forgotten before its ttl")
	}
	c.firstTime("b")
	c.firstTime("c")
	c.firstTime("d") // full: forgets a, the oldest
	if c.len() > 3 {
		t.Errorf("cache holds %d keys, bound is 3", c.len())
	}
	if !c.firstTime("a") {
		t.Error("a should have been evicted when the cache was full")
	}
	now = now.Add(11 * time.Minute)
	if !c.firstTime("b") {
		t.Error("b should have expired after the ttl")
	}
}

func TestSeenCacheBoundedUnderLoad(t *testing.T) {
	now := time.Unix(0, 0)
	c := newTTLCache[struct{}](dedupeEntries, dedupeTTL, func() time.Time { return now })
	for i := range 50_000 {
		c.firstTime(string(rune(i)) + "-key")
	}
	if c.len() > dedupeEntries {
		t.Errorf("cache holds %d keys, bound is %d", c.len(), dedupeEntries)
	}
	if len(c.order)-c.head > dedupeEntries {
		t.Errorf("order slice holds %d live keys", len(c.order)-c.head)
	}
}

func TestTTLCacheKeepsAValuePerKey(t *testing.T) {
	now := time.Unix(0, 0)
	c := newTTLCache[ackState](10, 2*time.Minute, func() time.Time { return now })
	c.add("e1", ackState{pending: true})
	if c.add("e1", ackState{}) {
		t.Error("a key added twice counts as new")
	}
	if st, ok := c.get("e1"); !ok || !st.pending {
		t.Errorf("get(e1) = %+v, %v; want the pending state first added", st, ok)
	}
	reply := &responsePayload{Text: "over $1 billion"}
	c.set("e1", ackState{reply: reply})
	if st, _ := c.get("e1"); st.pending || st.reply != reply {
		t.Errorf("get(e1) = %+v after set; want the reply", st)
	}
	c.set("e2", ackState{pending: true})
	if _, ok := c.get("e2"); ok {
		t.Error("set recorded a key that was never added")
	}
	now = now.Add(2 * time.Minute)
	if _, ok := c.get("e1"); ok {
		t.Error("get returns a value older than the ttl")
	}
}
