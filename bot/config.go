package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/dealbot/dealbot/index"
)

// Asker answers a query with up to limit facts and articles; *index.Live
// (what serve answers from) and *index.Index satisfy it. AskN returns
// index.ErrEmptyQuery, index.ErrQueryTooLong or index.ErrUnavailable
// (possibly wrapped) for queries it cannot answer; the bot tells the user
// what to change.
type Asker interface {
	AskN(ctx context.Context, query string, limit int) (index.Answer, error)
}

// Coverer says what the articles cover; help names it when the Asker is
// one.
type Coverer interface {
	Coverage(ctx context.Context) (index.Coverage, error)
}

// Understander reads a question as the Asker answers it, knowing the
// companies the Asker's articles were read with; *index.Live and
// *index.Index are ones. Watches need the Asker to be one: a watch's
// question says which new facts are its own. Understand returns
// index.ErrEmptyQuery or index.ErrQueryTooLong (possibly wrapped) for
// queries it cannot take.
type Understander interface {
	Understand(ctx context.Context, query string) (index.Question, error)
}

// Config is what the bot needs to run.
type Config struct {
	// AppToken is the app-level token ("xapp-…") with connections:write,
	// used to open Socket Mode connections.
	AppToken string
	// BotToken is the Bot User OAuth Token ("xoxb-…"), used for the Web API.
	BotToken string
	// APIURL is the Slack Web API base URL; empty means Slack's own. A missing
	// trailing "/" is added. Both the Web API calls and apps.connections.open
	// go there.
	APIURL string
	// Public makes /deal answers visible to the channel (in_channel) instead
	// of only to the asker (ephemeral, with a "Share in channel" button).
	Public bool
	// Logger receives the bot's and the Slack library's logs; nil discards
	// them. Tokens are redacted from everything logged.
	Logger *slog.Logger
	// MaxInFlight bounds how many envelopes are handled at once; 0 means 32.
	MaxInFlight int
	// MaxPerUser bounds how many of one person's questions are answered at
	// once, the rest waiting their turn without holding a handler slot;
	// 0 means 2.
	MaxPerUser int
	// AckWait is how long /deal waits for the answer to send it in the
	// acknowledgement; later answers go to the command's response_url. 0 means
	// 2s; it is capped at 2.5s because Slack wants the ack within 3s.
	AckWait time.Duration
	// ShutdownGrace bounds how long Run waits, once its context is done, for
	// answers in flight; 0 means 5s.
	ShutdownGrace time.Duration
	// Feeds lists the feeds serve polls, for /deal feeds; nil when it
	// polls none.
	Feeds Feeds
	// Watches keeps /deal watch subscriptions and what was announced; nil
	// turns watches off. New needs the Asker to be an Understander when
	// it is set.
	Watches Watches
	// Claims is the memory shared by the replicas serving one app, so
	// that each question is answered once across them; nil keeps only
	// this process's memory, which is all one replica needs. With Claims,
	// /deal answers go to the command's response_url rather than in the
	// acknowledgement: an acknowledgement is lost with its socket, and
	// then nothing says whether the question was answered.
	Claims Claims
	// Pages reads the links handed to the "Extract deal facts" shortcut;
	// nil answers the shortcut with a line saying it is not set up.
	Pages PageReader
	// Saver saves pages for the "Add to articles" button, offered only
	// when it is set (serve --watch).
	Saver ArticleSaver
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Location is the time zone digests are scheduled in; nil means the
	// machine's.
	Location *time.Location
}

// Defaults for Config's zero values.
const (
	DefaultMaxInFlight   = 32
	DefaultMaxPerUser    = 2
	DefaultAckWait       = 2 * time.Second
	DefaultShutdownGrace = 5 * time.Second
	maxAckWait           = 2500 * time.Millisecond
)

// Where to get the tokens, for error messages.
const (
	appTokenHelp = "create one at api.slack.com/apps → your app → Basic Information → App-Level Tokens, with the connections:write scope"
	botTokenHelp = "copy the Bot User OAuth Token from api.slack.com/apps → your app → OAuth & Permissions (install the app to the workspace first)"
)

// CheckTokens returns an error naming the variable (SLACK_APP_TOKEN or
// SLACK_BOT_TOKEN) and where to get the token when one is missing or
// malformed: the app token must start with "xapp-" and the bot token with
// "xoxb-". The error never includes a token.
func CheckTokens(appToken, botToken string) error {
	return errors.Join(
		checkToken("SLACK_APP_TOKEN", "an app-level token", appToken, "xapp-", appTokenHelp),
		checkToken("SLACK_BOT_TOKEN", "a bot token", botToken, "xoxb-", botTokenHelp),
	)
}

func checkToken(name, what, token, prefix, help string) error {
	switch {
	case token == "":
		return fmt.Errorf("%s is not set: it must hold %s (%s…); %s", name, what, prefix, help)
	case strings.TrimSpace(token) != token:
		return fmt.Errorf("%s has spaces or a newline around the token: remove them", name)
	case !strings.HasPrefix(token, prefix):
		hint := ""
		switch {
		case prefix == "xapp-" && strings.HasPrefix(token, "xoxb-"):
			hint = " (it holds a bot token: are SLACK_APP_TOKEN and SLACK_BOT_TOKEN swapped?)"
		case prefix == "xoxb-" && strings.HasPrefix(token, "xapp-"):
			hint = " (it holds an app-level token: are SLACK_APP_TOKEN and SLACK_BOT_TOKEN swapped?)"
		case prefix == "xoxb-" && strings.HasPrefix(token, "xoxp-"):
			hint = " (it holds a user token; dealbot needs the bot token)"
		}
		return fmt.Errorf("%s does not look like %s: it should start with %q%s; %s", name, what, prefix, hint, help)
	case len(token) < len(prefix)+8 || strings.ContainsFunc(token, func(r rune) bool { return r <= ' ' || r > '~' }):
		return fmt.Errorf("%s looks cut short or mangled: paste the whole token again; %s", name, help)
	}
	return nil
}

// CheckAPIURL returns an error when a Slack Web API URL would send the
// tokens where they could be read on the way: it must be an absolute https
// URL, or plain http to this machine's loopback (a local test double). ""
// means Slack's own and is fine. The error names SLACK_API_URL and what to
// set instead.
func CheckAPIURL(raw string) error {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return fmt.Errorf("SLACK_API_URL is not an absolute URL: set it to https://slack.com/api/ (or your Enterprise Grid or GovSlack API base), or leave it empty")
	}
	if u.User != nil {
		return fmt.Errorf("SLACK_API_URL holds a user name or password: remove them; the tokens authenticate dealbot")
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if isLoopback(u.Hostname()) {
			return nil
		}
		return fmt.Errorf("SLACK_API_URL is plain http to %s: the bot token would cross the network unencrypted; use https (plain http is allowed to loopback only)", u.Host)
	}
	return fmt.Errorf("SLACK_API_URL has scheme %q: use https", u.Scheme)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// withDefaults fills Config's zero values.
func (c Config) withDefaults() Config {
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = DefaultMaxInFlight
	}
	if c.MaxPerUser <= 0 {
		c.MaxPerUser = DefaultMaxPerUser
	}
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	c.AckWait = min(c.AckWait, maxAckWait)
	if c.ShutdownGrace <= 0 {
		c.ShutdownGrace = DefaultShutdownGrace
	}
	if c.APIURL != "" && !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}
