package state

import (
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
	u, err := url.Parse(spec)
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
