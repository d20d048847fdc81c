package app_test

import (
	"errors"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
)

// planValues are the targets of a plan, in order.
func planValues(plan []app.PeriodTarget) []float64 {
	out := make([]float64, len(plan))
	for i, t := range plan {
		out[i] = t.Target
	}
	return out
}

func TestRespreadRemaining(t *testing.T) {
	sales, share := sample.SamplePlan("en")[0], sample.SamplePlan("en")[2]
	costs := testkit.EffectGoal(app.KindDecrease, app.AggFlow, app.CadenceMonth, 1200, 0)
	defects := testkit.EffectGoal(app.KindDecrease, app.AggLevel, app.CadenceQuarter, 2, 1)
	defects.Baseline = testkit.Ptr(5)
	defectPlan := []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 4}, {PeriodKey: "2023-Q2", Target: 3}, {PeriodKey: "2023-Q3", Target: 2.5}, {PeriodKey: "2023-Q4", Target: 2}}
	noBaseline := share.Goal
	noBaseline.Baseline = nil
	stay := testkit.EffectGoal(app.KindStayAbove, app.AggLevel, app.CadenceQuarter, 50, 0)
	tests := []struct {
		name    string
		g       app.Goal
		plan    []app.PeriodTarget
		values  []app.PeriodValue
		asOf    string
		spread  app.Spread
		want    []float64
		wantErr error
	}{
		{"flow by plan", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6), "2023-04-20", app.SpreadPlan,
			[]float64{10e6, 14.56e6, 16.64e6, 20.8e6}, nil},
		{"flow even, remainder last", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6), "2023-04-20", app.SpreadEven,
			[]float64{10e6, 17_333_333, 17_333_333, 17_333_334}, nil},
		{"a period ends on its last day", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6), "2023-03-31", app.SpreadPlan,
			[]float64{10e6, 14.56e6, 16.64e6, 20.8e6}, nil},
		{"nothing closed keeps the total", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6), "2023-03-30", app.SpreadPlan,
			[]float64{10e6, 14e6, 16e6, 20e6}, nil},
		{"the current period's partial actual is not subtracted", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6, "2023-Q2", 3e6), "2023-05-01", app.SpreadPlan,
			[]float64{10e6, 14.56e6, 16.64e6, 20.8e6}, nil},
		{"ended period without check-in", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6), "2023-07-10", app.SpreadPlan, nil, app.ErrMissingActual},
		{"no period remains", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 8e6, "2023-Q2", 14e6, "2023-Q3", 16e6, "2023-Q4", 20e6), "2023-12-31", app.SpreadPlan, nil, app.ErrNoRemaining},
		{"target already passed", sales.Goal, sales.Plan, testkit.Vals("2023-Q1", 70e6), "2023-04-20", app.SpreadPlan, nil, app.ErrTargetPassed},
		{"no plan spreads from an even split", sales.Goal, nil, testkit.Vals("2023-Q1", 9e6), "2023-04-20", app.SpreadPlan,
			[]float64{15e6, 17e6, 17e6, 17e6}, nil},
		{"level even from the latest actual", share.Goal, share.Plan, testkit.Vals("2023-Q1", 8.0), "2023-04-20", app.SpreadEven,
			[]float64{10, 10.3, 12.7, 15}, nil},
		{"level in the plan's fractions", share.Goal, share.Plan, testkit.Vals("2023-Q1", 8.0), "2023-04-20", app.SpreadPlan,
			[]float64{10, 10.1, 12.2, 15}, nil},
		{"level with no value starts at the baseline", share.Goal, share.Plan, nil, "2023-04-20", app.SpreadEven,
			[]float64{10, 11, 13, 15}, nil},
		{"level with neither value nor baseline holds the target", noBaseline, share.Plan, nil, "2023-04-20", app.SpreadEven,
			[]float64{10, 15, 15, 15}, nil},
		{"decrease flow", costs, testkit.MonthlyPlan(100), testkit.Vals("2023-01", 150, "2023-02", 150, "2023-03", 150, "2023-04", 150), "2023-04-30", app.SpreadEven,
			[]float64{100, 100, 100, 100, 75, 75, 75, 75, 75, 75, 75, 75}, nil},
		{"decrease flow past its cap", costs, testkit.MonthlyPlan(100), testkit.Vals("2023-01", 700, "2023-02", 600), "2023-02-28", app.SpreadEven, nil, app.ErrTargetPassed},
		{"decrease level", defects, defectPlan, testkit.Vals("2023-Q1", 4.5), "2023-04-01", app.SpreadEven, []float64{4, 3.7, 2.8, 2}, nil},
		{"stay goal holds its line", stay, []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 50}, {PeriodKey: "2023-Q2", Target: 40}}, testkit.Vals("2023-Q1", 45), "2023-04-01", app.SpreadPlan,
			[]float64{50, 50}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := app.RespreadRemaining(app.Calendar{}, tt.g, tt.plan, tt.values, testkit.Day(t, tt.asOf), tt.spread)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if v := planValues(got); !testkit.FloatsNear(v, tt.want) {
				t.Errorf("plan = %v, want %v", v, tt.want)
			}
		})
	}
}

// TestRespreadKeepsTheYear checks the sum rule: the ended periods' actuals
// and the new remaining values add up to the target exactly, the ended
// periods keep their plan values and floors, and the plan is one the
// store accepts.
func TestRespreadKeepsTheYear(t *testing.T) {
	monthly := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 1_000_003, 0)
	plan := app.FloorsAtLeast(app.SplitEven(app.Calendar{}, monthly, ""), 50_000)
	values := testkit.Vals("2023-01", 70_001, "2023-02", 80_113, "2023-03", 91_007, "2023-04", 77_777, "2023-05", 99_999)
	for _, spread := range []app.Spread{app.SpreadEven, app.SpreadPlan} {
		for _, asOf := range []string{"2023-01-31", "2023-03-15", "2023-05-31"} {
			got, err := app.RespreadRemaining(app.Calendar{}, monthly, plan, values, testkit.Day(t, asOf), spread)
			if err != nil {
				t.Fatal(err)
			}
			closed := app.ValueMap(values)
			total := 0.0
			for i, pt := range got {
				p := testkit.Key(t, pt.PeriodKey)
				if (app.Calendar{}).LastDay(p) <= testkit.Day(t, asOf).DayNumber() {
					total += closed[pt.PeriodKey]
					if pt.Target != plan[i].Target {
						t.Errorf("%s %s: ended period changed from %v to %v", spread, asOf, plan[i].Target, pt.Target)
					}
				} else {
					total += pt.Target
				}
				if pt.Floor == nil || *pt.Floor != 50_000 || pt.Target != app.RoundValue(pt.Target, 0) {
					t.Errorf("%s %s: %+v lost its floor or its rounding", spread, asOf, pt)
				}
			}
			if total != monthly.Target {
				t.Errorf("%s %s: actuals + remaining = %v, want %v", spread, asOf, total, monthly.Target)
			}
			p := app.Plan{Target: monthly.Target, Periods: got}
			if c := app.CheckPlan(app.Calendar{}, monthly, p.Periods); len(c.MissingPeriods)+len(c.ExtraPeriods) > 0 {
				t.Errorf("%s %s: CheckPlan = %+v", spread, asOf, c)
			}
		}
	}
}

func TestReviseTarget(t *testing.T) {
	sales, share := sample.SamplePlan("en")[0], sample.SamplePlan("en")[2]
	tests := []struct {
		name      string
		g         app.Goal
		plan      []app.PeriodTarget
		asOf      string
		newTarget float64
		want      []float64
		wantErr   error
	}{
		{"flow scales the remaining", sales.Goal, sales.Plan, "2023-04-20", 55e6, []float64{10e6, 12.6e6, 14.4e6, 18e6}, nil},
		{"flow scales all when none ended", sales.Goal, sales.Plan, "2022-12-31", 55e6, []float64{9_166_667, 12_833_333, 14_666_667, 18_333_333}, nil},
		{"flow raised", sales.Goal, sales.Plan, "2023-04-20", 70e6, []float64{10e6, 16.8e6, 19.2e6, 24e6}, nil},
		{"flow below what has ended", sales.Goal, sales.Plan, "2023-07-01", 20e6, nil, app.ErrTargetPassed},
		{"level from the last ended plan value", share.Goal, share.Plan, "2023-04-20", 14, []float64{10, 11.2, 12.4, 14}, nil},
		{"level from the baseline when none ended", share.Goal, share.Plan, "2022-12-31", 14, []float64{9.8, 11.1, 12.3, 14}, nil},
		{"no period remains", sales.Goal, sales.Plan, "2024-01-01", 55e6, nil, app.ErrNoRemaining},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := app.ReviseTarget(app.Calendar{}, tt.g, tt.plan, testkit.Day(t, tt.asOf), tt.newTarget)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if v := planValues(got); !testkit.FloatsNear(v, tt.want) {
				t.Errorf("plan = %v, want %v", v, tt.want)
			}
			g := tt.g
			g.Target = tt.newTarget
			if c := app.CheckPlan(app.Calendar{}, g, got); !c.OK() {
				t.Errorf("CheckPlan = %+v", c)
			}
		})
	}
}
