package views

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// metricFile is the long layout: one value a row, the goal named in 指标,
// with two columns of categories.
const metricFile = "日期,指标,产品,渠道,金额\n" +
	"2023-01-05,Sales,A,线上,100\n" +
	"2023-01-06,Sales,B,门店,200\n" +
	"2023-02-03,Sales,A,门店,50\n" +
	"2023-01-07,Customers,A,线上,3\n" +
	"2023-02-08,Customers,B,门店,4\n"

// openMetricImport opens metricFile's import in the long layout with
// Sales and Customers mapped to their goals.
func openMetricImport(t *testing.T, ui *mainUI, sales, customers app.Goal) *importView {
	t.Helper()
	v := openImport(depsOf[importStore](ui), nil)
	if v.isWide() {
		v.wide.SetSelected(v.wide.Options[0])
		v.goalCol.SetSelected("指标")
		v.valueCol.SetSelected("金额")
	}
	pickGoal(t, v, v.keyRows["Sales"], sales.ID)
	pickGoal(t, v, v.keyRows["Customers"], customers.ID)
	return v
}

func newMetricImport(t *testing.T) (*mainUI, *data.Store, app.Goal, app.Goal) {
	ui, _, store := newStoreUI(t)
	path := filepath.Join(t.TempDir(), "metrics.csv")
	if err := os.WriteFile(path, []byte(metricFile), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	return ui, store, saveMonthlyGoal(t, store, "Sales"), saveMonthlyGoal(t, store, "Customers")
}

// TestImportKeepsChosenDimensions switches 渠道 off as a dimension: the
// goals are broken down by 产品 only, and the next file of the layout
// opens with 渠道 off.
func TestImportKeepsChosenDimensions(t *testing.T) {
	ui, store, sales, customers := newMetricImport(t)
	v := openMetricImport(t, ui, sales, customers)
	if len(v.dimChecks) != 2 || v.dimChecks[2] == nil || v.dimChecks[3] == nil || !v.dimChecks[3].Checked || v.dimBox.Hidden {
		t.Fatalf("dimension boxes %v (hidden %v), want 产品 and 渠道 ticked", v.dimChecks, v.dimBox.Hidden)
	}
	if v.dimChecks[3].Text != "Keep 渠道 as a dimension" {
		t.Errorf("box reads %q", v.dimChecks[3].Text)
	}
	test.Tap(v.dimChecks[3])
	if got := v.mapping().Dimensions; !slices.Equal(got, []int{2}) {
		t.Fatalf("dimensions %v, want 产品's column only", got)
	}
	checkAndWait(t, v)
	v.onImport()
	var got []string
	ds, err := store.Breakdown(context.Background(), sales.ID)
	for _, d := range ds {
		got = append(got, d.PeriodKey+" "+d.Dimension+"="+d.Value+" "+countText(int(d.Amount)))
	}
	if want := []string{"2023-01 产品=A 100", "2023-01 产品=B 200", "2023-02 产品=A 50"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("breakdown %q (%v), want %q", got, err, want)
	}
	v = openImport(depsOf[importStore](ui), nil)
	if v.isWide() || v.dimChecks[3] == nil || v.dimChecks[3].Checked || !v.dimChecks[2].Checked {
		t.Errorf("the layout's next file: wide %v, boxes %v", v.isWide(), v.dimChecks)
	}
}

// TestImportFiltersTheLongLayout gives Sales, named in the goal column, a
// filter (渠道 ≠ 线上): it reads only its other rows, Customers all of
// its own; the filter is saved with Sales's source and applied again to
// the layout's next file.
func TestImportFiltersTheLongLayout(t *testing.T) {
	ui, store, sales, customers := newMetricImport(t)
	v := openMetricImport(t, ui, sales, customers)
	row := v.keyRows["Sales"]
	filterRow(t, v, row, "渠道", true, "线上")
	if row.summary.Text != "Only rows where 渠道 ≠ 线上" {
		t.Errorf("summary %q", row.summary.Text)
	}
	checkAndWait(t, v)
	if len(v.plan.Rejected) != 0 {
		t.Fatalf("rejected %+v", v.plan.Rejected)
	}
	v.onImport()
	checkRegionValues(t, store, map[int64][]string{sales.ID: {"2023-01=200", "2023-02=50"},
		customers.ID: {"2023-01=3", "2023-02=4"}})
	src, ok, err := store.GoalSource(context.Background(), sales.ID)
	want := []app.SourceCondition{{Column: "指标", Op: "=", Values: []string{"Sales"}}, {Column: "渠道", Op: "≠", Values: []string{"线上"}}}
	if err != nil || !ok || !reflect.DeepEqual(src.Filter, want) || src.ValueColumn != "金额" {
		t.Errorf("Sales's source %+v (%v, %v), want 金额 where %+v", src, ok, err, want)
	}
	v = openImport(depsOf[importStore](ui), nil)
	if r := v.keyRows["Sales"]; r == nil || r.summary.Text != "Only rows where 渠道 ≠ 线上" || len(v.mapping().Sources) != 2 {
		t.Errorf("the layout's next file: Sales row %+v, mapping %+v", r, v.mapping())
	}
}
