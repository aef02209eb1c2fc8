package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"
)

// maxRetryAfter caps how long one Retry-After is honoured; a longer wait
// gives up on the answer rather than hold a handler for minutes.
const maxRetryAfter = 2 * time.Minute

// retry calls call until it succeeds, a failure is not worth retrying, or
// b.maxRetries retries are spent. A 429 waits as long as Slack's Retry-After
// says; 5xx answers, network errors, timeouts and Slack's transient error
// codes wait an exponential backoff with jitter. The error names method.
func (b *Bot) retry(ctx context.Context, method string, call func(ctx context.Context) error) error {
	var err error
	attempt := 0
	for ; ; attempt++ {
		err = call(ctx)
		if err == nil {
			return nil
		}
		wait, ok := b.retryWait(err, attempt)
		if !ok || attempt >= b.maxRetries || ctx.Err() != nil {
			break
		}
		b.log.Warn("Slack call failed; retrying", "method", method, "slack_error", slackCode(err), "attempt", attempt+1, "retry_in", wait.String())
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s: gave up waiting to retry: %w (last error: %w)", method, ctx.Err(), err)
		}
	}
	return fmt.Errorf("%s failed after %d attempt(s): %w", method, attempt+1, err)
}

// retryWait says how long to wait before retrying after err, and whether to.
func (b *Bot) retryWait(err error, attempt int) (time.Duration, bool) {
	backoff := func() time.Duration {
		d := b.retryBase << attempt
		d = min(d, 10*time.Second)
		return d + rand.N(d/2+1) // #nosec G404 -- jitter needs no cryptographic randomness
	}
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		d := rl.RetryAfter
		if d <= 0 {
			d = time.Second
		}
		return d, d <= maxRetryAfter
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return max(time.Second, backoff()), true
		case sc.Code >= 500 || sc.Code == http.StatusRequestTimeout:
			return backoff(), true
		}
		return 0, false
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		switch se.Err {
		case "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited":
			return backoff(), true
		}
		return 0, false
	}
	if errors.Is(err, context.Canceled) {
		return 0, false
	}
	if _, ok := errors.AsType[net.Error](err); ok || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return backoff(), true
	}
	return 0, false
}

// slackCode names a failure the way Slack does, for logs: Slack's error code
// ("channel_not_found"), "ratelimited", "http_503", or "network_error".
func slackCode(err error) string {
	if _, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return "ratelimited"
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		return "http_" + strconv.Itoa(sc.Code)
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		return se.Err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	if errors.Is(err, context.Canceled) {
		return "canceled"
	}
	return "network_error"
}

// postResponse posts p to a slash command's or interaction's response_url,
// retrying like retry, and reports whether it was delivered; failures are
// logged.
func (b *Bot) postResponse(ctx context.Context, responseURL string, p responsePayload) bool {
	u, err := url.Parse(responseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		b.log.Error("cannot answer: Slack sent no usable response_url", "method", "response_url")
		return false
	}
	body, err := json.Marshal(p)
	if err != nil {
		b.log.Error("cannot answer: encoding the reply failed", "method", "response_url", "error", err)
		return false
	}
	err = b.retry(ctx, "response_url", func(ctx context.Context) error {
		return b.postJSON(ctx, responseURL, body)
	})
	if err != nil {
		b.log.Error("could not post an answer", "method", "response_url", "slack_error", slackCode(err), "error", err)
		return false
	}
	return true
}

// postJSON posts body to a response_url and turns Slack's answer into the
// error types the slack package uses.
func (b *Bot) postJSON(ctx context.Context, target string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("building the request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.web.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	switch {
	case resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") != "":
		secs, err := strconv.Atoi(strings.TrimSpace(resp.Header.Get("Retry-After")))
		if err != nil {
			return slack.StatusCodeError{Code: resp.StatusCode, Status: resp.Status}
		}
		return &slack.RateLimitedError{RetryAfter: time.Duration(secs) * time.Second}
	case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusRequestTimeout:
		return slack.StatusCodeError{Code: resp.StatusCode, Status: resp.Status}
	case resp.StatusCode != http.StatusOK:
		// Slack answers expired or overused response_urls with 404 and a code
		// such as "expired_url" or "used_url".
		code := strings.TrimSpace(string(msg))
		var js struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(msg, &js) == nil && js.Error != "" {
			code = js.Error
		}
		if code == "" || len(code) > 100 {
			code = "http_" + strconv.Itoa(resp.StatusCode)
		}
		return slack.SlackErrorResponse{Err: code}
	}
	var js struct {
		OK    *bool  `json:"ok"`
		Error string `json:"error"`
	}
	if json.Unmarshal(msg, &js) == nil && js.OK != nil && !*js.OK {
		return slack.SlackErrorResponse{Err: js.Error}
	}
	return nil
}
