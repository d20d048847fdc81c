package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestImportRealXlsxWriterFormulas reads
// testdata/real/xlsxwriter_formulas_zh.xlsx, which XlsxWriter 3.0.2 wrote
// (make_xlsxwriter_formulas_zh.py): 销售额 is a formula saved with
// XlsxWriter's placeholder result 0 in a workbook that asks to be
// calculated when opened, so it is a formula whose result was not saved,
// refused rather than imported as 0; 毛利, a formula the script gave its
// result, and the typed numbers read as they are.
func TestImportRealXlsxWriterFormulas(t *testing.T) {
	const file = "xlsxwriter_formulas_zh.xlsx"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	if c := tab.Cell(1, 3); c.Kind != CellFormula || c.Text != "" {
		t.Errorf("D2 = %+v, want a formula without its result", c)
	}
	if c := tab.Cell(1, 4); c.Kind != CellNumber || c.Number != 25 {
		t.Errorf("E2 = %+v, want the saved result 25", c)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{3: 4, 4: 1}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, realGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2026-01 = 25 (1) partial", "1 2026-02 = 55 (1) partial", "1 2026-03 = 90 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q", got, want)
	}
	rejected := rowMessages(2, msgImportFormula, 3, msgImportFormula, 4, msgImportFormula)
	if got := importRejections(p); !slices.Equal(got, rejected) || p.Totals != 1 {
		t.Errorf("rejected %q, totals %d; want %q and the 合计 row", got, p.Totals, rejected)
	}
}

// TestXLSXFormulaZeroSaved checks that a formula's saved 0 is its result
// in a workbook that does not ask to be calculated when opened, as Excel
// and LibreOffice save them.
func TestXLSXFormulaZeroSaved(t *testing.T) {
	b := readReal(t, "xlsxwriter_formulas_zh.xlsx")
	b = xlsxPatchPart(t, b, "xl/workbook.xml", ` fullCalcOnLoad="1"`, "")
	tab := readXLSXTable(t, b)
	if c := tab.Cell(1, 3); c.Kind != CellNumber || c.Number != 0 || c.Text != "¥0.00" {
		t.Errorf("D2 = %+v, want the saved result 0", c)
	}
}

// TestXLSXFormulaZeroBesideResults checks that a formula's saved 0 is its
// result in a workbook that asks to be calculated when opened but was not
// written by XlsxWriter (another calcId, as EPPlus, Apache POI and
// openxlsx2 leave it) when the sheet's other formulas saved results: those
// programs worked the results out, and a 0 among them is one.
func TestXLSXFormulaZeroBesideResults(t *testing.T) {
	b := readReal(t, "xlsxwriter_formulas_zh.xlsx")
	b = xlsxPatchPart(t, b, "xl/workbook.xml", `calcId="124519"`, `calcId="191029"`)
	tab := readXLSXTable(t, b)
	if c := tab.Cell(1, 3); c.Kind != CellNumber || c.Number != 0 {
		t.Errorf("D2 = %+v, want the saved result 0 beside E2's saved 25", c)
	}
	if c := tab.Cell(1, 4); c.Kind != CellNumber || c.Number != 25 {
		t.Errorf("E2 = %+v, want the saved result 25", c)
	}
}

// TestXLSXFormulaZerosBySheet scans sheets of formulas saved as 0, alone
// and beside another result, under each reading of a 0.
func TestXLSXFormulaZerosBySheet(t *testing.T) {
	const alone = `<worksheet><sheetData><row r="1"><c r="A1"><f>B1</f><v>0</v></c></row></sheetData></worksheet>`
	const beside = `<worksheet><sheetData><row r="1"><c r="A1"><f>B1</f><v>0</v></c><c r="B1"><f>C1</f><v>7</v></c></row></sheetData></worksheet>`
	for _, tc := range []struct {
		sheet string
		zeros formulaZeros
		want  bool // A1 counts as a formula without its result
	}{
		{alone, zerosAreResults, false}, {alone, zerosUnlessResults, true}, {alone, zerosArePlaceholders, true},
		{beside, zerosAreResults, false}, {beside, zerosUnlessResults, false}, {beside, zerosArePlaceholders, true},
	} {
		found, err := xlsxScanFormulas([]byte(tc.sheet), tc.zeros)
		if err != nil {
			t.Fatal(err)
		}
		if got := found[cellAt{0, 0}]; got != tc.want || found[cellAt{0, 1}] {
			t.Errorf("zeros %d, sheet %s: A1 unsaved %v, B1 %v; want %v, false", tc.zeros, tc.sheet, got, found[cellAt{0, 1}], tc.want)
		}
	}
}
