// Package testkit holds the small helpers the tests of app's sub-packages
// share: dates and periods from text, float comparison, period values and
// plans from key-value lists, paired benchmarks and the Chinese words the
// app ships. Tests only.
package testkit

import (
	"encoding/json"
	"math"
	"regexp"
	"slices"
	"testing"
	"time"

	"pacer/app"
	"pacer/assets"
)

// Day parses a "2006-01-02" date or fails the test.
func Day(t testing.TB, s string) app.Date {
	t.Helper()
	d, err := app.ParseDate(s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

// Key parses a period key or fails the test.
func Key(t testing.TB, s string) app.Period {
	t.Helper()
	p, err := app.ParsePeriodKey(s)
	if err != nil {
		t.Fatalf("bad test period %q: %v", s, err)
	}
	return p
}

// Ptr returns a pointer to f.
func Ptr(f float64) *float64 { return &f }

// Near compares floats with a tolerance relative to their size.
func Near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// Vals builds period values from alternating keys and values.
func Vals(kv ...any) []app.PeriodValue {
	var vs []app.PeriodValue
	for i := 0; i+1 < len(kv); i += 2 {
		var f float64
		switch x := kv[i+1].(type) {
		case int:
			f = float64(x)
		case float64:
			f = x
		}
		vs = append(vs, app.PeriodValue{PeriodKey: kv[i].(string), Value: f})
	}
	return vs
}

// Plan builds period targets from alternating keys and values.
func Plan(kv ...any) []app.PeriodTarget {
	var pts []app.PeriodTarget
	for _, v := range Vals(kv...) {
		pts = append(pts, app.PeriodTarget{PeriodKey: v.PeriodKey, Target: v.Value})
	}
	return pts
}

// CheckIns builds check-ins of goal id from alternating keys and values.
func CheckIns(id int64, kv ...any) []app.CheckIn {
	var cs []app.CheckIn
	for _, v := range Vals(kv...) {
		cs = append(cs, app.CheckIn{GoalID: id, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	return cs
}

// April is a calendar whose fiscal year starts in April.
var April = app.Calendar{FiscalStart: 4}

// minTurns is the fewest runs benchTurns makes of each function, however
// long one takes: a median needs a few.
const minTurns = 9

// benchTurns runs each of fs once per iteration, rotating which goes
// first, for as long as b.Loop asks and at least minTurns times, and
// returns the median time of each. Run in turns, all see the same load on
// the machine; and a median, unlike go test's mean, is not doubled by one
// run that a busy machine stalled.
func benchTurns(b *testing.B, fs ...func(i int)) []time.Duration {
	times := make([][]time.Duration, len(fs))
	turn := func(i int) {
		for k := range fs {
			j := (i + k) % len(fs)
			t0 := time.Now()
			fs[j](i)
			times[j] = append(times[j], time.Since(t0))
		}
	}
	i := 0
	for ; b.Loop(); i++ {
		turn(i)
	}
	for ; i < minTurns; i++ {
		turn(i)
	}
	medians := make([]time.Duration, len(fs))
	for j, ts := range times {
		slices.Sort(ts)
		medians[j] = ts[len(ts)/2]
	}
	return medians
}

// BenchPair times subject and floor in turns and reports their medians:
// subject's as ns/op, floor's in unit.
func BenchPair(b *testing.B, unit string, subject, floor func(i int)) {
	m := benchTurns(b, subject, floor)
	b.ReportMetric(float64(m[0]), "ns/op")
	b.ReportMetric(float64(m[1]), unit)
}

// BenchMedian times f in turns and reports its median as ns/op.
func BenchMedian(b *testing.B, f func(i int)) {
	b.ReportMetric(float64(benchTurns(b, f)[0]), "ns/op")
}

// AnyAction matches any template action in a message; PlainAction, an
// action that only names a field ({{.Name}}).
var (
	AnyAction   = regexp.MustCompile(`\{\{.*?\}\}`)
	PlainAction = regexp.MustCompile(`^\{\{\.[A-Z]\w*\}\}$`)
)

// EffectGoal is a goal of 2023 with the given kind, aggregation, cadence
// (also its plan's), target and decimals, counted in units.
func EffectGoal(kind app.Kind, agg app.Aggregation, c app.Cadence, target float64, decimals int) app.Goal {
	return app.Goal{
		ID: 1, Kind: kind, Aggregation: agg, Cadence: c, PlanBy: c, Target: target, Decimals: decimals,
		Unit: app.UnitCount, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
	}
}

// MonthlyPlan plans v in each month of 2023.
func MonthlyPlan(v float64) []app.PeriodTarget {
	var plan []app.PeriodTarget
	for m := 1; m <= 12; m++ {
		plan = append(plan, app.PeriodTarget{PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: m}.Key(), Target: v})
	}
	return plan
}

// FloatsNear reports whether a and b have the same length and Near values.
func FloatsNear(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Near(a[i], b[i]) {
			return false
		}
	}
	return true
}

// CountOnPlanAsShown is a count of new customers planned at 4 a quarter
// and checked in by month, with January's 1 in: January expects 31/90 of
// 4, 1.378, shown "1", so January is on plan as shown.
func CountOnPlanAsShown(t testing.TB) app.Snapshot {
	g := app.Goal{ID: 1, Title: "New customers", Kind: app.KindIncrease, Unit: app.UnitCount, Decimals: 0,
		Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter, Target: 16,
		Start: Day(t, "2026-01-01"), End: Day(t, "2026-12-31")}
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	snap.Plans[1] = Plan("2026-Q1", 4, "2026-Q2", 4, "2026-Q3", 4, "2026-Q4", 4)
	snap.CheckIns[1] = CheckIns(1, "2026-01", 1)
	return snap
}

// ZhWords translates as the app does in Chinese, by the translations it
// ships (zh_Hans.json), a word it has none for to ""; it fails the test
// when they cannot be read.
func ZhWords(tb testing.TB) func(string) string {
	tb.Helper()
	b, err := assets.Translations().ReadFile(assets.TranslationsDir + "/zh_Hans.json")
	if err != nil {
		tb.Fatal(err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		tb.Fatal(err)
	}
	return func(s string) string { return m[s] }
}
