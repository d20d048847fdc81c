package data

import (
	"context"
	"database/sql"
	"fmt"
	"pacer/app"
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
	d.Sums, need = app.ReviewSumsSuffice(cal, d.Goals, p, sums)
	if len(need) == 0 {
		return d, nil
	}
	err = readValues(ctx, tx, &d.Snapshot, `goal_id IN (SELECT value FROM json_each(?)) AND period_key BETWEEN ? AND ?
		AND +period_key IN (SELECT value FROM json_each(?))`, []any{goalsJSON(need), keys[0], keys[len(keys)-1], jsonStrings(keys)})
	return d, err
}

// qReviewSums reads, for each goal of one cadence (?7) whose totals are
// up to date and which has neither a check-in its totals leave out nor a
// history value among the keys from ?8 to ?9, what its counted check-ins
// of three ranges of keys add up to: from ?1 to ?2, ?3 to ?4 and ?5 to ?6,
// in units of the goal's last decimal (migration 13), with its decimals.
// Each is the difference of two totals rows, the latest before the range
// (a) and the latest up to its end (b), and the goal is left out unless
// nothing is added in the range or b's units are exact (then so are a's).
const qReviewSums = `
	SELECT id, decimals, b0n - a0n, b0u - a0u, b1n - a1n, b1u - a1u, b2n - a2n, b2u - a2u FROM (
		SELECT g.id, g.decimals,
			coalesce(a0.n, 0) a0n, iif(a0.n IS NULL, 0, a0.units) a0u, coalesce(b0.n, 0) b0n, iif(b0.n IS NULL, 0, b0.units) b0u,
			coalesce(a1.n, 0) a1n, iif(a1.n IS NULL, 0, a1.units) a1u, coalesce(b1.n, 0) b1n, iif(b1.n IS NULL, 0, b1.units) b1u,
			coalesce(a2.n, 0) a2n, iif(a2.n IS NULL, 0, a2.units) a2u, coalesce(b2.n, 0) b2n, iif(b2.n IS NULL, 0, b2.units) b2u
		FROM goals g
		LEFT JOIN checkin_totals a0 ON a0.goal_id = g.id AND a0.period_key = (SELECT m.period_key FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key < ?1 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals b0 ON b0.goal_id = g.id AND b0.period_key = (SELECT m.period_key FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key <= ?2 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals a1 ON a1.goal_id = g.id AND a1.period_key = (SELECT m.period_key FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key < ?3 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals b1 ON b1.goal_id = g.id AND b1.period_key = (SELECT m.period_key FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key <= ?4 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals a2 ON a2.goal_id = g.id AND a2.period_key = (SELECT m.period_key FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key < ?5 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals b2 ON b2.goal_id = g.id AND b2.period_key = (SELECT m.period_key FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key <= ?6 ORDER BY m.period_key DESC LIMIT 1)
		WHERE g.cadence = ?7
		  AND NOT EXISTS (SELECT 1 FROM checkin_totals_stale s WHERE s.goal_id = g.id)
		  AND NOT EXISTS (SELECT 1 FROM checkin_uncounted u WHERE u.goal_id = g.id AND u.period_key BETWEEN ?8 AND ?9)
		  AND NOT EXISTS (SELECT 1 FROM history_values h WHERE h.goal_id = g.id AND h.period_key BETWEEN ?8 AND ?9))
	WHERE (b0n = a0n OR b0u IS NOT NULL) AND (b1n = a1n OR b1u IS NOT NULL) AND (b2n = a2n OR b2u IS NOT NULL)`

// qReviewSumsOfGoals is qReviewSums of the goals of the JSON array ?10
// only, found by their IDs (see qTotalsAsOfGoals).
var qReviewSumsOfGoals = strings.Replace(qReviewSums, "WHERE g.cadence = ?7",
	"WHERE g.id IN (SELECT value FROM json_each(?10)) AND g.cadence = ?7", 1)

// reviewSums reads the sums of the goals whose totals give them exactly
// (qReviewSums), by cadence, through the store's cache of them
// (live_cache.go); none on a schema without them.
func (s *Store) reviewSums(ctx context.Context, t *tx, cal app.Calendar, goals []app.Goal, p app.Period, asOf app.Date,
	keys [2]string, stale []int64) (map[int64]app.ReviewSums, error) {
	out := map[int64]app.ReviewSums{}
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
	return cachedRead(ctx, s, t, table, fmt.Sprintf("%q", args), stale, func(ids []int64) (map[int64]app.ReviewSums, error) {
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
// says the third range is the second's.
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
		var s app.ReviewSums
		var units [3]sql.NullInt64 // NULL where nothing is added
		if err := rows.Scan(&id, &dec, &s[0].Count, &units[0], &s[1].Count, &units[1], &s[2].Count, &units[2]); err != nil {
			return nil, wrapf(err, "read review sums")
		}
		for i, u := range units {
			s[i].Sum = app.UnitsValue(u.Int64, dec)
		}
		if sameLast {
			s[2] = s[1]
		}
		out[id] = s
	}
	return out, wrapf(rows.Err(), "read review sums")
}
