package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// milestoneTable is the audit's review: a milestone due in December 2026,
// checked in monthly, Not done in September and October and never
// again, its year reviewed on 2027-01-20, with a goal of sales beside it.
func milestoneTable(t *testing.T, words app.MilestoneWords) app.ReviewTable {
	t.Helper()
	span := func(g app.Goal) app.Goal {
		g.Start, g.End, g.Cadence, g.PlanBy = app.NewDate(2026, 1, 1), app.NewDate(2026, 12, 31), app.CadenceMonth, app.CadenceMonth
		return g
	}
	store := span(app.Goal{ID: 1, Title: "Open the Shenzhen store", Kind: app.KindMilestone, Unit: app.UnitCount, Aggregation: app.AggLevel, Target: 1})
	sales := span(app.Goal{ID: 2, Title: "Sales", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 1200})
	snap := app.Snapshot{Goals: []app.Goal{store, sales},
		Plans: map[int64][]app.PeriodTarget{1: testkit.Plan("2026-12", 1), 2: app.SplitEven(app.Calendar{}, sales, app.CadenceMonth)},
		CheckIns: map[int64][]app.CheckIn{1: testkit.CheckIns(1, "2026-09", 0, "2026-10", 0),
			2: testkit.CheckIns(2, "2026-01", 100, "2026-02", 80)}}
	rows := app.ReviewRows(app.Calendar{}, snap, testkit.Key(t, "2026"), testkit.Day(t, "2027-01-20"), app.DefaultThresholds)
	slices.SortFunc(rows, func(a, b app.ReviewRow) int { return int(a.Goal.ID - b.Goal.ID) })
	cols := []app.ReviewColumn{app.ColumnGoal, app.ColumnExpected, app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel,
		app.ColumnReported, app.ColumnStatus}
	return app.ReviewTable{Columns: cols, Headers: []string{"Goal", "Expected", "Actual", "Variance", "Variance %", "Reported", "Status"},
		Rows: rows, StatusLabels: map[app.Status]string{app.StatusMissed: "Missed"}, Milestone: words}
}

// zhMilestone are the milestone's words in Chinese, as the app ships them.
func zhMilestone(t *testing.T) app.MilestoneWords {
	w := testkit.ZhWords(t)
	return app.MilestoneWords{Done: w("Done"), NotDone: w("Not done"), Behind: w("Behind plan"), OnPlan: w("On plan"), Ahead: w("Ahead of plan")}
}

// TestReviewCSVWritesAMilestoneDoneOrNot: the review CSV writes a
// milestone's plan and actual Done or Not done, in the table's words, and
// its gap behind plan in words with no relative gap, where it wrote
// "1,0,-1,-100.0"; the goal of sales beside it keeps its numbers.
func TestReviewCSVWritesAMilestoneDoneOrNot(t *testing.T) {
	for _, tt := range []struct {
		name  string
		words app.MilestoneWords
		want  []string
	}{
		{"English", app.MilestoneWords{}, []string{"Open the Shenzhen store", "Done", "Not done", "Behind plan", "", "\u20602/12", "Missed"}},
		{"Chinese", zhMilestone(t), []string{"Open the Shenzhen store", "已完成", "未完成", "落后于计划", "", "\u20602/12", "Missed"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteReviewCSV(&b, milestoneTable(t, tt.words)); err != nil {
				t.Fatal(err)
			}
			got, err := csv.NewReader(bytes.NewReader(b.Bytes()[3:])).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got[1], tt.want) {
				t.Errorf("the milestone's row %q, want %q", got[1], tt.want)
			}
			if want := []string{"Sales", "1200", "180", "-1020", "-85.0"}; !slices.Equal(got[2][:5], want) {
				t.Errorf("the sales row %q, want %q first", got[2], want)
			}
		})
	}
}

// TestReviewXLSXWritesAMilestoneDoneOrNot: the review workbook's cells
// of a milestone are the words the CSV writes, not 1, 0 and −1.
func TestReviewXLSXWritesAMilestoneDoneOrNot(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReviewXLSX(&b, milestoneTable(t, app.MilestoneWords{})); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Open the Shenzhen store", "Done", "Not done", "Behind plan", "", "2/12", "Missed"}; !slices.Equal(rows[1], want) {
		t.Errorf("the milestone's row %q, want %q", rows[1], want)
	}
}

// TestReportWritesAMilestoneDoneOrNot: the report's facts and table of a
// milestone, which the deck's slides and notes write too, read Done, Not
// done and behind plan rather than 1, 0 and −100.0%.
func TestReportWritesAMilestoneDoneOrNot(t *testing.T) {
	table := milestoneTable(t, app.MilestoneWords{})
	r := table.Rows[0]
	want := map[string]string{"Plan": "Done", "Actual": "Not done", "Gap to plan": "Behind plan"}
	for _, f := range goalFacts(table, r, func(s string) string { return s }) {
		if w, ok := want[f.Label]; ok && f.Value != w {
			t.Errorf("%s reads %q, want %q", f.Label, f.Value, w)
		}
	}
	var cells []string
	for _, c := range table.Columns {
		cells = append(cells, ReadableCell(table.Cell(c, r), r.Goal, ""))
	}
	if want := []string{"Open the Shenzhen store", "Done", "Not done", "Behind plan", "—", "2/12", "Missed"}; !slices.Equal(cells, want) {
		t.Errorf("the table's row %q, want %q", cells, want)
	}
}
