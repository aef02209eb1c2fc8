package state

import (
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
