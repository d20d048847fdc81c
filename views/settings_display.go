package views

import (
	"pacer/views/widgets"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// displaySettings edits how this computer shows Pacer: the language, the
// appearance, the size and how charts write large numbers. They are kept in
// Fyne's preferences, not in the database, and apply at once — except the
// language, which applies when Pacer starts again.
type displaySettings struct {
	language     *widgets.KeySelect
	languages    choice[string]
	appearance   *widgets.KeySelect
	appearances  choice[string]
	scale        *widgets.KeySelect
	scales       choice[float64]
	chartNumbers *widgets.KeySelect
	numberStyles choice[string]
	msg          *widget.Label
	content      fyne.CanvasObject
}

func newDisplaySettings() *displaySettings {
	prefs := fyne.CurrentApp().Preferences()
	d := &displaySettings{msg: widget.NewLabel("")}
	d.msg.Wrapping = fyne.TextWrapWord
	d.languages = newChoice([]string{"", "en", "zh"}, languageLabel)
	d.language = d.languages.newSelect(nil)
	d.language.SetSelected(d.languages.label(prefs.String(PrefLanguage)))
	d.language.OnChanged = func(string) { d.onLanguage() }

	d.appearances = newChoice([]string{"", "light", "dark"}, appearanceLabel)
	d.appearance = d.appearances.newSelect(nil)
	d.appearance.SetSelected(d.appearances.label(prefs.String(prefAppearance)))
	d.appearance.OnChanged = func(string) { d.onAppearance() }

	d.scales = newChoice(scales, scaleLabel)
	d.scale = d.scales.newSelect(nil)
	d.scale.SetSelected(d.scales.label(float64(validScale(prefs.Float(prefScale)))))
	d.scale.OnChanged = func(string) { d.onAppearance() }

	d.numberStyles = newChoice([]string{"", "plain", "wan"}, chartNumbersLabel)
	d.chartNumbers = d.numberStyles.newSelect(func(style string) {
		prefs.SetString(prefChartNumbers, style)
	})
	d.chartNumbers.SetSelected(d.numberStyles.label(prefs.String(prefChartNumbers)))

	form := widget.NewForm(
		widget.NewFormItem(lang.L("Language"), d.language),
		widget.NewFormItem(lang.L("Appearance"), d.appearance),
		widget.NewFormItem(lang.L("Text and control size"), d.scale),
		widget.NewFormItem(lang.L("Large numbers on charts"), d.chartNumbers),
	)
	hint := widget.NewLabel(lang.L("These settings belong to this computer and apply at once, except the language, which applies at the next start."))
	hint.Wrapping = fyne.TextWrapWord
	d.content = container.NewVBox(hint, form, d.msg)
	return d
}

func (d *displaySettings) onLanguage() {
	code, ok := d.languages.value(d.language.Selected)
	if !ok {
		return
	}
	fyne.CurrentApp().Preferences().SetString(PrefLanguage, code)
	d.msg.SetText(lang.L("The language changes when Pacer starts again."))
	d.msg.Importance = widget.WarningImportance
	d.msg.Refresh()
}

// onAppearance saves the appearance and size and redraws the app with them.
func (d *displaySettings) onAppearance() {
	a := fyne.CurrentApp()
	if v, ok := d.appearances.value(d.appearance.Selected); ok {
		a.Preferences().SetString(prefAppearance, v)
	}
	if s, ok := d.scales.value(d.scale.Selected); ok {
		a.Preferences().SetFloat(prefScale, s)
	}
	ApplyTheme(a)
}

func languageLabel(code string) string {
	switch code {
	case "en":
		return "English"
	case "zh":
		return "简体中文"
	}
	return lang.L("As the system")
}

func appearanceLabel(v string) string {
	switch v {
	case "light":
		return lang.L("Light")
	case "dark":
		return lang.L("Dark")
	}
	return lang.L("As the system")
}

func scaleLabel(s float64) string {
	return strconv.Itoa(int(s*100+0.5)) + "%"
}

func chartNumbersLabel(v string) string {
	switch v {
	case "plain":
		return lang.L("Plain (12,345,678)")
	case "wan":
		return lang.L("In 万 and 亿 (1,234.6万)")
	}
	return lang.L("As the language")
}
