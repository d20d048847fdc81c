package views

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"pacer/app"
	"pacer/app/export"
	"pacer/data"
)

// TestImportOwnCheckInsExport exports the check-ins of a weekly, a
// half-yearly and a yearly goal as the Export button writes them, in
// English and in Chinese, and opens the check-ins file in the import: it
// opened on one value column per goal, its eight columns to map as goals,
// with Created, when each check-in was typed, as the dates. It opens on
// one row a value, the Period, Goal and Value columns chosen and each
// goal's title on its goal, and the check finds the check-ins as they are.
func TestImportOwnCheckInsExport(t *testing.T) {
	for _, language := range []string{"en", "zh"} {
		t.Run(language, func(t *testing.T) {
			ui, _, store := newStoreUI(t)
			t.Cleanup(func() { useLanguage(t, "en") })
			useLanguage(t, language)
			want := map[int64]map[string]float64{}
			for i, c := range []app.Cadence{app.CadenceWeek, app.CadenceHalf, app.CadenceYear} {
				g := saveCheckedInGoal(t, store, []string{"Visits", "Stock", "Members"}[i], c)
				want[g.ID] = map[string]float64{}
				cs, err := store.CheckIns(context.Background(), g.ID)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range cs {
					want[g.ID][c.PeriodKey] = c.Value
				}
			}
			book, err := export.LoadExportBook(context.Background(), store)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if _, err := export.WriteDataCSVDir(dir, book, exportWord); err != nil {
				t.Fatal(err)
			}
			name := export.DataCSVNames(exportWord)[slices.Index(export.ExportTables, export.TableCheckIns)]
			ui.files = &fakeChooser{path: filepath.Join(dir, name)}
			v := openImport(depsOf[importStore](ui), nil)
			if v == nil {
				t.Fatalf("no import view of %s", name)
			}
			if v.isWide() || v.dateCol.SelectedIndex() != 2 || v.goalCol.SelectedIndex() != 1 || v.valueCol.SelectedIndex() != 3 {
				t.Fatalf("%s opens wide %v, on dates %d, goals %d, values %d; want one row a value on 2, 1, 3",
					name, v.isWide(), v.dateCol.SelectedIndex(), v.goalCol.SelectedIndex(), v.valueCol.SelectedIndex())
			}
			checkAndWait(t, v)
			got := map[int64]map[string]float64{}
			for _, p := range v.plan.Periods {
				if got[p.GoalID] == nil {
					got[p.GoalID] = map[string]float64{}
				}
				got[p.GoalID][p.PeriodKey] = p.Value
			}
			if len(v.plan.Rejected) > 0 || len(v.plan.LeftOut) > 0 || !maps.EqualFunc(got, want, maps.Equal) {
				t.Errorf("check: %s\nperiods %v; want %v", v.result.Text, got, want)
			}
		})
	}
}

// saveCheckedInGoal saves a goal of cadence c with check-ins of its first
// two periods.
func saveCheckedInGoal(t *testing.T, store *data.Store, title string, c app.Cadence) app.Goal {
	t.Helper()
	ctx := context.Background()
	g := app.Goal{Title: title, Perspective: app.PerspectiveCustomer, Kind: app.KindIncrease, Unit: app.UnitCount,
		Aggregation: app.AggFlow, Target: 5200, Start: app.NewDate(2023, 1, 2), End: app.NewDate(2024, 12, 29), Cadence: c, PlanBy: app.CadenceQuarter}
	if err := store.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g}); err != nil {
		t.Fatal(err)
	}
	for i, p := range app.CheckInPeriods(app.Calendar{}, g)[:2] {
		if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: float64(120 + i), Confidence: 6}); err != nil {
			t.Fatal(err)
		}
	}
	return g
}
