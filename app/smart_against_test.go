package app

import (
	"reflect"
	"testing"
)

// TestSMARTAchievableAfterYearsAgainstTheGoal: a business whose best year
// still moved against the goal (sales down 30 %, costs up 20 %) has the
// slack of a flat one, is told that no year went the goal's way rather
// than that the target asks more than its "best year" of rising costs, and
// a target beyond it is told of one that still improves on the baseline,
// never one that M refuses.
func TestSMARTAchievableAfterYearsAgainstTheGoal(t *testing.T) {
	sales := func(target float64) Goal {
		g := wizardGoal(t)
		g.Baseline, g.Target = Ptr(1e6), target
		return g
	}
	costs := func(target float64) Goal {
		g := wizardGoal(t)
		g.Kind, g.Baseline, g.Target = KindDecrease, Ptr(1000), target
		return g
	}
	rising := Vals("2021", 1000/1.2, "2022", 1000) // costs rose 20 %: the best cut is +20 %
	tests := []struct {
		name    string
		g       Goal
		history []PeriodValue
		msg     string
		args    map[string]any
	}{
		{"+10% after a year of -30% is ambitious", sales(1.1e6), history2(-30), msgAAmbitiousAgainst,
			map[string]any{"Needed": "+10.0%", "Reference": "¥1,000,000", "Best": "-30.0%"}},
		{"+30% after a year of -30% suggests a rise", sales(1.3e6), history2(-30), MsgAUnrealisticAgainst,
			map[string]any{"Needed": "+30.0%", "Reference": "¥1,000,000", "Best": "-30.0%", "Suggested": "¥1,150,000"}},
		{"a cut of 10% after costs rose 20% is ambitious", costs(900), rising, msgAAmbitiousAgainst,
			map[string]any{"Needed": "-10.0%", "Reference": "¥1,000", "Best": "+20.0%"}},
		{"a cut of 20% after costs rose 20% suggests a cut", costs(800), rising, MsgAUnrealisticAgainst,
			map[string]any{"Needed": "-20.0%", "Reference": "¥1,000", "Best": "+20.0%", "Suggested": "¥850"}},
	}
	for _, tt := range tests {
		in := SMARTInput{Goal: tt.g, History: tt.history}
		l := CheckSMART(in).Letter("A")
		ms := FindingMessages(t, l)
		if len(ms) != 1 || ms[0] != tt.msg || !reflect.DeepEqual(l.Findings[0].Args, tt.args) {
			t.Errorf("%s: A = %v %+v; want %q %v", tt.name, l.Verdict, l.Findings, tt.msg, tt.args)
		}
	}
}
