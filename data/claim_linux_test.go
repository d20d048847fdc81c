//go:build linux

package data_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"pacer/data"
)

// TestClaimOfAnEndedProcessNotWaitedFor: a Pacer killed from a shell that
// has not waited for it is listed as a zombie until its parent does, which
// signal 0 still finds; it holds no file open, so its marker is taken over
// without a warning.
func TestClaimOfAnEndedProcessNotWaitedFor(t *testing.T) {
	cmd := exec.Command("true")
	mustNotErr(t, cmd.Start())
	defer func() { _ = cmd.Wait() }()
	pid := cmd.Process.Pid
	since := time.Now().Truncate(time.Second)
	deadline := time.Now().Add(5 * time.Second)
	for !zombie(pid) {
		if time.Now().After(deadline) {
			t.Fatalf("process %d did not end within 5 s", pid)
		}
		time.Sleep(5 * time.Millisecond)
	}
	host, err := os.Hostname()
	mustNotErr(t, err)
	path := filepath.Join(t.TempDir(), "pacer.db")
	writeMarker(t, path, data.Holder{PID: pid, Host: host, Since: since})
	c, other, err := data.ClaimFile(path)
	mustNotErr(t, err)
	if other != nil {
		t.Fatalf("holder %+v reported: its process has ended", other)
	}
	checkMine(t, path)
	mustNotErr(t, c.Release())
}

// zombie reports whether process pid has ended and waits for its parent.
func zombie(pid int) bool {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	rest := string(stat[strings.LastIndexByte(string(stat), ')')+1:])
	return strings.HasPrefix(strings.TrimSpace(rest), "Z")
}
