package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestNumbersAlignRight: in a goal's detail table the period is left-aligned
// and every number column, header included, right-aligned so that digits
// line up; bulk entry's recorded values too.
func TestNumbersAlignRight(t *testing.T) {
	d := sampleDashboard(t)
	sales := paceOf(t, d, "sales")
	detail := newGoalDetail(goalDetailDeps{d.ui.shell, d.ui.store}, sales, func() {}, func() {})
	w := d.ui.window()
	w.SetContent(detail.content)
	w.Resize(fyne.NewSize(1024, 640))
	const columns = 6
	rows := []*fyne.Container{detail.table.header}
	walk(detail.table.list, func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok && len(c.Objects) == columns {
			rows = append(rows, c)
		}
	})
	if len(rows) < 2 {
		t.Fatalf("the table shows %d rows", len(rows)-1)
	}
	for r, row := range rows {
		for i, o := range row.Objects {
			l, ok := o.(*widget.Label)
			if !ok {
				t.Fatalf("row %d cell %d is a %T", r, i, o)
			}
			want := fyne.TextAlignTrailing
			if i == 0 {
				want = fyne.TextAlignLeading
			}
			if l.Alignment != want {
				t.Errorf("row %d cell %d (%q) aligned %v, want %v", r, i, l.Text, l.Alignment, want)
			}
		}
	}

	bulk, _, _, _ := bulkForQ1(t)
	if bulk.rows.item(0).old.Text == "—" || bulk.rows.item(0).old.Alignment != fyne.TextAlignTrailing {
		t.Errorf("bulk entry's recorded %q is aligned %v", bulk.rows.item(0).old.Text, bulk.rows.item(0).old.Alignment)
	}
}
