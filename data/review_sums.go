package data

import (
	"context"
	"encoding/json"
	"pacer/app"
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
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.ReviewData{}, err
	}
	defer tx.Rollback()

	d := app.ReviewData{Snapshot: app.NewSnapshot(), Sums: map[int64]app.ReviewSums{}}
	if d.Goals, err = listGoals(ctx, tx, f); err != nil {
		return app.ReviewData{}, err
	}
	if err := readPlans(ctx, tx, d.Plans); err != nil {
		return app.ReviewData{}, err
	}
	keys := app.ReviewKeys(cal, p, asOf)
	if len(keys) == 0 {
		return d, nil
	}
	sums, err := reviewSums(ctx, tx, cal, d.Goals, p, asOf, [2]string{keys[0], keys[len(keys)-1]})
	if err != nil {
		return app.ReviewData{}, err
	}
	var need []int64
	d.Sums, need = app.ReviewSumsSuffice(cal, d.Goals, p, sums)
	if len(need) == 0 {
		return d, nil
	}
	ids, _ := json.Marshal(need) // int64s always marshal
	err = readValues(ctx, tx, &d.Snapshot, `goal_id IN (SELECT value FROM json_each(?)) AND period_key BETWEEN ? AND ?
		AND +period_key IN (SELECT value FROM json_each(?))`, []any{string(ids), keys[0], keys[len(keys)-1], jsonStrings(keys)})
	return d, err
}

// qReviewSums reads, for each goal of one cadence (?7) whose totals are
// up to date and which has neither a check-in its totals leave out nor a
// history value among the keys from ?8 to ?9, what its counted check-ins
// of three ranges of keys add up to: from ?1 to ?2, ?3 to ?4 and ?5 to ?6.
// Each is the difference of two totals rows, the latest before the range
// (a) and the latest up to its end (b), and the goal is left out unless
// that difference is exactly the sum added value by value: when nothing
// is added in the range, or only whole numbers are, to a total that is
// one, with every total below 2^52 in size (inexact counts the rows that
// are not), so that no addition rounds.
const qReviewSums = `
	SELECT id, b0n - a0n, b0t - a0t, b1n - a1n, b1t - a1t, b2n - a2n, b2t - a2t FROM (
		SELECT g.id,
			coalesce(a0.n, 0) a0n, coalesce(a0.total, 0.0) a0t, coalesce(a0.inexact, 0) a0i,
			coalesce(b0.n, 0) b0n, coalesce(b0.total, 0.0) b0t, coalesce(b0.inexact, 0) b0i,
			coalesce(a1.n, 0) a1n, coalesce(a1.total, 0.0) a1t, coalesce(a1.inexact, 0) a1i,
			coalesce(b1.n, 0) b1n, coalesce(b1.total, 0.0) b1t, coalesce(b1.inexact, 0) b1i,
			coalesce(a2.n, 0) a2n, coalesce(a2.total, 0.0) a2t, coalesce(a2.inexact, 0) a2i,
			coalesce(b2.n, 0) b2n, coalesce(b2.total, 0.0) b2t, coalesce(b2.inexact, 0) b2i
		FROM goals g
		LEFT JOIN checkin_totals a0 ON a0.rowid = (SELECT m.rowid FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key < ?1 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals b0 ON b0.rowid = (SELECT m.rowid FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key <= ?2 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals a1 ON a1.rowid = (SELECT m.rowid FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key < ?3 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals b1 ON b1.rowid = (SELECT m.rowid FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key <= ?4 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals a2 ON a2.rowid = (SELECT m.rowid FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key < ?5 ORDER BY m.period_key DESC LIMIT 1)
		LEFT JOIN checkin_totals b2 ON b2.rowid = (SELECT m.rowid FROM checkin_totals m
			WHERE m.goal_id = g.id AND m.period_key <= ?6 ORDER BY m.period_key DESC LIMIT 1)
		WHERE g.cadence = ?7
		  AND NOT EXISTS (SELECT 1 FROM checkin_totals_stale s WHERE s.goal_id = g.id)
		  AND NOT EXISTS (SELECT 1 FROM checkin_uncounted u WHERE u.goal_id = g.id AND u.period_key BETWEEN ?8 AND ?9)
		  AND NOT EXISTS (SELECT 1 FROM history_values h WHERE h.goal_id = g.id AND h.period_key BETWEEN ?8 AND ?9))
	WHERE (b0n = a0n OR b0i = a0i AND a0t = round(a0t) AND abs(a0t) < 4503599627370496.0)
	  AND (b1n = a1n OR b1i = a1i AND a1t = round(a1t) AND abs(a1t) < 4503599627370496.0)
	  AND (b2n = a2n OR b2i = a2i AND a2t = round(a2t) AND abs(a2t) < 4503599627370496.0)`

// reviewSums reads the sums of the goals whose totals give them exactly
// (qReviewSums), by cadence; none on a schema without them.
func reviewSums(ctx context.Context, t *tx, cal app.Calendar, goals []app.Goal, p app.Period, asOf app.Date,
	keys [2]string) (map[int64]app.ReviewSums, error) {
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
		if err := cadenceSums(ctx, t, cal, g.Cadence, p, asOf, keys, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// cadenceSums adds the sums of the goals of cadence c to out.
func cadenceSums(ctx context.Context, t *tx, cal app.Calendar, c app.Cadence, p app.Period, asOf app.Date,
	keys [2]string, out map[int64]app.ReviewSums) error {
	args := make([]any, 0, 9)
	qs := app.ReviewSumPeriods(cal, p)
	for i, q := range qs {
		lo, hi, _ := app.ReviewSumRange(cal, c, q, asOf) // "", "": no row, a sum of nothing
		if i == 2 && q == qs[1] {
			lo, hi = "", "" // a year's previous period is the year before: read it once
		}
		args = append(args, lo, hi)
	}
	args = append(args, string(c), keys[0], keys[1])
	rows, err := t.query(ctx, qReviewSums, args...)
	if err != nil {
		return wrapf(err, "read review sums")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var s app.ReviewSums
		if err := rows.Scan(&id, &s[0].Count, &s[0].Sum, &s[1].Count, &s[1].Sum, &s[2].Count, &s[2].Sum); err != nil {
			return wrapf(err, "read review sums")
		}
		if qs[2] == qs[1] {
			s[2] = s[1]
		}
		out[id] = s
	}
	return wrapf(rows.Err(), "read review sums")
}
