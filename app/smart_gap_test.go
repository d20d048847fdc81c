package app

import (
	"slices"
	"testing"
)

// Planned before the year before the goal has closed (2022 up to
// September), a goal without a baseline is measured against 2021: its
// growth is judged a year, not the two years' growth against one best
// year, and A says so. The suggested target grows at the limit each year.
func TestSMARTAchievableLatestYearTwoYearsBack(t *testing.T) {
	hist := Vals("2020", 40e6, "2021", 50e6, "2022-Q1", 14e6, "2022-Q2", 15e6, "2022-Q3", 16e6)
	g := wizardGoal(t)
	g.Baseline = nil
	for _, c := range []struct {
		target    float64
		msg       string
		suggested string
	}{
		{72e6, msgAWithin, ""},                   // +44 % in two years: +20 % a year, within +25 %
		{128e6, MsgAUnrealistic, "¥112,500,000"}, // +60 % a year, past +50 %: 50M × 1.5 × 1.5
	} {
		g.Target = c.target
		l := CheckSMART(SMARTInput{Goal: g, Plan: SplitEven(Calendar{}, g, ""), History: hist}).Letter("A")
		ms := FindingMessages(t, l)
		if !slices.Equal(ms, []string{msgAYearsApart, c.msg}) || l.Findings[0].Args["Years"] != "2" {
			t.Errorf("target %v: A %v %+v; want %q then %q", c.target, l.Verdict, l.Findings, msgAYearsApart, c.msg)
			continue
		}
		if got := l.Findings[1].Args["Suggested"]; c.suggested != "" && got != c.suggested {
			t.Errorf("target %v: suggested %v; want %s", c.target, got, c.suggested)
		}
	}
	g.Baseline, g.Target = Ptr(60e6), 72e6 // a baseline is the year before's, as typed
	if ms := FindingMessages(t, CheckSMART(SMARTInput{Goal: g, Plan: SplitEven(Calendar{}, g, ""), History: hist}).Letter("A")); !slices.Equal(ms, []string{msgAWithin}) {
		t.Errorf("with a baseline: A %v; want %q alone", ms, msgAWithin)
	}
}
