package notation

import (
	"slices"
	"strings"

	"pacer/app"
)

// yearHalfShapes are the shapes of a half-year written after its year:
// 2023-H1, 2023 H1, 2023H1, 2023年H1 (as Pacer's Chinese names it), and
// 2023年上半年 once halfWords has made it 2023年H1.
var yearHalfShapes = [][]tokenKind{{tokYear, tokH, tokNumber}, {tokYear, tokNian, tokH, tokNumber}}

// halfYearShapes are the shapes of a half-year written before its year:
// H1 2023, H1-2023, 1H 2023, 上半年 2023.
var halfYearShapes = [][]tokenKind{{tokH, tokNumber, tokYear}, {tokNumber, tokH, tokYear}}

// halfWords is s with 上半年 and 下半年 (the first and second half-year)
// written H1 and H2, which the tokenizer reads.
func halfWords(s string) string {
	if !strings.Contains(s, "半年") {
		return s // most dates: no replacement to build
	}
	return strings.NewReplacer("上半年", "H1", "下半年", "H2").Replace(s)
}

// periodLetter is the kind of the Q or H at rs[i] when it names a quarter
// or half: right before its number (Q1, H2) or right after it and before
// no other letter (1Q 2023, 1H 2023); 0 otherwise, for a letter of a
// word.
func periodLetter(rs []rune, i int) tokenKind {
	var k tokenKind
	switch rs[i] {
	case 'q':
		k = tokQ
	case 'h':
		k = tokH
	default:
		return 0
	}
	before := i > 0 && isDigit(rs[i-1])
	after := i+1 < len(rs) && isDigit(rs[i+1])
	if after || before && (i+1 == len(rs) || !isWordLetter(rs[i+1])) {
		return k
	}
	return 0
}

// quarterDate is the last day of calendar quarter q of year y.
func quarterDate(y, q int) (app.Date, DatePrecision, bool) {
	p := app.Period{Cadence: app.CadenceQuarter, Year: y, Index: q}
	if !p.Valid() {
		return app.Date{}, 0, false
	}
	return app.Calendar{}.End(p), PrecisionQuarter, true
}

// shapeIn reports whether shape is one of shapes.
func shapeIn(shapes [][]tokenKind, shape []tokenKind) bool {
	return slices.ContainsFunc(shapes, func(s []tokenKind) bool { return slices.Equal(s, shape) })
}

// halfDate is the last day of calendar half h of year y.
func halfDate(y, h int) (app.Date, DatePrecision, bool) {
	p := app.Period{Cadence: app.CadenceHalf, Year: y, Index: h}
	if !p.Valid() {
		return app.Date{}, 0, false
	}
	return app.Calendar{}.End(p), PrecisionHalf, true
}

// cutFiscalYear is toks without the label that marks their year a fiscal
// year, FY before it (FY2023, FY 2023, FY23: a two-digit year after FY is
// 2000 plus it) or 财 between it and its 年 (2023财年); fiscal reports
// whether toks had one. ok is false for a label twice, or one that marks
// no year.
func cutFiscalYear(toks []dateToken) (out []dateToken, fiscal, ok bool) {
	out = toks
	for i := 0; i < len(out); i++ {
		label := out[i].kind == tokCai || out[i].kind == tokWord && out[i].word == "fy"
		if !label {
			continue
		}
		if fiscal || !fiscalLabelAt(out, i) {
			return nil, false, false
		}
		out, fiscal = append(out[:i:i], out[i+1:]...), true
		if out[i].kind == tokNumber && out[i].digits == 2 {
			out[i].num, out[i].digits = 2000+out[i].num, 4
		}
	}
	return out, fiscal, true
}

// fiscalLabelAt reports whether the label at toks[i] marks a year: FY
// right before a year of four or two digits, 财 between a four-digit year
// and its 年.
func fiscalLabelAt(toks []dateToken, i int) bool {
	if toks[i].kind == tokCai {
		return i > 0 && toks[i-1].digits == 4 && i+1 < len(toks) && toks[i+1].kind == tokNian
	}
	return i+1 < len(toks) && toks[i+1].kind == tokNumber && (toks[i+1].digits == 4 || toks[i+1].digits == 2)
}

// fiscalYearShapes are the shapes of a fiscal year alone, once
// cutFiscalYear has cut its label: FY2023, 2023财年.
var fiscalYearShapes = [][]tokenKind{{tokYear}, {tokYear, tokNian}}

// readFiscal reads a date of the given shape whose year is labelled a
// fiscal year: a fiscal year, or a quarter or half of one. A day or month
// is refused: Pacer names a fiscal year by the calendar year it starts
// in, and FY2023's January is January 2024 when its year starts in
// April, which no date of the calendar alone can say.
func readFiscal(shape []tokenKind, n []int) (app.Date, DatePrecision, bool) {
	if shapeIn(fiscalYearShapes, shape) {
		p := app.Period{Cadence: app.CadenceYear, Year: n[0], Index: 1}
		if !p.Valid() {
			return app.Date{}, 0, false
		}
		return app.Calendar{}.End(p), PrecisionYear, true
	}
	d, prec, ok := datePattern(shape, n, 0, DayFirst, false)
	if !ok || (prec != PrecisionQuarter && prec != PrecisionHalf) {
		return app.Date{}, 0, false
	}
	return d, prec, true
}

// FiscalLabel reports whether s labels its year a fiscal year, as ReadDate
// reads FY2023 Q4 or 2023财年, for the import's check to say how Pacer
// names fiscal years.
func FiscalLabel(s string) bool {
	toks, _, ok := importTokenize(halfWords(plainDateText(s)))
	if !ok {
		return false
	}
	_, fiscal, ok := cutFiscalYear(toks)
	return ok && fiscal
}

// widenPeriodYear is toks with the two-digit year of a quarter or half
// written out as 20yy, as analysts' and ERP reports write them (Q1 24,
// Q1-24, 1Q24, 24Q1, H1 24, 24H2): a one-digit quarter or half beside a
// two-digit number leaves no other reading. Not so 1H24 (2h30 is a
// time), which stays refused; any other toks are returned as they are.
func widenPeriodYear(toks []dateToken) []dateToken {
	if len(toks) != 3 {
		return toks
	}
	year := -1
	switch {
	case isPeriodLetter(toks[0]) && oneDigit(toks[1]) && twoDigits(toks[2]), // Q1 24
		oneDigit(toks[0]) && toks[1].kind == tokQ && twoDigits(toks[2]): // 1Q24
		year = 2
	case twoDigits(toks[0]) && isPeriodLetter(toks[1]) && oneDigit(toks[2]): // 24Q1
		year = 0
	}
	if year < 0 {
		return toks
	}
	out := slices.Clone(toks)
	out[year].num, out[year].digits = 2000+out[year].num, 4
	return out
}

// isPeriodLetter reports whether t is the Q of a quarter or the H of a half.
func isPeriodLetter(t dateToken) bool { return t.kind == tokQ || t.kind == tokH }

// oneDigit reports whether t is a number of one digit.
func oneDigit(t dateToken) bool { return t.kind == tokNumber && t.digits == 1 }

// twoDigits reports whether t is a number of two digits.
func twoDigits(t dateToken) bool { return t.kind == tokNumber && t.digits == 2 }
