package main

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// debounce is how long the article folder must be quiet before a rebuild:
// copying a batch of files fires many events, and one rebuild should follow
// them all.
const debounce = 500 * time.Millisecond

// watchCorpus rebuilds the index, with the facts x extracts, whenever
// files under dir change, then swaps the new generation into live. It runs
// until ctx is done; failures are logged and the index being served stays.
// It closes ready, when not nil, once the folder is being watched (or
// cannot be). News, when not nil, is told of the figures in the folder at
// the start and after every rebuild.
func watchCorpus(ctx context.Context, x *extract.Extractor, dir string, followLinks bool, path string, live *index.Live, log *slog.Logger, ready chan<- struct{}, news *newFacts) {
	watching := sync.OnceFunc(func() {
		if ready != nil {
			close(ready)
		}
	})
	defer watching()
	if news != nil {
		news.prime(ctx, dir, followLinks)
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		log.Error("cannot watch the article folder; rebuild with dealbot index instead", "dir", dir, "err", err)
		return
	}
	defer w.Close()
	addTree(w, dir, log)
	log.Info("watching for article changes", "dir", dir)
	watching()

	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					addTree(w, ev.Name, log)
				}
			}
			if strings.HasPrefix(filepath.Base(ev.Name), ".") {
				continue // editors' swap files and the like
			}
			timer.Reset(debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			log.Warn("watching the article folder", "dir", dir, "err", err)
		case <-timer.C:
			rebuild(ctx, x, dir, followLinks, path, live, log, news)
		}
	}
}

// addTree watches dir and every folder below it: inotify watches one folder
// at a time.
func addTree(w *fsnotify.Watcher, dir string, log *slog.Logger) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if err := w.Add(p); err != nil {
			log.Warn("cannot watch a folder", "dir", p, "err", err)
		}
		return nil
	})
}

func rebuild(ctx context.Context, x *extract.Extractor, dir string, followLinks bool, path string, live *index.Live, log *slog.Logger, news *newFacts) {
	load := corpus.LoadDir
	if followLinks {
		load = corpus.LoadDirFollowingLinks
	}
	loaded, err := load(ctx, dir)
	if err != nil {
		log.Error("rebuild: cannot read the article folder; still serving the old index", "dir", dir, "err", err)
		return
	}
	for _, p := range loaded.Problems {
		log.Warn("rebuild: skipped", "problem", p.String())
	}
	if len(loaded.Articles) == 0 {
		log.Error("rebuild: no readable articles; still serving the old index", "dir", dir)
		return
	}
	stats, err := bleveindex.Build(ctx, x, path, loaded.Articles, nil)
	if err != nil {
		log.Error("rebuild failed; still serving the old index", "index", path, "err", err)
		return
	}
	for _, p := range stats.Warnings {
		log.Warn("rebuild: indexed in part", "problem", p.String())
	}
	log.Info("rebuilt the index", "articles", stats.Articles, "took", stats.Duration.Round(time.Millisecond))
	if _, err := live.Reload(ctx); err != nil {
		log.Error("rebuild: cannot open the new index", "index", path, "err", err)
		return
	}
	if news != nil {
		news.rebuilt(ctx, loaded.Articles)
	}
}
