package notation

import (
	"strings"

	"pacer/app"
)

// ParseAmount is ParseNumber for an amount of the currency code (a goal's
// "CNY"): text that names another currency ("USD 5", "5 美元" for a CNY
// goal, see CurrencyFits) is refused with MsgOtherCurrency rather than
// counted as the goal's own money. An empty code reads as ParseNumber.
func ParseAmount(s string, f NumberFormat, code string) (float64, error) {
	v, err := ParseNumber(s, f)
	if err == nil {
		err = OtherCurrency(s, code)
	}
	if err != nil {
		return 0, err
	}
	return v, nil
}

// OtherCurrency is the error for text s naming another currency than
// code (CurrencyFits); nil when it fits, or when code is empty.
func OtherCurrency(s, code string) error {
	if code == "" || CurrencyFits(s, code) {
		return nil
	}
	return &app.Error{Code: app.EInvalid, Message: MsgOtherCurrency,
		Args: map[string]any{"Text": strings.TrimSpace(s), "Currency": code}}
}

// CurrencyFits reports whether number text s may be an amount in the
// currency code (a goal's "CNY"): true when it writes no currency, one of
// that code, or a sign several currencies share and code's among them ($
// for any dollar, ¥ for yuan and yen); false for one that names another,
// "USD 1,234.00" or "1,234 美元" for a CNY goal, or "€12" for a USD one. A
// code that is no three capitals, or a word Pacer does not know, fits.
func CurrencyFits(s, code string) bool {
	if plainFigures(s) {
		return true // a million plain cells of an import need no parse
	}
	_, d, ok := undecorate(strings.TrimSpace(app.NormalizeNumber(s)))
	if !ok || d.word == "" || len(code) != 3 || !isCode(code) {
		return true
	}
	if code == "RMB" {
		code = "CNY" // a business may name the yuan so in its settings
	}
	if fits, shared := sharedSigns[d.word]; shared {
		return strings.Contains(fits, code)
	}
	if c, known := currencyOf[d.word]; known {
		return c == code
	}
	if w := strings.ToUpper(d.word); len(w) == 3 && isCode(w) {
		return w == code
	}
	if c, known := otherSigns[d.word]; known {
		return c == code
	}
	return true
}
