package app

import (
	"errors"
	"testing"
	"time"
)

func TestPeriodOf(t *testing.T) {
	tests := []struct {
		cal  Calendar
		c    Cadence
		date string
		want string
	}{
		{Calendar{}, CadenceWeek, "2026-12-31", "2026-W53"},
		{Calendar{}, CadenceWeek, "2027-01-03", "2026-W53"},
		{Calendar{}, CadenceWeek, "2027-01-04", "2027-W01"},
		{Calendar{}, CadenceWeek, "2021-01-03", "2020-W53"},
		{Calendar{}, CadenceWeek, "2024-12-30", "2025-W01"},
		{Calendar{}, CadenceWeek, "2023-01-01", "2022-W52"},
		{Calendar{}, CadenceWeek, "2023-06-15", "2023-W24"},
		{Calendar{}, CadenceMonth, "2023-03-31", "2023-03"},
		{April, CadenceMonth, "2024-03-15", "2024-03"},
		{Calendar{}, CadenceQuarter, "2023-03-31", "2023-Q1"},
		{Calendar{}, CadenceQuarter, "2023-04-01", "2023-Q2"},
		{Calendar{}, CadenceQuarter, "2023-12-31", "2023-Q4"},
		{April, CadenceQuarter, "2024-03-15", "2023-Q4"},
		{April, CadenceQuarter, "2023-04-01", "2023-Q1"},
		{April, CadenceQuarter, "2023-03-31", "2022-Q4"},
		{April, CadenceQuarter, "2023-12-31", "2023-Q3"},
		{April, CadenceHalf, "2024-03-15", "2023-H2"},
		{April, CadenceHalf, "2023-09-30", "2023-H1"},
		{April, CadenceYear, "2024-03-15", "2023"},
		{April, CadenceYear, "2024-04-01", "2024"},
		{Calendar{FiscalStart: time.October}, CadenceQuarter, "2023-10-01", "2023-Q1"},
		{Calendar{FiscalStart: time.October}, CadenceQuarter, "2024-09-30", "2023-Q4"},
		{Calendar{}, CadenceHalf, "2023-07-01", "2023-H2"},
		{Calendar{}, CadenceYear, "2023-12-31", "2023"},
		{Calendar{FiscalStart: 13}, CadenceYear, "2023-01-01", "2023"}, // out of range: January
		{Calendar{}, "fortnight", "2023-01-01", ""},
	}
	for _, tt := range tests {
		got := tt.cal.PeriodOf(tt.c, Day(t, tt.date)).Key()
		if got != tt.want {
			t.Errorf("%v.PeriodOf(%s, %s) = %q, want %q", tt.cal, tt.c, tt.date, got, tt.want)
		}
	}
}

func TestPeriodOfIgnoresClockAndZone(t *testing.T) {
	// 23:30 in UTC−5 is already the next day in UTC; the date names the 31st.
	loc := time.FixedZone("UTC-5", -5*3600)
	d := Date{Time: time.Date(2023, 3, 31, 23, 30, 0, 0, loc)}
	if got := (Calendar{}).PeriodOf(CadenceQuarter, d).Key(); got != "2023-Q1" {
		t.Errorf("PeriodOf = %q, want 2023-Q1", got)
	}
}

func TestStartEnd(t *testing.T) {
	tests := []struct {
		cal        Calendar
		key        string
		start, end string
	}{
		{Calendar{}, "2026-W53", "2026-12-28", "2027-01-03"},
		{Calendar{}, "2020-W53", "2020-12-28", "2021-01-03"},
		{Calendar{}, "2025-W01", "2024-12-30", "2025-01-05"},
		{Calendar{}, "2024-02", "2024-02-01", "2024-02-29"},
		{Calendar{}, "2023-02", "2023-02-01", "2023-02-28"},
		{Calendar{}, "2023-12", "2023-12-01", "2023-12-31"},
		{Calendar{}, "2023-Q1", "2023-01-01", "2023-03-31"},
		{Calendar{}, "2023-Q4", "2023-10-01", "2023-12-31"},
		{April, "2023-Q1", "2023-04-01", "2023-06-30"},
		{April, "2023-Q4", "2024-01-01", "2024-03-31"},
		{April, "2023-H2", "2023-10-01", "2024-03-31"},
		{April, "2023", "2023-04-01", "2024-03-31"},
		{Calendar{}, "2023", "2023-01-01", "2023-12-31"},
		{Calendar{}, "2023-H1", "2023-01-01", "2023-06-30"},
		{Calendar{}, "9999", "9999-01-01", "9999-12-31"},
	}
	for _, tt := range tests {
		p := Key(t, tt.key)
		if got := tt.cal.Start(p).String(); got != tt.start {
			t.Errorf("%v.Start(%s) = %s, want %s", tt.cal, tt.key, got, tt.start)
		}
		if got := tt.cal.End(p).String(); got != tt.end {
			t.Errorf("%v.End(%s) = %s, want %s", tt.cal, tt.key, got, tt.end)
		}
	}
	var zero Period
	if !(Calendar{}).Start(zero).IsZero() || !(Calendar{}).End(zero).IsZero() {
		t.Error("Start/End of the zero Period should be the zero Date")
	}
}

// TestPeriodsTile checks over many years and every fiscal start that the
// periods of each cadence follow each other without gap or overlap, that
// every day maps back to its period, and that keys round-trip.
func TestPeriodsTile(t *testing.T) {
	cadences := []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear}
	for fs := time.January; fs <= time.December; fs++ {
		cal := Calendar{FiscalStart: fs}
		for _, c := range cadences {
			p := cal.PeriodOf(c, NewDate(1995, 1, 1))
			for cal.Start(p).Year() < 2045 {
				start, end := cal.Start(p), cal.End(p)
				if got := cal.PeriodOf(c, start); got != p {
					t.Fatalf("%v: PeriodOf(Start(%v)) = %v", cal, p, got)
				}
				if got := cal.PeriodOf(c, end); got != p {
					t.Fatalf("%v: PeriodOf(End(%v)) = %v", cal, p, got)
				}
				if c == CadenceWeek && start.Weekday() != time.Monday {
					t.Fatalf("week %v starts on %v", p, start.Weekday())
				}
				next := p.Next()
				if got := cal.Start(next).DayNumber(); got != end.DayNumber()+1 {
					t.Fatalf("%v: %v ends %v but %v starts %v", cal, p, end, next, cal.Start(next))
				}
				if next.Prev() != p {
					t.Fatalf("%v.Next().Prev() = %v", p, next.Prev())
				}
				if q, err := ParsePeriodKey(p.Key()); err != nil || q != p {
					t.Fatalf("ParsePeriodKey(%q) = %v, %v", p.Key(), q, err)
				}
				p = next
			}
		}
	}
}

func TestParsePeriodKey(t *testing.T) {
	good := map[string]Period{
		"2026-W53": {CadenceWeek, 2026, 53},
		"2020-W01": {CadenceWeek, 2020, 1},
		"2023-03":  {CadenceMonth, 2023, 3},
		"2023-12":  {CadenceMonth, 2023, 12},
		"2023-Q1":  {CadenceQuarter, 2023, 1},
		"2023-H2":  {CadenceHalf, 2023, 2},
		"2023":     {CadenceYear, 2023, 1},
	}
	for k, want := range good {
		got, err := ParsePeriodKey(k)
		if err != nil || got != want {
			t.Errorf("ParsePeriodKey(%q) = %v, %v; want %v", k, got, err, want)
		}
		if got.Key() != k {
			t.Errorf("Key() of %q = %q", k, got.Key())
		}
	}
	bad := []string{"", "2023-", "2023-13", "2023-00", "2023-Q0", "2023-Q5", "2023-H3",
		"2025-W53", "2023-W00", "2023-W1", "23-01", "2023-q1", "2023-w01", "0000", "+023",
		"2023-1", "2023-001", "2023-Q12", "2023/03", " 2023", "2023-+1", "２０２３"}
	for _, k := range bad {
		p, err := ParsePeriodKey(k)
		if !errors.Is(err, ErrPeriodKey) {
			t.Errorf("ParsePeriodKey(%q) = %v, %v; want ErrPeriodKey", k, p, err)
		}
	}
}

func TestNextPrev(t *testing.T) {
	tests := []struct{ p, next string }{
		{"2026-W52", "2026-W53"},
		{"2026-W53", "2027-W01"},
		{"2025-W52", "2026-W01"},
		{"2023-12", "2024-01"},
		{"2023-Q4", "2024-Q1"},
		{"2023-H2", "2024-H1"},
		{"2023", "2024"},
	}
	for _, tt := range tests {
		if got := Key(t, tt.p).Next().Key(); got != tt.next {
			t.Errorf("%s.Next() = %s, want %s", tt.p, got, tt.next)
		}
		if got := Key(t, tt.next).Prev().Key(); got != tt.p {
			t.Errorf("%s.Prev() = %s, want %s", tt.next, got, tt.p)
		}
	}
	if (Period{}).Next().Valid() || (Period{}).Prev().Valid() {
		t.Error("Next/Prev of the zero Period should not be valid")
	}
}

func TestSameLastYear(t *testing.T) {
	tests := []struct{ p, want string }{
		{"2026-W53", "2025-W52"},
		{"2021-W10", "2020-W10"},
		{"2021-W53", ""}, // 2021 has no week 53: not valid
		{"2024-03", "2023-03"},
		{"2023-Q4", "2022-Q4"},
		{"2023-H1", "2022-H1"},
		{"2023", "2022"},
		{"0001", ""},
	}
	for _, tt := range tests {
		p, _ := ParsePeriodKey(tt.p)
		if got := April.SameLastYear(p).Key(); got != tt.want {
			t.Errorf("SameLastYear(%s) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		cal        Calendar
		c          Cadence
		start, end string
		want       []string
	}{
		{Calendar{}, CadenceMonth, "2023-01-15", "2023-03-01", []string{"2023-01", "2023-02", "2023-03"}},
		{Calendar{}, CadenceMonth, "2023-03-31", "2023-03-31", []string{"2023-03"}},
		{Calendar{}, CadenceWeek, "2026-12-25", "2027-01-05", []string{"2026-W52", "2026-W53", "2027-W01"}},
		{April, CadenceQuarter, "2023-01-01", "2023-12-31", []string{"2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3"}},
		{Calendar{}, CadenceQuarter, "2023-01-01", "2023-12-31", []string{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"}},
		{April, CadenceYear, "2023-01-01", "2023-12-31", []string{"2022", "2023"}},
		{Calendar{}, CadenceMonth, "2023-03-01", "2023-02-28", nil},
		{Calendar{}, CadenceMonth, "", "2023-02-28", nil},
		{Calendar{}, "decade", "2023-01-01", "2023-02-28", nil},
	}
	for _, tt := range tests {
		var start, end Date
		if tt.start != "" {
			start = Day(t, tt.start)
		}
		end = Day(t, tt.end)
		var got []string
		for _, p := range tt.cal.Periods(tt.c, start, end) {
			got = append(got, p.Key())
		}
		if len(got) != len(tt.want) {
			t.Errorf("Periods(%s, %s, %s) = %v, want %v", tt.c, tt.start, tt.end, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Periods(%s, %s, %s) = %v, want %v", tt.c, tt.start, tt.end, got, tt.want)
				break
			}
		}
	}
}

func TestElapsedFraction(t *testing.T) {
	tests := []struct {
		cal  Calendar
		p    string
		asOf string
		want float64
	}{
		{Calendar{}, "2023-Q1", "2022-12-31", 0},
		{Calendar{}, "2023-Q1", "2023-01-01", 1.0 / 90},
		{Calendar{}, "2023-Q1", "2023-02-14", 0.5},
		{Calendar{}, "2023-Q1", "2023-03-30", 89.0 / 90},
		{Calendar{}, "2023-Q1", "2023-03-31", 1},
		{Calendar{}, "2023-Q1", "2024-01-01", 1},
		{Calendar{}, "2026-W53", "2026-12-28", 1.0 / 7},
		{Calendar{}, "2026-W53", "2027-01-01", 5.0 / 7},
		{Calendar{}, "2024-02", "2024-02-15", 15.0 / 29},
		{April, "2023", "2023-09-30", 183.0 / 366}, // FY2023 holds 29 February 2024
		{April, "2023-Q4", "2024-02-29", 60.0 / 91},
	}
	for _, tt := range tests {
		got := tt.cal.ElapsedFraction(Key(t, tt.p), Day(t, tt.asOf))
		if !Near(got, tt.want) {
			t.Errorf("ElapsedFraction(%s, %s) = %v, want %v", tt.p, tt.asOf, got, tt.want)
		}
	}
	if got := (Calendar{}).ElapsedFraction(Period{}, Day(t, "2023-01-01")); got != 0 {
		t.Errorf("ElapsedFraction of the zero Period = %v, want 0", got)
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		cal          Calendar
		outer, inner string
		want         bool
	}{
		{April, "2023-Q4", "2024-02", true},
		{April, "2023-Q4", "2024-01", true},
		{April, "2023-Q4", "2023-12", false},
		{April, "2023-Q4", "2024-04", false},
		{Calendar{}, "2023-Q1", "2023-03", true},
		{Calendar{}, "2023-Q1", "2023-04", false},
		{Calendar{}, "2023-Q1", "2023-Q1", true},
		{Calendar{}, "2023-03", "2023-Q1", false},
		{Calendar{}, "2023", "2023-H2", true},
		{April, "2023", "2023-H2", true},
		{April, "2023", "2023-03", false},
		{Calendar{}, "2023-01", "2023-W02", true},
		{Calendar{}, "2023-01", "2023-W05", false}, // 30 January to 5 February
		{Calendar{}, "2026-12", "2026-W53", false},
	}
	for _, tt := range tests {
		if got := tt.cal.Contains(Key(t, tt.outer), Key(t, tt.inner)); got != tt.want {
			t.Errorf("%v.Contains(%s, %s) = %v, want %v", tt.cal, tt.outer, tt.inner, got, tt.want)
		}
	}
	if (Calendar{}).Contains(Period{}, Period{}) {
		t.Error("Contains of zero Periods should be false")
	}
}

// TestCountsIn checks which period a week's figures count for: the one
// that holds its last day, in calendar and fiscal years alike; and that
// longer periods count as Contains says.
func TestCountsIn(t *testing.T) {
	april := Calendar{FiscalStart: time.April}
	tests := []struct {
		cal          Calendar
		outer, inner string
		want         bool
	}{
		{Calendar{}, "2023-01", "2023-W02", true},
		{Calendar{}, "2023-01", "2023-W05", false}, // 30 January to 5 February
		{Calendar{}, "2023-02", "2023-W05", true},
		{Calendar{}, "2023-01", "2022-W52", true}, // 26 December to 1 January
		{Calendar{}, "2022-12", "2022-W52", false},
		{Calendar{}, "2023-Q1", "2022-W52", true},
		{Calendar{}, "2023", "2022-W52", true},
		{Calendar{}, "2022", "2022-W52", false},
		{Calendar{}, "2026-12", "2026-W53", false}, // 28 December to 3 January
		{Calendar{}, "2027-01", "2026-W53", true},
		{april, "2023-Q1", "2023-W13", true}, // 27 March to 2 April: fiscal Q1 starts in April
		{april, "2022-Q4", "2023-W13", false},
		{Calendar{}, "2023-W05", "2023-W05", true},
		{Calendar{}, "2023-W05", "2023-W06", false},
		{Calendar{}, "2023-W05", "2023-02", false},
		{Calendar{}, "2023-Q1", "2023-03", true},
		{Calendar{}, "2023-Q2", "2023-03", false},
		{Calendar{}, "2023-03", "2023-Q1", false},
		{Calendar{}, "2023-Q4", "2023", false}, // a year ends in its last quarter, yet does not count in it
	}
	for _, tt := range tests {
		if got := tt.cal.CountsIn(Key(t, tt.outer), Key(t, tt.inner)); got != tt.want {
			t.Errorf("%v.CountsIn(%s, %s) = %v, want %v", tt.cal, tt.outer, tt.inner, got, tt.want)
		}
	}
	if (Calendar{}).CountsIn(Period{}, Key(t, "2023-W05")) || (Calendar{}).CountsIn(Key(t, "2023-02"), Period{}) {
		t.Error("CountsIn of a zero Period should be false")
	}
}

// TestParsePeriodKeyRefusesNonKeys checks that keys naming no period, or
// not written in the canonical form, are refused.
func TestParsePeriodKeyRefusesNonKeys(t *testing.T) {
	for _, key := range []string{"2025-W53", "2026-W54", "2026-W00", "2026-13", "2026-00", "2026-Q5", "2026-H3",
		"0000", "2026-q1", "2026-3", "26-03", "2026-03-01", "-2026", "+026", "２０２６"} {
		if _, err := ParsePeriodKey(key); err == nil {
			t.Errorf("ParsePeriodKey reads %q", key)
		}
	}
}

// TestISOWeeksOfEveryYear wants the looked-up count of ISO weeks of every
// year 1–10000, and the worked-out count past them, to be the week of 28
// December, which always falls in its year's last ISO week.
func TestISOWeeksOfEveryYear(t *testing.T) {
	for y := 1; y <= 10002; y++ {
		_, want := time.Date(y, time.December, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
		if got := isoWeeks(y); got != want {
			t.Fatalf("isoWeeks(%d) = %d, want %d", y, got, want)
		}
	}
}

// TestPeriodsFollowOneAnother checks that each period starts the day
// after the one before it ends, across year ends, for every cadence and
// fiscal start: AppendDueCheckInsFrom works out each period's first day
// from the last one's end.
func TestPeriodsFollowOneAnother(t *testing.T) {
	for _, c := range []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear} {
		for m := time.January; m <= time.December; m++ {
			cal := Calendar{FiscalStart: m}
			p := cal.PeriodOf(c, NewDate(1999, 6, 1))
			for range 400 {
				next := p.Next()
				if got, want := cal.FirstDay(next), cal.LastDay(p)+1; got != want {
					t.Fatalf("%s, fiscal start %s: %s starts on day %d, %s ends on day %d", c, m, next.Key(), got, p.Key(), want-1)
				}
				p = next
			}
		}
	}
}
