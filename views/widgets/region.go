package widgets

import "fyne.io/fyne/v2/lang"

// regionLocale is the locale of the system's region kept as Pacer started
// (SetRegionLocale), "" until then.
var regionLocale string

// SetRegionLocale keeps locale, such as "de-DE", as the system's region,
// for the defaults that follow the region rather than the interface's
// language: the order of a typed date, and in views the decimal comma and
// the currency of money goals. Pacer's start calls it before it points the
// locale variables at the language the user chose, and before any window.
func SetRegionLocale(locale string) { regionLocale = locale }

// RegionLocale is the locale of the system's region: the one kept by
// SetRegionLocale, else the system's locale as Fyne reads it.
func RegionLocale() string {
	if regionLocale != "" {
		return regionLocale
	}
	return string(lang.SystemLocale())
}
