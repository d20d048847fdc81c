package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"path/filepath"
	"sync"
	"time"
)

// A check-in typed in the form is the write users wait for, and its
// durable save cost 1.45–1.75× a bare INSERT with the same pragmas: BEGIN
// and COMMIT as statements of their own, the goal read for the checks and
// the stale check before commit, each through a database/sql transaction
// (which starts a goroutine for the transaction and one for every query
// in it). The fast save is one prepared INSERT run on its own, as the bare
// INSERT is: SQLite commits it as one transaction with everything its
// triggers write (the team outbox, a goal's parts), flushed as any other
// (synchronous=FULL, WAL). A new check-in waits there to be counted into
// the running totals (fold.go); the store folds once the saves pause.
//
// The checks run first, in Go, against the goal's span and the fiscal
// start as the last full save of that goal read them (ruleCache), and the
// INSERT writes only if, inside its transaction, the goal still has that
// kind, cadence, those decimals and dates, the fiscal start is the same
// and nothing is marked stale: what the checks read is read again where
// the row is written. Anything else (a goal not saved to since the store
// opened, a failed check, a goal or fiscal start changed since, stale
// marks, the replacement of a counted check-in before the goal's latest)
// writes nothing there and takes the full transaction, which reads the
// goal afresh and says what is wrong.

// qFastGuard is the fast save's condition, read inside its transaction:
// ?1 the goal, ?2 the period key, ?7–?12 the cadence, decimals, start and
// end dates, fiscal start setting and kind as stored, that the checks used.
const qFastGuard = ` FROM goals
	WHERE id = ?1 AND cadence = ?7 AND decimals = ?8 AND start_date IS ?9 AND end_date IS ?10
	  AND (SELECT value FROM settings WHERE key = '` + SettingFiscalStart + `') IS ?11 AND kind = ?12
	  AND NOT EXISTS (SELECT 1 FROM checkin_totals_stale)
	  AND NOT EXISTS (SELECT 1 FROM plan_cache_stale)`

// qFastLatest is the replacing fast save's further condition: no later
// period of the goal is counted. A counted check-in's replacement updates
// its totals row when it is the goal's latest, and marks the goal stale
// otherwise, which the full save recomputes before it commits.
const qFastLatest = `
	  AND NOT EXISTS (SELECT 1 FROM checkin_totals WHERE goal_id = ?1 AND period_key > ?2)`

// qFastPut is PutCheckIn's fast save: qPutCheckIn under qFastGuard and
// qFastLatest.
const qFastPut = `
	INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
	SELECT id, ?2, ?3, ?4, ?5, ?6, ?6` + qFastGuard + qFastLatest + `
	ON CONFLICT (goal_id, period_key) DO UPDATE SET
		value = excluded.value, confidence = excluded.confidence, note = excluded.note,
		updated_at = excluded.updated_at
	RETURNING id, created_at`

// qFastAppend is the fast save of a check-in new for its period: a
// period that has a check-in already writes nothing. It returns nothing:
// the new row's ID is the insert's rowid and its created_at the time
// given, and RETURNING cost a save some 6–13 µs, about a fifth of what it
// costs beyond the bare INSERT.
//
// Its row is one VALUES row, the goal's ID read under qFastGuard, and not
// an INSERT ... SELECT: SQLite writes a SELECT's rows into a temporary
// table first when the table written has triggers, as checkins has, which
// cost every save a temporary b-tree. When the guard fails the goal's ID
// is NULL and the INSERT fails on its NOT NULL, writing nothing; fastFailed
// leaves that to the full save.
const qFastAppend = `
	INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
	VALUES ((SELECT id` + qFastGuard + `), ?2, ?3, ?4, ?5, ?6, ?6)
	ON CONFLICT (goal_id, period_key) DO NOTHING`

// savedRules is what a full save of a goal's check-in read to check it,
// kept for that goal's next save.
type savedRules struct {
	span   goalSpan
	cal    app.Calendar
	fiscal sql.NullString // the setting as stored
}

// ruleCache holds each goal's savedRules. An entry is never trusted on its
// own: the fast save's INSERT compares it with the goal it writes under.
type ruleCache struct {
	mu    sync.Mutex
	goals map[int64]savedRules
	// filled is set once every goal's rules were read (fill): a user
	// checks in each goal about once a session, so keeping only the goal
	// just saved would leave nearly every save to the full transaction.
	filled bool
}

// qAllGoalRules is qGoalRules for every goal.
const qAllGoalRules = `SELECT id, title, kind, cadence, decimals, start_date, end_date,
	(SELECT value FROM settings WHERE key = '` + SettingFiscalStart + `') FROM goals`

// fill reads every goal's rules, once per store, after its first full
// save: one read of a row a goal (about a millisecond for 2,000 goals)
// against a transaction for each goal's first save. A goal that does not
// read is left to the full save.
func (c *ruleCache) fill(ctx context.Context, db *sql.DB) {
	c.mu.Lock()
	filled := c.filled
	c.filled = true
	c.mu.Unlock()
	if filled {
		return
	}
	rows, err := db.QueryContext(ctx, qAllGoalRules)
	if err != nil {
		return
	}
	defer rows.Close()
	read := map[int64]savedRules{}
	for rows.Next() {
		var id int64
		var g goalSpan
		var fiscal sql.NullString
		if rows.Scan(&id, &g.title, &g.kind, &g.cadence, &g.decimals, &g.startText, &g.endText, &fiscal) != nil {
			continue
		}
		var err error
		if g.start, err = storedDate(g.startText); err == nil {
			g.end, err = storedDate(g.endText)
		}
		if err == nil {
			read[id] = savedRules{span: g, cal: calendarOf(fiscal.String), fiscal: fiscal}
		}
	}
	if rows.Err() != nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.goals == nil {
		c.goals = map[int64]savedRules{}
	}
	for id, r := range read {
		c.goals[id] = r
	}
}

// get returns the rules last saved for goal id.
func (c *ruleCache) get(id int64) (savedRules, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.goals[id]
	return r, ok
}

// keep records what rules read of goal id in a committed full save; a
// goal not read there (another transaction's rules) is left as it was.
func (c *ruleCache) keep(id int64, rules *checkInRules) {
	g, ok := rules.goals[id]
	if !ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.goals == nil {
		c.goals = map[int64]savedRules{}
	}
	c.goals[id] = savedRules{span: g, cal: calendarOf(rules.fiscal.String), fiscal: rules.fiscal}
}

// keepRules keeps the rules a committed full save of goal id read, and
// the first time every other goal's too.
func (s *Store) keepRules(ctx context.Context, id int64, rules *checkInRules) {
	s.stmts.rules.keep(id, rules)
	if s.checkMap(ctx) == nil {
		s.stmts.rules.fill(ctx, s.db)
	}
}

// saveFast saves c in one statement when the rules last read for its goal
// still hold (qFastAppend for a period without a check-in, then qFastPut
// for one with a check-in unless create is set), setting its ID and
// timestamps. done is false when nothing was written and c needs the full
// save; an error with done true is final (a busy, read-only or full disk,
// which the full save would only meet again).
func (s *Store) saveFast(ctx context.Context, c *app.CheckIn, create bool) (done bool, err error) {
	r, ok := s.stmts.rules.get(c.GoalID)
	if !ok {
		return false, nil
	}
	if err := s.checkMap(ctx); err != nil {
		return true, err
	}
	v := *c
	// The same checks as the full save's, on the rules kept: they read
	// nothing more.
	rules := &checkInRules{cal: r.cal, goals: map[int64]goalSpan{v.GoalID: r.span}}
	if err := normalizeCheckIn(ctx, nil, &v, rules); err != nil {
		return false, nil // the full save reads the goal as it is now and says what is wrong
	}
	now := s.Now().UTC().Truncate(time.Second)
	args := []any{v.GoalID, v.PeriodKey, v.Value, v.Confidence, v.Note, formatTime(now),
		string(r.span.cadence), r.span.decimals, r.span.startText, r.span.endText, r.fiscal, string(r.span.kind)}
	done, err = s.appendFast(ctx, &v, args, now)
	if !done && !create {
		done, err = s.replaceFast(ctx, &v, args, now)
	}
	if done && err == nil {
		*c = v
		s.foldSoon()
		s.checkpointSoon()
	}
	return done, err
}

// appendFast runs qFastAppend with args, and on a row written sets v's ID
// and timestamps.
func (s *Store) appendFast(ctx context.Context, v *app.CheckIn, args []any, now time.Time) (done bool, err error) {
	st := s.stmts.stmt(qFastAppend)
	if st == nil {
		return false, nil // an older schema, in tests
	}
	var res sql.Result
	err = s.timeWrite(func() (err error) {
		res, err = st.ExecContext(ctx, args...)
		return err
	})
	if err != nil {
		return fastFailed(err, s.path)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return false, nil // the period has a check-in, or the rules changed
	}
	if v.ID, err = res.LastInsertId(); err != nil {
		return true, wrapf(err, "read new check-in's id") // saved: say so rather than save twice
	}
	v.CreatedAt, v.UpdatedAt = now, now
	return true, nil
}

// replaceFast runs qFastPut with args, and on a row written sets v's ID
// and timestamps, its CreatedAt as stored.
func (s *Store) replaceFast(ctx context.Context, v *app.CheckIn, args []any, now time.Time) (done bool, err error) {
	st := s.stmts.stmt(qFastPut)
	if st == nil {
		return false, nil
	}
	var created string
	err = s.timeWrite(func() error { return queryOneRow(ctx, st, args, &v.ID, &created) })
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	} else if err != nil {
		return fastFailed(err, s.path)
	}
	v.UpdatedAt, v.CreatedAt = now, parseTime(created)
	return true, nil
}

// timeWrite runs write and notes how long it waited for the file's lock.
// As begin does, time queued behind this program's own work is no wait
// for another program's lock.
func (s *Store) timeWrite(write func() error) error {
	queued, start := s.db.Stats().WaitDuration, time.Now()
	err := write()
	s.noteWait(time.Since(start) - (s.db.Stats().WaitDuration - queued))
	return err
}

// fastFailed sorts the error of a fast save's statement, which failed as a
// whole, its transaction rolled back: a busy, read-only or full disk is
// final; anything else is left to the full save of the file at path.
func fastFailed(err error, path string) (done bool, final error) {
	err = diskFull(wrapf(err, "save check-in"), filepath.Dir(path))
	switch app.ErrorCode(err) {
	case app.EBusy, app.EReadOnly, app.EFull:
		return true, err
	}
	return false, nil
}

// queryOneRow runs st, a statement that commits on its own and returns
// at most one row, scans that row into dest, and steps st to its end: its
// transaction commits there, as an Exec's does, and a failed commit is
// its error. QueryRow's Scan closes the rows first, leaving the commit
// to the statement's reset, and the save took 350 µs rather than 245 µs
// here: the same writes and fsync, with twice the system time and ten
// times the context switches. No row is sql.ErrNoRows.
func queryOneRow(ctx context.Context, st *sql.Stmt, args []any, dest ...any) error {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	found := rows.Next()
	if found {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		for rows.Next() { // none: to the end, where it commits
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if !found {
		return sql.ErrNoRows
	}
	return nil
}

// storedDate reads a nullable "2006-01-02" column's text; NULL is the
// zero Date.
func storedDate(s sql.NullString) (app.Date, error) {
	var d app.Date
	if !s.Valid {
		return d, nil
	}
	return d, dateCol{&d}.Scan(s.String)
}
