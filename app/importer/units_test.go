package importer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/notation"
)

// unitsCSV writes its quantities with a unit after them, as a German
// inventory export does, with the value column before the goal's.
const unitsCSV = "Datum;Menge;Ziel\n" +
	"2023-01-05;1.200 kg;Sales\n" +
	"2023-01-06;3,5 kg;Sales\n" +
	"2023-02-07;2 t;Sales\n" +
	"2023-01-08;5 KG;Sales\n" +
	"2023-01-09;35 件;Visits\n" +
	"2023-01-10;12;Visits\n" +
	"2023-02-11;12 %;Share\n" +
	"2023-03-12;Q1 2026;Share\n" +
	"2023-03-13;3M Company;Share\n"

// TestPlanImportUnits imports numbers with units: each goal's values in
// one unit count, a value in another unit is refused rather than added,
// a percent stays a percent, and text that ends in a word or number is
// still no number.
func TestPlanImportUnits(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: 2, ValueColumn: 1, SkipHeader: true, GoalByName: importLongMapping.GoalByName,
		NumberFormat: notation.NumberFormat{DecimalComma: true}}
	p := importPlanOf(t, unitsCSV, m, app.Snapshot{})
	wantRejected := rowMessages(4, msgImportMixedUnits, 9, msgImportBadNumber, 10, msgImportBadNumber)
	if got := importRejections(p); !slices.Equal(got, wantRejected) {
		t.Errorf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantRejected, "\n"))
	}
	if args := p.Rejected[0].Args; args["Unit"] != "t" || args["First"] != "kg" || args["Goal"] != "Sales" {
		t.Errorf("mixed units args %v", args)
	}
	want := []string{"1 2023-01 = 1208.5 (3) partial", "2 2023-02 = 12 (1) partial", "3 2023-W02 = 47 (2) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Errorf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGuessUnitColumns tells a column of numbers with units from the
// column of goal names after it, and reads its decimal comma.
func TestGuessUnitColumns(t *testing.T) {
	csv := "Date,Qty,Goal\n" +
		"2023-01-05,\"3,5 t\",Sales\n" +
		"2023-01-06,120 pcs,Visits\n" +
		"2023-01-07,35 件,Visits\n"
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := GuessGoalColumn(tab, 0); got != 2 {
		t.Errorf("GuessGoalColumn = %d, want 2", got)
	}
	if comma, ok := DetectDecimals(tab, 0).Clear(); !comma || !ok {
		t.Errorf("DetectDecimals: comma %v, %v; want a clear decimal comma", comma, ok)
	}
}

// TestGuessGoalColumnOfTitlesWithANumber: goals titled with a year and a
// word ("2026 Sales") read as numbers with a unit, yet their column is
// still the goal column, beside a column of plain values or of
// quantities in one unit, in any order.
func TestGuessGoalColumnOfTitlesWithANumber(t *testing.T) {
	for _, tc := range []struct {
		csv  string
		want int
	}{
		{"Value,Goal,Date\n120,2026 Sales,2026-01-05\n80,2026 Costs,2026-01-05\n35,2026 Leads,2026-01-12\n", 1},
		{"Goal,Date,Value\n2026 Sales,2026-01-05,120\n2026 Costs,2026-01-05,80\n2026 Leads,2026-01-12,35\n", 0},
		{"Qty,Date,Goal\n1.200 kg,2026-01-05,2026 North\n900 kg,2026-01-05,2026 South\n700 kg,2026-01-12,2026 East\n", 2},
		{"Goal,Date,Qty\n2026 North,2026-01-05,1.200 kg\n2026 South,2026-01-05,900 kg\n2026 East,2026-01-12,700 kg\n", 0},
	} {
		tab, err := ReadTable(strings.NewReader(tc.csv), "x.csv")
		if err != nil {
			t.Fatal(err)
		}
		if got := GuessGoalColumn(tab, GuessDateColumn(tab)); got != tc.want {
			t.Errorf("%q: goal column %d, want %d", strings.SplitN(tc.csv, "\n", 2)[0], got, tc.want)
		}
	}
}

// TestPlanImportGoalUnit: a goal whose unit label is a unit ("kg", "件")
// takes values in that unit, or without one, and refuses values in
// another unit ("3,5 t" would count as 3.5 kg); a label that is no unit
// as the importer reads units ("kg of beans") is not checked.
func TestPlanImportGoalUnit(t *testing.T) {
	csv := "Datum;Ziel;Menge\n" +
		"2023-01-05;Coffee;1.200 kg\n" +
		"2023-01-06;Coffee;\"3,5 t\"\n" +
		"2023-01-07;Coffee;700\n" +
		"2023-01-09;Boxes;35 件\n" +
		"2023-01-10;Boxes;3 箱\n" +
		"2023-01-11;Beans;2 t\n"
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	goal := func(id int64, title, label string) app.Goal {
		return app.Goal{ID: id, Title: title, Unit: app.UnitCustom, UnitLabel: label, Aggregation: app.AggFlow, Decimals: 1,
			Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth, Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	goals := []app.Goal{goal(1, "Coffee", " KG "), goal(2, "Boxes", "件"), goal(3, "Beans", "kg of beans")}
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true, NumberFormat: notation.NumberFormat{DecimalComma: true},
		GoalByName: map[string]int64{"coffee": 1, "boxes": 2, "beans": 3}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	want := rowMessages(3, msgImportOtherUnit, 6, msgImportOtherUnit)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Errorf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if args := p.Rejected[0].Args; args["Unit"] != "t" || args["Label"] != "KG" || args["Goal"] != "Coffee" {
		t.Errorf("other unit args %v", args)
	}
}

// TestPlanImportUnitsInTheSingularAndPlural: a till writes "1 pc" and
// "3 pcs", "1 box" and "2 boxes": one unit each, counted together, while
// metres and milliseconds are still two.
func TestPlanImportUnitsInTheSingularAndPlural(t *testing.T) {
	csv := "Date,Qty,Goal\n" +
		"2023-01-05,1 pc,Sales\n" +
		"2023-01-06,3 pcs,Sales\n" +
		"2023-01-07,2 PCS,Sales\n" +
		"2023-01-08,1 box,Visits\n" +
		"2023-01-09,2 boxes,Visits\n" +
		"2023-01-10,5 m,Share\n" +
		"2023-02-11,3 ms,Share\n"
	m := Mapping{DateColumn: 0, GoalColumn: 2, ValueColumn: 1, SkipHeader: true, GoalByName: importLongMapping.GoalByName}
	p := importPlanOf(t, csv, m, app.Snapshot{})
	wantRejected := rowMessages(8, msgImportMixedUnits)
	if got := importRejections(p); !slices.Equal(got, wantRejected) {
		t.Errorf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantRejected, "\n"))
	}
	want := []string{"1 2023-01 = 6 (3) partial", "2 2023-01 = 5 (1) partial", "3 2023-W01 = 1 (1) partial", "3 2023-W02 = 2 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Errorf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
