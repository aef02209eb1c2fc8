package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/dealbot/dealbot/corpus"
)

// Progress is told how many URLs and feed items are fetched out of how many
// are known so far; the total grows as feeds list their items.
type Progress func(done, total int)

// Run fetches every URL, a feed or an article page, and writes the articles
// the folder does not hold yet. Every URL or item that fails becomes a
// Failed line and the rest goes on; Summary.Nothing says whether any URL
// gave anything. The error is non-nil only when the folder cannot be read
// or written, or ctx is done; nothing is written then beyond what was
// written before the error.
//
// Fetching runs concurrently; what it found is settled afterwards in the
// order the URLs were given (and items listed), so which outlet's copy of
// a story becomes the article, and which the other source, does not
// depend on which server answered first.
func (in *Ingester) Run(ctx context.Context, urls []string, progress Progress) (Summary, error) {
	// Fetching skips what the folder holds already, so it is read first.
	r, err := in.start(ctx, len(urls), progress, true)
	if err != nil {
		return Summary{}, err
	}

	results := make([]*inputResult, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Go(func() { results[i] = r.fetchInput(ctx, u) })
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return r.sum, fmt.Errorf("interrupted; nothing was written: %w", err)
	}
	unlock, err := r.lock(ctx)
	if err != nil {
		return r.sum, err
	}
	defer unlock()
	for _, res := range results {
		r.settleInput(ctx, res)
	}
	return r.sum, r.write()
}

// start reads what the folder holds, creating it when missing, for a run
// over inputs URLs. Without preload the folder is read only under the
// folder's lock (Options.Lock must be set), for a run that needs it only
// to settle.
func (in *Ingester) start(ctx context.Context, inputs int, progress Progress, preload bool) (*run, error) {
	if err := os.MkdirAll(in.opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating the article folder: %w", err)
	}
	r := &run{
		in:       in,
		progress: progress,
		claimed:  map[string]string{},
		sem:      make(chan struct{}, in.opts.Workers),
		fetched:  in.opts.Now(),
		total:    inputs,
	}
	if preload {
		if err := r.load(ctx); err != nil {
			return nil, err
		}
	}
	r.sum.Inputs = inputs
	return r, nil
}

// load reads what the folder holds into the duplicate checks, replacing
// what they held.
func (r *run) load(ctx context.Context) error {
	known, err := ReadHoldings(ctx, r.in.opts.Dir, r.in.opts.FollowLinks)
	if err != nil {
		return err
	}
	r.known, r.storyNew = known, slices.Repeat([]int{-1}, len(known.file))
	return nil
}

// lock takes the folder's lock, when the Ingester shares one, and reads
// the folder again under it: another Ingester may have written into it
// while this one fetched. Fetching is done by then, so the checks read
// only during settling change. It returns the function that lets go.
func (r *run) lock(ctx context.Context) (func(), error) {
	l := r.in.opts.Lock
	if l == nil {
		return func() {}, nil
	}
	if err := l.Lock(ctx); err != nil {
		return nil, fmt.Errorf("interrupted waiting for the article folder; nothing was written: %w", err)
	}
	if err := r.load(ctx); err != nil {
		l.Unlock()
		return nil, err
	}
	return l.Unlock, nil
}

// run is the state of one Run.
type run struct {
	in       *Ingester
	progress Progress
	fetched  time.Time
	sem      chan struct{}

	mu          sync.Mutex
	done, total int
	// claimed maps the canonical URLs being fetched in this run to the URL
	// that claimed them, so a page linked twice is fetched once.
	claimed map[string]string

	// The rest is used only while settling, one input at a time.
	sum Summary
	// known is what the folder holds, and the articles pending in this
	// run (as files "#N"). It is filled before fetching starts (and again
	// under the folder's lock, once fetching is done) and read by the
	// fetchers; settling writes to it only after they are done.
	known *Holdings
	// storyNew maps a story number of known to its article's index in
	// pending, or -1 for a file already in the folder.
	storyNew []int
	pending  []corpus.Article
	// copyOf is, for each pending article that copies a story already in
	// the folder, that story's file; "" for a new story.
	copyOf []string
}

// inputResult is what fetching one URL gave, waiting to be settled.
type inputResult struct {
	url   string
	prev  FeedState
	state FeedState
	// fail is why the URL gave nothing; empty when it gave something.
	fail        string
	notModified bool
	validators  Validators
	feed        bool
	found       []found
}

// found is one article read, or one item settled without an article.
type found struct {
	raw     string
	final   *url.URL
	article *corpus.Article
	// line is set when the item is settled already (failed, or known).
	line *Line
}

// step counts one URL or item fetched, or grow more to fetch. Progress is
// called under the lock, so it needs none of its own.
func (r *run) step(grow int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.total += grow
	if grow == 0 {
		r.done++
		if r.progress != nil {
			r.progress(r.done, r.total)
		}
	}
}

// fetchInput fetches one URL given to Run, and the pages of its items when
// it is a feed.
func (r *run) fetchInput(ctx context.Context, raw string) *inputResult {
	defer r.step(0)
	res := &inputResult{url: raw}
	if st := r.in.opts.Store; st != nil {
		s, ok, err := st.FeedState(ctx, raw)
		if err != nil {
			r.in.opts.Log.Warn("cannot read the remembered state of a feed; fetching it in full", "url", raw, "err", err)
		} else if ok {
			res.prev = s
		}
	}
	res.state = FeedState{URL: raw, LastFetch: r.in.opts.Now(), Feed: res.prev.Feed}

	resp, err := r.get(ctx, raw, res.prev.Validators)
	if err != nil {
		res.fail = reason(err)
		return res
	}
	if resp.NotModified {
		res.notModified, res.validators = true, res.prev.Validators
		return res
	}
	res.validators = resp.Validators
	if kindOf(resp.ContentType, resp.Body) == "page" {
		a, err := readPage(raw, resp.ContentType, resp.Body)
		if err != nil {
			res.fail = err.Error()
			return res
		}
		res.found = []found{{raw: raw, final: resp.URL, article: &a}}
		return res
	}
	feed, err := parseFeed(resp.Body)
	if err != nil {
		res.fail = err.Error()
		return res
	}
	res.feed = true
	res.found = make([]found, len(feed.Items))
	r.step(len(feed.Items))
	var wg sync.WaitGroup
	for i, item := range feed.Items {
		wg.Go(func() {
			defer r.step(0)
			res.found[i] = r.fetchItem(ctx, raw, resp.URL, feed, item)
		})
	}
	wg.Wait()
	return res
}

func (r *run) fetchItem(ctx context.Context, feedURL string, base *url.URL, feed *gofeed.Feed, item *gofeed.Item) found {
	link := item.Link
	if link != "" {
		if u, err := base.Parse(link); err == nil {
			link = u.String()
		}
	}
	name := link
	if name == "" {
		name = feedURL + " (item " + firstNonEmpty(item.Title, item.GUID) + ")"
	}
	failed := func(why string) found {
		return found{raw: name, line: &Line{Outcome: Failed, URL: name, Text: why}}
	}
	if link != "" {
		key := Canonical(link)
		if file, ok := r.known.urls[key]; ok {
			return found{raw: link, line: &Line{Outcome: Known, URL: link, File: file}}
		}
		r.mu.Lock()
		first, taken := r.claimed[key]
		if !taken {
			r.claimed[key] = link
		}
		r.mu.Unlock()
		if taken {
			return found{raw: link, line: &Line{Outcome: Known, URL: link, Text: "already fetched as " + first}}
		}
	}

	a, full := itemArticle(feedURL, item)
	var final *url.URL
	if full {
		a.URL = link
	} else {
		if link == "" {
			return failed("the item has no link and no full text")
		}
		resp, err := r.get(ctx, link, Validators{})
		if err != nil {
			return failed(reason(err))
		}
		if a, err = readPage(link, resp.ContentType, resp.Body); err != nil {
			return failed(err.Error())
		}
		final = resp.URL
	}
	// The feed knows better than the page what the item is called, when
	// and by whom.
	if t := strings.Join(strings.Fields(corpus.StripHidden(item.Title)), " "); t != "" {
		a.Title = t
	}
	if d := itemDate(item); !d.IsZero() {
		a.Published = d
	}
	if a.Publication == "" {
		a.Publication = strings.Join(strings.Fields(corpus.StripHidden(feed.Title)), " ")
	}
	return found{raw: name, final: final, article: &a}
}

// get fetches through the worker limit.
func (r *run) get(ctx context.Context, raw string, cond Validators) (*Response, error) {
	select {
	case r.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-r.sem }()
	return r.in.opts.Fetcher.Get(ctx, raw, cond)
}

func reason(err error) string {
	var fe *FetchError
	var pe *PageError
	switch {
	case errors.As(err, &fe):
		return fe.Reason
	case errors.As(err, &pe):
		return pe.Reason
	}
	return err.Error()
}

// settleInput records what one URL gave and saves its state.
func (r *run) settleInput(ctx context.Context, res *inputResult) {
	st := res.state
	switch {
	case res.fail != "":
		st.Error, st.Failed = res.fail, 1
		r.sum.InputsFailed++
		r.settle(Line{Outcome: Failed, URL: res.url, Text: res.fail})
	case res.notModified:
		st.NotModified, st.Validators = true, res.validators
		r.settle(Line{Outcome: Known, URL: res.url, Text: "unchanged since the last fetch"})
	default:
		st.Feed = res.feed
		for _, f := range res.found {
			var o Outcome
			if f.line != nil {
				o = f.line.Outcome
				r.settle(*f.line)
			} else {
				o = r.offer(*f.article, f.raw, f.final)
			}
			switch o {
			case Added:
				st.New++
			case Known, Copied:
				st.Known++
			case Failed:
				st.Failed++
			}
		}
		if st.Failed == 0 {
			// Only a URL read in full is asked for conditionally next
			// time, so an item that failed is tried again.
			st.Validators = res.validators
		}
	}
	if s := r.in.opts.Store; s != nil {
		if err := s.SaveFeedState(ctx, st); err != nil {
			r.in.opts.Log.Warn("cannot remember the state of a feed; it will be fetched in full next time", "url", res.url, "err", err)
		}
	}
}

// remember records an article's URLs and text as known: from file, or as
// pending article p when p >= 0.
func (r *run) remember(a corpus.Article, file string, p int) {
	r.known.add(a, file)
	r.storyNew = append(r.storyNew, p)
}

// settle records a line.
func (r *run) settle(l Line) {
	switch l.Outcome {
	case Known:
		r.sum.Known++
	case Copied:
		r.sum.Copies++
	case Failed:
		r.sum.Failed++
	}
	r.sum.Lines = append(r.sum.Lines, l)
}

// offer settles an article read from raw (fetched from final, nil for an
// item's text in its feed): new, known, or another source of an article
// new in this run.
func (r *run) offer(a corpus.Article, raw string, final *url.URL) Outcome {
	keys := []string{Canonical(raw)}
	fetchedFrom := ""
	if final != nil {
		fetchedFrom = final.String()
		keys = append(keys, Canonical(fetchedFrom))
	}
	if a.URL != "" {
		// The page's own canonical link, which may be relative.
		if final != nil {
			if u, err := final.Parse(a.URL); err == nil {
				a.URL = u.String()
			}
		}
		keys = append(keys, Canonical(a.URL))
	}
	link := raw
	if !isWebURL(link) {
		link = "" // an item without a link, named by its feed and title
	}
	a.URL = Tidy(firstNonEmpty(a.URL, fetchedFrom, link))

	for _, k := range keys {
		if file, ok := r.known.urls[k]; ok {
			if p, pending := pendingIndex(file); pending {
				r.settle(Line{Outcome: Known, URL: raw, Text: "already fetched as " + r.pending[p].URL})
			} else {
				r.settle(Line{Outcome: Known, URL: raw, File: file})
			}
			return Known
		}
	}
	if n := r.known.stories.match(a.Body); n >= 0 {
		if p := r.storyNew[n]; p >= 0 {
			first := &r.pending[p]
			first.OtherOutlets = append(first.OtherOutlets, corpus.Outlet{Publication: a.Publication, URL: a.URL})
			for _, k := range keys {
				r.known.urls[k] = pendingName(p)
			}
			r.settle(Line{Outcome: Copied, URL: raw, Text: fmt.Sprintf("same story as %s, kept as another of its sources", first.URL)})
			return Copied
		}
		if r.known.url[n] == "" {
			// A file without a url cannot be pointed at: the copy is
			// only reported.
			for _, k := range keys {
				r.known.urls[k] = r.known.file[n]
			}
			r.settle(Line{Outcome: Known, URL: raw, File: r.known.file[n], Text: "the same story as"})
			return Known
		}
		// The file already there is never changed: the copy gets a file
		// of its own that names the story, and loading folds it in.
		a.SameStoryAs = r.known.url[n]
		p := len(r.pending)
		r.pending = append(r.pending, a)
		for _, k := range keys {
			r.known.urls[k] = pendingName(p)
		}
		r.copyOf = append(r.copyOf, r.known.file[n])
		return Copied
	}
	p := len(r.pending)
	r.pending = append(r.pending, a)
	r.copyOf = append(r.copyOf, "")
	r.remember(a, pendingName(p), p)
	for _, k := range keys {
		r.known.urls[k] = pendingName(p)
	}
	return Added
}

// isWebURL reports whether s is an absolute http or https URL.
func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t\n")
}

func pendingName(p int) string { return fmt.Sprintf("#%d", p) }

func pendingIndex(file string) (int, bool) {
	var p int
	if len(file) == 0 || file[0] != '#' {
		return 0, false
	}
	if _, err := fmt.Sscanf(file, "#%d", &p); err != nil {
		return 0, false
	}
	return p, true
}

// write creates a file for every new article.
func (r *run) write() error {
	if len(r.pending) > 0 {
		defer syncDir(r.in.opts.Dir)
	}
	for i, a := range r.pending {
		a.ID = corpus.ArticleID(a.Title, a.Body)
		name, err := createFile(r.in.opts.Dir, FileName(a, r.fetched), Markdown(a))
		if err != nil {
			return err
		}
		if of := r.copyOf[i]; of != "" {
			r.settle(Line{Outcome: Copied, URL: a.URL, File: filepath.Join(r.in.opts.Dir, name),
				Text: fmt.Sprintf("same story as %s, kept as another of its sources", of)})
			continue
		}
		r.sum.New++
		r.sum.Lines = append(r.sum.Lines, Line{Outcome: Added, URL: a.URL, File: filepath.Join(r.in.opts.Dir, name), Text: a.Title})
	}
	return nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
