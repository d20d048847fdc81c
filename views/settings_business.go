package views

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
)

// PrefLanguage is the preference key of the interface language: "", "en" or "zh".
const PrefLanguage = "ui.language"

// businessSettings edits the values that belong to the business and travel
// with its database file, and the interface language, which belongs to this computer.
type businessSettings struct {
	ui       *mainUI
	fiscal   *widget.Select
	comma    *widget.Check
	onTrack  *widget.Entry
	atRisk   *widget.Entry
	language *widget.Select
	langs    choice[string]
	save     *widget.Button
	msg      *widget.Label
	content  fyne.CanvasObject
}

func newBusinessSettings(ui *mainUI) *businessSettings {
	b := &businessSettings{ui: ui, onTrack: widget.NewEntry(), atRisk: widget.NewEntry(), msg: widget.NewLabel("")}
	months := make([]string, 12)
	for i := range months {
		months[i] = monthName(time.Month(i + 1))
	}
	b.fiscal = widget.NewSelect(months, nil)
	b.fiscal.SetSelectedIndex(int(ui.calendar().FiscalStart) - 1)
	if ui.calendar().FiscalStart == 0 {
		b.fiscal.SetSelectedIndex(0)
	}
	b.comma = widget.NewCheck(lang.L("Numbers are typed with a decimal comma (1.234,5)"), nil)
	b.comma.SetChecked(ui.numberFormat().DecimalComma)
	th := ui.thresholds()
	b.onTrack.SetText(strconv.FormatFloat(th.OnTrack*100, 'f', -1, 64))
	b.atRisk.SetText(strconv.FormatFloat(th.AtRisk*100, 'f', -1, 64))
	b.langs = newChoice([]string{"", "en", "zh"}, languageLabel)
	b.language = b.langs.newSelect(nil)
	b.language.SetSelected(b.langs.label(fyne.CurrentApp().Preferences().String(PrefLanguage)))
	b.save = widget.NewButtonWithIcon(lang.L("Save settings"), theme.DocumentSaveIcon(), b.onSave)
	b.msg.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Fiscal year starts in"), b.fiscal),
		widget.NewFormItem(lang.L("Numbers"), b.comma),
		widget.NewFormItem(lang.L("On track from (% of expected)"), b.onTrack),
		widget.NewFormItem(lang.L("At risk from (% of expected)"), b.atRisk),
		widget.NewFormItem(lang.L("Language"), b.language),
	)
	b.content = container.NewVBox(boldLabel(lang.L("Business")), form, container.NewHBox(b.save), b.msg)
	return b
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

// onSave checks and stores the settings; the language applies at the next start.
func (b *businessSettings) onSave() {
	onTrack, err1 := strconv.ParseFloat(strings.TrimSpace(b.onTrack.Text), 64)
	atRisk, err2 := strconv.ParseFloat(strings.TrimSpace(b.atRisk.Text), 64)
	th := app.Thresholds{OnTrack: onTrack / 100, AtRisk: atRisk / 100}
	if err1 != nil || err2 != nil || th.Validate() != nil {
		b.show(lang.L("The thresholds are percentages with at risk below on track, e.g. 95 and 80."), widget.DangerImportance)
		return
	}
	store, ctx := b.ui.deps.Store, b.ui.ctx
	if start := time.Month(b.fiscal.SelectedIndex() + 1); start != b.ui.calendar().FiscalStart && !(start == time.January && b.ui.calendar().FiscalStart == 0) {
		// Stored quarters are keyed by fiscal year: a new start would change which months they hold.
		if goals, err := store.ListGoals(ctx, data.GoalFilter{IncludeArchived: true}); err != nil || len(goals) > 0 {
			b.show(lang.L("Set the fiscal-year start before adding goals: the quarters already planned would change meaning."), widget.DangerImportance)
			return
		}
	}
	for key, value := range map[string]string{
		settingFiscalStart:  strconv.Itoa(b.fiscal.SelectedIndex() + 1),
		settingDecimalComma: strconv.FormatBool(b.comma.Checked),
		settingOnTrack:      strconv.FormatFloat(th.OnTrack, 'f', -1, 64),
		settingAtRisk:       strconv.FormatFloat(th.AtRisk, 'f', -1, 64),
	} {
		if err := store.SetSetting(ctx, key, value); err != nil {
			b.show(userMessage(err), widget.DangerImportance)
			return
		}
	}
	code, _ := b.langs.value(b.language.Selected)
	fyne.CurrentApp().Preferences().SetString(PrefLanguage, code)
	b.show(lang.L("Saved. A change of language applies when Pacer starts again."), widget.SuccessImportance)
}

func (b *businessSettings) show(text string, imp widget.Importance) {
	b.msg.SetText(text)
	b.msg.Importance = imp
	b.msg.Refresh()
}
