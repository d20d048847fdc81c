package importer

import (
	"math"
	"sort"
	"strconv"

	"pacer/app"
	"pacer/app/notation"
)

// A history file may hold a year's or a half's total beside the months of
// that year (2022 above 2022-01 to 2022-12). The total and the months fall
// in different history periods (2022; the months, or their quarters), so
// rejectSubtotals, which compares the rows of one period, never sees them
// together, and both were imported: two figures for the same days.

// rejectHistoryTotals refuses the history rows of a sum goal whose period
// the goal's history periods inside it fill, each by shorter periods:
// equal to their sum, as their subtotal; else as a second figure for the
// same days. A total beside only some of its months is the only figure
// for the whole and kept. Periods are judged shortest first, and one
// refused is no part of a longer one (a year over halves over months).
// values are the buckets' values (rejectOverflows).
func (pl *importPlanner) rejectHistoryTotals(keys []bucketKey, values map[bucketKey]float64) {
	byGoal := map[int64][]bucketKey{}
	for _, k := range keys {
		b := pl.buckets[k]
		if k.history && k.p.Cadence != app.CadenceWeek && b.g.Aggregation == app.AggFlow && b.g.Kind != app.KindMilestone {
			byGoal[k.goalID] = append(byGoal[k.goalID], k)
		}
	}
	for _, ks := range byGoal {
		sort.SliceStable(ks, func(i, j int) bool { return pl.days(ks[i]) < pl.days(ks[j]) })
		var kept []bucketKey
		for _, k := range ks {
			parts, ok := pl.filledBy(k, kept)
			if !ok {
				kept = append(kept, k)
				continue
			}
			pl.rejectHistoryTotal(k, parts, values)
		}
	}
}

// days is the number of days of k's period.
func (pl *importPlanner) days(k bucketKey) int {
	return pl.cal.LastDay(k.p) - pl.cal.FirstDay(k.p) + 1
}

// filledBy is the periods of kept, shorter than k's and none inside
// another of them, that lie inside k's period, and whether they fill it.
func (pl *importPlanner) filledBy(k bucketKey, kept []bucketKey) ([]bucketKey, bool) {
	inside := func(a, b bucketKey) bool {
		return pl.cal.FirstDay(a.p) >= pl.cal.FirstDay(b.p) && pl.cal.LastDay(a.p) <= pl.cal.LastDay(b.p)
	}
	var parts []bucketKey
	days := 0
	for i, j := range kept {
		if !inside(j, k) || pl.days(j) >= pl.days(k) || pl.within(j, kept[i+1:], inside) {
			continue
		}
		parts = append(parts, j)
		days += pl.days(j)
	}
	return parts, len(parts) > 0 && days == pl.days(k)
}

// within reports whether j lies inside one of longer, the kept periods
// after it, which are no shorter.
func (pl *importPlanner) within(j bucketKey, longer []bucketKey, inside func(a, b bucketKey) bool) bool {
	for _, l := range longer {
		if pl.days(l) > pl.days(j) && inside(j, l) {
			return true
		}
	}
	return false
}

// rejectHistoryTotal refuses the rows of bucket k, whose period parts
// fill, and leaves its period out: as their subtotal when its value is
// their sum, else as a second figure for their days. A bucket some of
// whose rows it holds no span of (a value too large to compare) is kept.
func (pl *importPlanner) rejectHistoryTotal(k bucketKey, parts []bucketKey, values map[bucketKey]float64) {
	b := pl.buckets[k]
	v, ok := values[k]
	sum := 0.0
	for _, j := range parts {
		p, found := values[j]
		ok, sum = ok && found, sum+p
	}
	if !ok || len(b.spans) != b.rows {
		return
	}
	msg := msgImportSpanSubtotal
	args := []string{"Goal", b.g.Title}
	if math.Abs(sum-v) > 1e-9*math.Max(1, math.Abs(v)) {
		msg = msgImportHistoryTotal
		args = append(args, "Value", strconv.FormatFloat(v, 'f', -1, 64), "Sum", strconv.FormatFloat(sum, 'f', -1, 64))
	}
	for _, s := range b.spans {
		pl.reject(s.n, pl.m.DateColumn, b.g.ID, notation.ImportError(msg, nil, append(args, "Text", s.d.text)...))
		pl.taintRow(b.g, s.d, s.n, true)
	}
}
