package state

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	tests := []struct{ spec, want string }{
		{"data/state.db", "data/state.db"},
		{"postgres://db.internal/dealbot", "postgres://db.internal/dealbot"},
		{"postgres://dealbot:hunter2@db.internal:5432/dealbot", "postgres://dealbot:xxxxx@db.internal:5432/dealbot"},
		{"postgres://dealbot@db.internal/dealbot?password=hunter2", "postgres://dealbot@db.internal/dealbot?password=xxxxx"},
		{"postgresql://db.internal/dealbot?sslmode=verify-full&sslpassword=hunter2", "postgresql://db.internal/dealbot?sslmode=verify-full&sslpassword=xxxxx"},
		{"postgres://db.internal/dealbot?PASSWORD=hunter2", "postgres://db.internal/dealbot?PASSWORD=xxxxx"},
		{"postgres://db.internal/dealbot?password=hunter2%zz", "postgres://db.internal/dealbot"},
		{"postgres://dealbot:hunter2@[::1/dealbot", "(a postgres URL that cannot be read)"},
	}
	for _, tt := range tests {
		got := Redact(tt.spec)
		if got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.spec, got, tt.want)
		}
		if strings.Contains(got, "hunter2") {
			t.Errorf("Redact(%q) shows the password", tt.spec)
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
