package views

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestTextKeepsItsDescenders draws texts in Pacer's theme, Latin and
// Chinese, regular and bold, at the body, caption and heading sizes, and
// fails when the letters reach the bottom of the text's box: there the
// painter cuts them, and "Settings" reads "Settinqs".
func TestTextKeepsItsDescenders(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(pacerTheme{Theme: theme.DefaultTheme(), scale: 1})
	var cut []string
	for _, text := range []string{"Settings gjpqy", "目标 Targeting gjpqy", "年度目标与实际"} {
		for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
			for _, size := range []fyne.ThemeSizeName{theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameSubHeadingText} {
				if low, bottom := inkBelow(a, text, style, theme.Size(size)); low >= bottom {
					cut = append(cut, fmt.Sprintf("%q (bold %v, %s): letters reach row %d of a box ending at %d", text, style.Bold, size, low, bottom))
				}
			}
		}
	}
	reason, known := knownLayoutFailures[descendersKey]
	switch {
	case len(cut) > 0 && known:
		t.Logf("known (%s): %v", reason, cut)
	case len(cut) > 0:
		for _, c := range cut {
			t.Errorf("text cut at the bottom: %s", c)
		}
	case known:
		t.Errorf("known layout failure %q is fixed: remove it from knownLayoutFailures", descendersKey)
	}
}

// descendersKey names the descender check in knownLayoutFailures.
const descendersKey = "text descenders cut"

// inkBelow draws text black on white at its minimum size and says the
// lowest pixel row with ink, and the last row of the text's box.
func inkBelow(a fyne.App, text string, style fyne.TextStyle, size float32) (low, bottom int) {
	txt := canvas.NewText(text, color.Black)
	txt.TextStyle, txt.TextSize = style, size
	w := a.NewWindow("ink")
	defer w.Close()
	w.SetPadded(false)
	w.SetContent(container.NewStack(canvas.NewRectangle(color.White), container.NewWithoutLayout(txt)))
	w.Resize(fyne.NewSize(400, 100))
	txt.Move(fyne.NewPos(10, 20))
	txt.Resize(txt.MinSize())
	img := w.Canvas().Capture()
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
				low = y
			}
		}
	}
	return low, int(math.Floor(float64(20 + txt.MinSize().Height)))
}
