package index

import (
	"context"

	"github.com/dealbot/dealbot/corpus"
)

// Engine is a full-text engine holding one generation of indexed articles
// and facts: what the answering core asks questions of. The core decides
// what to ask (which words in which field, how much each counts, which facts
// may answer) and ranks what comes back; an engine only runs the requests.
//
// An engine holds one document per article and one per fact, with the
// fields of Field, and the organisations its articles name (see Entry and
// OrgTally for what a loader puts in). Requests are built in code from
// Query values, never parsed from text, so nothing a user types has a
// meaning to the engine.
//
// Errors from an engine that cannot answer (its files broke, its cluster is
// down) should wrap ErrUnavailable.
type Engine interface {
	// Search runs a request and returns its hits: the best scoring first,
	// or in the order the request asks for. Hits of equal score may come
	// in any order; the core breaks such ties itself.
	Search(ctx context.Context, r Request) (Result, error)
	// Documents returns how many documents the engine holds, articles and
	// facts together.
	Documents(ctx context.Context) (int, error)
	// Organisations returns the organisations the indexed articles name
	// beyond the companies of the extractor that read them, in the order
	// OrgTally gives them.
	Organisations() []corpus.Organisation
	// Extractor returns the Fingerprint of the extractor that read the
	// indexed articles (extract.Extractor.Fingerprint), or "" when the
	// engine does not know it.
	ExtractorFingerprint() string
	// Close releases the engine; it is called once, after the last
	// request.
	Close() error
}

// Field is a part of an indexed article or fact that a query searches.
type Field uint8

// The fields a query may search. Text fields are analysed as English
// (stemmed, stop words dropped) at indexing and at search alike; the others
// hold whole values, lower-cased where noted.
const (
	// FieldTitle is an article's headline, as text.
	FieldTitle Field = iota + 1
	// FieldBody is an article's text.
	FieldBody
	// FieldDateline is when an article appeared, in the words of Dateline.
	FieldDateline
	// FieldMentions are the companies and organisations an article names,
	// each whole and lower-cased: a Term on it is lower case.
	FieldMentions
	// FieldKind is a fact's kind, whole.
	FieldKind
	// FieldCompanies are the companies a fact is about, each whole and
	// lower-cased: a Term on it is lower case.
	FieldCompanies
	// FieldArticle is the ID of the article a fact is from, whole.
	FieldArticle
	// FieldSentence is the sentence a fact was read from, as text.
	FieldSentence
	// FieldPeriod is the period a fact is for, whole and lower-cased as
	// corpus.Period writes it ("2024-q3", "2021"): a Term on it is lower
	// case.
	FieldPeriod
)

// Query says which documents a request matches and how they score. It is
// one of Match, Term, AnyOf, AllOf, Boolean and IDs.
type Query interface{ query() }

// Match matches documents whose Field holds the words of Text, analysed as
// the field is: any of them, or with All every one. More and rarer words
// score higher.
type Match struct {
	Field Field
	Text  string
	All   bool
	// Boost multiplies the score; zero means 1.
	Boost float64
}

// Term matches documents whose Field holds Value whole.
type Term struct {
	Field Field
	Value string
	// Boost multiplies the score; zero means 1.
	Boost float64
}

// AnyOf matches documents that match at least one of its queries; those
// matching more of them score higher. An empty AnyOf matches nothing.
type AnyOf []Query

// AllOf matches documents that match every one of its queries.
type AllOf []Query

// Boolean matches documents that match Filter and Must (each when set);
// Filter adds nothing to the score, Must and the Should queries that match
// add theirs. Without Filter and Must, a document must match a Should.
type Boolean struct {
	Filter Query
	Must   Query
	Should []Query
}

// IDs matches the facts and the articles of the given IDs.
type IDs struct {
	Facts    []string
	Articles []string
}

func (Match) query()   {}
func (Term) query()    {}
func (AnyOf) query()   {}
func (AllOf) query()   {}
func (Boolean) query() {}
func (IDs) query()     {}

// Sort is the order of a request's hits.
type Sort uint8

// The orders of hits. By date, ties go by score, then by ID.
const (
	ByScore Sort = iota
	NewestFirst
	OldestFirst
)

// Read says what a request reads of each hit beyond its ID and score.
type Read uint8

// What a request may read of its hits. An engine may read more than asked,
// never less; reading less saves time for requests with many hits.
const (
	// ReadNothing reads only IDs and scores.
	ReadNothing Read = iota
	// ReadArticle reads an article hit's Source.
	ReadArticle
	// ReadRanking reads what ranking needs of a fact hit: its kind,
	// companies, value, unit, qualifier, period, region, market, research firm,
	// details, sentence and text (the question's words beside the figure
	// pick one figure of a sentence), whether it is headline news, and its
	// article's ID and date (in Fact.Sources[0]).
	ReadRanking
	// ReadShown reads all a fact hit shows (what ranking reads, less whether
	// it is headline news, and its article's title and link) and an article
	// hit's Source.
	ReadShown
)

// Request is one search of an Engine.
type Request struct {
	Query Query
	// Size is how many hits to return; zero returns only the count.
	Size int
	Sort Sort
	Read Read
	// TopCompanies, when above zero, asks for up to that many of the
	// companies the matching facts are most often about, most first.
	TopCompanies int
}

// Result is what a request found.
type Result struct {
	Hits []Hit
	// Total counts every matching document, also those past Size.
	Total int
	// MaxScore is the best score of any matching document.
	MaxScore float64
	// Companies are the companies Request.TopCompanies asked for, as the
	// engine keeps them (possibly lower-cased).
	Companies []string
}

// Hit is a document a request matched.
type Hit struct {
	// ID is a fact's ID (see FactID) for a fact, an article's ID for an
	// article.
	ID    string
	Score float64
	// Fact is a fact hit's fact, with its article in Sources[0], as far as
	// Request.Read asked.
	Fact FactAnswer
	// Headline says a fact's figure is in its article's headline too.
	Headline bool
	// Retold says the headline spells the figure only as a body sentence
	// gives it: see EntryFact.Retold.
	Retold bool
	// Source is an article hit's article, as far as Request.Read asked.
	Source Source
}
