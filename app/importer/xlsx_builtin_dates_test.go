package importer

import (
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Excel and WPS in Chinese save their date formats 2023年1月 and
// 2023年1月5日 as the built-in number formats 57 and 31, which a
// workbook names by ID alone, with no code: the code is the locale's.

// builtinDateBook is a workbook of 日期 and 销售额 whose dates have the
// built-in format id, in the 1904 date system when date1904.
func builtinDateBook(t *testing.T, id int, date1904 bool, serials ...int) []byte {
	return xlsxOf(t, func(f *excelize.File) error {
		if date1904 {
			if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}); err != nil {
				return err
			}
		}
		st, err := f.NewStyle(&excelize.Style{NumFmt: id})
		if err != nil {
			return err
		}
		rows := [][]any{{"日期", "销售额"}}
		for i, s := range serials {
			rows = append(rows, []any{s, 100 * (i + 1)})
		}
		return xlsxRows(f, st, rows...)
	})
}

// TestReadTableXLSXBuiltinChineseDates checks that such cells are dates
// shown as Excel shows them in Chinese: excelize, which knows the codes of
// those IDs only for a locale it is told, showed them as serials, so a
// month read as its first day and a 1904 workbook's day as another day.
func TestReadTableXLSXBuiltinChineseDates(t *testing.T) {
	// 45292 is 2024-01-01 in the 1900 date system, 2028-01-02 in the 1904 one.
	for _, tc := range []struct {
		id       int
		date1904 bool
		text     string
	}{
		{31, false, "2024年1月1日"},
		{57, false, "2024年1月"},
		{27, false, "2024年1月"},
		{58, false, "1月1日"},
		{31, true, "2028年1月2日"},
	} {
		tab := readXLSXTable(t, builtinDateBook(t, tc.id, tc.date1904, 45292))
		if c := tab.Cell(1, 0); c.Kind != CellDate || c.Text != tc.text || c.Number != 45292+map[bool]float64{true: date1904Offset}[tc.date1904] {
			t.Errorf("format %d (1904 %v): cell %+v; want a date cell shown %q", tc.id, tc.date1904, c, tc.text)
		}
	}
}

// TestPlanImportXLSXBuiltinChineseMonths checks that months shown by
// format 57 import as months: whole months of a monthly goal, and refused
// for a weekly one, rather than counted in the week of their first day.
func TestPlanImportXLSXBuiltinChineseMonths(t *testing.T) {
	tab := readXLSXTable(t, builtinDateBook(t, 57, false, 44927, 44958)) // 2023-01-01, 2023-02-01
	p := planXLSX(t, tab, xlsxWide)
	want := []string{"1 2023-01 = 100 (1)", "1 2023-02 = 200 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("monthly goal: periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
	weekly := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 3}, SkipHeader: true}
	p = planXLSX(t, tab, weekly)
	if got := importPeriodsOf(p); len(got) > 0 || len(p.Rejected) != 2 {
		t.Errorf("weekly goal: periods %q, rejected %q; want both months refused", got, importRejections(p))
	}
}

// TestReadTableXLSXOwnFormatsInTheChineseRange checks that a workbook's
// own format of an ID in that range (SheetJS numbers its formats from 56)
// is the one shown: the zh-CN code of ID 57 would show a day as a month.
func TestReadTableXLSXOwnFormatsInTheChineseRange(t *testing.T) {
	b := builtinDateBook(t, 57, false, 45292)
	b = xlsxPatchPart(t, b, "xl/styles.xml", "<cellXfs", `<numFmts count="1"><numFmt numFmtId="57" formatCode="yyyy-mm-dd"/></numFmts><cellXfs`)
	if c := readXLSXTable(t, b).Cell(1, 0); c.Kind != CellDate || c.Text != "2024-01-01" {
		t.Errorf("cell %+v; want a date cell shown 2024-01-01", c)
	}
}
