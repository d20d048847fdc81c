package views

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
	"pacer/data"
	"pacer/views/widgets"
)

// shell is what a screen or dialog uses of the main window around it: its
// status, dialogs and navigation, and the app-wide helpers (the day the app
// works from, the fiscal calendar, the business's settings). *mainUI is the
// one implementation; screens get it together with the narrow store
// interface of what they read and write, in screenTable.
type shell interface {
	window() fyne.Window
	context() context.Context
	chooser() fileChooser
	showError(err error)
	showErrorIf(err error)
	showDialog(d dialog.Dialog)
	showDestructive(d dialog.Dialog)
	showBusy(d dialog.Dialog)
	// guardDialog notes a form shown in d that asks before its Cancel
	// drops what was typed, so that leaving the file asks too.
	guardDialog(d dialog.Dialog, name string, typed func() bool)
	confirmOverwrite(path string, write func())
	// newCopyButton is a chart's Copy button, and what copies it now.
	newCopyButton(name func() string, draw func() chartDrawer) (b *widget.Button, copyNow func())
	showScreen(id string)
	// placeholder is what a screen shows until its goals are read: its
	// frame, or its empty state when the window last read no goals.
	placeholder(frame, empty fyne.CanvasObject) fyne.CanvasObject
	// sawGoals tells the window whether the goals a screen read were none.
	sawGoals(n int)
	// load runs read off the UI goroutine in the window, then show on it.
	load(read, show func())
	openActionPlan(p app.ActionPlan)
	// showActionsDue shows the Actions screen with every plan the
	// dashboard's banner counts listed.
	showActionsDue()
	dataChanged()
	// exportDone tells how an export ended: where it was written, or why not.
	exportDone(path string, err error)
	filePath() string
	today() app.Date
	calendar() app.Calendar
	numberFormat() notation.NumberFormat
	thresholds() app.Thresholds
	currency() string
	defaultCadence() app.Cadence
}

// screenDeps is what a screen or dialog gets: the shell, and the store
// through an interface S of only the calls it makes.
type screenDeps[S any] struct {
	shell
	store S
}

// window is the main window, which dialogs are shown over.
func (ui *mainUI) window() fyne.Window { return ui.win }

// context is what the store's work runs under.
func (ui *mainUI) context() context.Context { return ui.ctx }

// filePath is the database file open in the window.
func (ui *mainUI) filePath() string { return ui.deps.DBPath }

// appVersion is Pacer's version.
func (ui *mainUI) appVersion() string { return ui.deps.Version }

// isSample tells whether the window shows the sample plan.
func (ui *mainUI) isSample() bool { return ui.deps.sample }

// chooser asks the user for files and folders; tests replace ui.files.
func (ui *mainUI) chooser() fileChooser { return ui.files }

// today is the date the app works from; tests replace ui.now.
func (ui *mainUI) today() app.Date {
	t := ui.now()
	return app.NewDate(t.Year(), t.Month(), t.Day())
}

// calendar is the business's fiscal calendar, from its settings.
func (ui *mainUI) calendar() app.Calendar {
	if ui.deps.Store == nil {
		return app.Calendar{}
	}
	v, err := ui.deps.Store.Setting(ui.ctx, data.SettingFiscalStart, "1")
	if err != nil {
		return app.Calendar{}
	}
	return data.FiscalCalendar(v) // as the store checks check-ins against it
}

// numberFormat is how the user types numbers: with a decimal point, or a
// decimal comma when the settings say so.
func (ui *mainUI) numberFormat() notation.NumberFormat {
	fallback := strconv.FormatBool(localeUsesDecimalComma(widgets.RegionLocale()))
	if ui.deps.Store == nil {
		return notation.NumberFormat{DecimalComma: fallback == "true"}
	}
	v, err := ui.deps.Store.Setting(ui.ctx, settingDecimalComma, fallback)
	return notation.NumberFormat{DecimalComma: err == nil && v == "true"}
}

// localeUsesDecimalComma tells whether people in a locale ("de-DE", "fr")
// write 1.234,5 rather than 1,234.5.
func localeUsesDecimalComma(locale string) bool {
	language, _, _ := strings.Cut(strings.ToLower(locale), "-")
	switch language {
	case "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "sk", "sv", "da", "nb", "no", "fi",
		"tr", "id", "vi", "ro", "hu", "el", "bg", "hr", "sl", "lt", "lv", "et":
		return true
	}
	return false
}

// settingDecimalComma is the settings key that says numbers are typed with a decimal comma.
const settingDecimalComma = "decimal_comma"
