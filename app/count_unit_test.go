package app

import "testing"

// TestCountUnitFollowsFiguresReadAlone: a count's unit name follows its
// figures read alone (FigureText) and names the review table's Unit
// column, while FormatValue, which its table cells and charts use, keeps
// it bare; a count without a name, a milestone, another unit, and a
// currency code the wizard left from money add nothing.
func TestCountUnitFollowsFiguresReadAlone(t *testing.T) {
	count := Goal{Kind: KindIncrease, Unit: UnitCount, UnitLabel: " customers "}
	for _, tc := range []struct {
		name        string
		g           Goal
		figure, col string
	}{
		{"count", count, "1,240 customers", "customers"},
		{"Chinese count", Goal{Kind: KindIncrease, Unit: UnitCount, UnitLabel: "订单"}, "1,240 订单", "订单"},
		{"count without a name", Goal{Kind: KindIncrease, Unit: UnitCount}, "1,240", ""},
		{"count left with money's code", Goal{Kind: KindIncrease, Unit: UnitCount, UnitLabel: "CNY"}, "1,240", ""},
		{"milestone", Goal{Kind: KindMilestone, Unit: UnitCount, UnitLabel: "steps"}, "1,240", ""},
		{"custom", Goal{Kind: KindIncrease, Unit: UnitCustom, UnitLabel: "kg"}, "1,240 kg", "kg"},
		{"percent", Goal{Kind: KindIncrease, Unit: UnitPercent, UnitLabel: "pts"}, "1,240%", "%"},
	} {
		if got := FigureText(tc.g, 1240); got != tc.figure {
			t.Errorf("%s: FigureText %q, want %q", tc.name, got, tc.figure)
		}
		if got := unitText(tc.g); got != tc.col {
			t.Errorf("%s: the Unit column reads %q, want %q", tc.name, got, tc.col)
		}
	}
	if got := FormatValue(1240, 0, count.Unit, count.UnitLabel); got != "1,240" {
		t.Errorf("a count's cell reads %q", got)
	}
}
