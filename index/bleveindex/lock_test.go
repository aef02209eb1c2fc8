package bleveindex

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
)

func TestBuildLockIsOnlyTheOwners(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	// A lock file left by an older dealbot, readable by everyone.
	lockPath := filepath.Join(path, buildLock)
	if err := os.WriteFile(lockPath, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	mustBuild(t, path, amazonAnthropic)
	info, err := os.Stat(lockPath)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("build.lock mode = %v, want -rw------- so no other user can hold it", perm)
	}
}

func TestBuildLockHeldByAnotherUserSaysSo(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving the lock file to another user needs root")
	}
	path := filepath.Join(t.TempDir(), "deals.bleve")
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	lockPath := filepath.Join(path, buildLock)
	if err := os.WriteFile(lockPath, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	const nobody = 65534
	if err := os.Chown(lockPath, nobody, nobody); err != nil {
		t.Skip(err)
	}
	// That user holds the lock.
	held, err := os.Open(lockPath)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	if err := syscall.Flock(int(held.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	_, err = Build(context.Background(), extract.New(), path, []corpus.Article{amazonAnthropic}, nil)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("want ErrLocked, got %v", err)
	}
	if !strings.Contains(err.Error(), "belongs to another user (uid 65534)") {
		t.Errorf("the error does not say who owns the lock: %v", err)
	}
}
