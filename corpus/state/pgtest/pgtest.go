// Package pgtest starts throwaway PostgreSQL clusters for tests: initdb in
// a temporary folder, a server on a free 127.0.0.1 port, removed when the
// test (or test binary) ends. It needs initdb and postgres on the PATH
// (Debian's postgresql package puts them in /usr/lib/postgresql/*/bin);
// without them the tests that ask for a cluster are skipped.
//
// The server is a child of the test process, not a daemon, and on Linux it
// is killed when the test process dies, however it dies (a timeout, a
// kill -9), so no cluster outlives its tests. Each cluster's folder
// records the process that made it; New removes the folders, and stops the
// servers, of processes that are gone.
//
// PostgreSQL refuses to run as root, so when the tests run as root the
// cluster's programs run as nobody, in a folder handed over to it.
//
// The cluster is tuned for tests, not for keeping data: fsync is off, so a
// crash of the machine may lose it, which for a throwaway cluster is fine.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNotFound is returned by New when initdb is not on the PATH.
var ErrNotFound = errors.New("PostgreSQL not found: install postgresql-15 (Debian) or put initdb on PATH")

// nobody is the user the cluster runs as when the tests run as root.
const nobody = 65534

// User is the cluster's superuser; its password is random per cluster.
const User = "dealbot"

// Server is one throwaway cluster. Its methods are safe for concurrent use.
type Server struct {
	dir      string // removed by Close
	data     string // the cluster's data folder, inside dir
	bin      string // folder of initdb and postgres
	port     int
	password string

	mu     sync.Mutex    // serialises Start, Stop and Close
	proc   *os.Process   // the running server; nil when stopped
	exited chan struct{} // closed when proc has exited
	dbs    atomic.Int64  // databases made by Database, for their names
}

// Start starts a cluster for t alone and removes it when t ends. It skips t
// when PostgreSQL is not installed. Use it for tests that stop and start
// the server; tests that only need a database share one cluster through
// Shared, which is much quicker.
func Start(t testing.TB) *Server {
	t.Helper()
	s, err := New(context.Background())
	if errors.Is(err, ErrNotFound) {
		t.Skip(err.Error())
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// New creates and starts a cluster; the caller must Close it. It returns
// ErrNotFound when initdb is not on the PATH.
func New(ctx context.Context) (*Server, error) {
	initdb, err := exec.LookPath("initdb")
	if err != nil {
		return nil, ErrNotFound
	}
	// Follow a symbolic link (Debian's wrappers, /usr/local/bin links) to
	// the folder that holds postgres of the same version.
	if real, err := filepath.EvalSymlinks(initdb); err == nil {
		initdb = real
	}
	removeLeftovers(os.TempDir())
	dir, err := os.MkdirTemp("", folderPrefix)
	if err != nil {
		return nil, fmt.Errorf("making a folder for the test cluster: %w", err)
	}
	if err := writeOwner(dir); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s := &Server{dir: dir, data: filepath.Join(dir, "data"), bin: filepath.Dir(initdb)}
	if err := s.create(ctx); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// Another process may take the free port between choosing and
	// listening; a few attempts make that harmless.
	for attempt := 0; ; attempt++ {
		if err = s.start(ctx); err == nil || attempt == 3 {
			break
		}
		if s.port, err = freePort(); err != nil {
			break
		}
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return s, nil
}

func (s *Server) create(ctx context.Context) error {
	pw := make([]byte, 16)
	rand.Read(pw)
	s.password = hex.EncodeToString(pw)
	pwfile := filepath.Join(s.dir, "pw")
	if err := os.WriteFile(pwfile, []byte(s.password+"\n"), 0o600); err != nil {
		return fmt.Errorf("test cluster: %w", err)
	}
	if os.Geteuid() == 0 {
		if err := chownAll(s.dir, nobody); err != nil {
			return fmt.Errorf("test cluster: handing %s to nobody: %w", s.dir, err)
		}
	}
	if out, err := s.run(ctx, "initdb", "-D", s.data, "-U", User, "--pwfile", pwfile,
		"--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		return fmt.Errorf("test cluster: initdb: %w\n%s", err, out)
	}
	os.Remove(pwfile)
	port, err := freePort()
	if err != nil {
		return err
	}
	s.port = port
	return nil
}

// settings keep the cluster quick to start and small; only loopback TCP.
const settings = `
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 100
logging_collector = off
`

func (s *Server) start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	conf := settings + "port = " + strconv.Itoa(s.port) + "\n"
	if err := os.WriteFile(filepath.Join(s.data, "postgresql.auto.conf"), []byte(conf), 0o600); err != nil {
		return fmt.Errorf("test cluster: %w", err)
	}
	if os.Geteuid() == 0 {
		if err := os.Chown(filepath.Join(s.data, "postgresql.auto.conf"), nobody, nobody); err != nil {
			return fmt.Errorf("test cluster: %w", err)
		}
	}
	logPath := filepath.Join(s.dir, "log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("test cluster: %w", err)
	}
	defer logFile.Close()
	// The server outlives ctx, which bounds only its start.
	cmd := s.command(context.WithoutCancel(ctx), filepath.Join(s.bin, "postgres"), "-D", s.data)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	proc, exited, err := startDying(cmd)
	if err != nil {
		return fmt.Errorf("test cluster: starting postgres: %w", err)
	}
	if err := waitReady(ctx, filepath.Join(s.data, "postmaster.pid"), exited); err != nil {
		proc.Kill()
		<-exited
		log, _ := os.ReadFile(logPath)
		return fmt.Errorf("test cluster: postgres on port %d: %w\n%s", s.port, err, log)
	}
	s.proc, s.exited = proc, exited
	return nil
}

// startDying starts cmd so that it is killed when this process dies: the
// kernel sends SIGKILL when the thread that started it ends (Pdeathsig),
// so it is started from a goroutine that keeps its thread to itself for
// as long as the server runs. exited is closed once it has exited.
func startDying(cmd *exec.Cmd) (*os.Process, chan struct{}, error) {
	dieWithParent(cmd)
	started := make(chan error, 1)
	exited := make(chan struct{})
	go func() {
		// The thread is never handed back: the goroutine ends only
		// once the server has exited, and Go then ends the thread.
		runtime.LockOSThread()
		err := cmd.Start()
		started <- err
		if err != nil {
			return
		}
		cmd.Wait()
		close(exited)
	}()
	if err := <-started; err != nil {
		return nil, nil, err
	}
	return cmd.Process, exited, nil
}

// waitReady waits until the server's postmaster.pid says it is ready for
// connections, it exits, or ctx is done or a minute passes.
func waitReady(ctx context.Context, pidFile string, exited <-chan struct{}) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		if data, err := os.ReadFile(pidFile); err == nil {
			lines := strings.Split(strings.TrimSpace(string(data)), "\n")
			if len(lines) >= 8 && strings.TrimSpace(lines[7]) == "ready" {
				return nil
			}
		}
		select {
		case <-exited:
			return errors.New("the server exited while starting")
		case <-ctx.Done():
			return fmt.Errorf("the server did not get ready: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

// stop shuts the server down: "fast" ends open sessions and writes a
// checkpoint (SIGINT), "immediate" quits at once (SIGQUIT), as pg_ctl's
// modes do.
func (s *Server) stop(ctx context.Context, mode string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc == nil {
		return nil
	}
	sig := syscall.SIGINT
	if mode == "immediate" {
		sig = syscall.SIGQUIT
	}
	if err := s.proc.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("test cluster: stopping postgres: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	select {
	case <-s.exited:
	case <-ctx.Done():
		s.proc.Kill()
		<-s.exited
	}
	s.proc, s.exited = nil, nil
	return nil
}

// run runs one of the cluster's programs to its end.
func (s *Server) run(ctx context.Context, prog string, args ...string) ([]byte, error) {
	return s.command(ctx, filepath.Join(s.bin, prog), args...).CombinedOutput()
}

// command prepares one of the cluster's programs, run as nobody when we
// are root. The user is changed by the kernel at exec rather than by a
// program such as setpriv, since changing it afterwards would clear
// the signal that ties the server's life to ours.
func (s *Server) command(ctx context.Context, path string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C", "TZ=UTC")
	cmd.SysProcAttr = &syscall.SysProcAttr{}
	if os.Geteuid() == 0 {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: nobody, Gid: nobody, Groups: []uint32{}}
	}
	return cmd
}

// URL is the address of the cluster's postgres database, with the
// superuser's password in it.
func (s *Server) URL() string { return s.url("postgres") }

// Password is the superuser's password, for tests that check it is never
// shown.
func (s *Server) Password() string { return s.password }

// Port is the server's TCP port on 127.0.0.1.
func (s *Server) Port() int { return s.port }

func (s *Server) url(db string) string {
	u := url.URL{
		Scheme:   "postgres",
		User:     url.UserPassword(User, s.password),
		Host:     net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)),
		Path:     "/" + db,
		RawQuery: "sslmode=disable",
	}
	return u.String()
}

// Database creates a new empty database for t and returns its URL. Tests
// that share a cluster each take their own database, so they may run in
// parallel without seeing each other's tables.
func (s *Server) Database(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("t%d", s.dbs.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL())
	if err != nil {
		t.Fatalf("test cluster: connecting to create a database: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("test cluster: %v", err)
	}
	return s.url(name)
}

// Stop shuts the server down (fast: open sessions are ended), as an outage
// would. Stop on a stopped server does nothing.
func (s *Server) Stop(t testing.TB) {
	t.Helper()
	if err := s.stop(context.Background(), "fast"); err != nil {
		t.Fatal(err)
	}
}

// Start starts a stopped server again on the same port, with its data.
func (s *Server) Start(t testing.TB) {
	t.Helper()
	s.mu.Lock()
	running := s.proc != nil
	s.mu.Unlock()
	if running {
		return
	}
	if err := s.start(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// Close stops the server and removes its folder.
func (s *Server) Close() error {
	err := s.stop(context.Background(), "immediate")
	if rerr := os.RemoveAll(s.dir); rerr != nil && err == nil {
		err = fmt.Errorf("test cluster: removing %s: %w", s.dir, rerr)
	}
	return err
}

// Shared is one cluster for all the tests of a package, started by the
// first test that asks for it. Declare one in the test package and run the
// tests through it so the cluster is removed at the end:
//
//	var pg pgtest.Shared
//
//	func TestMain(m *testing.M) { os.Exit(pg.Run(m)) }
type Shared struct {
	once sync.Once
	srv  *Server
	err  error
}

// Run runs the tests and then closes the cluster, if one was started.
func (sh *Shared) Run(m *testing.M) int {
	code := m.Run()
	if sh.srv != nil {
		if err := sh.srv.Close(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			if code == 0 {
				code = 1
			}
		}
	}
	return code
}

// Server returns the shared cluster, starting it on first use; it skips t
// when PostgreSQL is not installed.
func (sh *Shared) Server(t testing.TB) *Server {
	t.Helper()
	sh.once.Do(func() { sh.srv, sh.err = New(context.Background()) })
	if errors.Is(sh.err, ErrNotFound) {
		t.Skip(sh.err.Error())
	}
	if sh.err != nil {
		t.Fatal(sh.err)
	}
	return sh.srv
}

// Database returns the URL of a new database on the shared cluster.
func (sh *Shared) Database(t testing.TB) string {
	t.Helper()
	return sh.Server(t).Database(t)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("test cluster: finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func chownAll(dir string, uid int) error {
	return filepath.Walk(dir, func(path string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Chown(path, uid, uid)
	})
}
