package index

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus/extract"
)

func TestLiveWarnsOfAGenerationAnotherDealbotBuilt(t *testing.T) {
	x := extract.New()
	for _, tc := range []struct {
		name     string
		builtBy  string
		wantWarn bool
	}{
		{"built by this extractor", x.Fingerprint(), false},
		{"built by another", "0123456789abcdef", true},
		{"built before dealbot recorded it", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			gens := &fakeGenerations{stamp: "gen-1", builtBy: tc.builtBy}
			l, err := OpenLive(context.Background(), gens, x, log)
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			warned := strings.Contains(logs.String(), "built by another version of dealbot")
			if warned != tc.wantWarn {
				t.Errorf("warned %v, want %v; log:\n%s", warned, tc.wantWarn, logs.String())
			}
			// A rebuild by this dealbot is served without the warning.
			logs.Reset()
			gens.mu.Lock()
			gens.builtBy = x.Fingerprint()
			gens.mu.Unlock()
			gens.swap()
			if ok, err := l.reload(context.Background()); !ok || err != nil {
				t.Fatalf("reload: %v %v", ok, err)
			}
			if strings.Contains(logs.String(), "another version") {
				t.Errorf("a generation this dealbot built is still said to be another version's:\n%s", logs.String())
			}
		})
	}
}
