// Command synthcorpus writes the synthetic articles of package synth as
// Markdown files, with the queries benchmarks ask of them, for benchmarks
// outside the index tree (which cannot import synth) that index them with
// `dealbot index`:
//
//	synthcorpus -seed 1 -n 1000 -dir DIR -queries-to FILE    # DIR/000000.md …, FILE one query a line
//
// It prints a digest of the articles' IDs, which change with the generator,
// so a benchmark can tell a cached index of older articles from a current
// one.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/dealbot/dealbot/index/internal/synth"
)

func main() {
	seed := flag.Int64("seed", 1, "seed of the articles and queries")
	n := flag.Int("n", 1000, "how many articles")
	dir := flag.String("dir", "", "folder to write the articles into; none prints only the digest")
	queries := flag.Int("queries", 1000, "how many queries to write")
	queriesTo := flag.String("queries-to", "", "file to write the queries into, one a line")
	flag.Parse()
	if err := run(*seed, *n, *dir, *queries, *queriesTo); err != nil {
		fmt.Fprintln(os.Stderr, "synthcorpus:", err)
		os.Exit(1)
	}
}

func run(seed int64, n int, dir string, queries int, queriesTo string) error {
	articles := synth.Articles(seed, n)
	h := sha256.New()
	for _, a := range articles {
		h.Write([]byte(a.ID))
	}
	fmt.Println(hex.EncodeToString(h.Sum(nil))[:12])
	if dir != "" {
		if err := synth.WriteDir(dir, articles); err != nil {
			return err
		}
	}
	if queriesTo != "" {
		qs := strings.Join(synth.Queries(seed, queries), "\n") + "\n"
		if err := os.WriteFile(queriesTo, []byte(qs), 0o644); err != nil {
			return fmt.Errorf("writing the queries: %w", err)
		}
	}
	return nil
}
