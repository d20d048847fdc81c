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
	var curSums, refSums valueSums // storage each row's sums reuse
	for _, r := range rows {
		if !r.HasActual {
			continue
		}
		cur, reported := byKey.sumsIn(&curSums, cal, g, r.Period, nil, dec)
		var likeForLike map[Period]bool
		if !r.Complete {
			likeForLike = map[Period]bool{}
			for p := range reported {
				likeForLike[cal.SameLastYear(p)] = true
			}
		}
		reference, _ := byKey.sumsIn(&refSums, cal, g, cal.SameLastYear(r.Period), likeForLike, dec)
		if rest := units(r.Actual, dec) - unitsSum(cur, dec); rest != 0 {
			cur = append(cur, DimensionValue{Dimension: dimension, Value: UnsplitLabel, Unsplit: true, Amount: float64(rest) / math.Pow10(dec)})
		}
		plan := 0.0
		if r.HasPlan {
			plan = r.Plan
		}
		lastYear := unitsSum(reference, dec) != 0
		for _, c := range Contributors(cur, reference, plan, dec, PlansFor(plans, r.Period.Key(), dimension)...) {
			out = append(out, BreakdownRow{Period: r.Period, Contribution: c, HasPlan: r.HasPlan, LastYear: lastYear})
		}
	}
	return out
}

// keyedBreakdown is one dimension's entries by period, each period key
// parsed once: a year of a goal's breakdown has a few dozen periods and
// thousands of entries, and a table sums them twice for each of its rows.
type keyedBreakdown struct {
	ds      []DimensionValue
	keys    []Period
	entries [][]int32 // the indices in ds of each period's entries
	// checkedIn says the period has an entry of a check-in, whose values
	// take the place of the history values of the same period.
	checkedIn []bool
}

func periodsOf(ds []DimensionValue, dimension string) keyedBreakdown {
	k := keyedBreakdown{ds: ds}
	parsed := map[string]int{} // a key's period's index, -1 when it does not parse
	at := map[Period]int{}
	for n, d := range ds {
		if d.Dimension != dimension {
			continue
		}
		i, ok := parsed[d.PeriodKey]
		if !ok {
			i = k.add(at, d.PeriodKey)
			parsed[d.PeriodKey] = i
		}
		if i < 0 {
			continue
		}
		k.entries[i] = append(k.entries[i], int32(n))
		k.checkedIn[i] = k.checkedIn[i] || !d.History
	}
	return k
}

// add returns the index of the period of key, added when new; -1 when
// key is not a period's.
func (k *keyedBreakdown) add(at map[Period]int, key string) int {
	p, err := ParsePeriodKey(key)
	if err != nil {
		return -1
	}
	if i, ok := at[p]; ok {
		return i
	}
	at[p] = len(k.keys)
	k.keys, k.entries, k.checkedIn = append(k.keys, p), append(k.entries, nil), append(k.checkedIn, false)
	return len(k.keys) - 1
}

// valueSums is the storage of sumsIn, kept from one call to the next:
// a table sums the values of two periods for each of its rows.
type valueSums struct {
	index  map[valueKey]int
	sums   []int64
	values []DimensionValue
}

// valueKey is one value of a dimension, or its unsplit part.
type valueKey struct {
	value   string
	unsplit bool
}

// sumsIn is breakdownIn of the one dimension k holds: each value's sum
// over the periods that count for g in p (only those of only, when it is
// not nil), in units of dec decimals, check-ins taking the place of
// history values of the same period, in the order the values come in;
// and the periods found. The values are in vs's storage, good until its
// next use.
func (k keyedBreakdown) sumsIn(vs *valueSums, cal Calendar, g Goal, p Period, only map[Period]bool, dec int) ([]DimensionValue, map[Period]bool) {
	if !p.Valid() {
		return nil, nil
	}
	if vs.index == nil {
		vs.index = map[valueKey]int{}
	}
	clear(vs.index)
	vs.sums, vs.values = vs.sums[:0], vs.values[:0]
	periods := map[Period]bool{}
	for i, sub := range k.keys {
		if !cal.CountsFor(g, p, sub) || only != nil && !only[sub] {
			continue
		}
		for _, n := range k.entries[i] {
			d := &k.ds[n]
			if d.History && k.checkedIn[i] {
				continue
			}
			vs.add(d, units(d.Amount, dec))
			periods[sub] = true
		}
	}
	for j := range vs.values {
		vs.values[j].Amount = float64(vs.sums[j]) / math.Pow10(dec)
	}
	return vs.values, periods
}

// add adds amount units to the sum of d's value.
func (vs *valueSums) add(d *DimensionValue, amount int64) {
	k := valueKey{d.Value, d.Unsplit}
	j, ok := vs.index[k]
	if !ok {
		j = len(vs.values)
		vs.index[k] = j
		vs.values = append(vs.values, DimensionValue{Dimension: d.Dimension, Value: d.Value, Unsplit: d.Unsplit})
		vs.sums = append(vs.sums, 0)
	}
	vs.sums[j] += amount
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
