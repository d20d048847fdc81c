package importer

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/notation"
)

// xlsxOf writes the workbook build makes, or fails the test.
func xlsxOf(t testing.TB, build func(f *excelize.File) error) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := build(f); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readXLSXTable reads b as a workbook, failing on errors.
func readXLSXTable(t testing.TB, b []byte) Table {
	t.Helper()
	tab, err := ReadTable(bytes.NewReader(b), "book.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// planXLSX plans the import of tab with m into importGoals, failing on errors.
func planXLSX(t testing.TB, tab Table, m Mapping) ImportPlan {
	t.Helper()
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// xlsxRows writes rows to Sheet1 from A1 down, the first cell of each row
// after the first in dateStyle.
func xlsxRows(f *excelize.File, dateStyle int, rows ...[]any) error {
	for i, row := range rows {
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		if err != nil {
			return err
		}
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			return err
		}
		if i > 0 {
			if err := f.SetCellStyle("Sheet1", cell, cell, dateStyle); err != nil {
				return err
			}
		}
	}
	return nil
}

var xlsxWide = Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}

func TestReadTableXLSXDate1904(t *testing.T) {
	b := xlsxOf(t, func(f *excelize.File) error {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			return err
		}
		iso := "yyyy-mm-dd"
		st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &iso})
		if err != nil {
			return err
		}
		return xlsxRows(f, st, []any{"Date", "Sales"}, []any{43495, 100}, []any{43523, 200})
	})
	tab := readXLSXTable(t, b)
	for i, want := range []app.Date{app.NewDate(2023, time.January, 31), app.NewDate(2023, time.February, 28)} {
		row := i + 1
		c := tab.Cell(row, 0)
		d, ok := notation.DateFromSerial(c.Number)
		shown, _, tok := notation.ReadDate(c.Text, notation.MonthFirst)
		if c.Kind != CellDate || !ok || d != want || !tok || shown != want {
			t.Errorf("row %d: cell %+v reads as %v and shows %v; want %v", row+1, c, d, shown, want)
		}
	}
	p := planXLSX(t, tab, xlsxWide)
	want := []string{"1 2023-01 = 100 (1) partial", "1 2023-02 = 200 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}

// xlsxPatch replaces old by new in the XML of the first sheet of workbook b.
func xlsxPatch(t testing.TB, b []byte, old, new string) []byte {
	t.Helper()
	return xlsxPatchPart(t, b, "xl/worksheets/sheet1.xml", old, new)
}

// xlsxPatchPart replaces old by new in the part of workbook b.
func xlsxPatchPart(t testing.TB, b []byte, part, old, new string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		data, err := zipRead(zr, f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			if !bytes.Contains(data, []byte(old)) {
				t.Fatalf("%s holds no %s: %s", part, old, data)
			}
			data = bytes.ReplaceAll(data, []byte(old), []byte(new))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// formulaBook is a workbook written as excelize writes formulas: rows of
// date, sales and cost, where B3 = C3*2 has no saved result, B4 has one
// (120), and D5, right of the last value, has none either.
func formulaBook(t testing.TB) []byte {
	return xlsxOf(t, func(f *excelize.File) error {
		rows := [][]any{{"Date", "Sales", "Cost"}, {"2023-01-05", 100, 40}, {"2023-01-06", nil, 60},
			{"2023-02-05", 120, 60}, {"2023-03-05", 50, 10}}
		if err := xlsxRows(f, 0, rows...); err != nil {
			return err
		}
		for cell, formula := range map[string]string{"B3": "C3*2", "B4": "C4*2", "D5": "C5*3"} {
			if err := f.SetCellFormula("Sheet1", cell, formula); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestReadTableXLSXUnsavedFormula(t *testing.T) {
	b := formulaBook(t)
	for _, tc := range []struct {
		name string
		b    []byte
		kind CellKind
	}{
		{"Excelize", b, CellFormula},
		{"OpenpyxlEmptyValue", xlsxPatch(t, b, `<c r="B3" t="str"><f>C3*2</f></c>`, `<c r="B3"><f>C3*2</f><v></v></c>`), CellFormula},
		{"PrefixedNoReference", xlsxPatch(t, b, `<c r="B3" t="str"><f>C3*2</f></c>`, `<c><x:f xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">C3*2</x:f></c>`), CellFormula},
		{"ExcelEmptyText", xlsxPatch(t, b, `<c r="B3" t="str"><f>C3*2</f></c>`, `<c r="B3" t="str"><f>IF(C3=0,"",C3)</f><v></v></c>`), CellText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := readXLSXTable(t, tc.b)
			if c := tab.Cell(2, 1); c.Kind != tc.kind || c.Text != "" {
				t.Errorf("B3 = %+v; want kind %d", c, tc.kind)
			}
			if c := tab.Cell(3, 1); c.Kind != CellNumber || c.Number != 120 {
				t.Errorf("B4, a formula with its result, = %+v", c)
			}
			if c := tab.Cell(4, 3); c.Kind != CellFormula {
				t.Errorf("D5 = %+v; want a formula", c)
			}
			if c := tab.Cell(1, 1); c.Kind != CellNumber {
				t.Errorf("B2 = %+v", c)
			}
		})
	}
}

func TestPlanImportUnsavedFormula(t *testing.T) {
	tab := readXLSXTable(t, formulaBook(t))
	want := rowMessages(3, msgImportFormula)
	t.Run("Wide", func(t *testing.T) {
		p := planXLSX(t, tab, xlsxWide)
		if got := importRejections(p); !slices.Equal(got, want) || p.Rejected[0].Column != 1 {
			t.Fatalf("rejected %q (%+v); want %q", got, p.Rejected, want)
		}
		periods := []string{"1 2023-02 = 120 (1) partial", "1 2023-03 = 50 (1) partial"}
		if got := importPeriodsOf(p); !slices.Equal(got, periods) {
			t.Errorf("periods %q; want %q, January left out", got, periods)
		}
	})
	t.Run("WideUnmappedColumn", func(t *testing.T) {
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true}
		if p := planXLSX(t, tab, m); len(p.Rejected) > 0 {
			t.Errorf("rejected %q; the formulas are in other columns", importRejections(p))
		}
	})
	t.Run("Long", func(t *testing.T) {
		long := readXLSXTable(t, xlsxOf(t, func(f *excelize.File) error {
			err := xlsxRows(f, 0, []any{"Date", "Goal", "Value"}, []any{"2023-01-05", "Sales", 5},
				[]any{"2023-01-06", "Sales", nil, 7}, []any{nil, "Sales", 3}, []any{"2023-01-08", nil, 4})
			for cell, formula := range map[string]string{"C3": "D3*2", "A4": "TODAY()", "B5": "B4"} {
				err = errors.Join(err, f.SetCellFormula("Sheet1", cell, formula))
			}
			return err
		}))
		m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true, GoalByName: map[string]int64{"sales": 1}}
		p := planXLSX(t, long, m)
		want := rowMessages(3, msgImportFormula, 4, msgImportFormula, 5, msgImportFormula)
		if got := importRejections(p); !slices.Equal(got, want) {
			t.Fatalf("rejected %q; want %q", got, want)
		}
		checkImportRejected(t, p)
	})
	t.Run("OnlyFormulas", func(t *testing.T) {
		only := readXLSXTable(t, xlsxOf(t, func(f *excelize.File) error {
			err := xlsxRows(f, 0, []any{"Date", "Sales"}, []any{"2023-01-05", 5})
			for cell, formula := range map[string]string{"A3": "A2+1", "B3": "B2*2"} {
				err = errors.Join(err, f.SetCellFormula("Sheet1", cell, formula))
			}
			return err
		}))
		p := planXLSX(t, only, xlsxWide)
		if got := importRejections(p); !slices.Equal(got, want) || p.Blank != 0 {
			t.Fatalf("rejected %q, %d blank; want %q", got, p.Blank, want)
		}
	})
}

func TestReadTableXLSXSheetShown(t *testing.T) {
	// book writes sheets named as given, each holding its name in A1,
	// hides those named in hidden and makes active the sheet at index active.
	book := func(names []string, hidden []string, active int) []byte {
		return xlsxOf(t, func(f *excelize.File) error {
			for i, name := range names {
				if i == 0 {
					if err := f.SetSheetName("Sheet1", name); err != nil {
						return err
					}
				} else if _, err := f.NewSheet(name); err != nil {
					return err
				}
				if err := f.SetCellValue(name, "A1", name); err != nil {
					return err
				}
			}
			f.SetActiveSheet(active)
			for _, name := range hidden {
				if err := f.SetSheetVisible(name, false); err != nil {
					return err
				}
			}
			return nil
		})
	}
	for _, tc := range []struct {
		name   string
		sheets []string
		hidden []string
		active int
		want   string
	}{
		{"First", []string{"Notes", "Data"}, nil, 0, "Notes"},
		{"Active", []string{"Notes", "Data"}, nil, 1, "Data"},
		{"ActiveBesideHiddenFirst", []string{"Old", "Data"}, []string{"Old"}, 1, "Data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := readXLSXTable(t, book(tc.sheets, tc.hidden, tc.active))
			if tab.Sheet != tc.want || tab.Cell(0, 0).Text != tc.want || !slices.Equal(tab.Sheets, tc.sheets) {
				t.Errorf("read %q (A1 %q) of %q; want %q of %q", tab.Sheet, tab.Cell(0, 0).Text, tab.Sheets, tc.want, tc.sheets)
			}
		})
	}
	t.Run("ActiveHidden", func(t *testing.T) {
		// Excelize will not hide the active sheet; other programs may.
		b := xlsxPatchPart(t, book([]string{"Lookup", "Data", "More"}, []string{"Lookup"}, 1), "xl/workbook.xml", `activeTab="1"`, `activeTab="0"`)
		if tab := readXLSXTable(t, b); tab.Sheet != "Data" {
			t.Errorf("read %q; want Data, the first visible sheet", tab.Sheet)
		}
	})
}
