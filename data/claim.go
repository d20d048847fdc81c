package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Holder is a Pacer that has a database file open, as its marker says.
type Holder struct {
	PID   int       `json:"pid"`
	Host  string    `json:"host"`
	Since time.Time `json:"since"` // when it opened the file
}

// Claim is this process's marker beside a database file, saying that the
// file is open here. SQLite keeps two Pacers writing one file safe; the
// marker is only there so that the second can warn its user.
type Claim struct {
	path string // the marker file; "" when none was written
	mine []byte // what this process wrote into it
	prev []byte // the live holder's marker it replaced, put back on Release
}

// ClaimPath returns the marker file of the database at dbPath: a hidden
// file beside it, ".<name>.pacer-open".
func ClaimPath(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "."+filepath.Base(dbPath)+".pacer-open")
}

// ClaimFile marks the database at dbPath as open in this process and
// returns the other Pacer that has it open, or nil. That holder is live:
// a process still running on this computer, or any Pacer on another
// computer (a shared folder), whose processes cannot be looked up. A
// marker of a process that has ended, or of this process, is taken over
// without a word.
//
// The claim is never nil, and claiming never stops the file from being
// opened: err, when not nil, only says that no marker could be written
// (EReadOnly for a read-only folder, EFull for a full disk) and is for the
// log. The holder is still reported then, and Release does nothing.
//
// The marker is a hint, not a lock: two Pacers starting at the same
// instant may both find no holder, and after a crash an unrelated program
// that was given the dead Pacer's PID counts as a holder until it ends.
func ClaimFile(dbPath string) (c *Claim, other *Holder, err error) {
	c = &Claim{}
	path := ClaimPath(dbPath)
	if old, err := os.ReadFile(path); err == nil {
		if h := parseHolder(old); h != nil && h.live() {
			other, c.prev = h, old
		}
	}
	host, _ := os.Hostname()
	mine, err := json.Marshal(Holder{PID: os.Getpid(), Host: host, Since: time.Now().Truncate(time.Second)})
	if err != nil {
		return c, other, fmt.Errorf("claim %s: %w", dbPath, err)
	}
	if err := writeMarker(path, mine); err != nil {
		return c, other, fileError(err, "claim %s", dbPath)
	}
	c.path, c.mine = path, mine
	return c, other, nil
}

// Release removes the marker if it is still this process's, or puts back
// the one it replaced if that Pacer is still running. Releasing twice, or
// a claim without a marker, does nothing.
func (c *Claim) Release() error {
	if c == nil || c.path == "" {
		return nil
	}
	path := c.path
	c.path = ""
	cur, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return fmt.Errorf("release claim: %w", err)
	}
	if !bytes.Equal(cur, c.mine) {
		return nil // another Pacer took the file over since
	}
	if h := parseHolder(c.prev); h != nil && h.live() {
		if err := writeMarker(path, c.prev); err != nil {
			return fmt.Errorf("release claim: %w", err)
		}
		return nil
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("release claim: %w", err)
	}
	return nil
}

// parseHolder reads a marker; nil when it is not one.
func parseHolder(b []byte) *Holder {
	var h Holder
	if len(b) == 0 || json.Unmarshal(b, &h) != nil || h.PID <= 0 {
		return nil
	}
	return &h
}

// live reports whether the holder may still have the file open: a running
// process of this computer other than this one, or any on another. A
// process that started after the marker was written only reuses the ID of
// a Pacer that ended without removing it, as after a crash and a restart.
func (h *Holder) live() bool {
	host, err := os.Hostname()
	if err != nil || h.Host != host {
		return true
	}
	if h.PID == os.Getpid() || !processRunning(h.PID) || processEnded(h.PID) {
		return false
	}
	// Since is written to the second; the slack covers that and clock steps.
	start, known := processStart(h.PID)
	return !known || !start.After(h.Since.Add(2*time.Second))
}

// writeMarker replaces the marker at path with content in one step, so a
// reader never sees half of it.
func writeMarker(path string, content []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".pacer-open-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(content)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
