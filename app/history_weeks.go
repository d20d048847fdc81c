package app

// History entered or imported by week. A week's figure counts for the
// month, quarter, half and fiscal year that hold its last day (CountsIn),
// as a weekly goal's check-ins count in its reviews and on the dashboard,
// so each week counts once.

// weekTotal is a period of history made of the weeks ending in it.
type weekTotal struct {
	// value is the period as history compares it (see rollUpWeeks);
	// recorded is the weeks' sum for a flow, the last week's value for a
	// level, as recorded.
	value, recorded float64
	weeks           int
}

// rollUpWeeks combines weekly history ws into the periods of cadence c
// whose every week is recorded: the weeks ending in the period
// (subPeriods, by CountsIn). A level takes its last week. A flow sums
// them and is compared as the weeks such a period usually holds
// (usualWeeks): a year in which 53 weeks end holds one week of sales more
// than its neighbours, and taken as it was it read about 2 % of growth
// that no customer made, then 2 % less the year after, and a best year
// that was a calendar's quirk let a target pass as within reach. So the
// flow compares like with like, 52 weeks' worth; recorded keeps the sum
// the owner knows, for the SMART check to say beside it. 52 weeks are also
// what a year's goal asks against: its span is 365 days, a day more than
// 52 weeks, where 53 weeks are 371 and understated the growth asked by
// 1.6 %.
func (cal Calendar) rollUpWeeks(ws []periodValue, c Cadence, agg Aggregation) map[Period]weekTotal {
	if len(ws) == 0 {
		return nil
	}
	groups := map[Period][]periodValue{}
	for _, w := range ws {
		outer := cal.PeriodOf(c, cal.End(w.Period))
		groups[outer] = append(groups[outer], w)
	}
	out := make(map[Period]weekTotal, len(groups))
	for outer, vs := range groups {
		if len(vs) != len(cal.subPeriods(CadenceWeek, outer)) {
			continue
		}
		t := weekTotal{recorded: aggregate(agg, vs), weeks: len(vs)}
		t.value = cal.weeksWorth(outer, t.recorded, t.weeks, agg)
		out[outer] = t
	}
	return out
}

// weeksWorth is period p as history compares it when made of all the
// weeks ending in it, recorded their sum (a flow) or the last one's value
// (see rollUpWeeks): a flow's sum taken as the weeks p usually holds
// (usualWeeks), a level's value as it is.
func (cal Calendar) weeksWorth(p Period, recorded float64, weeks int, agg Aggregation) float64 {
	if usual := cal.usualWeeks(p); agg == AggFlow && usual != float64(weeks) {
		return ClampFinite(recorded * usual / float64(weeks))
	}
	return recorded
}

// usualWeeks is how many weeks' worth of a flow period p is compared as:
// 52 a year, 26 a half, 13 a quarter, one a week, as the weeks ending in
// them mostly are; a year of 52 weeks is then its recorded sum, one day
// short of the calendar's, as the review counts a weekly goal's year. A
// month is its days / 7: four or five weeks end in it by the weekday it
// starts on, and seasons taken from them as they were read a month of
// five Sundays as a busy one.
func (cal Calendar) usualWeeks(p Period) float64 {
	if p.Cadence == CadenceMonth {
		return float64(cal.LastDay(p)-cal.FirstDay(p)+1) / 7
	}
	return 52 / float64(periodsPerYear(p.Cadence, 2001))
}
