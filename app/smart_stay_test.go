package app

import (
	"slices"
	"testing"
)

// A stay goal's line is judged against its history: "at least 50 new
// customers a month" when no month reached 30 warns, where A said nothing;
// a month on the line, or a line to stay below that the months kept,
// passes; quarters are no months to a flow goal's monthly line.
func TestSMARTStayLineAgainstHistory(t *testing.T) {
	var hist []PeriodValue
	for m := 1; m <= 12; m++ {
		hist = append(hist, PeriodValue{Period{CadenceMonth, 2022, m}.Key(), float64(18 + m)})
	}
	g := wizardGoal(t)
	g.Title = "2023 at least 50 new North America customers every month"
	g.Unit, g.UnitLabel, g.Cadence, g.Baseline = UnitCount, "", CadenceMonth, nil
	for _, c := range []struct {
		name string
		kind Kind
		line float64
		hist []PeriodValue
		want []string
	}{
		{"above, never reached", KindStayAbove, 50, hist, []string{msgAStayNever}},
		{"above, December reached it", KindStayAbove, 30, hist, nil},
		{"below, kept", KindStayBelow, 50, hist, nil},
		{"below, never kept", KindStayBelow, 10, hist, []string{msgAStayNever}},
		{"quarters are no months", KindStayAbove, 50, Vals("2022-Q1", 60, "2022-Q2", 60), nil},
	} {
		g.Kind, g.Target = c.kind, c.line
		l := CheckSMART(SMARTInput{Goal: g, Plan: SplitEven(Calendar{}, g, CadenceMonth), History: c.hist}).Letter("A")
		if ms := FindingMessages(t, l); !slices.Equal(ms, c.want) {
			t.Errorf("%s: A %v %+v; want %q", c.name, l.Verdict, l.Findings, c.want)
		}
	}
	g.Kind, g.Target = KindStayAbove, 50
	l := CheckSMART(SMARTInput{Goal: g, History: hist}).Letter("A")
	if len(l.Findings) != 1 || l.Findings[0].Args["Best"] != "30" || l.Findings[0].Args["Count"] != "12" {
		t.Errorf("args %+v; want 12 months, at best 30", l.Findings)
	}
}

// A stay goal's line is judged against history recorded by week too: a
// monthly flow's months made of the weeks ending in them, a level's weeks
// as they are. Both said nothing, as if there were no history.
func TestSMARTStayLineAgainstWeeklyHistory(t *testing.T) {
	cal := Calendar{}
	var weeks []PeriodValue
	for _, w := range cal.Periods(CadenceWeek, NewDate(2022, 1, 3), NewDate(2022, 12, 25)) {
		weeks = append(weeks, PeriodValue{w.Key(), 5})
	}
	g := wizardGoal(t)
	g.Title = "2023 at least 50 new North America customers every month"
	g.Unit, g.UnitLabel, g.Cadence, g.Baseline, g.Kind, g.Target = UnitCount, "", CadenceMonth, nil, KindStayAbove, 50
	l := CheckSMART(SMARTInput{Goal: g, Plan: SplitEven(cal, g, CadenceMonth), History: weeks, Calendar: cal}).Letter("A")
	if ms := FindingMessages(t, l); !slices.Equal(ms, []string{msgAStayNever}) {
		t.Errorf("a monthly line of 50 over weeks of 5: A %v %+v", l.Verdict, l.Findings)
	}
	g.Aggregation, g.Kind, g.Target = AggLevel, KindStayBelow, 4
	l = CheckSMART(SMARTInput{Goal: g, Plan: SplitEven(cal, g, CadenceMonth), History: weeks, Calendar: cal}).Letter("A")
	if ms := FindingMessages(t, l); !slices.Equal(ms, []string{msgAStayNever}) {
		t.Errorf("a level to stay below 4 over weeks at 5: A %v %+v", l.Verdict, l.Findings)
	}
}

// A flow's quarterly or yearly line is judged against the quarters and
// years its months make up, as the growth check takes them: twelve months
// of 10 never made a quarter of 150, and A said nothing, while the same
// figures recorded by week warned.
func TestSMARTStayLineAgainstMonthsOfLongerPeriods(t *testing.T) {
	var months []PeriodValue
	for m := 1; m <= 12; m++ {
		months = append(months, PeriodValue{Period{CadenceMonth, 2022, m}.Key(), 10})
	}
	g := wizardGoal(t)
	g.Unit, g.UnitLabel, g.Baseline, g.Kind = UnitCount, "", nil, KindStayAbove
	for _, c := range []struct {
		cadence Cadence
		line    float64
	}{{CadenceQuarter, 150}, {CadenceYear, 500}} {
		g.Cadence, g.Target = c.cadence, c.line
		l := CheckSMART(SMARTInput{Goal: g, History: months}).Letter("A")
		if ms := FindingMessages(t, l); !slices.Equal(ms, []string{msgAStayNever}) {
			t.Errorf("a %s line of %v over months of 10: A %v %+v", c.cadence, c.line, l.Verdict, l.Findings)
		}
	}
}
