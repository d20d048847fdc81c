package app

import (
	"slices"
	"testing"
)

// A margin of 30 % a month is no 360 % a year: a percent goal whose values
// add up over periods fails M, rather than being split into 2.5 % months
// and judged by A against the sum of its history's months.
func TestSMARTPercentDoesNotAddUp(t *testing.T) {
	g := wizardGoal(t)
	g.Title = "2023 North America gross margin to 32%"
	g.Unit, g.UnitLabel, g.Decimals = UnitPercent, "", 1
	g.Baseline, g.Target = Ptr(30), 32
	for _, agg := range []Aggregation{AggFlow, AggLevel} {
		g.Aggregation = agg
		l := CheckSMART(SMARTInput{Goal: g, Plan: SplitEven(Calendar{}, g, ""), Today: Day(t, "2023-01-05")}).Letter("M")
		ms := FindingMessages(t, l)
		if got := slices.Contains(ms, MsgMPercentFlow); got != (agg == AggFlow) {
			t.Errorf("%s: M %v %v; want %s only for flow", agg, l.Verdict, ms, MsgMPercentFlow)
		}
		if agg == AggFlow && l.Verdict != VerdictFail {
			t.Errorf("flow percent: M %v; want fail", l.Verdict)
		}
	}
}
