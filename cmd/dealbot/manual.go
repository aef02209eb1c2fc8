package main

import (
	"fmt"
	"io"
	"strings"
)

// manual is `dealbot help`: what a person needs to use dealbot without
// reading the source.
const manual = `DEALBOT(1)                      dealbot manual                      DEALBOT(1)

NAME
    dealbot - answer questions about cloud deals, with their sources

SYNOPSIS
%s
DESCRIPTION
    dealbot keeps news articles about cloud deals in a local full-text index
    and answers questions from it: deal values, seat and license counts,
    market shares, the companies involved, and the article each figure came
    from, with its date and link. It answers in the terminal (ask) and in
    Slack (serve), where people type /deal amazon microsoft or mention
    @dealbot in a thread.

    dealbot ships with a set of articles built in, so "dealbot ask" works with
    nothing on disk. Point it at your own folder of articles with
    "dealbot index --corpus DIR".

COMMANDS
    ask QUESTION...
        Answer in the terminal. Name companies ("amazon microsoft"), ask a
        question ("how many licenses did amazon buy"), or both; words such as
        "how much", "worth" and "billion" ask for deal values, "how many",
        "seats" and "licenses" for seat counts, "share" and "market" for
        market shares. Other words (a year, a research firm, a contract name)
        pick among figures for the same companies. Without an index at PATH,
        the built-in articles are indexed in memory first.

    index
        Build the index from a folder of articles, read recursively: .txt
        (first line the title, an optional last line "Source: URL"), .md
        (optional YAML front matter: title, date, source, url), .html (a
        saved news page) and .jsonl (one article per line: title, body or
        text, date, url, source). Files that cannot be read are skipped and
        listed with the reason; the rest is indexed. The new index replaces
        the old one atomically: readers keep answering from the old one until
        the switch, and a failed or interrupted build leaves it untouched.

    ingest URL...
        Fetch news into the article folder (--corpus DIR): each URL is a
        feed (RSS 2.0, Atom or JSON Feed), whose items' pages are fetched
        (or their full text used when the feed carries it), or an article
        page. Each new article becomes a .md file named by date and title.
        A story the folder already has, under the same address (tracking
        parameters, #fragments and AMP variants aside) or as near-identical
        text, is not written again; the same story from another outlet is
        kept as one more source of the article (under sources, or in a small
        file naming it with same_story_as when the article was already in
        the folder). Files already in the folder are never changed.
        Fetches time out after 30 seconds, stop at 10 MB and 5 redirects,
        and run at most 2 at a time per site; feeds are asked for only when
        they changed (ETag, Last-Modified, remembered in DEALBOT_STATE). A URL that fails is
        listed with the reason and the rest goes on; the exit status is 1
        only when every URL failed. Run index (or serve --watch) afterwards.

    serve
        Connect to Slack over Socket Mode (no public URL needed) and answer
        /deal commands, mentions and direct messages until interrupted.
        Needs SLACK_APP_TOKEN and SLACK_BOT_TOKEN. With --watch DIR, the
        index is rebuilt whenever articles in DIR change; with --feeds FILE
        as well, the feeds listed there (one URL a line, # comments; the
        file is read again at every poll) are fetched into DIR as ingest
        does, at start and then every --every. "/deal feeds" lists them with
        when each was last fetched and what it gave. With --watch, a channel
        can "/deal watch QUERY" (list with "/deal watches", remove with
        "/deal unwatch N"): after each rebuild, figures new to the index
        that match are posted there, each figure once per channel; with
        "daily" or "weekly" after the query they are collected into one
        digest at 09:00 (weekly: Mondays), server time. A damaged state
        file (DEALBOT_STATE) stops serve with what to do; it is never
        deleted.

    state check
        Say which state store DEALBOT_STATE (or --state) names, whether it
        can be reached and at which schema version it is, without changing
        it. Exit status 1 when it cannot be reached or used, 2 when the URL
        cannot be read.

    manifest
        Print the Slack app manifest: paste it at api.slack.com/apps →
        Create New App → From a manifest.

    version
        Print the version.

ENVIRONMENT
    Flags win over the environment, which wins over a .env file in the
    current directory, which wins over the defaults.

    DEALBOT_INDEX        index path (default data/deals.bleve)
    DEALBOT_CORPUS       article folder for "index" and "ingest" (default: built-in articles)
    DEALBOT_STATE        what dealbot remembers between runs: a file (default data/state.db)
                         or postgres://user:password@host:5432/db, shared by replicas
    SLACK_APP_TOKEN      app-level token, xapp-… (serve)
    SLACK_BOT_TOKEN      bot token, xoxb-… (serve)
    SLACK_API_URL        Slack Web API base URL (default Slack's own)
    DEALBOT_RESPONSE     ephemeral (default) or in_channel: who sees /deal answers
    DEALBOT_LOG_LEVEL    debug, info (default), warn or error
    DEALBOT_LOG_FORMAT   text (default) or json
    DEALBOT_FETCH_PRIVATE  non-public addresses links shared in Slack may be fetched
                         from: addresses and prefixes, comma-separated, or 1 for all
                         (serve; default: public addresses only)

EXIT STATUS
    0 on success, 1 when the command failed, 2 when it was called wrongly:
    an unknown command or flag, or a setting it cannot use (every command
    checks DEALBOT_RESPONSE, DEALBOT_LOG_LEVEL, DEALBOT_LOG_FORMAT and
    DEALBOT_FETCH_PRIVATE; ingest, serve and state a DEALBOT_STATE URL;
    serve also the tokens and SLACK_API_URL).

EXAMPLES
    dealbot ask amazon microsoft
    dealbot ask "what is AWS market share"
    dealbot ask --json how much did amazon put into anthropic
    dealbot index --corpus ~/deal-news && dealbot ask oracle openai
    dealbot ingest --corpus ~/deal-news https://news.example/cloud/rss
    dealbot manifest > manifest.json

FILES
    data/deals.bleve/current    the index generation being served
    data/state.db               feed fetch state, watches, figures announced
    .env                        tokens and settings, never committed
`

// printManual writes the manual, its synopsis taken from the commands' own
// usage lines so that it lists every command and flag they take.
func printManual(w io.Writer, sys system) {
	var synopsis strings.Builder
	for _, c := range commands(sys) {
		fmt.Fprintf(&synopsis, "    %s\n", c.usage)
	}
	synopsis.WriteString("    dealbot help [COMMAND]\n")
	fmt.Fprintf(w, manual, synopsis.String())
}
