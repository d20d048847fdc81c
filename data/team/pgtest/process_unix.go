//go:build unix

package pgtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
)

// The signals the server is paused, resumed and stopped with.
const (
	sigStop = syscall.SIGSTOP
	sigCont = syscall.SIGCONT
	sigInt  = syscall.SIGINT
	sigQuit = syscall.SIGQUIT
)

// supported says whether a private server can run here: on Unix, yes.
func supported() error { return nil }

// command runs a PostgreSQL binary as s.asUser. The credential is set on
// the process itself rather than through runuser, which stops itself when
// its child is stopped and then never reaps it.
func (s *Server) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if s.uid != 0 {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: uint32(s.uid), Gid: uint32(s.gid)}
		cmd.Dir = s.dir
		cmd.Env = append(os.Environ(), "HOME="+s.dir)
	}
	return cmd
}

func (s *Server) signal(sig syscall.Signal) {
	if pid := s.PID(); pid > 0 {
		_ = syscall.Kill(pid, sig)
	}
}
