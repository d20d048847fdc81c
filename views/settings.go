package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// settingsScreen shows where Pacer keeps its data and, later, the business's settings.
type settingsScreen struct {
	ui      *mainUI
	dbPath  *widget.Entry
	version *widget.Label
	content fyne.CanvasObject
}

func newSettingsScreen(ui *mainUI) *settingsScreen {
	s := &settingsScreen{ui: ui}
	s.dbPath = widget.NewEntry()
	s.dbPath.SetText(ui.deps.DBPath)
	// Read-only in effect: the path can be selected and copied, but an edit is undone.
	s.dbPath.OnChanged = func(string) {
		if s.dbPath.Text != ui.deps.DBPath {
			s.dbPath.SetText(ui.deps.DBPath)
		}
	}
	s.version = widget.NewLabel(ui.deps.Version)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Database file"), s.dbPath),
		widget.NewFormItem(lang.L("Version"), s.version),
	)
	heading := widget.NewLabelWithStyle(lang.L("Settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	hint := widget.NewLabel(lang.L("Pacer keeps all your goals and numbers in this one file. Copy it to back it up."))
	hint.Wrapping = fyne.TextWrapWord
	s.content = container.NewPadded(container.NewVBox(heading, form, hint))
	return s
}
