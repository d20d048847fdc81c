package app

import (
	"math"
	"slices"
	"sort"
)

// GapContributors is what the values of one dimension (产品) did to a
// review row's gap: Contributors of the row's period, sorted by their part
// of the gap, the largest first.
type GapContributors struct {
	Dimension string
	// LastYear says each value was expected to bring the part of plan it
	// brought of the same period last year; false, that the plan was
	// shared by this period's own parts (no breakdown a year earlier).
	LastYear bool
	// Planned says some values were expected to bring their own plan
	// (Contribution.Planned).
	Planned bool
	Values  []Contribution
}

// ReviewContributors breaks review row r's gap (Actual − ExpectedCovered)
// down by the values of each dimension of ds, a goal's stored breakdown
// (data.Store.Breakdown): the check-in periods inside r's period make the
// actual of each value, those of the same period a year earlier (check-ins,
// else history) its reference; while r's period is under way, only the
// months a year earlier of those reported count, so that like is compared
// with like, and periods typed by hand only (all unsplit) left out. The
// part of the actual no import broke down (check-ins typed
// by hand: CompleteBreakdown's Unsplit entries, or what ds lacks of the
// actual) is one more value, Unsplit. Each dimension's gaps add up to the
// row's variance to the goal's last decimal. Dimensions of a single value
// (the one region a goal is fed by) say nothing and are left out, as are
// rows of goals that are not flows or have no actual or no plan. A value
// with plans of its own (plans, the goal's DimensionPlans) for every one of
// the check-in periods the actual covers is expected to bring their sum,
// and the others (a value planned for some of them only too) share the
// rest of the plan (Contributors); while the row's latest period is under
// way (ToDate), every value shares its plan to date.
func ReviewContributors(cal Calendar, r ReviewRow, ds []DimensionValue, plans []DimensionPlan) []GapContributors {
	if r.Goal.Aggregation != AggFlow || !r.HasActual || !r.HasExpected || len(ds) == 0 {
		return nil
	}
	dec := Decimals(r.Goal)
	current, reported := breakdownIn(cal, r.Goal, ds, r.Period, nil, dec)
	var likeForLike map[Period]bool
	if !r.Complete {
		likeForLike = map[Period]bool{}
		for p := range reported {
			likeForLike[cal.SameLastYear(p)] = true
		}
	}
	reference, _ := breakdownIn(cal, r.Goal, importedOnly(ds), cal.SameLastYear(r.Period), likeForLike, dec)
	covered := planCovered(cal, r, reported)
	if r.ToDate {
		plans = nil // a value's own plan is of whole periods, the row's of one to date: all share it
	}
	valuePlans := plansIn(cal, plannedThroughout(cal, plans, orAll(cal, r, covered)), r.Period, covered, dec)
	var out []GapContributors
	for _, dim := range dimensionOrder(ds) {
		cur := current[dim]
		if named(cur) < 2 {
			continue
		}
		if rest := units(r.Actual, dec) - unitsSum(cur, dec); rest != 0 {
			cur = append(cur, DimensionValue{Dimension: dim, Value: UnsplitLabel, Unsplit: true, Amount: float64(rest) / math.Pow10(dec)})
		}
		list := Contributors(cur, reference[dim], r.ExpectedCovered, dec, valuePlans[dim]...)
		// The values on the goal's side of plan by share, then the others
		// by how far they went the other way.
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].Share != list[j].Share {
				return list[i].Share > list[j].Share
			}
			return math.Abs(list[i].Gap) > math.Abs(list[j].Gap)
		})
		out = append(out, GapContributors{Dimension: dim, LastYear: unitsSum(reference[dim], dec) != 0,
			Planned: len(valuePlans[dim]) > 0, Values: list})
	}
	return out
}

// breakdownIn sums each value of each dimension of ds over the check-in
// periods that count for g in p (CountsFor; only those of only, when it is
// not nil), in units of
// dec decimals so that no float noise creeps in, check-ins taking the
// place of history values for the same period; it returns the sums by
// dimension, and the periods found.
func breakdownIn(cal Calendar, g Goal, ds []DimensionValue, p Period, only map[Period]bool, dec int) (map[string][]DimensionValue, map[Period]bool) {
	if !p.Valid() {
		return nil, nil
	}
	checkedIn := map[Period]bool{}
	type entry struct {
		d DimensionValue
		p Period
	}
	var in []entry
	for _, d := range ds {
		sub, err := ParsePeriodKey(d.PeriodKey)
		if err != nil || !cal.CountsFor(g, p, sub) || only != nil && !only[sub] {
			continue
		}
		if !d.History {
			checkedIn[sub] = true
		}
		in = append(in, entry{d, sub})
	}
	type key struct {
		dim, value string
		unsplit    bool
	}
	sums := map[key]int64{}
	var order []key
	periods := map[Period]bool{}
	for _, e := range in {
		if e.d.History && checkedIn[e.p] {
			continue
		}
		k := key{e.d.Dimension, e.d.Value, e.d.Unsplit}
		if _, ok := sums[k]; !ok {
			order = append(order, k)
		}
		sums[k] += units(e.d.Amount, dec)
		periods[e.p] = true
	}
	byDim := map[string][]DimensionValue{}
	for _, k := range order {
		byDim[k.dim] = append(byDim[k.dim], DimensionValue{Dimension: k.dim, Value: k.value, Unsplit: k.unsplit, Amount: float64(sums[k]) / math.Pow10(dec)})
	}
	return byDim, periods
}

// plansIn sums each value's plans of the periods inside p (only those of
// only, when it is not nil), by dimension, in units of dec decimals.
func plansIn(cal Calendar, plans []DimensionPlan, p Period, only map[Period]bool, dec int) map[string][]DimensionPlan {
	type key struct{ dim, value string }
	sums := map[key]int64{}
	var order []key
	for _, pl := range plans {
		sub, err := ParsePeriodKey(pl.PeriodKey)
		if err != nil || !cal.CountsIn(p, sub) || only != nil && !only[sub] {
			continue
		}
		k := key{pl.Dimension, pl.Value}
		if _, ok := sums[k]; !ok {
			order = append(order, k)
		}
		sums[k] += units(pl.Amount, dec)
	}
	out := map[string][]DimensionPlan{}
	for _, k := range order {
		out[k.dim] = append(out[k.dim], DimensionPlan{Dimension: k.dim, Value: k.value, Amount: float64(sums[k]) / math.Pow10(dec)})
	}
	return out
}

// plannedThroughout keeps the plans of the values planned in every one of
// periods (the check-in periods a review's actual covers), by a plan of
// that period or of one holding it: a value planned for January only is
// not expected to bring its January plan for the whole quarter, but
// shares the quarter's plan like the values without one.
func plannedThroughout(cal Calendar, plans []DimensionPlan, periods map[Period]bool) []DimensionPlan {
	type key struct{ dim, value string }
	planned := map[key][]Period{}
	for _, pl := range plans {
		if p, err := ParsePeriodKey(pl.PeriodKey); err == nil {
			k := key{pl.Dimension, pl.Value}
			planned[k] = append(planned[k], p)
		}
	}
	throughout := func(k key) bool {
		for p := range periods {
			if !slices.ContainsFunc(planned[k], func(q Period) bool { return q == p || cal.Contains(q, p) }) {
				return false
			}
		}
		return true
	}
	var out []DimensionPlan
	for _, pl := range plans {
		if throughout(key{pl.Dimension, pl.Value}) {
			out = append(out, pl)
		}
	}
	return out
}

// dimensionOrder are the dimensions of ds, each once, in order of first
// appearance (the store lists them by name).
func dimensionOrder(ds []DimensionValue) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range ds {
		if !seen[d.Dimension] {
			seen[d.Dimension] = true
			out = append(out, d.Dimension)
		}
	}
	return out
}

// importedOnly drops the entries of the periods and dimensions of ds that
// hold nothing but the unsplit part: a period typed by hand only says
// nothing of how the values shared it, and would expect the unsplit part
// to bring the whole plan.
func importedOnly(ds []DimensionValue) []DimensionValue {
	type group struct {
		history           bool
		period, dimension string
	}
	split := map[group]bool{}
	for _, d := range ds {
		if !d.Unsplit {
			split[group{d.History, d.PeriodKey, d.Dimension}] = true
		}
	}
	out := make([]DimensionValue, 0, len(ds))
	for _, d := range ds {
		if split[group{d.History, d.PeriodKey, d.Dimension}] {
			out = append(out, d)
		}
	}
	return out
}

// named counts the values of ds that are not the unsplit part.
func named(ds []DimensionValue) int {
	n := 0
	for _, d := range ds {
		if !d.Unsplit {
			n++
		}
	}
	return n
}

// units is v in units of the last of dec decimals.
func units(v float64, dec int) int64 { return int64(math.Round(v * math.Pow10(dec))) }

// unitsSum adds up the amounts of ds in units of dec decimals.
func unitsSum(ds []DimensionValue, dec int) int64 {
	var n int64
	for _, d := range ds {
		n += units(d.Amount, dec)
	}
	return n
}

// TopContributors are the values that made most of the gap, as many as
// make its largest part (up to n): those with a positive share, largest
// first, stopping once they make 80 % of it.
func TopContributors(values []Contribution, n int) []Contribution {
	var out []Contribution
	var share float64
	for _, c := range values {
		if c.Share <= 0 || len(out) == n || share >= 0.8 {
			break
		}
		out = append(out, c)
		share += c.Share
	}
	return out
}

// planCovered are the periods whose plan r's actual is measured against
// (ReviewRow.ExpectedCovered), of those reported: nil for the whole
// period; else each of the goal's periods in it up to the latest
// reported, a gap before that counting as nothing, as the row counts it
// (throughLatest), or for a falling sum the periods reported alone; nil
// too once the goal has a later check-in.
func planCovered(cal Calendar, r ReviewRow, reported map[Period]bool) map[Period]bool {
	if r.wholePlan() || r.LaterReported {
		return nil
	}
	subs := cal.goalSubPeriods(r.Goal, r.Period)
	if missingIsUnknown(r.Goal) { // the periods reported alone, as the row counts them
		set := map[Period]bool{}
		for _, s := range subs {
			set[s] = reported[s]
		}
		return set
	}
	last := -1
	for i, s := range subs {
		if reported[s] {
			last = i
		}
	}
	return periodSet(subs, inSpanThrough(cal, r.Goal, subs, last))
}

// orAll is covered, or every period of the goal's cadence in r's period
// inside its span when covered is nil (the whole period).
func orAll(cal Calendar, r ReviewRow, covered map[Period]bool) map[Period]bool {
	if covered != nil {
		return covered
	}
	subs := cal.goalSubPeriods(r.Goal, r.Period)
	return periodSet(subs, inSpanThrough(cal, r.Goal, subs, len(subs)-1))
}
