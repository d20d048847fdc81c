package views

import "pacer/app"

// ApplyCurrencyStyle makes every amount the app writes, on screen, in
// charts and in exports, carry the currency symbol readers of the
// interface's language expect: "CN¥" for the yuan in English, where a bare
// ¥ reads as yen, and "¥" in Chinese. Call it once the translations are
// loaded.
func ApplyCurrencyStyle() {
	app.SetCurrencyStyle(currencyStyle(chineseUI()))
}

func currencyStyle(chinese bool) app.CurrencyStyle {
	if chinese {
		return app.CurrencyChinese
	}
	return app.CurrencyEnglish
}
