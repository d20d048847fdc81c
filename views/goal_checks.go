package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// goalChecks is a check box per goal whose title wraps, where a
// CheckGroup would keep each title on one line and widen the window by the
// longest. The rows are a widget.List, which lays out only those in view:
// as a box of 2,000 checks the action editor took 9 s to open. Up to
// goalChecksInline goals are a box of rows, all in sight; more are a list
// goalChecksHeight high, which scrolls. Selected holds the ticked labels,
// in the goals' order, as CheckGroup's does.
type goalChecks struct {
	box      *fyne.Container // what the form shows: the rows, or rows.box
	rows     *refitList      // the list of more than goalChecksInline, else nil
	labels   []string
	checked  []bool
	Selected []string
	// OnChanged, when set, hears each tick and clear the user makes.
	OnChanged func(i int, on bool)
	disabled  bool
	shown     map[int]*goalCheck // the rows in view, by goal
	measure   *goalCheck         // lays a row out off screen to learn its height
	fit       *oneLineFit
	binding   bool // set while a row is bound: its check's change is not the user's
}

// goalChecksInline is the most goals shown as a box of rows; a list of
// more is goalChecksHeight high, which nine rows of one line exceed.
const (
	goalChecksInline = 8
	goalChecksHeight = 320
)

// goalCheck is the widgets of one row in view.
type goalCheck struct {
	widget.BaseWidget
	goal  int
	check *widget.Check
	text  *widget.Label
	row   *fyne.Container
}

func newGoalChecks(labels []string) *goalChecks {
	g := &goalChecks{labels: labels, checked: make([]bool, len(labels)), shown: map[int]*goalCheck{}, fit: newOneLineFit()}
	if len(labels) <= goalChecksInline {
		g.box = container.NewVBox()
		for i := range labels {
			r := g.newRow()
			g.bind(i, r)
			g.box.Add(r)
		}
		return g
	}
	g.measure = g.newRow()
	g.rows = newRefitList(g.newList(), g.refit, func() fyne.Size {
		return fyne.NewSize(g.measure.row.MinSize().Width, goalChecksHeight)
	})
	g.box = g.rows.box
	return g
}

func (g *goalChecks) newList() *widget.List {
	l := widget.NewList(func() int { return len(g.labels) },
		func() fyne.CanvasObject { return g.newRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { g.bind(id, o.(*goalCheck)) })
	// A tap on a title ticks its goal, as a tap on its box does.
	l.OnSelected = func(id widget.ListItemID) {
		l.Unselect(id)
		if !g.disabled {
			g.toggle(id, !g.checked[id])
		}
	}
	return l
}

func (g *goalChecks) newRow() *goalCheck {
	r := &goalCheck{goal: -1, text: wrapped("")}
	r.check = widget.NewCheck("", func(on bool) {
		if !g.binding && r.goal >= 0 {
			g.toggle(r.goal, on)
		}
	})
	r.row = newBorder(nil, nil, container.NewVBox(r.check), nil, r.text)
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer draws the row's check and title.
func (r *goalCheck) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.row)
}

func (g *goalChecks) bind(id int, r *goalCheck) {
	if id < 0 || id >= len(g.labels) {
		return
	}
	if g.shown[r.goal] == r {
		delete(g.shown, r.goal)
	}
	r.goal = id
	g.shown[id] = r
	g.binding = true
	r.text.SetText(g.labels[id])
	r.check.SetChecked(g.checked[id])
	if g.disabled {
		r.check.Disable()
	} else {
		r.check.Enable()
	}
	g.binding = false
	// A new title may wrap to other lines than the last.
	r.row.Layout.Layout(r.row.Objects, r.row.Size())
}

// toggle is the user's tick or clear of goal i.
func (g *goalChecks) toggle(i int, on bool) {
	g.setChecked(i, on)
	if g.OnChanged != nil {
		g.OnChanged(i, on)
	}
}

// Disable shows the ticks without letting them change.
func (g *goalChecks) Disable() {
	g.disabled = true
	for i, r := range g.shown {
		g.bind(i, r)
	}
}

// checkOf is the check box of goal i, scrolled into view.
func (g *goalChecks) checkOf(i int) *widget.Check {
	if g.rows != nil {
		g.rows.list.ScrollTo(i)
	}
	if r := g.shown[i]; r != nil && r.goal == i {
		return r.check
	}
	return nil
}

// setChecked ticks or clears goal i and keeps Selected.
func (g *goalChecks) setChecked(i int, on bool) {
	g.checked[i] = on
	if r := g.shown[i]; r != nil && r.goal == i && r.check.Checked != on {
		g.binding = true
		r.check.SetChecked(on)
		g.binding = false
	}
	g.collect()
}

// SetSelected ticks the goals of the given labels and no others.
func (g *goalChecks) SetSelected(labels []string) {
	want := map[string]bool{}
	for _, l := range labels {
		want[l] = true
	}
	on := make([]bool, len(g.labels))
	for i, l := range g.labels {
		on[i] = want[l]
	}
	g.setAll(on)
}

// setAll ticks goal i where on[i] is true, and clears the others.
func (g *goalChecks) setAll(on []bool) {
	copy(g.checked, on)
	g.binding = true
	for i, r := range g.shown {
		r.check.SetChecked(g.checked[i])
	}
	g.binding = false
	g.collect()
}

func (g *goalChecks) collect() {
	g.Selected = nil
	for i, on := range g.checked {
		if on {
			g.Selected = append(g.Selected, g.labels[i])
		}
	}
}

// refit is a new list with every row's height at width (refitList).
func (g *goalChecks) refit(width float32) *widget.List {
	g.measure.text.SetText("")
	g.heightAt(width) // places the title beside its box
	textWidth := width - g.measure.text.Position().X
	list := g.newList()
	g.shown = map[int]*goalCheck{}
	for i, l := range g.labels {
		if !g.fit.fits(l, textWidth) {
			g.measure.text.SetText(l)
			list.SetItemHeight(i, g.heightAt(width))
		}
	}
	return list
}

// heightAt is the measuring row's height laid out at width.
func (g *goalChecks) heightAt(width float32) float32 {
	g.measure.row.Resize(fyne.NewSize(width, g.measure.row.MinSize().Height))
	return g.measure.row.MinSize().Height
}
