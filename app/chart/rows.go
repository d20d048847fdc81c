package chart

import (
	"fmt"
	"math"
	"strings"
)

// Bar charts of goals lie in rows: goal titles are long, and read best on
// the left, one a line, as in a table.

// rowFrame maps values onto the width of a row chart's plot.
type rowFrame struct {
	left, right, top, bottom float64
	lo, hi                   float64
}

func (f rowFrame) x(v float64) float64 {
	return f.left + (min(max(v, f.lo), f.hi)-f.lo)/(f.hi-f.lo)*(f.right-f.left)
}

// drawRows lays c out with one bar a row (the first of each group), the
// categories on the left in up to two lines (see rowCategories), the
// value axis below, and the reference line with
// its label above. Notes stand beyond the bars' ends, or inside a bar cut
// at the plot's edge. A chart too small for its rows is ErrChart.
func (p *painter) drawRows(c barChart) error {
	r, err := p.drawRowFrame(c, singleRows)
	if err != nil {
		return err
	}
	p.drawRowBars(c, r.cats, r.f, r.rh, r.catSize, r.noteSz)
	return nil
}

// rowLayout is what sets one kind of row chart's frame apart from
// another's.
type rowLayout struct {
	// minRow is the least height of a row, in em.
	minRow float64
	// noteShare caps the notes' size at this share of a row's height.
	noteShare float64
	// refLabel leaves room above the plot for the reference line's label.
	refLabel bool
	// noteWidths are the widths the widest notes need left and right of
	// the bars, at size noteSz.
	noteWidths func(p *painter, c barChart, noteSz float64) (left, right float64)
	// roomForNotes widens f's values for notes left and right pixels wide
	// beyond the values lo and hi, span being a pixel's worth of value.
	roomForNotes func(f *rowFrame, c barChart, lo, hi, left, right, span float64)
}

// singleRows is the frame of the goals' row charts: one bar a row, the
// reference line labelled above the plot.
var singleRows = rowLayout{minRow: 0.9, noteShare: 0.58, refLabel: true,
	noteWidths: (*painter).noteWidths, roomForNotes: roomForRowNotes}

// rowPlot is a row chart's frame with the rows' height and the sizes and
// lines their texts are drawn at.
type rowPlot struct {
	f                   rowFrame
	rh, catSize, noteSz float64
	cats                []labelLines
}

// drawRowFrame draws c's header and value axis as l lays them out, and
// returns the frame its rows go in. A chart too small for its rows is
// ErrChart.
func (p *painter) drawRowFrame(c barChart, l rowLayout) (rowPlot, error) {
	if err := c.check(); err != nil {
		return rowPlot{}, err
	}
	em := p.em
	pad := 0.9 * em
	top := p.drawHeader(c.title, c.legend, pad) + 0.6*em
	tick := tickSize * em
	ascent, descent := p.metrics(tick)
	r := rowPlot{f: rowFrame{top: top, bottom: p.h - pad - ascent - descent - 0.5*em}}
	f := &r.f
	if l.refLabel && c.ref != nil && strings.TrimSpace(c.ref.label) != "" {
		f.top += ascent + descent + 0.3*em
	}
	n := float64(len(c.cats))
	r.rh = (f.bottom - f.top) / n
	if r.rh < l.minRow*em {
		return rowPlot{}, fmt.Errorf("chart of %.0f×%.0f pixels has no room for %d rows: %w", p.w, p.h, len(c.cats), ErrChart)
	}
	// Type shrinks with crowded rows, never below what a slide shows.
	r.noteSz = min(noteSize*em, math.Floor(r.rh*l.noteShare))
	var catWidth float64
	r.catSize, r.cats, catWidth = p.rowCategories(c.cats, r.rh)
	noteLeft, noteRight := l.noteWidths(p, c, r.noteSz)
	f.left, f.right = pad+catWidth+1.2*em, p.w-pad
	lo, hi := c.valueRange()
	ticks, labels := p.rowTicks(c, lo, hi, f.right-f.left-noteLeft-noteRight)
	if len(ticks) < 2 {
		return rowPlot{}, fmt.Errorf("bar values cannot be scaled: %w", ErrChart)
	}
	f.lo, f.hi = ticks[0], ticks[len(ticks)-1]
	span := (f.hi - f.lo) / (f.right - f.left - noteLeft - noteRight)
	l.roomForNotes(f, c, lo, hi, noteLeft, noteRight, span)
	if f.right-f.left < 4*em {
		return rowPlot{}, fmt.Errorf("chart of %.0f×%.0f pixels has no room for its plot: %w", p.w, p.h, ErrChart)
	}
	p.drawRowTicks(*f, ticks, labels, pad)
	return r, nil
}

// roomForRowNotes widens the axis beyond its ends for the notes, where
// the bars on that side have notes.
func roomForRowNotes(f *rowFrame, c barChart, lo, hi, left, right, span float64) {
	if need := hi + right*span - f.hi; c.notes(1) && need > 0 {
		f.hi += need
	}
	if need := f.lo - (lo - left*span); c.notes(-1) && lo < 0 && need > 0 {
		f.lo -= need
	}
}

// noteWidths are the widths the widest notes need left of the bars that
// reach below zero and right of the others.
func (p *painter) noteWidths(c barChart, noteSz float64) (left, right float64) {
	for _, g := range c.groups {
		if b := g[0]; b.note != "" {
			w := p.textWidth(b.note, noteSz) + 0.4*p.em
			if !b.ok || b.v >= 0 {
				right = max(right, w)
			} else {
				left = max(left, w)
			}
		}
	}
	return left, right
}

// drawRowTicks draws a grid line at each tick with its label below the
// plot, kept inside the chart.
func (p *painter) drawRowTicks(f rowFrame, ticks []float64, labels []string, pad float64) {
	tick := tickSize * p.em
	ascent, _ := p.metrics(tick)
	for i, l := range labels {
		x := f.x(ticks[i])
		p.polyline([][2]float64{{x, f.top}, {x, f.bottom}}, inkGrid, 0.04*p.em, nil)
		w := p.textWidth(l, tick)
		p.text(l, min(max(x-w/2, f.left-0.5*p.em), p.w-pad-w), f.bottom+0.5*p.em+ascent, tick, inkText)
	}
}

// rowTicks picks round value ticks for width pixels, as many as fit with
// room between their labels.
func (p *painter) rowTicks(c barChart, lo, hi, width float64) ([]float64, []string) {
	tick := tickSize * p.em
	for maxTicks := 9; maxTicks >= 2; maxTicks-- {
		ticks := niceTicks(lo, hi, maxTicks, c.minStep)
		if len(ticks) < 2 {
			return nil, nil
		}
		labels := c.axis(ticks)
		widest := 0.0
		for _, l := range labels {
			widest = max(widest, p.textWidth(l, tick))
		}
		if float64(len(ticks))*(widest+1.5*p.em) <= width || maxTicks == 2 {
			return ticks, labels
		}
	}
	return nil, nil
}

// drawRowBars draws the zero line, the bars with their categories and
// notes, and the reference line over them.
func (p *painter) drawRowBars(c barChart, cats []labelLines, f rowFrame, rh, catSize, noteSz float64) {
	em := p.em
	nAscent, nDescent := p.metrics(noteSz)
	thick := min(0.58*rh, 2.8*em)
	zero := f.x(0)
	for i, g := range c.groups {
		mid := f.top + (float64(i)+0.5)*rh
		p.drawRowCategory(cats[i], f, mid, catSize)
		b := g[0]
		end := zero
		if b.ok {
			end = f.x(b.v)
			if math.Abs(end-zero) < 2 {
				end = zero + 2
				if b.v < 0 {
					end = zero - 2
				}
			}
			p.rect(min(zero, end), mid-thick/2, max(zero, end), mid+thick/2, b.ink)
		}
		if b.note == "" {
			continue
		}
		w := p.textWidth(b.note, noteSz)
		baseline := mid + (nAscent-nDescent)/2
		x, ink := end+0.3*em, inkTitle
		switch {
		case !b.ok:
			ink = inkText
		case b.v < 0:
			x = end - 0.3*em - w
		}
		if x+w > f.right || x < f.left {
			// A bar cut at the edge carries its value inside.
			x, ink = end-0.3*em-w, inkPaper
			if b.v < 0 {
				x = end + 0.3*em
			}
		}
		p.text(b.note, x, baseline, noteSz, ink)
	}
	p.polyline([][2]float64{{zero, f.top}, {zero, f.bottom}}, inkAxis, 0.05*em, nil)
	if c.ref == nil {
		return
	}
	x := f.x(c.ref.v)
	p.polyline([][2]float64{{x, f.top - 0.2*em}, {x, f.bottom}}, inkTitle, 0.08*em, nil)
	if l := strings.TrimSpace(c.ref.label); l != "" {
		tick := tickSize * em
		_, descent := p.metrics(tick)
		w := p.textWidth(l, tick)
		p.text(l, min(max(x-w/2, f.left), p.w-0.9*em-w), f.top-0.3*em-descent, tick, inkTitle)
	}
}

// drawRowCategory draws a row's category, its lines right-aligned before
// the plot and centred on the row's middle mid.
func (p *painter) drawRowCategory(lines labelLines, f rowFrame, mid, size float64) {
	ascent, descent := p.metrics(size)
	pitch := (ascent + descent) * rowLinePitch
	// Capitals and CJK stand about 0.72 of the ascent tall: centre that.
	for k, line := range lines {
		y := mid + 0.36*ascent + (float64(k)-float64(len(lines)-1)/2)*pitch
		p.text(line, f.left-1.2*p.em-p.textWidth(line, size), y, size, inkTitle)
	}
}

// Category labels beside rows take up to this share of the chart's width,
// and their lines stand this many times the font's height apart.
const (
	rowLabelShare = 0.4
	rowLinePitch  = 1.05
)

// rowCategories lays the categories out for rows rh pixels high: on one
// line at the body size (smaller in crowded rows) when they fit in
// rowLabelShare of the width; else in two lines where a row has room for
// them, at a size no smaller than a slide's small print; else on one line,
// shortened. It returns the size, the lines and the widest line's width.
func (p *painter) rowCategories(labels []string, rh float64) (float64, []labelLines, float64) {
	em := p.em
	size, room := min(legendSize*em, math.Floor(rh*0.62)), rowLabelShare*p.w
	one, width := p.wrapLabels(labels, size, room, 1)
	if !anyShortened(one, labels) {
		return size, one, width
	}
	ascent, descent := p.metrics(1)
	two := min(size, math.Floor(0.92*rh/(2*(ascent+descent)*rowLinePitch)))
	if two < 0.7*em {
		return size, one, width
	}
	lines, width := p.wrapLabels(labels, two, room, 2)
	return two, lines, width
}

// anyShortened reports whether a label lost text on one line.
func anyShortened(lines []labelLines, labels []string) bool {
	for i, l := range lines {
		if len(l) == 1 && l[0] != strings.TrimSpace(labels[i]) {
			return true
		}
	}
	return false
}
