// Package pgtest runs a private PostgreSQL server for tests: Debian's
// binaries, initdb in a temporary folder, 127.0.0.1 on a free port, stopped
// at the end. A test that cannot have one is skipped loudly, and fails
// instead when the CI environment variable is set, so a CI run never passes
// with the server tests quietly left out.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Admin is the superuser every server made here has.
const (
	Admin         = "pacer_admin"
	AdminPassword = "admin-secret"
)

// Server is one running PostgreSQL cluster.
type Server struct {
	Host string
	Port int

	dir, bin string
	uid, gid int // run the binaries as this user (0: as ourselves)
	cmd      *exec.Cmd
	exited   chan struct{}
	mu       sync.Mutex
}

// Unavailable ends the test: a skip that says why, or a failure under CI.
func Unavailable(t testing.TB, why error) {
	t.Helper()
	if underCI() {
		t.Fatalf("PostgreSQL server tests cannot run under CI: %v", why)
	}
	t.Skipf("SKIPPED: no PostgreSQL server for this test (%v); install Debian's postgresql to run it", why)
}

// underCI reports a CI run: CI set to anything but false or 0, as CI
// services set it (CI=true).
func underCI() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv("CI")))
	return v != "" && v != "false" && v != "0"
}

// Start gives the test a server of its own, stopped when the test ends.
// Tests that pause or restart the server need their own.
func Start(t testing.TB) *Server {
	t.Helper()
	s, err := start()
	if err != nil {
		Unavailable(t, err)
	}
	t.Cleanup(s.Stop)
	return s
}

var shared struct {
	once sync.Once
	srv  *Server
	err  error
	n    int
	mu   sync.Mutex
}

// Shared gives the test a new empty database on one server shared by the
// whole test binary, and returns the server and the database's name. Call
// StopShared from TestMain.
func Shared(t testing.TB) (*Server, string) {
	t.Helper()
	shared.once.Do(func() { shared.srv, shared.err = start() })
	if shared.err != nil {
		Unavailable(t, shared.err)
	}
	shared.mu.Lock()
	shared.n++
	name := fmt.Sprintf("t%d", shared.n)
	shared.mu.Unlock()
	if err := shared.srv.CreateDatabase(context.Background(), name); err != nil {
		t.Fatal(err)
	}
	return shared.srv, name
}

// StopShared stops the shared server, if one was started.
func StopShared() {
	if shared.srv != nil {
		shared.srv.Stop()
	}
}

// CreateDatabase makes an empty database as the admin.
func (s *Server) CreateDatabase(ctx context.Context, name string) error {
	c, err := s.Connect(ctx, "postgres")
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	_, err = c.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	if err != nil {
		return fmt.Errorf("create database %s: %w", name, err)
	}
	return nil
}

// Connect opens an admin connection to database db.
func (s *Server) Connect(ctx context.Context, db string) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(fmt.Sprintf("host=%s port=%d dbname=%s user=%s password=%s sslmode=disable connect_timeout=5",
		s.Host, s.Port, db, Admin, AdminPassword))
	if err != nil {
		return nil, err
	}
	c, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect as admin: %w", err)
	}
	return c, nil
}

// findBin returns the newest Debian PostgreSQL bin folder, installing the
// package when it is missing and we are root.
func findBin() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	if len(dirs) == 0 && os.Geteuid() == 0 {
		if err := install(); err != nil {
			return "", err
		}
		dirs, _ = filepath.Glob("/usr/lib/postgresql/*/bin")
	}
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", errors.New("no /usr/lib/postgresql/*/bin/initdb")
}

// install installs Debian's postgresql, reading the package lists first
// when a fresh machine has none.
func install() error {
	apt := func(args ...string) ([]byte, error) {
		cmd := exec.Command("apt-get", args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		return cmd.CombinedOutput()
	}
	if _, err := apt("install", "-y", "-q", "--no-install-recommends", "postgresql"); err == nil {
		return nil
	}
	if out, err := apt("update", "-q"); err != nil {
		return fmt.Errorf("apt-get update: %w: %s", err, tail(out))
	}
	if out, err := apt("install", "-y", "-q", "--no-install-recommends", "postgresql"); err != nil {
		return fmt.Errorf("apt-get install postgresql: %w: %s", err, tail(out))
	}
	return nil
}

func version(dir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return v
}

func tail(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 600 {
		s = "…" + s[len(s)-600:]
	}
	return s
}

// start makes and starts a new cluster. As root, initdb refuses to run, so
// the cluster belongs to the postgres user.
func start() (*Server, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	if err := supported(); err != nil {
		return nil, err
	}
	s := &Server{Host: "127.0.0.1", bin: bin}
	if s.dir, err = os.MkdirTemp("", "pacer-pg-"); err != nil {
		return nil, err
	}
	if os.Geteuid() == 0 {
		if err := s.runAsPostgres(); err != nil {
			os.RemoveAll(s.dir)
			return nil, err
		}
	}
	if err := s.initdb(); err != nil {
		os.RemoveAll(s.dir)
		return nil, err
	}
	if err := s.launch(); err != nil {
		os.RemoveAll(s.dir)
		return nil, err
	}
	return s, nil
}

// runAsPostgres makes the cluster the postgres user's: initdb refuses to
// run as root.
func (s *Server) runAsPostgres() error {
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("running as root needs the postgres user: %w", err)
	}
	s.uid, _ = strconv.Atoi(u.Uid)
	s.gid, _ = strconv.Atoi(u.Gid)
	return os.Chown(s.dir, s.uid, s.gid)
}

func (s *Server) initdb() error {
	pw := filepath.Join(s.dir, "pw")
	if err := os.WriteFile(pw, []byte(AdminPassword+"\n"), 0o644); err != nil {
		return err
	}
	if s.uid != 0 {
		if err := os.Chown(pw, s.uid, s.gid); err != nil {
			return err
		}
	}
	out, err := s.command("initdb", "-D", filepath.Join(s.dir, "data"), "-U", Admin, "--pwfile", pw,
		"-A", "scram-sha-256", "-E", "UTF8", "--locale", "C", "--no-sync").CombinedOutput()
	if err != nil {
		return fmt.Errorf("initdb: %w: %s", err, tail(out))
	}
	return nil
}

// freePort asks the kernel for a port nobody listens on.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// launch starts postgres and waits until it accepts connections.
func (s *Server) launch() error {
	if s.Port == 0 {
		p, err := freePort()
		if err != nil {
			return err
		}
		s.Port = p
	}
	// fsync off: the tests check the sync protocol, not the server's disk.
	cmd := s.command("postgres", "-D", filepath.Join(s.dir, "data"), "-p", strconv.Itoa(s.Port),
		"-k", s.dir, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=250",
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "shared_buffers=32MB", "-c", "log_min_messages=fatal")
	logf, err := os.Create(filepath.Join(s.dir, "log"))
	if err != nil {
		return err
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("start postgres: %w", err)
	}
	s.cmd, s.exited = cmd, make(chan struct{})
	go func() { _ = cmd.Wait(); logf.Close(); close(s.exited) }()
	return s.waitReady(30 * time.Second)
}

func (s *Server) waitReady(limit time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	for {
		c, err := s.Connect(ctx, "postgres")
		if err == nil {
			c.Close(ctx)
			return nil
		}
		select {
		case <-s.exited:
			log, _ := os.ReadFile(filepath.Join(s.dir, "log"))
			return fmt.Errorf("postgres exited: %s", tail(log))
		case <-ctx.Done():
			return fmt.Errorf("postgres not ready after %v: %w", limit, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// PID is the postmaster's process id, 0 when it is not running.
func (s *Server) PID() int {
	if s.cmd == nil {
		return 0
	}
	return s.cmd.Process.Pid
}

// Pause freezes the postmaster (kill -STOP); Resume thaws it. Running
// backends keep running; new connections hang.
func (s *Server) Pause() { s.signal(sigStop) }

// Resume continues a paused postmaster.
func (s *Server) Resume() { s.signal(sigCont) }

// Restart stops the server (fast shutdown) and starts it again on the
// same port.
func (s *Server) Restart() error {
	s.shutdown()
	return s.launch()
}

// Down stops the server without removing its files; Up starts it again.
func (s *Server) Down() { s.shutdown() }

// Up starts a server stopped with Down.
func (s *Server) Up() error { return s.launch() }

func (s *Server) shutdown() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return
	}
	select {
	case <-s.exited:
	default:
		s.signal(sigCont)
		s.signal(sigInt) // fast shutdown
		select {
		case <-s.exited:
		case <-time.After(20 * time.Second):
			s.signal(sigQuit)
			<-s.exited
		}
	}
	s.cmd = nil
}

// Stop stops the server and removes its files.
func (s *Server) Stop() {
	s.shutdown()
	os.RemoveAll(s.dir)
}
