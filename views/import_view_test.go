package views

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
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
	// The dialog is up; drive the view the way its buttons do.
	v := openImport(depsOf[importStore](ui), func() { done = true })
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
	if cs, _ := store.CheckIns(ctx, g.ID); len(cs) != 0 || done {
		t.Fatal("the import wrote with a row that could not be read")
	}
	// Without row 4, Q1 would be written 8,000,000 with a March row
	// missing: it is left out, and the history value written.
	v.onWithout()
	v.withoutConfirm.Confirm()
	if _, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1"); app.ErrorCode(err) != app.ENotFound || !done {
		t.Fatalf("Q1 after importing without row 4: %v (done %v)", err, done)
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
	v := openImport(depsOf[importStore](ui), nil)
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

	again := openImport(depsOf[importStore](ui), nil)
	if !again.isWide() || !again.comma.Checked || again.goalSel["NA Umsatz"].SelectedIndex() == 0 {
		t.Error("the mapping of this layout was not remembered")
	}
}

// TestImportRemembersDayFirstOnlyWhereTheDatesDoNotSay imports a file of
// day-first dates, then one of the same layout whose dates are clearly
// month-first (01/13/2023): its own dates decide, not the order
// remembered, which still settles a third file's dates that could be read
// either way.
func TestImportRemembersDayFirstOnlyWhereTheDatesDoNotSay(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales")
	path := filepath.Join(t.TempDir(), "sales.csv")
	open := func(csv string) *importView {
		if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
			t.Fatal(err)
		}
		ui.files = &fakeChooser{path: path}
		return openImport(depsOf[importStore](ui), nil)
	}
	v := open("date,goal,value\n13/01/2023,Sales,5\n")
	if !v.dayFirst.Checked {
		t.Fatal("13/01/2023 is not read day first")
	}
	checkAndWait(t, v)
	v.onImport()
	if _, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil {
		t.Fatalf("first import: %v", err)
	}
	if v = open("date,goal,value\n02/03/2023,Sales,5\n01/13/2023,Sales,6\n"); v.dayFirst.Checked || !v.orderHint.Hidden {
		t.Errorf("01/13/2023 in a file of the same layout: day first %v, note shown %v; want month first without asking", v.dayFirst.Checked, !v.orderHint.Hidden)
	}
	if v = open("date,goal,value\n02/03/2023,Sales,5\n"); !v.dayFirst.Checked {
		t.Error("02/03/2023, which the file does not settle, is not read as the layout was last imported")
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
	v := openImport(depsOf[importStore](ui), func() {})
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
	v = openImport(depsOf[importStore](ui), func() {})
	if v.dateCol.SelectedIndex() != 1 || v.goalCol.SelectedIndex() != 0 || v.valueCol.SelectedIndex() != 2 {
		t.Errorf("columns date %d, goal %d, value %d; want 1, 0, 2",
			v.dateCol.SelectedIndex(), v.goalCol.SelectedIndex(), v.valueCol.SelectedIndex())
	}
	if !v.dayFirst.Checked || !v.orderHint.Hidden {
		t.Errorf("13/02/2023 is day first without asking: checked %v, note shown %v", v.dayFirst.Checked, !v.orderHint.Hidden)
	}
}

// saveMonthlyGoal stores a monthly flow goal from December 2021 to the end
// of 2023: 25 check-in periods.
func saveMonthlyGoal(t *testing.T, store *data.Store, title string) app.Goal {
	t.Helper()
	g := app.Goal{Title: title, Perspective: app.PerspectiveFinancial, Owner: "Li Wei",
		Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "CNY", Aggregation: app.AggFlow,
		Target: 1_000_000, Start: app.NewDate(2021, 12, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	if err := store.SaveGoalSetup(context.Background(), app.GoalSetup{Goal: &g}); err != nil {
		t.Fatal(err)
	}
	return g
}

// issueFile writes the file of the issue: 10,000 rows of 100 each, 400 a
// month from December 2021, the 9,000th (row 9,001 with the header, in
// October 2023) holding 待定.
func issueFile(t *testing.T, goal string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("date,goal,amount\n")
	for i := range 10_000 {
		month := time.Date(2021, time.Month(12+i/400), i%400%28+1, 0, 0, 0, 0, time.UTC)
		amount := "100"
		if i == 8999 {
			amount = "待定"
		}
		fmt.Fprintf(&b, "%s,%s,%s\n", month.Format("2006-01-02"), goal, amount)
	}
	path := filepath.Join(t.TempDir(), "sales.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestImportWithABadRowWritesNothing is the issue's case: one unreadable
// amount among 10,000 rows. By default nothing is written; the stored
// October value stays. Imported without the row, October keeps its stored
// value and is named as not imported, before and after.
func TestImportWithABadRowWritesNothing(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ctx := context.Background()
	g := saveMonthlyGoal(t, store, "North-America sales")
	oct := &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-10", Value: 123_456, Confidence: 8, Note: "owner's count"}
	if err := store.CreateCheckIn(ctx, oct); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: issueFile(t, "North-America sales")}
	v := openImport(depsOf[importStore](ui), nil)
	checkAndWait(t, v)
	dlg := w.Canvas().Overlays().Top()
	line := "Oct 2023 of “North-America sales” is not imported: row 9,001 could not be read. It keeps the CN¥123,456 stored."
	if !containsText(dlg, "Row 9,001: \"待定\" is not a number") || !containsText(dlg, line) || !v.without.Visible() {
		t.Fatal("the check does not list row 9,001 and name October as left out, with a way to import without it")
	}
	test.Tap(findButton(t, dlg, "Import"))
	cs, err := store.CheckIns(ctx, g.ID)
	if err != nil || len(cs) != 1 || cs[0].Value != 123_456 {
		t.Fatalf("after the default import: %d check-ins, %v; want only October's 123,456", len(cs), err)
	}
	if !containsText(w.Canvas().Overlays().Top(), "Nothing was imported: rows of the file could not be read (1).") {
		t.Fatal("the dialog does not say why nothing was imported")
	}

	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Import without these rows"))
	ask := w.Canvas().Overlays().Top()
	if !containsText(ask, line) || !containsText(ask, "the import writes check-ins: 24,") {
		t.Fatal("the question before importing without the row does not name October")
	}
	test.Tap(findButton(t, ask, "Import without these rows"))
	checkWithoutRow9001(t, store, g.ID)
	done := w.Canvas().Overlays().Top()
	if !containsText(done, "Written — check-ins: 24, history values: 0.") || !containsText(done, line) ||
		!containsText(done, "Rows that could not be read, left out: 1.") {
		t.Fatal("the summary does not repeat that October was not imported")
	}
	if slices.Contains(w.Canvas().Overlays().List(), dlg) {
		t.Fatal("the import dialog stays open behind its summary")
	}
}

// checkWithoutRow9001 checks the check-ins of the issue's file imported
// without row 9,001: 24 months of 40,000 and October as it was stored.
func checkWithoutRow9001(t *testing.T, store *data.Store, goalID int64) {
	t.Helper()
	cs, err := store.CheckIns(context.Background(), goalID)
	if err != nil || len(cs) != 25 {
		t.Fatalf("after importing without row 9,001: %d check-ins, %v; want 25", len(cs), err)
	}
	for _, c := range cs {
		october := c.PeriodKey == "2023-10"
		if october && (c.Value != 123_456 || c.Confidence != 8 || c.Note != "owner's count") || !october && c.Value != 40_000 {
			t.Fatalf("check-in %+v", c)
		}
	}
}

// TestImportCountsRowsForOtherGoals checks that rows naming a goal not
// chosen are counted apart from errors and do not stop the import.
func TestImportCountsRowsForOtherGoals(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveMonthlyGoal(t, store, "North-America sales")
	var b strings.Builder
	b.WriteString("date,goal,amount\n")
	for i := range 4380 {
		fmt.Fprintf(&b, "2023-01-%02d,Europe sales,待定\n2023-01-%02d,North-America sales,1\n", i%28+1, i%28+1)
	}
	path := filepath.Join(t.TempDir(), "regions.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), nil)
	checkAndWait(t, v)
	dlg := w.Canvas().Overlays().Top()
	if !containsText(dlg, "4,380 rows name no chosen goal (“Europe sales”)") || v.without.Visible() || v.rejected.Text != "" {
		t.Fatal("the rows of another region are not counted apart from errors")
	}
	test.Tap(findButton(t, dlg, "Import"))
	if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-01"); err != nil || c.Value != 4380 {
		t.Fatalf("January: %+v, %v", c, err)
	}
	if !containsText(w.Canvas().Overlays().Top(), "4,380 rows name no chosen goal") {
		t.Fatal("the summary does not count the skipped rows")
	}
}

// TestImportCountsValuesOutsideTheGoalsDates imports a month of daily rows
// for a goal that starts on 25 January: its January check-in holds the
// days from the 25th, and the days before are counted apart from errors,
// in the check and in the summary, without stopping the import.
func TestImportCountsValuesOutsideTheGoalsDates(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := app.Goal{Title: "New shop sales", Perspective: app.PerspectiveFinancial, Owner: "Li Wei",
		Kind: app.KindIncrease, Unit: app.UnitCurrency, UnitLabel: "CNY", Aggregation: app.AggFlow,
		Target: 100_000, Start: app.NewDate(2023, 1, 25), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	if err := store.SaveGoalSetup(context.Background(), app.GoalSetup{Goal: &g}); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("date,goal,amount\n")
	for day := 1; day <= 31; day++ {
		fmt.Fprintf(&b, "2023-01-%02d,New shop sales,10\n", day)
	}
	path := filepath.Join(t.TempDir(), "daily.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), nil)
	checkAndWait(t, v)
	const said = "24 values are dated before their goal starts or after it ends"
	if dlg := w.Canvas().Overlays().Top(); !containsText(dlg, said) || v.without.Visible() || v.rejected.Text != "" {
		t.Fatal("the days before the goal starts are not counted apart from errors")
	}
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Import"))
	if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-01"); err != nil || c.Value != 70 {
		t.Fatalf("January: %+v, %v; want 70, the 25th to the 31st", c, err)
	}
	if !containsText(w.Canvas().Overlays().Top(), said) {
		t.Fatal("the summary does not count the values left out")
	}
}

// TestImportGreysOutColumnsTheLayoutDoesNotUse: a goal and a value column
// mean nothing to a file of one column per goal, so they are greyed out
// there and usable again for rows of one value each.
func TestImportGreysOutColumnsTheLayoutDoesNotUse(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales")
	path := filepath.Join(t.TempDir(), "wide.csv")
	if err := os.WriteFile(path, []byte("Month,Sales,Costs\n2023-01,100,80\n2023-02,110,85\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), nil)
	if !v.isWide() || !v.goalCol.Disabled() || !v.valueCol.Disabled() {
		t.Errorf("wide file: wide %v, goal column disabled %v, value column disabled %v; want all true",
			v.isWide(), v.goalCol.Disabled(), v.valueCol.Disabled())
	}
	v.wide.SetSelected(v.wide.Options[0])
	if v.goalCol.Disabled() || v.valueCol.Disabled() {
		t.Error("rows of one value each leave the goal and value columns greyed out")
	}
}

// TestImportEnterDoesNotWrite: an import may replace values already
// recorded, so Enter never runs it, as it never confirms a delete; the
// Import button still does.
func TestImportEnterDoesNotWrite(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "North-America sales")
	if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 5}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sales.csv")
	csv := "date,goal,value\n2023-03-31,North-America sales,\"4,000,000\"\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil {
		t.Fatal("no import view")
	}
	checkAndWait(t, v)
	ui.TypedKey(fyne.KeyReturn)
	if c, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1"); err != nil || c.Value != 5 {
		t.Fatalf("after Enter, Q1 holds %+v (%v), want the 5 recorded", c, err)
	}
	v.confirm.Confirm()
	if c, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q1"); err != nil || c.Value != 4_000_000 {
		t.Fatalf("after Import, Q1 holds %+v (%v)", c, err)
	}
}
