package widgets_test

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pacer/views/widgets"
)

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		n := color.NRGBAModel.Convert(c).(color.NRGBA)
		lin := func(v uint8) float64 {
			s := float64(v) / 255
			if s <= 0.03928 {
				return s / 12.92
			}
			return math.Pow((s+0.055)/1.055, 2.4)
		}
		return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// chipParts are the chip's patch and text as drawn.
func chipParts(t *testing.T, c *widgets.StatusChip) (*canvas.Rectangle, *canvas.Text) {
	t.Helper()
	objects := test.WidgetRenderer(c).Objects()
	return objects[0].(*canvas.Rectangle), objects[1].(*canvas.Text)
}

// TestStatusChipReadsOnAnyRow: the grey "No data yet" chip and each
// status colour have an opaque patch and a text of at least 4.5:1 contrast
// on it, in the dark and the light theme; a selected row's blue behind the
// chip cannot show through.
func TestStatusChipReadsOnAnyRow(t *testing.T) {
	a := test.NewTempApp(t)
	for _, variant := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		th := theme.DefaultTheme()
		a.Settings().SetTheme(variantTheme{th, variant})
		tints := []color.Color{nil, theme.Color(theme.ColorNameSuccess), theme.Color(theme.ColorNameWarning),
			theme.Color(theme.ColorNameError), theme.Color(theme.ColorNameDisabled)}
		for i, tint := range tints {
			c := widgets.NewStatusChip("No data yet", tint)
			patch, text := chipParts(t, c)
			if _, _, _, alpha := patch.FillColor.RGBA(); alpha != 0xffff {
				t.Errorf("variant %d tint %d: the patch is see-through (alpha %x)", variant, i, alpha)
			}
			if r := contrast(text.Color, patch.FillColor); r < 4.5 {
				t.Errorf("variant %d tint %d: text on patch contrasts %.1f:1, want 4.5:1", variant, i, r)
			}
		}
	}
}

// TestStatusChipMarkup pins the chip's drawing: a rounded patch and the
// text centred on it.
func TestStatusChipMarkup(t *testing.T) {
	test.NewTempApp(t)
	c := widgets.NewStatusChip("At risk", color.NRGBA{R: 0xff, G: 0x98, A: 0xff})
	w := test.NewWindow(c)
	defer w.Close()
	w.Resize(c.MinSize().Add(fyne.NewSize(8, 8)))
	test.AssertRendersToMarkup(t, "statuschip.xml", w.Canvas())
}

type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}
