package data

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"pacer/app"
)

// msgOpenElsewhere refuses a restore over a file another program has open.
const msgOpenElsewhere = "{{.Path}} is open in another Pacer window or program. Close it there, then restore the backup."

func init() { Messages = append(Messages, msgOpenElsewhere) }

// sideFiles are the files SQLite keeps beside a database: they belong to
// it, and are moved with it, never apart from it.
var sideFiles = []string{"", "-wal", "-shm"}

// Restore sets the database file at dbPath aside (renamed, never deleted)
// and puts a checked copy of backup in its place. The store on dbPath must
// be closed first. It returns where the old file was set aside.
//
// It either succeeds or leaves the file as it was. The copy is made,
// given its new sync id and checked beside the file first, so a full disk
// or a damaged backup never touches it; only then are the file and its
// write-ahead log set aside together and the copy renamed into place. A
// file another Pacer window or program has open is refused with EBusy:
// that one would go on saving into the file set aside.
func Restore(ctx context.Context, dbPath, backup string, now time.Time) (string, error) {
	if err := CheckFile(ctx, backup); err != nil {
		return "", err
	}
	if openElsewhere(dbPath) {
		return "", app.Errorf(app.EBusy, msgOpenElsewhere, "Path", dbPath)
	}
	tmp := freeName(dbPath+".restoring", "")
	if err := prepareRestore(ctx, backup, tmp); err != nil {
		removeRestoring(tmp)
		return "", err
	}
	aside := freeAside(dbPath + ".set-aside-" + now.Format("20060102T150405"))
	if err := moveSet(dbPath, aside); err != nil {
		removeRestoring(tmp)
		return "", fileError(err, "set the current file aside")
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		removeRestoring(tmp)
		if berr := moveSet(aside, dbPath); berr != nil {
			return aside, fileError(errors.Join(err, berr), "restore backup")
		}
		return "", fileError(err, "restore backup")
	}
	return aside, nil
}

// prepareRestore writes the copy of backup that Restore puts in place, at
// tmp, with a new sync id, and checks it.
func prepareRestore(ctx context.Context, backup, tmp string) error {
	if err := copyFile(backup, tmp); err != nil {
		return err
	}
	if err := newSyncClient(ctx, tmp); err != nil {
		return err
	}
	return CheckFile(ctx, tmp)
}

// removeRestoring removes a copy Restore did not put in place, with the
// journal SQLite may have left beside it.
func removeRestoring(tmp string) {
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
}

// freeAside is base, or base with -2, -3 … when a file of that name, or
// its -wal or -shm, exists: a second restore in the same second never
// renames over the file the first one set aside.
func freeAside(base string) string {
	name := base
	for i := 2; ; i++ {
		free := true
		for _, suffix := range sideFiles {
			if _, err := os.Lstat(name + suffix); !os.IsNotExist(err) {
				free = false
			}
		}
		if free {
			return name
		}
		name = base + "-" + strconv.Itoa(i)
	}
}

// moveSet renames the database from, with its -wal and -shm, to to. Files
// that do not exist are skipped; on a failure those already moved are put
// back, so the database is never parted from its log.
func moveSet(from, to string) error {
	var moved []string
	for _, suffix := range sideFiles {
		err := os.Rename(from+suffix, to+suffix)
		if os.IsNotExist(err) {
			continue
		} else if err != nil {
			for _, m := range moved {
				os.Rename(to+m, from+m)
			}
			return err
		}
		moved = append(moved, suffix)
	}
	return nil
}

// openElsewhere reports whether another connection, of another Pacer or
// any program, has the database at path open: one that does holds a
// shared lock on it, so an exclusive lock cannot be had at once.
func openElsewhere(path string) bool {
	if _, err := os.Stat(path); err != nil {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	wait := "busy_timeout(" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) + ")"
	probe := strings.Replace(dsn(abs), wait, "busy_timeout(0)", 1) // at once, not after 10 s
	db, err := sql.Open("sqlite", probe+"&mode=rw&_pragma=locking_mode(EXCLUSIVE)")
	if err != nil {
		return false
	}
	defer db.Close()
	_, err = db.Exec(`BEGIN EXCLUSIVE; ROLLBACK`)
	var se *sqlite.Error
	return errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED)
}
