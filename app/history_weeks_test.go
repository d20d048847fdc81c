package app_test

import (
	"maps"
	"slices"
	"testing"
	"time"

	"pacer/app"
	. "pacer/app/internal/testkit"
)

// weeksEnding are the ISO weeks whose last day lies in the fiscal years
// first to last of cal, oldest first.
func weeksEnding(cal app.Calendar, first, last int) []app.Period {
	from := cal.Start(app.Period{Cadence: app.CadenceYear, Year: first, Index: 1})
	to := cal.End(app.Period{Cadence: app.CadenceYear, Year: last, Index: 1})
	var out []app.Period
	for _, w := range cal.Periods(app.CadenceWeek, from, to) {
		if end := cal.End(w).DayNumber(); end >= from.DayNumber() && end <= to.DayNumber() {
			out = append(out, w)
		}
	}
	return out
}

// weeklyAndMonthly is history by week of the fiscal years first to last,
// each week's value given by value, and the same figures by month: each
// month the sum (flow) or last value (level) of the weeks ending in it.
// Whole numbers keep the monthly sums exact.
func weeklyAndMonthly(cal app.Calendar, first, last int, agg app.Aggregation, value func(w app.Period, i int) float64) (weekly, monthly []app.PeriodValue) {
	byMonth := map[string]float64{}
	for i, w := range weeksEnding(cal, first, last) {
		v := value(w, i)
		weekly = append(weekly, app.PeriodValue{PeriodKey: w.Key(), Value: v})
		m := cal.PeriodOf(app.CadenceMonth, cal.End(w)).Key()
		if agg == app.AggFlow {
			v += byMonth[m]
		}
		byMonth[m] = v
	}
	for _, k := range slices.Sorted(maps.Keys(byMonth)) {
		monthly = append(monthly, app.PeriodValue{PeriodKey: k, Value: byMonth[k]})
	}
	return weekly, monthly
}

// sameYears fails t unless weekly and monthly history read the same full
// years, growth and best year, and the years are want.
func sameYears(t *testing.T, name string, weekly, monthly app.GrowthHistory, want []int) {
	t.Helper()
	var years []int
	for _, y := range weekly.Years {
		years = append(years, y.Year)
	}
	if !slices.Equal(years, want) {
		t.Errorf("%s: weekly history gives years %v, want %v", name, years, want)
	}
	if len(weekly.Years) != len(monthly.Years) {
		t.Fatalf("%s: weekly years %+v, monthly %+v", name, weekly.Years, monthly.Years)
	}
	for i, w := range weekly.Years {
		m := monthly.Years[i]
		if w.Year != m.Year || !Near(w.Value, m.Value) || w.GrowthOK != m.GrowthOK || !Near(w.Growth, m.Growth) {
			t.Errorf("%s: weekly year %+v, monthly %+v", name, w, m)
		}
	}
	if weekly.BestOK != monthly.BestOK || weekly.BestYear != monthly.BestYear || !Near(weekly.Best, monthly.Best) ||
		weekly.LatestOK != monthly.LatestOK || !Near(weekly.Latest, monthly.Latest) {
		t.Errorf("%s: weekly best %v in %d (%v), latest %v; monthly best %v in %d (%v), latest %v", name,
			weekly.Best, weekly.BestYear, weekly.BestOK, weekly.Latest, monthly.Best, monthly.BestYear, monthly.BestOK, monthly.Latest)
	}
}

// TestWeeklyHistoryReadsAsMonthly checks that three years of weekly
// history read the same years, growth and best year as the same figures
// entered by month, for a flow and a level, in a calendar and an April
// fiscal year. Weeks were ignored: the business that imported its weekly
// sales had "no history".
func TestWeeklyHistoryReadsAsMonthly(t *testing.T) {
	april := app.Calendar{FiscalStart: time.April}
	sales := func(w app.Period, _ int) float64 { return float64(1000*(w.Year-2018) + 10*w.Index) }
	share := func(_ app.Period, i int) float64 { return float64(500 + 3*i) }
	tests := []struct {
		name  string
		cal   app.Calendar
		agg   app.Aggregation
		start string
		first int
		value func(app.Period, int) float64
	}{
		{"flow, calendar years", app.Calendar{}, app.AggFlow, "2023-01-01", 2020, sales},
		{"level, calendar years", app.Calendar{}, app.AggLevel, "2023-01-01", 2020, share},
		{"flow, fiscal years from April", april, app.AggFlow, "2023-04-01", 2020, sales},
		{"level, fiscal years from April", april, app.AggLevel, "2023-04-01", 2020, share},
	}
	for _, tt := range tests {
		g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: tt.agg, Start: Day(t, tt.start)}
		weekly, monthly := weeklyAndMonthly(tt.cal, tt.first, tt.first+2, tt.agg, tt.value)
		hw, hm := app.AnalyzeHistory(tt.cal, g, weekly), app.AnalyzeHistory(tt.cal, g, monthly)
		if !hw.BestOK {
			t.Errorf("%s: weekly history shows no best year: %+v", tt.name, hw)
		}
		sameYears(t, tt.name, hw, hm, []int{tt.first, tt.first + 1, tt.first + 2})
		if hw.Scaled != nil {
			t.Errorf("%s: years of 52 weeks scaled: %v", tt.name, hw.Scaled)
		}
	}
}

// TestWeeklyHistoryIncompleteYear checks that a year with one week not
// recorded is no full year, nor is the week's quarter: the last week of
// 2021, ending on 2 January 2022, counts for 2022.
func TestWeeklyHistoryIncompleteYear(t *testing.T) {
	cal := app.Calendar{}
	g := app.Goal{Kind: app.KindIncrease, Aggregation: app.AggFlow, Start: Day(t, "2023-01-01")}
	weekly, _ := weeklyAndMonthly(cal, 2020, 2022, app.AggFlow, func(app.Period, int) float64 { return 100 })
	var missing []app.PeriodValue
	for _, v := range weekly {
		if v.PeriodKey != "2021-W52" {
			missing = append(missing, v)
		}
	}
	h := app.AnalyzeHistory(cal, g, missing)
	var years []int
	for _, y := range h.Years {
		years = append(years, y.Year)
	}
	if !slices.Equal(years, []int{2020, 2021}) || h.TrendOK {
		t.Errorf("years %v, trend %v; want 2020 and 2021 only (2021-W52 ends in 2022), and no trend across the gap", years, h.TrendOK)
	}
}

// TestWeeklyHistory53Weeks checks that a flow year in which 53 weeks end
// counts as 52 weeks' worth, so that a business selling the same each
// week shows no growth, and keeps its recorded sum to show; in the
// April fiscal year too, whose 2023 ends on Sunday 31 March 2024.
func TestWeeklyHistory53Weeks(t *testing.T) {
	for _, tt := range []struct {
		cal   app.Calendar
		start string
	}{
		{app.Calendar{}, "2024-01-01"}, // 2023 began on a Sunday
		{app.Calendar{FiscalStart: time.April}, "2024-04-01"},
	} {
		g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Start: Day(t, tt.start)}
		weekly, _ := weeklyAndMonthly(tt.cal, 2021, 2023, app.AggFlow, func(app.Period, int) float64 { return 100 })
		h := app.AnalyzeHistory(tt.cal, g, weekly)
		want := []app.YearValue{{Year: 2021, Value: 5200}, {Year: 2022, Value: 5200, GrowthOK: true}, {Year: 2023, Value: 5200, GrowthOK: true}}
		if !slices.Equal(h.Years, want) || h.Best != 0 || !h.TrendOK || !Near(h.Trend, 0) {
			t.Errorf("%v: years %+v, best %v, trend %v; want 5,200 every year and no growth", tt.cal, h.Years, h.Best, h.Trend)
		}
		if !maps.Equal(h.Scaled, map[int]float64{2023: 5300}) {
			t.Errorf("%v: scaled years %v, want 2023 recorded at 5,300", tt.cal, h.Scaled)
		}
	}
}

// TestWeeks53Said checks that the SMART check says a year of 53 weeks was
// counted as 52 weeks' worth, with both figures, beside the growth it asks
// on that year: without it the reference read 5,200 where the owner's
// books say 5,300.
func TestWeeks53Said(t *testing.T) {
	cal := app.Calendar{}
	weekly, _ := weeklyAndMonthly(cal, 2021, 2023, app.AggFlow, func(app.Period, int) float64 { return 100 })
	g := app.Goal{Title: "Sell more", Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow,
		Target: 5460, Start: Day(t, "2024-01-01"), End: Day(t, "2024-12-31"), Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth}
	var said, needed bool
	for _, l := range app.CheckSMART(app.SMARTInput{Goal: g, History: weekly, Calendar: cal}).Letters {
		for _, f := range l.Findings {
			said = said || l.Letter == "A" && f.Args["Year"] == "2023" && f.Args["Recorded"] == "5,300" && f.Args["Counted"] == "5,200"
			needed = needed || l.Letter == "A" && f.Args["Needed"] == "+5.0%" && f.Args["Reference"] == "5,200"
		}
	}
	if !said || !needed {
		t.Errorf("53 weeks of 2023 said: %v; +5.0%% asked on 5,200: %v", said, needed)
	}
}

// TestMonthsWinOverWeeks checks that a year recorded by month is taken
// from its months, not from the weeks ending in it, which hold a day or
// two of the year before or after: weeks only fill the years months,
// quarters, halves and years do not cover.
func TestMonthsWinOverWeeks(t *testing.T) {
	cal := app.Calendar{}
	g := app.Goal{Kind: app.KindIncrease, Aggregation: app.AggFlow, Start: Day(t, "2023-01-01")}
	weekly, _ := weeklyAndMonthly(cal, 2020, 2022, app.AggFlow, func(app.Period, int) float64 { return 100 })
	months := Vals("2022-01", 500, "2022-02", 500, "2022-03", 500, "2022-04", 500, "2022-05", 500, "2022-06", 500,
		"2022-07", 500, "2022-08", 500, "2022-09", 500, "2022-10", 500, "2022-11", 500, "2022-12", 500)
	h := app.AnalyzeHistory(cal, g, append(weekly, months...))
	want := []app.YearValue{{Year: 2020, Value: 5200}, {Year: 2021, Value: 5200, GrowthOK: true}, {Year: 2022, Value: 6000, Growth: 100.0 * 800 / 5200, GrowthOK: true}}
	if len(h.Years) != 3 || h.Years[0] != want[0] || h.Years[1] != want[1] || h.Years[2].Value != 6000 || !Near(h.Years[2].Growth, want[2].Growth) {
		t.Errorf("years %+v, want %+v", h.Years, want)
	}
}

// TestWeeklyHistorySeasons checks that seasons read from weekly history
// follow the calendar: selling the same each week, each month's share of
// the year is its days' (January 31/365, February 28/365), whether four
// or five weeks end in it; taken as the weeks were, a month of five
// Sundays read as a busy one and the plan spread by season asked a
// quarter more of it.
func TestWeeklyHistorySeasons(t *testing.T) {
	cal := app.Calendar{}
	g := app.Goal{Kind: app.KindIncrease, Aggregation: app.AggFlow, Start: Day(t, "2024-01-01")}
	weekly, _ := weeklyAndMonthly(cal, 2021, 2023, app.AggFlow, func(app.Period, int) float64 { return 100 })
	h := app.AnalyzeHistory(cal, g, weekly)
	days := []float64{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if h.SharesCadence != app.CadenceMonth || len(h.Shares) != 12 {
		t.Fatalf("shares by %q: %v; want by month", h.SharesCadence, h.Shares)
	}
	for i, s := range h.Shares {
		if !Near(s, days[i]/365) {
			t.Errorf("month %d's share is %v, want %v", i+1, s, days[i]/365)
		}
	}
}
