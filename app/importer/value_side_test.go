package importer

import (
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestImportSideMarkedAmounts: a ledger's amounts written with CR or DR
// in place of a sign read as the account's side, the side most of them
// carry, and the other side as a reversal: a sales account's 500.00 DR
// is a refund, so January reads 1,234.50 + 300 − 500. They were refused
// as no number.
func TestImportSideMarkedAmounts(t *testing.T) {
	p := planOneGoal(t, readCSV(t, "Date,Amount\n2023-01-05,\"1,234.50 CR\"\n2023-01-09,300.00 Cr\n2023-01-20,500.00 DR\n2023-02-01,贷 80\n"), cnySales)
	want := []string{"1 2023-01 = 1034.5 (3) partial", "1 2023-02 = 80 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}

// TestImportSideMarkedLedgerOfTwoAccounts: in one amount column a sales
// account's rows are credit as a rule and a cost account's debit: each
// goal reads its own side as it is.
func TestImportSideMarkedLedgerOfTwoAccounts(t *testing.T) {
	csv := "Date,Account,Amount\n" +
		"2023-01-05,Sales,1000 CR\n2023-01-06,Costs,400 DR\n2023-01-07,Sales,100 DR\n" +
		"2023-01-08,Costs,50 CR\n2023-01-09,Sales,200 CR\n2023-01-10,Costs,30 DR\n"
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true,
		GoalByName: map[string]int64{"Sales": 1, "Costs": 2}}
	costs := cnySales
	costs.ID, costs.Title, costs.Kind = 2, "Costs", app.KindDecrease
	p, err := PlanImport(context.Background(), app.Calendar{}, readCSV(t, csv), m, []app.Goal{cnySales, costs}, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2023-01 = 1100 (3) partial", "2 2023-01 = 380 (3) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}

// TestImportSideMarkedTieIsRefused: as many credits as debits leave no
// side the account's own; the rows are refused with a message that says
// so, and none is counted.
func TestImportSideMarkedTieIsRefused(t *testing.T) {
	p := planOneGoal(t, readCSV(t, "Date,Amount\n2023-01-05,100 CR\n2023-01-09,100 DR\n"), cnySales)
	if len(p.Rejected) != 2 || p.Rejected[0].Message != msgImportSideTie {
		t.Fatalf("rejected %q, want both rows refused as a tie", importRejections(p))
	}
	if got := importPeriodsOf(p); len(got) > 0 {
		t.Errorf("periods %q, want none counted", got)
	}
}

// TestImportSideMarkedBesideUnmarked: a card statement's plain purchases
// with its refunds marked CR read the refunds as reversals; with both
// sides marked beside plain amounts no side can be told, and the marked
// rows are refused.
func TestImportSideMarkedBesideUnmarked(t *testing.T) {
	p := planOneGoal(t, readCSV(t, "Date,Spent\n2023-01-05,120.00\n2023-01-09,20.00 CR\n2023-01-20,30.00\n"), cnySales)
	if got, want := importPeriodsOf(p), []string{"1 2023-01 = 130 (3) partial"}; !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
	p = planOneGoal(t, readCSV(t, "Date,Spent\n2023-01-05,120.00\n2023-01-09,20.00 CR\n2023-01-20,30.00 DR\n"), cnySales)
	if len(p.Rejected) != 2 || p.Rejected[0].Message != msgImportSideTie {
		t.Errorf("rejected %q, want the two marked rows refused", importRejections(p))
	}
}
