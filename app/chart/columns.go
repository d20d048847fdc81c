package chart

import (
	"fmt"
	"math"
	"strings"

	"github.com/wcharczuk/go-chart/v2/drawing"

	"pacer/app"
)

// The review charts are bar charts drawn by the cumulative chart's painter
// (chart_draw.go), with its type sizes, ink and palette, so that every
// chart of a review pack looks alike. Lengths are multiples of em.

// Bar ink from Okabe and Ito's palette, safe with every common
// colour-vision deficiency: blue for ahead of plan, vermillion behind,
// orange in between; grey for no data.
var (
	inkAhead   = drawing.ColorFromHex("0072B2")
	inkBehind  = drawing.ColorFromHex("D55E00")
	inkBetween = drawing.ColorFromHex("E69F00")
	inkNoData  = drawing.ColorFromHex("BDBDBD")
)

// barItem is one bar; a bar that is not ok is left out, but its note
// (such as "—") is still written at zero.
type barItem struct {
	v    float64
	ok   bool
	ink  drawing.Color
	note string
}

// swatch is a legend entry: a square of ink and its label.
type swatch struct {
	label string
	ink   drawing.Color
}

// barRef is a labelled reference line across the bars (100 % of plan).
type barRef struct {
	v     float64
	label string
}

// barChart is a chart of bars by category, ready to be laid out: in
// columns with the categories below (periods), or in rows with the
// categories on the left (goals).
type barChart struct {
	title  string
	legend []swatch
	cats   []string
	groups [][]barItem // per category, its bars side by side
	// axis writes the value axis' labels; minStep is the finest step it
	// may take (see niceTicks).
	axis    func(ticks []float64) []string
	minStep float64
	// limit, when set, bounds the value axis: bars beyond it are cut at
	// the edge, and their notes tell their values.
	limit *[2]float64
	ref   *barRef
}

// valueRange spans zero and every bar and reference value, within limit.
func (c barChart) valueRange() (lo, hi float64) {
	for _, g := range c.groups {
		for _, b := range g {
			if b.ok {
				lo, hi = min(lo, b.v), max(hi, b.v)
			}
		}
	}
	if c.ref != nil {
		lo, hi = min(lo, c.ref.v), max(hi, c.ref.v)
	}
	if c.limit != nil {
		lo, hi = max(lo, c.limit[0]), min(hi, c.limit[1])
	}
	return lo, hi
}

// check rejects a chart with no categories or values too large to draw.
func (c barChart) check() error {
	if len(c.cats) == 0 {
		return fmt.Errorf("no bars: %w", ErrChart)
	}
	for _, g := range c.groups {
		for _, b := range g {
			if b.ok && !app.IsFinite(b.v) {
				return fmt.Errorf("bar value %v: %w", b.v, ErrChart)
			}
		}
	}
	if lo, hi := c.valueRange(); !app.IsFinite(hi - lo) {
		return fmt.Errorf("bar values too large to draw: %w", ErrChart)
	}
	return nil
}

// notes reports whether any bar has a note on the side of zero of sign.
func (c barChart) notes(sign float64) bool {
	for _, g := range c.groups {
		for _, b := range g {
			if b.note != "" && (sign > 0) == (!b.ok || b.v >= 0) {
				return true
			}
		}
	}
	return false
}

// drawHeader draws the paper (SVG needs it), the title and the legend, and
// returns where the plot may begin.
func (p *painter) drawHeader(title string, legend []swatch, pad float64) float64 {
	if p.svg {
		p.rect(0, 0, p.w, p.h, inkPaper)
	}
	top := pad
	if title = strings.TrimSpace(title); title != "" {
		size, t := p.fit(title, titleSize*p.em, legendSize*p.em, p.w-2*pad)
		ascent, descent := p.metrics(size)
		// One weight only: a second pass a hair to the right makes it
		// semibold, as on the cumulative chart.
		for _, dx := range []float64{0, max(1, math.Round(size/36))} {
			p.text(t, pad+dx, top+ascent, size, inkTitle)
		}
		top += ascent + descent + 0.3*p.em
	}
	return p.drawSwatches(legend, pad, top, p.w-pad)
}

// drawSwatches lays the legend out in rows from left to right and returns
// the bottom of the last row (top when nothing is shown).
func (p *painter) drawSwatches(items []swatch, left, top, right float64) float64 {
	em, size := p.em, legendSize*p.em
	ascent, descent := p.metrics(size)
	square := 0.75 * em
	x, y, bottom := left, top, top
	for _, it := range items {
		if strings.TrimSpace(it.label) == "" {
			continue
		}
		_, label := p.fit(strings.TrimSpace(it.label), size, size, right-left-square-0.4*em)
		w := square + 0.4*em + p.textWidth(label, size)
		if x > left && x+w > right {
			x, y = left, bottom+0.3*em
		}
		baseline := y + ascent
		mid := baseline - 0.33*size
		p.rect(x, mid-square/2, x+square, mid+square/2, it.ink)
		p.text(label, x+square+0.4*em, baseline, size, inkTitle)
		x += w + 1.3*em
		bottom = y + ascent + descent
	}
	return bottom
}

// drawColumns lays c out with the bars standing on (or hanging from) zero,
// side by side within each category, the categories across the width:
// title, legend, then the plot with the value axis on the left and the
// categories below. Notes stand beyond the bars' ends. A chart too small
// to leave room for the plot is ErrChart.
func (p *painter) drawColumns(c barChart) error {
	if err := c.check(); err != nil {
		return err
	}
	em := p.em
	pad := 0.9 * em
	top := p.drawHeader(c.title, c.legend, pad) + 0.6*em
	size := tickSize * em
	ascent, _ := p.metrics(size)
	f, ticks, labels, err := p.columnFrame(c, top, pad, 1)
	if err != nil {
		return err
	}
	slot := (f.right - f.left) / float64(f.n)
	cats := p.columnLabels(c.cats, size, slot)
	if maxLineCount(cats) > 1 {
		// Two-line labels take a line from the plot.
		if f, ticks, labels, err = p.columnFrame(c, top, pad, 2); err != nil {
			return err
		}
		slot = (f.right - f.left) / float64(f.n)
	}
	p.drawTicks(f, ticks, labels, size, ascent)
	p.drawCategories(cats, f, slot)
	notes := p.drawColumnBars(c, f, slot)
	p.polyline([][2]float64{{f.left, f.y(0)}, {f.right, f.y(0)}}, inkAxis, 0.05*em, nil)
	p.drawColumnNotes(notes, f, slot)
	return nil
}

// columnFrame places the plot of a column chart below top, leaving lines
// lines of category labels under it and room for the notes, and picks the
// value ticks and their labels.
func (p *painter) columnFrame(c barChart, top, pad float64, lines int) (frame, []float64, []string, error) {
	em, size := p.em, tickSize*p.em
	ascent, descent := p.metrics(size)
	nAscent, nDescent := p.metrics(noteSize * em)
	noteRoom := nAscent + nDescent + 0.4*em
	lo, hi := c.valueRange()
	f := frame{n: len(c.cats), top: top + ascent/2, bottom: p.h - pad - float64(lines)*(ascent+descent)*rowLinePitch - 0.6*em}
	if c.notes(1) {
		f.top = top + noteRoom
	}
	if c.notes(-1) && lo < 0 {
		f.bottom -= noteRoom
	}
	ticks := niceTicks(lo, hi, min(max(int((f.bottom-f.top)/(2.6*size))+1, 3), 8), c.minStep)
	if len(ticks) < 2 {
		return f, nil, nil, fmt.Errorf("bar values cannot be scaled: %w", ErrChart)
	}
	f.lo, f.hi = ticks[0], ticks[len(ticks)-1]
	labels := c.axis(ticks)
	if err := p.fitPlot(&f, labels, pad, size); err != nil {
		return f, nil, nil, err
	}
	return f, ticks, labels, nil
}

// maxLineCount is the most lines a label takes.
func maxLineCount(labels []labelLines) int {
	n := 0
	for _, l := range labels {
		n = max(n, len(l))
	}
	return n
}

// drawCategories writes the category labels centred under their slots, in
// the lines they were laid out in, skipping some evenly when they would
// still touch.
func (p *painter) drawCategories(cats []labelLines, f frame, slot float64) {
	em, size := p.em, tickSize*p.em
	ascent, descent := p.metrics(size)
	pitch := (ascent + descent) * rowLinePitch
	widest, lines := 0.0, maxLineCount(cats)
	for _, l := range cats {
		for _, line := range l {
			widest = max(widest, p.textWidth(line, size))
		}
	}
	every := max(1, int(math.Ceil((widest+0.8*em)/slot)))
	for i, l := range cats {
		if i%every != 0 {
			continue
		}
		x := f.left + (float64(i)+0.5)*slot
		for k, line := range l {
			w := p.textWidth(line, size)
			// A label wider than the plot's edge slides inwards, not off.
			left := min(max(x-w/2, f.left-0.5*em), p.w-0.9*em-w)
			p.text(line, left, p.h-0.9*em-descent-float64(lines-1-k)*pitch, size, inkText)
		}
	}
}

// columnNote is a bar's note with the bar's centre and outer end, in
// pixels.
type columnNote struct {
	text   string
	x, end float64
	up     bool
	cat    int
}

// drawColumnBars draws the bars and returns their notes, placed beyond the
// outermost bar of their group on their side of zero.
func (p *painter) drawColumnBars(c barChart, f frame, slot float64) []columnNote {
	em := p.em
	var notes []columnNote
	zero := f.y(0)
	for i, g := range c.groups {
		k := float64(len(g))
		barW := min(slot*0.72/k, 3.2*em)
		gap := 0.0
		if len(g) > 1 {
			gap = math.Round(0.12 * barW)
		}
		start := f.left + (float64(i)+0.5)*slot - (k*barW+(k-1)*gap)/2
		outer := [2]float64{zero, zero} // top of the bars above zero, bottom of those below
		for j, b := range g {
			if !b.ok {
				continue
			}
			x0 := start + float64(j)*(barW+gap)
			y := f.y(min(max(b.v, f.lo), f.hi))
			if math.Abs(y-zero) < 2 {
				// A zero bar still shows its colour.
				y = zero - 2
				if b.v < 0 {
					y = zero + 2
				}
			}
			p.rect(x0, min(y, zero), x0+barW, max(y, zero), b.ink)
			outer = [2]float64{min(outer[0], y), max(outer[1], y)}
		}
		for j, b := range g {
			if b.note == "" {
				continue
			}
			n := columnNote{text: b.note, x: start + float64(j)*(barW+gap) + barW/2, up: !b.ok || b.v >= 0, cat: i}
			n.end = outer[0]
			if !n.up {
				n.end = outer[1]
			}
			notes = append(notes, n)
		}
	}
	return notes
}

// drawColumnNotes writes the notes on a halo over the grid, all at one
// size: the body size, or smaller so that each fits its category's slot.
// A note that would still overlap another is left out.
func (p *painter) drawColumnNotes(notes []columnNote, f frame, slot float64) {
	em := p.em
	size := noteSize * em
	for _, n := range notes {
		if w := p.textWidth(n.text, size); w > slot-0.3*em {
			size = max(0.7*em, math.Floor(size*(slot-0.3*em)/w))
		}
	}
	ascent, descent := p.metrics(size)
	halo := 0.1 * em
	var placed []box
	for _, n := range notes {
		w := p.textWidth(n.text, size)
		x0 := min(max(n.x-w/2, f.left+halo), f.right-halo-w)
		b := box{x0 - halo, n.end - 0.25*em - ascent - descent - halo, x0 + w + halo, n.end - 0.25*em + halo}
		if !n.up {
			b = box{x0 - halo, n.end + 0.25*em - halo, x0 + w + halo, n.end + 0.25*em + ascent + descent + halo}
		}
		if overlapsAny(b, placed) {
			continue
		}
		placed = append(placed, b)
		p.rect(b.x0, b.y0, b.x1, b.y1, inkHalo)
		p.text(n.text, x0, b.y0+halo+ascent, size, inkTitle)
	}
}

// WithSign writes a formatted number with a true minus sign, and a plus
// before a gain that does not round to zero: "−20.0%", "+2.0 pp".
func WithSign(s string, v float64) string {
	if rest, neg := strings.CutPrefix(s, "-"); neg {
		return "−" + rest
	}
	if v > 0 && strings.ContainsAny(s, "123456789") {
		return "+" + s
	}
	return s
}

// percentTicks writes fraction ticks as signed percentages with the
// decimals their step needs: "−10%", "0%", "+10%"; unsigned when none is
// negative.
func percentTicks(ticks []float64) []string {
	pct := make([]float64, len(ticks))
	for i, t := range ticks {
		pct[i] = app.DropFloatNoise(t * 100)
	}
	decimals := tickDecimals(pct)
	out := make([]string, len(ticks))
	for i, t := range pct {
		out[i] = app.FormatValue(t, decimals, app.UnitPercent, "")
		if ticks[0] < 0 {
			out[i] = WithSign(out[i], t)
		}
	}
	return out
}
