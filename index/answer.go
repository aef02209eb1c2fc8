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
	// ID names the fact in the index, so feedback on an answer can name the
	// facts it showed.
	ID string
	corpus.Fact
	Sources []Source
}

// Published is the date of the fact's best source, or of the earliest
// dated one when that has none; zero when no source is dated.
func (f FactAnswer) Published() time.Time {
	var t time.Time
	for i, s := range f.Sources {
		if i == 0 && !s.Published.IsZero() {
			return s.Published
		}
		if !s.Published.IsZero() && (t.IsZero() || s.Published.Before(t)) {
			t = s.Published
		}
	}
	return t
}

// Count is how many facts of one kind an answer found, about every company
// asked for or not.
type Count struct {
	Kind     corpus.Kind
	AboutAll bool
	N        int
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
	// View and Order are the shape and order the query asked for.
	View  View
	Order Order
	// Steering are the query's words that are neither companies nor intent
	// words; Unmatched are those no article matched (for the companies
	// asked about), and Widened says the facts could not be narrowed to the
	// articles the steering words pick out, so they do not answer those
	// words. Callers say so before the answer.
	Steering  []string
	Unmatched []string
	Widened   bool
	// MentionedOnly are the companies asked about that no fact names, whose
	// articles' facts answer instead: the figures are from articles that
	// mention them, not about them, and callers say so before the answer.
	MentionedOnly []string
	// Found counts the facts found for the query, of which Facts holds the
	// best.
	Found []Count
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
	// ones that had no effect (see Question.Ignored).
	Ignored []string
}
