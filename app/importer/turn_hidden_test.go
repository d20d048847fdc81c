package importer

import (
	"bytes"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// turnWorkbookHiding builds a sheet of rows as Excel saves it, the
// columns cols ("G", "B:D") hidden, and reads it.
func turnWorkbookHiding(t *testing.T, rows [][]any, cols ...string) Table {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cols {
		if err := f.SetColVisible("Sheet1", c, false); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(bytes.NewReader(buf.Bytes()), "report.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// sixMonths is a report of 1月 to 6月 under a title naming 2023.
var sixMonths = [][]any{{"2023年门店销售月报"}, {"门店", "1月", "2月", "3月", "4月", "5月", "6月"}, {"北京店", 1, 2, 3, 4, 5, 6}}

// TestTurnHiddenMonthLeftOut imports a report whose workbook hides its
// 6月 column: the month is left out as a hidden row is, named by its
// column and header, and read when the hidden rows are; the rows read
// count the months, FileRows the file's rows.
func TestTurnHiddenMonthLeftOut(t *testing.T) {
	tab, ok := TurnMonths(turnWorkbookHiding(t, sixMonths, "G"))
	if !ok {
		t.Fatal("not turned")
	}
	if !slices.Equal(tab.Turned.HiddenMonths, []int{6}) {
		t.Errorf("hidden months %v, want the turned row 6", tab.Turned.HiddenMonths)
	}
	for _, keep := range []bool{false, true} {
		p := planTurned(t, tab, turnCase{keepHidden: keep})
		want, rows := "2023-01=1 2023-02=2 2023-03=3 2023-04=4 2023-05=5", 5
		if keep {
			want, rows = want+" 2023-06=6", 6
		}
		if got := turnedPeriods(p, tab, "北京店"); got != want {
			t.Errorf("kept %v: %s, want %s", keep, got, want)
		}
		if p.HiddenMonths != 1 || !slices.Equal(p.HiddenMonthColumns, []MonthColumn{{Column: 6, Month: "6月"}}) || p.HiddenKept != keep {
			t.Errorf("kept %v: hidden months %d %+v", keep, p.HiddenMonths, p.HiddenMonthColumns)
		}
		if p.Rows != rows || p.FileRows != 1 || p.Hidden != 0 {
			t.Errorf("kept %v: rows %d, file rows %d, hidden rows %d; want %d, 1, 0", keep, p.Rows, p.FileRows, p.Hidden, rows)
		}
	}
}

// TestTurnLastYearHidden turns a report that hides last year's months
// beside this year's, both written 1月 to 3月: it is no repeated row of
// dates, and only this year's months are imported; kept, last year's
// are refused, never added onto this year's.
func TestTurnLastYearHidden(t *testing.T) {
	rows := [][]any{{"2023年销售月报"}, {"门店", "1月", "2月", "3月", "1月", "2月", "3月"}, {"北京店", 7, 8, 9, 1, 2, 3}}
	tab, ok := TurnMonths(turnWorkbookHiding(t, rows, "B:D"))
	if !ok {
		t.Fatal("not turned")
	}
	p := planTurned(t, tab, turnCase{})
	if got := turnedPeriods(p, tab, "北京店"); got != "2023-01=1 2023-02=2 2023-03=3" {
		t.Errorf("北京店: %s", got)
	}
	if p.HiddenMonths != 3 || p.HiddenMonthColumns[0] != (MonthColumn{Column: 1, Month: "1月"}) {
		t.Errorf("hidden months %d %+v", p.HiddenMonths, p.HiddenMonthColumns)
	}
	kept := planTurned(t, tab, turnCase{keepHidden: true})
	if got := turnedPeriods(kept, tab, "北京店"); got != "2023-01=1 2023-02=2 2023-03=3" {
		t.Errorf("kept, 北京店: %s: last year's months added onto this year's", got)
	}
	if len(kept.Rejected) != 3 || kept.Rejected[0].Message != msgImportHiddenRepeat || kept.Rejected[0].Row != 2 ||
		kept.Rejected[0].Month != "1月" || kept.Rejected[0].Column != 1 {
		t.Errorf("kept, rejected %+v, want last year's three months at row 2", kept.Rejected)
	}
}

// TestTurnHiddenYearCell reads months without a year in the year the
// sheet shows, not in that of a hidden column's cell left of it.
func TestTurnHiddenYearCell(t *testing.T) {
	rows := [][]any{{"", "2022年", "2023年"}, {"门店", "备注", "", "1月", "2月", "3月"}, {"北京店", "", "", 1, 2, 3}}
	tab, ok := TurnMonths(turnWorkbookHiding(t, rows, "B"))
	if !ok || tab.Turned.Year != 2023 {
		t.Fatalf("turned %v, year %+v", ok, tab.Turned)
	}
}

// TestTurnHiddenLabelColumn names the goals of a report by the label
// column the workbook shows, not by a hidden code beside it.
func TestTurnHiddenLabelColumn(t *testing.T) {
	rows := [][]any{{"门店", "编码", "2023年1月", "2023年2月", "2023年3月"}, {"北京店", "101", 1, 2, 3}, {"上海店", "102", 4, 5, 6}}
	tab, ok := TurnMonths(turnWorkbookHiding(t, rows, "B"))
	if !ok {
		t.Fatal("not turned")
	}
	if !slices.Equal(tab.Header[1:], []string{"北京店", "上海店"}) {
		t.Errorf("header %q, want the stores alone", tab.Header)
	}
	p := planTurned(t, tab, turnCase{})
	if got := turnedPeriods(p, tab, "上海店"); got != "2023-01=4 2023-02=5 2023-03=6" || p.FileRows != 2 {
		t.Errorf("上海店: %s, file rows %d", got, p.FileRows)
	}
}
