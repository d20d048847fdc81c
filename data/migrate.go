package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"pacer/app"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// msgReadOnlyUpgrade refuses a read-only file that needs migrating: the
// plain read-only message said it could not be changed, when the user
// only asked to open it.
const msgReadOnlyUpgrade = "{{.Path}} was written by an older Pacer and must be upgraded before it opens, but the file or its folder is read-only. Make them writable, or copy the file to a folder you can write to, and open it again."

func init() { Messages = append(Messages, msgReadOnlyUpgrade) }

// applicationID marks a SQLite file as Pacer's ("PACR"); 0001_initial.sql
// sets it.
const applicationID = 0x50414352

// migration is one numbered schema change.
type migration struct {
	version int
	name    string // file name, recorded in schema_migrations
	sql     string
}

// migrations are the embedded schema changes in order, numbered 1, 2, …
// from their file names (0001_initial.sql is version 1).
var migrations = mustLoadMigrations()

func mustLoadMigrations() []migration {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	out := make([]migration, 0, len(names))
	for i, name := range names {
		base := path.Base(name)
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil || v != i+1 {
			panic(fmt.Sprintf("data: migration %s is not number %d", base, i+1))
		}
		buf, err := migrationFS.ReadFile(name)
		if err != nil {
			panic(err)
		}
		out = append(out, migration{version: v, name: base, sql: string(buf)})
	}
	return out
}

// latestVersion is the schema version this Pacer writes.
func latestVersion() int { return len(migrations) }

// schemaState is what init needs to know about a file before changing it.
type schemaState struct {
	version int  // highest applied migration, 0 for a new file
	tables  bool // the file has tables of its own
}

// schemaState reads the recorded schema version without writing anything
// (readSchemaState).
func (s *Store) schemaState(ctx context.Context) (schemaState, error) {
	return readSchemaState(ctx, s.db, s.path)
}

// rowQuerier is what *sql.DB and *sql.Tx have in common that
// readSchemaState needs.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// readSchemaState reads the schema version of the database file at path
// through db without writing anything. A SQLite file of another program
// (tables but no schema_migrations, or another application_id) is refused
// with ENotDatabase. Pacer leaves SQLite's user_version at 0; one past the
// schema this Pacer knows (newerUserVersion) counts as the file's version,
// so that a file another tool or a newer Pacer marked as newer is refused,
// not changed.
func readSchemaState(ctx context.Context, db rowQuerier, path string) (schemaState, error) {
	st, err := migrationsState(ctx, db, path)
	if err != nil {
		return st, err
	}
	if v, err := newerUserVersion(ctx, db); err != nil {
		return st, err
	} else if v > st.version {
		st.version = v
	}
	return st, nil
}

// newerUserVersion is the file's user_version when it is past the schema
// this Pacer knows, 0 otherwise: a lower one is no schema of Pacer's, and
// must not skip a migration.
func newerUserVersion(ctx context.Context, db rowQuerier) (int, error) {
	var v int
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read user_version: %w", err)
	}
	if v <= latestVersion() {
		return 0, nil
	}
	return v, nil
}

// migrationsState is readSchemaState from schema_migrations and the
// application_id alone.
func migrationsState(ctx context.Context, db rowQuerier, path string) (schemaState, error) {
	var st schemaState
	var tables, tracked int
	if err := db.QueryRowContext(ctx, `
		SELECT count(*), count(*) FILTER (WHERE name = 'schema_migrations')
		FROM sqlite_master
		WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`,
	).Scan(&tables, &tracked); err != nil {
		return st, err
	}
	var appID int64
	if err := db.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&appID); err != nil {
		return st, err
	}
	if (tables > 0 && tracked == 0) || (appID != 0 && appID != applicationID) {
		return st, app.Errorf(app.ENotDatabase, msgNotDatabase, "Path", path)
	}
	st.tables = tables > 0
	if tracked > 0 {
		if err := db.QueryRowContext(ctx,
			`SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&st.version); err != nil {
			return st, err
		}
	}
	return st, nil
}

// newerSchemaError refuses a file of schema version v, which this Pacer
// does not know.
func newerSchemaError(v int) error {
	return app.Errorf(app.ENewerSchema, msgNewerSchema, "Schema", v, "Known", latestVersion())
}

// migrate applies the migrations after st.version up to version upTo, each
// in its own transaction, after backing up a database that already has a
// schema.
func (s *Store) migrate(ctx context.Context, st schemaState, upTo int) error {
	var pending []migration
	for _, m := range migrations {
		if m.version > st.version && m.version <= upTo {
			pending = append(pending, m)
		}
	}
	if len(pending) == 0 {
		return nil
	}
	if !st.tables {
		return s.createSchema(ctx, pending)
	}
	if !writable(s.path) { // no backup left beside a file that cannot be migrated
		return app.Errorf(app.EReadOnly, msgReadOnlyUpgrade, "Path", s.path)
	}
	if _, err := s.backupBeforeMigration(ctx, pending[0].version); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	for _, m := range pending {
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// backupBeforeMigration writes <file>.before-v<N>-<time>.bak, the
// database as it was before migration N, into the backups folder beside
// the file, or beside the file itself when that folder cannot be made or
// written (a file of its name, a read-only folder of another user on a
// shared drive): migrate has found the file's own folder writable, and
// refusing the upgrade would leave the user without their data in this
// Pacer. Only when neither takes it is the upgrade refused.
func (s *Store) backupBeforeMigration(ctx context.Context, version int) (string, error) {
	name := fmt.Sprintf("%s.before-v%d-%s", filepath.Base(s.path), version, s.Now().UTC().Format(upgradeStampLayout))
	dir := BackupsDir(s.path)
	err := os.MkdirAll(dir, 0o755)
	if err == nil {
		var path string
		if path, err = s.backupAs(ctx, filepath.Join(dir, name)); err == nil || app.ErrorCode(err) == app.EFull {
			return path, err
		}
	}
	path, berr := s.backupAs(ctx, filepath.Join(filepath.Dir(s.path), name))
	if berr != nil {
		return "", fileError(errors.Join(err, berr), "write the backup before upgrading")
	}
	return path, nil
}

// backupAs writes a backup at base.bak, or base-2.bak, … when that name is
// taken.
func (s *Store) backupAs(ctx context.Context, base string) (string, error) {
	for {
		// Another Pacer opening the same file in the same second can take
		// the free name first: then the next one.
		name := freeName(base, ".bak")
		if err := s.Backup(ctx, name); app.ErrorCode(err) != app.EConflict {
			return name, err
		}
	}
}

// apply runs migrations ms, in order, in one transaction, and records
// them. The version is read again inside the write transaction in case
// another Pacer migrated the file since init looked: a migration it
// applied is skipped.
func (s *Store) apply(ctx context.Context, ms ...migration) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := tx.ExecContext(ctx, `
		CREATE TABLE IF NOT EXISTS schema_migrations (
			version    INTEGER PRIMARY KEY,
			name       TEXT NOT NULL,
			applied_at TEXT NOT NULL
		) STRICT`); err != nil {
		return wrapf(err, "create schema_migrations")
	}
	for _, m := range ms {
		var done bool
		if done, err = exists(ctx, tx, `SELECT 1 FROM schema_migrations WHERE version >= ?`, m.version); err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		} else if done {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("%s: %w", m.name, wrapf(err, "run"))
		}
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
			m.version, m.name, formatTime(tx.now)); err != nil {
			return fmt.Errorf("%s: %w", m.name, wrapf(err, "record"))
		}
	}
	return tx.commit()
}
