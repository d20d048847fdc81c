package data

import (
	"context"
	"encoding/json"
	"pacer/app"
	"slices"
)

// Dashboard reads what the dashboard works the pace of every goal
// matching f out from, as of asOf under the calendar cal: the goals with
// their current plans; for each goal, the running totals of its check-ins
// up to the latest period started by asOf (one row a goal, however many
// years of check-ins it has); and the check-ins themselves of the goals
// whose totals do not suffice (app.TotalsSuffice) or are being recomputed.
// app.PacesFrom works the paces out.
func (s *Store) Dashboard(ctx context.Context, f app.GoalFilter, cal app.Calendar, asOf app.Date) (app.DashboardData, error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.DashboardData{}, err
	}
	defer tx.Rollback()

	d := app.DashboardData{Snapshot: app.NewSnapshot(), Totals: map[int64]app.ValueTotals{}}
	if d.Goals, d.Plans, err = s.readSetup(ctx, tx, f, true); err != nil {
		return app.DashboardData{}, err
	}
	totals, err := totalsAsOf(ctx, tx, cal, asOf)
	if err != nil {
		return app.DashboardData{}, err
	}
	stale, err := queryAll(ctx, tx, func(sc scanner) (int64, error) {
		var id int64
		return id, sc.Scan(&id)
	}, `SELECT goal_id FROM checkin_totals_stale`)
	if err != nil {
		return app.DashboardData{}, wrapf(err, "read stale totals")
	}
	var need []int64
	for _, g := range d.Goals {
		t := totals[g.ID] // none: no counted check-in has started
		if !slices.Contains(stale, g.ID) && app.TotalsSuffice(g, d.Plans[g.ID], t) {
			d.Totals[g.ID] = t
		} else {
			need = append(need, g.ID)
		}
	}
	if len(need) == 0 {
		return d, nil
	}
	ids, _ := json.Marshal(need) // int64s always marshal
	err = readValues(ctx, tx, &d.Snapshot, `goal_id IN (SELECT value FROM json_each(?))`, []any{string(ids)})
	return d, err
}

// qTotalsAsOf reads each goal's totals at its latest counted period up to
// the key given for its cadence (week, month, quarter, half, year).
const qTotalsAsOf = `
	SELECT t.goal_id, t.n, t.total, t.first_key, t.period_key, t.value
	FROM goals g JOIN checkin_totals t ON t.rowid = (
		SELECT m.rowid FROM checkin_totals m WHERE m.goal_id = g.id AND m.period_key <= CASE g.cadence
			WHEN 'week' THEN ?1 WHEN 'month' THEN ?2 WHEN 'quarter' THEN ?3 WHEN 'half' THEN ?4 ELSE ?5 END
		ORDER BY m.period_key DESC LIMIT 1)`

// totalsAsOf reads the totals of every goal not marked stale whose
// counted check-ins include one of a period started by asOf; a goal
// without is missing from the map, as is a stale one.
func totalsAsOf(ctx context.Context, t *tx, cal app.Calendar, asOf app.Date) (map[int64]app.ValueTotals, error) {
	var cuts []any
	for _, c := range []app.Cadence{app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear} {
		cuts = append(cuts, cal.PeriodOf(c, asOf).Key())
	}
	rows, err := t.query(ctx, qTotalsAsOf, cuts...)
	if err != nil {
		return nil, wrapf(err, "read totals")
	}
	defer rows.Close()
	out := map[int64]app.ValueTotals{}
	for rows.Next() {
		var id int64
		var v app.ValueTotals
		if err := rows.Scan(&id, &v.Count, &v.Sum, &v.First, &v.Last.PeriodKey, &v.Last.Value); err != nil {
			return nil, wrapf(err, "read totals")
		}
		out[id] = v
	}
	return out, wrapf(rows.Err(), "read totals")
}
