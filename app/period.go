package app

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrPeriodKey is wrapped by the error ParsePeriodKey returns for a key it
// does not accept.
var ErrPeriodKey = errors.New("invalid period key")

// Period is one week, month, quarter, half or fiscal year.
//
// Year and Index depend on the cadence:
//   - week: the ISO 8601 week-year and week 1–53 (key "2026-W53");
//   - month: the calendar year and month 1–12 (key "2023-03");
//   - quarter: the fiscal year and quarter 1–4 (key "2023-Q1");
//   - half: the fiscal year and half 1–2 (key "2023-H1");
//   - year: the fiscal year, Index 1 (key "2023").
//
// A fiscal year is named by the calendar year it starts in: with a fiscal
// year starting in April, "2023" runs from 2023-04-01 to 2024-03-31 and
// "2023-Q4" is January to March 2024. Weeks and months ignore the fiscal
// start. The zero Period is not valid.
type Period struct {
	Cadence Cadence
	Year    int
	Index   int
}

// Calendar holds the settings that map dates to periods.
type Calendar struct {
	// FiscalStart is the month the fiscal year starts in; the zero value, and
	// any value outside January–December, means January.
	FiscalStart time.Month
}

// ParsePeriodKey reads a key written by Period.Key. Only the canonical form
// is accepted (upper-case W, Q and H, four-digit years, two-digit months and
// weeks), and the period must exist: "2025-W53" does not.
func ParsePeriodKey(key string) (Period, error) {
	p, ok := parseKey(key)
	if !ok || !p.Valid() {
		return Period{}, fmt.Errorf("parse period key %q: %w", key, ErrPeriodKey)
	}
	return p, nil
}

func parseKey(key string) (Period, bool) {
	c, year, index, ok := splitPeriodKey(key)
	return Period{c, year, index}, ok
}

// splitPeriodKey reads a period key in its canonical form: "2026-W05"
// (ISO week), "2026-03" (month), "2026-Q1" (fiscal quarter), "2026-H1"
// (fiscal half) or "2026" (fiscal year). It returns the cadence, the year
// and the period's number within it (1 for a year); ok is false for any
// other text. It does not check that the period exists ("2026-13" splits).
func splitPeriodKey(key string) (c Cadence, year, index int, ok bool) {
	if len(key) < 4 {
		return "", 0, 0, false
	}
	year, ok = digits(key[:4])
	rest, dash := strings.CutPrefix(key[4:], "-")
	switch {
	case !ok:
		return "", 0, 0, false
	case key[4:] == "":
		return CadenceYear, year, 1, true
	case !dash:
		return "", 0, 0, false
	}
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		c, rest = CadenceQuarter, rest[1:]
	case len(rest) == 2 && rest[0] == 'H':
		c, rest = CadenceHalf, rest[1:]
	case len(rest) == 3 && rest[0] == 'W':
		c, rest = CadenceWeek, rest[1:]
	case len(rest) == 2:
		c = CadenceMonth
	default:
		return "", 0, 0, false
	}
	index, ok = digits(rest)
	return c, year, index, ok
}

// digits parses s (a key's year, month, week or quarter: four digits at
// most) when it is made of ASCII digits only. It adds the digits up by
// hand: the dashboard parses the plan keys of every goal each time it is
// shown, and strconv.Atoi, which would also take signs, costs more.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 18 { // 18 digits cannot overflow an int
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// Valid reports whether p names an existing period of a known cadence in
// the years 1–9999.
func (p Period) Valid() bool {
	if p.Year < 1 || p.Year > 9999 || p.Index < 1 {
		return false
	}
	n := periodsPerYear(p.Cadence, p.Year)
	return n > 0 && p.Index <= n
}

// periodsPerYear is how many periods of cadence c year holds, 0 for an
// unknown cadence.
func periodsPerYear(c Cadence, year int) int {
	switch c {
	case CadenceWeek:
		return isoWeeks(year)
	case CadenceMonth:
		return 12
	case CadenceQuarter:
		return 4
	case CadenceHalf:
		return 2
	case CadenceYear:
		return 1
	}
	return 0
}

// isoWeeks is the number of ISO weeks (52 or 53) in an ISO week-year: 53
// when 1 January or 31 December is a Thursday. Years 1–10000 are looked
// up: every period checked (Valid) and every week stepped over asks, some
// hundred thousand times a dashboard at 2,000 goals.
func isoWeeks(year int) int {
	if year >= 1 && year < len(isoWeeksOf) {
		return int(isoWeeksOf[year])
	}
	return countISOWeeks(year)
}

// isoWeeksOf is countISOWeeks of the years up to 10000 (index 0 unused).
var isoWeeksOf = func() (n [10001]uint8) {
	for y := 1; y < len(n); y++ {
		n[y] = uint8(countISOWeeks(y))
	}
	return n
}()

// countISOWeeks works isoWeeks out.
func countISOWeeks(year int) int {
	// dec31 is the weekday of 31 December, Sunday 0; years are positive.
	dec31 := func(y int) int { return (y + y/4 - y/100 + y/400) % 7 }
	if dec31(year) == 4 || dec31(year-1) == 3 {
		return 53
	}
	return 52
}

// week1Monday is the day number of the Monday that starts ISO week 1 of
// year: the week that holds 4 January.
func week1Monday(year int) int {
	jan4 := DayNumberOf(year, time.January, 4)
	// Day 0, 1970-01-01, was a Thursday: +3 makes Monday 0.
	return jan4 - floorMod(jan4+3, 7)
}

// Key writes p as stored in the database ("2026-W53", "2023-03", "2023-Q1",
// "2023-H1", "2023"), or "" when p is not valid.
func (p Period) Key() string {
	if !p.Valid() {
		return ""
	}
	// Written by hand rather than with fmt: the dashboard and the review
	// name thousands of periods each time they are shown.
	return string(p.appendKey(make([]byte, 0, 8)))
}

// appendKey appends p.Key() of a valid p to b.
func (p Period) appendKey(b []byte) []byte {
	b = append(b, byte('0'+p.Year/1000), byte('0'+p.Year/100%10), byte('0'+p.Year/10%10), byte('0'+p.Year%10))
	switch p.Cadence {
	case CadenceWeek:
		b = append(b, '-', 'W', byte('0'+p.Index/10), byte('0'+p.Index%10))
	case CadenceMonth:
		b = append(b, '-', byte('0'+p.Index/10), byte('0'+p.Index%10))
	case CadenceQuarter:
		b = append(b, '-', 'Q', byte('0'+p.Index))
	case CadenceHalf:
		b = append(b, '-', 'H', byte('0'+p.Index))
	}
	return b
}

// periodKeys calls set with each of ps's Key, all cut from one string:
// a goal's remaining weeks are named with one allocation, not one a week.
func periodKeys(ps []Period, set func(i int, key string)) {
	var stack [512]byte
	b := stack[:0]
	var endStack [64]int
	ends := endStack[:0]
	for _, p := range ps {
		if p.Valid() {
			b = p.appendKey(b)
		}
		ends = append(ends, len(b))
	}
	all, start := string(b), 0
	for i, end := range ends {
		set(i, all[start:end])
		start = end
	}
}

// String is p.Key.
func (p Period) String() string { return p.Key() }

// Next is the period after p, of the same cadence; the zero Period when p is
// not valid.
func (p Period) Next() Period {
	if !p.Valid() {
		return Period{}
	}
	if p.Index < periodsPerYear(p.Cadence, p.Year) {
		return Period{p.Cadence, p.Year, p.Index + 1}
	}
	return Period{p.Cadence, p.Year + 1, 1}
}

// Prev is the period before p, of the same cadence; the zero Period when p
// is not valid.
func (p Period) Prev() Period {
	if !p.Valid() {
		return Period{}
	}
	if p.Index > 1 {
		return Period{p.Cadence, p.Year, p.Index - 1}
	}
	return Period{p.Cadence, p.Year - 1, periodsPerYear(p.Cadence, p.Year-1)}
}

// startMonth is the first month of the fiscal year: January when
// FiscalStart is not a month.
func (cal Calendar) startMonth() time.Month {
	if cal.FiscalStart < time.January || cal.FiscalStart > time.December {
		return time.January
	}
	return cal.FiscalStart
}

// PeriodOf is the period of cadence c that contains d; the zero Period for
// an unknown cadence, and a period that is not Valid for a date outside the
// years 1–9999.
func (cal Calendar) PeriodOf(c Cadence, d Date) Period {
	t := civil(d)
	if c == CadenceWeek {
		y, w := t.ISOWeek()
		return Period{c, y, w}
	}
	if c == CadenceMonth {
		return Period{c, t.Year(), int(t.Month())}
	}
	fy, offset := t.Year(), int(t.Month()-cal.startMonth())
	if offset < 0 {
		fy, offset = fy-1, offset+12
	}
	switch c {
	case CadenceQuarter:
		return Period{c, fy, offset/3 + 1}
	case CadenceHalf:
		return Period{c, fy, offset/6 + 1}
	case CadenceYear:
		return Period{c, fy, 1}
	}
	return Period{}
}

// Start is the first day of p; the zero Date when p is not valid.
func (cal Calendar) Start(p Period) Date {
	if !p.Valid() {
		return Date{}
	}
	return DateOfDayNumber(cal.FirstDay(p))
}

// End is the last day of p, inclusive: End of "2023-Q1" is 2023-03-31. It is
// the zero Date when p is not valid.
func (cal Calendar) End(p Period) Date {
	if !p.Valid() {
		return Date{}
	}
	return DateOfDayNumber(cal.LastDay(p))
}

// FirstDay is the day number of p's first day. It does not check p, so that
// Index one past a year's last period gives the next year's first day.
func (cal Calendar) FirstDay(p Period) int {
	fs := int(cal.startMonth()) - 1
	switch p.Cadence {
	case CadenceWeek:
		return week1Monday(p.Year) + 7*(p.Index-1)
	case CadenceMonth:
		return monthStart(p.Year, p.Index-1)
	case CadenceQuarter:
		return monthStart(p.Year, fs+3*(p.Index-1))
	case CadenceHalf:
		return monthStart(p.Year, fs+6*(p.Index-1))
	}
	return monthStart(p.Year+p.Index-1, fs)
}

// LastDay is the day number of p's last day; p is not checked.
func (cal Calendar) LastDay(p Period) int {
	return cal.FirstDay(Period{p.Cadence, p.Year, p.Index + 1}) - 1
}

// monthStart is the day number of the first day of the month that is
// months (0 or more) after January of year.
func monthStart(year, months int) int {
	return DayNumberOf(year+months/12, time.Month(months%12+1), 1)
}

// SameLastYear is the period a year before p: the same index one (fiscal or
// ISO) year earlier. Week 53 maps to week 52 when the year before has none.
// The result does not depend on the fiscal start, because fiscal periods are
// named by their fiscal year.
func (cal Calendar) SameLastYear(p Period) Period {
	if !p.Valid() || p.Year == 1 {
		return Period{}
	}
	q := Period{p.Cadence, p.Year - 1, p.Index}
	if n := periodsPerYear(q.Cadence, q.Year); q.Index > n {
		q.Index = n
	}
	return q
}

// Periods lists the periods of cadence c that overlap start..end (both
// inclusive), in order. It is nil when end is before start, either date is
// zero, or c is unknown.
func (cal Calendar) Periods(c Cadence, start, end Date) []Period {
	if start.IsZero() || end.IsZero() || end.DayNumber() < start.DayNumber() {
		return nil
	}
	last := end.DayNumber()
	var ps []Period
	for p := cal.PeriodOf(c, start); p.Valid() && cal.FirstDay(p) <= last; p = p.Next() {
		ps = append(ps, p)
	}
	return ps
}

// ElapsedFraction is how much of p has passed at asOf, from 0 to 1, linear
// by days. A day counts as elapsed at its end: on the first day of a 90-day
// quarter the fraction is 1/90, on its last day 1. It is 0 before p and for
// an invalid p, and 1 after p.
func (cal Calendar) ElapsedFraction(p Period, asOf Date) float64 {
	if !p.Valid() {
		return 0
	}
	return spanFraction(cal.FirstDay(p), cal.LastDay(p), asOf.DayNumber())
}

// spanFraction is the elapsed share of the inclusive day span first..last at
// day asOf, counting asOf itself as elapsed.
func spanFraction(first, last, asOf int) float64 {
	switch {
	case last < first || asOf < first:
		return 0
	case asOf >= last:
		return 1
	}
	return float64(asOf-first+1) / float64(last-first+1)
}

// Contains reports whether inner lies entirely within outer: the months of a
// quarter, the quarters of a fiscal year, or p itself. A week that crosses a
// month end lies within neither month (CountsIn gives it to one).
func (cal Calendar) Contains(outer, inner Period) bool {
	if !outer.Valid() || !inner.Valid() {
		return false
	}
	return cal.FirstDay(outer) <= cal.FirstDay(inner) && cal.LastDay(inner) <= cal.LastDay(outer)
}

// civil is d's calendar day at midnight UTC, so that a Date carrying a clock
// time or a zone still maps to the day it names.
func civil(d Date) time.Time {
	y, m, day := d.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
}

// DayNumber numbers the calendar day d names: days since 1970-01-01,
// which is 0. Day numbers keep period arithmetic in integers, away from
// time.Time's costlier calendar conversions.
func (d Date) DayNumber() int {
	y, m, day := d.Date()
	return DayNumberOf(y, m, day)
}

// DateOfDayNumber is the Date of a day number (see Date.DayNumber).
func DateOfDayNumber(n int) Date {
	return Date{Time: time.Unix(int64(n)*86400, 0).UTC()}
}

// DayNumberOf is the day number (see Date.DayNumber) of the proleptic
// Gregorian date y-m-d, after Howard Hinnant's days_from_civil; m must be
// 1–12.
func DayNumberOf(y int, m time.Month, d int) int {
	if m <= time.February {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (int(m) + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int) int {
	return a - floorDiv(a, b)*b
}
