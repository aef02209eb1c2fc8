package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// TestHangupSaysWhatTheReloadDid sends one SIGHUP to a serving index after
// changing (or not) what is on disk, and reads what the log says.
func TestHangupSaysWhatTheReloadDid(t *testing.T) {
	article := corpus.Article{ID: "o1", Path: "o1.md", Title: "Oracle signs OpenAI contract",
		Body: "OpenAI signed a contract with Oracle worth $300 billion."}
	build := func(t *testing.T, path string) {
		t.Helper()
		if _, err := bleveindex.Build(context.Background(), extract.New(), path, []corpus.Article{article}, nil); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		change func(t *testing.T, path string)
		says   string
		level  string
	}{
		{"nothing changed", func(*testing.T, string) {}, "nothing to reload", "INFO"},
		{"rebuilt", build, "SIGHUP: reloaded the index", "INFO"},
		{"deleted", func(t *testing.T, path string) {
			if err := os.RemoveAll(path); err != nil {
				t.Fatal(err)
			}
		}, "could not reload the index", "ERROR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "deals.bleve")
			build(t, path)
			live, err := index.OpenLive(context.Background(), bleveindex.Dir(path), extract.New(), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer live.Close()
			tt.change(t, path)

			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			ctx, cancel := context.WithCancel(context.Background())
			hup := make(chan os.Signal) // unbuffered: a send returns once the signal is taken
			done := make(chan struct{})
			go func() {
				defer close(done)
				reloadOnHangup(ctx, hup, live, log)
			}()
			hup <- syscall.SIGHUP
			cancel()
			<-done

			got := logs.String()
			if !strings.Contains(got, tt.says) || !strings.Contains(got, "level="+tt.level) {
				t.Errorf("log does not say %q at level %s:\n%s", tt.says, tt.level, got)
			}
			if strings.Count(got, "SIGHUP") != 1 {
				t.Errorf("want one log line for one SIGHUP:\n%s", got)
			}
		})
	}
}
