package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/index"
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
		usage:   "dealbot serve [--index PATH] [--watch DIR [--follow-links]]",
		examples: `  SLACK_APP_TOKEN=xapp-… SLACK_BOT_TOKEN=xoxb-… dealbot serve
  dealbot serve --index /srv/dealbot/deals.bleve     # tokens from .env
  dealbot serve --watch ~/deal-news                  # rebuild when articles change
  kill -HUP $(pidof dealbot)                         # pick up a rebuilt index now
`,
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			path := fs.String("index", cfg.Index, "index to answer from (env DEALBOT_INDEX); build it first with dealbot index")
			watch := fs.String("watch", "", "rebuild the index whenever article files in this folder change")
			follow := fs.Bool("follow-links", false, "with --watch: also follow symbolic links that lead outside the folder; only for a folder whose every link you trust")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usageError{fmt.Sprintf("unexpected argument %q: serve takes only flags", args[0])}
				}
				log, err := cfg.logger(sys.stderr)
				if err != nil {
					return usageError{err.Error()}
				}
				if err := bot.CheckTokens(cfg.AppToken, cfg.BotToken); err != nil {
					return err
				}
				if err := bot.CheckAPIURL(cfg.APIURL); err != nil {
					return err
				}
				return runServe(ctx, cfg, log, *path, *watch, *follow)
			}
		},
	}
}

func runServe(ctx context.Context, cfg config, log *slog.Logger, path, watchDir string, followLinks bool) error {
	live, err := index.OpenLive(path, log)
	if err != nil {
		return err
	}
	defer live.Close()
	go live.Watch(ctx, pollInterval)
	go reloadOnHangup(ctx, live, log)
	if watchDir != "" {
		go watchCorpus(ctx, watchDir, followLinks, path, live, log)
	}

	b, err := bot.New(bot.Config{
		AppToken: cfg.AppToken,
		BotToken: cfg.BotToken,
		APIURL:   cfg.APIURL,
		Public:   cfg.Response == "in_channel",
		Logger:   log,
	}, live)
	if err != nil {
		return err
	}
	api := cfg.APIURL
	if api == "" {
		api = slackAPI
	}
	log.Info("serving", "index", path, "slack_web_api", api)
	return b.Run(ctx)
}

// reloadOnHangup reloads the index on SIGHUP, the usual way to tell a
// daemon to look at its files again.
func reloadOnHangup(ctx context.Context, live *index.Live, log *slog.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			swapped, err := live.Reload()
			log.Info("SIGHUP: reloaded the index", "swapped", swapped, "err", err)
		}
	}
}
