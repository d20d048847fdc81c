package views

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.design/x/clipboard"

	"pacer/app/chart"
)

// copySize is the size a copied chart has: full HD, as a slide shows it.
func copySize() chart.ChartSize { return chartSize(1920, 1080) }

// errNoImageClipboard is returned where the system clipboard cannot take
// a picture: no X display on Linux, or the clipboard refused it.
var errNoImageClipboard = errors.New("the clipboard cannot take a picture here")

// clipboardReady opens the system clipboard once; Fyne's clipboard holds
// text only.
var clipboardReady = sync.OnceValue(clipboard.Init)

// copyPNGToClipboard puts a PNG on the system clipboard as image/png.
func copyPNGToClipboard(png []byte) error {
	if err := clipboardReady(); err != nil {
		return fmt.Errorf("%w (%v)", errNoImageClipboard, err)
	}
	if clipboard.Write(clipboard.FmtImage, png) == nil {
		return errNoImageClipboard
	}
	return nil
}

// copyChart draws a chart at 1920×1080 and puts it on the clipboard. Where
// the clipboard cannot take it, it says so and offers the PNG export.
func (ui *mainUI) copyChart(name string, draw chartDrawer, done func()) {
	png, err := draw(copySize(), chart.FormatPNG)
	if err == nil {
		err = copyPNGToClipboard(png)
	}
	switch {
	case errors.Is(err, errNoImageClipboard):
		d := dialog.NewConfirm(lang.L("Copy chart"),
			lang.L("The clipboard cannot take a picture here. Export the chart as a PNG file instead?"), func(ok bool) {
				if ok {
					newChartExport(ui, name, draw).show()
				}
			}, ui.win)
		d.SetConfirmText(lang.L("Export chart…"))
		ui.showDialog(d)
	case err != nil:
		ui.showError(err)
	default:
		done()
	}
}

// newCopyButton is a chart's Copy button, which says "Copied" for a
// moment once the chart is on the clipboard; copyNow does the same.
func (ui *mainUI) newCopyButton(name func() string, draw func() chartDrawer) (b *widget.Button, copyNow func()) {
	b = widget.NewButtonWithIcon(lang.L("Copy"), theme.ContentCopyIcon(), nil)
	copyNow = func() {
		d := draw()
		if d == nil {
			return
		}
		ui.copyChart(name(), d, func() {
			b.SetText(lang.L("Copied"))
			time.AfterFunc(2*time.Second, func() { fyne.Do(func() { b.SetText(lang.L("Copy")) }) })
		})
	}
	b.OnTapped = copyNow
	return b, copyNow
}

// copyableChart holds a chart that takes the keyboard focus when tapped
// or tabbed to, shows a ring while it has it, and copies itself on
// Ctrl+C (⌘C on macOS).
type copyableChart struct {
	widget.BaseWidget
	chart  fyne.CanvasObject
	ring   *canvas.Rectangle
	onCopy func()
}

func newCopyableChart(c fyne.CanvasObject, onCopy func()) *copyableChart {
	ring := canvas.NewRectangle(nil)
	ring.StrokeColor = theme.Color(theme.ColorNameFocus)
	ring.StrokeWidth = 2
	ring.Hide()
	w := &copyableChart{chart: c, ring: ring, onCopy: onCopy}
	w.ExtendBaseWidget(w)
	return w
}

// CreateRenderer stacks the focus ring over the chart.
func (w *copyableChart) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(w.chart, w.ring))
}

// Tapped takes the focus, so that Ctrl+C copies this chart.
func (w *copyableChart) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(w); c != nil {
		c.Focus(w)
	}
}

// FocusGained shows the ring.
func (w *copyableChart) FocusGained() { w.ring.Show() }

// FocusLost hides the ring.
func (w *copyableChart) FocusLost() { w.ring.Hide() }

// TypedRune ignores typing.
func (w *copyableChart) TypedRune(rune) {}

// TypedKey ignores keys.
func (w *copyableChart) TypedKey(*fyne.KeyEvent) {}

// TypedShortcut copies the chart on the copy shortcut.
func (w *copyableChart) TypedShortcut(s fyne.Shortcut) {
	if _, ok := s.(*fyne.ShortcutCopy); ok && w.onCopy != nil {
		w.onCopy()
	}
}

// chartFileName names the goal's chart: its short name, the chart and the
// day it is drawn as of ("Raise North-America sales by 20% – cumulative –
// 2023-05-20").
func (d *goalDetail) chartFileName() string {
	return goalFileName(d.pace.Goal.Title, lang.L("cumulative"), d.ui.today().String())
}

// newCopy is the goal chart's Copy button and action.
func (d *goalDetail) newCopy() (*widget.Button, func()) {
	p := d.pace
	return d.ui.newCopyButton(d.chartFileName, func() chartDrawer {
		return func(size chart.ChartSize, format chart.Format) ([]byte, error) {
			return goalChartFile(d.ui, p, size, format)
		}
	})
}

// fileName names the chart shown: the goal's short name (or all goals),
// the chart and the period ("Raise North-America sales by 20% – plan and
// actual – 2023-Q1"); ok is false for a goal's chart with no goal chosen.
func (c *reviewCharts) fileName() (name string, ok bool) {
	kind, _ := c.kinds.value(c.kind.Selected)
	what := map[string]string{chartPlanActual: lang.L("plan and actual"), chartGap: lang.L("gap to plan"),
		chartCumulative: lang.L("cumulative"), chartPortfolio: lang.L("attainment"), chartGoalsGap: lang.L("gap to plan")}[kind]
	if dim, ok := strings.CutPrefix(kind, chartContributors); ok {
		what = lang.L("gap by {{.Dimension}}", map[string]any{"Dimension": dim})
	}
	if kind == chartPortfolio || kind == chartGoalsGap {
		return fileNameOf(lang.L("All goals"), what, c.period.Key()), true
	}
	if c.row == nil {
		return "", false
	}
	return goalFileName(c.row.Goal.Title, what, c.period.Key()), true
}

// newCopy is the review chart's Copy button and action: the chart shown.
func (c *reviewCharts) newCopy() (*widget.Button, func()) {
	return c.ui.newCopyButton(func() string { n, _ := c.fileName(); return n }, func() chartDrawer {
		if _, ok := c.fileName(); !ok || len(c.rows) == 0 {
			return nil
		}
		kind, _ := c.kinds.value(c.kind.Selected)
		_, file := c.drawers(kind)
		return file
	})
}
