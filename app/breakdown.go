package app

import (
	"cmp"
	"math"
	"slices"
)

// DimensionValue is the part of a goal's period value that came from the
// imported rows with one value of one dimension column: "产品 = 产品A made
// 433,301.80 of 2023-Q1". The store keeps these aggregates, not the rows,
// so a year of daily invoices stays small. Only flow goals are broken
// down, since their period value is the sum of its rows.
type DimensionValue struct {
	GoalID    int64
	PeriodKey string
	History   bool
	Dimension string // the column's name
	Value     string // the cell's text
	Amount    float64
	Rows      int
	// Unsplit marks the part of the period's value that no value of the
	// dimension accounts for (Value is then UnsplitLabel); see
	// CompleteBreakdown. The store never keeps it.
	Unsplit bool
}

// MsgBreakdownBad refuses a breakdown entry without a goal, period or
// dimension, or with an amount that is not a finite number.
const MsgBreakdownBad = "A breakdown value needs a goal, a period, a dimension and a finite amount."

// Check refuses an incomplete or non-finite entry, and an unsplit one,
// which is worked out, never stored (EInvalid).
func (d DimensionValue) Check() error {
	if d.Unsplit || d.GoalID == 0 || d.PeriodKey == "" || d.Dimension == "" || math.IsNaN(d.Amount) || math.IsInf(d.Amount, 0) {
		return Errorf(EInvalid, MsgBreakdownBad)
	}
	return nil
}

// MsgBreakdownUnwritten refuses a breakdown value for a period the import
// does not write: it would not add up to the period's value.
const MsgBreakdownUnwritten = "A breakdown value is for {{.Period}}, which this import does not write."

// UnsplitLabel names, in English (the translation key), the part of a
// period's value that no dimension value accounts for: a check-in typed
// by hand on a goal whose other periods were imported by product.
const UnsplitLabel = "Other (unsplit)"

// breakdownGroup is one period's breakdown by one dimension.
type breakdownGroup struct {
	history   bool
	period    string
	dimension string
}

// CompleteBreakdown makes a goal's stored breakdown add up to its period
// values. For every dimension of ds and every period with a value (values
// are the check-ins, history the values before the goal started), it adds
// an Unsplit entry holding the period's value less the sum of that
// dimension's values, when that is not zero: a check-in typed by hand over
// an imported one, or a period typed by hand only. Entries of a period
// without a value are dropped, as nothing stands for them in the goal's
// actual. Sums are worked in units of the goal's last decimal, so the
// entries add up to the value to the cent and nothing is counted twice.
// The result is ordered like the store's: check-ins before history, then by period,
// dimension and value, the unsplit entry last of its group.
func CompleteBreakdown(ds []DimensionValue, values, history []PeriodValue, decimals int) []DimensionValue {
	if len(ds) == 0 {
		return nil
	}
	scale := math.Pow10(decimals)
	units := func(v float64) int64 { return int64(math.Round(v * scale)) }
	valueOf := [2]map[string]float64{ValueMap(values), ValueMap(history)}
	has := func(h bool, key string) (float64, bool) {
		i := 0
		if h {
			i = 1
		}
		v, ok := valueOf[i][key]
		return v, ok
	}
	sums := map[breakdownGroup]int64{}
	goalID, dims := ds[0].GoalID, map[string]bool{}
	out := make([]DimensionValue, 0, len(ds))
	for _, d := range ds {
		dims[d.Dimension] = true
		if _, ok := has(d.History, d.PeriodKey); !ok || d.Unsplit {
			continue
		}
		sums[breakdownGroup{d.History, d.PeriodKey, d.Dimension}] += units(d.Amount)
		out = append(out, d)
	}
	for _, h := range []bool{false, true} {
		list := values
		if h {
			list = history
		}
		for _, pv := range list {
			for dim := range dims {
				v, _ := has(h, pv.PeriodKey)
				rest := units(v) - sums[breakdownGroup{h, pv.PeriodKey, dim}]
				if rest != 0 && !math.IsNaN(v) && !math.IsInf(v, 0) {
					out = append(out, DimensionValue{GoalID: goalID, PeriodKey: pv.PeriodKey, History: h,
						Dimension: dim, Value: UnsplitLabel, Amount: float64(rest) / scale, Unsplit: true})
				}
			}
		}
	}
	sortBreakdown(out)
	return out
}

// sortBreakdown orders entries check-ins before history, then by period, dimension
// and value, a group's unsplit entry last.
func sortBreakdown(ds []DimensionValue) {
	slices.SortStableFunc(ds, func(a, b DimensionValue) int {
		return cmp.Or(cmp.Compare(b2i(a.History), b2i(b.History)), cmp.Compare(a.PeriodKey, b.PeriodKey),
			cmp.Compare(a.Dimension, b.Dimension), cmp.Compare(b2i(a.Unsplit), b2i(b.Unsplit)), cmp.Compare(a.Value, b.Value))
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
