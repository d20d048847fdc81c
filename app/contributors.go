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
	Actual    float64
	Expected  float64 // its share of the plan, by its share of the reference
	Reference float64 // its value in the reference period (last year)
	Gap       float64 // Actual − Expected
	// Share is Gap's part of the goal's gap (Actual − plan): 0.73 for
	// "73 % of the shortfall"; 0 when the goal has no gap.
	Share float64
}

// Contributors breaks a period's gap down by the values of one dimension,
// where no value has a plan of its own: each value is expected to bring
// the part of plan that it brought of the reference period (the same
// period last year). current and reference are one dimension's values of
// the two periods. Amounts are worked in units of the goal's last decimal,
// and the expected amounts are shared out so that they add up to plan
// exactly (largest remainders): the gaps then add up to the goal's own
// variance, to the cent, whenever current adds up to its actual. Without
// a reference (no sales last year) the plan is shared by this period's
// own parts, and with neither, evenly. The list is
// sorted by gap, the largest shortfall first, then by value.
func Contributors(current, reference []DimensionValue, plan float64, decimals int) []Contribution {
	scale := math.Pow10(decimals)
	units := func(v float64) int64 { return int64(math.Round(v * scale)) }
	type key struct {
		value   string
		unsplit bool
	}
	byValue := map[key]*Contribution{}
	var order []key
	at := func(d DimensionValue) *Contribution {
		k := key{d.Value, d.Unsplit}
		if c := byValue[k]; c != nil {
			return c
		}
		byValue[k] = &Contribution{Value: d.Value, Unsplit: d.Unsplit}
		order = append(order, k)
		return byValue[k]
	}
	var refTotal int64
	for _, d := range current {
		at(d).Actual += d.Amount
	}
	for _, d := range reference {
		at(d).Reference += d.Amount
		refTotal += units(d.Amount)
	}
	list := make([]Contribution, len(order))
	for i, v := range order {
		list[i] = *byValue[v]
	}
	expected := splitByWeight(units(plan), weights(list, refTotal, units))
	var actual int64
	for i := range list {
		actual += units(list[i].Actual)
	}
	gap := actual - units(plan)
	for i := range list {
		list[i].Expected = float64(expected[i]) / scale
		g := units(list[i].Actual) - expected[i]
		list[i].Gap = float64(g) / scale
		if gap != 0 && g != 0 {
			list[i].Share = float64(g) / float64(gap)
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Gap != list[j].Gap {
			return list[i].Gap < list[j].Gap
		}
		return list[i].Value < list[j].Value
	})
	return list
}

// weights are what the plan is shared by: the reference amounts, else the
// actual ones, else one each, in units.
func weights(list []Contribution, refTotal int64, units func(float64) int64) []int64 {
	w := make([]int64, len(list))
	var total int64
	for i, c := range list {
		w[i] = units(c.Reference)
		if refTotal == 0 {
			w[i] = units(c.Actual)
		}
		total += w[i]
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
