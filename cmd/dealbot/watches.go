package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/corpus/state"
)

// watchStore keeps the bot's watches and announcement ledger in the state
// file.
type watchStore struct {
	db  state.Store
	now func() time.Time
}

var _ bot.Watches = watchStore{}

func (s watchStore) AddWatch(ctx context.Context, w bot.Watch) (bot.Watch, error) {
	return s.db.AddWatch(ctx, w)
}

func (s watchStore) ListWatches(ctx context.Context, channel string) ([]bot.Watch, error) {
	return s.db.Watches(ctx, channel)
}

func (s watchStore) RemoveWatch(ctx context.Context, channel string, id uint64) (bool, error) {
	return s.db.RemoveWatch(ctx, channel, id)
}

func (s watchStore) Announce(ctx context.Context, channel string, keys []string) ([]string, error) {
	return s.db.Announce(ctx, channel, keys, s.now())
}

func (s watchStore) AddToDigest(ctx context.Context, id uint64, items [][]byte) error {
	return s.db.AddToDigest(ctx, id, items)
}

func (s watchStore) TakeDigest(ctx context.Context, id uint64, at time.Time) ([][]byte, error) {
	return s.db.TakeDigest(ctx, id, at)
}

func (s watchStore) LastDigest(ctx context.Context, id uint64) (time.Time, error) {
	return s.db.LastDigest(ctx, id)
}

// newFacts tells the announcer which figures each rebuild added to the
// index: those whose corpus.FactKey was not among the figures before it.
// Only the rebuild goroutine uses it.
type newFacts struct {
	x   *extract.Extractor
	ann *bot.Announcer
	log *slog.Logger
	// leading, when set, says whether this replica holds the leader
	// lease: only the leader announces. The others still track what is
	// new, to take over with an up-to-date view; the ledger (Announce)
	// keeps a figure from being announced twice across a takeover.
	leading func() bool
	prev    map[string]bool
}

// prime records the figures in the folder when serve starts: they are not
// new, whatever the watches.
func (n *newFacts) prime(ctx context.Context, dir string, followLinks bool) {
	load := corpus.LoadDir
	if followLinks {
		load = corpus.LoadDirFollowingLinks
	}
	loaded, err := load(ctx, dir)
	if err != nil {
		n.log.Warn("cannot read the article folder to learn which figures are already known; the first rebuild announces none", "dir", dir, "err", err)
		return
	}
	n.prev = factKeys(n.x, loaded.Articles)
}

// rebuilt announces the figures of articles that were not there before.
func (n *newFacts) rebuilt(ctx context.Context, articles []corpus.Article) {
	keys := factKeys(n.x, articles)
	prev := n.prev
	n.prev = keys
	if prev == nil {
		return
	}
	fresh := map[string]bool{}
	for k := range keys {
		if !prev[k] {
			fresh[k] = true
		}
	}
	if n.leading != nil && !n.leading() {
		n.log.Info("watches checked after the rebuild", "new_figures", len(fresh), "announced_by", "the leader replica")
		return
	}
	if len(fresh) > 0 {
		n.ann.AnnounceNew(ctx, fresh)
	}
	n.log.Info("watches checked after the rebuild", "new_figures", len(fresh))
}

func factKeys(x *extract.Extractor, articles []corpus.Article) map[string]bool {
	keys := map[string]bool{}
	for _, a := range articles {
		for _, f := range x.Extract(a) {
			keys[corpus.FactKey(f)] = true
		}
	}
	return keys
}
