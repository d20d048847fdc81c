package views

import (
	"context"
	"testing"

	"pacer/app"
)

// TestActionsOwnerFilterShownIsApplied: after the owner picked has no plan
// of the status picked next, the list still lists by what the filters
// show; it listed nothing under "All owners".
func TestActionsOwnerFilterShownIsApplied(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	for _, p := range []app.ActionPlan{
		{Problem: "Li's open plan", Owner: "Li", Status: app.ActionPlanned},
		{Problem: "Wang's done plan", Owner: "Wang", Status: app.ActionDone},
	} {
		if err := store.CreateActionPlan(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	ui.showScreen(screenActions)
	s := builtScreen[*actionsScreen](ui)
	s.owner.SetSelected("Li")
	if len(s.plans) != 1 || s.plans[0].plan.Owner != "Li" {
		t.Fatalf("owner Li lists %d plans", len(s.plans))
	}
	s.status.SetSelected(actionStatusLabel(app.ActionDone))
	var listed []string
	for _, it := range s.plans {
		listed = append(listed, it.plan.Problem)
	}
	switch s.owner.Selected {
	case "Li":
		if len(listed) != 0 {
			t.Errorf("owner Li, status Done lists %v", listed)
		}
	case "All owners":
		if len(listed) != 1 || listed[0] != "Wang's done plan" {
			t.Errorf("the filters show all owners and Done, and the list holds %v", listed)
		}
	default:
		t.Errorf("owner filter shows %q", s.owner.Selected)
	}
}
