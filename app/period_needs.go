package app

// What each remaining period needs: the gap between a goal's projection
// and its target shared out over the periods left (PeriodNeed), or the
// steps from a level to its target.

// shareOut shares gap out over ps in proportion to weights, or evenly when
// the weights do not add up to a positive amount. The shares are rounded
// to decimals with the remainder on the last (splitTotalBy), so that what
// is shown adds up to the gap: 160 customers over three quarters need 53,
// 53 and 54.
func shareOut(ps []Period, gap float64, weights []float64, decimals int) []PeriodNeed {
	needs, _ := shareOutIn(ps, gap, weights, decimals, nil)
	return needs
}

// shareOutIn is shareOut working its fractions out in buf's storage where
// it has room; it returns the storage used, for the next call.
func shareOutIn(ps []Period, gap float64, weights []float64, decimals int, buf []float64) ([]PeriodNeed, []float64) {
	amounts := shareAmounts(len(ps), gap, weights, decimals, buf)
	needs := make([]PeriodNeed, len(ps))
	periodKeys(ps, func(i int, key string) { needs[i] = PeriodNeed{key, ClampFinite(amounts[i])} })
	return needs, amounts
}

// shareAmounts is what each of n periods gets of gap, shared by weights
// as shareOut shares it, worked out in buf's storage where it has room.
func shareAmounts(n int, gap float64, weights []float64, decimals int, buf []float64) []float64 {
	total := sum(weights)
	share := func(int) float64 { return 1 / float64(n) }
	if total > 0 && IsFinite(total) {
		share = func(i int) float64 { return weights[i] / total }
	}
	if cap(buf) < n {
		buf = make([]float64, n)
	}
	return splitTotalBy(buf[:n], ClampFinite(gap), share, decimals)
}

// stepTo is the way from level from to target over ps, stepping as path
// steps from start (the plan's level where from was recorded), or in even
// steps when path does not move.
func stepTo(ps []Period, from, target float64, path []float64, start float64) []PeriodNeed {
	rise := path[len(path)-1] - start
	needs := make([]PeriodNeed, len(ps))
	for i, p := range ps {
		f := float64(i+1) / float64(len(ps))
		if rise != 0 && IsFinite(rise) {
			f = (path[i] - start) / rise
		}
		needs[i] = PeriodNeed{p.Key(), ClampFinite(from + (target-from)*f)}
	}
	return needs
}
