package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// TestHiddenRowsReal reads the rows LibreOffice hid, as .ods, .xlsx and
// .xls: rows 3–5 filtered out by the AutoFilter and 合计 (row 7) hidden
// by hand.
func TestHiddenRowsReal(t *testing.T) {
	for _, name := range []string{"libreoffice_hidden_zh.ods", "libreoffice_hidden_zh.xlsx", "libreoffice_hidden_zh.xls"} {
		t.Run(name, func(t *testing.T) {
			tab, err := ReadTable(bytes.NewReader(readReal(t, name)), name)
			if err != nil {
				t.Fatal(err)
			}
			if want := []int{2, 3, 4, 6}; !slices.Equal(tab.HiddenRows, want) {
				t.Errorf("hidden rows %v, want %v", tab.HiddenRows, want)
			}
			if !tab.HiddenRow(6) || tab.HiddenRow(5) || tab.Cell(6, 0).Text != "合计" {
				t.Errorf("row 7 %q hidden %v, row 6 hidden %v", tab.Cell(6, 0).Text, tab.HiddenRow(6), tab.HiddenRow(5))
			}
		})
	}
}

// TestHiddenRowsXLSX builds a workbook as Excel saves one: an AutoFilter
// whose filtered-out rows are hidden, a row hidden by hand, a row of zero
// height, and a hidden blank row past the data, which is dropped with it.
func TestHiddenRowsXLSX(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{{"Date", "Region", "Sales"}, {"2026-01-05", "East", 100}, {"2026-01-06", "South", 200},
		{"2026-01-07", "South", 300}, {"2026-01-08", "East", 400}, {"Total", "", 1000}, {"2026-01-09", "East", 50}}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.AutoFilter("Sheet1", "A1:C5", []excelize.AutoFilterOptions{{Column: "B", Expression: "x == East"}}); err != nil {
		t.Fatal(err)
	}
	for _, row := range []int{3, 4, 6, 20} { // filtered out, filtered out, Total by hand, blank
		if err := f.SetRowVisible("Sheet1", row, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetRowHeight("Sheet1", 7, 0); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(&buf, "sales.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{2, 3, 5, 6}; !slices.Equal(tab.HiddenRows, want) {
		t.Errorf("hidden rows %v, want %v", tab.HiddenRows, want)
	}
	if got := tab.HiddenFrom(3); !slices.Equal(got, []int{3, 5, 6}) {
		t.Errorf("hidden from row 4: %v", got)
	}
}

// TestHiddenRowsODS reads rows an .ods hides as LibreOffice and others
// write them: filtered out and repeated, collapsed, in a folded row group
// (table:display="false") and in a group marked collapsed; a hidden empty
// row is not listed.
func TestHiddenRowsODS(t *testing.T) {
	row := func(attrs, text string) string {
		return `<table:table-row ` + attrs + `><table:table-cell office:value-type="string"><text:p>` + text +
			`</text:p></table:table-cell></table:table-row>`
	}
	body := row("", "Goal") + row(`table:visibility="filter" table:number-rows-repeated="2"`, "a") +
		row("", "b") + row(`table:visibility="collapsed"`, "c") + `<table:table-row table:visibility="collapse"/>` +
		`<table:table-row-group table:display="false">` + row("", "d") +
		`<table:table-row-group>` + row("", "e") + `</table:table-row-group></table:table-row-group>` +
		`<table:table-row-group table:visibility="collapse">` + row("", "f") + `</table:table-row-group>` +
		row("", "g")
	tab, err := ReadTable(bytes.NewReader(odsFile(t, body, nil)), "x.ods")
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{1, 2, 4, 6, 7, 8}; !slices.Equal(tab.HiddenRows, want) {
		t.Errorf("hidden rows %v, want %v", tab.HiddenRows, want)
	}
	if len(tab.Rows) != 10 || tab.Cell(9, 0).Text != "g" {
		t.Errorf("%d rows, last %q", len(tab.Rows), tab.Cell(len(tab.Rows)-1, 0).Text)
	}
}

// TestHiddenRowsCSV checks a text file hides nothing.
func TestHiddenRowsCSV(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader([]byte("Goal,Value\nA,1\n")), "a.csv")
	if err != nil || tab.HiddenRows != nil {
		t.Fatalf("hidden rows %v, %v", tab.HiddenRows, err)
	}
}

// TestPlanImportHiddenRows plans LibreOffice's workbook with its hidden
// rows left out, as by default, and kept: left out, the three rows the
// AutoFilter filtered out are counted and named, not read; kept, they
// add their 800 to January. The 合计 row hidden by hand is a total either
// way, skipped as such when kept.
func TestPlanImportHiddenRows(t *testing.T) {
	name := "libreoffice_hidden_zh.xlsx"
	tab, err := ReadTable(bytes.NewReader(readReal(t, name)), name)
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true}
	p := planHidden(t, tab, m)
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2026-01 = 550 (3) partial"}) ||
		p.Hidden != 4 || !slices.Equal(p.HiddenRows, []int{3, 4, 5, 7}) || p.HiddenKept || p.Rows != 3 || p.Totals != 0 {
		t.Errorf("left out: periods %q, %d hidden %v (kept %v), %d rows, %d totals; want 550, 4 hidden rows 3, 4, 5, 7, 3 rows",
			got, p.Hidden, p.HiddenRows, p.HiddenKept, p.Rows, p.Totals)
	}
	m.KeepHidden = true
	p = planHidden(t, tab, m)
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2026-01 = 1350 (6) partial"}) ||
		p.Hidden != 4 || !p.HiddenKept || p.Rows != 6 || p.Totals != 1 {
		t.Errorf("kept: periods %q, %d hidden (kept %v), %d rows, %d totals; want 1350 of 6 rows, the total skipped",
			got, p.Hidden, p.HiddenKept, p.Rows, p.Totals)
	}
}

// planHidden plans tab with m for a monthly flow goal 1 of 2026.
func planHidden(t *testing.T, tab Table, m Mapping) ImportPlan {
	t.Helper()
	goals := []app.Goal{{ID: 1, Title: "销售额", Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
		Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestXLSXMayHideRows checks the quick look that spares parsing a sheet
// without hidden rows: LibreOffice's hidden="false" on every row and a
// writer's customHeight="0" are no hidden rows.
func TestXLSXMayHideRows(t *testing.T) {
	for row, want := range map[string]bool{
		`<row r="1" ht="12.8" hidden="false" customHeight="false">`: false,
		`<row r="1" customHeight="0" ht="15">`:                      false,
		`<row r="1" hidden="1">`:                                    true,
		`<row r="1" hidden="true">`:                                 true,
		`<row r="1" ht="0" customHeight="1">`:                       true,
	} {
		if got := xlsxMayHide([]byte(row)); got != want {
			t.Errorf("%s: %v, want %v", row, got, want)
		}
	}
}
