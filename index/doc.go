// Package index answers questions about cloud deals from indexed articles.
// It is the answering core: it understands a question (Understand,
// Question), asks a full-text engine for candidate facts and articles, and
// ranks and merges them into an Answer, the one value the terminal and
// Slack render. Coverage says what an index holds, and Live serves the
// current generation of an index, moving to a new one without failing a
// question.
//
// It knows no search engine. An engine implements Engine: it runs Requests
// built in code from Match, Term, AnyOf, AllOf, Boolean and IDs queries over
// the fields of Field, and returns Hits in the core's own types; no text a
// user types reaches an engine as query syntax. A loader fills an engine
// with the Entry of each article (NewEntry: the article, the companies it
// mentions, its facts with their FactID) and the organisations an OrgTally
// counted, and an engine that keeps generations offers them to Live as
// Generations.
//
// index/bleveindex is the engine dealbot ships: an embedded bleve index on
// disk, built in atomic generations. Another engine (Elasticsearch,
// OpenSearch) plugs in by implementing Engine and Generations; nothing here
// or in the packages above changes.
package index
