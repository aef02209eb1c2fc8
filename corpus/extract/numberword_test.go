package extract

import "testing"

// TestCountsAndGroupSizesShareTheirNumbers pins the words a relative
// period counts ("a year ago", "eight months earlier") and the sizes a
// group of leaders takes ("the top ten"): one list of number words, with
// a group never of one nor of more than ten.
func TestCountsAndGroupSizesShareTheirNumbers(t *testing.T) {
	for _, c := range []struct {
		word         string
		count, group int
	}{
		{"a", 1, 0},
		{"one", 1, 0},
		{"two", 2, 2},
		{"5", 5, 5},
		{"eight", 8, 8},
		{"ten", 10, 10},
		{"eleven", 11, 0},
		{"twelve", 12, 0},
		{"thirteen", 0, 0},
		{"dozen", 0, 0},
	} {
		if got := countWord(token{lower: c.word}); got != c.count {
			t.Errorf("countWord(%q) = %d, want %d", c.word, got, c.count)
		}
		if got := leaderCount(c.word); got != c.group {
			t.Errorf("leaderCount(%q) = %d, want %d", c.word, got, c.group)
		}
	}
}
