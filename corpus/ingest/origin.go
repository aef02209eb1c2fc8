package ingest

import (
	"net"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"

	"github.com/dealbot/dealbot/corpus"
)

// fromStranger holds an article read from a page that someone other than
// the operator handed dealbot (ReadPage, AddPage) to what can be checked:
// the host it was fetched from, after redirects. A page can say anything
// about itself, so its canonical link is kept only when it stays on the
// same site, and its publication only when it names that site
// ("Reuters" on reuters.com); otherwise the article goes by the address
// it was fetched from and the publication is that host. Without this, a
// page on evil.example naming itself Reuters, with a canonical link into
// reuters.com, would later be cited as Reuters.
func fromStranger(a corpus.Article, fetched *url.URL) corpus.Article {
	if a.URL != "" {
		u, err := fetched.Parse(a.URL)
		if err != nil || !sameSite(u, fetched) {
			a.URL = ""
		} else {
			a.URL = u.String()
		}
	}
	host := displayHost(fetched)
	if !namesSite(a.Publication, fetched) {
		a.Publication = host
	}
	return a
}

// site is the registrable domain of u's host ("reuters.com" for
// www.reuters.com, "bbc.co.uk" for news.bbc.co.uk), or the host itself
// when it has none (an IP address, localhost).
func site(u *url.URL) string {
	h := hostName(u)
	if net.ParseIP(h) != nil {
		return h
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
		return d
	}
	return h
}

// sameSite reports whether two addresses are on one registrable domain
// and scheme family (http and https count as one).
func sameSite(a, b *url.URL) bool {
	web := func(u *url.URL) bool { return u.Scheme == "http" || u.Scheme == "https" }
	return web(a) && web(b) && a.Host != "" && site(a) == site(b) && port(a) == port(b)
}

// port is u's port when it is not the default for the web ("" for 80 and
// 443), so that a page fetched over http may name its https address.
func port(u *url.URL) string {
	if p := u.Port(); p != "80" && p != "443" {
		return p
	}
	return ""
}

// displayHost is the host a page was fetched from, as a reader would name
// the site: lower case, without "www.".
func displayHost(u *url.URL) string {
	return strings.TrimPrefix(hostName(u), "www.")
}

// hostName is u's host name without port, lower case, without the
// trailing dot of a fully qualified name.
func hostName(u *url.URL) string {
	return strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
}

// namesSite reports whether a publication's name is the name of the site
// at u: the name's letters and digits spell the site's own label
// ("Reuters" and reuters.com, "The Register" and theregister.com, "Data
// Center Dynamics" and datacenterdynamics.com), with or without a leading
// "The", or its initials do ("Financial Times" and ft.com).
func namesSite(pub string, u *url.URL) bool {
	d := site(u)
	suffix, _ := publicsuffix.PublicSuffix(d)
	label := strings.TrimSuffix(strings.TrimSuffix(d, suffix), ".")
	if label == "" || strings.Contains(label, ".") {
		return false // an IP address or a bare suffix names no publication
	}
	label = squash(label)
	words := strings.FieldsFunc(strings.ToLower(pub), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) > 1 && words[0] == "the" {
		if squash(strings.Join(words[1:], "")) == label {
			return true
		}
	}
	if len(words) == 0 {
		return false
	}
	if squash(strings.Join(words, "")) == label {
		return true
	}
	if len(words) > 1 {
		var initials strings.Builder
		for _, w := range words {
			if w != "the" {
				initials.WriteRune([]rune(w)[0])
			}
		}
		return initials.Len() > 1 && initials.String() == label
	}
	return false
}

// squash keeps the letters and digits of s, lower-cased.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}
