package index_test

import (
	"context"
	"fmt"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// The answering core is tested with the bleve engine behind it, as dealbot
// serves: ranking is only as good as the candidates an engine finds.

// openIndex opens the bleve index at path for answering.
func openIndex(path string) (*index.Index, error) {
	e, err := bleveindex.Open(path)
	if err != nil {
		return nil, err
	}
	return index.New(e), nil
}

// memoryIndex indexes articles in memory with bleve for answering.
func memoryIndex(ctx context.Context, arts []corpus.Article) (*index.Index, bleveindex.Stats, error) {
	e, stats, err := bleveindex.Memory(ctx, arts)
	if err != nil {
		return nil, stats, err
	}
	return index.New(e), stats, nil
}

// article makes a small article with one clear deal in it.
func article(id, title, body string) corpus.Article {
	return corpus.Article{
		ID: id, Title: title, Body: body, Path: id + ".md", Publication: "Test Wire",
		Published: time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC),
	}
}

var amazonAnthropic = article("a1", "Amazon invests in Anthropic",
	"Amazon said it would invest $4 billion in Anthropic, the AI startup.")

var oracleOpenAI = article("o1", "Oracle signs OpenAI compute contract",
	"OpenAI signed a contract with Oracle worth $300 billion over five years.")

// many makes n distinct articles, enough to span several batches.
func many(n int) []corpus.Article {
	out := make([]corpus.Article, n)
	for i := range out {
		out[i] = article(fmt.Sprintf("m%d", i), fmt.Sprintf("Deal number %d", i),
			fmt.Sprintf("Snowflake signed a $%d million contract with Databricks.", i+1))
	}
	return out
}
