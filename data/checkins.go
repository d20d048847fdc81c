package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"strings"
)

// A goal has at most one check-in per period. CreateCheckIn refuses a
// second one with EConflict, so the UI can show the value already there and
// ask; PutCheckIn is the explicit "replace it" the UI calls once the user
// agrees, and SaveCheckIns does the same for many at once.

// CreateCheckIn stores a new check-in, setting its ID and timestamps. It
// returns EConflict when the goal already has a check-in for the period.
// Like PutCheckIn, most saves are one statement (saveFast).
func (s *Store) CreateCheckIn(ctx context.Context, c *app.CheckIn) error {
	s.prepareWrites(ctx)
	if done, err := s.saveFast(ctx, c, true); done {
		return err
	}
	rules := &checkInRules{}
	err := s.writeCheckIn(ctx, c, func(tx *tx, v *app.CheckIn) error { return createCheckIn(ctx, tx, v, rules) })
	if err == nil {
		s.keepRules(ctx, c.GoalID, rules)
	}
	return err
}

// createCheckIn inserts v, which must be new for its goal and period,
// checked under rules.
func createCheckIn(ctx context.Context, tx *tx, v *app.CheckIn, rules *checkInRules) error {
	if err := normalizeCheckIn(ctx, tx, v, rules); err != nil {
		return err
	}
	if old, err := findCheckIn(ctx, tx, `goal_id = ? AND period_key = ?`, v.GoalID, v.PeriodKey); err == nil {
		return app.Errorf(app.EConflict, msgCheckInExists, "Period", old.PeriodKey)
	} else if app.ErrorCode(err) != app.ENotFound {
		return err
	}
	v.CreatedAt, v.UpdatedAt = tx.now, tx.now
	res, err := tx.ExecContext(ctx, `
		INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`,
		v.GoalID, v.PeriodKey, v.Value, v.Confidence, v.Note, formatTime(v.CreatedAt), formatTime(v.UpdatedAt))
	if err != nil {
		return wrapf(err, "insert check-in")
	}
	if v.ID, err = res.LastInsertId(); err != nil {
		return wrapf(err, "insert check-in")
	}
	return nil
}

// writeCheckIn runs write on a copy of c in one write transaction, and
// copies the result into c only once it is committed: a refused save
// leaves c as the caller had it.
func (s *Store) writeCheckIn(ctx context.Context, c *app.CheckIn, write func(tx *tx, v *app.CheckIn) error) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	v := *c
	if err := write(tx, &v); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return err
	}
	*c = v
	return nil
}

// PutCheckIn stores the check-in of its goal and period, replacing the
// value, confidence and note of one already there (which keeps its ID and
// CreatedAt). It sets c's ID and timestamps.
//
// Most saves are one statement (saveFast); the first since the store
// opened, and any the fast save cannot make, run in a transaction that
// reads the goal, and keep what the next saves check against.
func (s *Store) PutCheckIn(ctx context.Context, c *app.CheckIn) error {
	s.prepareWrites(ctx)
	if done, err := s.saveFast(ctx, c, false); done {
		return err
	}
	rules := &checkInRules{}
	err := s.writeCheckIn(ctx, c, func(tx *tx, v *app.CheckIn) error {
		if err := normalizeCheckIn(ctx, tx, v, rules); err != nil {
			return err
		}
		return putCheckIn(ctx, tx, v)
	})
	if err == nil {
		s.keepRules(ctx, c.GoalID, rules)
	}
	return err
}

// SaveCheckIns stores many check-ins like PutCheckIn, all or none: one bad
// check-in and nothing is written. A period given twice for the same goal
// is EInvalid. On success the IDs and timestamps are set in cs.
func (s *Store) SaveCheckIns(ctx context.Context, cs []app.CheckIn) error {
	s.prepareWrites(ctx)
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	out := make([]app.CheckIn, len(cs))
	rules := &checkInRules{}
	seen := map[int64]map[string]bool{}
	for i, c := range cs {
		if err := normalizeCheckIn(ctx, tx, &c, rules); err != nil {
			return err
		}
		if seen[c.GoalID] == nil {
			seen[c.GoalID] = map[string]bool{}
		}
		if _, err := periodKey(c.PeriodKey, seen[c.GoalID]); err != nil {
			return err
		}
		if err := putCheckIn(ctx, tx, &c); err != nil {
			return err
		}
		out[i] = c
	}
	if err := tx.commit(); err != nil {
		return err
	}
	copy(cs, out)
	return nil
}

// UpdateCheckIn changes the period, value, confidence and note of the
// check-in c.ID; its goal stays. Moving it onto a period that already has a
// check-in is EConflict.
func (s *Store) UpdateCheckIn(ctx context.Context, c *app.CheckIn) error {
	return s.writeCheckIn(ctx, c, func(tx *tx, v *app.CheckIn) error { return updateCheckIn(ctx, tx, v) })
}

// updateCheckIn writes v over the stored check-in v.ID, keeping its goal.
func updateCheckIn(ctx context.Context, tx *tx, v *app.CheckIn) error {
	old, err := findCheckIn(ctx, tx, `id = ?`, v.ID)
	if err != nil {
		return err
	}
	v.GoalID = old.GoalID
	if err := normalizeCheckIn(ctx, tx, v, &checkInRules{kept: old.PeriodKey}); err != nil {
		return err
	}
	if taken, err := exists(ctx, tx, `SELECT 1 FROM checkins WHERE goal_id = ? AND period_key = ? AND id <> ?`,
		v.GoalID, v.PeriodKey, v.ID); err != nil {
		return wrapf(err, "find check-in")
	} else if taken {
		return app.Errorf(app.EConflict, msgCheckInExists, "Period", v.PeriodKey)
	}
	v.CreatedAt, v.UpdatedAt = old.CreatedAt, tx.now
	if _, err := tx.ExecContext(ctx, `
		UPDATE checkins SET period_key = ?, value = ?, confidence = ?, note = ?, updated_at = ?
		WHERE id = ?`, v.PeriodKey, v.Value, v.Confidence, v.Note, formatTime(v.UpdatedAt), v.ID); err != nil {
		return wrapf(err, "update check-in")
	}
	return nil
}

// DeleteCheckIn deletes a check-in, or returns ENotFound.
func (s *Store) DeleteCheckIn(ctx context.Context, id int64) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if err := dropCheckInBreakdown(ctx, tx, id); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM checkins WHERE id = ?`, id)
	if err != nil {
		return wrapf(err, "delete check-in")
	}
	if n, err := res.RowsAffected(); err != nil {
		return wrapf(err, "delete check-in")
	} else if n == 0 {
		return app.Errorf(app.ENotFound, msgCheckInNotFound)
	}
	return tx.commit()
}

// CheckIns returns a goal's check-ins in period order.
func (s *Store) CheckIns(ctx context.Context, goalID int64) ([]app.CheckIn, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	cs, err := queryAll(ctx, tx, scanCheckIn,
		`SELECT `+checkInColumns+` FROM checkins WHERE goal_id = ? ORDER BY period_key`, goalID)
	return cs, wrapf(err, "list check-ins")
}

// CheckInByPeriod returns a goal's check-in for a period, or ENotFound.
func (s *Store) CheckInByPeriod(ctx context.Context, goalID int64, key string) (*app.CheckIn, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findCheckIn(ctx, tx, `goal_id = ? AND period_key = ?`, goalID, strings.TrimSpace(key))
}

const checkInColumns = `id, goal_id, period_key, value, confidence, note, created_at, updated_at`

func scanCheckIn(sc scanner) (app.CheckIn, error) {
	var c app.CheckIn
	return c, sc.Scan(&c.ID, &c.GoalID, &c.PeriodKey, &c.Value, &c.Confidence, &c.Note,
		timeCol{&c.CreatedAt}, timeCol{&c.UpdatedAt})
}

// findCheckIn returns the check-in matching where, or ENotFound.
func findCheckIn(ctx context.Context, tx *tx, where string, args ...any) (*app.CheckIn, error) {
	c, err := scanCheckIn(tx.QueryRowContext(ctx, `SELECT `+checkInColumns+` FROM checkins WHERE `+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, app.Errorf(app.ENotFound, msgCheckInNotFound)
	} else if err != nil {
		return nil, wrapf(err, "find check-in")
	}
	return &c, nil
}

// normalizeCheckIn checks a check-in against its goal (its period, and a
// milestone's value 0 or 1) and rounds its value to the goal's decimals. rules caches what it reads for the transaction;
// nil reads afresh.
func normalizeCheckIn(ctx context.Context, tx *tx, c *app.CheckIn, rules *checkInRules) error {
	var err error
	if c.PeriodKey, err = periodKey(c.PeriodKey, map[string]bool{}); err != nil {
		return err
	}
	if c.Confidence < 0 || c.Confidence > 10 {
		return app.Errorf(app.EInvalid, msgConfidenceRange)
	}
	if rules == nil {
		rules = &checkInRules{}
	}
	g, err := rules.goal(ctx, tx, c.GoalID)
	if err != nil {
		return err
	}
	if err := rules.checkPeriod(ctx, tx, g, c.PeriodKey); err != nil {
		return err
	}
	if err := app.CheckValue(g.kind, c.Value); err != nil {
		return err
	}
	c.Value, err = app.RoundTo(c.Value, g.decimals)
	return err
}

// qPutCheckIn inserts or replaces the check-in of a goal and period.
const qPutCheckIn = `
	INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
	VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
	ON CONFLICT (goal_id, period_key) DO UPDATE SET
		value = excluded.value, confidence = excluded.confidence, note = excluded.note,
		updated_at = excluded.updated_at
	RETURNING id, created_at`

// putCheckIn inserts or replaces the check-in of c's goal and period; c
// has been normalized.
func putCheckIn(ctx context.Context, tx *tx, c *app.CheckIn) error {
	c.UpdatedAt = tx.now
	if err := tx.queryRow(ctx, qPutCheckIn,
		c.GoalID, c.PeriodKey, c.Value, c.Confidence, c.Note, formatTime(tx.now),
	).Scan(&c.ID, timeCol{&c.CreatedAt}); err != nil {
		return wrapf(err, "save check-in")
	}
	return nil
}
