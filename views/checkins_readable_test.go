package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// longNote is a note as long as the ones the sample reviews write.
const longNote = "Below plan: weak market demand. Next: market research, reposition the product, more promotion."

// historyWidth is the history list's width in a 1024×640 window.
const historyWidth = 500

// saveNotedCheckIn saves a 2023-Q1 check-in with longNote for g.
func saveNotedCheckIn(t *testing.T, store checkInFormStore, g app.Goal) app.CheckIn {
	t.Helper()
	c := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 8_000_000, Confidence: 5, Note: longNote}
	if err := store.CreateCheckIn(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// labelWith is the first label in o whose text holds part, or nil.
func labelWith(o fyne.CanvasObject, part string) *widget.Label {
	var found *widget.Label
	walk(o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok && found == nil && strings.Contains(l.Text, part) {
			found = l
		}
	})
	return found
}

// TestHistoryNoteReadsWhole: in a history row as wide as the list is at
// 1024×640, a note of a sentence or two has the room to show whole,
// wrapped. Beside the figures and the buttons it had some 20 px: "…".
func TestHistoryNoteReadsWhole(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "In 2023, raise North-America sales by 20%, every quarter at least +5% year on year")
	saveNotedCheckIn(t, store, g)
	ui.showScreen(screenCheckIns)
	s := builtScreen[*checkInsScreen](ui)
	if len(s.checkIns) != 1 {
		t.Fatalf("the history holds %d check-ins", len(s.checkIns))
	}
	row := s.newHistoryRow()
	s.updateHistoryRow(0, row)
	row.Resize(fyne.NewSize(historyWidth, row.MinSize().Height))
	note := labelWith(row, "weak market demand")
	if note == nil {
		t.Fatal("the row does not show the note")
	}
	if note.Size().Width < 0.9*historyWidth {
		t.Errorf("the note is %.0f px of the row's %d", note.Size().Width, historyWidth)
	}
	whole := widget.NewLabel(note.Text)
	whole.Wrapping = fyne.TextWrapWord
	whole.Resize(fyne.NewSize(note.Size().Width, 1))
	if need := whole.MinSize().Height; note.Size().Height < need-0.5 {
		t.Errorf("the note has %.0f px of height; wrapped whole it needs %.0f", note.Size().Height, need)
	}
}

// TestDeleteCheckInNamesTheGoal: the question names the goal as well as
// the period, wrapped within a 1024×640 window however long the title,
// and Delete is marked a danger beside Cancel.
func TestDeleteCheckInNamesTheGoal(t *testing.T) {
	ui, w, store := newStoreUI(t)
	w.Resize(fyne.NewSize(1024, 640))
	title := strings.TrimSpace(strings.Repeat("In 2023, raise North-America sales by 20%, every quarter at least +5% year on year; ", 3))
	g := saveSeedGoal(t, store, title)
	c := saveNotedCheckIn(t, store, g)
	ui.showScreen(screenCheckIns)
	builtScreen[*checkInsScreen](ui).onDelete(c)
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("Delete did not ask")
	}
	msg := labelWith(top, "2023-Q1")
	if msg == nil || !strings.Contains(msg.Text, title) {
		t.Fatalf("the question does not name the goal: %v", msg)
	}
	if msg.Size().Width > 1024 || msg.MinSize().Height > 640/2 {
		t.Errorf("the question is %v in a 1024×640 window", msg.Size())
	}
	if del := findButton(t, top, "Delete"); del.Importance != widget.DangerImportance {
		t.Errorf("Delete has importance %v, want danger", del.Importance)
	}
	if cancel := findButton(t, top, "Cancel"); cancel.Importance == widget.HighImportance {
		t.Error("Cancel is not the quieter way out")
	}
	test.Tap(findButton(t, top, "Cancel"))
	if cs, _ := store.CheckIns(context.Background(), g.ID); len(cs) != 1 {
		t.Error("Cancel deleted the check-in")
	}
}

// TestHistoryValuesLineUp: the values of a history's rows start at one x
// whatever the period's name; each started after its own name, "Jan 2026"
// narrower than "Feb 2026" or "May 2026".
func TestHistoryValuesLineUp(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	ui.showScreen(screenCheckIns)
	s := builtScreen[*checkInsScreen](ui)
	x := map[string]float32{}
	for _, name := range []string{"Jan 2026", "May 2026", "2026-Q4", "W52 2026"} {
		row := s.newHistoryRow()
		parts := historyRowParts(row)
		parts.period.SetText(name)
		parts.value.SetText("CN¥87,750  ·  confidence 5/10")
		row.Resize(fyne.NewSize(historyWidth, row.MinSize().Height))
		x[name] = parts.value.Position().X
	}
	for name, at := range x {
		if at != x["Jan 2026"] {
			t.Errorf("after %q the value starts at x %.1f, after Jan 2026 at %.1f", name, at, x["Jan 2026"])
		}
	}
}
