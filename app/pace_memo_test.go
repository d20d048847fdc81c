package app_test

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// memoData is a dashboard of one 2023 goal of kind k and aggregation agg
// checked in and planned by cadence c at 100 a period, with three periods
// counted: 250 in all, 70 in the latest.
func memoData(k app.Kind, agg app.Aggregation, c app.Cadence) app.DashboardData {
	g := testkit.EffectGoal(k, agg, c, 1200, 0)
	var plan []app.PeriodTarget
	for _, p := range (app.Calendar{}).Periods(c, g.Start, g.End) {
		plan = append(plan, app.PeriodTarget{PeriodKey: p.Key(), Target: 100})
	}
	last, _ := app.ParsePeriodKey(plan[2].PeriodKey)
	return app.DashboardData{
		Snapshot: app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{g.ID: plan}},
		Totals:   map[int64]app.ValueTotals{g.ID: {Count: 3, Sum: 250, Last: app.PeriodValue{PeriodKey: last.Key(), Value: 70}}},
	}
}

// TestPaceMemoReusesUnchangedGoals checks that a goal whose goal, plan
// slice and totals are those of the last call is not worked out again:
// its plan written in place (which callers must not do) leaves the memo's
// pace as it was, while PacesFrom sees the change.
func TestPaceMemoReusesUnchangedGoals(t *testing.T) {
	cal, asOf, th := app.Calendar{}, app.NewDate(2023, 4, 15), app.DefaultThresholds
	var m app.PaceMemo
	d := memoData(app.KindIncrease, app.AggFlow, app.CadenceMonth)
	first := m.PacesFrom(cal, d, asOf, th)
	if want := app.PacesFrom(cal, d, asOf, th); !reflect.DeepEqual(first, want) {
		t.Fatalf("first call %+v, want %+v", first, want)
	}
	d.Plans[1][0].Target = 400 // behind the memo's back
	if again := m.PacesFrom(cal, d, asOf, th); again[0].Assessment != first[0].Assessment {
		t.Fatalf("goal worked out again: %+v, was %+v", again[0].Assessment, first[0].Assessment)
	}
	if fresh := app.PacesFrom(cal, d, asOf, th); fresh[0].Assessment == first[0].Assessment {
		t.Fatal("the test's change makes no difference to the pace")
	}
}

// memoChange is a change to one input of a pace, made to the dashboard
// data of a goal of the kind, aggregation and cadence given.
type memoChange struct {
	kind   app.Kind
	agg    app.Aggregation
	c      app.Cadence
	change func(d *app.DashboardData, cal *app.Calendar, asOf *app.Date, th *app.Thresholds)
}

// memoChanges are the inputs of a pace, each changed on a goal whose pace
// it changes.
var memoChanges = map[string]memoChange{
	"target": {app.KindIncrease, app.AggFlow, app.CadenceMonth,
		func(d *app.DashboardData, _ *app.Calendar, _ *app.Date, _ *app.Thresholds) { d.Goals[0].Target = 3000 }},
	"baseline": {app.KindIncrease, app.AggLevel, app.CadenceMonth,
		func(d *app.DashboardData, _ *app.Calendar, _ *app.Date, _ *app.Thresholds) {
			d.Goals[0].Baseline = testkit.Ptr(50)
		}},
	"totals": {app.KindIncrease, app.AggFlow, app.CadenceMonth,
		func(d *app.DashboardData, _ *app.Calendar, _ *app.Date, _ *app.Thresholds) {
			t := d.Totals[1]
			t.Sum += 400
			d.Totals[1] = t
		}},
	"plan": {app.KindIncrease, app.AggFlow, app.CadenceMonth,
		func(d *app.DashboardData, _ *app.Calendar, _ *app.Date, _ *app.Thresholds) {
			d.Plans[1] = append([]app.PeriodTarget{{PeriodKey: "2023-01", Target: 400}}, d.Plans[1][1:]...)
		}},
	"day": {app.KindIncrease, app.AggFlow, app.CadenceMonth,
		func(_ *app.DashboardData, _ *app.Calendar, asOf *app.Date, _ *app.Thresholds) {
			*asOf = app.NewDate(2024, 2, 1)
		}},
	"calendar": {app.KindIncrease, app.AggFlow, app.CadenceQuarter,
		func(_ *app.DashboardData, cal *app.Calendar, _ *app.Date, _ *app.Thresholds) { cal.FiscalStart = 4 }},
	"thresholds": {app.KindIncrease, app.AggFlow, app.CadenceMonth,
		func(_ *app.DashboardData, _ *app.Calendar, _ *app.Date, th *app.Thresholds) {
			*th = app.Thresholds{OnTrack: 0.3, AtRisk: 0.2}
		}},
}

// TestPaceMemoWorksOutChangedGoals checks that every input of a pace
// makes the memo work it out again: the goal (compared by value, its
// pointers by what they point to), its totals, a new plan slice, the day,
// the calendar and the thresholds.
func TestPaceMemoWorksOutChangedGoals(t *testing.T) {
	for name, mc := range memoChanges {
		t.Run(name, func(t *testing.T) {
			var m app.PaceMemo
			cal, asOf, th := app.Calendar{}, app.NewDate(2023, 4, 15), app.DefaultThresholds
			d := memoData(mc.kind, mc.agg, mc.c)
			d.Goals[0].Baseline = testkit.Ptr(0)
			before := m.PacesFrom(cal, d, asOf, th)
			d.Goals[0].Baseline = testkit.Ptr(0) // another pointer to the same value changes nothing
			if again := m.PacesFrom(cal, d, asOf, th); !reflect.DeepEqual(again[0].Assessment, before[0].Assessment) {
				t.Fatalf("same inputs gave %+v, then %+v", before[0].Assessment, again[0].Assessment)
			}
			mc.change(&d, &cal, &asOf, &th)
			got, want := m.PacesFrom(cal, d, asOf, th), app.PacesFrom(cal, d, asOf, th)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("after the change the memo gave\n%+v\nwant\n%+v", got, want)
			}
			if reflect.DeepEqual(got[0].Assessment, before[0].Assessment) && reflect.DeepEqual(got[0].Projection, before[0].Projection) {
				t.Fatal("the change makes no difference to the pace: the test tests nothing")
			}
		})
	}
}

// memoGoals is memoData's goal n times over, the n-th with target 1000·n
// and totals of n times the sum, for those of the IDs checkedIn keeps.
func memoGoals(n int64, checkedIn func(id int64) bool) app.DashboardData {
	one := memoData(app.KindIncrease, app.AggFlow, app.CadenceMonth)
	d := app.DashboardData{Snapshot: app.Snapshot{Plans: map[int64][]app.PeriodTarget{}}, Totals: map[int64]app.ValueTotals{}}
	for id := int64(1); id <= n; id++ {
		g := one.Goals[0]
		g.ID, g.Target = id, float64(1000*id)
		d.Goals, d.Plans[id] = append(d.Goals, g), slices.Clone(one.Plans[1])
		if checkedIn(id) {
			t := one.Totals[1]
			t.Sum *= float64(id)
			d.Totals[id] = t
		}
	}
	return d
}

// TestPaceMemoReusesEachOfSeveralGoals is TestPaceMemoReusesUnchangedGoals
// with three goals, every plan written behind the memo's back: each goal
// finds its own kept pace, and still does after the middle goal is gone.
func TestPaceMemoReusesEachOfSeveralGoals(t *testing.T) {
	cal, asOf, th := app.Calendar{}, app.NewDate(2023, 4, 15), app.DefaultThresholds
	d := memoGoals(3, func(id int64) bool { return true })
	var m app.PaceMemo
	first := m.PacesFrom(cal, d, asOf, th)
	for id := range d.Plans {
		d.Plans[id][0].Target = 400 // behind the memo's back
	}
	check := func(what string, paces []app.Pace) {
		t.Helper()
		for _, p := range paces {
			want := first[p.Goal.ID-1].Assessment
			if p.Assessment != want {
				t.Errorf("%s: goal %d worked out again: %+v, was %+v", what, p.Goal.ID, p.Assessment, want)
			}
		}
	}
	check("again", m.PacesFrom(cal, d, asOf, th))
	d.Goals = slices.Delete(d.Goals, 1, 2)
	check("the middle goal gone", m.PacesFrom(cal, d, asOf, th))
	if fresh := app.PacesFrom(cal, d, asOf, th); fresh[0].Assessment == first[0].Assessment {
		t.Fatal("the test's change makes no difference to the pace")
	}
}

// TestPaceMemoAgreesWithPacesFromAcrossCalls calls one memo with 100
// goals, enough to be worked out on several goroutines, as a screen
// refreshes them: all, in reverse, half of them, with one plan replaced,
// and on another day. Each call gives what PacesFrom gives, however many
// of its goals the memo kept and wherever they stood in the call before.
func TestPaceMemoAgreesWithPacesFromAcrossCalls(t *testing.T) {
	cal, asOf, th := app.Calendar{}, app.NewDate(2023, 4, 15), app.DefaultThresholds
	all := memoGoals(100, func(id int64) bool { return id%7 != 0 }) // some never checked in
	reversed := all
	reversed.Goals = slices.Clone(all.Goals)
	slices.Reverse(reversed.Goals)
	half := all
	half.Goals = all.Goals[:50]
	replanned := all
	replanned.Plans = maps.Clone(all.Plans)
	replanned.Plans[3] = slices.Clone(all.Plans[3])
	replanned.Plans[3][0].Target = 900
	calls := []struct {
		what string
		d    app.DashboardData
		asOf app.Date
	}{
		{"first", all, asOf}, {"again", all, asOf}, {"reversed", reversed, asOf}, {"half", half, asOf},
		{"all again", all, asOf}, {"a plan replaced", replanned, asOf}, {"another day", replanned, app.NewDate(2023, 5, 5)},
	}
	var m app.PaceMemo
	for _, c := range calls {
		got, want := m.PacesFrom(cal, c.d, c.asOf, th), app.PacesFrom(cal, c.d, c.asOf, th)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the memo's paces differ from PacesFrom's", c.what)
		}
	}
}
