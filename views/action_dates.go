package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// earlyDue is the deadline of r when it falls before the plan's start as
// the form shows it; ok is false otherwise, or while either is not a date.
func (e *actionEditor) earlyDue(r *actionMeasureRow) (due, start app.Date, ok bool) {
	start, err := e.start.Value()
	if err != nil || start.IsZero() {
		return app.Date{}, app.Date{}, false
	}
	due, err = r.due.Value()
	if err != nil || due.IsZero() {
		return app.Date{}, app.Date{}, false
	}
	return due, start, due.Before(start.Time)
}

// earlyRows are the measures due before the plan starts, in order.
func (e *actionEditor) earlyRows() []*actionMeasureRow {
	var out []*actionMeasureRow
	for _, r := range e.rows {
		if _, _, early := e.earlyDue(r); early {
			out = append(out, r)
		}
	}
	return out
}

// flagEarly shows or hides every measure's flag after the start changed.
func (e *actionEditor) flagEarly() {
	for _, r := range e.rows {
		e.flagRow(r)
	}
}

// flagRow shows, under a measure due before the plan starts, that it is.
func (e *actionEditor) flagRow(r *actionMeasureRow) {
	if r.early == nil {
		return
	}
	_, start, early := e.earlyDue(r)
	if !early {
		r.early.Hide()
		return
	}
	r.earlyText.SetText(lang.L("Due before the plan starts ({{.Start}})", map[string]any{"Start": start.String()}))
	r.early.Show()
}

// confirmEarly asks before saving measures due before the plan starts:
// Save anyway saves, Cancel leaves the form as it is.
func (e *actionEditor) confirmEarly(p app.ActionPlan, rows []*actionMeasureRow) {
	lines := make([]string, 0, len(rows))
	start := ""
	for _, r := range rows {
		due, s, _ := e.earlyDue(r)
		start = s.String()
		lines = append(lines, lang.L("{{.Measure}}: due {{.Due}}", map[string]any{"Measure": strings.TrimSpace(r.text.Text), "Due": due.String()}))
	}
	intro := widget.NewLabel(lang.L("These measures are due before the plan starts on {{.Start}}:", map[string]any{"Start": start}))
	intro.Wrapping = fyne.TextWrapWord
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.L("Measures due before the start"), lang.L("Save anyway"), lang.L("Cancel"),
		container.NewVBox(intro, list), func(ok bool) {
			if ok {
				e.store(p)
			} else {
				e.afterSave = nil // Cancel: the editor stays
			}
		}, e.ui.window())
	d.Resize(fyne.NewSize(560, 0))
	e.ui.showDialog(d)
}
