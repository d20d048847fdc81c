package app

// flowWeights are the periods of a cadence a flow plan splits a target
// over and each one's share of it (adding up to 1); ok is false when the
// cadence has none.
type flowWeights func(c Cadence) (ps []Period, weights []float64, ok bool)

// splitFlow splits g's flow target over the periods of cadence c by the
// weights of weightsOf, rounded to g's decimals with nothing lost. Plans
// by month and by quarter agree: a quarter's share is its months' (of a
// quarter the span covers in part, the part of its months covered), and
// where the months of a quarter, rounded over the year, do not add up to
// its target by quarter, they split that target instead. Rounded on their
// own, a quarter of 1,250 a year was 241 by month and 242 by quarter.
func splitFlow(cal Calendar, g Goal, c Cadence, weightsOf flowWeights) []float64 {
	ps, weights, _ := weightsOf(c)
	months, mWeights, ok := weightsOf(CadenceMonth)
	if c != CadenceMonth && c != CadenceQuarter || !ok {
		return splitTotal(g.Target, weights, g.Decimals)
	}
	qs := cal.Periods(CadenceQuarter, g.Start, g.End)
	bounds, qWeights := make([]int, len(qs)+1), make([]float64, len(qs))
	i := 0
	for j, q := range qs {
		for bounds[j] = i; i < len(months) && cal.Contains(q, months[i]); i++ {
			qWeights[j] += mWeights[i]
		}
	}
	bounds[len(qs)] = i
	if i < len(months) || c == CadenceQuarter && len(qs) != len(ps) { // not met: a span's months nest in its quarters
		return splitTotal(g.Target, weights, g.Decimals)
	}
	quarters := splitTotal(g.Target, qWeights, g.Decimals)
	if c == CadenceQuarter {
		return quarters
	}
	out := splitTotal(g.Target, mWeights, g.Decimals)
	for j := range qs {
		from, to := bounds[j], bounds[j+1]
		if to > from && ExactSum(out[from:to], g.Decimals) != quarters[j] {
			copy(out[from:to], splitTotal(quarters[j], normalised(mWeights[from:to]), g.Decimals))
		}
	}
	return out
}

// evenFlowWeights are the weights of SplitEven: a whole period's share the
// same as any other's, a period the span covers in part that part of it.
func evenFlowWeights(cal Calendar, g Goal) flowWeights {
	return func(c Cadence) ([]Period, []float64, bool) {
		ps := cal.Periods(c, g.Start, g.End)
		return ps, evenWeights(cal, g, ps), len(ps) > 0
	}
}

// seasonalFlowWeights are the weights of SplitSeasonal for a flow goal:
// each period's share of the years of h, of a period the span covers in
// part that part of it, normalised over the span.
func seasonalFlowWeights(cal Calendar, g Goal, h GrowthHistory) flowWeights {
	return func(c Cadence) ([]Period, []float64, bool) {
		shares, ok := h.sharesBy(c, false)
		ps := cal.Periods(c, g.Start, g.End)
		if !ok || len(ps) == 0 {
			return nil, nil, false
		}
		weights, total := make([]float64, len(ps)), 0.0
		for i, p := range ps {
			weights[i] = shares[cal.position(p)] * coveredPart(cal, g, p)
			total += weights[i]
		}
		if !(total > 0) {
			return nil, nil, false
		}
		for i := range weights {
			weights[i] /= total
		}
		return ps, weights, true
	}
}

// normalised is ws scaled to add up to 1, or even shares when they add up
// to nothing.
func normalised(ws []float64) []float64 {
	total := 0.0
	for _, w := range ws {
		total += w
	}
	out := make([]float64, len(ws))
	for k, w := range ws {
		out[k] = 1 / float64(len(ws))
		if total > 0 {
			out[k] = w / total
		}
	}
	return out
}
