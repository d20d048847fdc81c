package data

import (
	"context"
	"database/sql"
	"fmt"
	"pacer/app"
	"slices"
	"strconv"
	"strings"
)

// Review reads what the review of period p as of asOf works its rows out
// from (app.ReviewRowsFrom): the goals matching f with their current
// plans; for each goal whose rows its sums suffice for
// (app.ReviewSumsSuffice), the sums of its check-ins of p and of the two
// periods compared with it, from its running totals at each period's two
// ends (a few rows a goal, however many check-ins each period holds); for
// the others the check-ins and history values of the periods
// app.ReviewKeys lists, as PeriodSnapshot reads them.
func (s *Store) Review(ctx context.Context, f app.GoalFilter, cal app.Calendar, p app.Period, asOf app.Date) (app.ReviewData, error) {
	s.armLive(ctx)
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.ReviewData{}, err
	}
	defer tx.Rollback()

	d := app.ReviewData{Snapshot: app.NewSnapshot(), Sums: map[int64]app.ReviewSums{}}
	if d.Goals, d.Plans, err = s.readSetup(ctx, tx, f, true); err != nil {
		return app.ReviewData{}, err
	}
	keys := app.ReviewKeys(cal, p, asOf)
	if len(keys) == 0 {
		return d, nil
	}
	stale, err := staleGoals(ctx, tx)
	if err != nil {
		return app.ReviewData{}, err
	}
	sums, err := s.reviewSums(ctx, tx, cal, d.Goals, p, asOf, [2]string{keys[0], keys[len(keys)-1]}, stale)
	if err != nil {
		return app.ReviewData{}, err
	}
	var need []int64
	d.Sums, need = app.ReviewSumsSuffice(cal, d.Goals, d.Plans, p, sums)
	if len(need) == 0 {
		return d, nil
	}
	if d.Latest, err = latestReported(ctx, tx, cal, asOf, d.Goals, need, stale); err != nil {
		return app.ReviewData{}, err
	}
	whole, some := settledByValues(d, need)
	if len(some) > 0 {
		err = readValues(ctx, tx, &d.Snapshot, `goal_id IN (SELECT value FROM json_each(?)) AND period_key BETWEEN ? AND ?
		AND +period_key IN (SELECT value FROM json_each(?))`, []any{goalsJSON(some), keys[0], keys[len(keys)-1], jsonStrings(keys)})
	}
	if err == nil && len(whole) > 0 {
		err = readValues(ctx, tx, &d.Snapshot, `goal_id IN (SELECT value FROM json_each(?))`, []any{goalsJSON(whole)})
	}
	return d, err
}

// settledByValues splits need, the goals of d whose review reads their
// check-ins, into those whose plan every check-in settles
// (app.ValuesSettlePlan), read whole, and the others, read for the
// review's periods alone.
func settledByValues(d app.ReviewData, need []int64) (whole, some []int64) {
	settled := map[int64]bool{}
	for _, g := range d.Goals {
		if app.ValuesSettlePlan(g, d.Plans[g.ID]) {
			settled[g.ID] = true
		}
	}
	for _, id := range need {
		if settled[id] {
			whole = append(whole, id)
		} else {
			some = append(some, id)
		}
	}
	return whole, some
}

// latestReported is the key of the latest counted period started by asOf
// of each of the goals ids that has one (app.ReviewData.Latest): from its
// running totals, one search a goal, or from its check-ins for a goal
// whose totals are being recomputed (stale).
func latestReported(ctx context.Context, t *tx, cal app.Calendar, asOf app.Date, goals []app.Goal, ids, stale []int64) (map[int64]string, error) {
	var fromTotals, fromCheckIns []int64
	for _, id := range ids {
		if slices.Contains(stale, id) || t.hot[qTotalsAsOfGoals] == nil { // an older schema, in tests
			fromCheckIns = append(fromCheckIns, id)
		} else {
			fromTotals = append(fromTotals, id)
		}
	}
	latest := make(map[int64]string, len(ids))
	if len(fromTotals) > 0 {
		totals, err := readTotalsAsOf(ctx, t, qTotalsAsOfGoals, append(periodCuts(cal, asOf), goalsJSON(fromTotals)))
		if err != nil {
			return nil, err
		}
		for id, v := range totals {
			latest[id] = v.Last.PeriodKey
		}
	}
	if len(fromCheckIns) == 0 {
		return latest, nil
	}
	return latest, latestFromCheckIns(ctx, t, cal, asOf, goals, fromCheckIns, latest)
}

// latestFromCheckIns adds to latest the key latestReported means of each
// of the goals ids, worked out from its check-ins as the goal's status
// counts them: of its cadence, started by asOf.
func latestFromCheckIns(ctx context.Context, t *tx, cal app.Calendar, asOf app.Date, goals []app.Goal, ids []int64, latest map[int64]string) error {
	type value struct {
		goalID int64
		app.PeriodValue
	}
	values, err := queryAll(ctx, t, func(sc scanner) (value, error) {
		var v value
		return v, sc.Scan(&v.goalID, &v.PeriodKey, &v.Value)
	}, `SELECT goal_id, period_key, value FROM checkins WHERE goal_id IN (SELECT value FROM json_each(?)) ORDER BY goal_id, period_key`, goalsJSON(ids))
	if err != nil {
		return wrapf(err, "read check-in periods")
	}
	byGoal := map[int64][]app.PeriodValue{} // with their values: a value that is not finite does not count
	for _, v := range values {
		byGoal[v.goalID] = append(byGoal[v.goalID], v.PeriodValue)
	}
	for _, g := range goals {
		checkIns, ok := byGoal[g.ID]
		if !ok {
			continue // not asked for, or never checked in
		}
		if started := cal.StartedBy(app.Series(checkIns, g.Cadence), asOf); len(started) > 0 {
			latest[g.ID] = started[len(started)-1].Period.Key()
		}
	}
	return nil
}

// qReviewSums reads, for each goal of one cadence (?7) whose totals are
// up to date and which has neither a check-in its totals leave out nor a
// history value among the keys from ?8 to ?9, its running totals at the
// two ends of three ranges of keys, ?1 to ?2, ?3 to ?4 and ?5 to ?6: the
// latest totals row before the range (a) and the latest up to its end
// (b), NULL where there is none. What a range's counted check-ins add up
// to is b less a (reviewSumsOf). Each end is one search of the goal's
// totals that hands back the row's count and units (in units of the
// goal's last decimal, migration 13, empty when not exact) together as
// text: both are integers, which SQLite writes exactly, and a second
// search of the same row for the second column cost a fifth of the read.
var qReviewSums = `
	SELECT g.id, g.decimals, ` + totalsEnd("<", 1) + `, ` + totalsEnd("<=", 2) + `,
		` + totalsEnd("<", 3) + `, ` + totalsEnd("<=", 4) + `, ` + totalsEnd("<", 5) + `, ` + totalsEnd("<=", 6) + `
	FROM goals g
	WHERE g.cadence = ?7
	  AND NOT EXISTS (SELECT 1 FROM checkin_totals_stale s WHERE s.goal_id = g.id)` + notWaiting("g.id") + `
	  AND NOT EXISTS (SELECT 1 FROM checkin_uncounted u WHERE u.goal_id = g.id AND u.period_key BETWEEN ?8 AND ?9)
	  AND NOT EXISTS (SELECT 1 FROM history_values h WHERE h.goal_id = g.id AND h.period_key BETWEEN ?8 AND ?9)`

// totalsEnd is the column of qReviewSums that reads the count and units
// of the goal's latest totals row whose key is op (< or <=) parameter n.
func totalsEnd(op string, n int) string {
	return fmt.Sprintf(`(SELECT m.n || ' ' || ifnull(m.units, '') FROM checkin_totals m
		WHERE m.goal_id = g.id AND m.period_key %s ?%d ORDER BY m.period_key DESC LIMIT 1)`, op, n)
}

// qReviewSumsOfGoals is qReviewSums of the goals of the JSON array ?10
// only, found by their IDs (see qTotalsAsOfGoals).
var qReviewSumsOfGoals = strings.Replace(qReviewSums, "WHERE g.cadence = ?7",
	"WHERE g.id IN (SELECT value FROM json_each(?10)) AND g.cadence = ?7", 1)

// reviewSums reads the sums of the goals whose totals give them exactly
// (qReviewSums), by cadence, through the store's cache of them
// (live_cache.go); none on a schema without them.
func (s *Store) reviewSums(ctx context.Context, t *tx, cal app.Calendar, goals []app.Goal, p app.Period, asOf app.Date,
	keys [2]string, stale []int64) (map[int64]app.ReviewSums, error) {
	out := make(map[int64]app.ReviewSums, len(goals))
	if t.hot[qReviewSums] == nil {
		return out, nil
	}
	seen := map[app.Cadence]bool{}
	for _, g := range goals {
		if seen[g.Cadence] {
			continue
		}
		seen[g.Cadence] = true
		if err := s.cadenceSums(ctx, t, cal, g.Cadence, p, asOf, keys, stale, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// cadenceSums adds the sums of the goals of cadence c to out; those of
// stale goals are read again next time (the query leaves them out).
func (s *Store) cadenceSums(ctx context.Context, t *tx, cal app.Calendar, c app.Cadence, p app.Period, asOf app.Date,
	keys [2]string, stale []int64, out map[int64]app.ReviewSums) error {
	args := make([]any, 0, 10)
	qs := app.ReviewSumPeriods(cal, p)
	for i, q := range qs {
		lo, hi, ok := app.ReviewSumRange(cal, c, q, asOf)
		if !ok || i == 2 && q == qs[1] { // a year's previous period is the year before: read it once
			// No range, a sum of nothing: NULL bounds, which SQLite
			// tests before it searches (an empty key found each goal's
			// first page of totals, a page read for nothing a goal).
			args = append(args, nil, nil)
			continue
		}
		args = append(args, lo, hi)
	}
	args = append(args, string(c), keys[0], keys[1])
	table := func(c *liveCache) *liveTable[app.ReviewSums] { return &c.sums }
	key := keptSumsKey(c, args)
	return cachedRead(ctx, s, t, table, key, stale, keptSumsSeed(ctx, t, key), func(ids []int64) (map[int64]app.ReviewSums, error) {
		if ids == nil {
			return readCadenceSums(ctx, t, qReviewSums, args, qs[2] == qs[1])
		}
		return readCadenceSums(ctx, t, qReviewSumsOfGoals, append(args[:len(args):len(args)], goalsJSON(ids)), qs[2] == qs[1])
	}, func(sums map[int64]app.ReviewSums) {
		for id, sum := range sums {
			out[id] = sum
		}
	})
}

// readCadenceSums runs q, qReviewSums or qReviewSumsOfGoals; sameLast
// says the third range is the second's. A goal is left out unless each
// range adds nothing or its end's units are exact (then so are those
// before it).
func readCadenceSums(ctx context.Context, t *tx, q string, args []any, sameLast bool) (map[int64]app.ReviewSums, error) {
	rows, err := t.query(ctx, q, args...)
	if err != nil {
		return nil, wrapf(err, "read review sums")
	}
	defer rows.Close()
	out := map[int64]app.ReviewSums{}
	for rows.Next() {
		var id int64
		var dec int
		var ends [6]sql.NullString // a range's first and last: NULL where no row is
		if err := rows.Scan(&id, &dec, &ends[0], &ends[1], &ends[2], &ends[3], &ends[4], &ends[5]); err != nil {
			return nil, wrapf(err, "read review sums")
		}
		s, ok, err := reviewSumsOf(ends, dec)
		if err != nil {
			return nil, wrapf(err, "read review sums of goal %d", id)
		}
		if !ok {
			continue
		}
		if sameLast {
			s[2] = s[1]
		}
		out[id] = s
	}
	return out, wrapf(rows.Err(), "read review sums")
}

// reviewSumsOf is the sums of three ranges from the totals at their ends
// (qReviewSums), false when a range adds up values whose units are not
// exact.
func reviewSumsOf(ends [6]sql.NullString, dec int) (app.ReviewSums, bool, error) {
	var s app.ReviewSums
	for i := range s {
		a, err := parseTotalsEnd(ends[2*i])
		if err != nil {
			return s, false, err
		}
		b, err := parseTotalsEnd(ends[2*i+1])
		if err != nil {
			return s, false, err
		}
		if b.n == a.n {
			continue // nothing added: a sum of nothing
		}
		if !b.exact {
			return s, false, nil
		}
		s[i] = app.PeriodSum{Count: b.n - a.n, Sum: app.UnitsValue(b.units-a.units, dec)}
	}
	return s, true, nil
}

// totalsAt is a goal's running totals at one end of a range: none (zero,
// exact) where no totals row is.
type totalsAt struct {
	n     int
	units int64
	exact bool
}

// parseTotalsEnd reads the "n units" text of qReviewSums' columns.
func parseTotalsEnd(v sql.NullString) (totalsAt, error) {
	if !v.Valid {
		return totalsAt{exact: true}, nil
	}
	n, units, ok := strings.Cut(v.String, " ")
	if !ok {
		return totalsAt{}, fmt.Errorf("totals %q", v.String)
	}
	var at totalsAt
	var err error
	if at.n, err = strconv.Atoi(n); err != nil {
		return totalsAt{}, fmt.Errorf("totals %q: %w", v.String, err)
	}
	if units == "" {
		return at, nil
	}
	at.units, err = strconv.ParseInt(units, 10, 64)
	at.exact = err == nil
	return at, wrapf(err, "totals %q", v.String)
}
