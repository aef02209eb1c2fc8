package ingest

import (
	"net/url"
	"path"
	"strings"
)

// trackingParams are query parameters that say how a reader arrived, not
// which article they read. Parameters starting with a prefix in
// trackingPrefixes are dropped as well.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"twclid": true, "igshid": true, "mc_cid": true, "mc_eid": true, "ref": true,
	"ref_src": true, "ref_url": true, "cmpid": true, "ncid": true, "sr_share": true,
	"smid": true, "ito": true, "taid": true, "soc_src": true,
	"soc_trk": true, "guccounter": true, "guce_referrer": true, "guce_referrer_sig": true,
	"outputtype": true, "amp": true, "_ga": true, "_gl": true, "mkt_tok": true,
	"s_cid": true, "wt.mc_id": true,
}

var trackingPrefixes = []string{"utm_", "hsa_", "pk_", "mtm_", "__twitter", "oly_"}

// Canonical returns the form of an article URL used to recognise the same
// article under another address: scheme and host lower-cased, "www." and
// "amp." host prefixes, default ports, the fragment, tracking parameters
// and AMP variants (/amp paths, .amp.html, ?amp, AMP cache addresses)
// removed, the remaining parameters sorted. A URL that cannot be parsed is
// returned trimmed.
func Canonical(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u = unAMPCache(u)
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "http" {
		// The same article is served over both; https is what it is now.
		u.Scheme = "https"
	}
	host := hostName(u)
	for _, p := range []string{"www.", "amp.", "m."} {
		host = strings.TrimPrefix(host, p)
	}
	if p := port(u); p != "" {
		host += ":" + p
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""

	p := u.EscapedPath()
	for _, suffix := range []string{"/amp/", "/amp", "/amp.html"} {
		if t, ok := strings.CutSuffix(p, suffix); ok {
			p = t
			break
		}
	}
	if t, ok := strings.CutPrefix(p, "/amp/"); ok {
		p = "/" + t
	}
	p = strings.Replace(p, ".amp.html", ".html", 1)
	p = strings.TrimSuffix(p, "/")
	if p != "" {
		p = path.Clean(p)
	}
	if unescaped, err := url.PathUnescape(p); err == nil {
		u.Path, u.RawPath = unescaped, ""
		if u.EscapedPath() != p {
			u.RawPath = p
		}
	}

	dropTracking(u)
	return u.String()
}

// Tidy returns raw without its fragment and tracking parameters: the
// address to keep for an article, as its publisher would give it.
func Tidy(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		dropTracking(u)
	}
	return u.String()
}

// dropTracking removes tracking parameters from u's query and sorts the
// rest by key.
func dropTracking(u *url.URL) {
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		drop := trackingParams[lk]
		for _, pre := range trackingPrefixes {
			drop = drop || strings.HasPrefix(lk, pre)
		}
		if drop {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	u.ForceQuery = false
}

// unAMPCache turns an address on Google's AMP cache
// (https://example-com.cdn.ampproject.org/c/s/example.com/story) back into
// the publisher's own.
func unAMPCache(u *url.URL) *url.URL {
	if !strings.HasSuffix(strings.ToLower(u.Hostname()), ".cdn.ampproject.org") {
		return u
	}
	rest := u.Path
	scheme := "http"
	for _, pre := range []string{"/c/s/", "/v/s/", "/i/s/"} {
		if t, ok := strings.CutPrefix(rest, pre); ok {
			rest, scheme = t, "https"
			break
		}
	}
	for _, pre := range []string{"/c/", "/v/", "/i/"} {
		if t, ok := strings.CutPrefix(rest, pre); ok {
			rest = t
			break
		}
	}
	orig, err := url.Parse(scheme + "://" + rest)
	if err != nil || orig.Host == "" {
		return u
	}
	orig.RawQuery = u.RawQuery
	return orig
}
