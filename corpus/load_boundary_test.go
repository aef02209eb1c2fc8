package corpus

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// secretToken stands for a Slack token kept next to, but outside, the
// article folder.
const secretToken = "xoxb-1111-2222-not-a-real-token"

// boundaryDir makes a corpus folder "drop" next to a secret .env, with
// links that lead outside it and links that stay inside.
func boundaryDir(t *testing.T) (drop, secret string) {
	t.Helper()
	top := t.TempDir()
	secret = filepath.Join(top, ".env")
	mustWrite(t, secret, "SLACK_BOT_TOKEN="+secretToken+"\nSLACK_APP_TOKEN=xapp-3333\n")
	mustWrite(t, filepath.Join(top, "elsewhere", "old.md"), "# Old Deal\n\nA note kept outside the folder.\n")
	drop = filepath.Join(top, "drop")
	mustWrite(t, filepath.Join(drop, "inside", "deal.txt"), "Inside Deal\nAmazon bought licences.\n")
	for target, name := range map[string]string{
		secret:                        "notes.txt",     // absolute, outside
		"../.env":                     "relative.md",   // relative, outside
		"/":                           "everything",    // the whole file system
		"../elsewhere":                "old",           // a folder outside
		filepath.Join(drop, "inside"): "absolute-in",   // absolute, but inside
		"inside/deal.txt":             "same-deal.txt", // relative, inside
	} {
		if err := os.Symlink(target, filepath.Join(drop, name)); err != nil {
			t.Skipf("symlinks not supported: %v", err)
		}
	}
	return drop, secret
}

func mustWrite(t *testing.T, p, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadDirNeverReadsOutsideTheFolder(t *testing.T) {
	drop, _ := boundaryDir(t)
	got, err := LoadDir(context.Background(), drop)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, a := range got.Articles {
		paths = append(paths, a.Path)
		if strings.Contains(a.Title+a.Body, secretToken) {
			t.Errorf("%s holds the token from the .env outside the folder", a.Path)
		}
	}
	for _, p := range got.Problems {
		if strings.Contains(p.String(), secretToken) {
			t.Errorf("a problem quotes the token: %s", p)
		}
	}
	if want := []string{"absolute-in/deal.txt"}; !slices.Equal(paths, want) {
		t.Errorf("articles = %q, want %q (links inside the folder followed, the rest not)", paths, want)
	}
	outside := "symbolic link to a place outside the corpus folder"
	checkProblems(t, got.Problems, []wantProblem{
		{"everything", 0, outside, false},
		{"inside", 0, "same directory as absolute-in", true},
		{"notes.txt", 0, outside, false},
		{"old", 0, outside, false},
		{"relative.md", 0, outside, false},
		{"same-deal.txt", 0, "duplicate of absolute-in/deal.txt", true},
	})
}

func TestLoadDirFollowingLinksIsAnOptIn(t *testing.T) {
	drop, _ := boundaryDir(t)
	// Without the link to "/", which would walk the whole machine.
	if err := os.Remove(filepath.Join(drop, "everything")); err != nil {
		t.Fatal(err)
	}
	got, err := LoadDirFollowingLinks(context.Background(), drop)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, a := range got.Articles {
		paths = append(paths, a.Path)
	}
	if !slices.Contains(paths, "old/old.md") || !slices.Contains(paths, "notes.txt") {
		t.Errorf("articles = %q, want the linked folder and file outside read too; problems %v", paths, got.Problems)
	}
}

// mkfifo makes a named pipe, skipping the test where there are none.
func mkfifo(t *testing.T, p string) {
	t.Helper()
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
}

// loadWithin runs load and fails the test when it has not returned in d:
// a FIFO opened for reading blocks until a writer comes.
func loadWithin(t *testing.T, d time.Duration, load func() (Loaded, error)) Loaded {
	t.Helper()
	type result struct {
		l   Loaded
		err error
	}
	done := make(chan result, 1)
	go func() {
		l, err := load()
		done <- result{l, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.l
	case <-time.After(d):
		t.Fatalf("the load did not return within %s: blocked on a special file?", d)
		return Loaded{}
	}
}

func TestLoadDirRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "ok.txt"), "A Deal\nbody\n")
	mkfifo(t, filepath.Join(dir, "pipe.txt"))
	mkfifo(t, filepath.Join(dir, "target-pipe"))
	if err := os.Symlink("target-pipe", filepath.Join(dir, "linked-pipe.md")); err != nil {
		t.Skip(err)
	}
	got := loadWithin(t, 5*time.Second, func() (Loaded, error) { return LoadDir(context.Background(), dir) })
	if len(got.Articles) != 1 {
		t.Errorf("articles = %d, want ok.txt only", len(got.Articles))
	}
	checkProblems(t, got.Problems, []wantProblem{
		{"linked-pipe.md", 0, "not a regular file (p", false},
		{"pipe.txt", 0, "not a regular file (p", false},
	})
}

func TestLoadFileRefusesAFileSwappedForAFIFOAfterTheWalk(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "swapped.txt")
	mustWrite(t, p, "A Deal\nbody\n")
	info, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	// The walk saw a regular file; now a FIFO stands in its place.
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	mkfifo(t, p)
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	l := &loader{ctx: context.Background(), fsys: root.FS(), open: func(name string) (fs.File, error) {
		return root.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	}}
	done := make(chan loadedFile, 1)
	go func() { done <- l.loadFile(pendingFile{"swapped.txt", "swapped.txt", info, parseTxt}) }()
	select {
	case f := <-done:
		checkProblems(t, f.problems, []wantProblem{{"swapped.txt", 0, "not a regular file (p", false}})
	case <-time.After(5 * time.Second):
		t.Fatal("reading a FIFO that replaced a file blocked")
	}
}

func TestLoadDirFollowingLinksRefusesKernelFiles(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc is Linux's")
	}
	dir := t.TempDir()
	if err := os.Symlink("/proc/self/status", filepath.Join(dir, "status.txt")); err != nil {
		t.Skip(err)
	}
	got := loadWithin(t, 5*time.Second, func() (Loaded, error) { return LoadDirFollowingLinks(context.Background(), dir) })
	if len(got.Articles) != 0 {
		t.Errorf("read %d articles from /proc", len(got.Articles))
	}
	checkProblems(t, got.Problems, []wantProblem{{"status.txt", 0, "a file of /proc, not an article", false}})
}
