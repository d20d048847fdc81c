package app

import "testing"

// A cost to cut with no target typed fails M however the goal's Target
// reads (0, below its baseline, would pass), judges no growth for A, and
// the memo tells the two inputs apart.
func TestSMARTNoTarget(t *testing.T) {
	g := wizardGoal(t)
	g.Kind, g.Baseline, g.Target = KindDecrease, Ptr(1e6), 0
	typed := SMARTInput{Goal: g}
	empty := SMARTInput{Goal: g, NoTarget: true}
	if m := CheckSMART(typed).Letter("M"); m.Verdict != VerdictPass {
		t.Fatalf("M of a target of 0 typed = %v %+v, want pass", m.Verdict, m.Findings)
	}
	var memo SMARTMemo
	memo.Check(typed)
	r := memo.Check(empty)
	m, a := r.Letter("M"), r.Letter("A")
	if m.Verdict != VerdictFail || len(m.Findings) != 1 || m.Findings[0].Message != MsgMTargetMissing {
		t.Errorf("M with no target = %v %+v, want fail: %q", m.Verdict, m.Findings, MsgMTargetMissing)
	}
	for _, f := range a.Findings {
		t.Errorf("A judged a target not typed: %q", f.Message)
	}
}
