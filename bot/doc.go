// Package bot is dealbot's Slack edge: it connects to Slack over Socket Mode,
// answers the /deal slash command, mentions and direct messages by asking an
// Asker (in production *index.Live, which answers from the index generation
// in use), and renders the index.Answer as Block Kit with a plain-text
// fallback.
//
// It knows Slack's wire format, limits and failure modes; it knows nothing of
// how answers are found. Imports point one way: bot → index → corpus.
//
// The "Extract deal facts" message shortcut reads the page a message links
// to through a PageReader, and saves it through an ArticleSaver: the bot
// itself fetches nothing from the web, so the rule that links from Slack
// reach only public addresses lives with the fetcher it is given.
//
// Everything placed in a message that came from the corpus or from a user is
// escaped for Slack mrkdwn (see Escape), so an article or a question can never
// ping a channel or a person.
//
// Slack delivers each envelope at least once, to any of the app's
// connections. One Bot remembers what it answered; replicas of it share
// that memory through Config.Claims (which bot defines and cmd/dealbot
// backs with the state store), so that each question is answered by one of
// them, once.
package bot
