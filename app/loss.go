package app

// IsLossLimit reports whether g is a loss to hold to: a sum to increase
// whose target lies below zero (hold the year's loss to −1.2M). Its
// running sum can still fall in any period to come, so it is never
// reached before its end, and a loss so far is no share of it done.
func IsLossLimit(g Goal) bool {
	return g.Kind == KindIncrease && g.Aggregation == AggFlow && g.Target < 0
}

// ProgressToDate is the progress of goal g with expected its expected
// value by now and actual its actual, both as shown (ShownFigures): the
// progress a card's bar, its "done" and a parent's roll-up show, beside
// a marker at ProgressToDate(g, expected, expected). It is GoalProgress
// of actual, except for a loss to hold to (IsLossLimit), whose running
// loss read against the year's target (shortOfNegative) is more than
// done until it passes it: a loss of 450,000 in a quarter planned at
// 300,000 read "163% done" beside Off track. Its progress is the share
// of the year's loss the plan expects by now (at most 1; none while the
// plan expects no loss) times its performance ratio, as the status
// reads it: on plan a quarter into the year is 0.25, half as good 0.125;
// at the end it is GoalProgress, as the verdict and the projection read.
func ProgressToDate(g Goal, expected, actual float64) float64 {
	if !IsLossLimit(g) {
		return GoalProgress(g, actual)
	}
	share := min(max(expected/g.Target, 0), 1)
	zero := 0.0
	return ClampFinite(share * PerformanceRatio(g.Kind, &zero, expected, actual))
}

// lossPlanned reports whether g is a loss to hold to (IsLossLimit) whose
// plan to date, planned, is a loss or nothing and whose plan to come adds
// no profit: its pace is then its loss against the plan's (a loss of
// 450,000 where 300,000 was planned is 150% of plan), kept for the rest
// of the plan, as its status reads it: that pace lands at −1,800,000, 50%
// of target, as the ratio says. With nothing planned yet it keeps to its
// plan from here (pace 1): a loss before its plan's first is no pace to
// repeat, where its run-rate projected a loss already off track as 128%.
func (pj projector) lossPlanned(planned float64) bool {
	return IsLossLimit(pj.g) && planned <= 0 && pj.plan.At(pj.g.End.DayNumber()) <= planned
}
