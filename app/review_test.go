package app

import (
	"context"
	"math"
	"slices"
	"testing"

	"pacer/data"
)

// sampleSnapshot loads the sample plan into a temporary store and reads it
// back as the review screen would.
func sampleSnapshot(t testing.TB, lang string) data.Snapshot {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, t.TempDir()+"/s.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := LoadSample(ctx, s, lang); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Snapshot(ctx, data.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Goals) != 3 {
		t.Fatalf("snapshot has %d goals, want 3", len(snap.Goals))
	}
	return snap
}

// rvWant is what a test expects of a review row; the texts are the
// variance as a reader sees it.
type rvWant struct {
	expected, covered, actual float64
	reported, periods         int
	complete                  bool
	vsPlan, vsPlanRel         string
	previous, lastYear        float64 // NaN: none
	vsLastYear                string
	status                    Status
}

// varianceTexts writes the absolute gap as FormatValue does and the
// relative one as FormatGrowth does, in points for percent goals.
func rvTexts(g data.Goal, v VarianceResult) (abs, rel string) {
	if v.PPOK {
		return FormatGrowth(v.PP, true), FormatGrowth(v.Rel*100, false)
	}
	return FormatValue(v.Abs, g.Decimals, g.Unit, g.UnitLabel), FormatGrowth(v.Rel*100, false)
}

func rvCheckRow(t *testing.T, r ReviewRow, w rvWant) {
	t.Helper()
	if !near(r.Expected, w.expected) || !near(r.ExpectedCovered, w.covered) || !near(r.Actual, w.actual) || !r.HasActual || !r.HasExpected {
		t.Errorf("%s %s: expected %v (covered %v), actual %v (%v %v), want %v (%v), %v",
			r.Goal.Title, r.Period, r.Expected, r.ExpectedCovered, r.Actual, r.HasExpected, r.HasActual, w.expected, w.covered, w.actual)
	}
	if r.Reported != w.reported || r.Periods != w.periods || r.Complete != w.complete {
		t.Errorf("%s %s: reported %d of %d, complete %v; want %d of %d, %v", r.Goal.Title, r.Period, r.Reported, r.Periods, r.Complete, w.reported, w.periods, w.complete)
	}
	if abs, rel := rvTexts(r.Goal, r.VsPlan); abs != w.vsPlan || rel != w.vsPlanRel {
		t.Errorf("%s %s: vs plan %s (%s), want %s (%s)", r.Goal.Title, r.Period, abs, rel, w.vsPlan, w.vsPlanRel)
	}
	rvCheckOpt(t, "previous", r.Previous, r.HasPrevious, w.previous)
	rvCheckOpt(t, "last year", r.LastYear, r.HasLastYear, w.lastYear)
	if w.vsLastYear != "" {
		if abs, _ := rvTexts(r.Goal, r.VsLastYear); abs != w.vsLastYear {
			t.Errorf("%s %s: vs last year %s, want %s", r.Goal.Title, r.Period, abs, w.vsLastYear)
		}
	}
	if r.Status != w.status {
		t.Errorf("%s %s: status %s (ratio %v, closed %v), want %s", r.Goal.Title, r.Period, r.Status, r.Ratio, r.Closed, w.status)
	}
}

func rvCheckOpt(t *testing.T, what string, got float64, ok bool, want float64) {
	t.Helper()
	if math.IsNaN(want) {
		if ok {
			t.Errorf("%s = %v, want none", what, got)
		}
		return
	}
	if !ok || !near(got, want) {
		t.Errorf("%s = %v (%v), want %v", what, got, ok, want)
	}
}

var rvNone = math.NaN()

// TestReviewSample reviews the source document's Q1 2023 (table 3) and the
// half and year that hold it.
func TestReviewSample(t *testing.T) {
	snap := sampleSnapshot(t, "en")
	tests := []struct {
		period string
		asOf   string
		want   [3]rvWant // sales, new customers, market share
	}{
		{"2023-Q1", "2023-04-20", [3]rvWant{
			{10e6, 10e6, 8e6, 1, 1, true, "-¥2,000,000", "-20.0%", 16.7e6, 8.4e6, "-¥400,000", StatusPartial},
			{50, 50, 40, 1, 1, true, "-10", "-20.0%", 47, 41, "-1", StatusPartial},
			{10, 10, 8, 1, 1, true, "-2.0 pp", "-20.0%", 9.0, 6.6, "+1.4 pp", StatusPartial},
		}},
		// Within the quarter the same figures are running, at risk at 80 %.
		{"2023-Q1", "2023-03-31", [3]rvWant{
			{10e6, 10e6, 8e6, 1, 1, true, "-¥2,000,000", "-20.0%", 16.7e6, 8.4e6, "", StatusAtRisk},
			{50, 50, 40, 1, 1, true, "-10", "-20.0%", 47, 41, "", StatusAtRisk},
			{10, 10, 8, 1, 1, true, "-2.0 pp", "-20.0%", 9.0, 6.6, "", StatusAtRisk},
		}},
		// The half holds one quarter reported: measured against that
		// quarter's plan, compared with the first quarter of the halves
		// before.
		{"2023-H1", "2023-04-20", [3]rvWant{
			{24e6, 10e6, 8e6, 1, 2, false, "-¥2,000,000", "-20.0%", 13.3e6, 8.4e6, "-¥400,000", StatusAtRisk},
			{100, 50, 40, 1, 2, false, "-10", "-20.0%", 45, 41, "", StatusAtRisk},
			{11.5, 10, 8, 1, 2, false, "-2.0 pp", "-20.0%", 8.1, 6.6, "+1.4 pp", StatusAtRisk},
		}},
		{"2023", "2023-04-20", [3]rvWant{
			{60e6, 10e6, 8e6, 1, 4, false, "-¥2,000,000", "-20.0%", 8.4e6, 8.4e6, "", StatusAtRisk},
			{200, 50, 40, 1, 4, false, "-10", "-20.0%", 41, 41, "", StatusAtRisk},
			{15, 10, 8, 1, 4, false, "-2.0 pp", "-20.0%", 6.6, 6.6, "", StatusAtRisk},
		}},
		// After the year, its grace period and no more check-ins, the
		// verdict stands on what was reported.
		{"2023", "2024-02-01", [3]rvWant{
			{60e6, 10e6, 8e6, 1, 4, false, "-¥2,000,000", "-20.0%", 8.4e6, 8.4e6, "", StatusPartial},
			{200, 50, 40, 1, 4, false, "-10", "-20.0%", 41, 41, "", StatusPartial},
			{15, 10, 8, 1, 4, false, "-2.0 pp", "-20.0%", 6.6, 6.6, "", StatusPartial},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.period+"@"+tt.asOf, func(t *testing.T) {
			rows := ReviewRows(Calendar{}, snap, key(t, tt.period), day(t, tt.asOf), DefaultThresholds)
			if len(rows) != 3 {
				t.Fatalf("%d rows, want 3", len(rows))
			}
			for i, r := range rows {
				rvCheckRow(t, r, tt.want[i])
			}
		})
	}
	t.Run("Q2NotReported", func(t *testing.T) {
		rows := ReviewRows(Calendar{}, snap, key(t, "2023-Q2"), day(t, "2023-05-10"), DefaultThresholds)
		for _, r := range rows {
			if r.HasActual || r.Status != StatusNoData || !r.HasExpected || !r.HasPrevious || !r.HasLastYear {
				t.Errorf("%s: %+v", r.Goal.Title, r)
			}
		}
		if s := Summarize(rows); s != (ReviewSummary{NoData: 3}) {
			t.Errorf("summary %+v", s)
		}
	})
}

func TestReviewPeriods(t *testing.T) {
	goals := []data.Goal{
		{Start: data.NewDate(2023, 1, 1), End: data.NewDate(2023, 12, 31)},
		{Start: data.NewDate(2022, 11, 15), End: data.NewDate(2023, 2, 10)},
		{}, // no span
	}
	tests := []struct {
		cal  Calendar
		c    data.Cadence
		asOf string
		want []string
	}{
		{Calendar{}, data.CadenceQuarter, "2023-04-20", []string{"2023-Q2", "2023-Q1", "2022-Q4"}},
		{Calendar{}, data.CadenceHalf, "2023-04-20", []string{"2023-H1", "2022-H2"}},
		{Calendar{}, data.CadenceYear, "2024-06-01", []string{"2023", "2022"}},
		{Calendar{}, data.CadenceMonth, "2023-01-01", []string{"2023-01", "2022-12", "2022-11"}},
		{april, data.CadenceYear, "2023-04-20", []string{"2023", "2022"}},
		{april, data.CadenceQuarter, "2023-04-20", []string{"2023-Q1", "2022-Q4", "2022-Q3"}},
		{Calendar{}, data.CadenceQuarter, "2022-01-01", nil},
		{Calendar{}, "fortnight", "2023-04-20", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range ReviewPeriods(tt.cal, goals, tt.c, day(t, tt.asOf)) {
			got = append(got, p.Key())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ReviewPeriods(%v, %s, %s) = %v, want %v", tt.cal.FiscalStart, tt.c, tt.asOf, got, tt.want)
		}
	}
}

// rvGoal is a 2023 goal checked in and planned by month.
func rvGoal(id int64, kind data.Kind, agg data.Aggregation, unit data.Unit, target float64) data.Goal {
	return data.Goal{ID: id, Title: "goal", Kind: kind, Unit: unit, Aggregation: agg, Target: target,
		Start: data.NewDate(2023, 1, 1), End: data.NewDate(2023, 12, 31), Cadence: data.CadenceMonth, PlanBy: data.CadenceMonth}
}

func rvCheckIns(id int64, kv ...any) []data.CheckIn {
	var cs []data.CheckIn
	for _, v := range vals(kv...) {
		cs = append(cs, data.CheckIn{GoalID: id, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	return cs
}

func rvHistory(id int64, kv ...any) []data.HistoryValue {
	var hs []data.HistoryValue
	for _, v := range vals(kv...) {
		hs = append(hs, data.HistoryValue{GoalID: id, PeriodKey: v.PeriodKey, Value: v.Value})
	}
	return hs
}

func rvPlan(kv ...any) []data.PeriodTarget {
	var pts []data.PeriodTarget
	for _, v := range vals(kv...) {
		pts = append(pts, data.PeriodTarget{PeriodKey: v.PeriodKey, Target: v.Value})
	}
	return pts
}

func rvSnap(g data.Goal, plan []data.PeriodTarget, cs []data.CheckIn, hs []data.HistoryValue) data.Snapshot {
	return data.Snapshot{Goals: []data.Goal{g}, Plans: map[int64][]data.PeriodTarget{g.ID: plan},
		CheckIns: map[int64][]data.CheckIn{g.ID: cs}, History: map[int64][]data.HistoryValue{g.ID: hs}}
}

// TestReviewRollUp reviews goals checked in by month over quarters and
// halves, with last year's figures from history of either cadence.
func TestReviewRollUp(t *testing.T) {
	sales := rvGoal(1, data.KindIncrease, data.AggFlow, data.UnitCount, 1200)
	monthlyPlan := rvPlan("2023-01", 100, "2023-02", 100, "2023-03", 100, "2023-04", 100, "2023-05", 100, "2023-06", 100)
	actuals := rvCheckIns(1, "2023-01", 90, "2023-02", 110, "2023-03", 95, "2023-04", 120, "2023-05", 60)
	monthlyHistory := rvHistory(1, "2022-01", 80, "2022-02", 85, "2022-03", 90, "2022-04", 100, "2022-05", 50, "2022-10", 70, "2022-11", 75, "2022-12", 72)
	quarterlyHistory := rvHistory(1, "2022-Q1", 250, "2022-Q2", 270, "2022-Q4", 217)
	share := rvGoal(2, data.KindIncrease, data.AggLevel, data.UnitPercent, 12)
	share.Decimals, share.Baseline = 1, ptr(9)
	cost := rvGoal(3, data.KindStayBelow, data.AggFlow, data.UnitCurrency, 50)
	cost.UnitLabel = "USD"
	quarterly := sales
	quarterly.Cadence, quarterly.PlanBy = data.CadenceQuarter, data.CadenceQuarter

	tests := []struct {
		name   string
		snap   data.Snapshot
		period string
		asOf   string
		want   rvWant
	}{
		{"QuarterOfMonths", rvSnap(sales, monthlyPlan, actuals, monthlyHistory), "2023-Q1", "2023-04-03",
			rvWant{300, 300, 295, 3, 3, true, "-5", "-1.7%", 217, 255, "40", StatusPartial}},
		{"QuarterFromQuarterlyHistory", rvSnap(sales, monthlyPlan, actuals, quarterlyHistory), "2023-Q1", "2023-04-03",
			rvWant{300, 300, 295, 3, 3, true, "-5", "-1.7%", 217, 250, "45", StatusPartial}},
		{"PartialQuarterLikeForLike", rvSnap(sales, monthlyPlan, actuals, monthlyHistory), "2023-Q2", "2023-06-10",
			rvWant{300, 200, 180, 2, 3, false, "-20", "-10.0%", 200, 150, "30", StatusAtRisk}},
		{"PartialQuarterNoMonthlyHistory", rvSnap(sales, monthlyPlan, actuals, quarterlyHistory), "2023-Q2", "2023-06-10",
			rvWant{300, 200, 180, 2, 3, false, "-20", "-10.0%", 200, rvNone, "", StatusAtRisk}},
		{"HalfFromQuarters", rvSnap(sales, monthlyPlan, append(actuals, rvCheckIns(1, "2023-06", 130)...), quarterlyHistory), "2023-H1", "2023-07-02",
			rvWant{600, 600, 605, 6, 6, true, "5", "+0.8%", rvNone, 520, "85", StatusAchieved}},
		{"PartialQuarterGraceOver", rvSnap(sales, monthlyPlan, actuals, nil), "2023-Q2", "2023-07-20",
			rvWant{300, 200, 180, 2, 3, false, "-20", "-10.0%", 200, rvNone, "", StatusPartial}},
		{"PartialQuarterInGrace", rvSnap(sales, monthlyPlan, actuals, nil), "2023-Q2", "2023-07-05",
			rvWant{300, 200, 180, 2, 3, false, "-20", "-10.0%", 200, rvNone, "", StatusAtRisk}},
		{"LevelLatestMonth", rvSnap(share, rvPlan("2023-03", 10, "2023-06", 11), rvCheckIns(2, "2023-01", 9.2, "2023-02", 9.6, "2023-04", 10.1, "2023-05", 10.4),
			rvHistory(2, "2022-05", 8.1, "2022-06", 8.3, "2023-02", 9.5)), "2023-Q2", "2023-06-02",
			rvWant{11, 10, 10.4, 2, 3, false, "+0.4 pp", "+4.0%", 9.6, 8.1, "+2.3 pp", StatusOnTrack}},
		{"StayBelowWorstMonth", rvSnap(cost, nil, rvCheckIns(3, "2023-01", 48, "2023-02", 53, "2023-03", 41), rvHistory(3, "2022-01", 40, "2022-02", 45, "2022-03", 44)),
			"2023-Q1", "2023-04-02", rvWant{50, 50, 53, 3, 3, true, "$3", "+6.0%", rvNone, 45, "$8", StatusMissed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := ReviewRows(Calendar{}, tt.snap, key(t, tt.period), day(t, tt.asOf), DefaultThresholds)
			if len(rows) != 1 {
				t.Fatalf("%d rows", len(rows))
			}
			rvCheckRow(t, rows[0], tt.want)
		})
	}

	t.Run("QuarterlyGoalByMonth", func(t *testing.T) {
		snap := rvSnap(quarterly, rvPlan("2023-Q1", 900), rvCheckIns(1, "2023-Q1", 800), nil)
		r := ReviewRows(Calendar{}, snap, key(t, "2023-01"), day(t, "2023-05-01"), DefaultThresholds)[0]
		if r.HasActual || !r.HasExpected || !near(r.Expected, 310) || r.Status != StatusNoData || r.Periods != 0 {
			t.Errorf("%+v", r)
		}
	})
	t.Run("FiscalYear", func(t *testing.T) {
		g := sales
		g.Start, g.End = data.NewDate(2023, 4, 1), data.NewDate(2024, 3, 31)
		snap := rvSnap(g, nil, rvCheckIns(1, "2023-04", 100, "2023-05", 100, "2024-01", 100), nil)
		r := ReviewRows(april, snap, key(t, "2023-Q4"), day(t, "2024-02-15"), DefaultThresholds)[0]
		if !near(r.Expected, 300) || !near(r.ExpectedCovered, 100) || r.Actual != 100 || r.Reported != 1 || r.Status != StatusOnTrack {
			t.Errorf("%+v", r)
		}
	})
}

// TestReviewDecrease checks that a decrease goal below plan is good, and
// the order of SortByWorstGap.
func TestReviewDecrease(t *testing.T) {
	cost := rvGoal(1, data.KindDecrease, data.AggFlow, data.UnitCurrency, 1000)
	cost.Baseline, cost.UnitLabel, cost.Title = ptr(1200), "EUR", "cost"
	sales := rvGoal(2, data.KindIncrease, data.AggFlow, data.UnitCount, 1200)
	sales.Title = "sales"
	share := rvGoal(3, data.KindIncrease, data.AggLevel, data.UnitPercent, 12)
	share.Title = "share"
	waste := rvGoal(4, data.KindDecrease, data.AggLevel, data.UnitPercent, 2)
	waste.Title, waste.Baseline = "waste", ptr(4)
	silent := rvGoal(5, data.KindIncrease, data.AggFlow, data.UnitCount, 12)
	silent.Title = "silent"
	snap := data.Snapshot{
		Goals: []data.Goal{silent, sales, cost, share, waste},
		Plans: map[int64][]data.PeriodTarget{
			1: rvPlan("2023-01", 100), 2: rvPlan("2023-01", 100),
			3: rvPlan("2023-01", 10), 4: rvPlan("2023-01", 3),
		},
		CheckIns: map[int64][]data.CheckIn{
			1: rvCheckIns(1, "2023-01", 130), 2: rvCheckIns(2, "2023-01", 90),
			3: rvCheckIns(3, "2023-01", 10.5), 4: rvCheckIns(4, "2023-01", 2.7),
		},
	}
	rows := ReviewRows(Calendar{}, snap, key(t, "2023-01"), day(t, "2023-02-01"), DefaultThresholds)
	SortByWorstGap(rows)
	var order []string
	for _, r := range rows {
		order = append(order, r.Goal.Title)
	}
	if want := []string{"cost", "sales", "share", "waste", "silent"}; !slices.Equal(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
	statuses := map[string]Status{"cost": StatusMissed, "sales": StatusPartial, "share": StatusAchieved, "waste": StatusAchieved, "silent": StatusNoData}
	for _, r := range rows {
		if r.Status != statuses[r.Goal.Title] {
			t.Errorf("%s: status %s (ratio %v), want %s", r.Goal.Title, r.Status, r.Ratio, statuses[r.Goal.Title])
		}
	}
	if g, ok := rows[0].Gap(); !ok || !near(g, -0.3) {
		t.Errorf("cost gap = %v %v, want -0.3", g, ok)
	}
	want := ReviewSummary{Achieved: 2, Partial: 1, Missed: 1, NoData: 1}
	if s := Summarize(rows); s != want {
		t.Errorf("summary %+v, want %+v", s, want)
	}
}

func TestReviewRowGap(t *testing.T) {
	inc := data.Goal{Kind: data.KindIncrease}
	dec := data.Goal{Kind: data.KindDecrease}
	tests := []struct {
		name   string
		row    ReviewRow
		want   float64
		wantOK bool
	}{
		{"Behind", ReviewRow{Goal: inc, HasActual: true, HasExpected: true, VsPlan: Variance("", 10, 8)}, -0.2, true},
		{"DecreaseUnder", ReviewRow{Goal: dec, HasActual: true, HasExpected: true, VsPlan: Variance("", 10, 8)}, 0.2, true},
		{"ZeroPlanAhead", ReviewRow{Goal: inc, HasActual: true, HasExpected: true, VsPlan: Variance("", 0, 3)}, math.Inf(1), true},
		{"ZeroPlanDecreaseOver", ReviewRow{Goal: dec, HasActual: true, HasExpected: true, VsPlan: Variance("", 0, 3)}, math.Inf(-1), true},
		{"ZeroBoth", ReviewRow{Goal: inc, HasActual: true, HasExpected: true, VsPlan: Variance("", 0, 0)}, 0, true},
		{"NoActual", ReviewRow{Goal: inc, HasExpected: true}, 0, false},
	}
	for _, tt := range tests {
		if g, ok := tt.row.Gap(); ok != tt.wantOK || !(g == tt.want || near(g, tt.want)) {
			t.Errorf("%s: Gap = %v %v, want %v %v", tt.name, g, ok, tt.want, tt.wantOK)
		}
	}
}

func TestReviewGoalRows(t *testing.T) {
	snap := sampleSnapshot(t, "en")
	id := snap.Goals[0].ID
	ps := []Period{key(t, "2022-Q4"), key(t, "2023-Q1"), key(t, "2023-Q2"), key(t, "2023-Q3"), key(t, "2023-Q4")}
	rows := ReviewGoalRows(Calendar{}, snap, id, ps, day(t, "2023-04-20"), DefaultThresholds)
	if len(rows) != 4 || rows[0].Period.Key() != "2023-Q1" || !rows[0].HasActual || rows[1].HasActual || rows[3].Expected != 20e6 {
		t.Errorf("rows %+v", rows)
	}
	if rows := ReviewGoalRows(Calendar{}, snap, -1, ps, day(t, "2023-04-20"), DefaultThresholds); rows != nil {
		t.Errorf("unknown goal: %d rows", len(rows))
	}
}

func TestReviewEdgeCases(t *testing.T) {
	snap := sampleSnapshot(t, "en")
	if rows := ReviewRows(Calendar{}, snap, Period{}, day(t, "2023-04-20"), DefaultThresholds); rows != nil {
		t.Errorf("invalid period: %d rows", len(rows))
	}
	bad := ReviewRows(Calendar{}, snap, key(t, "2023-Q1"), day(t, "2023-03-31"), Thresholds{OnTrack: 0.5, AtRisk: 0.9})
	if bad[0].Status != StatusAtRisk {
		t.Errorf("invalid thresholds: status %s, want the defaults' at risk", bad[0].Status)
	}
	if rows := ReviewRows(Calendar{}, snap, key(t, "2024-Q1"), day(t, "2024-04-20"), DefaultThresholds); len(rows) != 0 {
		t.Errorf("period after every goal: %d rows", len(rows))
	}

	launch := rvGoal(1, data.KindMilestone, data.AggLevel, data.UnitCount, 1)
	tests := []struct {
		name   string
		cs     []data.CheckIn
		asOf   string
		status Status
	}{
		{"Done", rvCheckIns(1, "2023-04", 0, "2023-05", 1), "2023-07-20", StatusAchieved},
		{"NotDone", rvCheckIns(1, "2023-04", 0, "2023-06", 0), "2023-07-20", StatusMissed},
		// Not due before June: on track so far.
		{"Running", rvCheckIns(1, "2023-04", 0), "2023-05-10", StatusOnTrack},
	}
	for _, tt := range tests {
		snap := rvSnap(launch, rvPlan("2023-06", 1), tt.cs, nil)
		r := ReviewRows(Calendar{}, snap, key(t, "2023-Q2"), day(t, tt.asOf), DefaultThresholds)[0]
		if r.Status != tt.status || r.Expected != 1 {
			t.Errorf("%s: status %s, expected %v (covered %v), actual %v; want %s", tt.name, r.Status, r.Expected, r.ExpectedCovered, r.Actual, tt.status)
		}
	}
}
