package corpus

import "time"

// Article is one news article about cloud deals.
type Article struct {
	// ID is stable across loads: derived from the article's content, so the
	// same article saved twice (or moved) keeps its ID.
	ID string
	// Title is the headline.
	Title string
	// Body is the article's readable text, paragraphs separated by blank lines.
	Body string
	// Published is when the article appeared; zero when unknown.
	Published time.Time
	// Publication names who ran the article, such as "Reuters".
	Publication string
	// URL is where the article can be read; empty when unknown.
	URL string
	// Path is the file it was loaded from, with a ":N" suffix for the Nth
	// line of a .jsonl file.
	Path string
}
