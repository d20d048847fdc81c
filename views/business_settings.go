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
// business's setting, else the one of the system's region.
func (ui *mainUI) currency() string {
	if c := ui.setting(settingCurrency); c != "" {
		return c
	}
	return localeCurrency(widgets.RegionLocale())
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

// localeCurrency guesses the money of a locale such as "zh-CN" or "en-GB";
// Pacer's home market, China, when the locale says nothing clearer.
func localeCurrency(locale string) string {
	parts := strings.Split(strings.ToUpper(strings.ReplaceAll(locale, "_", "-")), "-")
	language, region := parts[0], ""
	for _, p := range parts[1:] {
		if len(p) == 2 { // the region; a script such as Hant has four letters
			region = p
			break
		}
	}
	switch region {
	case "US":
		return "USD"
	case "GB":
		return "GBP"
	case "JP":
		return "JPY"
	case "HK":
		return "HKD"
	case "TW":
		return "TWD"
	case "SG":
		return "SGD"
	case "CA":
		return "CAD"
	case "AU":
		return "AUD"
	case "DE", "FR", "ES", "IT", "NL", "AT", "BE", "FI", "IE", "PT", "GR":
		return "EUR"
	}
	if language == "EN" && region == "" {
		return "USD"
	}
	return "CNY"
}

// currencyCodes are the codes offered in Settings; any other can be typed.
var currencyCodes = []string{"CNY", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "SGD", "CAD", "AUD"}
