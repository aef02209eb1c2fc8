package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
)

func ingestCommand(sys system) command {
	return command{
		name:    "ingest",
		summary: "Fetch news feeds and article pages into the article folder.",
		usage:   "dealbot ingest [--corpus DIR] [--feeds FILE] [--state STORE] URL...",
		examples: `  dealbot ingest --corpus ~/deal-news https://news.example/cloud/rss
  dealbot ingest --corpus ~/deal-news https://news.example/2025/09/oracle-openai
  dealbot ingest --corpus ~/deal-news --feeds feeds.txt && dealbot index --corpus ~/deal-news
`,
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			corpusDir := fs.String("corpus", cfg.Corpus, "folder to write new articles into (env DEALBOT_CORPUS)")
			feeds := fs.String("feeds", "", "file listing feeds or pages, one URL a line, # comments")
			statePath := stateFlag(fs, cfg.State, "the state `store` (a file, or a postgres:// URL) remembering each feed's last fetch, for conditional requests (env DEALBOT_STATE)")
			return func(ctx context.Context, args []string) error {
				if *corpusDir == "" {
					return usageError{"which folder should the articles go into? Give --corpus DIR or set DEALBOT_CORPUS"}
				}
				urls := args
				if *feeds != "" {
					data, err := os.ReadFile(*feeds)
					if err != nil {
						return fmt.Errorf("reading the feed list: %w", err)
					}
					listed, problems := ingest.ParseFeedList(*feeds, data)
					for _, p := range problems {
						fmt.Fprintln(sys.stderr, "skipped", p)
					}
					urls = append(urls, listed...)
				}
				if len(urls) == 0 {
					return usageError{"what should I fetch? Give feed or article URLs, or --feeds FILE"}
				}
				log, err := cfg.logger(sys.stderr)
				if err != nil {
					return settingError{err}
				}
				return runIngest(ctx, sys, log, *corpusDir, *statePath, urls)
			}
		},
	}
}

func runIngest(ctx context.Context, sys system, log *slog.Logger, dir, statePath string, urls []string) error {
	opts := ingest.Options{
		Dir:     dir,
		Fetcher: ingest.NewFetcher(ingest.FetchOptions{UserAgent: userAgent()}),
		Log:     log,
	}
	var share *articleShare
	if statePath != "" {
		db, err := state.Open(ctx, statePath)
		if errors.Is(err, state.ErrBadURL) {
			return err // a bad setting, not a store that is down
		}
		if err != nil {
			// Ingesting without the state is still right, only less
			// polite: every feed is fetched in full.
			fmt.Fprintf(sys.stderr, "warning: %v\nwarning: fetching every feed in full this time\n", err)
		} else {
			defer db.Close()
			opts.Store = db
			if state.IsPostgres(statePath) {
				// The replicas sharing the store get what is
				// fetched here, as they get what their leader fetches.
				share = newArticleShare(db, dir, nil, false, 0, log)
			}
		}
	}
	sum, err := ingest.New(opts).Run(ctx, urls, ingestProgress(sys.stderr, log))
	for _, l := range sum.Lines {
		w := sys.stdout
		if l.Outcome == ingest.Failed {
			w = sys.stderr
		}
		fmt.Fprintln(w, corpus.ShowHidden(l.String()))
	}
	if share != nil {
		share.publish(ctx, newFiles(sum.Lines))
		if left := share.unshared(); len(left) > 0 {
			fmt.Fprintf(sys.stderr, "warning: %d new articles are in %s but could not be stored for the replicas sharing the state store; copy them into their folders:\n", len(left), dir)
			for _, f := range left {
				fmt.Fprintln(sys.stderr, "  "+f)
			}
		}
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted: nothing was written to %s", dir)
		}
		return err
	}
	fmt.Fprintf(sys.stdout, "Ingested into %s: %d new, %d already known", dir, sum.New, sum.Known)
	if sum.Copies > 0 {
		fmt.Fprintf(sys.stdout, ", %d more sources for new articles", sum.Copies)
	}
	fmt.Fprintf(sys.stdout, ", %d failed.\n", sum.Failed)
	if sum.Nothing() {
		return errors.New("nothing could be ingested: every URL failed (listed above)")
	}
	return nil
}

// userAgent names dealbot and its version to the sites it fetches from.
func userAgent() string {
	v := version
	if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	return "dealbot/" + v + " (+https://github.com/dealbot/dealbot)"
}

// ingestProgress shows a bar on a terminal, whose end moves out as feeds
// list their items, and otherwise logs a line now and then.
func ingestProgress(stderr io.Writer, log *slog.Logger) ingest.Progress {
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		var bar *progressbar.ProgressBar
		last := 0
		return func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total,
					progressbar.OptionSetWriter(stderr),
					progressbar.OptionSetDescription("fetching"),
					progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish())
				last = total
			}
			if total != last {
				bar.ChangeMax(total)
				last = total
			}
			_ = bar.Set(done)
		}
	}
	last := time.Now()
	return func(done, total int) {
		if time.Since(last) >= 2*time.Second || done == total {
			last = time.Now()
			log.Info("fetching", "done", done, "total", total)
		}
	}
}
