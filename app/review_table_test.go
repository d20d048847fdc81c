package app

import "testing"

// TestEveryColumnHasACell checks that each review column makes its cell,
// and that a column the table does not know is empty rather than a panic.
func TestEveryColumnHasACell(t *testing.T) {
	for c := ColumnGoal; c <= ColumnMeasures; c++ {
		if int(c) >= len(columnCells) || columnCells[c] == nil {
			t.Errorf("column %d has no cell", c)
		}
	}
	r := ReviewRow{Goal: Goal{Title: "Sales"}}
	if got := (ReviewTable{}).Cell(ColumnMeasures+1, r); got != (TableCell{}) {
		t.Errorf("unknown column: %+v", got)
	}
	if got := (ReviewTable{}).Cell(ColumnGoal, r); got.Text != "Sales" {
		t.Errorf("goal column: %+v", got)
	}
}
