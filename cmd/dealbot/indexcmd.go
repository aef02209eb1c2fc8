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
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index/bleveindex"
)

func indexCommand(sys system) command {
	return command{
		name:    "index",
		summary: "Build the index from a folder of articles.",
		usage:   "dealbot index [--corpus DIR] [--index PATH] [--follow-links]",
		examples: `  dealbot index                                   # the articles built into dealbot
  dealbot index --corpus ~/deal-news --index data/deals.bleve
  DEALBOT_CORPUS=~/deal-news dealbot index
`,
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			corpusDir := fs.String("corpus", cfg.Corpus, "folder of articles (.txt .md .html .jsonl), read recursively; empty for the built-in articles (env DEALBOT_CORPUS)")
			path := fs.String("index", cfg.Index, "where to build the index (env DEALBOT_INDEX)")
			follow := fs.Bool("follow-links", false, "also follow symbolic links that lead outside the corpus folder; only for a folder whose every link you trust")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usageError{fmt.Sprintf("unexpected argument %q: index takes only flags", args[0])}
				}
				log, err := cfg.logger(sys.stderr)
				if err != nil {
					return settingError{err}
				}
				return runIndex(ctx, sys, log, *corpusDir, *path, *follow)
			}
		},
	}
}

func runIndex(ctx context.Context, sys system, log *slog.Logger, corpusDir, path string, followLinks bool) error {
	// Most of what a build allocates dies within the article or batch it
	// was made for, and collecting at the default target took a good part
	// of its CPU: at 200, a build of 5,000 articles took about 14% less
	// CPU for a peak of 227 MB rather than 170. A GOGC the operator set
	// stands.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(200))
	}
	loaded, from, err := loadArticles(ctx, corpusDir, followLinks)
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("interrupted: the index at %s was left as it was", path)
	}
	if err != nil {
		return err
	}
	reportProblems(sys.stderr, loaded.Problems)
	if len(loaded.Articles) == 0 {
		return fmt.Errorf("nothing could be indexed: %s holds no readable articles (.txt .md .html .jsonl); the index at %s was left as it was", from, path)
	}
	stats, err := bleveindex.Build(ctx, extract.New(), path, loaded.Articles, progress(sys.stderr, log))
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted: the index at %s was left as it was", path)
		}
		return fmt.Errorf("building %s: %w", path, err)
	}
	reportProblems(sys.stderr, stats.Warnings)
	printSummary(sys.stdout, stats, append(loaded.Problems, stats.Warnings...), from, path)
	return nil
}

// loadArticles loads the folder, or the built-in articles when dir is "".
// from names where they came from, for messages. Links leading out of the
// folder are followed only when followLinks is set.
func loadArticles(ctx context.Context, dir string, followLinks bool) (loaded corpus.Loaded, from string, err error) {
	if dir == "" {
		loaded, err = corpus.LoadFS(ctx, corpus.Embedded())
		return loaded, "the built-in articles", err
	}
	if followLinks {
		loaded, err = corpus.LoadDirFollowingLinks(ctx, dir)
	} else {
		loaded, err = corpus.LoadDir(ctx, dir)
	}
	if err != nil {
		return loaded, dir, fmt.Errorf("reading articles from %s: %w", dir, err)
	}
	return loaded, dir, nil
}

// reportProblems lists every file that was skipped, and every warning, one
// line each. Lines of one file skipped for one reason are said once, so a
// JSON Lines file that holds no articles at all is one line, not hundreds.
func reportProblems(w io.Writer, problems []corpus.Problem) {
	for i := 0; i < len(problems); {
		p := problems[i]
		label := "skipped"
		if p.Warning {
			label = "warning"
		}
		j := i + 1
		for j < len(problems) && problems[j].Line > 0 && p.Line > 0 && problems[j].Path == p.Path &&
			problems[j].Reason == p.Reason && problems[j].Warning == p.Warning {
			j++
		}
		if j-i < 3 {
			for _, q := range problems[i:j] {
				fmt.Fprintf(w, "%s %s\n", label, q)
			}
		} else {
			fmt.Fprintf(w, "%s %s: %d lines, %d to %d: %s\n", label, corpus.ShowHidden(p.Path), j-i,
				p.Line, problems[j-1].Line, corpus.ShowHidden(p.Reason))
		}
		i = j
	}
}

// progress shows a bar on a terminal and otherwise logs a line now and then,
// so a build into a CI log does not fill it with escape codes.
func progress(stderr io.Writer, log *slog.Logger) bleveindex.Progress {
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		var bar *progressbar.ProgressBar
		return func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total,
					progressbar.OptionSetWriter(stderr),
					progressbar.OptionSetDescription("indexing"),
					progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish())
			}
			_ = bar.Set(done)
		}
	}
	last := time.Now()
	return func(done, total int) {
		if time.Since(last) >= 2*time.Second || done == total {
			last = time.Now()
			log.Info("indexing", "done", done, "total", total)
		}
	}
}

func printSummary(w io.Writer, s bleveindex.Stats, problems []corpus.Problem, from, path string) {
	fmt.Fprintf(w, "Indexed %s from %s into %s in %s (%.0f articles/s).\n",
		count(s.Articles, "article", "articles"), from, path, s.Duration.Round(time.Millisecond), s.ArticlesPerSecond())
	kinds := make([]string, 0, len(s.Facts))
	for k := range s.Facts {
		kinds = append(kinds, string(k))
	}
	slices.Sort(kinds)
	total := 0
	parts := make([]string, 0, len(kinds))
	for _, k := range kinds {
		n := s.Facts[corpus.Kind(k)]
		total += n
		parts = append(parts, fmt.Sprintf("%s %d", k, n))
	}
	fmt.Fprintf(w, "Facts: %d (%s).\n", total, strings.Join(parts, ", "))
	skipped, warnings := 0, 0
	for _, p := range problems {
		if p.Warning {
			warnings++
		} else {
			skipped++
		}
	}
	if skipped+warnings > 0 {
		fmt.Fprintf(w, "Skipped %s, %s (listed above).\n",
			count(skipped, "file or line", "files or lines"), count(warnings, "warning", "warnings"))
	}
}

// count says n things, in the singular for one.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
