package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/views/widgets"
)

// checkedStep is a step with a SMART panel of its own, whose failing
// letters wait until the user tries to leave the step.
type checkedStep interface {
	checkPanel() *widgets.CheckPanel
}

func (s *specificStep) checkPanel() *widgets.CheckPanel { return s.check }
func (s *measureStep) checkPanel() *widgets.CheckPanel  { return s.check }
func (s *timeStep) checkPanel() *widgets.CheckPanel     { return s.check }
func (s *historyStep) checkPanel() *widgets.CheckPanel  { return s.check }
func (s *planStep) checkPanel() *widgets.CheckPanel     { return s.check }
func (s *relevantStep) checkPanel() *widgets.CheckPanel { return s.check }

// showTrail names every step as a button that goes straight to it: the
// current one stands out, the ones not reached yet are disabled.
func (w *goalWizard) showTrail() {
	buttons := make([]fyne.CanvasObject, len(w.steps))
	for i, s := range w.steps {
		b := widget.NewButton(s.title(), func() { w.goTo(i) })
		b.Importance = widget.LowImportance
		switch {
		case i == w.step:
			b.Importance = widget.HighImportance
		case i > max(w.reached, w.step+1):
			b.Disable()
		}
		buttons[i] = b
	}
	w.trail.Objects = buttons
	w.trail.Refresh()
}

// flowLayout places objects in a row at their minimum size, wrapping onto
// further rows where the width runs out, so a row of buttons never makes
// the window wider.
type flowLayout struct {
	width float32 // the width of the last layout, which the height follows
}

// rows splits objects into the rows they take at width.
func (l *flowLayout) rows(objects []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	pad := theme.Padding()
	var rows [][]fyne.CanvasObject
	var row []fyne.CanvasObject
	x := float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		w := o.MinSize().Width
		if len(row) > 0 && x+pad+w > width {
			rows = append(rows, row)
			row, x = nil, 0
		}
		if len(row) > 0 {
			x += pad
		}
		row = append(row, o)
		x += w
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

// Layout places the rows from the top left.
func (l *flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	pad := theme.Padding()
	y := float32(0)
	for _, row := range l.rows(objects, size.Width) {
		x, h := float32(0), float32(0)
		for _, o := range row {
			m := o.MinSize()
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
			x += m.Width + pad
			h = max(h, m.Height)
		}
		y += h + pad
	}
}

// MinSize is as wide as the widest object and as high as the rows at the last width.
func (l *flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	for _, o := range objects {
		if o.Visible() {
			size.Width = max(size.Width, o.MinSize().Width)
		}
	}
	width := max(l.width, size.Width)
	pad := theme.Padding()
	for i, row := range l.rows(objects, width) {
		h := float32(0)
		for _, o := range row {
			h = max(h, o.MinSize().Height)
		}
		if i > 0 {
			size.Height += pad
		}
		size.Height += h
	}
	return size
}

// replan works the plan out again after the dates or cadence changed, so
// the checks on the step where they are set see the plan they give.
func (w *goalWizard) replan() {
	for _, s := range w.steps {
		if p, ok := s.(*planStep); ok {
			p.defaults(w.draft)
			w.filling(func() { p.recompute(w.draft) })
		}
	}
}

// relayout lays the current step out again after a line in it was shown or
// hidden, so that nothing below is drawn over.
func (w *goalWizard) relayout() { w.body.Refresh() }

// confirmCloseWizard asks before Escape closes the goal wizard. Keep
// editing is the default answer: Enter and Escape keep the wizard open,
// only a click on Close without saving drops what was typed.
func (ui *mainUI) confirmCloseWizard(gs *goalsScreen) {
	w := gs.wizard
	var d dialog.Dialog
	keep := widgets.NewButton(lang.L("Keep editing"), func() { d.Hide() })
	keep.Importance = widget.HighImportance
	discard := widget.NewButton(lang.L("Close without saving"), func() {
		d.Hide()
		if gs.wizard == w {
			w.onDone(false)
		}
	})
	text := widget.NewLabel(lang.L("What you typed in the wizard is not saved."))
	text.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons(lang.L("Close the goal wizard?"),
		container.NewVBox(text, container.NewHBox(layoutSpacer(), discard, keep)), ui.win)
	d.Resize(fyne.NewSize(min(460, ui.win.Canvas().Size().Width-40), 0))
	ui.showDialog(d)
	ui.win.Canvas().Focus(keep)
}
