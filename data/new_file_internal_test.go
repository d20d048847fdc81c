package data

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// envWriteSchema set to 1 makes TestNewFileSchemaIsTheMigrations write
// schema.sql from the migrations.
const envWriteSchema = "PACER_WRITE_SCHEMA"

// TestNewFileSchemaIsTheMigrations builds a file by the migrations (all
// but the last in one transaction, then the last as on an existing file)
// and checks that schema.sql is that file's schema and rows, and that a
// new file opened now has the same schema, rows and recorded migrations.
func TestNewFileSchemaIsTheMigrations(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	migrated := filepath.Join(dir, "migrated.db")
	s, err := open(ctx, migrated, latestVersion()-1)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = open(ctx, migrated, latestVersion())
	if err != nil {
		t.Fatal(err)
	}
	want := dumpSchema(t, s.db)
	s.Close()

	if os.Getenv(envWriteSchema) == "1" {
		if err := os.WriteFile("schema.sql", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Log("wrote schema.sql")
	} else if newFileSchema != want {
		t.Errorf("schema.sql is not what the migrations build; %s=1 go test -run %s ./data/ writes it",
			envWriteSchema, t.Name())
	}

	s, err = Open(ctx, filepath.Join(dir, "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := dumpSchema(t, s.db); got != want {
		t.Errorf("a new file's schema differs from the migrations':\n%s", firstDifference(got, want))
	}
	other, err := Open(ctx, filepath.Join(dir, "other.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var client, otherClient string
	if err := s.db.QueryRow(`SELECT client FROM sync_state`).Scan(&client); err != nil {
		t.Fatal(err)
	}
	if err := other.db.QueryRow(`SELECT client FROM sync_state`).Scan(&otherClient); err != nil {
		t.Fatal(err)
	}
	if len(client) != 32 || client == otherClient {
		t.Errorf("two new files' team clients: %q and %q, want 32 hex digits each and different", client, otherClient)
	}
	var n, names int
	err = s.db.QueryRow(`SELECT count(*), count(DISTINCT name) FROM schema_migrations WHERE version BETWEEN 1 AND ?`,
		latestVersion()).Scan(&n, &names)
	if err != nil || n != latestVersion() || names != latestVersion() {
		t.Errorf("new file records %d migrations (%d names, %v), want %d", n, names, err, latestVersion())
	}
}

// randomColumns are the columns the migrations seed with a random value,
// which each file must draw for itself (the team sync tells laptops apart
// by sync_state.client): dumpSchema writes the expression, not the value.
// A migration that seeds another makes the two files of
// TestNewFileSchemaIsTheMigrations differ there until it is added here.
var randomColumns = map[string]string{
	"sync_state.client":  "lower(hex(randomblob(16)))",
	"setup_generation.g": "random()",
}

// dumpSchema is the script that builds db's schema and rows: its
// application_id; its tables, views, indexes and triggers as SQLite keeps
// them, in that order and each kind in the order made; and an INSERT for
// every row but the recorded migrations', sorted, randomColumns drawn.
func dumpSchema(t *testing.T, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("-- The schema and rows all the migrations leave in a new file (data/new_file.go).\n")
	b.WriteString("-- Written by TestNewFileSchemaIsTheMigrations: do not edit.\n")
	var appID int64
	if err := db.QueryRow(`PRAGMA application_id`).Scan(&appID); err != nil {
		t.Fatal(err)
	}
	b.WriteString("PRAGMA application_id = " + itoa(appID) + ";\n")
	for _, kind := range []string{"table", "view", "index", "trigger"} {
		for _, q := range column(t, db, `SELECT sql FROM sqlite_schema WHERE type = ? AND sql IS NOT NULL
			AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY rowid`, kind) {
			b.WriteString(q + ";\n")
		}
	}
	for _, table := range column(t, db, `SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name <> 'schema_migrations' ORDER BY name`) {
		cols := column(t, db, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
		quoted := make([]string, len(cols))
		for i, c := range cols {
			quoted[i] = `quote("` + c + `")`
			if expr, ok := randomColumns[table+"."+c]; ok {
				quoted[i] = `'` + strings.ReplaceAll(expr, `'`, `''`) + `'`
			}
		}
		rows := column(t, db, `SELECT 'INSERT INTO "`+table+`" ("`+strings.Join(cols, `", "`)+`") VALUES (' || `+
			strings.Join(quoted, ` || ', ' || `)+` || ');' FROM "`+table+`" ORDER BY 1`)
		for _, r := range rows {
			b.WriteString(r + "\n")
		}
	}
	return b.String()
}

// column returns the first column of every row of q.
func column(t *testing.T, db *sql.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// firstDifference shows the first line where got and want differ.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + itoa(int64(i+1)) + ":\n got " + g[i] + "\nwant " + w[i]
		}
	}
	return "one is longer"
}
