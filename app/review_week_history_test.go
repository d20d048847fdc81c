package app_test

import (
	"testing"
	"time"

	"pacer/app"
)

// weekHistory is a year of history by week, the weeks whose last day lies
// in 2023, each at its own value, less the weeks ending on the days of
// skip: history imported by week.
func weekHistory(cal app.Calendar, skip ...app.Date) []app.HistoryValue {
	first, last := app.NewDate(2023, 1, 1).DayNumber(), app.NewDate(2023, 12, 31).DayNumber()
	var hs []app.HistoryValue
	for i, w := range cal.Periods(app.CadenceWeek, app.NewDate(2022, 12, 26), app.NewDate(2023, 12, 31)) {
		end := cal.LastDay(w)
		if end < first || end > last || skipped(end, skip) {
			continue
		}
		hs = append(hs, app.HistoryValue{GoalID: 1, PeriodKey: w.Key(), Value: float64(100 + 7*i)})
	}
	return hs
}

func skipped(day int, skip []app.Date) bool {
	for _, d := range skip {
		if d.DayNumber() == day {
			return true
		}
	}
	return false
}

// weeksWorth is what the weeks of hs ending from first to last day make
// of that span, counted as weeks of it: their sum over their number
// times weeks, as the goal wizard compares a period made of weeks (a month
// as its days / 7 weeks, a quarter as 13, a year as 52).
func weeksWorth(t *testing.T, cal app.Calendar, hs []app.HistoryValue, first, last app.Date, weeks float64) float64 {
	t.Helper()
	sum, n := 0.0, 0
	for _, h := range hs {
		p, err := app.ParsePeriodKey(h.PeriodKey)
		if err != nil || p.Cadence != app.CadenceWeek {
			continue
		}
		if end := cal.LastDay(p); end >= first.DayNumber() && end <= last.DayNumber() {
			sum += h.Value
			n++
		}
	}
	if n == 0 {
		t.Fatalf("no week ends from %s to %s", first, last)
	}
	return sum / float64(n) * weeks
}

// monthlySales2024 is a monthly flow goal for 2024, its check-ins at 1,200
// a month for the months of checkedIn.
func monthlySales2024(hs []app.HistoryValue, checkedIn ...int) app.Snapshot {
	cal := app.Calendar{}
	g := app.Goal{ID: 1, Title: "Sales", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Decimals: 2,
		Target: 14400, Start: app.NewDate(2024, 1, 1), End: app.NewDate(2024, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	var cs []app.CheckIn
	for _, m := range checkedIn {
		cs = append(cs, app.CheckIn{GoalID: 1, PeriodKey: app.Period{Cadence: app.CadenceMonth, Year: 2024, Index: m}.Key(), Value: 1200})
	}
	return app.Snapshot{Goals: []app.Goal{g}, Plans: map[int64][]app.PeriodTarget{1: app.SplitEven(cal, g, app.CadenceMonth)},
		CheckIns: map[int64][]app.CheckIn{1: cs}, History: map[int64][]app.HistoryValue{1: hs}}
}

// onlyRowOf is the row of the only goal of snap for the period key.
func onlyRowOf(t *testing.T, snap app.Snapshot, key string, asOf app.Date) app.ReviewRow {
	t.Helper()
	p, err := app.ParsePeriodKey(key)
	if err != nil {
		t.Fatal(err)
	}
	rows := app.ReviewRows(app.Calendar{}, snap, p, asOf, app.DefaultThresholds)
	if len(rows) != 1 {
		t.Fatalf("%s: %d rows", key, len(rows))
	}
	return rows[0]
}

// TestYearEarlierFromWeeklyHistory reviews a monthly goal for 2024 whose
// 2023 was recorded by week: its months, quarters and year compare with
// a year earlier made of the weeks ending in each, as the goal wizard's
// SMART check counts them (a month as its days / 7 weeks' worth, a
// quarter as 13, a year as 52: AnalyzeHistory's 2023), and January with
// December 2023 so; a month typed wins over its weeks. Before, the
// review's "a year earlier" was blank on every row.
func TestYearEarlierFromWeeklyHistory(t *testing.T) {
	cal := app.Calendar{}
	hs := append(weekHistory(cal), app.HistoryValue{GoalID: 1, PeriodKey: "2023-06", Value: 999})
	snap := monthlySales2024(hs, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	asOf := app.NewDate(2025, 3, 1)
	check := func(key string, got float64, ok bool, want float64) {
		t.Helper()
		if !ok || !app.Near(got, want) {
			t.Errorf("%s: a year earlier %v (shown: %v), want %v", key, got, ok, want)
		}
	}
	for m := 1; m <= 12; m++ {
		p := app.Period{Cadence: app.CadenceMonth, Year: 2024, Index: m}
		first := app.NewDate(2023, time.Month(m), 1)
		last := app.Date{Time: first.AddDate(0, 1, -1)}
		want := weeksWorth(t, cal, hs, first, last, float64(last.Day())/7)
		if m == 6 {
			want = 999
		}
		r := onlyRowOf(t, snap, p.Key(), asOf)
		check(p.Key(), r.LastYear, r.HasLastYear, want)
	}
	jan := onlyRowOf(t, snap, "2024-01", asOf)
	december := weeksWorth(t, cal, hs, app.NewDate(2023, 12, 1), app.NewDate(2023, 12, 31), 31.0/7)
	if !jan.HasPrevious || !app.Near(jan.Previous, december) {
		t.Errorf("2024-01: the month before %v (shown: %v), want December 2023's weeks, %v", jan.Previous, jan.HasPrevious, december)
	}
	for q := 1; q <= 4; q++ {
		p := app.Period{Cadence: app.CadenceQuarter, Year: 2024, Index: q}
		first := app.NewDate(2023, time.Month(3*q-2), 1)
		r := onlyRowOf(t, snap, p.Key(), asOf)
		check(p.Key(), r.LastYear, r.HasLastYear, weeksWorth(t, cal, hs, first, app.Date{Time: first.AddDate(0, 3, -1)}, 13))
	}
	g := snap.Goals[0]
	years := app.AnalyzeHistory(cal, g, app.ValuesFromHistory(hs)).Years
	if len(years) != 1 || years[0].Year != 2023 {
		t.Fatalf("the wizard reads the years %+v of the history, want 2023", years)
	}
	r := onlyRowOf(t, snap, "2024", asOf)
	check("2024 (the wizard's 2023)", r.LastYear, r.HasLastYear, years[0].Value)
	check("2024", r.LastYear, r.HasLastYear, weeksWorth(t, cal, hs, app.NewDate(2023, 1, 1), app.NewDate(2023, 12, 31), 52))
}

// TestYearEarlierFromWeeksOfThePartReported reviews a quarter of the
// monthly goal under way, January checked in: it compares with January
// 2023, made of its five weeks, as 31 days' worth.
func TestYearEarlierFromWeeksOfThePartReported(t *testing.T) {
	cal := app.Calendar{}
	hs := weekHistory(cal)
	r := onlyRowOf(t, monthlySales2024(hs, 1), "2024-Q1", app.NewDate(2024, 2, 10))
	want := weeksWorth(t, cal, hs, app.NewDate(2023, 1, 1), app.NewDate(2023, 1, 31), 31.0/7)
	if r.Reported != 1 || !r.HasLastYear || !app.Near(r.LastYear, want) {
		t.Errorf("Q1 with January reported (%d of %d): a year earlier %v (shown: %v), want January 2023's weeks, %v",
			r.Reported, r.Periods, r.LastYear, r.HasLastYear, want)
	}
}

// TestYearEarlierNeedsEveryWeek reviews the monthly goal with the week
// ending on 12 February 2023 not recorded: February, the first quarter and
// the year have no value a year earlier, as the wizard counts no period
// with a week missing; January and March keep theirs.
func TestYearEarlierNeedsEveryWeek(t *testing.T) {
	cal := app.Calendar{}
	hs := weekHistory(cal, app.NewDate(2023, 2, 12))
	snap := monthlySales2024(hs, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	asOf := app.NewDate(2025, 3, 1)
	for _, key := range []string{"2024-02", "2024-Q1", "2024"} {
		if r := onlyRowOf(t, snap, key, asOf); r.HasLastYear {
			t.Errorf("%s: a year earlier %v, though a week of it is not recorded", key, r.LastYear)
		}
	}
	for _, key := range []string{"2024-01", "2024-03"} {
		if r := onlyRowOf(t, snap, key, asOf); !r.HasLastYear {
			t.Errorf("%s: no value a year earlier, though every week of it is recorded", key)
		}
	}
}
