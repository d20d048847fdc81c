package app_test

import (
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// TestProjectionAgreesWithStatus checks that a goal the status calls on
// track is not projected below the at-risk share of its target: a month
// under way is measured against its plan up to today, as the status
// measures it, and a level goal's latest gap to plan is held rather than
// extrapolated from two values. Before, March half run at plan projected
// 100 of 120, and market shares of 10.2 % then 9.8 % against a plan rising
// from 10 % to 10.3 % projected 7 % for a 12 % target.
func TestProjectionAgreesWithStatus(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	flow := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 120, 0)
	level := testkit.EffectGoal(app.KindIncrease, app.AggLevel, app.CadenceMonth, 12, 1)
	level.Unit, level.Baseline = app.UnitPercent, testkit.Ptr(9)
	tests := []struct {
		name   string
		g      app.Goal
		plan   []app.PeriodTarget
		values []app.PeriodValue
		asOf   string
		end    float64
	}{
		// 25 against 10 + 10 + 10 × 16/31 planned, 25.16 shown 25, as the
		// status judges it: on plan, kept for the 5 planned for the rest
		// of March as shown and the nine months after.
		{"month under way", flow, testkit.MonthlyPlan(10), testkit.Vals("2023-01", 10, "2023-02", 10, "2023-03", 5), "2023-03-16",
			120},
		// 9.8 % against 10.3 % planned for May (even steps of 0.25 to one
		// decimal): 0.5 pp short to the end.
		{"level gap held", level, app.SplitEven(cal, level, app.CadenceMonth), testkit.Vals("2023-04", 10.2, "2023-05", 9.8), "2023-05-31",
			11.5},
	}
	for _, tt := range tests {
		asOf := testkit.Day(t, tt.asOf)
		a := app.Assess(cal, tt.g, tt.plan, tt.values, asOf, th)
		pr := app.Project(cal, tt.g, tt.plan, tt.values, asOf)
		if a.Status != app.StatusOnTrack {
			t.Errorf("%s: status %s (ratio %.3f), want on track", tt.name, a.Status, a.Ratio)
		}
		if !testkit.Near(pr.EndValue, tt.end) {
			t.Errorf("%s: projected %v, want %v", tt.name, pr.EndValue, tt.end)
		}
		if n := len(pr.Path); n != pr.RemainingPeriods || n == 0 || !testkit.Near(pr.Path[n-1].Value, pr.EndValue) {
			t.Errorf("%s: path %+v does not end on the projection %v", tt.name, pr.Path, pr.EndValue)
		}
	}
}

// TestEndedGoalEndsAtItsActual checks that once a goal has ended, its
// projection and needs tell the story its final verdict tells: a flow goal
// of 2023 with January to March checked in and the rest never entered is
// missed at 3 × 10 of 120, so it ends at 30 (25 %), needs nothing and
// projects no month; before, its status said missed while it was
// projected at 120 with April to December each needing 10. The same goal
// seen while it runs still projects and needs the months left, the months
// whose check-ins are overdue counting as nothing (by 15 June, April and
// May: 30 of the 50 planned, off track, at that pace 72), and the
// dashboard's paces from running totals (PacesFrom) agree with Project.
func TestEndedGoalEndsAtItsActual(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 120, 0)
	plan := testkit.MonthlyPlan(10)
	values := testkit.Vals("2023-01", 10, "2023-02", 10, "2023-03", 10)
	for _, tt := range []struct {
		asOf      string
		status    app.Status
		end       float64
		remaining int
	}{
		{"2024-01-08", app.StatusMissed, 30, 0},
		// December's check-in still awaited (its grace): not final yet,
		// April to November overdue: 30 of 110 planned.
		{"2024-01-01", app.StatusOffTrack, 30 + 10*30.0/110, 1},
		{"2026-12-03", app.StatusMissed, 30, 0},
		{"2023-12-31", app.StatusOffTrack, 30 + 10*30.0/110, 1}, // its last day: still running
		{"2023-06-15", app.StatusOffTrack, 72, 7},
		{"2023-05-07", app.StatusOnTrack, 120, 9}, // April's check-in still awaited
	} {
		asOf := testkit.Day(t, tt.asOf)
		a := app.Assess(cal, g, plan, values, asOf, th)
		pr := app.Project(cal, g, plan, values, asOf)
		if a.Status != tt.status || !testkit.Near(pr.EndValue, tt.end) || pr.RemainingPeriods != tt.remaining ||
			len(pr.Needs) != tt.remaining || len(pr.Path) != tt.remaining {
			t.Errorf("as of %s: %s, projected %v with %d periods left, %d needs, a path of %d; want %s, %v, %d",
				tt.asOf, a.Status, pr.EndValue, pr.RemainingPeriods, len(pr.Needs), len(pr.Path), tt.status, tt.end, tt.remaining)
		}
		if a.Status.Final() && (pr.Method != app.MethodFinal || pr.EndValue != a.Actual || pr.Attainment != a.Progress) {
			t.Errorf("as of %s: projection %+v, want the verdict's actual %v (%v)", tt.asOf, pr, a.Actual, a.Progress)
		}
		d := app.DashboardData{Snapshot: app.NewSnapshot(), Totals: map[int64]app.ValueTotals{
			g.ID: {Count: 3, Sum: 30, Last: app.PeriodValue{PeriodKey: "2023-03", Value: 10}}}}
		d.Goals, d.Plans[g.ID] = []app.Goal{g}, plan
		p := app.PacesFrom(cal, d, asOf, th)[0]
		if p.Assessment.Status != a.Status || p.Projection.EndValue != pr.EndValue ||
			p.Projection.RemainingPeriods != pr.RemainingPeriods || len(p.Projection.Needs) != len(pr.Needs) {
			t.Errorf("as of %s: from totals %s, %v, %d left, %d needs; Project %s, %v, %d, %d", tt.asOf,
				p.Assessment.Status, p.Projection.EndValue, p.Projection.RemainingPeriods, len(p.Projection.Needs),
				a.Status, pr.EndValue, pr.RemainingPeriods, len(pr.Needs))
		}
	}
}

// TestEndedGoalsOfEveryKindProjectNothing checks the other kinds after
// their end: a level goal, a stay goal and a milestone with months never
// checked in have no period left, no needs and no path, and their
// projected share is the verdict's progress (the stay goal's not checked
// in, its months never reported leaving no verdict).
func TestEndedGoalsOfEveryKindProjectNothing(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	asOf := testkit.Day(t, "2024-03-01")
	level := testkit.EffectGoal(app.KindIncrease, app.AggLevel, app.CadenceMonth, 15, 1)
	level.Baseline = testkit.Ptr(9)
	stay := testkit.EffectGoal(app.KindStayAbove, app.AggFlow, app.CadenceMonth, 10, 0)
	milestone := testkit.EffectGoal(app.KindMilestone, app.AggLevel, app.CadenceMonth, 1, 0)
	for name, g := range map[string]app.Goal{"level": level, "stay": stay, "milestone": milestone} {
		values := testkit.Vals("2023-01", 10, "2023-02", 12, "2023-03", 8)
		if g.Kind == app.KindMilestone {
			values = testkit.Vals("2023-01", 0, "2023-02", 0)
		}
		for _, plan := range [][]app.PeriodTarget{nil, app.SplitEven(cal, g, app.CadenceMonth)} {
			a := app.Assess(cal, g, plan, values, asOf, th)
			pr := app.Project(cal, g, plan, values, asOf)
			if !a.Status.Ended() || pr.RemainingPeriods != 0 || len(pr.Needs) != 0 || len(pr.Path) != 0 ||
				!testkit.Near(pr.Attainment, a.Progress) {
				t.Errorf("%s (plan of %d): %s with progress %v; projection %+v", name, len(plan), a.Status, a.Progress, pr)
			}
		}
	}
}

// TestGapCountsAsNothingEverywhere checks a running flow goal with a month
// never checked in between two that were (January, February and April of
// 100 a month planned, March missing), seen on 20 May: the status, the
// projection's pace and the review of the half year all measure its 300
// against the 400 planned to the end of April. Before, the status said
// off track at 75% while the projection said 100% of plan (1,100, the
// pace of the months reported) and the review of H1 on track with no gap.
func TestGapCountsAsNothingEverywhere(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 1200, 0)
	plan := testkit.MonthlyPlan(100)
	values := testkit.Vals("2023-01", 100, "2023-02", 100, "2023-04", 100)
	asOf := testkit.Day(t, "2023-05-20")
	a := app.Assess(cal, g, plan, values, asOf, th)
	pr := app.Project(cal, g, plan, values, asOf)
	if !testkit.Near(a.Ratio, 0.75) || !testkit.Near(pr.Pace, a.Ratio) || !testkit.Near(pr.EndValue, 900) {
		t.Errorf("status ratio %v (%s), projection pace %v ending at %v; want 0.75, 0.75, 900", a.Ratio, a.Status, pr.Pace, pr.EndValue)
	}
	var cs []app.CheckIn
	for _, v := range values {
		cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{g.ID: plan}, CheckIns: map[int64][]app.CheckIn{g.ID: cs}}
	for _, key := range []string{"2023-H1", "2023"} {
		r := app.ReviewRows(cal, snap, testkit.Key(t, key), asOf, th)[0]
		if r.ExpectedCovered != 400 || r.Actual != 300 || r.Status != a.Status {
			t.Errorf("review of %s: %v against %v, %s; want 300 against 400, %s", key, r.Actual, r.ExpectedCovered, r.Status, a.Status)
		}
	}
	// A quarter under way with its latest month not yet in is still
	// measured against the months reported.
	r := app.ReviewRows(cal, snap, testkit.Key(t, "2023-Q2"), asOf, th)[0]
	if r.ExpectedCovered != 100 || r.Actual != 100 {
		t.Errorf("review of 2023-Q2: %v against %v, want 100 against 100", r.Actual, r.ExpectedCovered)
	}
}

// TestGapFromTotalsAsFromValues checks that the dashboard's paces from
// running totals (PacesFrom) give a flow goal with a month never checked
// in the pace Project gives it from its values, with a plan and without
// one (the run-rate over the months since the goal started), now that
// such a goal's totals suffice.
func TestGapFromTotalsAsFromValues(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 1200, 0)
	values := testkit.Vals("2023-01", 100, "2023-02", 100, "2023-04", 100)
	asOf := testkit.Day(t, "2023-05-20")
	totals := app.ValueTotals{Count: 3, Sum: 300, Last: app.PeriodValue{PeriodKey: "2023-04", Value: 100}}
	for _, plan := range [][]app.PeriodTarget{testkit.MonthlyPlan(100), nil} {
		if !app.TotalsSuffice(app.Calendar{}, g, plan, totals) {
			t.Fatalf("plan of %d: totals do not suffice", len(plan))
		}
		pr := app.Project(cal, g, plan, values, asOf)
		d := app.DashboardData{Snapshot: app.NewSnapshot(), Totals: map[int64]app.ValueTotals{g.ID: totals}}
		d.Goals, d.Plans[g.ID] = []app.Goal{g}, plan
		p := app.PacesFrom(cal, d, asOf, th)[0].Projection
		if p.Method != pr.Method || p.Pace != pr.Pace || p.EndValue != pr.EndValue || !testkit.Near(pr.EndValue, 900) {
			t.Errorf("plan of %d: from totals %s %v → %v, from values %s %v → %v; want 900",
				len(plan), p.Method, p.Pace, p.EndValue, pr.Method, pr.Pace, pr.EndValue)
		}
	}
}

// TestGapWithinGraceOnceALaterMonthIsIn reviews Q1 on 5 April, within
// its grace for late check-ins, with January, February and April in and
// March missing: the goal's status already counts March as nothing, so
// the row does too (300 planned, 200 in, LaterReported) though it is not
// closed; from the full snapshot, and from a snapshot of the periods the
// review reads with the latest period the store reports. Without April,
// March is still awaited.
func TestGapWithinGraceOnceALaterMonthIsIn(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 1200, 0)
	plan := testkit.MonthlyPlan(100)
	asOf := testkit.Day(t, "2023-04-05")
	q1 := testkit.Key(t, "2023-Q1")
	for _, tt := range []struct {
		values  []app.PeriodValue
		planned float64
		later   bool
	}{
		{testkit.Vals("2023-01", 100, "2023-02", 100, "2023-04", 100), 300, true},
		{testkit.Vals("2023-01", 100, "2023-02", 100), 200, false},
	} {
		var cs []app.CheckIn
		for _, v := range tt.values {
			cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: v.PeriodKey, Value: v.Value})
		}
		snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{g.ID: plan}, CheckIns: map[int64][]app.CheckIn{g.ID: cs}}
		period := app.Snapshot{Goals: snap.Goals, Plans: snap.Plans, CheckIns: map[int64][]app.CheckIn{g.ID: cs[:2]}}
		latest := map[int64]string{g.ID: tt.values[len(tt.values)-1].PeriodKey}
		rows := []app.ReviewRow{app.ReviewRows(cal, snap, q1, asOf, th)[0],
			app.ReviewRowsFrom(cal, app.ReviewData{Snapshot: period, Latest: latest}, q1, asOf, th)[0]}
		for i, r := range rows {
			if r.ExpectedCovered != tt.planned || r.Actual != 200 || r.LaterReported != tt.later || r.Closed {
				t.Errorf("%d values, row %d: %v against %v, later reported %v, closed %v; want 200 against %v, %v, not closed",
					len(tt.values), i, r.Actual, r.ExpectedCovered, r.LaterReported, r.Closed, tt.planned, tt.later)
			}
		}
	}
	a := app.Assess(cal, g, plan, testkit.Vals("2023-01", 100, "2023-02", 100, "2023-04", 100), asOf, th)
	if a.Status == app.StatusOnTrack {
		t.Errorf("status %s with March missing", a.Status)
	}
}

// TestGapWithinGraceWhenTheLatestWeekStraddles reviews November 2026 of a
// weekly goal on 2 December, within week 48's grace (overdue from the 3rd), with weeks 44 to 47 in, 48
// missing and 49 in: week 44 ends on 1 November and counts for it; week 49
// begins on 30 November but ends in December, which it counts for, and
// comes after week 48, which the goal's status counts as nothing; so does
// the row, measured against the plan of all five weeks as when all are in.
func TestGapWithinGraceWhenTheLatestWeekStraddles(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := app.Goal{ID: 1, Title: "Members", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 5200,
		Start: app.NewDate(2025, 12, 29), End: app.NewDate(2026, 12, 27), Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth}
	plan := app.SplitEven(cal, g, app.CadenceMonth)
	nov, asOf := testkit.Key(t, "2026-11"), testkit.Day(t, "2026-12-02")
	row := func(weeks ...int) app.ReviewRow {
		var cs []app.CheckIn
		for _, w := range weeks {
			cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: app.Period{Cadence: app.CadenceWeek, Year: 2026, Index: w}.Key(), Value: 100})
		}
		snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{g.ID: plan}, CheckIns: map[int64][]app.CheckIn{g.ID: cs}}
		return app.ReviewRows(cal, snap, nov, asOf, th)[0]
	}
	all, gap, awaited := row(44, 45, 46, 47, 48), row(44, 45, 46, 47, 49), row(44, 45, 46, 47)
	if !all.Complete || gap.ExpectedCovered != all.ExpectedCovered || !gap.LaterReported || gap.Closed {
		t.Errorf("week 48 missing, 49 in: %v planned (later reported %v, closed %v); all five in: %v", gap.ExpectedCovered, gap.LaterReported, gap.Closed, all.ExpectedCovered)
	}
	if awaited.LaterReported || awaited.ExpectedCovered >= all.ExpectedCovered {
		t.Errorf("week 48 still awaited: %v planned, later reported %v", awaited.ExpectedCovered, awaited.LaterReported)
	}
}

// TestReplanEditedAfterwardsTellsOneStory re-spreads a goal of 60 a year
// after a first quarter of 25 (the 35 left over three quarters: 11.67,
// 11.67, 11.66), then lowers that quarter to 15, as an edited check-in
// does, and keeps to the new plan through the third quarter. Before, the
// status read on track against the plan read alone (38.34 of 38.34 by
// then) while the projection landed at 50 (83 %) and the fourth quarter
// needed 21.66: the plan no longer reached the target. Measured against the
// current plan read to land on the target (60 less the 11.66 still
// planned), it is off track, projected at the same share of it.
func TestReplanEditedAfterwardsTellsOneStory(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceQuarter, 60, 2)
	plan, err := app.RespreadRemaining(cal, g, app.SplitEven(cal, g, app.CadenceQuarter), testkit.Vals("2023-Q1", 25),
		testkit.Day(t, "2023-04-01"), app.SpreadEven)
	if err != nil {
		t.Fatal(err)
	}
	values, asOf := testkit.Vals("2023-Q1", 15, "2023-Q2", 11.67, "2023-Q3", 11.67), testkit.Day(t, "2023-10-05")
	a := app.Assess(cal, g, plan, values, asOf, th)
	pr := app.Project(cal, g, plan, values, asOf)
	if a.Status != app.StatusOffTrack || !testkit.Near(a.Expected, 48.34) {
		t.Errorf("status %s against %v expected, want off track against 48.34", a.Status, a.Expected)
	}
	if !testkit.Near(pr.Pace, a.Ratio) || len(pr.Needs) != 1 || !testkit.Near(pr.Needs[0].Amount, 21.66) {
		t.Errorf("projected at a pace of %v (status ratio %v), needs %+v; want the status's pace and 21.66", pr.Pace, a.Ratio, pr.Needs)
	}
}

// TestStayGoalProjectedPastItsLine checks a cost to stay at or below 100
// a month, rising 70, 80, 90 through March, and its mirror, a level to
// stay at or above 100 falling 130, 120, 110: every month so far on the
// right side, but the trend is projected past the line from May (180 and
// 20 by December). Before, both read on track beside that projection and
// a needs line of 100 for every month left; now the status is the share
// of the year the projection keeps on the right side, off track.
func TestStayGoalProjectedPastItsLine(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	asOf := testkit.Day(t, "2023-04-02")
	for _, tt := range []struct {
		kind   app.Kind
		values []app.PeriodValue
	}{
		{app.KindStayBelow, testkit.Vals("2023-01", 70, "2023-02", 80, "2023-03", 90)},
		{app.KindStayAbove, testkit.Vals("2023-01", 130, "2023-02", 120, "2023-03", 110)},
	} {
		g := testkit.EffectGoal(tt.kind, app.AggLevel, app.CadenceMonth, 100, 0)
		a := app.Assess(cal, g, nil, tt.values, asOf, th)
		pr := app.Project(cal, g, nil, tt.values, asOf)
		if a.Status != app.StatusOffTrack || !testkit.Near(a.Ratio, pr.Attainment) || a.Progress != 1 {
			t.Errorf("%s: %s at a ratio of %v (progress %v), projected at %v (%v of the year on target)",
				tt.kind, a.Status, a.Ratio, a.Progress, pr.EndValue, pr.Attainment)
		}
	}
}

// TestCapWithLastMonthAwaitedIsNotFinal checks caps of 2023 (a stay
// below 100 a month, a budget of 100 for the year from 200) with January
// to November reported well under the line and December never checked in.
// Before, the dashboard called both achieved from 1 January while the
// review of the year still awaited December, and an increase goal read
// partly achieved alike. Now, during December's grace, neither is final,
// as the year's review row says, and December is still projected; after
// it, December counts as nothing, as in the review, and the verdict is
// final; but for the budget, whose missing December would read as a month
// saved, the year ends "not checked in", on the card as in the review.
func TestCapWithLastMonthAwaitedIsNotFinal(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	stay := testkit.EffectGoal(app.KindStayBelow, app.AggFlow, app.CadenceMonth, 100, 0)
	budget := testkit.EffectGoal(app.KindDecrease, app.AggFlow, app.CadenceMonth, 100, 0)
	budget.Baseline = testkit.Ptr(200)
	sales := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 120, 0)
	for _, g := range []app.Goal{stay, budget, sales} {
		var plan []app.PeriodTarget
		if !app.IsStay(g.Kind) {
			plan = app.SplitEven(cal, g, app.CadenceMonth)
		}
		var cs []app.CheckIn
		for m := 1; m <= 11; m++ {
			cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: m}.Key(), Value: 5})
		}
		snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{g.ID: plan}, CheckIns: map[int64][]app.CheckIn{g.ID: cs}}
		for _, tt := range []struct {
			asOf  string
			final bool
		}{{"2024-01-01", false}, {"2024-01-07", false}, {"2024-01-08", true}} {
			asOf := testkit.Day(t, tt.asOf)
			p := app.Paces(cal, snap, asOf, th)[0]
			row := app.ReviewRows(cal, snap, testkit.Key(t, "2023"), asOf, th)[0]
			if p.Assessment.Status.Ended() != tt.final || p.Assessment.Status != row.Status {
				t.Errorf("%s on %s: dashboard %s, year row %s; want final %v", g.Kind, tt.asOf, p.Assessment.Status, row.Status, tt.final)
			}
			if g.Kind == app.KindDecrease && tt.final && p.Assessment.Status != app.StatusNotReported {
				t.Errorf("a budget with December never checked in ends %s, want not checked in", p.Assessment.Status)
			}
			if left := p.Projection.RemainingPeriods; (left == 0) != tt.final {
				t.Errorf("%s on %s: %d periods projected with the status %s", g.Kind, tt.asOf, left, p.Assessment.Status)
			}
		}
	}
}

// TestEndedGoalWithNoCheckInIsNotCheckedIn: a goal of each kind that
// ended with no check-in at all reads "no data yet" while its last
// check-in is still awaited, and "not checked in" after, on the card as
// in the review row of its year, with no figures to show.
func TestEndedGoalWithNoCheckInIsNotCheckedIn(t *testing.T) {
	cal, th := app.Calendar{}, app.DefaultThresholds
	for _, k := range []app.Kind{app.KindIncrease, app.KindDecrease, app.KindStayBelow, app.KindStayAbove, app.KindMilestone} {
		g := testkit.EffectGoal(k, app.AggFlow, app.CadenceMonth, 100, 0)
		if k == app.KindDecrease {
			g.Baseline = testkit.Ptr(200)
		}
		snap := app.Snapshot{Goals: []app.Goal{g}}
		for _, tt := range []struct {
			asOf string
			want app.Status
		}{{"2023-06-30", app.StatusNoData}, {"2024-01-07", app.StatusNoData}, {"2024-01-08", app.StatusNotReported}} {
			asOf := testkit.Day(t, tt.asOf)
			a := app.Paces(cal, snap, asOf, th)[0].Assessment
			row := app.ReviewRows(cal, snap, testkit.Key(t, "2023"), asOf, th)[0]
			if a.Status != tt.want || !a.NoValues {
				t.Errorf("%s on %s: %s (no values %v), want %s", k, tt.asOf, a.Status, a.NoValues, tt.want)
			}
			if tt.want == app.StatusNotReported && row.Status != a.Status {
				t.Errorf("%s on %s: dashboard %s, year row %s", k, tt.asOf, a.Status, row.Status)
			}
		}
	}
}
