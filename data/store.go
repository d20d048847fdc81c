// Package data keeps Pacer's records in one SQLite file: goals, their plans
// and history, check-ins, reviews, action plans and settings.
//
// Every Store method runs in one transaction, so a failed call writes
// nothing. Failures a user can act on come back as *Error with a code and
// a translatable message; see ErrorCode and ErrorMessage.
package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"pacer/app"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Store is an open Pacer database. It is safe for concurrent use.
type Store struct {
	// Now returns the current time; tests replace it. Timestamps are kept
	// in UTC to the second.
	Now func() time.Time

	db        *sql.DB
	path      string
	closeOnce sync.Once
	openEntry *openFile // this store's entry in filesOpenHere
	onWait    atomic.Pointer[func(time.Duration)]
	stmts     stmtCache
	live      liveCache   // running totals read, by goal (live_cache.go)
	fileMap   fileMap     // whether the file is read through a map (file_map.go)
	folder    debounce    // counts the check-ins saved once saves pause (fold.go)
	ckpt      debounce    // copies the log into the file once saves pause (checkpoint.go)
	heads     headsReader // the first read of the heads from the file's copy (heads_kept.go)
}

// Open opens the Pacer database at path, creating the file and its folders
// when missing and bringing its schema up to date. A file that is not a
// Pacer database (ENotDatabase) or was written by a newer Pacer
// (ENewerSchema) is refused and left untouched. Before an existing database
// is migrated, a copy of it is written beside it.
//
// A file in a folder that cannot be written is refused with EReadOnly: in
// WAL mode SQLite cannot even read it there. A read-only file in a
// writable folder opens, and each write to it fails with EReadOnly; so does
// one another program left in rollback mode that cannot be switched to
// WAL, wherever it is, when it needs no migrating. Open
// fails with EBusy when the file needs migrating and another program
// holds its write lock past the busy timeout, and with EFull when there is
// no room to create or migrate it. ClaimFile, called beside Open, tells
// whether another Pacer has the file open.
func Open(ctx context.Context, path string) (*Store, error) {
	return open(ctx, path, latestVersion())
}

// open is Open with migrations applied only up to version upTo, so tests
// can make a database of an older schema.
func open(ctx context.Context, path string, upTo int) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fileError(err, "create folder")
	}
	if !openHere(abs) { // a store here has read it as a database; see open_here.go
		if err := checkHeader(abs); err != nil {
			return nil, err
		}
		if err := checkEmptied(ctx, abs); err != nil {
			return nil, err
		}
	}
	size := fileSize(abs)
	db, err := sql.Open("sqlite", dsn(abs)+mapDSN(size))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	// One connection for the whole program. SQLite allows one writer at a
	// time anyway, and with a single connection a transaction never starts
	// as a reader and then has to upgrade to a writer while another
	// connection of ours holds the write lock: that upgrade fails at once
	// with SQLITE_BUSY, which busy_timeout cannot wait out. Callers queue
	// in database/sql instead; Pacer's transactions are short.
	db.SetMaxOpenConns(1)

	s := &Store{Now: time.Now, db: db, path: abs}
	s.fileMap.on = mapDSN(size) != ""
	s.fileMap.size.Store(size)
	if err := s.init(ctx, upTo); err != nil {
		db.Close()
		return nil, err
	}
	s.armLive(ctx) // before prepareHot: qLiveState reads its table
	s.prepareHot(ctx)
	s.settleTotals(ctx)
	s.openEntry = noteOpen(abs)
	return s, nil
}

// WaitNotice is how long a write must have waited for another program's
// lock before the function given to SetOnWait hears of it.
const WaitNotice = time.Second

// SetOnWait has f called, on the goroutine that writes, after a write had
// to wait WaitNotice or longer for another program (or another Pacer
// window) to finish writing the same file; f gets how long it waited. A
// write that waits past the busy timeout fails with EBusy instead.
func (s *Store) SetOnWait(f func(waited time.Duration)) {
	s.onWait.Store(&f)
}

func (s *Store) noteWait(d time.Duration) {
	if f := s.onWait.Load(); f != nil && *f != nil && d >= WaitNotice {
		(*f)(d)
	}
}

// Close closes the database, first writing the goals and plans it read as
// the file's setup snapshot when they are newer than the file's, the
// review sums it read (review_kept.go) and the heads of the totals
// (heads_kept.go), which make the next opening's first reads quicker. WAL mode checkpoints the
// file on the way out. Closing twice is harmless: the UI closes a store it
// switches away from, and main closes the one it opened.
func (s *Store) Close() error {
	var err error
	s.closeOnce.Do(func() {
		s.ckpt.stop() // closing checkpoints anyway
		s.stopFolding()
		s.saveSetupSnapshot()
		s.saveKeptSums()
		s.saveKeptHeads()
		err = s.db.Close()
		noteClosed(s.openEntry)
	})
	return err
}

// Path returns the absolute path of the database file.
func (s *Store) Path() string {
	return s.path
}

// Backup writes a consistent copy of the database to dest, which must not
// exist yet; the copy is flushed to disk before Backup returns. A copy that
// fails part way (a full disk) is removed.
func (s *Store) Backup(ctx context.Context, dest string) (err error) {
	// Creating dest first makes it ours to remove: VACUUM INTO accepts an
	// empty file.
	f, err := os.OpenFile(dest, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return app.Errorf(app.EConflict, msgDuplicate)
	} else if err != nil {
		return fileError(err, "create backup")
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(dest)
		}
	}()
	if err := s.checkMap(ctx); err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, dest); err != nil {
		return diskFull(wrapf(err, "vacuum into %s", dest), filepath.Dir(dest))
	}
	if err := f.Sync(); err != nil {
		return fileError(err, "sync backup")
	}
	return fileError(f.Close(), "close backup")
}

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// checkHeader refuses an existing non-empty file that is not a SQLite
// database before SQLite sees it, so nothing is ever written into it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return &app.Error{Code: app.EReadOnly, Message: msgReadOnly, Err: err}
		}
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("stat %s: %w", path, err)
	}
	if info.IsDir() {
		return app.Errorf(app.ENotDatabase, msgNotDatabase, "Path", path)
	}
	if info.Size() == 0 {
		return nil // SQLite treats an empty file as an empty database
	}
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteHeader) {
		return app.Errorf(app.ENotDatabase, msgNotDatabase, "Path", path)
	}
	return nil
}

// busyTimeout is how long a write waits for another program's write lock
// before it fails with EBusy. Tests shorten it.
var busyTimeout = 10 * time.Second

// dsn returns the SQLite URI of the file at the absolute path abs.
//
// The pragmas are set by the driver on every new connection. journal_mode
// is not among them: it is stored in the file, and setting it from several
// connections at once races, so init switches it once.
//
// cache_size lets the one connection keep up to 64 MB of the file's pages
// (SQLite's default is 2 MB): the dashboard of 2,000 goals seeks one page
// of running totals per goal, and with the default cache every refresh
// read those pages from the disk again (55 → 69 ms at 2,000 goals × 10
// years). It is a ceiling: a small file never uses more than its size.
//
// _txlock=immediate makes write transactions take the write lock at BEGIN,
// so one that reads first cannot fail on upgrade against another process
// that has the file open; read methods begin read-only, which the driver
// starts as a plain deferred BEGIN.
func dsn(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive, C:/x, becomes file:///C:/x
	}
	return "file://" + escapePath(p) +
		"?_pragma=busy_timeout(" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) + ")" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)&_pragma=cache_size(-65536)&_txlock=immediate"
}

// escapePath percent-encodes every byte of p except unreserved URI
// characters, '/' and ':', so that spaces, '#', '?', '%' and non-ASCII
// names reach SQLite as they are.
func escapePath(p string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~', c == '/', c == ':':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// init checks the file, switches it to WAL and migrates it. The check
// comes before anything writes; OpenCheckLater leaves it to its caller
// when nothing will.
func (s *Store) init(ctx context.Context, upTo int) error {
	st, err := s.schemaState(ctx)
	if err != nil {
		return s.openError(err, "read schema")
	}
	if st.version > latestVersion() {
		return newerSchemaError(st.version)
	}
	if !s.checkLater(ctx, st.version, upTo) {
		if err := s.quickCheck(ctx); err != nil {
			return err
		}
	}
	if err := s.enableWAL(ctx); err != nil && !(readOnlyFile(err) && st.version >= upTo) {
		// A read-only file another program left in rollback mode
		// (SQLite's default) cannot be switched, but reads as it is.
		if readOnlyFile(err) && st.tables {
			return app.Errorf(app.EReadOnly, msgReadOnlyUpgrade, "Path", s.path)
		}
		return s.openError(err, "enable wal")
	}
	if err := s.migrate(ctx, st, upTo); err != nil {
		return s.openError(err, "migrate")
	}
	return nil
}

// openError maps failures while opening: a file SQLite cannot read is
// damaged.
func (s *Store) openError(err error, context string) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return &app.Error{Code: app.ENotDatabase, Message: msgDamaged, Args: map[string]any{"Path": s.path}, Err: err}
		}
	}
	return wrapf(err, "%s", context)
}

// tx is a transaction with the time it started, used for every timestamp
// it writes, and the folder of the file it writes to.
type tx struct {
	*sql.Tx
	now time.Time
	dir string
	hot map[string]*sql.Stmt // the store's prepared statements
	// totals is set on a write transaction of a schema with check-in
	// totals, which commit brings up to date.
	totals bool
	write  bool
	saved  func() // called once a write transaction commits
}

// begin starts a transaction; write selects an immediate (writing) one.
func (s *Store) begin(ctx context.Context, write bool) (*tx, error) {
	return s.beginAt(ctx, write, s.Now().UTC().Truncate(time.Second))
}

// beginAt is begin with the time the transaction stamps what it writes.
func (s *Store) beginAt(ctx context.Context, write bool, now time.Time) (*tx, error) {
	if err := s.checkMap(ctx); err != nil {
		return nil, err
	}
	queued, start := s.db.Stats().WaitDuration, time.Now()
	t, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: !write})
	if err != nil {
		return nil, wrapf(err, "begin")
	}
	if write {
		// Time spent queueing behind this program's own transactions for
		// the one connection is not waiting for another program's lock.
		s.noteWait(time.Since(start) - (s.db.Stats().WaitDuration - queued))
	}
	var hot map[string]*sql.Stmt
	if m := s.stmts.hot.Load(); m != nil {
		hot = *m
	}
	out := &tx{Tx: t, now: now, dir: filepath.Dir(s.path), hot: hot,
		totals: write && hot[qTotalsStale] != nil, write: write}
	if write {
		out.saved = s.checkpointSoon
	}
	return out, nil
}

// commit commits and maps the failure. In WAL mode the pages of a
// transaction reach the disk here, so this is where a full disk shows.
func (t *tx) commit() error {
	if err := refreshDerived(context.Background(), t); err != nil {
		return err
	}
	if err := t.Commit(); err != nil {
		return diskFull(wrapf(err, "commit"), t.dir)
	}
	if t.saved != nil {
		t.saved()
	}
	return nil
}

// scanner is what *sql.Row and *sql.Rows have in common.
type scanner interface {
	Scan(dest ...any) error
}

// queryAll runs a query and scans every row with scan.
func queryAll[T any](ctx context.Context, t *tx, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := t.query(ctx, query, args...) // prepared once when hot: every save asks qStale
	if err != nil {
		return nil, sqlError(err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, sqlError(err)
	}
	return out, nil
}

// exists reports whether query returns a row.
func exists(ctx context.Context, t *tx, query string, args ...any) (bool, error) {
	var one int
	err := t.QueryRowContext(ctx, query, args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, sqlError(err)
}

// dateCol scans a nullable "2006-01-02" column into a Date; NULL is the zero Date.
type dateCol struct{ d *app.Date }

// Scan implements sql.Scanner.
func (c dateCol) Scan(v any) error {
	if v == nil {
		*c.d = app.Date{}
		return nil
	}
	s, err := textValue(v)
	if err != nil {
		return err
	}
	d, err := app.ParseDate(s)
	if err != nil {
		return fmt.Errorf("read date: %w", err)
	}
	*c.d = d
	return nil
}

// textValue returns a TEXT column's value.
func textValue(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case []byte:
		return string(v), nil
	}
	return "", fmt.Errorf("want text, got %T", v)
}

// dateArg is the column value of a Date: NULL when not set.
func dateArg(d app.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}
