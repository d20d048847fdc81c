package notation

import (
	"strings"
	"unicode/utf8"
)

// maxUnitLetters is the length of the longest Latin unit ReadNumberUnit
// reads: "pieces", "Stücke" and "tonnes" are units, "3 Company" is no
// number.
const maxUnitLetters = 6

// measureWords are the Chinese and Japanese measure words and units that
// follow a number, with or without a space, longest first so that 3千克
// is 3 kg and not 3 千 of 克.
var measureWords = []string{
	"平方米", "公斤", "千克", "公里", "小时", "平米",
	"件", "个", "個", "台", "套", "只", "支", "条", "瓶", "包", "箱", "盒", "袋", "张", "本", "份",
	"双", "对", "辆", "次", "单", "笔", "人", "位", "家", "间", "天", "斤", "克", "吨", "米", "升", "枚",
}

// ReadNumberUnit reads a number that a unit follows, as programs that
// keep quantities as text write them ("1.200 kg", "120 pcs", "12 Stück",
// "3,5 t", "35 件", "1.2万件"), and returns the unit as written, without
// a final dot. So that no text is taken for a number because it ends in
// a word, a unit is either
//   - a word of one to maxUnitLetters Latin letters, with an optional
//     final dot ("Stk."), set off by a space after a number that ends
//     in a digit, and that is no month or weekday name nor AM or PM:
//     "3M Company", "5 mars", "5 PM", "Q1 2026", "No. 5" and "2026-W05"
//     stay text;
//   - or one of measureWords, with or without a space, after a number
//     that ends in a digit or a magnitude (万, 亿, 千, 百).
//
// What the unit follows must be a number ReadNumber reads in f; "12 %"
// is ReadNumber's, a percent, and no unit here. s is normalised as
// ReadNumber's is; ok is false for text without such a unit.
func ReadNumberUnit(s string, f NumberFormat) (v float64, unit string, ok bool) {
	body, unit, ok := cutUnit(s)
	if !ok {
		return 0, "", false
	}
	if v, ok = ReadNumber(body, f); !ok {
		return 0, "", false
	}
	return v, unit, true
}

// cutUnit splits s into a number and the unit after it, as
// ReadNumberUnit defines one.
func cutUnit(s string) (body, unit string, ok bool) {
	if body, unit, ok = cutMeasureWord(s); ok {
		return body, unit, true
	}
	return cutLatinUnit(s)
}

// cutMeasureWord cuts one of measureWords off the end of s.
func cutMeasureWord(s string) (body, unit string, ok bool) {
	for _, w := range measureWords {
		if rest, found := strings.CutSuffix(s, w); found {
			rest = strings.TrimSpace(rest)
			r, _ := utf8.DecodeLastRuneInString(rest)
			return rest, w, isDigit(r) || strings.ContainsRune("万亿千百", r)
		}
	}
	return "", "", false
}

// cutLatinUnit cuts a word of Latin letters, set off by a space, off the
// end of s.
func cutLatinUnit(s string) (body, unit string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", "", false
	}
	body, unit = strings.TrimRight(s[:i], " "), strings.TrimSuffix(s[i+1:], ".")
	if body == "" || !isDigit(rune(body[len(body)-1])) || !isUnitWord(unit) {
		return "", "", false
	}
	return body, unit, true
}

// scaleWords, in lower case, are the words for a multiple that exports
// write after an amount (1,5 Mio., 2 Tsd., 1.2 bn, 1.5 lakh, 2 crore):
// no unit, and a multiple ReadNumber does not apply, so a number with one
// is refused rather than read as a millionth of itself. "mil" is a
// thousand in Spanish and a million in English. MM, millions in finance,
// counts in upper case only (scaleWord): mm are millimetres.
var scaleWords = map[string]bool{
	"b": true, "bn": true, "bil": true, "bln": true, "mn": true, "mio": true, "mil": true, "mln": true,
	"mrd": true, "mld": true, "tsd": true, "tys": true, "thou": true,
	"lakh": true, "lakhs": true, "lac": true, "lacs": true, "crore": true, "crores": true, "cr": true,
}

// scaleWord reports whether w is one of scaleWords, or MM.
func scaleWord(w string) bool {
	return w == "MM" || scaleWords[strings.ToLower(w)]
}

// isUnitWord reports whether w is a word a Latin unit may be: letters
// only, at most maxUnitLetters of them, and no month, weekday, time of
// day or word for a multiple (scaleWord).
func isUnitWord(w string) bool {
	n := utf8.RuneCountInString(w)
	if n == 0 || n > maxUnitLetters || strings.IndexFunc(w, func(r rune) bool { return !isWordLetter(r) }) >= 0 || scaleWord(w) {
		return false
	}
	w = strings.ToLower(w)
	_, weekday := weekdayWord(w)
	return !weekday && importMonthWord(w) == 0 && w != "am" && w != "pm"
}

// SameUnit reports whether units a and b, as ReadNumberUnit returns
// them, are one unit: in any case ("PCS" is "pcs"), and in the singular
// or the English plural ("1 pc" and "3 pcs", "1 box" and "2 boxes",
// "1 hr" and "8 hrs"). A unit of one letter has no plural here: "m" and
// "ms" are metres and milliseconds, "t" and "ts" no one unit.
func SameUnit(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == b {
		return true
	}
	if utf8.RuneCountInString(a) < 2 {
		return false
	}
	return b == a+"s" || b == a+"es"
}
