package app

import (
	"slices"
	"strconv"
)

// checkStayHistory is A for a stay goal: its line against the periods of
// its history before its start, of the goal's cadence for a flow (a
// quarter's sum is no month's, but its three months' is; weeks count in
// the months or quarters they end in when those were not recorded, as the
// growth check takes them), of any cadence for a level. When none of them was on the line's side, it
// warns: a line the business never kept is no line to stay on. Without
// such periods, or without a target, it says nothing.
func checkStayHistory(in SMARTInput) findings {
	var fs findings
	g := in.Goal
	if !IsStay(g.Kind) || in.NoTarget || !IsFinite(g.Target) {
		return fs
	}
	line := RoundValue(g.Target, g.Decimals)
	n, best := 0, 0.0
	for _, v := range in.Calendar.stayHistory(g, in.History) {
		x := RoundValue(v, g.Decimals)
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

// stayHistory are the values of history before g's start that its line
// is judged against (checkStayHistory).
func (cal Calendar) stayHistory(g Goal, history []PeriodValue) []float64 {
	byCad := cal.historyByCadence(g, history)
	var out []float64
	if g.Aggregation != AggFlow {
		for _, vs := range byCad {
			for _, v := range vs {
				out = append(out, v.Value)
			}
		}
		return out
	}
	if g.Cadence == CadenceWeek || !slices.Contains(historyCadences, g.Cadence) {
		for _, v := range byCad[g.Cadence] {
			out = append(out, v.Value)
		}
		return out
	}
	vs, _ := cal.rollUpAll(byCad, g.Cadence, g.Aggregation)
	for _, v := range vs {
		out = append(out, v.Value)
	}
	return out
}
