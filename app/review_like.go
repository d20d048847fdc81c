package app

// likeRow is how a row's comparisons take the same part of another
// period (valueLike): the positions of the row's periods measured,
// whether those are all of them, whether a period never reported counts
// as nothing there, and the part of each period the goal's span covers
// (spanShares).
type likeRow struct {
	measured    []int
	whole, gaps bool
	shares      []float64
}

// sumsByDays reports whether g's values are amounts that its span's part
// of a period holds in proportion to its days, as the plan splits them
// (evenWeights): a flow's, not a milestone's nor a stay goal's line.
func sumsByDays(g Goal) bool {
	return g.Aggregation == AggFlow && g.Kind != KindMilestone && !IsStay(g.Kind)
}

// partialEnds are the first and last periods of g's cadence that g's
// span covers, each when it covers it in part only.
func (cal Calendar) partialEnds(g Goal) []Period {
	if g.Start.IsZero() || g.End.IsZero() {
		return nil
	}
	var out []Period
	for _, d := range []Date{g.Start, g.End} {
		if s := cal.PeriodOf(g.Cadence, d); s.Valid() && coveredPart(cal, g, s) < 1 {
			out = append(out, s)
		}
	}
	return out
}

// partialIn reports whether a period of g's cadence that g's span covers
// in part counts in one of qs.
func (cal Calendar) partialIn(g Goal, qs []Period) bool {
	for _, s := range cal.partialEnds(g) {
		for _, q := range qs {
			if q.Valid() && cal.CountsIn(q, s) {
				return true
			}
		}
	}
	return false
}

// spanShares are the part of each of subs that g's span covers
// (coveredPart), for a sum whose span covers a period of its cadence in
// part (reviewGoal.partial); nil otherwise. The values a row compares
// are scaled to them, as the plan asks such a period for its part: a
// goal from 16 April read its July +100% on its half of April, and that
// half −50% on the whole of the April before.
func (rv *reviewer) spanShares(rg *reviewGoal, subs []Period) []float64 {
	if !rg.partial {
		return nil
	}
	out := make([]float64, len(subs))
	for i, s := range subs {
		out[i] = coveredPart(rv.cal, rg.g, s)
	}
	return out
}

// likePart is v, rg's value of s, scaled to share of s: a check-in of a
// period g's span covers in part holds that part alone, any other value
// the whole period.
func (rv *reviewer) likePart(rg *reviewGoal, s Period, v, share float64) float64 {
	held := 1.0
	if _, ok := rg.checkIns[s]; ok {
		held = coveredPart(rv.cal, rg.g, s)
	}
	if share == held {
		return v
	}
	return RoundValue(v*share/held, Decimals(rg.g))
}

// shareAt is shares[i], 1 past its end or without shares.
func shareAt(shares []float64, i int) float64 {
	if i < len(shares) {
		return shares[i]
	}
	return 1
}

// wholeShare is the part of a row's period its span covers when every
// one of its periods is measured: the mean of shares, as a plan spreads
// evenly gives such a period that part of its periods' shares.
func wholeShare(shares []float64) float64 {
	if len(shares) == 0 {
		return 1
	}
	sum := 0.0
	for _, s := range shares {
		sum += s
	}
	return sum / float64(len(shares))
}
