package importer

import (
	"testing"
	"unsafe"
)

// A million-row file holds five million cells or more, so each byte of a
// Cell is megabytes of the import's peak memory: Number before Kind and
// the flags packs it in 32 bytes rather than 40.
func TestCellIsThirtyTwoBytes(t *testing.T) {
	if n := unsafe.Sizeof(Cell{}); n != 32 {
		t.Errorf("a Cell takes %d bytes, want 32", n)
	}
}

func TestRecordsCellsAreTheirOwn(t *testing.T) {
	rows, err := importSplitText("a,b\nc,d\ne,f\n", ',')
	if err != nil || len(rows) != 3 {
		t.Fatalf("rows %v, err %v", rows, err)
	}
	rows[0] = append(rows[0], Cell{Text: "added"})
	if rows[1][0].Text != "c" || cap(rows[1]) != 2 {
		t.Errorf("adding to the first row changed the second: %v (cap %d)", rows[1], cap(rows[1]))
	}
}
