package notation

import (
	"strings"

	"pacer/app"
)

// A two-digit year can stand first (23/01/31, as China, Japan and Korea
// write short dates) or last (31/01/23, 1/31/23, as Excel writes them in
// most of the world), and 23/01/31 is a date either way: 2023-01-31 or 23
// January 2031. One value cannot tell; the column's other dates can, as
// they tell day from month (DetectDayMonth).

// yearEvidence is what the dates of a column say of where their year
// stands.
type yearEvidence struct {
	first, last int // dates whose year can only be first, or only last
	// either counts the dates with a two-digit first part that read as
	// two different days, year first and year last.
	either int
	// shorts counts the dates with a two-digit first part and a
	// two-digit year: only they are read differently when YearFirst.
	shorts int
	// firsts and lasts are the first and last parts of the short dates
	// that read either way: the year is the part that changes least.
	firsts, lasts map[int]bool
}

// yearEvidenceOf gathers the evidence of values: a four-digit year first
// (2023/01/15, but not the ISO 2023-01-15 programs write everywhere) or
// last (15/01/2023) says where the file writes its year,
// a one-digit first part (1/5/23) is never a year, and of a short date
// with a two-digit first part (23/01/31, 15/01/23) a reading that is no
// day decides (45/01/15 is year first, 23/02/30 year last). Dotted
// dates are day first, year last, and say nothing.
func yearEvidenceOf(values []string) yearEvidence {
	var e yearEvidence
	for _, v := range values {
		e.add(v)
	}
	return e
}

// add adds the evidence of value v.
func (e *yearEvidence) add(v string) {
	if isoLike(v) {
		return // the common case, read without tokenizing: see below
	}
	if e.firsts == nil {
		e.firsts, e.lasts = map[int]bool{}, map[int]bool{}
	}
	toks, dots, ok := threeNumbers(v)
	if !ok {
		return
	}
	a, b, c := toks[0], toks[1].num, toks[2]
	switch {
	case a.digits == 4 && c.digits <= 2:
		if !strings.Contains(v, "-") { // ISO dates are written by programs whatever the locale
			e.first++
		}
	case c.digits == 4 && a.digits <= 2, a.digits == 1 && c.digits == 2:
		e.last++
	case dots: // day first, year last: nothing to tell
	case a.digits == 2 && c.digits == 1: // 23/1/5: a one-digit day
		e.first++
		e.shorts++
	case a.digits == 2 && c.digits == 2:
		e.shorts++
		e.addShort(a.num, b, c.num)
	}
}

// isoLike reports whether v starts with four digits and a hyphen, as ISO
// dates do (2023-01-15), which say nothing of where a file writes its
// year. A column of a million of them was tokenized twice, doubling the
// time of its import.
func isoLike(v string) bool {
	return len(v) >= 5 && v[4] == '-' && allDigits(v[:4])
}

// threeNumbers are the tokens of v when it is three numbers, the middle
// one of one or two digits (a month or day), and whether dots separate
// them.
func threeNumbers(v string) (toks []dateToken, dots, ok bool) {
	toks, dots, ok = importTokenize(plainDateText(v))
	if !ok || len(toks) != 3 || toks[1].digits > 2 {
		return nil, false, false
	}
	for _, t := range toks {
		if t.kind != tokNumber {
			return nil, false, false
		}
	}
	return toks, dots, true
}

// addShort adds the evidence of the short date a/b/c.
func (e *yearEvidence) addShort(a, b, c int) {
	_, _, first := dayDate(2000+a, b, c)
	_, _, dayFirst := dayDate(2000+c, b, a)
	_, _, monthFirst := dayDate(2000+c, a, b)
	last := dayFirst || monthFirst
	switch {
	case first && !last:
		e.first++
	case last && !first:
		e.last++
	case first && a != c:
		e.either++
		e.firsts[a], e.lasts[c] = true, true
	}
}

// yearFirst says whether the column writes a two-digit year first, and
// whether that is in doubt. Dates that can be read one way only decide;
// without them, dates that read either way (15/01/23, 16/01/23) decide
// when their year, the part that changes least, is plain: first parts
// that change more than last parts are days. Doubt is dates that say
// both, or some that could be read either way and nothing that decides
// (a lone 23/01/31).
func (e yearEvidence) yearFirst() (first, ambiguous bool) {
	if e.shorts == 0 {
		return false, false // no date a YearFirst reading changes
	}
	if e.first == 0 && e.last == 0 && e.either > 0 {
		if len(e.firsts) == len(e.lasts) {
			return false, true
		}
		return len(e.firsts) < len(e.lasts), false
	}
	return e.first > e.last, e.first > 0 && e.last > 0
}

// DetectYearFirst says whether the all-numeric dates of a column write a
// two-digit year first (23/01/31 for 2023-01-31; read them YearFirst) or
// last (31/01/23), from the column's other dates: a four-digit year's
// place (2023/01/15 or 15/01/2023), a date that is a day only one way
// (23/1/5, 1/5/23), else the part that changes least among the dates. A
// column without a date that YearFirst reads otherwise is never first
// nor in doubt. ambiguous is true when its dates say both, or cannot
// tell (a single 23/01/31): PlanImport then refuses the dates that read
// as two different days rather than guess.
func DetectYearFirst(values []string) (first, ambiguous bool) {
	return yearEvidenceOf(values).yearFirst()
}

// YearColumn gathers, one value at a time, what DetectYearFirst decides
// from a column's dates, for a caller that would otherwise collect a
// million of them into a slice first. The zero value is ready.
type YearColumn struct{ e yearEvidence }

// Add adds one value of the column.
func (c *YearColumn) Add(v string) { c.e.add(v) }

// YearFirst is DetectYearFirst of the values added.
func (c *YearColumn) YearFirst() (first, ambiguous bool) { return c.e.yearFirst() }

// ShortYearEither reports whether s is a date with a two-digit year that
// reads as two different days, year first and year last in order (a
// year-last reading that fails in order counts as none), and what they
// are.
func ShortYearEither(s string, order DayMonthOrder) (first, last app.Date, either bool) {
	if !shortYearFirst(plainDateText(s)) {
		return app.Date{}, app.Date{}, false
	}
	if order == YearFirst {
		order = DayFirst
	}
	first, _, okFirst := ReadDate(s, YearFirst)
	last, _, okLast := ReadDate(s, order)
	return first, last, okFirst && okLast && !first.Equal(last.Time)
}
