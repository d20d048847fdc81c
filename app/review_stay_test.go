package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// marginGoal keeps a gross margin at or above 30 %, checked in monthly
// over 2025; values are its check-ins by month.
func marginGoal(t *testing.T, values map[string]float64) (app.Goal, app.Snapshot) {
	g := app.Goal{ID: 1, Title: "Gross margin", Kind: app.KindStayAbove, Aggregation: app.AggLevel, Unit: app.UnitPercent,
		Decimals: 1, Target: 30, Cadence: app.CadenceMonth, Start: testkit.Day(t, "2025-01-01"), End: testkit.Day(t, "2025-12-31")}
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	for key, v := range values {
		snap.CheckIns[g.ID] = append(snap.CheckIns[g.ID], app.CheckIn{GoalID: g.ID, PeriodKey: key, Value: v})
	}
	return g, snap
}

// stayRow is the review row of snap's goal for the period key.
func stayRow(t *testing.T, snap app.Snapshot, key string, asOf app.Date) app.ReviewRow {
	t.Helper()
	rows := app.ReviewRows(app.Calendar{}, snap, testkit.Key(t, key), asOf, app.DefaultThresholds)
	if len(rows) != 1 {
		t.Fatalf("%s: %d rows", key, len(rows))
	}
	return rows[0]
}

// A stay goal's review row for a year or a quarter is judged by the share
// of its months on target, as the goal itself is: 10 of 12 months with
// December on target is partly achieved, not achieved for December's
// value nor missed for the worst month's; a quarter with one month of
// three below the line is not achieved. A month's row is as before.
func TestStayRowIsJudgedByItsMonthsOnTarget(t *testing.T) {
	values := map[string]float64{}
	for m := 1; m <= 12; m++ {
		values[app.Period{Cadence: app.CadenceMonth, Year: 2025, Index: m}.Key()] = 31.5
	}
	values["2025-05"], values["2025-08"] = 28.4, 29.9
	g, snap := marginGoal(t, values)
	asOf := testkit.Day(t, "2026-02-01")
	a := app.Assess(app.Calendar{}, g, nil, valuesOf(snap), asOf, app.DefaultThresholds)
	if a.Status != app.StatusPartial {
		t.Fatalf("goal %s (ratio %v), want partly achieved", a.Status, a.Ratio)
	}
	for _, c := range []struct {
		key    string
		status app.Status
		ratio  float64
		actual float64
	}{
		{"2025", app.StatusPartial, 10.0 / 12, 28.4}, // the dashboard's verdict
		{"2025-Q2", app.StatusMissed, 2.0 / 3, 28.4},
		{"2025-Q3", app.StatusMissed, 2.0 / 3, 29.9},
		{"2025-Q4", app.StatusAchieved, 1, 31.5},
		{"2025-H1", app.StatusPartial, 5.0 / 6, 28.4},
		{"2025-05", app.StatusMissed, 0, 28.4}, // one month, as before
		{"2025-06", app.StatusAchieved, 1, 31.5},
	} {
		r := stayRow(t, snap, c.key, asOf)
		if r.Status != c.status || !testkit.Near(r.Ratio, c.ratio) || r.Actual != c.actual {
			t.Errorf("%s: %s, ratio %v, actual %v (%d of %d on target); want %s, %v, %v",
				c.key, r.Status, r.Ratio, r.Actual, r.Passed, r.Reported, c.status, c.ratio, c.actual)
		}
	}
	if r := stayRow(t, snap, "2025", asOf); r.Ratio != a.Ratio {
		t.Errorf("year row's ratio %v, the goal's %v", r.Ratio, a.Ratio)
	}
}

// A month never reported counts neither way while the year runs; once
// its grace is over the year has no verdict, as a budget with a month
// never reported has none: 11 months on target and November missing is
// not checked in, the goal, its year's row and its fourth quarter's
// alike, while the third quarter, all reported, is achieved. Before, the
// year read achieved with November unknown. While the year still runs,
// the row is classified by the share as the goal is.
func TestStayYearWithAMonthNeverReportedIsNotCheckedIn(t *testing.T) {
	values := map[string]float64{}
	for m := 1; m <= 12; m++ {
		if m != 11 {
			values[app.Period{Cadence: app.CadenceMonth, Year: 2025, Index: m}.Key()] = 30
		}
	}
	g, snap := marginGoal(t, values)
	asOf := testkit.Day(t, "2026-02-01")
	if a := app.Assess(app.Calendar{}, g, nil, valuesOf(snap), asOf, app.DefaultThresholds); a.Status != app.StatusNotReported {
		t.Fatalf("goal %s, want not checked in", a.Status)
	}
	for key, want := range map[string]app.Status{"2025": app.StatusNotReported, "2025-Q4": app.StatusNotReported, "2025-Q3": app.StatusAchieved} {
		if r := stayRow(t, snap, key, asOf); r.Status != want || !r.Closed {
			t.Errorf("%s: %s (closed %v), want %s", key, r.Status, r.Closed, want)
		}
	}
	values["2025-10"] = 29.9
	_, snap = marginGoal(t, values)
	r := stayRow(t, snap, "2025", testkit.Day(t, "2025-12-31"))
	if r.Status != app.StatusAtRisk || !testkit.Near(r.Ratio, 10.0/11) {
		t.Errorf("running year: %s, ratio %v; want at risk, 10/11", r.Status, r.Ratio)
	}
}

// valuesOf is the check-ins of snap's first goal as period values.
func valuesOf(snap app.Snapshot) []app.PeriodValue {
	return app.ValuesFromCheckIns(snap.CheckIns[snap.Goals[0].ID])
}

// TestStayWithMostMonthsNeverReportedIsNotAchieved checks a cost held at
// or below 100 a month in 2026, only January (50) and December (60)
// checked in, seen on 1 February 2027: the card, the dashboard's pace and
// the year's review row say not checked in, and June's row too. Before,
// the card and the year row read achieved on "2 of 12 reported".
func TestStayWithMostMonthsNeverReportedIsNotAchieved(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindStayBelow, app.AggFlow, app.CadenceMonth, 100, 0)
	g.Start, g.End = app.NewDate(2026, 1, 1), app.NewDate(2026, 12, 31)
	snap := app.NewSnapshot()
	snap.Goals = []app.Goal{g}
	snap.CheckIns[g.ID] = testkit.CheckIns(g.ID, "2026-01", 50, "2026-12", 60)
	asOf := testkit.Day(t, "2027-02-01")
	if a := app.Assess(cal, g, nil, valuesOf(snap), asOf, th); a.Status != app.StatusNotReported {
		t.Errorf("goal: %s, want not checked in", a.Status)
	}
	if p := app.Paces(cal, snap, asOf, th)[0]; p.Assessment.Status != app.StatusNotReported {
		t.Errorf("card: %s, want not checked in", p.Assessment.Status)
	}
	for _, key := range []string{"2026", "2026-06"} {
		if r := stayRow(t, snap, key, asOf); r.Status != app.StatusNotReported {
			t.Errorf("%s row: %s (%d of %d reported), want not checked in", key, r.Status, r.Reported, r.Periods)
		}
	}
}
