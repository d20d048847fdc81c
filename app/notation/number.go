package notation

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"pacer/app"
)

// ErrNumber is wrapped by the errors ParseNumber and ParseTargetChange
// return for text they cannot read as a number.
var ErrNumber = errors.New("not a number")

// NumberFormat is how the user writes numbers. The zero value is
// "1,234.5": a decimal point and comma (or space) thousands separators.
type NumberFormat struct {
	// DecimalComma selects "1.234,5": a decimal comma and point (or space)
	// thousands separators.
	DecimalComma bool
}

// Example is a number written in f, for messages that show what to type.
func (f NumberFormat) Example() string {
	if f.DecimalComma {
		return "1.234,5"
	}
	return "1,234.5"
}

// ExampleAt is Example for a value kept at decimals places: a whole
// number at none, which a goal counting whole amounts accepts ("1,234").
func (f NumberFormat) ExampleAt(decimals int) string {
	switch {
	case decimals > 0:
		return f.Example()
	case f.DecimalComma:
		return "1.234"
	}
	return "1,234"
}

// magnitudes are the multipliers a number may carry, as powers of ten,
// longest spelling first so that 千万 is not read as 千 after 万 is cut.
// Compound units (百万, 千万, 万亿) are single words in Chinese and are
// accepted; two separate magnitudes ("1万万", "2k万") are not.
var magnitudes = []struct {
	suffix string
	exp    int
}{
	{"万亿", 12}, {"千万", 7}, {"百万", 6}, {"亿", 8}, {"万", 4}, {"千", 3},
	{"k", 3}, {"K", 3}, {"M", 6},
}

// currencyWords may stand before or after a number; codes match in any
// case. Longest first, so that "US$" is not read as "$".
var currencyWords = []string{
	"人民币", "美元", "欧元", "英镑", "日元", "港元", "港币",
	"US$", "HK$", "R$", "CN¥", "JP¥", "元", "块", "¥", "$", "€", "£",
	"CNY", "RMB", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "CHF",
	"AUD", "CAD", "SGD", "KRW", "MOP",
}

// ParseNumber reads a number as people type it:
//   - separators by f: "1,234.5" and "1 234.5", or with f.DecimalComma
//     "1.234,5" and "1 234,5"; thousands groups must have three digits, so
//     "1,23" is refused rather than guessed; ".5" and "12." are accepted;
//     the Swiss apostrophe ("1'234.50", "1’234.50") and India's grouping
//     ("12,34,567.89") group thousands too, as those locales write them;
//   - a sign: "-12.5", "+3", the Unicode minus "−12.5", full-width "－";
//   - accounting negatives: "(1,200)" is -1200, as spreadsheets export it,
//     with a currency symbol inside or before the parentheses ("$(1,200.00)");
//   - scientific notation with a signed exponent, as Excel's General
//     format writes large numbers to CSV: "1.2E+06" is exactly 1,200,000,
//     "1,2E+06" with f.DecimalComma; the mantissa has no thousands
//     separators, and a sign is the only decoration it takes;
//   - full-width digits and punctuation ("１２３", "１２．５％") and
//     thin, no-break and ideographic spaces;
//   - a trailing "%": "8%" is 8, since percent goals store values as shown;
//   - one currency symbol, code or word before or after the number
//     ("¥1,200", "$1,200.50", "1200 元", "RMB 1200", "CHF 1,250.00", and
//     "CN¥1,200" and "JP¥1,200" as Pacer writes them, "R$ 1.234,50", or
//     any currency sign: "₹1,234.50", "1 234,50 ₽"): the
//     known codes in any case and with or without a space, any other three
//     capital letters only when a space separates them, as FormatValue
//     writes them; never together with "%"; a sign before may have its
//     own currency's code or word after: "¥1,200元", "$1,200 USD";
//   - one magnitude after the number: 万 (10^4), 亿 (10^8), 千, 百万, 千万,
//     万亿, and k, K and M: "800万" is 8,000,000 and "1.2亿元" 120,000,000.
//
// The digits are scaled by moving the decimal point, so "1.2亿" is exactly
// 120,000,000. Anything else (empty text, "1.2.3", "12abc", "1e5", two
// magnitudes, NaN, a value beyond float64, and what ReadExportedNumber
// reads: "-", "1,200-") gives a *data.Error with code data.EInvalid,
// whose message asks for a number like f.Example, and which wraps
// ErrNumber. Negative zero is returned as 0.
func ParseNumber(s string, f NumberFormat) (float64, error) {
	v, ok := ReadNumber(app.NormalizeNumber(s), f)
	if !ok {
		return 0, numberError(MsgNumber, f)
	}
	return v, nil
}

// numberError is the user-facing error for text that is not a number.
func numberError(msg string, f NumberFormat) error {
	return &app.Error{Code: app.EInvalid, Message: msg,
		Args: map[string]any{"Example": f.Example()}, Err: ErrNumber}
}

// ReadNumber is ParseNumber without the error, for guessing what a column
// holds: ok is false for text it does not read as a number.
func ReadNumber(s string, f NumberFormat) (float64, bool) {
	if v, ok := readScientific(s, f); ok {
		return v, true
	}
	body, d, ok := undecorate(s)
	if !ok {
		return 0, false
	}
	neg, exp := d.neg, d.exp
	if strings.Contains(body, "’") { // Excel's Swiss thousands separator
		body = strings.ReplaceAll(body, "’", "'")
	}
	intPart, frac, ok := plainNumber(body, f)
	if !ok {
		return 0, false
	}
	intPart, frac = shiftRight(intPart, frac, exp)
	v, err := strconv.ParseFloat(intPart+"."+frac, 64)
	if err != nil || !app.IsFinite(v) {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v + 0, true // + 0 turns -0 into 0
}

// decorations are what undecorate cut off a number: whether it is
// negative, its power of ten (a magnitude: 万 is 4) and its currency word
// or sign, if any.
type decorations struct {
	neg      bool
	exp      int
	currency bool
	word     string // the currency word or sign, the first when both sides have one
}

// StatesItsUnit reports whether number text s, as ParseNumber reads it,
// carries a magnitude or a currency word of its own ("1.2万", "1.2k",
// "12000元", "CNY 12,000"): an amount written in full, which a column
// header's scale (销售额(万元), "in thousands") cannot be meant to
// multiply again. A bare sign ("¥12,000", "$1,234") is not one: a
// currency format under "Revenue ($000)" writes it on every cell.
func StatesItsUnit(s string) bool {
	_, d, ok := undecorate(strings.TrimSpace(app.NormalizeNumber(s)))
	return ok && (d.exp > 0 || strings.IndexFunc(d.word, unicode.IsLetter) >= 0)
}

// Magnitude is the power of ten of the magnitude number text s writes
// after its digits (4 for "12.34万元", 3 for "12k"), 0 for none.
func Magnitude(s string) int {
	if _, d, ok := undecorate(strings.TrimSpace(app.NormalizeNumber(s))); ok {
		return d.exp
	}
	return 0
}

// plainFigures reports whether s holds only digits, separators, signs
// and spaces: no currency.
func plainFigures(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-' || c == '+' || c == ' ') {
			return false
		}
	}
	return true
}

// sharedSigns are the currency signs several currencies write, with the
// codes of those currencies.
var sharedSigns = map[string]string{
	"$": "USD HKD TWD CAD AUD NZD SGD MXN ARS CLP COP MOP", "¥": "CNY JPY", "￥": "CNY JPY",
	"元": "CNY TWD HKD MOP", "块": "CNY TWD HKD MOP", // 元 is the yuan, and the dollar in Taiwan and Hong Kong
}

// otherSigns are currency signs of one currency each beyond currencyOf's.
var otherSigns = map[string]string{"R$": "BRL", "₩": "KRW", "₹": "INR", "₽": "RUB", "₺": "TRY", "₫": "VND", "฿": "THB", "₱": "PHP"}

// undecorate cuts accounting parentheses, a sign, one currency word, a
// percent sign and a magnitude off a normalised number, returning what is
// left and what it cut; ok is false for decorations that do not go
// together.
func undecorate(s string) (body string, d decorations, ok bool) {
	s, before := cutCurrencyBeforeParens(s)
	parens := parenthesized(s)
	if parens {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	sign, s := cutSign(s)
	s, inside := cutCurrency(s, true)
	before += inside
	if sign == 0 {
		sign, s = cutSign(s)
	}
	s, after := cutCurrency(s, false)
	s, percent := strings.CutSuffix(s, "%")
	s = strings.TrimSpace(s)
	exp := 0
	for _, m := range magnitudes {
		if rest, found := strings.CutSuffix(s, m.suffix); found {
			s, exp = strings.TrimSpace(rest), m.exp
			break
		}
	}
	currency := before != "" || after != ""
	ok = currenciesAgree(before, after) && !(percent && (currency || exp > 0)) && !(parens && sign != 0)
	word := before
	if word == "" {
		word = after
	}
	return s, decorations{neg: parens || sign == '-', exp: exp, currency: currency, word: word}, ok
}

// currencyOf is the currency of the words that may stand on both sides
// of a number, a sign before and its own code or word after: "¥1,200元",
// as Chinese price lists write yuan, or "$1,200 USD".
var currencyOf = map[string]string{
	"¥": "CNY", "CN¥": "CNY", "RMB": "CNY", "CNY": "CNY", "人民币": "CNY", "元": "CNY", "块": "CNY",
	"$": "USD", "US$": "USD", "USD": "USD", "美元": "USD",
	"€": "EUR", "EUR": "EUR", "欧元": "EUR", "£": "GBP", "GBP": "GBP", "英镑": "GBP",
	"JP¥": "JPY", "JPY": "JPY", "日元": "JPY", "HK$": "HKD", "HKD": "HKD", "港元": "HKD", "港币": "HKD",
}

// currenciesAgree reports whether the currency words cut before and
// after a number go together: one of them alone, or both of the same
// currency (currencyOf).
func currenciesAgree(before, after string) bool {
	return before == "" || after == "" || currencyOf[before] != "" && currencyOf[before] == currencyOf[after]
}

// cutCurrencyBeforeParens removes a currency word standing before an
// accounting negative, as Excel's Accounting and currency formats put it:
// "$(1,200.00)", "¥(50)", and returns it. Other text is returned as it
// is.
func cutCurrencyBeforeParens(s string) (string, string) {
	if rest, word := cutCurrency(s, true); word != "" && parenthesized(rest) {
		return rest, word
	}
	return s, ""
}

// parenthesized reports whether s is wrapped in parentheses, as
// accounting negatives are.
func parenthesized(s string) bool {
	return len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')'
}

// cutSign removes a leading '+' or '-' and the spaces after it.
func cutSign(s string) (byte, string) {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[0], strings.TrimSpace(s[1:])
	}
	return 0, s
}

// cutCurrency removes one currency word from the front (or the back) of
// s, and returns it as currencyWords spells it; word is "" when there
// is none.
func cutCurrency(s string, front bool) (rest, word string) {
	for _, w := range currencyWords {
		if front && len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			return strings.TrimSpace(s[len(w):]), w
		}
		if !front && len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			return strings.TrimSpace(s[:len(s)-len(w)]), w
		}
	}
	return cutOtherCurrency(s, front)
}

// cutOtherCurrency removes a currency sign or code that is not among
// currencyWords from the front (or the back) of s: any currency sign, as
// locales' currency formats put one ("1 234,50 ₽", "₹12,34,567.89"), or
// three capitals set off by a space ("SEK 1,250"). word is what it cut.
func cutOtherCurrency(s string, front bool) (rest, word string) {
	if n := currencySign(s, front); n > 0 {
		if front {
			return strings.TrimSpace(s[n:]), s[:n]
		}
		return strings.TrimSpace(s[:len(s)-n]), s[len(s)-n:]
	}
	if len(s) > 4 {
		if front && s[3] == ' ' && isCode(s[:3]) {
			return strings.TrimSpace(s[4:]), s[:3]
		}
		if !front && s[len(s)-4] == ' ' && isCode(s[len(s)-3:]) {
			return strings.TrimSpace(s[:len(s)-4]), s[len(s)-3:]
		}
	}
	return s, ""
}

func isCode(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// plainNumber checks the digits and separators of an unsigned number and
// returns its integer and fraction digits.
func plainNumber(s string, f NumberFormat) (intPart, frac string, ok bool) {
	dec, group := byte('.'), byte(',')
	if f.DecimalComma {
		dec, group = ',', '.'
	}
	intPart, frac, hasDec := strings.Cut(s, string(dec))
	if (intPart == "" && frac == "") || !allDigits(frac) || (hasDec && strings.IndexByte(frac, dec) >= 0) {
		return "", "", false
	}
	intPart, ok = ungroup(intPart, group)
	return intPart, frac, ok
}

// ungroup removes thousands separators (group, a space or the Swiss
// apostrophe, one kind only) from the integer digits, checking that every
// group after the first has three digits, or, with commas, that they are
// grouped as in India (12,34,567: twos before the last three).
func ungroup(s string, group byte) (string, bool) {
	sep := byte(0)
	for _, c := range []byte{group, ' ', '\''} {
		if strings.IndexByte(s, c) < 0 {
			continue
		}
		if sep != 0 {
			return "", false
		}
		sep = c
	}
	if sep == 0 {
		return s, allDigits(s)
	}
	parts := strings.Split(s, string(sep))
	if groupsOf(parts, 3) || sep == ',' && len(parts) > 2 && groupsOf(parts[:len(parts)-1], 2) && len(parts[len(parts)-1]) == 3 {
		return strings.Join(parts, ""), true
	}
	return "", false
}

// groupsOf reports whether parts are digit groups of n digits each, the
// first of 1 to n.
func groupsOf(parts []string, n int) bool {
	for i, p := range parts {
		if !allDigits(p) || p == "" || len(p) > n || (i > 0 && len(p) != n) {
			return false
		}
	}
	return true
}

// currencySign is the length in bytes of the currency sign (Unicode's
// currency symbols, ₹ ₽ ₩ ₺ and the like) at the front or the back of s,
// 0 when there is none.
func currencySign(s string, front bool) int {
	r, n := utf8.DecodeRuneInString(s)
	if !front {
		r, n = utf8.DecodeLastRuneInString(s)
	}
	if n == 0 || r == utf8.RuneError || !unicode.Is(unicode.Sc, r) {
		return 0
	}
	return n
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// shiftRight multiplies the decimal intPart.frac by 10^k by moving the
// point, so that no binary rounding enters.
func shiftRight(intPart, frac string, k int) (string, string) {
	if k <= 0 {
		return intPart, frac
	}
	if len(frac) < k {
		frac += strings.Repeat("0", k-len(frac))
	}
	return intPart + frac[:k], frac[k:]
}
