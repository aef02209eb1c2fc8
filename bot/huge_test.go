package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// hugeAnswer is far larger than any Slack message may be.
func hugeAnswer(q string) index.Answer {
	long := strings.Repeat("Amazon & Microsoft <sign> a very long deal ", 200)
	a := index.Answer{Query: q, Companies: []string{strings.Repeat("Company&Co ", 40)}}
	for i := range 200 {
		var sources []index.Source
		for j := range 20 {
			sources = append(sources, index.Source{
				ArticleID: fmt.Sprintf("a%d-%d", i, j), Title: long, URL: "https://news.example.com/" + strings.Repeat("x&y", 600),
				Publication: long, Published: time.Date(2023, 11, 8, 0, 0, 0, 0, time.UTC),
			})
		}
		a.Facts = append(a.Facts, index.FactAnswer{
			Fact: corpus.Fact{
				Kind: corpus.MarketShare, Value: 32, Unit: "percent", Market: long,
				Companies: []string{long, long}, Sentence: long, Text: long,
			},
			Sources: sources,
		})
	}
	for i := range 500 {
		a.Articles = append(a.Articles, index.ArticleHit{Source: index.Source{
			ArticleID: fmt.Sprintf("b%d", i), Title: long, URL: "https://example.com/" + fmt.Sprint(i), Publication: "Reuters",
		}})
	}
	a.MoreArticles = 1000
	return a
}
