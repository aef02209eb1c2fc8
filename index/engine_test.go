package index_test

import (
	"context"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
	"github.com/dealbot/dealbot/index/internal/synth"
)

// The answering core is tested with the bleve engine behind it, as dealbot
// serves: ranking is only as good as the candidates an engine finds.

// openIndex opens the bleve index at path for answering.
func openIndex(path string) (*index.Index, error) {
	e, err := bleveindex.Open(path)
	if err != nil {
		return nil, err
	}
	return index.New(e, extract.New()), nil
}

// memoryIndex indexes articles in memory with bleve for answering.
func memoryIndex(ctx context.Context, arts []corpus.Article) (*index.Index, bleveindex.Stats, error) {
	x := extract.New()
	e, stats, err := bleveindex.Memory(ctx, x, arts)
	if err != nil {
		return nil, stats, err
	}
	return index.New(e, x), stats, nil
}

// The small hand-written articles the tests share with the other index
// packages' tests.
var (
	article         = synth.Article
	amazonAnthropic = synth.AmazonAnthropic()
	oracleOpenAI    = synth.OracleOpenAI()
	many            = synth.Many
)
