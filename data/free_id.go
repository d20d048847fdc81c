package data

import (
	"context"
	"database/sql"
	"math"
	"pacer/app"
	"strings"
)

// qRefTables lists the tables with a column named ?1, but for the log of
// setup changes, which names goals deleted long ago. Only STRICT tables
// count, as all of Pacer's are: a table another program added to the
// file may hold text in such a column, or be a virtual table whose
// module is missing here, which pragma_table_info cannot even read.
const qRefTables = `SELECT t.name FROM pragma_table_list t, pragma_table_info(t.name) c
	WHERE t.schema = 'main' AND t.type = 'table' AND t.strict AND c.name = ?1 AND t.name <> 'setup_changes'`

// freeID is the ID a new row of table takes: past every row's, and past
// every ID the column ref of another table names, or a query of extra
// (each a "SELECT max(…)"). Another program that deletes a goal, a review
// or an action plan with its foreign keys off (the sqlite3 shell's
// default) leaves the rows that belong to it behind, and SQLite's own
// next ID, the deleted row's when it was the highest, would hand them to
// the new row. Each maximum is one search of an index.
func freeID(ctx context.Context, tx *tx, table, ref string, extra ...string) (int64, error) {
	tables, err := queryAll(ctx, tx, func(sc scanner) (string, error) {
		var name string
		return name, sc.Scan(&name)
	}, qRefTables, ref)
	if err != nil {
		return 0, wrapf(err, "list references to %s", table)
	}
	parts := append([]string{`SELECT max(id) AS id FROM ` + table}, extra...)
	for _, t := range tables {
		parts = append(parts, `SELECT max(`+ref+`) FROM "`+strings.ReplaceAll(t, `"`, `""`)+`"`)
	}
	var last sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT max(id) FROM (`+strings.Join(parts, " UNION ALL ")+`)`).Scan(&last); err != nil {
		return 0, wrapf(err, "find a free ID of %s", table)
	}
	if last.Int64 == math.MaxInt64 {
		return 0, app.Errorf(app.EInvalid, msgNoFreeID)
	}
	return last.Int64 + 1, nil
}
