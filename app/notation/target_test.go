package notation

import (
	"errors"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

func TestParseTargetChange(t *testing.T) {
	tests := []struct {
		in   string
		f    NumberFormat
		want TargetInput
	}{
		{"+20%", NumberFormat{}, TargetInput{Mode: TargetChangePercent, Number: 20}},
		{"-10%", NumberFormat{}, TargetInput{Mode: TargetChangePercent, Number: -10}},
		{"−10 %", NumberFormat{}, TargetInput{Mode: TargetChangePercent, Number: -10}},
		{"＋２０％", NumberFormat{}, TargetInput{Mode: TargetChangePercent, Number: 20}},
		{"+2 pp", NumberFormat{}, TargetInput{Mode: TargetChangePP, Number: 2}},
		{"+2pp", NumberFormat{}, TargetInput{Mode: TargetChangePP, Number: 2}},
		{"+2 PP", NumberFormat{}, TargetInput{Mode: TargetChangePP, Number: 2}},
		{"-1.5 p.p.", NumberFormat{}, TargetInput{Mode: TargetChangePP, Number: -1.5}},
		{"+0,5 ppt", decimalComma, TargetInput{Mode: TargetChangePP, Number: 0.5}},
		{"+2 个百分点", NumberFormat{}, TargetInput{Mode: TargetChangePP, Number: 2}},
		{"2个百分点", NumberFormat{}, TargetInput{Mode: TargetChangePP, Number: 2}},
		{"-3百分点", NumberFormat{}, TargetInput{Mode: TargetChangePP, Number: -3}},
		{"+1,000", NumberFormat{}, TargetInput{Mode: TargetChangeAbs, Number: 1000}},
		{"-500", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: -500}},
		{"-1,200,000", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: -1.2e6}},
		{"−1,200,000", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: -1.2e6}},
		{"¥-1,200", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: -1200}},
		{"-¥1,200", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: -1200}},
		{"+800万", NumberFormat{}, TargetInput{Mode: TargetChangeAbs, Number: 8e6}},
		{"¥+1,000", NumberFormat{}, TargetInput{Mode: TargetChangeAbs, Number: 1000}},
		{"+¥1,000", NumberFormat{}, TargetInput{Mode: TargetChangeAbs, Number: 1000}},
		{"60,000,000", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: 6e7}},
		{"6000万元", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: 6e7}},
		{"¥60,000,000", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: 6e7}},
		{"15%", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: 15, Percent: true}},
		{"(1,200)", NumberFormat{}, TargetInput{Mode: TargetAbsolute, Number: -1200}},
	}
	for _, tt := range tests {
		got, err := ParseTargetChange(tt.in, tt.f)
		if err != nil || got != tt.want {
			t.Errorf("ParseTargetChange(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseTargetChangeRefuses(t *testing.T) {
	for _, in := range []string{"", "+", "pp", "+pp", "+2%pp", "+20%%", "abc", "+1.2.3", "2 pp pp", "+5万%"} {
		_, err := ParseTargetChange(in, NumberFormat{})
		if !errors.Is(err, ErrNumber) || app.ErrorMessage(err) != MsgTarget || app.ErrorArgs(err)["Example"] != "1,234.5" {
			t.Errorf("ParseTargetChange(%q) error = %v; want ErrNumber with the target message", in, err)
		}
	}
}

func TestTargetInputResolve(t *testing.T) {
	tests := []struct {
		name     string
		in       TargetInput
		baseline *float64
		unit     app.Unit
		want     float64
		wantMsg  string
	}{
		{"absolute", TargetInput{Mode: TargetAbsolute, Number: 6e7}, nil, app.UnitCurrency, 6e7, ""},
		{"absolute percent goal", TargetInput{Mode: TargetAbsolute, Number: 15, Percent: true}, nil, app.UnitPercent, 15, ""},
		{"unsigned % on sales", TargetInput{Mode: TargetAbsolute, Number: 20, Percent: true}, testkit.Ptr(5e7), app.UnitCurrency, 0, MsgPercentNeedsSign},
		{"+20% of 50M", TargetInput{Mode: TargetChangePercent, Number: 20}, testkit.Ptr(5e7), app.UnitCurrency, 6e7, ""},
		{"-10% of 200", TargetInput{Mode: TargetChangePercent, Number: -10}, testkit.Ptr(200), app.UnitCount, 180, ""},
		{"+20% of a loss", TargetInput{Mode: TargetChangePercent, Number: 20}, testkit.Ptr(-100), app.UnitCurrency, -80, ""},
		{"+20% of market share", TargetInput{Mode: TargetChangePercent, Number: 20}, testkit.Ptr(10), app.UnitPercent, 12, ""},
		{"+20% without baseline", TargetInput{Mode: TargetChangePercent, Number: 20}, nil, app.UnitCurrency, 0, MsgChangeNeedsBase},
		{"+20% of zero", TargetInput{Mode: TargetChangePercent, Number: 20}, testkit.Ptr(0), app.UnitCount, 0, MsgChangeFromZero},
		{"+2 pp", TargetInput{Mode: TargetChangePP, Number: 2}, testkit.Ptr(8), app.UnitPercent, 10, ""},
		{"+2 pp on sales", TargetInput{Mode: TargetChangePP, Number: 2}, testkit.Ptr(8), app.UnitCurrency, 0, MsgPointsNeedPercent},
		{"+2 pp without baseline", TargetInput{Mode: TargetChangePP, Number: 2}, nil, app.UnitPercent, 0, MsgChangeNeedsBase},
		{"+1,000", TargetInput{Mode: TargetChangeAbs, Number: 1000}, testkit.Ptr(5000), app.UnitCount, 6000, ""},
		{"-500 change", TargetInput{Mode: TargetChangeAbs, Number: -500}, testkit.Ptr(5000), app.UnitCurrency, 4500, ""},
		{"a loss without baseline", TargetInput{Mode: TargetAbsolute, Number: -1.2e6}, nil, app.UnitCurrency, -1.2e6, ""},
		{"a loss beside a loss", TargetInput{Mode: TargetAbsolute, Number: -1.2e6}, testkit.Ptr(-2e6), app.UnitCurrency, -1.2e6, ""},
		{"overflow", TargetInput{Mode: TargetChangeAbs, Number: 1.7e308}, testkit.Ptr(1.7e308), app.UnitCount, 0, MsgTargetOutOfRange},
	}
	for _, tt := range tests {
		got, err := tt.in.Resolve(tt.baseline, tt.unit)
		if tt.wantMsg != "" {
			if !errors.Is(err, ErrTarget) || app.ErrorMessage(err) != tt.wantMsg {
				t.Errorf("%s: Resolve = %v, %v; want error %q", tt.name, got, err, tt.wantMsg)
			}
			continue
		}
		if err != nil || !testkit.Near(got, tt.want) {
			t.Errorf("%s: Resolve = %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
}

func TestDescribeTarget(t *testing.T) {
	tests := []struct {
		name     string
		baseline *float64
		target   float64
		unit     app.Unit
		want     TargetChange
	}{
		{"sales +20%", testkit.Ptr(5e7), 6e7, app.UnitCurrency, TargetChange{Pct: 20, PctOK: true, Abs: 1e7, AbsOK: true}},
		{"FAQ 1M to 5M", testkit.Ptr(1e6), 5e6, app.UnitCurrency, TargetChange{Pct: 400, PctOK: true, Abs: 4e6, AbsOK: true}},
		{"costs -10%", testkit.Ptr(200), 180, app.UnitCurrency, TargetChange{Pct: -10, PctOK: true, Abs: -20, AbsOK: true}},
		{"share 10% to 15%", testkit.Ptr(10), 15, app.UnitPercent, TargetChange{Pct: 50, PctOK: true, PP: 5, PPOK: true, Abs: 5, AbsOK: true}},
		{"loss halved", testkit.Ptr(-100), -50, app.UnitCurrency, TargetChange{Pct: 50, PctOK: true, Abs: 50, AbsOK: true}},
		{"from zero", testkit.Ptr(0), 50, app.UnitCount, TargetChange{Abs: 50, AbsOK: true}},
		{"no baseline", nil, 50, app.UnitCount, TargetChange{}},
	}
	for _, tt := range tests {
		got := DescribeTarget(tt.baseline, tt.target, tt.unit)
		if !testkit.Near(got.Pct, tt.want.Pct) || !testkit.Near(got.PP, tt.want.PP) || !testkit.Near(got.Abs, tt.want.Abs) ||
			got.PctOK != tt.want.PctOK || got.PPOK != tt.want.PPOK || got.AbsOK != tt.want.AbsOK {
			t.Errorf("%s: DescribeTarget = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestTargetRoundTrip is the wizard keeping both forms in step: the change
// typed resolves to a target that describes back as the same change.
func TestTargetRoundTrip(t *testing.T) {
	tests := []struct {
		typed    string
		baseline float64
		unit     app.Unit
		decimals int
		target   float64
		pct      float64
	}{
		{"+20%", 5e7, app.UnitCurrency, 0, 6e7, 20},
		{"+20%", 1234, app.UnitCount, 0, 1481, 20.016207455429496},
		{"+2 pp", 10, app.UnitPercent, 1, 12, 20},
		{"-15%", 3e5, app.UnitCurrency, 2, 255000, -15},
	}
	for _, tt := range tests {
		in, err := ParseTargetChange(tt.typed, NumberFormat{})
		if err != nil {
			t.Fatalf("ParseTargetChange(%q): %v", tt.typed, err)
		}
		target, err := in.Resolve(&tt.baseline, tt.unit)
		target = app.RoundValue(target, tt.decimals)
		if err != nil || target != tt.target {
			t.Errorf("%q on %v resolves to %v, %v; want %v", tt.typed, tt.baseline, target, err, tt.target)
		}
		if c := DescribeTarget(&tt.baseline, target, tt.unit); !c.PctOK || !testkit.Near(c.Pct, tt.pct) {
			t.Errorf("%q on %v describes as %+v; want Pct %v", tt.typed, tt.baseline, c, tt.pct)
		}
	}
}
