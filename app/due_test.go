package app

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// dueGoal is a goal of cadence c from start to end (inclusive).
func dueGoal(t *testing.T, c Cadence, start, end string) Goal {
	return Goal{ID: 7, Cadence: c, PlanBy: c, Start: Day(t, start), End: Day(t, end)}
}

// reportedSet builds a reported map from keys.
func reportedSet(keys ...string) map[string]bool {
	m := map[string]bool{}
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// dueString writes dues as "key/late" with "!" for overdue, for comparison.
func dueString(ds []Due) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		mark := ""
		if d.Overdue {
			mark = "!"
		}
		parts[i] = fmt.Sprintf("%s/%d%s", d.Period.Key(), d.DaysLate, mark)
	}
	return strings.Join(parts, " ")
}

func TestDueCheckIns(t *testing.T) {
	year2023 := dueGoal(t, CadenceQuarter, "2023-01-01", "2023-12-31")
	archived := year2023
	archived.Archived = true
	tests := []struct {
		name     string
		cal      Calendar
		g        Goal
		reported []string
		today    string
		want     string
	}{
		{"QuarterNotEnded", Calendar{}, year2023, nil, "2023-03-30", ""},
		{"DueOnLastDay", Calendar{}, year2023, nil, "2023-03-31", "2023-Q1/0"},
		{"WithinGrace", Calendar{}, year2023, []string{"2023-Q1"}, "2023-07-10", "2023-Q2/10"},
		{"GraceLastDay", Calendar{}, year2023, []string{"2023-Q1"}, "2023-07-14", "2023-Q2/14"},
		{"OverdueAfterGrace", Calendar{}, year2023, []string{"2023-Q1"}, "2023-07-15", "2023-Q2/15!"},
		{"OldestFirst", Calendar{}, year2023, nil, "2023-10-05", "2023-Q1/188! 2023-Q2/97! 2023-Q3/5"},
		{"AllReported", Calendar{}, year2023, []string{"2023-Q1", "2023-Q2"}, "2023-08-01", ""},
		{"BeforeStart", Calendar{}, year2023, nil, "2022-12-31", ""},
		{"PastEndKeepsGaps", Calendar{}, year2023, []string{"2023-Q1", "2023-Q3"}, "2024-02-01", "2023-Q2/216! 2023-Q4/32!"},
		{"Archived", Calendar{}, archived, nil, "2024-02-01", ""},
		{
			"MonthGrace", Calendar{}, dueGoal(t, CadenceMonth, "2023-01-01", "2023-12-31"),
			nil, "2023-02-07", "2023-01/7",
		},
		{
			"MonthOverdue", Calendar{}, dueGoal(t, CadenceMonth, "2023-01-01", "2023-12-31"),
			nil, "2023-02-08", "2023-01/8!",
		},
		{
			// 2026 has 53 ISO weeks; W53 runs from Mon 28 Dec 2026 to Sun 3 Jan 2027.
			"WeekCrossingYearEnd", Calendar{}, dueGoal(t, CadenceWeek, "2026-12-01", "2027-01-31"),
			[]string{"2026-W49", "2026-W50", "2026-W51"}, "2027-01-05", "2026-W52/9! 2026-W53/2",
		},
		{
			"WeekGraceEnds", Calendar{}, dueGoal(t, CadenceWeek, "2026-12-01", "2027-01-31"),
			[]string{"2026-W49", "2026-W50", "2026-W51", "2026-W52"}, "2027-01-07", "2026-W53/4!",
		},
		{
			"WeekStartingMidWeek", Calendar{}, dueGoal(t, CadenceWeek, "2021-01-01", "2021-03-31"),
			nil, "2021-01-03", "2020-W53/0",
		},
		{
			// Fiscal year from April: 2023-Q3 is October to December 2023.
			"FiscalApril", April, dueGoal(t, CadenceQuarter, "2023-04-01", "2024-03-31"),
			[]string{"2023-Q1", "2023-Q2"}, "2024-01-10", "2023-Q3/10",
		},
		{
			"FiscalAprilYearEnd", April, dueGoal(t, CadenceQuarter, "2023-04-01", "2024-03-31"),
			[]string{"2023-Q1", "2023-Q2", "2023-Q3"}, "2024-04-15", "2023-Q4/15!",
		},
		{
			"GoalEndsMidMonth", Calendar{}, dueGoal(t, CadenceMonth, "2023-01-01", "2023-11-15"),
			[]string{"2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10"},
			"2023-11-20", "2023-11/5",
		},
		{
			"HalfYear", Calendar{}, dueGoal(t, CadenceHalf, "2023-01-01", "2023-12-31"),
			nil, "2023-07-20", "2023-H1/20!",
		},
		{"NoDates", Calendar{}, Goal{Cadence: CadenceMonth}, nil, "2023-07-20", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DueCheckIns(tt.cal, tt.g, reportedSet(tt.reported...), Day(t, tt.today))
			if s := dueString(got); s != tt.want {
				t.Errorf("DueCheckIns = %q, want %q", s, tt.want)
			}
			for _, d := range got {
				if d.GoalID != tt.g.ID {
					t.Errorf("GoalID = %d, want %d", d.GoalID, tt.g.ID)
				}
			}
		})
	}
}

func TestGrace(t *testing.T) {
	tests := []struct {
		c    Cadence
		want int
	}{
		{CadenceWeek, 3},
		{CadenceMonth, 7},
		{CadenceQuarter, 14},
		{CadenceHalf, 14},
		{CadenceYear, 14},
	}
	for _, tt := range tests {
		if got := Grace(tt.c); got != tt.want {
			t.Errorf("Grace(%s) = %d, want %d", tt.c, got, tt.want)
		}
	}
}

func TestDefaultCheckInPeriod(t *testing.T) {
	year2023 := dueGoal(t, CadenceQuarter, "2023-01-01", "2023-12-31")
	weekly := dueGoal(t, CadenceWeek, "2026-12-01", "2027-01-31")
	all2023 := []string{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"}
	tests := []struct {
		name     string
		cal      Calendar
		g        Goal
		reported []string
		today    string
		want     string
	}{
		{"OldestDue", Calendar{}, year2023, nil, "2023-10-20", "2023-Q1"},
		{"OldestUnreported", Calendar{}, year2023, []string{"2023-Q1"}, "2023-10-20", "2023-Q2"},
		{"CurrentWhenNothingDue", Calendar{}, year2023, []string{"2023-Q1", "2023-Q2"}, "2023-08-01", "2023-Q3"},
		{"CurrentEvenIfReported", Calendar{}, year2023, all2023, "2023-11-01", "2023-Q4"},
		{"BeforeStart", Calendar{}, year2023, nil, "2022-11-01", "2023-Q1"},
		{"AfterEndAllReported", Calendar{}, year2023, all2023, "2024-05-01", "2023-Q4"},
		{"WeekBeforeItEnds", Calendar{}, weekly, []string{"2026-W49", "2026-W50", "2026-W51", "2026-W52"}, "2027-01-02", "2026-W53"},
		{"WeekDue", Calendar{}, weekly, []string{"2026-W49", "2026-W50", "2026-W51", "2026-W52"}, "2027-01-03", "2026-W53"},
		{"WeekAfterYearEnd", Calendar{}, weekly, []string{"2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53"}, "2027-01-05", "2027-W01"},
		{"FiscalApril", April, dueGoal(t, CadenceQuarter, "2023-04-01", "2024-03-31"), nil, "2023-05-10", "2023-Q1"},
		{"FiscalAprilJanuary", April, dueGoal(t, CadenceQuarter, "2023-04-01", "2024-03-31"), []string{"2023-Q1", "2023-Q2", "2023-Q3"}, "2024-02-01", "2023-Q4"},
		{"NoDates", Calendar{}, Goal{Cadence: CadenceMonth}, nil, "2023-07-20", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DefaultCheckInPeriod(tt.cal, tt.g, reportedSet(tt.reported...), Day(t, tt.today))
			if got.Key() != tt.want {
				t.Errorf("DefaultCheckInPeriod = %q, want %q", got.Key(), tt.want)
			}
		})
	}
}

func TestReportedPeriods(t *testing.T) {
	got := ReportedPeriods([]CheckIn{{PeriodKey: "2023-Q1"}, {PeriodKey: "2023-Q3"}})
	if len(got) != 2 || !got["2023-Q1"] || !got["2023-Q3"] || got["2023-Q2"] {
		t.Errorf("ReportedPeriods = %v", got)
	}
}

// TestDueSpanOfIsDueCheckInsWithNoneReported checks DueSpanOf against
// DueCheckIns with nothing reported, for goals of every cadence and of
// spans before, around and after today: the same count, overdue count,
// first, last and last overdue period.
func TestDueSpanOfIsDueCheckInsWithNoneReported(t *testing.T) {
	cal := Calendar{FiscalStart: time.April}
	today := NewDate(2026, time.March, 10)
	for _, c := range []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear} {
		for _, span := range [][2]Date{
			{NewDate(2024, 1, 1), NewDate(2026, 12, 31)}, {NewDate(2026, 3, 1), NewDate(2026, 3, 9)},
			{NewDate(2026, 4, 1), NewDate(2027, 3, 31)}, {NewDate(2025, 2, 27), NewDate(2026, 3, 3)}, {},
		} {
			g := Goal{ID: 1, Cadence: c, Start: span[0], End: span[1]}
			var want DueSpan
			for _, d := range DueCheckIns(cal, g, nil, today) {
				if want.Due == 0 {
					want.First = d.Period.Key()
				}
				want.Due++
				want.LastDue = d.Period.Key()
				if d.Overdue {
					want.Overdue++
					want.LastOverdue = d.Period.Key()
				}
			}
			if got := DueSpanOf(cal, g, today); got != want {
				t.Errorf("%s %v–%v: %+v, want %+v", c, span[0], span[1], got, want)
			}
			g.Archived = true
			if got := DueSpanOf(cal, g, today); got != (DueSpan{}) {
				t.Errorf("%s archived: %+v, want none", c, got)
			}
		}
	}
}
