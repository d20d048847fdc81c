package deck

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
	"pacer/assets"
	"pacer/data"
)

// zhWords are the deck's words in Chinese, as the translations have them.
var zhWords = map[string]string{
	"Summary": "概览", "Goals reviewed": "复盘目标数", "Variance table": "差异表", "Gap analysis": "差距分析",
	"Cause category": "原因类别", "Cause": "原因", "Team feedback": "团队反馈", "Improvement measures": "改进措施",
	"Measure": "措施", "Owner": "负责人", "Deadline": "截止日期", "Done": "已完成", "Status": "状态", "Plan": "计划",
	"Actual": "实际", "Gap to plan": "与计划差距", "Target": "目标", "Projection": "预测", "Open action plans": "进行中的行动计划",
	"Problem": "问题", "Strategy": "策略", "Start – due": "起止日期", "Goals": "目标", "Attainment of plan": "计划达成率",
	"Market demand": "市场需求", "Customer development": "客户开发", "Competition": "竞争", "Planned": "计划中", "In progress": "进行中",
}

// sampleInput is the Q1 2023 review of the sample plan in lang ("en" or
// "zh") as the review screen makes it, with copies goals in all: the
// sample's three goals repeated under new IDs and titles.
func sampleInput(t testing.TB, lang string, copies int) Input {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, t.TempDir()+"/s.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := sample.LoadSample(ctx, s, lang); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Snapshot(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	snap = repeatGoals(snap, copies)
	zh := lang == "zh"
	pick := func(en, cn string) string {
		if zh {
			return cn
		}
		return en
	}
	q1, asOf := testkit.Key(t, "2023-Q1"), testkit.Day(t, "2023-05-20")
	rows := app.ReviewRows(app.Calendar{}, snap, q1, asOf, app.DefaultThresholds)
	reviews := map[int64]app.Review{}
	for _, r := range rows {
		if rv, err := s.ReviewByPeriod(ctx, r.Goal.ID%1000, q1.Key()); err == nil {
			reviews[r.Goal.ID] = *rv
		}
	}
	actions, err := s.ListActionPlans(ctx, app.ActionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	quarter := func(p app.Period) string {
		if zh {
			return p.Key()[:4] + "年第" + p.Key()[6:] + "季度"
		}
		return "Q" + p.Key()[6:] + " " + p.Key()[:4]
	}
	statuses := map[app.Status]string{app.StatusAchieved: pick("Achieved", "已达成"), app.StatusPartial: pick("Partly achieved", "部分达成"),
		app.StatusMissed: pick("Missed", "未达成"), app.StatusOnTrack: pick("On track", "正常"), app.StatusAtRisk: pick("At risk", "有风险"),
		app.StatusOffTrack: pick("Off track", "偏离"), app.StatusNoData: pick("No data yet", "暂无数据")}
	cols := []app.ReviewColumn{app.ColumnGoal, app.ColumnUnit, app.ColumnExpected, app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel,
		app.ColumnVsPreviousRel, app.ColumnVsLastYearRel, app.ColumnStatus}
	headers := strings.Split(pick("Goal|Unit|Expected|Actual|Variance|Variance %|Vs previous period %|Vs same period last year %|Status",
		"目标|单位|预期|实际|差异|差异 %|环比 %|同比 %|状态"), "|")
	charts := Charts{
		Portfolio: &chart.PortfolioInput{Title: pick("Q1 2023: attainment of plan", "2023年第1季度：计划达成率"), ReferenceLabel: pick("Plan 100%", "计划 100%"),
			Items: chart.PortfolioFromRows(rows), StatusLabels: statuses},
		Goals: map[int64]GoalCharts{},
	}
	for _, r := range rows {
		g := r.Goal
		goalRows := app.ReviewGoalRows(app.Calendar{}, snap, g.ID, app.Calendar{}.Periods(app.CadenceQuarter, g.Start, g.End), asOf, app.DefaultThresholds)
		bars := chart.BarsFromRows(goalRows)
		var labels []string
		for _, gr := range goalRows {
			labels = append(labels, quarter(gr.Period))
		}
		bars.Title = g.Title + pick(": plan and actual by quarter", "：各季度计划与实际")
		bars.PlanLabel, bars.ActualLabel, bars.Periods, bars.Wan = pick("Plan", "计划"), pick("Actual", "实际"), labels, zh
		charts.Goals[g.ID] = GoalCharts{PlanActual: &bars,
			Cumulative: &chart.CumulativeInput{Goal: g, Plan: snap.Plans[g.ID], Values: app.ValuesFromCheckIns(snap.CheckIns[g.ID]), AsOf: asOf,
				Title: g.Title + pick(": cumulative", "：累计"), PlanLabel: pick("Plan", "计划"), ActualLabel: pick("Actual", "实际"),
				TargetLabel: pick("Target", "目标"), ProjectionLabel: pick("Projection", "预测"), Wan: zh}}
	}
	words := DefaultWords()
	if zh {
		words = words.Translate(func(s string) string {
			if w, ok := zhWords[s]; ok {
				return w
			}
			return s
		})
		if err := chart.SetChartFont(assets.CJKFont); err != nil {
			t.Fatal(err)
		}
	}
	return Input{
		Lang:      pick("en", "zh-Hans"),
		Title:     pick("Review of Q1 2023", "2023年第1季度复盘"),
		Subtitle:  pick("North America sales · pacer.db", "北美销售 · pacer.db"),
		Generated: pick("Generated on 2023-05-20", "生成于 2023-05-20"),
		Table: app.ReviewTable{Columns: cols, Headers: headers, Rows: rows, PeriodLabel: quarter,
			StatusLabels: statuses, Reviews: reviews, PointsUnit: pick("", "个百分点")},
		Actions: actions, Charts: charts, Words: words,
	}
}

// repeatGoals is snap with its goals repeated under new IDs (n*1000 + ID)
// and numbered titles until it has count goals; fewer keeps the first.
func repeatGoals(snap app.Snapshot, count int) app.Snapshot {
	base := snap.Goals
	out := snap
	out.Goals = nil
	for i := 0; i < count; i++ {
		g := base[i%len(base)]
		if n := i / len(base); n > 0 {
			id := int64(n)*1000 + g.ID
			out.Plans[id], out.CheckIns[id], out.History[id] = snap.Plans[g.ID], snap.CheckIns[g.ID], snap.History[g.ID]
			g.ID, g.Title = id, fmt.Sprintf("%s %d", g.Title, n+1)
		}
		out.Goals = append(out.Goals, g)
	}
	return out
}
