// Command dealbot answers questions about cloud deals from a local index of
// news articles, in a terminal or in Slack. Run `dealbot help` for the manual.
//
// It only wires: it picks the search engine (the bleve index of
// index/bleveindex), hands it to the answering core (index.New, or
// index.OpenLive for serving), and hands the core to the Slack bot.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], system{
		getenv:  os.Getenv,
		stdout:  os.Stdout,
		stderr:  os.Stderr,
		envFile: ".env",
	})
	stop()
	os.Exit(code)
}
