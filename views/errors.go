package views

import (
	"errors"
	"log"

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
	return newErrorDialogOf(lang.L("Cannot do that"), text, 480, win)
}

// newErrorDialogOf is a dialog titled title that shows content beside the
// error icon, width wide unless the window is narrower.
func newErrorDialogOf(title string, content fyne.CanvasObject, width float32, win fyne.Window) dialog.Dialog {
	icon := widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon()))
	body := container.NewBorder(nil, nil, container.NewVBox(icon), nil, content)
	d := dialog.NewCustom(title, lang.L("OK"), body, win)
	d.Resize(fyne.NewSize(min(width, win.Canvas().Size().Width-40), 0))
	return d
}

// showOpenFailed logs err and shows the dialog that says path did not open.
func showOpenFailed(sh shell, path string, err error) {
	log.Printf("pacer: open %s: %v", path, err)
	sh.showDialog(newOpenFailedDialog(sh.window(), path, err))
}

// newOpenFailedDialog says that path did not open and why, and gives the
// path in a selectable line with a button that copies it.
func newOpenFailedDialog(win fyne.Window, path string, err error) dialog.Dialog {
	title := lang.L("Could not open the file")
	if isDir(path) {
		title = lang.L("Could not open the folder")
	}
	reason := widget.NewLabel(lang.L("The system could not open it: {{.Detail}}", map[string]any{"Detail": openerReason(err)}))
	reason.Wrapping = fyne.TextWrapWord
	yourself := widget.NewLabel(lang.L("You can open it yourself from here:"))
	yourself.Wrapping = fyne.TextWrapWord
	shown := widget.NewLabel(path)
	shown.Wrapping = fyne.TextWrapBreak
	shown.Selectable = true
	copyPath := widget.NewButtonWithIcon(lang.L("Copy"), theme.ContentCopyIcon(), func() {
		fyne.CurrentApp().Clipboard().SetContent(path)
	})
	content := container.NewVBox(reason, yourself, container.NewBorder(nil, nil, nil, container.NewVBox(copyPath), shown))
	return newErrorDialogOf(title, content, 520, win)
}
