package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// pollInterval is how often serve looks for an index rebuilt by another
// process; a readlink and a stat, so it costs nothing.
const pollInterval = time.Second

// slackAPI is where the Web API is when SLACK_API_URL does not say.
const slackAPI = "https://slack.com/api/"

func serveCommand(sys system) command {
	return command{
		name:    "serve",
		summary: "Answer /deal and @dealbot in Slack over Socket Mode.",
		usage:   "dealbot serve [--index PATH] [--state STORE] [--watch DIR [--follow-links] [--feeds FILE [--every 30m]]]",
		examples: `  SLACK_APP_TOKEN=xapp-… SLACK_BOT_TOKEN=xoxb-… dealbot serve
  dealbot serve --index /srv/dealbot/deals.bleve     # tokens from .env
  dealbot serve --watch ~/deal-news                  # rebuild when articles change
  dealbot serve --watch ~/deal-news --feeds feeds.txt --every 15m   # and fetch news into it
  kill -HUP $(pidof dealbot)                         # pick up a rebuilt index now
`,
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			path := fs.String("index", cfg.Index, "index to answer from (env DEALBOT_INDEX); build it first with dealbot index")
			watch := fs.String("watch", "", "rebuild the index whenever article files in this folder change, and post new figures to channels that /deal watch them")
			follow := fs.Bool("follow-links", false, "with --watch: also follow symbolic links that lead outside the folder; only for a folder whose every link you trust")
			feeds := fs.String("feeds", "", "with --watch: poll the feeds listed in this file (one URL a line, # comments) into the folder")
			every := fs.Duration("every", 30*time.Minute, "how often to poll the --feeds")
			store := stateFlag(fs, cfg.State, "the state `store`: a file for one machine, or a postgres:// URL that replicas share (env DEALBOT_STATE)")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usageError{fmt.Sprintf("unexpected argument %q: serve takes only flags", args[0])}
				}
				cfg.State = *store
				if *feeds != "" && *watch == "" {
					return usageError{"--feeds needs --watch DIR: the folder the new articles go into"}
				}
				if *every < minEvery {
					return usageError{fmt.Sprintf("--every %s is too often: poll at most once a minute", *every)}
				}
				log, err := cfg.logger(sys.stderr)
				if err != nil {
					return settingError{err}
				}
				fetchOpts, err := fetchGuard(cfg.FetchPrivate, log)
				if err != nil {
					return settingError{err}
				}
				if err := bot.CheckTokens(cfg.AppToken, cfg.BotToken); err != nil {
					return settingError{err}
				}
				if err := bot.CheckAPIURL(cfg.APIURL); err != nil {
					return settingError{err}
				}
				// The state store holds watches and feed state, both of
				// which need the folder watch; a shared (PostgreSQL)
				// store also keeps replicas from answering a question
				// twice, folder watch or not.
				var db state.Store
				if *watch != "" || state.IsPostgres(cfg.State) {
					if db, err = openServeStore(ctx, cfg.State, reopenEvery, log); err != nil {
						return err
					}
					defer db.Close()
				}
				x := extract.New()
				lock := ingest.NewFolderLock()
				poller, pages := folderWriters(x, *feeds, *watch, *every, *follow, db, fetchOpts, lock, log)
				if poller != nil {
					if _, err := poller.list(); err != nil {
						return err
					}
				}
				// Replicas sharing a PostgreSQL store share their
				// article folders through it too.
				var share *articleShare
				if *watch != "" && state.IsPostgres(cfg.State) {
					share = newArticleShare(db, *watch, lock, *follow, syncEvery, log)
				}
				return runServe(ctx, cfg, log, x, *path, *watch, *follow, poller, db, pages, share, leaseTiming{ttl: leaseTTL, renew: leaseRenew, prune: claimPruneEvery})
			}
		},
	}
}

// folderWriters returns what writes new articles into the watched folder
// dir: the feed poller (nil without a feeds file) and the pages saved from
// Slack. They share lock, the folder's, with each other and with the
// article sync, so that a story arriving two ways at once is written once.
func folderWriters(x *extract.Extractor, feeds, dir string, every time.Duration, followLinks bool, db state.Store, fetchOpts ingest.FetchOptions, lock *ingest.FolderLock, log *slog.Logger) (*feedPoller, *slackPages) {
	var poller *feedPoller
	if feeds != "" {
		poller = &feedPoller{file: feeds, dir: dir, every: every, db: db, log: log, followLinks: followLinks, lock: lock}
	}
	return poller, newSlackPages(x, fetchOpts, dir, followLinks, lock, log)
}

func runServe(ctx context.Context, cfg config, log *slog.Logger, x *extract.Extractor, path, watchDir string, followLinks bool, poller *feedPoller, db state.Store, pages *slackPages, share *articleShare, lease leaseTiming) error {
	// What serve starts stops when it returns, even on an error.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	live, err := index.OpenLive(ctx, bleveindex.Dir(path), x, log)
	if err != nil {
		return err
	}
	defer func() {
		if err := live.Close(); err != nil {
			log.Warn("the index did not close cleanly", "err", err)
		}
	}()
	// The background loops are stopped and waited for before the index is
	// closed (defers run last first): none may reload a closed index.
	var loops sync.WaitGroup
	defer func() { cancel(); loops.Wait() }()
	loops.Go(func() { live.Watch(ctx, pollInterval) })
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	loops.Go(func() { reloadOnHangup(ctx, hup, live, log) })

	// With a state store, one replica at a time (the holder of the leader
	// lease) polls feeds, runs digests and posts alerts; alone, it always
	// holds it.
	replica := replicaID()
	var lead *leader
	if db != nil {
		lead = newLeader(db, replica, lease, log)
		lead.try(ctx)
		loops.Go(func() { lead.run(ctx) })
	}
	leading := func() bool { return lead == nil || lead.leading() }

	bcfg := bot.Config{
		AppToken: cfg.AppToken,
		BotToken: cfg.BotToken,
		APIURL:   cfg.APIURL,
		Public:   cfg.Response == "in_channel",
		Logger:   log,
	}
	if poller != nil {
		bcfg.Feeds = poller
	}
	if pages != nil {
		bcfg.Pages = pages
		if pages.ingester != nil {
			// "Add to articles" saves into the watched folder.
			bcfg.Saver = pages
		}
	}
	if db != nil {
		bcfg.Watches = watchStore{db: db, now: time.Now}
	}
	if db != nil && state.IsPostgres(cfg.State) {
		bcfg.Claims = claimStore{store: db, owner: replica, lease: claimLease}
		// The leader forgets the claims of every replica once they are
		// old, so that no question waits on that cleanup.
		pruneTicker := time.NewTicker(lease.prune)
		defer pruneTicker.Stop()
		loops.Go(func() { pruneClaims(ctx, db, whileLeading(ctx, pruneTicker.C, leading, &loops), log) })
	}
	b, err := bot.New(bcfg, live)
	if err != nil {
		return err
	}
	watching := make(chan struct{})
	if watchDir != "" {
		var news *newFacts
		if ann := b.Announcer(); ann != nil {
			news = &newFacts{x: x, ann: ann, log: log, leading: leading}
			digestTicker := time.NewTicker(time.Minute)
			defer digestTicker.Stop()
			loops.Go(func() { ann.RunDigests(ctx, whileLeading(ctx, digestTicker.C, leading, &loops)) })
		}
		loops.Go(func() { watchCorpus(ctx, x, watchDir, followLinks, path, live, log, watching, news) })
	}
	if share != nil {
		if poller != nil {
			poller.share = share
		}
		if pages != nil {
			pages.share = share
		}
		loops.Go(func() {
			// As for the feeds: files written before the watch is in
			// place would wait for the next change to be indexed.
			select {
			case <-watching:
				share.run(ctx)
			case <-ctx.Done():
			}
		})
	}
	if poller != nil {
		poller.leading = leading
		if lead != nil {
			poller.gained = lead.gainedLease()
		}
		pctx, stopPolling := context.WithCancel(ctx)
		var polling sync.WaitGroup
		// A poll in progress writes nothing once stopped; waiting for it
		// means serve returns only after its last write to the state file.
		defer func() { stopPolling(); polling.Wait() }()
		polling.Go(func() {
			// Files written before the watch is in place would wait for
			// the next change to be indexed.
			select {
			case <-watching:
				poller.run(pctx)
			case <-pctx.Done():
			}
		})
	}
	api := cfg.APIURL
	if api == "" {
		api = slackAPI
	}
	attrs := []any{"index", path, "slack_web_api", api, "replica", replica}
	if db != nil {
		attrs = append(attrs, "state", db.Describe(), "claims_shared", bcfg.Claims != nil, "leader", leading())
	} else {
		attrs = append(attrs, "state", "none (no --watch and no PostgreSQL in DEALBOT_STATE)")
	}
	log.Info("serving", attrs...)
	return b.Run(ctx)
}

// reloadOnHangup reloads the index on each SIGHUP received on hup, the usual
// way to tell a daemon to look at its files again.
func reloadOnHangup(ctx context.Context, hup <-chan os.Signal, live *index.Live, log *slog.Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			switch swapped, err := live.Reload(ctx); {
			case err != nil:
				log.Error("SIGHUP: could not reload the index; answering with an apology until `dealbot index` rebuilds it", "err", err)
			case swapped:
				log.Info("SIGHUP: reloaded the index")
			default:
				log.Info("SIGHUP: the index on disk is the one being served; nothing to reload")
			}
		}
	}
}
