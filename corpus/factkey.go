package corpus

import (
	"slices"
	"strconv"
	"strings"
)

// FactKey identifies a figure apart from the article it was read in: its
// kind, value, unit, qualifier, companies (in any order) and market. The
// same deal reported by two outlets, or an article saved twice, gives the
// same key; so it can be announced once.
func FactKey(f Fact) string {
	companies := slices.Clone(f.Companies)
	for i, c := range companies {
		companies[i] = strings.ToLower(c)
	}
	slices.Sort(companies)
	companies = slices.Compact(companies)
	return strings.Join([]string{
		string(f.Kind),
		// Six significant digits: the same figure survives a round trip
		// through the index unchanged.
		strconv.FormatFloat(f.Value, 'g', 6, 64),
		f.Unit,
		string(f.Qualifier),
		strings.Join(companies, ","),
		strings.ToLower(foldSpace(f.Market)),
	}, "|")
}
