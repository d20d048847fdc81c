package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"pacer/app"
)

// TestImportRealThousandsFormat reads testdata/real/libreoffice_thousands.*,
// which SheetJS 0.18.5 wrote and LibreOffice 7.4.7.2 saved again
// (generate_thousands.sh): "Revenue (in thousands)" holds whole amounts
// shown #,##0, (1234567 as "1,235"), "Sales ($m)" shows them #,##0.0,,
// (2345678 as "2.3"). The header states the scale of what the sheet shows,
// and the cell holds the amount already: each came in a thousand or a
// million times too large. "Cost (in thousands)", typed in thousands, is
// still multiplied, and Visitors, shown #,##0.0,"K" under a header that
// states no scale, reads as it is held.
func TestImportRealThousandsFormat(t *testing.T) {
	want := []string{
		"1 2026-01 = 1.234567e+06 (1) partial", "1 2026-02 = 9.87654321e+08 (1) partial", "1 2026-03 = -45678 (1) partial",
		"2 2026-01 = 2.345678e+06 (1) partial", "2 2026-02 = 1.5e+07 (1) partial", "2 2026-03 = 999999 (1) partial",
		"3 2026-01 = 1.235e+06 (1) partial", "3 2026-02 = 50000 (1) partial", "3 2026-03 = 0 (1) partial",
		"4 2026-01 = 12345 (1) partial", "4 2026-02 = 987 (1) partial", "4 2026-03 = 1500 (1) partial",
	}
	for _, file := range []string{"libreoffice_thousands.xlsx", "libreoffice_thousands.xls", "libreoffice_thousands.ods"} {
		tab := planRealScaled(t, file, 4, want, 3) // Cost (in thousands) alone
		if got := tab.Cell(1, 1).Text; got != "1,235" {
			t.Errorf("%s: B2 shows %q, want 1,235", file, got)
		}
	}
}

// planRealScaled reads file of testdata/real and plans its columns 1 to n
// for goals 1 to n, monthly flows of 2026, from dates in column 0 under a
// header: the periods must be want, none rejected, and the one header
// scale left that of column scaled.
func planRealScaled(t *testing.T, file string, n int, want []string, scaled int) Table {
	t.Helper()
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{}, SkipHeader: true}
	var goals []app.Goal
	for id := range int64(n) {
		m.ValueColumns[int(id)+1] = id + 1
		goals = append(goals, app.Goal{ID: id + 1, Title: "g", Aggregation: app.AggFlow, Cadence: app.CadenceMonth,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)})
	}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("%s: periods\n%q\nrejected %q; want\n%q", file, got, importRejections(p), want)
	}
	if len(p.Scales) != 1 || p.Scales[0].Column != scaled {
		t.Errorf("%s: scales %+v, want column %d's alone", file, p.Scales, scaled)
	}
	return tab
}

// TestImportRealWanFormat reads testdata/real/libreoffice_wan_zh.xlsx,
// .xls and .ods, which SheetJS 0.18.5 wrote and LibreOffice 7.4.7.2 saved again
// (generate_thousands.sh): 销售额(万元) holds whole yuan shown 0\.0000
// (123450 as "12.3450"), Chinese Excel's way to show an amount in 万, and
// 收入(万元) shown 0\.0, (123456 as "12.3"). Each came in ten thousand
// times too large; 利润(万元), typed in 万, is still multiplied.
func TestImportRealWanFormat(t *testing.T) {
	want := []string{
		"1 2026-01 = 123450 (1) partial", "1 2026-02 = 2e+06 (1) partial", "1 2026-03 = -56789 (1) partial",
		"2 2026-01 = 123456 (1) partial", "2 2026-02 = 9.8765432e+07 (1) partial", "2 2026-03 = 5000 (1) partial",
		"3 2026-01 = 15000 (1) partial", "3 2026-02 = 123400 (1) partial", "3 2026-03 = 0 (1) partial",
	}
	for _, file := range []string{"libreoffice_wan_zh.xlsx", "libreoffice_wan_zh.xls", "libreoffice_wan_zh.ods"} {
		tab := planRealScaled(t, file, 3, want, 3) // 利润(万元) alone
		if got := tab.Cell(1, 1).Text; got != "12.3450" {
			t.Errorf("%s: B2 shows %q, want 12.3450", file, got)
		}
	}
}

// TestImportRealODSScaledStyles reads testdata/real/libreoffice_scaled_zh.ods
// and its .xlsx twin, which LibreOffice 7.4.7.2 saved of the workbook
// make_scaled_zh.py writes (generate_thousands.sh): whole amounts shown
// divided by a power of ten where the text alone cannot tell, as 400
// shown "0" under #,##0, and 123450 shown "123.450" under 0\.000 (the
// .ods holds them as a display factor and as a point embedded in the
// digits, on the column's default cell style). Each is held whole, as
// the .xlsx reads it; "Typed (in thousands)", shown #,##0.00, is still
// multiplied.
func TestImportRealODSScaledStyles(t *testing.T) {
	want := []string{
		"1 2026-01 = 400 (1)", "1 2026-02 = 1.234567e+06 (1)", "1 2026-03 = -45678 (1)",
		"2 2026-01 = 123450 (1)", "2 2026-02 = 2e+06 (1)", "2 2026-03 = 999 (1)",
		"3 2026-01 = 1500 (1)", "3 2026-02 = -45678 (1)", "3 2026-03 = 0 (1)",
		"4 2026-01 = 123450 (1)", "4 2026-02 = 50000 (1)", "4 2026-03 = 7 (1)",
		"5 2026-01 = 12500 (1)", "5 2026-02 = 3000 (1)", "5 2026-03 = 0 (1)",
	}
	for _, file := range []string{"libreoffice_scaled_zh.xlsx", "libreoffice_scaled_zh.ods"} {
		tab := planRealScaled(t, file, 5, want, 5) // Typed (in thousands) alone
		if got := tab.Cell(1, 1).Text + " " + tab.Cell(1, 2).Text; got != "0 123.450" {
			t.Errorf("%s: B2 and C2 show %q, want 0 123.450", file, got)
		}
	}
}

// TestFormatDivides tells the power of ten a number format divides what
// it shows by: its scaling commas, not those that group digits, and the
// digits after a point it writes as text, not after a decimal point.
func TestFormatDivides(t *testing.T) {
	for code, want := range map[string]int{
		"#,##0,": 3, "#,##0.0,,": 6, `#,##0.0,"K"`: 3, "0,": 3, `0.0,,,"bn"`: 9, "#,##0,;(#,##0,)": 3,
		`0\.0000`: 4, `0!.0000`: 4, `0"."0000`: 4, `0\.0,`: 4, `0\.0,"万"`: 4, `#,##0\.00`: 2,
		"#,##0": 0, "#,##0.00": 0, `_-* #,##0_-;-* #,##0_-`: 0, `0","0`: 0, `#,##0" ,"`: 0, `[$,-409]0`: 0, "General": 0,
		`0.00\.`: 0, `0\-00`: 0, `"No."0`: 0,
	} {
		if got := formatDivides(code); got != want {
			t.Errorf("formatDivides(%q) = %d, want %d", code, got, want)
		}
	}
}

// TestODSScaled tells an OpenDocument number shown divided by a power of
// ten from its text, whatever the separators.
func TestODSScaled(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    float64
		want bool
	}{
		{"1,235", 1234567, true}, {"1.235", 1234567, true}, {"2.3", 2345678, true}, {"1.0", 999999, true},
		{"12.3K", 12345, true}, {"-46", -45678, true}, {"12.3450", 123450, true}, {"-5.6789", -56789, true},
		{"12.3", 123456, true}, {"12.3万", 123456, true}, {"200.0000", 2000000, true},
		{"1,234,567", 1234567, false}, {"1.234.567,00", 1234567, false}, {"120人", 120, false}, {"¥12,345.60", 12345.6, false},
		{"(1,234.50)", -1234.5, false}, {"1 234,56 €", 1234.56, false}, {"1'234.50", 1234.5, false}, {"0.5", 0.5, false},
		{"0", 400, false}, {"1.23E+06", 1234567, false}, {"1 1/2", 1.5, false}, {"", 5, false},
		{"10,501", 10500.5, false}, {"11", 10.5, false}, {"0.13", 0.125, false},
	} {
		if got := odsScaled(tc.text, tc.n); got != tc.want {
			t.Errorf("odsScaled(%q, %v) = %v, want %v", tc.text, tc.n, got, tc.want)
		}
	}
}
