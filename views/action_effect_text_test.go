package views

import (
	"slices"
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

// TestEffectTextNamesThePeriodNotEnded says which period was left out of
// an action's effect because it has not ended, rather than that no
// check-in came in since the start: April had one, of ten days.
func TestEffectTextNamesThePeriodNotEnded(t *testing.T) {
	useLanguage(t, "en")
	g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Cadence: app.CadenceMonth,
		Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	start, today := app.NewDate(2023, time.April, 1), app.NewDate(2023, time.April, 10)
	r := app.Effect(app.Calendar{}, g, nil, []app.PeriodValue{{PeriodKey: "2023-03", Value: 100}, {PeriodKey: "2023-04", Value: 30}}, start, today)
	got := effectTextAt(app.Calendar{}, g, r, start, today)
	if want := "Too early to tell: " + periodName(app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: 4}) + " has not ended"; !strings.HasPrefix(got, want) {
		t.Errorf("ten days of April since the start: %q, want it to begin %q", got, want)
	}
	r = app.Effect(app.Calendar{}, g, nil, []app.PeriodValue{{PeriodKey: "2023-03", Value: 100}, {PeriodKey: "2023-04", Value: 110}, {PeriodKey: "2023-05", Value: 20}}, start, app.NewDate(2023, time.May, 6))
	got = effectTextAt(app.Calendar{}, g, r, start, app.NewDate(2023, time.May, 6))
	if !strings.Contains(got, "moved the right way") || !strings.Contains(got, " is left out: it has not ended") {
		t.Errorf("April since the start and May running: %q, want April's rise, May left out", got)
	}
}

// TestEffectChartNamesThePeriodNotEnded: the chart's bar of the period the
// text leaves out is labelled as the figures so far, in English and
// Chinese; it read as a whole May beside the text saying May was left out.
func TestEffectChartNamesThePeriodNotEnded(t *testing.T) {
	g := app.Goal{Title: "Shop sales 2023", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Cadence: app.CadenceMonth,
		Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	values := []app.PeriodValue{{PeriodKey: "2023-03", Value: 100}, {PeriodKey: "2023-04", Value: 110}, {PeriodKey: "2023-05", Value: 20}}
	may := app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: 5}
	t.Cleanup(func() { useLanguage(t, "en") })
	for _, c := range []struct{ lang, suffix string }{{"en", " so far"}, {"zh", "（至今）"}} {
		lang, suffix := c.lang, c.suffix
		useLanguage(t, lang)
		in := effectChartInput(app.Calendar{}, g, nil, values, app.NewDate(2023, time.April, 1), app.NewDate(2023, time.May, 6))
		if i := slices.Index(in.Keys, "2023-05"); i < 0 || in.Periods[i] != periodName(may)+suffix {
			t.Errorf("%s: labels %q, want May's to read %q", lang, in.Periods, periodName(may)+suffix)
		}
		if i := slices.Index(in.Keys, "2023-04"); in.Periods[i] != periodName(app.Period{Cadence: app.CadenceMonth, Year: 2023, Index: 4}) {
			t.Errorf("%s: April, ended, reads %q", lang, in.Periods[i])
		}
	}
}

// TestEffectChartFileName: the effect chart is exported and copied under
// the goal's short name, the chart and the action's start, as the other
// charts are; it took the whole title, cut at 80 characters with its
// colon made a dash, and a long Chinese title lost the chart's name.
func TestEffectChartFileName(t *testing.T) {
	useLanguage(t, "en")
	g := app.Goal{Title: "In 2023, raise North-America sales by 20%, every quarter at least +5% year on year"}
	if got, want := effectFileName(g, app.NewDate(2023, time.April, 15)), "Raise North-America sales by 20% – before and after the action – 2023-04-15"; got != want {
		t.Errorf("file name %q, want %q", got, want)
	}
}

// TestEffectTextNamesAPartlyCoveredPeriod: the period a goal's dates
// cover in part is left out of an action's effect and named, whether the
// rest compares (July between June and August) or leaves nothing on a
// side (July the only period before the start).
func TestEffectTextNamesAPartlyCoveredPeriod(t *testing.T) {
	useLanguage(t, "en")
	cal := app.Calendar{}
	g := app.Goal{ID: 1, Title: "Orders", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 1100,
		Start: app.NewDate(2026, time.July, 16), End: app.NewDate(2026, time.December, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	plan := app.SplitEven(cal, g, app.CadenceMonth)
	july := []app.PeriodValue{{PeriodKey: "2026-07", Value: 110}, {PeriodKey: "2026-08", Value: 215}}
	history := []app.PeriodValue{{PeriodKey: "2026-05", Value: 200}, {PeriodKey: "2026-06", Value: 200}}
	left := "Jul 2026 is left out: the goal's dates cover only part of it"
	for _, tc := range []struct {
		values      []app.PeriodValue
		start, seen app.Date
		want        []string
	}{
		{append(history, july...), app.NewDate(2026, time.July, 16), app.NewDate(2026, time.September, 20),
			[]string{"The period before the start: 200; the period since: 215 (+15)", "moved the right way", left}},
		{july, app.NewDate(2026, time.August, 1), app.NewDate(2026, time.September, 20),
			[]string{"Nothing to compare with: no whole period before the action started has a check-in. " + left}},
	} {
		got := effectTextAt(cal, g, app.Effect(cal, g, plan, tc.values, tc.start, tc.seen), tc.start, tc.seen)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("started %v: %q, want %q in it", tc.start, got, w)
			}
		}
	}
}
