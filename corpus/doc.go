// Package corpus is dealbot's domain: the news articles it knows about,
// loading them from the formats people keep them in, and the facts (deal
// values, seat counts, market shares) and deal records made from their
// text. Finding those facts in text is corpus/extract's.
//
// It imports only the standard library and small parsing libraries; it knows
// nothing of search engines or Slack.
package corpus
