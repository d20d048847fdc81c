package deck

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/export"
	"pacer/app/internal/testkit"
	"pacer/assets"
	"pacer/data/sampledb"
)

// zhTranslator translates as the app does in Chinese: by the
// translations it ships.
func zhTranslator(t testing.TB) export.Translator {
	t.Helper()
	b, err := assets.Translations().ReadFile(assets.TranslationsDir + "/zh_Hans.json")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return func(s string) string { return m[s] }
}

// sampleInput is the Q1 2023 review of the sample plan in lang ("en" or
// "zh") as the review screen makes it, with copies goals in all: the
// sample's three goals repeated under new IDs and titles.
func sampleInput(t testing.TB, lang string, copies int) Input {
	t.Helper()
	ctx := context.Background()
	s := sampledb.Store(t, lang)
	snap, err := s.Snapshot(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	snap = repeatGoals(snap, copies)
	zh := lang == "zh"
	var words export.Translator
	if zh {
		words = zhTranslator(t)
	}
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
	statuses := map[app.Status]string{}
	for _, st := range export.StatusOrder() {
		statuses[st] = words.T(st.Label())
	}
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
	if zh {
		font, err := chart.ParseFont(assets.CJKFont)
		if err != nil {
			t.Fatal(err)
		}
		charts.Font = font
	}
	return Input{
		Lang:      pick("en", "zh-Hans"),
		Title:     pick("Review of Q1 2023", "2023年第1季度复盘"),
		Subtitle:  pick("North America sales · pacer.db", "北美销售 · pacer.db"),
		Generated: pick("Generated on 2023-05-20", "生成于 2023-05-20"),
		Table: app.ReviewTable{Columns: cols, Headers: headers, Rows: rows, PeriodLabel: quarter,
			StatusLabels: statuses, Reviews: reviews, PointsUnit: pick("", "个百分点")},
		Actions: actions, Charts: charts, Translate: words,
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
