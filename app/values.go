package app

import (
	"math"
	"slices"
	"sort"
)

// PeriodValue is a goal's actual value for one period, keyed like
// data.CheckIn.PeriodKey.
type PeriodValue struct {
	PeriodKey string
	Value     float64
}

// ValuesFromCheckIns keeps the period key and value of each check-in, in
// the same order.
func ValuesFromCheckIns(cs []CheckIn) []PeriodValue {
	vs := make([]PeriodValue, len(cs))
	for i, c := range cs {
		vs[i] = PeriodValue{c.PeriodKey, c.Value}
	}
	return vs
}

// ValuesFromHistory keeps the period key and value of each history value
// (actuals from before the goal started), in the same order.
func ValuesFromHistory(hs []HistoryValue) []PeriodValue {
	vs := make([]PeriodValue, len(hs))
	for i, h := range hs {
		vs[i] = PeriodValue{h.PeriodKey, h.Value}
	}
	return vs
}

// ValueMap indexes values by period key; a later value for the same key
// replaces an earlier one.
func ValueMap(values []PeriodValue) map[string]float64 {
	m := make(map[string]float64, len(values))
	for _, v := range values {
		m[v.PeriodKey] = v.Value
	}
	return m
}

// GoalActual is the goal's actual value so far: the sum of the period values
// for a flow goal (added as ExactSum adds them), the value of the latest
// period for a level goal (and for any other aggregation). Values whose key does not parse, whose value is not
// finite, or whose cadence differs from the goal's (they would count a span
// twice) are ignored; for a repeated key the later value wins. A sum beyond
// float64 is held at ±math.MaxFloat64. ok is false when no value remains.
func GoalActual(g Goal, values []PeriodValue) (actual float64, ok bool) {
	s := Series(values, g.Cadence)
	if len(s) == 0 {
		return 0, false
	}
	return goalActual(g, s), true
}

// goalActual is GoalActual of s, which must not be empty: a flow goal's
// values added as ExactSum adds them, as the store's running totals and
// the review add them, so that a cap met to the cent is met on every
// screen and not a hair over it on one.
func goalActual(g Goal, s []periodValue) float64 {
	if g.Aggregation != AggFlow {
		return s[len(s)-1].Value
	}
	return ClampFinite(exactSumOf(len(s), func(i int) float64 { return s[i].Value }, g.Decimals))
}

// RollUp combines values into periods of cadence c: by sum for a flow goal,
// by the latest value for a level goal. Each value goes to the period of c
// that holds its middle day, so an ISO week falls in the month of its
// Thursday. c should be at least as long as the values' periods. The result
// is in period order; invalid keys and non-finite values are dropped.
func RollUp(cal Calendar, agg Aggregation, c Cadence, values []PeriodValue) []PeriodValue {
	groups := map[Period][]periodValue{}
	for _, v := range Series(values, "") {
		first, last := cal.FirstDay(v.Period), cal.LastDay(v.Period)
		outer := cal.PeriodOf(c, DateOfDayNumber(first+(last-first)/2))
		if outer.Valid() {
			groups[outer] = append(groups[outer], v)
		}
	}
	outers := make([]Period, 0, len(groups))
	for p := range groups {
		outers = append(outers, p)
	}
	sort.Slice(outers, func(i, j int) bool { return PeriodLess(outers[i], outers[j]) })
	out := make([]PeriodValue, len(outers))
	for i, p := range outers {
		out[i] = PeriodValue{p.Key(), aggregate(agg, groups[p])}
	}
	return out
}

// periodValue is a PeriodValue with its key parsed.
type periodValue struct {
	Period Period
	Value  float64
}

// Series parses values into period order, dropping invalid keys, non-finite
// values and, when c is not empty, periods of another cadence. For a
// repeated key the later value wins.
func Series(values []PeriodValue, c Cadence) []periodValue {
	s := make([]periodValue, 0, len(values))
	inOrder := true // and without a repeated period
	for _, v := range values {
		p, err := ParsePeriodKey(v.PeriodKey)
		if err != nil || (c != "" && p.Cadence != c) || math.IsNaN(v.Value) || math.IsInf(v.Value, 0) {
			continue
		}
		if n := len(s); n > 0 && !PeriodLess(s[n-1].Period, p) {
			inOrder = false
		}
		s = append(s, periodValue{p, v.Value})
	}
	if inOrder { // as values read in key order usually are
		return s
	}
	// A stable sort keeps a repeated period's values in their order: its
	// later value ends its run.
	slices.SortStableFunc(s, func(a, b periodValue) int {
		switch {
		case PeriodLess(a.Period, b.Period):
			return -1
		case PeriodLess(b.Period, a.Period):
			return 1
		}
		return 0
	})
	out := s[:0]
	for i, v := range s {
		if i+1 < len(s) && s[i+1].Period == v.Period {
			continue
		}
		out = append(out, v)
	}
	return out
}

// StartedBy keeps the values of periods that have begun by asOf, so that a
// past asOf sees what was knowable then. s must be in period order.
func (cal Calendar) StartedBy(s []periodValue, asOf Date) []periodValue {
	day := asOf.DayNumber()
	n := 0
	for n < len(s) && cal.FirstDay(s[n].Period) <= day {
		n++
	}
	return s[:n]
}

// aggregate is the sum of s for a flow goal and otherwise the last value;
// s must be in period order and not empty. A sum beyond float64 is held
// at ±math.MaxFloat64, as Progress holds overflow, rather than infinite.
func aggregate(agg Aggregation, s []periodValue) float64 {
	if agg != AggFlow {
		return s[len(s)-1].Value
	}
	sum := 0.0
	for _, v := range s {
		sum += v.Value
	}
	return ClampFinite(sum)
}

// PeriodLess orders periods of one cadence by year and index. Periods of
// different cadences are ordered by their last, then first day in a
// January fiscal year; their relative order may then differ from the
// user's fiscal calendar, which is why goals keep to one cadence.
func PeriodLess(a, b Period) bool {
	if a.Cadence == b.Cadence {
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		return a.Index < b.Index
	}
	var cal Calendar
	if ae, be := cal.LastDay(a), cal.LastDay(b); ae != be {
		return ae < be
	}
	return cal.FirstDay(a) > cal.FirstDay(b)
}

// ordinal numbers the periods of one cadence consecutively, across years,
// so that differences count periods.
func ordinal(p Period) int {
	if p.Cadence == CadenceWeek {
		// Every ISO week starts on a Monday; 1970-01-05 was one.
		return floorDiv(week1Monday(p.Year)-4, 7) + p.Index - 1
	}
	return p.Year*periodsPerYear(p.Cadence, p.Year) + p.Index - 1
}
