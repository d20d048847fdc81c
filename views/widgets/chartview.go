package widgets

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"pacer/app/chart"
)

// chartView shows a chart drawn by go-chart at the widget's own pixel size,
// drawn again when it is resized, so it stays sharp on high-DPI screens.
type ChartView struct {
	widget.BaseWidget
	render func(size chart.ChartSize) (image.Image, error)
	font   *chart.Font
	img    *canvas.Image
	drawn  fyne.Size
	msg    *widget.Label
	// describe words an error of render for the user, shown in place of the chart.
	describe func(error) string
}

// NewChartView shows what render draws in font (nil: go-chart's Roboto,
// without Chinese); describe words its errors.
func NewChartView(font *chart.Font, render func(size chart.ChartSize) (image.Image, error), describe func(error) string) *ChartView {
	c := &ChartView{render: render, font: font, describe: describe, img: canvas.NewImageFromImage(nil), msg: widget.NewLabel("")}
	c.img.FillMode = canvas.ImageFillContain
	c.msg.Hide()
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer draws the chart at the size it is laid out at.
func (c *ChartView) CreateRenderer() fyne.WidgetRenderer {
	return &chartRenderer{c: c}
}

// draw renders the chart for size unless it already has been.
func (c *ChartView) draw(size fyne.Size) {
	if size.Width < 50 || size.Height < 50 || size == c.drawn {
		return
	}
	c.drawn = size
	scale := float32(1)
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		scale = cv.Scale()
	}
	img, err := c.render(chart.ChartSize{Width: int(size.Width), Height: int(size.Height), Scale: scale, Font: c.font})
	if err != nil {
		c.msg.SetText(c.describe(err))
		c.msg.Show()
		return
	}
	c.msg.Hide()
	c.img.Image = img
	c.img.Refresh()
}

type chartRenderer struct{ c *ChartView }

func (r *chartRenderer) Layout(size fyne.Size) {
	r.c.img.Resize(size)
	r.c.msg.Resize(size)
	r.c.draw(size)
}

func (r *chartRenderer) MinSize() fyne.Size           { return fyne.NewSize(320, 200) }
func (r *chartRenderer) Refresh()                     { r.c.img.Refresh() }
func (r *chartRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.c.img, r.c.msg} }
func (r *chartRenderer) Destroy()                     {}
