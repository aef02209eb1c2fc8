package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/index"
)

func serveCommand(sys system) command {
	return command{
		name:    "serve",
		summary: "Answer /deal and @dealbot in Slack over Socket Mode.",
		usage:   "dealbot serve [--index PATH]",
		examples: `  SLACK_APP_TOKEN=xapp-… SLACK_BOT_TOKEN=xoxb-… dealbot serve
  dealbot serve --index /srv/dealbot/deals.bleve     # tokens from .env
`,
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			path := fs.String("index", cfg.Index, "index to answer from (env DEALBOT_INDEX); build it first with dealbot index")
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
				ix, err := index.Open(*path)
				if err != nil {
					return err
				}
				defer ix.Close()
				b, err := bot.New(bot.Config{
					AppToken: cfg.AppToken,
					BotToken: cfg.BotToken,
					APIURL:   cfg.APIURL,
					Public:   cfg.Response == "in_channel",
					Logger:   log,
				}, ix)
				if err != nil {
					return err
				}
				log.Info("serving", "index", ix.Path())
				return b.Run(ctx)
			}
		},
	}
}
