package extract

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestUndatedArticlesExtract runs articles that carry no publication date:
// a period their figures name must be read from the words alone, with no
// reference date to fall back on, and no sentence may bring extraction
// down.
func TestUndatedArticlesExtract(t *testing.T) {
	for _, body := range []string{
		// "half" opening the words read for a period: no word stands
		// before it to count months by.
		"Contoso held 12% of the tablet market in the half-year to December 2024.",
		"Contoso held 12% of the tablet market in the six months to June 2024.",
		"Half-year to June 2024: Contoso held 12% of the tablet market.",
		"Months later Contoso held 12% of the tablet market.",
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: extraction panics: %v", body, r)
				}
			}()
			New().Extract(corpus.Article{ID: "x", Body: body})
		}()
	}
}
