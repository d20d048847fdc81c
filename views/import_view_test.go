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
