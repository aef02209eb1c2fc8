package bleveindex

import (
	"context"
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// The clauses of the core's requests mean what index documents them to
// mean, whatever question they came from: these are the rules another
// engine must keep too.
func TestEngineRunsTheCoresRequests(t *testing.T) {
	ctx := context.Background()
	e, _, err := Memory(ctx, extract.New(), []corpus.Article{amazonAnthropic, oracleOpenAI})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	deal := index.Term{Field: index.FieldKind, Value: string(corpus.DealValue)}
	tests := []struct {
		name  string
		req   index.Request
		want  []string // the hits' IDs, in any order
		total int
	}{
		{"a company an article mentions, lower-cased", index.Request{Query: index.Term{Field: index.FieldMentions, Value: "anthropic"}, Size: 10}, []string{"a1"}, 1},
		{"words of a title, stemmed", index.Request{Query: index.Match{Field: index.FieldTitle, Text: "invest"}, Size: 10}, []string{"a1"}, 1},
		{"any of the words", index.Request{Query: index.Match{Field: index.FieldBody, Text: "anthropic oracle"}, Size: 10}, []string{"a1", "o1"}, 2},
		{"all words", index.Request{Query: index.Match{Field: index.FieldBody, Text: "anthropic oracle", All: true}, Size: 10}, nil, 0},
		{"facts of a kind about a company", index.Request{Query: index.AllOf{deal, index.Term{Field: index.FieldCompanies, Value: "oracle"}}, Size: 10}, []string{index.FactID("o1", 0)}, 1},
		{"facts of an article", index.Request{Query: index.Term{Field: index.FieldArticle, Value: "a1"}, Size: 10}, []string{index.FactID("a1", 0)}, 1},
		{"an empty AnyOf matches nothing", index.Request{Query: index.AnyOf{}, Size: 10}, nil, 0},
		{"a filter selects", index.Request{Query: index.Boolean{Filter: index.AllOf{index.Term{Field: index.FieldCompanies, Value: "amazon"}}, Should: []index.Query{deal}}, Size: 10}, []string{index.FactID("a1", 0)}, 1},
		{"a count alone", index.Request{Query: index.Term{Field: index.FieldMentions, Value: "openai"}}, nil, 1},
		{"facts and articles by ID", index.Request{Query: index.IDs{Facts: []string{index.FactID("o1", 0)}, Articles: []string{"a1"}}, Size: 10}, []string{index.FactID("o1", 0), "a1"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := e.Search(ctx, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) || res.Total != tt.total {
				t.Errorf("hits %q (total %d), want %q (total %d)", got, res.Total, want, tt.total)
			}
		})
	}
}

// A request reads what it asks for: an article's source, a fact's figure
// with its article, and what a fact shows.
func TestEngineReadsWhatIsAskedFor(t *testing.T) {
	ctx := context.Background()
	e, _, err := Memory(ctx, extract.New(), []corpus.Article{amazonAnthropic, oracleOpenAI})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	res, err := e.Search(ctx, index.Request{Query: index.IDs{Facts: []string{index.FactID("o1", 0)}, Articles: []string{"o1"}}, Size: 2, Read: index.ReadShown})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		switch h.ID {
		case "o1":
			if h.Source.Title != oracleOpenAI.Title || h.Source.Publication != oracleOpenAI.Publication || !h.Source.Published.Equal(oracleOpenAI.Published) {
				t.Errorf("article hit read %+v, want the article's title, publication and date", h.Source)
			}
		default:
			f := h.Fact
			if f.Kind != corpus.DealValue || f.Value != 300e9 || f.Sentence == "" || len(f.Sources) != 1 || f.Sources[0].ArticleID != "o1" {
				t.Errorf("fact hit read %+v, want the $300 billion deal with its sentence and article", f)
			}
		}
	}
	res, err = e.Search(ctx, index.Request{Query: index.Term{Field: index.FieldMentions, Value: "oracle"}, Size: 1})
	if err != nil || len(res.Hits) != 1 || res.Hits[0].Source != (index.Source{}) {
		t.Errorf("ReadNothing: %v %+v, want the ID and score only", err, res.Hits)
	}
}
