package app

// Weeks that cross a month's end, as the re-plan and the review count them.

import "testing"

// TestRespreadCountsWeeksAsTheReviewDoes re-plans a weekly goal planned by
// month: a week counts for the month that holds its last day, as the
// review counts it, so 2022-W52 (26 Dec – 1 Jan) counts for January, and a
// week still running at the month's end (2023-W13, 27 Mar – 2 Apr) is
// April's and not yet asked for.
func TestRespreadCountsWeeksAsTheReviewDoes(t *testing.T) {
	cal := Calendar{}
	g := Goal{ID: 1, Kind: KindIncrease, Aggregation: AggFlow, Unit: UnitCount, Target: 5200,
		Start: NewDate(2023, 1, 1), End: NewDate(2023, 12, 31), Cadence: CadenceWeek, PlanBy: CadenceMonth}
	plan := SplitEven(cal, g, "")
	weeks := func(from, to Date) []PeriodValue {
		var vs []PeriodValue
		for _, w := range cal.Periods(CadenceWeek, from, to) {
			if cal.LastDay(w) <= to.DayNumber() {
				vs = append(vs, PeriodValue{w.Key(), 100})
			}
		}
		return vs
	}

	january := weeks(NewDate(2022, 12, 26), NewDate(2023, 2, 5)) // 2022-W52 … 2023-W05
	got, err := RespreadRemaining(cal, g, plan, january, NewDate(2023, 2, 6), SpreadEven)
	if err != nil {
		t.Fatal(err)
	}
	counted := 0.0
	for _, v := range january {
		p, _ := ParsePeriodKey(v.PeriodKey)
		if cal.CountsFor(g, Period{CadenceMonth, 2023, 1}, p) {
			counted += v.Value
		}
	}
	if rest := sumTargets(got[1:]); rest != 5200-counted {
		t.Errorf("February to December asked for %v, want %v: the target less January's %v as the review counts it", rest, 5200-counted, counted)
	}

	quarter := weeks(NewDate(2022, 12, 26), NewDate(2023, 3, 31)) // up to 2023-W12, ended 26 Mar
	if _, err := RespreadRemaining(cal, g, plan, quarter, NewDate(2023, 3, 31), SpreadEven); err != nil {
		t.Errorf("re-plan on 31 March with every ended week in: %v", err)
	}
}

func sumTargets(ts []PeriodTarget) float64 {
	total := 0.0
	for _, t := range ts {
		total += t.Target
	}
	return total
}

// TestReviewAwaitsTheLastWeekPastTheMonth reviews the last month of a
// weekly goal ending on 30 June, whose last week (2026-W27, 29 June – 5
// July) counts for June: its check-in falls due on the goal's last day,
// 30 June, so June stays open for that week's grace from there and closes
// the day the Check-ins screen calls the check-in overdue (4 July), not
// once the month's grace is over, nor the week's own from 5 July.
func TestReviewAwaitsTheLastWeekPastTheMonth(t *testing.T) {
	cal := Calendar{}
	g := Goal{ID: 1, Kind: KindIncrease, Aggregation: AggFlow, Unit: UnitCount, Target: 520,
		Start: NewDate(2026, 1, 1), End: NewDate(2026, 6, 30), Cadence: CadenceWeek, PlanBy: CadenceMonth}
	plan := SplitEven(cal, g, "")
	var cs []CheckIn
	for _, w := range cal.Periods(CadenceWeek, g.Start, g.End) {
		if cal.LastDay(w) <= NewDate(2026, 6, 28).DayNumber() {
			cs = append(cs, CheckIn{GoalID: 1, PeriodKey: w.Key(), Value: ExpectedForPeriod(cal, g, plan, w)})
		}
	}
	snap := Snapshot{Goals: []Goal{g}, Plans: map[int64][]PeriodTarget{1: plan}, CheckIns: map[int64][]CheckIn{1: cs}}
	june := Period{CadenceMonth, 2026, 6}
	lastWeek := cal.PeriodOf(CadenceWeek, g.End)
	overdueFrom := g.End.DayNumber() + Grace(CadenceWeek) + 1
	for _, day := range []int{cal.LastDay(june) + 1, overdueFrom - 1} {
		r := ReviewRows(cal, snap, june, DateOfDayNumber(day), DefaultThresholds)[0]
		if r.Closed || r.Status != StatusOnTrack {
			t.Errorf("June on %v, its last week still awaited: closed %v, %s; want open and on track", DateOfDayNumber(day), r.Closed, r.Status)
		}
	}
	due := DueCheckIns(cal, g, ReportedPeriods(cs), DateOfDayNumber(overdueFrom))
	if len(due) == 0 || due[len(due)-1].Period != lastWeek || !due[len(due)-1].Overdue {
		t.Fatalf("on %v the last week's check-in is not overdue: %+v", DateOfDayNumber(overdueFrom), due)
	}
	if r := ReviewRows(cal, snap, june, DateOfDayNumber(overdueFrom), DefaultThresholds)[0]; !r.Closed {
		t.Errorf("June once its last week's check-in is overdue: still open")
	}
}
