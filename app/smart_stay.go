package app

import "strconv"

// checkStayHistory is A for a stay goal: its line against the periods of
// its history before its start, of the goal's cadence for a flow (a
// quarter's sum is no month's), of any but weeks for a level. When none of
// them was on the line's side, it warns: a line the business never kept
// is no line to stay on. Without such periods, or without a target, it
// says nothing.
func checkStayHistory(in SMARTInput) findings {
	var fs findings
	g := in.Goal
	if !IsStay(g.Kind) || in.NoTarget || !IsFinite(g.Target) {
		return fs
	}
	c := g.Cadence
	if g.Aggregation != AggFlow {
		c = ""
	}
	line := RoundValue(g.Target, g.Decimals)
	n, best := 0, 0.0
	for _, v := range Series(in.History, c) {
		if v.Period.Cadence == CadenceWeek || !g.Start.IsZero() && in.Calendar.LastDay(v.Period) >= g.Start.DayNumber() {
			continue
		}
		x := RoundValue(v.Value, g.Decimals)
		if !PastBound(g.Kind, x, line) { // on the line's side
			return fs
		}
		if n == 0 || PastBound(g.Kind, best, x) {
			best = x
		}
		n++
	}
	if n > 0 {
		fs.add(VerdictWarn, msgAStayNever, msgAFixStayNever, "Count", strconv.Itoa(n),
			"Target", fmtValue(g, line), "Best", fmtValue(g, best))
	}
	return fs
}
