package app_test

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// reviewTestStore is a store of goals of every kind and cadence from
// 2021-03 to 2024-06, with gaps in their check-ins, history before they
// start (some by week, with gaps), one goal with no plan, and one whose check-ins mix cadences and
// include a key that is no period.
func reviewTestStore(t *testing.T) *data.Store {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(t.TempDir(), "review.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	cal := app.Calendar{}
	start, end := app.NewDate(2021, 3, 1), app.NewDate(2024, 6, 30)
	seed := uint32(7)
	next := func(n int) float64 { // a small deterministic pseudo-random number
		seed = seed*1664525 + 1013904223
		return float64(int(seed>>8) % n)
	}
	type spec struct {
		kind    app.Kind
		agg     app.Aggregation
		unit    app.Unit
		cadence app.Cadence
		planBy  app.Cadence
		noPlan  bool
		gap     int               // every gap-th check-in period is missing
		extra   []string          // check-ins keyed otherwise than by cadence
		history app.Cadence       // the cadence of values from before the start
		base    *float64          // the baseline
		value   func(int) float64 // the check-in value of the i-th period
	}
	base := 50.0
	specs := []spec{
		{kind: app.KindIncrease, agg: app.AggFlow, unit: app.UnitCurrency, cadence: app.CadenceWeek, planBy: app.CadenceQuarter,
			gap: 6, history: app.CadenceMonth, value: func(int) float64 { return 80 + next(40) + next(100)/100 }},
		{kind: app.KindIncrease, agg: app.AggLevel, unit: app.UnitCount, cadence: app.CadenceMonth, planBy: app.CadenceMonth,
			gap: 4, history: app.CadenceQuarter, base: &base, value: func(i int) float64 { return base + float64(i)*2 + next(5) }},
		{kind: app.KindDecrease, agg: app.AggFlow, unit: app.UnitCount, cadence: app.CadenceQuarter, planBy: app.CadenceQuarter,
			noPlan: true, gap: 5, history: app.CadenceQuarter, value: func(int) float64 { return 300 - next(60) }},
		{kind: app.KindStayAbove, agg: app.AggLevel, unit: app.UnitPercent, cadence: app.CadenceWeek, planBy: app.CadenceMonth,
			gap: 9, value: func(int) float64 { return 90 + next(10) + next(10)/10 }},
		{kind: app.KindStayBelow, agg: app.AggFlow, unit: app.UnitCount, cadence: app.CadenceMonth, planBy: app.CadenceMonth,
			gap: 7, history: app.CadenceWeek, value: func(int) float64 { return 10 + next(10) }},
		{kind: app.KindMilestone, agg: app.AggLevel, unit: app.UnitCount, cadence: app.CadenceMonth, planBy: app.CadenceQuarter,
			gap: 3, value: func(i int) float64 { return min(1, float64(i/30)) }},
		{kind: app.KindIncrease, agg: app.AggLevel, unit: app.UnitPercent, cadence: app.CadenceQuarter, planBy: app.CadenceHalf,
			gap: 4, history: app.CadenceYear, base: &base, value: func(i int) float64 { return base + float64(i) + next(30)/10 }},
		{kind: app.KindIncrease, agg: app.AggFlow, unit: app.UnitCount, cadence: app.CadenceHalf, planBy: app.CadenceYear,
			gap: 4, value: func(int) float64 { return 500 + next(100) }},
		{kind: app.KindIncrease, agg: app.AggFlow, unit: app.UnitCurrency, cadence: app.CadenceMonth, planBy: app.CadenceQuarter,
			gap: 5, history: app.CadenceWeek, value: func(int) float64 { return 400 + next(200) + next(100)/100 }},
		{kind: app.KindIncrease, agg: app.AggFlow, unit: app.UnitCount, cadence: app.CadenceWeek, planBy: app.CadenceMonth,
			gap: 11, value: func(int) float64 { return 20 + next(10) },
			extra: []string{"2022-Q2", "2023-Q2", "2023-Q3", "2022", "2023-07", "2023-H2", "2024-03"}},
	}
	for i, sp := range specs {
		g := app.Goal{Title: fmt.Sprintf("Goal %d %s %s %s", i, sp.kind, sp.agg, sp.cadence), Perspective: app.PerspectiveFinancial,
			Kind: sp.kind, Unit: sp.unit, Aggregation: sp.agg, Decimals: 2, Baseline: sp.base, Target: 1000,
			Start: start, End: end, Cadence: sp.cadence, PlanBy: sp.planBy}
		switch sp.kind {
		case app.KindMilestone:
			g.Target = 1
		case app.KindStayAbove:
			g.Target = 93
		case app.KindStayBelow:
			g.Target = 15
		}
		setup := app.GoalSetup{Goal: &g}
		if !sp.noPlan {
			setup.Plan = app.SplitEven(cal, g, sp.planBy)
		}
		if sp.history != "" {
			for j, p := range cal.Periods(sp.history, app.NewDate(2019, 1, 1), app.NewDate(2021, 2, 28)) {
				if sp.history == app.CadenceWeek && j%40 == 39 {
					continue // a week not recorded: its month, quarter and year are not either
				}
				setup.History = append(setup.History, app.HistoryValue{PeriodKey: p.Key(), Value: 100 + next(50)})
			}
		}
		if err := s.SaveGoalSetup(ctx, setup); err != nil {
			t.Fatal(err)
		}
		var cs []app.CheckIn
		for j, p := range cal.Periods(sp.cadence, start, end) {
			if j%sp.gap != sp.gap-1 {
				cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: sp.value(j), Confidence: 5})
			}
		}
		if err := s.SaveCheckIns(ctx, cs); err != nil {
			t.Fatal(err)
		}
		for _, k := range sp.extra { // of other cadences: the store refuses them now
			addLegacyCheckIn(t, s, k, next(90))
		}
	}
	addLegacyCheckIn(t, s, "not a period", 42)
	return s
}

// addLegacyCheckIn gives the last goal of s a check-in of value keyed key,
// written straight into the file as Pacer did before the store checked
// periods: the screens must still read such files.
func addLegacyCheckIn(t *testing.T, s *data.Store, key string, value float64) {
	t.Helper()
	db, err := sql.Open("sqlite", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
		SELECT MAX(id), ?, ?, 5, '', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z' FROM goals`, key, value); err != nil {
		t.Fatal(err)
	}
}

// sameRows fails t unless got and want are the same rows, to the bit.
func sameRows(t *testing.T, what string, got, want []app.ReviewRow) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", what, len(got), len(want))
	}
	for i := range got {
		if !identical(reflect.ValueOf(got[i]), reflect.ValueOf(want[i])) {
			t.Fatalf("%s, row %d:\n got %+v\nwant %+v", what, i, got[i], want[i])
		}
	}
}

// identical is reflect.DeepEqual for the values of a ReviewRow, except
// that floats must have the same bits: 0 is not −0, and NaN is NaN.
func identical(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Float32, reflect.Float64:
		return math.Float64bits(a.Float()) == math.Float64bits(b.Float())
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return identical(a.Elem(), b.Elem())
	case reflect.Struct:
		if a.Type() == reflect.TypeFor[time.Time]() {
			return a.Interface().(time.Time).Equal(b.Interface().(time.Time))
		}
		for i := range a.NumField() {
			if !identical(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// periodOnly is full with only the check-ins and history values of the
// periods keys names, as PeriodSnapshot reads it.
func periodOnly(full app.Snapshot, keys []string) app.Snapshot {
	snap := app.Snapshot{Goals: full.Goals, Plans: full.Plans,
		CheckIns: map[int64][]app.CheckIn{}, History: map[int64][]app.HistoryValue{}}
	for id, cs := range full.CheckIns {
		for _, c := range cs {
			if slices.Contains(keys, c.PeriodKey) {
				snap.CheckIns[id] = append(snap.CheckIns[id], c)
			}
		}
	}
	for id, hs := range full.History {
		for _, h := range hs {
			if slices.Contains(keys, h.PeriodKey) {
				snap.History[id] = append(snap.History[id], h)
			}
		}
	}
	return snap
}

// TestReviewRowsOfPeriodSnapshot checks that the reviews screen's fast
// path, ReviewRows of a PeriodSnapshot of ReviewKeys, gives exactly the rows
// the old computation (refReviewRows) gives on the full snapshot, for
// every cadence of review, fiscal years starting in January, April and
// July, and days throughout the goals' spans; and that ReviewRows and
// ReviewGoalRows of the full snapshot do too. Every eighth review reads
// its PeriodSnapshot from the store, and checks that it is the full
// snapshot filtered by key, which the others use.
func TestReviewRowsOfPeriodSnapshot(t *testing.T) {
	s := reviewTestStore(t)
	ctx := context.Background()
	full, err := s.Snapshot(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, cal := range []app.Calendar{{}, {FiscalStart: time.April}, {FiscalStart: time.July}} {
		for i, day := 0, time.Date(2021, 2, 20, 0, 0, 0, 0, time.UTC); day.Year() < 2025; i, day = i+1, day.AddDate(0, 0, 61) {
			asOf := app.Date{Time: day}
			for _, c := range []app.Cadence{app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear} {
				periods := app.ReviewPeriods(cal, full.Goals, c, asOf)
				for _, p := range periods[:min(len(periods), 3)] {
					what := fmt.Sprintf("fiscal start %d, %s as of %s", cal.FiscalStart, p, asOf)
					want := app.RefReviewRows(cal, full, p, asOf, app.DefaultThresholds)
					sameRows(t, what+", full snapshot", app.ReviewRows(cal, full, p, asOf, app.DefaultThresholds), want)
					keys := app.ReviewKeys(cal, p, asOf)
					snap := periodOnly(full, keys)
					if checked%8 == 0 { // the store's reads are slow under -race
						read, err := s.PeriodSnapshot(ctx, app.GoalFilter{}, keys)
						if err != nil {
							t.Fatal(err)
						}
						if !reflect.DeepEqual(read, snap) {
							t.Fatalf("%s: PeriodSnapshot differs from the full snapshot filtered by key", what)
						}
					}
					d := app.ReviewData{Snapshot: snap, Latest: latestReported(cal, full, asOf)}
					sameRows(t, what+", period snapshot", app.ReviewRowsFrom(cal, d, p, asOf, app.DefaultThresholds), want)
					checked++
				}
			}
			for _, g := range full.Goals {
				if i%3 != 0 {
					break // every goal's quarters on every third day are enough
				}
				ps := cal.Periods(app.CadenceQuarter, g.Start, g.End)
				sameRows(t, fmt.Sprintf("%s by quarter as of %s", g.Title, asOf),
					app.ReviewGoalRows(cal, full, g.ID, ps, asOf, app.DefaultThresholds), app.RefReviewGoalRows(cal, full, g.ID, ps, asOf, app.DefaultThresholds))
			}
		}
	}
	if checked < 400 {
		t.Errorf("only %d reviews compared", checked)
	}
}

// TestReviewKeysMixedCadences checks the keys ReviewKeys adds beyond the
// periods a review looks up. The last goal of reviewTestStore is checked
// in weekly, and also for the fiscal quarter 2023-Q3, which with a July
// year runs from January to March 2024. On 15 October 2023 that quarter
// has not started, but in series order (by its last day in a January
// year, 30 September 2023) it comes before the weeks of October, two of
// which have: only check-ins before the quarter count, so those weeks do
// not. A snapshot of the periods the review of October looks up (October,
// September, October 2022 and the periods inside them) would count them.
func TestReviewKeysMixedCadences(t *testing.T) {
	s := reviewTestStore(t)
	ctx := context.Background()
	cal, asOf := app.Calendar{FiscalStart: time.July}, app.NewDate(2023, 10, 15)
	p := app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: 10}
	keys := app.ReviewKeys(cal, p, asOf)
	if !slices.Contains(keys, "2023-Q3") || !slices.Contains(keys, "2023-W40") {
		t.Fatalf("keys %v lack 2023-Q3 or 2023-W40", keys)
	}
	full, err := s.Snapshot(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := app.RefReviewRows(cal, full, p, asOf, app.DefaultThresholds)
	snap, err := s.PeriodSnapshot(ctx, app.GoalFilter{}, keys)
	if err != nil {
		t.Fatal(err)
	}
	sameRows(t, "with every key", app.ReviewRows(cal, snap, p, asOf, app.DefaultThresholds), want)

	var looked []string // the keys of periods inside those compared
	for _, k := range keys {
		q, _ := app.ParsePeriodKey(k)
		if cal.CountsIn(p, q) || cal.CountsIn(p.Prev(), q) || cal.CountsIn(cal.SameLastYear(p), q) {
			looked = append(looked, k)
		}
	}
	snap, err = s.PeriodSnapshot(ctx, app.GoalFilter{}, looked)
	if err != nil {
		t.Fatal(err)
	}
	rows := app.ReviewRows(cal, snap, p, asOf, app.DefaultThresholds)
	last := len(want) - 1
	if want[last].Reported != 0 || rows[last].Reported == 0 {
		t.Errorf("%s reports %d weeks, and %d without the cut's keys; want 0 and more: the test no longer shows why they are read",
			rows[last].Goal.Title, want[last].Reported, rows[last].Reported)
	}
}

func TestReviewKeys(t *testing.T) {
	q1 := app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 1}
	keys := app.ReviewKeys(app.Calendar{}, q1, app.NewDate(2023, 6, 30))
	// Week 52 of 2022 ends on 1 January, so counts for the quarter; week
	// 13 runs into April, and counts for it only as the last week of a
	// goal that ends by 31 March.
	for _, k := range []string{"2023-Q1", "2023-01", "2023-03", "2022-W52", "2023-W01", "2023-W12", "2023-W13", "2022-Q4", "2022-10", "2022-W40", "2022-Q1", "2022-W01"} {
		if !slices.Contains(keys, k) {
			t.Errorf("keys lack %s: %v", k, keys)
		}
	}
	// Week 14 is April's; the year holds more than the quarter.
	for _, k := range []string{"2023-W14", "2023", "2023-H1", "2023-04", "2022-Q2"} {
		if slices.Contains(keys, k) {
			t.Errorf("keys hold %s: %v", k, keys)
		}
	}
	if !slices.IsSorted(keys) {
		t.Errorf("keys not sorted: %v", keys)
	}
	if app.ReviewKeys(app.Calendar{}, app.Period{}, app.NewDate(2023, 6, 30)) != nil {
		t.Error("keys for an invalid period")
	}
}

// latestReported is what data.Store.Review reads into ReviewData.Latest:
// each goal's latest period of its cadence with a check-in started by asOf.
func latestReported(cal app.Calendar, snap app.Snapshot, asOf app.Date) map[int64]string {
	latest := map[int64]string{}
	for _, g := range snap.Goals {
		s := cal.StartedBy(app.Series(app.ValuesFromCheckIns(snap.CheckIns[g.ID]), g.Cadence), asOf)
		if len(s) > 0 {
			latest[g.ID] = s[len(s)-1].Period.Key()
		}
	}
	return latest
}
