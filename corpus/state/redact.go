package state

import (
	"fmt"
	"net/url"
	"strings"
)

// Redact returns spec as dealbot shows a store's setting to people, in
// logs, errors, --help and state check: a file path as it is; a
// PostgreSQL URL without its user information (where a password goes),
// and with the value of every query parameter naming a password
// (?password=, ?sslpassword=) replaced by xxxxx. PostgreSQL settings
// written as key=value pairs, which dealbot refuses, and a PostgreSQL URL
// that cannot be read are shown as a few words saying so, never as they
// are.
func Redact(spec string) string {
	if isKeywordSettings(spec) {
		return "(PostgreSQL settings, not a URL)"
	}
	if !IsPostgres(spec) {
		return spec
	}
	if userInfoMisread(spec) {
		return unescapedUserInfo
	}
	u, err := url.Parse(withoutUserInfo(spec))
	if err != nil {
		return "(a postgres URL that cannot be read)"
	}
	u.User = nil
	return redactQuery(u).String()
}

// redactQuery replaces the value of every query parameter that carries a
// password: libpq and pgx take password and sslpassword there as well as
// in the user information, and operators do put them there.
func redactQuery(u *url.URL) *url.URL {
	if !strings.Contains(strings.ToLower(u.RawQuery), "password") {
		return u
	}
	q := u.Query() // drops a malformed pair, and any password it held
	for k := range q {
		if strings.Contains(strings.ToLower(k), "password") {
			q[k] = []string{"xxxxx"}
		}
	}
	u.RawQuery = q.Encode()
	return u
}

// withoutUserInfo returns a PostgreSQL URL without its user information,
// cut where libpq and pgx cut it: at an @ before the first /. url.Parse
// looks for the @ only before a / ? or #, so a password holding an
// unescaped ? or # ("postgres://user:2024#secret@host") would be read as
// host "user", port 2024 and a fragment holding the password, and shown.
func withoutUserInfo(spec string) string {
	scheme, rest, ok := strings.Cut(spec, "://")
	if !ok {
		return spec
	}
	if i := strings.IndexAny(rest, "@/"); i >= 0 && rest[i] == '@' {
		return scheme + "://" + rest[i+1:]
	}
	return spec
}

// userInfoMisread reports an @ left once the user information is cut as
// pgx cuts it: the password holds an unescaped /, so pgx would take the
// host from the user name and the database name from the password.
func userInfoMisread(spec string) bool {
	return strings.Contains(withoutUserInfo(spec), "@")
}

// errUnescapedUserInfo refuses a URL whose user information would be
// misread (see userInfoMisread): it would be shown with its password, and
// dealbot would connect to the wrong host.
var errUnescapedUserInfo = fmt.Errorf("%w: its user name or password holds a / or @ that is not percent-encoded (write / as %%2F, @ as %%40)", ErrBadURL)

// checkUserInfo returns errUnescapedUserInfo for a URL whose user
// information would be misread, and nil for any other.
func checkUserInfo(raw string) error {
	if userInfoMisread(raw) {
		return errUnescapedUserInfo
	}
	return nil
}

// unescapedUserInfo is how Redact shows a PostgreSQL URL whose user
// information would be misread (see userInfoMisread): the password's tail
// would otherwise be shown as the path.
const unescapedUserInfo = "(a postgres URL that cannot be read: percent-encode any / or @ in its user name and password)"
