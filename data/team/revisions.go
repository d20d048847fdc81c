package team

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Plan revisions are never rewritten, only added. Two laptops that add a
// revision offline both number it "the next one"; the server keeps the
// first it is given under that number and answers the other "renumber"
// (pacer.revision_taken), and a laptop that pulls someone else's revision
// under a number its own unsent one has makes room the same way: its
// revision moves to the next free number and is sent again. So every
// revision is kept, numbered in the server's order.

// isRevision reports the tables whose rows belong to a plan revision.
func isRevision(tbl string) bool { return tbl == "plans" || tbl == "plan_periods" }

// makeRoom moves the local plan revision that row rid of tbl belongs to,
// when it is not on the server yet, to the next free number. It runs with
// sync_state.applying set.
func makeRoom(ctx context.Context, q querier, tbl string, rid int64) error {
	var goal, rev int64
	err := q.QueryRowContext(ctx, `SELECT goal_id, revision FROM "`+tbl+`" WHERE rowid = ?`, rid).Scan(&goal, &rev)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("read plan revision: %w", err)
	}
	var ver int64
	err = q.QueryRowContext(ctx, `SELECT coalesce(max(i.ver), 0) FROM plans p
		JOIN sync_ids i ON i.tbl = 'plans' AND i.rid = p.rowid WHERE p.goal_id = ? AND p.revision = ?`, goal, rev).Scan(&ver)
	if err != nil {
		return fmt.Errorf("read plan revision: %w", err)
	} else if ver > 0 {
		return nil // the server's: nothing of ours to move
	}
	return movePlan(ctx, q, goal, rev)
}

// movePlan renumbers revision rev of goal, with its periods, to the next
// free number, forgets their server ids (never stored under the old
// number) and queues them to be sent again.
func movePlan(ctx context.Context, q querier, goal, rev int64) error {
	var next int64
	if err := q.QueryRowContext(ctx, `SELECT max(revision) + 1 FROM plans WHERE goal_id = ?`, goal).Scan(&next); err != nil {
		return fmt.Errorf("renumber plan revision: %w", err)
	}
	var oldRid int64
	if err := q.QueryRowContext(ctx, `SELECT rowid FROM plans WHERE goal_id = ? AND revision = ?`, goal, rev).Scan(&oldRid); err != nil {
		return fmt.Errorf("renumber plan revision: %w", err)
	}
	stmts := []struct {
		query string
		args  []any
	}{
		{`INSERT INTO plans (goal_id, revision, note, target, created_at)
			SELECT goal_id, ?, note, target, created_at FROM plans WHERE rowid = ?`, []any{next, oldRid}},
		{`DELETE FROM sync_ids WHERE tbl = 'plan_periods' AND rid IN
			(SELECT rowid FROM plan_periods WHERE goal_id = ? AND revision = ?)`, []any{goal, rev}},
		// Sent again after their plan, which the other laptops need first.
		{`DELETE FROM sync_outbox WHERE op = 'put' AND (tbl = 'plans' AND rid = ? OR tbl = 'plan_periods' AND rid IN
			(SELECT rowid FROM plan_periods WHERE goal_id = ? AND revision = ?))`, []any{oldRid, goal, rev}},
		{`UPDATE plan_periods SET revision = ? WHERE goal_id = ? AND revision = ?`, []any{next, goal, rev}},
		{`DELETE FROM plans WHERE rowid = ?`, []any{oldRid}},
		{`DELETE FROM sync_ids WHERE tbl = 'plans' AND rid = ?`, []any{oldRid}},
		{`INSERT INTO sync_outbox (tbl, rid, op) SELECT 'plans', rowid, 'put' FROM plans WHERE goal_id = ? AND revision = ?`, []any{goal, next}},
		{`INSERT INTO sync_outbox (tbl, rid, op) SELECT 'plan_periods', rowid, 'put' FROM plan_periods
			WHERE goal_id = ? AND revision = ? ORDER BY period_key`, []any{goal, next}},
	}
	for _, s := range stmts {
		if _, err := q.ExecContext(ctx, s.query, s.args...); err != nil {
			return fmt.Errorf("renumber plan revision: %w", err)
		}
	}
	return nil
}

// requeue queues row rid of tbl to be sent again, unless it already is.
func requeue(ctx context.Context, q querier, tbl string, rid int64) error {
	if pending(ctx, q, tbl, rid) {
		return nil
	}
	_, err := q.ExecContext(ctx, `INSERT INTO sync_outbox (tbl, rid, op)
		SELECT ?, rowid, 'put' FROM "`+tbl+`" WHERE rowid = ?`, tbl, rid)
	if err != nil {
		return fmt.Errorf("queue %s again: %w", tbl, err)
	}
	return nil
}

// ackRenumber handles the server's "renumber" answer: a plan moves to the
// next number with its periods (the plan's answer comes before its
// periods'); a period is sent again under its plan's number.
func ackRenumber(ctx context.Context, q querier, o *outgoing) error {
	if o.Kind == "plans" {
		return makeRoom(ctx, q, o.Kind, o.rid)
	}
	return requeue(ctx, q, o.Kind, o.rid)
}

// roomForRevision makes room for a pulled plan or period whose key is
// taken here by row rid: when rid is our unsent revision, it moves away
// and the key is looked up again.
func roomForRevision(ctx context.Context, q querier, t *table, rid int64, cols []string, vals []any) (int64, bool, error) {
	if err := makeRoom(ctx, q, t.name, rid); err != nil {
		return 0, false, err
	}
	return findByKey(ctx, q, t, cols, vals)
}
