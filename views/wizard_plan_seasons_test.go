package views

import (
	"testing"

	"pacer/app"
)

// TestWizardSeasonalWithoutAFullYearSaysEven: history of half a year sets
// the split to Seasonal, which has no season to follow; the plan is even,
// and the plan step says so rather than let it pass for last years'
// seasons. A full year's history takes the note away.
func TestWizardSeasonalWithoutAFullYearSaysEven(t *testing.T) {
	wiz, plan := costWizardOnPlanStep(t)
	const note = "The history holds no full fiscal year by month or quarter to take seasons from: the plan is split evenly."
	if wiz.draft.splitMode != splitSeasonal || containsText(plan.verdict, note) {
		t.Fatalf("a full year: split %q, verdict %q; want seasonal without the note", wiz.draft.splitMode, plan.verdict.Text)
	}
	wiz.draft.history = []app.PeriodValue{{PeriodKey: "2022-Q1", Value: 380000}, {PeriodKey: "2022-Q2", Value: 370000}}
	plan.recompute(wiz.draft)
	if wiz.draft.splitMode != splitSeasonal || !containsText(plan.verdict, note) {
		t.Errorf("half a year: split %q, verdict %q; want seasonal with the note", wiz.draft.splitMode, plan.verdict.Text)
	}
	for _, pt := range wiz.draft.plan {
		if pt.Target != wiz.draft.plan[0].Target {
			t.Errorf("%s planned %v; want the even %v", pt.PeriodKey, pt.Target, wiz.draft.plan[0].Target)
		}
	}
}
