package views

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
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
	ends := []string{"East", "West", "Canada"}
	for _, end := range ends {
		saveSeedGoal(t, store, long+end)
	}
	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	for i, p := range bulk.periods {
		if p.Key() == "2023-Q1" {
			bulk.period.SetSelectedIndex(i)
		}
	}
	bulk.show()
	if len(bulk.rows.lines) != 3 {
		t.Fatalf("%d rows, want 3", len(bulk.rows.lines))
	}
	before := bulk.rows.item(2).row.Size().Height
	bulk.rows.item(0).value.entry.SetText("abc")
	bulk.onSave()
	if got := bulk.rows.item(2).row.Size().Height; got != before {
		t.Errorf("an error in row 1 changed row 3's height from %v to %v", before, got)
	}
	if first := bulk.rows.item(0); first.row.Size().Height < first.row.MinSize().Height || first.value.msg.Hidden {
		t.Errorf("the row with the error is %v high, needs %v; message shown: %v",
			first.row.Size().Height, first.row.MinSize().Height, !first.value.msg.Hidden)
	}
	if h := bulk.rows.header.Size().Height; h > 2*bulk.rows.item(0).confidence.MinSize().Height {
		t.Errorf("the heading row is %v high: a blank band above the first row", h)
	}
	d := fyne.CurrentApp().Driver()
	for i, end := range ends {
		it := bulk.rows.item(i)
		if it.title.Truncation != fyne.TextTruncateOff || it.title.Text != long+end {
			t.Errorf("row %d title %q is cut", i+1, it.title.Text)
		}
		if it.title.Size().Height < it.title.MinSize().Height || it.row.Size().Height < it.title.MinSize().Height {
			t.Errorf("row %d title is %v high in a row of %v, needs %v", i+1, it.title.Size().Height, it.row.Size().Height, it.title.MinSize().Height)
		}
		c := it.confidence
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
