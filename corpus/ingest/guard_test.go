package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

func TestCheckPublic(t *testing.T) {
	tests := []struct {
		addr string
		why  string // "" when public
	}{
		{"93.184.215.14", ""},
		{"8.8.8.8", ""},
		{"2606:4700::6810:84e5", ""},
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"169.254.169.254", "metadata"},
		{"::ffff:169.254.169.254", "metadata"},
		{"64:ff9b::a9fe:a9fe", "metadata"},
		{"64:ff9b::808:808", ""},
		{"169.254.1.1", "link-local"},
		{"fe80::1", "link-local"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"239.1.2.3", "multicast"},
		{"100.100.100.200", "carrier-grade NAT"},
		{"192.0.2.10", "documentation"},
		{"198.18.0.1", "benchmarking"},
		{"240.0.0.1", "reserved"},
		{"255.255.255.255", "reserved"},
		{"192.88.99.1", "6to4 relay"},
		// IPv6 is public only in the global unicast block, 2000::/3: the
		// deprecated forms that carry an IPv4 address elsewhere could
		// reach one, and nothing else outside it is on the internet.
		{"::7f00:1", "reserved IPv6"},        // IPv4-compatible 127.0.0.1
		{"::a9fe:a9fe", "reserved IPv6"},     // IPv4-compatible 169.254.169.254
		{"::ffff:0:7f00:1", "reserved IPv6"}, // IPv4-translated 127.0.0.1
		{"::2", "reserved IPv6"},
		{"5f00::1", "reserved IPv6"},
		{"4000::1", "reserved IPv6"},
		{"2001::1", "IETF protocol"},
		{"2001:0:4136:e378:8000:63bf:3fff:fdd2", "IETF protocol"}, // Teredo
		{"2001:20::1", "IETF protocol"},
		{"3fff::1", "documentation"},
		{"2a00:1450:4001:80b::200e", ""},
	}
	for _, tt := range tests {
		err := CheckPublic(netip.MustParseAddr(tt.addr))
		switch {
		case tt.why == "" && err != nil:
			t.Errorf("CheckPublic(%s) = %v, want nil", tt.addr, err)
		case tt.why != "" && (err == nil || !strings.Contains(err.Error(), tt.why)):
			t.Errorf("CheckPublic(%s) = %v, want a refusal saying %q", tt.addr, err, tt.why)
		}
	}
}

func TestPublicOnlyAllow(t *testing.T) {
	allow, err := ParseAllow("10.0.0.0/8, 192.168.1.20")
	if err != nil {
		t.Fatal(err)
	}
	control := PublicOnly(allow...)
	for addr, ok := range map[string]bool{
		"10.9.8.7:80":          true,
		"192.168.1.20:443":     true,
		"192.168.1.21:443":     false,
		"127.0.0.1:80":         false,
		"169.254.169.254:80":   false,
		"[::ffff:10.0.0.1]:80": true,
		"93.184.215.14:443":    true,
	} {
		if err := control("tcp", addr, nil); (err == nil) != ok {
			t.Errorf("dial %s: %v, want allowed %v", addr, err, ok)
		}
	}
	if _, err := ParseAllow("10.0.0.0/8, intranet"); err == nil {
		t.Error("ParseAllow took a host name")
	}
}

// guardedFetcher returns a Fetcher that lets through only what PublicOnly
// allows plus the test server's own address (standing for a public site),
// and fails the test if the guard ever lets a non-loopback address through,
// so that no test connects anywhere but 127.0.0.1.
func guardedFetcher(t *testing.T, site string) *Fetcher {
	siteAddr := netip.MustParseAddrPort(site)
	guard := PublicOnly(netip.PrefixFrom(siteAddr.Addr(), 32))
	return NewFetcher(FetchOptions{Control: func(network, address string, c syscall.RawConn) error {
		if err := guard(network, address, c); err != nil {
			return err
		}
		if ap, err := netip.ParseAddrPort(address); err != nil || ap != siteAddr {
			t.Errorf("the guard let a connection to %s through", address)
			return errors.New("test: not the test server")
		}
		return nil
	}})
}

func TestGuardRefusesRedirectToPrivate(t *testing.T) {
	for _, target := range []string{
		"http://169.254.169.254/latest/meta-data/iam/security-credentials/",
		"http://10.0.0.5:8080/admin",
		"http://127.0.0.2/",
		"http://[::1]:9000/",
	} {
		mux := http.NewServeMux()
		mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, target, http.StatusFound)
		})
		srv := httptest.NewServer(mux)
		defer srv.Close()
		_, err := guardedFetcher(t, srv.Listener.Addr().String()).Get(context.Background(), srv.URL+"/story", Validators{})
		var refused *RefusedError
		if !errors.As(err, &refused) {
			t.Errorf("redirect to %s: err = %v, want a refusal", target, err)
			continue
		}
		if !strings.Contains(err.Error(), "only public addresses") {
			t.Errorf("redirect to %s: %q does not say why", target, err)
		}
	}
}

func TestGuardRefusesMetadataAddress(t *testing.T) {
	f := NewFetcher(FetchOptions{Control: PublicOnly()})
	_, err := f.Get(context.Background(), "http://169.254.169.254/latest/meta-data/", Validators{})
	var refused *RefusedError
	if !errors.As(err, &refused) || !strings.Contains(err.Error(), "cloud metadata") {
		t.Errorf("err = %v, want a refusal naming the cloud metadata address", err)
	}
	// The same guard refuses the loopback test server, which a feed
	// given on the command line may reach.
	srv := newNewsServer(t)
	if _, err := f.Get(context.Background(), srv.URL+"/rss.xml", Validators{}); !errors.As(err, &refused) {
		t.Errorf("loopback through the guard: err = %v, want a refusal", err)
	}
	if n := srv.hitsOf("/rss.xml"); n != 0 {
		t.Errorf("the refused server got %d requests", n)
	}
	if _, err := NewFetcher(FetchOptions{}).Get(context.Background(), srv.URL+"/rss.xml", Validators{}); err != nil {
		t.Errorf("without the guard: %v", err)
	}
}

// A proxy named in the environment is not used: the guard would see only
// the proxy's address, and the proxy would reach whatever the URL names.
func TestGuardIgnoresProxyFromEnvironment(t *testing.T) {
	var hits atomic.Int32
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>the admin page of " + r.Host + "</p></body></html>"))
	}))
	defer proxy.Close()
	for _, v := range []string{"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"} {
		t.Setenv(v, proxy.URL)
	}
	t.Setenv("NO_PROXY", "")
	t.Setenv("no_proxy", "")
	_, err := guardedFetcher(t, proxy.Listener.Addr().String()).Get(context.Background(), "http://10.0.0.5:8080/admin", Validators{})
	var refused *RefusedError
	if !errors.As(err, &refused) {
		t.Errorf("err = %v, want the private address refused", err)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the proxy from the environment was asked %d times", n)
	}
}

// However the loopback address is spelled in a link, the guard sees the
// address dialled and refuses it; the server behind it is never asked.
func TestGuardRefusesLoopbackSpellings(t *testing.T) {
	srv := newNewsServer(t)
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	f := NewFetcher(FetchOptions{Control: PublicOnly(), Timeout: 5 * time.Second})
	for _, host := range []string{
		"127.0.0.1", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "0x7f.0.0.1",
		"0.0.0.0", "0", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::]", "[::1]", "[0:0:0:0:0:0:0:1]",
		"localhost", "localhost.", "LOCALHOST",
	} {
		_, err := f.Get(context.Background(), "http://"+host+":"+port+"/rss.xml", Validators{})
		if err == nil {
			t.Errorf("http://%s:%s was fetched", host, port)
		}
	}
	if n := srv.hitsOf("/rss.xml"); n != 0 {
		t.Errorf("the loopback server answered %d requests", n)
	}
}
