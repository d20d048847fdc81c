package notation

// Which order a column writes its all-numeric dates in: day or month
// first (DetectDayMonth); where it writes a two-digit year is
// date_short_year.go's.

// DetectDayMonth guesses the order of the all-numeric dates whose year
// comes last (01/02/2023) in a column: a first part over 12 can only be a
// day, a second part over 12 only a day too. ambiguous is true when the
// order matters to some value (01/02/2023 does, 01/01/2023 and 31.01.2023,
// always day first, do not) and no value decides it (then order is
// DayFirst), or when values contradict each other (then order is the
// majority's, ties DayFirst): the UI should ask. Other values are ignored,
// and so are 23/01/31 and its like when the column writes a two-digit
// year first (DetectYearFirst).
func DetectDayMonth(values []string) (order DayMonthOrder, ambiguous bool) {
	dayFirst, monthFirst, undecided := 0, 0, 0
	yearFirst, _ := DetectYearFirst(values)
	for _, v := range values {
		a, b, ok := dayMonthParts(v, yearFirst)
		if !ok {
			continue
		}
		switch {
		case a > 12 && b <= 12:
			dayFirst++
		case b > 12 && a <= 12:
			monthFirst++
		case a != b && a >= 1 && b >= 1 && a <= 12 && b <= 12:
			undecided++
		}
	}
	switch {
	case monthFirst > dayFirst:
		return MonthFirst, dayFirst > 0
	case dayFirst > 0:
		return DayFirst, monthFirst > 0
	}
	return DayFirst, undecided > 0
}

// dayMonthParts are the first two parts of an all-numeric date whose
// year comes last and whose parts are not separated by dots (02/03/2023:
// 2 and 3); ok is false for any other value, and for 23/01/31 and its
// like when yearFirst: their year comes first, so they have no day-month
// order.
func dayMonthParts(v string, yearFirst bool) (a, b int, ok bool) {
	if isoLike(v) {
		return 0, 0, false // its year is first: read without tokenizing, as a column of them is long
	}
	if yearFirst && shortYearFirst(plainDateText(v)) {
		return 0, 0, false
	}
	toks, dots, ok := importTokenize(dateText(v, DayFirst))
	if !ok || len(toks) != 3 || dots || toks[0].kind != tokNumber || toks[1].kind != tokNumber ||
		toks[2].kind != tokNumber || toks[2].digits != 4 {
		return 0, 0, false
	}
	return toks[0].num, toks[1].num, true
}
