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
	// OtherOutlets are the other publications that ran the same story,
	// near-identical, under their own URLs.
	OtherOutlets []Outlet
	// SameStoryAs is, in a file that records another outlet's copy of a
	// story, the URL of the article it copies. Loading folds such an
	// article into that one, as one more of its OtherOutlets.
	SameStoryAs string
	// Path is the file it was loaded from, with a ":N" suffix for the Nth
	// line of a .jsonl file.
	Path string
}

// Outlet is one more publication that ran an article, and where.
type Outlet struct {
	// Publication is who ran it, such as "Reuters".
	Publication string
	// URL is where it ran there; empty when unknown.
	URL string
}
