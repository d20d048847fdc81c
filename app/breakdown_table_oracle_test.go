package app

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestBreakdownTableAgreesWithBreakdownIn: the table sums each period's
// values from its periods keyed once (sumsIn) as breakdownIn sums them
// from the entries themselves, over random breakdowns with history values
// beside check-ins, keys that do not parse, plans by value and periods
// still running.
func TestBreakdownTableAgreesWithBreakdownIn(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 17))
	cal := Calendar{}
	for trial := range 300 {
		g := Goal{Aggregation: AggFlow, Decimals: rng.IntN(3), Cadence: CadenceMonth, PlanBy: CadenceQuarter}
		ds, plans := randomBreakdown(rng)
		rows := randomDetailRows(rng)
		for _, dim := range []string{"产品", "地区"} {
			got := BreakdownTable(cal, g, rows, ds, plans, dim)
			want := breakdownTableByEntries(cal, g, rows, ds, plans, dim)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("trial %d, %s:\n got %+v\nwant %+v", trial, dim, got, want)
			}
		}
	}
}

// breakdownTableByEntries is BreakdownTable as it was before sumsIn, the
// entries of each row's periods summed by breakdownIn.
func breakdownTableByEntries(cal Calendar, g Goal, rows []DetailRow, ds []DimensionValue, plans []DimensionPlan, dimension string) []BreakdownRow {
	dec := Decimals(g)
	var mine []DimensionValue
	for _, d := range ds {
		if d.Dimension == dimension {
			mine = append(mine, d)
		}
	}
	var out []BreakdownRow
	for _, r := range rows {
		if !r.HasActual {
			continue
		}
		current, reported := breakdownIn(cal, g, mine, r.Period, nil, dec)
		var likeForLike map[Period]bool
		if !r.Complete {
			likeForLike = map[Period]bool{}
			for p := range reported {
				likeForLike[cal.SameLastYear(p)] = true
			}
		}
		reference, _ := breakdownIn(cal, g, mine, cal.SameLastYear(r.Period), likeForLike, dec)
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

// randomBreakdown is a few dozen entries of two dimensions over the months
// of 2025 and 2026, some history, some a key that does not parse, and
// plans by value for some quarters.
func randomBreakdown(rng *rand.Rand) ([]DimensionValue, []DimensionPlan) {
	dims := map[string][]string{"产品": {"A", "B", "C", "D"}, "地区": {"北", "南", "东"}}
	var ds []DimensionValue
	for range 10 + rng.IntN(60) {
		dim := []string{"产品", "地区"}[rng.IntN(2)]
		key := fmt.Sprintf("%d-%02d", 2025+rng.IntN(2), 1+rng.IntN(12))
		if rng.IntN(30) == 0 {
			key = "bad"
		}
		ds = append(ds, DimensionValue{GoalID: 1, PeriodKey: key, History: rng.IntN(3) == 0, Dimension: dim,
			Value: dims[dim][rng.IntN(len(dims[dim]))], Amount: float64(rng.IntN(100000)-10000) / 100})
	}
	var plans []DimensionPlan
	for range rng.IntN(6) {
		plans = append(plans, DimensionPlan{PeriodKey: fmt.Sprintf("2026-Q%d", 1+rng.IntN(4)), Dimension: "产品",
			Value: dims["产品"][rng.IntN(4)], Amount: float64(rng.IntN(50000)) / 100})
	}
	return ds, plans
}

// randomDetailRows are the quarters of 2026, each with or without an
// actual and a plan, complete or still running.
func randomDetailRows(rng *rand.Rand) []DetailRow {
	var rows []DetailRow
	for q := 1; q <= 4; q++ {
		rows = append(rows, DetailRow{Period: Period{CadenceQuarter, 2026, q}, Plan: float64(rng.IntN(200000)) / 100,
			HasPlan: rng.IntN(4) > 0, Actual: float64(rng.IntN(200000)) / 100, HasActual: rng.IntN(5) > 0, Complete: rng.IntN(2) == 0})
	}
	return rows
}
