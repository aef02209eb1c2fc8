// Package extract finds the facts in an article's text: deal values with
// their parties and roles, seat counts, market shares with their period and
// measurer, and the figures that must not be taken for them (revenue,
// growth, valuations).
//
// Extraction is a table of named rules over a tokenised sentence, reading
// word lists kept in one lexicon and the companies, places and research
// firms of a Knowledge. An Extractor holds all of it; New gives one with
// the built-in knowledge, NewWith one with a caller's.
//
// The same knowledge reads questions, through the extractor that read the
// articles: its Canonical, CompaniesIn and KnownCompanies name the
// companies a question means, KnownMeasurers the research firms, and
// OrganisationsIn finds the organisations an article names that it does not
// know, for the index to learn. No package function reads the built-in
// knowledge behind its caller's back: a caller that added companies with
// NewWith has them wherever it passes its extractor.
package extract
