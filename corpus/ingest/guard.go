package ingest

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
)

// RefusedError is a connection PublicOnly would not make.
type RefusedError struct {
	Addr netip.Addr
	Why  string
}

// Error says which address was refused and why.
func (e *RefusedError) Error() string {
	return fmt.Sprintf("refused to connect to %s: %s address; only public addresses are fetched for links from Slack", e.Addr, e.Why)
}

// nonPublic are the address blocks that are not on the public internet,
// beyond what netip.Addr's own predicates name.
var nonPublic = []struct {
	prefix netip.Prefix
	why    string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "\"this network\""},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation"},
	{netip.MustParsePrefix("192.88.99.0/24"), "deprecated 6to4 relay"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local NAT64"},
	{netip.MustParsePrefix("100::/64"), "discard-only"},
	{netip.MustParsePrefix("2001::/23"), "IETF protocol"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
	{netip.MustParsePrefix("2002::/16"), "6to4"},
	{netip.MustParsePrefix("3fff::/20"), "documentation"},
	{netip.MustParsePrefix("fec0::/10"), "site-local"},
}

// globalIPv6 is the only IPv6 block handed out for the internet. Outside
// it lie the deprecated forms that carry an IPv4 address (::a.b.c.d,
// ::ffff:0:a.b.c.d), which a host may still route to that address, and
// blocks nothing public is ever given.
var globalIPv6 = netip.MustParsePrefix("2000::/3")

// nat64 is the well-known NAT64 prefix: its addresses stand for IPv4 ones.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// CheckPublic returns nil when addr is a public unicast address and a
// *RefusedError saying what kind of address it is otherwise: loopback,
// private, link-local (the cloud metadata service at 169.254.169.254
// among them), multicast, unspecified, the reserved blocks, and any IPv6
// address outside the global unicast block 2000::/3. An IPv4 address
// written as IPv6 (mapped, or behind the NAT64 prefix) is judged as IPv4.
func CheckPublic(addr netip.Addr) error {
	addr = addr.Unmap()
	if nat64.Contains(addr) {
		// 64:ff9b::/96 reaches the IPv4 address in its last 32 bits.
		b := addr.As16()
		addr = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	why := ""
	switch {
	case !addr.IsValid():
		why = "an invalid"
	case addr.IsLoopback():
		why = "a loopback"
	case addr.IsPrivate():
		why = "a private"
	case addr == netip.AddrFrom4([4]byte{169, 254, 169, 254}):
		why = "the cloud metadata"
	case addr.IsLinkLocalUnicast(), addr.IsLinkLocalMulticast():
		why = "a link-local"
	case addr.IsUnspecified():
		why = "an unspecified"
	case addr.IsMulticast(), addr.IsInterfaceLocalMulticast():
		why = "a multicast"
	default:
		for _, b := range nonPublic {
			if b.prefix.Contains(addr) {
				why = "a " + b.why
				break
			}
		}
		if why == "" && addr.Is6() && !globalIPv6.Contains(addr) {
			why = "a reserved IPv6"
		}
	}
	if why == "" {
		return nil
	}
	return &RefusedError{Addr: addr, Why: why}
}

// PublicOnly returns a net.Dialer Control function that refuses to
// connect to any address CheckPublic refuses, unless it is inside one of
// the allow prefixes (the operator's setting for a private network it
// trusts). It sees the address actually dialled, after name resolution and
// on every redirect, so neither a DNS answer nor a redirect can lead a
// fetch into the local network.
func PublicOnly(allow ...netip.Prefix) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return fmt.Errorf("refused to connect to %q: %w", address, err)
		}
		addr, err := netip.ParseAddr(host)
		if err != nil {
			return fmt.Errorf("refused to connect to %q: not an IP address", address)
		}
		addr = addr.Unmap().WithZone("")
		for _, p := range allow {
			if p.Contains(addr) {
				return nil
			}
		}
		return CheckPublic(addr)
	}
}

// ParseAllow reads a comma-separated list of addresses and CIDR prefixes
// ("10.0.0.0/8, 192.168.1.20") into prefixes for PublicOnly.
func ParseAllow(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("%q is neither an address nor a prefix such as 10.0.0.0/8", f)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}
