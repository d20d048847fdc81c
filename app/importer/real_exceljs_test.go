package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"pacer/app"
)

// TestImportRealExcelJSGroups reads testdata/real/exceljs_groups_zh.xlsx,
// which ExcelJS 4.4.0 wrote (make_exceljs_groups.js): a header of two
// rows, 华东 merged over 销售额 and 成本, 华南 over the next two. ExcelJS
// leaves the covered cell E2 empty and the row read ends at 华南, so the
// last column was named 成本 alone, not 华南 · 成本 as the sheet shows.
func TestImportRealExcelJSGroups(t *testing.T) {
	const file = "exceljs_groups_zh.xlsx"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"月份", "华东 · 销售额", "华东 · 成本", "华南 · 销售额", "华南 · 成本"}; tab.HeaderRow != 2 ||
		tab.Sheet != "月报" || !slices.Equal(tab.Header, want) {
		t.Errorf("sheet %q, header row %d %q; want 月报, 2 %q", tab.Sheet, tab.HeaderRow, tab.Header, want)
	}
	goal := func(id int64) app.Goal {
		return app.Goal{ID: id, Title: "g", Aggregation: app.AggFlow, Cadence: app.CadenceMonth,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1, 4: 2}, SkipHeader: true, HeaderRow: 2}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{goal(1), goal(2)}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2023-01 = 82500 (1)", "1 2023-02 = 90000 (1)", "2 2023-01 = 70000 (1)", "2 2023-02 = 80000 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Totals != 1 {
		t.Errorf("periods %q, rejected %q, totals %d; want %q", got, importRejections(p), p.Totals, want)
	}
	if len(p.Scales) != 2 || p.Scales[1].Header != "华南 · 成本" {
		t.Errorf("scales %+v, want 华东 · 成本 and 华南 · 成本", p.Scales)
	}
}
