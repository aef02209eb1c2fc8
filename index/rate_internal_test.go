package index

import (
	"strings"
	"testing"
)

// TestAskedRate reads how often a question asks the money to be paid:
// "a year" after an amount word asks per year, "a year ago" asks when.
func TestAskedRate(t *testing.T) {
	tests := []struct{ q, want string }{
		{"how much does zoom pay oracle a year", "year"},
		{"what does dell pay nvidia each month", "month"},
		{"what was the zoom oracle deal worth a year ago", ""},
		{"zoom oracle deal a month ago", ""},
	}
	for _, tt := range tests {
		if got := askedRate(strings.Fields(tt.q)); got != tt.want {
			t.Errorf("askedRate(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
