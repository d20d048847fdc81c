package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"strings"
	"time"
)

// The check-in totals (migration 5) are kept by triggers for the common
// write and marked stale for any other; refreshTotals recomputes the stale
// goals' rows before the transaction that marked them commits.

// qStale lists, in one statement for the one that every save runs, the
// goals whose totals (0) need rewriting from a period on, marked stale or
// with check-ins waiting to be counted (fold.go), and those whose cached
// plan (1) does.
//
// Without the fold's row every goal is recomputed, and goal 0, none, too,
// so that a file without goals gets the row back (qFolded).
const qStale = `SELECT 0, goal_id, min(from_key) FROM (SELECT goal_id, from_key FROM checkin_totals_stale
		UNION ALL ` + qWaiting + `
		UNION ALL SELECT id, '' FROM goals WHERE ` + qFoldRowGone + `
		UNION ALL SELECT 0, '' WHERE ` + qFoldRowGone + `) GROUP BY goal_id
	UNION ALL SELECT 1, goal_id, '' FROM plan_cache_stale`

// refreshDerived brings the totals and cached plans of a write
// transaction up to date before it commits, on a schema that has them.
func refreshDerived(ctx context.Context, t *tx) error {
	switch {
	case !t.write:
		return nil
	case t.hot[qStale] == nil: // an older schema, in tests
		if t.totals {
			return refreshTotals(ctx, t)
		}
		return nil
	}
	type mark struct {
		plan   bool
		goalID int64
		from   string
	}
	marks, err := queryAll(ctx, t, func(sc scanner) (mark, error) {
		var m mark
		return m, sc.Scan(&m.plan, &m.goalID, &m.from)
	}, qStale)
	if err != nil || len(marks) == 0 {
		return wrapf(err, "list stale totals")
	}
	var totals, plans bool
	for _, m := range marks {
		if m.plan {
			plans, err = true, refreshGoalPlan(ctx, t, m.goalID)
		} else {
			totals, err = true, refreshGoalTotals(ctx, t, m.goalID, m.from)
		}
		if err != nil {
			return err
		}
	}
	if totals {
		for _, q := range []string{qClearStale, qFolded} {
			if _, err := t.exec(ctx, q); err != nil {
				return wrapf(err, "clear stale totals")
			}
		}
	}
	if plans {
		if _, err := t.ExecContext(ctx, `DELETE FROM plan_cache_stale`); err != nil {
			return wrapf(err, "clear stale plans")
		}
	}
	return nil
}

// qTotalsStale lists the goals whose totals need recomputing.
const qTotalsStale = `SELECT goal_id, from_key FROM checkin_totals_stale`

// refreshTotals recomputes the totals of every goal marked stale, from
// the period it was marked at, the way the goal maths add the values up
// (app.Series: the goal's cadence, existing periods, finite values, in
// period order), and clears the marks.
func refreshTotals(ctx context.Context, t *tx) error {
	rows, err := t.query(ctx, qTotalsStale)
	if err != nil {
		return wrapf(err, "list stale totals")
	}
	type mark struct {
		goalID int64
		from   string
	}
	var marks []mark
	for rows.Next() {
		var m mark
		if err := rows.Scan(&m.goalID, &m.from); err != nil {
			rows.Close()
			return wrapf(err, "list stale totals")
		}
		marks = append(marks, m)
	}
	if err := rows.Close(); err != nil {
		return wrapf(err, "list stale totals")
	}
	for _, m := range marks {
		if err := refreshGoalTotals(ctx, t, m.goalID, m.from); err != nil {
			return err
		}
	}
	if len(marks) == 0 {
		return nil
	}
	_, err = t.ExecContext(ctx, `DELETE FROM checkin_totals_stale`)
	return wrapf(err, "clear stale totals")
}

// The statements of a goal's refresh, which every fold runs (fold.go):
// prepared with the saves' (writeQueries), since each compiles the
// triggers on the tables it writes.
const (
	qClearTotalsFrom    = `DELETE FROM checkin_totals WHERE goal_id = ? AND period_key >= ?`
	qClearUncountedFrom = `DELETE FROM checkin_uncounted WHERE goal_id = ? AND period_key >= ?`
	qRefreshGoal        = `SELECT cadence, decimals FROM goals WHERE id = ?`
	qLatestTotals       = `SELECT n, total, first_key, units FROM checkin_totals WHERE goal_id = ?
		ORDER BY period_key DESC LIMIT 1`
	qCheckInsFrom = `SELECT period_key, value FROM checkins WHERE goal_id = ? AND period_key >= ? ORDER BY period_key`
	qUncounted    = `INSERT OR IGNORE INTO checkin_uncounted (goal_id, period_key) VALUES (?, ?)`
	qClearStale   = `DELETE FROM checkin_totals_stale`
)

// refreshQueries are the statements above, with the one-row insert of
// totals, as writeQueries lists them.
var refreshQueries = []string{qClearTotalsFrom, qClearUncountedFrom, qRefreshGoal, qLatestTotals, qCheckInsFrom,
	qUncounted, qClearStale, qFolded, insertTotalsRows(1)}

// refreshGoalTotals recomputes a goal's totals rows from period key from
// on, and the list of its check-ins they leave out; the rows before it
// are exact.
func refreshGoalTotals(ctx context.Context, t *tx, goalID int64, from string) error {
	for _, q := range []string{qClearTotalsFrom, qClearUncountedFrom} {
		if _, err := t.exec(ctx, q, goalID, from); err != nil {
			return wrapf(err, "clear totals")
		}
	}
	var cadence app.Cadence
	run := runningTotal{units: sql.NullInt64{Valid: true}}
	err := t.queryRow(ctx, qRefreshGoal, goalID).Scan(&cadence, &run.decimals)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // deleted: its rows went with it
	} else if err != nil {
		return wrapf(err, "read goal %d", goalID)
	}
	err = t.queryRow(ctx, qLatestTotals, goalID).Scan(&run.n, &run.total, &run.first, &run.units)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return wrapf(err, "read totals")
	}
	values, err := queryAll(ctx, t, func(sc scanner) (app.PeriodValue, error) {
		var v app.PeriodValue
		return v, sc.Scan(&v.PeriodKey, &v.Value)
	}, qCheckInsFrom, goalID, from)
	if err != nil {
		return wrapf(err, "read check-ins")
	}
	var series []app.PeriodValue
	for _, v := range app.Series(values, cadence) {
		series = append(series, app.PeriodValue{PeriodKey: v.Period.Key(), Value: v.Value})
	}
	if err := writeTotals(ctx, t, goalID, &run, series); err != nil {
		return err
	}
	return writeUncounted(ctx, t, goalID, values, series)
}

// runningTotal is a goal's totals row as the next one adds to it.
type runningTotal struct {
	n        int
	total    float64
	first    sql.NullString
	decimals int
	units    sql.NullInt64 // the total in units of the goal's last decimal, while exact
}

// add adds v's value as the insert trigger does (migration 13).
func (r *runningTotal) add(key string, v float64) {
	r.n, r.total = r.n+1, r.total+v
	u, ok := app.ValueUnits(v, r.decimals)
	if s := r.units.Int64 + u; r.units.Valid && ok && s < app.UnitsLimit && s > -app.UnitsLimit {
		r.units.Int64 = s
	} else {
		r.units = sql.NullInt64{}
	}
	if !r.first.Valid {
		r.first = sql.NullString{String: key, Valid: true}
	}
}

// totalsBatch is how many totals rows one INSERT writes: a goal's ten
// years of weeks in a few statements rather than 520.
const totalsBatch = 100

// writeTotals appends the totals rows of series, in period order, after run.
func writeTotals(ctx context.Context, t *tx, goalID int64, run *runningTotal, series []app.PeriodValue) error {
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	args := make([]any, 0, 7*totalsBatch)
	for len(series) > 0 {
		n := min(len(series), totalsBatch)
		args = args[:0]
		for _, v := range series[:n] {
			run.add(v.PeriodKey, v.Value)
			args = append(args, goalID, v.PeriodKey, run.n, run.total, v.Value, run.first.String, run.units)
		}
		series = series[n:]
		q := insertTotalsRows(n)
		var err error
		switch {
		case n < totalsBatch:
			_, err = t.exec(ctx, q, args...)
		case full == nil:
			if full, err = t.PrepareContext(ctx, q); err == nil {
				_, err = full.ExecContext(ctx, args...)
			}
		default:
			_, err = full.ExecContext(ctx, args...)
		}
		if err != nil {
			return wrapf(err, "write totals")
		}
	}
	return nil
}

// insertTotalsRows is the INSERT of n totals rows.
func insertTotalsRows(n int) string {
	return `INSERT INTO checkin_totals (goal_id, period_key, n, total, value, first_key, units) VALUES ` +
		strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?), ", n), ", ")
}

// writeUncounted lists the check-ins of values that counted leaves out.
func writeUncounted(ctx context.Context, t *tx, goalID int64, values, counted []app.PeriodValue) error {
	in := make(map[string]bool, len(counted))
	for _, v := range counted {
		in[v.PeriodKey] = true
	}
	for _, v := range values {
		if in[v.PeriodKey] {
			continue
		}
		if _, err := t.exec(ctx, qUncounted, goalID, v.PeriodKey); err != nil {
			return wrapf(err, "list uncounted check-ins")
		}
	}
	return nil
}

// qDerivedStale says whether any totals or cached plans need rewriting.
const qDerivedStale = `SELECT EXISTS (SELECT 1 FROM checkin_totals_stale) OR EXISTS (SELECT 1 FROM plan_cache_stale)
	OR EXISTS (` + qWaiting + `) OR ` + qFoldRowGone

// settleTotals recomputes the totals and cached plans a migration marked
// stale, at open, and counts the check-ins waiting (fold.go). It writes
// only when some are, so that a file that cannot be written still opens;
// its readers then read the stale goals' check-ins and plan periods
// instead. It returns whether anything is left to do: the write failed.
func (s *Store) settleTotals(ctx context.Context) (left bool) {
	if s.stmts.stmt(qTotalsStale) == nil || s.checkMap(ctx) != nil {
		return false
	}
	var one int
	var err error
	if st := s.stmts.stmt(qDerivedStale); st != nil {
		err = st.QueryRowContext(ctx).Scan(&one)
	} else { // an older schema, in tests
		err = s.db.QueryRowContext(ctx, `SELECT 1 FROM checkin_totals_stale LIMIT 1`).Scan(&one)
	}
	if err != nil || one == 0 {
		return err != nil && !errors.Is(err, sql.ErrNoRows)
	}
	// A fold stamps nothing: its time is not read from Now, which tests
	// change while the store's timer may be folding.
	t, err := s.beginAt(ctx, true, time.Time{})
	if err != nil {
		return true
	}
	defer t.Rollback()
	return t.commit() != nil // on failure the marks stay, and readers keep reading check-ins
}

// SettleDerived recomputes the check-in totals and cached plans that a
// write outside the store's own transactions left marked stale (the team
// sync applying pulled rows on SyncDB): until then the screens read those
// goals' check-ins and plan periods, which is right but slower.
func (s *Store) SettleDerived(ctx context.Context) {
	s.settleTotals(ctx)
}
