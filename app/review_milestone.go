package app

// MilestoneWords are the words a review table writes for a milestone,
// which is done or not: its values as Done or Not done and its gap to plan
// as behind, on or ahead of plan, as the cards and lists write them. A
// word left empty is in English.
type MilestoneWords struct {
	Done, NotDone         string
	Behind, OnPlan, Ahead string
}

// Value is the word for a milestone's value v, false when v, at the
// goal's decimals, is neither 0 nor 1.
func (w MilestoneWords) Value(v float64) (string, bool) {
	switch v {
	case 0:
		return orWord(w.NotDone, "Not done"), true
	case 1:
		return orWord(w.Done, "Done"), true
	}
	return "", false
}

// Gap is the word for a milestone's gap to plan of sign s (MilestoneGap).
func (w MilestoneWords) Gap(s int) string {
	switch {
	case s < 0:
		return orWord(w.Behind, "Behind plan")
	case s > 0:
		return orWord(w.Ahead, "Ahead of plan")
	}
	return orWord(w.OnPlan, "On plan")
}

func orWord(w, english string) string {
	if w == "" {
		return english
	}
	return w
}

// MilestoneGap is where a milestone's actual stands against its plan: −1
// not done while planned done, +1 done while not yet planned, 0 as
// planned. ok is false for another kind of goal, or a plan or actual
// other than 0 or 1 at the goal's decimals, whose gap is a number.
func MilestoneGap(g Goal, plan, actual float64) (sign int, ok bool) {
	p, a := RoundValue(plan, Decimals(g)), RoundValue(actual, Decimals(g))
	if g.Kind != KindMilestone || (p != 0 && p != 1) || (a != 0 && a != 1) {
		return 0, false
	}
	return int(a - p), true
}

// milestoneValueCell is valueCell of a milestone, in words; ok is false
// for another goal, or a value that is neither 0 nor 1.
func (t ReviewTable) milestoneValueCell(g Goal, v float64, has bool) (TableCell, bool) {
	if g.Kind != KindMilestone || !has {
		return TableCell{}, false
	}
	word, ok := t.Milestone.Value(RoundValue(v, Decimals(g)))
	return textCell(word), ok
}

// valueCell is a value of goal g: a milestone's in words, Done or Not
// done, any other as valueCell writes it.
func (t ReviewTable) valueCell(g Goal, v float64, ok bool) TableCell {
	if c, worded := t.milestoneValueCell(g, v, ok); worded {
		return c
	}
	return valueCell(g, v, ok)
}

// planGapCell is row r's gap to plan, in the goal's unit or relative to
// plan. A milestone's is in words, behind, on or ahead of plan, with no
// relative gap: "−1 (−100.0%)" says nothing of a plan to be done.
func (t ReviewTable) planGapCell(r ReviewRow, relative bool) TableCell {
	if sign, ok := MilestoneGap(r.Goal, r.ExpectedCovered, r.Actual); ok && r.plannedGap() {
		if relative {
			return TableCell{}
		}
		return textCell(t.Milestone.Gap(sign))
	}
	return gapCell(r.VsPlan, r.plannedGap(), relative)
}

// compareGapCell is row r's change from an earlier value, the period
// before or a year before; empty for a milestone done or not in both,
// whose value columns say it.
func compareGapCell(r ReviewRow, v VarianceResult, earlier float64, has, relative bool) TableCell {
	if _, ok := MilestoneGap(r.Goal, earlier, r.Actual); ok && r.HasActual && has {
		return TableCell{}
	}
	return gapCell(v, r.HasActual && has, relative)
}
