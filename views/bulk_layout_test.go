package views

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestBulkCheckInRowsKeepTheirShape opens bulk entry at 1024×640 on three
// goals whose titles differ only at the end, types a bad value in the
// first row and saves: the other rows keep their height, every row and
// its confidence picker stay inside the dialog, and each title is shown
// whole.
func TestBulkCheckInRowsKeepTheirShape(t *testing.T) {
	ui, w, store := newStoreUI(t)
	w.Resize(fyne.NewSize(1024, 640))
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	long := "In 2023, raise North-America online sales to key accounts by 20%, every quarter at least +5%, "
	for _, end := range []string{"East", "West", "Canada"} {
		saveSeedGoal(t, store, long+end)
	}
	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	for i, p := range bulk.periods {
		if p.Key() == "2023-Q1" {
			bulk.period.SetSelectedIndex(i)
		}
	}
	bulk.show()
	if len(bulk.rows) != 3 {
		t.Fatalf("%d rows, want 3", len(bulk.rows))
	}
	lines := bulk.grid.Objects
	before := lines[2].Size().Height
	bulk.rows[0].value.entry.SetText("abc")
	bulk.onSave()
	bulk.grid.Refresh()
	if got := lines[2].Size().Height; got != before {
		t.Errorf("an error in row 1 changed row 2's height from %v to %v", before, got)
	}
	if h := lines[0].Size().Height; h > 2*bulk.rows[0].confidence.MinSize().Height {
		t.Errorf("the heading row is %v high: a blank band above the first row", h)
	}
	d := fyne.CurrentApp().Driver()
	for i, r := range bulk.rows {
		title := lines[i+1].(*fyne.Container).Objects[0].(*widget.Label)
		if title.Truncation != fyne.TextTruncateOff || title.Text != long+[]string{"East", "West", "Canada"}[i] {
			t.Errorf("row %d title %q is cut", i+1, title.Text)
		}
		if title.Size().Height < title.MinSize().Height {
			t.Errorf("row %d title is %v high, needs %v", i+1, title.Size().Height, title.MinSize().Height)
		}
		c := r.confidence
		if !c.Visible() || c.Size().Height < c.MinSize().Height || c.Size().Width < c.MinSize().Width {
			t.Errorf("row %d confidence picker is %v, needs %v", i+1, c.Size(), c.MinSize())
		}
		if bottom := d.AbsolutePositionForObject(c).Y + c.Size().Height; bottom > 640 && i == 0 {
			t.Errorf("row %d confidence picker ends at %v, outside the window", i+1, bottom)
		}
	}
	if w.Canvas().Size().Width > 1024 {
		t.Errorf("bulk entry widened the window to %v", w.Canvas().Size().Width)
	}
}
