package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"pacer/assets"
)

// Preference keys of how this computer shows Pacer.
const (
	// PrefLanguage is the interface language: "", "en" or "zh"; "" follows the system.
	PrefLanguage = "ui.language"
	// prefAppearance is "", "light" or "dark"; "" follows the system.
	prefAppearance = "ui.appearance"
	// prefScale sizes text and controls, 1 being Fyne's own size.
	prefScale = "ui.scale"
	// prefChartNumbers is how charts write large numbers: "", "plain" or "wan".
	prefChartNumbers = "ui.chart_numbers"
)

// pacerTheme is Fyne's own theme with the appearance and size chosen in
// Settings and the embedded Chinese fonts, in every language, so that
// Chinese renders on machines without a CJK font (a fresh Linux box) even in
// the English interface.
type pacerTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	fixed   bool // variant replaces the system's
	scale   float32
}

// Color gives the fixed appearance's colours, or the system's.
func (t pacerTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.fixed {
		v = t.variant
	}
	return t.Theme.Color(n, v)
}

// The embedded Chinese faces. They hold no Latin glyphs: Fyne shapes text
// with the theme's font first and its own font of the same style next, so
// Latin letters keep Fyne's Noto Sans and Chinese comes from these.
var (
	cjkRegular = fyne.NewStaticResource("cjk-regular.otf", assets.CJKRegular)
	cjkBold    = fyne.NewStaticResource("cjk-bold.otf", assets.CJKBold)
)

// Font gives every text style but symbols a Chinese face, bold for bold.
func (t pacerTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Symbol:
		return t.Theme.Font(s)
	case s.Bold:
		return cjkBold
	}
	return cjkRegular
}

// Size scales every size of the base theme.
func (t pacerTheme) Size(n fyne.ThemeSizeName) float32 {
	return t.Theme.Size(n) * t.scale
}

// ApplyTheme gives the app the appearance and size saved in its
// preferences, and the embedded Chinese fonts.
func ApplyTheme(a fyne.App) {
	prefs := a.Preferences()
	t := pacerTheme{Theme: theme.DefaultTheme(), scale: validScale(prefs.Float(prefScale))}
	switch prefs.String(prefAppearance) {
	case "light":
		t.variant, t.fixed = theme.VariantLight, true
	case "dark":
		t.variant, t.fixed = theme.VariantDark, true
	}
	a.Settings().SetTheme(t)
}

// scales are the sizes offered in Settings.
var scales = []float64{0.9, 1, 1.15, 1.3, 1.5}

// validScale is s when Settings offers it, else 1.
func validScale(s float64) float32 {
	for _, known := range scales {
		if s == known {
			return float32(s)
		}
	}
	return 1
}

// chineseUI is true when the interface is in Chinese.
func chineseUI() bool {
	return lang.L("sample-language") == "zh"
}
