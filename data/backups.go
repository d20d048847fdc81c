package data

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"pacer/app"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// BackupsDir is the folder beside a database file where its automatic
// backups are kept.
func BackupsDir(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "backups")
}

// How many automatic backups are kept: the last KeepDaily days, and for
// older ones the newest of each of the last KeepWeekly weeks.
const (
	KeepDaily  = 7
	KeepWeekly = 4
)

// backupLayout names automatic backups by day: "<name>-2006-01-02.db".
const backupLayout = "2006-01-02"

// importStampLayout is the time in the name of a backup taken before an
// import: "<name>-before-import-20060102-150405.db".
const importStampLayout = "20060102-150405"

// upgradeStampLayout is the time, in UTC, in the name of the copy taken
// before an upgrade.
const upgradeStampLayout = "20060102T150405Z"

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path string
	// Time is when it was taken, from its name: the day of a daily
	// backup, the second of one taken before an import (BeforeImport).
	Time         time.Time
	BeforeImport bool
	// BeforeUpgrade marks the copy taken before Pacer upgraded the file to
	// a newer schema (to the second); pruning leaves it alone.
	BeforeUpgrade bool
	Goals         int // goals it holds; -1 when it cannot be read
}

// DailyBackup takes today's automatic backup unless there is one already:
// a consistent copy (VACUUM INTO), synced to disk and checked with
// integrity_check, in BackupsDir. Older backups beyond the daily and weekly
// allowance are removed. It reports the path and whether it made one.
func (s *Store) DailyBackup(ctx context.Context) (string, bool, error) {
	dir := BackupsDir(s.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", false, fileError(err, "create backups folder")
	}
	path := filepath.Join(dir, backupBase(s.path)+"-"+s.Now().Format(backupLayout)+".db")
	if _, err := os.Stat(path); err == nil {
		return path, false, nil
	}
	if err := s.CheckedBackup(ctx, path); err != nil {
		return "", false, err
	}
	return path, true, pruneBackups(dir, backupBase(s.path))
}

// CheckedBackup writes a backup to dest and checks it with integrity_check;
// a copy that fails the check is removed, never left to be restored later.
func (s *Store) CheckedBackup(ctx context.Context, dest string) error {
	if err := s.Backup(ctx, dest); err != nil {
		return err
	}
	if err := CheckFile(ctx, dest); err != nil {
		os.Remove(dest)
		return err
	}
	return nil
}

// CheckFile opens a database file read-only and runs integrity_check on it.
// A file that checks but that Open would refuse, another program's SQLite
// file (ENotDatabase) or one a newer Pacer wrote (ENewerSchema), is
// refused too: restored, it would take the place of a file that opens.
func CheckFile(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var result string
	if err := db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&result); err != nil {
		e := app.Errorf(app.ENotDatabase, msgDamaged, "Path", path)
		e.Err = err
		return e
	}
	if result != "ok" {
		e := app.Errorf(app.ENotDatabase, msgDamaged, "Path", path)
		e.Err = fmt.Errorf("integrity check: %s", result)
		return e
	}
	st, err := readSchemaState(ctx, db, path)
	if err != nil {
		return wrapf(err, "check %s", path)
	}
	if st.version > latestVersion() {
		return newerSchemaError(st.version)
	}
	return nil
}

func readOnlyDSN(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return dsn(abs) + "&mode=ro"
}

func backupBase(dbPath string) string {
	return strings.TrimSuffix(filepath.Base(dbPath), filepath.Ext(dbPath))
}

// ListBackups lists the automatic backups of the database at dbPath, newest
// first: the daily ones and those taken before an import, in the backups
// folder, and the copies taken before an upgrade, there or beside the file
// when that folder could not be written.
func ListBackups(ctx context.Context, dbPath string) ([]BackupInfo, error) {
	out, err := listBackupsIn(ctx, BackupsDir(dbPath), dbPath)
	if err != nil {
		return nil, err
	}
	// A folder one may open files in but not list (a shared drive's)
	// hides the copies beside the file, not the backups folder's; with
	// none there either, the list says why it is empty.
	beside, err := listBackupsIn(ctx, filepath.Dir(dbPath), dbPath)
	if err != nil && len(out) == 0 {
		return nil, err
	}
	for _, b := range beside {
		if b.BeforeUpgrade {
			out = append(out, b)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}

// listBackupsIn lists the backups of the database at dbPath in folder dir.
func listBackupsIn(ctx context.Context, dir, dbPath string) ([]BackupInfo, error) {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return nil, nil // a file holds the backups folder's name
	}
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups: %w", err)
	}
	base := backupBase(dbPath)
	var out []BackupInfo
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b := BackupInfo{Path: filepath.Join(dir, e.Name())}
		var ok bool
		if b.Time, b.BeforeImport, ok = backupOf(e.Name(), base); !ok {
			if b.Time, ok = upgradeBackupOf(e.Name(), filepath.Base(dbPath)); !ok {
				continue
			}
			b.BeforeUpgrade = true
		}
		b.Goals = countGoals(ctx, b.Path)
		out = append(out, b)
	}
	return out, nil
}

// upgradeBackupOf reports whether the file called name is a copy of the
// database file called file taken before an upgrade, and when:
// "<file>.before-v<N>-20060102T150405Z[-K].bak" (backupBeforeMigration).
func upgradeBackupOf(name, file string) (time.Time, bool) {
	rest, ok := strings.CutPrefix(name, file+".before-v")
	rest, bak := strings.CutSuffix(rest, ".bak")
	version, stamp, dash := strings.Cut(rest, "-")
	if !ok || !bak || !dash || !isVersion(version) || len(stamp) < len(upgradeStampLayout) {
		return time.Time{}, false
	}
	if n := stamp[len(upgradeStampLayout):]; n != "" && !isNumberSuffix(n) {
		return time.Time{}, false
	}
	t, err := time.Parse(upgradeStampLayout, stamp[:len(upgradeStampLayout)])
	return t.Local(), err == nil
}

// isVersion reports whether s is a schema version as the name writes it.
func isVersion(s string) bool {
	_, err := strconv.ParseUint(s, 10, 32)
	return err == nil
}

// backupOf reports whether the file called name in the backups folder is
// a backup of the database whose name without extension is base, and
// when it was taken: "<base>-2006-01-02.db" daily, or
// "<base>-before-import-20060102-150405[-N].db" before an import. Names
// are matched whole, never by their start alone: the folder is shared by
// every database beside it, and "sales-2024-2026-12-05.db" is a backup of
// sales-2024.db, not of sales.db, whose pruning must not remove it nor its
// restore offer it.
func backupOf(name, base string) (t time.Time, beforeImport, ok bool) {
	rest, ok := strings.CutPrefix(name, base+"-")
	rest, db := strings.CutSuffix(rest, ".db")
	if !ok || !db {
		return time.Time{}, false, false
	}
	if t, err := time.ParseInLocation(backupLayout, rest, time.Local); err == nil {
		return t, false, true
	}
	stamp, found := strings.CutPrefix(rest, "before-import-")
	if !found || len(stamp) < len(importStampLayout) {
		return time.Time{}, false, false
	}
	if n := stamp[len(importStampLayout):]; n != "" && !isNumberSuffix(n) {
		return time.Time{}, false, false // freeName's -2, -3 … only
	}
	t, err := time.ParseInLocation(importStampLayout, stamp[:len(importStampLayout)], time.Local)
	return t, true, err == nil
}

// isNumberSuffix reports whether s is "-" and a number from 2, as freeName
// adds to a name taken.
func isNumberSuffix(s string) bool {
	digits, ok := strings.CutPrefix(s, "-")
	n, err := strconv.Atoi(digits)
	return ok && err == nil && n >= 2 && strconv.Itoa(n) == digits
}

func countGoals(ctx context.Context, path string) int {
	db, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return -1
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM goals`).Scan(&n); err != nil {
		return -1
	}
	return n
}

// pruneBackups keeps the KeepDaily newest daily backups and, older than
// those, the newest of each of KeepWeekly ISO weeks; it removes the rest.
func pruneBackups(dir, base string) error {
	all, err := ListBackups(context.Background(), filepath.Join(filepath.Dir(dir), base+".db"))
	if err != nil {
		return err
	}
	all = slices.DeleteFunc(all, func(b BackupInfo) bool { return b.BeforeUpgrade })
	weeks := map[string]bool{}
	for i, b := range all {
		if i < KeepDaily {
			continue
		}
		year, week := b.Time.ISOWeek()
		key := fmt.Sprintf("%d-%d", year, week)
		if !weeks[key] && len(weeks) < KeepWeekly {
			weeks[key] = true
			continue
		}
		if err := os.Remove(b.Path); err != nil {
			return fmt.Errorf("remove old backup: %w", err)
		}
	}
	return nil
}

// newSyncClient gives a restored file a new id on its team's server
// (sync_state.client). The backup is an earlier state of this laptop: the
// server takes changes of the same client as already seen by it, so with
// the old id an edit made after the restore went over what the laptop had
// synced since the backup (a newer target back to the backup's) without a
// merge or a clash. Under a new id those are someone else's changes, which
// the server merges or sets aside as it does any other laptop's. A file
// older than team sync has no sync_state and is left as it is.
func newSyncClient(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'`).Scan(&n); err != nil {
		return fileError(err, "restore backup")
	}
	if n == 0 {
		return nil
	}
	_, err = db.ExecContext(ctx, `UPDATE sync_state SET client = lower(hex(randomblob(16)))`)
	return fileError(err, "restore backup")
}

// copyFile writes a synced copy of src to dst, which must not exist. A
// copy cut short (a full disk) is removed, so that nothing half-written is
// left where the database belongs.
func copyFile(src, dst string) (err error) {
	content, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("read backup: %w", err)
	}
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fileError(err, "restore backup")
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(dst)
		}
	}()
	if _, err := f.Write(content); err != nil {
		return fileError(err, "restore backup")
	}
	if err := f.Sync(); err != nil {
		return fileError(err, "restore backup")
	}
	return fileError(f.Close(), "restore backup")
}
