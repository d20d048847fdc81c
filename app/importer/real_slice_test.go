package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"pacer/app"
)

// TestImportRealSlice reads libreoffice_sales_zh.xlsx, a year of daily
// sales written by LibreOffice (2 products × 2 regions, date cells, yuan
// cells), whose sheet 汇总 holds each region's quarterly totals as SUMIFS
// formulas LibreOffice computed. North-America sales fed by 地区 = 北美
// lands exactly those totals, to the cent; the other region's rows are
// skipped and counted; feeding both regions skips nothing, and each
// quarter's breakdown by product adds up to it; a re-import replaces every
// quarter with the same value.
func TestImportRealSlice(t *testing.T) {
	const file = "libreoffice_sales_zh.xlsx"
	b := readReal(t, file)
	tab, err := ReadTable(bytes.NewReader(b), file)
	if err != nil {
		t.Fatal(err)
	}
	sums, err := ReadSheet(bytes.NewReader(b), file, "汇总")
	if err != nil {
		t.Fatal(err)
	}
	goal := func(id int64, title string) app.Goal {
		return app.Goal{ID: id, Title: title, Aggregation: app.AggFlow, Decimals: 2, Cadence: app.CadenceQuarter,
			PlanBy: app.CadenceQuarter, Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	goals := []app.Goal{goal(1, "北美销售额"), goal(2, "欧洲销售额")}
	region := func(id int64, r string) Source {
		return Source{GoalID: id, ValueColumn: 3, Filter: []Condition{{Column: 2, Op: OpIs, Values: []string{r}}}}
	}
	plan := func(existing app.Snapshot, srcs ...Source) ImportPlan {
		m := Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Sources: srcs, Dimensions: []int{1, 2}}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, existing, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Rejected) != 0 || p.Rows != 1460 {
			t.Fatalf("rows %d, rejected %+v", p.Rows, p.Rejected)
		}
		return p
	}
	na := plan(app.Snapshot{}, region(1, "北美"))
	if na.Filtered != 730 || !slices.Equal(na.FilteredValues, []string{"欧洲"}) {
		t.Errorf("filtered %d %q, want Europe's 730 rows", na.Filtered, na.FilteredValues)
	}
	both := plan(app.Snapshot{}, region(1, "北美"), region(2, "欧洲"))
	if both.Filtered != 0 || len(both.CheckIns) != 8 {
		t.Fatalf("both regions: filtered %d, %d check-ins", both.Filtered, len(both.CheckIns))
	}
	checkSUMIFS(t, both.CheckIns, sums)
	// By product (2 values) and region (1 a goal), each quarter adds up.
	checkBreakdownAddsUp(t, both)
	if len(both.Breakdown) != 4*2*(2+1) {
		t.Errorf("%d breakdown values, want 4 quarters × 2 goals × (2 products + 1 region)", len(both.Breakdown))
	}
	stored := app.Snapshot{CheckIns: map[int64][]app.CheckIn{1: na.CheckIns}}
	again := plan(stored, region(1, "北美"))
	if again.Replaced != 4 || !slices.Equal(again.CheckIns, na.CheckIns) {
		t.Errorf("re-import: %d replaced, %+v, want the same 4 quarters replaced", again.Replaced, again.CheckIns)
	}
}

// checkSUMIFS checks each quarter's check-in against the workbook's own
// SUMIFS total in sheet 汇总 (季度, 北美, 欧洲: goal 1 then 2).
func checkSUMIFS(t *testing.T, cs []app.CheckIn, sums Table) {
	t.Helper()
	for _, c := range cs {
		q := int(c.PeriodKey[len(c.PeriodKey)-1] - '0')
		want := sums.Cell(q, int(c.GoalID))
		if want.Kind == CellText || c.Value != want.Number {
			t.Errorf("goal %d %s = %v, LibreOffice's SUMIFS %v (%q)", c.GoalID, c.PeriodKey, c.Value, want.Number, want.Text)
		}
	}
}
