//go:build !unix

package pgtest

import (
	"errors"
	"os/exec"
	"path/filepath"
)

// signal is a placeholder type: no server starts here.
type signal int

// The signals of process_unix.go, which nothing sends here.
const (
	sigStop signal = iota
	sigCont
	sigInt
	sigQuit
)

// supported says a private server runs only on Unix (Linux, macOS): the
// harness pauses it with SIGSTOP and runs it as the postgres user. Tests
// that need one are skipped loudly here, and fail under CI.
func supported() error {
	return errors.New("the private PostgreSQL server for tests runs on Linux and macOS only")
}

// command runs a PostgreSQL binary (unused: no server starts here).
func (s *Server) command(name string, args ...string) *exec.Cmd {
	return exec.Command(filepath.Join(s.bin, name), args...)
}

func (s *Server) signal(signal) {}
