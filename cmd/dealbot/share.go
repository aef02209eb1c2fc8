package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/ingest"
	"github.com/dealbot/dealbot/corpus/state"
)

// syncEvery is how often a replica looks in the shared store for articles
// other replicas stored: one small query when there is nothing new.
const syncEvery = 3 * time.Second

// syncBatch is how many stored articles one query reads: few, as each may
// be megabytes.
const syncBatch = 16

// putTimeout bounds storing one article, so that someone waiting in Slack
// for "Add to articles" is not held up by an unreachable store; what was
// not stored is tried again.
const putTimeout = 5 * time.Second

// articleStore is the part of the state store that shares article files.
type articleStore interface {
	PutArticle(ctx context.Context, name string, body []byte) (bool, error)
	ArticlesAfter(ctx context.Context, seq int64, limit int) ([]state.StoredArticle, error)
}

// articleShare keeps the article folders of replicas that share a state
// store the same: the files this replica writes into its folder (from the
// feeds, or "Add to articles") are stored, and those other replicas stored
// are written into its folder, where the folder watch indexes them. It
// never replaces or deletes a file. It settles what other replicas stored
// as ingest settles what it fetched: under the folder's lock, shared with
// the feed poller and "Add to articles", and with ingest's duplicate test,
// so that a story reaching the folder from another replica and from a feed
// at once is written once. Its methods are safe for concurrent use.
type articleShare struct {
	store       articleStore
	dir         string
	lock        *ingest.FolderLock
	followLinks bool
	every       time.Duration
	log         *slog.Logger

	// after is the sequence number of the last stored article settled;
	// only run uses it. It starts at 0, so a replica starting catches up
	// with everything stored, writing only what its folder lacks.
	after int64

	mu      sync.Mutex
	pending []string // files written here that the store has yet to take
	failing bool     // the store could not be reached; said once
	trouble string   // the folder problem last logged, said once
}

// newArticleShare returns the share of folder dir. lock is the folder's,
// shared with every ingester writing into it (nil when nothing else
// writes); followLinks reads the folder as those ingesters do.
func newArticleShare(store articleStore, dir string, lock *ingest.FolderLock, followLinks bool, every time.Duration, log *slog.Logger) *articleShare {
	return &articleShare{store: store, dir: dir, lock: lock, followLinks: followLinks, every: every, log: log}
}

// publish stores the article files (paths in the folder) just written, so
// that the other replicas write them too. What the store cannot take now
// is kept and tried again at each sync.
func (s *articleShare) publish(ctx context.Context, files []string) {
	for _, f := range files {
		s.put(ctx, f)
	}
}

// unshared returns the files publish could not store yet.
func (s *articleShare) unshared() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.pending)
}

// put stores one file; it reports false when it should be tried again.
func (s *articleShare) put(ctx context.Context, file string) bool {
	name := filepath.Base(file)
	body, err := readCapped(filepath.Join(s.dir, name))
	if err != nil {
		s.log.Warn("article sync: cannot read an article written here to share it; the other replicas will not get it", "file", file, "err", err)
		return true
	}
	ctx, cancel := context.WithTimeout(ctx, putTimeout)
	defer cancel()
	stored, added, err := putUnder(ctx, s.store, name, body)
	switch {
	case errors.Is(err, state.ErrInvalidArticle):
		s.log.Warn("article sync: the state store does not keep this article; the other replicas will not get it", "file", file, "err", err)
		return true
	case err != nil:
		s.unreachable(err)
		s.mu.Lock()
		if !slices.Contains(s.pending, file) {
			s.pending = append(s.pending, file)
		}
		s.mu.Unlock()
		return false
	}
	s.reachable()
	if added {
		s.log.Info("article sync: stored for the other replicas", "file", file, "stored_as", stored)
	}
	return true
}

// putUnder stores body under name or, when another article holds that
// name, under name-2, name-3, ... as ingest names files; it returns the
// name used.
func putUnder(ctx context.Context, store articleStore, name string, body []byte) (string, bool, error) {
	for n := 1; n <= ingest.MaxNameTries; n++ {
		candidate := ingest.NumberedName(name, n)
		added, err := store.PutArticle(ctx, candidate, body)
		if !errors.Is(err, state.ErrNameTaken) {
			return candidate, added, err
		}
	}
	return "", false, fmt.Errorf("storing %s: every name like it is taken by another article", name)
}

// run writes the articles other replicas stored into the folder, now and
// every s.every until ctx is done, and stores again what could not be
// stored before.
func (s *articleShare) run(ctx context.Context) {
	s.log.Info("article sync: sharing the article folder with the other replicas", "dir", s.dir, "every", s.every.String())
	t := time.NewTicker(s.every)
	defer t.Stop()
	for {
		s.sync(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// sync is one pass: retry what was not stored, then settle every article
// stored after the last one seen.
func (s *articleShare) sync(ctx context.Context) {
	s.mu.Lock()
	retry := s.pending
	s.pending = nil
	s.mu.Unlock()
	for len(retry) > 0 && s.put(ctx, retry[0]) {
		retry = retry[1:]
	}
	if len(retry) > 0 {
		// put kept the first again; keep the rest for the next pass.
		s.mu.Lock()
		for _, f := range retry[1:] {
			if !slices.Contains(s.pending, f) {
				s.pending = append(s.pending, f)
			}
		}
		s.mu.Unlock()
		return
	}
	// The folder is read once a pass, when there is something to settle,
	// under its lock, held to the end of the pass: an ingester writing
	// meanwhile would not be seen.
	var (
		files  folderFiles
		known  *ingest.Holdings
		locked bool
	)
	for ctx.Err() == nil {
		arts, err := s.store.ArticlesAfter(ctx, s.after, syncBatch)
		if err != nil {
			s.unreachable(err)
			return
		}
		s.reachable()
		if len(arts) > 0 && !locked {
			if err := s.lock.Lock(ctx); err != nil {
				return
			}
			locked = true
			defer s.lock.Unlock()
			if files, known, err = s.readFolder(ctx); err != nil {
				s.folderTrouble(err)
				return
			}
		}
		for _, a := range arts {
			if err := s.take(ctx, a, files, known); err != nil {
				// The folder cannot be written: this article and
				// those after it are tried again at the next pass.
				s.folderTrouble(err)
				return
			}
			s.after = a.Seq
		}
		s.folderTrouble(nil)
		if len(arts) < syncBatch {
			return
		}
	}
}

// take writes a stored article into the folder unless one of its files
// has that content already, whatever its name (a file written here, or
// taken before), or the folder holds it as ingest judges (its address, or
// its story: another outlet's copy of a story the folder holds is written
// as ingest writes one, naming that story). Nothing from the store is
// trusted: a name ingest would not give is refused and logged, and the
// file is written as ingest writes, never over another. The error is the
// folder's, to try again.
func (s *articleShare) take(ctx context.Context, a state.StoredArticle, files folderFiles, known *ingest.Holdings) error {
	if err := ingest.CheckFileName(a.Name); err != nil {
		s.log.Warn("article sync: refused an article from the state store: its name is not a file name ingest gives, so nothing was written; something other than dealbot wrote it: check who can write to the database",
			"name", shortName(a.Name), "seq", a.Seq, "reason", err.Error())
		return nil
	}
	if len(a.Body) > state.MaxArticleSize {
		s.log.Warn("article sync: refused an article from the state store: too large; nothing written", "name", a.Name, "seq", a.Seq, "bytes", len(a.Body))
		return nil
	}
	held, err := files.holds(a.Body)
	if err != nil || held {
		return err
	}
	body := a.Body
	// A file that holds no article is written all the same, as ingest
	// writes it, for the load to report.
	art, perr := corpus.ParseArticle(a.Name, a.Body)
	parsed := perr == nil
	if parsed {
		switch h := known.Find(art); {
		case h.File != "" && h.SameStoryAs == "":
			s.log.Info("article sync: the folder holds this article already, in another file; nothing written", "stored_as", a.Name, "file", filepath.Join(s.dir, h.File))
			return nil
		case h.SameStoryAs != "" && art.SameStoryAs == "":
			// Another outlet's copy of a story the folder tells: kept
			// as another of its sources, as ingest keeps one, so that
			// loading folds it into the story.
			art.SameStoryAs = h.SameStoryAs
			body = ingest.Markdown(art)
		}
	}
	used, err := ingest.WriteFile(s.dir, a.Name, body)
	if err != nil {
		return err
	}
	files[int64(len(body))] = append(files[int64(len(body))], filepath.Join(s.dir, used))
	if parsed {
		known.Add(art, used)
	}
	s.log.Info("article sync: wrote an article another replica stored", "file", filepath.Join(s.dir, used), "stored_as", a.Name, "same_story_as", art.SameStoryAs)
	return nil
}

// readFolder reads what the folder holds: its files by size, for the
// content test, and its articles, for ingest's duplicate test.
func (s *articleShare) readFolder(ctx context.Context) (folderFiles, *ingest.Holdings, error) {
	files, err := s.scanFolder()
	if err != nil {
		return nil, nil, err
	}
	known, err := ingest.ReadHoldings(ctx, s.dir, s.followLinks)
	if err != nil {
		return nil, nil, err
	}
	return files, known, nil
}

// folderFiles maps a size to the files of that size at the top of the
// folder (where ingest writes), so that a stored article is compared with
// the few files that could hold it, whatever they are called.
type folderFiles map[int64][]string

func (s *articleShare) scanFolder() (folderFiles, error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, err
	}
	files := folderFiles{}
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // gone meanwhile
		}
		files[info.Size()] = append(files[info.Size()], filepath.Join(s.dir, e.Name()))
	}
	return files, nil
}

// holds reports whether a file of the folder has exactly this content.
func (f folderFiles) holds(body []byte) (bool, error) {
	for _, p := range f[int64(len(body))] {
		have, err := readCapped(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return false, err
		}
		if bytes.Equal(have, body) {
			return true, nil
		}
	}
	return false, nil
}

// readCapped reads a file of at most state.MaxArticleSize bytes.
func readCapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, state.MaxArticleSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > state.MaxArticleSize {
		return nil, fmt.Errorf("%s is over %d MB", path, state.MaxArticleSize>>20)
	}
	return b, nil
}

// unreachable logs, once until it is reachable again, that the store
// cannot be reached.
func (s *articleShare) unreachable(err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.failing {
		s.failing = true
		s.log.Warn("article sync: the state store cannot be reached; articles are shared again when it can", "retry_every", s.every.String(), "err", err)
	}
}

func (s *articleShare) reachable() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failing {
		s.failing = false
		s.log.Info("article sync: the state store is reachable again")
	}
}

// folderTrouble logs a problem writing the folder once, and once when it
// is over (err nil).
func (s *articleShare) folderTrouble(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case err == nil && s.trouble != "":
		s.trouble = ""
		s.log.Info("article sync: the article folder can be written again", "dir", s.dir)
	case err != nil && err.Error() != s.trouble:
		s.trouble = err.Error()
		s.log.Error("article sync: cannot write into the article folder; trying again", "dir", s.dir, "every", s.every.String(), "err", err)
	}
}

// shortName is a name from the store cut to at most 100 bytes for a log
// line; the log handler quotes what it holds.
func shortName(name string) string {
	if len(name) > 100 {
		return name[:100] + "…"
	}
	return name
}

// newFiles returns the files an ingest run wrote: new articles, and new
// copies of a story kept as another of its sources.
func newFiles(lines []ingest.Line) []string {
	var out []string
	for _, l := range lines {
		if (l.Outcome == ingest.Added || l.Outcome == ingest.Copied) && l.File != "" {
			out = append(out, l.File)
		}
	}
	return out
}
