package views

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestGoalChecksOfManyGoals shows the checks of 60 goals, some titled at
// length, at 1024×640: only the rows in view are laid out, each as high
// as its wrapped title; a tick by box or by title is kept while its row
// scrolls away and shows other goals; SetSelected ticks exactly the goals
// named, the rows in view included; Selected keeps the goals' order.
func TestGoalChecksOfManyGoals(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("checks")
	defer w.Close()
	var labels []string
	for i := range 60 {
		title := fmt.Sprintf("Goal %02d", i)
		if i%3 == 0 {
			title += strings.Repeat(" raise the weekly sales of the eastern shops", 3)
		}
		labels = append(labels, title)
	}
	g := newGoalChecks(labels)
	w.SetContent(g.box)
	w.Resize(fyne.NewSize(600, 400))
	if n := len(g.shown); n == 0 || n > 20 {
		t.Fatalf("%d of 60 rows are laid out", n)
	}
	for i, r := range g.shown {
		if r.row.Size().Height+0.5 < r.row.MinSize().Height || r.text.Size().Height+0.5 < r.text.MinSize().Height {
			t.Errorf("row %d is %v high, its title needs %v", i, r.row.Size().Height, r.text.MinSize().Height)
		}
	}
	test.Tap(g.shown[0].check)
	g.rows.list.Select(1) // a tap on the title
	g.rows.list.ScrollTo(59)
	test.Tap(g.shown[59].check)
	if want := []string{labels[0], labels[1], labels[59]}; fmt.Sprint(g.Selected) != fmt.Sprint(want) {
		t.Fatalf("Selected = %q, want %q", g.Selected, want)
	}
	g.rows.list.ScrollToTop()
	for i := range 3 {
		if r := g.shown[i]; r == nil || r.check.Checked != (i < 2) {
			t.Errorf("row %d shows its goal ticked: %v, want %v", i, r != nil && r.check.Checked, i < 2)
		}
	}
	g.SetSelected([]string{labels[2], labels[40]})
	if want := []string{labels[2], labels[40]}; fmt.Sprint(g.Selected) != fmt.Sprint(want) {
		t.Fatalf("after SetSelected, Selected = %q, want %q", g.Selected, want)
	}
	for i := range 3 {
		if r := g.shown[i]; r == nil || r.check.Checked != (i == 2) {
			t.Errorf("after SetSelected row %d shows ticked: %v", i, r != nil && r.check.Checked)
		}
	}
}
