package deck

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/export"
	"pacer/app/internal/testkit"
	"pacer/assets"
	"pacer/data/sampledb"
	"pacer/data/samplereview"
)

// zhTranslator translates as the app does in Chinese: by the
// translations it ships.
func zhTranslator(t testing.TB) export.Translator {
	t.Helper()
	return testkit.ZhWords(t)
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
	rv := samplereview.Q1(t, s, repeatGoals(snap, copies), lang)
	pick, zh := rv.Pick, lang == "zh"
	var words export.Translator
	cols := []app.ReviewColumn{app.ColumnGoal, app.ColumnUnit, app.ColumnExpected, app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel,
		app.ColumnVsPreviousRel, app.ColumnVsLastYearRel, app.ColumnStatus}
	headers := strings.Split(pick("Goal|Unit|Expected|Actual|Variance|Variance %|Vs previous period %|Vs same period last year %|Status",
		"目标|单位|预期|实际|差异|差异 %|环比 %|同比 %|状态"), "|")
	charts := Charts{Portfolio: rv.Portfolio(), Goals: map[int64]GoalCharts{}}
	for _, r := range rv.Rows {
		bars, cum := rv.GoalCharts(r.Goal)
		charts.Goals[r.Goal.ID] = GoalCharts{PlanActual: &bars, Cumulative: &cum}
	}
	if zh {
		words = zhTranslator(t)
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
		Table: app.ReviewTable{Columns: cols, Headers: headers, Rows: rv.Rows, PeriodLabel: rv.Quarter,
			StatusLabels: rv.StatusLabels(), Reviews: rv.Reviews, PointsUnit: rv.PointsUnit()},
		Actions: rv.Actions, Charts: charts, Translate: words,
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
