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
	cells := detail.table.Objects
	const columns = 6
	if len(cells) < 2*columns {
		t.Fatalf("the table has %d cells", len(cells))
	}
	for i, o := range cells {
		l, ok := o.(*widget.Label)
		if !ok {
			t.Fatalf("cell %d is a %T", i, o)
		}
		want := fyne.TextAlignTrailing
		if i%columns == 0 {
			want = fyne.TextAlignLeading
		}
		if l.Alignment != want {
			t.Errorf("cell %d (%q) aligned %v, want %v", i, l.Text, l.Alignment, want)
		}
	}

	bulk, _, _, _ := bulkForQ1(t)
	if bulk.rows.item(0).old.Text == "—" || bulk.rows.item(0).old.Alignment != fyne.TextAlignTrailing {
		t.Errorf("bulk entry's recorded %q is aligned %v", bulk.rows.item(0).old.Text, bulk.rows.item(0).old.Alignment)
	}
}
