package pgtest_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/corpus/state/pgtest"
)

// BenchmarkNew measures making, starting and removing a cluster: what a
// test that calls Start waits for.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		s, err := pgtest.New(context.Background())
		if err != nil {
			b.Skip(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
