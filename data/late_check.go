package data

import (
	"context"
	"database/sql"
	"strings"
)

// checkLaterKey marks the context of an open that may leave the quick
// check for later (OpenCheckLater); its value is the *bool that init sets
// when it did.
type checkLaterKey struct{}

// OpenCheckLater opens the database at path as Open does, except that
// when opening writes nothing (no migration is pending, the file is in WAL
// mode already and no running totals wait to be recomputed) it leaves
// SQLite's quick_check, which reads every page (35 ms of CPU on a file of
// 200 goals × 5 years of weekly check-ins), to the check function it
// returns, for the caller to run once its window is up. A file whose
// opening writes is checked before that, as Open does, and its check
// function returns nil. check reports a damaged file with ENotDatabase and
// the message Open gives it; it reads on a connection of its own
// (lateQuickCheck), so the store answers the screens meanwhile.
func OpenCheckLater(ctx context.Context, path string) (s *Store, check func(context.Context) error, err error) {
	later := false
	s, err = open(context.WithValue(ctx, checkLaterKey{}, &later), path, latestVersion())
	if err != nil {
		return nil, nil, err
	}
	if !later {
		return s, func(context.Context) error { return nil }, nil
	}
	return s, s.lateQuickCheck, nil
}

// checkLater tells init, for a file at schema version version, whether
// the quick check may wait (OpenCheckLater asked for it and opening the
// file will not write), and records that it waits.
func (s *Store) checkLater(ctx context.Context, version, upTo int) bool {
	later, _ := ctx.Value(checkLaterKey{}).(*bool)
	if later == nil || version < upTo || s.writesAtOpen(ctx) {
		return false
	}
	*later = true
	return true
}

// writesAtOpen tells whether opening the file will write to it although
// no migration is pending: switching it to WAL (a file not written by
// Pacer, or a restored copy) or recomputing the running totals that a
// team sync left marked stale (settleTotals). A file SQLite cannot answer
// about counts as written to, so it is checked at once.
func (s *Store) writesAtOpen(ctx context.Context) bool {
	var mode string
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || !strings.EqualFold(mode, "wal") {
		return true
	}
	var stale bool
	err := s.db.QueryRowContext(ctx, qDerivedStale).Scan(&stale)
	return err != nil || stale
}

// lateQuickCheck is quickCheck on a connection of its own, closed after:
// on the store's one connection the check held every screen's read back
// until it had read the whole file, seconds on a file of 2,000 goals × 10
// years. In WAL mode the check's read transaction does not block the
// store's writes. Its page cache is kept small (lateCheckCacheKiB): each
// page is read once, and a large cache only took memory (64 MB) and time,
// a new allocation for every page.
func (s *Store) lateQuickCheck(ctx context.Context) error {
	db, err := sql.Open("sqlite", dsn(s.path))
	if err != nil {
		return wrapf(err, "open for the quick check")
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, `PRAGMA cache_size = -`+lateCheckCacheKiB); err != nil {
		return s.openError(err, "quick check")
	}
	problems, err := quickCheckProblems(ctx, db)
	if err != nil {
		return s.openError(err, "quick check")
	}
	return s.damaged(problems)
}

// lateCheckCacheKiB is the page cache of the late quick check's
// connection, in KiB.
const lateCheckCacheKiB = "4096"
