package data

import (
	"context"
	"encoding/json"
	"slices"
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
var qReportedInSpans = `
	SELECT s.id,
		coalesce((SELECT t.n FROM checkin_totals t WHERE t.goal_id = s.id AND t.period_key < s.first
			ORDER BY t.period_key DESC LIMIT 1), 0),
		coalesce((SELECT t.n FROM checkin_totals t WHERE t.goal_id = s.id AND t.period_key <= s.overdue
			ORDER BY t.period_key DESC LIMIT 1), 0),
		coalesce((SELECT t.n || ' ' || t.period_key FROM checkin_totals t WHERE t.goal_id = s.id AND t.period_key <= s.due
			ORDER BY t.period_key DESC LIMIT 1), '0 ')
	FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS first,
			json_extract(value, '$[2]') AS overdue, json_extract(value, '$[3]') AS due FROM json_each(?1)) s
	WHERE NOT EXISTS (SELECT 1 FROM checkin_totals_stale x WHERE x.goal_id = s.id)` + notWaiting("s.id")

// DueCounts counts, for each goal of spans (app.DueSpanOf), its check-ins
// due and overdue that no check-in reports, from the running totals:
// the dashboard's banner read every check-in for it (ReportedPeriods),
// 31 ms at 200 goals and 0.6–1.1 s at 2,000 (158 MB), holding the store's
// one connection meanwhile. A goal whose totals are being recomputed is
// missing from the map; app.DueCheckIns over ReportedPeriods counts it.
//
// The counts go through the store's cache of reads (live_cache.go), kept
// with the span each was counted for: the banner and the Check-ins screen
// count every goal on each refresh (20 ms at 2,000 goals of ten years),
// and after a check-in only its goal is counted again.
func (s *Store) DueCounts(ctx context.Context, spans map[int64]app.DueSpan) (map[int64]app.DueCount, error) {
	out := map[int64]app.DueCount{}
	if !anyDue(spans) {
		return out, nil
	}
	s.armLive(ctx)
	t, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer t.Rollback()
	stale, err := staleGoals(ctx, t)
	if err != nil {
		return nil, err
	}
	table := func(c *liveCache) *liveTable[dueRow] { return &c.due }
	var again error
	err = cachedRead(ctx, s, t, table, "due", stale, nil, func(ids []int64) (map[int64]dueRow, error) {
		return readDueCounts(ctx, t, spansOf(spans, ids))
	}, func(rows map[int64]dueRow) {
		// A goal counted for another span (its dates, the day) is counted
		// again for this one, and kept so.
		recount := map[int64]app.DueSpan{}
		for id, sp := range spans {
			if r, ok := rows[id]; ok && r.span == sp {
				out[id] = r.count
			} else if sp.Due > 0 && !slices.Contains(stale, id) {
				recount[id] = sp
			}
		}
		if len(recount) == 0 {
			return
		}
		counted, err := readDueCounts(ctx, t, recount)
		again = err
		for id, r := range counted {
			rows[id], out[id] = r, r.count
		}
	})
	if err == nil {
		err = again
	}
	return out, err
}

// anyDue tells whether a span of spans has a check-in due.
func anyDue(spans map[int64]app.DueSpan) bool {
	for _, sp := range spans {
		if sp.Due > 0 {
			return true
		}
	}
	return false
}

// dueRow is a goal's due count with the span it was counted for.
type dueRow struct {
	span  app.DueSpan
	count app.DueCount
}

// spansOf is the spans of the goals of ids with check-ins due; of every
// goal for nil ids.
func spansOf(spans map[int64]app.DueSpan, ids []int64) map[int64]app.DueSpan {
	out := make(map[int64]app.DueSpan, len(ids))
	if ids == nil {
		for id, sp := range spans {
			out[id] = sp
		}
	}
	for _, id := range ids {
		if sp, ok := spans[id]; ok {
			out[id] = sp
		}
	}
	return out
}

// readDueCounts counts the check-ins due of each goal of spans with some
// due (qReportedInSpans), but for those whose totals are stale.
func readDueCounts(ctx context.Context, t *tx, spans map[int64]app.DueSpan) (map[int64]dueRow, error) {
	out := map[int64]dueRow{}
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
		out[r.id] = dueRow{span: sp, count: c}
	}
	return out, nil
}
