package data

import (
	"context"
	"math"
	"pacer/app"
	"slices"
	"strings"
)

// A goal's check-ins are of its cadence. Changing the cadence of a goal
// that has check-ins converts them, after the user has seen how: into a
// longer period they roll up exactly (months into fiscal quarters, quarters
// into halves or years), flow goals by their sum and level goals by the
// latest value. Into a shorter period nothing can be converted, and weeks
// do not fit exactly into months or quarters: both are refused, and
// nothing is lost either way.

// PreviewCadenceChange works out, without writing, what saving g (an edit
// of a stored goal) makes of the goal's check-ins: nothing when the cadence
// stays or no check-in has the stored cadence. A change that cannot be
// converted is refused with EInvalid, one onto a period that already has a
// check-in with EConflict.
func (s *Store) PreviewCadenceChange(ctx context.Context, g app.Goal) (app.CadenceChange, error) {
	if g.ID == 0 {
		return app.CadenceChange{To: g.Cadence}, nil
	}
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.CadenceChange{}, err
	}
	defer tx.Rollback()

	old, err := findGoal(ctx, tx, g.ID)
	if err != nil {
		return app.CadenceChange{}, err
	}
	return previewCadenceChange(ctx, tx, old, &g)
}

// ChangeCadence sets the cadence of goal change.GoalID to change.To and
// converts its check-ins as change says, in one transaction.
func (s *Store) ChangeCadence(ctx context.Context, change app.CadenceChange) error {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	g, err := findGoal(ctx, tx, change.GoalID)
	if err != nil {
		return err
	}
	g.Cadence = change.To
	if err := updateGoal(ctx, tx, g, &change); err != nil {
		return err
	}
	return tx.commit()
}

// previewCadenceChange is what changing old into g makes of its check-ins.
func previewCadenceChange(ctx context.Context, tx *tx, old, g *app.Goal) (app.CadenceChange, error) {
	change := app.CadenceChange{GoalID: g.ID, From: old.Cadence, To: g.Cadence}
	if g.Cadence == old.Cadence {
		return change, nil
	}
	all, err := queryAll(ctx, tx, scanCheckIn,
		`SELECT `+checkInColumns+` FROM checkins WHERE goal_id = ? ORDER BY period_key`, g.ID)
	if err != nil {
		return change, wrapf(err, "list check-ins")
	}
	cal, err := calendar(ctx, tx)
	if err != nil {
		return change, err
	}
	// Check-ins of another cadence, kept from before the rule, stay as they are.
	var from []app.CheckIn
	taken := map[string]bool{}
	for _, c := range all {
		taken[c.PeriodKey] = true
		if p, _ := periodOf(c.PeriodKey); p.Cadence == old.Cadence {
			from = append(from, c)
		}
	}
	if len(from) == 0 {
		return change, nil
	}
	if err := checkConvertible(old.Cadence, g.Cadence, from); err != nil {
		return change, err
	}
	change.Rollups, err = rollUp(cal, from, g, old.Cadence, taken)
	return change, err
}

// checkConvertible refuses a change of cadence that check-ins from cannot
// follow exactly.
func checkConvertible(from, to app.Cadence, cs []app.CheckIn) error {
	args := []any{"Count", len(cs), "First", cs[0].PeriodKey, "Last", cs[len(cs)-1].PeriodKey}
	switch {
	case from == app.CadenceWeek && len(cs) == 1:
		return app.Errorf(app.EInvalid, msgCadenceWeeksOne, args...)
	case from == app.CadenceWeek:
		return app.Errorf(app.EInvalid, msgCadenceWeeks, args...)
	case cadenceRank(to) < cadenceRank(from) && len(cs) == 1:
		return app.Errorf(app.EInvalid, msgCadenceFinerOne, args...)
	case cadenceRank(to) < cadenceRank(from):
		return app.Errorf(app.EInvalid, msgCadenceFiner, args...)
	}
	return nil
}

// rollUp groups check-ins cs, all of cadence from and in period order,
// into the periods of g's cadence. taken are the periods that already
// have a check-in.
func rollUp(cal app.Calendar, cs []app.CheckIn, g *app.Goal, from app.Cadence, taken map[string]bool) ([]app.CheckInRollup, error) {
	var out []app.CheckInRollup
	var group []app.CheckIn
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		r, err := rollUpGroup(cal, group, g, from)
		out, group = append(out, r), nil
		if err == nil && taken[r.Period] {
			err = app.Errorf(app.EConflict, msgCadenceTaken, "Period", r.Period)
		}
		return err
	}
	key := ""
	for _, c := range cs {
		p, _ := periodOf(c.PeriodKey)
		if k := cal.PeriodOf(g.Cadence, cal.Start(p)).Key(); k != key {
			if err := flush(); err != nil {
				return nil, err
			}
			key = k
		}
		group = append(group, c)
	}
	return out, flush()
}

// rollUpGroup is the check-in of g's cadence made of group, the check-ins
// of one of its periods.
func rollUpGroup(cal app.Calendar, group []app.CheckIn, g *app.Goal, from app.Cadence) (app.CheckInRollup, error) {
	last := group[len(group)-1]
	first, _ := periodOf(group[0].PeriodKey)
	r := app.CheckInRollup{Period: cal.PeriodOf(g.Cadence, cal.Start(first)).Key(), Value: last.Value, Confidence: last.Confidence}
	have := map[string]bool{}
	var notes []string
	// Summing whole numbers of the smallest unit kept is exact.
	scale, sum := math.Pow10(g.Decimals), 0.0
	for _, c := range group {
		r.From = append(r.From, c.PeriodKey)
		have[c.PeriodKey] = true
		sum += math.Round(c.Value * scale)
		if note := strings.TrimSpace(c.Note); note != "" {
			notes = append(notes, c.PeriodKey+": "+note)
		}
	}
	r.Note = strings.Join(notes, "\n")
	if g.Aggregation == app.AggFlow {
		r.Value = sum / scale
	}
	if g.Kind == app.KindMilestone && r.Value > 1 {
		// Months each done (1) make a quarter done, not done twice: a
		// milestone's check-in is 0 or 1 (app.CheckValue).
		r.Value = 1
	}
	var err error
	if r.Value, err = app.RoundTo(r.Value, g.Decimals); err != nil {
		// Another program's infinite check-in, or values too large to add
		// up: the user is told which to correct.
		return r, app.Errorf(app.EInvalid, msgCadenceNoNumber, "From", strings.Join(r.From, ", "), "Period", r.Period)
	}
	r.Missing = missingPeriods(cal, r.Period, from, g, have)
	return r, nil
}

// missingPeriods lists the periods of cadence from inside period key and
// g's dates that are not in have.
func missingPeriods(cal app.Calendar, key string, from app.Cadence, g *app.Goal, have map[string]bool) []string {
	var missing []string
	period, _ := periodOf(key)
	for _, p := range cal.Periods(from, cal.Start(period), cal.End(period)) {
		k := p.Key()
		if !have[k] && !cal.End(p).Before(g.Start.Time) && !cal.Start(p).After(g.End.Time) {
			missing = append(missing, k)
		}
	}
	return missing
}

// convertCheckIns makes the change of cadence from old to g that agreed,
// the conversion the user saw, describes; it is refused when none was
// agreed but one is needed, or when the check-ins changed since.
func convertCheckIns(ctx context.Context, tx *tx, old, g *app.Goal, agreed *app.CadenceChange) error {
	fresh, err := previewCadenceChange(ctx, tx, old, g)
	if err != nil || len(fresh.Rollups) == 0 {
		return err
	}
	if agreed == nil {
		n := 0
		for _, r := range fresh.Rollups {
			n += len(r.From)
		}
		if n == 1 {
			return app.Errorf(app.EConflict, msgCadenceUnconfOne, "Count", n)
		}
		return app.Errorf(app.EConflict, msgCadenceUnconfirmed, "Count", n)
	}
	if !sameConversion(fresh, *agreed) {
		return app.Errorf(app.EConflict, msgCadenceStale)
	}
	for i, r := range fresh.Rollups {
		r.Note = strings.TrimSpace(agreed.Rollups[i].Note)
		if err := writeRollup(ctx, tx, g.ID, r); err != nil {
			return err
		}
	}
	return nil
}

// sameConversion reports whether a and b convert the same check-ins into
// the same values; the notes may differ.
func sameConversion(a, b app.CadenceChange) bool {
	return a.GoalID == b.GoalID && a.From == b.From && a.To == b.To &&
		slices.EqualFunc(a.Rollups, b.Rollups, func(x, y app.CheckInRollup) bool {
			return x.Period == y.Period && slices.Equal(x.From, y.From) && slices.Equal(x.Missing, y.Missing) &&
				x.Value == y.Value && x.Confidence == y.Confidence
		})
}

// writeRollup replaces the check-ins r is made of with r.
func writeRollup(ctx context.Context, tx *tx, goalID int64, r app.CheckInRollup) error {
	for _, k := range r.From {
		if _, err := tx.ExecContext(ctx, `DELETE FROM checkins WHERE goal_id = ? AND period_key = ?`, goalID, k); err != nil {
			return wrapf(err, "delete check-in %s", k)
		}
	}
	now := formatTime(tx.now)
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, goalID, r.Period, r.Value, r.Confidence, r.Note, now, now); err != nil {
		return wrapf(err, "insert check-in %s", r.Period)
	}
	return rollUpBreakdown(ctx, tx, goalID, r)
}
