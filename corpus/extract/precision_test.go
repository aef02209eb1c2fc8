package extract

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// TestPrecisionCountsSignificantDigits checks precision against the digits
// of the shortest 'e' form with the point and trailing zeros taken out.
func TestPrecisionCountsSignificantDigits(t *testing.T) {
	for _, v := range []float64{0, 1, 2.75e9, 2.8e9, 2e9, 1.5, 100, 1e6, 123456789, 0.25, -3.14, 2.4e9, 1050, 7.000001, 123456789012345, 999999999999999, 1e15, 1234567890123456, 4.5e15, -2e3} {
		m := strconv.FormatFloat(math.Abs(v), 'e', -1, 64)
		m = m[:strings.IndexByte(m, 'e')]
		want := len(strings.TrimRight(strings.Replace(m, ".", "", 1), "0"))
		if got := precision(v); got != want {
			t.Errorf("precision(%v) = %d, want %d", v, got, want)
		}
	}
}
