package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"testing"

	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// example is a question written as code in a reply: `/deal amazon microsoft`.
var example = regexp.MustCompile("`/deal ([^`]+)`")

// TestEveryExampleAnswers asks every example that help, the Home tab and
// the replies to a question that found nothing or could not be asked
// suggest, over the shipped articles, and holds each to answering with a
// figure of the kind it asks for: an example that answers "No seat counts
// for Salesforce" teaches the reader that dealbot does not work.
func TestEveryExampleAnswers(t *testing.T) {
	ix := shippedIndex(t)
	ctx := context.Background()
	cov, err := ix.Coverage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	empty, _ := renderError(index.ErrEmptyQuery, "", onCommand)
	long, _ := renderError(fmt.Errorf("ask: %w", index.ErrQueryTooLong), "amazon", onCommand)
	replies := map[string][]any{
		"help":     {renderHelp(onCommand, cov).Blocks},
		"home":     {renderHome(index.Answer{}, cov)},
		"no match": {renderNoMatch("zzyzx", onCommand, nil).Blocks},
		"empty":    {empty.Blocks},
		"too long": {long.Blocks},
		"greeting": {renderGreeting(false, onCommand).Blocks},
	}
	seen := map[string]bool{}
	for name, blocks := range replies {
		data, err := json.Marshal(blocks)
		if err != nil {
			t.Fatal(err)
		}
		found := example.FindAllStringSubmatch(string(data), -1)
		if len(found) == 0 {
			t.Errorf("%s shows no example", name)
		}
		for _, m := range found {
			q := m[1]
			if seen[q] {
				continue
			}
			seen[q] = true
			t.Run(q, func(t *testing.T) {
				asked, err := index.Understand(extract.New(), q)
				if err != nil {
					t.Fatalf("%s suggests %q, which cannot be asked: %v", name, q, err)
				}
				ans, err := ix.Ask(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if len(ans.Facts) == 0 {
					t.Fatalf("%s suggests %q, which answers with no figure", name, q)
				}
				if asked.Kind != "" && ans.Facts[0].Kind != asked.Kind {
					t.Errorf("%s suggests %q, which asks for %s but answers with %s (%s)", name, q, asked.Kind, ans.Facts[0].Kind, ans.Facts[0].Text)
				}
			})
		}
	}
}
