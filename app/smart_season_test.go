package app

import (
	"fmt"
	"testing"
)

// A goal for part of a year, without a baseline, is measured against the
// part of the latest year its months made by the seasons, not against the
// year cut evenly: a July–December goal at last year's second half, which
// made 75 % of the year, asks for no growth, where it was told +50 %
// "unrealistic" against half the year. Also in a fiscal year from April,
// whose second half is October to March.
func TestSMARTPartYearFollowsSeasons(t *testing.T) {
	for _, c := range []struct {
		cal        Calendar
		start, end string
		first      int // the calendar month the history's fiscal years start in
	}{
		{Calendar{}, "2023-07-01", "2023-12-31", 1},
		{Calendar{FiscalStart: 4}, "2023-10-01", "2024-03-31", 4},
	} {
		var hist []PeriodValue
		for fy := 2021; fy <= 2022; fy++ {
			for i := range 12 { // 2 a month in the first half, 6 in the second: 75 % of 48
				y, m := fy, c.first+i
				if m > 12 {
					y, m = y+1, m-12
				}
				v := 2e6
				if i >= 6 {
					v = 6e6
				}
				hist = append(hist, PeriodValue{fmt.Sprintf("%d-%02d", y, m), v})
			}
		}
		g := wizardGoal(t)
		g.Title = "2023 second-half North America sales 36M"
		g.Baseline, g.Target = nil, 36e6
		g.Start, g.End = Day(t, c.start), Day(t, c.end)
		plan, ok := SplitSeasonal(c.cal, g, CadenceQuarter, hist)
		if !ok {
			t.Fatalf("%s: no seasonal plan", c.start)
		}
		l := CheckSMART(SMARTInput{Goal: g, Plan: plan, History: hist, Calendar: c.cal}).Letter("A")
		FindingMessages(t, l)
		if len(l.Findings) != 1 || l.Findings[0].Message != msgANoImprovement || l.Findings[0].Args["Reference"] != "¥36,000,000" {
			t.Errorf("%s: A = %v %+v; want %q on ¥36,000,000", c.start, l.Verdict, l.Findings, msgANoImprovement)
		}
	}
}
