package data

import (
	"context"
	"database/sql"
	"time"
)

// OpenAt opens like Open but migrates only up to version.
func OpenAt(ctx context.Context, path string, version int) (*Store, error) {
	return open(ctx, path, version)
}

// DB returns the store's connection pool, for tests that inspect the file.
func (s *Store) DB() *sql.DB { return s.db }

// LatestVersion is the schema version this build writes.
func LatestVersion() int { return latestVersion() }

// AddTestMigration appends a migration with the next number and returns a
// function that removes it. Tests using it must not run in parallel.
func AddTestMigration(name, sql string) (remove func()) {
	saved := migrations
	migrations = append(migrations[:len(migrations):len(migrations)],
		migration{version: len(saved) + 1, name: name, sql: sql})
	return func() { migrations = saved }
}

// DSN returns the data source name Open uses for path.
func DSN(abs string) string { return dsn(abs) }

// SetBusyTimeout makes stores opened from now on wait d for another
// program's write lock, and returns a function that restores the default.
// Tests using it must not run in parallel.
func SetBusyTimeout(d time.Duration) (restore func()) {
	saved := busyTimeout
	busyTimeout = d
	return func() { busyTimeout = saved }
}

// SetFoldAfter sets how long s waits after a fast save before it folds
// (fold.go): tests that look at check-ins waiting make it long.
func SetFoldAfter(s *Store, d time.Duration) { s.folder.after = d }

// SetCheckpointAfter sets how long s waits after a save before it copies
// the log into the file (checkpoint.go), and returns a function that
// restores the default.
func SetCheckpointAfter(s *Store, d time.Duration) (restore func()) {
	s.ckpt.setAfter(d)
	return func() { s.ckpt.setAfter(0) }
}
