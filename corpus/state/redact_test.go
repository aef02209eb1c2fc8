package state

import (
	"context"
	"errors"
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

// TestRedact holds how a store's setting is shown in logs, errors, --help
// and state check: never with a password, wherever the URL carries it.
func TestRedact(t *testing.T) {
	tests := []struct{ name, spec, want string }{
		{"a file", "data/state.db", "data/state.db"},
		{"a file with an equals sign", "state=1.db", "state=1.db"},
		{"no password", "postgres://db.internal/dealbot", "postgres://db.internal/dealbot"},
		{"user:password@", "postgres://dealbot:hunter2@db.internal:5432/dealbot", "postgres://db.internal:5432/dealbot"},
		{"user:password@, escaped", "postgresql://dealbot:hunter2%40x@db.internal/dealbot", "postgresql://db.internal/dealbot"},
		{"user alone", "postgres://dealbot@db.internal/dealbot", "postgres://db.internal/dealbot"},
		{"?password=", "postgres://dealbot@db.internal/dealbot?password=hunter2", "postgres://db.internal/dealbot?password=xxxxx"},
		{"?sslpassword= beside another setting", "postgresql://db.internal/dealbot?sslmode=verify-full&sslpassword=hunter2", "postgresql://db.internal/dealbot?sslmode=verify-full&sslpassword=xxxxx"},
		{"?PASSWORD=", "postgres://db.internal/dealbot?PASSWORD=hunter2", "postgres://db.internal/dealbot?PASSWORD=xxxxx"},
		{"both", "postgres://dealbot:hunter2@db.internal:5432/dealbot?password=hunter2", "postgres://db.internal:5432/dealbot?password=xxxxx"},
		{"a malformed password parameter", "postgres://db.internal/dealbot?password=hunter2%zz", "postgres://db.internal/dealbot"},
		{"an unreadable URL", "postgres://dealbot:hunter2@[::1/dealbot", "(a postgres URL that cannot be read)"},
		{"key=value settings", "host=db.internal user=dealbot password=hunter2 dbname=dealbot", "(PostgreSQL settings, not a URL)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Redact(tt.spec)
			if got != tt.want {
				t.Errorf("Redact(%q) = %q, want %q", tt.spec, got, tt.want)
			}
			if strings.Contains(got, "hunter2") {
				t.Errorf("Redact(%q) shows the password", tt.spec)
			}
		})
	}
}

// TestErrorsNeverShowThePassword opens and checks stores whose URLs
// carry a password and cannot be used: unreadable, or naming a port
// nothing listens on. Neither the error nor the name checked shows it.
func TestErrorsNeverShowThePassword(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close()
	for _, spec := range []string{
		"postgres://dealbot:hunter2@" + closed + "/dealbot",
		"postgres://dealbot@" + closed + "/dealbot?password=hunter2",
		"postgres://dealbot@" + closed + "/dealbot?sslmode=sometimes&password=hunter2",
		"postgres://dealbot:hunter2@" + closed + "/dealbot?connect_timeout=x",
		"postgres://dealbot:hunter2@[::1/dealbot",
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, openErr := Open(ctx, spec)
		st, checkErr := Check(ctx, spec)
		cancel()
		if openErr == nil || checkErr == nil {
			t.Errorf("%s: Open %v, Check %v; want both to fail", spec, openErr, checkErr)
			continue
		}
		if text := openErr.Error() + checkErr.Error() + st.Store; strings.Contains(text, "hunter2") {
			t.Errorf("%s: the password is shown: %s", spec, text)
		}
	}
}

// PostgreSQL settings written as libpq's key=value pairs are not taken for
// the name of a file: no file is made, and the password is not shown.
func TestOpenRefusesKeywordSettings(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, spec := range []string{
		"host=db.internal user=dealbot password=hunter2 dbname=dealbot",
		"dbname=dealbot password=hunter2",
		" host=127.0.0.1 port=5432 password='hunter2' ",
	} {
		_, err := Open(context.Background(), spec)
		if !errors.Is(err, ErrBadURL) {
			t.Errorf("Open(%q) = %v, want ErrBadURL", spec, err)
		}
		st, err := Check(context.Background(), spec)
		if !errors.Is(err, ErrBadURL) {
			t.Errorf("Check(%q) = %v, want ErrBadURL", spec, err)
		}
		if err != nil && strings.Contains(err.Error()+st.Store, "hunter2") {
			t.Errorf("Check(%q) shows the password: %q, %v", spec, st.Store, err)
		}
		if Redact(spec) == spec {
			t.Errorf("Redact(%q) shows it as it is", spec)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("settings were taken for file names: %v", entries)
	}
	// A file whose name merely has an equals sign is still a file.
	if _, err := Open(context.Background(), "state=1.db"); err != nil {
		t.Errorf("Open(state=1.db): %v", err)
	}
}
