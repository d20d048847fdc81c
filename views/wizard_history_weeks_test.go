package views

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/data"
)

// saveWeeklySalesGoal stores a goal for 2024 of 6,864 sales whose history
// is by week: 100 a week in 2021, 110 in 2022 and 120 in 2023, in which
// 53 weeks ended (it began on a Sunday).
func saveWeeklySalesGoal(t *testing.T, store *data.Store) app.Goal {
	t.Helper()
	cal := app.Calendar{}
	g := app.Goal{Title: "In 2024 raise weekly sales by 10%", Perspective: app.PerspectiveFinancial, Owner: "Li Wei",
		Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 6864,
		Start: app.NewDate(2024, 1, 1), End: app.NewDate(2024, 12, 31), Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth,
		Rationale: "Our shops"}
	var history []app.HistoryValue
	for _, w := range cal.Periods(app.CadenceWeek, app.NewDate(2021, 1, 1), app.NewDate(2023, 12, 31)) {
		if y := cal.End(w).Year(); y >= 2021 && y <= 2023 {
			history = append(history, app.HistoryValue{PeriodKey: w.Key(), Value: float64(100 + 10*(y-2021))})
		}
	}
	setup := app.GoalSetup{Goal: &g, Plan: app.SplitEven(cal, g, app.CadenceMonth), History: history}
	if err := store.SaveGoalSetup(context.Background(), setup); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestWizardHistoryByWeekReads checks that the History step of a goal
// whose history was recorded by week judges the target on its past years,
// in English and Chinese: 2022 grew 10 %, and 2023's 53 weeks count as
// 52, so the target asks +10.0 % on 6,240 and the step says why that is
// not the 6,360 recorded; a note says the weeks count though the grid
// shows none of them, and leaving the step keeps all 157. Before, weeks
// were ignored and the step said there was no history, below a note of
// "other values".
func TestWizardHistoryByWeekReads(t *testing.T) {
	for _, tt := range []struct {
		language string
		want     []string
	}{
		{"en", []string{"Values by week are recorded for these years: they are not shown here, but they count in the check below",
			"The target asks for +10.0% on 6,240; your best year achieved +10.0%.",
			"In 2023, 53 weeks ended, one more than in a usual year: its 6,360 recorded count as 6,240, 52 weeks' worth"}},
		{"zh", []string{"这些年度有按周记录的数值：此处不显示，但计入下方的检查",
			"目标要求在 6,240 的基础上实现 +10.0%，历史最好年份为 +10.0%。",
			"2023 年度内结束的周有 53 个，比通常多一周：记录的 6,360 按 52 周折算为 6,240"}},
	} {
		ui, w, store := newStoreUI(t)
		useLanguage(t, tt.language)
		g := saveWeeklySalesGoal(t, store)
		_, wiz := editWizard(t, ui, g)
		h := stepOf[*historyStep](wiz)
		wiz.show(stepIndex(wiz, h))
		for _, want := range tt.want {
			if !containsText(w.Canvas().Content(), want) {
				t.Errorf("%s: the History step does not say %q", tt.language, want)
			}
		}
		if err := h.apply(wiz.draft); err != nil || len(wiz.draft.history) != 157 {
			t.Errorf("%s: leaving the step keeps %d history values (%v), want the 157 weeks", tt.language, len(wiz.draft.history), err)
		}
	}
	useLanguage(t, "en")
}

// TestWizardHistoryTypedYearKeepsTheNextYearsWeeks types 2022 by quarter
// over its weeks: the grid decides 2022, and every week of 2023 stays,
// 2022-W52 too, which ended on 1 January 2023 and counts in 2023. It was
// dropped with 2022, where it starts, and 2023 left the check, 52 of its
// 53 weeks recorded.
func TestWizardHistoryTypedYearKeepsTheNextYearsWeeks(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveWeeklySalesGoal(t, store)
	_, wiz := editWizard(t, ui, g)
	h := stepOf[*historyStep](wiz)
	wiz.show(stepIndex(wiz, h))
	h.switchTo(app.CadenceQuarter)
	for _, q := range []string{"2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"} {
		h.cells[q].SetText("1430")
	}
	if err := h.apply(wiz.draft); err != nil {
		t.Fatal(err)
	}
	kept := map[string]bool{}
	for _, v := range wiz.draft.history {
		kept[v.PeriodKey] = true
	}
	if !kept["2022-W52"] || kept["2022-W51"] || !kept["2023-W52"] {
		t.Errorf("kept 2022-W52 %v (want true), 2022-W51 %v (want false, 2022 typed), 2023-W52 %v", kept["2022-W52"], kept["2022-W51"], kept["2023-W52"])
	}
	var years []int
	for _, y := range app.AnalyzeHistory(app.Calendar{}, g, wiz.draft.history).Years {
		years = append(years, y.Year)
	}
	if len(years) != 3 || years[2] != 2023 {
		t.Errorf("years in the check %v, want 2021 to 2023", years)
	}
}
