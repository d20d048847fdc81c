package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// StatusChip is a status written on its own rounded, opaque patch of its
// colour. The text takes black or white, whichever reads better on that
// patch, so the chip stays readable on any row background, a selected
// row's included.
type StatusChip struct {
	widget.BaseWidget
	text string
	tint color.Color
}

// NewStatusChip makes a chip with the given text on a patch of tint; a nil
// tint is the theme's neutral grey.
func NewStatusChip(text string, tint color.Color) *StatusChip {
	c := &StatusChip{text: text, tint: tint}
	c.ExtendBaseWidget(c)
	return c
}

// Set changes the chip's text and tint.
func (c *StatusChip) Set(text string, tint color.Color) {
	c.text, c.tint = text, tint
	c.Refresh()
}

// Text is what the chip says.
func (c *StatusChip) Text() string { return c.text }

// CreateRenderer draws the patch and the text.
func (c *StatusChip) CreateRenderer() fyne.WidgetRenderer {
	r := &statusChipRenderer{chip: c, patch: canvas.NewRectangle(color.Black), label: canvas.NewText("", color.White)}
	r.label.TextStyle.Bold = true
	r.Refresh()
	return r
}

type statusChipRenderer struct {
	chip  *StatusChip
	patch *canvas.Rectangle
	label *canvas.Text
}

func (r *statusChipRenderer) padding() fyne.Size {
	p := theme.Padding()
	return fyne.NewSize(2*p, p/2)
}

func (r *statusChipRenderer) Layout(size fyne.Size) {
	text := r.label.MinSize()
	pad := r.padding()
	chip := fyne.NewSize(text.Width+2*pad.Width, text.Height+2*pad.Height)
	// The patch keeps its own height, centred, when its row is taller.
	top := max(0, (size.Height-chip.Height)/2)
	r.patch.Resize(fyne.NewSize(size.Width, min(chip.Height, size.Height)))
	r.patch.Move(fyne.NewPos(0, top))
	r.label.Resize(text)
	r.label.Move(fyne.NewPos((size.Width-text.Width)/2, top+pad.Height))
}

func (r *statusChipRenderer) MinSize() fyne.Size {
	text := r.label.MinSize()
	pad := r.padding()
	return fyne.NewSize(text.Width+2*pad.Width, text.Height+2*pad.Height)
}

func (r *statusChipRenderer) Refresh() {
	fill := Opaque(r.chip.tint)
	r.patch.FillColor = fill
	r.patch.CornerRadius = r.MinSize().Height / 2
	r.label.Text = r.chip.text
	r.label.Color = ReadableOn(fill)
	r.label.TextSize = theme.TextSize()
	r.Layout(r.chip.Size())
	canvas.Refresh(r.chip)
}

func (r *statusChipRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.patch, r.label}
}

func (r *statusChipRenderer) Destroy() {}

// Opaque lays tint over the theme's background, so that a translucent
// theme colour (Fyne's disabled grey) does not take on whatever lies
// below it; nil is the theme's disabled grey.
func Opaque(tint color.Color) color.NRGBA {
	if tint == nil {
		tint = theme.Color(theme.ColorNameDisabled)
	}
	bg := color.NRGBAModel.Convert(theme.Color(theme.ColorNameBackground)).(color.NRGBA)
	fg := color.NRGBAModel.Convert(tint).(color.NRGBA)
	a := float64(fg.A) / 255
	mix := func(f, b uint8) uint8 { return uint8(float64(f)*a + float64(b)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(fg.R, bg.R), G: mix(fg.G, bg.G), B: mix(fg.B, bg.B), A: 255}
}

// ReadableOn is black or white, whichever contrasts more with fill (WCAG
// relative luminance).
func ReadableOn(fill color.Color) color.Color {
	c := color.NRGBAModel.Convert(fill).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
	// Contrast with black is (l+0.05)/0.05, with white 1.05/(l+0.05); they meet at l≈0.179.
	if l > 0.179 {
		return color.Black
	}
	return color.White
}
