package synth

import (
	"fmt"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// Article makes a small hand-written article for a test, dated 27 March
// 2024 from "Test Wire"; tests that read its figures write the one clear
// deal they want into body.
func Article(id, title, body string) corpus.Article {
	return corpus.Article{
		ID: id, Title: title, Body: body, Path: id + ".md", Publication: "Test Wire",
		Published: time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC),
	}
}

// AmazonAnthropic is an article with one investment in it.
func AmazonAnthropic() corpus.Article {
	return Article("a1", "Amazon invests in Anthropic",
		"Amazon said it would invest $4 billion in Anthropic, the AI startup.")
}

// OracleOpenAI is an article with one compute contract in it.
func OracleOpenAI() corpus.Article {
	return Article("o1", "Oracle signs OpenAI compute contract",
		"OpenAI signed a contract with Oracle worth $300 billion over five years.")
}

// Many makes n distinct small articles, each with its own deal value,
// enough to span several of a build's batches.
func Many(n int) []corpus.Article {
	out := make([]corpus.Article, n)
	for i := range out {
		out[i] = Article(fmt.Sprintf("m%d", i), fmt.Sprintf("Deal number %d", i),
			fmt.Sprintf("Snowflake signed a $%d million contract with Databricks.", i+1))
	}
	return out
}
