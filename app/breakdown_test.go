package app

import (
	"fmt"
	"slices"
	"testing"
)

func TestCompleteBreakdown(t *testing.T) {
	dv := func(period, dim, value string, amount float64) DimensionValue {
		return DimensionValue{GoalID: 1, PeriodKey: period, Dimension: dim, Value: value, Amount: amount, Rows: 1}
	}
	stored := []DimensionValue{dv("2026-01", "产品", "A", 100.10), dv("2026-01", "产品", "B", 200.20),
		dv("2026-01", "地区", "北美", 300.30), dv("2026-02", "产品", "A", 5),
		{GoalID: 1, PeriodKey: "2025", History: true, Dimension: "产品", Value: "A", Amount: 90}}
	tests := []struct {
		name            string
		values, history []PeriodValue
		want            []string
	}{
		{"imported values add up: nothing unsplit",
			[]PeriodValue{{"2026-01", 300.30}, {"2026-02", 5}}, []PeriodValue{{"2025", 90}},
			// February and 2025 were imported without 地区: all of it is unsplit there.
			[]string{"2026-01 产品 A 100.1", "2026-01 产品 B 200.2", "2026-01 地区 北美 300.3", "2026-02 产品 A 5",
				"2026-02 地区 *Other (unsplit) 5", "H2025 产品 A 90", "H2025 地区 *Other (unsplit) 90"}},
		{"a hand value over an import: the difference is unsplit, in each dimension",
			[]PeriodValue{{"2026-01", 350.31}, {"2026-02", 4}}, []PeriodValue{{"2025", 90}},
			[]string{"2026-01 产品 A 100.1", "2026-01 产品 B 200.2", "2026-01 产品 *Other (unsplit) 50.01",
				"2026-01 地区 北美 300.3", "2026-01 地区 *Other (unsplit) 50.01",
				"2026-02 产品 A 5", "2026-02 产品 *Other (unsplit) -1", "2026-02 地区 *Other (unsplit) 4",
				"H2025 产品 A 90", "H2025 地区 *Other (unsplit) 90"}},
		{"a period typed by hand only is all unsplit; a period without a value drops its entries",
			[]PeriodValue{{"2026-03", 7}}, []PeriodValue{{"2024", 80}},
			[]string{"2026-03 产品 *Other (unsplit) 7", "2026-03 地区 *Other (unsplit) 7", "H2024 产品 *Other (unsplit) 80",
				"H2024 地区 *Other (unsplit) 80"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range CompleteBreakdown(stored, tc.values, tc.history, 2) {
				h, star := "", ""
				if d.History {
					h = "H"
				}
				if d.Unsplit {
					star = "*"
				}
				got = append(got, fmt.Sprintf("%s%s %s %s%s %v", h, d.PeriodKey, d.Dimension, star, d.Value, d.Amount))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
	if CompleteBreakdown(nil, []PeriodValue{{"2026-01", 1}}, nil, 2) != nil {
		t.Error("a goal without dimensions got a breakdown")
	}
}

func TestUnsplitIsNeverStored(t *testing.T) {
	d := DimensionValue{GoalID: 1, PeriodKey: "2026-01", Dimension: "产品", Value: UnsplitLabel, Amount: 1, Unsplit: true}
	if ErrorCode(d.Check()) != EInvalid {
		t.Errorf("an unsplit entry passed the check: %v", d.Check())
	}
}
