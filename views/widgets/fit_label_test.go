package widgets_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/views/widgets"
)

// drawnText is the text o draws, its canvas texts joined.
func drawnText(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(o fyne.CanvasObject) {
		if t, ok := o.(*canvas.Text); ok {
			b.WriteString(t.Text)
		}
	})
	return b.String()
}

// ellipsisLabel is the widget.Label a FitLabel stands for.
func ellipsisLabel(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// TestFitLabelShowsWhatAnEllipsisLabelShows sizes a FitLabel and a
// widget.Label that truncates with an ellipsis alike, through texts that
// fit and texts that do not, by SetText and by Resize, and compares what
// each draws and its least size.
func TestFitLabelShowsWhatAnEllipsisLabelShows(t *testing.T) {
	long := "Grow the repeat customers of the northern region stores by a fifth 北方区域门店回头客增长"
	steps := []struct {
		text  string
		width float32
	}{
		{"Short", 300}, {long, 300}, {long, 2000}, {"Short", 2000}, {long, 120}, {"销售额", 120}, {"", 60}, {long, 60},
	}
	fit := widgets.NewFitLabelWithStyle("Goal title", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	want := ellipsisLabel("Goal title")
	for _, resizeFirst := range []bool{false, true} {
		for _, s := range steps {
			size := fyne.NewSize(s.width, want.MinSize().Height)
			if resizeFirst {
				fit.Resize(size)
				want.Resize(size)
			}
			fit.SetText(s.text)
			want.SetText(s.text)
			if !resizeFirst {
				fit.Resize(size)
				want.Resize(size)
			}
			got, exp := drawnText(fit), drawnText(want)
			if got != exp {
				t.Errorf("%q at %v (resized first: %v): shows %q, want %q", s.text, s.width, resizeFirst, got, exp)
			}
			if fit.MinSize() != want.MinSize() {
				t.Errorf("%q at %v: least size %v, want %v", s.text, s.width, fit.MinSize(), want.MinSize())
			}
		}
	}
}

// TestFitLabelCutsWhereAnEllipsisLabelCuts widens a FitLabel and a
// widget.Label that truncates pixel by pixel across the width where the
// text begins to fit: both must cut it, or show it whole, at the same widths.
func TestFitLabelCutsWhereAnEllipsisLabelCuts(t *testing.T) {
	for _, text := range []string{"Customer retention rate", "客户留存率提升到百分之九十"} {
		fit := widgets.NewFitLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		want := ellipsisLabel(text)
		whole := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
		for w := whole - 4; w < whole+2*theme.InnerPadding()+6; w++ {
			size := fyne.NewSize(w, want.MinSize().Height)
			fit.Resize(size)
			want.Resize(size)
			if got, exp := drawnText(fit), drawnText(want); got != exp {
				t.Errorf("%q at %v wide: shows %q, want %q", text, w, got, exp)
			}
		}
	}
}

// TestFitLabelCutsOnlyWhatDoesNotFit checks the cut itself: a long text
// in a narrow label ends with an ellipsis, and the same text shown whole
// once the label is wide enough.
func TestFitLabelCutsOnlyWhatDoesNotFit(t *testing.T) {
	text := "Reduce the cost of goods sold across every product line"
	l := widgets.NewFitLabel(text)
	l.Resize(fyne.NewSize(150, 40))
	if got := drawnText(l); !strings.HasSuffix(got, "…") || len(got) >= len(text) {
		t.Errorf("at 150 wide it shows %q, want the text cut with an ellipsis", got)
	}
	l.Resize(fyne.NewSize(1200, 40))
	if got := drawnText(l); got != text {
		t.Errorf("at 1200 wide it shows %q, want it whole", got)
	}
	if l.Truncation != fyne.TextTruncateOff {
		t.Errorf("a text that fits is still truncated (%v): Fyne shapes it again on every layout", l.Truncation)
	}
}
