package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"pacer/app"
	"slices"
	"strconv"
	"strings"
)

// Dashboard reads what the dashboard works the pace of every goal
// matching f out from, as of asOf under the calendar cal: the goals with
// their current plans; for each goal, the running totals of its check-ins
// up to the latest period started by asOf (one row a goal, however many
// years of check-ins it has); and the check-ins themselves of the goals
// whose totals do not suffice (app.TotalsSuffice) or are being recomputed.
// app.PacesFrom works the paces out.
func (s *Store) Dashboard(ctx context.Context, f app.GoalFilter, cal app.Calendar, asOf app.Date) (app.DashboardData, error) {
	s.armLive(ctx)
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.DashboardData{}, err
	}
	defer tx.Rollback()

	d := app.DashboardData{Snapshot: app.NewSnapshot()}
	setup := s.readSetupBeside(ctx, tx, f, &d.Goals, &d.Plans)
	defer setup() // before the rollback: the goals are read in tx
	var need []int64
	stale, err := staleGoals(ctx, tx)
	if err == nil {
		err = s.totalsAsOf(ctx, tx, cal, asOf, stale, func(totals map[int64]app.ValueTotals) {
			if setup() != nil {
				return
			}
			d.Totals = make(map[int64]app.ValueTotals, len(d.Goals))
			for _, g := range d.Goals {
				t := totals[g.ID] // none: no counted check-in has started
				if !slices.Contains(stale, g.ID) && app.TotalsSuffice(cal, g, d.Plans[g.ID], t) {
					d.Totals[g.ID] = t
				} else {
					need = append(need, g.ID)
				}
			}
		})
	}
	if err := setup(); err != nil { // the goals' error first, as when they were read first
		return app.DashboardData{}, err
	}
	if err != nil {
		return app.DashboardData{}, err
	}
	if len(need) == 0 {
		return d, nil
	}
	err = readValues(ctx, tx, &d.Snapshot, `goal_id IN (SELECT value FROM json_each(?))`, []any{goalsJSON(need)})
	return d, err
}

// qTotalsAsOf reads each goal's totals at its latest counted period up to
// the key given for its cadence (week, month, quarter, half, year), NULL
// for a goal without one: the count, the total, the period's value and
// its key, as one text (parseTotalsAsOf). One search of the goal's totals
// hands back the whole row: a join on the key the search found searched
// again, a third of the read at 2,000 goals. SQLite writes a REAL as text
// that reads back to the same float (TestTotalsAsOfTextIsExact). The
// goals are the outer loop: with the totals keyed by goal and period
// (migration 15), SQLite would otherwise scan every totals row.
const qTotalsAsOf = `
	SELECT g.id, (SELECT m.n || ' ' || m.total || ' ' || m.value || ' ' || m.period_key FROM checkin_totals m
		WHERE m.goal_id = g.id AND m.period_key <= CASE g.cadence
			WHEN 'week' THEN ?1 WHEN 'month' THEN ?2 WHEN 'quarter' THEN ?3 WHEN 'half' THEN ?4 ELSE ?5 END
		ORDER BY m.period_key DESC LIMIT 1)
	FROM goals g`

// qTotalsAsOfGoals is qTotalsAsOf of the goals of the JSON array ?6 only,
// found by their IDs: a filter that may let every goal through (?6 IS
// NULL OR …) makes SQLite scan them all.
var qTotalsAsOfGoals = qTotalsAsOf + `
	WHERE g.id IN (SELECT value FROM json_each(?6))`

// staleGoals lists the goals whose totals are being recomputed or wait
// for a check-in to be counted (fold.go).
func staleGoals(ctx context.Context, t *tx) ([]int64, error) {
	q := qUnsureGoals
	if t.hot[q] == nil {
		q = `SELECT goal_id FROM checkin_totals_stale` // an older schema, in tests
	}
	stale, err := queryAll(ctx, t, func(sc scanner) (int64, error) {
		var id int64
		return id, sc.Scan(&id)
	}, q)
	slices.Sort(stale)
	return slices.Compact(stale), wrapf(err, "read stale totals")
}

// totalsAsOf reads the totals of every goal whose counted check-ins
// include one of a period started by asOf, through the store's cache of
// them (live_cache.go), and hands them to use; a goal without is missing
// from the map, as is one of stale. The map is the cache's: use reads it
// and keeps nothing of it.
func (s *Store) totalsAsOf(ctx context.Context, t *tx, cal app.Calendar, asOf app.Date, stale []int64,
	use func(map[int64]app.ValueTotals)) error {
	cuts := periodCuts(cal, asOf)
	key := fmt.Sprintln(cuts...)
	table := func(c *liveCache) *liveTable[app.ValueTotals] { return &c.totals }
	return cachedRead(ctx, s, t, table, key, stale, nil, func(ids []int64) (map[int64]app.ValueTotals, error) {
		if ids == nil {
			return readHeadsAsOf(ctx, t, cuts, s.heads.read, func() (map[int64]app.Cadence, error) { return s.goalCadences(ctx, t) })
		}
		return readTotalsAsOf(ctx, t, qTotalsAsOfGoals, append(cuts[:len(cuts):len(cuts)], goalsJSON(ids)))
	}, use)
}

// qHeads reads each goal's latest totals row (migration 17).
const qHeads = `SELECT goal_id, n, total, value, period_key FROM checkin_heads`

// head is one row of qHeads.
type head struct {
	id int64
	v  app.ValueTotals
}

// readHeadsAsOf reads the totals of every goal of cadences at the cuts
// (periodCuts): a goal's latest row when it is no later than the cut of
// the goal's cadence, which a goal not checked in ahead always is, and a
// search of its totals (qTotalsAsOfGoals) for the few goals checked in
// past the cut. The cut is the goal's, as qTotalsAsOf's: a row keyed in
// another cadence, as only another program writes, compares the same. A
// head of no goal of cadences (totals a goal deleted with the foreign
// keys off left) is skipped. The heads are read by read (readHeads, or a
// store's headsReader); cadences is asked for once they are read: the
// goals may still be on their way (Store.Dashboard).
func readHeadsAsOf(ctx context.Context, t *tx, cuts []any, read func(context.Context, *tx) ([]head, error),
	cadences func() (map[int64]app.Cadence, error)) (map[int64]app.ValueTotals, error) {
	heads, err := read(ctx, t)
	if err != nil {
		return nil, err
	}
	byGoal, err := cadences()
	if err != nil {
		return nil, err
	}
	out := make(map[int64]app.ValueTotals, len(heads))
	var later []int64
	for _, h := range heads {
		c, ok := byGoal[h.id]
		switch {
		case !ok:
		case h.v.Last.PeriodKey <= cutOf(c, cuts):
			out[h.id] = h.v
		default:
			later = append(later, h.id)
		}
	}
	if len(later) == 0 {
		return out, nil
	}
	found, err := readTotalsAsOf(ctx, t, qTotalsAsOfGoals, append(cuts[:len(cuts):len(cuts)], goalsJSON(later)))
	maps.Copy(out, found)
	return out, err
}

// readHeads reads every row of checkin_heads.
func readHeads(ctx context.Context, t *tx) ([]head, error) {
	rows, err := t.query(ctx, qHeads)
	if err != nil {
		return nil, wrapf(err, "read latest totals")
	}
	defer rows.Close()
	var heads []head
	for rows.Next() {
		var h head
		var count int64 // database/sql reads an int through its text
		if err := rows.Scan(&h.id, &count, &h.v.Sum, &h.v.Last.Value, &h.v.Last.PeriodKey); err != nil {
			return nil, wrapf(err, "read latest totals")
		}
		h.v.Count = int(count)
		heads = append(heads, h)
	}
	if err := rows.Err(); err != nil {
		return nil, wrapf(err, "read latest totals")
	}
	return heads, wrapf(rows.Close(), "read latest totals")
}

// cutOf is the cut of periodCuts for a goal of cadence c, as qTotalsAsOf
// chooses it.
func cutOf(c app.Cadence, cuts []any) string {
	i := slices.Index(cutCadences[:4], c)
	if i < 0 {
		i = 4 // the year's, for any other cadence
	}
	cut, _ := cuts[i].(string)
	return cut
}

// goalCadences is the cadence of every goal (archived too), from the
// goals the store keeps for transaction t's setup generation.
func (s *Store) goalCadences(ctx context.Context, t *tx) (map[int64]app.Cadence, error) {
	var gen int64
	if err := t.QueryRowContext(ctx, qSetupGeneration).Scan(&gen); err != nil {
		return nil, wrapf(err, "read setup generation")
	}
	goals, _, err := s.setupCache().read(ctx, t, gen, false)
	if err != nil {
		return nil, err
	}
	cadences := make(map[int64]app.Cadence, len(goals))
	for _, g := range goals {
		cadences[g.ID] = g.Cadence
	}
	return cadences, nil
}

// cutCadences are the cadences of periodCuts, in order.
var cutCadences = []app.Cadence{app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear}

// periodCuts are the keys of the periods of a week, month, quarter, half
// and year that hold asOf: qTotalsAsOf's parameters ?1 to ?5.
func periodCuts(cal app.Calendar, asOf app.Date) []any {
	cuts := make([]any, 0, 6) // and room for qTotalsAsOfGoals' ?6
	for _, c := range cutCadences {
		cuts = append(cuts, cal.PeriodOf(c, asOf).Key())
	}
	return cuts
}

// goalsJSON is the JSON array of ids.
func goalsJSON(ids []int64) string {
	b, _ := json.Marshal(ids) // int64s always marshal
	return string(b)
}

// readTotalsAsOf runs q, qTotalsAsOf or qTotalsAsOfGoals.
func readTotalsAsOf(ctx context.Context, t *tx, q string, args []any) (map[int64]app.ValueTotals, error) {
	rows, err := t.query(ctx, q, args...)
	if err != nil {
		return nil, wrapf(err, "read totals")
	}
	defer rows.Close()
	out := map[int64]app.ValueTotals{}
	for rows.Next() {
		var id int64
		var text sql.NullString
		if err := rows.Scan(&id, &text); err != nil {
			return nil, wrapf(err, "read totals")
		}
		if !text.Valid {
			continue // no counted check-in has started
		}
		v, err := parseTotalsAsOf(text.String)
		if err != nil {
			return nil, wrapf(err, "read totals of goal %d", id)
		}
		out[id] = v
	}
	return out, wrapf(rows.Err(), "read totals")
}

// parseTotalsAsOf reads the "count total value key" text of qTotalsAsOf.
func parseTotalsAsOf(text string) (app.ValueTotals, error) {
	fields := [3]string{}
	rest := text
	for i := range fields {
		var ok bool
		if fields[i], rest, ok = strings.Cut(rest, " "); !ok {
			return app.ValueTotals{}, fmt.Errorf("totals %q", text)
		}
	}
	v := app.ValueTotals{Last: app.PeriodValue{PeriodKey: rest}}
	var errs [3]error
	v.Count, errs[0] = strconv.Atoi(fields[0])
	v.Sum, errs[1] = strconv.ParseFloat(fields[1], 64)
	v.Last.Value, errs[2] = strconv.ParseFloat(fields[2], 64)
	if err := errors.Join(errs[:]...); err != nil {
		return app.ValueTotals{}, fmt.Errorf("totals %q: %w", text, err)
	}
	return v, nil
}
