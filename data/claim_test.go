package data_test

import (
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"pacer/data"
)

// envHold makes the test binary a process that only waits for its stdin to
// close: a stand-in for another running Pacer.
const envHold = "PACER_HOLD"

// TestHelperHold is that process.
func TestHelperHold(t *testing.T) {
	if os.Getenv(envHold) == "" {
		t.Skip("runs only as the child process of TestClaim")
	}
	_, _ = io.Copy(io.Discard, os.Stdin)
}

// startHolder starts a process that runs until the returned function ends it.
func startHolder(t *testing.T) (pid int, stop func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHold$", "-test.count=1")
	cmd.Env = append(os.Environ(), envHold+"=1")
	stdin, err := cmd.StdinPipe()
	mustNotErr(t, err)
	mustNotErr(t, cmd.Start())
	stopped := false
	stop = func() {
		if !stopped {
			stopped = true
			stdin.Close()
			_ = cmd.Wait()
		}
	}
	t.Cleanup(stop)
	return cmd.Process.Pid, stop
}

// writeMarker writes a marker for h beside the database at dbPath.
func writeMarker(t *testing.T, dbPath string, h data.Holder) []byte {
	t.Helper()
	b, err := json.Marshal(h)
	mustNotErr(t, err)
	mustNotErr(t, os.WriteFile(data.ClaimPath(dbPath), b, 0o644))
	return b
}

// readMarker returns the holder in the marker beside dbPath, or nil when
// there is none.
func readMarker(t *testing.T, dbPath string) *data.Holder {
	t.Helper()
	b, err := os.ReadFile(data.ClaimPath(dbPath))
	if os.IsNotExist(err) {
		return nil
	}
	mustNotErr(t, err)
	var h data.Holder
	mustNotErr(t, json.Unmarshal(b, &h))
	return &h
}

// checkMine fails unless the marker beside dbPath is this process's.
func checkMine(t *testing.T, dbPath string) {
	t.Helper()
	host, _ := os.Hostname()
	h := readMarker(t, dbPath)
	if h == nil || h.PID != os.Getpid() || h.Host != host || time.Since(h.Since) > time.Minute {
		t.Fatalf("marker = %+v, want this process's (pid %d on %q)", h, os.Getpid(), host)
	}
}

func TestClaim(t *testing.T) {
	host, err := os.Hostname()
	mustNotErr(t, err)
	since := time.Date(2026, 3, 4, 10, 42, 0, 0, time.Local)

	t.Run("FirstClaimAndRelease", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "pacer.db")
		c, other, err := data.ClaimFile(path)
		mustNotErr(t, err)
		if other != nil {
			t.Fatalf("holder %+v in a new folder", other)
		}
		checkMine(t, path)
		if filepath.Base(data.ClaimPath(path)) != ".pacer.db.pacer-open" {
			t.Errorf("marker %s", data.ClaimPath(path))
		}
		mustNotErr(t, c.Release())
		if sib := siblings(t, path); len(sib) != 0 {
			t.Fatalf("left beside the file after Release: %v", sib)
		}
		mustNotErr(t, c.Release())
		mustNotErr(t, (*data.Claim)(nil).Release())
	})

	t.Run("LiveHolderReported", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "pacer.db")
		pid, stop := startHolder(t)
		since := time.Now().Truncate(time.Second) // a marker is written after its process starts
		theirs := data.Holder{PID: pid, Host: host, Since: since}
		raw := writeMarker(t, path, theirs)

		c, other, err := data.ClaimFile(path)
		mustNotErr(t, err)
		if other == nil || other.PID != pid || other.Host != host || !other.Since.Equal(since) {
			t.Fatalf("holder = %+v, want %+v", other, theirs)
		}
		checkMine(t, path)
		// The other Pacer still runs: its marker comes back.
		mustNotErr(t, c.Release())
		if got := fileBytes(t, data.ClaimPath(path)); string(got) != string(raw) {
			t.Fatalf("after Release the marker is %s, want the other Pacer's %s", got, raw)
		}

		// Once it has ended, its marker is stale: taken over silently,
		// and removed on Release.
		stop()
		c, other, err = data.ClaimFile(path)
		mustNotErr(t, err)
		if other != nil {
			t.Fatalf("holder %+v reported after its process ended", other)
		}
		checkMine(t, path)
		mustNotErr(t, c.Release())
		if readMarker(t, path) != nil {
			t.Fatal("marker left after Release")
		}
	})

	for _, tc := range []struct {
		name   string
		marker func(t *testing.T, path string)
		want   bool // reported as a holder
	}{
		{"OtherHost", func(t *testing.T, p string) {
			writeMarker(t, p, data.Holder{PID: 1, Host: "laptop-of-ann", Since: since})
		}, true},
		{"OwnPID", func(t *testing.T, p string) {
			writeMarker(t, p, data.Holder{PID: os.Getpid(), Host: host, Since: since})
		}, false},
		{"DeadPID", func(t *testing.T, p string) {
			pid, stop := startHolder(t)
			stop()
			writeMarker(t, p, data.Holder{PID: pid, Host: host, Since: since})
		}, false},
		{"ReusedPID", func(t *testing.T, p string) {
			// A Pacer that crashed an hour ago left its marker; its process
			// ID now belongs to a process started since.
			if runtime.GOOS != "linux" {
				t.Skip("process start times are read on Linux only")
			}
			pid, _ := startHolder(t)
			writeMarker(t, p, data.Holder{PID: pid, Host: host, Since: time.Now().Add(-time.Hour)})
		}, false},
		{"Garbage", func(t *testing.T, p string) {
			mustNotErr(t, os.WriteFile(data.ClaimPath(p), []byte("\x00\xffnot json"), 0o644))
		}, false},
		{"Empty", func(t *testing.T, p string) {
			mustNotErr(t, os.WriteFile(data.ClaimPath(p), nil, 0o644))
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "pacer.db")
			tc.marker(t, path)
			c, other, err := data.ClaimFile(path)
			mustNotErr(t, err)
			if (other != nil) != tc.want {
				t.Fatalf("holder = %+v, want reported: %v", other, tc.want)
			}
			checkMine(t, path)
			mustNotErr(t, c.Release())
		})
	}

	t.Run("ReleaseLeavesAnothersMarker", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "pacer.db")
		c, _, err := data.ClaimFile(path)
		mustNotErr(t, err)
		// Another Pacer took the file over since.
		raw := writeMarker(t, path, data.Holder{PID: 1, Host: "laptop-of-ann", Since: since})
		mustNotErr(t, c.Release())
		if got := fileBytes(t, data.ClaimPath(path)); string(got) != string(raw) {
			t.Fatalf("Release changed another Pacer's marker to %s", got)
		}
	})

	t.Run("NoFolder", func(t *testing.T) {
		// A marker that cannot be written does not stop the open: the
		// claim is usable, and the error is only for the log.
		path := filepath.Join(t.TempDir(), "missing", "pacer.db")
		c, other, err := data.ClaimFile(path)
		if err == nil || c == nil || other != nil {
			t.Fatalf("ClaimFile = %v, %v, %v; want a claim, no holder and an error", c, other, err)
		}
		mustNotErr(t, c.Release())
	})
}
