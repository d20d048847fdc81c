package app

import (
	"reflect"
	"slices"
	"strconv"
	"testing"
)

// salesHistory is three years of quarterly sales before 2023: 34M, 40M
// (+17.6 %) and 50M (+25 %).
func salesHistory() []PeriodValue {
	return Vals(
		"2020-Q1", 8e6, "2020-Q2", 8e6, "2020-Q3", 9e6, "2020-Q4", 9e6,
		"2021-Q1", 9e6, "2021-Q2", 10e6, "2021-Q3", 10e6, "2021-Q4", 11e6,
		"2022-Q1", 11e6, "2022-Q2", 12e6, "2022-Q3", 13e6, "2022-Q4", 14e6,
	)
}

func wizardGoal(t testing.TB) Goal {
	return Goal{
		Title: "In 2023 raise North-America sales by 20%, every quarter at least +5%",
		Kind:  KindIncrease, Unit: UnitCurrency, UnitLabel: "CNY",
		Aggregation: AggFlow, Perspective: PerspectiveFinancial,
		Owner: "Li Wei", Rationale: "North America is our largest market and grew 25% last year.",
		Baseline: Ptr(5e7), Target: 6e7,
		Start: Day(t, "2023-01-01"), End: Day(t, "2023-12-31"),
		Cadence: CadenceQuarter, PlanBy: CadenceQuarter,
	}
}

// monthly spreads each value evenly over the months of its quarter.
func Monthly(year int, quarters ...float64) []PeriodValue {
	var vs []PeriodValue
	for q, v := range quarters {
		for m := range 3 {
			vs = append(vs, PeriodValue{Period{CadenceMonth, year, 3*q + m + 1}.Key(), v / 3})
		}
	}
	return vs
}

func TestAnalyzeHistory(t *testing.T) {
	share := func(i int) float64 {
		ys := [][]float64{{8, 8, 9, 9}, {9, 10, 10, 11}, {11, 12, 13, 14}}
		s := 0.0
		for _, y := range ys {
			s += y[i] / (y[0] + y[1] + y[2] + y[3])
		}
		return s / 3
	}
	sales := wizardGoal(t)
	share8to10 := Goal{Kind: KindIncrease, Unit: UnitPercent, Aggregation: AggLevel, Start: Day(t, "2023-01-01")}
	costs := Goal{Kind: KindDecrease, Unit: UnitCurrency, Aggregation: AggFlow, Start: Day(t, "2023-01-01")}
	tests := []struct {
		name    string
		cal     Calendar
		g       Goal
		history []PeriodValue
		want    GrowthHistory
	}{
		{"quarterly sales", Calendar{}, sales, salesHistory(), GrowthHistory{
			Years: []YearValue{{2020, 34e6, 0, false}, {2021, 40e6, 100.0 / 6.8 * 1.2, true}, {2022, 50e6, 25, true}},
			Best:  25, BestYear: 2022, BestOK: true, Latest: 25, LatestOK: true, Trend: 25, TrendOK: true,
			Shares: []float64{share(0), share(1), share(2), share(3)}, SharesCadence: CadenceQuarter,
		}},
		{"values from the goal's start on are not history", Calendar{}, sales,
			append(salesHistory(), Vals("2023-Q1", 99e6, "2023-01", 5e6)...), GrowthHistory{
				Years: []YearValue{{2020, 34e6, 0, false}, {2021, 40e6, 100.0 / 6.8 * 1.2, true}, {2022, 50e6, 25, true}},
				Best:  25, BestYear: 2022, BestOK: true, Latest: 25, LatestOK: true, Trend: 25, TrendOK: true,
				Shares: []float64{share(0), share(1), share(2), share(3)}, SharesCadence: CadenceQuarter,
			}},
		{"a year with a missing quarter is not full", Calendar{}, sales,
			Vals("2020-Q1", 1, "2020-Q2", 1, "2020-Q3", 1, "2020-Q4", 1, "2021-Q1", 2, "2021-Q2", 2, "2021-Q4", 2,
				"2022-Q1", 3, "2022-Q2", 3, "2022-Q3", 3, "2022-Q4", 3), GrowthHistory{
				Years:  []YearValue{{2020, 4, 0, false}, {2022, 12, 0, false}},
				Shares: []float64{0.25, 0.25, 0.25, 0.25}, SharesCadence: CadenceQuarter,
			}},
		{"months make quarters and years; the fiscal year starts in April", April,
			Goal{Kind: KindIncrease, Aggregation: AggFlow, Start: Day(t, "2023-04-01")},
			append(Monthly(2021, 0, 30, 30, 30), append(Monthly(2022, 40, 30, 30, 30), Monthly(2023, 50, 0, 0, 0)...)...),
			GrowthHistory{
				// FY2021 is April 2021 to March 2022: 90 + 40; FY2022: 90 + 50.
				Years: []YearValue{{2021, 130, 0, false}, {2022, 140, 100.0 / 13, true}},
				Best:  100.0 / 13, BestYear: 2022, BestOK: true, Latest: 100.0 / 13, LatestOK: true,
				Trend: 100.0 / 13, TrendOK: true,
				// Fiscal months: April to December 10 a month, then a third of Q1.
				Shares: monthShares((10.0/130+10.0/140)/2, (10.0/130+10.0/140)/2, (10.0/130+10.0/140)/2,
					(40.0/3/130+50.0/3/140)/2), SharesCadence: CadenceMonth,
			}},
		{"market share grows in points", Calendar{}, share8to10,
			Vals("2020-Q1", 5, "2020-Q2", 5.5, "2020-Q3", 6, "2020-Q4", 6,
				"2021-Q1", 6.5, "2021-Q2", 7, "2021-Q3", 7, "2021-Q4", 8,
				"2022-Q1", 8, "2022-Q2", 8, "2022-Q3", 8.5, "2022-Q4", 8.5), GrowthHistory{
				PP:    true,
				Years: []YearValue{{2020, 6, 0, false}, {2021, 8, 2, true}, {2022, 8.5, 0.5, true}},
				Best:  2, BestYear: 2021, BestOK: true, Latest: 0.5, LatestOK: true, Trend: 0.5, TrendOK: true,
				// 2021 moved 6 → 8, 2022 moved 8 → 8.5.
				Shares: []float64{(0.25 + 0) / 2, (0.5 + 0) / 2, (0.5 + 1) / 2, 1}, SharesCadence: CadenceQuarter,
			}},
		{"decrease goals count the largest cut as best", Calendar{}, costs,
			Vals("2020", 100, "2021", 90, "2022", 95), GrowthHistory{
				Years: []YearValue{{2020, 100, 0, false}, {2021, 90, -10, true}, {2022, 95, 100.0 / 18, true}},
				Best:  -10, BestYear: 2021, BestOK: true, Latest: 100.0 / 18, LatestOK: true,
			}},
		{"annual and monthly history mix; months win", Calendar{}, sales,
			append(Vals("2020", 100, "2021", 110, "2022", 999), Monthly(2022, 30, 30, 30, 30)...), GrowthHistory{
				Years: []YearValue{{2020, 100, 0, false}, {2021, 110, 10, true}, {2022, 120, 100.0 / 11, true}},
				Best:  10, BestYear: 2021, BestOK: true, Latest: 100.0 / 11, LatestOK: true,
				Shares: monthShares(0.25/3, 0.25/3, 0.25/3, 0.25/3), SharesCadence: CadenceMonth,
			}},
		{"growth from zero is unknown", Calendar{}, sales, Vals("2021", 0, "2022", 10), GrowthHistory{
			Years: []YearValue{{2021, 0, 0, false}, {2022, 10, 0, false}},
		}},
		{"no history", Calendar{}, sales, nil, GrowthHistory{}},
		{"a week alone makes no period; bad keys are ignored", Calendar{}, sales, Vals("2022-W01", 5, "2022-Q5", 1, "nonsense", 3), GrowthHistory{}},
	}
	for _, tt := range tests {
		got := AnalyzeHistory(tt.cal, tt.g, tt.history)
		if !sameHistory(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

// monthShares repeats four per-month shares over the three months of each
// quarter.
func monthShares(q ...float64) []float64 {
	var s []float64
	for _, v := range q {
		s = append(s, v, v, v)
	}
	return s
}

// sameHistory compares histories with floats rounded to 12 significant
// digits, ignoring Values (TestHistoryValues checks it).
func sameHistory(a, b GrowthHistory) bool {
	return reflect.DeepEqual(roundHistory(a), roundHistory(b))
}

func roundHistory(h GrowthHistory) GrowthHistory {
	r := func(v float64) float64 {
		f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
		return f
	}
	h.Values, h.Best, h.Latest, h.Trend, h.cal = 0, r(h.Best), r(h.Latest), r(h.Trend), Calendar{}
	h.Years, h.Shares = slices.Clone(h.Years), slices.Clone(h.Shares)
	for i := range h.Years {
		h.Years[i].Value, h.Years[i].Growth = r(h.Years[i].Value), r(h.Years[i].Growth)
	}
	for i := range h.Shares {
		h.Shares[i] = r(h.Shares[i])
	}
	return h
}

func TestTrendNeedsEightQuarters(t *testing.T) {
	g := Goal{Kind: KindIncrease, Aggregation: AggFlow, Start: Day(t, "2023-07-01")}
	// Mid-year: 2021-Q3 … 2023-Q2; no fiscal year is complete past 2022.
	h := AnalyzeHistory(Calendar{}, g, Vals("2021-Q3", 10, "2021-Q4", 10, "2022-Q1", 10, "2022-Q2", 10,
		"2022-Q3", 12, "2022-Q4", 12, "2023-Q1", 12, "2023-Q2", 14))
	if !h.TrendOK || !Near(h.Trend, 25) || h.BestOK {
		t.Errorf("trend = %v, %v (best ok %v); want +25 %% from the last eight quarters only", h.Trend, h.TrendOK, h.BestOK)
	}
	h = AnalyzeHistory(Calendar{}, g, Vals("2021-Q3", 10, "2021-Q4", 10, "2022-Q1", 10, "2022-Q2", 10,
		"2022-Q3", 12, "2023-Q1", 12, "2023-Q2", 14))
	if h.TrendOK {
		t.Errorf("trend with a gap = %v; want none", h.Trend)
	}
}

func TestRequiredGrowth(t *testing.T) {
	hist := AnalyzeHistory(Calendar{}, wizardGoal(t), salesHistory())
	share := Goal{Unit: UnitPercent, Aggregation: AggLevel, Baseline: Ptr(8), Target: 10}
	half := wizardGoal(t)
	half.Baseline, half.Target, half.End = nil, 30e6, Day(t, "2023-06-30")
	tests := []struct {
		name   string
		g      Goal
		h      GrowthHistory
		want   float64
		wantOK bool
	}{
		{"baseline wins", wizardGoal(t), GrowthHistory{Years: []YearValue{{Year: 2022, Value: 4e7}}}, 20, true},
		{"latest full year without baseline", withBaseline(wizardGoal(t), nil), hist, 20, true},
		// First halves made 16/34, 19/40 and 23/50 of the years: 46.85 % of 2022's 50M.
		{"a half-year flow goal compares with its half of the year by the seasons", half, hist, 100 * (30e6/23426471 - 1), true},
		{"without seasons, with half the year", half, GrowthHistory{Years: []YearValue{{Year: 2022, Value: 5e7}}}, 20, true},
		{"points for percent levels", share, GrowthHistory{}, 2, true},
		{"FAQ 1M to 5M", withTarget(withBaseline(wizardGoal(t), Ptr(1e6)), 5e6), GrowthHistory{}, 400, true},
		{"a cut", withTarget(withBaseline(wizardGoal(t), Ptr(200)), 180), GrowthHistory{}, -10, true},
		{"nothing to compare with", withBaseline(wizardGoal(t), nil), GrowthHistory{}, 0, false},
		{"from zero", withBaseline(wizardGoal(t), Ptr(0)), GrowthHistory{}, 0, false},
	}
	for _, tt := range tests {
		got, ok := RequiredGrowth(tt.g, tt.h)
		if ok != tt.wantOK || !Near(got, tt.want) {
			t.Errorf("%s: RequiredGrowth = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.wantOK)
		}
	}
}

func withBaseline(g Goal, b *float64) Goal { g.Baseline = b; return g }
func withTarget(g Goal, v float64) Goal    { g.Target = v; return g }

func TestFormatGrowth(t *testing.T) {
	tests := []struct {
		v    float64
		pp   bool
		want string
	}{
		{20, false, "+20.0%"},
		{-10, false, "-10.0%"},
		{400, false, "+400.0%"},
		{17.647, false, "+17.6%"},
		{0.04, false, "0.0%"},
		{-0.04, false, "0.0%"},
		{2, true, "+2.0 pp"},
		{-0.5, true, "-0.5 pp"},
		{1234.5, false, "+1,234.5%"},
	}
	for _, tt := range tests {
		if got := FormatGrowth(tt.v, tt.pp); got != tt.want {
			t.Errorf("FormatGrowth(%v, %v) = %q, want %q", tt.v, tt.pp, got, tt.want)
		}
	}
}

func TestGrowthInPoints(t *testing.T) {
	for _, tt := range []struct {
		unit Unit
		agg  Aggregation
		want bool
	}{
		{UnitPercent, AggLevel, true},
		{UnitPercent, AggFlow, false},
		{UnitCurrency, AggLevel, false},
		{UnitCount, AggFlow, false},
	} {
		if got := GrowthInPoints(Goal{Unit: tt.unit, Aggregation: tt.agg}); got != tt.want {
			t.Errorf("GrowthInPoints(%s, %s) = %v", tt.unit, tt.agg, got)
		}
	}
}

func TestHistoryValues(t *testing.T) {
	g := wizardGoal(t)
	tests := []struct {
		name    string
		history []PeriodValue
		want    int
	}{
		{"three years of quarters", salesHistory(), 12},
		{"values from the start on do not count", append(salesHistory(), Vals("2023-Q1", 1, "2023-01", 1)...), 12},
		{"bad keys do not count, weeks do", Vals("2022-W01", 1, "2022-13", 1, "2022-03", 1), 2},
		{"none", nil, 0},
	}
	for _, tt := range tests {
		if got := AnalyzeHistory(Calendar{}, g, tt.history).Values; got != tt.want {
			t.Errorf("%s: Values = %d, want %d", tt.name, got, tt.want)
		}
	}
}
