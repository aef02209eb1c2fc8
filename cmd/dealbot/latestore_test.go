package main

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"
)

// TestServeStoreDownNeverShowsThePassword starts serve's store on a
// PostgreSQL URL nothing answers, with the password in the user part or
// in the query: the warning and the store's name show neither.
func TestServeStoreDownNeverShowsThePassword(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close()
	tests := []struct{ spec, name string }{
		{"postgres://dealbot:hunter2@" + closed + "/dealbot", "postgres://" + closed + "/dealbot"},
		{"postgres://dealbot@" + closed + "/dealbot?password=hunter2", "postgres://" + closed + "/dealbot?password=xxxxx"},
	}
	for _, tt := range tests {
		logs := &logBuffer{}
		log, err := config{LogFormat: "json", LogLevel: "debug"}.logger(logs)
		if err != nil {
			t.Fatal(err)
		}
		store, err := openServeStore(context.Background(), tt.spec, time.Hour, log)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		desc := store.Describe()
		store.Close()
		if desc != tt.name {
			t.Errorf("the store is named %q, want %q", desc, tt.name)
		}
		if !strings.Contains(logs.String(), "the state store cannot be reached") {
			t.Errorf("%s: no warning that the store is away:\n%s", tt.name, logs)
		}
		if strings.Contains(logs.String()+desc, "hunter2") {
			t.Errorf("%s: the password is shown:\n%s%s", tt.name, logs, desc)
		}
	}
}
