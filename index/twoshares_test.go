package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestSharesOfTwoCompaniesKeepTheirOrder asks for the shares of two
// companies that no share is about together: an older share from an
// article that names the other company does not answer before the
// newer shares, nor before the quarter asked for.
func TestSharesOfTwoCompaniesKeepTheirOrder(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		dated(article("q2", "AWS keeps its lead",
			"AWS held 30% of the cloud infrastructure market in the second quarter of 2025, Synergy Research said."), "2025-08-01"),
		dated(article("q1", "Cloud market grows",
			"AWS held 29% of the cloud infrastructure market in the first quarter of 2025, Synergy Research said. Microsoft Azure was second."), "2025-05-01"),
		dated(article("azure", "Azure gains",
			"Microsoft Azure held 22% of the cloud infrastructure market in the second quarter of 2025, Synergy Research said."), "2025-08-02"),
	})
	for _, query := range []string{"aws azure share q2 2025", "aws azure cloud market share", "aws vs azure share"} {
		t.Run(query, func(t *testing.T) {
			for _, limit := range []int{1, 3, 10} {
				a, err := ix.AskN(context.Background(), query, limit)
				if err != nil {
					t.Fatal(err)
				}
				if len(a.Facts) == 0 || a.Facts[0].Period == "2025-Q1" {
					t.Errorf("limit %d: want a 2025-Q2 share first, got:\n%s", limit, describeAll(a.Facts))
				}
			}
		})
	}
}
