package app

import (
	"reflect"
	"testing"
)

// TestPlanEntriesInOrder checks the in-order reading of a plan against
// the general one on plans in order (it must agree) and plans it must
// leave to the general one: out of order, a repeated key, mixed cadences,
// an invalid key, a target that is not finite.
func TestPlanEntriesInOrder(t *testing.T) {
	cal := Calendar{FiscalStart: 4}
	inf := 1.0
	inf /= 0
	for _, c := range []struct {
		keys    []string
		targets []float64
		fast    bool
	}{
		{[]string{"2023-Q1", "2023-Q2", "2023-Q3", "2024-Q1"}, []float64{1, 2, 3, 4}, true},
		{[]string{"2023-W52", "2024-W01"}, []float64{1, 2}, true},
		{nil, nil, true},
		{[]string{"2023-Q2", "2023-Q1"}, []float64{1, 2}, false},
		{[]string{"2023-Q1", "2023-Q1"}, []float64{1, 2}, false},
		{[]string{"2023-Q1", "2023-07"}, []float64{1, 2}, false},
		{[]string{"2023-Q1", "soon"}, []float64{1, 2}, false},
		{[]string{"2023-Q1", "2023-Q2"}, []float64{1, inf}, false},
	} {
		plan := make([]PeriodTarget, len(c.keys))
		for i, k := range c.keys {
			plan[i] = PeriodTarget{PeriodKey: k, Target: c.targets[i]}
		}
		got, ok := cal.planEntriesInOrder(plan, nil)
		if ok != c.fast {
			t.Errorf("%v: read in order %v, want %v", c.keys, ok, c.fast)
			continue
		}
		if ok {
			values := make([]PeriodValue, len(plan))
			for i, p := range plan {
				values[i] = PeriodValue{p.PeriodKey, p.Target}
			}
			var want []planEntry
			for _, v := range Series(values, "") {
				want = append(want, planEntry{first: cal.FirstDay(v.Period), last: cal.LastDay(v.Period), target: v.Value})
			}
			if len(want) != len(got) || len(got) > 0 && !reflect.DeepEqual(got, want) {
				t.Errorf("%v: %v, want %v", c.keys, got, want)
			}
		}
	}
}
