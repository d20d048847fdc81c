package app

import (
	"math"
	"sort"
)

// Contribution is what one value of a dimension (产品B) did to a period's
// gap: its actual against what it was expected to bring, and its part of
// the goal's whole gap.
type Contribution struct {
	Value     string
	Unsplit   bool // the part no value accounts for (Value is UnsplitLabel)
	Planned   bool // Expected is the owner's plan for the value, not a share
	Actual    float64
	Expected  float64 // its own plan, else its share of the plan by its share of the reference
	Reference float64 // its value in the reference period (last year)
	Gap       float64 // Actual − Expected
	// Share is Gap's part of the gaps of the values on the goal's side of
	// plan: when the goal is short, of the shortfalls of the values short
	// of what they were expected to bring (0.73 for "73 % of the
	// shortfall"), so that the shares of those values add up to 100 % and
	// none passes it, however much other values were over; when it is
	// ahead, of the leads of the values ahead. It is 0 for a value on the
	// other side (over plan while the goal is short) and when the goal has
	// no gap.
	Share float64
}

// Contributors breaks a period's gap down by the values of one dimension:
// each value is expected to bring its own plan where the owner gave one
// (plans, the period's DimensionPlans of that dimension), and the values
// without one share what those plans leave of plan by the part they
// brought of the reference period (the same period last year). current
// and reference are one dimension's values of the two periods. Amounts are
// worked in units of the goal's last decimal, and the expected amounts are
// shared out so that they add up to plan exactly (largest remainders): the
// gaps then add up to the goal's own variance, to the cent, whenever
// current adds up to its actual. Without a reference (no sales last year)
// the rest of the plan is shared by this period's own parts, and with
// neither, evenly; when every value has a plan and the plans do not add up
// to plan, an unsplit entry expects the difference, and when the plans ask
// more than plan, the values without one expect nothing and the unsplit
// part the (negative) difference. Shares are of the gaps on the goal's
// side of plan (Contribution.Share). The list is sorted by
// gap, the largest shortfall first, then by value, the unsplit part last.
func Contributors(current, reference []DimensionValue, plan float64, decimals int, plans ...DimensionPlan) []Contribution {
	scale := math.Pow10(decimals)
	units := func(v float64) int64 { return int64(math.Round(v * scale)) }
	list, planned := gatherContributions(current, reference, plans)
	list, expected := shareExpected(list, planned, units(plan), units)
	var actual int64
	for i := range list {
		actual += units(list[i].Actual)
	}
	gap := actual - units(plan)
	gaps := make([]int64, len(list))
	var side int64 // the gaps of the values on the goal's side of plan
	for i := range list {
		gaps[i] = units(list[i].Actual) - expected[i]
		if sameSide(gaps[i], gap) {
			side += gaps[i]
		}
	}
	for i := range list {
		list[i].Expected = float64(expected[i]) / scale
		list[i].Gap = float64(gaps[i]) / scale
		if sameSide(gaps[i], gap) {
			list[i].Share = float64(gaps[i]) / float64(side)
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Gap != list[j].Gap {
			return list[i].Gap < list[j].Gap
		}
		if list[i].Unsplit != list[j].Unsplit {
			return list[j].Unsplit
		}
		return list[i].Value < list[j].Value
	})
	return list
}

// gatherContributions lists every value of current, reference and plans
// once, in that order, with its actual and reference amounts; planned
// holds each planned value's plan by its index in the list.
func gatherContributions(current, reference []DimensionValue, plans []DimensionPlan) ([]Contribution, map[int]float64) {
	type key struct {
		value   string
		unsplit bool
	}
	index := make(map[key]int, len(current)+len(reference))
	list := make([]Contribution, 0, len(current)+len(reference)+len(plans)+1) // and room for an unsplit part
	at := func(value string, unsplit bool) *Contribution {
		k := key{value, unsplit}
		if i, ok := index[k]; ok {
			return &list[i]
		}
		index[k] = len(list)
		list = append(list, Contribution{Value: value, Unsplit: unsplit})
		return &list[len(list)-1]
	}
	for _, d := range current {
		at(d.Value, d.Unsplit).Actual += d.Amount
	}
	for _, d := range reference {
		at(d.Value, d.Unsplit).Reference += d.Amount
	}
	for _, p := range plans {
		at(p.Value, false)
	}
	planned := map[int]float64{}
	for _, p := range plans {
		i := index[key{p.Value, false}]
		planned[i] += p.Amount
		list[i].Planned = true
	}
	return list, planned
}

// shareExpected is what each value of list is expected to bring, in
// units: its plan when planned, else its part of the rest of plan. An
// unsplit entry joins the list for a rest that no value takes.
func shareExpected(list []Contribution, planned map[int]float64, plan int64, units func(float64) int64) ([]Contribution, []int64) {
	expected := make([]int64, len(list))
	rest := plan
	others := make([]Contribution, 0, len(list)-len(planned))
	at := make([]int, 0, len(list)-len(planned))
	for i := range list {
		if amount, ok := planned[i]; ok {
			expected[i] = units(amount)
			rest -= expected[i]
			continue
		}
		others = append(others, list[i])
		at = append(at, i)
	}
	if rest < 0 && len(others) > 0 {
		// The plans by value ask more than the period's plan: the values
		// without one expect nothing rather than a negative share, and
		// the unsplit part takes the excess, so that the parts still add
		// up to plan.
		others, at = nil, nil
		for i := range list {
			if list[i].Unsplit && !list[i].Planned {
				others, at = list[i:i+1], []int{i}
			}
		}
	}
	if len(others) == 0 && rest != 0 {
		list = append(list, Contribution{Value: UnsplitLabel, Unsplit: true})
		others, at, expected = list[len(list)-1:], []int{len(list) - 1}, append(expected, 0)
	}
	if len(others) == 1 {
		expected[at[0]] = rest
		return list, expected
	}
	for k, e := range splitByWeight(rest, weights(others, units)) {
		expected[at[k]] = e
	}
	return list, expected
}

// sameSide reports whether a value's gap g is on the same side of plan as
// the goal's gap (both short, or both ahead).
func sameSide(g, gap int64) bool { return g < 0 && gap < 0 || g > 0 && gap > 0 }

// weights are what the plan is shared by: the reference amounts, else the
// actual ones, else one each, in units. A value that lost money (refunds
// over sales) weighs nothing rather than expecting a negative part of the
// plan, which would push the others' parts past the plan.
func weights(list []Contribution, units func(float64) int64) []int64 {
	w := make([]int64, len(list))
	var total int64
	for i, c := range list {
		w[i] = max(0, units(c.Reference))
		total += w[i]
	}
	if total == 0 {
		for i, c := range list {
			w[i] = max(0, units(c.Actual))
			total += w[i]
		}
	}
	for i := range w {
		if total == 0 {
			w[i] = 1
		}
	}
	return w
}

// splitByWeight divides plan units by weights, the units left by rounding
// down going to the largest remainders, so that the parts add up to plan
// exactly.
func splitByWeight(plan int64, weights []int64) []int64 {
	out := make([]int64, len(weights))
	var total int64
	for _, w := range weights {
		total += w
	}
	if total == 0 {
		return out
	}
	type rest struct {
		i    int
		frac float64
	}
	rests := make([]rest, len(weights))
	var given int64
	for i, w := range weights {
		exact := float64(plan) * float64(w) / float64(total)
		out[i] = int64(math.Floor(exact))
		given += out[i]
		rests[i] = rest{i, exact - math.Floor(exact)}
	}
	sort.SliceStable(rests, func(a, b int) bool { return rests[a].frac > rests[b].frac })
	for k := 0; given < plan && k < len(rests); k++ {
		out[rests[k].i]++
		given++
	}
	return out
}
