package data

import (
	"context"
	_ "embed" // for newFileSchema
	"fmt"
)

// newFileSchema is the schema, and the rows, that all the migrations leave
// in a new file, as one script (schema.sql): a new file runs it instead of
// the migrations, which parse and rebuild the same tables and triggers
// many times over. TestNewFileSchemaIsTheMigrations checks it against the
// migrations and writes it afresh when PACER_WRITE_SCHEMA=1.
//
//go:embed schema.sql
var newFileSchema string

// createSchema gives a new file its schema in one transaction, by
// newFileSchema when pending are all the migrations there are: opening a
// new file and reading its dashboard took 37 ms, with a commit and a
// flush a migration, 30 ms with the migrations in one transaction and 21
// ms with the script (medians of 11 new processes). Should another Pacer
// have created the tables since init looked, the migrations it has not
// applied are.
func (s *Store) createSchema(ctx context.Context, pending []migration) error {
	if len(pending) != latestVersion() {
		return s.apply(ctx, pending...) // tests build files of older versions
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if taken, err := exists(ctx, tx, `SELECT 1 FROM sqlite_schema WHERE type = 'table'`); err != nil {
		return err
	} else if taken {
		tx.Rollback()
		return s.apply(ctx, pending...)
	}
	if _, err := tx.ExecContext(ctx, newFileSchema); err != nil {
		return wrapf(err, "create schema")
	}
	for _, m := range pending {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
			m.version, m.name, formatTime(tx.now)); err != nil {
			return fmt.Errorf("%s: %w", m.name, wrapf(err, "record"))
		}
	}
	return tx.commit()
}
