package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/index"
)

func askCommand(sys system) command {
	return command{
		name:    "ask",
		summary: "Answer a question in the terminal.",
		usage:   "dealbot ask [--index PATH | --corpus DIR] [--limit N] [--json] QUESTION...",
		examples: `  dealbot ask amazon microsoft
  dealbot ask how many licenses did amazon buy
  dealbot ask --json "what is AWS market share"
  dealbot ask --corpus ~/deal-news oracle openai
`,
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			path := fs.String("index", cfg.Index, "index to answer from (env DEALBOT_INDEX); when none is built there, the built-in articles are indexed in memory")
			corpusDir := fs.String("corpus", "", "index this folder of articles in memory and answer from it instead")
			limit := fs.Int("limit", index.DefaultLimit, "how many facts and articles to show")
			asJSON := fs.Bool("json", false, "print one JSON object instead of text")
			return func(ctx context.Context, args []string) error {
				q := strings.TrimSpace(strings.Join(args, " "))
				if q == "" {
					return usageError{"what should I look up? e.g. dealbot ask amazon microsoft"}
				}
				if strings.EqualFold(q, "help") {
					return flag.ErrHelp // as the bot answers "help" with its usage
				}
				if *limit < 1 {
					return usageError{"--limit must be 1 or more"}
				}
				return runAsk(ctx, sys, askOptions{index: *path, corpus: *corpusDir, limit: *limit, json: *asJSON}, q)
			}
		},
	}
}

type askOptions struct {
	index, corpus string
	limit         int
	json          bool
}

func runAsk(ctx context.Context, sys system, opts askOptions, q string) error {
	// A question that cannot be asked is refused before any index is read
	// or built for it.
	if _, err := index.Understand(q); err != nil {
		return err
	}
	ix, err := openForAsk(ctx, sys.stderr, opts)
	if err != nil {
		return err
	}
	defer ix.Close()
	ans, err := ix.AskN(ctx, q, opts.limit)
	if err != nil {
		return err
	}
	if opts.json {
		enc := json.NewEncoder(sys.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(ans)
	}
	printAnswer(sys.stdout, ans)
	return nil
}

// openForAsk opens the index to answer from: the folder given with --corpus
// indexed in memory, else the index on disk, else the built-in articles
// indexed in memory when no index has been built yet.
func openForAsk(ctx context.Context, stderr io.Writer, opts askOptions) (*index.Index, error) {
	if opts.corpus != "" {
		return memoryIndex(ctx, stderr, opts.corpus)
	}
	ix, err := index.Open(opts.index)
	if errors.Is(err, index.ErrNotBuilt) {
		fmt.Fprintf(stderr, "No index at %s; answering from the built-in articles (run `dealbot index` to build one).\n", opts.index)
		return memoryIndex(ctx, stderr, "")
	}
	return ix, err
}

func memoryIndex(ctx context.Context, stderr io.Writer, dir string) (*index.Index, error) {
	loaded, from, err := loadArticles(ctx, dir, false)
	if err != nil {
		return nil, err
	}
	reportProblems(stderr, loaded.Problems)
	ix, _, err := index.Memory(ctx, loaded.Articles)
	if err != nil {
		return nil, fmt.Errorf("indexing %s: %w", from, err)
	}
	return ix, nil
}

// printAnswer writes an answer a person can read at a glance: each fact with
// its figure, companies and sources, then the articles.
func printAnswer(w io.Writer, a index.Answer) {
	for _, g := range a.Guesses {
		fmt.Fprintf(w, "%s.\n", g)
	}
	if len(a.Ignored) > 0 {
		defer fmt.Fprintf(w, "\nOnly the first %d different words were searched for; not: %s\n", index.MaxQueryWords, strings.Join(a.Ignored, " "))
	}
	if len(a.Facts) == 0 {
		if len(a.Articles) == 0 {
			fmt.Fprintf(w, "No facts found for %q, and no article mentions it.\nTry a company or two (amazon microsoft), or a question (what is AWS market share).\n", a.Query)
			return
		}
		fmt.Fprintf(w, "No facts found for %q. The closest articles:\n", a.Query)
		printArticles(w, a)
		return
	}
	for _, f := range a.Facts {
		fmt.Fprintf(w, "%-13s %s", f.Kind.Label()+":", bot.FormatValue(f.Fact))
		if len(f.Companies) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(f.Companies, ", "))
		}
		if f.Market != "" {
			fmt.Fprintf(w, ", %s", f.Market)
		}
		fmt.Fprintln(w)
		for _, s := range f.Sources {
			fmt.Fprintf(w, "%-13s %s\n", "", sourceLine(s))
		}
	}
	if len(a.Articles) > 0 {
		fmt.Fprintln(w, "\nArticles:")
		printArticles(w, a)
	}
}

func printArticles(w io.Writer, a index.Answer) {
	for _, h := range a.Articles {
		fmt.Fprintf(w, "  - %s\n", sourceLine(h.Source))
	}
	if a.MoreArticles > 0 {
		fmt.Fprintf(w, "  and %d more\n", a.MoreArticles)
	}
}

// sourceLine writes "Title (Publication · Nov 8, 2023) URL", with the
// byline Slack answers show.
func sourceLine(s index.Source) string {
	line := s.Title
	if b := bot.Byline(s); b != "" {
		line += " (" + b + ")"
	}
	if s.URL != "" {
		line += " " + s.URL
	}
	return line
}
