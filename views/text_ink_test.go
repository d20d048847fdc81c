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
// fails when the letters reach the bottom of the text's box where they do
// not in Fyne's own theme: there the painter cuts them, and "Settings"
// reads "Settinqs". (At the caption size Fyne's own theme already touches
// the last row; Pacer's must do no worse.)
func TestTextKeepsItsDescenders(t *testing.T) {
	a := test.NewTempApp(t)
	var cut []string
	for _, text := range []string{"Settings gjpqy", "目标 Targeting gjpqy", "年度目标与实际"} {
		for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
			for _, size := range []fyne.ThemeSizeName{theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameSubHeadingText} {
				a.Settings().SetTheme(theme.DefaultTheme())
				fyneLow, fyneBottom := inkBelow(a, "Settings gjpqy", style, theme.Size(size))
				a.Settings().SetTheme(pacerTheme{Theme: theme.DefaultTheme(), scale: 1})
				low, bottom := inkBelow(a, text, style, theme.Size(size))
				if low >= bottom && fyneLow < fyneBottom {
					cut = append(cut, fmt.Sprintf("%q (bold %v, %s): letters reach row %d of a box ending at %d", text, style.Bold, size, low, bottom))
				}
			}
		}
	}
	for _, c := range cut {
		t.Errorf("text cut at the bottom: %s", c)
	}
}

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
