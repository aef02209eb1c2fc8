package corpus

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the date forms ParseDate accepts, most common first.
// Layouts without a zone are read as UTC.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339, // also accepts fractional seconds
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	time.RFC1123,
	time.RFC1123Z,
}

// errDateEmpty is returned by ParseDate for a blank string.
var errDateEmpty = errors.New("empty date")

// ParseDate parses the date forms found in saved articles: 2023-10-04,
// October 4, 2023, Oct 4, 2023, 4 October 2023, RFC 3339
// (2023-10-04T09:30:00Z) and RFC 1123 with a zone name or a numeric offset
// (Wed, 04 Oct 2023 09:30:00 GMT, ... +0000). Surrounding white space is
// ignored. Dates without a time or zone are midnight UTC.
//
// A blank string is an error that says only "empty date"; anything else it
// cannot parse is an error naming the accepted forms.
func ParseDate(s string) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, errDateEmpty
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q: use a form such as 2023-10-04, October 4, 2023 or 2023-10-04T09:30:00Z", s)
}
