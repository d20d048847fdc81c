package team

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"pacer/data"
)

// A goal whose team check-ins add up (its owner says so: each manager
// reports their own part, such as their region's sales) keeps each
// author's latest check-in of a period as a part, and the period's value
// is their sum (migration 11): the store's check-in of the period holds
// it, so every screen and export reads the sum.

// SetAddsUp says whether the goal's check-ins of a period add up, one
// part per author, or the latest counts. It is the goal's owner's to
// change, synced like the goal's other fields; the server refuses it
// from a member.
func SetAddsUp(ctx context.Context, st *data.Store, goalID int64, on bool) error {
	v := 0
	if on {
		v = 1
	}
	res, err := st.SyncDB().ExecContext(ctx, `UPDATE goals SET checkins_add_up = ? WHERE id = ? AND checkins_add_up <> ?`, v, goalID, v)
	if err != nil {
		return fmt.Errorf("set how check-ins count: %w", err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		st.SettleDerived(ctx) // the periods' sums were written past the store
	}
	return nil
}

// AddsUp lists the goals whose check-ins add up.
func AddsUp(ctx context.Context, st *data.Store) (map[int64]bool, error) {
	rows, err := st.SyncDB().QueryContext(ctx, `SELECT id FROM goals WHERE checkins_add_up = 1`)
	if err != nil {
		return nil, fmt.Errorf("read how check-ins count: %w", err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read how check-ins count: %w", err)
		}
		out[id] = true
	}
	return out, rows.Err()
}

// Part is one author's check-in of a period of a goal that adds up.
type Part struct {
	Author     string
	Value      float64
	Confidence int
	Note       string
	UpdatedAt  time.Time
}

// CheckInParts lists each author's part of a goal's period, by author;
// none for a goal that does not add up.
func CheckInParts(ctx context.Context, st *data.Store, goalID int64, period string) ([]Part, error) {
	rows, err := st.SyncDB().QueryContext(ctx, `SELECT p.author, p.value, p.confidence, p.note, p.updated_at
		FROM checkin_parts p JOIN goals g ON g.id = p.goal_id AND g.checkins_add_up = 1
		WHERE p.goal_id = ? AND p.period_key = ? ORDER BY p.author`, goalID, period)
	if err != nil {
		return nil, fmt.Errorf("read check-in parts: %w", err)
	}
	defer rows.Close()
	var out []Part
	for rows.Next() {
		var p Part
		var at string
		if err := rows.Scan(&p.Author, &p.Value, &p.Confidence, &p.Note, &at); err != nil {
			return nil, fmt.Errorf("read check-in parts: %w", err)
		}
		p.UpdatedAt, _ = time.Parse(time.RFC3339, at)
		out = append(out, p)
	}
	return out, rows.Err()
}

// OwnPart is the file's login's part of a goal's period; ok is false when
// the goal does not add up or that login has no part of the period.
func OwnPart(ctx context.Context, st *data.Store, goalID int64, period string) (p Part, ok bool, err error) {
	var at string
	err = st.SyncDB().QueryRowContext(ctx, `SELECT p.author, p.value, p.confidence, p.note, p.updated_at
		FROM checkin_parts p JOIN goals g ON g.id = p.goal_id AND g.checkins_add_up = 1
		WHERE p.goal_id = ? AND p.period_key = ? AND p.author = (SELECT login FROM sync_state)`, goalID, period).
		Scan(&p.Author, &p.Value, &p.Confidence, &p.Note, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return Part{}, false, nil
	} else if err != nil {
		return Part{}, false, fmt.Errorf("read your check-in part: %w", err)
	}
	p.UpdatedAt, _ = time.Parse(time.RFC3339, at)
	return p, true, nil
}

// GoalsWithPart lists the goals where login has checked in a part.
func GoalsWithPart(ctx context.Context, st *data.Store, login string) (map[int64]bool, error) {
	rows, err := st.SyncDB().QueryContext(ctx, `SELECT DISTINCT goal_id FROM checkin_parts WHERE author = ?`, login)
	if err != nil {
		return nil, fmt.Errorf("read check-in parts: %w", err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read check-in parts: %w", err)
		}
		out[id] = true
	}
	return out, rows.Err()
}

// partFromPulled takes a pulled ordinary check-in of a goal that adds up
// (sent by a laptop that had not yet learnt the goal's setting) as its
// author's part, on every laptop alike; the period's check-in becomes the
// sum again. It is a statement of its own, after the check-in's, so the
// running totals see the sum as an update.
func partFromPulled(ctx context.Context, q querier, rid int64) error {
	_, err := q.ExecContext(ctx, `INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, note, updated_at)
		SELECT c.goal_id, c.period_key, c.author, c.value, c.confidence, c.note, c.updated_at
		FROM checkins c JOIN goals g ON g.id = c.goal_id AND g.checkins_add_up = 1 WHERE c.rowid = ?
		ON CONFLICT (goal_id, period_key, author) DO UPDATE SET value = excluded.value,
			confidence = excluded.confidence, note = excluded.note, updated_at = excluded.updated_at`, rid)
	if err != nil {
		return fmt.Errorf("take a pulled check-in as a part: %w", err)
	}
	return nil
}
