package app

import "testing"

// TestNeedSlabPiecesStayApart checks that each piece a needSlab hands out
// is its own: an append to one copies rather than writing the next, and
// pieces taken across slabs of growing size never share storage.
func TestNeedSlabPiecesStayApart(t *testing.T) {
	var s needSlab
	var pieces [][]PeriodNeed
	for i := range 600 {
		p := s.take(1 + i%30)
		if len(p) != 1+i%30 || cap(p) != len(p) {
			t.Fatalf("piece %d: length %d, capacity %d, want both %d", i, len(p), cap(p), 1+i%30)
		}
		for j := range p {
			p[j] = PeriodNeed{PeriodKey: "k", Amount: float64(i)}
		}
		pieces = append(pieces, p)
	}
	grown := append(pieces[0], PeriodNeed{Amount: -1})
	if pieces[1][0].Amount != 1 || &grown[0] == &pieces[0][0] {
		t.Fatal("an append to a piece wrote into the next")
	}
	for i, p := range pieces {
		for _, n := range p {
			if n.Amount != float64(i) {
				t.Fatalf("piece %d holds %v: pieces share storage", i, n.Amount)
			}
		}
	}
	if s.goals != 256 {
		t.Errorf("slabs grew to %d goals' needs, want 256", s.goals)
	}
}
