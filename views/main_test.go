package views

import (
	"os"
	"testing"

	"pacer/app"
)

// TestMain runs the screens' tests as the English interface runs: amounts
// in yuan read CN¥ (ApplyCurrencyStyle). A test that switches to Chinese
// switches back when it ends (useLanguage), so no test sees another's style.
func TestMain(m *testing.M) {
	app.SetCurrencyStyle(app.CurrencyEnglish)
	os.Exit(m.Run())
}
