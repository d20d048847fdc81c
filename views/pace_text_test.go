package views

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/sample"
)

func sampleDashboard(t *testing.T) *dashboardScreen {
	t.Helper()
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	if err := sample.LoadSample(context.Background(), store, "en"); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenDashboard)
	return builtScreen[*dashboardScreen](ui)
}

func paceOf(t *testing.T, d *dashboardScreen, titlePart string) goalPace {
	t.Helper()
	for _, p := range d.all {
		if strings.Contains(p.Goal.Title, titlePart) {
			whole, err := loadGoalPace(d.ui.shell, d.ui.store, p.Goal.ID) // as showDetail reads it
			if err != nil {
				t.Fatal(err)
			}
			return whole
		}
	}
	t.Fatalf("no goal titled %q", titlePart)
	return goalPace{}
}

// The sample's sales and market share, as of 2023-05-20: the projection
// follows the plan, the needs its shape, and the share below its start
// says so instead of a negative share of the target. The share needs
// levels to be at, "at least 10.1%", not 10.1% more (还需 read so).
func TestDashboardSampleOutlook(t *testing.T) {
	d := sampleDashboard(t)
	sales := paceOf(t, d, "sales")
	want := "Projected end: CN¥48,000,000 (80% of target) · needs Q2 CN¥14,560,000, Q3 CN¥16,640,000, Q4 CN¥20,800,000"
	if got := paceOutlook(sales); got != want {
		t.Errorf("sales outlook\n got %q\nwant %q", got, want)
	}
	if got, want := projectionMethodText(sales), "Projected from 2023-Q1: 80% of plan, the same pace assumed for the rest of the plan."; got != want {
		t.Errorf("sales method\n got %q\nwant %q", got, want)
	}
	share := paceOf(t, d, "market share")
	if got, want := paceFacts(share), "8.0% of 15.0% · expected 10.0% by now · 1.0 pp below the starting 9.0%"; got != want {
		t.Errorf("share facts\n got %q\nwant %q", got, want)
	}
	want = "Projected end: 13.0% (67% of the way from 9.0%) · needs at least Q2 10.1%, Q3 12.2%, Q4 15.0%"
	if got := paceOutlook(share); got != want {
		t.Errorf("share outlook\n got %q\nwant %q", got, want)
	}
	if got, want := projectionMethodText(share), "Projected from 2023-Q1: -2.0 pp from the plan, the same gap assumed to its end."; got != want {
		t.Errorf("share method\n got %q\nwant %q", got, want)
	}
	if got := d.counts.Text; got != "At risk: 3" {
		t.Errorf("counts read %q, want At risk: 3", got)
	}
	d.showDetail(sales)
	if !containsText(d.content.Objects[0], "Projected from 2023-Q1: 80% of plan") {
		t.Error("the goal detail does not say how the projection is made")
	}
}

// A level goal without a plan, below its start, is projected below it:
// 3.5 % against the 10.5 % of its even steps, 7 pp short to the end.
func TestOutlookBelowStartWithoutPlan(t *testing.T) {
	base := 9.0
	g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitPercent, Decimals: 1, Aggregation: app.AggLevel,
		Baseline: &base, Target: 15, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceQuarter}
	values := []app.PeriodValue{{PeriodKey: "2023-Q1", Value: 3.5}}
	asOf := app.NewDate(2023, 4, 10)
	p := goalPace{Goal: g, Values: values, Assessment: app.Assess(app.Calendar{}, g, nil, values, asOf, app.DefaultThresholds),
		Projection: app.Project(app.Calendar{}, g, nil, values, asOf)}
	text := paceFacts(p) + "\n" + paceOutlook(p)
	if strings.Contains(text, "-8%") || !strings.Contains(text, "Projected end: 8.0% (1.0 pp below the starting 9.0%)") {
		t.Errorf("below the start reads:\n%s", text)
	}
	if !strings.Contains(text, "5.5 pp below the starting 9.0%\n") {
		t.Errorf("progress below the start reads:\n%s", text)
	}
}

// The counter names each state with its badge's word: a missed goal is
// counted as missed, not off track.
func TestStatusCountsUseBadgeWords(t *testing.T) {
	newStoreUI(t)
	got := statusCountsText(map[app.Status]int{app.StatusMissed: 1, app.StatusOffTrack: 2, app.StatusOnTrack: 1})
	if got != "On track: 1 · Off track: 2 · Missed: 1" {
		t.Errorf("counts read %q", got)
	}
	for _, st := range countedStatuses {
		if !strings.Contains(statusCountsText(map[app.Status]int{st: 1}), statusLabel(st)) {
			t.Errorf("%s is counted under another word", st)
		}
	}
}

// The sample seen after its year, with April to December never checked
// in: each card gives the verdict's figure, where the goal ended, and
// needs nothing, as its Missed chip says; before, it was projected to
// CN¥48,000,000 with Q2 to Q4 each needing their share.
func TestDashboardSampleAfterItsYear(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2026, 12, 3, 10, 0, 0, 0, time.Local) }
	if err := sample.LoadSample(context.Background(), store, "en"); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenDashboard)
	d := builtScreen[*dashboardScreen](ui)
	want := "Ended at CN¥8,000,000 (13% of target)"
	for _, card := range d.all { // the card's pace, from the running totals
		if strings.Contains(card.Goal.Title, "sales") && paceOutlook(card) != want {
			t.Errorf("sales card\n got %q\nwant %q", paceOutlook(card), want)
		}
	}
	sales := paceOf(t, d, "sales") // the detail's, read whole
	if got := paceOutlook(sales); got != want {
		t.Errorf("sales outlook\n got %q\nwant %q", got, want)
	}
	if got, want := projectionMethodText(sales), "The goal has ended: its figures are what 2023-Q1 recorded, and nothing is projected."; got != want {
		t.Errorf("sales method\n got %q\nwant %q", got, want)
	}
	if sales.Assessment.Status != app.StatusMissed {
		t.Errorf("sales is %s, want missed", sales.Assessment.Status)
	}
}

// A stay goal's target holds in each period: its figures are its latest
// period's value and how many periods were on target, not the sum of all
// of them against one period's target ("14 of 5" before), and its outlook
// the share of its periods projected on target, or, once it has ended,
// how many were. What the months left need of a goal to stay below its
// line is said as a ceiling, "at most 5 per month", not "needs 5".
func TestStayGoalFigures(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Complaints below 5 a month", Kind: app.KindStayBelow, Unit: app.UnitCount,
		Aggregation: app.AggFlow, Target: 5, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceMonth}
	values := []app.PeriodValue{{PeriodKey: "2023-01", Value: 3}, {PeriodKey: "2023-02", Value: 7}, {PeriodKey: "2023-03", Value: 4}}
	pace := func(asOf app.Date) goalPace {
		return goalPace{Goal: g, Values: values, Assessment: app.Assess(app.Calendar{}, g, nil, values, asOf, app.DefaultThresholds),
			Projection: app.Project(app.Calendar{}, g, nil, values, asOf)}
	}
	running, ended := pace(app.NewDate(2023, 4, 10)), pace(app.NewDate(2024, 2, 1))
	for _, tt := range []struct{ got, want string }{
		{paceFacts(running), "latest 4 · target 5 each month · 2 of 3 on target"},
		// Along the line through 3, 7, 4, half a complaint more each
		// month, past 5 from April.
		{paceOutlook(running), "Projected: 17% of its periods on target · at most 5 per month over 9 more"},
		{paceFacts(ended), "latest 4 · target 5 each month · 2 of 3 on target"},
		// April to December never reported: no verdict.
		{paceOutlook(ended), "Ended with 2 of 3 on target; its other periods were never checked in"},
	} {
		if tt.got != tt.want {
			t.Errorf("got  %q\nwant %q", tt.got, tt.want)
		}
	}
	card := newPaceCard().(*paceCard)
	card.set(running)
	if got := richText(card.figures[0]); got != "Latest4" {
		t.Errorf("the card's first figure reads %q, want the latest value under Latest", got)
	}
	if got := richText(card.figures[3]); got != "Progress2 of 3 on target" {
		t.Errorf("the card's progress reads %q", got)
	}
}

// TestCostCapFigures shows a budget, a cap on a sum, four months in: the
// card says how much of the cap is used, and its bar is filled that far
// with the marker at what was expected by now, rather than "380% done"
// from the distance to last year's spend, which means something only once
// the year is over.
func TestCostCapFigures(t *testing.T) {
	base := 1_500_000.0
	g := app.Goal{ID: 1, Title: "Office costs", Kind: app.KindDecrease, Unit: app.UnitCount, Aggregation: app.AggFlow,
		Target: 1_200_000, Baseline: &base, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	plan := app.SplitEven(app.Calendar{}, g, app.CadenceMonth)
	values := []app.PeriodValue{{PeriodKey: "2023-01", Value: 120_000}, {PeriodKey: "2023-02", Value: 120_000},
		{PeriodKey: "2023-03", Value: 120_000}, {PeriodKey: "2023-04", Value: 120_000}}
	asOf := app.NewDate(2023, 5, 1)
	p := goalPace{Goal: g, Values: values, Assessment: app.Assess(app.Calendar{}, g, plan, values, asOf, app.DefaultThresholds),
		Projection: app.Project(app.Calendar{}, g, plan, values, asOf)}
	if got := paceFiguresOf(p).done; got != "40% of the cap used" {
		t.Errorf("the card says %q, want 40%% of the cap used", got)
	}
	fill, marker := paceBar(g, p.Assessment)
	if math.Abs(fill-0.4) > 1e-9 || !(marker > 0.3 && marker < 0.4) {
		t.Errorf("bar filled to %v with its marker at %v; want 0.4, the marker near a third", fill, marker)
	}
	if got := paceOutlook(p); !strings.HasPrefix(got, "Projected end: 1,440,000 (120% of the cap) · at most ") {
		t.Errorf("the outlook reads %q, want the projected end as a share of the cap", got)
	}
	sales := g
	sales.Kind, sales.Baseline = app.KindIncrease, nil
	if got := doneText(sales, 480_000, 0.4); got != "40% done" {
		t.Errorf("a sales goal says %q", got)
	}
}

// TestCostCapPassedSaysSo checks the needs line of caps on a sum with no
// room left: no complaints allowed and one had, and a budget spent past
// its cap, say how far the cap is passed, not "at most Jun −1".
func TestCostCapPassedSaysSo(t *testing.T) {
	cal, asOf := app.Calendar{}, app.NewDate(2023, 5, 10)
	complaints := app.Goal{ID: 1, Title: "No complaints", Kind: app.KindDecrease, Unit: app.UnitCount, Aggregation: app.AggFlow,
		Target: 0, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 6, 30), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	budget := complaints
	budget.Title, budget.Target = "Office costs", 400_000
	for _, tt := range []struct {
		g      app.Goal
		values []app.PeriodValue
		want   string
	}{
		{complaints, []app.PeriodValue{{PeriodKey: "2023-02", Value: 1}, {PeriodKey: "2023-04", Value: 0}}, "already 1 over the cap"},
		{complaints, []app.PeriodValue{{PeriodKey: "2023-04", Value: 0}}, "no room left under the cap"},
		{budget, []app.PeriodValue{{PeriodKey: "2023-01", Value: 150_000}, {PeriodKey: "2023-02", Value: 150_000},
			{PeriodKey: "2023-03", Value: 150_000}, {PeriodKey: "2023-04", Value: 50_000}}, "already 100,000 over the cap"},
	} {
		plan := app.SplitEven(cal, tt.g, app.CadenceMonth)
		pr := app.Project(cal, tt.g, plan, tt.values, asOf)
		if got := needsText(tt.g, pr); got != tt.want {
			t.Errorf("%s after %v: %q, want %q (needs %v)", tt.g.Title, tt.values, got, tt.want, pr.Needs)
		}
	}
}

// TestProjectionOfALossToHoldTo says how a profit goal that is still a
// loss is projected: its loss against the plan's kept for the rest of the
// plan, as its status measures it, never that nothing was planned; and a
// plan that turns to profit later gives no pace to keep: its run-rate.
func TestProjectionOfALossToHoldTo(t *testing.T) {
	g := app.Goal{ID: 1, Kind: app.KindIncrease, Aggregation: app.AggFlow, Unit: app.UnitCount, Target: -1200,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	plan := app.SplitEven(app.Calendar{}, g, "")
	cs := []app.CheckIn{{GoalID: 1, PeriodKey: "2026-01", Value: -150}, {GoalID: 1, PeriodKey: "2026-02", Value: -150}}
	snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: plan}, CheckIns: map[int64][]app.CheckIn{1: cs}}
	p := app.Paces(app.Calendar{}, snap, app.NewDate(2026, 3, 2), app.DefaultThresholds)[0]
	want := "Projected from Jan 2026 to Feb 2026 (2 check-ins): a loss 150% of the one planned, the same pace assumed for the rest of the plan."
	if got := projectionMethodText(p); got != want || p.Projection.EndValue != -1800 {
		t.Errorf("method\n got %q\nwant %q (end %v, want -1,800)", got, want, p.Projection.EndValue)
	}
	// The year's loss planned in January and February, then a profit each month.
	plan[0].Target, plan[1].Target = -700, -700
	for i := 2; i < 12; i++ {
		plan[i].Target = 20
	}
	p = app.Paces(app.Calendar{}, snap, app.NewDate(2026, 3, 2), app.DefaultThresholds)[0]
	want = "Projected from Jan 2026 to Feb 2026 (2 check-ins): -150 a month on average, repeated for each month left (a plan below zero gives no pace to keep)."
	if got := projectionMethodText(p); got != want {
		t.Errorf("method\n got %q\nwant %q", got, want)
	}
}

// TestBudgetMonthsNeverCheckedInAreNamed: the method line of a budget
// with months never checked in names them and what the projection took
// them at, so its end and needs read as what they are.
func TestBudgetMonthsNeverCheckedInAreNamed(t *testing.T) {
	base := 1500.0
	g := app.Goal{ID: 1, Kind: app.KindDecrease, Aggregation: app.AggFlow, Unit: app.UnitCount, Baseline: &base, Target: 1200,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	var cs []app.CheckIn
	for _, key := range []string{"2026-01", "2026-04", "2026-05", "2026-06"} {
		cs = append(cs, app.CheckIn{GoalID: 1, PeriodKey: key, Value: 90})
	}
	snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: app.SplitEven(app.Calendar{}, g, "")},
		CheckIns: map[int64][]app.CheckIn{1: cs}}
	p := app.Paces(app.Calendar{}, snap, app.NewDate(2026, 7, 2), app.DefaultThresholds)[0]
	want := "Projected from Jan 2026 to Jun 2026 (4 check-ins): 90% of plan, the same pace assumed for the rest of the plan. " +
		"Feb 2026, Mar 2026, never checked in, taken at the same pace: 180."
	if got := projectionMethodText(p); got != want {
		t.Errorf("method\n got %q\nwant %q", got, want)
	}
	cs = append(cs[:1], app.CheckIn{GoalID: 1, PeriodKey: "2026-06", Value: 90})
	snap.CheckIns[1] = cs
	p = app.Paces(app.Calendar{}, snap, app.NewDate(2026, 7, 2), app.DefaultThresholds)[0]
	if got := periodListText(p.Projection.Estimated); got != "4 periods from Feb 2026 to May 2026" {
		t.Errorf("four months never checked in read %q", got)
	}
}

// TestCapSpentToTheUnitWithAMonthEstimated: a budget spent exactly to its
// cap, with February never checked in and estimated at a fraction, has
// no room left under the cap; it is not "already 0 over" it.
func TestCapSpentToTheUnitWithAMonthEstimated(t *testing.T) {
	g := app.Goal{ID: 1, Kind: app.KindDecrease, Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter,
		Target: 300, Unit: app.UnitCount, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31)}
	plan := []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 75}, {PeriodKey: "2023-Q2", Target: 75},
		{PeriodKey: "2023-Q3", Target: 75}, {PeriodKey: "2023-Q4", Target: 75}}
	values := []app.PeriodValue{{PeriodKey: "2023-01", Value: 100}, {PeriodKey: "2023-03", Value: 200}}
	pr := app.Project(app.Calendar{}, g, plan, values, app.NewDate(2023, 4, 10))
	if got := needsText(g, pr); got != "no room left under the cap" {
		t.Errorf("needs %q (%v estimated for %v)", got, pr.EstimatedValue, pr.Estimated)
	}
	values[1].Value = 201
	pr = app.Project(app.Calendar{}, g, plan, values, app.NewDate(2023, 4, 10))
	if got := needsText(g, pr); got != "already 1 over the cap" {
		t.Errorf("one over the cap: needs %q (%v estimated)", got, pr.EstimatedValue)
	}
}

// TestMilestoneIsNotProjected says where a milestone stands, in the words
// of its check-ins, and not that no period is left: a shop to open by
// December, not open in March, is on track with ten months to go. Before,
// its outlook read "Projected end: 0 (0% of target)" and its method line
// "no period is left, so the projection is the actual".
func TestMilestoneIsNotProjected(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Open the Suzhou shop", Kind: app.KindMilestone, Unit: app.UnitCount, Aggregation: app.AggLevel,
		Target: 1, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth}
	cs := []app.CheckIn{{GoalID: 1, PeriodKey: "2026-01", Value: 0}, {GoalID: 1, PeriodKey: "2026-02", Value: 0}}
	snap := app.Snapshot{Goals: []app.Goal{g}, CheckIns: map[int64][]app.CheckIn{1: cs}}
	running := app.Paces(app.Calendar{}, snap, app.NewDate(2026, 3, 2), app.DefaultThresholds)[0]
	// December's check-in is awaited until its grace is over; then it ends.
	ended := app.Paces(app.Calendar{}, snap, app.NewDate(2027, 1, 8), app.DefaultThresholds)[0]
	for _, tt := range []struct{ got, want string }{
		{paceOutlook(running), "So far: Not done (0% of target)"},
		{projectionMethodText(running), "Jan 2026 to Feb 2026 (2 check-ins): a milestone is done or not, so nothing is projected; the figures are where it stands."},
		{paceOutlook(ended), "Ended: Not done (0% of target)"},
	} {
		if tt.got != tt.want {
			t.Errorf("got  %q\nwant %q", tt.got, tt.want)
		}
	}
}

// TestProjectionWithoutAPlan says that a goal with no plan saved is
// projected against the even split of its target (a flow's shares, a
// level's steps), as its status measures it, not against a plan it does
// not have.
func TestProjectionWithoutAPlan(t *testing.T) {
	base := 10.0
	flow := app.Goal{ID: 1, Kind: app.KindIncrease, Aggregation: app.AggFlow, Unit: app.UnitCount, Target: 1200,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	level := flow
	level.Aggregation, level.Target, level.Baseline = app.AggLevel, 22, &base
	for _, tt := range []struct {
		g      app.Goal
		values [2]float64
		want   string
	}{
		{flow, [2]float64{90, 90}, "Projected from Jan 2026 to Feb 2026 (2 check-ins): 90% of the target split evenly, the same pace assumed for the rest of it (no plan)."},
		{level, [2]float64{11, 11}, "Projected from Jan 2026 to Feb 2026 (2 check-ins): -1 from even steps to the target, the same gap assumed to its end (no plan)."},
	} {
		cs := []app.CheckIn{{GoalID: 1, PeriodKey: "2026-01", Value: tt.values[0]}, {GoalID: 1, PeriodKey: "2026-02", Value: tt.values[1]}}
		snap := app.Snapshot{Goals: []app.Goal{tt.g}, CheckIns: map[int64][]app.CheckIn{1: cs}}
		p := app.Paces(app.Calendar{}, snap, app.NewDate(2026, 3, 2), app.DefaultThresholds)[0]
		if got := projectionMethodText(p); got != tt.want {
			t.Errorf("%s method\n got %q\nwant %q", tt.g.Aggregation, got, tt.want)
		}
	}
}

// TestWeeklyNeedsNameTheYearOnce: a weekly goal's needs name their year
// with the first week only when every week listed lies in it, in both
// languages; before, each week said it again ("2026年第50周 579、2026年第51周
// 600"). Weeks of two years are each named in full.
func TestWeeklyNeedsNameTheYearOnce(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Cadence: app.CadenceWeek, PlanBy: app.CadenceWeek}
	needs := func(keys ...string) app.Projection {
		pr := app.Projection{}
		for i, k := range keys {
			pr.Needs = append(pr.Needs, app.PeriodNeed{PeriodKey: k, Amount: float64(579 + i)})
		}
		return pr
	}
	for _, tt := range []struct {
		language string
		pr       app.Projection
		want     string
	}{
		{"en", needs("2026-W50", "2026-W51", "2026-W52"), "needs 2026 week 50 579, week 51 580, week 52 581"},
		{"zh", needs("2026-W50", "2026-W51", "2026-W52"), "还需 2026年第50周 579、第51周 580、第52周 581"},
		{"zh", needs("2026-W46", "2026-W47", "2026-W48", "2026-W49", "2026-W50"), "还需 2026年第46周 579、第47周 580、…、第50周 583"},
		{"en", needs("2026-W52", "2026-W53", "2027-W01"), "needs 2026 week 52 579, 2026 week 53 580, 2027 week 1 581"},
		{"zh", needs("2026-W53", "2027-W01"), "还需 2026年第53周 579、2027年第1周 580"},
	} {
		useLanguage(t, tt.language)
		if got := needsText(g, tt.pr); got != tt.want {
			t.Errorf("%s %v:\n got %q\nwant %q", tt.language, tt.pr.Needs, got, tt.want)
		}
	}
}

// TestStayMethodSaysItsLine: a cost held below 100 a month, rising 40,
// 70, 99, is projected along the line through its months, as its method
// line says, and is not on track. Before, the line said the latest value
// was held while a sum per month was projected at its average, on track.
func TestStayMethodSaysItsLine(t *testing.T) {
	g := app.Goal{ID: 1, Kind: app.KindStayBelow, Aggregation: app.AggFlow, Unit: app.UnitCount, Target: 100,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	cs := []app.CheckIn{{GoalID: 1, PeriodKey: "2026-01", Value: 40}, {GoalID: 1, PeriodKey: "2026-02", Value: 70},
		{GoalID: 1, PeriodKey: "2026-03", Value: 99}}
	snap := app.Snapshot{Goals: []app.Goal{g}, CheckIns: map[int64][]app.CheckIn{1: cs}}
	p := app.Paces(app.Calendar{}, snap, app.NewDate(2026, 4, 2), app.DefaultThresholds)[0]
	want := "Projected from Jan 2026 to Mar 2026 (3 check-ins): the periods that passed, and the straight line through the values extended over those left."
	if got := projectionMethodText(p); got != want || p.Assessment.Status == app.StatusOnTrack {
		t.Errorf("%s, method\n got %q\nwant %q", p.Assessment.Status, got, want)
	}
}

// TestStayNeverReportedMonthsEndWithoutVerdict: a cost held below 100 a
// month with only January and December of 2026 checked in ends not
// checked in, and its card says the other months were never reported.
// Before, it read achieved, "Ended with 2 of 2 on target".
func TestStayNeverReportedMonthsEndWithoutVerdict(t *testing.T) {
	g := app.Goal{ID: 1, Kind: app.KindStayBelow, Aggregation: app.AggFlow, Unit: app.UnitCount, Target: 100,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	cs := []app.CheckIn{{GoalID: 1, PeriodKey: "2026-01", Value: 50}, {GoalID: 1, PeriodKey: "2026-12", Value: 60}}
	snap := app.Snapshot{Goals: []app.Goal{g}, CheckIns: map[int64][]app.CheckIn{1: cs}}
	p := app.Paces(app.Calendar{}, snap, app.NewDate(2027, 2, 1), app.DefaultThresholds)[0]
	want := "Ended with 2 of 2 on target; its other periods were never checked in"
	if got := paceOutlook(p); got != want || p.Assessment.Status != app.StatusNotReported {
		t.Errorf("%s, outlook\n got %q\nwant %q", p.Assessment.Status, got, want)
	}
}

// TestProjectionNamesTheOverdueMonths: a monthly sales goal checked in
// at its plan to August, September never, seen on 8 October, is
// projected at 89% of plan, September counting as nothing: the method
// line names September as overdue, so that its pace reads against the
// periods it is measured on, not "January to August: 89% of plan".
func TestProjectionNamesTheOverdueMonths(t *testing.T) {
	g := app.Goal{ID: 1, Kind: app.KindIncrease, Aggregation: app.AggFlow, Unit: app.UnitCount, Target: 1200,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	var cs []app.CheckIn
	for m := 1; m <= 8; m++ {
		cs = append(cs, app.CheckIn{GoalID: 1, PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2026, Index: m}.Key(), Value: 100})
	}
	snap := app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: app.SplitEven(app.Calendar{}, g, "")},
		CheckIns: map[int64][]app.CheckIn{1: cs}}
	p := app.Paces(app.Calendar{}, snap, app.NewDate(2026, 10, 8), app.DefaultThresholds)[0]
	want := "Projected from Jan 2026 to Aug 2026 (8 check-ins): 89% of plan, the same pace assumed for the rest of the plan. Sep 2026, overdue, counted as nothing."
	if got := projectionMethodText(p); got != want {
		t.Errorf("method\n got %q\nwant %q", got, want)
	}
}
