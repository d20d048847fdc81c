package importer

import (
	"math"
	"sort"
	"strconv"

	"pacer/app"
	"pacer/app/notation"
)

// bucketKey names the period a value rolls up into.
type bucketKey struct {
	goalID  int64
	history bool
	p       app.Period
}

// bucket accumulates the values of one period. Flow sums are kept in units
// of the goal's last decimal, as integers, so that 100,000 values of two
// decimals add up exactly; fsum takes over beyond 2^53.
type bucket struct {
	g       *app.Goal
	sum     int64
	exact   bool
	fsum    float64
	from    int // day numbers covered
	through int
	rows    int
	row     int // the first row, for an overflow message
	// latest is a level goal's value at the latest moment so far
	// (noteLatest), of the last row of that moment in the file, and
	// latestFirst of its first.
	latest, latestFirst float64
	latestAt            int64
	// days are the rows dated by a day, spans those dated by a span of
	// days (a week, a month, a quarter), each with its value in units of
	// the goal's last decimal (rejectSubtotals).
	days  []dayUnits
	spans []spanRow
	// dims are the sums of the period's dimension values, one map a
	// column of importPlanner.dimCols (addDimensions).
	dims []map[string]*dimSum
}

// add puts value v of row n, dated d, into its period of goal g, or says
// why it cannot. counted is false, with no error, for a row dated outside
// the goal's span in its first or last period (OutsideSpan).
func (pl *importPlanner) add(g *app.Goal, n int, v float64, d rowDate) (counted bool, _ *app.Error) {
	key, e := pl.placeKept(g, d)
	if e == errOutsideSpan {
		pl.plan.OutsideSpan++
		return false, nil
	}
	if e != nil {
		return false, e
	}
	b := pl.buckets[key]
	if b == nil {
		b = &bucket{g: g, exact: true, from: d.first, through: d.last, latestAt: math.MinInt64, row: n}
		pl.buckets[key] = b
	}
	b.noteSpan(n, v, d)
	b.rows++
	b.from, b.through = min(b.from, d.first), max(b.through, d.last)
	b.noteLatest(v, d)
	b.fsum += v
	if b.exact {
		units := math.Round(v * math.Pow10(g.Decimals))
		if math.Abs(units) < 1<<53 && math.Abs(float64(b.sum)+units) < 1<<53 {
			b.sum += int64(units)
		} else {
			b.exact = false
		}
	}
	pl.addDimensions(g, b, v)
	return true, nil
}

// errOutsideSpan is place's answer for a row dated wholly before the
// goal's start or after its end inside its first or last check-in period:
// the goal's plan asks nothing of those days (a goal from 25 January is
// planned January's last week), so its check-in must not count them.
var errOutsideSpan = &app.Error{Code: app.EInvalid, Message: "dated outside the goal's span"}

// place is the period of goal g a row dated d goes to: the check-in period
// it falls in, or a history period before the goal starts. A row spanning
// more than one check-in period (a month for a weekly goal, a quarter
// reaching from before the start into it) is refused, as is one after the
// end or in a period that straddles the start. A row dated wholly outside
// the goal's span in its first or last check-in period goes to history
// when a history period holds it, and is otherwise errOutsideSpan.
func (pl *importPlanner) place(g *app.Goal, d rowDate) (bucketKey, *app.Error) {
	if g.Start.IsZero() || g.End.IsZero() {
		return bucketKey{}, notation.ImportError(msgImportGoalDates, nil, "Goal", g.Title)
	}
	cal := pl.cal
	cp := cal.PeriodOf(g.Cadence, app.DateOfDayNumber(d.first))
	if !cp.Valid() {
		return bucketKey{}, notation.ImportError(msgImportGoalDates, nil, "Goal", g.Title)
	}
	start, end := g.Start.DayNumber(), g.End.DayNumber()
	switch {
	case cal.FirstDay(cp) <= end && cal.LastDay(cp) >= start && (d.last < start || d.first > end):
		return pl.placeOutside(g, d)
	case cal.FirstDay(cp) <= end && cal.LastDay(cp) >= start:
		if cal.LastDay(cp) < d.last {
			return bucketKey{}, notation.ImportError(msgImportTooCoarse, nil, "Text", d.text, "Goal", g.Title)
		}
		return bucketKey{g.ID, false, cp}, nil
	case d.last < start:
		hp, ok := historyPeriod(cal, g, d, start)
		if !ok {
			return bucketKey{}, notation.ImportError(msgImportStraddle, nil, "Date", d.text, "Goal", g.Title, "Start", g.Start.String())
		}
		return bucketKey{g.ID, true, hp}, nil
	case d.first > end:
		return bucketKey{}, notation.ImportError(msgImportAfterEnd, nil, "Date", d.text, "Goal", g.Title, "End", g.End.String())
	}
	// cp ends before the start and the row reaches past it.
	return bucketKey{}, notation.ImportError(msgImportTooCoarse, nil, "Text", d.text, "Goal", g.Title)
}

// placeOutside is place of a row dated wholly outside goal g's span in
// its first or last check-in period: history when a history period holds
// it (the days before a goal's first week), errOutsideSpan otherwise.
func (pl *importPlanner) placeOutside(g *app.Goal, d rowDate) (bucketKey, *app.Error) {
	start := g.Start.DayNumber()
	if hp, ok := historyPeriod(pl.cal, g, d, start); ok && d.last < start {
		return bucketKey{g.ID, true, hp}, nil
	}
	return bucketKey{}, errOutsideSpan
}

// historyPeriod is the history period of a row dated d before the goal
// starts: the week, half or fiscal year when the row is one ISO week
// ("2022-W05"), one half (2022-H2, H2 2022) or one year (2021, FY2021) of
// the calendar, else a quarter when the goal is planned by quarters or
// the row is a quarter, else a month; a month when the quarter would
// overlap the start. ok is false when no such period ends before the
// start. A week stays a week: one that crosses a month end lies in no
// month, and its row was refused as overlapping the goal's start, with
// its months left out; history counts each week for the month it ends in
// (app.AnalyzeHistory), and halves and years as they are.
func historyPeriod(cal app.Calendar, g *app.Goal, d rowDate, start int) (app.Period, bool) {
	for _, c := range []app.Cadence{app.CadenceWeek, app.CadenceHalf, app.CadenceYear} {
		if p := cal.PeriodOf(c, app.DateOfDayNumber(d.first)); p.Valid() && cal.FirstDay(p) == d.first && cal.LastDay(p) == d.last {
			return p, d.last < start
		}
	}
	cads := []app.Cadence{app.CadenceMonth}
	switch {
	case d.prec == notation.PrecisionQuarter:
		cads = []app.Cadence{app.CadenceQuarter}
	case g.PlanBy == app.CadenceQuarter:
		cads = []app.Cadence{app.CadenceQuarter, app.CadenceMonth}
	}
	for _, c := range cads {
		p := cal.PeriodOf(c, app.DateOfDayNumber(d.first))
		if p.Valid() && cal.LastDay(p) >= d.last && cal.LastDay(p) < start {
			return p, true
		}
	}
	return app.Period{}, false
}

// finish turns the buckets into the plan, comparing them with the values
// already stored; the periods rejected rows fall in go to LeftOut.
func (pl *importPlanner) finish(existing app.Snapshot) ImportPlan {
	keys := make([]bucketKey, 0, len(pl.buckets))
	for k := range pl.buckets {
		keys = append(keys, k)
	}
	sortBucketKeys(keys)
	pl.rejectSubtotals(keys)
	values := pl.rejectOverflows(keys)
	pl.rejectHistoryTotals(keys, values)
	old := storedValues(existing)
	out := pl.leftOut(keys, old)
	plan := pl.plan
	plan.LeftOut = out.list
	for _, k := range keys {
		b := pl.buckets[k]
		if out.has(k) {
			plan.Values -= b.rows
			continue
		}
		ip := ImportPeriod{GoalID: k.goalID, PeriodKey: k.p.Key(), Value: values[k], History: k.history,
			Rows: b.rows, From: app.DateOfDayNumber(b.from), Through: app.DateOfDayNumber(b.through)}
		first, last := pl.cal.FirstDay(k.p), pl.cal.LastDay(k.p)
		if !k.history {
			first, last = max(first, b.g.Start.DayNumber()), min(last, b.g.End.DayNumber())
		}
		ip.Partial = b.from > first || b.through < last
		ip.Old, ip.Replaces = old[storedKey{k.goalID, k.history, ip.PeriodKey}]
		plan.Periods = append(plan.Periods, ip)
		if ip.Partial {
			plan.Partial++
		}
		if ip.Replaces {
			plan.Replaced++
		}
		if k.history {
			plan.History = append(plan.History, app.HistoryValue{GoalID: k.goalID, PeriodKey: ip.PeriodKey, Value: ip.Value})
		} else {
			plan.CheckIns = append(plan.CheckIns, app.CheckIn{GoalID: k.goalID, PeriodKey: ip.PeriodKey,
				Value: ip.Value, Confidence: DefaultImportConfidence})
		}
	}
	plan.Breakdown = pl.breakdown(func(k bucketKey) bool {
		_, ok := values[k]
		return ok && !out.has(k)
	})
	sort.SliceStable(plan.Rejected, func(i, j int) bool { return plan.Rejected[i].Row < plan.Rejected[j].Row })
	return plan
}

// sortBucketKeys sorts keys by goal ID, check-ins before history, then in
// period order.
func sortBucketKeys(keys []bucketKey) {
	sort.Slice(keys, func(i, j int) bool { return bucketLess(keys[i], keys[j]) })
}

// bucketLess orders bucket keys as sortBucketKeys does.
func bucketLess(a, b bucketKey) bool {
	if a.goalID != b.goalID {
		return a.goalID < b.goalID
	}
	if a.history != b.history {
		return !a.history
	}
	return app.PeriodLess(a.p, b.p)
}

// rejectOverflows works out the value of each bucket, rejecting the first
// row of a sum too large to hold, or of a milestone's sum other than 0 or
// 1: its period is then left out.
func (pl *importPlanner) rejectOverflows(keys []bucketKey) map[bucketKey]float64 {
	values := make(map[bucketKey]float64, len(keys))
	newestFirst := pl.steps.newestFirst()
	for _, k := range keys {
		b := pl.buckets[k]
		v, ok := b.value(newestFirst)
		msg, args := msgImportOverflow, map[string]any{"Period": k.p.Key(), "Goal": b.g.Title}
		if ok && app.CheckValue(b.g.Kind, v) != nil {
			// Rows of 0 or 1 each that add up to more: a flow
			// milestone's period is done or not, never done twice.
			ok, msg = false, msgImportMilestoneSum
			args["Value"] = strconv.FormatFloat(v, 'f', -1, 64)
		}
		if !ok {
			pl.plan.Rejected = append(pl.plan.Rejected, RejectedRow{Row: b.row, Column: -1, GoalID: k.goalID,
				Message: msg, Args: args})
			taintOf(pl.taints, k, b.row, true)
			continue
		}
		values[k] = v
	}
	return values
}

// value is the bucket's period value: the sum for a flow goal, rounded
// to the goal's decimals, and otherwise the value at the latest moment,
// of the last row of that moment in the file, or of the first when the
// file's dates run newest first; ok is false when a sum is too large to
// hold.
func (b *bucket) value(newestFirst bool) (float64, bool) {
	switch {
	case b.g.Aggregation == app.AggFlow:
	case newestFirst:
		return b.latestFirst, true
	default:
		return b.latest, true
	}
	if b.exact {
		return float64(b.sum) / math.Pow10(b.g.Decimals), true
	}
	v, err := app.RoundTo(b.fsum, b.g.Decimals)
	return v, err == nil
}

// storedKey names a stored check-in or history value.
type storedKey struct {
	goalID  int64
	history bool
	key     string
}

// storedValues indexes the check-ins and history of a snapshot.
func storedValues(s app.Snapshot) map[storedKey]float64 {
	m := map[storedKey]float64{}
	for id, cs := range s.CheckIns {
		for _, c := range cs {
			m[storedKey{id, false, c.PeriodKey}] = c.Value
		}
	}
	for id, hs := range s.History {
		for _, h := range hs {
			m[storedKey{id, true, h.PeriodKey}] = h.Value
		}
	}
	return m
}
