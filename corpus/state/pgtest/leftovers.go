package pgtest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// folderPrefix names the folders clusters are made in, under the system's
// temporary folder.
const folderPrefix = "dealbot-pg-"

// ownerFile, in a cluster's folder, records the process that made it: its
// pid and, where /proc tells, when it started, so that a pid used again by
// another process is not taken for the owner.
const ownerFile = "owner"

// writeOwner records this process as the owner of the cluster in dir.
func writeOwner(dir string) error {
	pid := os.Getpid()
	line := strconv.Itoa(pid) + " " + startTime(pid) + "\n"
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(line), 0o644); err != nil {
		return fmt.Errorf("test cluster: recording its owner: %w", err)
	}
	return nil
}

// removeLeftovers stops the servers of, and removes, the cluster folders
// in tmp whose owner is gone: test processes killed before they could
// clean up. A folder without an owner file is left alone: it is being
// made, or was made by an older pgtest whose server may still be in use.
func removeLeftovers(tmp string) {
	dirs, _ := filepath.Glob(filepath.Join(tmp, folderPrefix+"*"))
	for _, dir := range dirs {
		data, err := os.ReadFile(filepath.Join(dir, ownerFile))
		if err != nil {
			continue
		}
		f := strings.Fields(string(data))
		if len(f) == 0 {
			continue
		}
		pid, err := strconv.Atoi(f[0])
		if err != nil || pid <= 0 {
			continue
		}
		start := ""
		if len(f) > 1 {
			start = f[1]
		}
		if alive(pid, start) {
			continue
		}
		killServer(filepath.Join(dir, "data"))
		os.RemoveAll(dir)
	}
}

// alive reports whether process pid runs and, when start is known, is the
// one that started then.
func alive(pid int, start string) bool {
	if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
		return false
	}
	now := startTime(pid)
	return start == "" || now == "" || now == start
}

// killServer kills the server of the cluster in data, if it still runs:
// the pid its postmaster.pid names, when that process is postgres. Its
// other processes end on their own once it is gone.
func killServer(data string) {
	b, err := os.ReadFile(filepath.Join(data, "postmaster.pid"))
	if err != nil {
		return
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) < 2 || strings.TrimSpace(lines[1]) != data {
		return
	}
	pid, err := strconv.Atoi(strings.TrimSpace(lines[0]))
	if err != nil || pid <= 0 {
		return
	}
	if cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid)); err == nil && !strings.Contains(string(cmdline), "postgres") {
		return // the pid now belongs to something else
	}
	syscall.Kill(pid, syscall.SIGKILL)
}

// startTime is when process pid started, in clock ticks since boot, from
// /proc; "" where there is no /proc or no such process.
func startTime(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	// The command name, in parentheses, may hold spaces: count the
	// fields after it. starttime is field 22; state, field 3, is first.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return ""
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 20 {
		return ""
	}
	return f[19]
}
