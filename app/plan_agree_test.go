package app

import (
	"fmt"
	"testing"
	"time"
)

// A plan by month and a plan by quarter of the same goal agree: each
// quarter's months add up to its target by quarter exactly, seasonal or
// even, in a calendar or an April fiscal year, counts or cents, for a
// goal of a whole year or one starting mid-year or mid-month. Rounded
// each on its own, 1,250 a year made a first quarter of 241 by month
// and 242 by quarter.
func TestPlanByMonthAgreesWithQuarters(t *testing.T) {
	season := []float64{7, 9, 13, 11, 10, 12, 17, 19, 8, 10, 11, 23}
	for _, fiscal := range []int{1, 4} {
		cal := Calendar{FiscalStart: time.Month(fiscal)}
		var hist []PeriodValue
		for y := 2021; y <= 2022; y++ {
			for m := 1; m <= 12; m++ {
				hist = append(hist, PeriodValue{fmt.Sprintf("%d-%02d", y, m), season[m-1] * float64(y-2019)})
			}
		}
		for _, start := range []string{"2023-04-01", "2023-07-01", "2023-08-15"} {
			for _, c := range []struct {
				target   float64
				decimals int
			}{{1250, 0}, {1000, 0}, {999, 0}, {1250, 2}, {12345.67, 2}} {
				g := wizardGoal(t)
				g.Baseline, g.Target, g.Decimals = nil, c.target, c.decimals
				g.Start, g.End = Day(t, start), Day(t, "2024-03-31")
				name := fmt.Sprintf("fiscal %d, from %s, %v", fiscal, start, c.target)
				seasonal := func(by Cadence) []PeriodTarget {
					p, ok := SplitSeasonal(cal, g, by, hist)
					if !ok {
						t.Fatalf("%s: no seasonal plan by %s", name, by)
					}
					return p
				}
				even := func(by Cadence) []PeriodTarget { return SplitEven(cal, g, by) }
				assertQuartersAgree(t, cal, name+", seasonal", c.decimals, seasonal(CadenceMonth), seasonal(CadenceQuarter))
				assertQuartersAgree(t, cal, name+", even", c.decimals, even(CadenceMonth), even(CadenceQuarter))
			}
		}
	}
}

// assertQuartersAgree checks that the months of byMonth add up to each
// quarter of byQuarter at decimals, and that both add up to the same total.
func assertQuartersAgree(t *testing.T, cal Calendar, name string, decimals int, byMonth, byQuarter []PeriodTarget) {
	t.Helper()
	i := 0
	var all []float64
	for _, q := range byQuarter {
		qp, err := ParsePeriodKey(q.PeriodKey)
		if err != nil {
			t.Fatal(err)
		}
		var months []float64
		for ; i < len(byMonth); i++ {
			mp, err := ParsePeriodKey(byMonth[i].PeriodKey)
			if err != nil {
				t.Fatal(err)
			}
			if !cal.Contains(qp, mp) {
				break
			}
			months = append(months, byMonth[i].Target)
		}
		all = append(all, months...)
		if got := ExactSum(months, decimals); got != q.Target {
			t.Errorf("%s: %s is %v by month, %v by quarter", name, q.PeriodKey, got, q.Target)
		}
	}
	if i != len(byMonth) {
		t.Errorf("%s: months %v outside the quarters %v", name, byMonth[i:], byQuarter)
	}
	var quarters []float64
	for _, q := range byQuarter {
		quarters = append(quarters, q.Target)
	}
	if ExactSum(all, decimals) != ExactSum(quarters, decimals) {
		t.Errorf("%s: months add up to %v, quarters to %v", name, ExactSum(all, decimals), ExactSum(quarters, decimals))
	}
}
