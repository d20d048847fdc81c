package data

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"pacer/app"
)

// qReportedInSpans reads, for each goal of the JSON array ?1 of [goal ID,
// first key, last overdue key, last due key] whose running totals are up
// to date, how many counted check-ins its totals hold before the first
// key, up to the last overdue key and up to the last due key: the
// differences count the check-ins reported in each span, three searches a
// goal however many check-ins it has; the last with its row's key, the
// latest reported up to the last due key. A check-in the totals leave out (of
// another cadence, or of a period that does not exist) is of no period
// that can fall due.
const qReportedInSpans = `
	SELECT s.id,
		coalesce((SELECT t.n FROM checkin_totals t WHERE t.goal_id = s.id AND t.period_key < s.first
			ORDER BY t.period_key DESC LIMIT 1), 0),
		coalesce((SELECT t.n FROM checkin_totals t WHERE t.goal_id = s.id AND t.period_key <= s.overdue
			ORDER BY t.period_key DESC LIMIT 1), 0),
		coalesce((SELECT t.n || ' ' || t.period_key FROM checkin_totals t WHERE t.goal_id = s.id AND t.period_key <= s.due
			ORDER BY t.period_key DESC LIMIT 1), '0 ')
	FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS first,
			json_extract(value, '$[2]') AS overdue, json_extract(value, '$[3]') AS due FROM json_each(?1)) s
	WHERE NOT EXISTS (SELECT 1 FROM checkin_totals_stale x WHERE x.goal_id = s.id)`

// DueCounts counts, for each goal of spans (app.DueSpanOf), its check-ins
// due and overdue that no check-in reports, from the running totals:
// the dashboard's banner read every check-in for it (ReportedPeriods),
// 31 ms at 200 goals and 0.6–1.1 s at 2,000 (158 MB), holding the store's
// one connection meanwhile. A goal whose totals are being recomputed is
// missing from the map; app.DueCheckIns over ReportedPeriods counts it.
func (s *Store) DueCounts(ctx context.Context, spans map[int64]app.DueSpan) (map[int64]app.DueCount, error) {
	out := map[int64]app.DueCount{}
	var arg [][4]any
	for id, sp := range spans {
		if sp.Due > 0 {
			arg = append(arg, [4]any{id, sp.First, sp.LastOverdue, sp.LastDue})
		}
	}
	if len(arg) == 0 {
		return out, nil
	}
	text, err := json.Marshal(arg)
	if err != nil {
		return nil, wrapf(err, "count due check-ins")
	}
	t, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer t.Rollback()
	type reported struct {
		id              int64
		before, overdue int
		upToDue         string // the count and the key
	}
	rows, err := queryAll(ctx, t, func(sc scanner) (reported, error) {
		var r reported
		return r, sc.Scan(&r.id, &r.before, &r.overdue, &r.upToDue)
	}, qReportedInSpans, string(text))
	if err != nil {
		return nil, wrapf(err, "count due check-ins")
	}
	for _, r := range rows {
		sp := spans[r.id]
		count, key, _ := strings.Cut(r.upToDue, " ")
		upToDue, err := strconv.Atoi(count)
		if err != nil {
			return nil, wrapf(err, "count due check-ins")
		}
		c := app.DueCount{Due: sp.Due - (upToDue - r.before)}
		if key >= sp.First {
			c.LastReported = key
		}
		if sp.Overdue > 0 {
			c.Overdue = sp.Overdue - (r.overdue - r.before)
		}
		out[r.id] = c
	}
	return out, nil
}
