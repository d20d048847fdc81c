package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// goalChecks is a check box per goal whose title wraps, where a
// CheckGroup would keep each title on one line and widen the window by the
// longest. Selected holds the ticked labels, as CheckGroup's does.
type goalChecks struct {
	box      *fyne.Container
	checks   []*widget.Check
	labels   []string
	Selected []string
}

func newGoalChecks(labels []string) *goalChecks {
	g := &goalChecks{box: container.NewVBox(), labels: labels}
	for _, l := range labels {
		check := widget.NewCheck("", func(bool) { g.collect() })
		text := widget.NewLabel(l)
		text.Wrapping = fyne.TextWrapWord
		g.checks = append(g.checks, check)
		g.box.Add(newBorder(nil, nil, container.NewVBox(check), nil, text))
	}
	return g
}

// SetSelected ticks the goals of the given labels and no others.
func (g *goalChecks) SetSelected(labels []string) {
	want := map[string]bool{}
	for _, l := range labels {
		want[l] = true
	}
	for i, c := range g.checks {
		c.SetChecked(want[g.labels[i]])
	}
	g.collect()
}

func (g *goalChecks) collect() {
	g.Selected = nil
	for i, c := range g.checks {
		if c.Checked {
			g.Selected = append(g.Selected, g.labels[i])
		}
	}
}
