package views

import (
	"math"
	"strings"
	"testing"

	"pacer/app"
)

// TestLossCardTellsOneStory: a goal to hold the year's loss to
// −1,200,000 that lost 150,000 a month in the first quarter is off track,
// projected at 50% of target, and its card says so too: 13% done, its bar
// short of the marker at the plan's quarter, needing at least an amount
// each month to come. Before, it read "163% done", bar full, "target
// already reached"; on plan, "175% done".
func TestLossCardTellsOneStory(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Hold the loss", Kind: app.KindIncrease, Aggregation: app.AggFlow, Unit: app.UnitCount,
		Target: -1_200_000, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	plan := app.SplitEven(app.Calendar{}, g, app.CadenceMonth)
	asOf := app.NewDate(2026, 4, 15)
	for _, tt := range []struct {
		loss        float64
		done, needs string
		behind      bool
	}{
		{-150_000, "13% done", "needs at least Apr -83,333, May -83,334, …, Dec -83,333", true},
		{-100_000, "25% done", "needs at least Apr -100,000, May -100,000, …, Dec -100,000", false},
	} {
		values := []app.PeriodValue{{PeriodKey: "2026-01", Value: tt.loss}, {PeriodKey: "2026-02", Value: tt.loss},
			{PeriodKey: "2026-03", Value: tt.loss}}
		p := goalPace{Goal: g, Values: values, Assessment: app.Assess(app.Calendar{}, g, plan, values, asOf, app.DefaultThresholds),
			Projection: app.Project(app.Calendar{}, g, plan, values, asOf)}
		if got := paceFiguresOf(p).done; got != tt.done {
			t.Errorf("%v a month: the card says %q, want %q", tt.loss, got, tt.done)
		}
		if got := needsText(g, p.Projection); got != tt.needs {
			t.Errorf("%v a month: needs %q, want %q", tt.loss, got, tt.needs)
		}
		fill, marker := paceBar(g, p.Assessment)
		if math.Abs(marker-0.25) > 1e-9 || (fill < marker) != tt.behind || fill >= 1 {
			t.Errorf("%v a month: bar filled to %v, marker at %v; want the marker at 0.25 and the bar behind it: %v", tt.loss, fill, marker, tt.behind)
		}
		if strings.Contains(paceOutlook(p), "already reached") {
			t.Errorf("%v a month: the outlook reads %q", tt.loss, paceOutlook(p))
		}
	}
}
