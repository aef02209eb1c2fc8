package bleveindex

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index/internal/synth"
)

// smallDisk mounts a tmpfs of the given size for the test, or skips it
// where mounting needs privileges the test does not have.
func smallDisk(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Skipf("cannot mount a small tmpfs here (%v); run as root to test a full disk", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

func TestBuildOnAFullDiskFailsAndTheOldIndexServes(t *testing.T) {
	disk := smallDisk(t, "2m")
	path := filepath.Join(disk, "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	before := currentName(path)

	_, err := Build(context.Background(), extract.New(), path, synth.Articles(1, 3000), nil)
	if !errors.Is(err, syscall.ENOSPC) || !strings.HasPrefix(err.Error(), "no space left on the device") {
		t.Fatalf("err = %v, want one saying no space is left", err)
	}
	if got := currentName(path); got != before {
		t.Errorf("current = %s, want %s still", got, before)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), genPrefix) && e.Name() != before {
			t.Errorf("the failed build left %s behind", e.Name())
		}
	}
	if a := mustAsk(t, path, "amazon anthropic"); len(a.Facts) == 0 {
		t.Error("the old index no longer answers")
	}
}

func TestGuardTurnsAPanicIntoAnError(t *testing.T) {
	err := guard("writing a batch", func() error {
		var m map[int]int
		m[1] = 1 // what bleve does after a failed write
		return nil
	})
	if !errors.Is(err, ErrBleveFault) || !strings.Contains(err.Error(), "while writing a batch: assignment to entry in nil map") {
		t.Errorf("err = %v, want ErrBleveFault naming the step and the panic", err)
	}
	if err := guard("x", func() error { return os.ErrClosed }); !errors.Is(err, os.ErrClosed) {
		t.Errorf("err = %v, want f's own error", err)
	}
}
