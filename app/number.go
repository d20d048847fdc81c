package app

import (
	"strconv"
	"strings"
	"sync/atomic"
)

// NotANumber is what the formatters return for NaN and infinite values.
const NotANumber = "—"

// MaxDecimals is the most digits after the decimal point the formatters
// write; more would show float64 noise.
const MaxDecimals = 9

// CurrencyStyle is how currency symbols are written: as English or as
// Chinese readers take them. A bare ¥ reads as yen to the one and as yuan
// to the other.
type CurrencyStyle int32

// The currency styles. The zero value is Chinese, where ¥ is the yuan.
const (
	CurrencyChinese CurrencyStyle = iota // CNY ¥, JPY JP¥
	CurrencyEnglish                      // CNY CN¥, JPY ¥
)

// currencySymbols maps the common currency codes to their symbols, by style.
var currencySymbols = [...]map[string]string{
	CurrencyChinese: {"CNY": "¥", "RMB": "¥", "JPY": "JP¥", "USD": "$", "EUR": "€", "GBP": "£"},
	CurrencyEnglish: {"CNY": "CN¥", "RMB": "CN¥", "JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£"},
}

// currencyStyle is the style of the interface's language. The language is
// chosen once, at start, for every text the process writes, as Fyne's
// translations are; so is this.
var currencyStyle atomic.Int32

// SetCurrencyStyle makes FormatValue and CurrencySymbol write symbols in
// style s: English for an English interface, Chinese for a Chinese one.
// The app calls it once at start, after choosing the language.
func SetCurrencyStyle(s CurrencyStyle) {
	currencyStyle.Store(int32(s))
}

// CurrencySymbol is the symbol of a common currency code (any case) in the
// style set by SetCurrencyStyle: "CN¥" for CNY in English, "¥" in Chinese;
// ok is false for other codes.
func CurrencySymbol(code string) (sym string, ok bool) {
	return CurrencySymbolIn(code, CurrencyStyle(currencyStyle.Load()))
}

// CurrencySymbolIn is CurrencySymbol in style s.
func CurrencySymbolIn(code string, s CurrencyStyle) (sym string, ok bool) {
	if s != CurrencyEnglish {
		s = CurrencyChinese
	}
	sym, ok = currencySymbols[s][strings.ToUpper(strings.TrimSpace(code))]
	return sym, ok
}

// FormatValue writes a goal value for display with exactly decimals digits
// after the point (clamped to 0..MaxDecimals) and comma thousands
// separators: "1,234,567.50". Rounding is half away from zero on the
// shortest decimal form of v, so 2.675 at 2 is "2.68" and 0.1+0.2 is
// "0.30", as a user who typed the numbers expects. The unit decides the
// decoration:
//   - percent: "8.0%" (values are stored as percents);
//   - currency: the symbol of a common code in label, in the style set by
//     SetCurrencyStyle (CurrencySymbol: CNY and RMB "CN¥" in English and
//     "¥" in Chinese, USD $, EUR €, GBP £), "-¥2,000,000"; another code is
//     written before the number with a space, "CHF 1,250.00"; no code, no
//     decoration;
//   - custom (and unknown units): the label after a space, "12.5 kg";
//   - count: the number alone, as tables and charts, whose headings name
//     the unit, want it; FigureText adds a count's unit name.
//
// The minus sign is ASCII "-", and a value that rounds to zero has none.
// NaN and infinities give NotANumber.
func FormatValue(v float64, decimals int, unit Unit, label string) string {
	neg, intPart, frac, ok := decimalOf(v)
	if !ok {
		return NotANumber
	}
	intPart, frac = roundDigits(intPart, frac, decimals)
	num := group(intPart)
	if frac != "" {
		num += "." + frac
	}
	sign := ""
	if neg && !isZero(intPart, frac) {
		sign = "-"
	}
	label = strings.TrimSpace(label)
	switch unit {
	case UnitPercent:
		return sign + num + "%"
	case UnitCount:
		return sign + num
	case UnitCurrency:
		code := strings.ToUpper(label)
		if sym, ok := CurrencySymbol(code); ok {
			return sign + sym + num
		}
		if code != "" {
			return sign + code + " " + num
		}
		return sign + num
	}
	if label != "" {
		return sign + num + " " + label
	}
	return sign + num
}

// CountUnit is the unit name of count goal g, "customers" or "订单", that
// the goal wizard asks for; "" for a count without one, a milestone (done
// or not) and every other unit, whose FormatValue carries its own. A
// currency code is no count's name: the wizard kept the one it gave money
// when the unit was changed to a count.
func CountUnit(g Goal) string {
	label := strings.TrimSpace(g.UnitLabel)
	if _, money := CurrencySymbol(label); g.Unit != UnitCount || g.Kind == KindMilestone || money {
		return ""
	}
	return label
}

// WithCountUnit is text, a value of g as FormatValue writes it, followed by
// g's count unit name when it has one: "40" becomes "40 customers".
func WithCountUnit(g Goal, text string) string {
	if u := CountUnit(g); u != "" {
		return text + " " + u
	}
	return text
}

// FigureText writes value v of goal g to be read on its own, where no
// heading names its unit: FormatValue at g's decimals, a count with its
// unit name ("40 customers"), so that it reads as a sum of money does.
func FigureText(g Goal, v float64) string {
	return WithCountUnit(g, FormatValue(v, g.Decimals, g.Unit, g.UnitLabel))
}

// FormatFraction writes a fraction (a progress, a ratio, a relative
// variance) as a percentage: 0.8 at 1 decimal is "80.0%".
func FormatFraction(f float64, decimals int) string {
	return FormatValue(Percent(f), decimals, UnitPercent, "")
}

// Percent is fraction f in per cent, its decimal point moved two places
// on f's shortest decimal form, as a spreadsheet's percent format moves
// it: −51/80 is −63.75 %, which rounds to −63.8 % at one decimal, where
// f × 100 in binary is −63.74999999999999 and rounded to −63.7 %. NaN and
// infinities are returned times 100.
func Percent(f float64) float64 {
	if !IsFinite(f) || f == 0 {
		return f * 100
	}
	p, err := strconv.ParseFloat(strconv.FormatFloat(f, 'g', -1, 64)+"e2", 64)
	if err != nil {
		return f * 100
	}
	return p
}

// FormatWan writes v in Chinese magnitudes: 亿 (10^8) from 100,000,000, 万
// (10^4) from 10,000, plain below, with at most decimals digits after the
// point and trailing zeros dropped: 8,000,000 is "800万", 120,000,000 at 1
// is "1.2亿", 12,345 at 0 is "1万". A value that rounds up to the next
// magnitude moves to it (99,999,999 at 0 is "1亿", not "10000万"). Integer
// parts longer than four digits get comma separators. The text does not
// depend on the UI language; NaN and infinities give NotANumber.
func FormatWan(v float64, decimals int) string {
	neg, intPart, frac, ok := decimalOf(v)
	if !ok {
		return NotANumber
	}
	shift, suffix := 0, ""
	if i, _ := roundShifted(intPart, frac, 4, decimals); len(i) > 4 {
		shift, suffix = 8, "亿"
	} else if i, _ := roundDigits(intPart, frac, decimals); len(i) > 4 {
		shift, suffix = 4, "万"
	}
	intPart, frac = roundShifted(intPart, frac, shift, decimals)
	num := intPart
	if len(num) > 4 {
		num = group(num)
	}
	if frac = strings.TrimRight(frac, "0"); frac != "" {
		num += "." + frac
	}
	if neg && !isZero(intPart, frac) {
		num = "-" + num
	}
	return num + suffix
}

// decimalOf splits the shortest decimal form of v (the digits a user would
// have typed, without binary noise such as 0.30000000000000004) into sign,
// integer digits and fraction digits; ok is false for NaN and infinities.
func decimalOf(v float64) (neg bool, intPart, frac string, ok bool) {
	if !IsFinite(v) {
		return false, "", "", false
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if s[0] == '-' {
		neg, s = true, s[1:]
	}
	intPart, frac, _ = strings.Cut(s, ".")
	return neg, intPart, frac, true
}

// shiftPoint divides the decimal intPart.frac by 10^k by moving the point.
func shiftPoint(intPart, frac string, k int) (string, string) {
	if k <= 0 {
		return intPart, frac
	}
	if pad := k + 1 - len(intPart); pad > 0 {
		intPart = strings.Repeat("0", pad) + intPart
	}
	cut := len(intPart) - k
	return intPart[:cut], intPart[cut:] + frac
}

// roundShifted divides intPart.frac by 10^k and rounds it (roundDigits).
func roundShifted(intPart, frac string, k, decimals int) (string, string) {
	i, f := shiftPoint(intPart, frac, k)
	return roundDigits(i, f, decimals)
}

// roundDigits rounds the decimal intPart.frac half away from zero to
// exactly decimals fraction digits (clamped to 0..MaxDecimals), and drops
// leading zeros of the integer part.
func roundDigits(intPart, frac string, decimals int) (string, string) {
	decimals = max(0, min(decimals, MaxDecimals))
	if len(frac) <= decimals {
		frac += strings.Repeat("0", decimals-len(frac))
	} else {
		up := frac[decimals] >= '5'
		ds := []byte(intPart + frac[:decimals])
		for i := len(ds) - 1; up && i >= 0; i-- {
			if ds[i] == '9' {
				ds[i] = '0'
				continue
			}
			ds[i]++
			up = false
		}
		if up {
			ds = append([]byte{'1'}, ds...)
		}
		intPart, frac = string(ds[:len(ds)-decimals]), string(ds[len(ds)-decimals:])
	}
	if intPart = strings.TrimLeft(intPart, "0"); intPart == "" {
		intPart = "0"
	}
	return intPart, frac
}

// isZero reports whether the digits are all zeros, so that the result
// carries no minus sign.
func isZero(intPart, frac string) bool {
	return strings.Trim(intPart+frac, "0") == ""
}

// group puts a comma between every three integer digits.
func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head > 0 {
		b.WriteString(digits[:head])
	}
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}
