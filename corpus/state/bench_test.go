package state

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// BenchmarkClaim measures what answering once costs in the store: one
// Claim and one Answered per event, as a replica does for each question
// (and, apart, the Claim alone: what is paid before the answer starts).
func BenchmarkClaim(b *testing.B) {
	for _, k := range []struct {
		name string
		spec func(b *testing.B) string
	}{
		{"bbolt", func(b *testing.B) string { return filepath.Join(b.TempDir(), "state.db") }},
		{"postgres", func(b *testing.B) string { return pg.Database(b) }},
	} {
		for _, answered := range []bool{true, false} {
			name := k.name + "/claim+answered"
			if !answered {
				name = k.name + "/claim"
			}
			b.Run(name, func(b *testing.B) {
				ctx := context.Background()
				s, err := Open(ctx, k.spec(b))
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				for i := 0; b.Loop(); i++ {
					id := "Ev" + strconv.Itoa(i)
					got, err := s.Claim(ctx, id, "replica-1", 10*time.Second)
					if err != nil || got != ClaimTaken {
						b.Fatalf("Claim(%s) = %v, %v", id, got, err)
					}
					if !answered {
						continue
					}
					if err := s.Answered(ctx, id, "replica-1"); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
