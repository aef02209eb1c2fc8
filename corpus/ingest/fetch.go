package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Limits on fetching, used when FetchOptions leaves them zero.
const (
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
	DefaultTimeout      = 30 * time.Second
	DefaultPerHost      = 2
)

// FetchOptions configures a Fetcher. Zero fields take the defaults above.
type FetchOptions struct {
	// UserAgent is sent with every request; it should name dealbot and a
	// way to reach whoever runs it.
	UserAgent string
	// MaxBytes is the largest response body read, after decompression.
	MaxBytes int64
	// MaxRedirects is how many redirects one fetch follows.
	MaxRedirects int
	// Timeout bounds one fetch, from dialling to the last byte.
	Timeout time.Duration
	// PerHost is how many requests run at once against one host.
	PerHost int
	// Control, when set, is called before each connection with the
	// address actually dialled, and refuses it by returning an error.
	// PublicOnly is the one dealbot uses for URLs from Slack.
	Control func(network, address string, c syscall.RawConn) error
}

// Fetcher gets feeds and pages over HTTP within its limits. It is safe for
// concurrent use.
type Fetcher struct {
	client    *http.Client
	userAgent string
	maxBytes  int64

	mu    sync.Mutex
	hosts map[string]chan struct{}
	per   int
}

// NewFetcher returns a Fetcher with its own HTTP transport.
func NewFetcher(opts FetchOptions) *Fetcher {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.PerHost <= 0 {
		opts.PerHost = DefaultPerHost
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "dealbot (+https://github.com/dealbot/dealbot)"
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: opts.Control}
	transport := &http.Transport{
		// No proxy from the environment: a proxy would be the address
		// dialled, and Control could not see where requests really go.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          32,
		MaxIdleConnsPerHost:   opts.PerHost,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
	}
	maxRedirects := opts.MaxRedirects
	client := &http.Client{
		Transport: transport,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			for _, v := range via {
				if v.URL.String() == req.URL.String() {
					return fmt.Errorf("redirect loop: %s redirects back to itself", req.URL.Redacted())
				}
			}
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %s: URL, not http or https", req.URL.Scheme)
			}
			return nil
		},
	}
	return &Fetcher{
		client:    client,
		userAgent: opts.UserAgent,
		maxBytes:  opts.MaxBytes,
		hosts:     map[string]chan struct{}{},
		per:       opts.PerHost,
	}
}

// Validators are what a server said identifies the version of a feed it
// sent, sent back to ask only for a newer one.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched resource.
type Response struct {
	// URL is where the body came from, after redirects.
	URL *url.URL
	// ContentType is the Content-Type header.
	ContentType string
	// Body is the whole body, decompressed.
	Body []byte
	// NotModified is true when the server answered 304 to a conditional
	// request; Body is then empty.
	NotModified bool
	// Validators are the ETag and Last-Modified the server sent, for the
	// next conditional request.
	Validators Validators
}

// FetchError is a fetch that failed, with the reason worded for the person
// who gave the URL.
type FetchError struct {
	URL    string
	Reason string
	Err    error
}

func (e *FetchError) Error() string { return e.URL + ": " + e.Reason }

func (e *FetchError) Unwrap() error { return e.Err }

// Get fetches rawURL. With cond set, the request is conditional and a 304
// answer returns a Response with NotModified. It returns a *FetchError
// for an unreachable host, a refused address, a status other than 2xx or
// 304, too many redirects or a loop, and a body over the size limit.
func (f *Fetcher) Get(ctx context.Context, rawURL string, cond Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &FetchError{URL: rawURL, Reason: "not an http or https URL", Err: err}
	}
	release, err := f.acquire(ctx, u.Hostname())
	if err != nil {
		return nil, &FetchError{URL: rawURL, Reason: "interrupted", Err: err}
	}
	defer release()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &FetchError{URL: rawURL, Reason: "not a URL dealbot can fetch", Err: err}
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, &FetchError{URL: rawURL, Reason: describe(err), Err: err}
	}
	defer resp.Body.Close()

	out := &Response{
		URL:         resp.Request.URL,
		ContentType: resp.Header.Get("Content-Type"),
		Validators:  Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, &FetchError{URL: rawURL, Reason: fmt.Sprintf("the server answered %s", resp.Status)}
	case resp.ContentLength > f.maxBytes:
		return nil, &FetchError{URL: rawURL, Reason: fmt.Sprintf("over the %s size limit (%s announced)", megabytes(f.maxBytes), megabytes(resp.ContentLength))}
	}
	// The transport has already undone gzip, so this limit counts the
	// decompressed bytes.
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return nil, &FetchError{URL: rawURL, Reason: "reading the answer: " + describe(err), Err: err}
	}
	if int64(len(body)) > f.maxBytes {
		return nil, &FetchError{URL: rawURL, Reason: fmt.Sprintf("over the %s size limit", megabytes(f.maxBytes))}
	}
	out.Body = body
	return out, nil
}

// acquire waits for a free slot for host and returns the function that
// frees it.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	sem, ok := f.hosts[host]
	if !ok {
		sem = make(chan struct{}, f.per)
		f.hosts[host] = sem
	}
	f.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// describe words a transport error for a person: what happened, without
// Go's wrapping.
func describe(err error) string {
	var refused *RefusedError
	var dnsErr *net.DNSError
	var urlErr *url.Error
	switch {
	case errors.As(err, &refused):
		return refused.Error()
	case errors.Is(err, context.Canceled):
		return "interrupted"
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return "timed out: the server did not answer in time"
	case errors.As(err, &dnsErr):
		return fmt.Sprintf("unreachable host: %s cannot be resolved", dnsErr.Name)
	case errors.Is(err, syscall.ECONNREFUSED):
		return "unreachable host: connection refused"
	case errors.As(err, &urlErr) && urlErr.Err != nil:
		// Errors from CheckRedirect and the like are already worded.
		msg := urlErr.Err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 && strings.HasPrefix(msg, "dial") {
			msg = "unreachable host: " + msg[i+2:]
		}
		return msg
	}
	return err.Error()
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func megabytes(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
