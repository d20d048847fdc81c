package views

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// TestPlanByValueFillsTheFirstPeriod opens the plan by value when its
// default period is the first one (only Q1 has an actual): the plan by value
// saved for Q1 shows, and Cancel with nothing typed closes at once.
func TestPlanByValueFillsTheFirstPeriod(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "North-America sales")
	importWithProducts(t, store, g)
	ctx := context.Background()
	cs, _ := store.CheckIns(ctx, g.ID)
	for _, c := range cs {
		if c.PeriodKey == "2023-Q2" {
			if err := store.DeleteCheckIn(ctx, c.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := store.SetDimensionPlans(ctx, g.ID, "2023-Q1", "产品", []app.DimensionPlan{{GoalID: g.ID, PeriodKey: "2023-Q1", Dimension: "产品", Value: "A", Amount: 6e6}}); err != nil {
		t.Fatal(err)
	}
	d := openDetail(t, ui)
	d.byValue.onPlan()
	e := openPlanEditor(t, d)
	if e.period.SelectedIndex() != 0 {
		t.Fatalf("default period %d", e.period.SelectedIndex())
	}
	a := e.fields[slices.Index(e.values, "A")]
	if a.entry.Text != "6,000,000" {
		t.Errorf("Q1's plan for A shows %q, want 6,000,000", a.entry.Text)
	}
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Cancel"))
	if ui.dialogOpen() {
		t.Error("Cancel with nothing typed asked")
	}
}
