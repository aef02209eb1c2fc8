package bleveindex

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
)

// An index path is a directory holding generations and a symlink to the one
// being served:
//
//	deals.bleve/
//	  current -> gen-20261126T003000.123-4242
//	  gen-20261126T003000.123-4242/   (a bleve index)
//	  gen-20261120T120000.001-977/    (the previous one, kept for its readers)
//	  build.lock
//
// A build writes a new generation beside the others and renames a fresh
// symlink over "current", which rename(2) does atomically: a reader sees the
// old generation or the new one, never half of either.
const (
	currentLink = "current"
	genPrefix   = "gen-"
	buildLock   = "build.lock"
)

// ErrNotBuilt means no index has been built at the path yet. It comes
// wrapped together with ErrUnavailable.
var ErrNotBuilt = errors.New("no index has been built there yet")

// ErrLocked means another process is rebuilding the index at the same path.
var ErrLocked = errors.New("another dealbot is rebuilding this index: wait for it to finish, then try again")

// openTimeout bounds how long opening waits for a lock held by a writer; bleve
// otherwise blocks forever on it.
const openTimeout = "2s"

// Open opens the current generation of the index at path for reading. Several
// processes may hold the same index open at once, also while another rebuilds
// it.
//
// Errors wrap ErrUnavailable, with a message that says what to do: a missing
// index, a corrupt one, or one built by another version of dealbot all ask
// for `dealbot index`.
func Open(path string) (*Engine, error) {
	gen, err := currentGeneration(path)
	if err != nil {
		return nil, err
	}
	b, err := bleve.OpenUsing(gen, map[string]any{
		"read_only":    true,
		"bolt_timeout": openTimeout,
	})
	if err != nil {
		// bleve returns a typed nil inside a non-nil interface on failure: b
		// is not used here.
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s is locked by another process (%w); another dealbot may be rebuilding it, so try again when it is done", index.ErrUnavailable, path, err)
		}
		return nil, fmt.Errorf("%w: cannot read the index at %s (%w); run `dealbot index` to rebuild it", index.ErrUnavailable, path, err)
	}
	if err := checkSchema(b, path); err != nil {
		b.Close()
		return nil, err
	}
	orgs, err := loadNames(b, path)
	if err != nil {
		b.Close()
		return nil, err
	}
	builtBy, err := b.GetInternal(extractorKey)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("%w: cannot read which extractor built %s (%w); run `dealbot index` to rebuild it", index.ErrUnavailable, path, err)
	}
	return &Engine{b: b, path: path, gen: gen, orgs: orgs, builtBy: string(builtBy)}, nil
}

// Dir is the generations of the bleve index at a path, for Live: the
// current generation is the one the "current" link names.
type Dir string

var _ index.Generations = Dir("")

// String returns the index path.
func (d Dir) String() string { return string(d) }

// Current identifies the generation the "current" link names by its
// directory and its metadata file, so that a generation replaced or
// rewritten in place is noticed even when the link names the same
// directory.
func (d Dir) Current(ctx context.Context) (index.Generation, error) {
	path := string(d)
	gen, err := currentGeneration(path)
	if err != nil {
		return index.Generation{}, err
	}
	info, err := os.Stat(filepath.Join(gen, "index_meta.json"))
	if err != nil {
		return index.Generation{}, fmt.Errorf("%w: the index at %s is incomplete (%w); run `dealbot index` to rebuild it", index.ErrUnavailable, path, err)
	}
	stamp := fmt.Sprintf("%s|%d|%d", gen, info.ModTime().UnixNano(), info.Size())
	return index.Generation{Name: filepath.Base(gen), Stamp: stamp}, nil
}

// Open opens the current generation; see the package function Open. It
// opens local files within openTimeout and does not consult ctx.
func (d Dir) Open(ctx context.Context) (index.Engine, error) {
	return Open(string(d))
}

// currentGeneration resolves path/current to the generation directory it
// names.
func currentGeneration(path string) (string, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%w: %w (%s); run `dealbot index` to build it", index.ErrUnavailable, ErrNotBuilt, path)
	}
	if err != nil {
		return "", fmt.Errorf("%w: cannot read %s: %w", index.ErrUnavailable, path, err)
	}
	if !info.IsDir() {
		return "", fmt.Errorf("%w: %s is a file, not an index directory; choose another --index path", index.ErrUnavailable, path)
	}
	target, err := os.Readlink(filepath.Join(path, currentLink))
	if err != nil {
		return "", fmt.Errorf("%w: %w (%s has no %q link); run `dealbot index` to build it", index.ErrUnavailable, ErrNotBuilt, path, currentLink)
	}
	if filepath.IsAbs(target) || strings.Contains(target, string(filepath.Separator)) || !strings.HasPrefix(target, genPrefix) {
		return "", fmt.Errorf("%w: %s/%s points at %q, which is not a dealbot generation; run `dealbot index` to rebuild it", index.ErrUnavailable, path, currentLink, target)
	}
	return filepath.Join(path, target), nil
}

// storeExtractor records the Fingerprint of the extractor that read the
// articles, for Engine.Extractor.
func storeExtractor(b bleve.Index, x *extract.Extractor) error {
	if err := b.SetInternal(extractorKey, []byte(x.Fingerprint())); err != nil {
		return fmt.Errorf("recording which extractor read the articles: %w", err)
	}
	return nil
}

// checkSchema fails unless the index at path has the schema this dealbot
// writes.
func checkSchema(b bleve.Index, path string) error {
	v, err := b.GetInternal(schemaKey)
	if err != nil {
		return fmt.Errorf("%w: cannot read the schema version of %s (%w); run `dealbot index` to rebuild it", index.ErrUnavailable, path, err)
	}
	if string(v) != schemaVersion {
		got := string(v)
		if got == "" {
			got = "none"
		}
		return fmt.Errorf("%w: the index at %s has schema version %s but this dealbot reads version %s; run `dealbot index` to rebuild it", index.ErrUnavailable, path, got, schemaVersion)
	}
	return nil
}

// generation is a build in progress: a new directory that becomes current
// only when commit succeeds.
type generation struct {
	root string // the index path
	name string // gen-…
	lock *os.File
}

// beginGeneration takes the build lock at root and creates a fresh generation
// directory name. It returns ErrLocked when another build holds the lock.
func beginGeneration(root string, now time.Time) (*generation, error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("creating the index directory %s: %w", root, err)
	}
	lockPath := filepath.Join(root, buildLock)
	// Only its owner may open the lock: anyone who can open it can hold it
	// and stop every build.
	lock, err := os.OpenFile(lockPath, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening the build lock %s: %w (remove it if it belongs to another user; dealbot makes a new one)", lockPath, err)
	}
	owner, ours := lockOwner(lock)
	if ours {
		_ = lock.Chmod(0o600) // a lock made by an older dealbot was 0644
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lock.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			if !ours {
				return nil, fmt.Errorf("%s: %w; %s belongs to another user (uid %d), who may be holding it: remove the file so only dealbot's user can lock it", root, ErrLocked, lockPath, owner)
			}
			return nil, fmt.Errorf("%s: %w", root, ErrLocked)
		}
		return nil, fmt.Errorf("locking %s for a build: %w", root, err)
	}
	name := fmt.Sprintf("%s%s-%d", genPrefix, now.UTC().Format("20060102T150405.000000000"), os.Getpid())
	return &generation{root: root, name: name, lock: lock}, nil
}

// lockOwner returns the uid owning the lock file, and whether it is the
// user running dealbot.
func lockOwner(f *os.File) (uid int, ours bool) {
	info, err := f.Stat()
	if err != nil {
		return -1, true
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return -1, true
	}
	return int(st.Uid), int(st.Uid) == os.Geteuid()
}

func (g *generation) dir() string { return filepath.Join(g.root, g.name) }

// commit makes the generation current: a new symlink renamed over the old
// one, then the directory synced so the switch survives a crash.
func (g *generation) commit() error {
	tmp := filepath.Join(g.root, currentLink+".tmp-"+g.name)
	_ = os.Remove(tmp)
	if err := os.Symlink(g.name, tmp); err != nil {
		return fmt.Errorf("linking the new index: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(g.root, currentLink)); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("switching to the new index: %w", err)
	}
	if d, err := os.Open(g.root); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// abort removes a generation that will never be current.
func (g *generation) abort() {
	_ = os.RemoveAll(g.dir())
}

// release drops the build lock.
func (g *generation) release() {
	_ = g.lock.Close()
}

// cleanup removes generations that are neither current nor the one current
// before it, and leftovers of killed builds. A generation some reader still
// holds open is left for a later build: bleve keeps its root.bolt open with a
// shared lock for as long as the index is open, so taking an exclusive lock on
// it tells whether anyone reads it.
func cleanup(root, current, previous string) []error {
	entries, err := os.ReadDir(root)
	if err != nil {
		return []error{fmt.Errorf("listing %s for cleanup: %w", root, err)}
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, currentLink+".tmp-"):
			_ = os.Remove(filepath.Join(root, name))
		case strings.HasPrefix(name, genPrefix) && name != current && name != previous:
			if err := removeUnused(filepath.Join(root, name)); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errs
}

func removeUnused(dir string) error {
	f, err := os.OpenFile(filepath.Join(dir, "store", "root.bolt"), os.O_RDWR, 0)
	if err == nil {
		defer f.Close()
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			return nil // still open somewhere; a later build removes it
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("removing old index generation %s: %w", dir, err)
	}
	return nil
}

// currentName returns the generation name path/current points at, or "".
func currentName(root string) string {
	target, err := os.Readlink(filepath.Join(root, currentLink))
	if err != nil {
		return ""
	}
	return target
}

// createBleve creates an empty bleve index in dir ("" for memory).
func createBleve(dir string) (bleve.Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	b, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("creating the index: %w", err)
	}
	if err := b.SetInternal(schemaKey, []byte(schemaVersion)); err != nil {
		b.Close()
		return nil, fmt.Errorf("recording the schema version: %w", err)
	}
	return b, nil
}
