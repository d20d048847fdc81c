package app

// How a stay goal is projected: the periods that passed, and the line
// through its values for those left.

// stay projects a stay goal: the share of all periods that pass, those
// left each where the line through the values (trend) has it. A latest
// period that runs on as the last one counts as one ahead, not as
// one that passed.
func (pj projector) stay() Projection {
	g, s, ahead := pj.g, pj.s, pj.ahead()
	pr := Projection{Method: MethodStay, EndValue: s[len(s)-1].Value}
	if n := len(ahead); n > 0 {
		pr.EndValue = runRate(pj.trendValues(), ordinal(ahead[n-1]))
		pr.Path = pj.trend()
		for _, p := range ahead {
			pr.Needs = append(pr.Needs, PeriodNeed{p.Key(), g.Target})
		}
	}
	past := s
	if pj.open {
		past = s[:len(s)-1]
	}
	passed := 0.0
	if len(past) > 0 {
		passed = passShare(g, past) * float64(len(past))
	}
	future := 0.0
	for _, v := range pr.Path {
		// Each period where the line has it, as shown: a line crossing in
		// October keeps April to September on target.
		future += Progress(g.Kind, 0, g.Target, RoundValue(v.Value, Decimals(g)))
	}
	pr.Attainment = (passed + future) / float64(len(past)+len(ahead))
	return pr
}

// trend is the least-squares line through the values (trendValues) at
// each period ahead.
func (pj projector) trend() []PeriodValue {
	ahead, s := pj.ahead(), pj.trendValues()
	out := make([]PeriodValue, len(ahead))
	for i, p := range ahead {
		out[i] = PeriodValue{p.Key(), runRate(s, ordinal(p))}
	}
	return out
}

// trendValues are the values a stay goal's trend is drawn through: all
// of them, but a flow's latest while its period runs on, when others
// came before. A sum under way holds only part of its period (30 of a
// month checked in on the 10th) and would bend the line down; a level
// under way is the level.
func (pj projector) trendValues() []periodValue {
	s := pj.s
	if pj.g.Aggregation == AggFlow && len(s) > 1 && runsOn(pj.cal, pj.g, s[len(s)-1].Period, pj.asOf) {
		return s[:len(s)-1]
	}
	return s
}

// runRate is the value one future period is expected to show: the
// least-squares line through s evaluated at period ordinal x, or the
// value of s held when it has one. s must be in period order, of one
// cadence, and not empty.
func runRate(s []periodValue, x int) float64 {
	n := float64(len(s))
	var sumX, sumY float64
	for _, v := range s {
		sumX += float64(ordinal(v.Period))
		sumY += v.Value
	}
	meanX, meanY := sumX/n, sumY/n
	if len(s) == 1 {
		return ClampFinite(meanY)
	}
	// Centred sums keep precision: ordinals are in the tens of thousands.
	var sxy, sxx float64
	for _, v := range s {
		dx := float64(ordinal(v.Period)) - meanX
		sxy += dx * (v.Value - meanY)
		sxx += dx * dx
	}
	return ClampFinite(meanY + sxy/sxx*(float64(x)-meanX))
}
