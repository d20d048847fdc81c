package views

import (
	"strconv"
	"strings"

	"pacer/app"
	"pacer/views/widgets"
)

// The settings keys of per-business values kept in the database, so they
// travel with the file.
const (
	settingOnTrack  = "threshold_on_track" // share of expected that counts as on track
	settingAtRisk   = "threshold_at_risk"  // share of expected that counts as at risk
	settingCurrency = app.SettingCurrency  // the code of the business's money, "CNY"
	settingCadence  = "default_cadence"    // how often a new goal is checked in
)

// thresholds are the status thresholds of this business, or the defaults.
func (ui *mainUI) thresholds() app.Thresholds {
	th := app.DefaultThresholds
	read := func(key string, fallback float64) float64 {
		f, err := strconv.ParseFloat(ui.setting(key), 64)
		if err != nil {
			return fallback
		}
		return f
	}
	th.OnTrack, th.AtRisk = read(settingOnTrack, th.OnTrack), read(settingAtRisk, th.AtRisk)
	if th.Validate() != nil {
		return app.DefaultThresholds
	}
	return th
}

// currency is the code of the money a new money goal counts in: the
// business's setting, else the one of the system's region, else the one of
// the interface's language.
func (ui *mainUI) currency() string {
	if c := ui.setting(settingCurrency); c != "" {
		return c
	}
	return defaultCurrency(widgets.RegionLocale(), chineseUI())
}

// defaultCadence is how often a new goal is checked in unless its template says otherwise.
func (ui *mainUI) defaultCadence() app.Cadence {
	c := app.Cadence(ui.setting(settingCadence))
	for _, known := range cadences {
		if c == known {
			return c
		}
	}
	return app.CadenceMonth
}

// setting is a per-business value from the database, "" when unset or unreadable.
func (ui *mainUI) setting(key string) string {
	if ui.deps.Store == nil {
		return ""
	}
	v, err := ui.deps.Store.Setting(ui.ctx, key, "")
	if err != nil {
		return ""
	}
	return v
}

// defaultCurrency is the money of the region of locale, such as "en-GB";
// when the locale names no region Pacer knows (C or POSIX, which Fyne reads
// as a bare "en", or a region with no currency here), the money readers of
// the interface's language most likely count in: the yuan in Chinese, the
// dollar in English.
func defaultCurrency(locale string, chinese bool) string {
	if c := regionCurrency(locale); c != "" {
		return c
	}
	if chinese {
		return "CNY"
	}
	return "USD"
}

// regionCurrency is the money of the region of a locale such as "zh-CN" or
// "en-GB", "" when it names no region or one Pacer has no currency for.
func regionCurrency(locale string) string {
	parts := strings.Split(strings.ToUpper(strings.ReplaceAll(locale, "_", "-")), "-")
	region := ""
	for _, p := range parts[1:] {
		if len(p) == 2 { // the region; a script such as Hant has four letters
			region = p
			break
		}
	}
	return regionCurrencies[region]
}

// regionCurrencies are the regions whose money Pacer knows, by region code.
var regionCurrencies = map[string]string{
	"CN": "CNY", "US": "USD", "GB": "GBP", "JP": "JPY", "HK": "HKD", "TW": "TWD",
	"SG": "SGD", "CA": "CAD", "AU": "AUD",
	"DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR", "AT": "EUR",
	"BE": "EUR", "FI": "EUR", "IE": "EUR", "PT": "EUR", "GR": "EUR",
}

// currencyCodes are the codes offered in Settings; any other can be typed.
var currencyCodes = []string{"CNY", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "SGD", "CAD", "AUD"}
