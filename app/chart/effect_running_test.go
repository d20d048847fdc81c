package chart

import (
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// A month that has not ended is left out of the comparison; its bar shows
// its figure so far, hollow, so the chart does not show a fall the text
// says it left out. It was drawn solid, a third of March's, beside a text
// saying July was left out.
func TestEffectChartDrawsARunningPeriodHollow(t *testing.T) {
	useTestFont(t)
	g := testkit.EffectGoal(app.KindIncrease, app.AggFlow, app.CadenceMonth, 12_000_000, 0)
	values := testkit.Vals("2023-01", 820_000, "2023-02", 760_000, "2023-03", 880_000, "2023-04", 930_000,
		"2023-05", 1_040_000, "2023-06", 1_120_000, "2023-07", 310_000)
	for _, tt := range []struct {
		asOf   app.Date
		hollow bool
	}{{app.NewDate(2023, 7, 10), true}, {app.NewDate(2023, 8, 10), false}} {
		in := EffectInputFrom(app.Calendar{}, g, testkit.MonthlyPlan(1e6), values, app.NewDate(2023, 4, 15), tt.asOf)
		if got := in.Effect.Running != ""; got != tt.hollow {
			t.Fatalf("seen %v: running %q", tt.asOf, in.Effect.Running)
		}
		b, err := EffectChart(in, testSize(1280, 720, 1), FormatSVG)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(strings.ToLower(string(b)), "245,214,191"); got != tt.hollow {
			t.Errorf("seen %v: a hollow bar drawn = %v, want %v", tt.asOf, got, tt.hollow)
		}
		saveChart(t, "effect-running-"+tt.asOf.String()+".png", mustPNG(t, in))
	}
}

func mustPNG(t *testing.T, in EffectInput) []byte {
	t.Helper()
	b, err := EffectChart(in, testSize(1280, 720, 1), FormatPNG)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
