package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestLayoutCheckerCatchesBrokenLayouts: the checker the screen tests rely
// on reports a too-wide label, an object past its container's edge, and a
// window that cannot be made 1024×640, and lets the same pass where they
// wrap, scroll or fit.
func TestLayoutCheckerCatchesBrokenLayouts(t *testing.T) {
	a := test.NewTempApp(t)
	long := strings.Repeat("A too-wide label ", 12)
	wide := widget.NewLabel(strings.Repeat("wide ", 20))
	wide.Resize(wide.MinSize())
	wide.Move(fyne.NewPos(1000-wide.MinSize().Width+200, 0)) // 200 past the right of a 1000-wide row
	for _, c := range []struct {
		name    string
		content fyne.CanvasObject
		want    string // a kind and words of the message, "" for none
	}{
		{"label squeezed into a fixed cell", container.NewGridWrap(fyne.NewSize(200, 40), widget.NewLabel(long)), problemSqueeze + `: *widget.Label "A too-wide label`},
		{"wrapped label in the same cell", container.NewGridWrap(fyne.NewSize(200, 400), wrappedLabel(long)), ""},
		{"truncated label in the same cell", container.NewGridWrap(fyne.NewSize(200, 40), truncatedLabel(long)), ""},
		{"object past its container's edge", container.NewVBox(container.New(layout.NewGridWrapLayout(fyne.NewSize(1000, 40)), container.NewWithoutLayout(wide))), problemCut + `: *widget.Label "wide wide wide`},
		{"the same in a horizontal scroll", container.NewHScroll(container.NewWithoutLayout(wide, fixedBox(1200+wide.MinSize().Width, 40))), ""},
		{"window too small for its content", widget.NewLabel(strings.Repeat("W", 200)), problemMinSize + ": the window needs at least"},
		{"entry cutting its hint", container.NewGridWrap(fyne.NewSize(120, 40), hinted("e.g. 1,234.5 / 800万 / 12%")), problemSqueeze + `: *widget.Entry "e.g. 1,234.5 / 800万 / 12%" cuts its hint`},
		{"entry showing its hint", container.NewGridWrap(fyne.NewSize(400, 40), hinted("e.g. 1,234.5 / 800万 / 12%")), ""},
		{"a layout drawing two labels in one place", container.New(sameSpot{}, widget.NewLabel("Target: $0"), widget.NewLabel("S · Specific")), problemOverlap + `: *fyne.Container(views.sameSpot) draws *widget.Label "S · Specific" over *widget.Label "Target: $0"`},
		{"buttons that fit", container.NewHBox(widget.NewButton("Save", nil), widget.NewButton("Cancel", nil)), ""},
	} {
		w := a.NewWindow("check")
		w.SetContent(c.content)
		w.Resize(fyne.NewSize(1024, 640))
		got := ""
		for _, p := range checkWindow(w) {
			got += p.String() + "\n"
		}
		if c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("%s: checker says %q, want %q", c.name, got, c.want)
		}
		w.Close()
	}
}

func hinted(hint string) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(hint)
	return e
}

func wrappedLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func truncatedLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// fixedBox is an empty object that asks for w×h.
func fixedBox(w, h float32) fyne.CanvasObject {
	r := container.NewGridWrap(fyne.NewSize(w, h), widget.NewLabel(""))
	r.Resize(fyne.NewSize(w, h))
	return r
}

// sameSpot is a broken layout: every object at the same place.
type sameSpot struct{}

func (sameSpot) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(o.MinSize())
	}
}

func (sameSpot) MinSize(objects []fyne.CanvasObject) fyne.Size { return objects[0].MinSize() }
