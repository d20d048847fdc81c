package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PaceBar is a progress bar with a marker where the goal should be by now:
// the bar shows how far it is, the marker how far it was planned to be.
type PaceBar struct {
	widget.BaseWidget
	progress float64 // 0–1, capped for display
	expected float64 // 0–1; negative hides the marker
	fill     color.Color
}

// NewPaceBar makes a bar at 0 with no marker.
func NewPaceBar() *PaceBar {
	b := &PaceBar{expected: -1}
	b.ExtendBaseWidget(b)
	return b
}

// Set updates the bar; values outside 0–1 are clamped.
func (b *PaceBar) Set(progress, expected float64, fill color.Color) {
	b.progress, b.expected, b.fill = clamp01(progress), expected, fill
	if expected >= 0 {
		b.expected = clamp01(expected)
	}
	b.Refresh()
}

func clamp01(v float64) float64 {
	return max(0, min(1, v))
}

// CreateRenderer draws the track, the share done and the marker.
func (b *PaceBar) CreateRenderer() fyne.WidgetRenderer {
	r := &paceBarRenderer{bar: b,
		track:  canvas.NewRectangle(theme.Color(theme.ColorNameInputBorder)),
		done:   canvas.NewRectangle(theme.Color(theme.ColorNamePrimary)),
		marker: canvas.NewRectangle(theme.Color(theme.ColorNameForeground)),
	}
	r.track.CornerRadius = 4
	r.done.CornerRadius = 4
	return r
}

type paceBarRenderer struct {
	bar                 *PaceBar
	track, done, marker *canvas.Rectangle
}

// markerReach is how far the marker stands out above and below the bar;
// the bar is drawn that far inside the widget, so the marker stays within it.
const markerReach = 3

func (r *paceBarRenderer) Layout(size fyne.Size) {
	bar := fyne.NewSize(size.Width, max(0, size.Height-2*markerReach))
	r.track.Resize(bar)
	r.track.Move(fyne.NewPos(0, markerReach))
	r.done.Resize(fyne.NewSize(float32(r.bar.progress)*size.Width, bar.Height))
	r.done.Move(fyne.NewPos(0, markerReach))
	r.marker.Resize(fyne.NewSize(3, size.Height))
	r.marker.Move(fyne.NewPos(min(max(0, float32(r.bar.expected)*size.Width-1.5), size.Width-3), 0))
}

func (r *paceBarRenderer) MinSize() fyne.Size { return fyne.NewSize(120, 10+2*markerReach) }

func (r *paceBarRenderer) Refresh() {
	// The border colour stands out from the window and from an input-coloured card alike.
	r.track.FillColor = theme.Color(theme.ColorNameInputBorder)
	r.done.FillColor = theme.Color(theme.ColorNamePrimary)
	if r.bar.fill != nil {
		r.done.FillColor = r.bar.fill
	}
	r.marker.FillColor = theme.Color(theme.ColorNameForeground)
	r.marker.Hidden = r.bar.expected < 0
	// A rounded bar of no width still draws a sliver of colour.
	r.done.Hidden = r.bar.progress <= 0
	r.Layout(r.bar.Size())
	canvas.Refresh(r.bar)
}

func (r *paceBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.done, r.marker}
}

func (r *paceBarRenderer) Destroy() {}
