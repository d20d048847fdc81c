package chart

import (
	"fmt"
	"math"
)

// drawLineChart lays c out top to bottom: title, legend, plot with the
// value axis on the left and the periods below, and draws it. A chart too
// small to leave room for the plot is ErrChart.
func (p *painter) drawLineChart(c lineChart) error {
	em := p.em
	pad := 0.9 * em
	if p.svg {
		p.rect(0, 0, p.w, p.h, inkPaper)
	}
	top := pad
	if c.title != "" {
		size, title := p.fit(c.title, titleSize*em, legendSize*em, p.w-2*pad)
		ascent, descent := p.metrics(size)
		// The font has one weight; a second pass a hair to the right sets
		// the title off as semibold.
		for _, dx := range []float64{0, max(1, math.Round(size/36))} {
			p.text(title, pad+dx, top+ascent, size, inkTitle)
		}
		top += ascent + descent + 0.3*em
	}
	legend, bottom := p.layoutLegend(c.legend, pad, top, p.w-pad)
	f, ticks := p.plotFrame(c, pad, bottom+0.9*em)
	if f.right-f.left < 4*em || f.bottom-f.top < 3*em {
		return fmt.Errorf("chart of %.0f×%.0f pixels has no room for its plot: %w", p.w, p.h, ErrChart)
	}
	// Dots mark the periods while they are far enough apart to tell; the
	// latest actual keeps its dot, as the "you are here".
	sparse := f.n < 2 || f.x(1)-f.x(0) >= 1.2*em
	p.drawLegend(legend, sparse)
	p.drawValueAxis(c, f, ticks)
	p.drawPeriodAxis(c, f)
	drawn := p.drawLines(c.lines, f, sparse)
	p.drawNotes(c.notes, f, drawn)
	return nil
}

// drawLines draws the lines, then their dots (all when sparse, else only
// the latest actual's), and returns the points drawn in pixels.
func (p *painter) drawLines(lines []chartLine, f frame, sparse bool) [][][2]float64 {
	em := p.em
	var drawn [][][2]float64
	for _, l := range lines {
		st := lineStyles[l.role]
		pts := make([][2]float64, len(l.points))
		for i, pt := range l.points {
			pts[i] = [2]float64{f.x(pt.x), f.y(pt.v)}
		}
		if l.role == roleTarget {
			// Edge to edge, even over a single period.
			pts = [][2]float64{{f.left, pts[0][1]}, {f.right, pts[0][1]}}
		}
		drawn = append(drawn, pts)
		dash := make([]float64, len(st.dash))
		for i, d := range st.dash {
			dash[i] = math.Round(d * em)
		}
		p.polyline(pts, st.color, st.width*em, dash)
	}
	for _, l := range lines {
		st := lineStyles[l.role]
		for i, pt := range l.points {
			if st.dot > 0 && (sparse || (l.role == roleActual && i == len(l.points)-1)) {
				p.dot(f.x(pt.x), f.y(pt.v), st.dot*em, st.color)
			}
		}
	}
	return drawn
}

// plotFrame places the plot below top and picks the value ticks: as many
// round steps as fit with room between their labels.
func (p *painter) plotFrame(c lineChart, pad, top float64) (frame, []float64) {
	em, size := p.em, tickSize*p.em
	ascent, descent := p.metrics(size)
	f := frame{n: len(c.xLabels), top: top + ascent/2}
	f.bottom = p.h - pad - ascent - descent - 0.5*em
	lo, hi := c.valueRange()
	maxTicks := min(max(int((f.bottom-f.top)/(2.6*size))+1, 3), 8)
	ticks := niceTicks(lo, hi, maxTicks, c.minStep)
	f.lo, f.hi = ticks[0], ticks[len(ticks)-1]
	labelWidth := 0.0
	for _, l := range c.values.tickLabels(ticks) {
		labelWidth = max(labelWidth, p.textWidth(l, size))
	}
	f.left = pad + labelWidth + 0.5*em
	f.right = p.w - pad
	if f.n > 1 {
		// Lines run from the first period to the last, edge to edge; the
		// periods' labels, centred below them, must not stick out.
		f.left = max(f.left, pad+p.textWidth(c.xLabels[0], size)/2)
		f.right -= p.textWidth(c.xLabels[f.n-1], size) / 2
	}
	return f, ticks
}

// valueRange spans every value drawn, with 0 for a chart that starts
// there, and some room above and below so that no line runs along the
// plot's edge.
func (c lineChart) valueRange() (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	if c.includeZero {
		lo, hi = 0, 0
	}
	for _, l := range c.lines {
		for _, pt := range l.points {
			lo, hi = min(lo, pt.v), max(hi, pt.v)
		}
	}
	room := (hi - lo) * 0.05
	if !c.includeZero || lo < 0 {
		lo -= room
	}
	if !c.includeZero || hi > 0 {
		hi += room
	}
	return lo, hi
}

// drawValueAxis draws a grid line and a label at every tick, and the base
// line at zero (or at the bottom).
func (p *painter) drawValueAxis(c lineChart, f frame, ticks []float64) {
	em, size := p.em, tickSize*p.em
	ascent, _ := p.metrics(size)
	p.drawTicks(f, ticks, c.values.tickLabels(ticks), size, ascent)
	base := f.lo
	if f.lo < 0 && f.hi > 0 {
		base = 0
	}
	y := f.y(base)
	p.polyline([][2]float64{{f.left, y}, {f.right, y}}, inkAxis, 0.05*em, nil)
}

// drawPeriodAxis writes the period labels under their points, skipping
// some evenly when they would touch, with a short mark at every period.
func (p *painter) drawPeriodAxis(c lineChart, f frame) {
	em, size := p.em, tickSize*p.em
	ascent, _ := p.metrics(size)
	widest := 0.0
	for _, l := range c.xLabels {
		widest = max(widest, p.textWidth(l, size))
	}
	every := 1
	if f.n > 1 {
		every = max(1, int(math.Ceil((widest+0.8*em)/((f.right-f.left)/float64(f.n-1)))))
	}
	for i, l := range c.xLabels {
		x := f.x(i)
		p.polyline([][2]float64{{x, f.bottom}, {x, f.bottom + 0.25*em}}, inkAxis, 0.05*em, nil)
		if i%every == 0 {
			p.text(l, x-p.textWidth(l, size)/2, f.bottom+0.5*em+ascent, size, inkText)
		}
	}
}

// drawNotes writes values next to their points on a light halo, where
// they cover no other note and as little of the lines as may be: above the
// point or below it (aligned as asked, then starting or ending near it),
// right of it or left of it, the first of these that is clear. They stay
// inside the plot.
func (p *painter) drawNotes(notes []chartNote, f frame, lines [][][2]float64) {
	em, size := p.em, noteSize*p.em
	ascent, descent := p.metrics(size)
	halo := 0.15 * em
	h := ascent + descent + 2*halo
	var placed []box
	for _, n := range notes {
		w := p.textWidth(n.text, size) + 2*halo
		x, y := f.x(n.at.x), f.y(n.at.v)
		gap := 0.3*em + lineStyles[n.role].dot*em
		var candidates []box
		for _, left := range []float64{x - n.align*w, x + gap/2, x - gap/2 - w} {
			candidates = append(candidates, box{left, y - gap - h, left + w, y - gap}, box{left, y + gap, left + w, y + gap + h})
		}
		candidates = append(candidates, box{x + gap, y - h/2, x + gap + w, y + h/2}, box{x - gap - w, y - h/2, x - gap, y + h/2})
		best, bestCost := box{}, math.Inf(1)
		for _, b := range candidates {
			b = b.shift(max(0, f.left-b.x0)-max(0, b.x1-f.right), max(0, f.top-0.5*em-b.y0)-max(0, b.y1-f.bottom))
			cost := float64(crossings(b, lines, 0.2*em))
			if overlapsAny(b, placed) {
				cost += 1000
			}
			if cost < bestCost {
				best, bestCost = b, cost
			}
			if cost == 0 {
				break
			}
		}
		placed = append(placed, best)
		p.rect(best.x0, best.y0, best.x1, best.y1, inkHalo)
		p.text(n.text, best.x0+halo, best.y0+halo+ascent, size, lineStyles[n.role].color)
	}
}

// crossings counts the points, step apart along the lines, that fall in b.
func crossings(b box, lines [][][2]float64, step float64) int {
	n := 0
	for _, pts := range lines {
		for i := 1; i < len(pts); i++ {
			a, c := pts[i-1], pts[i]
			k := max(1, int(math.Hypot(c[0]-a[0], c[1]-a[1])/step))
			for j := 0; j <= k; j++ {
				t := float64(j) / float64(k)
				x, y := a[0]+(c[0]-a[0])*t, a[1]+(c[1]-a[1])*t
				if x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1 {
					n++
				}
			}
		}
	}
	return n
}

func overlapsAny(b box, placed []box) bool {
	for _, o := range placed {
		if b.overlaps(o) {
			return true
		}
	}
	return false
}

// legendItem is a line's entry in the legend, placed.
type legendItem struct {
	role       lineRole
	label      string
	x, y, size float64 // y is the top of its row
}

// layoutLegend places a sample of each labelled line and its label in rows
// from left to right, wrapping before right, and returns them with the
// bottom of the last row (top when there is nothing to show).
func (p *painter) layoutLegend(lines []chartLine, left, top, right float64) ([]legendItem, float64) {
	em, size := p.em, legendSize*p.em
	ascent, descent := p.metrics(size)
	sample, x, y, bottom := legendSample*em, left, top, top
	var items []legendItem
	for _, l := range lines {
		if l.label == "" {
			continue
		}
		size, label := p.fit(l.label, size, size, right-left-sample-0.4*em)
		w := sample + 0.4*em + p.textWidth(label, size)
		if x > left && x+w > right {
			x, y = left, bottom+0.3*em
		}
		items = append(items, legendItem{l.role, label, x, y, size})
		x += w + 1.3*em
		bottom = y + ascent + descent
	}
	return items, bottom
}

// legendSample is the length of a line's sample in the legend, in em.
const legendSample = 1.8

// drawLegend draws the items; dots says whether the plan's points have
// dots on the chart.
func (p *painter) drawLegend(items []legendItem, dots bool) {
	em := p.em
	for _, it := range items {
		st := lineStyles[it.role]
		ascent, _ := p.metrics(it.size)
		baseline := it.y + ascent
		mid := baseline - 0.33*it.size
		dash := make([]float64, len(st.dash))
		for i, d := range st.dash {
			dash[i] = math.Round(d * em * 0.7)
		}
		p.polyline([][2]float64{{it.x, mid}, {it.x + legendSample*em, mid}}, st.color, st.width*em, dash)
		if st.dot > 0 && (dots || it.role == roleActual) {
			p.dot(it.x+legendSample*em/2, mid, st.dot*em, st.color)
		}
		p.text(it.label, it.x+(legendSample+0.4)*em, baseline, it.size, inkTitle)
	}
}
