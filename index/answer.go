package index

import (
	"errors"
	"fmt"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// MaxQueryLen is the longest query Ask accepts, in characters.
const MaxQueryLen = 500

// Errors Ask returns for queries it cannot answer. Callers branch on them
// with errors.Is to tell the user what to change.
var (
	// ErrEmptyQuery means the query held no words to search for.
	ErrEmptyQuery = errors.New("the query is empty: ask about a company or a deal, e.g. \"amazon microsoft\"")
	// ErrQueryTooLong means the query was over MaxQueryLen characters.
	ErrQueryTooLong = fmt.Errorf("the query is too long: keep it to %d characters or fewer", MaxQueryLen)
	// ErrUnavailable means there is no usable index to answer from (missing,
	// corrupt, or of another schema version). The wrapped message says which
	// and what to do.
	ErrUnavailable = errors.New("the deal index is unavailable")
)

// Source is the article a fact or hit came from.
type Source struct {
	ArticleID   string
	Title       string
	Path        string
	URL         string
	Publication string
	// Published is zero when the article carries no date.
	Published time.Time
}

// FactAnswer is one fact in an answer, with every article that reported it.
// Sources are best first and never empty.
type FactAnswer struct {
	corpus.Fact
	Sources []Source
}

// ArticleHit is an article that matched the query.
type ArticleHit struct {
	Source
	Score float64
}

// Answer is what dealbot knows about a query: the facts best first, then the
// matching articles. It is the single value the terminal and Slack render.
type Answer struct {
	// Query is the text as asked.
	Query string
	// Companies are the canonical companies the query named.
	Companies []string
	// Kind is the kind of fact the query asked for; empty when it did not say.
	Kind corpus.Kind
	// Guesses are the names of the query read as something other than what
	// was typed, to be shown with the answer: "Showing Microsoft for
	// 'micorsoft'".
	Guesses []Guess
	// Facts are best first; empty when nothing matched.
	Facts []FactAnswer
	// Articles are the best matching articles, best first.
	Articles []ArticleHit
	// MoreArticles counts matching articles beyond those in Articles.
	MoreArticles int
	// Ignored are the query's words past the first MaxQueryWords distinct
	// ones, which were not searched for.
	Ignored []string
}
