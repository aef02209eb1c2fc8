package index

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

// TestMisspelledIntentWords types the word that says which figure is
// asked for with a slip of the keys: it still asks for that kind of
// figure. A word the articles use that is one letter from an intent word
// ("rising", "shared") is that word, not a slip; nor is a company's
// name; and without the articles' words nothing is read as a slip.
func TestMisspelledIntentWords(t *testing.T) {
	n := newNames(extract.New(), nil)
	used := map[string]bool{"rising": true, "shared": true, "services": true}
	isWord := func(w string) bool { return used[w] }
	tests := []struct {
		query    string
		kind     corpus.Kind
		steering []string
	}{
		{"anthropic investmnet amazon", corpus.DealValue, nil},
		{"splunk aquisition", corpus.DealValue, nil},
		{"how much did amazon invset in anthropic", corpus.DealValue, nil},
		{"pwc copilot licenes", corpus.Seats, []string{"copilot"}},
		{"aws maket share 2023", corpus.MarketShare, []string{"2023"}},
		// Near misses: words of the articles, and a name.
		{"aws share rising", corpus.MarketShare, []string{"rising"}},
		{"ibm shared services", "", []string{"shared", "services"}},
		{"snowflake", "", nil},
	}
	for _, tt := range tests {
		q, err := understand(tt.query, n, isWord)
		if err != nil {
			t.Fatal(err)
		}
		if q.Kind != tt.kind || !slices.Equal(q.Steering, tt.steering) {
			t.Errorf("%q: kind %q, steering %q; want %q, %q", tt.query, q.Kind, q.Steering, tt.kind, tt.steering)
		}
	}
	// Without the articles' words to tell a slip from a word, the word
	// is the question's own.
	if q, _ := understand("splunk aquisition", n, nil); q.Kind != "" {
		t.Errorf("without the articles' words, %q asks for %q; want no kind", "splunk aquisition", q.Kind)
	}
}
