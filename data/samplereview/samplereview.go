// Package samplereview is the sample plan's Q1 2023 review as the review
// screen makes it, in English or Chinese: its rows, gap analyses, action
// plans, labels and chart inputs, for the tests of the review report and
// the review deck. It is apart from sampledb because it draws on
// app/chart, whose own tests use sampledb.
// Tests only.
package samplereview

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/app/chart"
	"pacer/data"
)

// Review is the Q1 2023 review of a snapshot of the sample plan.
type Review struct {
	Snap    app.Snapshot
	Rows    []app.ReviewRow
	Reviews map[int64]app.Review
	Actions []app.ActionPlan
	AsOf    app.Date
	zh      bool
}

// Q1 is the Q1 2023 review of snap, read from s as of 2023-05-20 in lang
// ("en" or "zh"). A goal repeated under the ID n*1000 + ID has the gap
// analysis of ID.
func Q1(t testing.TB, s *data.Store, snap app.Snapshot, lang string) Review {
	t.Helper()
	ctx := context.Background()
	q1, err := app.ParsePeriodKey("2023-Q1")
	if err != nil {
		t.Fatal(err)
	}
	r := Review{Snap: snap, Reviews: map[int64]app.Review{}, zh: lang == "zh"}
	if r.AsOf, err = app.ParseDate("2023-05-20"); err != nil {
		t.Fatal(err)
	}
	r.Rows = app.ReviewRows(app.Calendar{}, snap, q1, r.AsOf, app.DefaultThresholds)
	for _, row := range r.Rows {
		if rv, err := s.ReviewByPeriod(ctx, row.Goal.ID%1000, q1.Key()); err == nil {
			r.Reviews[row.Goal.ID] = *rv
		}
	}
	if r.Actions, err = s.ListActionPlans(ctx, app.ActionFilter{}); err != nil {
		t.Fatal(err)
	}
	return r
}

// Pick is en, or cn in Chinese.
func (r Review) Pick(en, cn string) string {
	if r.zh {
		return cn
	}
	return en
}

// Quarter names a quarter as the screens do: "Q1 2023", "2023年第1季度".
func (r Review) Quarter(p app.Period) string {
	if r.zh {
		return p.Key()[:4] + "年第" + p.Key()[6:] + "季度"
	}
	return "Q" + p.Key()[6:] + " " + p.Key()[:4]
}

// PointsUnit follows gaps in percentage points: "" (" pp") or "个百分点".
func (r Review) PointsUnit() string { return r.Pick("", "个百分点") }

// StatusLabels name the statuses as the screens do.
func (r Review) StatusLabels() map[app.Status]string {
	return map[app.Status]string{app.StatusAchieved: r.Pick("Achieved", "已达成"), app.StatusPartial: r.Pick("Partly achieved", "部分达成"),
		app.StatusMissed: r.Pick("Missed", "未达成"), app.StatusOnTrack: r.Pick("On track", "正常"), app.StatusAtRisk: r.Pick("At risk", "有风险"),
		app.StatusOffTrack: r.Pick("Off track", "偏离"), app.StatusNotReported: r.Pick("Not checked in", "未填报"),
		app.StatusNoData: r.Pick("No data yet", "暂无数据")}
}

// Portfolio is every goal's attainment of plan.
func (r Review) Portfolio() *chart.PortfolioInput {
	return &chart.PortfolioInput{Title: r.Pick("Q1 2023: attainment of plan", "2023年第1季度：计划达成率"),
		ReferenceLabel: r.Pick("Plan 100%", "计划 100%"), Items: chart.PortfolioFromRows(r.Rows), StatusLabels: r.StatusLabels()}
}

// GoalCharts are goal g's plan and actual by quarter and its cumulative
// chart, as the review screen makes them.
func (r Review) GoalCharts(g app.Goal) (chart.BarsInput, chart.CumulativeInput) {
	cal := app.Calendar{}
	goalRows := app.ReviewGoalRows(cal, r.Snap, g.ID, cal.Periods(app.CadenceQuarter, g.Start, g.End), r.AsOf, app.DefaultThresholds)
	bars := chart.BarsFromRows(goalRows)
	var labels []string
	for _, gr := range goalRows {
		labels = append(labels, r.Quarter(gr.Period))
	}
	bars.Title = g.Title + r.Pick(": plan and actual by quarter", "：各季度计划与实际")
	bars.PlanLabel, bars.ActualLabel, bars.Periods, bars.Wan, bars.PointsUnit = r.Pick("Plan", "计划"), r.Pick("Actual", "实际"), labels, r.zh, r.PointsUnit()
	cum := chart.CumulativeInput{Goal: g, Plan: r.Snap.Plans[g.ID], Values: app.ValuesFromCheckIns(r.Snap.CheckIns[g.ID]), AsOf: r.AsOf,
		Title: g.Title + r.Pick(": cumulative", "：累计"), PlanLabel: r.Pick("Plan", "计划"), ActualLabel: r.Pick("Actual", "实际"),
		TargetLabel: r.Pick("Target", "目标"), ProjectionLabel: r.Pick("Projection", "预测"), PeriodLabels: labels, Wan: r.zh}
	return bars, cum
}
