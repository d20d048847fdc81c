package team

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"pacer/data"
)

// Clash is what the server could not merge on its own, for the goal's
// owner to see: What is "clash" when two owners changed the same field
// from the same version (Theirs was kept, Mine is set aside), or "flag"
// when a check-in was made on a value someone else had since changed
// (Mine, the latest, counts; Theirs was the value before it), or when a
// pulled delete took work the deleter had not seen (Field FieldDeleted,
// Mine the rows set aside).
type Clash struct {
	ID     int64
	What   string
	Kind   string // the table of the row: goals, plan_periods, checkins, …
	RowID  int64  // the row in the local file, 0 when it is gone
	GoalID int64  // the goal the row is or belongs to, 0 when none or gone
	Period string // the row's period (a gap analysis's), "" when none
	Field  string
	Theirs string // JSON values
	Mine   string
	Author string // whose change clashed
	At     time.Time
}

// Clashes lists the clashes and flags not yet resolved, oldest first.
func Clashes(ctx context.Context, st *data.Store) ([]Clash, error) {
	rows, err := st.SyncDB().QueryContext(ctx, `
		SELECT c.id, c.what, c.kind, coalesce(i.rid, 0), c.field, coalesce(c.theirs, 'null'), coalesce(c.mine, 'null'),
		       c.author, c.created_at
		FROM team_clashes c LEFT JOIN sync_ids i ON i.tbl = c.kind AND i.uid = c.row_uid
		WHERE c.resolved = 0 ORDER BY c.created_at, c.id`)
	if err != nil {
		return nil, fmt.Errorf("read clashes: %w", err)
	}
	defer rows.Close()
	var out []Clash
	for rows.Next() {
		var c Clash
		var at string
		if err := rows.Scan(&c.ID, &c.What, &c.Kind, &c.RowID, &c.Field, &c.Theirs, &c.Mine, &c.Author, &at); err != nil {
			return nil, fmt.Errorf("read clashes: %w", err)
		}
		c.At, _ = time.Parse(time.RFC3339, at)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read clashes: %w", err)
	}
	rows.Close()
	for i := range out {
		out[i].GoalID, out[i].Period = clashGoal(ctx, st.SyncDB(), out[i])
	}
	return out, nil
}

// clashGoal finds the goal a clash's row is or belongs to, 0 when none,
// and the row's period when it is a gap analysis.
func clashGoal(ctx context.Context, q querier, c Clash) (int64, string) {
	t, ok := tableByName(c.Kind)
	if !ok || c.RowID == 0 {
		return 0, ""
	}
	if t.name == "goals" {
		return c.RowID, ""
	}
	if t.refs["goal_id"] != "goals" {
		return 0, ""
	}
	var id int64
	var period string
	if t.name == "reviews" {
		_ = q.QueryRowContext(ctx, `SELECT goal_id, period_key FROM reviews WHERE rowid = ?`, c.RowID).Scan(&id, &period)
		return id, period
	}
	_ = q.QueryRowContext(ctx, `SELECT goal_id FROM "`+t.name+`" WHERE rowid = ?`, c.RowID).Scan(&id)
	return id, ""
}

// Resolve closes a clash for everyone. With keepMine the set-aside value
// replaces the field on the row (an ordinary change, synced like any), and
// the rows a flag of a deleted row set aside come back as new rows (the
// server refuses a goal from a member: an owner restores one); otherwise
// the row stays as it is, and set-aside rows are let go.
func Resolve(ctx context.Context, st *data.Store, id int64, keepMine bool) error {
	tx, err := st.SyncDB().BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	var c Clash
	err = tx.QueryRowContext(ctx, `SELECT c.kind, coalesce(i.rid, 0), c.field, coalesce(c.mine, 'null')
		FROM team_clashes c LEFT JOIN sync_ids i ON i.tbl = c.kind AND i.uid = c.row_uid WHERE c.id = ?`, id).
		Scan(&c.Kind, &c.RowID, &c.Field, &c.Mine)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("resolve clash %d: not found", id)
	} else if err != nil {
		return fmt.Errorf("resolve clash %d: %w", id, err)
	}
	if keepMine {
		if err := keep(ctx, tx, c); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE team_clashes SET resolved = 1 WHERE id = ?`, id); err != nil {
		return fmt.Errorf("resolve clash %d: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("resolve clash %d: %w", id, err)
	}
	if keepMine && c.setAside() {
		st.SettleDerived(ctx) // restored check-ins were written past the store's transactions
	}
	return nil
}

// setAside reports a flag of rows a delete took, set aside whole.
func (c Clash) setAside() bool {
	return c.Field == FieldDeleted || c.Field == FieldDeletedOver
}

// keep puts what a clash set aside back: the rows a delete took, or the
// field's value on its row when the row is here.
func keep(ctx context.Context, tx *sql.Tx, c Clash) error {
	if c.setAside() {
		return restore(ctx, tx, c.Mine)
	}
	if c.RowID != 0 {
		return setField(ctx, tx, c)
	}
	return nil
}

// setField writes the set-aside value of a clash into its row.
func setField(ctx context.Context, tx *sql.Tx, c Clash) error {
	t, ok := tableByName(c.Kind)
	if !ok {
		return fmt.Errorf("resolve clash: unknown kind %s", c.Kind)
	}
	var v any
	d, err := decodeDoc([]byte(`{"v":` + c.Mine + `}`))
	if err != nil {
		return err
	}
	cols, vals, ok, err := localValues(ctx, tx, t, doc{c.Field: d["v"]})
	if err != nil || !ok || len(cols) != 1 {
		return errors.Join(err, errors.New("resolve clash: the row it points at is gone"))
	}
	v = vals[0]
	if _, err := tx.ExecContext(ctx, `UPDATE "`+t.name+`" SET "`+cols[0]+`" = ? WHERE rowid = ?`, v, c.RowID); err != nil {
		return fmt.Errorf("resolve clash: %w", err)
	}
	return nil
}
