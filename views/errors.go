package views

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// userMessage is err's text as the user can read it in their language: the
// store's message when it has one, else a general sentence with the
// technical detail.
func userMessage(err error) string {
	var fe fieldError
	if errors.As(err, &fe) {
		return fe.text
	}
	var de widgets.DateError
	if errors.As(err, &de) {
		return de.Error()
	}
	var keyed interface {
		MessageKey() (string, map[string]any)
	}
	if errors.As(err, &keyed) {
		key, args := keyed.MessageKey()
		return lang.L(key, args)
	}
	var e *app.Error
	if errors.As(err, &e) && e.Message != "" {
		return lang.L(e.Message, namedPeriods(e.Args))
	}
	return lang.L("Something went wrong: {{.Detail}}", map[string]any{"Detail": err.Error()})
}

// namedPeriods is args with the period keys the store names in its
// messages (Period, First, Last: "2023-Q1") written as the screens write
// periods ("2023年第1季度" in Chinese).
func namedPeriods(args map[string]any) map[string]any {
	out := make(map[string]any, len(args))
	for name, v := range args {
		if key, ok := v.(string); ok && (name == "Period" || name == "First" || name == "Last") {
			if p, err := app.ParsePeriodKey(key); err == nil {
				v = periodName(p)
			}
		}
		out[name] = v
	}
	return out
}

// newErrorDialog shows err's message as plain wrapped text under a title,
// without the large faded icon Fyne's error dialog draws behind the text.
func newErrorDialog(err error, win fyne.Window) dialog.Dialog {
	text := widget.NewLabel(userMessage(err))
	text.Wrapping = fyne.TextWrapWord
	icon := widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon()))
	body := container.NewBorder(nil, nil, container.NewVBox(icon), nil, text)
	d := dialog.NewCustom(lang.L("Cannot do that"), lang.L("OK"), body, win)
	d.Resize(fyne.NewSize(min(480, win.Canvas().Size().Width-40), 0))
	return d
}
