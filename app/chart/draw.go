package chart

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"strings"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/math/fixed"
)

// Charts are laid out here rather than by go-chart's Chart type, whose
// margins, tick marks and legend are fixed in pixels and too small for a
// slide or a 2× screen. go-chart's renderers still draw the PNG and SVG.
// Every length is a multiple of em, the size of the body text, which grows
// with the chart.

// The ink. Lines use Okabe and Ito's palette, which stays distinct with
// every common colour-vision deficiency: plan blue, actual and projection
// vermillion (the projection dashed), target black.
var (
	inkTitle = drawing.ColorFromHex("1A1A1A")
	inkText  = drawing.ColorFromHex("4D4D4D")
	inkGrid  = drawing.ColorFromHex("E4E4E4")
	inkAxis  = drawing.ColorFromHex("8C8C8C")
	inkPaper = drawing.ColorWhite
	inkHalo  = drawing.ColorWhite.WithAlpha(220)
)

// lineStyle is how a line is drawn; lengths are in em.
type lineStyle struct {
	color drawing.Color
	width float64
	dash  []float64 // nil for a solid line
	dot   float64   // radius of the dots on its points, 0 for none
}

var lineStyles = map[lineRole]lineStyle{
	rolePlan:       {drawing.ColorFromHex("0072B2"), 0.12, nil, 0.17},
	roleActual:     {drawing.ColorFromHex("D55E00"), 0.18, nil, 0.24},
	roleTarget:     {drawing.ColorFromHex("000000"), 0.08, nil, 0},
	roleProjection: {drawing.ColorFromHex("D55E00"), 0.12, []float64{0.5, 0.3}, 0},
}

// Type sizes in em.
const (
	titleSize   = 1.45
	legendSize  = 1.0
	tickSize    = 0.9
	noteSize    = 0.95
	minEmPixels = 10 // logical pixels: smaller charts keep this type size
)

// painter draws on a go-chart renderer in device pixels and measures text
// with the same font, so that PNG and SVG share one layout.
type painter struct {
	r    chart.Renderer
	svg  bool
	font *Font
	w, h float64
	em   float64
}

func newPainter(size ChartSize, format Format) (*painter, error) {
	scale := float64(size.Scale)
	if !(scale > 0) {
		scale = 1
	}
	w, h := math.Round(float64(size.Width)*scale), math.Round(float64(size.Height)*scale)
	if size.Width <= 0 || size.Height <= 0 || !(w <= MaxChartSide && h <= MaxChartSide) {
		return nil, fmt.Errorf("chart size %d×%d at %v: %w", size.Width, size.Height, size.Scale, ErrChart)
	}
	// go-chart's raster renderer draws text at points × DPI / 64 pixels and
	// its SVG renderer at points × DPI / 72: these DPIs make both pixels.
	var provider chart.RendererProvider
	var dpi float64
	switch format {
	case FormatPNG:
		provider, dpi = chart.PNG, 64
	case FormatSVG:
		provider, dpi = chart.SVG, 72
	default:
		return nil, fmt.Errorf("chart format %d: %w", format, ErrChart)
	}
	r, err := provider(int(w), int(h))
	if err != nil {
		return nil, fmt.Errorf("start chart: %w", err)
	}
	r.SetDPI(dpi)
	f := size.Font
	if f == nil {
		if f, err = defaultFont(); err != nil {
			return nil, err
		}
	}
	// A 16:9 chart of 1920×1080 gets 30-pixel type; the shorter side rules.
	em := max(min(float64(size.Width)/64, float64(size.Height)/36), minEmPixels) * scale
	return &painter{r: r, svg: format == FormatSVG, font: f, w: w, h: h, em: em}, nil
}

// rgbaCollector receives the image of go-chart's raster renderer in place
// of its PNG (chart.RGBACollector); Write is never called.
type rgbaCollector struct{ img *image.RGBA }

func (c *rgbaCollector) SetRGBA(img *image.RGBA) { c.img = img }

func (c *rgbaCollector) Write(b []byte) (int, error) { return len(b), nil }

// image is the raster renderer's picture, laid on paper: the raster
// renderer draws on a transparent image, and filling it white costs less
// here than a rectangle through the rasterizer.
func (p *painter) image() (*image.RGBA, error) {
	var c rgbaCollector
	if err := p.r.Save(&c); err != nil {
		return nil, fmt.Errorf("save chart: %w", err)
	}
	if c.img == nil {
		return nil, fmt.Errorf("save chart: no image from the renderer")
	}
	pix := c.img.Pix
	for i := 0; i+3 < len(pix); i += 4 {
		// Premultiplied colour over white.
		under := 255 - pix[i+3]
		pix[i], pix[i+1], pix[i+2], pix[i+3] = pix[i]+under, pix[i+1]+under, pix[i+2]+under, 255
	}
	return c.img, nil
}

func (p *painter) bytes() ([]byte, error) {
	var b bytes.Buffer
	if !p.svg {
		img, err := p.image()
		if err != nil {
			return nil, err
		}
		// Encoding takes most of the time of a chart; the fastest level
		// saves a sixth of it for files a twentieth larger.
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		if err := enc.Encode(&b, img); err != nil {
			return nil, fmt.Errorf("encode chart: %w", err)
		}
		return b.Bytes(), nil
	}
	if err := p.r.Save(&b); err != nil {
		return nil, fmt.Errorf("save chart: %w", err)
	}
	// go-chart names the font by the first family name in its name table,
	// which freetype decodes as "??????" when it is Chinese. A viewer that
	// lacks the font also needs other fonts with Chinese to fall back to.
	name := p.font.font.Name(truetype.NameIDFontFamily)
	written := "font-family:sans-serif"
	if name != "" {
		written = "font-family:'" + name + "',sans-serif"
	}
	families := svgFontFamilies
	if name != "" && !strings.ContainsAny(name, "?'\"<>&") {
		families = "'" + name + "'," + families
	}
	return bytes.ReplaceAll(b.Bytes(), []byte(written), []byte("font-family:"+families)), nil
}

// svgFontFamilies are the fonts an SVG chart asks for after its own: the
// embedded font's family, then common fonts with Chinese and Latin.
const svgFontFamilies = "'WenQuanYi Micro Hei','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"

// textWidth is the advance of s at size pixels, measured as go-chart's
// raster renderer places the glyphs.
func (p *painter) textWidth(s string, size float64) float64 {
	f, scale := p.font.font, fixed.Int26_6(size*64)
	var w fixed.Int26_6
	prev := truetype.Index(0)
	for i, r := range s {
		idx := f.Index(r)
		if i > 0 {
			w += f.Kern(scale, prev, idx)
		}
		w += f.HMetric(scale, idx).AdvanceWidth
		prev = idx
	}
	return float64(w) / 64
}

// metrics are the font's ascent and descent at size pixels.
func (p *painter) metrics(size float64) (ascent, descent float64) {
	return p.font.ascent * size, p.font.descent * size
}

// text draws s with its baseline starting at x, y.
func (p *painter) text(s string, x, y, size float64, ink drawing.Color) {
	p.r.ResetStyle()
	p.r.SetFont(p.font.font)
	p.r.SetFontSize(size)
	p.r.SetFontColor(ink)
	if p.svg {
		// go-chart writes SVG text as it is.
		s = svgEscape(s)
	}
	p.r.Text(s, int(math.Round(x)), int(math.Round(y)))
}

// polyline strokes the line through pts, width pixels wide. SVG takes
// whole pixels only. A horizontal or vertical line gets an even width,
// which covers whole pixels on the renderers' whole-pixel coordinates
// instead of greying two half-covered rows.
func (p *painter) polyline(pts [][2]float64, ink drawing.Color, width float64, dash []float64) {
	if len(pts) < 2 {
		return
	}
	straight := true
	for _, pt := range pts[1:] {
		straight = straight && (pt[0] == pts[0][0] || pt[1] == pts[0][1])
	}
	switch {
	case straight:
		width = max(2, 2*math.Round(width/2))
	case p.svg:
		width = max(1, math.Round(width))
	default:
		width = max(1, width)
	}
	p.r.ResetStyle()
	p.r.SetStrokeColor(ink)
	p.r.SetStrokeWidth(width)
	if len(dash) > 0 {
		p.r.SetStrokeDashArray(dash)
	}
	p.r.MoveTo(int(math.Round(pts[0][0])), int(math.Round(pts[0][1])))
	for _, pt := range pts[1:] {
		p.r.LineTo(int(math.Round(pt[0])), int(math.Round(pt[1])))
	}
	p.r.Stroke()
}

// dot fills a circle; one large enough gets a thin paper-coloured ring
// that sets it off the lines it sits on.
func (p *painter) dot(x, y, radius float64, ink drawing.Color) {
	radius = max(2, math.Round(radius))
	cx, cy := int(math.Round(x)), int(math.Round(y))
	p.r.ResetStyle()
	p.r.SetFillColor(ink)
	if radius >= 4 {
		p.r.SetStrokeColor(inkPaper)
		p.r.SetStrokeWidth(math.Round(radius / 4))
	}
	if p.svg {
		p.r.Circle(radius, cx, cy)
		return
	}
	// The raster renderer's Circle is a rounded square; an arc is round.
	p.r.ArcTo(cx, cy, radius, radius, 0, 2*math.Pi)
	p.r.Close()
	p.r.FillStroke()
}

func (p *painter) rect(x0, y0, x1, y1 float64, ink drawing.Color) {
	p.r.ResetStyle()
	p.r.SetFillColor(ink)
	p.r.MoveTo(int(math.Round(x0)), int(math.Round(y0)))
	p.r.LineTo(int(math.Round(x1)), int(math.Round(y0)))
	p.r.LineTo(int(math.Round(x1)), int(math.Round(y1)))
	p.r.LineTo(int(math.Round(x0)), int(math.Round(y1)))
	p.r.Close()
	p.r.Fill()
}

// fit shrinks s from size towards minSize until it is no wider than width,
// then shortens it with an ellipsis if it still does not fit.
func (p *painter) fit(s string, size, minSize, width float64) (float64, string) {
	if w := p.textWidth(s, size); w > width {
		size = max(minSize, math.Floor(size*width/w))
	}
	runes := []rune(s)
	for len(runes) > 0 && p.textWidth(s, size) > width {
		runes = runes[:len(runes)-1]
		s = strings.TrimSpace(string(runes)) + "…"
	}
	return size, s
}

// frame is where the plot area lies and how values and periods map onto it.
// fitPlot places f's plot between the widest of the tick labels (at text
// size size) and the right margin pad. It fails when the chart is too
// small to hold a plot.
func (p *painter) fitPlot(f *frame, labels []string, pad, size float64) error {
	labelWidth := 0.0
	for _, l := range labels {
		labelWidth = max(labelWidth, p.textWidth(l, size))
	}
	f.left, f.right = pad+labelWidth+0.5*p.em, p.w-pad
	if f.right-f.left < 4*p.em || f.bottom-f.top < 3*p.em {
		return fmt.Errorf("chart of %.0f×%.0f pixels has no room for its plot: %w", p.w, p.h, ErrChart)
	}
	return nil
}

// drawTicks draws a grid line across f and its label left of the plot at
// every tick.
func (p *painter) drawTicks(f frame, ticks []float64, labels []string, size, ascent float64) {
	em := p.em
	for i, l := range labels {
		y := f.y(ticks[i])
		p.polyline([][2]float64{{f.left, y}, {f.right, y}}, inkGrid, 0.04*em, nil)
		// Figures have about 70 % of the ascent in height: centre them.
		p.text(l, f.left-0.5*em-p.textWidth(l, size), y+0.36*ascent, size, inkText)
	}
}

type frame struct {
	left, right, top, bottom float64
	n                        int
	lo, hi                   float64
}

func (f frame) x(i int) float64 {
	if f.n < 2 {
		return (f.left + f.right) / 2
	}
	return f.left + (f.right-f.left)*float64(i)/float64(f.n-1)
}

func (f frame) y(v float64) float64 {
	return f.bottom - (v-f.lo)/(f.hi-f.lo)*(f.bottom-f.top)
}

// box is a rectangle of text already on the chart.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) shift(dx, dy float64) box {
	return box{a.x0 + dx, a.y0 + dy, a.x1 + dx, a.y1 + dy}
}

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}
