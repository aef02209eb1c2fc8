package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// Dedupe cache bounds: Slack retries an unacknowledged event a few times over
// a few minutes, so entries must outlive that.
const (
	dedupeEntries = 10_000
	dedupeTTL     = 30 * time.Minute
)

// Bot answers /deal, mentions and direct messages in one Slack workspace.
// Make one with New and start it with Run.
type Bot struct {
	cfg   Config
	asker Asker
	log   *slog.Logger
	api   *slack.Client
	web   *http.Client // for response_url posts, which carry no token
	// claims decides which events and envelopes this replica answers.
	claims *claimer
	// acks holds, for ackReplyTTL, what each /deal envelope was
	// acknowledged with, to acknowledge a redelivery the same way.
	acks  *ttlCache[ackState]
	sem   chan struct{}
	users *userSlots
	// adds limits "Add to articles" presses.
	adds *addLimiter
	wg   sync.WaitGroup

	running  atomic.Bool
	stopping chan struct{} // closed when Run stops taking envelopes
	hellos   atomic.Int64
	// lastAck is when the last acknowledgement was queued, in Unix
	// nanoseconds, so that stopping waits for the socket writer only
	// when one may still be queued.
	lastAck atomic.Int64

	// Set by Run before any envelope is handled.
	userID, botID string
	sm            *socketmode.Client

	// Tunables; tests shorten them.
	retryBase    time.Duration // first backoff after a 5xx or network error
	maxRetries   int           // retries after the first attempt
	askTimeout   time.Duration // bound on one Ask
	pingInterval time.Duration // 0: socketmode's default
	ackFlush     time.Duration // how long a queued acknowledgement may take to be written
}

// New returns a Bot that answers with asker. It returns an error when a token
// is missing or malformed (see CheckTokens), asker is nil, or cfg has
// Watches and asker is not an Understander; it does not contact Slack.
func New(cfg Config, asker Asker) (*Bot, error) {
	if err := CheckTokens(cfg.AppToken, cfg.BotToken); err != nil {
		return nil, err
	}
	if err := CheckAPIURL(cfg.APIURL); err != nil {
		return nil, err
	}
	if asker == nil {
		return nil, errors.New("bot: New needs an Asker to answer questions with, got nil")
	}
	if _, ok := asker.(Understander); cfg.Watches != nil && !ok {
		return nil, fmt.Errorf("bot: watches need an Asker that can Understand their questions, got %T", asker)
	}
	cfg = cfg.withDefaults()
	handler := redactHandler{next: cfg.Logger.Handler(), r: redactor{tokens: []string{cfg.AppToken, cfg.BotToken}}}
	logger := slog.New(handler)
	libLog := slog.NewLogLogger(handler.WithAttrs([]slog.Attr{slog.String("component", "slack-go")}), slog.LevelDebug)

	opts := []slack.Option{
		slack.OptionAppLevelToken(cfg.AppToken),
		slack.OptionLog(libLog),
		slack.OptionHTTPClient(&http.Client{Timeout: 15 * time.Second}),
	}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(cfg.APIURL))
	}
	return &Bot{
		cfg:   cfg,
		asker: asker,
		log:   logger,
		api:   slack.New(cfg.BotToken, opts...),
		web:   &http.Client{Timeout: 15 * time.Second},
		claims: &claimer{
			shared: cfg.Claims,
			seen:   newTTLCache[struct{}](dedupeEntries, dedupeTTL, time.Now),
			log:    logger,
			now:    time.Now,
			poll:   heldPoll,
			renew:  claimRenew,
			retry:  storeRetry,
		},
		acks:       newTTLCache[ackState](dedupeEntries, ackReplyTTL, time.Now),
		sem:        make(chan struct{}, cfg.MaxInFlight),
		users:      newUserSlots(cfg.MaxPerUser),
		adds:       newAddLimiter(AddsPerUser, AddsPerWorkspace, AddWindow, cfg.Now),
		stopping:   make(chan struct{}),
		retryBase:  500 * time.Millisecond,
		maxRetries: 3,
		askTimeout: 30 * time.Second,
		ackFlush:   300 * time.Millisecond,
	}, nil
}

// Run calls auth.test to learn the bot's own user and bot IDs, connects to
// Slack over Socket Mode (reconnecting whenever the connection drops or Slack
// asks) and answers until ctx is done. Then it stops taking envelopes,
// finishes the answers in flight (waiting at most Config.ShutdownGrace) and
// returns nil.
//
// It returns an error when auth.test fails (a revoked or wrong bot token, or
// Slack unreachable) or when Slack refuses the app-level token. Run may be
// called once per Bot.
func (b *Bot) Run(ctx context.Context) error {
	if !b.running.CompareAndSwap(false, true) {
		return errors.New("bot: Run was already called on this Bot; make another with New")
	}
	auth, err := b.api.AuthTestContext(ctx)
	if err != nil {
		return fmt.Errorf("checking SLACK_BOT_TOKEN with Slack (auth.test) failed: %w", err)
	}
	b.userID, b.botID = auth.UserID, auth.BotID
	b.log.Debug("authenticated with Slack", "user_id", b.userID, "bot_id", b.botID, "team", auth.Team)

	smOpts := []socketmode.Option{socketmode.OptionLog(slog.NewLogLogger(b.log.Handler(), slog.LevelDebug))}
	if b.pingInterval > 0 {
		smOpts = append(smOpts, socketmode.OptionPingInterval(b.pingInterval))
	}
	b.sm = socketmode.New(b.api, smOpts...)

	// The socket outlives ctx until the answers in flight are acknowledged
	// (see below); stopSocket closes it.
	socketCtx, stopSocket := context.WithCancel(context.WithoutCancel(ctx))
	defer stopSocket()
	// Answers in flight outlive ctx by up to ShutdownGrace.
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()

	socketDone := make(chan error, 1)
	go func() { socketDone <- b.sm.RunContext(socketCtx) }()

	var runErr error
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err := <-socketDone:
			socketDone = nil
			if ctx.Err() == nil {
				runErr = fmt.Errorf("the Slack connection failed and cannot be reopened (is SLACK_APP_TOKEN valid, with connections:write?): %w", err)
				b.log.Error("Slack connection failed", "error", err)
			}
			break loop
		case evt := <-b.sm.Events:
			b.dispatch(workCtx, evt)
		}
	}

	close(b.stopping)
	b.log.Info("dealbot is stopping: finishing answers in flight", "grace", b.cfg.ShutdownGrace.String())
	// The socket stays open while the answers in flight finish, so their
	// acknowledgements still reach Slack: an envelope left unacknowledged
	// is redelivered, and with several replicas another one would answer
	// it a second time. Envelopes arriving meanwhile are left
	// unacknowledged for Slack to redeliver to another connection.
	finished := make(chan struct{})
	go func() { b.wg.Wait(); close(finished) }()
	grace := time.NewTimer(b.cfg.ShutdownGrace)
	defer grace.Stop()
drain:
	for {
		select {
		case <-finished:
			break drain
		case <-grace.C:
			b.log.Warn("answers were still in flight when the shutdown grace period ended; abandoning them", "grace", b.cfg.ShutdownGrace.String())
			stopWork()
			waitGroup(&b.wg, time.Second)
			break drain
		case <-socketDone:
			socketDone = nil
		case evt := <-b.sm.Events:
			if evt.Request != nil && evt.Request.EnvelopeID != "" {
				b.log.Debug("stopping: leaving an envelope for Slack to redeliver", "envelope_id", evt.Request.EnvelopeID)
			}
		}
	}
	// An acknowledgement is only queued for the library's socket writer
	// when ack returns; closing the socket at once can drop the last
	// ones, and Slack would redeliver those envelopes to another replica
	// to answer again. The writer empties its queue in well under
	// ackFlush, so a bot whose last ack is older closes at once.
	if wait := b.ackFlush - time.Since(time.Unix(0, b.lastAck.Load())); socketDone != nil && wait > 0 {
		linger := time.NewTimer(wait)
		select {
		case <-linger.C:
		case <-socketDone:
			socketDone = nil
		}
		linger.Stop()
	}
	stopSocket()
	if socketDone != nil {
		select {
		case <-socketDone:
		case <-time.After(2 * time.Second):
			b.log.Warn("the Socket Mode connection did not close in time")
		}
	}
	if runErr == nil {
		b.log.Info("dealbot stopped")
	}
	return runErr
}

// waitGroup waits for wg at most d and reports whether it finished.
func waitGroup(wg *sync.WaitGroup, d time.Duration) bool {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-done:
		return true
	case <-t.C:
		return false
	}
}

func (b *Bot) isStopping() bool {
	select {
	case <-b.stopping:
		return true
	default:
		return false
	}
}

// dispatch handles one event from the socketmode client. It never blocks for
// long: the client only reads the socket (and answers pings) while its
// Events channel is read. Envelopes are acknowledged here or within AckWait,
// and answered on their own goroutines.
func (b *Bot) dispatch(ctx context.Context, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		if ce, ok := evt.Data.(*slack.ConnectingEvent); ok && ce.Attempt == 1 {
			if ce.ConnectionCount > 0 {
				b.log.Info("disconnected from Slack; reconnecting", "connection", ce.ConnectionCount+1)
			} else {
				b.log.Info("connecting to Slack")
			}
		}
	case socketmode.EventTypeConnectionError:
		if ce, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			b.log.Warn("could not connect to Slack; retrying", "attempt", ce.Attempt, "retry_in", ce.Backoff.String(), "error", ce.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		b.log.Error("Slack refused SLACK_APP_TOKEN: " + appTokenHelp)
	case socketmode.EventTypeConnected:
		b.log.Debug("Socket Mode websocket open; waiting for hello")
	case socketmode.EventTypeHello:
		b.onHello(evt.Request)
	case socketmode.EventTypeDisconnect:
		b.log.Info("Slack asked dealbot to reconnect")
	case socketmode.EventTypeIncomingError:
		if ie, ok := evt.Data.(*slack.IncomingEventError); ok {
			b.log.Warn("the Slack connection broke; reconnecting", "error", ie.ErrorObj)
		}
	case socketmode.EventTypeErrorWriteFailed:
		if wf, ok := evt.Data.(*socketmode.ErrorWriteFailed); ok {
			env := ""
			if wf.Response != nil {
				env = wf.Response.EnvelopeID
			}
			b.log.Warn("could not send an acknowledgement to Slack; Slack will redeliver the envelope", "envelope_id", env, "error", wf.Cause)
		}
	case socketmode.EventTypeErrorBadMessage:
		if bm, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			b.log.Warn("ignoring a Socket Mode message dealbot cannot read", "error", bm.Cause)
			// Acknowledge it anyway, so Slack does not redeliver it forever.
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(bm.Message, &env) == nil && env.EnvelopeID != "" {
				b.ackSoon(env.EnvelopeID, nil)
			}
		}
	case socketmode.EventTypeEventsAPI:
		b.onEventsAPI(ctx, evt)
	case socketmode.EventTypeSlashCommand:
		b.onSlashCommand(ctx, evt)
	case socketmode.EventTypeInteractive:
		b.onInteractive(ctx, evt)
	default:
		b.log.Debug("ignoring Socket Mode event", "type", string(evt.Type))
	}
}

// onHello logs that the bot is ready, and warns when other processes share
// the app's events.
func (b *Bot) onHello(req *socketmode.Request) {
	n := 0
	if req != nil {
		n = req.NumConnections
	}
	if b.hellos.Add(1) == 1 {
		b.log.Info("dealbot is connected to Slack and ready", "user_id", b.userID, "bot_id", b.botID, "connections", n)
	} else {
		b.log.Info("reconnected to Slack", "connections", n)
	}
	if n > 1 {
		b.log.Warn("Slack reports several open connections for this app: events are being split between several dealbot processes, each answering only some questions; stop the others unless that is intended", "connections", n)
	}
}

// ack acknowledges an envelope, with payload when not nil. The wait is
// for the library's socket writer to take the ack; on a loaded machine
// that takes over a second, and an ack given up is an envelope Slack
// redelivers or a command that fails, so it waits most of the three
// seconds Slack allows.
func (b *Bot) ack(envelopeID string, payload any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2500*time.Millisecond)
	defer cancel()
	if err := b.sm.AckCtx(ctx, envelopeID, payload); err != nil {
		b.log.Warn("could not acknowledge a Slack envelope", "envelope_id", envelopeID, "error", err)
		return fmt.Errorf("acknowledging envelope %s: %w", envelopeID, err)
	}
	b.lastAck.Store(time.Now().UnixNano())
	return nil
}

// ackSoon acknowledges an envelope without holding up the event loop. An
// ack waits for the library's socket writer; right after the socket dies,
// that writer is itself waiting for the event loop to take its error, and
// a loop stuck in acks would notice the dead socket, and reconnect, only
// seconds later.
func (b *Bot) ackSoon(envelopeID string, payload any) {
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		_ = b.ack(envelopeID, payload)
	}()
}

// spawnClaimed answers the question with key by running f for user on its
// own goroutine, once the question is this replica's to answer (see
// claimer.claim) and one of user's slots and a handler slot are free; then
// it records the question answered. While f runs, the claim is renewed, so
// that a slow answer is not taken over by another replica. Run waits for
// it on shutdown.
func (b *Bot) spawnClaimed(ctx context.Context, key, user string, f func(ctx context.Context)) {
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		if !b.claims.claim(ctx, key) {
			return
		}
		release, ok := b.slot(ctx, user)
		if !ok {
			return
		}
		defer release()
		stop := b.claims.hold(ctx, key)
		f(ctx)
		stop()
		b.claims.answered(ctx, key)
	}()
}

// recoverPanic, deferred in a handler, logs a panic and calls apologize so
// the user hears back instead of nothing.
func (b *Bot) recoverPanic(what string, apologize func()) {
	r := recover()
	if r == nil {
		return
	}
	b.log.Error("a handler panicked; the user gets an apology", "handler", what, "panic", fmt.Sprint(r), "stack", stack())
	if apologize != nil {
		func() {
			defer func() {
				if r := recover(); r != nil {
					b.log.Error("sending the apology panicked too", "panic", fmt.Sprint(r))
				}
			}()
			apologize()
		}()
	}
}
