package importer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// TestPlanImportMilestone: a milestone's value is 1 (done) or 0 (not
// done). A row of 7, 0.5 or −3 for one is rejected naming the row, and
// its period is left out (nothing of it is half imported); rows of 1 that
// add up to 2 in a flow milestone's month are rejected at the first; the
// rows of 0 and 1 and other goals' rows of any number are planned.
func TestPlanImportMilestone(t *testing.T) {
	g := func(id int64, title string, kind app.Kind, agg app.Aggregation) app.Goal {
		return app.Goal{ID: id, Title: title, Kind: kind, Aggregation: agg, Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
			Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	goals := []app.Goal{g(1, "Open the shop", app.KindMilestone, app.AggLevel),
		g(2, "Sign the lease", app.KindMilestone, app.AggFlow), g(3, "Sales", app.KindIncrease, app.AggFlow)}
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true,
		GoalByName: map[string]int64{"open the shop": 1, "sign the lease": 2, "sales": 3}}
	csv := "Date,Goal,Value\n" +
		"2023-01-31,Open the shop,0\n" + // 2
		"2023-02-28,Open the shop,1\n" + // 3
		"2023-03-31,Open the shop,7\n" + // 4
		"2023-04-30,Open the shop,0.5\n" + // 5
		"2023-05-31,Open the shop,-3\n" + // 6
		"2023-01-10,Sign the lease,1\n" + // 7
		"2023-01-20,Sign the lease,1\n" + // 8: January adds up to 2
		"2023-02-10,Sign the lease,0\n" + // 9
		"2023-02-20,Sign the lease,1\n" + // 10
		"2023-03-31,Sales,7\n" // 11
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	want := rowMessages(4, msgImportMilestone, 5, msgImportMilestone, 6, msgImportMilestone, 7, msgImportMilestoneSum)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%q\nwant\n%q", got, want)
	}
	if r := p.Rejected[0]; r.Args["Value"] != "7" || r.Args["Goal"] != "Open the shop" {
		t.Errorf("row 4's rejection %+v", r)
	}
	if r := p.Rejected[3]; r.Args["Value"] != "2" || r.Args["Period"] != "2023-01" {
		t.Errorf("row 7's rejection %+v", r)
	}
	wantPeriods := []string{"1 2023-01 = 0 (1) partial", "1 2023-02 = 1 (1) partial", "2 2023-02 = 1 (2) partial", "3 2023-03 = 7 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, wantPeriods) {
		t.Fatalf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantPeriods, "\n"))
	}
	for _, c := range p.CheckIns {
		if err := app.CheckValue(goals[c.GoalID-1].Kind, c.Value); err != nil {
			t.Errorf("planned check-in %+v: %v", c, err)
		}
	}
}
