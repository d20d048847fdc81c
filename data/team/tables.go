package team

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// table is one shared local table: how its rows are named on the server
// and which of its columns point at other shared rows.
type table struct {
	name string
	// key are the columns that name a row (a goal and period): the same on
	// every laptop, so two laptops that make "March of goal G" make one
	// row. Without a key a row gets a random id where it is made.
	key []string
	// refs maps a column holding another table's row id to that table.
	refs map[string]string
	// nullable refs are cleared when the row they point at is unknown.
	nullable map[string]bool
}

// tables are the shared tables, parents before children: the order the
// whole file is uploaded in.
var tables = []table{
	{name: "goals", refs: map[string]string{"parent_id": "goals"}, nullable: map[string]bool{"parent_id": true}},
	{name: "plans", key: []string{"goal_id", "revision"}, refs: goalRef},
	{name: "plan_periods", key: []string{"goal_id", "revision", "period_key"}, refs: goalRef},
	{name: "history_values", key: []string{"goal_id", "period_key"}, refs: goalRef},
	{name: "goal_sources", key: []string{"goal_id"}, refs: goalRef},
	{name: "goal_breakdown", key: []string{"goal_id", "history", "period_key", "dimension", "value"}, refs: goalRef},
	{name: "goal_dimension_plans", key: []string{"goal_id", "period_key", "dimension", "value"}, refs: goalRef},
	{name: "checkins", key: []string{"goal_id", "period_key"}, refs: goalRef},
	{name: "checkin_parts", key: []string{"goal_id", "period_key", "author"}, refs: goalRef},
	{name: "reviews", key: []string{"goal_id", "period_key"}, refs: goalRef},
	{name: "review_measures", refs: map[string]string{"review_id": "reviews"}},
	{name: "action_plans", refs: map[string]string{"review_id": "reviews"}, nullable: map[string]bool{"review_id": true}},
	{name: "action_goals", key: []string{"action_id", "goal_id"}, refs: map[string]string{"action_id": "action_plans", "goal_id": "goals"}},
	{name: "action_measures", refs: map[string]string{"action_id": "action_plans", "review_measure_id": "review_measures"},
		nullable: map[string]bool{"review_measure_id": true}},
	{name: "followups", refs: actionRef},
	{name: "settings", key: []string{"key"}},
	{name: "team_feedback", key: []string{"goal_id", "period_key", "author"}, refs: goalRef},
	{name: "team_clashes"},
}

var (
	goalRef   = map[string]string{"goal_id": "goals"}
	actionRef = map[string]string{"action_id": "action_plans"}
)

// Kinds are the names of the shared tables, the kinds of row a clash or
// a set-aside delete is about, in upload order.
func Kinds() []string {
	names := make([]string, len(tables))
	for i, t := range tables {
		names[i] = t.name
	}
	return names
}

// tableByName finds a shared table.
func tableByName(name string) (*table, bool) {
	for i := range tables {
		if tables[i].name == name {
			return &tables[i], true
		}
	}
	return nil, false
}

// doc is a row as the server keeps it: column → value, other rows named by
// their server ids, without the local id.
type doc map[string]any

// querier is what *sql.Tx and *sql.DB have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// readRow reads the row rid of t as column → value; ok is false when it is
// gone.
func readRow(ctx context.Context, q querier, t *table, rid int64) (map[string]any, bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT * FROM "`+t.name+`" WHERE rowid = ?`, rid)
	if err != nil {
		return nil, false, fmt.Errorf("read %s: %w", t.name, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, false, err
	}
	if !rows.Next() {
		return nil, false, rows.Err()
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := rows.Scan(ptrs...); err != nil {
		return nil, false, fmt.Errorf("read %s: %w", t.name, err)
	}
	m := make(map[string]any, len(cols))
	for i, c := range cols {
		if b, ok := vals[i].([]byte); ok {
			vals[i] = string(b)
		}
		m[c] = vals[i]
	}
	return m, true, nil
}

// uidOf returns the server id of row rid of t, making and keeping one when
// the row has none yet.
func uidOf(ctx context.Context, q querier, t *table, rid int64) (string, error) {
	var uid string
	err := q.QueryRowContext(ctx, `SELECT uid FROM sync_ids WHERE tbl = ? AND rid = ?`, t.name, rid).Scan(&uid)
	if err == nil {
		return uid, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("read id of %s: %w", t.name, err)
	}
	if uid, err = newUID(ctx, q, t, rid); err != nil {
		return "", err
	}
	// A natural id another row of the same key had keeps that row's
	// version: it is the same row on the server.
	var ver int64
	_ = q.QueryRowContext(ctx, `SELECT ver FROM sync_ids WHERE tbl = ? AND uid = ?`, t.name, uid).Scan(&ver)
	if _, err := q.ExecContext(ctx, `DELETE FROM sync_ids WHERE tbl = ? AND uid = ?`, t.name, uid); err != nil {
		return "", fmt.Errorf("keep id of %s: %w", t.name, err)
	}
	if _, err := q.ExecContext(ctx, `INSERT INTO sync_ids (tbl, rid, uid, ver) VALUES (?, ?, ?, ?)`, t.name, rid, uid, ver); err != nil {
		return "", fmt.Errorf("keep id of %s: %w", t.name, err)
	}
	return uid, nil
}

// newUID names a row: its key with other rows named by their server ids,
// or a random id.
func newUID(ctx context.Context, q querier, t *table, rid int64) (string, error) {
	if len(t.key) == 0 {
		return randomID(), nil
	}
	row, ok, err := readRow(ctx, q, t, rid)
	if err != nil {
		return "", err
	} else if !ok {
		return "", fmt.Errorf("name %s row %d: %w", t.name, rid, sql.ErrNoRows)
	}
	parts := make([]any, len(t.key))
	for i, c := range t.key {
		parts[i] = row[c]
		if ref, ok := t.refs[c]; ok && row[c] != nil {
			rt, _ := tableByName(ref)
			if parts[i], err = uidOf(ctx, q, rt, row[c].(int64)); err != nil {
				return "", err
			}
		}
	}
	b, err := json.Marshal(parts)
	return string(b), err
}

// toDoc turns a local row into its server document.
func toDoc(ctx context.Context, q querier, t *table, row map[string]any) (doc, error) {
	d := make(doc, len(row))
	for c, v := range row {
		if c == "id" { // the local row id; the server names rows by uid
			continue
		}
		if ref, ok := t.refs[c]; ok && v != nil {
			rt, _ := tableByName(ref)
			id, ok := v.(int64)
			if !ok {
				return nil, fmt.Errorf("%s.%s is %T", t.name, c, v)
			}
			u, err := uidOf(ctx, q, rt, id)
			if err != nil {
				return nil, err
			}
			v = u
		}
		d[c] = v
	}
	return d, nil
}

// localValues turns a server document into column values for t: server
// ids become local row ids. ok is false when a row it needs is not here
// (it was deleted here, or its change has not been pulled).
func localValues(ctx context.Context, q querier, t *table, d doc) (cols []string, vals []any, ok bool, err error) {
	names := make([]string, 0, len(d))
	for c := range d {
		names = append(names, c)
	}
	sort.Strings(names) // the same statement text for every row of a table
	for _, c := range names {
		v := d[c]
		if c == "id" {
			continue
		}
		if ref, isRef := t.refs[c]; isRef && v != nil {
			var rid int64
			err := q.QueryRowContext(ctx, `SELECT rid FROM sync_ids WHERE tbl = ? AND uid = ?`, ref, fmt.Sprint(v)).Scan(&rid)
			switch {
			case err == nil:
				v = rid
			case errors.Is(err, sql.ErrNoRows) && t.nullable[c]:
				v = nil
			case errors.Is(err, sql.ErrNoRows):
				return nil, nil, false, nil
			default:
				return nil, nil, false, fmt.Errorf("find %s: %w", ref, err)
			}
		}
		cols = append(cols, c)
		vals = append(vals, sqlValue(v))
	}
	return cols, vals, true, nil
}

// sqlValue turns a JSON value into what SQLite stores: whole numbers as
// integers (a REAL column converts them back), others as they are.
func sqlValue(v any) any {
	if n, ok := v.(json.Number); ok {
		if i, err := n.Int64(); err == nil {
			return i
		}
		f, _ := n.Float64()
		return f
	}
	return v
}

// decodeDoc reads a JSON document keeping numbers exact.
func decodeDoc(b []byte) (doc, error) {
	if len(b) == 0 || string(b) == "null" {
		return nil, nil
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	var d doc
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("read document: %w", err)
	}
	return d, nil
}

func quoteCols(cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = `"` + c + `"`
	}
	return out
}
