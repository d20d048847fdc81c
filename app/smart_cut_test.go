package app

import "testing"

// A decrease goal is judged as a cut: without history, more than halving
// costs is as unrealistic as more than doubling sales (a relative cut never
// reaches the +100 % limit, so any cut passed as merely "no history"); and
// the fix for a cut beyond the history asks to raise the target towards the
// suggestion, which lies above it, not to lower it.
func TestSMARTAchievableCut(t *testing.T) {
	g := wizardGoal(t)
	g.Kind, g.Title = KindDecrease, "2023 cut North America costs to 5M"
	g.Baseline, g.Target = Ptr(50e6), 5e6
	for _, c := range []struct {
		name        string
		target      float64
		history     []PeriodValue
		msg, fix    string
		wantVerdict Verdict
	}{
		{"cut 90% without history", 5e6, nil, MsgAUnrealisticNoHistCut, msgAFixNoHistCut, VerdictWarn},
		{"cut 40% without history", 30e6, nil, MsgANoHistory, msgAFixHistory, VerdictWarn},
		{"cut 70% on a best of -9%", 15e6, Vals("2020", 60e6, "2021", 55e6, "2022", 50e6), MsgAUnrealistic, msgAFixUnrealisticCut, VerdictWarn},
	} {
		g.Target = c.target
		l := CheckSMART(SMARTInput{Goal: g, Plan: SplitEven(Calendar{}, g, ""), History: c.history}).Letter("A")
		FindingMessages(t, l)
		if len(l.Findings) != 1 || l.Findings[0].Message != c.msg || l.Findings[0].Fix != c.fix || l.Verdict != c.wantVerdict {
			t.Errorf("%s: A = %v %+v; want %v %q fix %q", c.name, l.Verdict, l.Findings, c.wantVerdict, c.msg, c.fix)
		}
	}
}
