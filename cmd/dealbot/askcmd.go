package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
	"github.com/dealbot/dealbot/index/layout"
)

func askCommand(sys system) command {
	return command{
		name:    "ask",
		summary: "Answer a question in the terminal.",
		usage:   "dealbot ask [--index PATH | --corpus DIR] [--limit N] [--all] [--json] QUESTION...",
		examples: `  dealbot ask amazon microsoft
  dealbot ask how many licenses did amazon buy
  dealbot ask compare aws azure google
  dealbot ask timeline microsoft openai
  dealbot ask --json "what is AWS market share"
  dealbot ask --corpus ~/deal-news oracle openai
`,
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			path := fs.String("index", cfg.Index, "index to answer from (env DEALBOT_INDEX); when none is built there, the built-in articles are indexed in memory")
			corpusDir := fs.String("corpus", "", "index this folder of articles in memory and answer from it instead")
			limit := fs.Int("limit", 10, "how many facts and articles to read")
			all := fs.Bool("all", false, "list every fact found, as Slack's \"Show all\" does (reads at least 40)")
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
				if *all {
					*limit = max(*limit, 40)
				}
				return runAsk(ctx, sys, askOptions{index: *path, corpus: *corpusDir, limit: *limit, json: *asJSON, all: *all}, q)
			}
		},
	}
}

type askOptions struct {
	index, corpus string
	limit         int
	json, all     bool
}

func runAsk(ctx context.Context, sys system, opts askOptions, q string) error {
	// The extractor the index is built with, and the one its questions
	// are read with.
	x := extract.New()
	// A question that cannot be asked is refused before any index is read
	// or built for it.
	if _, err := index.Understand(x, q); err != nil {
		return err
	}
	ix, err := openForAsk(ctx, sys.stderr, x, opts)
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
	return printAnswer(sys.stdout, ans, opts.all)
}

// openForAsk opens the index to answer from: the folder given with --corpus
// indexed in memory, else the index on disk, else the built-in articles
// indexed in memory when no index has been built yet. x reads the
// articles, or read them when the index was built.
func openForAsk(ctx context.Context, stderr io.Writer, x *extract.Extractor, opts askOptions) (*index.Index, error) {
	if opts.corpus != "" {
		return memoryIndex(ctx, stderr, x, opts.corpus)
	}
	e, err := bleveindex.Open(opts.index)
	if errors.Is(err, bleveindex.ErrNotBuilt) {
		fmt.Fprintf(stderr, "No index at %s; answering from the built-in articles (run `dealbot index` to build one).\n", opts.index)
		return memoryIndex(ctx, stderr, x, "")
	}
	if err != nil {
		return nil, err
	}
	ix := index.New(e, x)
	if ix.Outdated() {
		fmt.Fprintf(stderr, "The index at %s was built by another version of dealbot, which reads articles differently; answering from its facts (run `dealbot index` to rebuild it).\n", opts.index)
	}
	return ix, nil
}

func memoryIndex(ctx context.Context, stderr io.Writer, x *extract.Extractor, dir string) (*index.Index, error) {
	loaded, from, err := loadArticles(ctx, dir, false)
	if err != nil {
		return nil, err
	}
	reportProblems(stderr, loaded.Problems)
	e, _, err := bleveindex.Memory(ctx, x, loaded.Articles)
	if err != nil {
		return nil, fmt.Errorf("indexing %s: %w", from, err)
	}
	return index.New(e, x), nil
}

// printAnswer writes an answer as the Slack answer shows it: the answer
// first, one line for each further deal or share, and what is left out.
// With --all it lists every fact found; questions that found no figures
// list the closest articles.
func printAnswer(w io.Writer, a index.Answer, all bool) error {
	opts := layout.Options{}
	if all {
		opts = layout.Options{MaxLines: len(a.Facts), All: true}
	}
	r := layout.Lay(a, opts)
	if r.Empty() {
		for _, n := range r.Notes {
			fmt.Fprintln(w, n)
		}
		if len(a.Articles) == 0 {
			_, err := fmt.Fprintf(w, "Nothing in the articles matches %q.\nTry a company or two (amazon microsoft), or a question (what is AWS market share).\n", a.Query)
			return err
		}
		fmt.Fprintf(w, "No figures for %q. The closest articles:\n", a.Query)
		r = layout.LayArticles(a)
		r.Lead = nil
		r.Heading = ""
	}
	return layout.WriteText(w, r)
}
