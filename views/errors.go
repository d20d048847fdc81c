package views

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/data"
)

// userError turns err into an error whose text the user can read in their
// language: the store's message when it has one, else a general sentence
// with the technical detail.
func userError(err error) error {
	return errors.New(userMessage(err))
}

func userMessage(err error) string {
	var fe fieldError
	if errors.As(err, &fe) {
		return fe.text
	}
	var keyed interface {
		MessageKey() (string, map[string]any)
	}
	if errors.As(err, &keyed) {
		key, args := keyed.MessageKey()
		return lang.L(key, args)
	}
	var e *data.Error
	if errors.As(err, &e) && e.Message != "" {
		return lang.L(e.Message, e.Args)
	}
	return lang.L("Something went wrong: {{.Detail}}", map[string]any{"Detail": err.Error()})
}

// ShowOpenError shows a window that says why the database at path could not
// be opened, with a button to quit. Pacer shows it instead of the main window.
func ShowOpenError(a fyne.App, path string, err error) fyne.Window {
	w := a.NewWindow(lang.L("Pacer cannot open its database"))
	title := widget.NewLabelWithStyle(lang.L("Pacer cannot open its database"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	file := widget.NewLabel(lang.L("File: {{.Path}}", map[string]any{"Path": path}))
	file.Wrapping = fyne.TextWrapBreak
	reason := widget.NewLabel(userMessage(err))
	reason.Wrapping = fyne.TextWrapWord
	advice := widget.NewLabel(lang.L("Nothing was changed. Start Pacer with another file: pacer --db path/to/file.db"))
	advice.Wrapping = fyne.TextWrapWord
	quit := widget.NewButtonWithIcon(lang.L("Quit"), theme.CancelIcon(), a.Quit)
	quit.Importance = widget.HighImportance
	body := container.NewVBox(title, file, reason, advice)
	w.SetContent(container.NewPadded(newBorder(nil, container.NewHBox(quit), nil, nil, body)))
	w.SetIcon(a.Icon())
	w.Resize(fyne.NewSize(560, 260))
	return w
}
