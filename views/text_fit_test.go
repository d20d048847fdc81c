package views

import (
	"math/rand/v2"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestOneLineFitNeverWrongWhenItSaysFits lays out wrapped labels of random
// titles, Latin, Chinese, Japanese, digits, punctuation and emoji mixed,
// at random widths, and checks that whenever oneLineFit says a title
// fits, the label is one line high: a row it sizes is never too short.
// It must also say so for most short titles, or it saves nothing. It
// runs on Pacer's theme, with its Chinese faces, and on Fyne's.
func TestOneLineFitNeverWrongWhenItSaysFits(t *testing.T) {
	for _, pacer := range []bool{true, false} {
		a := test.NewTempApp(t)
		if pacer {
			ApplyTheme(a)
		}
		checkOneLineFit(t)
	}
}

func checkOneLineFit(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 3))
	pieces := []string{"Sales", "W", "MMM", "iii", "2026", "+5%", "销售额", "华东区", "，", "（", "カタカナ", "한국", "😀", "Ωμέγα", "–", " ", " ", "fi", "AV", "Ｗ"}
	fit := newOneLineFit()
	oneLine := wrapped("M").MinSize().Height
	said := 0
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		title := b.String()
		width := float32(60 + rng.IntN(400))
		if !fit.fits(title, width) {
			continue
		}
		said++
		l := wrapped(title)
		l.Resize(fyne.NewSize(width, oneLine))
		if h := l.MinSize().Height; h > oneLine {
			t.Fatalf("%q fits %v, says oneLineFit, but takes %v high (one line: %v)", title, width, h, oneLine)
		}
	}
	if said < 600 {
		t.Errorf("oneLineFit said fits for %d titles of 3,000", said)
	}
	if fit.fits("In 2026, raise North-America online sales to key accounts by 20%", 250) {
		t.Error("a long title fits a narrow column")
	}
}
