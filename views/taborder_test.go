package views

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"pacer/app"
)

// focusOrder tabs through the canvas from its first focusable widget until
// it comes round again, and returns each widget's position on the canvas.
func focusOrder(t *testing.T, c fyne.Canvas) []fyne.Position {
	t.Helper()
	c.Unfocus()
	c.FocusNext()
	first := c.Focused()
	if first == nil {
		t.Fatal("nothing can take the focus")
	}
	var order []fyne.Position
	for o := first; ; {
		order = append(order, fyne.CurrentApp().Driver().AbsolutePositionForObject(o.(fyne.CanvasObject)))
		c.FocusNext()
		if o = c.Focused(); o == first || o == nil || len(order) > 200 {
			return order
		}
	}
}

// assertReadingOrder fails when Tab moves up the screen, or left on the same row.
func assertReadingOrder(t *testing.T, name string, c fyne.Canvas) {
	t.Helper()
	order := focusOrder(t, c)
	for i := 1; i < len(order); i++ {
		a, b := order[i-1], order[i]
		sameRow := b.Y-a.Y < 8 && a.Y-b.Y < 8
		if (!sameRow && b.Y < a.Y) || (sameRow && b.X < a.X) {
			t.Errorf("%s: Tab goes from field %d at %v back to %v", name, i-1, a, b)
		}
	}
}

func TestTabOrderFollowsReading(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")

	newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {}).show()
	assertReadingOrder(t, "check-in form", w.Canvas())
	ui.onEscape()

	newBulkCheckIn(depsOf[bulkStore](ui), func() {}).show()
	assertReadingOrder(t, "bulk check-in", w.Canvas())
	ui.onEscape()

	ui.showScreen(screenActions)
	builtScreen[*actionsScreen](ui).open(app.ActionPlan{GoalIDs: []int64{g.ID}})
	assertReadingOrder(t, "action plan", w.Canvas())
	builtScreen[*actionsScreen](ui).closeEditor()

	ui.showScreen(screenSettings)
	assertReadingOrder(t, "settings", w.Canvas())

	_, wiz := openGoalsWizard(t, ui)
	for i := range wiz.steps {
		wiz.show(i)
		assertReadingOrder(t, "wizard step "+wiz.steps[i].title(), w.Canvas())
	}
}
