package app

import (
	"math"
	"slices"
)

// BreakdownRow is one value of one dimension in one period of a goal's
// breakdown table (the goal detail): its actual, what it was expected to
// bring (its own plan, else its share of the period's plan by last year)
// and its gap.
type BreakdownRow struct {
	Period Period
	Contribution
	// HasPlan says the period has a plan: without one, Expected, Gap and
	// Share mean nothing and only the actual and last year's are shown.
	HasPlan bool
	// LastYear says Reference is the value's breakdown of the same period
	// a year earlier (like for like while the period runs); false when
	// that period was not broken down.
	LastYear bool
}

// BreakdownTable lists, for one dimension, the values of each period of
// rows (the goal's DetailRows) that has an actual, each period's rows
// sorted by gap (Contributors: planned values expect their plan by value,
// the others share the rest of the period's plan by last year). ds is the
// goal's breakdown (data.Store.Breakdown), plans its plans by value. A
// period's values add up to its actual and their gaps to its variance, to
// the goal's last decimal: what ds does not split is the unsplit value.
func BreakdownTable(cal Calendar, g Goal, rows []DetailRow, ds []DimensionValue, plans []DimensionPlan, dimension string) []BreakdownRow {
	dec := Decimals(g)
	byKey := periodsOf(ds, dimension)
	var out []BreakdownRow
	for _, r := range rows {
		if !r.HasActual {
			continue
		}
		// Only the entries of this period and of last year's are summed.
		in := byKey.within(cal, g, r.Period, cal.SameLastYear(r.Period))
		current, reported := breakdownIn(cal, g, in, r.Period, nil, dec)
		var likeForLike map[Period]bool
		if !r.Complete {
			likeForLike = map[Period]bool{}
			for p := range reported {
				likeForLike[cal.SameLastYear(p)] = true
			}
		}
		reference, _ := breakdownIn(cal, g, in, cal.SameLastYear(r.Period), likeForLike, dec)
		cur := current[dimension]
		if rest := units(r.Actual, dec) - unitsSum(cur, dec); rest != 0 {
			cur = append(cur, DimensionValue{Dimension: dimension, Value: UnsplitLabel, Unsplit: true, Amount: float64(rest) / math.Pow10(dec)})
		}
		plan := 0.0
		if r.HasPlan {
			plan = r.Plan
		}
		lastYear := unitsSum(reference[dimension], dec) != 0
		for _, c := range Contributors(cur, reference[dimension], plan, dec, PlansFor(plans, r.Period.Key(), dimension)...) {
			out = append(out, BreakdownRow{Period: r.Period, Contribution: c, HasPlan: r.HasPlan, LastYear: lastYear})
		}
	}
	return out
}

// keyedBreakdown is one dimension's entries by period key, each key read
// once: a year of a goal's breakdown has a few dozen keys and thousands of
// entries.
type keyedBreakdown struct {
	keys    []Period
	entries [][]DimensionValue
}

func periodsOf(ds []DimensionValue, dimension string) keyedBreakdown {
	var k keyedBreakdown
	at := map[string]int{}
	for _, d := range ds {
		if d.Dimension != dimension {
			continue
		}
		i, ok := at[d.PeriodKey]
		if !ok {
			p, err := ParsePeriodKey(d.PeriodKey)
			if err != nil {
				continue
			}
			i = len(k.keys)
			at[d.PeriodKey] = i
			k.keys, k.entries = append(k.keys, p), append(k.entries, nil)
		}
		k.entries[i] = append(k.entries[i], d)
	}
	return k
}

// within are the entries of the periods that count for g in any of ps
// (CountsFor).
func (k keyedBreakdown) within(cal Calendar, g Goal, ps ...Period) []DimensionValue {
	var out []DimensionValue
	for i, sub := range k.keys {
		for _, p := range ps {
			if p.Valid() && cal.CountsFor(g, p, sub) {
				out = append(out, k.entries[i]...)
				break
			}
		}
	}
	return out
}

// BreakdownDimensions are the dimensions of a goal's breakdown worth a
// table: those with at least two values (a goal fed by one region says
// nothing by region), by name.
func BreakdownDimensions(ds []DimensionValue) []string {
	var out []string
	for _, dim := range dimensionOrder(ds) {
		if len(DimensionValues(ds, dim)) >= 2 {
			out = append(out, dim)
		}
	}
	slices.Sort(out)
	return out
}

// DimensionValues are the values of one dimension in a goal's breakdown,
// each once and by name, the unsplit part left out: those a plan by value
// can be given for.
func DimensionValues(ds []DimensionValue, dimension string) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range ds {
		if d.Dimension == dimension && !d.Unsplit && !seen[d.Value] {
			seen[d.Value] = true
			out = append(out, d.Value)
		}
	}
	slices.Sort(out)
	return out
}

// TopContributor is the value that made most of the gap of the latest
// period of table (a BreakdownTable) with a plan and an imported
// breakdown: the largest part of a shortfall, or of a lead. A period typed
// by hand only (all of it unsplit) says nothing of its values and is
// passed over. ok is false when that period has no gap, or when no period
// qualifies.
func TopContributor(table []BreakdownRow) (top BreakdownRow, ok bool) {
	var latest Period
	for _, r := range table {
		if r.HasPlan && !r.Unsplit && r.Actual != 0 {
			latest = r.Period
		}
	}
	for _, r := range table {
		if r.HasPlan && r.Period == latest && r.Share > 0 && (!ok || r.Share > top.Share) {
			top, ok = r, true
		}
	}
	return top, ok
}
