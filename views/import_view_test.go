package views

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pacer/data"
)

func TestImportChecksThenWrites(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "North-America sales")
	csv := "date,goal,value\n" +
		"2023-01-15,North-America sales,\"4,000,000\"\n" +
		"2023-02-20,north-america sales,\"4,000,000\"\n" +
		"2023-03-31,North-America sales,bad\n" +
		"2022-12-31,North-America sales,\"15,500,000\"\n"
	path := filepath.Join(t.TempDir(), "sales.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	done := false
	ui.onImport(func() { done = true })
	// The dialog is up; find it through the window's overlays is not needed:
	// drive the view the way the buttons do.
	v := lastImportView
	if v == nil {
		t.Fatal("no import view")
	}
	v.onImport()
	if cs, _ := store.CheckIns(ctx, g.ID); len(cs) != 0 {
		t.Fatal("the import wrote before the user checked it")
	}
	checkAndWait(t, v)
	if len(v.plan.Rejected) != 1 || v.plan.Rejected[0].Row != 4 {
		t.Errorf("rejected = %+v, want row 4", v.plan.Rejected)
	}
	v.onImport()
	c, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1")
	if err != nil || c.Value != 8_000_000 || !done {
		t.Fatalf("Q1 after import: %+v, %v (done %v)", c, err, done)
	}
	hist, _ := store.History(ctx, g.ID)
	found := false
	for _, h := range hist {
		if h.PeriodKey == "2022-Q4" && h.Value == 15_500_000 {
			found = true
		}
	}
	if !found {
		t.Errorf("the 2022 row did not replace the history value: %+v", hist)
	}
	backups, _ := os.ReadDir(data.BackupsDir(store.Path()))
	if len(backups) == 0 {
		t.Error("no backup before the import")
	}
}

// checkAndWait runs the import check and waits until its result is shown.
func checkAndWait(t *testing.T, v *importView) {
	t.Helper()
	v.checkDone = make(chan struct{}, 1)
	v.onCheck()
	select {
	case <-v.checkDone:
	case <-time.After(30 * time.Second):
		t.Fatal("the check did not finish")
	}
}

func TestImportRemembersMappingPerLayout(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales")
	// A wide file: one value column per goal, named unlike the goal.
	csv := "Datum;NA Umsatz\n15.01.2023;1.000.000\n"
	path := filepath.Join(t.TempDir(), "wide.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	ui.onImport(nil)
	v := lastImportView
	v.wide.SetSelected(v.wide.Options[1])
	v.comma.SetChecked(true)
	for i, goal := range v.goals {
		if goal.ID == g.ID {
			v.goalSel["NA Umsatz"].SetSelectedIndex(i + 1)
		}
	}
	checkAndWait(t, v)
	v.onImport()
	if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil || c.Value != 1_000_000 {
		t.Fatalf("first import: %+v, %v", c, err)
	}

	ui.onImport(nil)
	again := lastImportView
	if !again.isWide() || !again.comma.Checked || again.goalSel["NA Umsatz"].SelectedIndex() == 0 {
		t.Error("the mapping of this layout was not remembered")
	}
}

// TestImportGuessesColumnsAndAsksDayMonth opens a file whose dates are in
// the second column and could be read either way: the view maps the
// columns by their content and says that the order needs a look; when the
// user picks a column of unambiguous dates, the note goes.
func TestImportGuessesColumnsAndAsksDayMonth(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "North-America sales")
	csv := "store,day,sales,checked\n" +
		"North-America sales,01/02/2023,\"4,000,000\",2023-02-03\n" +
		"North-America sales,03/04/2023,\"4,000,000\",2023-04-05\n"
	path := filepath.Join(t.TempDir(), "stores.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	ui.onImport(func() {})
	v := lastImportView
	if v.dateCol.SelectedIndex() != 1 {
		t.Errorf("date column %d, want 1", v.dateCol.SelectedIndex())
	}
	if v.orderHint.Hidden || v.orderHint.Text == "" {
		t.Error("nothing says that 01/02/2023 could be read either way")
	}
	v.dateCol.SetSelectedIndex(3)
	if !v.orderHint.Hidden {
		t.Error("the note stays for a column of ISO dates")
	}

	csv3 := "store,day,sales\nNorth-America sales,13/02/2023,\"4,000,000\"\n"
	if err := os.WriteFile(path, []byte(csv3), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.onImport(func() {})
	v = lastImportView
	if v.dateCol.SelectedIndex() != 1 || v.goalCol.SelectedIndex() != 0 || v.valueCol.SelectedIndex() != 2 {
		t.Errorf("columns date %d, goal %d, value %d; want 1, 0, 2",
			v.dateCol.SelectedIndex(), v.goalCol.SelectedIndex(), v.valueCol.SelectedIndex())
	}
	if !v.dayFirst.Checked || !v.orderHint.Hidden {
		t.Errorf("13/02/2023 is day first without asking: checked %v, note shown %v", v.dayFirst.Checked, !v.orderHint.Hidden)
	}
}
