package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// enableWAL switches the file to WAL unless it is already. Switching needs
// the file to itself, and SQLite reports SQLITE_BUSY at once rather than
// calling the busy handler when another process has it open (two Pacers
// opening a new file together), so it tries again for up to busyTimeout.
func (s *Store) enableWAL(ctx context.Context) error {
	deadline := time.Now().Add(busyTimeout)
	for {
		var mode string
		err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode)
		if err == nil && strings.EqualFold(mode, "wal") {
			return nil
		}
		if err == nil {
			err = s.db.QueryRowContext(ctx, `PRAGMA journal_mode=WAL`).Scan(&mode)
		}
		if err == nil && strings.EqualFold(mode, "wal") {
			return nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			if err == nil {
				err = fmt.Errorf("journal mode stayed %q", mode)
			}
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// readOnlyFile reports whether err is SQLite's refusal to write a
// read-only file, or one in a read-only folder.
func readOnlyFile(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_READONLY
}

// isBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED.
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}
