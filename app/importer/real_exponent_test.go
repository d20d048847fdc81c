package importer

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// TestImportRealJavaDoubles reads testdata/real/java_doubles.csv, which
// OpenJDK 17 wrote with String.valueOf(double) (make_java_doubles.java),
// as Java programs write doubles into CSV: from 10^7 up in scientific
// notation without the exponent's sign (1.5E7, -3.25E10), under 10^-3 with
// a signed one (2.5E-4). Each reads as the number it is. The Store codes
// that look like such numbers (1E5, 3E2) stay text: Store is still the
// column of names, and no number makes the file's decimals.
func TestImportRealJavaDoubles(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(readReal(t, "java_doubles.csv")), "java_doubles.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := GuessGoalColumn(tab, 0); got != 1 || tab.Cell(1, 1).Text != "1E5" {
		t.Errorf("goal column %d, B2 %q; want Store, 1E5", got, tab.Cell(1, 1).Text)
	}
	if comma, ok := DetectDecimals(tab, 0).Clear(); comma || !ok {
		t.Errorf("decimal comma %v, clear %v; want decimal points, clear", comma, ok)
	}
	goal := func(id int64, decimals int) app.Goal {
		return app.Goal{ID: id, Title: "g", Aggregation: app.AggFlow, Cadence: app.CadenceMonth, Decimals: decimals,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{2: 1, 3: 2}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{goal(1, 1), goal(2, 5)}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"1 2026-01 = 1.5e+07 (1)", "1 2026-02 = 12345.5 (1)", "1 2026-03 = 2e+07 (1)", "1 2026-04 = 9.87654321e+08 (1)",
		"2 2026-01 = 1.234567891e+09 (1)", "2 2026-02 = 0.00025 (1)", "2 2026-03 = 100 (1)", "2 2026-04 = -3.25e+10 (1)",
	}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods\n%q\nrejected %q; want\n%q", got, importRejections(p), want)
	}
}

// TestDetectDecimalsBareExponents tells a text file's decimals from values
// that are all exponents without a sign: 1.5E7 has a decimal point and
// 1,5E7 a decimal comma, whatever the separator suggests, and codes
// such as 1E5 read alike either way.
func TestDetectDecimalsBareExponents(t *testing.T) {
	for _, tc := range []struct {
		csv          string
		comma, clear bool
	}{
		{"Month;Visitors\n2026-01;1.5E7\n2026-02;2.25E8\n", false, true},
		{"Month,Visitors\n2026-01,\"1,5E7\"\n2026-02,\"2,25E8\"\n", true, true},
		{"Month;Code\n2026-01;1E5\n2026-02;3E2\n", true, true}, // the separator's choice
		{"Month,Code\n2026-01,1E5\n2026-02,3E2\n", false, false},
	} {
		tab, err := ReadTable(strings.NewReader(tc.csv), "a.csv")
		if err != nil {
			t.Fatal(err)
		}
		e := DetectDecimals(tab, 0)
		if comma, clear := e.Clear(); comma != tc.comma || clear != tc.clear || e.Either > 0 {
			t.Errorf("%q: evidence %+v, clear comma %v, %v; want %v, %v", tc.csv, e, comma, clear, tc.comma, tc.clear)
		}
	}
}

// TestImportRealRoundedDisplay reads testdata/real/libreoffice_rounded_en.csv,
// which LibreOffice 7.4.7.2 saved as shown of rounded_en.fods, where
// revenues are shown 0.00000E+00 as Excel's General format shows a number
// too long for its cell: 123456789012 came out 1.23457E+11. The values
// are imported as they read, and the plan counts the three that may be
// rounded; 123456, written whole, is not one.
func TestImportRealRoundedDisplay(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(readReal(t, "libreoffice_rounded_en.csv")), "libreoffice_rounded_en.csv")
	if err != nil {
		t.Fatal(err)
	}
	g := app.Goal{ID: 1, Title: "g", Aggregation: app.AggFlow, Cadence: app.CadenceMonth,
		PlanBy: app.CadenceMonth, Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31)}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{g}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2026-01 = 1.23457e+11 (1)", "1 2026-02 = 9.87654e+13 (1)", "1 2026-03 = 1.5e+11 (1)", "1 2026-04 = 123456 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods\n%q\nrejected %q; want\n%q", got, importRejections(p), want)
	}
	if p.Rounded != 3 || p.RoundedText != "1.23457E+11" {
		t.Errorf("rounded %d, first %q; want 3, 1.23457E+11", p.Rounded, p.RoundedText)
	}
}

// TestDisplayRounded tells a number shown in scientific notation, as
// Excel's General format rounds it to six significant digits and drops
// their trailing zeros, from every digit as programs write them, and from
// what is no such number.
func TestDisplayRounded(t *testing.T) {
	for text, want := range map[string]bool{
		"1.23457E+11": true, "-9.87654E-05": true, "1,23457E+11": true, " 1.50000E+11 ": true, "1.23457E+100": true,
		"1.5E+11": true, "2E+12": true, "-1,2E-05": true, "9.8765E+15": true,
		"1.23457e+11": false, "1.2345678901E+11": false, "1.234567E+11": false, "1.E+11": false, "1.5E11": false, "1.5E7": false,
		".5E+11": false, "0E+00": false, "1.5e+11": false, "1.23457E11": false, "1.23457": false,
		"0.12345E+11": false, "1.2345AE+11": false, "1.23457E+1": false, "1.23457E+1000": false, "123456": false, "": false,
	} {
		if got := displayRounded(text); got != want {
			t.Errorf("displayRounded(%q) = %v, want %v", text, got, want)
		}
	}
}
