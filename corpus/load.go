package corpus

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode"
	"unicode/utf8"
)

// MaxFileSize is the largest article file a load reads, in bytes. Larger
// files are reported as a Problem without being read.
const MaxFileSize = 10 << 20

// maxDirDepth bounds how deep a load descends, as a last guard against
// symbolic-link loops on file systems where directories cannot be compared.
const maxDirDepth = 64

// Problem is a file or line that could not be loaded, or a warning about one
// that was loaded anyway.
type Problem struct {
	// Path is the file, relative to the loaded directory and slash-separated.
	Path string
	// Line is the 1-based line the problem is on; 0 when it concerns the
	// whole file.
	Line int
	// Reason says what is wrong and, where it can, how to fix it.
	Reason string
	// Warning is true when the article was loaded despite the problem (an
	// unreadable date, a duplicate) or nothing was lost.
	Warning bool
}

// String returns the problem as "path:line: reason", or "path: reason" when
// Line is 0, on one line: hidden characters in a file name (an escape
// sequence, a newline) are shown as escapes, never sent to the terminal.
func (p Problem) String() string {
	if p.Line == 0 {
		return ShowHidden(p.Path) + ": " + ShowHidden(p.Reason)
	}
	return ShowHidden(p.Path) + ":" + strconv.Itoa(p.Line) + ": " + ShowHidden(p.Reason)
}

// Loaded is the result of a load: the articles that could be read and the
// problems met on the way, both ordered by path (then line).
type Loaded struct {
	Articles []Article
	Problems []Problem
}

// Errors returns the problems that lost an article or a file, leaving out
// warnings.
func (l Loaded) Errors() []Problem {
	var out []Problem
	for _, p := range l.Problems {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// LoadDir loads every article below dir, recursively. The folder is a
// boundary: symbolic links are followed only where their target lies inside
// dir, so a link to a secret elsewhere (a .env file, /etc/shadow, /) is
// reported as a Problem and never read. A link that leads back into a
// directory being loaded is reported once and not followed.
//
// Files are recognised by extension: .txt, .md, .markdown, .html, .htm and
// .jsonl; others, and hidden files and directories (names starting with
// "."), are ignored. Only regular files are read: a FIFO, a device or a file
// of /proc or /sys is refused, even when it replaced a regular file during
// the load. A file or line that cannot be loaded becomes a Problem and the
// load goes on. Articles with the same ID are loaded once, from the first
// path; later copies are reported as warnings.
//
// The error is non-nil only when dir itself cannot be read or ctx is done;
// in the latter case it returns at once, with the problems met so far.
func LoadDir(ctx context.Context, dir string) (Loaded, error) {
	return loadDir(ctx, dir, false)
}

// LoadDirFollowingLinks loads dir as LoadDir does, but follows symbolic
// links wherever they lead. It is for an operator who links article folders
// kept elsewhere into the corpus, and knows every link in it.
func LoadDirFollowingLinks(ctx context.Context, dir string) (Loaded, error) {
	return loadDir(ctx, dir, true)
}

func loadDir(ctx context.Context, dir string, followLinks bool) (Loaded, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return Loaded{}, fmt.Errorf("load articles: %w", err)
	}
	if !fi.IsDir() {
		return Loaded{}, fmt.Errorf("load articles: %s is not a directory", dir)
	}
	if followLinks {
		open := func(name string) (fs.File, error) {
			return os.OpenFile(filepath.Join(dir, filepath.FromSlash(name)), os.O_RDONLY|syscall.O_NONBLOCK, 0)
		}
		return load(ctx, os.DirFS(dir), open, nil, dir)
	}
	resolved, err := filepath.EvalSymlinks(dir)
	if err == nil {
		resolved, err = filepath.Abs(resolved)
	}
	if err != nil {
		return Loaded{}, fmt.Errorf("load articles: %w", err)
	}
	// An os.Root refuses, at every open, a path that escapes the folder,
	// so a link swapped for one leading out after it was checked is still
	// not followed.
	root, err := os.OpenRoot(resolved)
	if err != nil {
		return Loaded{}, fmt.Errorf("load articles: %w", err)
	}
	defer root.Close()
	open := func(name string) (fs.File, error) {
		return root.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	}
	return load(ctx, root.FS(), open, inside(resolved), dir)
}

// inside returns the function that resolves a symbolic link at p (a path
// relative to dir, whose directories hold no links) to a path relative to
// dir, or reports that its target is outside dir. dir is absolute and
// holds no links.
func inside(dir string) func(p string) (string, bool) {
	return func(p string) (string, bool) {
		target, err := filepath.EvalSymlinks(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return "", false
		}
		rel, err := filepath.Rel(dir, target)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
			return "", false
		}
		return filepath.ToSlash(rel), true
	}
}

// LoadFS loads every article in fsys, starting at its root ".", as LoadDir
// does. It is used for the embedded corpus and in tests.
//
// The error is non-nil only when the root cannot be read or ctx is done.
func LoadFS(ctx context.Context, fsys fs.FS) (Loaded, error) {
	return load(ctx, fsys, fsys.Open, nil, ".")
}

// parseFunc turns the bytes of one file into articles. Path is the file's
// path, used for Article.Path and Problem.Path. Parse functions check their
// own input (empty, binary, not UTF-8) so they are safe on any bytes.
type parseFunc func(path string, data []byte) ([]Article, []Problem)

// parserFor returns the parse function for a file name, or nil when the
// file is not an article format.
func parserFor(name string) parseFunc {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt":
		return parseTxt
	case ".md", ".markdown":
		return parseMarkdown
	case ".html", ".htm":
		return parseHTML
	case ".jsonl":
		return parseJSONL
	}
	return nil
}

// loadedFile is what one file gave, kept apart until all files are read so
// that the results can be ordered and de-duplicated.
type loadedFile struct {
	path     string
	articles []Article
	problems []Problem
}

// loader walks one file system.
type loader struct {
	ctx  context.Context
	fsys fs.FS
	// open opens a file of fsys for reading without blocking, so that a
	// FIFO cannot stall the load.
	open func(name string) (fs.File, error)
	// resolve, when not nil, confines the load: it resolves a symbolic
	// link that fsys refused to follow to its path inside the folder, or
	// reports that it leads outside.
	resolve func(p string) (string, bool)
	// visited holds the directories entered so far, to recognise a
	// directory reached again through a symbolic link.
	visited []visitedDir
	// pending are the article files found by the walk, read and parsed
	// after it, in parallel.
	pending []pendingFile
	// problems holds problems about directories and links.
	problems []Problem
}

type pendingFile struct {
	path   string // as reported
	fsPath string // as opened: path with links inside the folder resolved
	info   fs.FileInfo
	parse  parseFunc
}

type visitedDir struct {
	path string
	info fs.FileInfo
}

func load(ctx context.Context, fsys fs.FS, open func(string) (fs.File, error), resolve func(string) (string, bool), name string) (Loaded, error) {
	root, err := fs.Stat(fsys, ".")
	if err != nil {
		return Loaded{}, fmt.Errorf("load articles from %s: %w", name, err)
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return Loaded{}, fmt.Errorf("load articles from %s: %w", name, err)
	}
	l := &loader{ctx: ctx, fsys: fsys, open: open, resolve: resolve}
	l.visited = append(l.visited, visitedDir{".", root})
	err = l.walkEntries(".", ".", entries, []fs.FileInfo{root})
	files := l.loadFiles()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		err = fmt.Errorf("load articles from %s: %w", name, err)
	}
	return l.result(files), err
}

// loadFiles reads and parses the pending files on one worker per CPU:
// parsing, not reading, is most of a load's cost. When the context is done
// it returns at once with nothing, leaving the files being parsed to finish
// in the background, so an interrupt never waits for a large file.
func (l *loader) loadFiles() []loadedFile {
	files := make([]loadedFile, len(l.pending))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(l.pending)) {
		wg.Go(func() {
			for i := range next {
				f := l.pending[i]
				files[i] = l.loadFile(f)
			}
		})
	}
	for i := range l.pending {
		select {
		case next <- i:
			continue
		case <-l.ctx.Done():
		}
		break
	}
	close(next)
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-l.ctx.Done():
		return nil
	}
	out := files[:0]
	for _, f := range files {
		if f.path != "" {
			out = append(out, f)
		}
	}
	return out
}

// walkDir loads the directory at p, opened as fsPath. ancestors are the
// directories above it, itself excluded.
func (l *loader) walkDir(p, fsPath string, info fs.FileInfo, ancestors []fs.FileInfo) error {
	for _, a := range ancestors {
		if os.SameFile(a, info) {
			l.problem(p, 0, "symbolic link loop: this link leads back to a directory that contains it; remove the link", false)
			return nil
		}
	}
	for _, v := range l.visited {
		if os.SameFile(v.info, info) {
			l.problem(p, 0, "same directory as "+v.path+", already loaded; skipped", true)
			return nil
		}
	}
	if len(ancestors) >= maxDirDepth {
		l.problem(p, 0, fmt.Sprintf("nested more than %d directories deep (a symbolic link loop?); skipped", maxDirDepth), false)
		return nil
	}
	l.visited = append(l.visited, visitedDir{p, info})
	entries, err := fs.ReadDir(l.fsys, fsPath)
	if err != nil {
		// ReadDir may return some entries with the error; load those.
		l.problem(p, 0, "cannot read directory: "+describeFSError(err), false)
	}
	return l.walkEntries(p, fsPath, entries, append(ancestors, info))
}

func (l *loader) walkEntries(dir, fsDir string, entries []fs.DirEntry, ancestors []fs.FileInfo) error {
	for _, e := range entries {
		if err := l.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := path.Join(dir, name)
		fsPath := path.Join(fsDir, name)
		var info fs.FileInfo
		var err error
		if e.Type()&fs.ModeSymlink != 0 {
			// Stat follows the link; a confined fsys refuses one that
			// leads outside the folder, or is absolute.
			info, err = fs.Stat(l.fsys, fsPath)
			if err != nil && l.resolve != nil && !errors.Is(err, fs.ErrNotExist) && !isLinkLoop(err) {
				resolved, ok := l.resolve(fsPath)
				if !ok {
					if parserFor(name) != nil || path.Ext(name) == "" {
						l.problem(p, 0, "symbolic link to a place outside the corpus folder; not read (index --follow-links reads it)", false)
					}
					continue
				}
				fsPath = resolved
				info, err = fs.Stat(l.fsys, fsPath)
			}
			if err != nil {
				switch {
				case parserFor(name) != nil || isLinkLoop(err):
					l.problem(p, 0, linkProblem(err), false)
				case path.Ext(name) == "":
					// Perhaps a link to a directory of articles.
					l.problem(p, 0, linkProblem(err), true)
				}
				continue
			}
		} else if e.IsDir() {
			info, err = e.Info()
			if err != nil {
				l.problem(p, 0, "cannot read directory: "+describeFSError(err), false)
				continue
			}
		}
		if info != nil && info.IsDir() {
			if err := l.walkDir(p, fsPath, info, ancestors); err != nil {
				return err
			}
			continue
		}
		parse := parserFor(name)
		if parse == nil {
			continue
		}
		if info == nil {
			info, err = e.Info()
			if err != nil {
				l.problem(p, 0, "cannot read file: "+describeFSError(err), false)
				continue
			}
		}
		l.pending = append(l.pending, pendingFile{p, fsPath, info, parse})
	}
	return nil
}

// loadFile reads and parses one file, turning every failure into a Problem.
func (l *loader) loadFile(pf pendingFile) loadedFile {
	p := pf.path
	f := loadedFile{path: p}
	fail := func(reason string) loadedFile {
		f.problems = append(f.problems, Problem{Path: p, Reason: reason})
		return f
	}
	if !pf.info.Mode().IsRegular() {
		return fail(notRegular(pf.info.Mode()))
	}
	if pf.info.Size() > MaxFileSize {
		return fail(overLimit(pf.info.Size()))
	}
	data, err := l.readFile(pf.fsPath)
	var special errSpecialFile
	switch {
	case errors.As(err, &special):
		return fail(special.reason)
	case err != nil:
		return fail("cannot read file: " + describeFSError(err))
	}
	return parseFile(p, pf.parse, data)
}

// parseFile parses the bytes of the file at path p, read whole, turning
// every failure into a Problem: the step a load and ParseArticle share.
func parseFile(p string, parse parseFunc, data []byte) loadedFile {
	f := loadedFile{path: p}
	if int64(len(data)) > MaxFileSize {
		f.problems = []Problem{{Path: p, Reason: overLimit(int64(len(data)))}}
		return f
	}
	f.articles, f.problems = safeParse(parse, p, data)
	return f
}

// ParseArticle reads data as a load reads a file called name holding it
// (name is a path in the folder, such as "deal.md"): the format is chosen
// by its extension and the article comes out as loading the folder would
// give it. It returns an error naming the file when a load would not read
// it (a hidden name, an extension that is no article format, over
// MaxFileSize) or when it holds no article or more than one; a .jsonl file
// with one good line and bad ones gives its article.
func ParseArticle(name string, data []byte) (Article, error) {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") && part != "." && part != ".." {
			return Article{}, fmt.Errorf("%s: a hidden file, which a load skips; rename it without the leading dot", name)
		}
	}
	parse := parserFor(path.Base(name))
	switch {
	case parse == nil:
		return Article{}, fmt.Errorf("%s: not an article format; use .txt, .md, .markdown, .html, .htm or .jsonl", name)
	}
	loaded := (&loader{}).result([]loadedFile{parseFile(name, parse, data)})
	switch len(loaded.Articles) {
	case 1:
		return loaded.Articles[0], nil
	case 0:
		if errs := loaded.Errors(); len(errs) > 0 {
			return Article{}, errors.New(errs[0].String())
		}
		return Article{}, fmt.Errorf("%s: holds no article", name)
	}
	return Article{}, fmt.Errorf("%s: holds %d articles, not one", name, len(loaded.Articles))
}

// errSpecialFile is a file that turned out, once opened, not to be an
// ordinary file: it may have been swapped since the walk saw it.
type errSpecialFile struct{ reason string }

func (e errSpecialFile) Error() string { return e.reason }

func notRegular(m fs.FileMode) string {
	return "not a regular file (" + m.Type().String() + "); skipped"
}

// readChunk is how much readFile reads between looks at the context.
const readChunk = 256 << 10

// readFile reads at most MaxFileSize+1 bytes of the named file, so that a
// file which grew after it was measured cannot exhaust memory. It checks
// what it opened, since the walk's view may be stale, and stops when the
// load is cancelled.
func (l *loader) readFile(name string) ([]byte, error) {
	f, err := l.open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errSpecialFile{notRegular(info.Mode())}
	}
	if fsName := specialFS(f); fsName != "" {
		return nil, errSpecialFile{"a file of " + fsName + ", not an article; skipped"}
	}
	var buf bytes.Buffer
	r := io.LimitReader(f, MaxFileSize+1)
	for {
		if err := l.ctx.Err(); err != nil {
			return nil, err
		}
		n, err := io.CopyN(&buf, r, readChunk)
		if err == io.EOF || (err == nil && n < readChunk) {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// safeParse runs parse and turns a panic into a Problem, so one odd file
// cannot stop a load.
func safeParse(parse parseFunc, p string, data []byte) (arts []Article, probs []Problem) {
	defer func() {
		if r := recover(); r != nil {
			arts = nil
			probs = []Problem{{Path: p, Reason: fmt.Sprintf("internal error while parsing (%v); please report it with the file", r)}}
		}
	}()
	return parse(p, data)
}

func (l *loader) problem(p string, line int, reason string, warning bool) {
	l.problems = append(l.problems, Problem{Path: p, Line: line, Reason: reason, Warning: warning})
}

// result orders the articles and problems by path and line, and drops
// articles whose ID was already seen.
func (l *loader) result(files []loadedFile) Loaded {
	slices.SortFunc(files, func(a, b loadedFile) int { return strings.Compare(a.path, b.path) })

	var out Loaded
	first := make(map[string]string) // ID -> path of first copy
	for _, f := range files {
		out.Problems = append(out.Problems, f.problems...)
		for _, a := range f.articles {
			if prev, ok := first[a.ID]; ok {
				pp, line := splitLinePath(a.Path)
				out.Problems = append(out.Problems, Problem{Path: pp, Line: line, Reason: "duplicate of " + prev + "; loaded once", Warning: true})
				continue
			}
			first[a.ID] = a.Path
			out.Articles = append(out.Articles, a)
		}
	}
	out.Problems = append(out.Problems, l.problems...)
	out = foldCopies(out)
	slices.SortStableFunc(out.Problems, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	return out
}

// splitLinePath splits "file.jsonl:3" into "file.jsonl" and 3. Paths
// without a line suffix come back whole with line 0.
func splitLinePath(p string) (string, int) {
	i := strings.LastIndexByte(p, ':')
	if i < 0 || !strings.HasSuffix(strings.ToLower(p[:i]), ".jsonl") {
		return p, 0
	}
	n, err := strconv.Atoi(p[i+1:])
	if err != nil {
		return p, 0
	}
	return p[:i], n
}

func overLimit(size int64) string {
	return fmt.Sprintf("over the %d MB limit (%.1f MB): split it into smaller files", MaxFileSize>>20, float64(size)/(1<<20))
}

// describeFSError words a file system error for the person who will fix it.
func describeFSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "permission denied: make it readable by the user running dealbot"
	case errors.Is(err, fs.ErrNotExist):
		return "it no longer exists"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func isLinkLoop(err error) bool {
	return errors.Is(err, syscall.ELOOP)
}

// linkProblem words the failure to follow a symbolic link.
func linkProblem(err error) string {
	switch {
	case isLinkLoop(err):
		return "symbolic link loop: the link leads back to itself; remove the link"
	case errors.Is(err, fs.ErrNotExist):
		return "broken symbolic link: its target does not exist"
	}
	return "cannot follow symbolic link: " + describeFSError(err)
}

// ArticleID is the ID of an article with this title and body: derived from
// the text with white space folded, so the same article saved twice, in
// another format or place, gets the same ID.
func ArticleID(title, body string) string {
	text := make([]byte, 0, len(title)+1+len(body))
	text = appendFolded(text, title)
	text = append(text, 0)
	text = appendFolded(text, body)
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:8])
}

// appendFolded appends s to dst as strings.Join(strings.Fields(s), " ")
// spells it, without making a string of every word: loading spent as long
// on that as on parsing the file.
func appendFolded(dst []byte, s string) []byte {
	start := len(dst)
	word := false // dst ends in a word of s
	for i := 0; i < len(s); {
		// A run of bytes that are neither white space nor the start of
		// a multi-byte rune is copied at once.
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace(s[j]) {
			j++
		}
		if j > i {
			if !word && len(dst) > start {
				dst = append(dst, ' ')
			}
			dst = append(dst, s[i:j]...)
			word, i = true, j
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			word = false
		} else {
			if !word && len(dst) > start {
				dst = append(dst, ' ')
			}
			dst = append(dst, s[i:i+n]...)
			word = true
		}
		i += n
	}
	return dst
}

// asciiSpace reports whether c is one of the ASCII bytes strings.Fields
// splits at: space, tab, newline, vertical tab, form feed, carriage return.
func asciiSpace(c byte) bool { return c == ' ' || c-'\t' <= '\r'-'\t' }
