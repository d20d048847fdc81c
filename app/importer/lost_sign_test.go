package importer

import (
	"testing"

	"pacer/app/notation"
)

// TestLostSign checks which texts read as numbers once their question
// marks, signs a legacy encoding could not hold, are dropped.
func TestLostSign(t *testing.T) {
	pl := &importPlanner{}
	for text, want := range map[string]bool{
		"?9,000.00": true, "-?50.00": true, "(?1,234.50)": true, "1?234.50": true,
		"?": false, "??": false, "1,234.50": false, "A?B": false, "closed?": false,
	} {
		if got := pl.lostSign(text); got != want {
			t.Errorf("lostSign(%q) = %v, want %v", text, got, want)
		}
	}
	pl.m.NumberFormat = notation.NumberFormat{DecimalComma: true}
	if !pl.lostSign("1.234,50 ?") {
		t.Error("lostSign(1.234,50 ?) with decimal commas = false")
	}
}
