package main

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"

	"github.com/dealbot/dealbot/bot"
)

// version is set at build time with -ldflags "-X main.version=…"; without
// it, the module version from the build info is shown.
var version = "dev"

func manifestCommand(sys system) command {
	return command{
		name:     "manifest",
		summary:  "Print the Slack app manifest to create the dealbot app from.",
		usage:    "dealbot manifest",
		examples: "  dealbot manifest > manifest.json   # then paste it at api.slack.com/apps → Create New App → From a manifest\n",
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			return func(context.Context, []string) error {
				_, err := fmt.Fprint(sys.stdout, bot.Manifest())
				return err
			}
		},
	}
}

func versionCommand(sys system) command {
	return command{
		name:    "version",
		summary: "Print dealbot's version.",
		usage:   "dealbot version",
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			return func(context.Context, []string) error {
				v := version
				if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
					v = info.Main.Version
				}
				_, err := fmt.Fprintf(sys.stdout, "dealbot %s\n", v)
				return err
			}
		},
	}
}
