package views

import (
	"testing"

	"pacer/app"
)

// TestCurrencyStyleFollowsLanguage: the English interface writes the yuan
// as CN¥, the Chinese one as ¥.
func TestCurrencyStyleFollowsLanguage(t *testing.T) {
	defer app.SetCurrencyStyle(app.CurrencyEnglish) // as TestMain set it
	for chinese, want := range map[bool]string{false: "CN¥8,000,000", true: "¥8,000,000"} {
		app.SetCurrencyStyle(currencyStyle(chinese))
		if got := app.FormatValue(8e6, 0, app.UnitCurrency, "CNY"); got != want {
			t.Errorf("chinese=%v: %q, want %q", chinese, got, want)
		}
	}
	ApplyCurrencyStyle() // the tests' interface is English
	if got := app.FormatValue(8e6, 0, app.UnitCurrency, "CNY"); got != "CN¥8,000,000" {
		t.Errorf("English interface: %q", got)
	}
}
