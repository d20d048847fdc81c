package views

import (
	"strconv"

	"pacer/app"
)

// The settings keys of per-business values kept in the database, so they
// travel with the file.
const (
	settingOnTrack = "threshold_on_track" // share of expected that counts as on track
	settingAtRisk  = "threshold_at_risk"  // share of expected that counts as at risk
)

// thresholds are the status thresholds of this business, or the defaults.
func (ui *mainUI) thresholds() app.Thresholds {
	th := app.DefaultThresholds
	if ui.deps.Store == nil {
		return th
	}
	read := func(key string, fallback float64) float64 {
		v, err := ui.deps.Store.Setting(ui.ctx, key, "")
		if err != nil || v == "" {
			return fallback
		}
		f, err := strconv.ParseFloat(v, 64)
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
