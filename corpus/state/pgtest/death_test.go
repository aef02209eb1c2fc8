package pgtest

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// childEnv makes the test binary, run again by TestClusterDiesWithItsTestProcess,
// start a cluster, say where it is and wait to be killed.
const childEnv = "DEALBOT_PGTEST_CHILD"

// A test process killed outright (a timeout, kill -9) takes its cluster
// with it, and the next cluster made removes the folder it left.
func TestClusterDiesWithItsTestProcess(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		runChild()
		return
	}
	if runtime.GOOS != "linux" {
		t.Skip("the server is tied to its test process on Linux only")
	}
	if _, err := exec.LookPath("initdb"); err != nil {
		t.Skip(ErrNotFound.Error())
	}
	child := exec.Command(os.Args[0], "-test.run=^TestClusterDiesWithItsTestProcess$", "-test.timeout=2m")
	child.Env = append(os.Environ(), childEnv+"=1")
	child.Stderr = os.Stderr
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()
	var pid, port int
	var dir string
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if n, _ := fmt.Sscanf(lines.Text(), "cluster %d %d %s", &pid, &port, &dir); n == 3 {
			break
		}
	}
	if pid == 0 {
		child.Wait()
		t.Fatal("the child test process started no cluster")
	}
	if !serving(port) {
		t.Fatalf("the child's cluster does not answer on port %d", port)
	}
	// The server and the processes it started (checkpointer, writers).
	procs := append([]int{pid}, childrenOf(pid)...)
	t.Logf("server %d and its processes %v", pid, procs[1:])

	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	// Postgres notices its parent's death and shuts down within a second
	// on an idle machine; a loaded one (CI, parallel test binaries) can
	// take far longer, and the loop ends as soon as they are gone.
	deadline := time.Now().Add(30 * time.Second)
	for slices.ContainsFunc(procs, running) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	for _, p := range procs {
		if running(p) {
			syscall.Kill(p, syscall.SIGKILL)
			t.Errorf("postgres process %d (of server %d) still runs 30s after its test process was killed", p, pid)
		}
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the killed process's cluster folder is already gone (%v); the test cannot see it removed", err)
	}

	// The next cluster made, here or in any test binary, removes it.
	Start(t)
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the folder %s of a killed test process is still there after a new cluster started (%v)", dir, err)
	}
}

// runChild starts a cluster, prints its server's pid, port and folder, and
// waits to be killed.
func runChild() {
	s, err := New(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("cluster %d %d %s\n", s.proc.Pid, s.port, s.dir)
	time.Sleep(2 * time.Minute)
	s.Close()
	os.Exit(1)
}

// running reports whether process pid runs; a zombie, dead but not yet
// reaped by whoever inherited it, does not.
func running(pid int) bool {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && !strings.HasPrefix(strings.TrimSpace(s[i+1:]), "Z")
}

// childrenOf returns the pids of the processes whose parent is pid.
func childrenOf(pid int) []int {
	var out []int
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, f := range stats {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := string(b)
		i := strings.LastIndexByte(s, ')')
		if i < 0 {
			continue
		}
		// After the name: state, then the parent's pid.
		fields := strings.Fields(s[i+1:])
		if len(fields) > 1 && fields[1] == strconv.Itoa(pid) {
			if p, err := strconv.Atoi(filepath.Base(filepath.Dir(f))); err == nil {
				out = append(out, p)
			}
		}
	}
	return out
}

// serving reports whether something accepts connections on the port.
func serving(port int) bool {
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}
