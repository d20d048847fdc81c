package export

import (
	"testing"

	"pacer/app"
)

// TestGoalFactsSayWhereAPlanWasRespread: the report's facts of a goal
// whose plan was re-spread after its first quarter name that quarter
// after the plan, in the translator's words, as the review screen says
// "re-planned after Q1 2023"; a goal as planned has no such fact.
func TestGoalFactsSayWhereAPlanWasRespread(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Sales", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100}
	year := app.Period{Cadence: app.CadenceYear, Year: 2023}
	replanned := app.ReviewRow{Goal: g, Period: year, Expected: 100, ExpectedCovered: 100, HasExpected: true, ReplannedAfter: "2023-Q1"}
	planned := replanned
	planned.ReplannedAfter = ""
	table := app.ReviewTable{Rows: []app.ReviewRow{replanned, planned}, PeriodLabel: func(p app.Period) string { return "季度 " + p.Key() }}
	zh := func(s string) string {
		return map[string]string{"Re-planned after": "重新规划于此期之后", "Plan": "计划"}[s]
	}
	facts := goalFacts(table, replanned, zh)
	at := -1
	for i, f := range facts {
		if f.Label == "重新规划于此期之后" && f.Value == "季度 2023-Q1" {
			at = i
		}
	}
	if at < 1 || facts[at-1].Label != "计划" {
		t.Errorf("the facts do not say after the plan where it was re-planned: %+v", facts)
	}
	for _, f := range goalFacts(table, planned, zh) {
		if f.Label == "重新规划于此期之后" {
			t.Errorf("a goal as planned says %+v", f)
		}
	}
}
