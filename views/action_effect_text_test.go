package views

import (
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// TestEffectTextWithoutCheckInSince words an action's effect when no
// check-in came in since its start: too early while the start's period is
// running or within its grace; the periods since not checked in once it
// is past; the goal's end when the goal ended before the action started.
// Each read "Too early to tell", years after the fact.
func TestEffectTextWithoutCheckInSince(t *testing.T) {
	useLanguage(t, "en")
	g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCount, Cadence: app.CadenceQuarter,
		Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	tooEarly := app.EffectResult{Verdict: app.EffectTooEarly}
	start := app.NewDate(2023, time.April, 15)
	for _, tc := range []struct {
		start, today app.Date
		want         string
	}{
		{start, app.NewDate(2023, time.May, 1), "Too early to tell"},
		{start, app.NewDate(2023, time.July, 10), "Too early to tell"}, // Q2's check-in within its grace
		{start, app.NewDate(2026, time.December, 6), "No check-in since the action started: 2023-Q2 and the periods after it"},
		{app.NewDate(2024, time.March, 1), app.NewDate(2026, time.December, 6), "The goal ended on 2023-12-31, before the action started"},
	} {
		got := effectTextAt(app.Calendar{}, g, tooEarly, tc.start, tc.today)
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("start %v, today %v: %q, want it to begin %q", tc.start, tc.today, got, tc.want)
		}
	}
	improved := app.EffectResult{Verdict: app.EffectImproved, N: 1, BeforeAvg: 10, AfterAvg: 12, Change: 2}
	if got, want := effectTextAt(app.Calendar{}, g, improved, start, app.NewDate(2026, time.December, 6)), effectText(g, improved); got != want {
		t.Errorf("an effect with check-ins since reads %q, want %q", got, want)
	}
}
