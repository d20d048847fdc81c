package views

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// regionFile is an owner's daily sales file: rows for three regions, the
// Asian one with a sales amount still to come (待定).
const regionFile = "日期,门店,产品,地区,销售额(元),新增客户\n" +
	"2023-01-05,上海店,A,北美,1000,3\n" +
	"2023-01-20,线上,B,北美,200,1\n" +
	"2023-02-03,上海店,A,北美,50,0\n" +
	"2023-01-06,柏林店,A,欧洲,300,2\n" +
	"2023-02-07,线上,B,欧洲,400,4\n" +
	"2023-01-09,东京店,A,亚洲,待定,9\n" +
	"2023-02-09,东京店,B,亚洲,7,1\n"

// pickGoal selects goal id in a source row's goal select.
func pickGoal(t *testing.T, v *importView, r *sourceRow, id int64) {
	t.Helper()
	i := slices.IndexFunc(v.goals, func(g app.Goal) bool { return g.ID == id })
	if i < 0 {
		t.Fatalf("no goal %d", id)
	}
	r.goal.SetSelectedIndex(i + 1)
}

// filterRow opens r's filter as the user does and sets one condition:
// column, is or is not, values.
func filterRow(t *testing.T, v *importView, r *sourceRow, column string, not bool, values ...string) {
	t.Helper()
	test.Tap(r.edit)
	e := v.filterEdit
	if e == nil || len(e.conds) != 1 {
		t.Fatal("the filter editor did not open with one condition")
	}
	c := e.conds[0]
	c.column.SetSelected(column)
	if !slices.Contains(c.values.Options, "北美") && column == "地区" {
		t.Fatalf("the values offered are %q", c.values.Options)
	}
	if not {
		c.not.SetSelected(c.not.Options[1])
	}
	c.values.SetSelected(values)
	e.dialog.Confirm()
}

// TestImportFeedsGoalsBySlice imports one file into North-America sales
// (销售额 where 地区 = 北美), Europe sales (销售额 where 地区 is not 北美 or
// 亚洲) and all new customers, as the import dialog is used; the goals keep
// their sources, and a re-import of the layout applies them again.
func TestImportFeedsGoalsBySlice(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	na, eu, cu := saveMonthlyGoal(t, store, "North-America sales"), saveMonthlyGoal(t, store, "Europe sales"),
		saveMonthlyGoal(t, store, "New customers")
	path := filepath.Join(t.TempDir(), "sales.csv")
	if err := os.WriteFile(path, []byte(regionFile), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), nil)
	if !v.isWide() || len(v.sources) != 5 {
		t.Fatalf("wide %v with %d rows, want the wide layout's 5 value columns", v.isWide(), len(v.sources))
	}
	sliceSales(t, v, na.ID, eu.ID)

	// Asia is no goal's: its rows are skipped, the unreadable 待定 too.
	checkAndWait(t, v)
	if !containsText(w.Canvas().Overlays().Top(), "2 rows are for other 地区 values (“亚洲”)") || len(v.plan.Rejected) != 0 {
		t.Fatalf("plan %+v: the Asian rows are not counted apart", v.plan)
	}
	pickGoal(t, v, v.sources[4], cu.ID)
	checkAndWait(t, v)
	if len(v.plan.Rejected) != 0 || v.plan.Filtered != 0 {
		t.Fatalf("rejected %+v, filtered %d", v.plan.Rejected, v.plan.Filtered)
	}
	first := v.mapping().Sources
	for range 2 { // a re-import of the layout applies the filters again, and replaces
		test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Import"))
		checkRegionValues(t, store, map[int64][]string{na.ID: {"2023-01=1,200", "2023-02=50"},
			eu.ID: {"2023-01=300", "2023-02=400"}, cu.ID: {"2023-01=15", "2023-02=5"}})
		v = openImport(depsOf[importStore](ui), nil)
		if got := v.mapping().Sources; !reflect.DeepEqual(got, first) {
			t.Fatalf("remembered sources\n%+v\nwant\n%+v", got, first)
		}
		checkAndWait(t, v)
	}
	checkNorthAmericaBreakdown(t, store, na.ID)
	src, ok, err := store.GoalSource(ctx, eu.ID)
	want := app.GoalSource{GoalID: eu.ID, Layout: src.Layout, Columns: []string{"日期", "门店", "产品", "地区", "销售额(元)", "新增客户"},
		ValueColumn: "销售额(元)", Filter: []app.SourceCondition{{Column: "地区", Op: "≠", Values: []string{"北美", "亚洲"}}}}
	if err != nil || !ok || !reflect.DeepEqual(src, want) {
		t.Errorf("Europe's source %+v (%v, %v), want %+v", src, ok, err, want)
	}
}

// sliceSales feeds North-America sales from 销售额(元) where 地区 = 北美, and
// Europe sales from the same column where 地区 is not 北美 or 亚洲, on a
// second row under the first.
func sliceSales(t *testing.T, v *importView, na, eu int64) {
	t.Helper()
	sales := v.sources[3]
	pickGoal(t, v, sales, na)
	filterRow(t, v, sales, "地区", false, "北美")
	if !sales.summary.Visible() || sales.summary.Text != "Only rows where 地区 = 北美" {
		t.Errorf("summary %q", sales.summary.Text)
	}
	test.Tap(sales.another)
	europe := v.sources[len(v.sources)-1]
	if slices.Index(v.goalMap.Objects, fyne.CanvasObject(europe.box)) != slices.Index(v.goalMap.Objects, fyne.CanvasObject(sales.box))+1 {
		t.Error("the column's second goal is not under its first")
	}
	pickGoal(t, v, europe, eu)
	filterRow(t, v, europe, "地区", true, "北美", "亚洲")

}

// checkNorthAmericaBreakdown checks that the other text columns of
// regionFile break North-America sales down, replaced on re-import.
func checkNorthAmericaBreakdown(t *testing.T, store *data.Store, id int64) {
	t.Helper()
	var breakdown []string
	ds, err := store.Breakdown(context.Background(), id)
	for _, d := range ds {
		breakdown = append(breakdown, d.PeriodKey+" "+d.Dimension+"="+d.Value+" "+countText(int(d.Amount)))
	}
	if want := []string{"2023-01 产品=A 1,000", "2023-01 产品=B 200", "2023-01 地区=北美 1,200", "2023-01 门店=上海店 1,000",
		"2023-01 门店=线上 200", "2023-02 产品=A 50", "2023-02 地区=北美 50", "2023-02 门店=上海店 50"}; err != nil || !slices.Equal(breakdown, want) {
		t.Errorf("North America's breakdown %q (%v), want %q", breakdown, err, want)
	}
}

// checkRegionValues checks each goal's check-ins, "period=value".
func checkRegionValues(t *testing.T, store *data.Store, want map[int64][]string) {
	t.Helper()
	for id, w := range want {
		cs, err := store.CheckIns(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.PeriodKey+"="+countText(int(c.Value)))
		}
		if !slices.Equal(got, w) {
			t.Errorf("goal %d: %q, want %q", id, got, w)
		}
	}
}
