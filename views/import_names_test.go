package views

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/importer"
	"pacer/data"
)

// TestImportMapsEveryGoalName imports a file naming more goals than fit
// on one screen (120): every name is offered and matched to its goal by
// title, and the last goal's value is written with the rest.
func TestImportMapsEveryGoalName(t *testing.T) {
	const n = 120
	v, store, goals := regionImport(t, n, func(i int) string { return fmt.Sprintf("Region %03d sales", i) }, "")
	if len(v.goalSel) != n {
		t.Fatalf("%d goal names offered, want %d", len(v.goalSel), n)
	}
	for i, g := range goals {
		if sel := v.goalSel[g.Title]; sel == nil || sel.SelectedIndex() != i+1 {
			t.Fatalf("%q is not matched to its goal", g.Title)
		}
	}
	checkAndWait(t, v)
	v.onImport()
	last := goals[n-1]
	if c, err := store.CheckInByPeriod(context.Background(), last.ID, "2023-Q1"); err != nil || c.Value != 1000+n-1 {
		t.Errorf("%s's Q1 after the import: %+v, %v", last.Title, c, err)
	}
}

// TestImportNamesPastTheList imports a file naming more goals than the
// goal map lists: the map lists maxListedNames of them and says so; each
// other name goes to the goal of its title, one without a goal is left
// out, and a listed name the user skips stays skipped.
func TestImportNamesPastTheList(t *testing.T) {
	n := maxListedNames + 5
	v, store, goals := regionImport(t, n, func(i int) string { return fmt.Sprintf("region %03d SALES ", i) }, "2023-03-31,Nowhere sales,5\n")
	if !v.moreNames || len(v.goalSel) != maxListedNames {
		t.Fatalf("%d names listed (more: %v), want %d and more", len(v.goalSel), v.moreNames, maxListedNames)
	}
	if !containsText(v.goalMap, "more than") {
		t.Error("the goal map does not say that it lists only some names")
	}
	v.goalSel["region 000 SALES"].SetSelectedIndex(0) // (skip)
	checkAndWait(t, v)
	v.onImport()
	ctx := context.Background()
	if _, err := store.CheckInByPeriod(ctx, goals[0].ID, "2023-Q1"); err == nil {
		t.Error("a skipped name was imported")
	}
	last := goals[n-1]
	if c, err := store.CheckInByPeriod(ctx, last.ID, "2023-Q1"); err != nil || c.Value != float64(1000+n-1) {
		t.Errorf("%s, past the list, after the import: %+v, %v", last.Title, c, err)
	}
}

// regionImport saves n goals named "Region 000 sales" and on, and opens
// the import of a file with one Q1 row of each (its name written as
// name(i)) and the extra rows given.
func regionImport(t *testing.T, n int, name func(i int) string, extra string) (*importView, *data.Store, []app.Goal) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	var goals []app.Goal
	var csv strings.Builder
	csv.WriteString("date,goal,value\n")
	for i := range n {
		goals = append(goals, saveSeedGoal(t, store, fmt.Sprintf("Region %03d sales", i)))
		fmt.Fprintf(&csv, "2023-03-31,%s,%d\n", name(i), 1000+i)
	}
	csv.WriteString(extra)
	path := filepath.Join(t.TempDir(), "regions.csv")
	if err := os.WriteFile(path, []byte(csv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil {
		t.Fatal("no import view")
	}
	return v, store, goals
}

// TestImportNamesPastTheListWithAFilter gives a listed name a filter,
// which turns the mapping into sources: the names past the list are still
// imported.
func TestImportNamesPastTheListWithAFilter(t *testing.T) {
	n := maxListedNames + 3
	v, store, goals := regionImport(t, n, func(i int) string { return fmt.Sprintf("Region %03d sales", i) }, "")
	v.setFilter(v.keyRows["Region 001 sales"], []importer.Condition{{Column: 0, Op: importer.OpIs, Values: []string{"2023-03-31"}}})
	checkAndWait(t, v)
	v.onImport()
	for _, g := range []app.Goal{goals[1], goals[n-1]} {
		if _, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil {
			t.Errorf("%s was not imported: %v", g.Title, err)
		}
	}
}

// TestImportRemembersNamesPastTheList imports a file whose name "Region
// 000 sales" the user sends to the goal "Region 001 sales" (skipping that
// goal's own name), then a file of the same layout without Region 001,
// where Region 000 comes past the list: its rows go to the goal chosen
// the first time, not to the goal of its title.
func TestImportRemembersNamesPastTheList(t *testing.T) {
	n := maxListedNames + 2
	v, store, goals := regionImport(t, n, func(i int) string { return fmt.Sprintf("Region %03d sales", i) }, "")
	v.goalSel["Region 000 sales"].SetSelectedIndex(2) // goals[1]
	v.goalSel["Region 001 sales"].SetSelectedIndex(0) // (skip)
	checkAndWait(t, v)
	v.onImport()

	var csv strings.Builder
	csv.WriteString("date,goal,value\n")
	for i := n - 1; i >= 2; i-- {
		fmt.Fprintf(&csv, "2023-06-30,Region %03d sales,%d\n", i, 2000+i)
	}
	csv.WriteString("2023-06-30,Region 000 sales,2000\n")
	path := filepath.Join(t.TempDir(), "regions-q2.csv")
	if err := os.WriteFile(path, []byte(csv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ui := uiOf(v.ui)
	ui.files = &fakeChooser{path: path}
	v = openImport(depsOf[importStore](ui), func() {})
	if _, listed := v.goalSel["Region 000 sales"]; listed || !v.moreNames {
		t.Fatal("Region 000 sales is listed")
	}
	checkAndWait(t, v)
	v.onImport()
	ctx := context.Background()
	if c, err := store.CheckInByPeriod(ctx, goals[1].ID, "2023-Q2"); err != nil || c.Value != 2000 {
		t.Errorf("the goal chosen for Region 000 sales got %+v, %v", c, err)
	}
	if _, err := store.CheckInByPeriod(ctx, goals[0].ID, "2023-Q2"); err == nil {
		t.Error("Region 000 sales went to the goal of its title")
	}
}
