package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"slices"
)

// Every check-in names a period ("2026-03", "2026-Q1") that must exist,
// overlap its goal's dates and be of the goal's cadence: a value filed in
// a year the goal does not cover, or a month on a quarterly goal, would
// count nowhere, and the user would not know why. Check-ins stored before
// the rule keep their period (see kept); the screens show them as not
// counted, and they can still be corrected or deleted.

// checkInRules holds, for one transaction, what check-ins are checked
// against: the fiscal start and each goal's decimals and dates, each read
// once however many check-ins a bulk save or an import brings.
type checkInRules struct {
	cal   app.Calendar // FiscalStart 0 until read
	goals map[int64]goalSpan
	// fiscal is the fiscal start setting as stored, read with the first
	// goal (NULL when not set): the fast save checks it is unchanged.
	fiscal sql.NullString
	// kept is the period a check-in being edited already has: it stays
	// allowed, so that a check-in saved before the rule, or before its
	// goal's dates changed, can still have its value or note corrected.
	kept string
}

// goalSpan is what a check-in needs to know of its goal.
type goalSpan struct {
	title      string
	kind       app.Kind // a milestone's value is 0 or 1 (app.CheckValue)
	cadence    app.Cadence
	decimals   int
	start, end app.Date
	// startText and endText are the dates as stored, which the fast save
	// compares (checkin_fast.go).
	startText, endText sql.NullString
}

// qGoalRules reads what a check-in is checked against: its goal's span,
// and the fiscal start, in one statement.
const qGoalRules = `SELECT title, kind, cadence, decimals, start_date, end_date,
	(SELECT value FROM settings WHERE key = '` + SettingFiscalStart + `') FROM goals WHERE id = ?`

// goal returns the span of goal id, or ENotFound; the calendar comes with
// the first goal read.
func (r *checkInRules) goal(ctx context.Context, tx *tx, id int64) (goalSpan, error) {
	if g, ok := r.goals[id]; ok {
		return g, nil
	}
	var g goalSpan
	var fiscal sql.NullString
	err := tx.queryRow(ctx, qGoalRules, id).
		Scan(&g.title, &g.kind, &g.cadence, &g.decimals, &g.startText, &g.endText, &fiscal)
	if errors.Is(err, sql.ErrNoRows) {
		return g, app.Errorf(app.ENotFound, msgGoalNotFound)
	} else if err != nil {
		return g, wrapf(err, "find goal %d", id)
	}
	if g.start, err = storedDate(g.startText); err == nil {
		g.end, err = storedDate(g.endText)
	}
	if err != nil {
		return g, wrapf(err, "find goal %d", id)
	}
	if r.goals == nil {
		r.goals = map[int64]goalSpan{}
	}
	r.goals[id] = g
	if r.cal.FiscalStart == 0 {
		r.cal, r.fiscal = calendarOf(fiscal.String), fiscal
	}
	return g, nil
}

// calendar is the business's calendar, read once.
func (r *checkInRules) calendar(ctx context.Context, tx *tx) (app.Calendar, error) {
	if r.cal.FiscalStart == 0 {
		var err error
		if r.cal, err = calendar(ctx, tx); err != nil {
			return app.Calendar{}, err
		}
	}
	return r.cal, nil
}

// checkPeriod checks that key names a period of g's cadence that overlaps
// g's dates.
func (r *checkInRules) checkPeriod(ctx context.Context, tx *tx, g goalSpan, key string) error {
	if r.kept != "" && key == r.kept {
		return nil
	}
	cal, err := r.calendar(ctx, tx)
	if err != nil {
		return err
	}
	known, inside := periodFits(cal, key, g.start, g.end)
	switch {
	case !known:
		return app.Errorf(app.EInvalid, msgPeriodUnknown, "Period", key)
	case !inside:
		return app.Errorf(app.EInvalid, msgPeriodOutside, "Period", key,
			"Start", g.start.Format(app.DateLayout), "End", g.end.Format(app.DateLayout))
	}
	return checkCadence(cal, g, key)
}

// checkCadence refuses a period key (one that names a period) of another
// cadence than g's, naming a period of g's cadence to enter instead: the
// one that holds the first day of key inside g's dates.
func checkCadence(cal app.Calendar, g goalSpan, key string) error {
	p, _ := periodOf(key)
	if p.Cadence == g.cadence {
		return nil
	}
	msg, ok := map[app.Cadence]string{
		app.CadenceWeek: msgPeriodNotWeek, app.CadenceMonth: msgPeriodNotMonth, app.CadenceQuarter: msgPeriodNotQuarter,
		app.CadenceHalf: msgPeriodNotHalf, app.CadenceYear: msgPeriodNotYear,
	}[g.cadence]
	if !ok {
		return nil // a goal of no known cadence was refused when it was saved
	}
	first := cal.Start(p)
	if first.Before(g.start.Time) {
		first = g.start
	}
	return app.Errorf(app.EInvalid, msg, "Period", key, "Goal", g.title, "Example", cal.PeriodOf(g.cadence, first).Key())
}

// periodFits reports whether key names a period, and whether that period
// overlaps start..end; a goal without both dates holds any period.
func periodFits(cal app.Calendar, key string, start, end app.Date) (known, inside bool) {
	p, ok := periodOf(key)
	if !ok {
		return false, false
	}
	if start.IsZero() || end.IsZero() {
		return true, true
	}
	return true, !cal.End(p).Before(start.Time) && !cal.Start(p).After(end.Time)
}

// checkCheckInsInside refuses to move goal old to the dates of g when that
// would leave some of its check-ins outside: those inside the old dates and
// not the new ones. Check-ins already outside (kept from before the rule)
// and keys that name no period do not block the change.
func checkCheckInsInside(ctx context.Context, tx *tx, old, g *app.Goal) error {
	keys, err := queryAll(ctx, tx, func(sc scanner) (string, error) {
		var k string
		return k, sc.Scan(&k)
	}, `SELECT period_key FROM checkins WHERE goal_id = ?`, g.ID)
	if err != nil {
		return wrapf(err, "list check-in periods")
	}
	cal, err := calendar(ctx, tx)
	if err != nil {
		return err
	}
	var outside []string
	for _, k := range keys {
		_, wasInside := periodFits(cal, k, old.Start, old.End)
		if known, inside := periodFits(cal, k, g.Start, g.End); known && wasInside && !inside {
			outside = append(outside, k)
		}
	}
	slices.SortFunc(outside, func(a, b string) int {
		pa, _ := periodOf(a)
		pb, _ := periodOf(b)
		return cal.Start(pa).Compare(cal.Start(pb).Time)
	})
	switch len(outside) {
	case 0:
		return nil
	case 1:
		return app.Errorf(app.EConflict, msgDatesLeaveCheckIn, "Period", outside[0])
	}
	return app.Errorf(app.EConflict, msgDatesLeaveCheckIns, "Count", len(outside),
		"First", outside[0], "Last", outside[len(outside)-1])
}
