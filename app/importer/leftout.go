package importer

import (
	"slices"
	"sort"
	"time"

	"pacer/app"
	"pacer/app/notation"
)

// LeftOutPeriod is a period an import does not write because a row that
// could not be read falls in it: written without the row, its value would
// be short, and nothing would say so. The stored value, if any, stays.
//
// A rejected row falls in the period its date puts it in for its goal (a
// row naming no goal, in that period of every chosen goal), and in every
// period of the file that its span overlaps when it has no period of its
// own (a month for a weekly goal). A row whose date cannot be read could
// be in any period: its goal is left out whole (every chosen goal for a
// row naming no goal), unless it is an accounting period that is no
// month, which falls in the periods of its year, or a month refused as
// 2023.1, which falls in January and October (taintUndated). A row
// naming no goal, or a whole goal, is listed only where the file has
// values that are left out with it.
type LeftOutPeriod struct {
	GoalID int64
	// PeriodKey is "" when every period of the goal is left out.
	PeriodKey string
	History   bool
	// Rows are the rejected rows that fall in the period, 1-based as in
	// RejectedRow, in file order.
	Rows []int
	// Values counts the values read for the period that are not written.
	Values int
	// Stored is true when the goal has a value for the period (Old), which
	// the import keeps.
	Stored bool
	Old    float64
}

// RejectedRows counts the rows that could not be read, a wide row with
// several bad cells once.
func (p ImportPlan) RejectedRows() int {
	n, last := 0, 0
	for _, r := range p.Rejected {
		if r.Row != last {
			n++
		}
		last = r.Row
	}
	return n
}

// Import is the plan as data.Store.ApplyImport takes it. Without rows that
// could not be read the store writes it whole; with them it writes nothing
// unless without is true, the user's choice to import without those rows:
// then it writes Periods, and nothing in LeftOut.
func (p ImportPlan) Import(without bool) app.Import {
	imp := app.Import{CheckIns: p.CheckIns, History: p.History, Rejected: p.RejectedRows(), WithoutRejected: without,
		Breakdown: p.Breakdown}
	for _, lo := range p.LeftOut {
		imp.LeftOut = append(imp.LeftOut, app.ImportGap{GoalID: lo.GoalID, PeriodKey: lo.PeriodKey, History: lo.History})
	}
	return imp
}

// taint is the rejected rows that fall in a period, or in every period of
// a goal.
type taint struct {
	rows []int
	// direct is true when a row names the goal; false when it names no
	// goal and so falls in each chosen goal's period.
	direct bool
}

// spanTaint is a rejected row of a goal that has no period of its own: it
// falls in the file's periods of the goal that overlap its days.
type spanTaint struct {
	goalID      int64
	first, last int // day numbers
	row         int
	direct      bool
}

// taintOf adds row n to the taint of k in m.
func taintOf[K comparable](m map[K]*taint, k K, n int, direct bool) {
	t := m[k]
	if t == nil {
		t = &taint{}
		m[k] = t
	}
	t.rows = append(t.rows, n)
	t.direct = t.direct || direct
}

// taintRow records that rejected row n, dated d, falls in its period of g.
func (pl *importPlanner) taintRow(g *app.Goal, d rowDate, n int, direct bool) {
	if g == nil {
		return
	}
	if key, e := pl.place(g, d); e == nil {
		taintOf(pl.taints, key, n, direct)
		return
	}
	pl.spans = append(pl.spans, spanTaint{goalID: g.ID, first: d.first, last: d.last, row: n, direct: direct})
}

// taintUndated records that rejected row n, whose date cell c holds no
// date, falls in the periods of goal id it may belong to. An accounting
// period that is no month still names its year (2023年第13期, the year's
// adjustments after its close; 第0期, its opening balances): the row
// falls in the periods of that year, as its values would once moved into
// one of its months, and an opening balance, the close of the year
// before, in that year's December too. A month refused as 2023.1, which
// could be January or October (dotMonth), falls in both. Any other row
// could be in any period of the goal.
func (pl *importPlanner) taintUndated(id int64, c Cell, n int, direct bool) {
	text := importCellText(c)
	if year, ok := pl.dotJanuary(c, text); ok && pl.goals[id] != nil {
		for _, d := range dotMonths(year, text) {
			pl.taintRow(pl.goals[id], d, n, direct)
		}
		return
	}
	year, period, ok := notation.AccountingPeriod(text)
	if g := pl.goals[id]; g != nil && ok && (period < 1 || period > 12) {
		first, last := app.NewDate(year, time.January, 1), app.NewDate(year, time.December, 31)
		if period == 0 {
			first = app.NewDate(year-1, time.December, 1)
		}
		// The days of the year, not its history period: its months'.
		pl.spans = append(pl.spans, spanTaint{goalID: id, first: first.DayNumber(), last: last.DayNumber(), row: n, direct: direct})
		return
	}
	pl.taintGoal(id, n, direct)
}

// taintGoal records that rejected row n, whose date cannot be read, falls
// in every period of goal id.
func (pl *importPlanner) taintGoal(id int64, n int, direct bool) {
	if pl.goals[id] != nil {
		taintOf(pl.whole, id, n, direct)
	}
}

// leftOutSet is the LeftOut of a plan and the bucket keys it covers.
type leftOutSet struct {
	list  []LeftOutPeriod
	goals map[int64]bool
	keys  map[bucketKey]bool
}

func (s leftOutSet) has(k bucketKey) bool { return s.goals[k.goalID] || s.keys[k] }

// leftOut works out the periods the rejected rows fall in, among the
// buckets keys (sorted) and the stored values old.
func (pl *importPlanner) leftOut(keys []bucketKey, old map[storedKey]float64) leftOutSet {
	byGoal := pl.taintSpans(keys)
	set := leftOutSet{goals: map[int64]bool{}, keys: map[bucketKey]bool{}}
	entries := map[bucketKey]*LeftOutPeriod{} // a whole goal under bucketKey{goalID: id}
	for id, t := range pl.whole {
		if t.direct || len(byGoal[id]) > 0 {
			set.goals[id] = true
			entries[bucketKey{goalID: id}] = &LeftOutPeriod{GoalID: id, Rows: t.rows}
		}
	}
	for k, t := range pl.taints {
		if w := entries[bucketKey{goalID: k.goalID}]; w != nil {
			w.Rows = append(w.Rows, t.rows...)
		} else if _, ok := pl.buckets[k]; t.direct || ok {
			set.keys[k] = true
			lo := &LeftOutPeriod{GoalID: k.goalID, PeriodKey: k.p.Key(), History: k.history, Rows: t.rows}
			lo.Old, lo.Stored = old[storedKey{k.goalID, k.history, lo.PeriodKey}]
			entries[k] = lo
		}
	}
	for _, k := range keys {
		if w := entries[bucketKey{goalID: k.goalID}]; w != nil {
			w.Values += pl.buckets[k].rows
		} else if lo := entries[k]; lo != nil {
			lo.Values += pl.buckets[k].rows
		}
	}
	set.list = sortedLeftOut(entries)
	return set
}

// taintSpans adds the rows of pl.spans to the periods of keys (sorted)
// their days overlap, and returns keys by goal.
func (pl *importPlanner) taintSpans(keys []bucketKey) map[int64][]bucketKey {
	byGoal := map[int64][]bucketKey{}
	for _, k := range keys {
		byGoal[k.goalID] = append(byGoal[k.goalID], k)
	}
	for _, sp := range pl.spans {
		for _, k := range byGoal[sp.goalID] {
			if pl.cal.FirstDay(k.p) <= sp.last && pl.cal.LastDay(k.p) >= sp.first {
				taintOf(pl.taints, k, sp.row, sp.direct)
			}
		}
	}
	return byGoal
}

// sortedLeftOut lists entries by goal ID, a whole goal first, check-ins
// before history, then in period order, each with its rows sorted once.
func sortedLeftOut(entries map[bucketKey]*LeftOutPeriod) []LeftOutPeriod {
	keys := make([]bucketKey, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.goalID != b.goalID || a.p.Valid() != b.p.Valid() {
			return a.goalID < b.goalID || a.goalID == b.goalID && !a.p.Valid()
		}
		if a.history != b.history {
			return !a.history
		}
		return app.PeriodLess(a.p, b.p)
	})
	list := make([]LeftOutPeriod, 0, len(keys))
	for _, k := range keys {
		lo := *entries[k]
		slices.Sort(lo.Rows)
		lo.Rows = slices.Compact(lo.Rows)
		list = append(list, lo)
	}
	return list
}
