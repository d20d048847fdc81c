package views

import (
	"context"

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
	"pacer/views/widgets"
)

// businessStore is what the business settings read and write.
type businessStore interface {
	goalLister
	SetSettings(ctx context.Context, values map[string]string) error
}

// businessDeps is what the business settings use.
type businessDeps = screenDeps[businessStore]

// businessSettings edits the values that belong to the business and travel
// with its database file.
type businessSettings struct {
	ui       businessDeps
	fiscal   *widgets.KeySelect
	currency *widget.SelectEntry
	cadence  *widgets.KeySelect
	cadences choice[app.Cadence]
	comma    *widgets.KeyCheck
	onTrack  *widgets.KeyEntry
	atRisk   *widgets.KeyEntry
	save     *widget.Button
	msg      *widget.Label
	content  fyne.CanvasObject
	saved    string // what the form showed as the file's settings (state)
}

func newBusinessSettings(ui businessDeps) *businessSettings {
	b := &businessSettings{ui: ui, onTrack: widgets.NewEntry(), atRisk: widgets.NewEntry(), msg: widget.NewLabel("")}
	months := make([]string, 12)
	for i := range months {
		months[i] = widgets.MonthName(time.Month(i + 1))
	}
	b.fiscal = widgets.NewSelect(months, nil)
	b.fiscal.SetSelectedIndex(int(ui.calendar().FiscalStart) - 1)
	if ui.calendar().FiscalStart == 0 {
		b.fiscal.SetSelectedIndex(0)
	}
	b.currency = widget.NewSelectEntry(currencyCodes)
	b.currency.SetText(ui.currency())
	b.cadences = newChoice(cadences, cadenceLabel)
	b.cadence = b.cadences.newSelect(nil)
	b.cadence.SetSelected(b.cadences.label(ui.defaultCadence()))
	b.comma = widgets.NewCheck(lang.L("Numbers are typed with a decimal comma (1.234,5)"), nil)
	b.comma.SetChecked(ui.numberFormat().DecimalComma)
	th := ui.thresholds()
	b.onTrack.SetText(strconv.FormatFloat(th.OnTrack*100, 'f', -1, 64))
	b.atRisk.SetText(strconv.FormatFloat(th.AtRisk*100, 'f', -1, 64))
	b.save = widget.NewButtonWithIcon(lang.L("Save settings"), theme.DocumentSaveIcon(), b.onSave)
	b.msg.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Fiscal year starts in"), b.fiscal),
		widget.NewFormItem(lang.L("Currency"), b.currency),
		widget.NewFormItem(lang.L("New goals are checked in"), b.cadence),
		widget.NewFormItem(lang.L("Numbers"), b.comma),
		widget.NewFormItem(lang.L("On track from (% of expected)"), b.onTrack),
		widget.NewFormItem(lang.L("At risk from (% of expected)"), b.atRisk),
	)
	hint := widget.NewLabel(lang.L("These settings are kept in the database file, so they travel with it."))
	hint.Wrapping = fyne.TextWrapWord
	b.content = container.NewVBox(hint, form, container.NewHBox(b.save), b.msg)
	b.saved = b.state()
	return b
}

// state is what the form shows.
func (b *businessSettings) state() string {
	return fieldsState(strconv.Itoa(b.fiscal.SelectedIndex()), b.currency.Text, b.cadence.Selected,
		strconv.FormatBool(b.comma.Checked), b.onTrack.Text, b.atRisk.Text)
}

// changed reports whether the form shows other settings than the file's.
func (b *businessSettings) changed() bool { return b.state() != b.saved }

// onSave checks and stores the settings.
func (b *businessSettings) onSave() {
	onTrack, err1 := strconv.ParseFloat(strings.TrimSpace(b.onTrack.Text), 64)
	atRisk, err2 := strconv.ParseFloat(strings.TrimSpace(b.atRisk.Text), 64)
	th := app.Thresholds{OnTrack: onTrack / 100, AtRisk: atRisk / 100}
	if err1 != nil || err2 != nil || th.Validate() != nil {
		b.show(lang.L("The thresholds are percentages with at risk below on track, e.g. 95 and 80."), widget.DangerImportance)
		return
	}
	currency := strings.ToUpper(strings.TrimSpace(b.currency.Text))
	if !validCurrency(currency) {
		b.show(lang.L("The currency is a three-letter code such as CNY, USD or EUR."), widget.DangerImportance)
		return
	}
	cadence, _ := b.cadences.value(b.cadence.Selected)
	store, ctx := b.ui.store, b.ui.context()
	if start := time.Month(b.fiscal.SelectedIndex() + 1); start != b.ui.calendar().FiscalStart && !(start == time.January && b.ui.calendar().FiscalStart == 0) {
		// Stored quarters are keyed by fiscal year: a new start would change which months they hold.
		if goals, err := store.ListGoals(ctx, app.GoalFilter{IncludeArchived: true}); err != nil || len(goals) > 0 {
			b.show(lang.L("Set the fiscal-year start before adding goals: the quarters already planned would change meaning."), widget.DangerImportance)
			return
		}
	}
	if err := store.SetSettings(ctx, map[string]string{
		data.SettingFiscalStart: strconv.Itoa(b.fiscal.SelectedIndex() + 1),
		settingDecimalComma:     strconv.FormatBool(b.comma.Checked),
		settingOnTrack:          strconv.FormatFloat(th.OnTrack, 'f', -1, 64),
		settingAtRisk:           strconv.FormatFloat(th.AtRisk, 'f', -1, 64),
		settingCurrency:         currency,
		settingCadence:          string(cadence),
	}); err != nil {
		b.show(userMessage(err), widget.DangerImportance)
		return
	}
	b.currency.SetText(currency)
	b.saved = b.state()
	b.show(lang.L("Saved."), widget.SuccessImportance)
}

func (b *businessSettings) show(text string, imp widget.Importance) {
	b.msg.SetText(text)
	b.msg.Importance = imp
	b.msg.Refresh()
}

// validCurrency tells whether code looks like an ISO 4217 code: three letters A–Z.
func validCurrency(code string) bool {
	if len(code) != 3 {
		return false
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
