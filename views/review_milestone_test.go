package views

import (
	"testing"

	"pacer/app"
	"pacer/app/export/deck"
)

// milestoneSnap is the audit's goal: a milestone due in December 2026,
// Not done in September and October and never checked in again;
// previous is the year before's value. year is 2026.
func milestoneSnap(t *testing.T, previous float64) (snap app.Snapshot, year app.Period) {
	t.Helper()
	g := app.Goal{ID: 1, Title: "Open the Shenzhen store", Kind: app.KindMilestone, Unit: app.UnitCount, Aggregation: app.AggLevel, Target: 1,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	snap = app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: app.SplitEven(app.Calendar{}, g, app.CadenceMonth)},
		CheckIns: map[int64][]app.CheckIn{1: {{GoalID: 1, PeriodKey: "2026-09"}, {GoalID: 1, PeriodKey: "2026-10"}}},
		History:  map[int64][]app.HistoryValue{1: {{GoalID: 1, PeriodKey: "2025", Value: previous}}}}
	year, err := app.ParsePeriodKey("2026")
	if err != nil {
		t.Fatal(err)
	}
	return snap, year
}

// milestoneRow is milestoneSnap's year reviewed on 2027-01-20.
func milestoneRow(t *testing.T, previous float64) app.ReviewRow {
	t.Helper()
	snap, year := milestoneSnap(t, previous)
	rows := app.ReviewRows(app.Calendar{}, snap, year, app.NewDate(2027, 1, 20), app.DefaultThresholds)
	if len(rows) != 1 || !rows[0].HasActual || !rows[0].HasExpected {
		t.Fatalf("rows %+v", rows)
	}
	return rows[0]
}

// TestReviewWritesAMilestoneDoneOrNot: the review's lines of a milestone
// read "Expected Done · actual Not done · Behind plan" and name the year
// before's value in words, in either language, where they read "Expected
// 1 · actual 0 · gap −1 (−100.0%)"; the variance table the screen makes
// for the pack, the report and the deck writes the same words.
func TestReviewWritesAMilestoneDoneOrNot(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	for _, tt := range []struct {
		language, plan, compare, table string
	}{
		{"en", "Expected Done · actual Not done · Behind plan · 2 of 12 reported", "previous period Done · same period last year Done", "Done|Not done|Behind plan|"},
		{"zh", "预期 已完成 · 实际 未完成 · 落后于计划 · 已填报 2/12", "上期 已完成 · 去年同期 已完成", "已完成|未完成|落后于计划|"},
	} {
		t.Run(tt.language, func(t *testing.T) {
			useLanguage(t, tt.language)
			r := milestoneRow(t, 1)
			if got := reviewPlanLine(r); got != tt.plan {
				t.Errorf("review line %q, want %q", got, tt.plan)
			}
			if got := reviewCompareLine(r); got != tt.compare {
				t.Errorf("comparison %q, want %q", got, tt.compare)
			}
			ui, _, _ := newStoreUI(t)
			ui.showScreen(screenReviews)
			s := builtScreen[*reviewsScreen](ui)
			s.rows = []app.ReviewRow{r}
			table := s.exportTable(r.Period)
			got := ""
			for _, c := range []app.ReviewColumn{app.ColumnExpected, app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel} {
				got += table.Cell(c, r).Text + "|"
			}
			if got != tt.table+"|" {
				t.Errorf("the table's cells %q, want %q", got, tt.table+"|")
			}
		})
	}
}

// TestDeckNotesWriteAMilestoneInTheInterfacesLanguage: the deck's speaker
// notes of a milestone name its actual and plan, Done or Not done, and
// its status, with no "1 below plan".
func TestDeckNotesWriteAMilestoneInTheInterfacesLanguage(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	f := deck.Figures{Goal: "Shop", Actual: "Not done", Plan: "Done", Gap: "Behind plan", Status: "Missed",
		HasActual: true, HasPlan: true, Below: true, Done: true}
	if got, want := deckSentence(f), "Shop: Not done against a plan of Done (Missed)."; got != want {
		t.Errorf("notes %q, want %q", got, want)
	}
	useLanguage(t, "zh")
	if got, want := deckSentence(f), "Shop：实际 Not done，计划 Done（Missed）。"; got != want {
		t.Errorf("notes %q, want %q", got, want)
	}
}

// TestReviewChartsWriteAMilestoneDoneOrNot: the review's charts of a
// milestone, in the interface's language, label its plan and actual Done
// or Not done and its gap behind plan; so does the goal's own chart.
func TestReviewChartsWriteAMilestoneDoneOrNot(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "zh")
	ui, _, _ := newStoreUI(t)
	ui.showScreen(screenReviews)
	s := builtScreen[*reviewsScreen](ui)
	snap, year := milestoneSnap(t, 1)
	r := milestoneRow(t, 1)
	b := chartBuilder{ui: s.ui, snap: snap, rows: []app.ReviewRow{r}, period: year, goal: r.Goal}
	if w := b.planActual().Milestone; w.Done != "已完成" || w.NotDone != "未完成" || w.Behind != "落后于计划" {
		t.Errorf("the plan and actual bars' words %+v", w)
	}
	if got := b.goalsGap().Notes(); got[0] != "落后于计划" {
		t.Errorf("the gap chart among goals writes %q", got)
	}
	if w := b.goalGap().Milestone; w.Behind != "落后于计划" || w.Ahead != "超出计划" {
		t.Errorf("the gap chart by period's words %+v", w)
	}
	if w := goalChartInput(s.ui, app.Pace{Goal: r.Goal}).Milestone; w.Done != "已完成" || w.NotDone != "未完成" {
		t.Errorf("the goal's chart's words %+v", w)
	}
}
